"""Outcome note of a fictional inter-regional workshop (Amman, April 2024) with four breakout groups.

Each group has its own section ("Breakout group C - Recruitment fees") whose bullets mix the
group's recommendations with commitments of named organisations; a plenary section gives the
interventions and the agreed next steps, and a Follow-up table (Action | Lead | By when) lists the
leads' commitments. Builds ../ws-breakout-recommendations.pdf.
"""

from docgen import A4, Document

doc = Document("ws-breakout-recommendations.pdf", size=A4, lang="en",
               header="Alliance 8.7 Action Group on Migration - Inter-regional technical workshop, "
                      "Amman, 23-24 April 2024",
               footer="Outcome note - final version, 20 May 2024",
               page_numbers="{n}/{total}",
               title="Fair recruitment and forced labour in the Africa-Arab States corridors: "
                     "outcome note")


def P(text, style="body"):
    """A paragraph that is never split over two pages (keyed spans stay on one page)."""
    doc.keep_together(lambda: doc.para(text, style=style))


def bl(items, marker="bullet"):
    """A bulleted list whose items are never split over two pages."""
    for item in items:
        doc.keep_together(lambda: doc.bullets([item], marker=marker))


def group(title, lead, intro, items, after=None):
    """One breakout group section: heading, facilitation line, introduction, bulleted list."""
    def build():
        doc.heading(title, level=2)
        doc.para(f"<i>{lead}</i>", style="small")
        doc.para(intro)
    doc.keep_together(build)
    bl(items)
    if after:
        P(after)


doc.title("Fair Recruitment and Forced Labour in the Africa-Arab States Migration Corridors",
          subtitle="Inter-regional technical workshop - Amman, Jordan, 23-24 April 2024 - "
                   "Outcome note")
P("Organised by the Alliance 8.7 Action Group on Migration with the ILO Regional Office for "
         "Arab States and the International Organization for Migration (IOM), and hosted by the "
         "Ministry of Labour of Jordan.", style="small")

with doc.box("At a glance"):
    doc.table([
        ["Dates and venue", "23-24 April 2024, Amman (Jordan)"],
        ["Participants", "71 participants: government delegations of Egypt, Ethiopia, Jordan, "
                         "Kenya, Kuwait, Lebanon, Qatar and Uganda; employers' and workers' "
                         "organisations; UN agencies; civil society and academia"],
        ["Preparatory work", "Online preparatory webinar on 12 March 2024; country notes from five "
                             "delegations"],
        ["Format", "Opening session, four breakout groups, plenary report-back and agreement on "
                   "next steps"],
        ["Contact", "Secretariat of the action group: migration-ag@example.org"],
    ], header=False, ruled="none", widths=[110, 340], font_size=9)

doc.heading("1. Background", level=1)
P("The corridors linking Ethiopia, Kenya, Uganda and Egypt with the countries of the Gulf "
         "Cooperation Council, Jordan and Lebanon carry several hundred thousand workers every "
         "year, most of them women employed in domestic work. The 2022 global estimates found that "
         "migrant workers are more than three times as likely to be in forced labour as other "
         "adult workers. In a survey of 1,200 returnees carried out for this workshop, workers "
         "from East Africa reported paying recruitment fees and related costs equivalent to four "
         "to nine months of their wages abroad, and one in five had had their passport confiscated "
         "by an employer.")
P("Several countries have reformed their rules in recent years. Qatar removed the exit "
         "permit requirement for most workers and introduced a non-discriminatory minimum wage; "
         "Jordan launched an online complaint platform for migrant workers in 2021; Kenya and "
         "Uganda concluded bilateral labour agreements with several destination countries; and the "
         "Uganda Association of External Recruitment Agencies (UAERA) adopted a code of conduct "
         "for its members in 2022. These reforms have not yet reached most domestic workers, who "
         "remain outside the labour law in several countries of destination.")
P("The workshop was the main activity of the action group's 2024 work plan on fair "
         "recruitment. It aimed to take stock of progress since the preparatory webinar, to agree "
         "on practical recommendations for governments, recruiters and employers, and to collect "
         "the commitments of participating organisations.")

with doc.box("Key messages from the discussions"):
    doc.bullets([
        "Recruitment fees and related costs remain the main route into debt bondage in the "
        "corridors.",
        "Domestic workers are the least protected group: private households are rarely inspected "
        "and complaints often lead to the worker's arrest for absconding.",
        "Countries of origin and of destination hold complementary data but seldom share them.",
    ], marker="-")

doc.heading("2. Opening session", level=1)
P("Mr. Farouk Al-Hadidi, Secretary-General of the Ministry of Labour of Jordan, opened the "
         "workshop. He said that Jordan was home to more than 300,000 registered migrant workers "
         "and that the Ministry had submitted Jordan's letter of interest to become an Alliance 8.7 "
         "pathfinder country in January 2024. The national strategic planning workshop would take "
         "place in Amman on 10-11 September 2024, with the participation of the social partners.")
P("Ms. Leila Mansour, Deputy Regional Director of the ILO Regional Office for Arab States, "
         "stressed that fair recruitment was the test of every labour migration reform, and that "
         "the ILO General Principles and Operational Guidelines for Fair Recruitment offered a "
         "common reference for countries of origin and destination alike.")
P("Speaking for IOM as co-chair of the action group, Mr. Samuel Ochieng recalled that the "
         "workshop had been requested by members at the preparatory webinar held online on 12 March "
         "2024, and invited participants to leave Amman with commitments that could be followed up "
         "by the action group.")

doc.heading("3. Breakout groups", level=1)
P("On the afternoon of 23 April and the morning of 24 April, participants worked in four "
         "breakout groups. Each group appointed a rapporteur and agreed on recommendations, which "
         "are reproduced below as reported to the plenary. Offers and commitments announced by "
         "participants during the group discussions appear in the same lists, under the name of "
         "the organisation that made them.")

group("Breakout group A - Labour inspection in domestic work",
      "Facilitator: Ms. Nadia Khoury (ILO). Rapporteur: Mr. Yousef Al-Mutairi (Public Authority "
      "for Manpower, Kuwait).",
      "The group examined how labour inspectors can reach workers in private households. "
      "Participants described a pilot in Amman in which inspectors visit households with the "
      "employer's consent, and noted that Lebanon's standard unified contract for domestic workers "
      "had been suspended by a court decision in 2020. The group's recommendations, with the offers "
      "made during the discussion, were as follows:",
      [
          "Extend the mandate of labour inspectors to private households employing domestic "
          "workers, with safeguards for the privacy of the household.",
          "Train labour inspectors in countries of destination to recognise the ILO indicators of "
          "forced labour among domestic workers, including confiscated passports and withheld "
          "wages.",
          "The Ministry of Labour of Jordan offered to host a study visit for labour inspectors from "
          "Kuwait and Lebanon on its household inspection pilot before the end of 2024.",
          "Ratify and apply the Domestic Workers Convention, 2011 (No. 189).",
          "Set up a hotline for domestic workers, open around the clock, in Amharic, Swahili, "
          "Luganda and Arabic.",
          "The ILO will produce a training module on inspecting private households, in Arabic and "
          "English, by October 2024.",
      ])

group("Breakout group B - Access to justice and remedy",
      "Facilitators: Mr. Karim Benali (UNODC) and Ms. Sofia Lindgren (OHCHR). Rapporteur: "
      "Ms. Hiba Darwish (Tamkeen for Legal Aid and Human Rights).",
      "The group heard that most complaints by migrant domestic workers never reach a court, "
      "because workers who leave an abusive employer are reported for absconding and lose their "
      "residence status. It put forward the following recommendations and offers:",
      [
          "Guarantee that migrant workers can file complaints without risk of arrest, detention or "
          "deportation, including after they have left an abusive employer.",
          "Allow workers with a pending complaint to stay and work legally in the country until "
          "their case is decided.",
          "Adopt joint referral protocols between labour courts, public prosecutors and "
          "anti-trafficking units, so that cases of forced labour are not handled as mere labour "
          "disputes.",
          "OHCHR undertook to compile good practices on migrant workers' access to justice in the "
          "corridors and to share them with participants by September 2024.",
          "Tamkeen for Legal Aid and Human Rights will provide free legal assistance to 600 migrant "
          "domestic workers in 2024-2025 and will share anonymised case data with the group.",
          "The delegation of Kenya committed to posting labour attach\u00e9s to its embassies in "
          "Amman and Kuwait City by the end of 2024.",
      ],
      after="The group also asked whether embassies of countries of origin could be given a formal "
            "role in labour court proceedings. No conclusion was reached on this point.")

group("Breakout group C - Recruitment fees",
      "Facilitator: Ms. Marta Esteves (IOM). Rapporteur: Mr. David Mwangi (ITUC).",
      "Participants agreed that the employer pays principle is the only workable standard, and "
      "that fees charged in the country of origin are often hidden as training or medical costs. "
      "Participants also noted that the fees reported by Ugandan domestic workers had fallen since "
      "UAERA adopted its code of conduct. Breakout group C recommended the following:",
      [
          "Enshrine the employer pays principle in national law, so that no recruitment fees or "
          "related costs are charged to workers in either the country of origin or the country of "
          "destination.",
          "Include a clause prohibiting recruitment fees and related costs in every new bilateral "
          "labour agreement and memorandum of understanding between countries of the corridors.",
          "IOM offered to draft a model zero-fee clause for bilateral labour agreements and to "
          "circulate it to the action group by August 2024.",
          "Publish online, in each country of origin, the list of licensed private employment "
          "agencies and of agencies whose licence has been suspended.",
          "The Ministry of Labour and Skills (MoLS) of Ethiopia said that it would publish the list "
          "of licensed private employment agencies online every quarter from July 2024.",
          "UNODC offered to share its case digest on fraudulent recruitment and to train "
          "prosecutors in Ethiopia and Kenya on recruitment-related trafficking cases in the second "
          "half of 2024.",
          "The Kenya Association of Private Employment Agencies (KAPEA) pledged that its member "
          "agencies would stop charging placement fees to domestic workers bound for the Gulf from "
          "January 2025.",
          "Give preference in public procurement to companies that recruit through agencies "
          "certified under IRIS, IOM's International Recruitment Integrity System, or an equivalent "
          "scheme.",
      ])

group("Breakout group D - Data and evidence",
      "Facilitator: Mr. Tomasz Nowak (ILO). Rapporteur: Dr. Wanjiru Kamau (University of "
      "Nairobi).",
      "The group reviewed the sources available on the corridors: labour force surveys, surveys of "
      "returnees, consular records and complaint files. Participants asked whether data on workers "
      "in an irregular situation could be collected without exposing them to enforcement. The "
      "group's recommendations and the commitments made in it were as follows:",
      [
          "Measure the recruitment costs borne by workers (SDG indicator 10.7.1) in labour force "
          "surveys and in surveys of returning migrants in countries of origin.",
          "The Kenya National Bureau of Statistics (KNBS) will add a module on recruitment costs to "
          "the 2025 round of the Kenya Continuous Household Survey.",
          "The Ethiopian Statistics Service (ESS) plans to include questions on recruitment costs "
          "in its labour migration survey in 2025.",
          "The ILO will provide technical support to both statistical offices, in line with its "
          "guidelines on measuring recruitment costs.",
          "Share anonymised administrative data on complaints lodged by migrant workers between "
          "the ministries of labour of countries of origin and destination, on the basis of "
          "data-sharing agreements.",
          "Develop a corridor dashboard bringing together data on recruitment costs, complaints and "
          "prosecutions.",
      ])

doc.heading("4. Plenary session", level=1)
P("The rapporteurs presented the groups' recommendations in plenary on 24 April. The "
         "session was chaired by Ms. Ana Luc\u00eda Paredes (Peru), co-chair of the action group. "
         "The main points of the discussion are summarised below.")
P("The representative of Kuwait's Public Authority for Manpower (PAM), Mr. Yousef "
         "Al-Mutairi, said that Kuwait had set a minimum wage for domestic workers and created a "
         "dedicated department for domestic labour. He noted that household inspection raised "
         "constitutional questions in Kuwait and that the first recommendation of group A could "
         "not be applied there without a change in the law.")
P("Speaking for the Arab Trade Union Confederation (ATUC), Ms. Rana Khalil asked how trade "
         "unions in countries of destination could represent migrant domestic workers where the "
         "law did not allow them to join unions.")
P("Mr. Omar Zoubi, of the Jordan Chamber of Industry (JCI), said that garment exporters in "
         "Jordan already reimbursed recruitment fees paid by their workers. The Chamber would share "
         "its members' experience with the Ethiopian Employers' Federation (EEF) and the Federation "
         "of Kenya Employers (FKE) at a joint session later in 2024.")
P("The representative of the Ministry of Labour of Qatar, Ms. Maryam Al-Sulaiti, reported "
         "that the wage protection system now covered most private sector workers. Qatar intends "
         "to extend the Workers' Support and Insurance Fund to domestic workers in the course of "
         "2025.")
P("The delegate of Uganda, Mr. Moses Okello, of the Ministry of Gender, Labour and Social "
         "Development (MGLSD), recalled that Uganda, as a pathfinder country, had included labour "
         "migration among the priorities of its national roadmap. Uganda would revise its "
         "regulations on the recruitment of Ugandan migrant workers abroad to ban all fees charged "
         "to workers by the end of 2024.")
P("The delegate of Kenya, Ms. Grace Wambui, of the State Department for Labour and Skills "
         "Development, welcomed the recommendations of group C. Kenya would send a letter of "
         "interest to become a pathfinder country after the national validation workshop on its "
         "labour migration policy, to be held in Nairobi on 15/07/2024.")
P("The representative of the Ministry of Labour of Lebanon noted that the economic crisis "
         "had left many migrant domestic workers stranded without pay, and asked IOM whether its "
         "assisted voluntary return programme could be expanded.")
P("The representative of the Ministry of Labour of Egypt said that Egypt was both a country "
         "of origin and a country of transit. The Ministry would open two new pre-departure "
         "orientation centres, in Assiut and Sohag, in FY2024/25.")

doc.heading("Agreed next steps", level=2)
P("At the close of the plenary, participants agreed on the following next steps:")
doc.keep_together(lambda: doc.bullets([
    "Develop a model zero-fee clause for bilateral labour agreements, building on the work of "
    "breakout group C, for discussion by the action group.",
    "Set up an informal network of the labour inspectorates of the corridors to exchange practice "
    "on inspecting private households.",
    "Present the recommendations of the four breakout groups to the Alliance 8.7 Action Group on "
    "Migration at its meeting in the week of 17 June 2024.",
    "Hold a follow-up webinar on access to justice for migrant domestic workers in the fourth "
    "quarter of 2024.",
    "Invite Saudi Arabia and the United Arab Emirates, which were not represented, to take part in "
    "future activities on the corridors.",
    "Review progress at a second inter-regional workshop, to be held in Nairobi or Addis Ababa in "
    "2025.",
], marker="1."))

doc.page_break()
doc.heading("5. Follow-up", level=1)
doc.para("The table lists the follow-up actions that participating organisations agreed to lead. "
         "The secretariat of the action group will track them and report at each meeting of the "
         "action group.")
doc.table([
    ["Action", "Lead", "By when"],
    ["Circulate the draft model zero-fee clause for bilateral labour agreements to members",
     "IOM", "August 2024"],
    ["Publish the training module on inspecting private households (Arabic and English)",
     "ILO Regional Office for Arab States", "October 2024"],
    ["Host a study visit of Kuwaiti and Lebanese labour inspectors to the household inspection "
     "pilot", "Ministry of Labour, Jordan", "Q4 2024"],
    ["Share the compilation of good practices on access to justice", "OHCHR", "September 2024"],
    ["Organise the follow-up webinar on access to justice for migrant domestic workers",
     "UNODC and OHCHR", "Q4 2024"],
    ["Present the workshop recommendations to the Action Group on Migration",
     "Co-chairs (IOM and Peru)", "Week of 17 June 2024"],
    ["Add a recruitment cost module to the Kenya Continuous Household Survey", "KNBS", "2025 round"],
    ["Put the list of licensed private employment agencies online and update it every quarter",
     "MoLS, Ethiopia", "From July 2024"],
    ["Hold the national strategic planning workshop on Target 8.7", "Ministry of Labour, Jordan",
     "10-11 September 2024"],
], widths=[260, 120, 90], ruled="grid", font_size=9)

doc.spacer(10)
doc.heading("Annex 1. Programme", level=1)
doc.table([
    ["Time", "Session"],
    ["<b>Tuesday 23 April</b>", ""],
    ["09.00-10.30", "Opening session: Ministry of Labour of Jordan; ILO Regional Office for Arab "
                    "States; IOM, co-chair of the action group"],
    ["10.45-12.30", "Panel: what workers pay - findings of the returnee survey"],
    ["14.00-17.30", "Breakout groups A to D (first session)"],
    ["<b>Wednesday 24 April</b>", ""],
    ["09.00-11.00", "Breakout groups A to D (second session) and drafting of recommendations"],
    ["11.30-13.30", "Plenary: report-back by the rapporteurs and discussion"],
    ["14.30-16.00", "Agreement on next steps and follow-up; closing"],
], widths=[90, 380], ruled="rows", font_size=9, spans=[(0, 1, 1, 1), (0, 5, 1, 5)])


def annex2():
    doc.heading("Annex 2. Participating institutions", level=1)
    doc.table([
        ["Category", "Institutions"],
        ["Governments", "Egypt: Ministry of Labour. Ethiopia: Ministry of Labour and Skills (MoLS); "
                        "Ethiopian Statistics Service (ESS). Jordan: Ministry of Labour. Kenya: State "
                        "Department for Labour and Skills Development; Kenya National Bureau of "
                        "Statistics (KNBS). Kuwait: Public Authority for Manpower (PAM). Lebanon: "
                        "Ministry of Labour. Qatar: Ministry of Labour. Uganda: Ministry of Gender, "
                        "Labour and Social Development (MGLSD). Peru: Ministry of Labour and "
                        "Employment Promotion (co-chair of the action group)."],
        ["Employers", "Jordan Chamber of Industry (JCI); Ethiopian Employers' Federation (EEF); "
                      "Federation of Kenya Employers (FKE); Kenya Association of Private Employment "
                      "Agencies (KAPEA); Uganda Association of External Recruitment Agencies (UAERA)"],
        ["Workers", "Arab Trade Union Confederation (ATUC); International Trade Union Confederation "
                    "(ITUC)"],
        ["United Nations", "ILO Regional Office for Arab States; IOM; UNODC; OHCHR"],
        ["Civil society and academia", "Tamkeen for Legal Aid and Human Rights; University of Nairobi"],
    ], widths=[110, 360], ruled="grid", font_size=9)

doc.keep_together(annex2)

doc.save()
