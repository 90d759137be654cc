"""fr-rapport-atelier-national: rapport d'un atelier national de planification stratégique (Togo, fictif).

Séances et panels, commentaires de la salle, trois groupes de travail avec recommandations,
tableau des priorités de la feuille de route, engagements de clôture et prochaines étapes.
"""

from docgen import A4, Document
from reportlab.lib.units import mm


def fr(text: str) -> str:
    """Espaces insécables avant les deux-points et les points-virgules."""
    return text.replace(" :", "\u00a0:").replace(" ;", "\u00a0;")


doc = Document("fr-rapport-atelier-national.pdf", size=A4, lang="fr",
               header="République togolaise – Ministère de la Fonction publique, du Travail et du "
                      "Dialogue social",
               footer="Atelier national de planification stratégique – Alliance 8.7",
               page_numbers="– {n} –",
               title="Rapport de l’atelier national de planification stratégique – Lomé, 2026")


def p(text, **kw):
    doc.para(fr(text), **kw)


def items(lst, marker="bullet"):
    doc.bullets([fr(t) for t in lst], marker=marker)


doc.title("Rapport de l’atelier national de planification stratégique de l’Alliance 8.7",
          subtitle="Lomé (Hôtel du 2 Février), du 8 au 10 septembre 2026")

with doc.box("Contexte"):
    p("Le Togo a ratifié la convention (nº 138) sur l’âge minimum, 1973, et la convention (nº 182) sur "
      "les pires formes de travail des enfants, 1999. Le Gouvernement a adressé sa lettre d’intérêt au "
      "Secrétariat de l’Alliance 8.7 le 12 février 2025 afin de devenir pays pionnier, et des "
      "consultations régionales préparatoires ont eu lieu à Kara et à Dapaong les 14/07/2026 et "
      "16/07/2026.")
    p("L’objectif prioritaire du Projet d’appui à l’éducation de base, en cours depuis 2022, est le "
      "maintien des filles à l’école dans les régions des Savanes et de la Kara. Selon les données "
      "administratives présentées à l’atelier, 27 % des enfants de 5 à 17 ans des zones rurales "
      "exercent une activité économique, souvent dans l’agriculture, les carrières de granit et le "
      "travail domestique.")

doc.heading("1. Séance d’ouverture", level=1)
p("L’atelier a été ouvert par le ministre de la Fonction publique, du Travail et du Dialogue social, "
  "M. Yao Kpégba, en présence de 124 participants issus de l’administration, des organisations "
  "d’employeurs et de travailleurs, de la société civile et des partenaires techniques et financiers. "
  "Le ministre a déclaré que le Gouvernement fera de l’élimination du travail des enfants dans les "
  "carrières et l’agriculture le premier axe de la feuille de route nationale.")
p("La représentante de l’UNICEF au Togo, Mme Léa Mahoungou, a rappelé que la protection de "
  "l’enfance relevait d’une responsabilité partagée entre l’État, les familles et les communautés. "
  "Elle a insisté sur la nécessité de relier la feuille de route au système national de protection "
  "sociale.")
p("Le directeur de l’Équipe d’appui technique au travail décent et du Bureau de pays de l’OIT à "
  "Abidjan a salué l’engagement du Togo et a indiqué que le BIT appuierait l’INSEED dans la "
  "conception et l’analyse de l’enquête nationale sur le travail des enfants.")

doc.heading("2. Panel – État des lieux et défis", level=1)
p("Le panel, modéré par Mme Afi Sénou, journaliste, a réuni l’INSEED, la Direction générale du "
  "travail, la Confédération syndicale des travailleurs du Togo (CSTT), le Conseil national du "
  "patronat du Togo (CNP-Togo) et l’Association togolaise pour la protection de l’enfance (ATPE).")
p("M. Kodjo Amégah, directeur des statistiques démographiques à l’INSEED, a présenté les données "
  "disponibles et a souligné que la dernière enquête spécifique datait de 2010. Il a informé "
  "l’assemblée que l’INSEED réalisera l’enquête nationale sur le travail des enfants (ENTE) au "
  "deuxième semestre 2027, avec un échantillon de 9 000 ménages.")
p("La Direction générale du travail a fait valoir que l’inspection du travail ne comptait que 58 "
  "inspecteurs pour l’ensemble du territoire, dont très peu interviennent dans l’économie informelle. "
  "Elle a proposé que des inspecteurs togolais effectuent une visite d’échange dans un autre pays "
  "pionnier afin d’étudier les méthodes d’inspection dans le secteur informel.")
p("Prenant la parole pour la CSTT, Mme Essi Lawson a déploré l’absence de délégués syndicaux dans les "
  "carrières et a appelé à la création de comités locaux de vigilance associant les syndicats.")
p("Le CNP-Togo a reconnu que les petites entreprises connaissaient mal leurs obligations. Son "
  "représentant a estimé que des outils simples en langues nationales seraient plus efficaces que "
  "de nouvelles réglementations.")
p("L’ATPE a décrit le parcours des enfants retirés des carrières de granit de la préfecture de "
  "l’Avé, accueillis dans ses deux centres de transit depuis 2021.")

doc.heading("Commentaires de la salle", level=2)
items([
    "Une représentante de la préfecture de Tône a demandé quelles mesures étaient prévues pour les "
    "enfants talibés et les enfants confiés.",
    "Le délégué de la Confédération nationale des travailleurs du Togo (CNTT) a exprimé la crainte "
    "que la feuille de route reste sans financement.",
    "La représentante de l’OIM a rappelé que le Togo est à la fois pays d’origine, de transit et de "
    "destination de la traite, notamment vers le Gabon et le Nigéria.",
    "Le ministère de l’Action sociale, de la Solidarité et de la Promotion de la femme a répondu que "
    "le numéro vert Allô 1011 reçoit déjà les signalements d’enfants en danger.",
])

doc.heading("3. Travaux en groupes", level=1)
p("Les participants se sont répartis en trois groupes de travail. Leurs conclusions ont été "
  "présentées en plénière le 9 septembre après-midi et sont résumées ci-dessous.")

doc.heading("Groupe de travail 1 – Travail des enfants et éducation", level=2)
p("Le groupe recommande que :")
items([
    "la liste des travaux dangereux interdits aux enfants, fixée par l’arrêté de 2007, soit révisée "
    "avant la fin de 2027 en y incluant le concassage de granit ;",
    "les cantines scolaires soient étendues en priorité aux cantons où le travail des enfants est le "
    "plus répandu ;",
    "l’âge de fin de scolarité obligatoire soit aligné sur l’âge minimum d’admission à l’emploi.",
], marker="a)")
p("Les communes devraient inscrire dans leur budget une ligne consacrée à la prise en charge des "
  "enfants retirés du travail.")

doc.heading("Groupe de travail 2 – Travail forcé, traite et migration", level=2)
p("Il a été proposé de mettre en place un mécanisme national de référencement des victimes de "
  "traite, reliant la police, les services sociaux et les ONG d’accueil. Les participants ont "
  "recommandé de former les agents des postes frontaliers de Kodjoviakopé et de Cinkassé à "
  "l’identification des victimes. Le groupe invite le ministère de la Sécurité et de la Protection "
  "civile à publier chaque année des statistiques sur les affaires de traite. Selon le groupe, les "
  "agences de recrutement privées devraient être soumises à un agrément renouvelable.")

doc.heading("Groupe de travail 3 – Cadre juridique, inspection et dialogue social", level=2)
p("Il conviendrait de doter l’inspection du travail de moyens de déplacement pour les zones rurales. "
  "Le groupe suggère que l’Alliance 8.7 facilite un échange d’expériences avec d’autres pays pionniers "
  "sur l’inspection du travail dans le secteur informel. Il recommande en outre que la ratification "
  "de la convention (nº 189) sur les travailleuses et travailleurs domestiques, 2011, figure parmi "
  "les priorités de la feuille de route. Les partenaires techniques et financiers sont encouragés à "
  "aligner leurs programmes sur la future feuille de route.")
p("Le groupe note par ailleurs que le Conseil national du dialogue social, créé en 2014, ne s’est pas "
  "encore saisi de la question du travail forcé.")

doc.heading("4. Priorités retenues pour la feuille de route 2027-2030", level=1)
p("À l’issue de la plénière du 10 septembre, les participants ont retenu les priorités suivantes "
  "pour la feuille de route, chacune confiée à une structure responsable et assortie d’une échéance :")
doc.table([
    ["Axe", "Priorité", "Responsable", "Échéance"],
    ["1. Travail des enfants", "Révision de la liste des travaux dangereux interdits aux enfants",
     "MFPTDS", "Fin 2027"],
    ["", "Réalisation de l’enquête nationale sur le travail des enfants (ENTE)", "INSEED",
     "S2 2027"],
    ["2. Traite et travail forcé", "Mise en place du mécanisme national de référencement des "
     "victimes de traite", "Ministère de l’Action sociale", "2028"],
    ["", "Ratification de la convention nº 189", "MFPTDS, Assemblée nationale", "Fin 2027"],
    ["3. Inspection", "Extension des visites d’inspection aux marchés et carrières du secteur "
     "informel", "Direction générale du travail", "À partir du S2 2027"],
], ruled="grid", widths=[34 * mm, 74 * mm, 38 * mm, 24 * mm], spans=[(0, 1, 0, 2), (0, 3, 0, 4)],
    font_size=8.5)
doc.spacer(6)
p("L’atelier a convenu de recommander au Gouvernement de créer une ligne budgétaire dédiée à la "
  "mise en œuvre de la feuille de route dans la loi de finances 2028.")
p("Pour mémoire, le Programme national d’investissement agricole, dont l’objectif est la "
  "modernisation des exploitations familiales, n’entre pas dans le champ de la feuille de route.",
  style="small")

doc.heading("5. Cérémonie de clôture et engagements", level=1)
p("Au nom du Gouvernement, le secrétaire général du ministère de la Fonction publique, du Travail et "
  "du Dialogue social a déclaré que le Togo s’engage à :")
items([
    "soumettre la feuille de route validée au Conseil des ministres d’ici à la fin du premier "
    "trimestre 2027 ;",
    "engager la procédure de ratification de la convention nº 189 avant la fin de 2027 ;",
    "recruter 40 inspecteurs du travail supplémentaires dans le cadre de la loi de finances 2027 ;",
    "rendre compte chaque année des progrès accomplis au Secrétariat de l’Alliance 8.7.",
], marker="(a)")
p("La CSTT et la CNTT se sont engagées à former ensemble 300 délégués syndicaux au repérage du "
  "travail des enfants d’ici à juin 2027. Le CNP-Togo entend, pour sa part, intégrer une clause sur "
  "le travail des enfants dans la charte de responsabilité sociale de ses membres.")
p("L’UNICEF cofinancera l’ENTE et appuiera la révision de la liste des travaux dangereux. L’OIM "
  "prévoit d’appuyer, dès le premier trimestre 2027, la formation des agents des postes frontaliers "
  "de Cinkassé et de Kodjoviakopé. L’ATPE a annoncé l’ouverture d’un troisième centre de transit à "
  "Sokodé en 2027.")
p("Si les financements annoncés se concrétisent, le ministère de l’Action sociale envisagerait "
  "d’ouvrir une ligne d’écoute spécialisée pour les victimes de traite.")

doc.heading("6. Prochaines étapes", level=1)
items([
    "Le comité technique de rédaction se réunira le 5 octobre 2026 pour intégrer les recommandations "
    "des groupes de travail au projet de feuille de route.",
    "La Direction générale du travail présentera les résultats de l’atelier au Bureau élargi du GCG "
    "en octobre 2026.",
    "Un atelier de validation de la feuille de route se tiendra début mars 2027 à Kara.",
])
p("Rapport établi par le secrétariat technique de l’atelier. Contact : atelier.a87.togo@example.org",
  style="small")

if __name__ == "__main__":
    print(doc.save())
