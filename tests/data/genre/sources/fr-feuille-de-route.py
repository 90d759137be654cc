"""fr-feuille-de-route.pdf: feuille de route d'un pays pionnier (Madagascar, 2024-2027).

Tables with and without rules, merged cells (axis column), deadlines in many forms.
"""

from docgen import A4
from fr_layout import FrDoc

doc = FrDoc("fr-feuille-de-route.pdf", size=A4,
            header="République de Madagascar – Alliance 8.7 – Feuille de route nationale 2024-2027",
            footer="MTEFPLS – Direction de la lutte contre le travail des enfants",
            page_numbers="{n}/{total}",
            title="Feuille de route nationale de Madagascar, pays pionnier de l'Alliance 8.7")

doc.para("<b>REPOBLIKAN'I MADAGASIKARA</b> – Fitiavana – Tanindrazana – Fandrosoana", style="small")
doc.para("Ministère du Travail, de l'Emploi, de la Fonction publique et des Lois sociales (MTEFPLS)",
         style="small")
doc.title("Feuille de route nationale de Madagascar, pays pionnier de l'Alliance 8.7 (2024-2027)",
          subtitle="Version validée par le Comité national de lutte contre le travail des enfants "
                   "(CNLTE) en sa session du 28 mai 2024")

doc.heading("1. Introduction")
doc.para("Madagascar a rejoint les pays pionniers de l'Alliance 8.7 en 2019, à la suite de la "
         "lettre d'intérêt adressée par le Gouvernement au Secrétariat de l'Alliance. Une première "
         "feuille de route, couvrant la période 2019-2022, a été mise en œuvre sous la coordination "
         "du MTEFPLS. La présente feuille de route, dite de deuxième génération, est issue de "
         "l'atelier national de planification stratégique organisé à Antananarivo du 10 au 12 avril "
         "2024, qui a réuni 112 participants des administrations centrales et régionales, des "
         "organisations d'employeurs et de travailleurs, de la société civile et des partenaires "
         "techniques et financiers.")

doc.heading("2. Contexte")
doc.para("D'après l'Enquête nationale sur le travail des enfants de 2018, près de 1,9 million "
         "d'enfants âgés de 5 à 17 ans seraient astreints au travail, dont une majorité dans "
         "l'agriculture (vanille, girofle, riz) et dans l'extraction artisanale de mica et de "
         "saphir. La traite interne à des fins d'exploitation domestique et sexuelle reste "
         "préoccupante, de même que le recrutement abusif de travailleuses domestiques migrantes à "
         "destination du Liban, du Koweït et de l'Arabie saoudite.")
doc.para("Le cadre juridique a été sensiblement renforcé au cours de la dernière décennie : "
         "adoption de la loi n° 2014-040 sur la lutte contre la traite des êtres humains, création "
         "du Bureau national de lutte contre la traite des êtres humains (BNLTEH) en 2015 et "
         "ratification du Protocole de 2014 relatif à la convention sur le travail forcé en 2019. "
         "Les capacités de l'inspection du travail demeurent toutefois limitées : on compte moins "
         "d'un inspecteur pour 40 000 travailleurs dans les régions rurales.")

with doc.box("Engagements de haut niveau du Gouvernement"):
    doc.para("Le Gouvernement de Madagascar s'engage à :")
    doc.bullets(["porter l'âge minimum d'admission à l'emploi de 15 à 16 ans lors de la révision "
                 "du Code du travail ;",
                 "allouer, dès la loi de finances 2025, une ligne budgétaire dédiée à la mise en "
                 "œuvre de la présente feuille de route ;",
                 "réaliser d'ici à 2025 une enquête nationale sur le travail des enfants et le "
                 "travail forcé ;",
                 "soumettre au Parlement la ratification de la convention (n° 189) sur les "
                 "travailleuses et travailleurs domestiques, 2011, avant la fin de 2025 ;",
                 "rendre compte chaque année des progrès accomplis au Groupe de coordination "
                 "mondial de l'Alliance 8.7."], marker="a)", indent=28)

doc.keep_together(lambda: (
    doc.heading("3. Axes stratégiques et actions prioritaires"),
    doc.para("Le tableau 1 présente les actions prioritaires retenues pour chacun des six axes "
             "stratégiques, l'institution chef de file et l'échéance. Les partenaires d'appui sont "
             "précisés dans le plan opérationnel annuel.")))
doc.para("<b>Tableau 1 – Actions prioritaires par axe stratégique</b>", style="small")
rows = [
    ["Axe stratégique", "Action prioritaire", "Chef de file", "Échéance"],
    ["Axe 1 – Cadre juridique et politique",
     "Adoption du décret révisant la liste des travaux dangereux interdits aux enfants",
     "MTEFPLS", "T4 2024"],
    ["", "Révision de la loi n° 2014-040 pour y intégrer le travail forcé et la servitude "
         "domestique", "Ministère de la Justice", "2025"],
    ["", "Adoption du Plan national d'action contre le travail des enfants 2025-2030",
     "MTEFPLS, CNLTE", "1er semestre 2025"],
    ["Axe 2 – Connaissances et données",
     "Réaliser une enquête nationale sur le travail des enfants et le travail forcé (ENTE-2)",
     "Institut national de la statistique (INSTAT)", "2025"],
    ["", "Créer une base de données administrative partagée sur les victimes de la traite",
     "BNLTEH", "d'ici à mi-2026"],
    ["Axe 3 – Prévention, protection sociale et éducation",
     "Étendre les transferts monétaires conditionnels aux ménages vulnérables des régions SAVA "
     "et Diana",
     "Ministère de la Population, de la Protection sociale et de la Promotion de la Femme "
     "(MPPSPF)", "2026"],
    ["", "Scolarisation de 20 000 enfants retirés des carrières de mica du Sud",
     "Ministère de l'Éducation nationale (MEN)", "Dans un délai de deux ans"],
    ["", "Élaborer un code de conduite des exportateurs de vanille contre le travail des enfants",
     "Groupement des entreprises de Madagascar (GEM)", "2025"],
    ["Axe 4 – Application de la loi et inspection",
     "Recrutement et formation de 60 inspecteurs du travail supplémentaires",
     "MTEFPLS", "Exercice 2025-2026"],
    ["", "Former 300 officiers de police judiciaire, magistrats et inspecteurs aux enquêtes sur "
         "la traite", "Ministère de la Justice, BNLTEH", "T2 2027"],
    ["Axe 5 – Migration de main-d'œuvre et recrutement équitable",
     "Mise en place d'un dispositif de contrôle des agences de placement privées",
     "MTEFPLS", "2025"],
    ["", "Négocier des accords bilatéraux de main-d'œuvre avec les principaux pays de destination",
     "Ministère des Affaires étrangères", "2026"],
    ["Axe 6 – Sensibilisation et dialogue social",
     "Conduite d'une campagne nationale de sensibilisation sur le travail des enfants dans les "
     "régions productrices de vanille", "Ministère de la Communication et de la Culture", "T3 2025"],
]
doc.table(rows, ruled="grid", widths=[90, 205, 110, 75],
          spans=[(0, 1, 0, 3), (0, 4, 0, 5), (0, 6, 0, 8), (0, 9, 0, 10), (0, 11, 0, 12)])

doc.heading("4. Calendrier de mise en œuvre")
doc.para("<b>Tableau 2 – Principaux jalons</b>", style="small")
doc.table([
    ["Période", "Jalon"],
    ["15/06/2024", "Réunion de lancement du comité de pilotage de la feuille de route"],
    ["T3 2024", "Lancement officiel de la feuille de route par le Premier ministre"],
    ["Second semestre 2024", "Mise en place de comités régionaux de lutte contre le travail des "
                             "enfants dans six régions"],
    ["Novembre 2024", "Participation au Forum régional de l'océan Indien sur la migration de "
                      "main-d'œuvre (Port-Louis, Maurice)"],
    ["T2 2026", "Revue à mi-parcours de la feuille de route"],
    ["Fin 2027", "Évaluation finale et rapport au Groupe de coordination mondial"],
], ruled="none", widths=[110, 370])

doc.heading("5. Rôle des partenaires sociaux et de la société civile")
doc.para("La Confédération des travailleurs malagasy (CTM) s'est engagée à conduire, avec ses "
         "sections régionales, une campagne de sensibilisation sur le travail des enfants dans les "
         "régions productrices de vanille pendant la campagne de récolte 2025. Le Groupement des "
         "entreprises de Madagascar (GEM) prévoit en outre de désigner, d'ici à la fin de 2024, un "
         "point focal « travail des enfants » au sein de chacune de ses fédérations sectorielles.")
doc.para("La Plateforme nationale des organisations de la société civile de Madagascar (PFNOSCM) "
         "entend assurer un suivi indépendant de la mise en œuvre et publier un rapport parallèle "
         "tous les deux ans.")

doc.heading("6. Appui des partenaires techniques et financiers")
doc.para("Le Gouvernement sollicite l'appui du Bureau international du Travail (BIT), de l'UNICEF "
         "et de l'Organisation internationale pour les migrations (OIM) pour la mise en œuvre des "
         "axes 2 à 5. Le BIT appuie déjà, depuis 2021, un projet de lutte contre le travail des "
         "enfants dans la filière mica. L'UNICEF s'est engagé à cofinancer l'enquête nationale "
         "prévue à l'axe 2. La Banque mondiale prévoit pour sa part de lancer en 2025 une nouvelle "
         "phase de son programme de filets sociaux de sécurité.")

doc.heading("7. Recommandations de l'atelier national de planification stratégique")
doc.para("Les participants à l'atelier d'avril 2024 ont formulé les recommandations suivantes, que "
         "le CNLTE a intégrées au plan opérationnel :")
doc.bullets(["associer les autorités des fokontany aux comités régionaux de lutte contre le "
             "travail des enfants ;",
             "prévoir un mécanisme de retour d'information pour les enfants et les familles "
             "bénéficiaires des programmes ;",
             "traduire la feuille de route en malagasy et la diffuser par les radios "
             "communautaires."], marker="-")

doc.heading("8. Suivi et évaluation")
doc.para("Le CNLTE assurera le secrétariat technique du comité de pilotage et consolidera les "
         "rapports trimestriels des ministères sectoriels. Un rapport annuel d'avancement sera "
         "transmis au Secrétariat de l'Alliance 8.7 au plus tard le 31 janvier de chaque année. "
         "Contact : cnlte-secretariat@example.org.")

doc.save()
