"""sd-country-roadmap.pdf: Colombia's pathfinder roadmap in slides (context, priorities in four
columns under the Alliance 8.7 pillars, who does what, a key dates table, risks, next steps)."""

from docgen import SLIDE, Document, mm

doc = Document("sd-country-roadmap.pdf", size=SLIDE, lang="en", margin=14 * mm,
               footer="Colombia | Alliance 8.7 Pathfinder Roadmap 2025-2028 | version of 10 March 2025",
               page_numbers="{n}/{total}",
               title="Colombia: Alliance 8.7 Pathfinder Roadmap 2025-2028")

# 1 ------------------------------------------------------------------------------------------
doc.slide(
    "Colombia: Alliance 8.7 Pathfinder Roadmap 2025-2028",
    subtitle="Validated at the national strategic planning workshop, Bogotá, 18-19 February 2025",
    body=[
        "Presented by the Ministry of Labour (MinTrabajo) on behalf of the Government of Colombia",
        "Pathfinder since the letter of interest of 4 June 2024",
        "Prepared with CIETI, the Inter-Agency Committee against Trafficking in Persons, "
        "workers' and employers' organisations, civil society, ILO, UNICEF and IOM",
    ],
    box=("In this deck", "Where we start | Priorities under the four pillars | Who does what | "
                          "Key dates | Risks | Next steps"),
)

# 2 ------------------------------------------------------------------------------------------
doc.slide(
    "Where we start",
    columns=[
        ("Figures", [
            "Child labour rate of 4.6 per cent among children aged 5 to 17 (DANE, GEIH child "
            "labour module, Q4 2023)",
            "About 2.8 million Venezuelan migrants and refugees live in Colombia",
            "Trafficking cases identified by the Ministry of Interior rose again in 2024, "
            "mostly for sexual exploitation",
            "No national estimate of forced labour exists yet",
        ]),
        ("Already in place", [
            "Colombia has ratified C29, C105, C138 and C182",
            "Law 985 of 2005 on trafficking in persons",
            "Hazardous work list set by Resolution 1796 of 2018",
            "ICBF hotline 141 for reports of child rights violations",
        ]),
    ],
)

# 3 ------------------------------------------------------------------------------------------
doc.slide(
    "Roadmap priorities under the four pillars",
    subtitle="Government of Colombia, 2025-2028",
    columns=[
        ("1. Accelerating action", [
            "Update the hazardous work list of Resolution 1796 of 2018 by 2026",
            "Hire and train 150 additional labour inspectors for rural areas by 2026",
            "Adopt the new National Strategy against Trafficking in Persons in 2025",
            "Priority: protect children from recruitment by armed groups in Cauca and "
            "Catatumbo",
        ]),
        ("2. Research and knowledge sharing", [
            "Publish the GEIH child labour module every year with departmental breakdowns",
            "Run Colombia's first national survey on forced labour in 2026",
            "Share the rural inspection model with Ecuador and Peru",
        ]),
        ("3. Driving innovation", [
            "Pilot a digital early warning system linking ICBF, schools and the SISBÉN registry",
            "Use satellite data to target inspections in illegal mining areas",
        ]),
        ("4. Increasing and leveraging resources", [
            "Mobilise company funding through the Network Against Child Labour",
            "Seek co-financing from international partners for the forced labour survey",
        ]),
    ],
)

# 4 ------------------------------------------------------------------------------------------
doc.slide(
    "Who does what",
    columns=[
        ("MinTrabajo and ICBF", [
            "MinTrabajo will chair the roadmap steering committee and report twice a year",
            "MinTrabajo shall issue the updated hazardous work list",
            "ICBF is expected to open 40 child protection units in mining and coca-growing "
            "municipalities",
        ]),
        ("Interior, Migración Colombia, Fiscalía", [
            "The Ministry of Interior, as chair of the Inter-Agency Committee, intends to "
            "submit the new trafficking strategy to the Committee in Q2 2025",
            "Migración Colombia will screen for trafficking indicators at the ten busiest "
            "border crossings within two years",
            "The Fiscalía General de la Nación has committed to creating a specialised "
            "trafficking unit in Cúcuta",
        ]),
        ("DANE and Education", [
            "DANE plans to field the national forced labour survey in Q3 2026",
            "The Ministry of National Education undertakes to fund flexible education models "
            "for 20,000 working children",
        ]),
        ("Social partners and UN", [
            "CUT undertook to organise day labourers in the coffee regions",
            "ANDI will bring 100 more companies into the Network Against Child Labour by 2027",
            "ILO and UNICEF to provide technical support to the GEIH module",
        ]),
    ],
)

# 5 (flow page: key dates) ---------------------------------------------------------------------
doc.page_break()
doc.heading("Key dates", level=1)
doc.table([
    ["When", "Milestone", "Responsible"],
    ["18-19 February 2025", "National strategic planning workshop, Bogotá (held)", "MinTrabajo"],
    ["31/03/2025", "Roadmap formally adopted by CIETI", "CIETI"],
    ["Q2 2025", "National Strategy against Trafficking in Persons adopted",
     "Ministry of Interior"],
    ["by mid-2025", "Steering committee set up and first meeting held in Bogotá", "MinTrabajo"],
    ["Second half of 2025", "Recruitment of the 150 rural labour inspectors begins", "MinTrabajo"],
    ["FY2026", "Dedicated roadmap budget line in the General Budget of the Nation",
     "Ministry of Finance and Public Credit"],
    ["Q3 2026", "Fieldwork of the first national forced labour survey", "DANE"],
    ["November 2026", "Mid-term review of the roadmap with GCG partners", "CIETI"],
    ["2028", "Final evaluation and report to the Alliance 8.7 GCG", "MinTrabajo"],
], widths=[140, 520, 220], font_size=10.5)

# 6 ------------------------------------------------------------------------------------------
doc.slide(
    "Risks to delivery",
    columns=[
        ("Risks", [
            "Fiscal adjustment in 2025 could freeze new inspector posts",
            "Armed groups continue to recruit children in Cauca and Catatumbo",
            "High staff turnover in municipal child protection teams",
            "Illegal mining sites remain out of reach of inspectors",
        ]),
        ("Possible mitigation", [
            "If posts are frozen, MinTrabajo would redeploy urban inspectors to rural areas",
            "Option under study: joint field missions with the Ombudsman's Office "
            "(Defensoría del Pueblo)",
            "Should donor funding fall short, the forced labour survey could be reduced to "
            "three departments",
        ]),
    ],
)

# 7 ------------------------------------------------------------------------------------------
doc.slide(
    "Next steps",
    body=[
        "MinTrabajo to send the adopted roadmap to the Alliance 8.7 Secretariat in April 2025",
        "Launch event with the diplomatic community, Bogotá, the week of 12 May 2025",
        "First progress report to the GCG before the end of 2025",
    ],
    box=("Partners are invited to", [
        "align their programmes with the four pillars",
        "tell the steering committee secretariat about planned support: "
        "roadmap.colombia@example.org",
    ]),
)

doc.save()
