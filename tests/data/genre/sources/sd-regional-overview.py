"""sd-regional-overview.pdf: a regional overview of six Arab States for a 2021 consultation
(a four-column slide with two countries per column heading, a ratifications-planned table on a
flow page, a regional calendar in three status columns, proposals and next steps)."""

from docgen import SLIDE, Document, mm

doc = Document("sd-regional-overview.pdf", size=SLIDE, lang="en", margin=14 * mm,
               footer="ILO ROAS / UNICEF MENARO | Target 8.7 in the Arab States | November 2021",
               page_numbers="- {n} -",
               title="Target 8.7 in the Arab States: Regional Overview (2021)")

# 1 ------------------------------------------------------------------------------------------
doc.slide(
    "Target 8.7 in the Arab States: Regional Overview",
    subtitle="Regional consultation for the International Year for the Elimination of Child "
             "Labour, Amman and online, 30 November 2021",
    body=[
        "Presented by the ILO Regional Office for Arab States (ROAS) and the UNICEF Middle East "
        "and North Africa Regional Office (MENARO)",
        "Six countries compared: Jordan, Lebanon, Iraq, Egypt, Tunisia and Qatar",
        "Sources: national action plans, reports to the ILO supervisory bodies and country focal "
        "points; status at 15 November 2021",
    ],
    box=("Pathfinder news", [
        "Tunisia, the first pathfinder country in the region, held its national strategic "
        "planning workshop in 2018",
        "Iraq announced at the consultation that it will send a pathfinder letter of interest "
        "early in 2022",
    ]),
)

# 2 ------------------------------------------------------------------------------------------
doc.slide(
    "The regional picture",
    columns=[
        ("Child labour", [
            "Conflict and displacement have pushed Syrian refugee children into agricultural "
            "and street work",
            "The economic crisis in Lebanon since 2019 has increased child labour among "
            "refugees and Lebanese children alike",
            "Few countries have published national child labour estimates since 2015",
        ]),
        ("Forced labour and trafficking", [
            "Migrant domestic workers remain excluded from labour law in several countries",
            "Kafala sponsorship still ties most migrant workers to a single employer",
            "Would a regional referral system help victims who cross several borders?",
        ]),
    ],
)

# 3 ------------------------------------------------------------------------------------------
doc.slide(
    "Country commitments at a glance",
    subtitle="As reported by country focal points, November 2021",
    columns=[
        ("Jordan | Lebanon", [
            "Jordan will connect its child labour monitoring system to the National Aid Fund "
            "by mid-2022",
            "Jordan's Ministry of Labour plans to extend inspections in agriculture to informal "
            "farms",
            "Lebanon: the Ministry of Labour pledged to update the National Action Plan on the "
            "worst forms of child labour by 2023",
            "Both countries aim to extend child labour monitoring to refugee settlements",
        ]),
        ("Iraq | Egypt", [
            "Iraq intends to adopt a national action plan against child labour in 2022",
            "Iraq's Central Committee to Combat Trafficking in Persons will open two shelters, "
            "in Erbil and Basra",
            "Egypt: national action plan on child labour 2018-2025 under implementation",
            "Egypt's NCCPIM&TIP is to launch a new national strategy against trafficking in "
            "persons in 2022",
        ]),
        ("Tunisia | Qatar", [
            "Tunisia has committed to adopting a second national action plan on child labour "
            "in early 2022",
            "Tunisia's National Authority to Combat Trafficking in Persons (INLTP) will publish "
            "disaggregated victim data every year",
            "Qatar abolished exit permits and the no-objection certificate in 2020",
            "Qatar undertook to extend the Wage Protection System to domestic workers in 2022",
        ]),
        ("Regional partners", [
            "ILO ROAS will support labour inspection reform in Jordan, Lebanon and Iraq",
            "UNICEF MENARO to scale up cash-plus programmes for working children in Lebanon",
            "IOM will launch a fair recruitment corridor project between Egypt and Jordan in 2022",
            "The Arab Labour Organization encourages member States to ratify the 2014 Protocol",
        ]),
    ],
)

# 4 (flow page: ratifications table) ------------------------------------------------------------
doc.page_break()
doc.heading("Ratifications planned", level=1)
doc.table([
    ["Country", "Instrument and planned step", "Status at 15 November 2021", "Target year"],
    ["Jordan", "Ratify the 2014 Protocol to the Forced Labour Convention",
     "Cabinet approval obtained; bill before Parliament", "2022"],
    ["Lebanon", "Ratify the Domestic Workers Convention, 2011 (No. 189)",
     "Draft law prepared by the Ministry of Labour", "2023"],
    ["Iraq", "Ratify C190, the Violence and Harassment Convention",
     "Under review by the Council of Ministers", "2022"],
    ["Egypt", "Ratify P029, the Forced Labour Protocol", "Tripartite consultation completed",
     "2023"],
    ["Tunisia", "Protocol of 2014 to the Forced Labour Convention", "Ratified in 2017", "-"],
    ["Tunisia", "Ratify the Violence and Harassment Convention (C190)",
     "Announced by the Ministry of Social Affairs", "2022"],
    ["Qatar", "Study a possible ratification of C189", "Feasibility study; no decision taken",
     "-"],
], widths=[90, 360, 320, 110], font_size=10.5)
doc.spacer(8)
doc.para("Target years are those given by government focal points; they are not ILO "
         "projections. All six countries have ratified C138 and C182.", style="small")

# 5 ------------------------------------------------------------------------------------------
doc.slide(
    "Regional calendar 2021-2022",
    columns=[
        ("Held in 2021", [
            "Regional launch of the International Year for the Elimination of Child Labour, "
            "online, 15/02/2021",
            "Webinar on child labour in agriculture in refugee settings, 10 June 2021",
            "This consultation, Amman and online, 30 November 2021",
        ]),
        ("Scheduled", [
            "Tripartite workshop on ratifying the 2014 Protocol, Cairo, Q1 2022",
            "Consultation on migrant domestic workers, Doha, 14-15 February 2022",
            "5th Global Conference on the Elimination of Child Labour, South Africa, May 2022",
        ]),
        ("Under discussion", [
            "Regional meeting of national anti-trafficking committees, second half of 2022",
            "Arab Labour Organization session on Target 8.7, date to be set",
        ]),
    ],
)

# 6 ------------------------------------------------------------------------------------------
doc.slide(
    "What participants proposed",
    subtitle="Recommendations of the consultation",
    body=[
        "a regional peer review of national lists of hazardous work for children",
        "a regional knowledge hub on Target 8.7, hosted by the Arab Labour Organization",
        "joint inspection protocols for agriculture in refugee-hosting areas",
        "inclusion of migrant domestic workers in national labour laws across the region",
    ],
    marker="-",
    box=("Next steps", [
        "ILO ROAS and UNICEF MENARO will publish this overview as a regional brief in January "
        "2022",
        "It was agreed that UNICEF MENARO would convene the regional child labour task force "
        "in Q1 2022",
        "Country focal points to update the ratification table by 31 March 2022",
        "Next regional consultation: Tunis, late 2022 (to be confirmed)",
    ]),
)

doc.save()
