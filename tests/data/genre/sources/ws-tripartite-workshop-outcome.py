"""Outcome report of a national tripartite workshop in Malawi (fictional), October 2025."""

from docgen import A4, Document

doc = Document("ws-tripartite-workshop-outcome.pdf", size=A4, lang="en",
               header="Malawi - National Tripartite Workshop on Child Labour and Forced Labour in Agriculture",
               footer="Outcome report prepared by the workshop rapporteurs",
               page_numbers="Page {n} of {total}",
               title="National Tripartite Workshop - Outcome Report")

doc.title("Accelerating Action against Child Labour and Forced Labour in Agriculture",
          subtitle="National Tripartite Workshop - Outcome Report | Lilongwe, 14-15 October 2025")

with doc.box("The workshop at a glance"):
    doc.bullets([
        "<b>Dates and venue:</b> 14-15 October 2025, Bingu International Convention Centre, Lilongwe.",
        "<b>Convened by:</b> the Ministry of Labour (MoL), with the Employers' Consultative Association "
        "of Malawi (ECAM) and the Malawi Congress of Trade Unions (MCTU).",
        "<b>Supported by:</b> the International Labour Organization (ILO), UNICEF, the International "
        "Organization for Migration (IOM) and the Food and Agriculture Organization (FAO).",
        "<b>Participants:</b> 86 (31 women) from government, employers' and workers' organisations, UN "
        "agencies, civil society and academia.",
        "<b>Rapporteurs:</b> Chikondi Banda (MoL) and Tamara Phiri (ILO Country Office for Zambia, Malawi "
        "and Mozambique).",
    ], marker="-", style="small")

doc.heading("1. Background and purpose", level=1)
doc.para("Malawi expressed its interest in becoming an Alliance 8.7 pathfinder country in 2019 and held its "
         "national strategic planning workshop in Lilongwe in February 2020. The roadmap adopted at that "
         "workshop was aligned with the National Action Plan on Child Labour (2020-2025), which comes to an "
         "end this year. Malawi ratified the Minimum Age Convention, 1973 (No. 138) and the Worst Forms of "
         "Child Labour Convention, 1999 (No. 182) more than two decades ago, and the Protocol of 2014 to the "
         "Forced Labour Convention in 2019.")
doc.para("The last National Child Labour Survey found that 38 per cent of children aged 5-17 years were in "
         "child labour, most of them on tobacco and tea farms and in domestic work. Tenancy arrangements on "
         "tobacco estates, under which tenants receive inputs and food on credit and are paid only after the "
         "crop is sold, remain the main source of forced labour risk identified by the labour inspectorate. "
         "Participants also recalled the commitments made by Malawi at the 5th Global Conference on the "
         "Elimination of Child Labour in Durban in May 2022.")
doc.para("The workshop was convened to take stock of the roadmap, to discuss the findings of the 2025 rapid "
         "assessment of child labour and forced labour on tobacco and tea estates, and to agree on tripartite "
         "priorities for the successor National Action Plan (2026-2030).")

doc.heading("2. Opening session", level=1)
doc.para("The Principal Secretary for Labour, Ms Grace Mwale, welcomed participants on behalf of the "
         "Minister. She recalled that Malawi had been among the first countries in Southern Africa to join "
         "the pathfinder initiative. She stressed that the next plan must reach the estates and the tenant "
         "farms where children still work, not only the districts where projects happen to operate.")
doc.para("Mr Mathews Kalua, Executive Director of ECAM, noted that tea estates had introduced age "
         "verification at hiring, but warned that the smallholder tobacco growers who supply the auction "
         "floors remained outside any monitoring system. He added that employers were ready to work with "
         "the unions on solutions that small growers could afford.")
doc.para("Speaking on behalf of the workers, the President of MCTU, Mr Luka Chirwa, expressed concern that "
         "tenants on tobacco estates continued to be paid only at the end of the season, a practice he "
         "described as a direct route to debt bondage. He called for the ratification of the Domestic "
         "Workers Convention, 2011 (No. 189) without further delay, noting that most child domestic workers "
         "in Lilongwe and Blantyre were girls from tobacco-growing districts.")
doc.para("The ILO Country Director, Ms Ingrid Solberg, informed the meeting that the ILO had mobilised "
         "funding from the Government of Norway for a three-year programme on decent work in tobacco-growing "
         "communities, due to start in January 2026. She welcomed the tripartite format of the workshop as "
         "the right place to set the programme's priorities.")

doc.heading("3. Session 1: Findings of the 2025 rapid assessment", level=1)
doc.para("Dr Esther Nkhoma of the Centre for Social Research, University of Malawi, presented the findings "
         "of the rapid assessment, which covered 1,240 households in Kasungu, Mchinji, Mulanje and Thyolo "
         "districts. One child in four in tobacco-growing households had handled green tobacco leaves in the "
         "week before the interview, and 9 per cent of adult tenants said they could not leave the estate "
         "before repaying advances.")
doc.heading("Comments from the floor", level=3)
doc.para("The representative of the Ministry of Agriculture asked whether the assessment had looked at the "
         "role of tobacco buying companies in setting prices, since low prices pushed families to rely on "
         "children's work.")
doc.para("Dr Nkhoma responded that pricing had been outside the scope of the study, but that the research "
         "team would share the anonymised data set with the Ministry.")
doc.para("The Tobacco and Allied Workers Union of Malawi (TOAWUM) stressed that it had recorded 47 cases of "
         "tenants leaving estates without pay in the 2024/25 season. The union urged the labour inspectorate "
         "to act on tenants' complaints within fourteen days of receiving them.")
doc.para("The delegate from Eye of the Child welcomed the findings but regretted that children's own views "
         "had not been collected. She suggested that the next round of the assessment include focus groups "
         "with children aged 12-17.")
doc.para("FAO informed the meeting that it was piloting a child labour risk module in farmer field schools "
         "in Dedza and Ntcheu. If additional resources are secured, FAO could extend the pilot to Kasungu "
         "in the following season.")
doc.para("IOM drew attention to the movement of young Malawian men to commercial farms in South Africa and "
         "Zambia through informal brokers, and pointed out that few of them held written contracts.")

doc.heading("4. Breakout groups", level=1)
doc.para("Participants then split into three tripartite breakout groups. Each group was asked to identify "
         "gaps and to end its discussion with recommendations for the successor plan.")

doc.heading("Group A: Child labour in tobacco and tea supply chains", level=2)
doc.para("Facilitated by ECAM and UNICEF. Members from the Tea Association of Malawi (TAML) explained that "
         "all member estates were certified under a sustainability standard. The representative of the "
         "Plantation and Agriculture Workers Union (PAWU) observed that certification audits were announced "
         "weeks in advance and that children were kept away from the fields on audit days.")
doc.para("<b>Recommendations of Group A</b>")
doc.bullets([
    "Tobacco buying companies should extend their child labour monitoring and remediation systems to all "
    "contracted smallholders by the 2027 marketing season.",
    "The Tobacco Commission should make a child labour clause a condition of grower registration.",
    "ECAM and MCTU should jointly develop a code of conduct on child labour for estates not covered by "
    "certification.",
    "District councils should establish community child labour committees in every traditional authority "
    "of Kasungu, Mchinji and Thyolo.",
], marker="(a)")

doc.heading("Group B: Labour inspection and enforcement", level=2)
doc.para("Facilitated by the Ministry of Labour and the ILO. The Ministry has 94 labour inspectors for some "
         "6.5 million workers, and four of its district offices have no vehicle. The representative of the "
         "Malawi Police Service stressed that forced labour cases were rarely referred to the police, because "
         "inspectors and police officers used different case forms.")
doc.para("<b>Recommendations of Group B</b>")
doc.bullets([
    "Recruit and deploy at least 60 additional labour inspectors, with priority to agricultural districts.",
    "Adopt joint referral standard operating procedures between the labour inspectorate, the Malawi "
    "Police Service and district social welfare offices for cases of child labour and forced labour.",
    "Introduce unannounced inspections of estates during the peak harvest months.",
    "Train district labour officers on the indicators of forced labour, including debt bondage and "
    "withheld wages.",
], marker="1.")

doc.heading("Group C: Forced labour, recruitment and migration", level=2)
doc.para("Facilitated by IOM and MCTU. The group heard from the Ministry of Homeland Security that labour "
         "brokers recruiting for farms in Malawi and abroad are not required to register. A member from "
         "ECAM noted that some estates used brokers precisely to avoid the obligations of an employer.")
doc.para("<b>Recommendations of Group C.</b> The group recommended that:")
doc.bullets([
    "the Ministry of Labour register and license all labour brokers recruiting workers for farms in Malawi "
    "and abroad;",
    "the Government consider ratifying the Private Employment Agencies Convention, 1997 (No. 181);",
    "the National Statistical Office include a forced labour module in the next Malawi Labour Force Survey, "
    "following the ICLS guidelines;",
    "the social partners and IOM prepare pre-departure information for seasonal farm workers in Chichewa "
    "and Tumbuka.",
], marker="-")

doc.heading("5. Report-back and plenary discussion", level=1)
doc.para("The rapporteurs of the three groups presented their recommendations in plenary. It was proposed "
         "that the three sets of recommendations be merged into a single tripartite priority list to be "
         "annexed to the successor National Action Plan.")
doc.para("ECAM cautioned against a blanket ban on light work by 16- and 17-year-olds on estates. It suggested "
         "instead that the hazardous work list be updated to specify the tasks that remain prohibited for "
         "all children.")
doc.para("MCTU supported updating the hazardous work list, but asked that the unions be represented on the "
         "technical committee that reviews it.")
doc.para("UNICEF welcomed the emphasis on community committees and recalled that evaluations of the Social "
         "Cash Transfer Programme had found less child labour among recipient households.")
doc.para("The representative of the Ministry of Gender, Community Development and Social Welfare took the "
         "floor to point out that only 11 of the 28 districts had a functioning child protection case "
         "management system, and that referrals from labour inspectors would add to caseloads.")
doc.para("Participants recommended that the Tripartite Labour Advisory Council (TLAC) review the draft "
         "successor plan before it is submitted to Cabinet. The meeting agreed to recommend that district "
         "child labour committees receive a dedicated budget line in district council plans from FY2026/27.")

doc.heading("6. Closing session: commitments", level=1)
doc.para("The Minister of Labour, Hon. Patrick Mhango, closed the workshop. On behalf of the Government, "
         "he announced that Malawi undertook to:")
doc.bullets([
    "submit the successor National Action Plan on Child Labour (2026-2030) to Cabinet before the end of "
    "March 2026;",
    "deposit the instrument of ratification of the Domestic Workers Convention, 2011 (No. 189) in time for "
    "the International Labour Conference in June 2026;",
    "include a forced labour module in the next Malawi Labour Force Survey, to be fielded by 2027;",
    "recruit 40 additional labour inspectors in FY2026/27.",
], marker="(a)")
doc.para("The Minister added that the Ministry is determined to table the amendments to the Tenancy Labour "
         "Bill in Parliament in the second half of 2026. He thanked the social partners for a frank debate.")
doc.para("Ms Beatrice Chande, President of ECAM, announced the association's pledge to enrol 150 member "
         "enterprises in a child labour due diligence training programme by mid-2026. ECAM and MCTU would "
         "draft the code of conduct for non-certified estates within twelve months, she said.")
doc.para("For the workers, MCTU committed itself to setting up child labour desks in its 12 regional offices "
         "by December 2026 and to training 300 shop stewards on the indicators of forced labour. TOAWUM intends "
         "to organise the tenants of Kasungu and Mchinji into a tenants' section of the union during the "
         "2026/27 season.")
doc.para("Among the UN agencies, the ILO will provide technical support to the National Statistical Office "
         "for the forced labour module, and the ILO shall co-finance the training of the new labour "
         "inspectors from its Norway-funded programme. UNICEF plans to extend the community child labour "
         "committee model to six more districts in 2026. FAO aims to integrate child labour prevention into "
         "the curriculum of all farmer field schools it supports by 2027.")
doc.para("IOM and the Ministry of Labour are expected to launch a pre-departure orientation for seasonal farm "
         "workers going to South Africa in Q2 2026.")

doc.heading("7. Next steps", level=1)
doc.para("It was agreed that the Ministry of Labour would circulate the consolidated recommendations to all "
         "participants by 31 October 2025. A meeting of the TLAC will be held in the week of 19 January 2026 "
         "to consider the draft successor plan, and a national validation workshop is foreseen in early "
         "March 2026.")
doc.para("Contact: workshop secretariat, tripartite.workshop@example.org", style="small")

doc.save()
