"""bn-action-pledges-digest: a digest (December 2021) of Action Pledges by governments,
businesses, unions and NGOs, grouped by theme in two columns, closing with a one-column table
of pledges by actor and deadline."""

from reportlab.lib.units import mm

from bn_layout import BnDocument

doc = BnDocument("bn-action-pledges-digest.pdf", band=44 * mm, lang="en",
                 header="Alliance 8.7 - Action Pledges Digest No. 2 - December 2021",
                 footer="International Year for the Elimination of Child Labour 2021",
                 page_numbers="{n} / {total}", title="Action Pledges Digest No. 2")

BODY = dict(fontSize=9, leading=12, spaceAfter=5)


def p(text):
    doc.para(text, **BODY)


def theme(text):
    doc.para(text, style="h1", fontSize=12, leading=15, keepWithNext=1)


def h(text):
    doc.para(text, style="h3", keepWithNext=1)


doc.masthead(2)
doc.title("Action Pledges Digest", subtitle="No. 2 | December 2021 | Pledges received July to "
          "November 2021")
doc.para("2021, the International Year for the Elimination of Child Labour, closes with more than "
         "300 Action Pledges. This digest presents a selection of those received between July "
         "and November from governments, businesses, trade unions and civil society, grouped by "
         "theme. The Global Coordinating Group, which met virtually on 23-24 November 2021, "
         "welcomed the pledges. A table of pledges by actor and deadline closes the issue.",
         fontSize=9.5, leading=12.5)
doc.next_column()

# --- Child labour -------------------------------------------------------------------------------
theme("Child labour")
h("Governments")
p("The Federal Government of Nigeria pledged to adopt its revised National Policy on Child "
  "Labour in 2022 and to launch a national child labour survey before the end of 2023. The "
  "Federal Ministry of Labour and Employment will also train 500 labour inspectors in child "
  "labour detection, with a focus on mining and agriculture in the northern states.")
p("In the Philippines, the Department of Labor and Employment (DOLE) commits to profiling "
  "400,000 children in child labour and linking their families to livelihood support by 2025.")
p("Mexico's Secretariat of Labour and Social Welfare (STPS) pledged to update the list of "
  "hazardous occupations for adolescents in the first half of 2022. The National Institute of "
  "Statistics and Geography (INEGI) will field the next child labour module (MTI) in Q4 2022, "
  "five years after the last one.")
h("Employers and unions")
p("The Employers' Confederation of the Philippines (ECOP) undertook to enrol 200 member "
  "companies in a child labour-free workplace certification scheme by the end of 2022. The "
  "Nigeria Labour Congress (NLC) pledged to set up child labour monitoring committees in 20 "
  "mining communities within two years.")

# --- Forced labour and trafficking --------------------------------------------------------------
theme("Forced labour and trafficking")
h("Ratification")
p("Two governments have pledged to ratify the 2014 Protocol to the Forced Labour Convention. "
  "Nigeria will ratify the Protocol by mid-2022, its Minister told the closing event. Morocco, "
  "which adopted a law on domestic workers in 2016, has committed to ratifying the Protocol "
  "before the end of 2022.")
h("Funding and research")
p("The Netherlands undertook to finance a three-year programme on forced labour in seafood "
  "supply chains in Thailand and Cambodia, with EUR 4 million a year from 2022. Anti-Slavery "
  "International will publish an annual index of government action on forced labour in cotton "
  "supply chains, starting in 2022.")
h("Support for survivors")
p("Hope Bridge Nigeria, a national NGO based in Benin City, pledged to open two shelters for "
  "survivors of trafficking returning from Libya by the end of 2022. Its director asked donors "
  "to fund psychosocial care for at least three years.")

# --- Supply chains ------------------------------------------------------------------------------
theme("Supply chains")
p("Verdant Apparel Group, a garment sourcing company with suppliers in Pakistan and Egypt, will "
  "map its supply chain down to cotton ginning level by 2023 and publish the list of its "
  "tier-one and tier-two suppliers online. Southbridge Seafood Co., an importer based in "
  "Canada, pledged to map its supply chain to the vessel level by 2023 and to fund independent "
  "worker interviews on the vessels supplying it.")
p("Not every submission was a pledge. Several described past achievements, such as audits "
  "completed in 2020, or asked governments to act, and are not included here.")

# --- Migration ----------------------------------------------------------------------------------
theme("Migration and fair recruitment")
p("The Trade Union Congress of the Philippines (TUCP) plans to open migrant worker desks in "
  "Riyadh and Doha in 2022. Morocco's Ministry of Economic Inclusion, Small Business, Employment "
  "and Skills intends to extend its fair recruitment programme for seasonal farm workers going "
  "to Spain to 20,000 workers in 2022. At the global level, the ITUC will campaign for the "
  "ratification of C189 in ten countries of the Arab States region by 2025.")

# --- Social protection and education -------------------------------------------------------------
theme("Social protection and education")
p("The Government of Ethiopia intends to link 50,000 households with working children to the "
  "Urban Productive Safety Net Programme by 2024, with technical support from the World Bank. "
  "Education International (EI) pledged to train 10,000 teachers in East and West Africa to "
  "spot pupils at risk of dropping out into work, and its member union, the Ethiopian "
  "Teachers' Association (ETA), will run "
  "back-to-school campaigns in Addis Ababa and Hawassa.")

# --- Crisis settings ----------------------------------------------------------------------------
theme("Conflict and humanitarian settings")
p("UNHCR and UNICEF will screen for child labour in the cash assistance programmes they run for "
  "refugee families in Lebanon from 2022. Lebanon's Ministry of Labour aims to reconvene its "
  "National Steering Committee on child labour in the first quarter of 2022, for the first time "
  "since 2019. How the committee will be funded is still unclear.")

# --- Data and research --------------------------------------------------------------------------
theme("Data and research")
p("The Faculty of Law of the University of Lagos committed to building an open database of "
  "court decisions on child labour and trafficking in West Africa by 2024. ILO and UNICEF, for "
  "their part, plan to release new global estimates of child labour in 2025, as they did in June "
  "2021.")
p("Would a common reporting template make pledges easier to follow? Several pledge-makers "
  "suggested so; the Secretariat is considering the idea.")

with doc.box("Pledges in numbers"):
    doc.bullets([
        "312 Action Pledges were received in 2021, 96 of them between July and November.",
        "41 per cent came from governments, 27 per cent from business, 14 per cent from "
        "workers' and employers' organisations and 18 per cent from civil society and academia.",
        "Two in three pledges concern child labour; one in five concerns forced labour.",
    ], style="small", indent=10)

# --- Closing event ------------------------------------------------------------------------------
with doc.box("Voices from the closing event"):
    doc.para("At the online closing event of the International Year on 2 December 2021, "
             "Nigeria's Minister of Labour and Employment said that his Government would table "
             "the Protocol before the National Assembly in January 2022. The IOE "
             "Secretary-General noted that 60 per cent of business pledges came from small and "
             "medium-sized enterprises. Speaking for civil society, Anti-Slavery International "
             "asked governments to report on their pledges every year.", style="small")
    doc.para("Participants recommended that pledge-makers report progress through a common "
             "online form, and that the Alliance publish a yearly review of progress on the "
             "pledges.", style="small")

h("Coming up")
p("A webinar on tracking pledges will take place on 14/01/2022. A regional consultation for "
  "Latin America follows in the week of 7 February 2022, and the V Global Conference on the "
  "Elimination of Child Labour is planned for May 2022 in Durban, South Africa.")

# --- Summary table (one column) ---------------------------------------------------------------
doc.columns(1)
doc.heading("Pledges with a deadline in 2022 or 2023, by actor", level=1)
doc.para("The table lists the pledges above that carry a deadline, in order of deadline. Pledges "
         "without a deadline and those running beyond 2023 are not shown.", style="small")
doc.table([
    ["Actor", "Type", "Pledge", "Theme", "Deadline"],
    ["Mexico (STPS)", "Government", "Update the list of hazardous occupations for adolescents",
     "Child labour", "First half of 2022"],
    ["Nigeria", "Government", "Ratify the 2014 Protocol to the Forced Labour Convention",
     "Forced labour", "Mid-2022"],
    ["Nigeria", "Government", "Adopt the revised National Policy on Child Labour", "Child labour",
     "2022"],
    ["TUCP", "Trade union", "Open migrant worker desks in Riyadh and Doha", "Migration", "2022"],
    ["Morocco", "Government", "Ratify the 2014 Protocol to the Forced Labour Convention",
     "Forced labour", "End of 2022"],
    ["ECOP", "Employers", "Enrol 200 member companies in child labour-free certification",
     "Child labour", "End of 2022"],
    ["Hope Bridge Nigeria", "NGO", "Open two shelters for returning survivors of trafficking",
     "Trafficking", "End of 2022"],
    ["Mexico (INEGI)", "Government", "Field the next child labour module (MTI)", "Child labour",
     "Q4 2022"],
    ["Nigeria", "Government", "Launch a national child labour survey", "Child labour",
     "End of 2023"],
    ["Verdant Apparel Group", "Business", "Map the supply chain down to cotton ginning level",
     "Supply chains", "2023"],
    ["Southbridge Seafood Co.", "Business", "Map the supply chain to the vessel level",
     "Supply chains", "2023"],
], ruled="grid", widths=[95, 70, 182, 68, 66], font_size=8.5)
doc.spacer(8)
doc.para("Pledges can be submitted or updated at any time. Contact: pledges-87@example.org.",
         style="small")
doc.save()
