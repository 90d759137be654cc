"""Summary of an expert group meeting on recruitment-related forced labour indicators (fictional), June 2026."""

from docgen import A4, Document

doc = Document("ws-expert-group-meeting-summary.pdf", size=A4, lang="en",
               header="Alliance 8.7 Migration Action Group | Expert Group Meeting, Amman, 9-10 June 2026",
               footer="Summary of proceedings - for participants and members of the Action Group",
               page_numbers="{n}",
               title="Expert Group Meeting on Recruitment-Related Forced Labour - Summary")

doc.title("Expert Group Meeting on Recruitment-Related Forced Labour: Indicators, Fees and Data Sources",
          subtitle="Summary of proceedings | Amman, Jordan, 9-10 June 2026 (in person and online)")

doc.table([
    ["Organisers", "Host", "Format", "Experts"],
    ["ILO Regional Office for Arab States and IOM, for the Alliance 8.7 Migration Action Group",
     "Ministry of Labour of the Hashemite Kingdom of Jordan",
     "Four sessions, Chatham House rule for the discussion; interventions reported with speakers' consent",
     "34 experts from Bangladesh, Jordan, Kenya, Malawi, Nepal, the Philippines, Qatar and Sri Lanka, and "
     "from eight organisations"],
], ruled="grid", widths=[110, 100, 130, 135])
doc.spacer(6)

doc.heading("1. Background", level=1)
doc.para("In October 2018 the 20th International Conference of Labour Statisticians (ICLS) endorsed "
         "guidelines concerning the measurement of forced labour, which define forced labour through the "
         "combination of involuntary work and coercion. The 2021 Global Estimates of Modern Slavery put the "
         "number of people in forced labour at 27.6 million, and found that migrant workers were three times "
         "more likely to be in forced labour than other workers. Recruitment is the stage at which many of "
         "these situations begin: deception about wages and conditions, fees that turn into debts, and "
         "documents handed over to brokers.")
doc.para("Since 2019, several countries of origin in South Asia and Africa have collected data on "
         "recruitment costs for SDG indicator 10.7.1 through modules of their labour force surveys, but the "
         "results are rarely comparable. A preparatory webinar held on 12 May 2026 identified three questions "
         "for the experts: which indicators of forced labour can be measured at the recruitment stage; how "
         "recruitment fees and related costs should be defined and measured; and how administrative data "
         "from origin and destination countries can complement surveys.")

doc.heading("2. Opening", level=1)
doc.para("Ms Rania Haddad, Secretary-General of the Ministry of Labour of Jordan, opened the meeting. She "
         "recalled that Jordan had introduced an electronic platform for the recruitment of migrant workers "
         "in 2024. She informed participants that the Ministry intends to publish the first annual report of "
         "the platform, with data disaggregated by sex and nationality, before the end of 2026.")
doc.para("Dr Helga Lindqvist, Senior Statistician at the ILO Department of Statistics, welcomed the experts "
         "and stressed that the meeting was technical: its proposals would go to the Migration Action Group, "
         "which would decide what to take forward.")

doc.heading("3. Session 1: Indicators of forced labour at the recruitment stage", level=1)
doc.para("Opening the session, Dr Lindqvist noted that the recruitment stage is where most deception occurs, "
         "yet it is the stage that household surveys in countries of destination capture least well.")
doc.para("Ms Anjali Shrestha, Director of Research at the Department of Foreign Employment (DoFE), Nepal, "
         "reported that deception about wages was the most frequent indicator among returnees from the Gulf "
         "in the 2025 Nepali returnee survey. She proposed that a shortlist of recruitment-stage indicators "
         "be agreed for all corridor surveys, so that data from origin and destination could be compared.")
doc.para("Mr Joel Otieno, Senior Economist at the Kenya National Bureau of Statistics (KNBS), asked how "
         "the retention of passports should be coded when the worker had handed over the document for "
         "safekeeping. Dr Lindqvist responded that the guidelines treat retention as coercion only where "
         "the worker cannot obtain the document on request.")
doc.para("Walk Free suggested adding a question on whether the worker had been made to sign a second "
         "contract on arrival, since contract substitution remained common in the corridors to the Gulf.")
doc.para("Ms Maria Duarte, Migrant Workers Policy Officer at the International Trade Union Confederation "
         "(ITUC), called for workers' organisations to be consulted on the wording of survey questions. She "
         "explained that migrant workers often did not recognise the legal terms used by enumerators, and "
         "gave the example of the word \"bondage\", which most respondents in the pilot understood literally.")
doc.para("Mr Tendai Chisale, Deputy Commissioner of Statistics at the National Statistical Office (NSO) of "
         "Malawi, informed the meeting that, following the tripartite workshop held in Lilongwe in October "
         "2025, the NSO intends to field a forced labour module in the next Malawi Labour Force Survey by "
         "2027. He asked the ILO for support in adapting the recruitment questions to internal and "
         "cross-border seasonal work.")

doc.heading("4. Session 2: Measuring recruitment fees and related costs", level=1)
doc.para("Mr Paolo Reyes, Chief Statistical Specialist at the Philippine Statistics Authority (PSA), "
         "presented the recruitment cost module of the 2025 Survey on Overseas Filipinos. On average, "
         "workers deployed to the Gulf had paid costs equal to 1.2 months of their earnings abroad, and "
         "domestic workers more than those in construction.")
doc.para("The representative of the International Organisation of Employers (IOE) stressed that employers "
         "in destination countries often paid agencies that then charged workers again. She asked that the "
         "measurement distinguish clearly between fees paid by employers and fees paid by workers.")
doc.para("Mr Kamrul Hasan, Director at the Bureau of Manpower, Employment and Training (BMET), Bangladesh, "
         "expressed concern that workers borrowed from informal lenders at high interest to pay brokers in "
         "their villages. Such costs were missed by surveys that asked only about agency fees, he said.")
doc.para("Mr Ahmed Al-Kuwari, Director of the Wage Protection Department at the Ministry of Labour of "
         "Qatar, noted that the Wage Protection System now covered most private-sector workers. He indicated "
         "that the Ministry planned to share anonymised Wage Protection System data with the ILO for research "
         "purposes from early 2027.")
doc.para("In the discussion, it was proposed that the ILO and the World Bank publish a common operational "
         "definition of recruitment costs that includes informal loans and payments to sub-agents. "
         "Dr Priya Menon, Senior Economist at the World Bank, welcomed the proposal and recalled that the "
         "current guidance for indicator 10.7.1 had been written before most origin countries had any data.")

doc.heading("5. Session 3: Administrative data and linking sources", level=1)
doc.para("Ms Dilini Perera, Assistant Director at the Sri Lanka Bureau of Foreign Employment (SLBFE), "
         "noted that the Bureau's complaints database recorded more than 9,000 complaints in 2025, a third "
         "of them about unpaid wages. She suggested that complaints data be coded with the same indicator "
         "list as the surveys.")
doc.para("UNODC recalled that administrative data on trafficking cases reflected the effort of law "
         "enforcement rather than prevalence, and cautioned against ranking countries on that basis.")
doc.para("Migrant Forum in Asia took the floor to stress that returnee workers should help design and test "
         "the questionnaires. It recommended that national statistical offices hire returnees as enumerators "
         "in areas with high rates of labour migration.")
doc.para("IOM informed the meeting that its International Recruitment Integrity System (IRIS) had "
         "certified 41 recruitment agencies in the region, and that audit findings could serve as a "
         "source of data on fees.")

doc.heading("6. Way forward", level=1)
doc.para("After discussion in the closing session, the meeting agreed to submit the following proposals to "
         "the Migration Action Group:")
doc.bullets([
    "A core set of recruitment-stage indicators of forced labour should be agreed for use in both origin "
    "and destination surveys.",
    "The ILO and the World Bank should publish a common operational definition of recruitment costs, "
    "covering informal loans and payments to sub-agents.",
    "National statistical offices in countries of origin should add the recruitment module to their labour "
    "force surveys at least once every five years.",
    "Countries of destination are invited to share anonymised administrative data on recruitment and wages "
    "with the statistical offices of countries of origin, through bilateral labour agreements.",
    "Workers' and employers' organisations should be consulted on the design and wording of the "
    "questionnaires.",
    "A community of practice of statisticians working on forced labour should be set up, meeting online "
    "every quarter.",
], marker="1.")
doc.para("The experts also suggested that the results be presented to the 22nd ICLS, expected in 2028. "
         "Some participants asked whether the Migration Action Group could fund national pilots; no decision "
         "was taken on this point.")

doc.heading("7. Commitments by agencies and participants", level=1)
doc.para("The ILO committed to:")
doc.bullets([
    "issuing a draft of the recruitment-stage indicator set for consultation by 31 December 2026;",
    "supporting the Malawi NSO in the design of its forced labour module;",
    "convening the first online session of the community of practice in Q1 2027.",
], marker="(a)")
doc.para("IOM pledged to host a follow-up workshop in Kathmandu in early March 2027, and to make its "
         "recruitment monitoring tools available to the statistical offices of Nepal and Bangladesh. The World "
         "Bank indicated that it would revise its guidance note on SDG indicator 10.7.1 by Q3 2027 to cover "
         "informal borrowing. Walk Free undertook to share its survey question bank with all participants "
         "within one month.")
doc.para("For Nepal, DoFE plans to link its labour permit database to the sampling frame of the Nepal Labour "
         "Force Survey in FY2026/27. BMET aims to add a question on informal loans to the pre-departure "
         "registration form of Bangladeshi workers before the end of 2026.")
doc.para("UNODC said that it would be ready to contribute case data if national authorities requested it.")

def _annex():
    doc.heading("Annex: Experts cited in this summary", level=2)
    doc.table([
    ["Name", "Title", "Organisation"],
    ["Rania Haddad", "Secretary-General", "Ministry of Labour, Jordan"],
    ["Helga Lindqvist", "Senior Statistician", "ILO Department of Statistics"],
    ["Anjali Shrestha", "Director of Research", "Department of Foreign Employment, Nepal"],
    ["Joel Otieno", "Senior Economist", "Kenya National Bureau of Statistics"],
    ["Maria Duarte", "Migrant Workers Policy Officer", "ITUC"],
    ["Tendai Chisale", "Deputy Commissioner of Statistics", "National Statistical Office, Malawi"],
    ["Paolo Reyes", "Chief Statistical Specialist", "Philippine Statistics Authority"],
    ["Kamrul Hasan", "Director", "Bureau of Manpower, Employment and Training, Bangladesh"],
    ["Ahmed Al-Kuwari", "Director, Wage Protection Department", "Ministry of Labour, Qatar"],
    ["Priya Menon", "Senior Economist", "World Bank"],
    ["Dilini Perera", "Assistant Director", "Sri Lanka Bureau of Foreign Employment"],
    ], ruled="rows", widths=[110, 160, 205])


doc.keep_together(_annex)
doc.spacer(6)
doc.para("Rapporteur: Layla Mansour (ILO). Contact: egm.recruitment@example.org", style="small")

doc.save()
