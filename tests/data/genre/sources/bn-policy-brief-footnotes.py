"""bn-policy-brief-footnotes: a two-column policy brief (June 2022) with numbered footnotes
citing sources and a shaded recommendations box at the end."""

from reportlab.lib.units import mm

from bn_layout import BnDocument

doc = BnDocument("bn-policy-brief-footnotes.pdf", band=50 * mm, lang="en",
                 header="Alliance 8.7 Policy Brief No. 4 - June 2022",
                 footer="Rule of Law and Governance Action Group", page_numbers="{n}",
                 title="Policy Brief No. 4: Reaching children on farms")

BODY = dict(fontSize=9, leading=12, spaceAfter=5)


def p(text):
    doc.para(text, **BODY)


def h(text):
    doc.para(text, style="h2", keepWithNext=1)


fn = doc.footnote

doc.masthead(2)
doc.title("Reaching children on farms: labour inspection and child labour in agriculture",
          subtitle="Policy Brief No. 4 | June 2022 | Alliance 8.7 Rule of Law and Governance "
          "Action Group")
doc.para("<i>Most child labour happens on farms, where labour inspectors seldom go. This brief "
         "looks at how five countries are taking inspection to rural areas, and sets out what "
         "governments, social partners and donors can do.</i>", fontSize=9.5, leading=12.5)
doc.next_column()

h("Summary")
p("Seven in ten children in child labour work in agriculture," + fn(
    "ILO and UNICEF, Child Labour: Global estimates 2020, trends and the road forward, New York, "
    "2021.") + " yet labour inspectors rarely reach farms. This brief draws on the experience of "
  "Malawi, Uganda, Paraguay, Türkiye and Egypt, and on a regional workshop held in Kampala in "
  "February 2022, to show how inspection systems can be extended to rural areas.")

h("1. Why farms escape inspection")
p("In most low-income countries, labour inspectorates are concentrated in capital cities and "
  "cover formal enterprises only. In Malawi, 38 inspectors were responsible for more than "
  "30,000 tobacco estates and tenancies in 2021." + fn(
      "Ministry of Labour, Malawi, Labour inspection annual report 2021, Lilongwe, 2022.") +
  " Family farms are often excluded from inspection by law, and inspectors lack vehicles, fuel "
  "and the legal mandate to enter private land. Where inspectors do visit, they rarely speak to "
  "the children themselves.")
p("Hazardous work lists are a second gap. Several national lists date from the early 2000s and "
  "say nothing about the pesticides now in common use, or about tasks such as harvesting at "
  "night. Can an inspector act against work that the law does not name?")

h("2. What countries are doing")
p("<b>Malawi.</b> An Alliance 8.7 pathfinder country since 2019, Malawi ratified the 2014 "
  "Protocol to the Forced Labour Convention in 2019 and revised its list of hazardous work in "
  "2020. The Ministry of Labour has set itself the goal of inspecting every registered tobacco "
  "estate at least once a year by 2024. It also plans to double the number of district labour "
  "officers, to 76, in FY2022/23, and will equip each district office with a motorcycle.")
p("<b>Uganda.</b> The Ministry of Gender, Labour and Social Development (MGLSD) is determined "
  "to place a labour officer in each of the country's 146 districts, and will update its list "
  "of hazardous work for children by 2023 to cover pesticide handling. The Employment Act of "
  "2006 allows light work on family farms, and a review of that exemption is under "
  "discussion." + fn("Republic of Uganda, Employment Act, 2006, section 32; MGLSD, Strategic "
                     "plan 2020/21-2024/25, Kampala, 2020."))
p("<b>Paraguay.</b> Paraguay expressed interest in becoming an Alliance 8.7 pathfinder country "
  "in 2021 and will hold its national strategic planning workshop in the second week of "
  "November 2022. Its list of hazardous child labour, set by Decree 4951 of 2005, has not been "
  "revised for 17 years. The Ministry of Labour, Employment and Social Security (MTESS) aims to "
  "adopt a revised list in the second half of 2022, and its inspectors shall carry out joint "
  "inspections with the Public Prosecutor's Office during the sesame and sugarcane harvests.")
p("<b>Türkiye.</b> Türkiye has declared seasonal agriculture a priority sector for the "
  "elimination of child labour and will deploy mobile inspection teams in the provinces of Ordu "
  "and Giresun during the August 2022 hazelnut harvest. The Ministry of Labour and Social "
  "Security also intends to extend summer schools for the children of seasonal migrant workers "
  "to 30 provinces.")
p("<b>Egypt.</b> The National Council for Childhood and Motherhood (NCCM) is expected to launch "
  "a national action plan against child labour in cotton-growing governorates in the second "
  "half of 2022. The Ministry of Manpower has trained 120 inspectors in child labour detection "
  "since 2020.")

h("3. Lessons from the Kampala workshop")
p("A regional workshop on rural labour inspection, held in Kampala on 22-24 February 2022 with "
  "support from the ILO and FAO, brought together inspectors from eleven African countries. "
  "Participants recommended that inspection visits be timed to harvest calendars, and that "
  "agricultural extension workers be trained to identify child labour and refer cases to "
  "labour officers.")
p("At the closing session, the Federation of Uganda Employers (FUE) said it would issue "
  "guidance on age verification to its members in the tea and sugar sectors. The National "
  "Organisation of Trade Unions (NOTU) argued that labour officers also need the power to issue "
  "fines on the spot." + fn("Outcome note of the regional workshop on rural labour "
                            "inspection, Kampala, 25 February 2022."))
p("The Durban Call to Action, adopted at the 5th Global Conference on the Elimination of Child "
  "Labour in Durban in May 2022, calls on governments to strengthen labour inspection in the "
  "rural economy." + fn("Durban Call to Action on the Elimination of Child Labour, adopted on "
                        "20 May 2022."))

h("4. Paying for rural inspection")
p("Few inspectorates can pay for rural visits from their own budgets. FAO intends to add a "
  "child labour module to the farmer field schools it supports in Malawi and Uganda from 2023, "
  "and the ILO plans to second two inspection advisers to the MGLSD before the end of "
  "2022." + fn("FAO and ILO, Joint work plan on child labour in agriculture 2022-2023, Rome and "
               "Geneva, 2022."))
p("Norway would fund a three-year rural inspection programme in East Africa if its parliament "
  "approves the 2023 development budget. Should inspectors also be able to sanction the buyers "
  "of crops produced with child labour? Several workshop participants argued so, but no "
  "government has yet proposed it.")

h("5. Next steps")
p("The Action Group will present this brief at its meeting in Geneva on 14 July 2022. Members "
  "will also discuss a joint webinar with FAO on hazardous work lists, provisionally planned for "
  "the week of 19 September 2022, and a regional dialogue for the Southern Cone in Montevideo in "
  "late October 2022.")

with doc.box("Recommendations"):
    doc.para("<b>Governments should:</b>", style="small")
    doc.bullets([
        "extend the mandate of labour inspectors to all agricultural workplaces, including "
        "family farms where children work for others;",
        "revise national hazardous work lists at least every five years, covering pesticides "
        "and night work;",
        "budget for transport and fuel so that district labour offices can reach rural "
        "workplaces.",
    ], marker="-", style="small", indent=12)
    doc.para("<b>Employers' and workers' organisations should:</b>", style="small")
    doc.bullets([
        "include age verification and child labour referral in agricultural supply chain codes;",
        "train rural union organisers to report child labour to labour officers.",
    ], marker="-", style="small", indent=12)
    doc.para("<b>Donors and UN agencies should:</b>", style="small")
    doc.bullets([
        "fund pooled training for labour inspectors and agricultural extension workers, "
        "building on the Kampala workshop.",
    ], marker="-", style="small", indent=12)

doc.para("Contact: rule-of-law-ag@example.org", style="small")
doc.save()
