"""Two-column thematic brief on forced labour in fishing, with a sidebar of country pledges (fictional)."""

from reportlab.lib.units import mm

from ws_peer_learning_exchange_layout import BriefDocument

doc = BriefDocument("bn-thematic-brief-2col.pdf", lang="en", masthead_height=50 * mm,
                    header="Alliance 8.7 Thematic Brief No. 7 - Supply Chains Action Group",
                    footer="Forced labour at sea - September 2024", page_numbers="{n}",
                    title="Forced labour at sea: closing the protection gap for fishers")

BODY = dict(fontSize=9.4, leading=12.6, spaceAfter=5)


def p(text):
    doc.para(text, **BODY)


# --- page 1: masthead and two columns ----------------------------------------------------------
doc.masthead_layout()
doc.para("ALLIANCE 8.7 THEMATIC BRIEF  |  SUPPLY CHAINS ACTION GROUP  |  No. 7, SEPTEMBER 2024",
         style="small", textColor="#2A7F8E")
doc.title("Forced labour at sea: closing the protection gap for fishers")
doc.para(
    "<i>Fishers work far from shore, often for months at a time, beyond the reach of labour "
    "inspectors. This brief summarises what is known about forced labour and trafficking in the "
    "fishing sector, sets out the pledges made in 2024 by flag, coastal and labour-source States, "
    "companies and unions, and recommends what governments, buyers and the Alliance should do "
    "next.</i>", fontSize=10.5, leading=14.5)
doc.next_column()

with doc.box("Key messages"):
    doc.bullets([
        "Forced labour at sea is a labour rights problem before it is a fisheries problem, and labour "
        "ministries should handle it alongside fisheries agencies.",
        "The pledges of 2024 are a start; governments should report publicly every year on what they "
        "have done.",
        "Buyers of seafood should extend their due diligence beyond the processing plant to the "
        "vessel.",
    ], marker="bullet", style="small", indent=12)

doc.heading("1. Why fishing?", 2)
p("Fishing combines almost every known risk factor for forced labour: isolation at sea, long trips "
  "with transhipment of catch so that vessels need not return to port, crews recruited abroad "
  "through chains of brokers, and pay that depends on the catch. The Action Group's scoping study "
  "counted roughly 130,000 fishers in situations of forced labour on industrial vessels." +
  doc.footnote("Supply Chains Action Group, Fishing sector scoping study, Geneva, 2023, p. 12."))
p("Migrant fishers are most exposed. Many pay recruitment fees of several months' wages before "
  "they board and start their contract in debt. Identity documents are often kept by the captain. "
  "When a vessel owner goes bankrupt or a vessel is detained, crews can be abandoned in a foreign "
  "port with no wages and no ticket home.")
p("Coastal communities are affected too. In West Africa, boys from inland areas are still found "
  "working on canoes and in fish processing, and some industrial trawlers have been linked to "
  "beatings and withheld wages reported by fisheries observers.")

doc.keep_together(lambda: (doc.heading("2. What has changed since 2019", 2), p(
  "The legal framework is stronger than it was. Thailand ratified the Work in Fishing Convention, "
  "2007 (No. 188) in 2019, the first country in Asia to do so, and now requires fishers' wages to be "
  "paid into bank accounts." + doc.footnote("ILO NORMLEX, ratifications of C188, consulted on 2 "
  "September 2024."))))
p("The FAO Port State Measures Agreement gives port States the right to inspect foreign fishing "
  "vessels, although its focus is illegal fishing rather than labour. A 2016 joint FAO-ILO review "
  "had already recommended that port States check working and living conditions on board foreign "
  "vessels; few have done so." + doc.footnote("Joint FAO-ILO technical review, 2016, as quoted in "
  "the scoping study, p. 31."))
p("Buyers have also moved. Several large retailers now require their seafood suppliers to audit "
  "vessels, but audits are rarely carried out at sea and seldom involve fishers themselves. Whether "
  "flag States with open registries will follow the new pledges remains an open question.")
with doc.box("The sector in figures"):
    doc.bullets([
        "About 4 in 10 crew on distant-water vessels are migrants.",
        "Average recruitment fee reported by migrant fishers: 4.5 months' wages.",
        "Share of port inspections in 2023 that looked at labour conditions: under 3 per cent.",
    ], marker="bullet", style="small", indent=12)
    doc.para("Source: scoping study, tables 2 to 5.", style="small", textColor="#555555")

# --- page 2: main column and sidebar of country pledges ----------------------------------------
doc.sidebar_layout()
doc.heading("3. What governments committed to in 2024", 1)
p("Labour-source States moved first. Under its Migrant Workers' Protection Roadmap 2024-2028, the "
  "Government of Indonesia will issue a standard sea work agreement for Indonesian fishers employed "
  "on foreign vessels, with a ban on recruitment fees, by the end of 2025. The Ministry of Marine "
  "Affairs and Fisheries (KKP) is also due to train 300 fisheries inspectors and port officers in "
  "forced labour indicators before the end of 2025.")
p("The Philippines, for its part, undertook through the Department of Migrant Workers (DMW) to adopt "
  "a standard employment contract for Filipino fishers on foreign-flagged vessels that prohibits "
  "placement fees, in the first half of 2025. Both countries will also exchange, every six months, "
  "the lists of agencies licensed to recruit fishers.")
p("Flag and coastal States in West Africa made the most far-reaching legal pledges, listed in the "
  "sidebar. Ghana's pledge to ratify C188 was first announced at the Our Ocean Conference in Athens in "
  "April 2024 and confirmed at a side event of the 36th session of the FAO Committee on Fisheries "
  "(COFI) in Rome in July 2024." + doc.footnote("Pledges as announced; the Secretariat has not "
  "verified their implementation."))
p("Donors are following. Norway, through the Norwegian Agency for Development Cooperation (Norad), "
  "committed to fund a three-year programme on decent work in fisheries in West Africa from 2025, to "
  "be implemented by the ILO and FAO.")
p("Some gaps remain. None of the pledges so far comes from a State with an open ship register, and "
  "only two deal with fishers who are abandoned in port. If the International Maritime Organization "
  "(IMO) Cape Town Agreement on fishing vessel safety enters into force, flag States would also have "
  "to certify the safety of vessels of 24 metres and over, which would give inspectors a further "
  "reason to board.")
p("What do the pledges add up to? Taken together, they cover the recruitment of migrant fishers in "
  "two of the main labour-source countries, the ratification of C188 in two West African States and "
  "new inspection and payment rules in the Pacific and in Peru. They do not yet cover the vessels "
  "themselves on the high seas, where most abuses reported by fishers take place.")
with doc.box("Box 1. What C188 requires"):
    doc.para("The Work in Fishing Convention, 2007 (No. 188) sets minimum standards for work on board "
             "fishing vessels: a written work agreement, minimum hours of rest, food and drinking "
             "water, medical care, social security, repatriation at no cost to the fisher, and the "
             "regulation of private recruitment and placement services. It entered into force in "
             "2017. A State that ratifies it must inspect its vessels, and may inspect foreign vessels "
             "that call at its ports.", style="small")

doc.next_column()
doc.heading("Country pledges at a glance", 2)
doc.para("Pledges announced to the Secretariat in 2024, by country.", style="small")
for country, items in [
    ("Ghana", [
        "Ratify the Work in Fishing Convention, 2007 (No. 188) by 2025",
        "Make crew lists mandatory for every industrial trawler from January 2025 (Fisheries "
        "Commission)",
    ]),
    ("Senegal", [
        "Ratify C188 during 2025",
        "Revise the Merchant Shipping Code to cover fishers' working conditions (Ministry of "
        "Fisheries and Maritime Economy)",
        "Send a letter of interest to become an Alliance 8.7 pathfinder country by December 2024",
    ]),
    ("Fiji", [
        "Require licensed tuna longliners to pay crew wages electronically into individual bank "
        "accounts by 2026",
        "Carry out joint labour and fisheries inspections in the port of Suva with the Pacific "
        "Islands Forum Fisheries Agency (FFA) from Q2 2025",
    ]),
    ("Peru (pathfinder country)", [
        "Extend SUNAFIL labour inspections to artisanal fishing vessels of over 10 gross tonnes in "
        "2025",
        "Publish a first national study on forced labour in artisanal fishing (Ministry of Labour "
        "and Employment Promotion, MTPE) in 2026",
    ]),
]:
    doc.heading(country, 3)
    doc.bullets(items, marker="-", style="small", indent=12)
doc.spacer(6)
doc.para("Ministries named in brackets lead the pledge. Pledges of Indonesia, the Philippines and "
         "Norway are described in the main text.", style="small", textColor="#555555")

# --- pages 3-4: two columns ----------------------------------------------------------------------
doc.columns(2)
doc.heading("4. What we heard", 1)
p("The Action Group consulted 64 participants from governments, social partners, companies and "
  "civil society online on 12 March 2024. The main points, as recorded by the Secretariat, were "
  "these." + doc.footnote("Summary by the Secretariat; speakers checked the wording of their "
  "statements."))
p("The representative of the International Transport Workers' Federation (ITF) argued that no "
  "certification scheme could replace a union on board, and proposed that port States allow union "
  "inspectors to board foreign fishing vessels.")
p("Ghana's Fisheries Commission reported that observers had documented beatings and withheld wages "
  "on 14 industrial trawlers in 2023.")
p("FAO recalled that the Port State Measures Agreement already allows port States to inspect "
  "foreign vessels, and suggested that fisheries inspectors be trained to recognise forced labour "
  "indicators and to refer suspected cases to labour inspectors.")
p("The Environmental Justice Foundation (EJF) asked whether companies would publish the names of the "
  "vessels they buy from.")
p("Speaking for the Philippines, the DMW proposed that flag and labour-source States share the "
  "results of vessel inspections through a common database.")
p("Stella Maris stressed that fishers abandoned in foreign ports often have no money, no documents "
  "and no way home, and called for a repatriation fund financed by flag States.")
p("The representative of Meridian Ocean Foods said that the company would require all supplier "
  "vessels to pay crew wages by bank transfer to individual accounts by the end of 2025.")
p("The Ghana Employers' Association warned that small fleet owners could not afford satellite "
  "connectivity for every vessel.")
p("Dr Mere Vakatale of the University of the South Pacific (USP) noted that Pacific fishers rarely "
  "know which authority to complain to once their vessel has left port.")
p("Participants suggested that the Alliance set up a peer review of flag States' performance on "
  "fishers' working conditions. In closing, the Chair, from Norad, asked participants to report "
  "progress on their pledges to the Secretariat every six months.")

doc.heading("5. Industry and unions step up", 1)
p("Meridian Ocean Foods, a tuna processor with plants in General Santos and Bitung, will publish a "
  "full list of its supplying vessels, updated every six months, from January 2025. In 2023 the "
  "company audited 40 of its supplying vessels at sea for the first time.")
p("Nordkyst Seafood AS, a Norwegian whitefish trader, commits itself to publishing, by June 2025, "
  "the names and flags of all vessels from which it sources. Several other retailers are reported to "
  "be considering similar lists.")
p("On the union side, the ITF, with its affiliates in Ghana and Indonesia, is set to open fishers' "
  "centres in the ports of Tema and Bitung in 2025. Stella Maris plans to extend its port chaplaincy "
  "visits to fishing vessels in Dakar and Tema next year.")

doc.heading("6. Measuring progress", 1)
p("Data remain the weakest link. Few labour force surveys reach fishers at sea, and observer reports "
  "are rarely shared with labour authorities. The ILO and FAO intend to publish a joint guide on "
  "measuring forced labour among fishers in the first half of 2025, to be tested in Ghana and Peru.")
p("Peru's planned national study (see the sidebar) would be among the first to use the guide. How the "
  "guide will treat fishers paid by a share of the catch has not yet been decided.")
with doc.box(shaded=False):
    doc.para("<i>\u201cWe worked twenty hours a day and were paid once, at the end of the trip. Nobody "
             "from the government ever came on board.\u201d</i>", fontSize=10.5, leading=14,
             textColor="#1F3A5F")
    doc.para("A migrant fisher, interviewed for the scoping study in 2023", style="small")

doc.columns(1)
with doc.box("Recommendations"):
    doc.heading("To governments", 3)
    doc.bullets([
        "Ratify the Work in Fishing Convention, 2007 (No. 188) and the 2014 Protocol to the Forced "
        "Labour Convention, and bring national law into line with them.",
        "Labour-source States should adopt a standard employment contract for migrant fishers that "
        "prohibits recruitment fees and is written in a language the fisher understands.",
        "Flag States should carry out joint labour and fisheries inspections in port, with clear "
        "referral of suspected forced labour cases to the police.",
        "Set up a repatriation fund for abandoned fishers, financed by flag States and vessel "
        "owners.",
    ], marker="1.", style="small", indent=14)
    doc.heading("To companies", 3)
    doc.bullets([
        "Publish the list of vessels that supply you, and update it at least once a year.",
        "Pay for recruitment: no fisher should owe money to get a job on a vessel that supplies "
        "you.",
    ], marker="1.", style="small", indent=14)
    doc.heading("To the Alliance 8.7", 3)
    doc.bullets([
        "The Alliance is encouraged to track the 2024 fishing pledges in its pledge database and to "
        "report on them to the Global Coordinating Group.",
        "The Supply Chains Action Group should convene flag, port and labour-source States once a "
        "year to review progress.",
    ], marker="1.", style="small", indent=14)
    doc.para("Should port States also be able to detain vessels for labour abuses? The Action Group "
             "will return to this question in 2025.", style="small")

with doc.box("Upcoming events"):
    doc.bullets([
        "<b>3\u20134 December 2024, Dakar:</b> regional workshop on forced labour in fishing for West "
        "African States (ILO and FAO)",
        "<b>15/01/2025, online:</b> webinar \u201cCrew lists and electronic wage payments\u201d",
        "<b>Q1 2025, Suva:</b> Pacific tripartite dialogue on fishers' rights (FFA and USP)",
        "<b>The week of 10 February 2025, Geneva:</b> meeting of the Alliance 8.7 Global "
        "Coordinating Group",
    ], marker="bullet", style="small", indent=12)

doc.para("<b>About this series.</b> Alliance 8.7 thematic briefs summarise, in a few pages, what "
         "the action groups have learned on one theme. They draw on the groups' consultations and on "
         "the pledges reported to the Secretariat, and are updated when new pledges are made.",
         style="small")
doc.para("Contact: Supply Chains Action Group secretariat, fishing-brief@example.org. This brief "
         "does not necessarily reflect the views of every member of the Action Group.",
         style="small", textColor="#555555")

doc.save()
