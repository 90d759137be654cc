"""Compte rendu de la septième réunion du Groupe d'action sur la migration (Dakar, 2023).

Fictional document for the kg87 evaluation corpus (dev split). Run from this folder:
    ../../../../.docgen/bin/python fr-compte-rendu-groupe-action.py
"""

from docgen import A4, Document

NBSP = "\u00a0"


def fr(text: str) -> str:
    """French typography: a non-breaking space before the colon and the semicolon."""
    return text.replace(" :", NBSP + ":").replace(" ;", NBSP + ";")


class Numbered:
    """Numbered paragraphs, as in a UN compte rendu."""

    def __init__(self, doc):
        self.doc, self.n = doc, 0

    def __call__(self, text):
        self.n += 1
        self.doc.para(f"{self.n}.{NBSP}{NBSP}" + fr(text), leftIndent=0)


doc = Document("fr-compte-rendu-groupe-action.pdf", size=A4, lang="fr",
               header="Alliance 8.7 – Groupe d’action sur la migration – GA-MIG/7/CR",
               footer="Distribution : membres du Groupe d’action", page_numbers="Page {n} sur {total}",
               title="Compte rendu de la septième réunion du Groupe d’action sur la migration")
p = Numbered(doc)

doc.title("Compte rendu de la septième réunion du Groupe d’action sur la migration",
          subtitle="Dakar (Sénégal) et en ligne, 14 et 15 novembre 2023")

with doc.box("Informations générales"):
    doc.table([
        ["Présidence", "Royaume du Maroc (Mme Leïla Amrani-Tazi)"],
        ["Vice-présidence", "Organisation internationale pour les migrations (OIM)"],
        ["Lieu", "Hôtel King Fahd Palace, Dakar, et plateforme de visioconférence"],
        ["Participation", "9 délégations gouvernementales, 11 organisations, 46 personnes dont 18 en ligne"],
        ["Secrétariat", "Secrétariat de l’Alliance 8.7 (ga-migration@example.org)"],
        ["Cote", "GA-MIG/7/CR – version finale approuvée par la présidence le 8 décembre 2023"],
    ], ruled="none", header=False, widths=[95, 360], font_size=9)

doc.heading("Ordre du jour", level=2)
doc.bullets([fr(t) for t in [
    "Ouverture de la réunion et adoption de l’ordre du jour",
    "Suivi des décisions de la sixième réunion",
    "Tour de table des délégations",
    "Rapports des groupes de travail",
    "Table ronde : les travailleurs saisonniers agricoles",
    "Débat général sur le projet de plan de travail 2024-2025",
    "Annonces d’engagements",
    "Questions diverses, prochaine réunion et décisions",
]], marker="1.", style="small")

doc.heading("I. Ouverture de la réunion", level=1)
p("La septième réunion du Groupe d’action sur la migration de l’Alliance 8.7 s’est tenue à Dakar "
  "les 14 et 15 novembre 2023, en format hybride, à l’invitation du Gouvernement du Sénégal. Elle a "
  "été ouverte par Mme Leïla Amrani-Tazi, Directrice de la migration de main-d’œuvre au ministère de "
  "l’Inclusion économique, de la Petite Entreprise, de l’Emploi et des Compétences (MIEPEEC) du Maroc, "
  "qui assure la présidence du Groupe d’action pour la période 2023-2024.")
p("Dans son allocution de bienvenue, M. Abdoulaye Sarr, Directeur général du travail et de la "
  "sécurité sociale au ministère du Travail, du Dialogue social et des Relations avec les Institutions "
  "(MTDSRI) du Sénégal, a rappelé que son pays était à la fois un pays d’origine, de transit et de "
  "destination. Il a souligné que la lutte contre le travail forcé et la traite des travailleurs "
  "migrants exigeait une coopération régionale soutenue et des voies de migration régulière "
  "accessibles aux jeunes.")
p("La Présidente a rappelé que l’Appel à l’action de Durban, adopté lors de la cinquième Conférence "
  "mondiale sur l’élimination du travail des enfants (Durban, 15-20 mai 2022), invitait les États à "
  "protéger les travailleurs migrants à chaque étape du processus migratoire. Elle a fait observer que "
  "l’échéance de 2025 fixée par la cible 8.7 des objectifs de développement durable pour "
  "l’élimination du travail des enfants était désormais très proche et que, selon les estimations "
  "mondiales publiées en 2022, les travailleurs migrants adultes couraient un risque trois fois plus "
  "élevé que les autres travailleurs d’être soumis au travail forcé.")
p("La présidence a proposé que le plan de travail 2024-2025 du Groupe d’action soit articulé "
  "autour de trois axes : le recrutement équitable, la protection des enfants en situation de "
  "migration et l’amélioration des données. Elle a suggéré en outre que chaque membre désigne un "
  "point focal chargé du suivi du plan de travail d’ici à la fin de janvier 2024. L’ordre du jour "
  "provisoire a été adopté sans modification.")

doc.heading("II. Suivi des décisions de la sixième réunion", level=1)
p("Le Secrétariat de l’Alliance 8.7 a présenté l’état de mise en œuvre des décisions de la sixième "
  "réunion, tenue en ligne le 20 avril 2023. Sur les neuf actions convenues, six avaient été menées à "
  "bien, notamment la publication de la note technique sur les coûts de recrutement et "
  "l’organisation, le 12/09/2023, d’un webinaire sur la mesure du travail forcé chez les travailleurs "
  "migrants, qui avait réuni 230 participants. Deux actions étaient en cours et la troisième, une "
  "cartographie des services d’aide juridique, avait été reportée faute de financement.")
p("Plusieurs délégations ont salué ces résultats. La délégation du Canada a regretté le report de la "
  "cartographie des services d’aide juridique et a demandé si un calendrier révisé pouvait être "
  "communiqué au Groupe d’action. Le Secrétariat a répondu qu’une proposition de financement était "
  "à l’étude.")

doc.heading("III. Tour de table des délégations", level=1)
p("Prenant la parole au nom du Sénégal, M. Sarr a annoncé que le Gouvernement avait adressé au "
  "Secrétariat, le 2 octobre 2023, une lettre manifestant son intérêt pour devenir pays pionnier de "
  "l’Alliance 8.7. L’atelier national de planification stratégique se tiendrait à Dakar au premier "
  "trimestre de 2024, avec l’appui de l’OIT et de l’OIM.")
p("M. Sarr a rappelé que la loi n° 2005-06 du 10 mai 2005 relative à la lutte contre la traite des "
  "personnes et pratiques assimilées avait constitué une avancée majeure, mais que les poursuites "
  "restaient rares : onze condamnations seulement avaient été prononcées en 2022. Il a précisé que la "
  "Cellule nationale de lutte contre la traite des personnes (CNLTP) réviserait d’ici à juin 2024 le "
  "mécanisme national d’orientation des victimes afin d’y intégrer les travailleurs migrants victimes "
  "de travail forcé. Il a également indiqué que l’Agence nationale de la statistique et de la "
  "démographie (ANSD) intégrerait un module sur le travail forcé dans l’Enquête nationale sur "
  "l’emploi au Sénégal de 2024.")
p("La délégation du Niger, conduite par Mme Aïssata Moussa Harouna, Secrétaire permanente de la "
  "Commission nationale de coordination de la lutte contre la traite des personnes et le trafic "
  "illicite de migrants (CNCLTP/TIM), a décrit les défis liés aux flux de transit vers l’Afrique du "
  "Nord. Elle a indiqué que l’Agence nationale de lutte contre la traite des personnes et le trafic "
  "illicite de migrants (ANLTP/TIM) prévoyait d’ouvrir en 2024 deux centres d’accueil pour les "
  "victimes à Agadez et à Zinder. Mme Moussa Harouna a par ailleurs souligné que les enfants "
  "représentaient près d’un tiers des victimes identifiées en 2022.")
p("Elle a proposé que le Groupe d’action consacre une session de sa prochaine réunion aux "
  "migrations de transit dans le Sahel, en associant les pays d’Afrique du Nord.")
p("Le représentant de la Mauritanie, M. Sidi Mohamed Ould Brahim, a rappelé que la loi n° 2015-031 "
  "avait érigé l’esclavage en crime contre l’humanité et que trois juridictions spécialisées avaient "
  "été créées. Il a indiqué que son gouvernement entendait soumettre au Parlement, avant la fin de "
  "2024, la ratification de la convention (n° 189) sur les travailleuses et travailleurs domestiques, "
  "2011. Sous réserve de financements extérieurs, la Mauritanie pourrait en outre étendre ses "
  "inspections du travail aux sites d’orpaillage du nord du pays.")
p("La délégation de la Tunisie a présenté les travaux de l’Instance nationale de lutte contre la "
  "traite des personnes (INLTP). Elle a fait observer que le nombre de victimes identifiées avait "
  "presque doublé entre 2021 et 2022 et qu’il s’agissait en majorité de travailleuses domestiques "
  "étrangères. La Tunisie s’est engagée à mettre en place, d’ici à la fin de 2024, un mécanisme "
  "national d’orientation des victimes de la traite adapté à la situation des migrants.")
p("Intervenant en ligne, M. Nguyen Van Thanh, Directeur adjoint du Département de la gestion des "
  "travailleurs à l’étranger (DOLAB) du ministère du Travail, des Invalides et des Affaires sociales "
  "(MOLISA) du Viet Nam, a présenté l’expérience de son pays en matière de migration de main-d’œuvre "
  "sous contrat. Il a indiqué que la feuille de route nationale de pays pionnier, issue de l’atelier "
  "national de planification stratégique tenu à Hanoï en octobre 2023, serait soumise à un atelier "
  "de validation au premier trimestre de 2024. Le MOLISA publierait, d’ici à la fin de 2024, un "
  "décret plafonnant les frais de service facturés aux travailleurs migrants par les entreprises de "
  "placement.")
p("Mme Claire Dufresne (France) a rappelé que la loi de 2017 relative au devoir de vigilance des "
  "sociétés mères et des entreprises donneuses d’ordre imposait déjà aux grandes entreprises "
  "d’identifier les risques d’atteintes graves aux droits humains dans leurs chaînes "
  "d’approvisionnement, et que la France avait ratifié en 2016 le Protocole de 2014 relatif à la "
  "convention sur le travail forcé. Elle a annoncé que la France apporterait une contribution de "
  "1,2 million d’euros sur trois ans au programme de l’OIT sur le recrutement équitable en Afrique "
  "de l’Ouest et du Nord. Elle a ajouté que l’Union européenne négociait un règlement visant à "
  "interdire sur son marché les produits issus du travail forcé.")
p("Le représentant du Canada a demandé si les données recueillies par l’ANSD seraient ventilées par "
  "sexe et par statut migratoire. Il a précisé qu’Emploi et Développement social Canada (EDSC) "
  "prévoyait de financer en 2024 une étude de l’OIM sur les coûts de recrutement dans les corridors "
  "ouest-africains. La délégation du Canada a proposé que les conclusions de cette étude soient "
  "présentées au Groupe de coordination mondial.")
p("S’exprimant au nom de la délégation marocaine, M. Youssef El Idrissi a présenté la stratégie "
  "nationale d’immigration et d’asile adoptée en 2014. Il a annoncé que le MIEPEEC lancerait au "
  "premier semestre de 2024 la révision du décret relatif aux agences privées de recrutement, afin de "
  "l’aligner sur les Principes généraux et directives opérationnelles de l’OIT concernant le "
  "recrutement équitable. Le Maroc s’est en outre engagé à former 120 inspecteurs du travail au "
  "repérage du travail forcé dans l’agriculture d’ici à la fin de 2025.")

p("Mme Anna Keller (Suisse) a présenté les partenariats migratoires conclus par son pays avec "
  "plusieurs États d’Afrique de l’Ouest. Elle a indiqué que le Secrétariat d’État aux migrations "
  "(SEM) entendait prolonger jusqu’en 2026 son soutien au programme de l’OIM pour la protection des "
  "migrants vulnérables au Niger. Elle a souhaité savoir comment le Groupe d’action comptait "
  "articuler ses travaux avec ceux du Groupe d’action sur les chaînes d’approvisionnement.")

doc.heading("IV. Rapports des groupes de travail", level=1)
p("Les trois groupes de travail constitués lors de la sixième réunion se sont réunis en séances "
  "parallèles le 14 novembre après-midi. Leurs rapporteurs ont présenté les conclusions suivantes en "
  "plénière le 15 novembre.")

doc.heading("Groupe de travail 1 : recrutement équitable et coûts de migration", level=2)
p("Le rapport du groupe de travail 1, coanimé par l’OIT et l’Organisation internationale des "
  "employeurs (OIE), a été présenté par Mme Fatou Diagne (OIT). Le groupe a constaté que les frais "
  "de recrutement payés par les travailleurs dans les corridors étudiés représentaient en moyenne "
  "l’équivalent de quatre mois de salaire. Il a formulé les propositions suivantes :")
doc.bullets([fr(t) for t in [
    "aligner la réglementation nationale des agences privées de recrutement sur les Principes "
    "généraux et directives opérationnelles de l’OIT concernant le recrutement équitable ;",
    "élaborer d’ici à juin 2024 une note d’orientation commune sur le principe de l’employeur payeur "
    "à l’intention des États membres du Groupe d’action ;",
    "créer un répertoire en ligne des agences de recrutement agréées dans les pays membres, "
    "accessible aux candidats à la migration.",
]], marker="a)")

doc.heading("Groupe de travail 2 : enfants en situation de migration", level=2)
p("Coanimé par le Fonds des Nations Unies pour l’enfance (UNICEF) et la fondation Terre des hommes, "
  "le groupe de travail 2 a examiné la situation des enfants non accompagnés le long des routes "
  "migratoires d’Afrique de l’Ouest. Le groupe propose que les pays d’origine, de transit et de "
  "destination adoptent des procédures opérationnelles standard transfrontalières pour la prise en "
  "charge des enfants non accompagnés. Il a également suggéré de renforcer les capacités des "
  "travailleurs sociaux affectés aux postes frontières pour détecter le travail des enfants et la "
  "traite.")
p("Proposition : inclure les enfants en situation de migration dans les plans nationaux d’action "
  "contre le travail des enfants, y compris pour les enfants talibés.")

doc.heading("Groupe de travail 3 : données et connaissances", level=2)
p("Le groupe de travail 3, coanimé par l’OIM et l’Université Cheikh Anta Diop de Dakar (UCAD), a "
  "rappelé que peu d’enquêtes nationales sur la main-d’œuvre permettaient de mesurer le travail forcé "
  "des migrants. Il est suggéré d’intégrer des modules sur le travail forcé, conformes aux lignes "
  "directrices adoptées par la 20e Conférence internationale des statisticiens du travail (Genève, "
  "octobre 2018), dans les enquêtes nationales sur la main-d’œuvre. Le groupe a en outre proposé la "
  "création d’une base de données partagée sur les cas de travail forcé touchant des migrants, "
  "hébergée par l’OIM.")
p("L’UCAD accueillera en mai 2024 un séminaire méthodologique sur la mesure du travail forcé à "
  "l’intention des instituts nationaux de statistique de la région.")

doc.heading("V. Table ronde : les travailleurs saisonniers agricoles", level=1)
p("Modérée par la vice-présidence, la table ronde a porté sur les conditions de recrutement et de "
  "travail des travailleurs saisonniers employés dans l’agriculture, notamment dans les filières "
  "horticoles du Maroc et les exploitations arachidières du bassin du Sénégal.")
p("M. Modou Gaye (CNTS) a fait valoir que les travailleurs saisonniers étaient souvent recrutés "
  "oralement, sans contrat écrit, par des intermédiaires non déclarés. Il a estimé que 60 % des "
  "saisonniers interrogés par son organisation en 2022 avaient payé des frais pour obtenir leur "
  "emploi.")
p("M. Cheikh Fall (CNES) a reconnu l’existence de pratiques abusives chez certains intermédiaires, "
  "tout en soulignant les efforts des grandes exploitations exportatrices pour se conformer aux "
  "exigences de leurs acheteurs européens. Il a demandé que les obligations de diligence "
  "raisonnable tiennent compte de la situation des petits producteurs.")
p("Le représentant de l’Organisation des Nations Unies pour l’alimentation et l’agriculture (FAO), "
  "intervenant en ligne, a souligné le lien entre la pauvreté rurale, le travail des enfants et la "
  "migration saisonnière des familles. La FAO prévoit d’intégrer en 2024 un volet sur le travail des "
  "enfants dans ses programmes d’appui aux coopératives agricoles du Sénégal et de la Mauritanie.")
p("Mme Sonia Trabelsi (UGTT) a rappelé que les travailleuses agricoles tunisiennes étaient exposées "
  "à des conditions de transport dangereuses. Elle a suggéré que le Groupe d’action élabore une liste "
  "de contrôle commune pour les inspections dans les exploitations agricoles employant des "
  "saisonniers migrants.")
p("En conclusion, la modératrice a relevé un large consensus sur la nécessité de formaliser le "
  "recrutement des saisonniers et de renforcer l’inspection du travail dans les zones rurales.")

doc.heading("VI. Débat général sur le projet de plan de travail 2024-2025", level=1)
p("M. Pierre-Yves Kaboré (OIT) a souligné que le recrutement équitable était un levier essentiel "
  "pour prévenir le travail forcé. Il a indiqué que l’OIT lancerait en janvier 2024 la deuxième phase "
  "de son programme régional sur le recrutement équitable et qu’elle formerait quelque "
  "300 inspecteurs du travail de la région au repérage du travail forcé d’ici à 2025.")
p("La représentante de l’OIM, Mme Ana Beatriz Soares, a présenté le système international "
  "d’intégrité du recrutement (IRIS). L’OIM étendra d’ici à 2025 la certification IRIS à quarante "
  "agences de recrutement au Maroc et au Sénégal.")
p("S’exprimant au nom du groupe des travailleurs, M. Ibrahima Faye (Confédération syndicale "
  "internationale, CSI) a insisté sur le droit des travailleurs migrants de s’affilier à un syndicat, "
  "quel que soit leur statut. Il a proposé que le plan de travail comporte un volet consacré à la "
  "liberté syndicale des travailleurs migrants. La Confédération nationale des travailleurs du "
  "Sénégal (CNTS) s’est engagée à ouvrir, d’ici à la fin de 2024, trois centres syndicaux "
  "d’information pour les travailleurs migrants à Dakar, Tambacounda et Ziguinchor.")
p("L’Union générale tunisienne du travail (UGTT) a demandé que les syndicats soient associés à la "
  "conception du mécanisme national d’orientation annoncé par la Tunisie.")
p("Mme Sofia Berrada (OIE) a rappelé que les employeurs avaient tout intérêt à des pratiques de "
  "recrutement responsables. L’OIE organisera au deuxième trimestre de 2024 un webinaire sur le "
  "recrutement équitable à l’intention des fédérations d’employeurs africaines. Pour sa part, la "
  "Confédération nationale des employeurs du Sénégal (CNES) a annoncé qu’elle diffuserait auprès de "
  "ses membres un guide pratique sur le recrutement équitable.")
p("La représentante de l’UNICEF a appelé l’attention sur la situation des enfants non accompagnés "
  "le long des routes migratoires. Elle a annoncé que l’UNICEF appuierait en 2024 la formation de "
  "150 travailleurs sociaux dans les zones frontalières du Sénégal, du Niger et de la Mauritanie.")
p("Le Haut-Commissariat des Nations Unies pour les réfugiés (HCR) a rappelé que les réfugiés et les "
  "demandeurs d’asile étaient particulièrement exposés au travail forcé et a invité les États à "
  "garantir leur accès au marché du travail.")
p("L’Office des Nations Unies contre la drogue et le crime (ONUDC) a présenté les principales "
  "conclusions de son Rapport mondial sur la traite des personnes, selon lequel la traite à des fins "
  "de travail forcé représentait une part croissante des cas détectés en Afrique de l’Ouest. L’ONUDC "
  "organisera à Niamey, du 5 au 7 mars 2024, un atelier régional de formation à l’intention des "
  "procureurs et des juges sur les enquêtes financières liées à la traite.")
p("Anti-Slavery International a mis en garde contre l’utilisation de la lutte contre la traite pour "
  "justifier des restrictions à la liberté de circulation dans l’espace de la Communauté économique "
  "des États de l’Afrique de l’Ouest (CEDEAO). Elle a suggéré que le Groupe d’action adopte une "
  "déclaration rappelant que les mesures de lutte contre la traite doivent respecter le droit de "
  "quitter tout pays.")
p("Terre des hommes s’est engagée à partager ses outils de gestion de cas avec les services sociaux "
  "des pays membres. La délégation du Niger a demandé si le Secrétariat pourrait prendre en charge "
  "l’interprétation en arabe lors des prochaines réunions.")

doc.heading("VII. Annonces d’engagements", level=1)
p("Au cours de la séance consacrée aux annonces, présidée par la Vice-Présidente, plusieurs membres "
  "ont présenté de nouveaux engagements à l’appui du plan de travail 2024-2025.")
p("Le Gouvernement du Sénégal s’est engagé à :")
doc.bullets([fr(t) for t in [
    "adopter, d’ici à la fin de 2024, un plan d’action national contre la traite des personnes pour "
    "la période 2024-2028 ;",
    "renforcer les effectifs de l’inspection du travail dans les régions frontalières de Kédougou et "
    "de Tambacounda ;",
    "accueillir en 2024 une réunion technique régionale sur la migration de main-d’œuvre et le "
    "travail des enfants dans les chaînes d’approvisionnement agricoles.",
]], marker="a)")
p("Le Niger et la Mauritanie ont convenu d’organiser, au cours du premier semestre de 2024, une "
  "réunion bilatérale sur la traite transfrontalière des personnes. Le ministère de la Fonction "
  "publique et du Travail de la Mauritanie lancera en 2024 une campagne de sensibilisation sur les "
  "droits des travailleurs domestiques migrants.")
p("La délégation du Viet Nam a confirmé que les engagements annoncés la veille figureraient dans la "
  "feuille de route nationale. La représentante de la France a indiqué que son pays étudiait la "
  "possibilité d’un financement complémentaire pour la cartographie des services d’aide juridique, "
  "sans qu’aucune décision n’ait encore été prise.")

doc.heading("VIII. Questions diverses et prochaine réunion", level=1)
p("La Présidente a informé les participants que la prochaine réunion du Groupe de coordination "
  "mondial (GCM) se tiendrait à Genève début février 2024. Elle a proposé que la présidence y "
  "présente les résultats de la présente réunion. La délégation de la Tunisie a offert d’accueillir "
  "la huitième réunion du Groupe d’action à Tunis.")

doc.heading("IX. Décisions", level=1)
p("À l’issue de ses travaux, le Groupe d’action sur la migration a décidé :")
doc.bullets([fr(t) for t in [
    "d’adopter son plan de travail 2024-2025, articulé autour des trois axes proposés par la "
    "présidence ;",
    "de charger le groupe de travail 1 d’élaborer, d’ici à juin 2024, la note d’orientation commune "
    "sur le principe de l’employeur payeur ;",
    "d’inviter chaque membre à désigner un point focal pour le suivi du plan de travail d’ici au "
    "31 janvier 2024 ;",
    "de consacrer une session de sa huitième réunion aux migrations de transit dans le Sahel ;",
    "de présenter au Groupe de coordination mondial les conclusions de l’étude de l’OIM sur les coûts "
    "de recrutement dès leur publication ;",
    "de tenir sa huitième réunion à Tunis au cours de la semaine du 10 juin 2024, à l’invitation du "
    "Gouvernement tunisien.",
]], marker="1.")
p("La Présidente a remercié le Gouvernement du Sénégal pour son hospitalité et a clos la réunion le "
  "15 novembre 2023 à 17 h 30.")

doc.page_break()
doc.heading("Annexe I – Programme de la réunion", level=1)
doc.table([
    ["Horaire", "Point de l’ordre du jour", "Intervenants"],
    ["14 novembre, 9 h 00 – 9 h 45", "Ouverture ; adoption de l’ordre du jour", "Présidence (Maroc) ; MTDSRI (Sénégal)"],
    ["9 h 45 – 10 h 30", "Suivi des décisions de la sixième réunion", "Secrétariat de l’Alliance 8.7"],
    ["10 h 45 – 13 h 00", "Tour de table des délégations", "Délégations gouvernementales"],
    ["14 h 30 – 17 h 30", "Séances parallèles des groupes de travail 1, 2 et 3", "Coanimateurs des groupes"],
    ["15 novembre, 9 h 00 – 10 h 30", "Rapports des groupes de travail en plénière", "Rapporteurs"],
    ["10 h 45 – 12 h 15", "Table ronde : les travailleurs saisonniers agricoles", "CNTS ; CNES ; FAO ; UGTT"],
    ["14 h 00 – 15 h 30", "Débat général sur le projet de plan de travail 2024-2025", "Organisations membres"],
    ["15 h 45 – 16 h 45", "Annonces d’engagements", "Vice-présidence (OIM)"],
    ["16 h 45 – 17 h 30", "Questions diverses ; décisions ; clôture", "Présidence"],
], ruled="rows", widths=[120, 200, 155], font_size=8)
doc.spacer(10)

doc.heading("Annexe II – Liste des participants", level=1)
doc.table([
    ["Délégation ou organisation", "Représentant(e)", "Fonction"],
    ["Maroc (présidence)", "Mme Leïla Amrani-Tazi", "Directrice de la migration de main-d’œuvre, MIEPEEC"],
    ["Maroc", "M. Youssef El Idrissi", "Chef de division, MIEPEEC"],
    ["Sénégal", "M. Abdoulaye Sarr", "Directeur général du travail et de la sécurité sociale, MTDSRI"],
    ["Sénégal", "Mme Khady Ndiaye", "Coordonnatrice, CNLTP"],
    ["Niger", "Mme Aïssata Moussa Harouna", "Secrétaire permanente, CNCLTP/TIM"],
    ["Mauritanie", "M. Sidi Mohamed Ould Brahim", "Conseiller technique, ministère de la Fonction publique et du Travail"],
    ["Tunisie", "Mme Amel Ben Salah", "Chargée de mission, INLTP"],
    ["Viet Nam (en ligne)", "M. Nguyen Van Thanh", "Directeur adjoint, DOLAB, MOLISA"],
    ["France", "Mme Claire Dufresne", "Ministère de l’Europe et des Affaires étrangères"],
    ["Canada (en ligne)", "M. Daniel Tremblay", "Conseiller principal, EDSC"],
    ["Suisse", "Mme Anna Keller", "Secrétariat d’État aux migrations (SEM)"],
    ["OIT", "M. Pierre-Yves Kaboré ; Mme Fatou Diagne", "Spécialistes, Bureau de pays de l’OIT pour le Sénégal"],
    ["OIM (vice-présidence)", "Mme Ana Beatriz Soares", "Coordonnatrice régionale, protection des migrants"],
    ["UNICEF", "Mme Marie-Louise Tapsoba", "Spécialiste de la protection de l’enfance"],
    ["HCR ; ONUDC", "M. Omar Diallo ; Mme Irina Popescu", "Chargés de protection ; Expert en justice pénale"],
    ["CSI ; CNTS ; UGTT", "M. Ibrahima Faye ; M. Modou Gaye ; Mme Sonia Trabelsi", "Représentants des travailleurs"],
    ["OIE ; CNES", "Mme Sofia Berrada ; M. Cheikh Fall", "Représentants des employeurs"],
    ["Anti-Slavery International ; Terre des hommes", "Mme Helen Carter ; M. Luc Girardin", "Société civile"],
    ["FAO (en ligne)", "M. Jean-Baptiste Koffi", "Spécialiste du travail rural"],
    ["UCAD", "Pr Mamadou Thiam", "Laboratoire d’études sur les migrations"],
], ruled="rows", widths=[130, 150, 195], font_size=8)

doc.save()
