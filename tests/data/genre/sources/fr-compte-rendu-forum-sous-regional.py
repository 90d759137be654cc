"""Compte rendu d'un forum sous-régional (Afrique centrale, 2025) des partenaires de l'Alliance 8.7.

Discours rapportés au passé et au conditionnel, tour de table des délégations, partenaires
sociaux, agences des Nations Unies et ONG, trois ateliers avec leurs recommandations, puis
« Conclusions et recommandations ». Document fictif.
"""

from docgen import A4, Document

doc = Document("fr-compte-rendu-forum-sous-regional.pdf", size=A4, lang="fr",
               header="Alliance 8.7 – Forum sous-régional des partenaires pour l’Afrique centrale (2025)",
               footer="Compte rendu – diffusion restreinte aux participants",
               page_numbers="Page {n} sur {total}",
               title="Forum sous-régional des partenaires de l’Alliance 8.7 pour l’Afrique centrale – Compte rendu")

def para(text):
    """A paragraph kept whole on one page, so that no keyed sentence runs over a page break."""
    doc.keep_together(lambda: doc.para(text))


doc.title("Forum sous-régional des partenaires de l’Alliance 8.7 pour l’Afrique centrale",
          subtitle="Compte rendu des travaux – Douala (Cameroun), 21-23 octobre 2025")

para("1. Le Forum sous-régional des partenaires de l’Alliance 8.7 pour l’Afrique centrale s’est tenu "
         "à Douala (Cameroun) du 21 au 23 octobre 2025, à l’invitation du ministère du Travail et de la "
         "Sécurité sociale (MINTSS) du Cameroun, avec l’appui du Bureau de pays de l’Organisation "
         "internationale du Travail (OIT) pour l’Afrique centrale et de la Commission de la Communauté "
         "économique des États de l’Afrique centrale (CEEAC). Il faisait suite au premier forum "
         "sous-régional, tenu à Libreville du 4 au 6 septembre 2024.")
para("2. Ont pris part au forum 118 participants venus du Burundi, du Cameroun, du Congo, du Gabon, de "
         "la Guinée équatoriale, de la République centrafricaine, de la République démocratique du Congo, "
         "de Sao Tomé-et-Principe et du Tchad : représentants des gouvernements, des organisations "
         "d’employeurs et de travailleurs, des agences du système des Nations Unies, d’organisations non "
         "gouvernementales et du monde universitaire. Une délégation de la Côte d’Ivoire, pays pionnier de "
         "l’Alliance 8.7, avait été invitée à partager son expérience.")
para("3. Le forum avait pour objectifs de faire le point sur les engagements pris à Libreville, "
         "d’échanger sur les bonnes pratiques nationales et de dégager des recommandations communes en vue "
         "de l’élimination du travail des enfants, du travail forcé et de la traite des personnes dans la "
         "sous-région.")

with doc.box("Le forum en bref"):
    doc.bullets([
        "Dates et lieu : 21-23 octobre 2025, Palais des congrès de Douala",
        "118 participants, dont 41 femmes ; 9 pays de la CEEAC et une délégation invitée",
        "3 ateliers thématiques et une séance plénière de restitution",
        "Langues de travail : français, anglais, espagnol et portugais (interprétation simultanée)",
        "Contact du secrétariat du forum : forum-afc@example.org",
    ], marker="-", style="small")

doc.heading("I. Séance d’ouverture", level=1)
para("4. Dans son allocution d’ouverture, le ministre du Travail et de la Sécurité sociale du Cameroun a "
         "rappelé que son pays avait ratifié la convention (nº 138) sur l’âge minimum en 2001 et la "
         "convention (nº 182) sur les pires formes de travail des enfants en 2002. Il a annoncé que le "
         "Gouvernement camerounais adresserait au Secrétariat de l’Alliance 8.7, avant la fin de l’année "
         "2025, une lettre d’intérêt en vue de rejoindre les pays pionniers. Il a précisé qu’un atelier "
         "national de planification stratégique serait organisé à Yaoundé au premier semestre 2026.")
para("5. La commissaire chargée du Développement humain et social de la CEEAC a souligné que la traite "
         "des personnes demeurait un phénomène transfrontalier qui appelait des réponses concertées. Elle a "
         "affirmé que la Commission inscrirait la lutte contre la traite des personnes et le travail des "
         "enfants à l’ordre du jour de la conférence des ministres chargés du travail de la CEEAC, prévue "
         "en mars 2026 à Libreville.")
para("6. Le directeur du Bureau de pays de l’OIT pour l’Afrique centrale a rappelé les engagements pris "
         "dans l’Appel à l’action de Durban, adopté lors de la 5e Conférence mondiale sur l’élimination du "
         "travail des enfants en mai 2022. Il a indiqué que l’OIT fournirait un appui technique aux pays "
         "qui souhaitent conduire une enquête nationale sur le travail des enfants d’ici à 2027. Il a "
         "toutefois observé que la sous-région restait, avec le Sahel, l’une des moins bien couvertes par "
         "les statistiques du travail.")

doc.heading("II. Déclarations des délégations gouvernementales", level=1)
para("7. La représentante du Gabon a indiqué que son gouvernement entendait soumettre au Parlement, au "
         "cours du premier semestre 2026, le projet de loi autorisant la ratification du Protocole de 2014 "
         "relatif à la convention sur le travail forcé. Elle a ajouté que le Gabon avait adopté en 2023 une "
         "stratégie nationale de lutte contre la traite des enfants, dont la mise en œuvre se heurtait au "
         "manque de moyens des services sociaux. Elle a également demandé si l’Organisation internationale "
         "pour les migrations (OIM) pourrait appuyer le retour des enfants victimes originaires des pays "
         "voisins.")
para("8. Le Tchad a fait savoir qu’il était déterminé à achever, d’ici à la fin de 2026, la révision de "
         "la liste des travaux dangereux interdits aux enfants, en concertation avec les partenaires "
         "sociaux. Le délégué tchadien a décrit la situation des enfants bouviers dans les zones "
         "pastorales. Il a souhaité que les États membres de la CEEAC concluent un accord de coopération "
         "sur la lutte contre la traite des enfants, sur le modèle de l’accord multilatéral signé à Abuja "
         "en 2006 par les pays d’Afrique de l’Ouest et du Centre.")
para("9. S’exprimant au nom de la République démocratique du Congo, le représentant du ministère de "
         "l’Emploi, Travail et Prévoyance sociale (METPS) a rappelé les efforts engagés dans les sites "
         "miniers artisanaux du Haut-Katanga et du Lualaba. Il a précisé que son ministère s’était engagé à "
         "déployer, d’ici à 2027, des brigades mobiles d’inspection dans les zones d’exploitation minière "
         "artisanale. Il a ajouté que ce dispositif ne pourrait être étendu au Sud-Kivu que si les "
         "conditions de sécurité le permettaient.")
para("10. Le délégué de la République centrafricaine a souligné que le recrutement et l’utilisation "
         "d’enfants par les groupes armés restaient l’une des pires formes de travail des enfants dans son "
         "pays. Il a demandé quelles étaient les étapes de la procédure permettant de devenir pays pionnier "
         "et si un appui financier accompagnait ce statut. Si les financements le permettent, son "
         "gouvernement conduirait en 2026 une enquête nationale sur le travail des enfants.")
para("11. Pour la République du Congo, la directrice générale du Travail a indiqué que la liste des "
         "travaux dangereux, adoptée en 2011, serait révisée en 2026 afin d’y inclure l’exploitation "
         "forestière et la pêche. Elle a ajouté que le Code du travail ne couvrait pas encore les "
         "travailleurs domestiques.")
para("12. La déléguée du Burundi a présenté la loi de 2014 portant prévention et répression de la traite "
         "des personnes et protection des victimes. Le Burundi compte mettre en place, dès 2026, un "
         "mécanisme national d’orientation des victimes de la traite, avec l’appui de l’OIM.")
para("13. S’exprimant au nom de Sao Tomé-et-Principe, la directrice du Travail a souhaité que la "
         "sous-région se dote d’un programme commun de formation des inspecteurs du travail à la détection "
         "du travail forcé. Elle a fait valoir que les petits États ne pouvaient pas entretenir seuls une "
         "école d’inspection.")
para("14. Le représentant de la Guinée équatoriale a présenté les premiers résultats d’une étude sur "
         "les conditions de travail dans le secteur de la construction. Il a indiqué que son gouvernement "
         "pourrait envisager, à terme, la ratification de la convention (nº 189) sur les travailleuses et "
         "travailleurs domestiques.")
para("15. Invitée à partager l’expérience d’un pays pionnier, la Côte d’Ivoire a présenté les "
         "enseignements de sa feuille de route, adoptée à l’issue de son atelier national de planification "
         "stratégique. Le représentant ivoirien a recommandé aux pays candidats d’associer dès le départ les "
         "ministères des finances à l’élaboration de leur feuille de route. Il a indiqué que la Côte "
         "d’Ivoire était disposée à accueillir en 2026 une mission d’échange d’expériences réunissant des "
         "inspecteurs du travail de la sous-région.")

doc.heading("III. Interventions des partenaires sociaux", level=1)
para("16. Au nom du groupe des travailleurs, la représentante de la Confédération syndicale "
         "internationale – Afrique (CSI-Afrique) a dénoncé la persistance du travail forcé dans les "
         "plantations et les chantiers forestiers, où les libertés syndicales sont rarement respectées. "
         "Elle a proposé la création d’un observatoire syndical sous-régional du travail forcé. Elle a "
         "ajouté que la CSI-Afrique s’engageait à former, avec ses affiliés, 300 délégués syndicaux à la "
         "détection du travail forcé d’ici à la fin de 2026.")
para("17. La Confédération syndicale des travailleurs du Cameroun (CSTC) a annoncé qu’elle organiserait "
         "des caravanes de sensibilisation dans les bassins cacaoyers du Centre et du Sud au cours du "
         "second semestre 2026.")
para("18. Pour les employeurs, le représentant de l’Organisation internationale des employeurs (OIE) a "
         "rappelé que la plupart des entreprises de la sous-région relevaient de l’économie informelle. Il "
         "a invité les gouvernements à simplifier les procédures de formalisation des petites exploitations "
         "agricoles afin de réduire le recours au travail des enfants. Il a également demandé si les systèmes de certification du cacao et du bois seraient "
         "reconnus par les futures législations nationales sur le devoir de vigilance.")
para("19. Le Groupement inter-patronal du Cameroun (GICAM) s’est engagé à diffuser auprès de ses "
         "membres, d’ici à juin 2026, un guide pratique de diligence raisonnable en matière de travail des "
         "enfants et de travail forcé. Prenant la parole à sa suite, la Confédération patronale gabonaise "
         "(CPG) a pris un engagement analogue pour les entreprises de la filière bois.")

doc.heading("IV. Agences des Nations Unies et organisations non gouvernementales", level=1)
para("20. La représentante du Fonds des Nations Unies pour l’enfance (UNICEF) a insisté sur le lien "
         "entre l’absence d’enregistrement des naissances et l’exposition des enfants au travail et à la "
         "traite. Elle a recommandé que les États de la sous-région rendent gratuit l’enregistrement tardif "
         "des naissances. Elle a précisé que l’UNICEF appuierait en 2026 le renforcement des services "
         "sociaux de proximité dans les zones minières de la République démocratique du Congo et du Tchad.")
para("21. Selon l’OIM, plus de 2 300 victimes de la traite ont été identifiées dans la sous-région entre "
         "2022 et 2024, dont 61 % d’enfants. Le représentant de l’OIM a annoncé que l’Organisation "
         "apporterait son appui technique aux pays qui souhaitent mettre en place un mécanisme national "
         "d’orientation des victimes.")
para("22. L’Office des Nations Unies contre la drogue et le crime (ONUDC) s’est dit prêt à organiser en "
         "2026, à l’intention des magistrats et des procureurs de la sous-région, une formation sur les "
         "poursuites en matière de traite des personnes.")
para("23. Le Haut-Commissariat des Nations Unies aux droits de l’homme (HCDH) a appelé à placer les "
         "droits des victimes au centre des réponses pénales à la traite et au travail forcé.")
para("24. L’Organisation des Nations Unies pour l’alimentation et l’agriculture (FAO) a rappelé que "
         "l’agriculture concentrait la majorité des enfants astreints au travail dans la sous-région. Elle "
         "a suggéré que les ministères de l’agriculture soient associés aux comités nationaux de lutte "
         "contre le travail des enfants.")
para("25. Walk Free a présenté les estimations de l’Indice mondial de l’esclavage pour l’Afrique "
         "centrale. Son représentant a souhaité voir les pays de la sous-région adopter des plans d’action "
         "nationaux contre l’esclavage moderne dotés de budgets propres.")
para("26. Au nom des organisations de la société civile, le Réseau Enfance Afrique centrale (REAC) a "
         "demandé que les ONG soient associées au suivi des feuilles de route nationales. Il s’est engagé à "
         "publier chaque année un rapport alternatif sur la mise en œuvre des recommandations du forum.")

doc.heading("V. Travaux des ateliers", level=1)
para("27. Le deuxième jour, les participants se sont répartis en trois ateliers thématiques, dont les "
         "rapporteurs ont présenté les conclusions en séance plénière le 23 octobre.")

doc.heading("Atelier 1 : Travail des enfants dans l’agriculture et l’exploitation minière artisanale", level=2)
para("28. Coanimé par la FAO et l’UNICEF, l’atelier a examiné les chaînes d’approvisionnement du cacao, "
         "du café et du coltan. Les participants ont relevé que les inspecteurs ne se rendaient que "
         "rarement dans les exploitations familiales. Il a été suggéré que la FAO et l’OIT élaborent "
         "conjointement un guide d’intervention à l’intention des coopératives agricoles.")
para("L’atelier 1 a formulé les recommandations suivantes :")
doc.bullets([
    "Réviser, d’ici à 2027, les listes nationales des travaux dangereux interdits aux enfants, en y "
    "incluant l’agriculture et l’exploitation minière artisanale.",
    "Conduire des enquêtes nationales sur le travail des enfants selon une méthodologie harmonisée.",
    "Étendre les cantines scolaires et les transferts monétaires aux ménages des zones minières et "
    "cacaoyères.",
    "Associer les coopératives et les exportateurs à des systèmes de suivi et de remédiation du travail "
    "des enfants.",
], marker="1.")

doc.heading("Atelier 2 : Traite des personnes et migration de main-d’œuvre", level=2)
para("29. Animé par l’OIM et l’ONUDC, l’atelier a relevé que les couloirs de traite reliaient la "
         "sous-région au Nigeria, au Bénin et aux pays du Golfe. Les participants ont jugé que la "
         "coopération judiciaire restait insuffisante et que peu de victimes obtenaient réparation.")
para("L’atelier 2 recommande :")
doc.bullets([
    "la mise en place, dans chaque pays, d’un mécanisme national d’orientation des victimes de la traite ;",
    "la création d’un réseau sous-régional de points focaux chargés de la lutte contre la traite, sous "
    "l’égide de la CEEAC ;",
    "l’harmonisation des législations nationales avec le Protocole additionnel à la Convention des "
    "Nations Unies contre la criminalité transnationale organisée (Protocole de Palerme).",
], marker="(a)")
para("Selon l’atelier, les gouvernements devraient réglementer les agences privées de recrutement et "
         "interdire la facturation de frais de recrutement aux travailleurs migrants.")

doc.heading("Atelier 3 : Inspection du travail et accès à la justice", level=2)
para("30. Présidé par le représentant du Gabon, l’atelier a constaté que la sous-région comptait en "
         "moyenne moins d’un inspecteur du travail pour 40 000 travailleurs. Les débats ont porté sur la "
         "coordination entre l’inspection, la police et la justice.")
para("Recommandations de l’atelier 3 :")
doc.bullets([
    "Déployer des unités mobiles d’inspection dans les zones minières et agricoles reculées.",
    "Former les inspecteurs du travail à l’identification des indicateurs du travail forcé.",
    "Instituer des cadres de concertation entre l’inspection du travail, la police et les parquets.",
    "L’atelier a demandé au Secrétariat de l’Alliance 8.7 de faciliter l’accès des pays de la "
    "sous-région à sa plateforme de partage de connaissances.",
], marker="1.")

doc.heading("VI. Conclusions et recommandations", level=1)
para("31. Au terme de ses travaux, le forum a adopté les conclusions et recommandations suivantes. Il a "
         "pris note avec satisfaction de l’annonce du Cameroun et des progrès accomplis depuis Libreville.")
para("32. Le forum est convenu de recommander que :")
doc.bullets([
    "chaque pays de la sous-région se dote, d’ici à 2027, d’un mécanisme national d’orientation des "
    "victimes de la traite ;",
    "les listes nationales des travaux dangereux soient révisées et publiées avec la participation des "
    "partenaires sociaux ;",
    "les inspecteurs du travail de la sous-région bénéficient d’un programme commun de formation à "
    "l’identification du travail forcé ;",
    "des brigades mobiles d’inspection soient déployées dans les zones d’orpaillage et d’exploitation "
    "minière artisanale.",
], marker="a)")
para("33. Il a été convenu que la CEEAC et le Bureau de pays de l’OIT établiraient, d’ici à juin 2026, "
         "une feuille de route sous-régionale de mise en œuvre des présentes recommandations. Le Cameroun "
         "et le Tchad organiseront conjointement, au second semestre 2026, une réunion transfrontalière sur "
         "la traite des enfants le long du corridor Douala–N’Djamena.")
para("34. Les participants sont invités à transmettre à la Commission de la CEEAC, avant le 31 janvier "
         "2026, leurs contributions au programme commun de formation des inspecteurs. Un webinaire de suivi "
         "réunira les points focaux nationaux le 12 février 2026.")
para("35. Le forum a salué l’offre de la République démocratique du Congo d’accueillir la troisième "
         "édition du forum à Kinshasa en 2027.")

doc.heading("VII. Clôture", level=1)
para("36. En clôturant le forum, le secrétaire général du MINTSS a remercié les participants et les "
         "partenaires techniques et financiers. Il a assuré que le Cameroun veillerait à ce que les "
         "conclusions du forum soient transmises à la conférence des ministres de la CEEAC.")

doc.save()
