"""Two-column policy digest (newsletter) on fair recruitment, Migration Action Group, March 2026.

Builds tests/data/genre/bn-policy-digest-2col.pdf with the masthead layout of b6d_layout.py.
Fictional: people, figures and decisions are invented.
"""

from docgen import A4
from b6d_layout import DigestDocument

doc = DigestDocument(
    "bn-policy-digest-2col.pdf", size=A4, lang="en",
    masthead=("Fair Recruitment Policy Digest",
              "Alliance 8.7 Migration Action Group  |  Issue No. 5  |  March 2026",
              "Ending recruitment fees in the corridors from South Asia to the Gulf and Malaysia"),
    header="Alliance 8.7 Migration Action Group - Policy Digest No. 5",
    footer="Editorial team: digest87@example.org",
    page_numbers="{n} / {total}",
    title="Fair Recruitment Policy Digest No. 5 (March 2026)",
)

BODY = dict(fontSize=9, leading=12, spaceAfter=5)


def p(text):
    doc.para(text, **BODY)


def h(text):
    doc.heading(text, 2)


# ---- page 1, column 1: lead article -----------------------------------------------------------
doc.heading("Zero fees, real choices: where the corridors stand", 1)
p("Most countries of origin in South Asia now accept that workers should not pay for their own "
  "recruitment. Yet the fees have not gone away. They have moved: from licensed agencies to village "
  "sub-agents, from receipts to cash, and from the country of origin to the country of destination. "
  "This issue looks at what governments, employers, unions and civil society said and promised "
  "between January and March 2026.")
p("Under the ILO definition of recruitment fees and related costs, agreed by a tripartite meeting "
  "of experts in 2018, any fee or cost linked to recruitment that is charged to a worker, directly or "
  "indirectly, is excluded, whatever it is called and wherever it is paid.")
p("Several countries have already acted. Nepal introduced its \u201cfree visa, free ticket\u201d "
  "policy in 2015, Qatar abolished the exit permit for most migrant workers in 2020, and Sri Lanka "
  "issued fee guidelines for domestic workers in 2022. Bangladesh and Malaysia have signed a "
  "memorandum of understanding that puts the cost of recruitment on employers.")
p("Nepal and Sri Lanka, both Alliance 8.7 pathfinder countries, have put fair recruitment in their "
  "roadmaps. Elsewhere, the Ministry of Human Resources of Malaysia is reported to be preparing new "
  "rules on foreign worker levies, which employers expect later in 2026.")
p("What is still missing, the Action Group argues on page 4, is enforcement: licensing rules with "
  "teeth, inspectors who check agencies and not only workplaces, and a way for workers to get their "
  "money back. Recruitment fees remain the most common route into debt bondage for migrant workers "
  "in the region.")

doc.next_column()

# ---- page 1, column 2: sidebar box ------------------------------------------------------------
with doc.box("What partners pledged"):
    doc.bullets([
        "<b>Nepal.</b> The Ministry of Labour, Employment and Social Security (MoLESS) will amend "
        "the Foreign Employment Rules to prohibit any fee charged to workers by licensed agencies, by "
        "the end of FY2026/27.",
        "<b>Sri Lanka.</b> The Sri Lanka Bureau of Foreign Employment (SLBFE) pledged to publish "
        "every quarter the names of agencies sanctioned for charging fees to workers.",
        "<b>Bangladesh.</b> Priority for 2026: a digital recruitment platform of the Bureau of "
        "Manpower, Employment and Training (BMET) linking employers abroad directly with jobseekers.",
        "<b>Jordan.</b> The Ministry of Labour has committed to extending labour inspection to "
        "recruitment offices for domestic workers in Q3 2026.",
        "<b>Qatar.</b> The Ministry of Labour intends to require employers to reimburse documented "
        "recruitment fees to workers within 30 days of their arrival.",
        "<b>Malaysian Employers Federation (MEF).</b> Will help member companies repay recruitment "
        "fees to workers, starting with 50 firms in electronics and palm oil in 2026.",
        "<b>IOM.</b> Shall extend its IRIS ethical recruitment certification to 40 more agencies in "
        "Nepal and Bangladesh by mid-2027.",
        "<b>ILO.</b> Undertook to support Nepal, Sri Lanka and Bangladesh in measuring recruitment "
        "costs (SDG indicator 10.7.1) in their 2026 labour force surveys.",
        "<b>GEFONT and NAFEA.</b> Agreed to open a joint help desk in Kathmandu for workers asked to "
        "pay fees, before the end of 2026.",
        "<b>Migrant Forum in Asia (MFA).</b> Is expected to launch a worker-led fee monitoring app in "
        "five languages in the second half of 2026.",
    ], marker="bullet", indent=10, style="small")
    doc.para("Pledges as announced to the Action Group or at the meetings reported in this issue.",
             style="small", textColor="#555555")

doc.next_column()

# ---- page 2: news -----------------------------------------------------------------------------
doc.heading("News from the corridors", 1)
h("Colombo: officials call for licensing rules with teeth")
p("Senior officials of the Colombo Process met in Colombo on 27\u201328 January 2026 to review its "
  "work on recruitment. Opening the meeting, the Chairman of the SLBFE, Mr. Chaminda Weerasekara, "
  "said that fees paid by Sri Lankan domestic workers had fallen since the 2022 guidelines but that "
  "village sub-agents still collect them in cash. He announced that Sri Lanka intends to deposit its "
  "instrument of ratification of the Private Employment Agencies Convention, 1997 (No. 181), before "
  "the end of 2027.")
p("Ms. Anjana Ghimire, Joint Secretary at Nepal\u2019s MoLESS, told the meeting that 312 agency "
  "licences had been suspended in 2025. She proposed that Colombo Process members share their lists "
  "of sanctioned agencies every quarter, so that an agency closed in one country cannot reopen under "
  "another name in the next.")
p("On behalf of IOM, Mr. Karim Haddad recommended the creation of a regional network of labour "
  "attach\u00e9s trained in fair recruitment. He added that attach\u00e9s in the Gulf handle "
  "hundreds of complaints each without any case management system.")
p("Ms. Farhana Rahman, Secretary of Bangladesh\u2019s Ministry of Expatriates\u2019 Welfare and "
  "Overseas Employment (MoEWOE), said that the Ministry plans to revise the licensing conditions of "
  "recruiting agencies in the second half of 2026 to bar them from charging workers any fee.")
p("At the close, the meeting agreed to recommend that all member States amend the licensing rules "
  "for private recruitment agencies so that no fee can be charged to workers. Officials asked the "
  "Colombo Process Technical Support Unit to prepare a model licensing clause for the next "
  "ministerial consultation. Nepal and Sri Lanka offered to pilot the model clause first; both "
  "countries will report on the pilot at the 2027 ministerial consultation.")

h("Amman: employers and agencies discuss domestic work")
p("A roundtable convened by the International Organisation of Employers (IOE) and the Jordan Chamber "
  "of Industry (JCI) in Amman on 11 February brought together some 30 employers, agencies and "
  "officials. For the employers, Ms. Rania Khoury of the IOE said that reputable agencies lose "
  "business to those that pass fees on to workers. She added that small agencies need time to adapt, "
  "and asked whether fines could be waived for agencies that repay fees of their own accord.")
p("Mr. Omar Al-Saleh, Secretary-General of Jordan\u2019s Ministry of Labour, said that Jordan will "
  "extend labour inspection to recruitment offices for domestic workers in Q3 2026, and that the "
  "Ministry would publish the results of the first round of visits.")
p("Speaking for Tamkeen for Legal Aid and Human Rights, Ms. Dana Shami urged the Ministry to let "
  "domestic workers change employer without the first employer\u2019s consent when fees have been "
  "deducted from their wages. Participants would welcome a joint IOE\u2013ILO guidance note for small "
  "recruitment agencies on the employer pays principle.")

h("Webinar: who pays the fees back?")
p("The Migration Action Group held a webinar on the repayment of recruitment fees on 19/02/2026, "
  "with 140 participants. Mr. Yusuf Al-Mannai, speaking for Qatar\u2019s Ministry of Labour, "
  "explained that the planned 30-day reimbursement rule would apply first to construction and "
  "security firms.")
p("Mr. Daniel Okafor of Al Noor Facilities Management, a Doha-based company with 9,000 workers, "
  "announced that the company will repay the recruitment fees of 3,000 workers hired since 2023 "
  "before the end of 2026.")
p("For the MEF, Mr. Lim Wei Jian said that members cannot repay fees on the word of workers alone. "
  "He called for a shared standard of proof that auditors and buyers accept.")
p("A representative of Walk Free asked whether companies would publish the amounts repaid and the "
  "number of workers reached.")
p("Speaking for the International Trade Union Confederation (ITUC), Ms. Grace Mensah urged all "
  "countries of origin and destination to ratify Conventions No. 181 and No. 189. She also called for "
  "a single regional complaints portal where workers can report fees in their own language.")



def kathmandu():
    """Heading and first paragraph kept together on one page."""
    h("Kathmandu: parliament hears unions and agencies")
    p("The Industry, Commerce, Labour and Consumer Welfare Committee of Nepal\u2019s House of "
      "Representatives held a hearing on the draft Foreign Employment Rules in Kathmandu on 10 March "
      "2026. Mr. Binod Shrestha of the General Federation of Nepalese Trade Unions (GEFONT) suggested "
      "that agencies lodge a bank guarantee from which fees wrongly charged can be refunded to workers.")


doc.keep_together(kathmandu)
p("The Nepal Association of Foreign Employment Agencies (NAFEA) said that its members would accept a "
  "zero-fee rule only if employers in destination countries paid the full cost of recruitment, "
  "including the air ticket.")
p("Committee members put forward the idea of using the Foreign Employment Welfare Fund to advance "
  "refunds to workers while claims against agencies are pending. The Committee is due to report to "
  "the House in May.")

h("Dhaka: a platform to cut out the middlemen")
p("At a consultation in Dhaka on 4 March 2026, Mr. Mahbub Alam, Director General of BMET, presented "
  "the design of the digital recruitment platform and said that BMET will launch it with employers in "
  "Malaysia and Saudi Arabia in the third quarter of 2026. Some 1.1 million Bangladeshis left for "
  "work abroad in 2025, most of them through intermediaries.")
p("Speaking for the Bangladesh Association of International Recruiting Agencies (BAIRA), Mr. "
  "Shafiqul Islam warned that agencies could lose their place in the system. He proposed that "
  "licensed agencies be allowed to act as registered service providers on the platform.")
p("On behalf of UN Women, Ms. Sadia Karim noted that women make up a growing share of departures "
  "for domestic work. She wished to see a help line for women workers built into the platform, "
  "staffed by women.")

h("In brief")
doc.bullets([
    "Sri Lanka\u2019s pathfinder roadmap, validated in Colombo in December 2025, makes fair "
    "recruitment one of its five priority areas.",
    "Walk Free published a review of fee repayment schemes in February 2026; it found that fewer "
    "than one in five companies with a no-fee policy had repaid any worker.",
    "The Abu Dhabi Dialogue, which brings together Asian countries of origin and Gulf countries of "
    "destination, holds its next senior officials\u2019 meeting in Q3 2026 (see the calendar).",
], marker="-", style="small", indent=12)

# ---- figures box ------------------------------------------------------------------------------
with doc.box("Figures"):
    doc.table([
        ["US$ 1,140", "median recruitment cost reported by Nepali workers going to Malaysia "
                      "(worker survey, 2025)"],
        ["4.2 months", "median earnings needed by Bangladeshi workers in the Gulf to repay their "
                       "recruitment costs"],
        ["58%", "share of surveyed Sri Lankan domestic workers who borrowed to pay recruitment "
                "costs"],
        ["312", "recruitment agency licences suspended in Nepal in 2025"],
        ["27.6 million", "people in forced labour worldwide on any given day (Global Estimates, "
                         "2021)"],
    ], ruled="rows", header=False, widths=[62, 160], font_size=8)
    doc.para("Sources: national surveys compiled by the Action Group; ILO, Walk Free and IOM.",
             style="small")

h("Kuala Lumpur: who carries the bill?")
p("Some 60 buyers, suppliers and auditors met at a supplier forum hosted by the MEF in Kuala Lumpur "
  "on 5 March 2026. Ms. Tan Mei Ling of Seri Mutiara Gloves Sdn Bhd said that her company had repaid "
  "RM 4.2 million to 2,600 workers since 2022. She added that the company will finish repaying all "
  "its current workers by June 2026.")
p("Speaking for the Responsible Business Alliance (RBA), Mr. Peter Lindqvist suggested that buyers "
  "share the cost of repayment with their suppliers in proportion to their orders.")
p("The Malaysian Trades Union Congress (MTUC) asked that workers\u2019 representatives sit on the "
  "committees that verify repayment claims. Its representative also asked whether the Ministry of "
  "Human Resources would make repayment a condition for renewing foreign worker quotas.")
p("It was agreed that the MEF would draft a common claims form with the MTUC before the end of June "
  "2026.")

doc.page_break()

# ---- policy pointers --------------------------------------------------------------------------
doc.heading("Policy pointers", 1)
p("Drawing on the meetings above, the Migration Action Group recommends that:")
doc.bullets([
    "Governments of origin and destination write the employer pays principle into law and into "
    "every bilateral labour agreement.",
    "Licensing authorities inspect recruitment agencies at least once a year and publish the "
    "results.",
    "Countries measure recruitment costs with SDG indicator 10.7.1 in their labour force surveys.",
    "A regional complaints portal for migrant workers be created, linked to the labour attach\u00e9s "
    "of countries of origin.",
    "Employers and buyers agree a common standard of proof for repaying fees, so that workers "
    "without receipts are not left out.",
], marker="1.", style="body", indent=14)
p("Partners are invited to send examples of fee repayment to the Action Group at "
  "digest87@example.org by 30 April 2026.")
h("Why licensing matters")
p("Licensing is the lever that countries of origin control directly. In the four countries of origin "
  "covered by this issue, fewer than one agency in ten was inspected in 2025, and most sanctions "
  "were suspensions of a few months. Workers, meanwhile, seldom complain: a complaint can cost them "
  "the job for which they have already paid.")
h("Further reading")
doc.bullets([
    "ILO, <i>General principles and operational guidelines for fair recruitment and definition of "
    "recruitment fees and related costs</i> (2019).",
    "IOM, <i>IRIS Standard</i>, second edition.",
    "Alliance 8.7 Migration Action Group, <i>Fair Recruitment Policy Digest</i> No. 4 (November 2025).",
], marker="-", style="small", indent=12)

# ---- events calendar --------------------------------------------------------------------------
doc.next_column()
doc.heading("Events calendar", 1)
doc.table([
    ["When", "What", "Where"],
    ["14\u201315 April 2026", "Regional workshop on measuring recruitment costs (SDG 10.7.1)",
     "Kathmandu"],
    ["early May 2026", "Colombo Process ministerial consultation", "Colombo"],
    ["the week of 18 May", "Migration Action Group quarterly meeting", "online"],
    ["05/06/2026", "Webinar: the employer pays principle in palm oil supply chains", "online"],
    ["1\u201312 June 2026", "114th Session of the International Labour Conference", "Geneva"],
    ["mid-July 2026", "Consultation on the draft Foreign Employment Rules with agencies and "
     "unions", "Kathmandu"],
    ["Q3 2026", "Abu Dhabi Dialogue senior officials\u2019 meeting", "Abu Dhabi"],
    ["8 October 2026", "Launch of the MFA fee monitoring app", "Kuala Lumpur"],
    ["23/11/2026", "Regional dialogue on fair recruitment in the garment and glove industries",
     "Dhaka"],
], ruled="rows", widths=[56, 110, 60], font_size=8)
doc.spacer(10)
with doc.box("About this digest"):
    doc.para("The Fair Recruitment Policy Digest is prepared by the Alliance 8.7 Migration Action "
             "Group from meeting reports, partner updates and public sources. Pledges are reported as "
             "partners announced them and have not been verified. Write to digest87@example.org to "
             "share news, events or pledges for the next issue.", style="small")

doc.save()
