"""fr-compte-rendu-groupe-action.pdf: compte rendu d'une réunion du Groupe d'action sur les chaînes
d'approvisionnement (Abidjan, mars 2023): paragraphes numérotés au style indirect, tour de table,
groupes de travail, recommandations au GCG, points d'action en tableau, liste des participants."""

from docgen import A4, Document
from fr_compte_rendu_groupe_action_layout import numbered

NB = "\u00a0"  # espace insécable avant « : » et « ; »

doc = Document("fr-compte-rendu-groupe-action.pdf", size=A4, lang="fr",
               header="Alliance 8.7 \u2013 Groupe d’action sur les chaînes d’approvisionnement",
               footer="GA-CA/11/CR \u2013 Diffusion restreinte aux membres du Groupe d’action",
               page_numbers="Page {n} sur {total}",
               title="Compte rendu de la onzième réunion du Groupe d’action sur les chaînes d’approvisionnement")

doc.title("Onzième réunion du Groupe d’action sur les chaînes d’approvisionnement",
          subtitle="Compte rendu \u2013 Abidjan (Côte d’Ivoire) et en ligne, 14 et 15 mars 2023")
doc.para("Établi par le Secrétariat de l’Alliance 8.7 et validé par la coprésidence le 4 avril 2023. "
         "Contact" + NB + ": secretariat.chaines@example.org", style="small")

# ------------------------------------------------------------------------------------------------
doc.heading("1. Ouverture de la réunion", 1)
numbered(doc, 1,
         "La onzième réunion du Groupe d’action sur les chaînes d’approvisionnement s’est tenue les 14 "
         "et 15 mars 2023 à Abidjan, dans les locaux du Ministère de l’Emploi et de la Protection "
         "sociale (MEPS), avec une participation en ligne. Elle a réuni 46 participants représentant "
         "neuf gouvernements, quatre organisations internationales, les partenaires sociaux, des "
         "entreprises et des organisations de la société civile. La liste des participants figure en "
         "annexe.")
numbered(doc, 2,
         "La réunion était coprésidée par M. Didier Kouamé Assoa, directeur de la lutte contre le "
         "travail des enfants au MEPS, et par Mme Hélène Vasseur-Brandt, conseillère principale de "
         "l’Organisation internationale des employeurs (OIE). Dans son allocution d’ouverture, "
         "M. Assoa a rappelé que la Côte d’Ivoire, pays pionnier de l’Alliance 8.7, avait tenu son "
         "atelier national de planification stratégique à Grand-Bassam en novembre 2019. Il a "
         "souligné que l’échéance de 2025 fixée par la cible 8.7 pour l’élimination du travail des "
         "enfants approchait et que les chaînes d’approvisionnement agricoles restaient le principal "
         "terrain d’action du Groupe.")
numbered(doc, 3,
         "Mme Vasseur-Brandt a invité les membres à «" + NB + "passer des engagements aux résultats "
         "mesurables" + NB + "», conformément à l’Appel à l’action de Durban adopté lors de la "
         "5e Conférence mondiale sur l’élimination du travail des enfants (Durban, 15-20 mai 2022). "
         "Elle a annoncé que l’OIE organiserait, au deuxième trimestre 2023, une série de webinaires à "
         "l’intention des fédérations d’employeurs africaines sur la diligence raisonnable en matière "
         "de droits humains.")

doc.heading("2. Ordre du jour et suivi de la dixième réunion", 1)
numbered(doc, 4,
         "L’ordre du jour provisoire a été adopté sans modification. Le Secrétariat a présenté l’état "
         "de mise en œuvre des points d’action de la dixième réunion, tenue en ligne le "
         "29 septembre 2022" + NB + ": sur douze points d’action, huit ont été réalisés, trois sont en "
         "cours et un a été abandonné faute de financement.")
numbered(doc, 5,
         "Le Secrétariat a rappelé que le rapport de la dixième réunion recommandait déjà que les "
         "acheteurs internationaux partagent le coût des systèmes de suivi et de remédiation du travail "
         "des enfants. Cette recommandation n’a pas été rediscutée à la présente réunion.")

# ------------------------------------------------------------------------------------------------
doc.heading("3. Tour de table des gouvernements", 1)
numbered(doc, 6,
         "Le Ghana a indiqué que le Ministère de l’Emploi et des Relations de travail (MELR) avait "
         "achevé en 2022 la révision de la liste des travaux dangereux interdits aux enfants. La "
         "représentante du Ghana, Mme Abena Owusu-Mensah, a précisé que son Gouvernement entendait "
         "étendre le système de suivi et de remédiation du travail des enfants (SSRTE) à l’ensemble "
         "des districts producteurs de cacao d’ici à 2025.")
numbered(doc, 7,
         "Au nom de la Côte d’Ivoire, M. Assoa a présenté les orientations du futur plan d’action "
         "national 2024-2027, dont la validation est attendue en décembre 2023. Le Gouvernement "
         "ivoirien s’engage à" + NB + ":")
doc.bullets([
    "généraliser le SSRTE à toutes les zones cacaoyères du pays avant la fin de 2025" + NB + ";",
    "porter de 40 à 120 le nombre d’inspecteurs du travail affectés aux zones rurales d’ici à 2026"
    + NB + ";",
    "adopter un décret sur la diligence raisonnable des exportateurs de cacao au cours du second "
    "semestre 2024.",
], marker="a)", indent=40)
numbered(doc, 8,
         "Le représentant du Cameroun, M. Jean-Paul Ndongo Essomba, du Ministère du Travail et de la "
         "Sécurité sociale (MINTSS), a fait observer que le travail des enfants restait très répandu "
         "dans les plantations de banane et d’hévéa. Il a indiqué que son Gouvernement mènerait en "
         "2024 une enquête nationale sur le travail des enfants, la première depuis 2008, et a "
         "sollicité l’appui technique du BIT pour sa conception. Le Cameroun n’a pas encore ratifié "
         "le Protocole de 2014 relatif à la convention sur le travail forcé" + NB + "; le MINTSS compte "
         "soumettre cet instrument à l’Assemblée nationale lors de sa session de juin 2024.")
numbered(doc, 9,
         "S’exprimant au nom de Madagascar, Mme Voahangy Rakotomalala, directrice au Ministère du "
         "Travail, de l’Emploi, de la Fonction publique et des Lois sociales (MTEFPLS), a rappelé que "
         "le pays avait tenu son atelier national de planification stratégique à Antananarivo du 7 au "
         "9 juin 2022 et que sa feuille de route de pays pionnier avait été validée en décembre 2022. "
         "La feuille de route retient deux priorités" + NB + ": la filière vanille et l’exploitation "
         "artisanale du mica. Madagascar prévoit de réaliser une enquête nationale sur le travail des "
         "enfants en 2024 avec l’Institut national de la statistique (INSTAT), et a l’intention de "
         "créer une brigade spéciale d’inspection du travail dans la région de la SAVA avant la "
         "campagne de vanille 2024.")
numbered(doc, 10,
         "Le Burkina Faso, représenté par M. Issouf Sawadogo, du Ministère de la Fonction publique, du "
         "Travail et de la Protection sociale (MFPTPS), a exprimé l’intérêt de son pays à devenir pays "
         "pionnier de l’Alliance 8.7. Une lettre d’intérêt sera adressée au Secrétariat avant la fin "
         "d’avril 2023. M. Sawadogo a ajouté que, si les conditions de sécurité le permettaient, un "
         "atelier national de planification stratégique pourrait se tenir à Ouagadougou au dernier "
         "trimestre 2023. Il a souligné que l’orpaillage artisanal occupait, selon les estimations "
         "nationales, plus de 200 000 enfants.")
numbered(doc, 11,
         "La Belgique et les Pays-Bas ont présenté conjointement l’état des négociations sur la "
         "proposition de directive européenne sur le devoir de vigilance des entreprises en matière de "
         "durabilité. Les deux pays organiseront ensemble, le 20 juin 2023 à Bruxelles, une table ronde "
         "entre importateurs européens de cacao et coopératives ouest-africaines. La représentante des "
         "Pays-Bas, Mme Femke van Dijk, a précisé que son Gouvernement financerait, à hauteur de "
         "2 millions d’euros sur trois ans, un programme de l’UNICEF sur la protection de l’enfance dans "
         "les communautés cacaoyères.")
numbered(doc, 12,
         "Le représentant de la France, M. Thibault Marchand, du Ministère de l’Europe et des Affaires "
         "étrangères (MEAE), a rappelé que la loi française de 2017 relative au devoir de vigilance "
         "s’appliquait déjà aux grands groupes de l’agroalimentaire. Il a proposé que le Groupe "
         "d’action élabore une note d’orientation sur l’articulation entre devoir de vigilance et "
         "systèmes de remédiation.")
numbered(doc, 13,
         "La Suisse, par l’intermédiaire du Secrétariat d’État à l’économie (SECO), a fait savoir "
         "qu’elle cofinancerait l’élaboration de cette note d’orientation et mettrait un expert à la "
         "disposition du Groupe pendant six mois.")

# ------------------------------------------------------------------------------------------------
doc.keep_together(lambda: (
    doc.heading("4. Interventions des organisations et des partenaires sociaux", 1),
    numbered(doc, 14,
             "Le Bureau international du Travail (BIT) a présenté les résultats préliminaires de "
             "l’étude régionale sur le travail forcé dans l’agriculture et la pêche en Afrique de "
             "l’Ouest. Selon ces résultats, 7,2 pour cent des travailleurs adultes interrogés dans les "
             "plantations présentaient au moins un indicateur de travail forcé. Le BIT publiera le "
             "rapport final en septembre 2023 et animera ensuite un atelier régional de validation à "
             "Accra.")))
numbered(doc, 15,
         "Mme Mariam Traoré (UNICEF) a insisté sur le lien entre l’accès à une école de qualité et la "
         "réduction du travail des enfants. L’UNICEF compte construire ou réhabiliter 150 salles de "
         "classe dans les zones cacaoyères de Côte d’Ivoire et du Ghana d’ici à la rentrée scolaire "
         "2024.")
numbered(doc, 16,
         "L’Organisation des Nations Unies pour l’alimentation et l’agriculture (FAO) a présenté son "
         "approche de la prévention du travail des enfants dans les services de vulgarisation. La FAO "
         "formera, en collaboration avec le MEPS, les inspecteurs du travail et les agents de "
         "vulgarisation agricole de la région de la Nawa à l’identification du travail des enfants, "
         "d’ici à la fin de l’année.")
numbered(doc, 17,
         "S’exprimant au nom du groupe des travailleurs, la Confédération syndicale internationale "
         "(CSI) a demandé si les entreprises membres du Groupe rendraient publics les résultats de "
         "leurs audits sociaux. Elle a estimé que les syndicats devaient être associés à la conception "
         "des systèmes de remédiation et a proposé que le Groupe d’action tienne un registre public des "
         "engagements pris par ses membres. L’Union générale des travailleurs de Côte d’Ivoire (UGTCI) "
         "s’est engagée à former 300 délégués syndicaux des coopératives agricoles à la détection du "
         "travail forcé d’ici à la fin de 2023.")
numbered(doc, 18,
         "Au nom du groupe des employeurs, la Confédération générale des entreprises de Côte d’Ivoire "
         "(CGECI) a souligné les difficultés des petites et moyennes entreprises à satisfaire aux "
         "exigences de diligence raisonnable. Priorité de la CGECI pour l’année à venir" + NB + ": la "
         "création, avec l’appui de l’OIE, d’un service d’assistance aux PME exportatrices d’ici à la fin "
         "du premier semestre 2024.")
numbered(doc, 19,
         "Le représentant de Cacao-Sud Négoce SA a annoncé que l’entreprise publierait d’ici à juin 2023 "
         "la liste de ses fournisseurs directs et couvrirait la totalité de ses volumes par le SSRTE à "
         "l’horizon 2025.")
numbered(doc, 20,
         "Mme Aya Koné, chercheuse au Centre ivoirien de recherches économiques et sociales (CIRES) "
         "de l’Université Félix Houphouët-Boigny, a présenté une analyse des coûts de la remédiation "
         "dans 60 coopératives" + NB + ": le coût moyen d’une remédiation réussie y est estimé à "
         "180 dollars par enfant. Le CIRES se propose de conduire en 2024, avec l’ICI, une évaluation "
         "d’impact des systèmes de suivi et de remédiation dans les deux pays.")
numbered(doc, 21,
         "Anti-Slavery International a demandé aux gouvernements des pays producteurs de garantir aux "
         "victimes de travail forcé l’accès à des mécanismes de réclamation indépendants. Le "
         "représentant de l’International Cocoa Initiative (ICI) s’est interrogé sur la pérennité du "
         "financement des agents communautaires une fois les projets terminés.")

# ------------------------------------------------------------------------------------------------
doc.heading("5. Travaux en groupes de travail", 1)
numbered(doc, 22,
         "Le 15 mars, les participants se sont répartis en trois groupes de travail, dont les "
         "rapporteurs ont présenté les conclusions en plénière.")
doc.heading("5.1 Groupe de travail A \u2013 Traçabilité et transparence", 2)
doc.para("Animé par l’Organisation de coopération et de développement économiques (OCDE), le groupe A "
         "a formulé les recommandations suivantes" + NB + ":")
doc.bullets([
    "harmoniser les indicateurs de traçabilité utilisés par les plateformes nationales du cacao de "
    "Côte d’Ivoire et du Ghana" + NB + ";",
    "publier chaque année un tableau de bord agrégé des cas de travail des enfants identifiés et "
    "remédiés" + NB + ";",
    "les entreprises membres devraient rendre publique la liste de leurs fournisseurs directs d’ici "
    "à 2024.",
], marker="-")
doc.heading("5.2 Groupe de travail B \u2013 Diligence raisonnable et remédiation", 2)
doc.para("Les participants du groupe B ont suggéré que" + NB + ":")
doc.bullets([
    "le Groupe d’action élabore une note d’orientation sur l’articulation entre diligence "
    "raisonnable et remédiation, à partir des expériences ivoirienne et ghanéenne" + NB + ";",
    "les mécanismes de réclamation soient conçus avec les organisations de travailleurs "
    "agricoles" + NB + ";",
    "la faisabilité d’un fonds commun de remédiation soit étudiée à l’échelle sous-régionale.",
], marker="-")
doc.heading("5.3 Groupe de travail C \u2013 Inspection du travail et économie informelle", 2)
doc.para("Le groupe C a recommandé de former conjointement les inspecteurs du travail et les agents de "
         "vulgarisation agricole à l’identification du travail des enfants. Il a aussi recommandé de "
         "doter les inspections régionales de moyens de transport adaptés aux zones rurales. Le groupe "
         "a laissé ouverte la question suivante" + NB + ": comment associer les chefs coutumiers aux "
         "visites d’inspection sans compromettre la confidentialité des signalements" + NB + "?")

# ------------------------------------------------------------------------------------------------
doc.heading("6. Recommandations au Groupe de coordination mondial", 1)
numbered(doc, 23, "À l’issue des débats, la réunion a recommandé au Groupe de coordination mondial "
                  "(GCG)" + NB + ":")
doc.bullets([
    "d’inscrire le financement de la remédiation à l’ordre du jour de sa prochaine réunion" + NB + ";",
    "d’encourager les pays pionniers à intégrer un volet consacré aux chaînes d’approvisionnement dans "
    "leurs feuilles de route" + NB + ";",
    "de soutenir la mobilisation de ressources pour les enquêtes nationales sur le travail des enfants "
    "prévues en 2024.",
], marker="(a)", indent=40)
numbered(doc, 24,
         "La réunion a en outre invité l’Alliance 8.7 à renforcer sa coordination avec l’OCDE sur le "
         "Guide OCDE-FAO pour des filières agricoles responsables. Les participants ont exhorté les "
         "États qui ne l’ont pas encore fait à ratifier le Protocole de 2014 relatif à la convention "
         "sur le travail forcé.")

# ------------------------------------------------------------------------------------------------
doc.heading("7. Points d’action", 1)
numbered(doc, 25,
         "Il a été convenu que le Ghana accueillerait la douzième réunion du Groupe d’action à Accra, "
         "la semaine du 6 novembre 2023. Les points d’action suivants ont été arrêtés.")
doc.keep_together(lambda: doc.table([
    ["N°", "Action", "Responsable", "Échéance"],
    ["1", "Adresser au Secrétariat la lettre d’intérêt pour le statut de pays pionnier",
     "Burkina Faso (MFPTPS)", "30 avril 2023"],
    ["2", "Rédiger le projet de note d’orientation sur la diligence raisonnable et la remédiation",
     "France (MEAE)", "30 septembre 2023"],
    ["3", "Partager les indicateurs de traçabilité des deux plateformes nationales",
     "Côte d’Ivoire (Conseil du Café-Cacao) et Ghana (COCOBOD)", "T2 2023"],
    ["4", "Organiser la table ronde entre importateurs européens et coopératives",
     "Belgique et Pays-Bas", "20 juin 2023"],
    ["5", "Communiquer les données de référence sur les inspecteurs affectés aux zones rurales",
     "Côte d’Ivoire (MEPS)", "31/05/2023"],
    ["6", "Diffuser le compte rendu et le calendrier des webinaires", "Secrétariat", "15 avril 2023"],
    ["7", "Préparer la note conceptuelle de la douzième réunion", "Coprésidence", "Juillet 2023"],
], ruled="grid", widths=[10 * 2.83, 80 * 2.83, 52 * 2.83, 28 * 2.83]))
doc.spacer(6)

doc.heading("8. Prochaines échéances et clôture", 1)
numbered(doc, 26,
         "Le Secrétariat a signalé que le prochain webinaire du Groupe d’action, consacré à la "
         "traçabilité du mica, aurait lieu le 16/05/2023, et que le Forum de l’OCDE sur les chaînes "
         "d’approvisionnement responsables en minerais se tiendrait à Paris début mai 2023.")
numbered(doc, 27,
         "En clôturant la réunion, M. Assoa a remercié les participants et a rappelé que la réussite du "
         "Groupe se mesurerait au nombre d’enfants effectivement retirés du travail dangereux.")

# ------------------------------------------------------------------------------------------------
doc.spacer(10)
doc.heading("Annexe \u2013 Liste des participants", 1)
doc.table([
    ["Catégorie", "Participants"],
    ["Gouvernements",
     "Belgique (SPF Emploi, Travail et Concertation sociale)" + NB + "; Burkina Faso (MFPTPS)" + NB + "; "
     "Cameroun (MINTSS)" + NB + "; Côte d’Ivoire (MEPS" + NB + "; Conseil national de surveillance des "
     "actions de lutte contre la traite, l’exploitation et le travail des enfants, CNS" + NB + "; Conseil "
     "du Café-Cacao)" + NB + "; France (MEAE)" + NB + "; Ghana (MELR" + NB + "; Ghana Cocoa Board, "
     "COCOBOD)" + NB + "; Madagascar (MTEFPLS)" + NB + "; Pays-Bas (Ministère des Affaires "
     "étrangères)" + NB + "; Suisse (SECO)"],
    ["Organisations internationales",
     "BIT" + NB + "; UNICEF" + NB + "; FAO" + NB + "; OCDE"],
    ["Employeurs", "OIE" + NB + "; CGECI"],
    ["Travailleurs", "CSI" + NB + "; UGTCI"],
    ["Entreprises", "Cacao-Sud Négoce SA"],
    ["Société civile et recherche",
     "Anti-Slavery International" + NB + "; International Cocoa Initiative (ICI)" + NB + "; "
     "Université Félix Houphouët-Boigny (Centre ivoirien de recherches économiques et sociales, "
     "CIRES)"],
    ["Secrétariat", "Secrétariat de l’Alliance 8.7 (BIT, Genève)"],
], ruled="rows", widths=[45 * 2.83, 125 * 2.83])

doc.save()
