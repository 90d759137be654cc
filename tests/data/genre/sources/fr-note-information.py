"""fr-note-information.pdf: note d'information sur deux colonnes, encadrés et notes de bas de page.

Page 1 in one column (title, key points box); pages 2 on in two columns with boxes and footnotes.
"""

from docgen import A4
from fr_layout import FrDoc

doc = FrDoc("fr-note-information.pdf", size=A4,
            header="Alliance 8.7 – Groupe d'action sur la migration – Note d'information n° 2025/02",
            footer="Alliance 8.7 – www.alliance87.org",
            page_numbers="{n}",
            title="Note d'information – migration de main-d'œuvre et recrutement équitable au Maghreb")

doc.banner_columns(275)
doc.title("Migration de main-d'œuvre, recrutement équitable et prévention du travail forcé au "
          "Maghreb",
          subtitle="Note d'information du Groupe d'action sur la migration – mars 2025")
with doc.box("Points clés"):
    doc.bullets([
        "Le Maroc et la Tunisie sont pays pionniers de l'Alliance 8.7 ; la Mauritanie a adressé "
        "sa lettre d'intérêt au Secrétariat en juin 2024.",
        "Plus de 1,2 million de travailleurs migrants originaires d'Afrique subsaharienne "
        "résideraient dans les cinq pays de la sous-région, dont une large part sans titre de "
        "séjour.",
        "Les frais de recrutement acquittés par les travailleurs représentent en moyenne de trois "
        "à cinq mois de salaire dans les corridors étudiés.",
        "Les travailleuses domestiques et les ouvriers agricoles saisonniers restent en grande "
        "partie hors du champ de l'inspection du travail.",
    ], marker="bullet")
doc.next_column()
doc.para("La présente note a été préparée à la suite de la réunion du Groupe d'action sur la "
         "migration tenue à Rabat les 3 et 4 février 2025. Elle fait le point sur les corridors "
         "migratoires qui traversent le Maghreb, sur les réformes engagées par les pays de la "
         "sous-région et sur les engagements annoncés par les gouvernements et les partenaires. "
         "Elle se conclut par cinq recommandations du Groupe d'action.")
doc.heading("1. Des corridors sous tension")
doc.para("Le Maghreb est à la fois une région d'origine, de transit et de destination. Les "
         "routes de la Méditerranée centrale et occidentale relient l'Afrique de l'Ouest à "
         "l'Italie et à l'Espagne, tandis que les économies maghrébines emploient un nombre "
         "croissant de migrants dans le bâtiment, l'agriculture et le travail domestique. Selon "
         "les estimations mondiales, les travailleurs migrants ont trois fois plus de risques "
         "d'être soumis au travail forcé que les travailleurs nationaux." +
         doc.footnote("OIT, Walk Free et OIM, Estimations mondiales de l'esclavage moderne, "
                      "Genève, 2022."))
doc.para("En Libye, la détention arbitraire de migrants et les ventes de main-d'œuvre "
         "documentées par les Nations Unies demeurent une préoccupation majeure. En Algérie, "
         "l'absence de données publiques limite l'évaluation de la situation des travailleurs "
         "étrangers du secteur informel.")

doc.heading("2. Réformes et engagements récents")
doc.heading("Maroc", level=3)
doc.para("Le Maroc s'est doté en 2016 de la loi n° 27-14 relative à la lutte contre la traite "
         "des êtres humains. Le ministère de l'Inclusion économique, de la Petite Entreprise, de "
         "l'Emploi et des Compétences a annoncé qu'il soumettrait, d'ici à la fin de 2025, un "
         "projet de décret encadrant les agences de recrutement privées. L'Agence nationale de "
         "promotion de l'emploi et des compétences (ANAPEC) généralisera en 2025 les séances "
         "d'orientation préalables au départ pour les travailleuses saisonnières recrutées pour la "
         "récolte des fruits rouges en Espagne.")
doc.para("L'Espagne et le Maroc se sont engagés à renforcer les inspections conjointes des "
         "conditions de logement de ces travailleuses à partir de la campagne 2025-2026.")
doc.keep_together(lambda: (
    doc.heading("Tunisie", level=3),
    doc.para("La Tunisie prévoit de réviser le Code du travail afin d'étendre la protection de "
             "l'inspection du travail aux travailleurs domestiques, y compris migrants, au cours "
             "du second semestre 2025. Le ministère de l'Emploi et de la Formation professionnelle "
             "a par ailleurs l'intention de publier chaque année les statistiques des agences de "
             "placement agréées.")))
doc.heading("Mauritanie et Algérie", level=3)
doc.para("La Mauritanie vise à adopter d'ici à 2026 une stratégie nationale de gestion des "
         "migrations intégrant la lutte contre le travail forcé. Le Gouvernement algérien a pour "
         "sa part indiqué qu'il envisageait l'élaboration d'un plan national de lutte contre la "
         "traite, sans calendrier précis." +
         doc.footnote("Déclaration de la délégation algérienne à la réunion de Rabat, "
                      "4 février 2025."))

with doc.box("Encadré 1 – Le recrutement équitable en bref"):
    doc.para("Les principes généraux et directives opérationnelles de l'OIT concernant le "
             "recrutement équitable (2019) posent une règle simple : aucun frais de recrutement ni "
             "coût connexe ne doit être facturé aux travailleurs. La convention (n° 181) sur les "
             "agences d'emploi privées, 1997, n'a été ratifiée par aucun pays du Maghreb.",
             style="small")

doc.heading("3. Ce que prévoient les partenaires")
doc.para("L'Union européenne financera, à hauteur de 15 millions d'euros sur 2025-2028, un "
         "programme de mobilité de la main-d'œuvre entre le Maghreb et l'Europe. L'OIT appuiera la "
         "création d'un observatoire maghrébin des coûts de recrutement en 2025-2026. L'OIM "
         "prévoit d'étendre son programme d'aide au retour volontaire à 4 000 migrants bloqués en "
         "Libye et en Tunisie d'ici à la fin de 2025.")
with doc.box("Encadré 2 – La voix des partenaires sociaux"):
    doc.para("Lors de la réunion de Rabat, la représentante de l'Organisation internationale des "
             "employeurs (OIE) a rappelé que les entreprises respectueuses de la règle de la "
             "gratuité du recrutement subissaient une concurrence déloyale. Le représentant de "
             "l'Union générale tunisienne du travail (UGTT) a pour sa part dénoncé la confiscation "
             "des passeports des travailleurs domestiques migrants.", style="small")
    doc.para("La Confédération syndicale internationale (CSI) et l'UGTT organiseront à Tunis, "
             "du 14 au 16 octobre 2025, un séminaire syndical régional sur les droits des "
             "travailleurs migrants.", style="small")

doc.heading("4. Recommandations du Groupe d'action")
doc.para("Le Groupe d'action sur la migration recommande aux gouvernements et aux partenaires de "
         "la sous-région de :")
doc.bullets([
    "créer un mécanisme régional de suivi des coûts de recrutement supportés par les "
    "travailleurs migrants ;",
    "étendre la couverture de l'inspection du travail aux secteurs du travail domestique et de "
    "l'agriculture saisonnière ;",
    "garantir l'accès des migrants en situation irrégulière aux mécanismes de plainte sans "
    "risque d'expulsion ;",
    "associer les organisations d'employeurs et de travailleurs des pays d'origine et de "
    "destination à la négociation des accords bilatéraux ;",
    "harmoniser les définitions statistiques du travail forcé des migrants dans les enquêtes "
    "nationales.",
], marker="1.", indent=18)

doc.heading("5. Prochains rendez-vous")
doc.para("Une réunion thématique du Processus de Rabat consacrée à la migration de main-d'œuvre "
         "est prévue à Madrid au deuxième trimestre 2025. Les conclusions de la présente note "
         "seront également présentées au Forum d'examen des migrations internationales, à New "
         "York, en mai 2026." +
         doc.footnote("Le Forum d'examen des migrations internationales se réunit tous les "
                      "quatre ans."))
doc.para("<b>Contact :</b> migration-ag@example.org", style="small")

doc.save()
