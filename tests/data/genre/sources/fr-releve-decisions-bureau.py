"""fr-releve-decisions-bureau: relevé de décisions d'une réunion du Bureau élargi du GCG (fictif).

Paragraphes numérotés au style indirect, encadrés de décision, tableau de suivi des actions.
"""

from docgen import A4, Document
from reportlab.lib.units import mm


def fr(text: str) -> str:
    """Espaces insécables avant les deux-points et les points-virgules."""
    return text.replace(" :", "\u00a0:").replace(" ;", "\u00a0;")


doc = Document("fr-releve-decisions-bureau.pdf", size=A4, lang="fr",
               header="Alliance 8.7 – Groupe de coordination mondial (GCG) – Bureau élargi",
               footer="Secrétariat de l’Alliance 8.7 – secretariat.a87@example.org",
               page_numbers="Page {n} sur {total}",
               title="Relevé de décisions – Bureau élargi du GCG – 20 octobre 2026")


def p(text):
    doc.para(fr(text))


doc.title("Réunion du Bureau élargi du Groupe de coordination mondial",
          subtitle="Relevé de décisions et résumé des débats – Genève (format hybride), 20 octobre 2026")

doc.table([
    ["Date et lieu", "Mardi 20 octobre 2026, siège du BIT, Genève, salle IV, et en ligne"],
    ["Présidence", "Mme Nadia Berrada (Maroc), présidente du GCG"],
    ["Rapporteur", "M. Étienne Vauclair, Secrétariat de l’Alliance 8.7"],
    ["Diffusion", "Membres du GCG et points focaux des pays pionniers – document de travail"],
], ruled="rows", header=False, widths=[38 * mm, 132 * mm], font_size=9)
doc.spacer(8)

p("Le Bureau élargi s’est réuni sous la présidence de Mme Nadia Berrada (Maroc). Y ont pris part "
  "les coprésidents des quatre groupes d’action, les points focaux de six pays pionniers ou candidats "
  "(Guinée, Jordanie, Mauritanie, Tchad, Togo et Viet Nam) ainsi que des représentants du Bureau "
  "international du Travail (BIT), de l’UNICEF, de l’Organisation internationale pour les migrations "
  "(OIM), de l’Office des Nations Unies contre la drogue et le crime (ONUDC), du Haut-Commissariat "
  "aux droits de l’homme (HCDH), de la Confédération syndicale internationale (CSI), de "
  "l’Organisation internationale des employeurs (OIE) et de Walk Free. La Norvège, en sa qualité de "
  "coprésidente du Groupe d’action sur les chaînes d’approvisionnement, était également représentée.")

doc.heading("Point 1 – Ordre du jour et suivi de la réunion précédente", level=1)
p("1.1 La présidente a rappelé que la 6e réunion du Bureau élargi s’était tenue en ligne le "
  "3 juin 2026 et que ses conclusions avaient été diffusées le 19 juin.")
p("1.2 Le Secrétariat a informé le Bureau que sept des neuf actions convenues en juin avaient été "
  "menées à bien, dont la traduction en arabe et en portugais du guide sur le processus des pays "
  "pionniers. Les deux actions restantes concernent la base de données des engagements et seront "
  "reprises au point 3.")
with doc.box("Décision B7/1"):
    p("Le Bureau adopte l’ordre du jour provisoire sans modification et prend note du rapport de suivi "
      "présenté par le Secrétariat.")

doc.heading("Point 2 – Point sur les pays pionniers", level=1)
p("2.1 Le représentant du Togo, M. Komlan Adjévi, Directeur général du travail au ministère de la "
  "Fonction publique, du Travail et du Dialogue social, a informé le Bureau de la tenue à Lomé, du 8 "
  "au 10 septembre 2026, de l’atelier national de planification stratégique, qui a réuni plus de "
  "120 participants. Il a précisé que le projet de feuille de route serait soumis au Conseil des "
  "ministres avant la fin du premier trimestre 2027. Il a ajouté que l’Institut national de la "
  "statistique et des études économiques et démographiques (INSEED) réaliserait en 2027 la première "
  "enquête nationale sur le travail des enfants depuis 2010, et que le Togo déposerait son instrument "
  "de ratification de la convention (nº 189) sur les travailleuses et travailleurs domestiques, 2011, "
  "au cours de la même année.")
p("2.2 La déléguée de la Guinée a rappelé que son pays avait adressé une lettre d’intérêt au "
  "Secrétariat en mars 2026. Elle a indiqué que l’atelier national de planification stratégique se "
  "tiendrait à Conakry au premier semestre 2027 et a sollicité l’appui technique du BIT et de "
  "l’UNICEF pour sa préparation. Elle a également souhaité savoir si la Guinée pourrait bénéficier "
  "du fonds d’amorçage destiné aux nouveaux pays pionniers.")
p("2.3 Le représentant de la Mauritanie a souligné les progrès accomplis depuis l’adoption, en "
  "2015, de la loi incriminant l’esclavage et réprimant les pratiques esclavagistes, tout en "
  "reconnaissant que le nombre de condamnations restait faible. Il a annoncé que la Commission "
  "nationale des droits de l’homme et le ministère de la Justice publieront, au cours du second "
  "semestre 2027, un premier rapport conjoint sur les affaires portées devant les cours criminelles "
  "spécialisées.")
p("2.4 Le délégué du Tchad a exprimé la vive préoccupation de son Gouvernement face au recrutement "
  "d’enfants par des groupes armés dans la province du Lac. Il a indiqué que le Tchad compte "
  "soumettre à l’Assemblée nationale, en 2027, le projet de loi autorisant la ratification de la "
  "convention nº 189. Il a demandé si le Groupe d’action sur les situations de conflit et les "
  "situations humanitaires pourrait appuyer une mission d’évaluation conjointe dans la province du Lac.")
p("2.5 La représentante de la Jordanie a salué l’appui de l’OIM au dispositif de recrutement "
  "équitable des travailleurs migrants du secteur agricole, en place depuis 2024. Elle a précisé que "
  "le ministère du Travail étendra ce dispositif au secteur de l’habillement d’ici à mi-2027.")
p("2.6 Le Viet Nam a présenté les résultats de la deuxième année de mise en œuvre de son plan "
  "national, marquée notamment par la formation de 1 400 inspecteurs du travail. Sa délégation a "
  "proposé que le Bureau publie un recueil des bonnes pratiques des pays pionniers en matière "
  "d’inspection du travail dans l’économie informelle.")
p("2.7 La présidente a répondu à la Guinée que les critères d’accès au fonds d’amorçage seraient "
  "examinés par le GCG à sa prochaine réunion.")

with doc.box("Décision B7/2"):
    p("Le Bureau :")
    doc.bullets([fr(t) for t in [
        "prend note avec satisfaction des rapports présentés par les pays pionniers ;",
        "invite le Secrétariat à organiser, la semaine du 16 novembre 2026, un webinaire d’échange "
        "entre pays pionniers sur l’inspection du travail dans l’économie informelle ;",
        "recommande au GCG d’accueillir officiellement la Guinée comme pays pionnier lors de sa "
        "prochaine réunion ;",
        "encourage les pays pionniers qui ne l’ont pas encore fait à communiquer au Secrétariat, avant "
        "le 31 janvier 2027, un point de contact unique pour le suivi de leur feuille de route.",
    ]], marker="a)")

doc.heading("Point 3 – Programmes de travail 2027 des groupes d’action", level=1)
p("3.1 S’exprimant au nom du Groupe d’action sur les chaînes d’approvisionnement, Mme Ingrid "
  "Solberg (Norvège) a rappelé que le groupe avait lancé en 2025 une série de dialogues sectoriels "
  "sur le cacao et le coton. Elle a suggéré que les dialogues de 2027 portent en priorité sur "
  "l’orpaillage artisanal et la pêche.")
p("3.2 Pour le Groupe d’action sur la migration, l’OIM a proposé l’élaboration, d’ici juin 2027, "
  "d’une note d’orientation sur les frais de recrutement mis à la charge des travailleurs migrants. "
  "Elle a fait observer que ces frais représentaient encore jusqu’à six mois de salaire dans certains "
  "corridors.")
p("3.3 La CSI, au nom du groupe des travailleurs, a appelé à associer systématiquement les "
  "centrales syndicales nationales aux ateliers de planification stratégique des pays pionniers.")
p("3.4 L’OIE a souligné que les organisations d’employeurs des pays pionniers manquaient souvent de "
  "moyens pour participer aux travaux des groupes d’action, et s’est engagée à mobiliser ses membres "
  "du Togo et de la Guinée autour d’un programme de formation sur la diligence raisonnable en 2027.")
p("3.5 L’UNICEF a informé le Bureau qu’il cofinancerait l’enquête nationale sur le travail des "
  "enfants prévue au Togo, aux côtés du BIT.")
p("3.6 Walk Free a noté que peu de feuilles de route comportaient des valeurs de référence "
  "chiffrées. L’organisation a recommandé que chaque feuille de route des pays pionniers comporte "
  "des indicateurs de référence alignés sur les estimations mondiales de l’esclavage moderne.")
p("3.7 Le HCDH a demandé comment les recommandations des organes conventionnels seraient prises en "
  "compte dans les rapports d’avancement des pays pionniers.")
p("3.8 L’ONUDC a annoncé le lancement, au premier trimestre 2027, d’un module de formation en ligne "
  "destiné aux procureurs sur la traite des personnes aux fins de travail forcé.")

with doc.box("Pour mémoire – programmes en cours", shaded=False):
    p("L’objectif prioritaire du programme régional de l’OIM sur la mobilité de la main-d’œuvre en "
      "Afrique de l’Ouest, mis en œuvre depuis 2023, est la réduction des frais de recrutement dans "
      "les corridors Sahel–Maghreb. La priorité du projet du BIT sur l’orpaillage artisanal au "
      "Burkina Faso, en cours depuis 2022, reste le retrait des enfants des sites d’extraction.")

with doc.box("Décision B7/3"):
    p("Le Bureau approuve les grandes lignes des programmes de travail 2027 et invite les "
      "coprésidents des groupes d’action à soumettre leurs programmes détaillés au Secrétariat avant "
      "le 15 janvier 2027. Il a été proposé que le rapport d’avancement annuel de 2027 comporte une "
      "section consacrée à la participation des partenaires sociaux. Selon plusieurs membres, il "
      "conviendrait de traduire la boîte à outils sur la diligence raisonnable en français et en arabe.")

doc.heading("Point 4 – Questions diverses et prochaines réunions", level=1)
p("4.1 Le Maroc a proposé d’accueillir à Rabat la prochaine réunion du GCG, prévue au deuxième "
  "trimestre 2027. La Jordanie a appuyé cette proposition.")
p("4.2 La CSI a rappelé que la Journée mondiale contre le travail des enfants, le 12 juin 2027, "
  "offrirait l’occasion d’une communication commune des membres de l’Alliance.")
p("4.3 La prochaine réunion du Bureau élargi se tiendra en ligne le 9 février 2027.")

doc.heading("Tableau de suivi des actions convenues", level=1)
doc.table([
    ["Nº", "Action", "Responsable", "Échéance"],
    ["1", "Organiser le webinaire d’échange entre pays pionniers sur l’inspection du travail dans "
          "l’économie informelle", "Secrétariat", "Semaine du 16/11/2026"],
    ["2", "Transmettre au GCG la recommandation relative à l’accueil de la Guinée",
          "Présidence (Maroc)", "Prochaine réunion du GCG"],
    ["3", "Cofinancer l’enquête nationale sur le travail des enfants au Togo", "UNICEF et BIT",
          "2027"],
    ["4", "Traduire la boîte à outils sur la diligence raisonnable en français et en arabe",
          "OIE, avec le Groupe d’action sur les chaînes d’approvisionnement", "T2 2027"],
    ["5", "Diffuser le module de formation en ligne destiné aux procureurs", "ONUDC", "T1 2027"],
    ["6", "Communiquer les points de contact uniques des pays pionniers", "Pays pionniers",
          "31 janvier 2027"],
], ruled="grid", widths=[10 * mm, 88 * mm, 44 * mm, 28 * mm], font_size=8.5)
doc.spacer(6)
doc.para(fr("Le présent relevé a été approuvé par la présidence le 27 octobre 2026. Contact : "
         "secretariat.a87@example.org"), style="small")

if __name__ == "__main__":
    print(doc.save())
