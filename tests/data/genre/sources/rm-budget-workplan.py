"""rm-budget-workplan: Jordan costed work plan FY2025/26 for the pathfinder roadmap (landscape): a
summary budget table, a detailed budget table (activity, lead, period, cost in USD, funding source,
status) that runs over a page break, a two-year quarter timeline, and a narrative on resource
mobilisation, with the technical committee's review."""

from docgen import A4_LANDSCAPE, Document

doc = Document("rm-budget-workplan.pdf", size=A4_LANDSCAPE, lang="en",
               header="Hashemite Kingdom of Jordan  |  Alliance 8.7 pathfinder roadmap  |  Costed work plan FY2025/26",
               footer="Ministry of Labour, Amman  -  npsc.jordan@example.org", page_numbers="Page {n}",
               title="Jordan Costed Work Plan FY2025/26")

doc.title("Jordan: Costed Work Plan for the Pathfinder Roadmap, FY2025/26",
          subtitle="Ministry of Labour and National Pathfinder Steering Committee (NPSC), with the ILO Regional "
                   "Office for Arab States. Amman, January 2025")

doc.heading("1. Purpose of this work plan", 1)
doc.para("Jordan submitted its letter of interest to become an Alliance 8.7 pathfinder country in February 2023. "
         "The national strategic planning workshop was held in Amman on 15/06/2024, and the resulting roadmap "
         "was endorsed by the Cabinet in October 2024. This document costs the activities of the roadmap for "
         "the fiscal years 2025 and 2026 (FY2025/26), shows which are funded, and explains how the NPSC means "
         "to close the funding gap.")
doc.para("Jordan hosts some 650,000 registered refugees from Syria. Child labour rose after 2011, above all "
         "among refugee boys working in agriculture, street vending and mechanics workshops, and migrant "
         "domestic and garment workers face risks of forced labour linked to recruitment debts and the "
         "sponsorship system. In 2024 the Ministry of Labour carried out 2,300 child labour inspections. Jordan "
         "has ratified Conventions Nos. 29, 105, 138 and 182, and the Anti-Human Trafficking Law was amended "
         "in 2021.")

# code, activity, lead, period, cost, secured, funding source
OUTCOMES = [
    ("Outcome 1. Policy and legal framework", [
        ("1.1", "Update the National Framework to Combat Child Labour and its referral procedures", "MoL; NCFA",
         "Q2 2025", 45000, 45000, "ILO (EU funds)"),
        ("1.2", "Draft amendments to the Labour Law extending protection to agricultural and domestic workers",
         "MoL", "FY2025/26", 30000, 30000, "Government"),
        ("1.3", "Prepare the ratification file for the 2014 Protocol to the Forced Labour Convention",
         "MoL; MoFA", "by mid-2026", 15000, 0, "To be mobilised"),
        ("1.4", "Adoption of the National Strategy against Human Trafficking 2025-2029", "NCPHT; MoJ", "Q1 2025",
         25000, 25000, "UNODC"),
    ]),
    ("Outcome 2. Enforcement and access to justice", [
        ("2.1", "Train 150 labour inspectors on forced labour and trafficking indicators in agriculture, garments "
         "and domestic work", "MoL", "2025-2026", 120000, 80000, "ILO; Government"),
        ("2.2", "Equip labour inspectors with tablets and an electronic case management system", "MoL", "Q4 2025",
         210000, 0, "To be mobilised"),
        ("2.3", "Carry out 400 joint inspections with the Anti-Human Trafficking Unit in high-risk sectors",
         "MoL; PSD", "2025-2026", 60000, 60000, "Government"),
        ("2.4", "Train 80 judges and prosecutors on the amended Anti-Human Trafficking Law", "JIJ; MoJ", "Q3 2025",
         55000, 55000, "UNODC"),
    ]),
    ("Outcome 3. Protection and social protection", [
        ("3.1", "Extend the national child labour referral mechanism to all 12 governorates", "MoSD; MoL; NCFA",
         "2025-2026", 180000, 120000, "UNICEF"),
        ("3.2", "Provide cash assistance to 3,000 vulnerable Jordanian and refugee families with working children",
         "MoSD; NAF", "2025-2026", 950000, 600000, "UNICEF; UNHCR"),
        ("3.3", "Reintegrate 2,500 working children in formal or non-formal education", "MoE", "2025-2026",
         400000, 250000, "UNICEF; Government"),
        ("3.4", "Open a shelter for male victims of trafficking", "MoSD", "2026", 140000, 0, "To be mobilised"),
    ]),
    ("Outcome 4. Fair recruitment and migrant workers", [
        ("4.1", "Pilot a fair recruitment corridor for garment workers from Bangladesh and Sri Lanka",
         "MoL; Better Work Jordan", "2025-2026", 175000, 175000, "ILO"),
        ("4.2", "Revise the sponsorship rules so that migrant domestic workers can change employer", "MoL",
         "by end 2026", 20000, 20000, "Government"),
        ("4.3", "Set up a multilingual hotline for migrant workers", "MoL", "Q2 2025", 65000, 65000, "IOM"),
        ("4.4", "Train recruitment agency and factory staff on the ILO General Principles and Operational "
         "Guidelines for Fair Recruitment", "MoL; JCI", "2025", 40000, 40000, "IOM; ILO"),
    ]),
    ("Outcome 5. Knowledge, awareness and coordination", [
        ("5.1", "Conduct the second National Child Labour Survey, including refugee camps", "DoS; MoL",
         "2025-2026", 480000, 200000, "ILO; to be mobilised"),
        ("5.2", "Study forced labour risks among agricultural workers in the Jordan Valley",
         "MoL; University of Jordan", "Q4 2025", 70000, 70000, "ILO"),
        ("5.3", "Hold quarterly meetings of the NPSC", "MoL", "Quarterly", 8000, 8000, "Government"),
        ("5.4", "Organise a national awareness campaign on child labour, with a focus on refugee communities",
         "MoL; MoSD", "Q2-Q3 2025", 90000, 60000, "UNICEF"),
        ("5.5", "Mid-term and final evaluation of the roadmap", "NPSC", "2026", 60000, 0, "To be mobilised"),
    ]),
]


def usd(n):
    return f"{n:,}"


def status(cost, secured):
    return "Secured" if secured == cost else "Not secured" if secured == 0 else "Partly secured"


total = sum(a[4] for _, acts in OUTCOMES for a in acts)
secured = sum(a[5] for _, acts in OUTCOMES for a in acts)

doc.heading("2. Budget summary", 1)
summary = [["Outcome", "Total cost (USD)", "Secured (USD)", "Gap (USD)"]]
for title, acts in OUTCOMES:
    c, s = sum(a[4] for a in acts), sum(a[5] for a in acts)
    summary.append([title, usd(c), usd(s), usd(c - s)])
summary.append(["<b>Total FY2025/26</b>", f"<b>{usd(total)}</b>", f"<b>{usd(secured)}</b>",
                f"<b>{usd(total - secured)}</b>"])
doc.table(summary, ruled="rows", widths=[300, 110, 110, 110], font_size=8.5)
doc.para(f"Of the total cost of USD {usd(total)}, USD {usd(secured)} is secured, leaving a gap of USD "
         f"{usd(total - secured)} ({round(100 * (total - secured) / total)} per cent).", style="small")

doc.page_break()
doc.heading("3. Detailed costed work plan", 1)
doc.para("Each activity lists its lead agency (first named), the period in which it is to be completed, its cost "
         "and its source of funding. Abbreviations are explained at the end of the document.")
rows = [["Code", "Activity", "Lead", "Period", "Cost (USD)", "Funding source", "Status"]]
spans = []
for title, acts in OUTCOMES:
    spans.append((0, len(rows), 6, len(rows)))
    rows.append([f"<b>{title}</b>", "", "", "", "", "", ""])
    for code, act, lead, period, cost, sec, src in acts:
        rows.append([code, act, lead, period, usd(cost), src, status(cost, sec)])
rows.append(["", "<b>Total</b>", "", "", f"<b>{usd(total)}</b>", "", ""])
doc.table(rows, ruled="grid", widths=[32, 262, 100, 62, 60, 110, 70], spans=spans, font_size=8)



def timeline():
    doc.heading("4. Timeline", 1)
    doc.para("The timeline shows, by activity code, the quarters in which work takes place.")
    doc.table(merged, ruled="rows", widths=[34] + [36] * 8 + [30] + [34] + [36] * 8, font_size=8)

B = "\u2022"
plan = {
    "1.1": "-XX-----", "1.2": "XXXXXXXX", "1.3": "----XX--", "1.4": "X-------", "2.1": "-XXXXXX-",
    "2.2": "--XX----", "2.3": "XXXXXXXX", "2.4": "--X-----", "3.1": "-XXXXXXX", "3.2": "XXXXXXXX",
    "3.3": "--XXXXXX", "3.4": "----XXXX", "4.1": "-XXXXXXX", "4.2": "--XXXXXX", "4.3": "XX------",
    "4.4": "-XXX----", "5.1": "--XXXXX-", "5.2": "--XX----", "5.3": "XXXXXXXX", "5.4": "-XX-----",
    "5.5": "----X--X",
}
short = {a[0]: a[1].split(" ")[0] for _, acts in OUTCOMES for a in acts}
tl = [["Code", "2025 Q1", "Q2", "Q3", "Q4", "2026 Q1", "Q2", "Q3", "Q4"]]
for code, marks in plan.items():
    tl.append([code] + [B if m == "X" else "" for m in marks])
half = (len(tl) + 1) // 2
left, right = tl[:half], [tl[0]] + tl[half:]
while len(right) < len(left):
    right.append([""] * 9)
while len(left) < len(right):
    left.append([""] * 9)
merged = [l + [""] + r for l, r in zip(left, right)]
doc.keep_together(timeline)

doc.heading("5. Resource mobilisation", 1)
doc.para("The ILO has already mobilised USD 1.2 million from the European Union for 2025, and UNICEF, UNHCR, "
         "UNODC and IOM have confirmed the amounts shown as secured in Section 3. The Government of Jordan will "
         "contribute USD 520,000 in kind and in cash over FY2025/26, mainly the staff time of labour inspectors "
         "and the running costs of the NPSC. The Ministry of Planning and International Cooperation (MoPIC) is "
         "to include the roadmap in the Jordan Response Plan for the Syria Crisis 2025-2027.")
doc.para(f"To close the remaining gap of USD {usd(total - secured)}, the NPSC intends to present the costed plan "
         "at a donor roundtable in Amman in the second half of 2025, preceded by a webinar for development "
         "partners in early March 2025. Should the roundtable not close the gap, activities 2.2, 3.4 and 5.5 "
         "would be postponed to 2027. The NPSC asks development partners to report their contributions through "
         "MoPIC.")
doc.keep_together(lambda: doc.para("Several partners announced further support. IOM plans to co-finance the multilingual hotline and will "
         "train its operators in the first half of 2025. UNODC will deliver the training of judges and "
         "prosecutors through the Judicial Institute of Jordan. UNICEF has pledged a further USD 300,000 for the "
         "referral mechanism, subject to the approval of its 2026 country programme budget. Better Work Jordan "
         "intends to extend its factory assessments to forced labour indicators in all exporting garment "
         "factories by 2026, and the Jordan Chamber of Industry is expected to train the human resources "
         "managers of 60 member garment factories on fair recruitment in 2025. The European Union is "
         "considering a second phase of its support from 2026. Lessons from the Arab States regional meeting on "
         "fair recruitment (Beirut, Lebanon, 3-4 May 2023) were taken into account."))

doc.heading("6. Review by the NPSC technical committee", 1)
doc.para("The draft was reviewed by the NPSC technical committee in Amman on 9 January 2025.")
doc.bullets([
    "The General Federation of Jordanian Trade Unions (GFJTU) stressed that migrant domestic workers must be "
    "free to join trade unions.",
    "The Department of Statistics warned that the cost estimate for the survey in refugee camps was too low.",
    "UNHCR offered to share its vulnerability data with the Ministry of Social Development to target the cash "
    "assistance.",
], marker="-")
doc.para("The technical committee recommended that the 2026 budget of the Ministry of Labour include a dedicated "
         "line for the roadmap, and that the survey questionnaire be designed with UNHCR so that refugees living "
         "outside camps are covered.")
with doc.box("Abbreviations"):
    doc.para("DoS Department of Statistics; JCI Jordan Chamber of Industry; JIJ Judicial Institute of Jordan; MoE "
             "Ministry of Education; MoFA Ministry of Foreign Affairs and Expatriates; MoJ Ministry of Justice; MoL "
             "Ministry of Labour; MoSD Ministry of Social Development; NAF National Aid Fund; NCFA National "
             "Council for Family Affairs; NCPHT National Committee for the Prevention of Human Trafficking; NPSC "
             "National Pathfinder Steering Committee; PSD Public Security Directorate (Anti-Human Trafficking "
             "Unit).", style="small")
doc.save()
