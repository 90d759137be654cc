"""fr-rapport-avancement.pdf: rapport d'avancement annuel d'un pays pionnier (Côte d'Ivoire, 2022).

Achievements (box and ruled table, not commitments), difficulties with a conditional, planned
actions (prose and grid table), annual review turns and recommendations.
"""

from docgen import A4
from fr_layout import FrDoc

doc = FrDoc("fr-rapport-avancement.pdf", size=A4,
            header="République de Côte d'Ivoire – Alliance 8.7 – Rapport d'avancement 2022",
            footer="CIM / CNS – Secrétariat exécutif – cns-rapport@example.org",
            page_numbers="Page {n}",
            title="Rapport d'avancement annuel 2022 de la Côte d'Ivoire, pays pionnier")

doc.title("Rapport d'avancement annuel 2022 de la Côte d'Ivoire, pays pionnier de l'Alliance 8.7",
          subtitle="Comité interministériel de lutte contre la traite, l'exploitation et le travail "
                   "des enfants (CIM) et Comité national de surveillance des actions de lutte "
                   "contre la traite, l'exploitation et le travail des enfants (CNS) – Abidjan, "
                   "février 2023")

doc.heading("1. Introduction")
doc.para("La Côte d'Ivoire compte parmi les premiers pays pionniers de l'Alliance 8.7. Le présent "
         "rapport rend compte des progrès accomplis en 2022 dans la mise en œuvre de la feuille de "
         "route nationale, adoptée à l'issue de l'atelier national de planification stratégique, "
         "et présente les actions prévues pour 2023. Il a été examiné lors de la revue annuelle "
         "tenue à Abidjan le 7 décembre 2022.")

with doc.box("Faits marquants de l'année 2022"):
    doc.bullets(["Plan d'action national 2019-2023 exécuté à 78 % à la fin de l'année ;",
                 "Système d'observation et de suivi du travail des enfants (SOSTECI) étendu à 870 "
                 "communautés supplémentaires ;",
                 "4 617 enfants victimes ou à risque identifiés et pris en charge ;",
                 "64 condamnations prononcées pour traite ou exploitation d'enfants."],
                marker="-")

doc.heading("2. Réalisations par priorité de la feuille de route")
doc.table([
    ["Priorité", "Principales réalisations en 2022"],
    ["1. Cadre juridique", "Adoption du décret d'application de la loi n° 2016-1111 relative à la "
                           "lutte contre la traite des personnes ; révision de la liste des "
                           "travaux dangereux interdits aux enfants."],
    ["2. Éducation", "Ouverture de 52 classes passerelles dans les zones cacaoyères ; 11 300 enfants "
                     "réinsérés dans le système scolaire."],
    ["3. Protection sociale", "Immatriculation de 40 000 producteurs de cacao au régime social des "
                              "travailleurs indépendants."],
    ["4. Application de la loi", "Formation de 240 magistrats, policiers et inspecteurs du travail ; "
                                 "ouverture à San-Pédro d'une antenne de la Sous-direction de la "
                                 "lutte contre la traite des enfants et la délinquance juvénile "
                                 "(SDLTEDJ)."],
    ["5. Suivi et données", "Collecte, avec l'Institut national de la statistique (INS), des "
                            "données de l'enquête sur le travail des enfants dans les zones de "
                            "production de cacao."],
], ruled="rows", widths=[120, 360])

doc.heading("3. Difficultés rencontrées")
doc.para("Le financement du plan d'action reste dépendant à près de 60 % des partenaires "
         "extérieurs. La mobilité transfrontalière des enfants en provenance du Burkina Faso et du "
         "Mali complique le suivi des cas. Si les financements attendus sont mobilisés, le CNS "
         "pourrait étendre le SOSTECI à l'ensemble des régions productrices d'ici 2025.")

doc.keep_together(lambda: (
    doc.heading("4. Actions prévues pour 2023"),
    doc.para("En 2023, le Gouvernement entend consolider les acquis et accélérer la mise en œuvre des "
             "priorités de la feuille de route. Le CNS étendra le SOSTECI à 1 200 nouvelles "
             "communautés des régions de la Nawa, du Cavally et du Tonkpi. Le CIM prévoit d'élaborer "
             "le nouveau Plan d'action national 2024-2028, dont l'adoption est visée pour décembre "
             "2023.")))
doc.para("Le ministère de l'Emploi et de la Protection sociale (MEPS) a l'intention de recruter 150 "
         "inspecteurs du travail au titre du budget 2023. Le Gouvernement se propose par ailleurs "
         "de soumettre à l'Assemblée nationale un projet de loi sur le devoir de vigilance des "
         "entreprises de la filière cacao.")
doc.para("<b>Tableau 2 – Calendrier des actions prévues en 2023</b>", style="small")
doc.table([
    ["Action", "Responsable", "Échéance", "Budget (millions FCFA)"],
    ["Tenir une réunion du comité technique conjoint Côte d'Ivoire–Burkina Faso sur la traite "
     "transfrontalière des enfants (Ouagadougou)", "MEPS, MFFE", "Semaine du 6 mars 2023", "25"],
    ["Organiser une table ronde des partenaires techniques et financiers pour le financement du "
     "PAN 2024-2028", "CIM", "Mai 2023", "30"],
    ["Célébration nationale de la Journée mondiale contre le travail des enfants à Yamoussoukro",
     "CNS", "12 juin 2023", "45"],
    ["Former les entreprises exportatrices de cacao au devoir de vigilance", "MEPS, avec la "
     "CGECI", "T3 2023", "60"],
    ["Construire 30 classes passerelles supplémentaires", "Ministère de l'Éducation nationale et "
     "de l'Alphabétisation (MENA)", "Rentrée 2023-2024", "900"],
], ruled="grid", widths=[215, 110, 85, 70])

doc.heading("5. Revue annuelle du 7 décembre 2022")
doc.para("La revue annuelle, présidée par la présidente du CNS, a réuni les ministères membres du "
         "CIM, les partenaires sociaux, la filière cacao, les partenaires techniques et financiers "
         "ainsi qu'une délégation du Ghana. Les principales interventions sont résumées ci-après.")
doc.bullets([
    "Le représentant du Conseil du Café-Cacao (CCC) a indiqué que le Conseil intégrerait des "
    "clauses relatives au travail des enfants dans les contrats d'agrément des exportateurs à "
    "partir de la campagne 2023-2024.",
    "La représentante de l'Initiative internationale pour le cacao (ICI) a rappelé que les "
    "systèmes de suivi et de remédiation couvraient déjà 40 % des ménages producteurs. Elle a "
    "annoncé que l'ICI étendrait son système de suivi et de remédiation du travail des enfants "
    "(SSRTE) à 300 000 ménages producteurs de cacao d'ici 2025.",
    "La Confédération générale des entreprises de Côte d'Ivoire (CGECI) a pris l'engagement de "
    "former 500 entreprises membres au devoir de vigilance en matière de droits humains avant la "
    "fin de 2023.",
    "Au nom des travailleurs, l'Union générale des travailleurs de Côte d'Ivoire (UGTCI) a déploré "
    "l'absence des syndicats dans les comités villageois de suivi et a demandé leur inclusion.",
    "La délégation du Ghana a salué la coopération menée dans le cadre de l'initiative cacao "
    "Côte d'Ivoire–Ghana. Les deux pays ont convenu d'harmoniser leurs systèmes de traçabilité du "
    "cacao d'ici à la campagne 2024-2025.",
    "Le représentant du Bureau international du Travail (BIT) s'est interrogé sur le financement "
    "durable du SOSTECI après 2024.",
    "L'UNICEF s'est engagé à appuyer en 2023 la formation de 300 travailleurs sociaux chargés de "
    "la prise en charge des enfants victimes.",
], marker="bullet")

doc.heading("6. Recommandations de la revue annuelle")
doc.para("La revue a formulé les recommandations suivantes à l'intention du CIM et du CNS :")
doc.bullets(["associer les syndicats aux comités villageois de suivi du SOSTECI ;",
             "mettre en place un mécanisme de financement pérenne du SOSTECI, adossé aux "
             "prélèvements de la filière cacao ;",
             "publier les données du SOSTECI sous forme de tableau de bord trimestriel."],
            marker="i.", indent=24)

doc.save()
