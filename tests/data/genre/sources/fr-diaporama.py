"""fr-diaporama.pdf: diaporama (8 slides) of an action-group regional meeting, Yaoundé 2024.

Country columns, partner columns, group proposals, next steps with a question box, work plan
table on its own page.
"""

from docgen import SLIDE
from fr_layout import FrDoc

doc = FrDoc("fr-diaporama.pdf", size=SLIDE, margin=36,
            header="",
            footer="Alliance 8.7 – Groupe d'action sur les situations de conflit et de crise humanitaire – Yaoundé, 16-17 avril 2024", page_numbers="{n}/{total}",
            title="Diaporama – travail des enfants et traite dans les situations de crise")

doc.slide("Enfants, conflits et crises humanitaires : prévenir le travail des enfants et la traite",
          subtitle="Réunion régionale du Groupe d'action sur les situations de conflit et de crise "
                   "humanitaire – Yaoundé (Cameroun), 16-17 avril 2024",
          body=["Présentation du secrétariat technique du Groupe d'action (BIT – UNICEF)",
                "Pays participants : Burkina Faso, Cameroun, Mali, République centrafricaine, "
                "République démocratique du Congo, Tchad",
                "Contact : conflits-ag@example.org"], marker="-")

doc.slide("Le contexte en quelques chiffres",
          body=["Plus de 6,9 millions de personnes déplacées à l'intérieur de la République "
                "démocratique du Congo, dont plus de la moitié sont des enfants",
                "Au Burkina Faso, au Mali et au Niger, plus de 8 000 écoles restaient fermées en "
                "2023 en raison de l'insécurité",
                "Dans l'Est du Tchad, les camps accueillent plus de 600 000 réfugiés soudanais "
                "arrivés depuis avril 2023",
                "Les sites d'orpaillage artisanal recrutent des enfants dès 10 ans dans les six "
                "pays représentés"],
          box=("Acquis depuis 2021",
               "La République centrafricaine a adopté en 2020 un Code de protection de l'enfant ; "
               "le Cameroun a validé en 2022 sa politique nationale de protection de l'enfance."))

doc.slide("Engagements des pays",
          columns=[("Tchad", ["Lettre d'intérêt pour le statut de pays pionnier envoyée en "
                              "mars 2024",
                              "Adoption d'un plan d'action contre le travail des enfants dans "
                              "l'orpaillage (2024)",
                              "Déployer des agents de protection de l'enfance dans les camps de "
                              "réfugiés de l'Est"]),
                   ("République centrafricaine", ["Réintégration de 1 500 enfants sortis des "
                                                  "groupes armés d'ici à 2025",
                                                  "Ratifier le Protocole de 2014 relatif à la "
                                                  "convention sur le travail forcé"]),
                   ("RD Congo", ["Certifier 50 sites miniers artisanaux de cobalt « sans "
                                 "travail des enfants » d'ici 2026",
                                 "Créer une unité spécialisée de la police des mines contre la "
                                 "traite"]),
                   ("Cameroun", ["Suivi du travail des enfants dans les zones d'accueil des "
                                 "déplacés de l'Extrême-Nord",
                                 "Former 200 inspecteurs du travail et travailleurs sociaux en "
                                 "2024"])])

doc.slide("Engagements des partenaires",
          columns=[("UNICEF", ["Appui psychosocial à 20 000 enfants déplacés au Burkina Faso et "
                               "au Mali en 2024",
                               "Cofinancer la réintégration des enfants sortis des groupes armés "
                               "en République centrafricaine"]),
                   ("HCR", ["Intégrer la prévention du travail des enfants dans les plans de "
                            "réponse pour les réfugiés de l'Est du Tchad",
                            "Enregistrer à la naissance tous les enfants nés dans les camps"]),
                   ("OIT", ["Ouvrir l'accès des adolescents réfugiés à la formation "
                            "professionnelle à partir de 2025",
                            "Appuyer les inspections du travail dans les zones minières"])])

doc.slide("Propositions issues des travaux de groupes",
          columns=[("Groupe A – Sahel central",
                    ["Créer des espaces d'apprentissage temporaires là où les écoles sont fermées",
                     "Inclure la prévention du travail des enfants dans tous les plans de "
                     "réponse humanitaire"]),
                   ("Groupe B – Afrique centrale",
                    ["Harmoniser les procédures de remise des enfants sortis des groupes armés "
                     "aux services civils de protection",
                     "Établir une cartographie régionale des sites miniers artisanaux à "
                     "risque"])])

doc.slide("Prochaines étapes",
          body=["Le Cameroun accueillera la prochaine réunion du Groupe d'action à Douala au "
                "second semestre 2024",
                "Le Tchad et la République centrafricaine présenteront leurs engagements à la "
                "réunion du GCG de juillet 2024",
                "Webinaire de restitution ouvert aux membres du Groupe d'action le 12/06/2024",
                "Le secrétariat technique diffusera le compte rendu d'ici au 15 mai 2024"],
          box=("Question pour la discussion",
               "Comment mobiliser les financements humanitaires pour la prévention du travail des "
               "enfants sans réduire l'aide d'urgence ?"))

doc.page_break()
doc.heading("Plan de travail 2024-2025")
doc.table([
    ["Activité", "Responsable", "Échéance"],
    ["Étude régionale sur le travail des enfants dans l'orpaillage au Sahel", "BIT",
     "4e trimestre 2024"],
    ["Note d'orientation sur la traite dans les sites de déplacés", "OIM", "Juin 2024"],
    ["Formation des acteurs humanitaires au standard 12 (travail des enfants) des Standards "
     "minimums pour la protection de l'enfance", "UNICEF", "Mi-2025"],
    ["Cartographie des sites miniers artisanaux à risque dans les provinces du Haut-Katanga et "
     "du Lualaba", "RD Congo – ministère des Mines", "2025"],
    ["Réunion annuelle du Groupe d'action", "Secrétariat technique", "Décembre 2024"],
], ruled="grid", widths=[520, 220, 130], font_size=13)

doc.slide("Merci !",
          body=["Documents de la réunion : espace de travail du Groupe d'action",
                "Secrétariat technique : conflits-ag@example.org"], marker="-")

doc.save()
