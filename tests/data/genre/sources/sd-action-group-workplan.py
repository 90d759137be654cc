"""sd-action-group-workplan.pdf: the Action Group on Supply Chains presents its 2022-2023 work plan
to the GCG (objectives in three columns, a quarterly timeline table on a flow page, partners' roles
in four columns, pilot countries, proposals for the GCG, next steps)."""

from docgen import SLIDE, Document, mm

doc = Document("sd-action-group-workplan.pdf", size=SLIDE, lang="en", margin=14 * mm,
               footer="Alliance 8.7 Action Group on Supply Chains | Work plan 2022-2023",
               page_numbers="Slide {n}",
               title="Action Group on Supply Chains: Work Plan July 2022 - June 2023")

# 1 ------------------------------------------------------------------------------------------
doc.slide(
    "Action Group on Supply Chains: Work Plan July 2022 - June 2023",
    subtitle="For discussion at the 11th meeting of the Global Coordinating Group, Geneva, "
             "22-23 June 2022",
    body=[
        "Co-chairs: Ministry of Foreign Affairs of the Netherlands and the OECD Centre for "
        "Responsible Business Conduct",
        "Technical support: ILO Fundamental Principles and Rights at Work Branch (FUNDAMENTALS)",
        "46 member organisations: governments, UN agencies, social partners, business and "
        "civil society",
    ],
    box=("What we ask of the GCG today", [
        "Take note of the work plan and the division of roles",
        "Discuss and endorse the proposals on slide 7",
    ]),
)

# 2 ------------------------------------------------------------------------------------------
doc.slide(
    "Why supply chains, why now",
    columns=[
        ("The evidence", [
            "160 million children in child labour at the start of 2020; 70 per cent of them "
            "in agriculture",
            "27.6 million people in forced labour in 2021, 17.3 million of them exploited in "
            "the private economy",
            "Risks concentrate in the lower tiers: raw materials, smallholder farming, "
            "informal subcontracting",
        ]),
        ("What has changed since 2021", [
            "Germany adopted its Supply Chain Due Diligence Act in June 2021",
            "The European Commission tabled a proposal for a Corporate Sustainability Due "
            "Diligence Directive in February 2022",
            "The Durban Call to Action, adopted at the 5th Global Conference on the Elimination "
            "of Child Labour (Durban, 15-20 May 2022), calls for due diligence across supply "
            "chains",
            "Members ask: how can smaller suppliers carry the cost of due diligence?",
        ]),
    ],
)

# 3 ------------------------------------------------------------------------------------------
doc.slide(
    "Objectives and outputs 2022-2023",
    subtitle="What the Action Group will deliver by June 2023",
    columns=[
        ("1. Evidence", [
            "Map existing due diligence tools on child labour and forced labour in agriculture",
            "Publish two sector briefs, on cocoa and cotton, by March 2023",
        ]),
        ("2. Policy coherence", [
            "Agree a common Alliance 8.7 position on mandatory due diligence for G7 and G20 "
            "consultations",
            "Organise peer learning on public procurement among member governments",
        ]),
        ("3. Action on the ground", [
            "Support joint child labour monitoring in cocoa in Ghana and Côte d'Ivoire",
            "Back a fair recruitment pilot in the Bangladesh garment sector",
        ]),
    ],
    box=("How the Action Group works",
         "Two plenary meetings a year, task teams led by volunteer members, and a shared online "
         "workspace hosted by the Alliance 8.7 Secretariat."),
)

# 4 (flow page: timeline table) -----------------------------------------------------------------
doc.page_break()
doc.heading("Work plan by quarter, July 2022 - June 2023", level=1)
doc.table([
    ["Quarter", "Activity", "Lead", "Support"],
    ["Q3 2022", "Desk review of due diligence tools on child labour and forced labour in "
                "agriculture", "OECD", "FAO, ILO"],
    ["Q3 2022", "Webinar 'Cotton and garments: lessons from the Uzbek cotton harvest', 15/09/2022",
     "ILO", "ITUC, Cotton Campaign"],
    ["Q4 2022", "Launch the joint monitoring pilot in 30 cocoa communities", "ICI",
     "Ghana MELR, Côte d'Ivoire CNS"],
    ["Q4 2022", "Peer-learning workshop on public procurement, The Hague, 29-30 November 2022",
     "Netherlands MFA", "Germany BMAS, Canada ESDC"],
    ["Q1 2023", "Publish the cocoa and cotton sector briefs", "FAO", "OECD, UNICEF"],
    ["Q1 2023", "Issue a practical guide on remediation of forced labour cases for SMEs", "IOE",
     "ILO Helpdesk for Business"],
    ["Q2 2023", "Share first results of the fair recruitment pilot with garment exporters",
     "Bangladesh MoLE", "BGMEA, IOM"],
    ["Q2 2023", "Report to the GCG and review of the work plan", "OECD (co-chair)", ""],
], widths=[70, 470, 140, 200], font_size=10)
doc.spacer(8)
doc.para("Dates for the first half of 2023 are indicative and will be confirmed at the Action "
         "Group plenary in early September 2022.", style="small")

# 5 ------------------------------------------------------------------------------------------
doc.slide(
    "Partners' roles",
    columns=[
        ("UN agencies", [
            "ILO will run Helpdesk for Business clinics on child labour and forced labour",
            "FAO to lead the agriculture evidence work, with IFAD",
            "IOM shall make its IRIS ethical recruitment standard available to the Bangladesh "
            "pilot",
            "UNICEF is expected to bring a children's rights and business lens to all briefs",
        ]),
        ("Governments", [
            "The Netherlands co-chairs and funds the Secretariat post until June 2023",
            "Germany's BMAS offers to share enforcement experience under the new due diligence act",
            "Ghana's MELR intends to extend the Ghana Child Labour Monitoring System to 20 more "
            "cocoa districts",
            "Côte d'Ivoire's CNS plans to extend the SOSTECI monitoring system to 20 more cocoa "
            "departments",
        ]),
        ("Social partners", [
            "IOE commits to produce a remediation guide for small and medium-sized enterprises",
            "ITUC will mobilise national unions in cocoa and garment supply chains",
            "Both organisations will co-host a social dialogue session at each plenary",
        ]),
        ("Business & civil society", [
            "ICI will host the cocoa monitoring pilot and share data with national systems",
            "Anti-Slavery International undertook to coordinate civil society input to the G7 "
            "position",
            "The Cotton Campaign will contribute monitoring evidence from Uzbekistan and "
            "Turkmenistan",
        ]),
    ],
)

# 6 ------------------------------------------------------------------------------------------
doc.slide(
    "Pilot countries at a glance",
    columns=[
        ("Ghana and Côte d'Ivoire: cocoa", [
            "National child labour monitoring systems in place since 2011 (GCLMS) and 2013 "
            "(SOSTECI)",
            "1.56 million children in child labour in cocoa production in the two countries "
            "(2018/19)",
            "Both governments agreed to harmonise their monitoring indicators by the end of 2023",
        ]),
        ("Bangladesh: garments", [
            "Recruitment fees paid by workers remain among the highest in the region",
            "MoLE and BGMEA will jointly select 25 factories for the fair recruitment pilot",
            "The pilot would be extended to leather if further funding is found",
        ]),
        ("Uzbekistan: cotton", [
            "The 2021 harvest was reported free of systemic child labour and forced labour",
            "What can other cotton-producing countries learn from third-party monitoring?",
        ]),
    ],
)

# 7 ------------------------------------------------------------------------------------------
doc.slide(
    "Proposals for the GCG",
    subtitle="The Action Group proposes that the GCG:",
    body=[
        "endorse a common Alliance 8.7 message on mandatory human rights due diligence for the "
        "G7 and G20 presidencies",
        "invite pathfinder countries to include supply chain actions in their roadmaps",
        "set up a joint task team with the Action Group on Migration on fair recruitment",
        "hold an Alliance 8.7 event on supply chains at the UN Forum on Business and Human "
        "Rights, Geneva, November 2022",
    ],
    marker="(a)",
    box=("Also suggested by members (for later discussion)", [
        "a shared database of remediation cases, to be explored with Delta 8.7",
        "an annual supply chains dialogue with pathfinder countries",
    ]),
)

# 8 ------------------------------------------------------------------------------------------
doc.slide(
    "Next steps",
    body=[
        "The OECD, as co-chair, will circulate the final work plan by 15 July 2022",
        "Members to confirm task team leads by the end of July 2022",
        "Next plenary meeting: early September 2022, online",
    ],
    box=("Contact", "Questions and comments to the co-chairs: supply-chains@example.org"),
)

doc.save()
