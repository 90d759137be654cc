"""mr-high-level-dialogue: report of a (fictional) high-level ministerial dialogue, Geneva, June 2024.

Two-column report: governments announce pledges in turn (paraphrased paragraph by paragraph,
under country sub-headings), partner statements, and a boxed Chair's summary at the end.
"""

from docgen import A4, Document

doc = Document("mr-high-level-dialogue.pdf", size=A4, lang="en",
               header="Alliance 8.7 - High-Level Ministerial Dialogue, Geneva, 10 June 2024",
               footer="www.alliance87.org", page_numbers="{n}",
               title="From commitment to action on SDG Target 8.7 - report of the dialogue")
doc.columns(2)


def para(text):
    doc.keep_together(lambda: doc.para(text))


def statement(country, text):
    """One national statement: the country as a sub-heading, then the paraphrased statement."""
    def build():
        doc.heading(country, level=3)
        doc.para(text)
    doc.keep_together(build)


doc.title("From commitment to action on SDG Target 8.7",
          subtitle="Report of the High-Level Ministerial Dialogue, Geneva, 10 June 2024")

doc.heading("I. Introduction", level=2)
para("The High-Level Ministerial Dialogue was convened by Alliance 8.7 and co-hosted by the "
     "Federal Ministry of Labour and Social Affairs (BMAS) of Germany and the Ministry of "
     "Employment and Social Protection of Côte d'Ivoire, on the margins of the 112th Session of "
     "the International Labour Conference (Geneva, 3-14 June 2024). It brought together 14 "
     "ministers and vice-ministers, heads of United Nations agencies and leaders of the social "
     "partners and civil society.")
para("The Dialogue was chaired by Ms. Aya Kouamé-Traoré, Minister of Employment and Social "
     "Protection of Côte d'Ivoire, and moderated by Mr. Julian Hartmann of the BMAS. Its purpose "
     "was to give governments an opportunity to announce new, measurable pledges for the final "
     "stretch towards 2025, building on the Durban Call to Action and on the Action Pledges "
     "already registered with the Alliance.")

doc.heading("II. Opening segment", level=2)
para("In his opening address, the Director-General of the International Labour Organization "
     "(ILO) warned that, at the current pace, the world would not meet the 2025 target on child "
     "labour, and called on governments to use the Dialogue to set out what they would do "
     "differently.")
para("Speaking as co-host, the Parliamentary State Secretary of the BMAS recalled that Germany's "
     "Act on Corporate Due Diligence Obligations in Supply Chains had been in force since January "
     "2023. She announced that Germany would provide EUR 5 million over three years to help "
     "pathfinder countries implement the priorities of their national roadmaps.")

doc.heading("III. National statements and pledges", level=2)
doc.para("Ministers took the floor in the order in which they had registered. Their statements "
         "are summarised below; the full texts are available on the Alliance 8.7 website.")
statement("Brazil",
          "The Minister of Labour and Employment of Brazil recalled that the Register of Employers, "
          "known as the 'dirty list', had been published regularly since 2003 and that tens of "
          "thousands of workers had been released from conditions analogous to slavery. He "
          "announced that the Ministry of Labour and Employment (MTE) will hire 600 additional "
          "labour inspectors through a public competition by the end of 2025, and that Brazil "
          "will launch its Third National Plan for the Eradication of Slave Labour in the second "
          "half of 2024.")


def colombia():
    doc.heading("Colombia", level=3)
    doc.para("The Vice-Minister of Labour Relations and Inspection of Colombia stated that her "
             "Government commits itself to:")
    doc.bullets([
        "increasing the number of labour inspectors by 1,000 by 2026, with priority for rural "
        "municipalities;",
        "adopting a national strategy for the prevention and elimination of child labour for "
        "2025-2035;",
        "extending the Integrated Information System for the Identification, Registration and "
        "Characterization of Child Labour (SIRITI) to all municipalities by 2025.",
    ], marker="(a)", indent=24)


doc.keep_together(colombia)
statement("Peru",
          "Peru, a pathfinder country of Alliance 8.7, reported that the share of children aged 5 "
          "to 13 in child labour had fallen in rural areas since 2019. The Ministry of Labour and "
          "Employment Promotion (MTPE) plans to present an updated National Strategy for the "
          "Prevention and Eradication of Child Labour to the Council of Ministers in Q3 2024. Peru "
          "also pledged to allocate a dedicated budget line to the National Committee for the "
          "Prevention and Eradication of Child Labour (CPETI) from FY2025.")
statement("Côte d'Ivoire",
          "Speaking in her national capacity, the Chair recalled the recommendations of the "
          "regional conference on child labour in agriculture held in Abidjan in February 2024, "
          "and noted that the national child labour monitoring system, SOSTECI, now covered 1,300 "
          "communities. Côte d'Ivoire pledged to extend SOSTECI to all cocoa-producing regions by "
          "2025 and to build 100 additional primary schools in cocoa-growing areas before the end "
          "of 2026.")
statement("Malawi",
          "The Minister of Labour of Malawi expressed her Government's interest in becoming a "
          "pathfinder country and indicated that Malawi would submit a formal letter of interest "
          "to the Alliance 8.7 Secretariat in the coming weeks. She further indicated that the "
          "Government intends to gazette the revised list of hazardous work for children under "
          "the Employment Act by the end of 2024.")
statement("Uzbekistan",
          "The Minister of Employment and Poverty Reduction of Uzbekistan recalled that "
          "independent monitoring had found no systemic child labour or forced labour in the 2021 "
          "cotton harvest. Uzbekistan is determined to sustain that result: the Ministry will "
          "revise the list of occupations in which the employment of persons under 18 is "
          "prohibited, in consultation with the social partners, in 2025, and the Government has "
          "undertaken to ratify the Private Employment Agencies Convention, 1997 (No. 181) by "
          "2026. Uzbekistan will also host an international forum on decent work in the cotton "
          "sector in Tashkent on 15-16 October 2024.")
statement("Sri Lanka",
          "The representative of Sri Lanka, a pathfinder country, explained that 14 of the "
          "country's 25 districts had been declared child labour free zones. The Department of "
          "Labour will extend the child labour free zone programme to the remaining 11 districts "
          "by 2026.")
statement("Egypt",
          "Egypt announced that the Ministry of Labour, together with the National Council for "
          "Childhood and Motherhood (NCCM), plans to launch the second National Action Plan on "
          "Combating the Worst Forms of Child Labour in Q3 2024, with a focus on agriculture and "
          "quarrying.")
statement("Ethiopia",
          "The State Minister of Labour and Skills of Ethiopia stated that the Ministry of Labour "
          "and Skills (MoLS) shall establish child labour units in all regional labour bureaus by "
          "mid-2025. Subject to the mobilisation of external resources, Ethiopia could also "
          "conduct a new national child labour survey in 2025.")
statement("United Kingdom",
          "The Minister for Safeguarding of the United Kingdom stated that the UK would contribute "
          "GBP 3 million between 2024 and 2026 to support pathfinder countries in Africa in "
          "implementing the priorities of their national roadmaps. She added that the Home Office "
          "intends to publish updated statutory guidance on modern slavery statements for "
          "businesses in autumn 2024.")

doc.heading("IV. Statements by partners", level=2)
para("The Deputy Executive Director of the United Nations Children's Fund (UNICEF) stressed that "
     "social protection was one of the most effective levers against child labour. UNICEF "
     "committed to scaling up cash-plus programmes for families at risk of child labour in five "
     "pathfinder countries by 2026.")
para("The General Secretary of the International Trade Union Confederation (ITUC) welcomed the "
     "pledges but regretted that few of them contained measurable targets on social dialogue or "
     "freedom of association. The ITUC will train 500 trade union organisers in agriculture in "
     "West Africa on child labour monitoring by 2026.")
para("The Secretary-General of the International Organisation of Employers (IOE) asked "
     "governments to give companies clear and consistent due diligence rules. The IOE and the "
     "General Confederation of Enterprises of Côte d'Ivoire (CGECI) undertook to mobilise 100 "
     "companies in the cocoa and rubber sectors to adopt child labour remediation procedures by "
     "the end of 2025.")
para("Speaking for civil society, Global March Against Child Labour urged ministers to listen to "
     "children and survivors and to involve them in the monitoring of pledges.")
para("The representative of the World Bank asked how the Alliance would track the implementation "
     "of the pledges announced at the Dialogue and whether they would be costed. In response, "
     "the Secretariat indicated that the pledges would be published as Action Pledges on the "
     "Alliance 8.7 website and reviewed annually.")

doc.heading("V. Chair's summary", level=2)
with doc.box():
    doc.para("The Chair thanked participants and summarised the main outcomes of the Dialogue:")
    doc.bullets([
        "Ministers announced pledges on labour inspection, child labour monitoring, hazardous "
        "work lists, the ratification of ILO Conventions and funding for pathfinder roadmaps.",
        "Brazil and Colombia both committed to strengthening their labour inspectorates, and "
        "Malawi and Uzbekistan to updating their hazardous work lists; the Chair encouraged them "
        "to share their experience with other pathfinder countries.",
        "All pledges announced at the Dialogue should be registered as Action Pledges on the "
        "Alliance 8.7 website by 31 July 2024.",
        "National pledges should be linked to costed roadmaps and reflected in national "
        "budgets.",
        "Donors were encouraged to align their support with the priorities set out in pathfinder "
        "roadmaps rather than launch parallel projects.",
        "Children, survivors and workers' and employers' organisations should be involved in "
        "monitoring the pledges.",
        "The Chair proposed that the Secretariat prepare a consolidated pledge tracker, and that "
        "a follow-up dialogue be held in 2025 to review the implementation of the pledges.",
    ], marker="(a)", indent=22)
doc.save()
