"""ws-subregional-workshop-conclusions: conclusions note of a (fictional) Central Asia subregional
workshop on fair recruitment, safe migration and the prevention of forced labour and child labour
(Tashkent, September 2025).

An "at a glance" box, plenary key takeaways and comments from the floor, three working-group
sessions each with a facilitator line, discussion and recommendations numbered A.1, B.1, C.1 ...,
a ruled table of country next steps (Country | Next step | Timeline | Lead), a country's lettered
list of intentions, partners' support in run-in paragraphs, and a follow-up calendar without rules.
"""

from docgen import A4, Document

doc = Document("ws-subregional-workshop-conclusions.pdf", size=A4, lang="en",
               header="Alliance 8.7 | Central Asia Subregional Workshop | Conclusions note",
               footer="Tashkent, 23-25 September 2025", page_numbers="- {n} -",
               title="Central Asia Subregional Workshop - Conclusions note")

doc.title("Fair Recruitment, Safe Migration and the Prevention of Forced Labour and Child Labour "
          "in Central Asia",
          subtitle="Conclusions of the Subregional Workshop | Tashkent, Uzbekistan, "
                   "23-25 September 2025")

with doc.box("At a glance"):
    doc.para("<b>Organisers:</b> the ILO and the International Organization for Migration (IOM), "
             "with the Agency for External Labour Migration (AELM) of Uzbekistan, as an activity of "
             "the Alliance 8.7 Migration Action Group.", style="small")
    doc.para("<b>Participants:</b> 64 representatives of ministries of labour and migration, "
             "statistics offices, workers' and employers' organisations and civil society of "
             "Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan; an observer delegation of "
             "Turkmenistan; resource persons from the Republic of Korea, UNICEF, UNODC and the "
             "Organization for Security and Co-operation in Europe (OSCE).", style="small")
    doc.para("<b>Format:</b> two plenary sessions and three working groups; this note was "
             "prepared by the facilitators and reviewed by the country focal points. It records "
             "conclusions, not verbatim statements.", style="small")

doc.heading("1. Why a subregional workshop")
doc.para("Labour migration shapes the economies of Central Asia. Remittances are equivalent to "
         "roughly a third of GDP in Tajikistan and close to a fifth in Kyrgyzstan, and most migrant "
         "workers from both countries are employed in the Russian Federation and Kazakhstan, often "
         "informally. Recruitment fees, the confiscation of identity documents and unpaid wages "
         "remain the most frequently reported indicators of forced labour among them. Meanwhile "
         "children left behind by migrant parents, and children working alongside their families "
         "in agriculture, are exposed to child labour. The workshop followed up the regional "
         "conference on labour migration held in Almaty in June 2023, which had asked for a "
         "practical exchange among the four countries.")
doc.para("Opening the workshop on 23 September, the Director of AELM, Mr. Jasur Rakhimov, recalled "
         "that Uzbekistan had ended systemic forced labour and child labour in the cotton harvest, "
         "as documented by ILO third-party monitoring, and said that the same determination was now "
         "needed to protect the more than two million Uzbek citizens working abroad.")

doc.heading("2. Plenary: key takeaways and comments from the floor")
doc.para("The facilitators drew the following takeaways from the opening plenary:")
doc.bullets([
    "Most migrant workers in the subregion are still recruited through informal intermediaries, "
    "relatives or social media, outside any licensing system.",
    "Workers commonly pay the equivalent of two to four months' wages to obtain a job abroad, and "
    "the resulting debt is the main route into forced labour.",
    "Data on child labour are outdated in three of the four countries, and none of them measures "
    "child labour among the children of migrant workers.",
    "National referral mechanisms for victims of trafficking exist everywhere on paper but rarely "
    "operate across borders.",
], marker="bullet")
doc.heading("Comments from the floor", level=3)
doc.para("The Federation of Trade Unions of Kazakhstan (FTUK) pointed out that migrant workers from "
         "neighbouring countries employed on construction sites in Almaty and Astana rarely held "
         "written contracts, which left them without recourse when wages went unpaid.")
doc.para("Speaking for Kyrgyzstan, Ms. Aigul Sadyrbekova of the Ministry of Labour, Social Security "
         "and Migration (MLSSM) said that pre-departure orientation was offered only in Bishkek and "
         "Osh, so that most workers from rural districts left without any information on their "
         "rights.")
doc.para("A participant from the Employers' Confederation of Tajikistan (ECT) asked how small "
         "recruitment agencies could bear the cost of certification under ethical recruitment "
         "schemes.")
doc.para("UNICEF drew attention to the estimated one child in four in some districts of Khatlon "
         "region who lived without one or both parents because of migration, and warned that "
         "these children were more likely to leave school early and start working.")
doc.para("The Human Resources Development Service of Korea (HRD Korea) described how the "
         "Employment Permit System recruited workers from Central Asia through a purely "
         "government-to-government channel, with no fees charged to workers beyond the costs of "
         "the language test and the air ticket.")

doc.heading("3. Working group sessions")
doc.para("On 24 September the participants split into three working groups with mixed country "
         "membership. Each group was asked to identify what works, what is missing, and what "
         "should be done in the next two years.")

doc.heading("Working Group A - Fair recruitment and labour migration governance", level=2)
doc.para("<i>Facilitated by IOM; rapporteur from the Kyrgyz Migrant Workers' Union (KMWU).</i>",
         style="small")
doc.para("The group compared licensing regimes for private employment agencies. Uzbekistan has "
         "licensed agencies since 2019 and Kazakhstan issues permits to agencies that recruit "
         "foreign workers, but in none of the four countries can a worker check online whether an "
         "agency is licensed. Participants noted that bilateral labour agreements seldom mention "
         "recruitment costs.")
doc.para("<b>Recommendations of Working Group A</b>")
doc.bullets([
    "Countries of origin should establish and publish a register of licensed private employment "
    "agencies, updated at least every quarter.",
    "The principle that workers shall not be charged recruitment fees or related costs should be "
    "written into national legislation on private employment agencies, in line with the ILO "
    "General principles and operational guidelines for fair recruitment.",
    "Pre-departure orientation should be free of charge and available in district centres, not "
    "only in capital cities.",
    "Bilateral labour agreements should contain clauses on fair recruitment, access to complaint "
    "mechanisms and the portability of social security entitlements.",
], marker="A.1", indent=34)

doc.heading("Working Group B - Child labour in agriculture and children affected by migration",
            level=2)
doc.para("<i>Facilitated by UNICEF and the ILO.</i>", style="small")
doc.para("Members described seasonal child labour in cotton, tobacco and vegetable growing and in "
         "livestock herding. Kyrgyzstan reintroduced unannounced labour inspections in 2023 after "
         "a long moratorium, while in Tajikistan inspections still require prior notice to the "
         "employer. The last national child labour surveys date from 2014 in Kyrgyzstan and "
         "from 2017 in Tajikistan.")
doc.para("<b>Recommendations of Working Group B</b>")
doc.bullets([
    "National lists of hazardous work prohibited for children should be reviewed to cover new "
    "risks in agriculture, such as the handling of pesticides and work in greenhouses.",
    "Children left behind by migrant parents should be identified through school and social work "
    "registers and referred to family support services.",
    "National child labour surveys should be carried out at regular intervals, with a module on "
    "the children of migrant workers.",
    "Labour inspectors should have the power to carry out unannounced inspections in agriculture "
    "and in the informal economy.",
], marker="B.1", indent=34)

doc.heading("Working Group C - Identification, referral and assistance of victims", level=2)
doc.para("<i>Facilitated by the United Nations Office on Drugs and Crime (UNODC) and the OSCE.</i>",
         style="small")
doc.para("The group reviewed the national referral mechanisms of the four countries. Cases "
         "involving migrants who are exploited abroad depend on consular staff, who are seldom "
         "trained to recognise forced labour. A representative of the Safe Road Migration Centre "
         "(SRMC), a Tajik non-governmental organisation, said that returning victims were "
         "sometimes questioned as offenders for having overstayed their visas.")
doc.para("<b>Recommendations of Working Group C</b>")
doc.bullets([
    "Standard operating procedures for identifying victims of trafficking for forced labour should "
    "be harmonised across the subregion, including for cross-border referral.",
    "Consular staff posted in the main countries of destination should be trained to identify "
    "and refer victims of forced labour and trafficking.",
    "The national coordinators against trafficking of the four countries should meet at least "
    "once a year in a subregional network.",
    "Assistance to victims should not be made conditional on their cooperation with criminal "
    "proceedings.",
], marker="C.1", indent=34)
doc.para("<i>Comment from the floor:</i> the Central Asian Migration Research Institute (CAMRI) "
         "cautioned that harmonised procedures would be of little use unless the four countries "
         "also agreed on common indicators of forced labour.")

doc.heading("4. Country next steps")
doc.para("In the closing plenary on 25 September each delegation presented the steps it would take "
         "on return. They are summarised below as presented; timelines are indicative.")
doc.table([
    ["Country", "Next step", "Timeline", "Lead institution"],
    ["Uzbekistan", "Launch a public online register of licensed private employment agencies",
     "By Q1 2026", "AELM"],
    ["Uzbekistan", "Submit to Parliament a draft amendment prohibiting the charging of recruitment "
                   "fees to workers", "2026", "Ministry of Employment and Poverty Reduction "
                                               "(MEPR)"],
    ["Tajikistan", "Publish the list of licensed private employment agencies on the Ministry's "
                   "website and update it every quarter", "By June 2026",
     "Ministry of Labour, Migration and Employment of Population (MLMEP)"],
    ["Tajikistan", "Conduct a national child labour survey including a module on children of "
                   "migrant workers", "Fieldwork in 2026", "Agency on Statistics under the President"],
    ["Kazakhstan", "Revise the list of hazardous work prohibited for persons under 18 years of "
                   "age, including work with pesticides", "2026",
     "Ministry of Labour and Social Protection of the Population (MLSPP)"],
    ["Kazakhstan", "Initiate the procedure for ratification of the Domestic Workers Convention, "
                   "2011 (No. 189)", "-", "MLSPP"],
], widths=[62, 215, 60, 133], ruled="grid")
doc.spacer(4)
def kyrgyz_intentions():
    doc.para("The delegation of Kyrgyzstan announced that its Government intends to:")
    doc.bullets([
        "make pre-departure orientation free of charge in all seven regional migration centres "
        "by 2026;",
        "carry out a second national child labour survey, with ILO support, in 2026;",
        "seek Alliance 8.7 pathfinder status, sending a letter of interest before the end of "
        "2025.",
    ], marker="(a)", indent=26)


doc.keep_together(kyrgyz_intentions)
doc.para("Tajikistan, which expressed interest in becoming a pathfinder country in 2024, confirmed "
         "that its national strategic planning workshop has been scheduled for the first quarter "
         "of 2026 in Dushanbe. The observer delegation of Turkmenistan took note of the "
         "recommendations and said it would brief the relevant ministries.")
doc.para("HRD Korea offered to host a study visit on the Employment Permit System for officials of "
         "the migration agencies of the four countries in the first half of 2026.")

doc.heading("5. Support announced by partners")
doc.para("<b>IOM.</b> IOM will cover the costs of materials and trainers so that pre-departure "
         "orientation can be offered free of charge in the regional migration centres of "
         "Kyrgyzstan in 2026. It will also extend its International Recruitment Integrity System "
         "(IRIS) training to recruitment agencies in Tajikistan and Uzbekistan.")
doc.para("<b>ILO.</b> The ILO pledged technical support to the child labour surveys planned in "
         "Kyrgyzstan and Tajikistan, covering questionnaire design, sampling and the training of "
         "enumerators.")
doc.para("<b>UNODC.</b> UNODC's offer to develop a subregional training course on the "
         "identification of victims for consular staff, to be piloted in 2026, was welcomed by all "
         "four delegations.")
doc.para("<b>OSCE.</b> The OSCE intends to convene the first meeting of a subregional network of "
         "national coordinators against trafficking in Almaty in spring 2026.")
doc.para("<b>Social partners.</b> FTUK and the KMWU pledged to sign a cooperation agreement on "
         "assistance to Kyrgyz migrant workers in Kazakhstan by the end of 2025. The ECT committed "
         "to encouraging its member recruitment agencies to seek IRIS certification, subject to "
         "the availability of support for small agencies.")

doc.heading("6. Follow-up and calendar")
doc.para("The facilitators will circulate this note to all participants, and the focal points "
         "will report on progress at the follow-up meeting. The following dates were noted:")
doc.table([
    ["Date", "Activity", "Place"],
    ["4 November 2025", "Meeting of the Alliance 8.7 Migration Action Group: presentation of the "
                        "workshop conclusions", "Online"],
    ["20/11/2025", "Technical webinar on indicators of fair recruitment (ILO, IOM)", "Online"],
    ["Q1 2026", "National strategic planning workshop of Tajikistan", "Dushanbe"],
    ["Spring 2026", "First meeting of the subregional network of national coordinators against "
                    "trafficking (OSCE)", "Almaty"],
    ["Second half of 2026", "Follow-up subregional workshop", "Bishkek"],
], widths=[95, 290, 85], ruled="none")
doc.para("Contact: central-asia-workshop@example.org", style="small")
doc.save()
