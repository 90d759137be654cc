"""rm-two-country-brief: briefing on two pathfinder countries side by side (Albania | Nepal in two
columns), an at-a-glance comparison table, and a joint table of next steps per country with the
Country cell spanning its rows."""

from docgen import A4, Document

doc = Document("rm-two-country-brief.pdf", size=A4, lang="en",
               header="Alliance 8.7  |  Pathfinder peer exchange  |  Briefing note",
               footer="Alliance 8.7 Secretariat  -  pathfinders@example.org", page_numbers="{n}",
               title="Pathfinder peer exchange: Albania and Nepal")

doc.title("Pathfinder peer exchange: Albania and Nepal",
          subtitle="Briefing note for the virtual exchange of 9 December 2021")

doc.heading("Purpose", 1)
doc.para("This note prepares the virtual peer exchange between Albania, which is preparing its pathfinder "
         "roadmap, and Nepal, which is halfway through implementing its own. It summarises where each country "
         "stands (page 2, side by side), lists the next steps each has announced (page 3), and suggests points "
         "for discussion. It draws on the preparatory call held online on 25 November 2021 and on information "
         "provided by the two governments and the ILO country offices.")

doc.heading("At a glance", 2)
doc.table([
    ["", "Albania", "Nepal"],
    ["Pathfinder status", "Interest expressed in February 2020", "Pathfinder country since 2018"],
    ["Strategic planning workshop", "Scheduled for 22-23 February 2022, Tirana (postponed twice)",
     "Held in Kathmandu, August 2019"],
    ["Roadmap", "Draft priorities, to be validated at the workshop", "Roadmap 2019-2024, mid-term review under way"],
    ["Lead ministry", "Ministry of Health and Social Protection (MHSP)",
     "Ministry of Labour, Employment and Social Security (MoLESS)"],
    ["Main concerns", "Children in street situations; trafficking for sexual and labour exploitation; "
     "seasonal work abroad", "Child labour in brick kilns and domestic work; bonded labour; recruitment debts "
     "of migrant workers"],
], ruled="rows", widths=[110, 185, 185], font_size=8.5)
doc.spacer(6)
doc.para("Both countries have ratified the ILO fundamental conventions on child labour and forced labour. "
         "Nepal's National Master Plan on Child Labour runs from 2018 to 2028; Albania's National Action Plan "
         "for the Fight against Trafficking in Persons covers 2021-2023.", style="small")

doc.heading("Agenda, 9 December 2021 (online, 10:00-12:00 CET)", 2)
doc.table([
    ["Time", "Item"],
    ["10:00", "Welcome by the Alliance 8.7 Secretariat"],
    ["10:10", "Albania: preparing the roadmap (MHSP)"],
    ["10:35", "Nepal: lessons from the mid-term review (MoLESS)"],
    ["11:00", "Discussion: labour inspection in informal workplaces"],
    ["11:40", "Next steps and close"],
], ruled="none", widths=[60, 420], font_size=8.5)
doc.columns(2)
doc.heading("Albania", 1)
doc.para("Albania's Minister of Health and Social Protection informed the Alliance 8.7 Secretariat in February "
         "2020 that Albania wished to join the pathfinder initiative. The national strategic planning workshop, "
         "postponed twice because of COVID-19, is now scheduled for 22-23 February 2022 in Tirana. If it cannot "
         "be held in person, it would move online.")
doc.para("In 2020 the authorities identified 97 potential and actual victims of trafficking, 70 per cent of "
         "them children. Many children in street situations work in begging. Albanian seasonal workers in Greece and Italy report "
         "unpaid wages and confiscated documents. The NGO Different & Equal has run a shelter for victims of "
         "trafficking since 2004.")
doc.heading("Draft priorities", 3)
doc.para("The MHSP has circulated four draft priorities:")
doc.bullets([
    "identifying children in street situations and referring them to child protection units;",
    "strengthening the State Labour and Social Services Inspectorate;",
    "preventing labour trafficking of Albanian workers abroad;",
    "producing regular data on child labour and forced labour.",
], marker="i.")
doc.heading("Announced measures", 3)
doc.para("The State Labour and Social Services Inspectorate (SLSSI) will introduce a checklist on forced labour "
         "indicators in its inspection visits in 2022. The Office of the National Anti-Trafficking Coordinator "
         "intends to set up mobile identification teams in Durr\u00ebs, Elbasan and Shkod\u00ebr before the end "
         "of 2022. The State Agency for the Rights and Protection of Children (SARPC) is determined to register "
         "all children in street situations in Tirana in the child protection case management system by "
         "mid-2022.")
doc.para("IOM intends to provide pre-departure information on labour rights to seasonal workers leaving for "
         "Greece and Italy.")

doc.next_column()
doc.heading("Nepal", 1)
doc.para("Nepal has been an Alliance 8.7 pathfinder country since 2018. Its national strategic planning "
         "workshop was held in Kathmandu in August 2019, and the roadmap for 2019-2024 is now under mid-term "
         "review. The Kamaiya and Haliya systems of bonded labour were abolished in 2000 and 2008, but many "
         "freed families remain landless.")
doc.para("The pandemic pushed children back into brick kilns and domestic work. Over 3.5 million Nepalis hold "
         "labour permits for work abroad, mainly in Qatar, Malaysia and Saudi Arabia, and trafficking across the "
         "open border with India remains a concern.")
doc.heading("Roadmap priorities", 3)
doc.para("The roadmap adopted after the 2019 workshop sets four priorities:")
doc.bullets([
    "Eliminating child labour in brick kilns, embroidery workshops and domestic work",
    "Rehabilitating freed bonded labourers and preventing new debt bondage",
    "Making foreign employment safe and free of recruitment fees",
    "Strengthening labour inspection and data",
], marker="1.")
doc.heading("Announced measures", 3)
doc.para("The Department of Labour and Occupational Safety (DoLOS) will recruit 40 additional labour inspectors "
         "by the end of FY2021/22 (mid-July 2022). The Anti-Human Trafficking Bureau of Nepal Police plans to "
         "open units in all seven provinces in 2022. The Government of Nepal has committed to rehabilitating "
         "all freed Haliya families by 2023.")
doc.para("The Joint Trade Union Coordination Centre (JTUCC), which brings together GEFONT, NTUC and ANTUF, "
         "undertook to run migrant resource centres in ten districts. The Federation of Nepalese Chambers of "
         "Commerce and Industry (FNCCI) pledged to promote a child labour-free business charter among 500 member "
         "enterprises by 2022.")

doc.columns(1)
doc.heading("Next steps announced by the two countries", 1)
doc.para("The two governments have shared the following next steps. Dates are those given by each country.")
steps = [
    ["Country", "Next step", "Lead", "By when"],
    ["Albania", "Hold the national strategic planning workshop", "MHSP; ILO", "February 2022"],
    ["", "Circulate the draft priorities to the social partners for comment", "MHSP", "January 2022"],
    ["", "Establish a tripartite pathfinder working group with KSSH and BiznesAlbania", "MHSP", "Q1 2022"],
    ["", "Add a forced labour module to the Labour Force Survey", "INSTAT", "2022"],
    ["", "Train 60 labour inspectors on forced labour and child labour indicators", "SLSSI; ILO", "by June 2022"],
    ["", "Submit the ratification of the Violence and Harassment Convention, 2019 (No. 190) to Parliament",
     "MHSP; MEFA", "Q2 2022"],
    ["Nepal", "Present the mid-term review of the roadmap to the National Steering Committee", "MoLESS",
     "March 2022"],
    ["", "Run a forced labour module with the Nepal Labour Force Survey", "NSO; MoLESS", "2022/23"],
    ["", "Train 40 newly recruited labour inspectors on forced labour and child labour indicators",
     "DoLOS; ILO", "by July 2022"],
    ["", "Finalise the amendment of the Child Labour (Prohibition and Regulation) Act, 2000", "MoLESS",
     "end of 2022"],
    ["", "Ratify the 2014 Protocol to the Forced Labour Convention", "MoLESS; MoFA", "2022"],
    ["Albania and Nepal", "Organise a virtual learning exchange on the inspection of informal workplaces",
     "MHSP; MoLESS", "April 2022"],
]
doc.table(steps, ruled="grid", widths=[75, 250, 80, 75], spans=[(0, 1, 0, 6), (0, 7, 0, 11)], font_size=8.5)
doc.spacer(6)

doc.heading("Points for discussion", 1)
doc.para("The Secretariat suggests:")
doc.bullets([
    "that Albania and Nepal compare their approaches to identifying forced labour among returning migrant "
    "workers;",
    "that both countries report on their progress at the next meeting of the Global Coordinating Group.",
], marker="-")
doc.para("The ILO proposes to pair labour inspectors from the two countries for a peer review of inspection "
         "practice in informal workplaces.")
doc.heading("From the preparatory call (25 November 2021)", 2)
doc.bullets([
    "The representative of MoLESS noted that the COVID-19 pandemic had pushed many children back into work in "
    "brick kilns.",
    "The Albanian delegation asked how other pathfinder countries had financed their roadmaps.",
])
with doc.box("Abbreviations"):
    doc.para("ANTUF All Nepal Trade Union Federation; GEFONT General Federation of Nepalese Trade Unions; INSTAT "
             "Institute of Statistics (Albania); KSSH Confederation of Trade Unions of Albania; MEFA Ministry for "
             "Europe and Foreign Affairs (Albania); MoFA Ministry of Foreign Affairs (Nepal); NSO National "
             "Statistics Office (Nepal); NTUC Nepal Trade Union Congress. Contact: pathfinders@example.org",
             style="small")
doc.save()
