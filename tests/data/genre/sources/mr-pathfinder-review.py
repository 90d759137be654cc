"""mr-pathfinder-review: report of a (fictional) pathfinder countries peer-review meeting, Tirana 2022.

Four pathfinder countries present progress (next steps as lists, an actor-introduced (a)/(b)/(c)
list, roadmap priorities as a roman-numbered list), questions from the floor and replies,
a cross-cutting discussion, numbered conclusions, and a programme table ruled by rows.
"""

from docgen import A4, Document

doc = Document("mr-pathfinder-review.pdf", size=A4, lang="en",
               header="Alliance 8.7 - Pathfinder Countries Peer Review, Tirana, October 2022",
               footer="Report of the peer-review meeting", page_numbers="{n}/{total}",
               title="Report of the Pathfinder Countries Peer-Review Meeting")


def para(text):
    doc.keep_together(lambda: doc.para(text))


def section(title, text):
    """A country sub-heading kept on the same page as its first paragraph."""
    def build():
        doc.heading(title, level=2)
        doc.para(text)
    doc.keep_together(build)


doc.title("Report of the Pathfinder Countries Peer-Review Meeting",
          subtitle="Tirana, Albania, 17-18 October 2022")

doc.heading("1. Background and objectives")
para("The peer-review meeting of Alliance 8.7 pathfinder countries was hosted by the Government of "
     "Albania through the Ministry of Health and Social Protection, with the support of the "
     "International Labour Organization (ILO), the United Nations Children's Fund (UNICEF) and "
     "the International Organization for Migration (IOM). Four pathfinder countries, Albania, "
     "Madagascar, Fiji and Costa Rica, presented the progress made in implementing their "
     "roadmaps and received questions and comments from their peers, from observer countries "
     "and from partner organisations.")
with doc.box("At a glance"):
    doc.bullets([
        "62 participants from 9 countries and 11 organisations",
        "4 country presentations, each followed by questions from the floor",
        "Observers: Mongolia and Tunisia",
        "Working languages: English and French, with simultaneous interpretation",
    ], marker="bullet")

doc.heading("2. Country presentations")
section("2.1 Albania",
        "The Deputy Minister of Health and Social Protection recalled that Albania adopted its "
        "pathfinder roadmap in 2020, following a national strategic planning workshop held in Tirana "
        "in February 2020. Since then, the State Labour and Social Services Inspectorate (SLSSI) had "
        "carried out 420 inspections targeting child labour, and 96 children had been referred to "
        "child protection units. The next steps presented by Albania are to:")
doc.bullets([
    "integrate the roadmap priorities into the National Strategy for Development and Integration "
    "2022-2030 by mid-2023;",
    "carry out joint inspections by the SLSSI and the State Police in agriculture and "
    "construction during the 2023 summer season;",
    "adopt a protocol on the identification of child victims of trafficking in street situations "
    "in Q2 2023.",
], marker="-")
doc.heading("Questions from the floor", level=3)
para("Mongolia asked how the SLSSI coordinated with child protection units at municipal level. In "
     "reply, the representative of Albania explained that child protection workers were now "
     "notified automatically of every case of child labour identified during an inspection.")
para("UNICEF welcomed the draft protocol and indicated that it will support the training of "
     "municipal child protection workers on its use in 2023. The representative of the "
     "Confederation of Trade Unions of Albania (KSSH) regretted that workers' organisations were "
     "not represented in the national steering committee and requested a seat on it.")

section("2.2 Madagascar",
        "The Director-General of Labour of the Ministry of Labour, Employment, Civil Service and "
        "Social Laws (MTEFPLS) reported that the roadmap for 2021-2025 had been validated in May 2021 "
        "at a national strategic planning workshop in Antananarivo. Child labour remained widespread "
        "in mica mining in the south of the country and in vanilla farming in the SAVA region, where "
        "school drop-out rates increased sharply during the harvest. The Government undertook to:")
doc.bullets([
    "establish a national referral mechanism for victims of trafficking in persons by 2024;",
    "adopt the revised decree on hazardous work for children before the end of 2023;",
    "conduct a study on child labour in the mica supply chain in the Anosy and Androy regions in "
    "2023.",
], marker="(a)", indent=26)
doc.heading("Questions from the floor", level=3)
para("Tunisia asked whether the referral mechanism would also cover adult victims of forced "
     "labour. The representative of Madagascar confirmed that it would, and added that the "
     "National Office to Combat Trafficking in Persons (BNLTEH) would coordinate it.")
para("The representative of the Responsible Mica Initiative (RMI) indicated that its member "
     "companies intend to map mica processing sites in the south of Madagascar by mid-2023 and "
     "would share the results with the Ministry.")

section("2.3 Fiji",
        "The Permanent Secretary for Employment, Productivity and Industrial Relations presented "
        "Fiji's draft roadmap. Fiji expressed interest in becoming a pathfinder country in 2021 and "
        "will validate its roadmap at a national strategic planning workshop in Suva on 7-8 "
        "December 2022. The priorities of the draft roadmap are:")
doc.bullets([
    "a national referral mechanism and standard operating procedures for victims of trafficking, "
    "to be in place before the end of 2023;",
    "the first national child labour survey, to be conducted with the Fiji Bureau of Statistics "
    "in 2023;",
    "the ratification of the Protocol of 2014 to the Forced Labour Convention.",
], marker="i.", indent=26)
doc.heading("Questions from the floor", level=3)
para("IOM noted that many of the victims identified in the Pacific were fishers working on "
     "foreign-flagged vessels. IOM will co-organise with Fiji a regional webinar on referral "
     "mechanisms in the Pacific on 15/11/2022.")
para("Costa Rica asked how Fiji planned to fund the survey. Fiji replied that the survey would be "
     "financed from the national budget, with technical support from the ILO.")

section("2.4 Costa Rica",
        "The Vice-Minister of Labour and Social Security recalled that Costa Rica had held its "
        "national strategic planning workshop in San José in 2019, and that 19 cantons had since "
        "been certified as free of child labour. The Ministry of Labour and Social Security (MTSS) "
        "aims to certify ten additional cantons as free of child labour by 2024, and the Government "
        "plans to extend the strategy to indigenous territories in the second half of 2023. Costa "
        "Rica will host the next peer-review meeting in San José in the first half of 2023.")
doc.heading("Questions from the floor", level=3)
para("The Food and Agriculture Organization of the United Nations (FAO) asked how the cantonal "
     "certification addressed children working on family farms. Terre des hommes suggested "
     "involving children's councils in the certification process.")

doc.heading("3. Cross-cutting discussion")
para("The ILO presented a synthesis of the four presentations and noted that three of the four "
     "roadmaps did not yet have a costed budget.")
para("The United Nations Office on Drugs and Crime (UNODC) stressed that referral mechanisms "
     "would only work if prosecutors and judges were trained to use them. UNODC plans to deliver "
     "training for prosecutors and judges in Madagascar and Fiji in 2023.")
para("Tunisia, a pathfinder country since 2018, shared the experience of its National Authority "
     "for Combating Trafficking in Persons (INLTP) in coordinating referral between ministries.")
para("Mongolia, which submitted its letter of interest in 2022, indicated that it intends to hold "
     "its own national strategic planning workshop in Ulaanbaatar in early 2023.")

doc.heading("4. Conclusions and recommendations")
doc.para("At the close of the meeting, participants adopted the following conclusions and "
         "recommendations:")
doc.bullets([
    "Pathfinder countries should integrate their roadmap priorities into national development "
    "plans and budgets, as Albania has begun to do.",
    "Roadmaps should be costed and accompanied by a resource mobilisation plan.",
    "Madagascar and Fiji should pair up to exchange experience on setting up national referral "
    "mechanisms, with the support of IOM and UNODC.",
    "Workers' and employers' organisations should be represented in every national steering "
    "committee.",
    "Countries without recent data should conduct national child labour or forced labour surveys "
    "using methodologies endorsed by the International Conference of Labour Statisticians.",
    "The Secretariat should develop a common template for annual progress reports by March "
    "2023.",
    "The next peer-review meeting should be hosted by Costa Rica in 2023.",
], marker="1.", indent=22)
para("Participants thanked the Government of Albania for its hospitality and the excellent "
     "organisation of the meeting.")

doc.heading("Annex. Programme")
doc.table([
    ["Time", "Session", "Lead"],
    ["17 Oct, 09:00", "Opening and objectives of the peer review", "Albania, ILO"],
    ["17 Oct, 10:00", "Presentation and peer questions: Albania", "Albania"],
    ["17 Oct, 14:00", "Presentation and peer questions: Madagascar", "Madagascar"],
    ["18 Oct, 09:00", "Presentation and peer questions: Fiji", "Fiji"],
    ["18 Oct, 11:00", "Presentation and peer questions: Costa Rica", "Costa Rica"],
    ["18 Oct, 14:00", "Cross-cutting discussion; conclusions and recommendations", "Facilitator"],
], ruled="rows", widths=[80, 280, 120])
doc.save()
