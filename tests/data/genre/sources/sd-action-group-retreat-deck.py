"""Action Group on Supply Chains: report-back deck of its 2026 retreat (breakout groups, pledges,
proposals for the next GCG, next steps)."""

from reportlab.lib.units import mm

from docgen import SLIDE, Document

doc = Document("sd-action-group-retreat-deck.pdf", size=SLIDE, lang="en",
               footer="Alliance 8.7 Action Group on Supply Chains - Retreat 2026",
               page_numbers="{n}", margin=14 * mm, title="Action Group on Supply Chains: Retreat 2026")

doc.slide(
    "Action Group on Supply Chains: Annual Retreat 2026",
    subtitle="International Training Centre of the ILO, Turin, 7-8 October 2026 - report back to members",
    body=[
        "31 participants: 10 governments, ILO, OECD, UNICEF, FAO, IOM, IOE, ITUC, ITF, business "
        "and civil society",
        "Co-chairs: the Netherlands and Brazil",
        "Purpose: agree the 2027-2028 work plan after the 2025 target for ending child labour was "
        "missed",
        "Four breakout groups: agricultural commodities; garments and textiles; fisheries and "
        "seafood; due diligence laws and data",
    ],
    box=("Contents", "Opening - breakout groups A to D - members' pledges - proposals for the "
                     "next GCG - next steps"),
)

doc.slide(
    "Opening session: what we heard",
    body=[
        "The Netherlands (co-chair) recalled that the Action Group delivered 9 of the 12 outputs of "
        "its 2024-2026 work plan",
        "Brazil (co-chair) stressed the need for fewer, sharper deliverables with named leads",
        "ILO informed participants that the 2024 global estimates count 138 million children in "
        "child labour, 54 million of them in hazardous work",
        "Ms Aiko Tanabe, Director at Japan's Ministry of Economy, Trade and Industry (METI), asked "
        "how the group would track the use of its guidance by small suppliers",
        "ITUC warned that voluntary audits alone had not reduced forced labour in cotton spinning",
    ],
    box=("Background", "Since the Durban Call to Action (Durban, 15-20 May 2022) the group has "
                       "focused on remediation and on the link between due diligence and decent "
                       "work in lower tiers of supply chains."),
)

doc.slide(
    "Breakout group A - Agricultural commodities (cocoa, vanilla, coffee)",
    subtitle="Facilitator: FAO - Côte d'Ivoire, Ghana, Madagascar, ILO, IOE, Rainforest Alliance",
    columns=[
        ("Work plan 2027-2028", [
            "Pilot a joint child labour monitoring and remediation system with exporters and "
            "cooperatives in Madagascar's SAVA vanilla region",
            "Map living income gaps of cocoa households in Côte d'Ivoire and Ghana",
            "Publish a short remediation guide for smallholder cooperatives by Q2 2027",
        ]),
        ("Commitments heard", [
            "Madagascar: extend community-based child labour monitoring to all nine SAVA "
            "districts by end-2027",
            "Ghana: will host a cocoa learning visit in Kumasi in March 2027",
            "FAO: co-finance the remediation guide and translate it into French",
            "Rainforest Alliance: open its certification data on remediation cases to the group",
        ]),
    ],
)

doc.slide(
    "Breakout group B - Garments and textiles",
    subtitle="Facilitator: ITUC - Bangladesh, Jordan, Viet Nam, ILO Better Work, IOE, Fair Labor "
             "Association",
    columns=[
        ("Work plan 2027-2028", [
            "Document worker-driven grievance mechanisms in export garment factories",
            "Agree a common set of forced labour risk indicators for spinning mills",
            "Joint webinar with Better Work on recruitment fees, week of 18 January 2027",
        ]),
        ("Commitments heard", [
            "Bangladesh: pilot an electronic grievance mechanism in 50 export garment factories "
            "in 2027",
            "Viet Nam: to pilot a factory-level grievance mechanism in 40 garment enterprises, "
            "H2 2027",
            "Jordan: extend the unified contract for migrant garment workers to all factories of "
            "the Qualifying Industrial Zones by 2028",
            "ITUC: will train 200 shop stewards on the ILO forced labour indicators",
        ]),
    ],
)

doc.slide(
    "Breakout group C - Fisheries and seafood",
    subtitle="Facilitator: IOM - Thailand, Indonesia, Philippines, ITF, Environmental Justice "
             "Foundation",
    columns=[
        ("Work plan 2027-2028", [
            "Compile good practices of port-state labour inspection on fishing vessels",
            "Support ratification of the Work in Fishing Convention, 2007 (No. 188) in the region",
            "Study recruitment fees paid by migrant fishers on the Thailand-Indonesia corridor",
        ]),
        ("Commitments heard", [
            "Indonesia: submit C188 to the House of Representatives for ratification in 2027",
            "Thailand: share its port-in/port-out inspection data model with members by Q1 2027",
            "IOM: fund the recruitment fees study",
            "ITF: pledged to train fishers' union organisers in five ports",
        ]),
    ],
)

doc.slide(
    "Breakout group D - Due diligence laws and data",
    subtitle="Facilitator: OECD - the Netherlands, Germany, Japan, Brazil, UNICEF, IOE, Walk Free",
    columns=[
        ("Work plan 2027-2028", [
            "Compile an overview of mandatory due diligence laws and their child labour and forced "
            "labour provisions",
            "Co-organise with the OECD a peer-learning session for public procurement agencies, "
            "Q3 2027",
            "Test a shared template for reporting remediation outcomes",
        ]),
        ("Commitments heard", [
            "Germany: will present enforcement lessons of its Supply Chain Due Diligence Act at "
            "the next GCG",
            "Japan: plans to publish SME guidance on forced labour risk screening in FY2027",
            "OECD: host the procurement peer-learning session in Paris",
            "Walk Free: update its import-risk analysis for the group by mid-2027",
        ]),
    ],
    box=("Key message of group D", "The GCG should ask all action groups to use one remediation "
                                  "reporting template from 2028."),
)

doc.slide(
    "Members' pledges for 2027-2028",
    columns=[
        ("Governments", [
            "The Netherlands pledges EUR 400,000 for the 2027-2028 work plan",
            "Brazil will second a labour inspector to the group for six months in 2027",
            "Madagascar: open the SAVA monitoring data to the group's pilot",
        ]),
        ("UN and international", [
            "ILO: will host the group's online library from January 2027",
            "UNICEF: children's rights impact checklist for suppliers, Q4 2027",
            "OECD: will publish the due diligence laws overview by Q3 2027",
        ]),
        ("Social partners", [
            "IOE commits to run three regional webinars for employers' federations in 2027",
            "ITUC: union input to the grievance indicator set",
        ]),
        ("Business and civil society", [
            "Fair Labor Association: share factory grievance data from Viet Nam",
            "Rainforest Alliance: fund a cooperative facilitator in SAVA",
        ]),
    ],
)

doc.slide(
    "Proposals for the next GCG (Geneva, 2-3 March 2027)",
    subtitle="The Action Group recommends that the GCG:",
    body=[
        "adopt one remediation reporting template for all action groups from 2028;",
        "invite pathfinder countries to include supply chain actions in their roadmaps;",
        "endorse the SAVA vanilla pilot in Madagascar as a joint Alliance 8.7 initiative;",
        "mandate a joint session with the Migration Action Group on recruitment fees in fishing;",
        "set up a small task team on due diligence legislation, reporting to the GCG in 2028.",
    ],
    marker="(a)",
    box=("Also raised in plenary", [
        "UNICEF suggested that the GCG hear a child participation panel at each meeting",
        "IOE proposed a single Alliance 8.7 contact point for companies seeking remediation "
        "partners",
    ]),
)

doc.page_break()
doc.heading("Next steps", 1)
doc.table([
    ["Action", "Who", "When"],
    ["Circulate the retreat report to members", "Alliance 8.7 Secretariat", "By 30 October 2026"],
    ["Consolidate the 2027-2028 work plan and budget", "Co-chairs (the Netherlands, Brazil)",
     "Mid-December 2026"],
    ["Submit the proposals to the GCG Bureau", "Co-chairs", "By 31 January 2027"],
    ["Launch the SAVA vanilla pilot", "Madagascar (MTEFPLS), ILO, Rainforest Alliance",
     "Q2 2027"],
    ["Webinar on recruitment fees in garments", "ILO Better Work, ITUC, IOE",
     "Week of 18 January 2027"],
    ["Present the retreat outcomes at the GCG", "Co-chairs", "2-3 March 2027"],
], ruled="rows", widths=[340, 260, 180], font_size=12)
doc.para("Contact: Action Group focal point, supplychains-ag@example.org", style="small")

doc.save()
