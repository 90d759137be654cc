"""sd-gcg-plenary-deck: the Rapporteur's wrap-up deck of a GCG plenary (Geneva, December 2025):
action group updates in four columns, pathfinder status in three columns, country priority columns,
proposals for the GCG, key messages of sessions, speaker turns from the floor, a table of
commitments heard from the floor (flow page) and a next steps slide."""

from docgen import SLIDE, Document

doc = Document(
    "sd-gcg-plenary-deck.pdf", size=SLIDE, lang="en",
    footer="Alliance 8.7 \u2013 GCG plenary, Geneva, 2\u20133 December 2025 \u2013 Rapporteur\u2019s wrap-up, day 2",
    page_numbers="{n}", margin=28,
    title="GCG plenary, Geneva, December 2025 - Rapporteur's wrap-up",
)

# 1
doc.slide(
    "Global Coordinating Group \u2013 plenary meeting",
    subtitle="Geneva, 2\u20133 December 2025 \u2013 wrap-up of day 1, presented by the Rapporteur, "
             "Ms Ingrid Sæther (Norway)",
    body=[
        "Chair: Ambassador Tomás Ó Ceallaigh, Permanent Representative of Ireland",
        "Hosted by the ILO at its headquarters; 112 participants from 41 countries, 14 UN and "
        "intergovernmental bodies, social partners and civil society",
        "Day 1: action group updates, pathfinder status, thematic sessions, discussion from the floor",
        "Day 2: decisions on the proposals below and the way forward after 2025",
    ],
    box=("What this deck does", "It records what we heard on day 1: proposals put to the GCG for "
         "decision, key messages of the sessions, and the commitments announced from the floor."),
)

# 2
doc.slide(
    "Where we stand at the end of 2025",
    columns=[
        ("Since the last plenary", [
            "Three national roadmaps adopted: Malawi, Paraguay and Mongolia",
            "Durban Call to Action (2022): 19 follow-up reports received by the Secretariat",
            "Fair recruitment peer exchange held in Kathmandu, Nepal, in May 2025",
        ]),
        ("What the evidence says", [
            "The 2025 target for ending child labour will be missed in most regions",
            "Forced labour in the private economy has grown since the last global estimates",
            "The 2023 external review recommended that action groups report against one common results "
            "framework (done for 2025)",
        ]),
        ("For discussion on day 2", [
            "Should the Alliance set a new horizon beyond 2025, and on which targets?",
            "How can pathfinder roadmaps be financed once project funding ends?",
        ]),
    ],
)

# 3
doc.slide(
    "Action group updates",
    columns=[
        ("Supply Chains", [
            "Done: mapping of 40 sectoral initiatives published in June 2025",
            "Next: publish a guidance note on remediation of child labour in cocoa and coffee supply "
            "chains \u2013 Q1 2026",
            "Next: joint webinar with the IOE on due diligence legislation, 15/01/2026",
        ]),
        ("Migration", [
            "Done: fair recruitment peer exchange with five pathfinder countries",
            "Next: compile pathfinder practice on zero recruitment fees by mid-2026",
        ]),
        ("Rule of Law and Governance", [
            "Done: survey of 22 national coordination bodies",
            "Next: consult national coordination bodies on their reporting burden in Q1 2026",
        ]),
        ("Conflict and Humanitarian Settings", [
            "Done: desk review of child recruitment and forced labour in the Sudan and Myanmar crises",
            "Next: field guide on forced labour risks in cash-for-work programmes, with UNHCR and FAO "
            "\u2013 Q3 2026",
        ]),
    ],
)

# 4
doc.slide(
    "Pathfinder countries: status at December 2025",
    columns=[
        ("Workshop held, roadmap adopted", [
            "Malawi \u2013 workshop held in 2023; second progress report received",
            "Paraguay \u2013 workshop held in March 2024; roadmap adopted",
            "Mongolia \u2013 workshop held in 2024; roadmap adopted in June 2025",
        ]),
        ("Workshop scheduled", [
            "Sierra Leone \u2013 national workshop, Freetown, February 2026",
            "Jordan \u2013 national workshop, Amman, Q1 2026",
            "Republic of Moldova \u2013 workshop in the week of 11 May 2026",
        ]),
        ("Letter of interest received", [
            "Cambodia \u2013 letter received October 2025; workshop not yet scheduled",
            "Jamaica \u2013 letter received July 2025; workshop not yet scheduled",
            "North Macedonia \u2013 letter received September 2025; workshop not yet scheduled",
        ]),
    ],
    box=("Peer learning", "All pathfinders are invited to a peer-learning webinar on 24 February 2026."),
)

# 5
doc.slide(
    "Pathfinder highlights: priorities announced on day 1",
    columns=[
        ("Malawi", [
            "Conduct the second National Child Labour Survey with the National Statistical Office, "
            "fieldwork 2026",
            "Bring tobacco tenancy arrangements under the Employment Act by 2027",
            "Scale up school meals in the six districts with the highest child labour rates",
        ]),
        ("Sierra Leone", [
            "Run a national child labour survey with Statistics Sierra Leone by Q4 2026",
            "Ratify the 2014 Protocol to the Forced Labour Convention",
            "Train mining inspectors in Kono and Kenema districts",
        ]),
        ("Mongolia", [
            "Deposit the instrument of ratification of the 2014 Protocol in 2026",
            "Extend labour inspection to informal gold mining in the Gobi provinces by 2027",
            "Publish a child labour data dashboard with the National Statistics Office",
        ]),
    ],
    box=("Next steps for all three countries",
         ["Submit progress reports to the Secretariat by 31 March 2026"]),
)

# 6
doc.slide(
    "Proposals for GCG decision on day 2",
    body=[
        "The Rule of Law and Governance Action Group proposes a common template for pathfinder "
        "progress reports, to be used from the 2026 reporting round.",
        "The Migration Action Group recommends that the GCG adopt a position paper on zero "
        "recruitment fees for migrant workers.",
        "The Supply Chains Action Group proposes that pathfinder roadmaps include a supply chain "
        "chapter drawing on the OECD Due Diligence Guidance for Responsible Business Conduct.",
        "The Conflict and Humanitarian Settings Action Group calls on humanitarian coordinators to "
        "include child labour and forced labour indicators in needs assessments.",
        "It was proposed that the GCG hold one of its 2026 meetings in a pathfinder country.",
    ],
    marker="1.",
    box=("From the Secretariat", "The Secretariat also recommends one common template for pathfinder "
         "progress reports, aligned with SDG indicator 8.7.1."),
)

# 7
doc.slide(
    "Key messages of the day 1 sessions",
    columns=[
        ("Session 1 \u2013 Child labour after 2025", [
            "Governments should make free, quality education up to the minimum age for employment the "
            "first line of defence",
            "Pathfinders whose last child labour survey is older than five years should plan a new one",
        ]),
        ("Session 2 \u2013 Financing roadmaps", [
            "Participants suggested that development partners pool funds behind roadmap priorities "
            "instead of funding stand-alone projects",
            "The Alliance is encouraged to publish an annual map of funding gaps per pathfinder country",
        ]),
        ("Panel \u2013 Regional consultations", [
            "Asunción, 23\u201324 June 2025, and Amman, early September 2025",
            "Key message: link pathfinder roadmaps to national social protection strategies",
            "The panel urged the GCG to hear from workers\u2019 and employers\u2019 organisations of pathfinder "
            "countries at every plenary",
        ]),
    ],
)

# 8
doc.slide(
    "Heard from the floor (1/2)",
    body=[
        "The Chair noted that 2025 was the target date for ending child labour and called for an honest "
        "account of progress.",
        "Malawi reported that its second progress report had been submitted and that the child labour "
        "survey would start in the second half of 2026.",
        "Speaking on behalf of the workers\u2019 group, ITUC asked how the GCG would ensure that trade "
        "unions sit on every national steering committee.",
        "The representative of the IOE stressed that small suppliers need practical tools, not only "
        "legislation, and proposed a helpdesk for small and medium-sized enterprises in pathfinder "
        "countries.",
        "Norway, through its development agency Norad, committed to co-finance the national strategic "
        "planning workshops of Sierra Leone and the Republic of Moldova.",
    ],
)

# 9
doc.slide(
    "Heard from the floor (2/2)",
    body=[
        "Lebanon indicated that its Ministry of Labour intends to ban recruitment fees charged to migrant "
        "domestic workers in 2026.",
        "UNICEF urged pathfinders to budget for birth registration, without which age verification is "
        "impossible.",
        "Walk Free asked whether the GCG would publish pathfinder progress reports in full.",
        "Paraguay said that its Ministry of Labour, Employment and Social Security (MTESS) had trained "
        "300 labour inspectors since 2024.",
        "Anti-Slavery International called for forced labour import bans to include remediation for the "
        "workers concerned.",
    ],
)

# 10: flow page with a table
doc.page_break()
doc.heading("Commitments heard from the floor", level=1)
doc.table([
    ["Who", "Commitment", "When"],
    ["Jordan", "The Ministry of Labour will abolish recruitment fees for migrant domestic workers",
     "By Q2 2026"],
    ["Jamaica", "Will designate a national focal point for Alliance 8.7", "Before the end of January 2026"],
    ["ITUC", "Pledged to train union organisers in all nine pathfinder countries on forced labour "
             "indicators", "2026"],
    ["IOE", "Will pilot the helpdesk for small and medium-sized enterprises with national employers\u2019 "
            "organisations in Malawi and Paraguay", "2026"],
    ["UNODC and IOM", "Will co-host a regional training for prosecutors on trafficking for forced labour "
                      "in West Africa", "Q3 2026"],
    ["FAO", "Committed to add child labour screening to its farmer field schools in Malawi and Paraguay",
     "Ongoing"],
    ["Walk Free", "Will publish a review of pathfinder roadmaps against the Durban Call to Action",
     "By mid-2026"],
    ["Ireland (Chair)", "Undertook to present the conclusions of the plenary to the High-Level Political "
                        "Forum, New York", "July 2026"],
], ruled="rows", widths=[120, 560, 180], font_size=12)

# 11
doc.slide(
    "Next steps",
    columns=[
        ("Secretariat", [
            "Circulate the draft common reporting template by 31 January 2026",
            "It was agreed that the Secretariat would prepare a concept note on the Alliance after 2025 "
            "for the mid-2026 GCG meeting",
        ]),
        ("Action groups", [
            "Supply Chains Action Group: first 2026 meeting in the week of 16 February 2026",
            "Migration Action Group: share its position paper draft with pathfinders before the mid-2026 "
            "GCG meeting",
        ]),
        ("Countries", [
            "Sierra Leone: confirm the dates of the Freetown workshop by 15 January 2026",
            "The Republic of Moldova will share the outline of its roadmap with the Migration Action "
            "Group ahead of its workshop",
        ]),
    ],
    box=("Next GCG meeting", "Mid-2026, venue to be confirmed (a pathfinder country if proposal 5 is "
         "agreed). Contact: gcg-secretariat@example.org"),
)

doc.save()
