"""Record of the annual meeting of the Alliance 8.7 Action Group on Supply Chains (Geneva, February 2026).

Round-table updates by members (past work beside new commitments, spoken and in a written table),
a discussion of the 2026-2027 work plan with proposals, decisions of the meeting, and an
action-points table (Action | Responsible | Deadline) with ruled lines. Fictional: people,
figures and decisions are invented.
"""

from docgen import A4, Document
from b6a_layout import Numbered

doc = Document("mr-action-group-annual-meeting.pdf", size=A4, lang="en",
               header="Alliance 8.7 - Action Group on Supply Chains",
               footer="SCAG/AM/2026/4 - Record of the annual meeting",
               page_numbers="Page {n} of {total}",
               title="Action Group on Supply Chains - Annual Meeting 2026")
num = Numbered(doc)

doc.title("Action Group on Supply Chains: Annual Meeting 2026",
          subtitle="Record of the meeting - Geneva and online, 17 February 2026")
doc.table([
    ["Date", "Tuesday 17 February 2026, 09.30-17.00 (CET)"],
    ["Venue", "ILO headquarters, Geneva (room IV), with remote participation"],
    ["Co-Chairs", "Government of the Netherlands (Ms Ingrid Vosmaer) and International Organisation of "
                  "Employers (IOE) (Mr Tomás Echeverría)"],
    ["Participants", "46 participants: 12 Governments, four UN agencies, the OECD, two social partners, "
                     "six companies and business initiatives, five civil society and research organisations"],
    ["Record", "Action Group secretariat, scag-secretariat@example.org"],
], ruled="rows", header=False, widths=[80, 390])
doc.spacer(4)

# ------------------------------------------------------------------------------------------------
doc.heading("1. Opening and adoption of the agenda")
num("Ms Ingrid Vosmaer (Netherlands), Co-Chair, opened the meeting and welcomed two new members, "
    "Malaysia and the Fair Labor Association (FLA). The agenda (SCAG/AM/2026/1) was adopted without "
    "change.")
num("Mr Tomás Echeverría (IOE), Co-Chair, observed that mandatory due diligence laws had multiplied since "
    "2021 and that small suppliers now received questionnaires from every buyer. He said the Action Group "
    "should help companies act on risks rather than fill in forms.")

# ------------------------------------------------------------------------------------------------
doc.heading("2. Report of the Co-Chairs on the 2025 work plan")
num("The secretariat presented the report (SCAG/AM/2026/2). Of the 34 activities of the 2024-2025 work "
    "plan, 26 had been completed, five were under way and three had been dropped. In 2025 the Action Group "
    "had published a guidance note on responsible exit from high-risk sourcing areas, held three "
    "peer-learning webinars, the last of them on 4 December 2025, and organised a session at the OECD "
    "Forum on Due Diligence in the Garment and Footwear Sector in Paris in February 2025.")
num("The secretariat recalled that the Regional Consultative Forum of Alliance 8.7 Partners in the Arab "
    "States (Amman, 21-22 October 2025) had called for a joint survey of recruitment fees paid by migrant "
    "workers in the South Asia-Gulf corridors, to be conducted with the Action Groups on Migration and on "
    "Supply Chains.")

# ------------------------------------------------------------------------------------------------
doc.heading("3. Round-table updates by members")
num("The Co-Chair invited members to report briefly on their work in 2025 and on their commitments for "
    "the coming period. Written updates from members that did not take the floor are reproduced in the "
    "table at the end of this section.")
num("Ghana reported that 312 communities had been declared Child Labour Free Zones since the framework "
    "was validated in 2020. The Ministry of Employment and Labour Relations (MELR) will declare 40 "
    "additional cocoa-growing communities Child Labour Free Zones by the end of 2026. She added that Ghana "
    "would welcome a discussion of cocoa farm-gate prices in the Action Group, since low farmer income "
    "remained the root cause of child labour in the sector.")
num("Speaking for Côte d'Ivoire, the representative of the National Monitoring Committee on Actions "
    "against Trafficking, Exploitation and Child Labour (CNS) said that the SOSTECI child labour monitoring "
    "system now covered 41 departments. The Government plans to extend SOSTECI to all cocoa-growing "
    "departments by 2027. He also asked whether companies' private monitoring systems could share their "
    "data with SOSTECI.")
num("For Kestrel Foods plc, Ms Aisha Mensah said that the company had covered 71 per cent of its direct "
    "cocoa supply with child labour monitoring and remediation systems (CLMRS) at the end of 2025. Kestrel "
    "Foods has committed to covering all of its direct cocoa supply in Côte d'Ivoire and Ghana with CLMRS "
    "by 2027, and to sharing anonymised case data with national monitoring systems.")
num("Bangladesh noted that the 2022 national child labour survey had found about 1.8 million children in "
    "child labour, more than a million of them in hazardous work. The Department of Inspection for "
    "Factories and Establishments (DIFE) plans to inspect all subcontracting units of export-oriented "
    "garment factories in Dhaka and Chattogram by 2027. The representative urged buyers to include "
    "subcontractors in their supplier lists and audits.")
num("Norvik Apparel Group undertook to publish the names and addresses of its tier-2 subcontractors in "
    "Bangladesh and Viet Nam by the end of 2026. Its representative added that the company had ended its "
    "relationship with two suppliers in 2025 after finding unauthorised subcontracting.")
num("On behalf of the ITUC, Ms Lena Korhonen stressed that social audits had repeatedly failed to detect "
    "forced labour. She called on all member companies to publish their supplier lists down to tier two, "
    "and proposed that the Action Group develop guidance on worker-driven grievance mechanisms. The ITUC "
    "would itself train union organisers in ten garment-producing countries on the use of grievance "
    "mechanisms in 2026.")
num("Brazil's Ministry of Labour and Employment (MTE) reported that its mobile inspection group had "
    "rescued 2,004 workers from conditions analogous to slavery in 2025, most of them in coffee, sugar "
    "cane and charcoal production. Brazil would host a peer-learning webinar for members on its register "
    "of employers found to have used slave labour in June 2026. The representative said that Governments "
    "should make access to public procurement and public credit conditional on human rights due "
    "diligence.")
num("Peru, speaking also as a pathfinder country, said that the Ministry of Labour and Employment "
    "Promotion (MTPE) is expected to adopt a protocol for joint inspections with the Public Prosecutor's "
    "Office in the gold mining areas of Madre de Dios by Q3 2026. He asked the secretariat to translate "
    "the guidance notes of the Action Group into Spanish.")
num("Germany noted that the Federal Office for Economic Affairs and Export Control (BAFA) had carried out "
    "486 risk-based controls under the Supply Chain Due Diligence Act since 2023. Germany would contribute "
    "to the second phase of the SME help desk, provided that the 2027 federal budget was adopted in time. "
    "It suggested that the Action Group align its indicators with the EU Corporate Sustainability Due "
    "Diligence Directive.")
num("Speaking in its national capacity, the Netherlands intends to fund a second phase of the help desk of "
    "the Action Group on due diligence for small and medium-sized enterprises (SMEs) from 2026. The first "
    "phase had answered 214 requests from companies in 19 countries.")
num("Japan recalled its Guidelines on Respecting Human Rights in Responsible Supply Chains, adopted in "
    "2022. The Ministry of Economy, Trade and Industry (METI) will organise a seminar in Tokyo for Japanese "
    "companies sourcing from South-East Asia during the week of 13 April 2026.")
num("The ILO said it would update the ILO-IOE Child Labour Guidance Tool for Business by the end of 2026, "
    "adding a module on forced labour, and would make the tool available in Arabic, French and Spanish. "
    "For the employers, the IOE confirmed that it would co-lead the update with the ILO, and undertook to "
    "roll out the revised tool through 15 national employers' organisations in 2027.")
num("UNICEF plans to publish, with the OECD, a study on child labour risks in artisanal cobalt and copper "
    "mining supply chains in the Democratic Republic of the Congo in the second half of 2026.")
num("The OECD noted that 1,200 companies had completed its due diligence e-learning course in 2025. The "
    "OECD would welcome a joint webinar with the Action Group on responsible purchasing practices, to be "
    "held alongside its next forum on the garment and footwear sector.")
num("The Responsible Business Alliance (RBA) said it would take up the call made at the Amman forum. The "
    "RBA will commission, jointly with IOM, a survey of recruitment fees and related costs paid by migrant "
    "workers in the Nepal-Qatar and Bangladesh-Saudi Arabia corridors, with results expected in Q4 2026. "
    "IOM confirmed its participation and added that its IRIS standard would serve as the benchmark for "
    "the survey.")
num("Walk Free welcomed the offer of Brazil and put forward the idea of a series of peer-learning sessions "
    "on public registers of employers found to have used forced labour, starting with Brazil.")
num("The University of Nottingham Rights Lab asked whether the monitoring framework of the Action Group "
    "would include outcome indicators, and recommended that the next work plan set at least one measurable "
    "outcome for each pillar.")

doc.heading("Written updates from members", level=2)
doc.table([
    ["Member", "Work in 2025", "Commitments for 2026-2027"],
    ["Viet Nam", "Trained 1,150 enterprises in the garment, footwear and seafood sectors on the labour "
                 "provisions of free trade agreements.",
     "Issue guidance on child labour and forced labour due diligence for exporters in the garment, "
     "footwear and seafood sectors (second half of 2026)."],
    ["Uzbekistan", "Third-party monitoring of the 2025 cotton harvest found no systemic child labour or "
                   "forced labour.",
     "Extend third-party monitoring of the cotton harvest to silk cocoon production in 2026."],
    ["Malaysia", "Completed the final review of the National Action Plan on Forced Labour 2021-2025.",
     "A second National Action Plan on Forced Labour shall be adopted by mid-2026."],
    ["International Cocoa Initiative (ICI)", "CLMRS operated in 2,300 communities; 86,000 children "
                                             "identified and supported.",
     "Extend CLMRS to 1,500 additional cocoa-growing communities in Côte d'Ivoire and Ghana by 2027."],
    ["Fair Labor Association (FLA)", "Joined the Action Group in January 2026.",
     "Priority: a fair recruitment toolkit for agricultural labour providers in Mexico and Guatemala, "
     "Q3 2026."],
    ["FAO", "Published a technical note on child labour in small-scale fisheries.",
     "Pilot the OECD-FAO Guidance for Responsible Agricultural Supply Chains in the cotton sector in "
     "Pakistan, if funding allows."],
], ruled="grid", widths=[88, 168, 225])
doc.spacer(4)

# ------------------------------------------------------------------------------------------------
num.heading("4. Work plan 2026-2027: discussion and proposals", need=110)
num("The Co-Chairs introduced the draft work plan 2026-2027 (SCAG/AM/2026/3), organised around three "
    "pillars: due diligence support to companies, in particular SMEs; policy coherence between trade, "
    "procurement and due diligence laws; and data and learning. They proposed to add a fourth workstream "
    "on the responsible purchasing practices of buyers.")
num("It was suggested that the Action Group map the due diligence laws adopted since 2021 and their "
    "provisions on child labour and forced labour. Several members supported the proposal of the ITUC on "
    "worker-driven grievance mechanisms.")
num("The FLA wished to see fair recruitment in agriculture covered under the first pillar. Bangladesh "
    "recommended that the work plan include a joint initiative with buyers on subcontracting in the "
    "garment sector.")
num("The IOE cautioned against duplicating the work of the OECD and suggested that the help desk refer "
    "companies to existing OECD tools. Mexico, attending as an observer, asked whether membership of the "
    "Action Group was open to state-level governments.")
num("Participants are invited to send written comments on the draft work plan to the secretariat by "
    "6 March 2026.")

# ------------------------------------------------------------------------------------------------
doc.heading("5. Decisions of the meeting")
num("The meeting:")
num.items([
    "adopted the report of the Co-Chairs on the 2025 work plan;",
    "agreed to add a workstream on responsible purchasing practices to the work plan 2026-2027;",
    "endorsed the joint survey of recruitment fees by the RBA and IOM and agreed to seek the "
    "participation of the Action Group on Migration;",
    "it was agreed that Brazil would host the first peer-learning session on public registers of "
    "employers in June 2026;",
    "agreed to recommend that the Global Coordinating Group invite all pathfinder countries to include "
    "supply chain measures in their roadmaps;",
    "requested the secretariat to prepare guidance on worker-driven grievance mechanisms for "
    "consideration at the next annual meeting;",
    "decided to hold its next annual meeting in February 2027.",
])

# ------------------------------------------------------------------------------------------------
doc.heading("6. Any other business")
num("Viet Nam announced that it would host a regional dialogue on responsible business conduct in the "
    "garment and footwear sectors in Ho Chi Minh City on 22-23 September 2026, and invited members to "
    "propose speakers.")
num("Norvik Apparel Group asked whether company members could co-sign statements of the Action Group. "
    "The Co-Chairs replied that the terms of reference reserved statements to the Co-Chairs and would "
    "revert to the question at the next meeting.")
num("The secretariat informed members that the Global Coordinating Group would meet in early March 2026. "
    "The Co-Chairs will present the outcomes of this meeting there, together with the recommendation in "
    "decision (e).")


# ------------------------------------------------------------------------------------------------
def _action_points():
    doc.heading("7. Action points")
    doc.table([
        ["Action", "Responsible", "Deadline"],
        ["Circulate the revised draft work plan 2026-2027 to members", "Co-Chairs, secretariat", "20 March 2026"],
        ["Launch the survey of recruitment fees and related costs in the Nepal-Qatar and Bangladesh-Saudi "
         "Arabia corridors", "RBA, IOM", "Q2 2026 (results Q4 2026)"],
        ["Host the peer-learning webinar on the register of employers", "Brazil (MTE)", "June 2026"],
        ["Secure funding for phase 2 of the SME due diligence help desk", "Netherlands", "30 April 2026"],
        ["Update the ILO-IOE Child Labour Guidance Tool for Business and add a forced labour module",
         "ILO, IOE", "December 2026"],
        ["Prepare draft guidance on worker-driven grievance mechanisms", "Secretariat, with ITUC",
         "January 2027"],
        ["Translate the guidance notes into Spanish and French", "Secretariat", "Q3 2026"],
        ["Report on the meeting to the Global Coordinating Group", "Co-Chairs", "Early March 2026"],
    ], ruled="grid", widths=[290, 100, 80])


doc.keep_together(_action_points)
doc.spacer(4)

doc.heading("8. Next meeting and closure")
num("The next annual meeting will be held in February 2027, at a venue to be confirmed. The Co-Chairs "
    "thanked the interpreters and the secretariat and closed the meeting at 17.05.")

doc.save()
