"""Short notes of a (fictional) online meeting of the GCG Bureau: participants box, round-table
updates by member organisations, plenary preparations, key messages, a ruled action-point table
(Action | Responsible | By when) and the next meeting."""

from docgen import A4, Document

doc = Document("mr-bureau-meeting-notes.pdf", size=A4, lang="en",
               header="Alliance 8.7 | Bureau of the Global Coordinating Group | Notes - not for citation",
               footer="Alliance 8.7 Secretariat", page_numbers="Page {n} of {total}",
               title="GCG Bureau - notes of the online meeting of 11 March 2025")

_head = []


def h(title):
    """A heading kept with the block that follows it."""
    _head.append(title)


def p(text, who=""):
    """One paragraph of the notes, never split across pages; `who` is a bold lead-in."""
    def build():
        while _head:
            doc.heading(_head.pop(0), level=2)
        doc.para((f"<b>{who}</b> " if who else "") + text)
    doc.keep_together(build)


doc.title("Bureau of the Global Coordinating Group",
          subtitle="Notes of the online meeting \u2013 Microsoft Teams, 11 March 2025, "
                   "13:00\u201315:00 CET")

with doc.box("Participants"):
    doc.para("<b>Chair:</b> Ms Leila Benjelloun (Morocco).", style="small")
    doc.para("<b>Bureau members:</b> Albania, Fiji, Ghana, Jordan; ILO, IOM, UNICEF; ITUC (workers); "
             "IOE (employers); Anti-Slavery International (civil society seat).", style="small")
    doc.para("<b>Co-chair of an action group:</b> the Netherlands (Supply Chains Action Group). "
             "<b>Written update:</b> Uganda.", style="small")
    doc.para("<b>Secretariat:</b> Mr Karim Oduya, Ms Paula Restrepo (notes). "
             "<b>Apologies:</b> OHCHR.", style="small")

h("1. Opening and adoption of the agenda")
p("1.1 The Chair opened the meeting, the last of the Bureau before the GCG plenary to be held in "
  "Rabat on 17\u201318 June 2025, and recalled that the plenary would coincide with the stocktaking "
  "of the 2025 milestone of Target 8.7. The agenda was adopted.")
p("1.2 The notes of the Bureau meeting of 28 January 2025 were approved without changes.")

h("2. Round-table updates")
p("Members gave short updates, summarised below in the order of speaking.")
p("The ILO reported that the technical consultation on the next global estimates of forced labour "
  "and child labour had taken place in Geneva on 4\u20135 February. The ILO will publish a "
  "methodological note on measuring forced labour of children in Q3 2025, and is organising a "
  "regional training for labour statisticians from the Arab States in Amman in the week of "
  "22 September.", who="ILO.")
p("UNICEF aims to support Ghana and C\u00f4te d'Ivoire in rolling out child protection case "
  "management in cocoa-growing communities by mid-2026. It suggested that the plenary devote a "
  "session to children on the move, who were largely absent from pathfinder roadmaps.",
  who="UNICEF.")
p("IOM recalled that its fair recruitment programme in Jordan had been extended to the garment "
  "sector in 2024. IOM's pledge to train 80 labour inspectors of the Jordanian Ministry of Labour "
  "on forced labour indicators in the garment sector, announced at the last plenary, remains on "
  "track for the end of 2025. IOM also intends to launch a multilingual complaints hotline for "
  "migrant garment workers with the Ministry before the end of the year.", who="IOM.")
p("The representative of Jordan indicated that the Ministry of Labour is determined to train all "
  "of its labour inspectors on forced labour indicators in the garment sector within two years, "
  "building on the IOM programme. She asked whether online participation in the plenary would be "
  "possible for delegations unable to travel to Rabat.", who="Jordan.")
p("The ITUC expressed concern that workers' organizations had been consulted in only a minority "
  "of pathfinder countries when roadmaps were reviewed. The ITUC commits itself to supporting its "
  "affiliates in ten pathfinder countries to prepare shadow reports on roadmap implementation by "
  "the end of September 2025.", who="ITUC.")
p("Anti-Slavery International will coordinate civil society shadow reports on roadmap "
  "implementation in pathfinder countries, in cooperation with the ITUC, so that a consolidated "
  "report is ready for the plenary. It asked whether the Bureau could issue a public statement on "
  "recent reports of forced labour on fishing vessels operating in the Pacific; the Chair replied "
  "that such statements were outside the Bureau's mandate. It recommended that survivors of forced "
  "labour and trafficking be invited to speak in their own right at the plenary, and not only as "
  "case studies.", who="Anti-Slavery International.")
p("The IOE will host a webinar for employers' organizations on the forced labour regulation of "
  "the European Union on 15/05/2025. It noted that the regulation would apply from December 2027. "
  "If funding is confirmed, the IOE would also translate its due diligence toolkit into Arabic "
  "and French.", who="IOE.")
p("Albania reported that its pathfinder roadmap, adopted in 2024, was now being implemented. "
  "According to the Office of the National Anti-Trafficking Coordinator, the new National Action "
  "Plan against Trafficking in Persons would be submitted to the Council of Ministers by June "
  "2025.", who="Albania.")
p("Fiji confirmed that its national strategic planning workshop as a pathfinder country, "
  "postponed in 2024, is scheduled for 20\u201321 May 2025 in Suva, with the support of the ILO "
  "and IOM. Fiji also proposed that the plenary include a session led by survivors, and offered "
  "to share the experience of its survivor advisory panel.", who="Fiji.")
p("Speaking for the Ministry of Employment and Labour Relations (MELR), the representative of "
  "Ghana said that the draft of its next National Plan of Action for the Elimination of Child "
  "Labour had been validated by stakeholders in January. The Government expects to adopt the Plan "
  "before the plenary, and priority will be given to the enforcement of the hazardous activities "
  "framework in cocoa farming through district labour offices.", who="Ghana.")
p("The Netherlands, as co-chair of the Supply Chains Action Group, announced that the Group's "
  "mapping of national due diligence legislation had been completed. The Netherlands would also "
  "fund the travel of two survivor speakers to the plenary.", who="Netherlands.")
p("In a written update, Uganda informed the Bureau that the Ministry of Gender, Labour and Social "
  "Development (MGLSD) has budgeted for the recruitment of 40 additional labour officers in "
  "FY2025/26, and requested that the submission of its pathfinder progress report be postponed "
  "to September.", who="Uganda.")
p("The Secretariat reported that 19 pathfinder countries had so far submitted progress reports. "
  "The Secretariat will consolidate the progress reports received into a stocktaking report for "
  "the plenary. Viet Nam had informed it, by letter of 3 March 2025, of its wish to become a "
  "pathfinder country.", who="Secretariat.")

h("3. Preparations for the GCG plenary (Rabat, 17\u201318 June 2025)")
p("3.1 Morocco, as host, confirmed the venue and the dates. The host country shall provide "
  "interpretation in Arabic, English and French. The Ministry of Economic Inclusion, Small "
  "Business, Employment and Skills plans to organize a side event on child labour in domestic work "
  "on 16 June 2025, on the eve of the plenary.")
p("3.2 Participants suggested that the first session of the plenary be devoted to the stocktaking "
  "of the 2025 milestone, rather than to reports of the action groups. It was proposed that "
  "pathfinder countries present their progress in a marketplace format, with one table per "
  "country, instead of plenary statements.")
p("3.3 The ITUC recommended that every thematic panel include one speaker from the workers' group "
  "and one from the employers' group. Albania proposed that the plenary adopt a short outcome "
  "statement on accelerating action beyond 2025. Ghana and the IOE supported this proposal; the "
  "IOE suggested that the statement be no longer than two pages.")
p("3.4 Following the proposals of Anti-Slavery International and Fiji, the Bureau agreed that a "
  "session led by survivors would be included in the programme. The Bureau invited UNICEF and IOM "
  "to co-organize the session on children on the move proposed by UNICEF. The Chair urged members "
  "to confirm their speakers to the Secretariat by 30 April 2025.")

h("4. Alliance 8.7 beyond 2025")
p("4.1 Several members observed that, on present trends, the 2025 milestone for the elimination "
  "of child labour would be missed. The Bureau recommended that the GCG extend the Alliance 8.7 "
  "strategic framework to 2030, subject to consultation with all partners. The Bureau agreed to "
  "propose the following key messages to the plenary:")
doc.bullets([
    "Target 8.7 remains valid beyond 2025: the Alliance should set interim milestones for 2027 "
    "and 2030.",
    "Pathfinder roadmaps should be costed and linked to national budgets and development "
    "cooperation frameworks.",
    "Social dialogue should be placed at the centre of national action against forced labour and "
    "child labour.",
    "The Alliance should connect its pathfinder process more closely with the Action Pledges made "
    "under the Durban Call to Action.",
], marker="-")

h("5. Any other business")
p("5.1 Jordan informed the Bureau that it would host a regional consultation of the Arab States on "
  "fair recruitment in Amman in Q4 2025.")

h("Action points")
doc.keep_together(lambda: (doc.heading(_head.pop(0), level=2), doc.table([
    ["#", "Action", "Responsible", "By when"],
    ["1", "Circulate the revised draft programme of the plenary to Bureau members", "Secretariat",
     "21 March 2025"],
    ["2", "Consolidate the pathfinder progress reports into the 2025 stocktaking report",
     "Secretariat", "30 May 2025"],
    ["3", "Prepare the survivor-led session of the plenary, with a concept note",
     "Anti-Slavery International; Fiji", "15 April 2025"],
    ["4", "Co-organize the session on children on the move", "UNICEF; IOM", "15 April 2025"],
    ["5", "Confirm online participation arrangements for delegations unable to travel",
     "Secretariat; Morocco (host)", "30 April 2025"],
    ["6", "Present the mapping of national due diligence legislation at the plenary",
     "Netherlands (co-chair, Supply Chains Action Group)", "17\u201318 June 2025"],
    ["7", "Share the draft key messages on Alliance 8.7 beyond 2025 with GCG members for written "
     "comments", "Secretariat", "4 April 2025"],
], ruled="grid", widths=[18, 250, 130, 72])))

h("Next meeting")
p("The next meeting of the Bureau will be held online on 6 May 2025 at 13:00 CET. The Chair closed "
  "the meeting at 14:55. Contact: bureau-secretariat@example.org.")

doc.save()
