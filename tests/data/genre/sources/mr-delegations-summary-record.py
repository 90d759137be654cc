"""Summary record of a fictional regional Alliance 8.7 meeting (Asia and the Pacific, Bangkok 2023).

Numbered paragraphs in reported speech: delegations' turns, proposals (delegates, groups, the Chair,
the drafting committee), commitments (would, intended to, undertook to: (a) ...), the conclusions
adopted by the meeting, and an annex listing delegations. Builds ../mr-delegations-summary-record.pdf.
"""

from docgen import A4, Document

doc = Document("mr-delegations-summary-record.pdf", size=A4, lang="en",
               header="Alliance 8.7 - Regional Meeting of Partners in Asia and the Pacific - A87/RAP/2023/SR",
               footer="Summary record - General distribution - 8 December 2023",
               page_numbers="Page {n} of {total}",
               title="Regional Meeting of Alliance 8.7 Partners in Asia and the Pacific: summary record")

_n = [0]


def para(text):
    """A numbered paragraph of the record, with a hanging number."""
    _n[0] += 1
    number = _n[0]
    # a paragraph is never split over two pages (keyed spans stay on one page)
    doc.keep_together(lambda: doc.para(f"{number}.\u2003{text}"))


def sitting(text):
    doc.para(f"<i>{text}</i>", spaceBefore=4)


doc.para("A87/RAP/2023/SR", style="small", alignment=2)
doc.title("Regional Meeting of Alliance 8.7 Partners in Asia and the Pacific",
          subtitle="Bangkok, 14-15 November 2023 - Summary record of the first to fourth sittings")
doc.para("Distribution: General. Date: 8 December 2023. Original: English.", style="small")
doc.para("This record is subject to correction. Corrections should be submitted in writing, in one "
         "of the working languages, within two weeks of the date of this document, to the Alliance "
         "8.7 Secretariat (records-rap@example.org). Corrections will be issued in a single "
         "corrigendum.", style="small")
doc.para("<b>Chair:</b> Mr. Anan Thepsuwan (Thailand)<br/><b>Vice-Chair:</b> Ms. Litia Vunisea "
         "(Fiji)<br/><b>Chair of the drafting committee:</b> Mr. Batbayar Enkhtuvshin (Mongolia)",
         style="small")

with doc.box("Contents"):
    doc.bullets([
        "Item 1. Opening of the meeting (paragraphs 1-5)",
        "Item 2. Adoption of the agenda and organisation of work (paragraph 6)",
        "Item 3. Pathfinder countries in the region: progress and next steps (paragraphs 7-17)",
        "Item 4. Forced labour at sea and forced criminality in online scam operations "
        "(paragraphs 18-27)",
        "Item 5. Child labour in agriculture and the informal economy (paragraphs 28-35)",
        "Item 6. Data, monitoring and the road to 2025 (paragraphs 36-40)",
        "Item 7. Report of the drafting committee and conclusions (paragraphs 41-43)",
        "Item 8. Closing of the meeting (paragraph 44)",
        "Annex. Delegations and organisations represented",
    ], marker="-", style="small")

# ------------------------------------------------------------------------------------------------
sitting("First sitting - Tuesday, 14 November 2023, at 9.30 a.m.")
doc.heading("Item 1. Opening of the meeting", level=1)

para("The Regional Meeting of Alliance 8.7 Partners in Asia and the Pacific was opened at the United "
     "Nations Conference Centre in Bangkok on 14 November 2023 by Mr. Anan Thepsuwan, Deputy "
     "Permanent Secretary of the Ministry of Labour (MOL) of Thailand, who was elected Chair by "
     "acclamation. Ms. Litia Vunisea (Fiji) was elected Vice-Chair. The meeting set up a drafting "
     "committee chaired by Mr. Batbayar Enkhtuvshin (Mongolia) and composed of the delegations of "
     "Bangladesh, Indonesia and Nepal and of one member each of the employers' and workers' groups.")

para("Delegations of thirteen governments took part, together with representatives of the "
     "employers' and workers' groups, five organisations of the United Nations system, the ASEAN "
     "Secretariat and a civil society organisation. The list of delegations and organisations "
     "represented is annexed to this record.")

para("The Chair said that the region was home to more than half of all people in forced labour "
     "and to some 49 million children in child labour, and that the 2025 horizon of Target 8.7 for "
     "child labour was only fourteen months away. He recalled that Thailand had ratified the "
     "Protocol of 2014 to the Forced Labour Convention in 2018, and that the Department of Labour "
     "Protection and Welfare (DLPW) had since trained more than 1,800 inspectors on the indicators "
     "of forced labour. Thailand would host a follow-up technical session on port-in and port-out "
     "inspection of fishing vessels in Songkhla in the second half of 2024. The Ministry also "
     "intended to open its new Fishers' Centre in Ranong to study visits by delegations from "
     "neighbouring countries.")

para("Ms. Chihiro Nakamura, Deputy Regional Director of the ILO Regional Office for Asia and the "
     "Pacific, said that the global estimates published in 2022 had shown an increase in forced "
     "labour since 2016, and that progress against child labour had stalled in several countries "
     "of the region. The ILO would deploy a regional team of labour inspection specialists to "
     "support pathfinder countries throughout 2024. It intended, in addition, to publish a regional "
     "synthesis of roadmap progress before the next regional meeting. She invited delegations to "
     "use the meeting to announce concrete measures rather than general statements of intent.")

para("Mr. Tomas Lindqvist, speaking for the UNICEF regional offices for East Asia and the Pacific "
     "and for South Asia, stressed that birth registration, schooling and child-sensitive social "
     "protection were the foundations of any prevention strategy. UNICEF pledged to support the "
     "roll-out of child protection case management systems in Cambodia, the Lao People's "
     "Democratic Republic and Viet Nam by the end of 2025.")

doc.heading("Item 2. Adoption of the agenda and organisation of work", level=1)

para("The meeting adopted the agenda contained in document A87/RAP/2023/1. It took note that a side "
     "event on migrant fishers in the ASEAN region, organised by the ASEAN Secretariat, would take "
     "place on the evening of 14 November, and agreed that a short account of it would be given "
     "under item 4.")

doc.heading("Item 3. Pathfinder countries in the region: progress and next steps", level=1)

para("Ms. H\u00e9l\u00e8ne Marchetti, of the Alliance 8.7 Secretariat, introduced the background "
     "note (A87/RAP/2023/2). Four countries of the region, Fiji, Nepal, Sri Lanka and Viet Nam, "
     "were pathfinder countries; all four had held national strategic planning workshops and "
     "adopted roadmaps, the most recent being the workshop held in Suva in 2022. Since the Durban "
     "Call to Action was adopted at the 5th Global Conference on the Elimination of Child Labour in "
     "May 2022, two further governments of the region had approached the Secretariat.")

para("The delegate of Nepal, Ms. Sunita Adhikari, Joint Secretary in the Ministry of Labour, "
     "Employment and Social Security (MoLESS), said that more than 16,000 former Haliya bonded "
     "labourers had been freed and rehabilitated since the system was abolished, and that 15 "
     "municipalities had been declared child labour free. The Government would extend the Child "
     "Labour Free Local Governance programme to 120 more municipalities by the end of fiscal year "
     "2024/25 and would table amendments to the Labour Act, 2017 to align the list of hazardous "
     "occupations with Convention No. 182. Nepal intended to complete its second national child "
     "labour survey, with the National Statistics Office (NSO), in 2025. She suggested that the "
     "pathfinder countries of the region hold a peer-learning exchange on child labour free "
     "municipalities, to be hosted by Nepal in 2024.")

para("The delegate of Sri Lanka, Mr. Ruwan Jayasekara, Commissioner General of Labour, said that "
     "the minimum age for employment had been raised to 16 years and that the roadmap adopted after "
     "the national workshop of 2018 had been fully costed. His Government undertook to: (a) publish "
     "the revised list of hazardous occupations for persons under 18 in the Gazette before the end "
     "of March 2024; (b) recruit 150 additional labour officers for the Department of Labour; and "
     "(c) establish a national referral mechanism for victims of trafficking, in cooperation with "
     "IOM.")

para("The representative of Viet Nam, Ms. Nguyen Thi Thu Ha, of the Ministry of Labour, Invalids "
     "and Social Affairs (MOLISA), recalled that Viet Nam had ratified the Abolition of Forced "
     "Labour Convention, 1957 (No. 105) in 2020 and was implementing a national programme on child "
     "labour prevention for 2021-2025. She indicated that her Government intends to submit the "
     "Protocol of 2014 to the Forced Labour Convention to the National Assembly for ratification in "
     "2025. MOLISA would also pilot a child labour monitoring system linked to the national social "
     "assistance database in four provinces during 2024.")

para("Speaking for Fiji, Ms. Vunisea said that the roadmap validated at the Suva workshop had been "
     "mainstreamed into the National Development Plan. Fiji would launch the second phase of its "
     "national awareness campaign against child labour, in iTaukei and Fiji Hindi as well as "
     "English, in early 2024. She asked whether the Pathfinder Support Facility could meet the "
     "travel costs of delegations from small island developing States, and suggested that small "
     "island developing States be allowed to present joint progress reports.")

para("The delegate of Mongolia, Mr. Ganbold Dorjsuren, of the Ministry of Labour and Social "
     "Protection (MLSP), announced that Mongolia had sent a letter of interest to become a "
     "pathfinder country in August 2023. Its national strategic planning workshop was scheduled "
     "for the first quarter of 2024 in Ulaanbaatar and was being prepared with the Confederation of "
     "Mongolian Trade Unions (CMTU) and the Mongolian Employers' Federation (MONEF). His delegation "
     "recommended that the roadmap template be simplified for countries preparing their first "
     "roadmap. He also expressed concern about children working as jockeys in winter horse races, "
     "a practice that national law had not yet fully brought to an end.")

para("The delegate of Cambodia, Mr. Sokha Chea, said that child labour in brick kilns remained a "
     "serious concern despite the inspection campaign carried out in 2022. The Royal Government "
     "intended to submit a letter of interest to become a pathfinder country before the end of the "
     "first quarter of 2024, and the Ministry of Labour and Vocational Training (MLVT) would conduct "
     "a national child labour survey in 2024-2025 with technical support from the ILO.")

para("The representative of the Philippines, Mr. Ramon dela Cruz, of the Department of Labor and "
     "Employment (DOLE), asked whether a country already implementing a national strategic "
     "framework against child labour could become a pathfinder without preparing a separate "
     "roadmap, and whether the letter of interest had to be signed at ministerial level.")

para("In reply, the representative of the Secretariat explained that an existing national plan "
     "could serve as the roadmap if it was validated at a multi-stakeholder workshop, and that the "
     "letter could be signed by the minister responsible for labour or for foreign affairs.")

para("Speaking on behalf of the workers' group, Ms. Priya Raman of the International Trade Union "
     "Confederation (ITUC) expressed concern that migrant fishers, domestic workers and workers in "
     "export processing zones remained outside the coverage of labour law in several countries of "
     "the region. It was proposed by the workers' group that each pathfinder roadmap include a "
     "chapter on freedom of association and collective bargaining for workers at risk of forced "
     "labour. The ITUC would, for its part, support national trade union centres in monitoring "
     "roadmap implementation through a regional trade union network on Target 8.7, to be launched "
     "in February 2024.")

para("Mr. Somchai Wattanakul, of the Employers' Confederation of Thailand (ECOT), spokesperson of "
     "the employers' group, said that employers were ready to play their part but needed practical "
     "tools adapted to small and medium-sized enterprises. The International Organisation of "
     "Employers (IOE) and ECOT would co-organise a regional business dialogue on forced labour risks "
     "in seafood and garment supply chains in Jakarta in May 2024. The employers' group suggested "
     "that national employers' organisations be given a formal role in the validation of "
     "pathfinder roadmaps.")

# ------------------------------------------------------------------------------------------------
sitting("Second sitting - Tuesday, 14 November 2023, at 2.30 p.m.")
doc.heading("Item 4. Forced labour at sea and forced criminality in online scam operations",
            level=1)

para("Introducing the item, Mr. Daniel Whitmore, of the UNODC Regional Office for Southeast Asia "
     "and the Pacific, said that tens of thousands of people from within and outside the region "
     "were being held in compounds in the Mekong subregion and forced to commit online fraud, and "
     "that many of them were treated as offenders rather than as victims of trafficking. UNODC "
     "undertook to convene a subregional meeting of prosecutors and judges on the non-punishment "
     "principle in the first half of 2024, and would translate its guidance on forced criminality "
     "into Khmer, Lao and Thai. He proposed that the conclusions of the meeting refer explicitly to "
     "the non-punishment principle.")

para("The representative of IOM, Ms. Aiko Tanabe, said that IOM had helped more than 2,400 "
     "survivors of scam compounds to return home since 2022. IOM would support Sri Lanka in setting "
     "up its national referral mechanism for victims of trafficking and would train 300 frontline "
     "officials of the region in victim identification by the end of 2024.")

para("The delegate of Indonesia, Mr. Hendra Saputra, of the Ministry of Manpower, said that the "
     "Ministry of Manpower and the Ministry of Marine Affairs and Fisheries (KKP) had adopted joint "
     "rules on the recruitment and placement of migrant fishers in 2022. The Government had "
     "completed its internal procedures and expected to deposit its instrument of ratification of "
     "the Work in Fishing Convention, 2007 (No. 188) in 2024. He proposed that the Alliance 8.7 "
     "partners of the region establish a regional network of fishers' centres to refer fishers in "
     "distress across borders.")

para("The delegate of the Philippines said that the Inter-Agency Council Against Trafficking "
     "(IACAT) had repatriated more than 1,100 Filipinos from scam compounds in 2023. The Council "
     "would set up dedicated assistance desks for victims of forced criminality at the three main "
     "international airports, and the Philippines was determined to prosecute recruiters who used "
     "social media to lure jobseekers into such compounds.")

para("The delegate of Bangladesh asked how countries of origin could obtain consular access to "
     "their nationals held in scam compounds in third countries, and whether UNODC could facilitate "
     "such contacts.")

para("The delegate of Pakistan, Mr. Imran Qureshi, of the Ministry of Overseas Pakistanis and Human "
     "Resource Development, said that Pakistan had enacted the Prevention of Trafficking in Persons "
     "Act in 2018 and that the Federal Investigation Agency (FIA) had opened 14 dedicated "
     "anti-trafficking circles. Pakistan planned to adopt a new national action plan against "
     "trafficking in persons and the smuggling of migrants, covering 2024-2028, in the first half "
     "of 2024.")

para("Ms. Grace Whitfield, of Walk Free, drew attention to evidence of forced labour on "
     "distant-water fishing vessels supplying markets in Europe and North America. She recommended "
     "that governments of the region require seafood importers and processors to carry out human "
     "rights due diligence, and announced that Walk Free would publish a regional analysis of "
     "government responses to modern slavery in Asia and the Pacific by mid-2024.")

para("The representative of Australia, Mr. Liam O'Connor, of the Department of Foreign Affairs and "
     "Trade (DFAT), said that the Modern Slavery Act 2018 required entities with an annual "
     "consolidated revenue above AUD 100 million to report on their supply chains, and that an "
     "independent review completed in 2023 had recommended stronger reporting requirements. "
     "Australia would provide AUD 4.5 million over three years to strengthen labour inspection in "
     "the fishing sector of South-East Asia, and would share its experience of the Act with "
     "governments considering similar legislation.")

para("The representative of the ASEAN Secretariat, Ms. Dewi Kartika, reported on the side event on "
     "migrant fishers held on the evening of 14 November. Participants had exchanged experience on "
     "the recognition of fishers' skills, on written contracts and on the portability of social "
     "security benefits between ASEAN Member States.")

para("Summing up the discussion, the Chair proposed that the drafting committee prepare a "
     "conclusion on the non-punishment of victims of forced criminality, and that the Secretariat "
     "circulate a compilation of the fishers' centres and hotlines operating in the region. It was "
     "so agreed.")

# ------------------------------------------------------------------------------------------------
sitting("Third sitting - Wednesday, 15 November 2023, at 9.30 a.m.")
doc.heading("Item 5. Child labour in agriculture and the informal economy", level=1)

para("Mr. Kenji Hayashi, of the FAO Regional Office for Asia and the Pacific, said that seven in "
     "ten child labourers in the world worked in agriculture, most of them as unpaid family "
     "workers. FAO would integrate child labour risk screening into its farmer field schools in "
     "Bangladesh, Cambodia and Nepal during 2024 and 2025, and intended to issue a regional guidance "
     "note on child labour for agricultural cooperatives by the end of 2024.")

para("The delegate of Bangladesh, Ms. Farhana Rahman, Joint Secretary of the Ministry of Labour and "
     "Employment (MoLE), said that Bangladesh had ratified the Minimum Age Convention, 1973 (No. "
     "138) in March 2022 and had since updated its list of hazardous work for children. Bangladesh "
     "aimed to eliminate hazardous child labour by 2025; to that end, the Department of Inspection "
     "for Factories and Establishments (DIFE) would set up a child labour monitoring cell in each "
     "of its divisional offices. She suggested that the governments of the region agree on a "
     "common approach to the definition of light work permissible for children aged 13 to 15.")

para("The delegate of the Lao People's Democratic Republic, Mr. Khamphanh Vongsa, said that his "
     "Government planned to adopt its second national plan of action on the prevention and "
     "elimination of child labour by mid-2024. He noted that the plan could only be implemented "
     "in full if additional resources were mobilised, and asked development partners to consider "
     "co-financing its labour inspection component.")

para("The delegate of Pakistan said that the Punjab child labour survey had found that one in "
     "seven children aged 10 to 14 in the province was working. The Benazir Income Support "
     "Programme (BISP) would extend its education stipends to the children of brick kiln workers "
     "in 2024.")

para("Speaking for the workers' group, Mr. Bishnu Thapa, of the General Federation of Nepalese "
     "Trade Unions (GEFONT), said that most children working in agriculture were found on small "
     "family farms that labour inspectors never visited. GEFONT would organise 5,000 informal "
     "agricultural workers in the Terai into unions by the end of 2025 and would train them to "
     "report child labour to local authorities. The workers' group further proposed that labour "
     "inspection be extended to family farms producing for export markets.")

para("The representative of the ASEAN Secretariat recalled that ASEAN had adopted its Roadmap on "
     "the Elimination of the Worst Forms of Child Labour by 2025 in 2016. The ASEAN Senior Labour "
     "Officials Meeting (SLOM) intends to undertake a final review of the Roadmap in 2025 and to "
     "prepare a successor framework for adoption in 2026.")

para("The representative of UNICEF proposed that national roadmaps set time-bound targets for the "
     "birth registration of children in remote and border areas, since children without documents "
     "were most exposed to child labour and trafficking.")

para("The representative of Indonesia asked how the Alliance could help countries to reach "
     "children working in the informal economy of large cities, where neither labour inspectors "
     "nor social workers were present.")

# ------------------------------------------------------------------------------------------------
sitting("Fourth sitting - Wednesday, 15 November 2023, at 2.30 p.m.")
doc.heading("Item 6. Data, monitoring and the road to 2025", level=1)

para("Mr. Arjun Mehta, a statistician with the ILO, presented the methodology for measuring forced "
     "labour adopted by the International Conference of Labour Statisticians. The ILO undertook to "
     "support national statistical offices in at least five countries of the region in adding "
     "forced labour modules to their labour force surveys before the end of 2025.")

para("The representative of Viet Nam proposed that the pathfinder countries of the region report "
     "progress every year against a common set of core indicators agreed with the Secretariat.")

para("The delegate of Sri Lanka said that the Department of Census and Statistics had published "
     "the results of the 2016 child activity survey and that a new round would depend on the "
     "availability of external funding.")

para("The Secretariat informed the meeting that the Global Coordinating Group would hold its next "
     "meeting on 6-7 March 2024 in Geneva, and that the conclusions of regional meetings would be "
     "presented there.")

para("The delegate of Fiji asked whether the core indicators would take account of the limited "
     "statistical capacity of small island developing States.")

doc.heading("Item 7. Report of the drafting committee and conclusions", level=1)

para("Mr. Enkhtuvshin, Chair of the drafting committee, introduced the draft conclusions "
     "(A87/RAP/2023/CRP.1). The committee had met twice and had worked by consensus. It proposed "
     "that the conclusions be transmitted to the Global Coordinating Group at its meeting in March "
     "2024, together with the present summary record. The drafting committee further recommended "
     "that the conclusions be translated into the national languages of the participating "
     "countries, and suggested that the next regional meeting be held in 2025 in one of the "
     "pathfinder countries of the region.")

para("During the discussion of the draft, the delegate of Pakistan proposed adding a reference to "
     "the smuggling of migrants in conclusion 4. Several delegations considered that the matter fell "
     "outside the scope of the meeting, and the proposal was withdrawn.")

para("At its fourth sitting, on 15 November 2023, the meeting adopted the conclusions set out "
     "below.")

with doc.box("Conclusions adopted by the meeting"):
    doc.para("The Regional Meeting of Alliance 8.7 Partners in Asia and the Pacific,")
    doc.bullets([
        "The pathfinder countries of the region should report progress on their roadmaps every "
        "year, against a common set of core indicators to be agreed with the Alliance 8.7 "
        "Secretariat.",
        "Governments that have not yet done so should ratify the Protocol of 2014 to the Forced "
        "Labour Convention, and coastal and flag States should consider ratifying the Work in "
        "Fishing Convention, 2007 (No. 188).",
        "A regional peer-learning exchange on child labour free municipalities and districts should "
        "be organised in 2024, building on the experience of Nepal and Sri Lanka.",
        "Victims of trafficking who were compelled to commit offences, including online fraud, "
        "should not be prosecuted or punished for acts they were forced to commit, in line with "
        "the non-punishment principle.",
        "Governments should consider requiring companies that import or process seafood to carry "
        "out human rights due diligence covering forced labour at sea.",
        "Pathfinder roadmaps should include measures on freedom of association and collective "
        "bargaining, in particular for migrant fishers, domestic workers and agricultural workers.",
        "Development partners are invited to support the national child labour surveys planned in "
        "the region.",
        "The meeting will reconvene in 2025 in one of the pathfinder countries of the region.",
    ], marker="1.")

doc.heading("Item 8. Closing of the meeting", level=1)

para("The Vice-Chair, speaking on behalf of the Pacific delegations, thanked the Government of "
     "Thailand for its hospitality. The Chair said that he would present the conclusions to the "
     "Global Coordinating Group in Geneva, and declared the meeting closed at 5.40 p.m. on "
     "15 November 2023.")

# ------------------------------------------------------------------------------------------------
doc.page_break()
doc.heading("Annex. Delegations and organisations represented", level=1)
doc.table([
    ["Delegation or organisation", "Representatives"],
    ["<b>Governments</b>", ""],
    ["Australia", "Mr. Liam O'Connor, Department of Foreign Affairs and Trade (DFAT)"],
    ["Bangladesh", "Ms. Farhana Rahman, Ministry of Labour and Employment (MoLE); Mr. Tanvir "
                   "Ahmed, Department of Inspection for Factories and Establishments (DIFE)"],
    ["Cambodia", "Mr. Sokha Chea, Ministry of Labour and Vocational Training (MLVT)"],
    ["Fiji", "Ms. Litia Vunisea, Ministry of Employment, Productivity and Industrial Relations"],
    ["Indonesia", "Mr. Hendra Saputra, Ministry of Manpower; Ms. Rini Astuti, Ministry of Marine "
                  "Affairs and Fisheries (KKP)"],
    ["Lao People's Democratic Republic", "Mr. Khamphanh Vongsa, Ministry of Labour and Social "
                                         "Welfare"],
    ["Mongolia", "Mr. Ganbold Dorjsuren, Ministry of Labour and Social Protection (MLSP); "
                 "Mr. Batbayar Enkhtuvshin, Permanent Mission of Mongolia in Bangkok"],
    ["Nepal", "Ms. Sunita Adhikari, Ministry of Labour, Employment and Social Security (MoLESS)"],
    ["Pakistan", "Mr. Imran Qureshi, Ministry of Overseas Pakistanis and Human Resource "
                 "Development"],
    ["Philippines", "Mr. Ramon dela Cruz, Department of Labor and Employment (DOLE); Ms. Joy "
                    "Santiago, Inter-Agency Council Against Trafficking (IACAT)"],
    ["Sri Lanka", "Mr. Ruwan Jayasekara, Department of Labour"],
    ["Thailand", "Mr. Anan Thepsuwan, Ministry of Labour (MOL); Ms. Pranee Suksawat, Department "
                 "of Labour Protection and Welfare (DLPW)"],
    ["Viet Nam", "Ms. Nguyen Thi Thu Ha, Ministry of Labour, Invalids and Social Affairs (MOLISA)"],
    ["<b>Employers' group</b>", ""],
    ["Employers' Confederation of Thailand (ECOT)", "Mr. Somchai Wattanakul"],
    ["International Organisation of Employers (IOE)", "Ms. Claire Dubois"],
    ["<b>Workers' group</b>", ""],
    ["International Trade Union Confederation (ITUC)", "Ms. Priya Raman"],
    ["General Federation of Nepalese Trade Unions (GEFONT)", "Mr. Bishnu Thapa"],
    ["<b>Organisations</b>", ""],
    ["International Labour Organization (ILO)", "Ms. Chihiro Nakamura; Mr. Arjun Mehta"],
    ["United Nations Children's Fund (UNICEF)", "Mr. Tomas Lindqvist"],
    ["International Organization for Migration (IOM)", "Ms. Aiko Tanabe"],
    ["United Nations Office on Drugs and Crime (UNODC)", "Mr. Daniel Whitmore"],
    ["Food and Agriculture Organization of the United Nations (FAO)", "Mr. Kenji Hayashi"],
    ["ASEAN Secretariat", "Ms. Dewi Kartika"],
    ["Walk Free", "Ms. Grace Whitfield"],
    ["Alliance 8.7 Secretariat", "Ms. H\u00e9l\u00e8ne Marchetti"],
], widths=[200, 270], ruled="rows", font_size=8.5)

doc.save()
