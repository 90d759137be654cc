"""fr-atelier-validation.pdf: note de synthèse d'un atelier national de validation (Bénin, 2022).

Working groups (prose, bullets, ruled table), plenary turns, agreed actions, next steps.
"""

from docgen import A4
from fr_layout import FrDoc

doc = FrDoc("fr-atelier-validation.pdf", size=A4,
            header="République du Bénin – Ministère du Travail et de la Fonction publique",
            footer="Note de synthèse – Atelier national de validation du PAN-TPTF",
            page_numbers="– {n} –",
            title="Note de synthèse – atelier national de validation du PAN-TPTF 2023-2027")

doc.title("Note de synthèse – Atelier national de validation du Plan d'action national de lutte "
          "contre la traite des personnes et le travail forcé (PAN-TPTF 2023-2027)",
          subtitle="Grand-Popo (Bénin), 22-24 novembre 2022")

with doc.box("L'atelier en bref"):
    doc.bullets(["92 participants : administrations centrales et déconcentrées, partenaires "
                 "sociaux, organisations de la société civile, partenaires techniques et "
                 "financiers, observateurs du Togo et du Nigeria ;",
                 "trois groupes de travail thématiques et une plénière de restitution ;",
                 "le projet de plan a été validé sous réserve de l'intégration des amendements "
                 "formulés en séance."], marker="-")

doc.heading("1. Contexte et objectifs")
doc.para("Le Bénin est à la fois pays d'origine, de transit et de destination de la traite des "
         "personnes. Des enfants béninois sont exploités comme domestiques (« vidomègon ») dans "
         "les grandes villes ou dans les carrières de granit d'Abeokuta, au Nigeria, tandis que des "
         "enfants originaires du Niger et du Togo travaillent sur les marchés de Cotonou. Le pays a "
         "ratifié les conventions n° 138 et n° 182 de l'OIT en 2001 et s'est doté en 2015 d'un Code "
         "de l'enfant qui réprime la traite des mineurs.")
doc.para("Le projet de PAN-TPTF a été élaboré lors d'un atelier technique de rédaction tenu à "
         "Bohicon en août 2022, puis soumis à des consultations régionales à Parakou les 13 et 14 "
         "septembre 2022. L'atelier de Grand-Popo avait pour objet d'en valider le contenu, de "
         "recueillir les observations des parties prenantes et d'arrêter les prochaines étapes.")

doc.heading("2. Cérémonie d'ouverture")
doc.para("L'atelier a été ouvert le 22 novembre 2022 par M. Rodrigue Ahouansou, directeur de "
         "cabinet du ministre du Travail et de la Fonction publique (MTFP). Il a rappelé que la "
         "lutte contre la traite figurait parmi les priorités du Programme d'actions du "
         "Gouvernement. Il a annoncé que le Bénin adresserait au Secrétariat de l'Alliance 8.7, au "
         "premier semestre 2023, une lettre d'intérêt en vue de devenir pays pionnier.")
doc.para("La cheffe de mission de l'Organisation internationale pour les migrations (OIM) au "
         "Bénin, Mme Clarisse Dossou-Yovo, a salué le caractère participatif du processus et a "
         "souligné que près de deux tiers des victimes identifiées en 2021 étaient des enfants.")

doc.heading("3. Travaux des groupes")
doc.heading("Groupe 1 – Prévention et sensibilisation (facilitation : UNICEF)", level=2)
doc.para("Le groupe 1 a recommandé d'intégrer des modules sur la traite et le travail forcé dans "
         "les programmes de formation initiale des enseignants. Il a également suggéré de mener des "
         "campagnes de sensibilisation en langues nationales (fon, yoruba, dendi, bariba) dans les "
         "communes frontalières, et de renforcer l'enregistrement des naissances dans les zones "
         "rurales.")
doc.heading("Groupe 2 – Protection et assistance aux victimes (facilitation : OIM)", level=2)
doc.para("Les recommandations du groupe 2 sont les suivantes :")
doc.bullets(["élaborer des procédures opérationnelles normalisées d'identification et "
             "d'orientation des victimes ;",
             "créer un fonds d'assistance aux victimes alimenté par les amendes et les biens "
             "confisqués ;",
             "assurer un suivi psychosocial des enfants rapatriés pendant au moins douze mois."],
            marker="bullet")
doc.heading("Groupe 3 – Poursuites, coopération et coordination (facilitation : ONUDC)", level=2)
doc.table([
    ["N°", "Recommandation du groupe 3", "Observation"],
    ["3.1", "Désigner des magistrats référents en matière de traite dans chaque tribunal de "
            "première instance", "Adoptée"],
    ["3.2", "Actualiser l'accord de coopération entre le Bénin et le Nigeria sur la lutte contre "
            "la traite des personnes", "Adoptée"],
    ["3.3", "Doter l'inspection du travail de moyens de déplacement pour les contrôles dans les "
            "carrières et les plantations", "Adoptée avec amendement"],
], ruled="rows", widths=[30, 330, 120])

doc.heading("4. Débats en plénière")
doc.para("Le représentant du Conseil national du patronat du Bénin (CNP-Bénin) a souhaité que "
         "les obligations de diligence raisonnable prévues par le plan soient introduites "
         "progressivement pour les petites entreprises. Il a précisé que le CNP-Bénin diffuserait "
         "auprès de ses membres, au premier semestre 2023, un guide sur le recrutement équitable.")
doc.para("Au nom des centrales syndicales, la secrétaire générale de la Confédération des "
         "syndicats autonomes du Bénin (CSA-Bénin) a regretté la faible représentation des "
         "travailleurs de l'économie informelle au sein du comité de pilotage. La CSA-Bénin et "
         "l'Union nationale des syndicats des travailleurs du Bénin (UNSTB) s'engagent à mettre en "
         "place des cellules de veille syndicale dans les marchés de Dantokpa et d'Ouando.")
doc.para("Le commissaire de l'Office central de protection des mineurs, de la famille et de la "
         "répression de la traite des êtres humains (OCPM) a fait état de 312 enfants interceptés "
         "aux frontières en 2021, contre 245 en 2020.")
doc.para("Une représentante de Plan International Bénin a demandé comment les communes seraient "
         "associées au financement du plan.")
doc.para("Le délégué du Togo, invité en qualité d'observateur, a indiqué que son pays "
         "accueillerait à Lomé, au cours du premier trimestre 2023, une réunion transfrontalière "
         "des services de protection de l'enfance du Bénin, du Togo et du Nigeria.")
doc.para("La représentante de la National Agency for the Prohibition of Trafficking in Persons "
         "(NAPTIP) du Nigeria a proposé la création d'une équipe conjointe d'enquête "
         "Bénin-Nigeria sur les filières d'exploitation des enfants dans les carrières "
         "d'Abeokuta.")
doc.para("Le représentant du Bureau international du Travail (BIT) a confirmé que le Bureau "
         "apporterait un appui technique à l'élaboration du cadre de suivi-évaluation du plan.")

doc.heading("5. Actions convenues")
doc.para("À l'issue des échanges, la plénière a convenu :")
doc.bullets(["de créer un comité technique restreint chargé d'intégrer les amendements avant le "
             "15 décembre 2022 ;",
             "d'annexer au plan un cadre budgétaire chiffré, assorti d'indicateurs de résultats ;",
             "de tenir chaque année une revue conjointe du plan avec l'ensemble des parties "
             "prenantes."], marker="a)", indent=28)

doc.heading("6. Engagements et prochaines étapes")
doc.para("Le MTFP transmettra le PAN-TPTF validé au Conseil des ministres avant le 31 mars 2023. "
         "Le ministère des Affaires sociales et de la Microfinance (MASM) élaborera d'ici juin "
         "2023 les procédures opérationnelles normalisées d'identification et d'orientation des "
         "victimes, en lien avec l'OCPM.")
doc.para("L'Institut national de la statistique et de la démographie (INStaD) est appelé à "
         "intégrer un module sur le travail forcé dans l'enquête sur l'emploi prévue en 2024.")
doc.para("Le Bénin et le Togo comptent signer, avant la fin de 2023, un protocole additionnel à "
         "leur accord bilatéral de coopération contre la traite des enfants.")
doc.para("Enfin, l'Office des Nations Unies contre la drogue et le crime (ONUDC) a fait savoir "
         "qu'il formerait 40 magistrats et officiers de police judiciaire en 2023 dans le cadre de "
         "son programme régional pour l'Afrique de l'Ouest.")
doc.para("<i>Rapporteurs : Direction générale du Travail (MTFP) et ReSPESD (Réseau des structures "
         "de protection des enfants en situation difficile). Contact : dgt-pantptf@example.org.</i>",
         style="small")

doc.save()
