"""Note de conclusions d'un atelier national de validation (Madagascar, pays pionnier, 2026).

Engagements des parties prenantes en listes introduites par l'acteur, recommandations en formes
impersonnelles et nominales, tableau des prochaines étapes (Activité | Responsable | Échéance) et
encadré de chiffres clés (statistiques). Document fictif.
"""

from docgen import A4, Document
from reportlab.lib.units import mm

doc = Document("fr-note-conclusions-atelier.pdf", size=A4, lang="fr",
               header="République de Madagascar – Ministère du Travail, de l’Emploi, de la Fonction publique "
                      "et des Lois sociales",
               footer="Note de conclusions – atelier national de validation, février 2026",
               page_numbers="{n}/{total}",
               title="Note de conclusions – Atelier national de validation de la feuille de route 2026-2030 "
                     "de Madagascar")

def para(text):
    """A paragraph kept whole on one page, so that no keyed sentence runs over a page break."""
    doc.keep_together(lambda: doc.para(text))


doc.title("Note de conclusions",
          subtitle="Atelier national de validation de la feuille de route 2026-2030 de Madagascar, pays "
                   "pionnier de l’Alliance 8.7 – Antananarivo, 17 et 18 février 2026")

doc.heading("1. Contexte et objectifs", level=1)
para("Madagascar s’est engagé dans l’Alliance 8.7 en qualité de pays pionnier et a mis en œuvre une "
         "première feuille de route nationale, dont l’évaluation finale a été présentée au Comité national "
         "de lutte contre le travail des enfants (CNLTE) lors de sa session de novembre 2025.")
para("Les priorités de la deuxième feuille de route ont été définies lors de l’atelier national de "
         "planification stratégique tenu à Antananarivo les 7 et 8 octobre 2025. Le projet de feuille de "
         "route qui en est issu s’articule autour de cinq axes : cadre juridique ; inspection et application "
         "de la loi ; protection des victimes ; données et connaissances ; chaînes de valeur agricoles et "
         "minières.")
para("L’atelier de validation, organisé par le ministère du Travail, de l’Emploi, de la Fonction "
         "publique et des Lois sociales (MTEFPLS) avec l’appui de l’Organisation internationale du Travail "
         "(OIT) et du Fonds des Nations Unies pour l’enfance (UNICEF), a réuni 86 participants : ministères "
         "sectoriels, Bureau national de lutte contre la traite des êtres humains (BNLTEH), Institut "
         "national de la statistique (INSTAT), organisations d’employeurs et de travailleurs, Organisation "
         "internationale pour les migrations (OIM), Office des Nations Unies contre la drogue et le crime "
         "(ONUDC), organisations de la société civile et représentants des régions. Il avait pour objet "
         "d’examiner et de valider le projet de feuille de route et d’arrêter les étapes de son adoption.")

with doc.box("Chiffres clés présentés à l’atelier"):
    doc.table([
        ["Indicateur", "Valeur"],
        ["Enfants de 5 à 17 ans astreints au travail des enfants (INSTAT, enquête nationale 2024)",
         "1,9 million, dont 58 % dans des travaux dangereux"],
        ["Victimes de la traite identifiées par le BNLTEH en 2025", "312, dont 204 femmes et 71 enfants"],
        ["Inspecteurs du travail en poste", "148, soit un pour environ 95 000 actifs"],
        ["Travailleuses domestiques malgaches recensées au Liban et au Koweït par les services consulaires",
         "environ 14 000"],
        ["Actions de la première feuille de route réalisées ou en cours", "23 sur 29"],
        ["Coût estimatif de la feuille de route 2026-2030", "41 milliards d’ariary"],
    ], ruled="rows", widths=[100 * mm, 55 * mm])

doc.heading("2. Points saillants des débats", level=1)
para("À l’ouverture, le ministre du Travail, de l’Emploi, de la Fonction publique et des Lois sociales "
         "a rappelé que Madagascar avait ratifié en 2019 le Protocole de 2014 relatif à la convention sur le "
         "travail forcé. Il a annoncé que le Gouvernement présenterait au Parlement, lors de la session "
         "ordinaire de mai 2026, un projet de loi modifiant le Code du travail afin d’y intégrer les "
         "travailleurs domestiques. Il a en outre indiqué que Madagascar entendait ratifier la convention "
         "(nº 190) sur la violence et le harcèlement d’ici à 2027.")
para("La directrice du Bureau de pays de l’OIT pour Madagascar, les Comores, Maurice et les Seychelles "
         "a salué la qualité du processus participatif. Elle a souhaité que la feuille de route soit "
         "assortie d’un cadre de suivi doté d’indicateurs chiffrés et de valeurs de référence.")
para("Le représentant de l’UNICEF a rappelé que près de la moitié des enfants astreints au travail "
         "n’étaient pas scolarisés. Il a recommandé d’aligner la feuille de route sur le plan sectoriel de "
         "l’éducation.")
para("Le coordonnateur du BNLTEH a présenté le bilan de l’identification des victimes en 2025 et les "
         "difficultés liées à l’absence de données consolidées entre la police, la gendarmerie et les "
         "services sociaux.")
para("L’INSTAT a précisé que les estimations présentées reposaient sur l’enquête nationale de 2024 et ne "
         "couvraient pas les travailleurs migrants à l’étranger.")
para("Pour les employeurs, le Groupement des entreprises de Madagascar (GEM) a salué l’inclusion d’un "
         "axe consacré aux chaînes de valeur. Son représentant a toutefois demandé si les petites "
         "entreprises de collecte de vanille bénéficieraient d’un accompagnement financier pour mettre en "
         "place les systèmes de suivi.")
para("Le Fivondronan’ny Mpandraharaha Malagasy (FIVMPAMA) a proposé que le secteur privé soit "
         "représenté au sein du comité de pilotage de la feuille de route.")
para("Au nom des organisations syndicales, la Sendika Kristianina Malagasy (SEKRIMA) a regretté la "
         "faible présence de l’inspection du travail dans les mines de mica du Sud. Elle a demandé que les "
         "syndicats disposent d’un droit d’accès aux sites miniers.")
para("L’OIM a rappelé la situation des travailleuses domestiques malgaches au Liban, au Koweït et en "
         "Arabie saoudite, où de nombreux cas de confiscation de passeports ont été signalés. Elle a "
         "recommandé de conclure des accords bilatéraux de main-d’œuvre avec les principaux pays de "
         "destination avant toute levée de la suspension des départs.")
para("S’exprimant pour les organisations de la société civile, ECPAT France a souligné l’exposition des "
         "enfants à l’exploitation sexuelle dans les zones touristiques de Nosy Be et de Toamasina. Elle a "
         "suggéré la création d’un fonds d’assistance aux victimes.")
para("La représentante du ministère de la Population, de la Protection sociale et de la Promotion de la "
         "Femme (MPPSPF) a décrit le fonctionnement des centres d’écoute et de conseil juridique, qui "
         "accueillent chaque année plusieurs centaines d’enfants victimes. Le représentant du ministère de "
         "la Justice a demandé si le BNLTEH disposerait d’un budget propre pour la future base de données.")

doc.heading("3. Engagements des parties prenantes", level=1)
para("À l’issue des débats, les parties prenantes ont pris les engagements suivants.")
para("<b>Le Gouvernement de Madagascar s’engage à :</b>")
doc.bullets([
    "soumettre la feuille de route 2026-2030 à l’adoption du Conseil des ministres avant la fin du mois "
    "d’avril 2026 ;",
    "réviser le décret nº 2007-563 relatif au travail des enfants afin d’actualiser la liste des travaux "
    "dangereux ;",
    "inscrire, dès l’exercice budgétaire 2027, une ligne budgétaire dédiée à la mise en œuvre de la "
    "feuille de route ;",
    "porter à 250 le nombre d’inspecteurs du travail en poste d’ici à 2028 ;",
    "rendre opérationnel le numéro vert 147 dans les 22 régions.",
], marker="a)")
para("Le MTEFPLS prévoit en outre de former, avec l’appui de l’OIT, 120 inspecteurs du travail à "
         "l’identification des indicateurs du travail forcé au cours du second semestre 2026. Le BNLTEH "
         "entend mettre en place, d’ici à mi-2027, une base de données nationale sur les cas de traite "
         "alimentée par la police, la gendarmerie et les services sociaux.")
para("<b>Le Groupement des entreprises de Madagascar (GEM) s’engage à :</b>")
doc.bullets([
    "lancer en 2026, avec les exportateurs de vanille, un programme de suivi et de remédiation du travail "
    "des enfants dans la région SAVA ;",
    "diffuser auprès de ses membres un guide de diligence raisonnable sur le travail forcé et le travail "
    "des enfants.",
], marker="-")
para("Au sens de la feuille de route, on entend par « remédiation » l’ensemble des mesures prises pour "
         "retirer un enfant d’un travail dangereux et assurer sa scolarisation ou sa formation.")
para("La SEKRIMA, au nom des centrales syndicales, a pris l’engagement d’ouvrir des points d’écoute "
         "syndicaux pour les travailleurs domestiques dans les six anciens chefs-lieux de province.")
para("<b>L’OIT s’engage à :</b>")
doc.bullets([
    "appuyer la formation des inspecteurs du travail à l’identification des indicateurs du travail forcé ;",
    "accompagner l’INSTAT dans la conduite d’une nouvelle enquête nationale sur le travail des enfants en "
    "2027.",
], marker="i.")
para("Pour sa part, l’UNICEF financera au cours de l’année 2026 l’extension du numéro vert 147 aux "
         "régions qui n’en disposent pas encore. ECPAT France s’est engagée à former 400 professionnels du "
         "tourisme à la prévention de l’exploitation sexuelle des enfants d’ici à 2027. L’OIM appuiera, sous "
         "réserve de la mobilisation des fonds, l’organisation de séances d’orientation avant le départ pour "
         "les travailleuses domestiques migrantes.")
para("Par ailleurs, l’Union européenne finance, dans le cadre d’un programme régional, des activités de "
         "sensibilisation dans les ports de Toamasina et de Mahajanga.")

doc.heading("4. Recommandations", level=1)
para("Les participants à l’atelier ont formulé les recommandations suivantes :")
doc.bullets([
    "Renforcer les moyens humains et matériels de l’inspection du travail, en priorité dans les régions "
    "minières et agricoles.",
    "Création d’une base de données nationale unique sur les cas de traite des êtres humains, "
    "interopérable entre les services concernés.",
    "Il est recommandé d’associer les fokonolona et les autorités traditionnelles aux actions de "
    "sensibilisation.",
    "Il conviendrait d’étendre la protection sociale aux travailleurs de l’économie informelle, notamment "
    "dans les mines de saphir et de mica.",
    "Mise en place de mécanismes de suivi et de remédiation du travail des enfants dans les filières "
    "vanille et mica.",
    "Les ministères sectoriels devraient désigner des points focaux chargés du suivi de la feuille de "
    "route.",
    "Réglementation des agences privées de recrutement et interdiction des frais de recrutement à la "
    "charge des travailleurs migrants.",
    "Conclure des accords bilatéraux de main-d’œuvre avec les principaux pays de destination avant toute "
    "levée de la suspension des départs.",
    "Il est souhaitable que le CNLTE se réunisse au moins deux fois par an.",
    "Il est demandé au Secrétariat de l’Alliance 8.7 de faciliter un échange d’expériences avec d’autres "
    "pays pionniers d’Afrique.",
    "Intégrer l’éducation aux droits de l’enfant dans les programmes scolaires du primaire.",
], marker="1.")
para("L’atelier a validé le projet de feuille de route, sous réserve de l’intégration des amendements "
         "formulés en séance.")

doc.heading("5. Prochaines étapes", level=1)
doc.table([
    ["Activité", "Responsable", "Échéance"],
    ["Intégration des amendements et transmission de la version finale de la feuille de route",
     "Secrétariat technique du CNLTE", "15/03/2026"],
    ["Adoption de la feuille de route en Conseil des ministres", "MTEFPLS", "Avril 2026"],
    ["Ateliers régionaux de vulgarisation à Toamasina, Mahajanga et Antsiranana", "MTEFPLS, BNLTEH",
     "Mai 2026"],
    ["Première réunion du comité de pilotage de la feuille de route", "CNLTE", "T2 2026"],
    ["Lancement officiel de la feuille de route à l’occasion de la Journée mondiale contre le travail des "
     "enfants", "MTEFPLS, OIT, UNICEF", "12 juin 2026"],
    ["Formation de 120 inspecteurs du travail aux indicateurs du travail forcé",
     "MTEFPLS, avec l’appui de l’OIT", "Second semestre 2026"],
    ["Révision du décret nº 2007-563 relatif au travail des enfants", "MTEFPLS, CNLTE", "T4 2026"],
    ["Premier rapport annuel d’avancement transmis au Secrétariat de l’Alliance 8.7", "MTEFPLS",
     "Décembre 2026"],
    ["Mise en service de la base de données nationale sur la traite", "BNLTEH", "Mi-2027"],
], ruled="grid", widths=[95 * mm, 45 * mm, 30 * mm], font_size=9)
doc.spacer(6)
doc.para("Contact : secrétariat technique du CNLTE, cnlte-feuille-de-route@example.org", style="small")

doc.save()
