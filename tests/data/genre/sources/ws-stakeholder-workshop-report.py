"""Outcome report of Mongolia's national stakeholder workshop (pathfinder planning), October 2025.

Builds tests/data/genre/ws-stakeholder-workshop-report.pdf. Fictional: people, figures and
decisions are invented.
"""

from docgen import A4, Document

doc = Document(
    "ws-stakeholder-workshop-report.pdf", size=A4, lang="en",
    header="Alliance 8.7 Pathfinder Country Process | Mongolia",
    footer="Workshop rapporteurs, MFLSP - sdg87.mongolia@example.org",
    page_numbers="Page {n} of {total}",
    title="National Stakeholder Workshop on SDG Target 8.7 in Mongolia - Outcome report",
)



_pending_headings = []


def heading(text, level):
    """A heading, kept on the page of the paragraph that follows it."""
    _pending_headings.append((text, level))


def para(text, **kw):
    """A paragraph (with any heading before it) that is never split across two pages."""
    items = list(_pending_headings)
    _pending_headings.clear()

    def build():
        for t, lev in items:
            doc.heading(t, lev)
        doc.para(text, **kw)

    doc.keep_together(build)


doc.title("National Stakeholder Workshop on Accelerating Progress towards SDG Target 8.7 in Mongolia",
          subtitle="Outcome report \u2014 Ulaanbaatar, 21\u201322 October 2025")

with doc.box("At a glance"):
    doc.bullets([
        "<b>Dates and venue:</b> 21\u201322 October 2025, Ulaanbaatar.",
        "<b>Participants:</b> 96 (41 women) from 34 institutions: ministries and agencies, aimag "
        "governments, trade unions, employers, companies, civil society, academia and UN agencies.",
        "<b>Organisers:</b> the Ministry of Family, Labour and Social Protection (MFLSP), with the "
        "International Labour Organization (ILO) and the United Nations Children\u2019s Fund (UNICEF).",
        "<b>Outcome:</b> four priority areas for the national roadmap, 21 recommendations from four "
        "working groups, and the commitments announced at the closing session (section 5).",
    ], marker="bullet", style="small")

heading("1. Background and objectives", 1)
para(
    "Mongolia submitted its letter of interest to become an Alliance 8.7 pathfinder country in "
    "March 2024, and was welcomed as a pathfinder by the Global Coordinating Group in June 2024. "
    "The pathfinder process asks a country to hold a national strategic planning workshop, to adopt "
    "a roadmap with a small number of priorities, and to report on progress every year.")
para(
    "The country does not start from zero. It ratified the Worst Forms of Child Labour Convention, "
    "1999 (No. 182) in 2001 and the Minimum Age Convention, 1973 (No. 138) in 2002, adopted the Law "
    "on Combating Trafficking in Persons in 2012, and revised its list of hazardous work prohibited "
    "for children in 2023. Mongolia has not ratified the Domestic Workers Convention, 2011 (No. 189), "
    "and the Criminal Code does not yet treat forced labour as an offence separate from trafficking.")
para(
    "The problems are well known. Children ride as jockeys in horse races, herd livestock for long "
    "hours in harsh weather and work at informal gold mining sites. Mongolian workers recruited for "
    "jobs abroad, most of them in the Republic of Korea, still report paying large sums to "
    "unlicensed brokers, and police see cases of women trafficked for sexual exploitation across the "
    "border with China. Recent commitments, such as the Durban Call to Action adopted at the 5th "
    "Global Conference on the Elimination of Child Labour in Durban in May 2022, have raised "
    "expectations that Mongolia will act on all of these at once.")
para(
    "The workshop served as Mongolia\u2019s national strategic planning workshop. A pre-workshop "
    "consultation with 18 civil society organisations, held in Ulaanbaatar on 07/10/2025, fed into "
    "its programme. Its objectives were:")
doc.bullets([
    "to take stock of what has been done and of the evidence available;",
    "to agree on the priority areas of a national roadmap for 2026\u20132030;",
    "to collect recommendations from working groups on each priority area;",
    "to hear what each partner is ready to do in the first year of the roadmap.",
], marker="(a)")

heading("2. Opening session", 1)
para(
    "Ms. Oyunchimeg Batbayar, Vice Minister of Family, Labour and Social Protection, opened the "
    "workshop. She recalled that the Government Action Programme for 2024\u20132028 lists the "
    "elimination of the worst forms of child labour among its targets, and that the pathfinder "
    "roadmap would give all partners one plan to work to. She announced that the Ministry will chair "
    "a National Steering Committee on SDG Target 8.7, to be established by ministerial order before "
    "the end of 2025.")
para(
    "Speaking on behalf of the ILO, Ms. Ingrid Solheim, Director of the ILO Country Office for China "
    "and Mongolia, congratulated the Government on its pathfinder status. She stressed that the "
    "roadmap should be costed and financed from the state budget rather than from projects alone. "
    "She added that the ILO commits itself to assigning a national coordinator to the secretariat of "
    "the Steering Committee from January 2026.")
para(
    "Mr. Tomas Ferreira, UNICEF Representative in Mongolia, spoke about children in horse racing. "
    "Several thousand children ride in races every year, he said, and most serious injuries happen "
    "in the winter and spring races. He urged race organisers at all levels to respect the minimum "
    "age and the safety equipment rules for riders. He also asked whether the Government would "
    "publish the injury data collected by hospitals during the racing season.")
para(
    "Mr. Julien Marchetti, speaking for the Alliance 8.7 Secretariat by video link, described the "
    "steps that other pathfinder countries have followed and the support the Secretariat can give. "
    "He invited Mongolia to present its roadmap at the meeting of the Global Coordinating Group "
    "planned for the week of 9 March 2026.")
para(
    "Ms. Tran Minh Chau, speaking for Viet Nam, a fellow pathfinder country, explained how her "
    "country had aligned its national programme on child labour with its roadmap. She suggested that "
    "Mongolia set up a small technical secretariat that meets every month, rather than rely only on a "
    "large committee that meets twice a year. She mentioned that Viet Nam will host a regional "
    "peer exchange of pathfinder countries in Hanoi in early June 2026.")

heading("3. Panel presentations: where Mongolia stands", 1)
para(
    "Two panels set out what has been done so far. Their presentations are summarised here as "
    "background to the group work; the figures are those presented by the speakers.")
heading("Panel 1: Evidence and enforcement", 2)
para(
    "Mr. Ganbold Tserendorj of the National Statistics Office (NSO) presented the main results of "
    "the 2022\u20132023 National Child Labour Survey, carried out with ILO support. An estimated "
    "10.3 per cent of children aged 5\u201317 were in child labour and 6.1 per cent in hazardous "
    "work; four in five of them lived in herding households. He explained that the survey applies "
    "the international definition, under which child labour is work that harms a child or interferes "
    "with schooling, and pointed out that no national estimate of forced labour exists yet.")
para(
    "Ms. Enkhjargal Purevsuren, head of labour inspection at the General Agency for Specialized "
    "Inspection (GASI), reported that state inspectors carried out 1,240 inspections in 2024, 86 of "
    "them at horse races, and imposed 37 penalties for the employment of children in hazardous work. "
    "Inspectors may not enter a herding household without a complaint, she said, which leaves most "
    "child labour out of their reach.")
para(
    "Police Colonel Bat-Erdene Lkhagvasuren of the National Police Agency (NPA) said that 64 "
    "trafficking cases had been registered between 2021 and 2024, most of them involving sexual "
    "exploitation, and that nine had ended in a conviction. Victims seldom testify, he noted, "
    "because there are few shelters outside the capital.")
heading("Panel 2: Social partners, business and civil society", 2)
para(
    "Mr. Amarsaikhan Dashdorj, Vice President of the Confederation of Mongolian Trade Unions (CMTU), "
    "described the union help desk for workers leaving for the Republic of Korea under the Employment "
    "Permit System, which advised some 2,300 workers in 2024. Many of them, he said, had paid brokers "
    "between 3 and 5 million tugrik before departure.")
para(
    "For the employers, Ms. Saranchimeg Altankhuyag of the Mongolian Employers\u2019 Federation "
    "(MONEF) presented the federation\u2019s 2023 guidance note on child labour in supply chains, "
    "which 40 member companies have signed. MONEF holds a members\u2019 forum on responsible business "
    "every spring. She warned that small firms see due diligence as a cost they cannot carry.")
para(
    "Mr. Tuvshin Erdenebat of Tsagaan Tal Cashmere LLC explained that the company buys raw cashmere "
    "from some 600 herder cooperatives and audits each of them every two years. Ms. Nomin Ganzorig of "
    "the Mongolian Gender Equality Centre (MGEC) said that the centre runs the only two shelters for "
    "trafficking victims outside Ulaanbaatar and that their funding ends in mid-2026.")
heading("Discussion", 2)
para(
    "The representative of the National Human Rights Commission of Mongolia (NHRCM) asked whether "
    "inspection could be extended to herding households by regulation rather than by a change in the "
    "law. He suggested that inspectors visit herding households together with soum social workers, "
    "who already see every family at least once a year.")
para(
    "On behalf of the Dornogovi Aimag Governor\u2019s Office, Mr. Batzorig Luvsan noted that the "
    "border town of Zamyn-Uud is a transit point for women recruited for work in China. He called for "
    "a joint border desk of police and social workers in Zamyn-Uud.")
para(
    "Ms. Aiko Nakamura, Chief of Mission of the International Organization for Migration (IOM), "
    "stressed that recruitment costs are measured nowhere in Mongolia. She proposed that the NSO add "
    "a module on recruitment costs to the quarterly Labour Force Survey, in line with SDG indicator "
    "10.7.1.")
para(
    "Replying, Mr. Ganbold Tserendorj said that the NSO could add such a module in 2026 if funding "
    "for the extra interviews were found.")

heading("4. Group work and recommendations", 1)
para(
    "On the second day, participants worked in four groups, each led by a member of the national "
    "working group and asked to propose no more than six recommendations for the roadmap. The "
    "groups reported back in plenary, where the recommendations were discussed and endorsed with "
    "minor changes.")
heading("Working Group 1: Child labour in herding, horse racing and mining", 2)
para(
    "Facilitated by the Authority for Family, Children and Youth Development (AFCYD), the group "
    "found that most working children are not hidden but seen as helping their families. Working "
    "Group 1 recommended to:")
doc.bullets([
    "Register every child jockey with the soum governor\u2019s office before each racing season, "
    "and make a medical check and accident insurance compulsory for every registered rider.",
    "Ban the participation of children in races held between 1 November and 1 May.",
    "Add the handling of mercury and cyanide at artisanal gold mining sites to the list of hazardous "
    "work prohibited for children.",
    "Train soum social workers and teachers to identify children in hazardous herding work and to "
    "refer them to child protection services.",
    "Expand dormitory places in soum schools so that herder children can stay in school.",
], marker="1.")
heading("Working Group 2: Forced labour and trafficking in persons", 2)
para(
    "The group, facilitated by the Ministry of Justice and Home Affairs (MOJHA), looked at the "
    "journey of a victim from identification to court. Its recommendations were:")
doc.bullets([
    "Adopt a national referral mechanism for victims of trafficking and forced labour, with standard "
    "operating procedures for police, prosecutors, social workers and shelters.",
    "Train labour inspectors, police officers and prosecutors on the ILO indicators of forced labour.",
    "Fund at least one state shelter for victims in each region outside Ulaanbaatar.",
    "Amend the Criminal Code to make forced labour an offence separate from trafficking.",
    "Set up a joint border desk of police and social workers in Zamyn-Uud.",
], marker="1.")
heading("Working Group 3: Fair recruitment and labour migration", 2)
para(
    "IOM and the MFLSP Department of Labour Migration co-facilitated the group, which included two "
    "licensed employment agencies. Working Group 3 recommended the following actions:")
doc.bullets([
    "Amend the licensing rules for private employment agencies so that no recruitment fees or "
    "related costs are charged to workers.",
    "Publish online the list of licensed agencies and of agencies whose licence has been withdrawn.",
    "Offer pre-departure orientation in all aimag centres, not only in Ulaanbaatar.",
    "Include fair recruitment clauses in every new bilateral labour agreement.",
    "Add a recruitment cost module to the Labour Force Survey.",
], marker="1.")
heading("Working Group 4: Data, coordination and legal framework", 2)
para("Working Group 4, facilitated by the NSO, considered that the Government should:")
doc.bullets([
    "conduct a national forced labour survey using the ILO methodology, with results published "
    "before the mid-term review of the roadmap;",
    "give the National Steering Committee its own line in the state budget from 2027;",
    "ratify the Domestic Workers Convention, 2011 (No. 189);",
    "publish a yearly dashboard of Target 8.7 indicators compiled by the NSO.",
], marker="a)")
para(
    "The group also proposed the creation of a network of Target 8.7 focal points in all 21 aimags.")
heading("Plenary discussion of the group reports", 2)
para(
    "The representative of the Ministry of Education welcomed the fifth recommendation of Working "
    "Group 1. She said that the Ministry plans to open 1,200 new dormitory places in soum schools in "
    "the 2026/27 school year.")
para(
    "Speaking for the workers\u2019 group, Mr. Amarsaikhan Dashdorj asked that the trade unions sit "
    "on the National Steering Committee as full members. He also wished to see domestic workers "
    "covered by the Labour Law before any ratification of Convention No. 189.")
para(
    "MONEF agreed with the recommendation on recruitment fees but cautioned that employers in "
    "destination countries, not Mongolian firms, should bear the cost. A participant from the "
    "National University of Mongolia (NUM) put forward the idea of a yearly research conference on "
    "Target 8.7 hosted by the university.")
para(
    "It was suggested that the roadmap give a separate place to the children of migrant herders who "
    "move to the ger districts of Ulaanbaatar. After discussion, the meeting agreed to recommend that "
    "the Government designate a deputy governor in each aimag as focal point for Target 8.7.")

heading("5. Closing session: commitments announced", 1)
para(
    "The Chair, Mr. Munkhbat Sodnom, State Secretary of the MFLSP, invited partners to say what they "
    "would do in the first year of the roadmap. The announcements are recorded below as they were "
    "made.")
para("On behalf of the Government, the State Secretary said that the Government undertook to:")
doc.bullets([
    "submit the roadmap to the Cabinet for adoption by the end of the first quarter of 2026;",
    "revise the licensing regulation for private employment agencies so that workers pay no "
    "recruitment fees, by mid-2026;",
    "allocate MNT 1.5 billion from the Employment Promotion Fund to roadmap activities in FY2026;",
    "report on progress to the Global Coordinating Group every year.",
], marker="(a)")
para(
    "GASI is determined to bring herding households and horse races within routine inspection. It "
    "will issue a procedure for joint visits with soum social workers in Q2 2026, and it shall train "
    "300 state inspectors on the indicators of forced labour and child labour by the end of 2026.")
para(
    "The National Statistics Office intends to field Mongolia\u2019s first national forced labour "
    "survey in 2027, with the ILO, and to publish the results before the mid-term review of the "
    "roadmap.")
para(
    "The Ministry of Justice and Home Affairs has committed to submitting draft amendments to the "
    "Criminal Code that make forced labour a separate offence to the State Great Khural at its autumn "
    "2026 session.")
para(
    "The Authority for Family, Children and Youth Development pledged to set up an electronic "
    "register of child jockeys, linked to the child protection database, in time for the 2026 Naadam "
    "season. The president of the Mongolian National Horse Racing Association (MNHRA) said that his "
    "association would refuse to sanction races that do not check riders\u2019 age, helmets and "
    "insurance, and that it would hand the list of all child riders to the AFCYD before each season.")
para(
    "The CMTU and MONEF agreed to set up a bipartite committee on fair recruitment in the first half "
    "of 2026, and both will run a joint campaign on the employer pays principle in construction and "
    "mining. MONEF\u2019s pledge to extend its guidance note on child labour to forced labour and "
    "recruitment fees by June 2026 was welcomed by the Chair. Tsagaan Tal Cashmere LLC plans to write "
    "a child labour clause into all its purchase contracts with herder cooperatives from the 2026 "
    "combing season.")
para(
    "The UNICEF Representative indicated that his organisation intends to fund the training of 500 "
    "soum social workers on identifying and referring children in hazardous work in 2026. If funding "
    "allows, UNICEF would also extend this training to teachers in the 2027/28 school year.")
para(
    "The ILO will train 60 labour inspectors as trainers on the indicators of forced labour in the "
    "first half of 2026 and is expected to provide technical support to the NSO for the forced labour "
    "survey. IOM aims to open two migrant resource centres, in Ulaanbaatar and Erdenet, by mid-2026.")
para(
    "Speaking on behalf of the Embassy of Japan, the Counsellor indicated that her Government intends "
    "to continue its support to the ILO project on fair recruitment in Mongolia until March 2028. "
    "The NHRCM undertook to report on Target 8.7 in its annual report to the State Great Khural from "
    "2026 onwards. The MGEC will keep its hotline for trafficking victims open 24 hours a day and will "
    "co-train police investigators on victim-centred interviewing in 2026.")
para(
    "Closing the workshop, the Chair noted that the Republic of Korea plans to raise its Employment "
    "Permit System quota for 2026, which would bring more Mongolian workers into the recruitment "
    "system, and thanked the partners for their commitments.")

heading("6. Next steps", 1)
para("The following next steps were agreed at the closing session:")
doc.table([
    ["Step", "Responsible", "Timeline"],
    ["Circulate the workshop report and the draft roadmap to participants", "MFLSP",
     "by 15 November 2025"],
    ["Issue the ministerial order establishing the National Steering Committee on SDG Target 8.7",
     "MFLSP", "December 2025"],
    ["Brief development partners at a donor coordination meeting", "UN Resident Coordinator\u2019s "
     "Office, MFLSP", "3 December 2025"],
    ["Hold a validation meeting of the draft roadmap with aimag governments", "MFLSP, AFCYD",
     "February 2026"],
    ["Submit the roadmap to the Cabinet for adoption", "MFLSP", "Q1 2026"],
    ["Present the roadmap to the Global Coordinating Group", "MFLSP, with the Alliance 8.7 "
     "Secretariat", "week of 9 March 2026"],
    ["Run a training-of-trainers course on forced labour indicators for labour inspectors",
     "GASI, with the ILO", "Q2 2026"],
    ["Design the national forced labour survey and its sample", "NSO, with the ILO",
     "second half of 2026"],
], ruled="grid", widths=[260, 130, 100])
doc.spacer(6)
para(
    "It was agreed that the national working group would meet monthly until the roadmap is adopted, "
    "and that the first progress report would be prepared for the first anniversary of the workshop "
    "in October 2026. Participants are invited to send written comments on the draft roadmap to the "
    "Ministry at sdg87.mongolia@example.org by 15 November 2025.")

doc.save()
