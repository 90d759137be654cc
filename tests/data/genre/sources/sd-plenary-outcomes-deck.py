"""sd-plenary-outcomes-deck: outcomes of a GCG plenary in Bangkok, November 2026 (author E, batch 4).

Slides: status lists in three columns, two panel slides whose recommendations have generic subjects,
two "what we heard" slides of reported turns, four breakout groups side by side (one in French),
country announcements in four columns, partner pledges beside a description of an existing network,
a flow table of plenary decisions, an events slide with a next steps box.
"""

from docgen import SLIDE, Document

doc = Document("sd-plenary-outcomes-deck.pdf", size=SLIDE, lang="en",
               footer="Alliance 8.7 GCG plenary - Bangkok, 3-4 November 2026", page_numbers="{n}",
               title="GCG plenary outcomes, November 2026", margin=28)

doc.slide("Plenary outcomes",
          subtitle="Alliance 8.7 Global Coordinating Group - plenary meeting, Bangkok, 3-4 November 2026",
          body=["Closing session, 4 November 2026 - presented by the Alliance 8.7 Secretariat",
                "Panel 1: Data after 2025 | Panel 2: Responsible business conduct beyond audits",
                "Four breakout groups | Country announcements | Partner pledges | Decisions and next steps",
                "Hosted by the Ministry of Labour of Thailand; 118 participants from 43 countries"])

doc.slide("Pathfinder process since the last plenary (Geneva, 12-13 November 2025)",
          columns=[("Strategic planning workshops held",
                    ["Peru - Lima, 19-21 May 2026", "Jordan - Amman, September 2026"]),
                   ("Workshops scheduled",
                    ["Ecuador - Quito, Q1 2027", "Kyrgyzstan - Bishkek, 24-26 February 2027"]),
                   ("New letters of interest",
                    ["Ecuador submitted a letter of interest in January 2026",
                     "Kyrgyzstan applied for pathfinder status in April 2026",
                     "Morocco confirmed its interest in becoming a pathfinder in July 2026"])],
          box=("Achieved in 2026", ["Peru adopted its roadmap by Supreme Decree in August 2026",
                                    "Jordan's Cabinet approved the National Strategy against Human Trafficking "
                                    "(2026-2030) in March 2026"]))

doc.slide("Panel 1 - Data after 2025",
          subtitle="Panellists: ILO Department of Statistics, Uganda Bureau of Statistics (UBOS), INEI (Peru), "
                   "Walk Free",
          body=["The latest global estimates show child labour falling, but far too slowly to meet the 2025 "
                "target",
                "Only 31 countries have measured forced labour with a national survey"],
          box=("Panel recommendations",
               ["Governments should publish child labour and forced labour statistics at least every five years",
                "Member States are encouraged to add a forced labour module to their labour force surveys",
                "National statistical offices should disaggregate data by sex, age and migration status",
                "It was suggested that the Alliance 8.7 knowledge platform host a repository of national "
                "survey questionnaires"]))

doc.slide("Panel 2 - Responsible business conduct beyond audits",
          body=["ITUC called for mandatory human rights due diligence laws in all G20 countries by 2030",
                "IOE stressed that small and medium-sized enterprises need practical tools rather than new "
                "reporting burdens",
                "Ms Napat Srisuk, Sustainability Director at Andaman Seafood Co., informed the panel that her "
                "company had stopped charging recruitment fees to its 4,000 migrant workers in 2024"],
          box=("Panel recommendations",
               ["Buyers should share the cost of remediation with their suppliers",
                "Responsible recruitment should be a standard clause in public procurement contracts"]))

doc.slide("What we heard in plenary - countries",
          body=["Brazil noted that 2,480 workers had been rescued from conditions analogous to slavery in 2025",
                "The representative of Nepal stressed that returnee migrant workers lack access to justice for "
                "recruitment fee abuses",
                "Jordan informed the plenary that its Ministry of Labour will digitise all work permits for "
                "agricultural workers by mid-2027",
                "Uganda recalled its Durban Call to Action pledge on the tea sector and asked for support to "
                "monitor it",
                "The delegate from the Philippines asked how pathfinder countries could use the knowledge "
                "platform in national languages",
                "France proposed that the GCG adopt a common progress-reporting template for pathfinder countries",
                "Thailand, as host, welcomed the first GCG plenary held in the Asia-Pacific region"])

doc.slide("What we heard in plenary - partners",
          body=["Walk Free expressed concern that forced marriage remains absent from most national action plans",
                "Anti-Slavery International welcomed the focus on survivors and called for a survivor advisory "
                "council in every pathfinder country",
                "UNHCR took the floor to recall that refugees are excluded from many labour inspection systems",
                "Speaking for the workers' group, Ms Rania Khoury of the Arab Trade Union Confederation (ATUC) "
                "asked how migrant domestic workers would be covered by the reporting template",
                "The IOE responded that employers' organisations in Jordan and Peru were ready to host SME "
                "trainings"])

doc.slide("Breakout groups - results",
          columns=[("A - Children in crisis settings",
                    ["We recommend child labour screening in all humanitarian needs assessments",
                     "We recommend funding education in emergencies as child labour prevention"]),
                   ("B - Pathfinder peer learning",
                    ["We recommend a standing peer-learning network of pathfinder countries, with two exchanges a "
                     "year",
                     "Pair each new pathfinder country with a mentor country"]),
                   ("C - Migrant workers",
                    ["Recruitment fees should be borne by employers, never by workers",
                     "Origin and destination countries should sign bilateral labour agreements with fair "
                     "recruitment clauses"]),
                   ("D - Groupe francophone",
                    ["Il a été proposé de créer un réseau d'échange entre pays pionniers d'Afrique de l'Ouest",
                     "Le groupe recommande que les inspecteurs du travail soient formés aux indicateurs du "
                     "travail forcé",
                     "Il conviendrait de renforcer les comités villageois de surveillance"])])

doc.slide("Country announcements in plenary (pathfinder countries)",
          columns=[("Peru",
                    ["First national forced labour survey with INEI, fieldwork in 2027",
                     "Labour inspection units in Madre de Dios and Puno by Q4 2027"]),
                   ("Uganda",
                    ["Update the hazardous child labour list by mid-2027",
                     "Plans to run a national forced labour survey with UBOS in 2028",
                     "Ratify the 2014 Protocol to the Forced Labour Convention in 2027"]),
                   ("Philippines",
                    ["Revision of the list of hazardous work for children, 2027",
                     "Enrol 50,000 child labour-affected households in the 4Ps cash transfer programme by 2028"]),
                   ("Jordan",
                    ["Extend National Aid Fund cash transfers to families of working children, Q2 2027",
                     "Digital work permits for all agricultural workers (mid-2027)",
                     "Risk: funding for refugee livelihood programmes is falling"])])

doc.slide("Partner pledges",
          body=["The ILO will publish a methodological guide on forced labour surveys for pathfinder countries by "
                "Q2 2027",
                "IOM pledged to extend IRIS ethical recruitment training to recruitment agencies in Nepal and Jordan "
                "in 2027",
                "IOE intends to launch a due diligence toolkit for SMEs in the first half of 2027",
                "Walk Free aims to publish modern slavery estimates for the Asia-Pacific pathfinder countries "
                "before the end of 2027",
                "UNICEF and UNHCR committed to co-lead the follow-up of Group A's recommendations",
                "ITUC has committed to train focal points in the national trade union centres of all pathfinder "
                "countries by 2028",
                "Secretariat priority for 2027: a searchable library of pathfinder roadmaps on the knowledge "
                "platform"],
          box=("For reference", "The objective of the existing ILO Global Business Network on Forced Labour is "
               "to engage businesses of all sizes in eradicating forced labour."))

doc.page_break()
doc.heading("Decisions and follow-up agreed by the plenary", 1)
doc.table([
    ["Decision or follow-up", "Lead", "Timing"],
    ["The plenary agreed to establish a standing peer-learning network of pathfinder countries",
     "Secretariat, with the ILO", "First exchange: week of 8 February 2027"],
    ["The GCG recommends that pathfinder countries use a common progress-reporting template from 2027",
     "Pathfinder countries", "From 2027"],
    ["Action groups are invited to align their 2027 work plans with the recommendations of this plenary",
     "Action group chairs", "Q1 2027"],
    ["The Secretariat shall circulate the draft outcome document to GCG members", "Secretariat",
     "by 18 December 2026"],
    ["The Supply Chains Action Group will present a revised work plan reflecting Panel 2",
     "Supply Chains Action Group", "Q2 2027"],
], ruled="rows", widths=[470, 200, 210], font_size=12)
doc.spacer(8)
doc.para("Decisions recorded by the Secretariat at the closing session on 4 November 2026.", style="small")

doc.slide("Upcoming events",
          body=["Webinar: forced labour survey methods - 15/01/2027, online",
                "Southern Africa pathfinder exchange on labour inspection - week of 8 February 2027, Lusaka",
                "Asia-Pacific regional consultation on Target 8.7 - early March 2027, Bangkok",
                "Side event at the International Labour Conference - June 2027, Geneva",
                "Next GCG plenary - Q4 2027, venue to be confirmed"],
          box=("Next steps", ["Secretariat to open registration for the Lusaka exchange by mid-January 2027",
                              "Pathfinder focal points to test the reporting template in the first half of 2027",
                              "Contact: gcg.secretariat@example.org"]))

doc.save()
