"""ws-youth-forum: report of an online youth and survivor consultation in Europe and Central Asia,
with the participants' call to action and the responses of agencies and governments (fictional, 2021).

Two-column "What we heard" pages with quotes attributed to organisations (in boxes), a numbered
call to action in a shaded box, and responses and commitments in prose. Typographic apostrophes.
"""

from docgen import A4, Document

doc = Document("ws-youth-forum.pdf", size=A4, lang="en",
               header="Alliance 8.7 | 2021 International Year for the Elimination of Child Labour",
               footer="Youth and Survivor Consultation - Europe and Central Asia", page_numbers="p. {n}",
               title="Youth and Survivor Consultation on Child Labour and Human Trafficking - Report")

doc.title("Nothing About Us Without Us",
          subtitle="Youth and Survivor Consultation on Child Labour and Human Trafficking in Europe and "
                   "Central Asia | Report and call to action | Online, 23–24 September 2021")

doc.heading("About the consultation")
doc.para("During the 2021 International Year for the Elimination of Child Labour, the UNICEF Europe and "
         "Central Asia Regional Office (ECARO), the ILO and the Office of the OSCE Special "
         "Representative and Co-ordinator for Combating Trafficking in Human Beings (OSR/CTHB) invited "
         "young people and survivors of exploitation to tell decision-makers what must change. The "
         "consultation took place online over two half-days, with interpretation into Russian and "
         "Romanian.")
doc.para("Sixty-eight young people aged 15 to 24 and twelve survivor leaders took part, from Albania, "
         "Georgia, Kyrgyzstan, the Republic of Moldova, Romania, Serbia, Turkey, Ukraine and "
         "Uzbekistan. They were nominated by youth organisations and survivor networks. Participants "
         "under 18 took part with their parents’ consent and with a safeguarding focal point present "
         "in every session.")
doc.para("The consultation built on a preparatory webinar for youth facilitators held on 12 July 2021. "
         "Its call to action is addressed to the 5th Global Conference on the Elimination of Child "
         "Labour, to be held in South Africa in May 2022.")
with doc.box("How this report was written"):
    doc.para("Young rapporteurs from each session drafted the call to action, which was read out and "
             "adopted by participants at the end of the second day. Quotes are reproduced with "
             "permission and attributed to the participant’s organisation, not to named individuals. "
             "Survivors chose how their experience is described.", style="small")
with doc.box("The consultation in numbers", shaded=False):
    doc.bullets([
        "80 participants from 9 countries; 41 young women and 39 young men.",
        "3 thematic sessions, 14 recommendations, 7 responses from agencies and governments.",
        "1 in 3 young participants had worked in a seasonal harvest before the age of 15.",
    ], marker="-", style="small")

doc.columns(2)
doc.heading("1. What we heard")
doc.heading("Session 1: Child labour in harvests and family businesses", level=2)
doc.para("Many participants had worked in seasonal harvests as children – hazelnuts in Turkey, cotton "
         "in Central Asia, fruit in the Republic of Moldova and Romania. Most said that nobody had "
         "checked whether they were at school.", style="small")
with doc.box():
    doc.para("<i>“I picked hazelnuts every August from the age of 11. Nobody asked whether we were at "
             "school.”</i>", style="small")
    doc.para("– youth delegate, Harvest Youth Network (Turkey)", style="small")
with doc.box():
    doc.para("<i>“University students are no longer sent to the cotton fields. But who will check when "
             "the international monitors leave?”</i>", style="small")
    doc.para("– student member, Youth Union of Uzbekistan", style="small")
doc.para("A participant from the Youth of Osh Initiative (Kyrgyzstan) noted that children left behind "
         "by parents working in the Russian Federation often took over family farm work.",
         style="small")
doc.heading("Session 2: Online recruitment and trafficking", level=2)
doc.para("Participants described job offers on social media that promised work abroad, often in "
         "Germany, Italy or the United Kingdom, and asked for no experience and no language skills.",
         style="small")
with doc.box():
    doc.para("<i>“The offer promised a job in a hotel abroad. My friend never came back.”</i>",
             style="small")
    doc.para("– member, Youth for Rights Network (Republic of Moldova)", style="small")
with doc.box():
    doc.para("<i>“We learn about online safety from TikTok, not from school.”</i>", style="small")
    doc.para("– youth delegate, Digital Youth Serbia", style="small")
doc.para("A participant from La Strada-Ukraine explained that calls to the national hotline from young "
         "people about online job offers had doubled since 2019.", style="small")
doc.heading("Session 3: Support after exploitation", level=2)
doc.para("Survivor leaders described long waits for support, repeated interviews with the police and "
         "the difficulty of returning to school or work.", style="small")
with doc.box():
    doc.para("<i>“Survivors should train the police, not only be interviewed by them.”</i>",
             style="small")
    doc.para("– survivor leader, Voices of Survivors Network", style="small")
with doc.box():
    doc.para("<i>“When I came home there was no job and no school place waiting for me.”</i>",
             style="small")
    doc.para("– youth participant, Safe Pathways Albania", style="small")
with doc.box():
    doc.para("<i>“Children working in the streets of Tbilisi are treated as a public order problem, "
             "not as victims.”</i>", style="small")
    doc.para("– youth delegate, Georgian Young Advocates", style="small")
doc.para("A survivor leader from Fresh Start Collective (Romania) asked why compensation ordered by "
         "the courts was so rarely paid to victims.", style="small")

doc.columns(1)
doc.heading("2. Our call to action")
with doc.box():
    doc.para("We, the young people and survivors who took part in this consultation, call on "
             "governments, UN agencies, employers, trade unions and online platforms to:")
    for number, item in enumerate([
        "Offer summer schools and catch-up classes during harvest seasons, so that children of "
        "seasonal workers do not fall behind.",
        "Enforce the ban on hazardous work for everyone under 18, including in hazelnut and cotton "
        "harvests, through regular labour inspection.",
        "Create safe, paid apprenticeships for young people aged 15 to 17 so that they can work "
        "legally and safely.",
        "Require online platforms and job sites to verify recruitment agencies and to remove fake "
        "job offers within 24 hours.",
        "Teach digital safety and the risks of online recruitment in every secondary school.",
        "Involve survivors as co-trainers in the training of police, labour inspectors, prosecutors "
        "and social workers.",
        "Never punish victims of trafficking for crimes they were forced to commit.",
        "Guarantee every survivor access to psychological support, housing and vocational training "
        "for at least two years.",
        "Pay compensation to survivors from a state fund, without waiting for the end of criminal "
        "proceedings.",
        "Create a permanent youth and survivor advisory group for Europe and Central Asia, with a "
        "real say in regional plans on child labour and trafficking.",
        "Publish data on child labour and trafficking every year, broken down by age and sex, in "
        "formats young people can understand.",
        "Fund youth-led awareness campaigns in local languages, including Romani.",
        "Consult children and young people before adopting any national action plan on child labour "
        "or trafficking.",
        "Extend child benefits and other social protection to the families of seasonal and migrant "
        "workers.",
    ], start=1):  # docgen numbers at most 12 list items, so the 14 items are set as hanging paragraphs
        doc.para(f"<b>{number}.</b> {item}", leftIndent=20, firstLineIndent=-20, spaceAfter=3)
    doc.para("<i>Adopted by the participants on 24 September 2021.</i>", style="small")

doc.heading("3. Responses from agencies and governments")
doc.para("On the second day, representatives of agencies and governments responded to the call to "
         "action. Their responses are summarised below.")
doc.para("<b>UNICEF.</b> The UNICEF Regional Director for Europe and Central Asia thanked participants "
         "for their courage. UNICEF will establish a regional youth and survivor advisory group on "
         "child labour and trafficking by mid-2022, and will co-fund summer schools for the children "
         "of seasonal agricultural workers in Turkey in 2022.")
doc.para("<b>ILO.</b> The ILO intends to publish a youth-friendly edition of the 2020 global estimates "
         "of child labour before the end of 2021. It also pledged to involve young people in the "
         "design of its child labour projects in Central Asia.")
doc.para("<b>OSCE.</b> The Office of the OSCE Special Representative committed itself to involving "
         "survivors as co-trainers in all of its anti-trafficking training courses for police and "
         "prosecutors from 2022 onwards.")
doc.para("<b>Republic of Moldova.</b> The Ministry of Labour and Social Protection announced that the "
         "Government would hold consultations with young people and survivors before adopting its "
         "next national anti-trafficking programme, planned for 2023, and would involve survivors as "
         "co-trainers in the training of police and labour inspectors.")
doc.para("<b>Romania.</b> The National Agency against Trafficking in Persons (ANITP) undertook to "
         "launch a campaign on the risks of online recruitment, designed by young people, in the "
         "second half of 2022.")
doc.para("<b>Albania.</b> The Office of the National Anti-Trafficking Coordinator said that Albania "
         "plans to set up a state compensation fund for victims of trafficking by 2023.")
doc.para("<b>Uzbekistan.</b> The Ministry of Employment and Labour Relations stated that Uzbekistan is "
         "determined to keep the cotton harvest free of child labour and forced labour. The "
         "Federation of Trade Unions of Uzbekistan, it added, would carry out independent monitoring "
         "of the 2022 harvest.")
doc.para("<b>Serbia.</b> The Ministry of Labour, Employment, Veteran and Social Affairs set out its "
         "priority for 2022: a national helpline for young people at risk of labour exploitation, "
         "run with civil society.")
doc.para("<b>Georgia.</b> The representative of the Ministry of Internally Displaced Persons from the "
         "Occupied Territories, Labour, Health and Social Affairs recalled that Georgia had adopted a "
         "Code on the Rights of the Child in 2019, and said that street children were now referred "
         "to social services rather than to the police.")
doc.para("The Ministry of Labour and Social Security of Turkey was invited but did not attend; "
         "participants asked that it be invited to the follow-up dialogue.")

doc.heading("4. Next steps")
doc.para("Two youth delegates chosen by the participants will present the call to action at the 5th "
         "Global Conference on the Elimination of Child Labour. UNICEF and the ILO will hold a "
         "follow-up online dialogue with participants in Q1 2022 to report on progress against the "
         "responses above. Participants can stay in touch through youthconsultation@example.org.")

doc.save()
