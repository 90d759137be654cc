"""mr-partners-forum-minutes: minutes of a (fictional) hybrid Partners Forum, Nairobi 2025:
agenda items, round-table updates, country updates, a French statement reproduced in a box,
workplan proposals, a ruled-rows table of decisions and action points, next meeting."""

from docgen import Document, A4

doc = Document("mr-partners-forum-minutes.pdf", size=A4, lang="en",
               header="Alliance 8.7 Partners Forum - Third meeting - Minutes",
               footer="Partners Forum / 3rd meeting / final minutes", page_numbers="{n}",
               title="Alliance 8.7 Partners Forum: minutes of the third meeting")

doc.title("Alliance 8.7 Partners Forum",
          subtitle="Minutes of the third meeting - hybrid, Nairobi (Kenya) and online, "
                   "4 November 2025, 09:30-16:05 EAT")
doc.table([
    ["Chair", "Ms. Grace Wanjiru Otieno, Ministry of Labour and Social Protection (MoLSP), Kenya"],
    ["Vice-Chair", "Mr. Julien Sarr, Ministry of Labour, Senegal"],
    ["Minutes", "Alliance 8.7 Secretariat (Ms. Hanna Bergstrom, secretariat@example.org)"],
    ["Present", "Government representatives of Kenya, Uganda, Ethiopia, Senegal, Viet Nam, the "
                "Philippines, Guatemala, Mexico, Colombia, Germany, Canada, Sweden and the United "
                "Kingdom; ILO, IOM, UNODC, OHCHR, UNDP, the World Bank and the OECD; IOE, ITUC, "
                "the Federation of Kenya Employers (FKE) and the Central Organization of Trade "
                "Unions (Kenya) (COTU-K); Walk Free, the Freedom Fund, Anti-Slavery International "
                "and the University of Nairobi; Safari Blooms Ltd."],
], ruled="none", header=False, widths=[70, 400])

doc.heading("Item 1. Opening and adoption of the agenda", level=1)
doc.para("1.1 The Chair opened the meeting and welcomed 64 participants, 29 of them online. Kenya, "
         "which sent its letter of interest in 2020, held its national strategic planning "
         "workshop in Naivasha in 2022 and adopted its pathfinder roadmap in 2023.")
doc.para("1.2 The agenda was adopted without amendment. The Chair recalled that the Forum had "
         "been set up to give donors, social partners and civil society a regular space to "
         "coordinate their support to pathfinder countries.")

doc.heading("Item 2. Round table of partner updates", level=1)
doc.para("2.1 The ILO reported that its 8.7 Accelerator Lab had supported legal reforms in seven "
         "countries since 2020. It will extend the Lab to Ethiopia and Uganda in 2026, and a "
         "regional launch is foreseen for Addis Ababa in February 2026.")
doc.para("2.2 IOM informed the Forum of the rising number of Kenyan and Ugandan domestic "
         "workers seeking assistance after returning from the Gulf. It stressed that return "
         "and reintegration services remained underfunded.")
doc.para("2.3 Walk Free noted that the next edition of the Global Slavery Index is scheduled "
         "for release in 2027, and asked partners to share national survey data before the end "
         "of March 2026. The Freedom Fund expressed concern at cuts in official development "
         "assistance for anti-trafficking work.")
doc.para("2.4 Germany indicated that the Federal Ministry for Economic Cooperation and "
         "Development (BMZ) would continue to finance the supply chain due diligence "
         "programme in East Africa until 2028. Canada's Fighting Against Forced Labour and "
         "Child Labour in Supply Chains Act entered into force on 1 January 2024; the "
         "representative of Canada stressed that the first annual reports under the Act showed "
         "gaps in tier-two supplier mapping.")
doc.para("2.5 The United Kingdom recalled that the aim of its Modern Slavery Fund, established "
         "in 2016, is to reduce the prevalence of modern slavery in countries of origin. Sweden "
         "welcomed the Forum's focus on survivors and announced that the Swedish International "
         "Development Cooperation Agency (Sida) has committed to a new three-year grant to "
         "survivor-led organisations, starting in 2026.")

doc.keep_together(lambda: (doc.heading("Item 3. Updates from countries", level=1), doc.para("3.1 The delegate from Uganda informed the Forum that the Uganda Bureau of Statistics "
         "(UBOS) is expected to start field work for the National Child Labour Survey in Q1 "
         "2026. The Ministry of Gender, Labour and Social Development (MGLSD) aims to recruit "
         "60 additional district labour officers in FY2025/26. She added that funding for the "
         "second phase of the survey had not yet been secured.")))
doc.para("3.2 Ethiopia said that the Ethiopian Statistics Service will repeat the National Child "
         "Labour Survey in 2027, ten years after the previous round. Its representative "
         "emphasised that the conflict in the north had displaced many families into informal "
         "work.")
doc.para("3.3 Speaking for Viet Nam, Mr. Tran Quoc Bao of the Ministry of Home Affairs (MOHA) "
         "recalled that Viet Nam ratified the Abolition of Forced Labour Convention, 1957 (No. "
         "105) in 2020. He informed the meeting that the Government plans to complete the "
         "ratification of the Protocol of 2014 to the Forced Labour Convention by 2027. "
         "Guatemala pledged to deposit its instrument of ratification of the Protocol of 2014 "
         "before the end of 2026.")
doc.para("3.4 Guatemala and Mexico agreed to set up a joint working group on the recruitment of "
         "seasonal agricultural workers in the first half of 2026. The Secretariat of Labour "
         "and Social Welfare of Mexico (STPS) noted that the bilateral programme already covered "
         "some 40,000 workers a year.")
doc.para("3.5 The representative of Colombia informed the Forum that the national strategic "
         "planning workshop was scheduled for 10-11 March 2026 in Bogota. Colombia will present "
         "its draft roadmap to the Global Coordinating Group by mid-2026.")
doc.para("3.6 The Philippines expressed interest in becoming a pathfinder country. The "
         "Department of Labor and Employment (DOLE) will send a formal letter of interest "
         "before the end of 2025, its representative said.")
doc.para("3.7 Senegal reported on the sub-regional workshop on trafficking in persons held in "
         "Dakar on 22-23 October 2025. Senegal proposed that West African pathfinder countries "
         "pool their experience in setting up national referral mechanisms for victims of "
         "trafficking. At the request of the delegation, the text it submitted in French is "
         "reproduced below.")
with doc.box("Statement of Senegal (original text as submitted, in French)"):
    doc.para("Le Sénégal recommande que les pays pionniers d'Afrique de l'Ouest mettent en commun "
             "leur expérience dans la mise en place de mécanismes nationaux d'orientation des "
             "victimes de la traite.")
    doc.para("Il conviendrait de confier au Secrétariat la préparation d'une note de synthèse sur "
             "ces mécanismes avant la prochaine réunion du Forum.")

doc.heading("Item 4. Social partners and business", level=1)
doc.para("4.1 The IOE committed to developing, with IOM, practical guidance for employers on the "
         "reimbursement of recruitment fees to migrant workers, to be issued by mid-2026. "
         "ITUC called for binding rules requiring employers to reimburse recruitment fees paid by "
         "migrant workers, and said that voluntary guidance alone would not be enough.")
doc.para("4.2 FKE pledged to train 200 member companies in the horticulture and tea sectors on "
         "forced labour indicators by the end of 2026. COTU-K took the floor to welcome the "
         "pledge. COTU-K shall open migrant worker help desks in its four regional offices during "
         "2026, its Secretary-General said.")
doc.para("4.3 Ms. Amina Chebet, Head of Sustainability at Safari Blooms Ltd., described her "
         "company's worker voice survey among 3,000 flower farm workers. She asked whether the "
         "Forum could connect companies with local organisations able to provide remediation. "
         "In response, the ILO suggested that the Kenya national business network on child "
         "labour and forced labour act as the entry point.")

doc.heading("Item 5. Discussion on the Forum's workplan for 2026", level=1)
doc.para("5.1 In the ensuing discussion, several delegations expressed support for a more "
         "focused workplan. It was proposed that the Forum meet twice a year, alternating "
         "in-person and online meetings. The representative of Mexico proposed that each "
         "meeting devote one item to a single migration corridor.")
doc.para("5.2 UNODC called for closer links between the Forum and national anti-trafficking "
         "coordination bodies. OHCHR suggested that survivors be invited to speak at every "
         "meeting. The University of Nairobi offered to host a research dialogue on child labour "
         "in informal mining in 2026.")
doc.para("5.3 Participants recommended that donors align their reporting requirements for "
         "pathfinder support so as to reduce the burden on national coordinators. The meeting "
         "agreed to recommend to the Global Coordinating Group that the Partners Forum be given "
         "a standing item on the agenda of each GCG meeting.")
doc.para("5.4 The World Bank noted that its social protection programmes in Kenya and Ethiopia "
         "did not yet track child labour outcomes. The OECD asked whether the Forum intended to "
         "produce a joint statement for the 2026 OECD Forum on Due Diligence in the Garment and "
         "Footwear Sector.")

doc.heading("Item 6. Decisions and action points", level=1)
doc.para("6.1 The Forum adopted the following action points.")
doc.table([
    ["Who", "What", "By when"],
    ["Secretariat", "Circulate the draft minutes to all participants for comment", "18/11/2025"],
    ["Secretariat", "Prepare a synthesis note on national referral mechanisms in West Africa, "
                    "as proposed by Senegal", "Before the next meeting"],
    ["ILO and IOM", "Carry out a joint scoping mission on return and reintegration of domestic "
                    "workers in Kenya and Uganda", "Q1 2026"],
    ["World Bank", "Share a note on child labour indicators in social protection programmes",
     "March 2026"],
    ["Kenya (MoLSP)", "Host the fourth meeting of the Forum in Nairobi", "May 2026"],
], ruled="rows", widths=[90, 290, 90])

doc.heading("Item 7. Any other business and next meeting", level=1)
doc.para("7.1 The Chair informed the Forum that the next meeting will be held online in the week "
         "of 18 May 2026, unless Kenya confirms that it can host it in person. There being no "
         "other business, the Chair closed the meeting at 16:05.")

doc.page_break()
doc.heading("Annex. Breakout discussion on survivor engagement", level=1)
doc.para("During the lunch break, participants joined a facilitated breakout discussion on "
         "survivor engagement, moderated by Anti-Slavery International. The breakout discussion "
         "reported the following recommendations to the afternoon session:")
doc.bullets([
    "Survivors should be paid for their time and expertise when they advise Alliance bodies.",
    "Pathfinder roadmaps should be reviewed with survivor-led organisations before they are "
    "adopted.",
    "Donors are invited to set aside a share of their anti-trafficking funding for "
    "organisations led by survivors.",
], marker="1.")
doc.para("Participants in the breakout noted that several survivor-led organisations in Kenya "
         "and Uganda had been consulted during the drafting of national action plans in 2024.")

doc.save()
