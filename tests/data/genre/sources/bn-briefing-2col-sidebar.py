"""bn-briefing-2col-sidebar: a two-page briefing note (February 2025) with a main column and a
shaded sidebar of key figures, pledges at a glance and upcoming dates."""

from docgen import Document

doc = Document("bn-briefing-2col-sidebar.pdf", lang="en",
               header="Alliance 8.7 Migration Action Group - Briefing note 2025/1",
               footer="For members of the Migration Action Group", page_numbers="Page {n} of {total}",
               title="Briefing note: fair recruitment in the South Asia-Gulf corridors")

MAIN = dict(fontSize=9, leading=11.8, spaceAfter=5)
SIDE = dict(fontSize=8, leading=10, spaceAfter=4)


def p(text):
    doc.para(text, **MAIN)


def s(text):
    doc.para(text, **SIDE)


def h(text, size=11):
    doc.para(text, style="h2", fontSize=size, leading=size + 3, keepWithNext=1)


doc.sidebar_layout()
doc.title("Fair recruitment in the South Asia-Gulf corridors",
          subtitle="Briefing note for the Migration Action Group | Kathmandu, 6-7 February 2025")

h("Purpose of this note")
p("This note prepares members for the Group's meeting in Kathmandu on 6-7 February 2025, hosted "
  "by Nepal's Ministry of Labour, Employment and Social Security (MoLESS). It summarises where "
  "origin and destination governments stand on recruitment fees, the pledges made since the "
  "Group last met in Geneva in November 2024, and the questions members may wish to discuss.")

h("The problem in brief")
p("Workers from Nepal and Bangladesh still pay between three and nine months' wages to secure "
  "jobs in the Gulf and in Malaysia, much of it to unlicensed sub-agents in their home "
  "districts. A 2024 IOM survey of 2,300 returnees found that one in four had borrowed at an "
  "interest rate above 36 per cent. Debts of this size keep workers with abusive employers and "
  "are a recognised indicator of forced labour.")

h("Where governments stand")
p("<b>Nepal.</b> An Alliance 8.7 pathfinder country, Nepal is moving to close the gaps in its "
  "own system. The Department of Foreign Employment (DoFE) plans to make the Foreign Employment "
  "Information Management System (FEIMS) mandatory for every licensed recruitment agency in "
  "FY2025/26. Kathmandu has also undertaken to require all demand letters from Gulf employers "
  "to state that the employer pays recruitment costs. The 2015 'free visa, free ticket' policy "
  "pursued the same aim but has been poorly enforced.")
p("<b>Bangladesh.</b> The Ministry of Expatriates' Welfare and Overseas Employment (MoEWOE) "
  "intends to make employers bear all recruitment costs in the Bangladesh-Qatar corridor, and "
  "will launch a zero-cost pilot before the end of 2025. At the Group's November meeting, the "
  "representative of Bangladesh indicated that her Government intends to ratify the Private "
  "Employment Agencies Convention, 1997 (No. 181) within two years.")
p("<b>Qatar.</b> The Ministry of Labour has said it will extend the Workers' Support and "
  "Insurance Fund to cover the unpaid wages of domestic workers by 2026. Qatar abolished the "
  "exit permit requirement for most workers in 2020 and introduced a non-discriminatory minimum "
  "wage in 2021.")
p("<b>Kuwait.</b> The Public Authority for Manpower (PAM) aims to move all domestic worker "
  "contracts onto its digital platform by mid-2026. Nepal and Kuwait are expected to sign a "
  "memorandum of understanding on the recruitment of domestic workers in the second half of "
  "2025; both countries have said the text will include a ban on passport retention.")
# --- sidebar, page 1 ---------------------------------------------------------------------------
doc.next_column()
h("Key figures", size=10)
doc.bullets([
    "4.2 million Nepali workers hold a valid foreign employment permit.",
    "1.1 million Bangladeshi workers left for jobs abroad in 2023.",
    "3 to 9 months' wages: typical fees paid by workers in the corridor.",
    "1 in 4 returnees borrowed at more than 36 per cent interest.",
], style="small", indent=10)
h("Pledges at a glance", size=10)
doc.bullets([
    "<b>Nepal:</b> FEIMS to be mandatory for all licensed agencies in FY2025/26.",
    "<b>Bangladesh:</b> to launch a zero-cost recruitment pilot with Qatar before the end of "
    "2025.",
    "<b>IOM:</b> will train 1,500 recruitment agency staff in Nepal and Bangladesh on the IRIS "
    "standard by 2026.",
    "<b>NAFEA:</b> 300 member agencies have signed its code of conduct; the association pledged "
    "to expel members that charge workers illegal fees.",
    "<b>GEFONT:</b> will open migrant help desks in all seven provinces by the end of 2025.",
    "<b>BAIRA:</b> commits to publishing every member's service charges online in Q3 2025.",
], style="small", indent=10)
s("NAFEA: Nepal Association of Foreign Employment Agencies. GEFONT: General Federation of "
  "Nepalese Trade Unions. BAIRA: Bangladesh Association of International Recruiting Agencies.")

# --- page 2, main column -----------------------------------------------------------------------
doc.next_column()
h("Other destinations")
p("<b>Malaysia.</b> The National Action Plan on Forced Labour runs until the end of 2025. The "
  "Ministry of Human Resources (KESUMA) plans to adopt a successor plan in 2026 and has "
  "committed to publishing an annual list of employers found to have charged recruitment fees.")
p("<b>Europe.</b> Croatia, Poland and Malta issued more than 90,000 work permits to Nepali and Bangladeshi "
  "nationals in 2024. None of them has yet signed a labour agreement with either origin "
  "country, and complaints about fees charged by intermediaries in Europe are rising.")

h("Views expressed at the last meeting")
p("In Geneva, the IOM representative noted that fee-charging persists wherever sub-agents "
  "remain unlicensed. Speaking on behalf of the workers' group, the ITUC asked that migrant "
  "workers be allowed to join unions in all destination countries. The IOE cautioned that "
  "employers in destination countries cannot verify costs incurred in origin countries "
  "without shared data.")
p("It was agreed in Geneva that IOM would circulate a draft indicator on recruitment costs "
  "before the end of January 2025. At the time of writing the draft had not yet been "
  "received.")

h("Questions for discussion")
doc.bullets([
    "How can origin and destination governments share lists of licensed agencies in real time?",
    "Should the Group track the employer-pays principle through a common indicator?",
    "What role can trade unions play where migrant workers are not allowed to organise?",
], style="small", indent=12)

h("Suggested actions for the Group")
p("The co-chairs propose that the Group:")
doc.bullets([
    "adopt a common indicator on recruitment fees paid by workers, to be reported by pathfinder "
    "countries every year;",
    "ask the Secretariat to map the bilateral labour agreements in the corridor that ban "
    "passport retention;",
    "organise a peer exchange between DoFE and MoEWOE inspectors in the second half of 2025;",
    "invite Croatia, Poland and Malta to the next meeting as observers.",
], marker="(a)", style="small", indent=18)

h("After the meeting")
p("On 8 February 2025, MoLESS will host members on a visit to the migrant resource centre at "
  "Tribhuvan International Airport, where FEIMS pre-departure checks are being tested. The "
  "Secretariat will circulate a summary record of the meeting within three weeks.")

# --- sidebar, page 2 ---------------------------------------------------------------------------
doc.next_column()
h("Upcoming", size=10)
doc.bullets([
    "<b>6-7 February 2025</b> - Migration Action Group, Kathmandu",
    "<b>15/04/2025</b> - Regional webinar on recruitment fees, online",
    "<b>Mid-May 2025</b> - Abu Dhabi Dialogue senior officials' meeting, Abu Dhabi",
    "<b>Q4 2025</b> - Colombo Process ministerial consultation, venue to be confirmed",
], style="small", indent=10)
h("Contact", size=10)
s("Migration Action Group secretariat: migration-ag@example.org")
h("Sources", size=10)
s("IOM, Survey of returning migrant workers, 2024. DoFE, Annual labour migration statistics, "
  "FY2023/24. Bureau of Manpower, Employment and Training (BMET), Overseas employment data, "
  "2023. Figures are rounded.")

doc.save()
