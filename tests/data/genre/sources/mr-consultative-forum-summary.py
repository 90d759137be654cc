"""Summary of a regional consultative forum of Alliance 8.7 partners (Arab States, Amman, October 2025).

Reported speech throughout, numbered paragraphs, speaker turns by governments, social partners,
UN agencies and NGOs, three breakout groups with their recommendations, and the conclusions of
the forum. Fictional: people, figures and decisions are invented.
"""

from docgen import A4, Document
from b6a_layout import Numbered

doc = Document("mr-consultative-forum-summary.pdf", size=A4, lang="en",
               header="Alliance 8.7 - Regional Consultative Forum of Partners in the Arab States",
               footer="ALL87/RCF-AS/2025/3 - Summary of proceedings",
               page_numbers="{n}/{total}",
               title="Regional Consultative Forum of Alliance 8.7 Partners in the Arab States")
num = Numbered(doc)

doc.title("Regional Consultative Forum of Alliance 8.7 Partners in the Arab States",
          subtitle="Amman, Jordan, 21-22 October 2025 - Summary of proceedings")
doc.para("<i>This summary was prepared by the Alliance 8.7 Secretariat under its own responsibility. "
         "Statements are given in reported speech; it is not a verbatim record. The list of participants "
         "is issued separately as document ALL87/RCF-AS/2025/INF.2. Contact: rcf-arabstates@example.org</i>",
         style="small")

# ------------------------------------------------------------------------------------------------
doc.heading("I. Opening of the forum")
num("The Regional Consultative Forum of Alliance 8.7 Partners in the Arab States was held in Amman, "
    "Jordan, on 21 and 22 October 2025. It was hosted by the Ministry of Labour of Jordan with the "
    "support of the ILO Regional Office for Arab States and the European Union. Some 140 participants "
    "attended, representing 11 Governments, national trade union centres and employers' organisations, "
    "eight United Nations entities, the League of Arab States, the Arab Labour Organization (ALO) and "
    "21 civil society organisations. The forum was chaired by Mr Samer Odeibat, Secretary-General of the "
    "Ministry of Labour of Jordan, with Ms Amel Chaouachi (Tunisia) as Vice-Chair.")
num("Opening the forum, the Chair recalled that Jordan had ratified the Worst Forms of Child Labour "
    "Convention, 1999 (No. 182), in 2000 and had adopted its National Framework to Combat Child Labour "
    "in 2011. He announced that Jordan had submitted its letter of interest to become an Alliance 8.7 "
    "pathfinder country on 2 October 2025, and that the Ministry of Labour would convene a national "
    "strategic planning workshop in the first quarter of 2026. He added that the Government intends to "
    "update the National Framework to Combat Child Labour before the end of 2026.")
num("The Regional Director of the ILO for Arab States, Ms Hanan Dabbagh, speaking also on behalf of the "
    "co-convening agencies, observed that the region was home to some 24 million migrant workers and that "
    "conflict in Yemen, the Sudan and the Syrian Arab Republic had pushed many children into work. She "
    "recalled that the Durban Call to Action, adopted at the 5th Global Conference on the Elimination of "
    "Child Labour in May 2022, remained the common reference for the region. She hoped the forum would "
    "end with commitments that could be measured.")
num("The representative of the League of Arab States, Mr Karim Bensaid, welcomed the participation of "
    "the Arab Labour Organization. He said the League would present the outcomes of the forum to the "
    "Council of Arab Ministers of Social Affairs at its session in Cairo in December 2025.")

# ------------------------------------------------------------------------------------------------
doc.heading("II. Regional overview")
num("The Secretariat presented the regional picture. According to the 2022 Global Estimates of Modern "
    "Slavery, the Arab States had the highest prevalence of forced labour of any region, at 5.3 persons "
    "per thousand. Two thirds of the cases reported to the national referral mechanisms of the region in "
    "2024 concerned migrant domestic workers, most of them women from South and South-East Asia and East "
    "Africa. The Secretariat noted that only four countries of the region had ratified the Protocol of "
    "2014 to the Forced Labour Convention, 1930. It added that, according to press reports, the Gulf "
    "Cooperation Council planned to adopt a unified standard contract for domestic workers in 2026.")
num("Oman asked whether the regional estimates distinguished between forced labour imposed by private "
    "employers and forced labour imposed by the State. The Secretariat replied that the estimates "
    "distinguished the two, and that State-imposed forced labour was negligible in the region.")
num("The representative of UNHCR noted that more than 600,000 refugee children lived in Jordan and "
    "Lebanon alone. She added that refugee families without work permits relied on the informal earnings "
    "of their children, and that this should be borne in mind in the breakout groups.")

# ------------------------------------------------------------------------------------------------
doc.heading("III. Statements by Governments")
num("The representative of Tunisia, speaking for the National Authority for the Fight against "
    "Trafficking in Persons (INLTP), recalled that Tunisia had joined the Alliance as a pathfinder "
    "country in 2018 and had held its national strategic planning workshop in 2019. The INLTP had "
    "identified 1,313 presumed victims of trafficking in 2024, a third of them children. She stated that "
    "Tunisia undertook to:")
num.items([
    "complete its second national child labour survey by mid-2026;",
    "train 300 labour inspectors in the identification of forced labour indicators before the end of 2026; and",
    "open regional offices of the INLTP in Sfax and Gafsa.",
])
num("The representative of Jordan, from the National Council for Family Affairs (NCFA), explained that "
    "the National Framework defines child labour as any work performed by a child under 16 years of age, "
    "or hazardous work performed by a child under 18. Jordan plans to conduct a new national child labour "
    "survey with the Department of Statistics in 2026, the first since 2016. He also indicated that "
    "the NCFA would issue referral guidelines for school counsellors.")
num("The representative of Lebanon described the effect of the economic crisis, under which the share "
    "of households sending a child to work had doubled since 2019. The Ministry of Labour aims to relaunch "
    "the National Steering Committee on Child Labour within six months. He asked whether partners could "
    "help finance the child labour unit of the Ministry, which had lost half of its staff.")
num("Speaking for Iraq, the representative of the Ministry of Labour and Social Affairs (MOLSA) said that "
    "MOLSA is determined to extend the child labour monitoring system to all federal governorates by 2027. "
    "Iraq has also committed to ratifying the Protocol of 2014 to the Forced Labour Convention, 1930. She "
    "reported that a validation workshop on the national action plan against trafficking in persons had "
    "been held in Erbil on 3 June 2025.")
num("The representative of Egypt indicated that her Government intends to adopt a second National Action "
    "Plan for Combating the Worst Forms of Child Labour in 2026. She recalled that the new Labour Law, "
    "adopted in 2025, had raised the penalties for employing children. She added that the Ministry of "
    "Labour would train 500 labour inspectors to detect forced labour indicators in the second half of "
    "2026. The National Coordinating Committee for Combating and Preventing Illegal Migration and "
    "Trafficking in Persons (NCCPIM&TIP) was currently preparing a new national strategy.")
num("Morocco said it would host the next regional forum in Rabat in 2027. The representative pledged "
    "to extend the Tayssir school-support cash transfer programme to 150,000 additional rural families "
    "by 2027, and described the programme as the main instrument of the Government against child labour "
    "in rural areas.")
num("Qatar recalled the reforms introduced since 2020, including the removal of the exit permit and a "
    "non-discriminatory minimum wage. The Ministry of Labour will extend the Wage Protection System to "
    "domestic workers during 2026, the representative announced, and would open two additional Qatar "
    "Visa Centres in countries of origin.")
num("Bahrain's pledge to translate its national referral mechanism guidelines into eight languages of "
    "origin by Q3 2026 was welcomed by several participants. The representative of Bahrain, from the "
    "Labour Market Regulatory Authority (LMRA), explained that the Expat Protection Centre had assisted "
    "2,400 workers in 2024.")
num("The representative of Oman said that his Government was studying the possibility of ratifying the "
    "Domestic Workers Convention, 2011 (No. 189), subject to the conclusions of a legal review. He asked "
    "how other countries of the region had adapted their labour inspection to private households.")

# ------------------------------------------------------------------------------------------------
doc.heading("IV. Statements by workers' and employers' organisations")
num("Speaking on behalf of the workers' group, the representative of the Arab Trade Union Confederation "
    "(ATUC) said that the kafala system remained the main driver of forced labour among migrant workers in "
    "the region. She called for the abolition of the kafala system in all countries of the region and for "
    "the recognition of the right of migrant workers to form and join trade unions. She added that ATUC "
    "would set up help desks for migrant workers in five national centres by the end of 2026.")
num("The General Federation of Jordanian Trade Unions (GFJTU) undertook to organise 5,000 agricultural "
    "workers in the Jordan Valley, including Syrian refugees, within two years.")
num("On behalf of the Tunisian General Labour Union (UGTT), Mr Slim Ben Amor noted that domestic work "
    "remained outside the reach of labour inspection. He proposed that labour inspectors be empowered to "
    "enter private homes where domestic workers are employed, subject to judicial authorisation.")
num("For the employers, the representative of the International Organisation of Employers (IOE) said "
    "that buyers increasingly required suppliers in the region to demonstrate due diligence on forced "
    "labour. The IOE would welcome a regional dialogue between employers' organisations and recruitment "
    "agencies on the employer-pays principle.")
num("The Jordan Chamber of Industry (JCI) plans to extend its social compliance programme to 120 garment "
    "factories in the Qualifying Industrial Zones by 2027, its representative said. The programme "
    "currently covered 64 factories employing mainly migrant workers from South Asia.")
num("The Federation of Egyptian Industries (FEI) commits itself to publishing a child labour due "
    "diligence guide in Arabic for its member companies before the end of 2025.")
num("The General Confederation of Moroccan Enterprises (CGEM) asked whether the Alliance would recognise "
    "commitments made by individual companies as Action Pledges.")

# ------------------------------------------------------------------------------------------------
doc.heading("V. Statements by United Nations entities, intergovernmental and civil society organisations")
num("The representative of the ILO said that the Office would publish a regional study on forced labour "
    "among migrant domestic workers in the second half of 2026 and would support the training of labour "
    "inspectors in Egypt and Tunisia. The ILO would also convene a regional technical meeting on labour "
    "inspection in Tunis on 15/01/2026.")
num("UNICEF noted that in Yemen the recruitment and use of children by armed groups continued to be "
    "reported. UNICEF aims to reach 60,000 children in child labour in Lebanon, Jordan and Iraq with "
    "cash-plus services by 2027. He also asked whether the breakout groups could consider children on "
    "the move.")
num("IOM stated that it would scale up the IRIS ethical recruitment scheme with recruitment agencies in "
    "Jordan and Qatar during 2026. Since 2022, 37 agencies in the region had been certified under the "
    "scheme.")
num("UNODC is expected to deliver a regional judicial training programme on trafficking in persons for "
    "prosecutors and judges from six countries, beginning in early March 2026 in Cairo, its representative "
    "said.")
num("The representative of UNHCR urged host Governments to extend work permits to refugees in "
    "agriculture and construction, which would reduce the reliance of refugee households on child labour.")
num("The representative of OHCHR recommended that States establish independent monitoring of shelters "
    "and deportation centres where migrant domestic workers are held.")
num("The Arab Labour Organization (ALO) offered to host a regional webinar on kafala reforms during the "
    "week of 8 December 2025.")
num("On behalf of the civil society organisations present, Tamkeen Fields for Aid described cases of "
    "migrant domestic workers whose passports had been confiscated by their employers. Tamkeen intends to "
    "publish a shadow report on passport confiscation in Jordan in 2026.")
num("Anti-Slavery International asked what had become of the recommendations of earlier regional "
    "meetings. It suggested that the Alliance set up a regional mechanism to track the commitments made "
    "at the forum.")
num("Walk Free wished to see Governments publish annual data on the number of forced labour and "
    "trafficking cases investigated, prosecuted and adjudicated.")
num("The American University of Beirut (AUB) put forward the idea of a regional research network on "
    "child labour in crisis-affected settings.")

# ------------------------------------------------------------------------------------------------
doc.heading("VI. Breakout group session")
num("On the afternoon of 21 October, participants met in three breakout groups. Each group designated a "
    "rapporteur, and the recommendations listed below were reported back to the plenary on the morning of "
    "22 October.")

def _group_A():
    doc.heading("Breakout group A: Child labour in crisis-affected and refugee settings", level=2)
    doc.para("Facilitated by UNICEF and the NCFA. Rapporteur: Ms Dina Qasem (Save the Children Jordan). "
             "The group recommended:")
    doc.bullets([
        "Governments should conduct national child labour surveys at least every five years, including in "
        "refugee camps and informal settlements.",
        "Include child labour as a standard protection indicator in humanitarian response plans.",
        "Link cash transfers for refugee households to school enrolment and to referral to child protection "
        "services.",
        "The creation of a regional network of child labour focal points in ministries of education.",
    ], marker="A.1")

doc.keep_together(_group_A)


def _group_B():
    doc.heading("Breakout group B: Fair recruitment and the protection of migrant workers", level=2)
    doc.para("Facilitated by IOM and ATUC. Rapporteur: Mr Prakash Gurung (Nepal, Embassy in Amman). "
             "The group recommended:")
    doc.bullets([
        "Extend wage protection systems to migrant domestic workers in all member States of the Gulf "
        "Cooperation Council.",
        "Carry out a joint survey of the recruitment fees and related costs paid by migrant workers in the "
        "corridors between South Asia and the Gulf.",
        "Align national recruitment rules with the ILO General Principles and Operational Guidelines for "
        "Fair Recruitment.",
        "Allow migrant workers to change employers without the consent of their current employer.",
    ], marker="B.1")

doc.keep_together(_group_B)


def _group_C():
    doc.heading("Breakout group C: Trafficking in persons, access to justice and victim support", level=2)
    doc.para("Facilitated by UNODC and the INLTP. Rapporteur: Ms Rim Jaziri (Tunisia). "
             "The group recommended:")
    doc.bullets([
        "Train labour inspectors to identify forced labour indicators and to refer presumed victims to the "
        "national referral mechanism.",
        "Establish specialised prosecution units for trafficking in persons in each country of the region.",
        "Guarantee victims access to shelter and legal aid regardless of their immigration status.",
        "Ensure that victims are not punished for offences they were compelled to commit.",
    ], marker="C.1")

doc.keep_together(_group_C)


num("In the discussion of the reports, Lebanon noted that recommendation A.1 would require external "
    "funding in its case. Qatar asked that recommendation B.4 refer to labour mobility rather than to "
    "consent; the rapporteur of group B replied that the wording reflected the consensus of the group. "
    "The Philippines and Sri Lanka supported recommendation B.2 and offered to share data from their "
    "pre-departure orientation seminars.")

# ------------------------------------------------------------------------------------------------
doc.heading("VII. Conclusions and recommendations of the forum")
num("At its closing session on 22 October 2025, the forum adopted the following conclusions and "
    "recommendations:")
num.items([
    "The forum welcomed the letter of interest of Jordan to become a pathfinder country and the "
    "scheduling of its national strategic planning workshop.",
    "The forum recommended that Governments of the region progressively abolish the kafala system and "
    "allow migrant workers to change employers freely.",
    "The forum recommended the extension of wage protection systems to migrant domestic workers.",
    "The forum called for a joint survey of recruitment fees paid by migrant workers in the South "
    "Asia-Gulf corridors, to be conducted with the Alliance 8.7 Action Groups on Migration and on "
    "Supply Chains.",
    "Governments that have not yet done so should ratify the Protocol of 2014 to the Forced Labour "
    "Convention, 1930, and the Domestic Workers Convention, 2011 (No. 189).",
    "The establishment of a regional mechanism to track the commitments made at the forum, with a first "
    "progress report to the Global Coordinating Group in early March 2026.",
    "Participants are invited to register their commitments as Alliance 8.7 Action Pledges by 31 "
    "January 2026.",
    "The forum asked the Secretariat to circulate this summary to all participants and to the Global "
    "Coordinating Group.",
])
num("The forum accepted with appreciation the offer of Morocco to host its next session. The Chair "
    "thanked participants and the interpreters, and closed the forum at 5.30 p.m. on 22 October 2025.")

doc.save()
