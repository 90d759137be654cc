"""Procès-verbal d'une session du comité national de pilotage (Tchad, 2023), en français.

Style meeting-report : points de l'ordre du jour numérotés, interventions au style indirect
(conditionnel du discours rapporté) et quelques citations, décisions encadrées, tableau de suivi
des décisions à filets (dont des lignes déjà réalisées), liste de présence sans filets.
"""

import re

from docgen import A4, Document, mm

NB = "\u00a0"


def fr(text: str) -> str:
    """French typography: non-breaking spaces before : ; ? ! and inside guillemets."""
    for a, b in ((" :", NB + ":"), (" ;", NB + ";"), (" ?", NB + "?"), (" !", NB + "!"),
                 ("« ", "«" + NB), (" »", NB + "»")):
        text = text.replace(a, b)
    return re.sub(r"(\d) (\d{3}|h )", "\\1" + NB + "\\2", text)


doc = Document("fr-proces-verbal-comite.pdf", size=A4, lang="fr",
               header="République du Tchad – Comité national de pilotage de la lutte contre le "
                      "travail forcé et la traite des personnes (CNP-TFTP)",
               footer="PV n° 004/CNP-TFTP/2023 – diffusion restreinte",
               page_numbers="Page {n}/{total}", margin=18 * mm,
               title="Procès-verbal de la 4e session ordinaire du CNP-TFTP")


def p(text, **kw):
    """One paragraph, never split across pages (a page break would cut a statement in two)."""
    if kw.get("style", "body") == "body":
        kw = dict(fontSize=9.6, leading=12.8, **kw)
    doc.keep_together(lambda: doc.para(fr(text), **kw))


def dashes(texts):
    """A dash list whose items are each kept on one page."""
    for text in texts:
        doc.keep_together(lambda: doc.bullets([fr(text)], marker="-"))


doc.title("Procès-verbal de la quatrième session ordinaire du Comité national de pilotage",
          subtitle="N’Djamena, ministère de la Fonction publique, du Travail et du Dialogue social – "
                   "jeudi 14 décembre 2023")

p("L’an deux mille vingt-trois et le quatorze décembre, à 9 h 30, s’est tenue dans la salle de "
  "conférence du ministère de la Fonction publique, du Travail et du Dialogue social (MFPTDS) la "
  "quatrième session ordinaire du Comité national de pilotage de la lutte contre le travail forcé et "
  "la traite des personnes (CNP-TFTP), sous la présidence de M. Hassan Abdoulaye Mbodou, Secrétaire "
  "général du MFPTDS, président du Comité. Le secrétariat de séance était assuré par Mme Kaltouma "
  "Youssouf Ahmat, Secrétaire permanente du Comité.")
p("Le quorum étant atteint (19 membres présents sur 24), le Président a déclaré la session ouverte. "
  "Dans son mot d’introduction, il a rappelé que le Comité avait été créé par arrêté en 2021 et que "
  "la présente session était la dernière de l’année. « Le Tchad ne peut plus se contenter de "
  "textes ; il nous faut désormais des résultats mesurables, inspection par inspection, province par "
  "province », a-t-il déclaré.")

doc.heading("Ordre du jour", level=2)
doc.bullets([fr(t) for t in [
    "Adoption de l’ordre du jour et du procès-verbal de la troisième session ;",
    "Point d’exécution des décisions de la troisième session ;",
    "Examen du projet de plan d’action national 2024-2026 (PAN) ;",
    "Protocole de 2014 relatif à la convention sur le travail forcé et statut de pays pionnier de "
    "l’Alliance 8.7 ;",
    "Enquête nationale sur le travail des enfants et le travail forcé ;",
    "Divers.",
]], marker="1.")

doc.heading("Point 1 – Adoption de l’ordre du jour et du procès-verbal", level=1)
p("L’ordre du jour a été adopté sans amendement. Le procès-verbal de la troisième session ordinaire, "
  "tenue le 7 septembre 2023 à N’Djamena, a été adopté sous réserve de la correction de la liste des "
  "membres excusés.")

doc.heading("Point 2 – Point d’exécution des décisions de la troisième session", level=1)
p("La Secrétaire permanente a présenté l’état d’exécution des décisions. Sur les neuf décisions prises "
  "en septembre, cinq ont été entièrement exécutées, trois sont en cours et une n’a connu aucun début "
  "d’exécution. Elle a rappelé que l’atelier de formation des inspecteurs du travail à "
  "l’identification des victimes de travail forcé s’était tenu à Moundou du 23 au 25 octobre 2023, "
  "avec l’appui du Bureau international du Travail (BIT), et que 31 inspecteurs et contrôleurs y "
  "avaient pris part.")
p("Le représentant de l’Union des syndicats du Tchad (UST) a regretté que la décision relative au "
  "recrutement de vingt inspecteurs supplémentaires n’ait toujours pas été suivie d’effet. Il a "
  "demandé au MFPTDS de communiquer au Comité un calendrier précis de ces recrutements.")
p("En réponse, le Directeur général du travail a précisé que les postes seraient ouverts dans la loi "
  "de finances 2024, si l’arbitrage budgétaire en cours était favorable au ministère.")

def point3():
    doc.heading("Point 3 – Examen du projet de plan d’action national 2024-2026", level=1)
    doc.para(fr("Le consultant national, M. Djimrangar Ngarlem, a présenté le projet de PAN, articulé autour de "
      "quatre axes : prévention, protection des victimes, poursuites et coordination. Le coût total est "
      "estimé à 4,2 milliards de francs CFA, dont 38 pour cent restent à mobiliser. Le projet a été "
      "élaboré à l’issue de consultations provinciales à Abéché, Moundou et Mongo."))


doc.keep_together(point3)
p("Au cours des échanges, les interventions suivantes ont été enregistrées :")
dashes([
    "La représentante du ministère de la Femme et de la Protection de la petite enfance (MFPPE) a "
    "souhaité que la situation des enfants bouviers et des enfants mendiants figure explicitement "
    "dans l’axe prévention. Elle a suggéré d’y ajouter une action de retrait et de réinsertion "
    "scolaire des enfants bouviers dans les provinces du Salamat et du Moyen-Chari.",
    "S’exprimant au nom des employeurs, le représentant du Conseil national du patronat tchadien "
    "(CNPT) a indiqué que son organisation élaborerait, d’ici à juin 2024, un guide de diligence "
    "raisonnable à l’intention des entreprises des secteurs pétrolier et du bâtiment.",
    "Le représentant de l’UST a estimé que « les travailleurs domestiques restent invisibles, dans nos "
    "statistiques comme dans nos inspections ». Il a plaidé pour que le PAN prévoie la ratification "
    "de la convention (n° 189) sur les travailleuses et travailleurs domestiques, 2011.",
    "La représentante du ministère de la Justice, chargé des Droits humains, a annoncé que son "
    "département procéderait à la désignation de magistrats référents en matière de traite dans les "
    "tribunaux de grande instance de N’Djamena, Moundou et Abéché au cours du premier semestre 2024.",
    "La Commission nationale des droits de l’homme (CNDH) a fait observer que le projet restait muet "
    "sur l’orientation des victimes. Elle a proposé que le PAN institue un mécanisme national "
    "d’orientation des victimes de la traite, assorti de procédures opérationnelles standard.",
    "Le représentant du Réseau tchadien de lutte contre la traite des enfants (RETLTE) a demandé "
    "quels moyens seraient alloués aux trois centres d’accueil existants, dont deux fonctionnent "
    "sans personnel permanent.",
])
with doc.box("Décision n° 4.1"):
    doc.para("<b>Le Comité valide le projet de plan d’action national 2024-2026 sous réserve de la prise en "
      "compte des observations formulées en séance. Le Secrétariat permanent intégrera les amendements "
      "d’ici au 31 janvier 2024. Le MFPTDS transmettra la version finale au Secrétariat général du "
      "Gouvernement pour adoption en Conseil des ministres avant la fin du mois de mars 2024.</b>")

doc.heading("Point 4 – Protocole de 2014 et statut de pays pionnier", level=1)
p("Le Président a rappelé que le Tchad a ratifié les conventions fondamentales nos 29 et 105 sur le "
  "travail forcé dès les années 1960 et s’est doté en 2018 d’un texte spécifique relatif à la lutte "
  "contre la traite des personnes. Le Protocole de 2014 relatif à la convention sur le travail forcé "
  "n’a en revanche pas encore été ratifié.")
p("Le Directeur général du travail a informé le Comité que le dossier de ratification du Protocole "
  "était finalisé. Il a précisé que le Gouvernement le soumettrait au Conseil national de transition "
  "(CNT) lors de sa session ordinaire de mars 2024. La représentante du BIT a salué cette avancée et "
  "a indiqué que le Bureau apporterait un appui technique à la rédaction de l’exposé des motifs.")
p("Le représentant de l’UST a mis en garde contre une ratification sans lendemain : « Ratifier le "
  "Protocole sans donner de moyens à l’inspection du travail, ce serait signer un chèque sans "
  "provision. »")
p("Le représentant du CNPT a, pour sa part, estimé que les employeurs devraient être associés à la "
  "campagne de vulgarisation qui suivra la ratification.")
p("Le Président a ensuite exposé la démarche des pays pionniers de l’Alliance 8.7. La représentante "
  "de l’Organisation internationale pour les migrations (OIM) a rappelé que 312 victimes de traite "
  "avaient été identifiées et assistées en 2022, principalement sur les axes menant vers la Libye, "
  "le Niger et le Cameroun. Elle a suggéré la mise en place d’un numéro vert national gratuit pour "
  "le signalement des cas de traite, relié aux services de protection de l’enfance.")
with doc.box("Décision n° 4.2"):
    doc.para("<b>Le Comité décide de saisir le Secrétariat de l’Alliance 8.7 d’une lettre exprimant l’intérêt "
      "du Tchad pour le statut de pays pionnier. La lettre sera signée par le ministre de la Fonction "
      "publique, du Travail et du Dialogue social et transmise avant le 31 janvier 2024.</b>")
p("Il a été convenu que l’atelier national de planification stratégique serait organisé au deuxième "
  "trimestre 2024, avec l’appui du BIT et de l’UNICEF, et que la feuille de route qui en sera issue "
  "s’appuiera sur le PAN 2024-2026.")

doc.heading("Point 5 – Enquête nationale sur le travail des enfants et le travail forcé", level=1)
p("Le Directeur de l’Institut national de la statistique, des études économiques et démographiques "
  "(INSEED), M. Abdelkerim Moussa Tahir, a présenté la note méthodologique. L’INSEED prévoit de lancer "
  "la collecte des données de l’enquête nationale en octobre 2024, sur un échantillon de 9 600 "
  "ménages répartis dans les 23 provinces. La dernière enquête comparable remonte à 2004.")
p("La représentante du BIT a confirmé que le Bureau mettrait à disposition le questionnaire harmonisé "
  "sur le travail forcé et formerait les agents enquêteurs. Le représentant de l’UNICEF a fait savoir "
  "que son organisation cofinancerait l’enquête à hauteur de 40 pour cent du budget, à condition que "
  "le module sur le travail des enfants soit validé par le comité technique avant juin 2024.")
p("Un membre a demandé si l’enquête couvrirait les sites d’orpaillage du Tibesti, difficiles d’accès. "
  "Le Directeur de l’INSEED a répondu qu’un volet qualitatif serait envisagé pour ces zones, sous "
  "réserve des conditions de sécurité.")
with doc.box("Décision n° 4.3"):
    doc.para("<b>Le Comité charge l’INSEED de conduire l’enquête nationale. Les résultats préliminaires "
      "devront être présentés au Comité au plus tard en mars 2025.</b>")

doc.heading("Point 6 – Divers", level=1)
doc.para(fr("Le Président a informé les membres qu’un atelier de sensibilisation des chefs traditionnels et "
  "religieux sur la traite des enfants, organisé par l’OIM, se tiendra à Abéché du 6 au 8 février "
  "2024. Le représentant du CNPT s’est dit prêt à mettre la salle de conférence du patronat à la "
  "disposition du Comité pour ses prochaines sessions."), fontSize=9.6, leading=12.8)
p("La prochaine session ordinaire du Comité se tiendra le 14 mars 2024 à N’Djamena. L’ordre du jour "
  "étant épuisé, le Président a levé la séance à 13 h 20.")

def suivi():
    doc.heading("Tableau de suivi des décisions et recommandations", level=1)
    doc.table([
    ["N°", "Action", "Responsable", "Échéance", "État"],
    ["1", "Intégration des amendements au projet de PAN 2024-2026", "Secrétariat permanent",
     "31/01/2024", "À lancer"],
    ["2", "Transmission du PAN au Conseil des ministres pour adoption", "MFPTDS / SGG",
     "Fin mars 2024", "À lancer"],
    ["3", "Envoi de la lettre d’intérêt au Secrétariat de l’Alliance 8.7", "Cabinet du ministre (MFPTDS)",
     "31/01/2024", "À lancer"],
    ["4", "Soumission du Protocole de 2014 au CNT", "DGT / MFPTDS", "Mars 2024", "En cours"],
    ["5", "Désignation de magistrats référents traite (N’Djamena, Moundou, Abéché)",
     "Ministère de la Justice", "S1 2024", "En cours"],
    ["6", "Lancement de la collecte de l’enquête nationale", "INSEED (appui BIT, UNICEF)",
     "Octobre 2024", "À lancer"],
    ["7", "Guide de diligence raisonnable pour les entreprises", "CNPT", "Juin 2024", "En cours"],
    ["8", "Formation des inspecteurs du travail à l’identification des victimes (Moundou)",
     "DGT / BIT", "Octobre 2023", "Réalisé"],
    ["9", "Élaboration des procédures opérationnelles standard d’orientation des victimes",
     "MFPPE / CNDH", "T4 2024", "À lancer"],
    ], ruled="grid", widths=[22, 200, 110, 70, 62], font_size=8.5)


doc.keep_together(suivi)

doc.spacer(10)
doc.heading("Annexe – Liste de présence (extrait)", level=2)
doc.table([
    ["Nom et prénom", "Structure", "Qualité"],
    ["M. Hassan Abdoulaye Mbodou", "MFPTDS", "Président"],
    ["Mme Kaltouma Youssouf Ahmat", "Secrétariat permanent du CNP-TFTP", "Rapporteure"],
    ["M. Brahim Adoum Haggar", "Direction générale du travail (DGT)", "Membre"],
    ["Mme Achta Mahamat Bichara", "Ministère de la Justice, chargé des Droits humains", "Membre"],
    ["Mme Fatimé Zara Djibrine", "MFPPE", "Membre"],
    ["M. Abdelkerim Moussa Tahir", "INSEED", "Membre"],
    ["M. Nodjitoloum Béassoum", "UST", "Membre"],
    ["M. Ali Kosso Mahamat", "CNPT", "Membre"],
    ["Mme Ngaradoum Mireille", "CNDH", "Membre"],
    ["M. Mbaïdoum Serge", "RETLTE", "Membre"],
    ["Mme Clara Desrosiers", "BIT", "Observatrice"],
    ["Mme Aïcha Ousmane Saleh", "OIM", "Observatrice"],
    ["M. Paul-Henri Nzeyimana", "UNICEF", "Observateur"],
], ruled="none", widths=[150, 230, 80], font_size=8)
doc.spacer(8)
p("Secrétariat permanent : cnp-tftp.secretariat@example.org", style="small")
doc.table([["La Rapporteure", "Le Président"],
           ["Kaltouma Youssouf Ahmat", "Hassan Abdoulaye Mbodou"]],
          ruled="none", widths=[240, 220], header=False, font_size=9)

doc.save()
