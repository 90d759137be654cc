"""mr-donor-coordination-minutes.pdf: minutes of a (fictional) informal donor coordination meeting
on SDG Target 8.7: funders announce support in turn (reported speech, nominal pledges, conditional
and past funding as distractors), pathfinder countries present funding gaps, participants make
proposals, and an action-point table (Who / What / By when, ruled rows) closes the minutes, with a
short participants annex."""

from docgen import A4, Document

doc = Document("mr-donor-coordination-minutes.pdf", size=A4, lang="en",
               header="Alliance 8.7 | Informal Donor Coordination Meeting on Target 8.7 | Minutes",
               footer="DCM/2023/2/Minutes | Distribution: participants", page_numbers="Page {n} of {total}",
               title="Minutes of the Informal Donor Coordination Meeting on SDG Target 8.7")


def para(text):
    """A paragraph that is never split across two pages."""
    doc.keep_together(lambda: doc.para(text))


doc.title("Informal Donor Coordination Meeting on SDG Target 8.7",
          subtitle="Minutes | The Hague and online, 12 September 2023")
doc.table([
    ["Date and venue", "Tuesday 12 September 2023, 10:00\u201316:30, Ministry of Foreign Affairs of "
                       "the Netherlands, The Hague (hybrid)"],
    ["Chair", "Ms Marloes Verhagen, Director, Sustainable Economic Development, Ministry of "
              "Foreign Affairs of the Netherlands (MFA)"],
    ["Minutes", "Alliance 8.7 Secretariat (draft circulated on 22 September 2023; no comments "
                "received)"],
    ["Attendance", "26 participants in the room and 19 online (Annex)"],
], ruled="none", header=False, widths=[110, 360], font_size=9)
doc.spacer(4)

# ------------------------------------------------------------------------------------------
doc.heading("Item 1. Opening and adoption of the agenda", level=1)
para("1.1 The Chair welcomed participants to the second informal donor meeting of the year. "
         "She recalled that the first meeting, held in Oslo on 14 March 2023, had asked for a "
         "clearer picture of who funds what in the pathfinder countries, and that the present "
         "meeting was meant to turn that picture into fewer overlaps and more predictable funding.")
para("1.2 The agenda (DCM/2023/2/1) was adopted without amendment. The meeting was held under "
         "the Chatham House Rule; statements are therefore attributed to institutions, not to "
         "individuals, except for presenters.")

# ------------------------------------------------------------------------------------------
doc.heading("Item 2. The funding landscape for Target 8.7", level=1)
para("2.1 Ms Aiko Tanabe (ILO, Fundamental Principles and Rights at Work Branch) presented the "
         "mapping of official development assistance for Target 8.7 in 2019\u20132022. Reported "
         "disbursements fell from USD 412 million in 2019 to USD 347 million in 2022, while the "
         "number of projects rose from 188 to 241. Some 61 per cent of the funds concerned child "
         "labour, 24 per cent forced labour and trafficking, and the rest cross-cutting work. She "
         "pointed out that only 9 per cent of the total had been aligned with the priorities of a "
         "pathfinder roadmap.")
para("2.2 Walk Free added that two thirds of the projects in the mapping lasted less than three "
         "years, which in its view was too short to change enforcement practice or to survive a "
         "change of government.")
para("2.3 In the ensuing discussion, the representative of Germany observed that the "
         "contributions of the Federal Ministry for Economic Cooperation and Development (BMZ) "
         "were missing from the mapping because they had been reported under a supply chain "
         "heading. Germany undertook to send its 2019\u20132022 disbursement figures to the ILO "
         "before the end of October 2023.")
para("2.4 Japan asked whether the mapping captured South-South and triangular cooperation, and "
         "how in-kind support from UN agencies had been valued. The ILO replied that neither was "
         "yet included and that both would be flagged as gaps in the revised version.")

# ------------------------------------------------------------------------------------------
doc.heading("Item 3. Announcements of support", level=1)
para("3.1 The Chair invited funders to announce new or renewed support. The amounts below are "
         "indicative until the respective agreements are signed.")
para("3.2 Speaking for the Netherlands, the Chair announced that her Ministry would make "
         "EUR 6 million available for 2024\u20132027 to the roadmaps of Madagascar and Nepal, "
         "channelled through the ILO and UNICEF. The Ministry would also finance the design of a "
         "shared online tracker of Target 8.7 funding, to be hosted by the Alliance 8.7 "
         "Secretariat.")
para("3.3 The representative of Norway confirmed that the Norwegian Agency for Development "
         "Cooperation (Norad) had approved a grant of NOK 45 million to the ILO to strengthen "
         "labour inspection in the mica-producing regions of southern Madagascar over "
         "2024\u20132026.")
para("3.4 The United States Department of Labor (USDOL) indicated that its Bureau of "
         "International Labor Affairs (ILAB) intends to fund a four-year project to train labour "
         "inspectors in the mica-producing regions of Madagascar, with an award expected in "
         "FY2024.")
para("<b>The meeting took note that the Norwegian and United States announcements concern the "
         "same inspectorate in the same regions, and welcomed the readiness of both funders to "
         "coordinate their support (see action points).</b>")
para("3.5 Employment and Social Development Canada (ESDC), Labour Program, stated that Canada "
         "plans to launch a call for proposals of CAD 5 million on forced labour in supply chains "
         "in the first half of 2024.")
para("3.6 Australia's pledge to double its support to the Bali Process Regional Support Office "
         "(RSO) for work on trafficking in the fishing sector, to AUD 3 million a year from July "
         "2024, was welcomed by several participants.")
para("3.7 The European Commission (DG INTPA) reported that a Team Europe Initiative on decent "
         "work in global supply chains was under preparation. The Commission would be in a "
         "position to confirm amounts in early 2024, subject to the adoption of its annual action "
         "programme.")
para("3.8 The Meridian Trust for Children (MTC), a private foundation, undertook to match, "
         "dollar for dollar and up to USD 2 million, any new public contribution to Nepal's "
         "roadmap made during 2024\u20132025.")
para("3.9 The Halvorsen Foundation said it was considering support to survivor-led "
         "organisations in the Sahel but could not commit before its board meets in December. "
         "Japan informed the meeting that its current contributions to ILO projects in Asia run "
         "until March 2025 and that it had no new announcement to make.")

# ------------------------------------------------------------------------------------------
doc.heading("Item 4. Funding needs of pathfinder countries", level=1)
para("4.1 Mr Rajendra Adhikari, Joint Secretary, Ministry of Labour, Employment and Social "
         "Security (MoLESS), Nepal, presented the costed plan of Nepal's roadmap, validated at a "
         "national workshop in Kathmandu in May 2023. The plan amounts to USD 14.5 million over "
         "five years, of which 38 per cent is currently funded. He indicated that his Government "
         "would allocate NPR 120 million from the national budget for FY2024/25 to the National "
         "Master Plan on Child Labour. He suggested that donors channel their support through a "
         "single basket fund for the roadmap, managed jointly by MoLESS and the ILO.")
para("4.2 Ms Hanitra Rakotomalala, Director of Labour, Ministry of Labour, Employment and the "
         "Civil Service (MTEFP), Madagascar, described child labour in vanilla and mica and the "
         "shortage of inspectors outside Antananarivo: 142 labour inspectors cover the whole "
         "country. She announced that Madagascar would hold a national forum on child labour in "
         "the vanilla sector in Antalaha during the week of 16 October 2023. The Ministry intends "
         "to recruit 60 additional labour inspectors by 2025.")
para("4.3 Ms Luc\u00eda Paredes Quispe, Ministry of Labour and Employment Promotion (MTPE), "
         "Peru, said that Peru's roadmap gives priority to forced labour in informal gold mining "
         "in Madre de Dios and to child labour in coffee. MTPE would publish the results of the "
         "second national survey on forced labour in 2024. She asked donors to fund the "
         "roadmap's priorities rather than stand-alone projects, and suggested that donors use "
         "the country roadmaps as their sole planning reference.")
para("4.4 Questions from the floor followed. The IOE asked how national employers' "
         "organisations could be brought into the roadmap budgets. The ITUC stressed that none "
         "of the three costed plans included a budget line for trade unions, and noted that "
         "social dialogue was essential to the credibility of the roadmaps.")

# ------------------------------------------------------------------------------------------
doc.heading("Item 5. Proposals for better coordination", level=1)
para("5.1 Several proposals were made in the discussion:")
doc.bullets([
    "Walk Free proposed a shared online tracker of Target 8.7 funding, updated twice a year, "
    "listing donor, country, theme and implementing partner.",
    "UNICEF suggested that donors pool part of their support to pathfinder countries in a "
    "multi-donor fund, so that roadmaps could be financed as a whole.",
    "The ITUC recommended that every funded project include a budget line for social dialogue "
    "with national trade unions.",
    "The IOE proposed that employers' organisations be represented in the donor groups at "
    "country level.",
    "In the view of IOM, funded projects should apply a common due diligence checklist for fair "
    "recruitment.",
    "The ILO called for results to be reported against the Alliance 8.7 indicator framework "
    "instead of project-specific indicators.",
    "Several participants recommended that the donor meeting be held twice a year, back to back "
    "with meetings of the Global Coordinating Group (GCG).",
], marker="-")
para("5.2 The Chair summarized that the tracker enjoyed broad support, while a pooled fund "
         "needed more analysis. <b>It was agreed that the Secretariat would prepare a short note on "
         "options for a pooled pathfinder fund for the next meeting.</b>")

# ------------------------------------------------------------------------------------------
doc.heading("Item 6. Any other business and closing", level=1)
para("6.1 Canada offered to host the next meeting in Ottawa in the first half of 2024. The "
         "Secretariat will present the outcome of the present meeting to the GCG at its meeting "
         "in Geneva on 28\u201329 November 2023. A webinar introducing the funding tracker to "
         "implementing partners is planned for 15/11/2023.")
para("6.2 The Chair thanked participants and closed the meeting at 16:30.")

# ------------------------------------------------------------------------------------------
doc.heading("Action points", level=1)
doc.table([
    ["No.", "Who", "What", "By when"],
    ["1", "Netherlands (MFA)", "Issue the terms of reference for the online funding tracker",
     "31 October 2023"],
    ["2", "Germany (BMZ)", "Send 2019\u20132022 disbursement data to the ILO for the mapping",
     "31 October 2023"],
    ["3", "ILO", "Circulate the revised funding mapping to all participants", "30 November 2023"],
    ["4", "Norway (Norad)", "Hold a joint call with USDOL to align support to labour inspection "
     "in Madagascar", "Before the end of 2023"],
    ["5", "USDOL / ILAB", "Share the draft project design for Madagascar with Norad and the ILO",
     "Before the end of 2023"],
    ["6", "Walk Free", "Share its data methodology with the Netherlands for the tracker",
     "15 November 2023"],
    ["7", "Secretariat", "Prepare an options note on a pooled pathfinder fund", "Next meeting"],
], ruled="rows", widths=[28, 100, 250, 92], font_size=9)

# ------------------------------------------------------------------------------------------
doc.heading("Annex. Participants (extract)", level=2)
doc.table([
    ["Name", "Organisation"],
    ["Ms Marloes Verhagen (Chair)", "Ministry of Foreign Affairs, Netherlands"],
    ["Mr Eirik Sandvold", "Norad, Norway"],
    ["Ms Dana Whitfield", "USDOL, Bureau of International Labor Affairs (ILAB)"],
    ["Ms Genevi\u00e8ve Arsenault", "ESDC Labour Program, Canada"],
    ["Mr Tobias Kellner", "BMZ, Germany"],
    ["Ms Aiko Tanabe", "ILO, Geneva"],
    ["Mr Rajendra Adhikari", "MoLESS, Nepal"],
    ["Ms Hanitra Rakotomalala", "MTEFP, Madagascar"],
    ["Ms Luc\u00eda Paredes Quispe", "MTPE, Peru"],
    ["Secretariat contact", "donor-coordination@example.org"],
], ruled="grid", widths=[170, 300], font_size=8.5)

doc.save()
