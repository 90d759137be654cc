"""sd-pathfinder-update.pdf: a Secretariat slide deck updating the GCG on pathfinder countries
(status lists in three columns, four country slides with theme columns and a next steps box)."""

from docgen import SLIDE, Document, mm

doc = Document("sd-pathfinder-update.pdf", size=SLIDE, lang="en", margin=14 * mm,
               footer="Alliance 8.7 | GCG 16 | Pathfinder update", page_numbers="{n} / {total}",
               title="Pathfinder Countries: Progress Update (GCG 16, February 2024)")

# 1 ------------------------------------------------------------------------------------------
doc.slide(
    "Pathfinder Countries: Progress Update",
    subtitle="16th meeting of the Global Coordinating Group (online), 7 February 2024",
    body=[
        "Presented by the Alliance 8.7 Secretariat, pathfinder support team",
        "Status as of 31 January 2024, based on reports from national focal points",
        "Contents: where the processes stand; Madagascar, Nepal, Peru and Albania; "
        "cross-cutting next steps and asks for the GCG",
    ],
    box=("Key messages", [
        "Four national strategic planning workshops are scheduled for the first half of 2024",
        "Two roadmaps come up for renewal before the 2025 horizon of Target 8.7",
        "Funding for roadmap implementation remains the main bottleneck reported by countries",
    ]),
)

# 2 ------------------------------------------------------------------------------------------
doc.slide(
    "Where the pathfinder processes stand",
    subtitle="Status lists as of 31 January 2024",
    columns=[
        ("Workshop held / roadmap adopted", [
            "Madagascar: roadmap 2022-2025 validated in March 2022",
            "Nepal: workshop held in Kathmandu, 9-10 May 2023; roadmap 2023-2026 endorsed",
            "Peru: roadmap 2023-2025 adopted by ministerial resolution",
            "Albania: second roadmap being finalised",
            "Uganda: workshop held in October 2022; roadmap in final review",
            "Viet Nam: roadmap 2021-2025 under implementation",
        ]),
        ("Workshop scheduled", [
            "Zambia: national strategic planning workshop, Lusaka, 19-20 March 2024",
            "Fiji: workshop in Suva, the week of 22 April 2024",
            "Mongolia: workshop planned for Q2 2024, dates to be confirmed",
            "Paraguay: Asunción, early June 2024 (tentative)",
        ]),
        ("Interest expressed (no workshop date yet)", [
            "Kenya: letter of interest received 11/12/2023",
            "Ecuador: letter of interest from the Ministry of Labour, November 2023",
            "Jordan: interest announced at the 15th GCG meeting",
            "Mauritania: informal interest; formal letter expected in Q1 2024",
        ]),
    ],
    box=("Reading the lists",
         "'Held' means the national strategic planning workshop took place, whether or not the "
         "roadmap has been formally adopted. Countries are listed once, under their latest step."),
)

# 3 ------------------------------------------------------------------------------------------
doc.slide(
    "Madagascar",
    subtitle="Roadmap 2022-2025: priorities reaffirmed at the mid-term review, Antananarivo, "
             "28 November 2023",
    columns=[
        ("Child labour", [
            "Launch the second national child labour survey with INSTAT in 2024",
            "Extend child labour monitoring in vanilla-growing communities of the SAVA region",
            "Update the list of hazardous work prohibited to children before the end of 2024",
        ]),
        ("Forced labour & trafficking", [
            "Adopt the implementing decree of the anti-trafficking law by mid-2024",
            "Train 120 judicial police officers in victim identification",
            "Context: 87 trafficking cases referred to prosecutors in 2023",
        ]),
        ("Social protection & education", [
            "Link child labour referrals to the national cash transfer programme",
            "Enrol 15,000 out-of-school children in catch-up classes by 2025",
        ]),
    ],
    box=("Next steps", [
        "MTEFPLS to convene the roadmap steering committee on 14 March 2024",
        "First progress report to the Secretariat due 30 June 2024",
        "Support requested from ILO and UNICEF for the survey design",
    ]),
)

# 4 ------------------------------------------------------------------------------------------
doc.slide(
    "Nepal",
    subtitle="Roadmap 2023-2026: lead ministry MoLESS (Ministry of Labour, Employment and "
             "Social Security)",
    columns=[
        ("Child labour", [
            "Conduct a national child labour survey with the National Statistics Office in FY2024/25",
            "Scale up the Child Labour Free Local Level programme to 100 municipalities by 2025",
            "Recruit 30 additional labour inspectors for the informal sector",
        ]),
        ("Bonded & forced labour", [
            "Complete rehabilitation packages for freed Haliya families by July 2025",
            "Amend bonded labour legislation to cover new forms of debt bondage",
            "Background: C29 ratified in 2002; the 2014 Protocol not yet ratified",
        ]),
        ("Migration & fair recruitment", [
            "Pilot zero-cost recruitment in the Malaysia and Qatar corridors",
            "Strengthen the complaint mechanism of the Department of Foreign Employment (DoFE)",
        ]),
    ],
    box=("Next steps", [
        "Steering committee to table the FY2024/25 budget request in Q2 2024",
        "Present the 2023 progress report at the 17th GCG meeting, May 2024",
    ]),
)

# 5 ------------------------------------------------------------------------------------------
doc.slide(
    "Peru",
    subtitle="Roadmap 2023-2025: MTPE with CPETI and the National Commission against Forced "
             "Labour (CNLCTF)",
    columns=[
        ("Child labour", [
            "Apply the Child Labour Risk Identification Model in 40 more provinces",
            "Step up SUNAFIL child labour inspections in agriculture and artisanal mining",
        ]),
        ("Forced labour", [
            "Approve the IV National Plan to Combat Forced Labour in the second half of 2024",
            "Train SUNAFIL inspectors on forced labour indicators in Loreto and Madre de Dios",
            "12 inspections found forced labour indicators in 2023",
        ]),
        ("Trafficking & migration", [
            "Open a specialised trafficking prosecutor's office in Madre de Dios",
            "Include Venezuelan migrants in the trafficking victim protocol",
        ]),
    ],
    box=("Next steps", [
        "MTPE will host a donor round table in the second half of 2024",
        "Share the risk identification model with Ecuador and Paraguay",
    ]),
)

# 6 ------------------------------------------------------------------------------------------
doc.slide(
    "Albania",
    subtitle="Pathfinder since 2019: second roadmap 2024-2027 in preparation",
    columns=[
        ("Child labour", [
            "Integrate child labour indicators into the child protection case management system",
            "Pilot school-based early warning in Tirana, Durrës and Shkodër",
        ]),
        ("Forced labour", [
            "Train State Labour and Social Services Inspectorate staff on forced labour "
            "indicators by end-2024",
            "Open question: how to cover Albanians recruited for seasonal work abroad?",
        ]),
        ("Trafficking", [
            "Operationalise the National Referral Mechanism in all 12 regions",
            "Adopt the anti-trafficking action plan 2024-2027 in the first quarter of 2024",
        ]),
    ],
    box=("Next steps", [
        "The National Anti-Trafficking Coordinator will report to the GCG in October 2024",
        "Roadmap launch event with EU and UN partners, Tirana, 18/04/2024",
    ]),
)

# 7 ------------------------------------------------------------------------------------------
doc.slide(
    "Cross-cutting next steps and asks for the GCG",
    columns=[
        ("Secretariat next steps", [
            "The Secretariat will publish the 2023 pathfinder progress report in April 2024",
            "Peer exchange webinar for pathfinder focal points, 23 May 2024",
            "Update the pathfinder guidance note before the 17th GCG meeting",
        ]),
        ("Asks for GCG members", [
            "Can partners co-fund the Zambia and Fiji workshops?",
            "GCG members are invited to share funding opportunities for roadmap implementation",
            "Action groups are requested to map their support against pathfinder priorities",
        ]),
    ],
    box=("Contact", "Pathfinder support team, Alliance 8.7 Secretariat: pathfinders@example.org"),
)

doc.save()
