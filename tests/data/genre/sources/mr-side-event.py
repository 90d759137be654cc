"""mr-side-event: short report of a (fictional) side event at the UN Forum on Business and Human Rights, 2025.

Page 1: main column plus a shaded sidebar listing the moderator and panel; then one column with
the summary of the discussion, key messages (bullets) and follow-up.
"""

from docgen import A4, Document

doc = Document("mr-side-event.pdf", size=A4, lang="en",
               header="Alliance 8.7 - Supply Chains Action Group - Side event report",
               footer="Side event report, November 2025", page_numbers="{n}",
               title="From pledges to practice: child labour in agricultural supply chains")
doc.sidebar_layout()


def para(text):
    doc.keep_together(lambda: doc.para(text))


doc.title("From pledges to practice: child labour in agricultural supply chains",
          subtitle="Side event at the 14th United Nations Forum on Business and Human Rights, "
                   "Palais des Nations, Geneva, 25 November 2025, 13:15-14:30")
doc.para("Organised by the Alliance 8.7 Supply Chains Action Group, the Food and Agriculture "
         "Organization of the United Nations (FAO) and the Permanent Mission of Türkiye to the "
         "United Nations Office at Geneva.", style="small")

doc.heading("Background", level=2)
doc.para("Seven in ten children in child labour work in agriculture, most of them on family farms "
         "and in the lower tiers of supply chains that are hard for buyers to see. The side event "
         "asked governments, United Nations agencies, employers and a company how the pledges made "
         "since the Durban Call to Action are being turned into practice in the hazelnut, cotton "
         "and tea sectors. Some 90 participants attended in the room and online.")

doc.heading("Opening", level=2)
doc.para("Opening the event, Mr. Javier Montes of FAO said that child labour in agriculture could "
         "not be ended by inspections alone, because most working children were unpaid family "
         "workers whom no inspector would ever meet. He invited the panel to focus on what each "
         "of them would do in the coming year.")
doc.para("The moderator, Ms. Grace Wanjiru of the Fair Labor Association (FLA), then opened the "
         "first round of questions.")

doc.heading("Summary of the discussion", level=2)
para("Mr. Aydın explained that the Ministry of Labour and Social Security had run a programme "
     "for seasonal migrant agricultural workers since 2017, including mobile monitoring teams in "
     "the hazelnut harvest. Türkiye will extend the mobile monitoring teams to all seven "
     "hazelnut-producing provinces of the Black Sea region for the 2026 harvest. He described the "
     "Ministry's priority for 2026: extending summer schools for the children of seasonal "
     "migrant agricultural workers to 40 additional districts.")
doc.next_column()
doc.heading("Panel", level=2)
doc.para("<b>Moderator</b><br/>Grace Wanjiru, Fair Labor Association (FLA)", style="small")
doc.para("<b>Panellists</b>", style="small")
for line in [
    "Murat Aydın, Director-General of Labour, Ministry of Labour and Social Security (ÇSGB), "
    "Türkiye",
    "Sadia Rehman, Secretary, Labour and Human Resource Department, Government of Punjab, "
    "Pakistan",
    "Peter Otieno, Principal Secretary, State Department for Labour and Skills Development, "
    "Kenya",
    "Rania Khoury, Child Protection Specialist, UNICEF Lebanon",
    "Javier Montes, Senior Officer, FAO",
    "Ayşe Demir, Sustainability Director, Anatolia Hazelnut Processing Co.",
    "Imran Qureshi, Secretary-General, Employers' Federation of Pakistan (EFP)",
]:
    doc.para(line, style="small")
doc.spacer(6)
doc.heading("Contact", level=3)
doc.para("Supply Chains Action Group, sc-actiongroup@example.org", style="small")

doc.columns(1)
para("Ms. Rehman recalled that the Punjab Restriction on Employment of Children Act had been in "
     "force since 2016 and that brick kilns had been the first focus of enforcement. Turning to "
     "cotton, she announced that the Labour and Human Resource Department will set up "
     "community-based child labour monitoring committees in ten cotton-growing districts of "
     "southern Punjab by 2026.")
para("Mr. Otieno noted that child labour in the tea-growing counties had declined, but that the "
     "miraa sector remained largely unregulated. He indicated that Kenya intends to roll out the "
     "National Child Labour Management Information System to all 47 counties in FY2025/26. The "
     "State Department also pledged to double the number of county child labour committees "
     "within two years.")
para("Ms. Khoury described the situation of Syrian refugee children working in agriculture in "
     "the Bekaa Valley of Lebanon, many of them for less than a third of the adult wage. She asked "
     "the companies sourcing from the region whether they were prepared to finance remediation. "
     "UNICEF could expand its cash transfer programme for refugee families in the Bekaa in 2026 "
     "if additional funding were secured.")
para("Mr. Montes announced that FAO will support the establishment of community child labour "
     "monitoring in the cotton-growing districts of Punjab in 2026, building on its farmer field "
     "schools. FAO also intends to publish guidance on child labour due diligence for "
     "agricultural cooperatives by mid-2026.")
para("Ms. Demir said that Anatolia Hazelnut Processing Co. had mapped 85 per cent of its supply "
     "chain down to orchard level. The company has committed to reach full traceability of its "
     "hazelnut sourcing by the end of 2026 and to pay a premium to farmers who take part in the "
     "monitoring scheme from the 2026 harvest. It will also fund summer schools for the children "
     "of seasonal workers in two hazelnut-growing districts from 2026.")
para("Mr. Qureshi said that employers wanted clear rules rather than a patchwork of buyer codes. "
     "The EFP will train 200 member companies in the cotton and textile sector on child labour "
     "due diligence in Q2 2026.")
para("From the floor, a representative of the Government of Australia asked how the experience "
     "of the panel could inform the statutory review of Australia's Modern Slavery Act 2018. A "
     "representative of the Pakistan Workers' Federation (PWF) stressed that living wages for "
     "agricultural workers were the precondition for keeping children in school.")

doc.heading("Key messages", level=2)
doc.bullets([
    "Community-based child labour monitoring should be scaled up in every major agricultural "
    "supply chain, with a clear link to remediation.",
    "Buyers should share the cost of monitoring and remediation with their suppliers and "
    "producers.",
    "Governments should link due diligence requirements to support for smallholders and "
    "cooperatives.",
    "Living incomes for farmers and living wages for agricultural workers should be treated as "
    "core child labour prevention measures.",
    "Children of seasonal migrant workers should have access to schools and childcare during the "
    "harvest.",
])

doc.heading("Follow-up", level=2)
doc.bullets([
    "FAO and the Employers' Federation of Pakistan agreed to co-organise a learning visit for "
    "cotton buyers to southern Punjab in March 2026.",
    "Türkiye will host a regional workshop on child labour among seasonal agricultural workers in "
    "Ankara in the week of 11 May 2026.",
    "The Supply Chains Action Group will circulate this report to Alliance 8.7 partners and hold a "
    "follow-up webinar on 20 January 2026.",
], marker="-")
doc.para("This report was prepared by the Alliance 8.7 Secretariat on behalf of the organisers. The "
         "presentations are available on request from sc-actiongroup@example.org.", style="small")
doc.save()
