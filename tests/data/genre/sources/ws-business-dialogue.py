"""ws-business-dialogue: summary of a multi-stakeholder dialogue on agricultural supply chains in
Latin America (fictional, Mexico City 2025).

Sidebar pages (sessions in the main column, key takeaways and a quote in the shaded sidebar), a
three-column page of breakout groups, and a ruled table of company and union pledges.
Typographic apostrophes throughout.
"""

from docgen import A4, Document

doc = Document("ws-business-dialogue.pdf", size=A4, lang="en",
               header="Alliance 8.7 Supply Chains Action Group | Multi-stakeholder dialogue, Mexico City",
               footer="Summary of outcomes - September 2025", page_numbers="{n}",
               title="Responsible Agricultural Supply Chains in Latin America - Summary of Outcomes")

doc.title("Responsible Agricultural Supply Chains in Latin America: Ending Forced Labour and Child "
          "Labour", subtitle="Multi-stakeholder dialogue | Summary of outcomes | Mexico City, "
                             "3–4 September 2025")

doc.heading("About the dialogue")
doc.para("The dialogue was convened by the Alliance 8.7 Supply Chains Action Group together with the "
         "Secretaría del Trabajo y Previsión Social (STPS) of Mexico, the ILO and the OECD. It brought "
         "together 74 participants – agricultural exporters and buyers, employers’ organisations, "
         "trade unions, governments and civil society – from Brazil, Colombia, Guatemala, Mexico and "
         "Peru, together with buyers and industry associations from Germany, the Netherlands and "
         "Spain. Mexico, an Alliance 8.7 pathfinder country, hosted the dialogue at the STPS "
         "headquarters.")
doc.para("Company speakers spoke under the Chatham House Rule; the companies named in this summary "
         "agreed to be identified. The summary was prepared by the facilitators and does not "
         "necessarily reflect the views of every participant.")
doc.heading("Objectives", level=2)
doc.bullets([
    "to share how companies in coffee and fresh produce supply chains identify and address forced "
    "labour and child labour;",
    "to hear workers’ organisations on the role of worker voice and social dialogue in due "
    "diligence;",
    "to agree on practical recommendations and to collect pledges from participants.",
], marker="bullet")
with doc.box("Context: a changing regulatory landscape"):
    doc.bullets([
        "Mexico has prohibited the import of goods produced wholly or partly with forced labour "
        "since May 2023.",
        "Germany’s Supply Chain Due Diligence Act (LkSG) has applied to large companies since "
        "January 2023.",
        "The EU Corporate Sustainability Due Diligence Directive (CSDDD) entered into force in July "
        "2024; the EU Forced Labour Regulation, adopted in November 2024, will apply from December "
        "2027.",
        "Brazil’s register of employers found to have used workers in conditions analogous to "
        "slavery, the “Lista Suja”, has been published for two decades.",
    ], marker="-", style="small")

doc.sidebar_layout()
# ---- page 2: main column -------------------------------------------------------------------------
doc.heading("Session 1: Opening and regulatory outlook")
doc.para("Ms Lucía Ortega Villaseñor, Undersecretary of the STPS, opened the dialogue. She announced "
         "that the STPS will publish a protocol for inspecting labour conditions in agricultural "
         "export companies by the end of 2025. The STPS also intends to award the Distintivo Empresa "
         "Agrícola Libre de Trabajo Infantil (DEALTI) to 300 additional agricultural companies by "
         "2026.")
doc.para("A representative of the Delegation of the European Union to Mexico outlined the "
         "obligations that the Forced Labour Regulation will create for exporters to the EU, and said "
         "that the European Commission would publish guidelines for economic operators by mid-2026.")
doc.para("The OECD recalled that the OECD-FAO Guidance for Responsible Agricultural Supply Chains "
         "already sets out the due diligence steps expected of companies, and warned against "
         "“cut and run” responses that leave workers worse off.")
doc.heading("Session 2: Company practices")
doc.para("<i>Panel moderated by the International Organisation of Employers (IOE).</i>", style="small")
doc.para("Nordhaven Foods, a Dutch coffee roaster, explained that it had traced 85 per cent of its "
         "green coffee volumes to cooperative level and that child labour risks were concentrated in "
         "the harvest peak. The company will publish the full list of coffee cooperatives and estates "
         "that supply it by the end of 2026.")
doc.para("Cafés del Sur, a Colombian exporter, stressed that price volatility pushed smallholders to "
         "rely on family labour during the harvest, and asked buyers to share the cost of "
         "remediation.")
doc.para("AgroAndina Exports, which employs some 9,000 seasonal workers on asparagus and blueberry "
         "farms in Peru, described how its hotline had revealed that labour contractors charged "
         "workers fees of up to two weeks’ wages. It has committed to reimbursing those fees, and to "
         "hiring seasonal workers directly from the 2026 season.")
doc.para("Frutas Finas del Bajío, a Mexican exporter of berries and vegetables, said that it plans to "
         "open two day-care centres for the children of agricultural day labourers in Guanajuato "
         "before the 2026 harvest.")
doc.next_column()
# ---- page 2: sidebar -----------------------------------------------------------------------------
doc.heading("Session 1 in brief", level=2)
doc.para("Mexican, EU and German rules now all expect evidence of due diligence, not only codes of "
         "conduct. Exporters asked for one set of expectations rather than several.", style="small")
doc.heading("Key takeaways: Session 2", level=2)
doc.bullets([
    "Traceability beyond the first tier remains the main gap in coffee and fresh produce.",
    "Buyers and suppliers should share the cost of remediation instead of passing it down the "
    "chain.",
    "Responsible exit should be the last resort: companies should stay and remediate where child "
    "labour or forced labour is found.",
    "Hotlines reveal problems only where workers trust them.",
], marker="-", style="small")
doc.spacer(6)
doc.para("<i>“We found the fees only because workers trusted the hotline enough to call.”</i>",
         style="small")
doc.para("– AgroAndina Exports", style="small")
doc.next_column()
# ---- page 3: main column -------------------------------------------------------------------------
doc.heading("Session 3: Worker voice and social dialogue")
doc.para("Speaking for the Trade Union Confederation of the Americas (TUCA-CSA), Ms Rosa Quispe "
         "Mamani said that few companies involved trade unions in their due diligence, and called on "
         "buyers to include freedom of association and collective bargaining in their supplier "
         "codes.")
doc.para("The International Union of Food, Agricultural, Hotel, Restaurant, Catering, Tobacco and "
         "Allied Workers’ Associations (IUF) described joint grievance committees negotiated with two "
         "banana producers in Guatemala, which had resolved 140 complaints in 2024.")
doc.para("Brazil’s Central Única dos Trabalhadores (CUT) recalled that inspectors of the Ministry of "
         "Labour and Employment (MTE) had rescued more than 3,000 workers from conditions analogous "
         "to slavery in 2023, many of them in coffee and sugar cane.")
doc.para("The Confederación Patronal de la República Mexicana (COPARMEX) stressed that small "
         "agricultural employers needed practical tools rather than more audits, and offered to "
         "train 1,000 agricultural SMEs in forced labour and child labour due diligence within two "
         "years.")
doc.para("Guatemala’s Ministry of Labour and Social Welfare (MINTRAB) asked how the EU and Mexican "
         "rules would be applied to smallholders who sell through intermediaries.")
doc.para("Peru’s Ministry of Labour and Employment Promotion (MTPE) said that seasonal work in "
         "agro-export had grown faster than the capacity of labour inspection. The National "
         "Superintendency of Labour Inspection (SUNAFIL) will carry out a coordinated inspection "
         "operation on labour contractors in Ica and La Libertad in the first quarter of 2026, and "
         "its findings are to be shared with the companies’ buyers.")
doc.next_column()
# ---- page 3: sidebar -----------------------------------------------------------------------------
doc.heading("Key takeaways: Session 3", level=2)
doc.bullets([
    "Worker voice mechanisms work only where workers trust them and unions are involved.",
    "Grievance mechanisms should be co-designed with trade unions and protect complainants against "
    "retaliation.",
    "Labour contractors are the weak link in seasonal agriculture.",
], marker="-", style="small")

doc.columns(3)
# ---- page 4: three columns -----------------------------------------------------------------------
doc.heading("Session 4: Breakout groups")
doc.para("Participants met in three breakout groups on the morning of 4 September. Each group "
         "agreed on recommendations, which were presented in plenary.", style="small")
doc.heading("Group A – Coffee", level=2)
doc.heading("Recommendations", level=3)
doc.bullets([
    "Map suppliers down to cooperative or farm level and publish the list of first-tier "
    "cooperatives and estates.",
    "Pay prices that allow producers to earn a living income, using recognised reference prices.",
    "Support community-based child labour monitoring and remediation systems in coffee-growing "
    "areas.",
    "Fund childcare and school transport during the harvest peak.",
], marker="1.", style="small")
doc.heading("Comments from the floor", level=3)
doc.para("The Fair Labor Association (FLA) cautioned that publishing supplier lists without a "
         "grievance channel could expose farmers without helping workers.", style="small")
doc.next_column()
doc.heading("Group B – Fresh fruit and vegetables", level=2)
doc.heading("Recommendations", level=3)
doc.bullets([
    "Apply the Employer Pays Principle to all seasonal and migrant workers, including those hired "
    "through labour contractors.",
    "Register labour contractors and make user companies jointly liable for their practices.",
    "Provide decent housing and childcare in agricultural camps so that children do not accompany "
    "their parents to the fields.",
    "Give labour inspectors access to agricultural camps at any time, without prior notice.",
], marker="1.", style="small")
doc.next_column()
doc.heading("Group C – Worker voice and remediation", level=2)
doc.heading("Recommendations", level=3)
doc.bullets([
    "Establish grievance mechanisms co-designed and co-managed with trade unions, with protection "
    "against retaliation.",
    "Provide remediation to affected workers, including repayment of unpaid wages and recruitment "
    "fees.",
    "Include freedom of association and collective bargaining in supplier codes of conduct and "
    "purchasing contracts.",
], marker="1.", style="small")
doc.heading("Comments from the floor", level=3)
doc.para("The Netherlands asked whether the recommendations of Group A could feed into the sector "
         "covenant negotiated by Dutch coffee buyers. Colombia’s Ministry of Labour noted that a "
         "national register of labour intermediaries was under discussion.", style="small")

doc.columns(1)
# ---- page 5 --------------------------------------------------------------------------------------
doc.heading("Pledges announced at the dialogue")
doc.para("The following pledges were announced in the closing session. Pledging organisations will "
         "report on progress to the Supply Chains Action Group.")
doc.table([
    ["Organisation", "Pledge", "Timeline"],
    ["Nordhaven Foods (Netherlands)", "Publish the full list of coffee cooperatives and estates "
                                      "supplying the company", "By the end of 2026"],
    ["Cafés del Sur (Colombia)", "Publish the list of cooperatives and farms from which it sources "
                                 "coffee, covering 100 per cent of volumes", "2026"],
    ["AgroAndina Exports (Peru)", "Reimburse recruitment fees paid by seasonal workers since "
                                  "January 2024", "Q1 2026"],
    ["COPARMEX", "Train 1,000 agricultural SMEs in forced labour and child labour due diligence",
     "Within two years"],
    ["IUF, with national affiliates", "Set up joint union-company grievance committees on at least "
                                      "20 export farms", "By mid-2026"],
    ["CUT (Brazil)", "Launch a worker helpline for coffee and sugar cane workers, run jointly with "
                     "employers under collective agreements", "Second half of 2026"],
    ["TUCA-CSA", "Map trade union presence in export agriculture in five countries", "In 2026"],
    ["Iberian Fresh Produce Importers’ Association", "Share supplier audit results with exporters "
                                                     "and workers’ organisations", "Q4 2025"],
], widths=[130, 260, 100], ruled="grid")

doc.heading("Next steps")
doc.para("The IOE’s pledge to share the recommendations with its member federations across Latin "
         "America was welcomed by participants.")
doc.para("The Supply Chains Action Group will report on progress against the pledges at its meeting "
         "in Q1 2026. The OECD plans to host a follow-up webinar on responsible agricultural supply "
         "chains in the week of 17 November 2025. A second dialogue is tentatively planned in Bogotá "
         "in the first half of 2026, subject to funding. Questions about this summary may be sent to "
         "supplychains-dialogue@example.org.")

doc.save()
