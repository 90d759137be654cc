"""Rapport de synthèse d'un atelier régional (Lomé, octobre 2024): groupes de travail et leurs
recommandations, interventions en plénière au style indirect (conditionnel), engagements des pays
et des institutions nationales, tableau des prochaines étapes (Action | Responsable | Échéance)."""

from docgen import A4, STYLES
from fr_layout import FrDoc

for _level in ("h1", "h2", "h3"):  # a heading stays on the page of the block that follows it
    STYLES[_level].keepWithNext = 1

doc = FrDoc("fr-synthese-atelier-regional.pdf", size=A4,
            header="Alliance 8.7 - Atelier régional Afrique de l'Ouest et du Centre - Lomé, octobre 2024",
            footer="Rapport de synthèse - version finale du 8 novembre 2024",
            page_numbers="Page {n} sur {total}",
            title="Rapport de synthèse - Atelier régional de Lomé (2024)")

doc.title("Atelier régional sur l'accélération des progrès vers la cible 8.7 en Afrique de "
          "l'Ouest et du Centre",
          subtitle="Rapport de synthèse - Lomé (Togo), 22-24 octobre 2024")

doc.heading("1. Contexte et déroulement de l'atelier")
doc.npara(
    "L'atelier régional sur l'accélération des progrès vers la cible 8.7 des objectifs de "
    "développement durable s'est tenu à Lomé du 22 au 24 octobre 2024, à l'initiative du Ministère "
    "de la Fonction publique, du Travail et du Dialogue social (MFPTDS) du Togo, avec l'appui du "
    "Bureau international du Travail (BIT), du Fonds des Nations Unies pour l'enfance (UNICEF) et "
    "de l'Organisation internationale pour les migrations (OIM). Il a réuni 74 participants venus "
    "de huit pays : Bénin, Cameroun, Congo, Gabon, Guinée, Niger, Tchad et Togo, ainsi que des "
    "représentants de la Communauté économique des États de l'Afrique de l'Ouest (CEDEAO), de la "
    "Communauté économique des États de l'Afrique centrale (CEEAC), des organisations de "
    "travailleurs et d'employeurs et de la société civile.")
doc.npara(
    "L'atelier avait pour objectifs de faire le point sur la mise en œuvre des engagements pris par "
    "les pays de la sous-région lors de la 5e Conférence mondiale sur l'élimination du travail des "
    "enfants, tenue à Durban du 15 au 20 mai 2022, de partager les expériences nationales en matière "
    "de lutte contre le travail forcé et la traite des personnes, et de recueillir les engagements "
    "des délégations pour la période 2025-2026.")
doc.npara(
    "La cérémonie d'ouverture a été présidée par M. Koffi Agbéko Sénou, Secrétaire général du "
    "MFPTDS, qui a rappelé que le Togo avait adopté en 2021 un plan national de lutte contre la "
    "traite des personnes et créé en 2022 une unité spéciale de police chargée des mineurs. "
    "Mme Nafissatou Diallo-Kéita, au nom du Bureau régional de l'OIT pour l'Afrique, a souligné "
    "que la sous-région ne pourrait atteindre la cible 8.7 sans un effort budgétaire national "
    "nettement accru. La Coalition régionale des ONG contre la traite des enfants (CROTE) et "
    "l'Université de Lomé ont présenté les résultats d'une étude conjointe sur les enfants "
    "employés de maison dans les capitales de la sous-région.")

with doc.box("Encadré 1 - Quelques repères chiffrés"):
    doc.bullets([
        "86,6 millions d'enfants de 5 à 17 ans sont astreints au travail en Afrique subsaharienne "
        "(estimations mondiales OIT-UNICEF, 2020).",
        "Dans les pays représentés, la part des enfants astreints au travail varie de 15 % à 47 % "
        "selon les dernières enquêtes disponibles.",
        "Le Niger a été en 2015 le premier pays à ratifier le Protocole de 2014 relatif à la "
        "convention sur le travail forcé.",
        "Les délégations ont signalé en moyenne moins de cinq condamnations pour traite d'enfants "
        "par pays en 2023.",
    ], marker="bullet", style="small")

doc.heading("2. Travaux des groupes de travail")
doc.npara(
    "Les participants se sont répartis en quatre groupes de travail thématiques. Les conclusions "
    "de chaque groupe, présentées en plénière le 23 octobre, sont résumées ci-après.")

doc.heading("Groupe de travail 1 - Cadre juridique, application de la loi et travail forcé", level=2)
doc.para(
    "Animé par l'Office des Nations Unies contre la drogue et le crime (ONUDC), le groupe a "
    "constaté que les lois nationales contre la traite des personnes restent inégalement "
    "appliquées, faute de moyens d'enquête et de magistrats spécialisés. Plusieurs délégations ont "
    "relevé que les victimes adultes de travail forcé, notamment dans l'orpaillage et la pêche, ne "
    "sont presque jamais identifiées comme telles.")
doc.heading("Recommandations du groupe 1", level=3)
doc.para(
    "Le groupe recommande de ratifier, dans les pays qui ne l'ont pas encore fait, le Protocole de "
    "2014 relatif à la convention sur le travail forcé. Il recommande également d'harmoniser la "
    "définition de la traite des personnes dans les codes pénaux nationaux avec celle du Protocole "
    "de Palerme. Enfin, le groupe recommande de désigner, dans chaque cour d'appel, des magistrats "
    "référents formés aux affaires de traite et de travail forcé.")

doc.heading("Groupe de travail 2 - Travail des enfants dans l'agriculture et l'orpaillage", level=2)
doc.para(
    "Les échanges ont porté sur les filières cacao, coton et or artisanal. Les délégations du Niger "
    "et de la Guinée ont décrit la présence croissante d'enfants sur les sites d'orpaillage, "
    "souvent aux côtés de leurs parents migrants. La question de savoir si les systèmes de suivi et "
    "de remédiation mis en place dans le cacao peuvent être transposés au coton a été posée, sans "
    "qu'une réponse commune se dégage.")
doc.heading("Recommandations du groupe 2", level=3)
doc.para(
    "Les participants ont proposé que chaque pays actualise sa liste des travaux dangereux "
    "interdits aux enfants en y faisant figurer expressément l'orpaillage artisanal.")
doc.para(
    "Les participants ont également proposé que les coopératives agricoles soient associées aux "
    "systèmes communautaires de suivi du travail des enfants, et que les programmes de cantines "
    "scolaires soient étendus en priorité aux zones aurifères.")

doc.heading("Groupe de travail 3 - Migration, recrutement équitable et traite transfrontalière",
            level=2)
doc.para(
    "Facilité par l'OIM, le groupe a examiné les mouvements d'enfants et de jeunes entre le Bénin, "
    "le Togo, le Niger et le Gabon, ainsi que le rôle des intermédiaires informels dans le "
    "recrutement des employés de maison. Il a noté que les procédures de rapatriement des enfants "
    "victimes durent en moyenne plus de sept mois.")
doc.heading("Recommandations du groupe 3", level=3)
doc.para(
    "Il est suggéré de mettre en place un mécanisme régional d'orientation des victimes de la "
    "traite couvrant les espaces CEDEAO et CEEAC. Il est également suggéré d'élaborer des "
    "procédures opérationnelles standard communes pour le rapatriement et la réintégration des "
    "enfants victimes.")
doc.para(
    "Il conviendrait de soumettre les agences privées de recrutement à un régime d'agrément assorti "
    "de contrôles réguliers, conformément aux principes généraux et directives opérationnelles de "
    "l'OIT concernant le recrutement équitable. Il conviendrait enfin d'associer les collectivités "
    "frontalières aux comités de vigilance.")

doc.heading("Groupe de travail 4 - Données, suivi et coordination", level=2)
doc.para(
    "Le groupe a relevé que la plupart des pays ne disposent pas de données récentes : la dernière "
    "enquête nationale sur le travail des enfants date de plus de dix ans dans quatre des huit pays "
    "représentés.")
doc.heading("Recommandations", level=3)
doc.bullets([
    "Intégrer un module sur le travail des enfants et le travail forcé dans les enquêtes nationales "
    "auprès des ménages ;",
    "Créer une plateforme régionale de partage des données administratives sur la traite des "
    "personnes ;",
    "Doter les comités nationaux de coordination d'une ligne budgétaire propre dans la loi de "
    "finances ;",
    "Publier chaque année un rapport d'étape national sur la cible 8.7.",
], marker="-")

doc.heading("3. Interventions en plénière")
doc.npara(
    "Au cours de la plénière du 23 octobre, consacrée à la restitution des travaux des groupes, "
    "plusieurs délégations et organisations ont pris la parole.")
doc.npara(
    "Le représentant du Bénin a indiqué que son Gouvernement adopterait, avant la fin de l'année "
    "2025, un décret fixant la liste des travaux légers autorisés pour les enfants de 13 à 15 ans. "
    "Il a ajouté que le Bénin signerait avec le Togo un accord de coopération contre la traite "
    "transfrontalière des enfants, dont le projet est en cours de négociation.")
doc.npara(
    "La représentante du Gabon a fait savoir que le Gabon déposerait les instruments de "
    "ratification du Protocole de 2014 relatif à la convention sur le travail forcé au cours du "
    "premier semestre 2025, l'avis de la Cour constitutionnelle ayant été rendu en septembre.")
doc.npara(
    "Le délégué du Niger a demandé aux partenaires techniques et financiers de soutenir la "
    "réinsertion scolaire et professionnelle des enfants retirés des sites d'orpaillage. Il a "
    "regretté que les financements annoncés en 2022 n'aient été que partiellement décaissés.")
doc.npara(
    "Prenant la parole au nom du groupe des travailleurs, la représentante de l'Organisation "
    "régionale africaine de la Confédération syndicale internationale (CSI-Afrique) a demandé "
    "comment les syndicats seraient associés aux futurs comités de suivi transfrontaliers et si un "
    "siège leur serait réservé au sein du mécanisme régional d'orientation.")
doc.npara(
    "Le représentant de l'Organisation internationale des employeurs (OIE) a souligné que les "
    "petites et moyennes entreprises de la sous-région manquent d'outils pratiques de diligence "
    "raisonnable. Il a proposé que la CEDEAO élabore, avec les organisations d'employeurs, un guide "
    "régional sur la diligence raisonnable en matière de travail des enfants à l'intention des PME.")
doc.npara(
    "Le Conseil national du patronat du Togo (CNP-Togo) a annoncé qu'il lancerait en 2025 une "
    "charte des entreprises togolaises contre le travail des enfants, ouverte à l'adhésion de ses "
    "1\u00a0200 membres.")
doc.npara(
    "La représentante de l'UNICEF a rappelé que l'enregistrement des naissances reste un préalable "
    "à la protection des enfants contre l'exploitation, et a indiqué que l'UNICEF appuierait en "
    "2025 des campagnes d'enregistrement tardif dans les régions frontalières du Tchad et du Niger.")
doc.npara(
    "Le délégué de la Guinée a annoncé que son pays entendait soumettre au Secrétariat de "
    "l'Alliance 8.7, au début de l'année 2025, une lettre d'intérêt en vue de devenir pays "
    "pionnier.")
doc.npara(
    "Au nom de la Commission de la CEDEAO, la Directrice des affaires humanitaires et sociales a "
    "informé les participants que la Commission comptait présenter un projet de plan d'action "
    "régional contre le travail des enfants et le travail forcé à la réunion des ministres du "
    "Travail et de l'Emploi prévue à Abuja au début de 2025.")
doc.npara(
    "Le représentant du Cameroun s'est interrogé sur l'articulation entre le futur plan régional "
    "de la CEDEAO et les instruments de la CEEAC, dont le Cameroun, le Congo, le Gabon et le Tchad "
    "sont membres. En réponse, la représentante de la CEEAC a précisé que le Secrétariat général "
    "de la CEEAC proposerait une feuille de route conjointe aux deux communautés économiques "
    "régionales d'ici la fin de 2025.")

doc.heading("4. Engagements des pays et des institutions nationales")
doc.npara(
    "À l'issue de la plénière, chaque délégation a présenté ses engagements pour la période "
    "2025-2026. Ils sont consignés ci-dessous tels que les délégations les ont formulés.")

doc.heading("Togo", level=3)
doc.para(
    "Le MFPTDS a pris l'engagement de signer avec le Bénin, avant la fin de 2025, un accord "
    "bilatéral de coopération contre la traite transfrontalière des enfants. La Direction générale "
    "du travail déploiera en 2025 une application mobile d'inspection dans les cinq régions du pays, "
    "et l'Institut national de la statistique et des études économiques et démographiques (INSEED) "
    "publiera en 2026 les résultats d'un module sur le travail des enfants intégré à l'enquête "
    "harmonisée sur les conditions de vie des ménages.")

doc.heading("Guinée", level=3)
doc.para("Le Gouvernement guinéen s'est engagé à :")
doc.bullets([
    "réaliser en 2025 une enquête nationale sur le travail des enfants, avec l'appui technique du "
    "BIT ;",
    "doter le Comité national de lutte contre la traite des personnes et pratiques assimilées "
    "(CNLTPPA) d'un budget de fonctionnement annuel ;",
    "ouvrir un centre de transit pour enfants victimes à Siguiri, principale zone d'orpaillage du "
    "pays.",
], marker="a)")

doc.heading("Tchad", level=3)
doc.para(
    "Le Tchad, qui a adressé sa lettre d'intérêt au Secrétariat de l'Alliance 8.7 en 2023, tiendra "
    "son atelier national de planification stratégique à N'Djamena en mars 2025. Il prévoit de "
    "conduire d'ici 2026 une enquête nationale sur le travail des enfants et ratifiera le Protocole "
    "de 2014 relatif à la convention sur le travail forcé dans le même délai. Le Ministère de la "
    "Femme et de la Protection de la petite enfance (MFPPE) compte par ailleurs former 300 "
    "travailleurs sociaux à l'identification des enfants victimes de la traite, en particulier des "
    "enfants bouviers et des enfants mendiants confiés aux écoles coraniques. La Banque mondiale "
    "prépare, selon la délégation, un projet de filets sociaux dans l'est du pays.")

doc.heading("Congo", level=3)
doc.para(
    "Le Ministère des Affaires sociales, de la Solidarité et de l'Action humanitaire (MASSAH) "
    "ouvrira deux centres d'accueil pour enfants victimes de la traite, à Pointe-Noire et à "
    "Brazzaville, au cours du second semestre 2025. Le Congo recrutera 60 inspecteurs du travail "
    "supplémentaires d'ici 2026 et entend réviser le Code du travail afin de relever à 16 ans l'âge "
    "minimum d'admission à l'emploi.")

doc.heading("Cameroun", level=3)
doc.para(
    "Le Ministère du Travail et de la Sécurité sociale (MINTSS) prévoit de recruter 100 inspecteurs "
    "du travail au cours de l'exercice 2025. Le Cameroun a validé en 2023 sa liste actualisée des "
    "travaux dangereux ; il s'attachera désormais à en assurer la diffusion auprès des chefferies "
    "traditionnelles et des coopératives de la filière cacao-café.")

doc.heading("Niger", level=3)
doc.para(
    "Le Niger entend étendre à trois nouvelles régions, d'ici à 2026, le programme de transferts "
    "monétaires conditionnés à la scolarisation des enfants des sites aurifères. Si les "
    "financements annoncés se concrétisent, il pourrait également créer une brigade mobile "
    "d'inspection des sites d'orpaillage.")

doc.heading("Gabon", level=3)
doc.para(
    "Outre la ratification annoncée en plénière, le Gabon mettra en place en 2025 une cellule "
    "interministérielle de lutte contre la traite des personnes rattachée à la Primature. Le "
    "Ministère du Travail élaborera un plan national de contrôle des chantiers forestiers, où des "
    "cas de travail forcé de travailleurs migrants ont été signalés en 2023.")

doc.heading("Bénin", level=3)
doc.para(
    "Au-delà des annonces faites en plénière, le Ministère du Travail et de la Fonction publique "
    "(MTFP) a pris l'engagement de former, en 2025, l'ensemble des inspecteurs du travail aux "
    "techniques d'enquête sur le travail forcé.")

doc.heading("Organisations partenaires", level=3)
doc.para(
    "Le BIT fournira une assistance technique aux pays qui réaliseront une enquête nationale sur le "
    "travail des enfants et accompagnera le Tchad et la Guinée dans leur démarche de pays pionnier. "
    "L'OIM compte appuyer, en 2025, la formation de 150 agents des postes frontaliers à "
    "l'identification des victimes de la traite sur les corridors Lomé-Cotonou et Cotonou-Niamey. "
    "Quant à l'ONUDC, il a annoncé la mise à jour de la cartographie régionale des acteurs de la "
    "lutte contre la traite au premier semestre 2025.")

doc.heading("5. Décisions et prochaines étapes")
doc.npara(
    "Les participants sont convenus de tenir une réunion de suivi virtuelle des points focaux "
    "nationaux au premier trimestre 2025, et ont retenu l'offre du Gabon d'accueillir le prochain "
    "atelier régional à Libreville au dernier trimestre 2025.")
doc.npara("Le tableau ci-dessous récapitule les prochaines étapes arrêtées en séance de clôture.")
doc.table([
    ["Action", "Responsable", "Échéance"],
    ["Diffuser le rapport de synthèse aux participants et aux partenaires", "MFPTDS (Togo)",
     "15 novembre 2024"],
    ["Transmettre les recommandations des groupes de travail aux Commissions de la CEDEAO et de "
     "la CEEAC", "MFPTDS, avec l'appui du BIT", "Décembre 2024"],
    ["Organiser un webinaire régional sur le recrutement équitable des travailleurs migrants",
     "OIM", "12/12/2024"],
    ["Convoquer la réunion de suivi virtuelle des points focaux nationaux", "BIT", "T1 2025"],
    ["Mettre à jour la cartographie régionale des acteurs de la lutte contre la traite", "ONUDC",
     "S1 2025"],
    ["Présenter le projet de plan d'action régional aux ministres du Travail et de l'Emploi",
     "Commission de la CEDEAO", "Début 2025"],
    ["Faire rapport sur l'état de mise en œuvre des engagements nationaux",
     "Points focaux nationaux", "Atelier de Libreville"],
], ruled="grid", widths=[260, 130, 90])
doc.spacer(8)
doc.npara(
    "L'atelier a été clos le 24 octobre 2024. Les participants ont remercié le Gouvernement "
    "togolais pour son hospitalité. Toute correspondance relative au suivi de l'atelier peut être "
    "adressée à suivi.atelier-lome@example.org.")

doc.save()
