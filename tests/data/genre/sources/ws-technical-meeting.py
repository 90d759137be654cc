"""ws-technical-meeting: report of an expert technical meeting on forced labour and child labour
statistics in the Arab States (fictional, Amman 2022).

A programme table, national statistical offices' interventions, numbered recommendations R1-R12 in
run-in paragraphs under lettered headings, and a ruled table of action points for statistics offices.
"""

from docgen import A4, Document

doc = Document("ws-technical-meeting.pdf", size=A4, lang="en",
               header="Expert Technical Meeting on Forced Labour and Child Labour Statistics | Amman 2022",
               footer="ILO Regional Office for Arab States - Alliance 8.7", page_numbers="- {n} -",
               title="Measuring Forced Labour and Child Labour in the Arab States - Meeting Report")

doc.title("Measuring Forced Labour and Child Labour in the Arab States",
          subtitle="Report of the Expert Technical Meeting | Amman, Jordan, 18–20 October 2022")

doc.para("<i>Organised by the ILO Regional Office for Arab States (ROAS) with the UNICEF Middle East "
         "and North Africa Regional Office (MENARO) and Walk Free, as a contribution of Alliance 8.7 "
         "partners to the follow-up of the 2021 Global Estimates.</i>", style="small")

with doc.box("Summary"):
    doc.para("Forty-two statisticians and researchers from the national statistical offices of Egypt, "
             "Iraq, Jordan, Lebanon, Morocco, the State of Palestine, Qatar and Tunisia met with the "
             "ILO, UNICEF, IOM, Walk Free, the Fafo Institute for Labour and Social Research and the "
             "University of Jordan to review methods for measuring forced labour and child labour. "
             "The meeting adopted twelve recommendations (R1–R12) and seven action points for "
             "statistics offices and partners.", style="small")

doc.heading("1. Background")
doc.para("The 20th International Conference of Labour Statisticians (ICLS), held in Geneva in "
         "October 2018, adopted Guidelines concerning the measurement of forced labour. Four years "
         "later, few countries of the region have tested them. According to the 2021 Global "
         "Estimates, launched on 12 September 2022, the Arab States have the highest prevalence of "
         "forced labour of any region, at 5.3 per thousand people, driven largely by the situation "
         "of migrant workers. Regular child labour data exist in only a handful of countries, and "
         "household surveys rarely reach refugee and displaced children.")

doc.heading("2. Programme")
doc.table([
    ["Day", "Session", "Chair"],
    ["18 October", "Session 1: Global and regional estimates", "ILO ROAS"],
    ["18–19 October", "Session 2: National experiences with child labour surveys", "DoS (Jordan)"],
    ["19 October", "Session 3: Measuring forced labour – methodological issues", "Walk Free"],
    ["20 October", "Session 4: Recommendations and action points", "ILO ROAS and UNICEF MENARO"],
], widths=[90, 290, 110], ruled="rows")

doc.heading("3. Session 1: Global and regional estimates")
doc.para("The ILO and Walk Free presented the methodology of the 2021 Global Estimates of Modern "
         "Slavery, and UNICEF presented the 2020 global estimates of child labour.")
doc.para("<i>Comments from the floor.</i> The Planning and Statistics Authority (PSA) of Qatar asked "
         "how the global estimates treated migrant domestic workers living in their employers' "
         "households. Walk Free explained that such workers were covered through surveys in "
         "countries of origin, which captured returned migrants' experiences abroad.")

doc.heading("4. Session 2: National experiences")
doc.para("<b>Jordan.</b> The Department of Statistics (DoS) presented the lessons of the 2016 "
         "National Child Labour Survey, which found about 70,000 children in child labour, and "
         "explained that a stand-alone survey was costly to repeat. DoS plans to add the ILO child "
         "labour module to the Labour Force Survey in Q3 2023.")
doc.para("<b>Egypt.</b> The Central Agency for Public Mobilization and Statistics (CAPMAS) said that "
         "it would integrate a short set of child labour questions into its quarterly Labour Force "
         "Survey from January 2023, with the support of the ILO.")
doc.para("<b>Morocco.</b> The Haut-Commissariat au Plan (HCP) described its practice of publishing "
         "child labour estimates each year from the National Employment Survey. HCP is to pilot the "
         "forced labour module among seasonal agricultural workers in the Souss-Massa region in "
         "2023.")
doc.para("<b>Tunisia.</b> The Institut National de la Statistique (INS) shared the experience of the "
         "2017 National Child Labour Survey conducted with the ILO. INS expects to repeat the survey "
         "in 2024, subject to funding.")
doc.para("<b>Lebanon.</b> The Central Administration of Statistics (CAS) noted that the economic "
         "crisis had interrupted regular household surveys, and that any child labour survey "
         "covering refugee children would depend on external funding.")
doc.para("<b>State of Palestine.</b> The Palestinian Central Bureau of Statistics (PCBS) presented "
         "child labour indicators from its Labour Force Survey. PCBS has committed to publishing a "
         "child labour fact sheet every year on the World Day Against Child Labour.")
doc.para("<b>Qatar.</b> The PSA, together with the Ministry of Labour, intends to pilot the ILO "
         "forced labour module with migrant domestic workers in 2023, building on the 2020 labour "
         "reforms that dismantled key elements of the kafala system.")
doc.para("<b>Iraq.</b> The Central Statistical Organization (CSO) asked for technical support to "
         "extend child labour questions to the Kurdistan Region, in cooperation with the Kurdistan "
         "Region Statistics Office.")

doc.heading("5. Session 3: Measuring forced labour – methodological issues")
doc.para("Discussion focused on sampling hard-to-reach populations, the translation of forced labour "
         "indicators into Arabic, and the risk that respondents living in their employer's household "
         "would not answer freely.")
doc.para("<i>Comments from the floor.</i> The Fafo Institute for Labour and Social Research noted that "
         "respondent-driven sampling had produced reliable estimates among domestic workers in its "
         "studies. IOM stressed the value of administrative data from victim assistance programmes, "
         "which could complement surveys. A researcher from the University of Jordan asked whether "
         "the forced labour module had been validated for use by telephone.")
doc.para("Participants were also informed that the World Bank plans to launch a new round of Living "
         "Standards Measurement Study surveys in the region, which could host short modules.")

doc.heading("6. Recommendations")
doc.para("The meeting adopted the following recommendations, addressed to national statistical "
         "offices, ministries of labour and their partners.")
doc.heading("A. Child labour statistics", level=2)
recs_a = [
    ("R1", "Integrate the ILO child labour module into regular labour force surveys at least every two "
           "years, so that child labour can be monitored between stand-alone surveys."),
    ("R2", "Align national definitions of hazardous work with the national lists adopted under "
           "Convention No. 182."),
    ("R3", "Cover children in refugee and displaced populations, including those in camps and informal "
           "settlements, in national child labour surveys."),
    ("R4", "Measure hazardous unpaid household services separately, in line with the 18th ICLS "
           "resolution on child labour statistics."),
]
recs_b = [
    ("R5", "Pilot the forced labour module of the 20th ICLS Guidelines in at least two countries of the "
           "region before the 21st ICLS."),
    ("R6", "Use sampling methods suited to hard-to-reach populations, such as migrant domestic workers, "
           "including respondent-driven and time-location sampling."),
    ("R7", "Include questions on recruitment fees and related costs, consistent with SDG indicator "
           "10.7.1, in labour migration surveys."),
    ("R8", "Translate the forced labour questionnaire into Arabic and test it cognitively before "
           "fielding it."),
]
recs_c = [
    ("R9", "Publish anonymised microdata from child labour and forced labour surveys, subject to "
           "national confidentiality rules."),
    ("R10", "Combine survey data with administrative data from labour inspection and victim assistance "
            "services."),
    ("R11", "Set up a regional network of statisticians working on Target 8.7 indicators, coordinated "
            "by ILO ROAS."),
    ("R12", "Report national results on SDG indicator 8.7.1 every year through the ILO and UNICEF as "
            "custodian agencies."),
]
for code, text in recs_a:
    doc.para(f"<b>{code}.</b> {text}")
doc.heading("B. Forced labour statistics", level=2)
for code, text in recs_b:
    doc.para(f"<b>{code}.</b> {text}")
doc.heading("C. Data use, dissemination and cooperation", level=2)
for code, text in recs_c:
    doc.para(f"<b>{code}.</b> {text}")

doc.heading("7. Action points")
doc.para("The statistics offices and partners concerned agreed to the following action points, to be "
         "reviewed at a follow-up online workshop.")
doc.table([
    ["No.", "Action point", "Responsible", "Timeframe"],
    ["AP1", "Add the ILO child labour module to the Labour Force Survey", "DoS (Jordan)", "Q3 2023"],
    ["AP2", "Field-test the Arabic forced labour questionnaire with 300 migrant domestic workers",
     "PSA (Qatar), with ILO ROAS", "First half of 2023"],
    ["AP3", "Pilot the forced labour module among seasonal agricultural workers in Souss-Massa",
     "HCP (Morocco)", "2023"],
    ["AP4", "Prepare a costed proposal for a child labour survey covering refugee children",
     "CAS (Lebanon), with UNICEF", "By March 2023"],
    ["AP5", "Share questionnaires and tabulation plans through the regional network",
     "All participating offices", "Continuous"],
    ["AP6", "Draft a methodological note on measuring forced labour among migrant workers in the "
            "region", "ILO ROAS and Walk Free", "Before the 21st ICLS (October 2023)"],
    ["AP7", "Organise a follow-up online workshop to review pilot results", "ILO ROAS",
     "15 March 2023"],
], widths=[32, 248, 110, 100], ruled="grid")

doc.heading("8. Closing")
doc.para("It was agreed that ILO ROAS would circulate the Arabic version of the forced labour "
         "questionnaire to all participating offices by the end of November 2022.")
doc.para("In closing, UNICEF MENARO said it aims to publish a regional child labour data brief in the "
         "first half of 2023, drawing on the surveys presented. The ILO is expected to present a "
         "summary of the meeting's recommendations to the 21st ICLS, scheduled for October 2023 in "
         "Geneva. Presentations are available on request from statistics-meeting@example.org.")

doc.heading("Annex. Participating institutions")
doc.table([
    ["Institution", "Country or type"],
    ["Central Agency for Public Mobilization and Statistics (CAPMAS)", "Egypt"],
    ["Central Statistical Organization (CSO)", "Iraq"],
    ["Kurdistan Region Statistics Office (KRSO)", "Iraq"],
    ["Department of Statistics (DoS)", "Jordan"],
    ["Ministry of Labour", "Jordan"],
    ["Central Administration of Statistics (CAS)", "Lebanon"],
    ["Haut-Commissariat au Plan (HCP)", "Morocco"],
    ["Palestinian Central Bureau of Statistics (PCBS)", "State of Palestine"],
    ["Planning and Statistics Authority (PSA)", "Qatar"],
    ["Ministry of Labour", "Qatar"],
    ["Institut National de la Statistique (INS)", "Tunisia"],
    ["ILO Regional Office for Arab States (ROAS); ILO Department of Statistics", "UN agency"],
    ["UNICEF Middle East and North Africa Regional Office (MENARO)", "UN agency"],
    ["International Organization for Migration (IOM)", "UN agency"],
    ["Walk Free", "Civil society"],
    ["Fafo Institute for Labour and Social Research", "Research institute"],
    ["University of Jordan", "Academia"],
], widths=[330, 160], ruled="rows")

doc.save()
