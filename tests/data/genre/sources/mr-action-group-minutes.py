"""mr-action-group-minutes: minutes of an online meeting of the (fictional) Migration Action Group, 2024.

Round-table updates by member organisations (bold lead-ins), a short discussion, and an
"Action points" table (who / what / by when) typeset WITHOUT ruling lines.
"""

from docgen import A4, Document

doc = Document("mr-action-group-minutes.pdf", size=A4, lang="en",
               header="Alliance 8.7 - Migration Action Group", footer="MAG/14/Minutes",
               page_numbers="Page {n} of {total}",
               title="Minutes of the 14th meeting of the Migration Action Group")


def update(lead, text):
    """One round-table update: the member's name in bold, then its update."""
    doc.keep_together(lambda: doc.para(f"<b>{lead}</b> {text}"))


doc.title("Minutes of the 14th meeting of the Migration Action Group",
          subtitle="Online (Zoom), 9 October 2024, 13:00-15:00 CEST")
doc.table([
    ["Co-chairs", "International Organization for Migration (IOM) and Department of Migrant Workers "
                  "(DMW), Philippines"],
    ["Participants", "27 participants from 19 member organisations (attendance list kept by the "
                     "Secretariat)"],
    ["Minutes", "Alliance 8.7 Secretariat"],
], ruled="none", header=False, widths=[80, 400])
doc.spacer(6)

doc.heading("1. Welcome and adoption of the agenda")
doc.para("The IOM co-chair, Ms. Leila Farouk, opened the meeting and welcomed two new members, the "
         "Ministry of Manpower of Indonesia and Migrant Forum in Asia (MFA). The agenda was adopted. "
         "The minutes of the 13th meeting, held online on 3 July 2024, were approved without "
         "changes.")

doc.heading("2. Round-table updates from members")
doc.para("Members were invited to share, in no more than three minutes each, developments since "
         "the last meeting and their plans for the coming months.")
update("IOM.", "IOM reported that 12 recruitment agencies in Nepal and Bangladesh had obtained "
       "IRIS ethical recruitment certification since January 2024. Over the coming months, IOM "
       "will train consular officials and labour attachés of countries of origin posted in the "
       "Gulf on forced labour indicators, with the aim of reaching 300 officials by June 2025.")
update("ILO.", "The ILO informed members that its fair recruitment training package for labour "
       "inspectors had been translated into Arabic and Bahasa Indonesia. It plans to deliver a "
       "training module on forced labour indicators for labour attachés and consular staff posted "
       "in the Gulf in Q1 2025, in cooperation with its Regional Office for Arab States in "
       "Beirut.")
update("Philippines (DMW).", "The co-chair from the Department of Migrant Workers recalled that the "
       "Philippines had ratified the Domestic Workers Convention, 2011 (No. 189) in 2012. The DMW "
       "will review the rules on placement fees for domestic workers deployed abroad, to bring "
       "them into line with the employer pays principle, before the end of 2024.")
update("Bangladesh.", "The representative of the Ministry of Expatriates' Welfare and Overseas "
       "Employment (MoEWOE) noted that workers bound for the Gulf still paid migration costs "
       "equivalent to many months of wages. Her Ministry intends to revise the Overseas Employment "
       "and Migrants Rules in FY2024/25 so that recruitment fees are no longer charged to workers, "
       "in line with the employer pays principle.")
update("Qatar.", "Qatar highlighted that the Wage Protection System now covered more than 96 per "
       "cent of eligible workers. The Ministry of Labour plans to open two additional Labour "
       "Dispute Settlement Committees in 2025 to shorten the time taken to resolve wage claims.")
update("Mexico.", "Mexico reported that the Secretariat of Labour and Social Welfare (STPS) and the "
       "National Migration Institute (INM) had signed an agreement on joint inspections of "
       "seasonal agricultural work in 2023. Mexico aims to add a complaints mechanism in Spanish "
       "and Indigenous languages to the Seasonal Agricultural Workers Program with Canada by "
       "2025.")
update("Guatemala.", "The representative of the Ministry of Labour and Social Welfare (MINTRAB) of "
       "Guatemala asked whether the Action Group could facilitate a peer exchange with Mexico on "
       "the recruitment of temporary workers for the H-2A visa programme of the United States. "
       "Mexico responded positively, and both countries agreed to nominate focal points for the "
       "exchange by the end of October 2024.")
update("Italy.", "Italy informed members that a new national plan against labour exploitation and "
       "caporalato in agriculture was being drafted, following the expiry of the 2020-2022 plan. "
       "The Ministry of Labour and Social Policies expects to adopt the new plan by mid-2025.")
update("Indonesia.", "Indonesia indicated that it is determined to extend the one-roof integrated "
       "service for the placement and protection of migrant workers (LTSA) to all provinces by "
       "the end of 2025.")
update("UNODC.", "UNODC drew attention to the growing number of people trafficked into online scam "
       "centres in South-East Asia, many of them recruited through fake job advertisements. It "
       "will convene an expert group meeting on trafficking for forced criminality in Bangkok, "
       "Thailand, on 26-27 November 2024.")
update("Migrant Forum in Asia.", "MFA urged countries of destination to extend the protection of "
       "labour law to migrant domestic workers and to ratify Convention No. 189. MFA will publish "
       "a shadow report on recruitment fees in five Asian migration corridors in the first quarter "
       "of 2025.")
update("ITUC.", "The International Trade Union Confederation (ITUC) announced that it would extend "
       "its Migrant Recruitment Advisor platform, which allows workers to review recruitment "
       "agencies, to Qatar and Saudi Arabia in 2025.")
update("IOE.", "The International Organisation of Employers (IOE) stressed that responsible "
       "recruiters needed a level playing field and that enforcement against unlicensed agencies "
       "mattered as much as new rules.")
update("UNHCR.", "UNHCR reported that 40 refugees from Afghanistan and Syria had been placed in "
       "jobs in Italy and Canada through labour mobility pathways in 2024.")

doc.heading("3. Joint guidance note on fair recruitment corridors")
doc.para("The Secretariat presented the state of play of the joint guidance note requested by the "
         "Global Coordinating Group. In the discussion that followed, members agreed that the note "
         "would focus on three corridors: Nepal-Qatar, Bangladesh-Saudi Arabia and "
         "Philippines-Italy.")
doc.para("UNHCR suggested adding a section on refugees' access to labour mobility pathways, which "
         "was supported by several members. The IOE asked that the corridor studies also look at "
         "the costs borne by employers in countries of destination.")
doc.para("IOM and the ILO noted that their planned trainings for consular officials and labour "
         "attachés overlapped. It was agreed that the two organisations would merge them into a "
         "single joint programme and present a concept note at the next meeting.")
doc.para("The co-chairs proposed a joint session with the Supply Chains Action Group on "
         "worker-paid recruitment fees in early 2025; the proposal was welcomed.")

doc.heading("4. Regional review of the Global Compact for Migration")
doc.para("IOM briefed members on preparations for the Asia-Pacific Regional Review of the Global "
         "Compact for Safe, Orderly and Regular Migration, to be held in Bangkok from 3 to 5 March "
         "2025. The Action Group agreed to submit a joint written input to the regional review by "
         "31 January 2025, drawing on the round-table updates.")
doc.para("Indonesia suggested that the input should highlight the protection of migrant fishers "
         "on foreign-flagged vessels.")

doc.heading("5. Any other business and next meeting")
doc.para("The Secretariat reminded members of the Alliance 8.7 webinar on migrant workers in "
         "global supply chains scheduled for 14/11/2024 and of the launch of the ILO report on "
         "recruitment costs in Asian migration corridors on 29 October. The next meeting of the "
         "Action Group will be held online on 11 December 2024.")

doc.heading("Action points")
doc.table([
    ["No.", "Who", "What", "By when"],
    ["1", "IOM, ILO", "Merge the planned trainings for consular officials and labour attachés "
                      "into a joint programme and circulate a concept note", "15 November 2024"],
    ["2", "Secretariat", "Circulate the draft outline of the guidance note on fair recruitment "
                         "corridors", "31 October 2024"],
    ["3", "DMW (Philippines)", "Share the draft revised rules on placement fees with members for "
                               "comments", "December 2024"],
    ["4", "MoEWOE (Bangladesh)", "Present the planned revision of the recruitment rules",
     "11 December 2024"],
    ["5", "ILO, MFA", "Share available data on recruitment costs (SDG indicator 10.7.1) for the "
                      "three corridors", "30 November 2024"],
    ["6", "UNODC", "Circulate the outcome of the expert group meeting on scam centres", "Q1 2025"],
    ["7", "Guatemala, Mexico", "Hold a bilateral exchange on the recruitment of temporary "
                               "agricultural workers, with IOM support", "Q1 2025"],
    ["8", "Co-chairs", "Prepare the joint written input to the regional review of the Global "
                       "Compact for Migration", "31 January 2025"],
    ["9", "Co-chairs, Secretariat", "Organise the joint session with the Supply Chains Action "
                                    "Group", "Early 2025"],
], ruled="none", widths=[28, 105, 270, 80], font_size=9)
doc.save()
