"""Outcome note of a national tripartite dialogue on forced labour in domestic work (Jordan, 2023).

Tests: sessions with key takeaways, three working groups whose recommendations come as a numbered
list, a grid table and running prose; comments from the floor in a box; closing commitments by
ministries, a national committee (listed items), unions, employers, recruitment agencies, countries
of origin and UN agencies; a next-steps table; statistics, past reforms and conditions as distractors.
"""

from docgen import A4, Document
from reportlab.lib.units import mm

doc = Document(
    "ws-national-dialogue-outcome.pdf", size=A4, lang="en",
    header="Alliance 8.7 \u2013 National Tripartite Dialogue on Forced Labour in Domestic Work, Jordan",
    footer="Outcome note \u2013 prepared by the facilitation team, November 2023",
    page_numbers="Page {n} of {total}",
    title="National Tripartite Dialogue on Preventing Forced Labour in Domestic Work - Outcome note",
)

B = dict(fontSize=9.5, leading=12.6)


def para(text, **kw):
    doc.para(text, **{**B, **kw})


doc.title("Preventing Forced Labour in Domestic Work",
          subtitle="National Tripartite Dialogue \u2013 Outcome note \u2013 Amman, 24\u201325 October 2023")

para("The national tripartite dialogue was convened by the Ministry of Labour (MoL) together with the "
     "General Federation of Jordanian Trade Unions (GFJTU) and the Jordan Chamber of Commerce (JCC), "
     "with technical support from the ILO Regional Office for Arab States and IOM. Sixty-eight "
     "participants attended over two days: government institutions, the Public Security Directorate, "
     "the National Centre for Human Rights (NCHR), the Jordanian National Commission for Women (JNCW), "
     "recruitment agencies, the embassies of Bangladesh, Kenya, the Philippines, Sri Lanka and Uganda, "
     "and civil society organisations including Tamkeen for Legal Aid and Human Rights. The dialogue "
     "built on the national consultation on the labour inspection strategy held in Aqaba in March "
     "2022. This note summarises the discussions, the working groups\u2019 recommendations and the "
     "commitments announced at the closing session; it is not a verbatim record.")

with doc.box("Context"):
    doc.bullets([
        "Some 53,000 migrant domestic workers held valid work permits in 2022, most of them from the "
        "Philippines, Bangladesh, Sri Lanka, Uganda and Kenya.",
        "Domestic workers are covered by Regulation No. 90 of 2009 rather than by the general "
        "provisions of the Labour Law on working hours and overtime.",
        "Jordan has ratified C29 and C105, but neither the 2014 Protocol to the Forced Labour "
        "Convention nor the Domestic Workers Convention, 2011 (No. 189).",
        "Complaints about domestic work received by the MoL hotline rose by 18 per cent in 2022; "
        "unpaid wages and the retention of passports were the most frequent grounds.",
    ], marker="bullet", style="small")

doc.heading("Session 1 \u2013 Opening statements")
para("Opening the dialogue, the Secretary-General of the MoL said that \u201cdomestic work is work, "
     "and the home cannot be a place the law does not reach\u201d. He recalled that the unified "
     "contract for domestic workers had been revised in 2020 to include a weekly rest day.")
para("The Deputy Regional Director of the ILO Regional Office for Arab States noted that domestic "
     "work remained one of the sectors where forced labour indicators were most often found in the "
     "region, and that Jordan\u2019s tripartite approach could be a model for its neighbours.")
para("The President of the GFJTU warned that, without the right to organise, domestic workers would "
     "remain invisible to the law. Speaking for the employers, the JCC representative noted that "
     "households were not companies and that any reform had to remain affordable for Jordanian "
     "families.")
para("The Ambassador of the Philippines, also speaking on behalf of the other embassies present, asked "
     "that the unified contract be made available in the languages of the workers and explained to "
     "them before they leave home.")

doc.heading("Session 2 \u2013 Recruitment, fees and the journey to Jordan")
para("A panel moderated by IOM brought together the President of the Jordanian Association of "
     "Recruitment Agency Owners (JARAO), the Executive Director of Tamkeen and the labour attach\u00e9 "
     "of the Embassy of Kenya. Lebanon and Kuwait, which recently revised their own standard "
     "contracts, were cited as points of comparison.")
doc.para("<b>Key takeaways</b>", **B)
doc.bullets([
    "Fees paid in countries of origin are often recovered from workers\u2019 wages in Jordan through "
    "deductions in the first months of the contract.",
    "Recruitment costs should be borne by employers, not workers, in line with the Employer Pays "
    "Principle.",
    "Pre-departure and post-arrival orientation should be linked, so that workers hear the same "
    "message about their rights in both countries.",
], marker="-", style="small")

with doc.box("Comments from the floor", shaded=False):
    doc.bullets([
        "A representative of Tamkeen reported that in 2022 the organisation had assisted 410 domestic "
        "workers, 60 per cent of whom said that their passports were held by the employer.",
        "A member of the Migrant Domestic Workers\u2019 Solidarity Group asked whom a worker could call "
        "when the employer had taken away her phone.",
        "The labour attach\u00e9 of Kenya explained that Kenya had introduced a pre-departure training "
        "curriculum in 2021 and would welcome a joint review of it with Jordanian trainers.",
        "The President of JARAO objected that agencies were \u201cblamed for what happens behind "
        "closed doors\u201d and asked that employers who abuse workers be barred from recruiting again.",
    ], marker="bullet", style="small")

doc.heading("Session 3 \u2013 Working groups")
para("Participants split into three working groups, each with a government, a workers\u2019 and an "
     "employers\u2019 member and a civil society rapporteur. Their reports were presented in plenary "
     "on the second morning.")

doc.heading("Working group 1 \u2013 Legal protection and coverage of the Labour Law", level=2)
para("Facilitated by the ILO and the NCHR. The group made five recommendations:")
doc.bullets([
    "Bring domestic workers under the Labour Law\u2019s provisions on working hours, weekly rest and "
    "overtime pay.",
    "Carry out a gap analysis of national legislation against C189 and the 2014 Protocol to the "
    "Forced Labour Convention.",
    "Allow domestic workers to change employer without the employer\u2019s consent after the first "
    "contract year, or at any time in cases of abuse.",
    "The Government should consider ratifying C189 once the gap analysis is complete.",
    "Establish a tripartite committee to review Regulation No. 90 of 2009 every two years.",
], marker="1.", style="small", indent=24)

doc.heading("Working group 2 \u2013 Fair recruitment and placement", level=2)
para("Facilitated by IOM and the JCC. The group presented its recommendations as a table, with the "
     "institutions it proposed to lead on each:")
doc.table([
    ["Issue", "Recommendation", "Proposed lead"],
    ["Fees", "Make the Employer Pays Principle binding on all licensed recruitment agencies", "MoL; JARAO"],
    ["Passports", "Enforce the ban on the retention of passports by employers and agencies, with a "
                  "fine for each document withheld", "MoL; Public Security Directorate"],
    ["Contracts", "Provide the unified contract in the worker\u2019s language and have it signed "
                  "before departure", "MoL; embassies"],
    ["Monitoring", "Publish an annual rating of licensed agencies based on complaints and inspection "
                   "results", "MoL"],
], ruled="grid", widths=[24 * mm, 104 * mm, 42 * mm], font_size=8.5)
doc.spacer(6)

doc.heading("Working group 3 \u2013 Access to justice and protection of victims", level=2)
para("Facilitated by UN Women and Tamkeen. Participants urged the creation of a fast-track procedure "
     "for domestic workers\u2019 wage claims in the labour courts. The group recommended that labour "
     "inspectors be able to enter private households with a judicial warrant where there are "
     "indications of forced labour, a point on which the employers\u2019 members reserved their "
     "position. It was also proposed that victims identified by the Anti-Human Trafficking Unit "
     "receive a temporary residence and work permit while their case is heard. One participant "
     "suggested that shelter capacity be extended outside Amman, in particular to Irbid and Zarqa.")

doc.heading("Plenary discussion of the working group reports")
para("The NCHR welcomed the third recommendation of working group 1 but cautioned that a right to change employer would mean "
     "little if workers lost their residence status while a new permit was processed. Speaking for "
     "the employers, the JCC said that it could accept the first recommendation of that group if a transition period of "
     "one year were granted.")
para("The JNCW asked that interviews of presumed victims always be conducted by women officers. UN "
     "Women noted that fewer than one in ten complaints reached the courts. The labour counsellor of "
     "Sri Lanka stressed the need for a bilateral channel to settle wage claims once a worker had "
     "returned home, and the Embassy of Bangladesh recalled that three quarters of its nationals "
     "employed in Jordanian homes were women under 35.")

doc.heading("Session 4 \u2013 Commitments announced at the closing session")
para("<b>Ministry of Labour.</b> In closing, the Secretary-General set out the Ministry\u2019s "
     "commitments. The MoL will issue a revised unified contract for domestic workers, in Arabic and "
     "five workers\u2019 languages, by March 2024. It intends to amend Regulation No. 90 of 2009 before "
     "the end of 2024 so that domestic workers are covered by the rules on working hours, weekly rest "
     "and overtime. The Ministry also plans to make the Employer Pays Principle a licensing condition "
     "for recruitment agencies from 1 July 2024, and will commission a gap analysis of national law "
     "against C189 and the Protocol. Jordan is determined to submit the 2014 Protocol to Parliament "
     "for ratification within two years. Finally, the Ministry intends to prepare Jordan\u2019s letter "
     "of interest to become an Alliance 8.7 pathfinder country after consulting the social partners "
     "in early 2024.")
para("<b>Public Security Directorate.</b> The Anti-Human Trafficking Unit (AHTU) shall assign trained "
     "women investigators to each of the twelve governorates by mid-2024.")
para("<b>National Committee for the Prevention of Human Trafficking (NCPHT).</b> The Committee "
     "undertook to:")
doc.bullets([
    "revise the national referral mechanism so that it covers domestic workers who leave an abusive "
    "employer;",
    "open a second shelter for victims, in Irbid, in 2024;",
    "publish yearly data on identified victims, disaggregated by sector and nationality.",
], marker="(a)", style="small", indent=24)
para("<b>Workers.</b> The GFJTU pledged to open a help desk for domestic workers at its Amman "
     "headquarters by January 2024, and commits itself to seeking an amendment of its statutes so "
     "that migrant domestic workers can join as members.")
para("<b>Employers and recruitment agencies.</b> The JCC expressed its readiness to produce, with the "
     "ILO, a guide for employer households on their rights and obligations, to be handed out with "
     "every work permit from the second half of 2024. JARAO agreed that its members would stop "
     "charging workers any recruitment fee from 1 July 2024.")
para("<b>Countries of origin.</b> Jordan and Sri Lanka agreed to convene their joint technical "
     "committee on domestic workers in February 2024. The Philippines, through its Department of "
     "Migrant Workers (DMW), is expected to share its model employment contract and its experience "
     "of running a single welfare hotline. Uganda said it was still consulting its capital and made "
     "no announcement.")
para("<b>UN agencies.</b> The ILO will support the gap analysis against C189 and the Protocol in the "
     "first half of 2024. IOM will co-finance the Irbid shelter and train its staff on the needs of "
     "domestic workers. UN Women aims to train 60 paralegals from civil society organisations in "
     "2024.")



def next_steps():
    doc.heading("Next steps")
    doc.table([
        ["Step", "Who", "When"],
        ["Circulate this outcome note to all participants for comments", "Facilitation team (ILO, MoL)",
         "10 November 2023"],
        ["Training workshop for labour inspectors on forced labour indicators in domestic work",
         "MoL Inspection Directorate, ILO", "12\u201314 December 2023"],
        ["Webinar with the embassies of countries of origin on the revised unified contract", "MoL, IOM",
         "15/01/2024"],
        ["Follow-up tripartite dialogue to review progress on the commitments", "MoL, GFJTU, JCC",
         "April 2024"],
        ["Present the outcomes of the dialogue at the next ministerial consultation of the Abu Dhabi "
         "Dialogue", "MoL", "2024 (date to be confirmed)"],
    ], ruled="grid", widths=[88 * mm, 46 * mm, 36 * mm], font_size=8.5)


doc.keep_together(next_steps)
doc.spacer(6)
para("In her closing remarks, the ILO Senior Specialist on Fundamental Principles and Rights at Work "
     "thanked the participants and observed that \u201cthe commitments made today are specific "
     "enough to be checked in April\u201d. The President of the GFJTU added that the unions would "
     "hold the Government and employers to them.")
para("<i>Evaluation.</i> Of the 51 participants who returned the evaluation form, 44 rated the dialogue "
     "useful or very useful; several asked for more time in working groups and for the presence of "
     "more employers of domestic workers, as distinct from recruitment agencies.")

doc.save()
