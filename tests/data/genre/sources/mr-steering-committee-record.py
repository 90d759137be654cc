"""Record of a hybrid steering committee of a regional Alliance 8.7 initiative (Central Asia, 2024).

Tests: numbered paragraphs under agenda-item headings, reported speech mixed with direct quotes,
the Chair speaking for his own country, a decisions box in bold, a follow-up table ruled by rows,
conditional and past-tense distractors, requests to others, a bilateral offer answered by the Chair.
"""

from docgen import A4, Document
from reportlab.lib.units import mm

doc = Document(
    "mr-steering-committee-record.pdf", size=A4, lang="en",
    header="Alliance 8.7 \u2013 Central Asia Regional Initiative (CARI 8.7)",
    footer="CARI-8.7/SC/4/REC \u2013 Distribution: members of the Steering Committee",
    page_numbers="{n}/{total}",
    title="Record of the fourth meeting of the CARI 8.7 Steering Committee",
)

N = [0]


def p(text):
    """A numbered paragraph of the record, with a hanging number."""
    N[0] += 1
    doc.para(f"{N[0]}.\u2002{text}", fontSize=9.5, leading=12.6)


doc.para("CARI-8.7/SC/4/REC \u2003|\u2003 Original: English \u2003|\u2003 6 December 2024",
         style="small", alignment=2)
doc.title("Record of the Fourth Meeting of the Steering Committee",
          subtitle="Central Asia Regional Initiative on Alliance 8.7 \u2013 Almaty and online, "
                   "19 November 2024")

with doc.box("Meeting at a glance"):
    doc.table([
        ["Format", "Hybrid: UN House, Almaty (Kazakhstan), and Zoom; 09:30\u201317:40 Almaty time; "
                   "Russian\u2013English interpretation"],
        ["Chair", "Mr Yerlan Sadykov, Vice-Minister of Labour and Social Protection of Population, "
                  "Kazakhstan (rotating chairmanship 2024)"],
        ["Co-chair", "Ms Hanna Lindqvist, ILO Decent Work Technical Support Team for Eastern Europe "
                     "and Central Asia"],
        ["Attendance", "47 participants (29 in the room, 18 online): four member delegations, one "
                       "observer delegation, seven international organisations, the social partners "
                       "and three civil society organisations"],
        ["Documents", "CARI-8.7/SC/4/1 (agenda); SC/4/2 (progress report 2023\u20132024); SC/4/3 "
                      "(draft regional work plan 2025\u20132026)"],
    ], ruled="none", header=False, widths=[26 * mm, 132 * mm], font_size=8.5)

doc.heading("Item 1. Opening of the meeting and adoption of the agenda")
p("The fourth meeting of the Steering Committee of the Central Asia Regional Initiative on "
  "Alliance 8.7 (CARI 8.7) was held on 19 November 2024 in hybrid format, at UN House in Almaty and "
  "online. The Chair welcomed the delegations of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan, "
  "the observer delegation of Turkmenistan, and representatives of the ILO, IOM, UNICEF, UNODC, "
  "UN Women, the OSCE, the ITUC and the National Chamber of Entrepreneurs of Kazakhstan "
  "\u201cAtameken\u201d.")
p("Opening the meeting, the Chair recalled that the Initiative had been launched at the Tashkent "
  "Regional Conference on Decent Work and Labour Migration in March 2022 and that its first work "
  "plan would expire at the end of 2024. \u201cTwo years ago we agreed to talk to each other. Over "
  "the next two years, workers in our fields and on our building sites must feel the difference,\u201d "
  "he said.")
p("Ms Lindqvist, speaking as co-chair for the ILO, observed that the region had moved \u201cfrom "
  "denial to diagnosis\u201d on forced labour and that the task now was to turn national action plans "
  "into funded programmes.")
p("The provisional agenda (CARI-8.7/SC/4/1) was adopted without amendment. The representative of "
  "Turkmenistan, connecting online, asked that the record show that his delegation took part as an "
  "observer, in line with its status in the Initiative.")

doc.heading("Item 2. Follow-up to the decisions of the third meeting")
p("The Secretariat reported that, of the eleven action points of the third meeting (Bishkek, "
  "12\u201313 October 2023), eight had been completed, two were under way and one, a regional "
  "helpline for migrant workers, had been dropped for lack of funding. The regional mapping of "
  "private employment agencies had been published in June 2024, and the joint training module for "
  "labour inspectors had been piloted in Osh and Khujand in September.")
p("In the ensuing discussion, the delegation of Kyrgyzstan regretted that the helpline had been "
  "dropped and suggested that a regional helpline for migrant workers be reconsidered under the new "
  "work plan. IOM noted that the Migrant Resource Centres it supports in Dushanbe and Bishkek already "
  "ran hotlines, and offered to share their call-handling protocols with the Secretariat.")

doc.heading("Item 3. Country progress: statements by delegations")
p("<b>Kazakhstan.</b> The representative of the Ministry of Labour and Social Protection of "
  "Population (MLSPP) informed the Committee that amendments to the Criminal Code making forced "
  "labour a distinct offence had entered into force in July 2024. She indicated that her Government "
  "intends to ratify the 2014 Protocol to the Forced Labour Convention in 2025, and that the labour "
  "inspectorate would carry out one third more unannounced inspections in agriculture and "
  "construction during the 2025 season. Kazakhstan had sent a letter of interest to become an "
  "Alliance 8.7 pathfinder country in August 2024; its national strategic planning workshop is "
  "scheduled for the first quarter of 2025.")
p("<b>Uzbekistan.</b> The First Deputy Minister of Employment and Poverty Reduction recalled that ILO "
  "third-party monitoring had found the 2021 and 2022 cotton harvests free of systemic child labour "
  "and forced labour. \u201cThe end of systemic forced labour in cotton was the beginning of our work, "
  "not the end of it,\u201d she told the Committee. The Ministry of Employment and Poverty Reduction "
  "(MEPR) is to extend its feedback mechanism for cotton pickers to the silk and horticulture sectors "
  "by the end of 2025; the Ministry\u2019s next step is to move the labour inspectorate\u2019s "
  "risk-based targeting onto a digital platform shared with the Federation of Trade Unions of "
  "Uzbekistan (FTUU). Uzbekistan looks forward to hosting a regional conference on fair recruitment "
  "in the second half of 2025.")
p("<b>Kyrgyzstan.</b> The representative of the Ministry of Labour, Social Security and Migration "
  "(MLSSM) presented the results of the 2023 national child labour survey, carried out with UNICEF "
  "and the National Statistical Committee: 24 per cent of children aged 5\u201317 were in child "
  "labour, two thirds of them in hazardous work in agriculture. Kyrgyzstan has committed to adopt a "
  "revised list of hazardous work prohibited for children before the end of 2025 and to fund 40 "
  "additional labour inspector posts from the 2026 state budget. Asked by the ITUC whether inspectors "
  "would be allowed to enter private farms without prior notice, she replied that a draft amendment "
  "to that effect was before the Jogorku Kenesh.")
p("<b>Tajikistan.</b> The Deputy Minister of Labour, Migration and Employment of Population (MLMEP) "
  "described the National Action Plan to Combat Trafficking in Persons for 2024\u20132026, approved "
  "in May 2024. He stressed that Tajikistan would need partners\u2019 support to expand pre-departure "
  "orientation: if funding were secured, the Ministry would open two further pre-departure training "
  "centres, in Kulob and Khujand. Tajikistan expressed its readiness to conclude a bilateral "
  "agreement with Kazakhstan on the organised recruitment of seasonal workers. Responding from the "
  "Chair, Mr Sadykov confirmed that Kazakhstan was prepared to open negotiations on such an agreement "
  "in early 2025.")
p("<b>Turkmenistan</b>, as an observer, did not present a progress statement; its written "
  "contribution on the national action plan against trafficking in persons will be circulated by "
  "the Secretariat.")

doc.heading("Item 4. Labour migration corridors and fair recruitment")
p("Introducing the item, IOM presented the findings of its 2024 survey of 3,100 migrants returning "
  "from the Russian Federation and Kazakhstan: 38 per cent had paid recruitment fees, and 11 per cent "
  "had had their passports withheld by an employer or an intermediary.")
p("Speaking for the workers, the ITUC representative stressed that \u201cno corridor can be called "
  "fair while migrant workers cannot join a union at destination\u201d, and urged governments to "
  "include a clause on freedom of association in every bilateral labour agreement.")
p("Speaking for the employers, the representative of Atameken said that 20 construction companies "
  "were prepared to pilot the ILO General Principles and Operational Guidelines for Fair Recruitment "
  "in 2025. He put forward the idea of a regional register of licensed private employment agencies, "
  "open to employers in all five countries.")
p("Uzbekistan endorsed the idea and suggested that the Secretariat draft a concept note on the "
  "register; the Agency for External Labour Migration under the MEPR will make its national "
  "licensing database software available to the other countries free of charge.")
p("UNODC drew attention to a rise in recruitment fraud leading to trafficking for forced criminality "
  "in scam compounds in Myanmar and Cambodia, involving young nationals of Kazakhstan and Kyrgyzstan. "
  "UNODC will deliver a training-of-trainers course on such cases for prosecutors and investigators "
  "from the five countries in March 2025. One delegate suggested that consular officers be trained "
  "alongside them.")
p("The OSCE representative informed the Committee that the Office of the OSCE Special Representative "
  "and Co-ordinator for Combating Trafficking in Human Beings plans to convene the national "
  "anti-trafficking coordinators of Central Asia in Vienna in June 2025, and invited the Initiative "
  "to present its work there.")

doc.heading("Item 5. Regional work plan 2025\u20132026 and resources")
p("The Secretariat introduced the draft work plan (CARI-8.7/SC/4/3), built around four outcomes: "
  "legislation aligned with C29, the Protocol, C138 and C182; stronger labour inspection; fair "
  "recruitment along the main corridors; and better data. Its estimated cost is USD 2.4 million, of "
  "which USD 1.1 million has been secured.")
p("Several delegations expressed support for the draft. UNICEF welcomed the attention given to child "
  "labour in cotton and tobacco and undertook to co-finance the child labour monitoring component "
  "with up to USD 150,000 in 2025. UN Women asked that the plan give more weight to women in domestic "
  "work and seasonal agriculture; it was recommended that each outcome carry at least one "
  "gender-specific indicator.")
p("The ILO said that it would seek the balance of USD 1.3 million from the European Union and "
  "bilateral donors by mid-2025 and would report on resource mobilisation at the fifth meeting. "
  "Anti-Slavery International, participating online, asked whether civil society organisations would "
  "have a seat on any new working group; the Chair replied that this would be considered when terms "
  "of reference were drafted.")


def decisions():
    doc.heading("Decisions", level=2)
    p("<b>The Steering Committee:</b>")
    doc.bullets([
        "<b>adopted the regional work plan 2025\u20132026, as amended in the light of the comments of "
        "UNICEF and UN Women;</b>",
        "<b>requested the Secretariat to prepare a concept note on a regional register of licensed "
        "private employment agencies for consideration at its fifth meeting;</b>",
        "<b>agreed that the option of a regional helpline for migrant workers would be re-examined "
        "jointly with IOM;</b>",
        "<b>decided to set up a working group on child labour in agriculture, co-chaired by "
        "Kyrgyzstan and UNICEF;</b>",
        "<b>decided to hold its fifth meeting in Dushanbe in May 2025, at the invitation of the "
        "Government of Tajikistan.</b>",
    ], marker="(a)", indent=22, style="small")


with doc.box():
    decisions()

doc.heading("Item 6. Any other business and closure")
p("The Federation of Trade Unions of Kyrgyzstan announced that it will launch an information campaign "
  "on their rights for seasonal agricultural workers at the start of the sowing season in April "
  "2025.")
p("The Secretariat announced a webinar on the Durban Call to Action and its implementation in Central "
  "Asia on 11/02/2025 and invited members to propose speakers.")
p("The Chair thanked the Office of the UN Resident Coordinator in Kazakhstan for hosting the meeting "
  "and the interpreters for their work, and closed the meeting at 17:40.")


def follow_up():
    doc.heading("Annex. Follow-up table")
    doc.table([
        ["No.", "Action", "Responsible", "By when", "Status"],
        ["1", "Prepare a concept note on a regional register of licensed private employment agencies",
         "Secretariat, with the Agency for External Labour Migration (Uzbekistan)", "15 April 2025", "New"],
        ["2", "Re-examine the option of a regional helpline for migrant workers and report to the "
              "Committee", "IOM; Secretariat", "Fifth meeting (May 2025)", "New"],
        ["3", "Convene the first meeting of the working group on child labour in agriculture",
         "Kyrgyzstan (MLSSM); UNICEF", "Q1 2025", "New"],
        ["4", "Hold the national strategic planning workshop as a pathfinder country",
         "Kazakhstan (MLSPP)", "Q1 2025", "Scheduled"],
        ["5", "Submit an update on resource mobilisation for the work plan", "ILO", "31/03/2025", "New"],
        ["6", "Circulate the written contribution of Turkmenistan", "Secretariat", "6 December 2024",
         "Done"],
        ["7", "Share the provisional agenda and logistics note for the fifth meeting",
         "Government of Tajikistan (MLMEP)", "15/04/2025", "New"],
        ["8", "Publish the regional mapping of private employment agencies in Russian", "Secretariat",
         "June 2024", "Completed"],
    ], ruled="rows", widths=[10 * mm, 66 * mm, 46 * mm, 26 * mm, 22 * mm], font_size=8)


doc.keep_together(follow_up)

doc.save()
