"""Diaporama (9 diapositives) : le plan d'action national d'Haïti contre le travail des enfants,
présenté à une consultation régionale. Colonnes de piliers et priorités, calendrier par semestre
(tableau), propositions aux partenaires, dates clés, risques (pas des engagements), prochaines
étapes."""

from docgen import SLIDE
from fr_layout import FrDoc

doc = FrDoc("fr-diaporama-plan-action.pdf", size=SLIDE, margin=36,
            page_numbers="{n}/{total}",
            footer="MAST - PANETEH 2025-2030 - Consultation régionale, Panama, avril 2025",
            title="Plan d'action national pour l'élimination du travail des enfants en Haïti")

# 1. Titre
doc.slide(
    "Plan d'action national pour l'élimination du travail des enfants en Haïti (PANETEH) "
    "2025-2030",
    subtitle="Ministère des Affaires sociales et du Travail (MAST) - Consultation régionale de "
             "l'Alliance 8.7 pour les Amériques, Panama, 3-4 avril 2025",
    body=["Présenté par Mme Roseline Désir-Pierre, Directrice de la protection sociale, MAST",
          "Avec la contribution de l'Institut du bien-être social et de recherches (IBESR) et de "
          "l'Institut haïtien de statistique et d'informatique (IHSI)"],
    box=("Objectif général du plan",
         "Réduire de moitié d'ici 2030 la proportion d'enfants de 5 à 17 ans astreints au travail "
         "et mettre fin au placement d'enfants en domesticité."),
)

# 2. Contexte (constats et acquis : pas d'engagements)
doc.slide(
    "Contexte : où en sommes-nous ?",
    columns=[
        ("Situation des enfants", [
            "Près d'un enfant sur trois âgé de 5 à 17 ans exerce une activité économique "
            "(estimation IHSI, 2022)",
            "Environ 300 000 enfants vivraient en domesticité (« restavèk »)",
            "Plus d'un million de personnes déplacées internes, dont une majorité d'enfants",
            "Recrutement d'enfants par des groupes armés signalé dans l'Ouest et l'Artibonite",
        ]),
        ("Acquis", [
            "Conventions n° 138 et n° 182 de l'OIT ratifiées par Haïti (2009 et 2007)",
            "Loi de 2014 relative à la lutte contre la traite des personnes",
            "Loi de 2003 interdisant les abus, violences et traitements inhumains contre les "
            "enfants",
            "Première liste des travaux dangereux, à actualiser",
        ]),
    ],
    box=("Le défi",
         "Seuls 4 % du budget estimé du plan (38 millions USD) sont couverts à ce jour par des "
         "engagements fermes."),
)

# 3. Piliers et priorités
doc.slide(
    "Quatre piliers, douze priorités",
    columns=[
        ("Pilier 1 - Prévention et éducation", [
            "Scolariser gratuitement 150 000 enfants vulnérables dans les communes prioritaires "
            "(MENFP)",
            "Étendre les cantines scolaires aux sites de personnes déplacées",
            "Lancer une campagne nationale contre le placement d'enfants en domesticité",
        ]),
        ("Pilier 2 - Protection et prise en charge", [
            "Retirer et réinsérer 5 000 enfants en domesticité d'ici 2028",
            "Renforcer la Brigade de protection des mineurs (BPM) dans les 10 départements",
            "Créer un mécanisme national de référencement des enfants victimes",
        ]),
        ("Pilier 3 - Cadre légal et inspection", [
            "Réviser la liste des travaux dangereux interdits aux enfants",
            "Ratifier le Protocole de 2014 relatif à la convention sur le travail forcé",
            "Former 200 inspecteurs du travail et agents de l'IBESR",
        ]),
        ("Pilier 4 - Données et coordination", [
            "Réaliser une enquête nationale sur le travail des enfants avec l'IHSI",
            "Installer le Comité national de pilotage du plan",
            "Publier un rapport annuel de suivi du PANETEH",
        ]),
    ],
    box=("Principe directeur",
         "Chaque priorité est assortie d'indicateurs, d'un service responsable et d'un budget "
         "indicatif (annexe 2 du plan)."),
)

# 4. Calendrier par semestre (tableau sur une page de flux)
doc.page_break()
doc.para("Calendrier de mise en œuvre par semestre (2025-2027)", style="slidetitle")
doc.spacer(6)
doc.table([
    ["Semestre", "Activité", "Responsable", "Appui"],
    ["S2 2025", "Adoption par arrêté de la liste révisée des travaux dangereux", "MAST", "OIT"],
    ["S2 2025", "Installation du Comité national de pilotage du PANETEH", "MAST", "UNICEF"],
    ["S1 2026", "Collecte des données de l'enquête nationale sur le travail des enfants", "IHSI",
     "OIT, UNICEF"],
    ["S1 2026", "Dépôt des instruments de ratification du Protocole de 2014",
     "Ministère des Affaires étrangères et des Cultes (MAEC)", "OIT"],
    ["S2 2026", "Ouverture de 4 centres d'accueil transitoire pour enfants retirés de la "
     "domesticité", "IBESR", "OIM, UNICEF"],
    ["S1 2027", "Formation de la troisième cohorte d'inspecteurs du travail", "MAST", "OIT"],
    ["S2 2027", "Revue à mi-parcours du plan", "MAST", "Tous les partenaires"],
], ruled="rows", widths=[80, 420, 230, 140], font_size=12)

# 5. Propositions aux partenaires
doc.slide(
    "Ce que nous proposons aux partenaires",
    body=[
        "Il est proposé que l'OIT et l'UNICEF cofinancent l'enquête nationale sur le travail des "
        "enfants.",
        "Nous proposons aux partenaires techniques et financiers de créer un fonds commun d'appui "
        "au PANETEH, géré par le MAST et le Ministère de l'Économie et des Finances (MEF).",
        "Le Programme alimentaire mondial (PAM) pourrait intégrer un critère d'assiduité scolaire "
        "dans ses transferts monétaires d'urgence.",
        "L'OIM est invitée à renforcer le suivi des enfants rapatriés de la République dominicaine "
        "aux points frontaliers de Ouanaminthe et de Belladère.",
        "Associer l'Association des industries d'Haïti (ADIH) et la Confédération des travailleurs "
        "des secteurs public et privé (CTSP) au Comité national de pilotage.",
        "Mobiliser l'Alliance 8.7 pour des échanges d'expériences avec d'autres pays pionniers.",
    ],
    box=("Besoin de financement",
         "38 millions USD sur cinq ans, dont 14 millions pour le pilier 2 (protection et prise en "
         "charge)."),
)

# 6. Dates clés
doc.slide(
    "Dates clés",
    body=[
        "<b>3-4 avril 2025</b> - Consultation régionale de l'Alliance 8.7 pour les Amériques, "
        "Panama : présentation du plan",
        "<b>12 juin 2025</b> - Journée mondiale contre le travail des enfants : lancement officiel "
        "du PANETEH à Port-au-Prince",
        "<b>Semaine du 15 septembre 2025</b> - Atelier national de planification stratégique "
        "(démarche pays pionnier), Port-au-Prince",
        "<b>T1 2026</b> - Table sectorielle protection de l'enfance avec les partenaires",
        "<b>10/12/2026</b> - Atelier de restitution des résultats de l'enquête nationale",
    ],
    marker="-",
    box=("Point focal du plan",
         "Direction de la protection sociale, MAST - paneteh.mast@example.org"),
)

# 7. Risques
doc.slide(
    "Risques identifiés",
    columns=[
        ("Risques majeurs", [
            "Insécurité persistante limitant l'accès aux communes prioritaires",
            "Financement extérieur incertain au-delà de 2026",
            "Forte rotation du personnel de l'inspection du travail",
            "Saison cyclonique et catastrophes naturelles",
        ]),
        ("Si ces risques se matérialisent...", [
            "L'enquête nationale pourrait être reportée à 2027 faute de financement",
            "Les cibles de retrait d'enfants seraient revues à la baisse",
            "Des équipes mobiles pourraient remplacer les antennes fixes dans les zones "
            "inaccessibles",
        ]),
    ],
    box=("À noter",
         "Entre 2021 et 2024, trois activités de protection de l'enfance financées par des "
         "partenaires ont été suspendues pour raisons de sécurité."),
)

# 8. Prochaines étapes
doc.slide(
    "Prochaines étapes",
    body=[
        "Nommer les points focaux des dix ministères sectoriels d'ici fin avril 2025",
        "Soumettre le PANETEH au Conseil des ministres pour adoption en mai 2025",
        "Finaliser avec le MEF le budget détaillé du plan avant le 30 juin 2025",
        "Transmettre la lettre d'intérêt d'Haïti au Secrétariat de l'Alliance 8.7 en juin 2025",
        "Organiser l'atelier national de planification stratégique en septembre 2025",
    ],
    marker="1.",
    box=("Engagement du Gouvernement",
         "Le Gouvernement haïtien s'engage à inscrire, dès l'exercice 2025-2026, une ligne "
         "budgétaire dédiée au PANETEH dans la loi de finances."),
)

# 9. Merci
doc.slide(
    "Mèsi anpil - Merci",
    body=[
        "Questions pour la discussion : comment mieux coordonner les appuis des partenaires ? "
        "Quels mécanismes de financement commun ont fonctionné ailleurs dans la région ?",
        "Contact : Direction de la protection sociale, MAST - paneteh.mast@example.org",
    ],
)

doc.save()
