"""fr-note-orientation-deux-colonnes.pdf: note d'orientation en deux colonnes (style bn, en français).

Page 1: a full-width banner (title, chapeau) above two columns; pages 2 on: docgen's two columns.
Articles run from column to column; shaded boxes (l'essentiel, chiffres clés, encadré, citations,
en bref, recommandations d'atelier) sit between two halves of an article; numbered footnotes;
an agenda table without vertical rules and a ruled summary table of pledges.
"""

from reportlab.lib.units import mm
from reportlab.platypus import Frame, NextPageTemplate, PageTemplate

from docgen import A4, TEAL, Document

NB = "\u00a0"
BANNER = 150  # height of the banner frame on page 1, in points


def fr(text: str) -> str:
    """French typography: a non-breaking space before : ; ? ! % and inside « »."""
    for mark in (":", ";", "?", "!", "%", "»"):
        text = text.replace(" " + mark, NB + mark)
    return text.replace("« ", "«" + NB)


class BannerDocument(Document):
    """docgen.Document with a first-page template: a full-width banner above two columns."""

    def _templates(self):
        templates = super()._templates()
        w, h = self.size
        m, gutter = self.margin, 7 * mm
        bottom, top = m + 14 * mm, h - m - 4 * mm
        col = (w - 2 * m - gutter) / 2
        frames = [Frame(m, top - BANNER, w - 2 * m, BANNER, id="banner", leftPadding=0,
                        rightPadding=0, topPadding=0, bottomPadding=0)]
        frames += [Frame(m + i * (col + gutter), bottom, col, top - BANNER - 10 - bottom,
                         id=f"b{i}", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
                   for i in range(2)]
        templates.append(PageTemplate(id="banner", frames=frames, pagesize=self.size,
                                      onPage=self._banner_rule))
        return templates

    def _banner_rule(self, canv, _doc):
        w, h = self.size
        y = h - self.margin - 4 * mm - BANNER - 5
        canv.saveState()
        canv.setStrokeColor(TEAL)
        canv.setLineWidth(1.5)
        canv.line(self.margin, y, w - self.margin, y)
        canv.restoreState()


doc = BannerDocument("fr-note-orientation-deux-colonnes.pdf", size=A4, lang="fr",
                     header="Alliance 8.7 – Note d’orientation n° 2026/03 – Afrique de l’Ouest",
                     footer="Secrétariat de l’Alliance 8.7 – pionniers-ao@example.org",
                     page_numbers="{n}/{total}",
                     title="Note d’orientation – pays pionniers d’Afrique de l’Ouest")
doc._template = "banner"
doc._add(NextPageTemplate("2"))


def para(text: str, **kw):
    doc.para(fr(text), **kw)


def bullets(items, **kw):
    doc.bullets([fr(t) for t in items], **kw)


# --- banner ---------------------------------------------------------------------------------------
doc.title("Pays pionniers d’Afrique de l’Ouest : aller plus loin, plus vite après 2025",
          subtitle="Note d’orientation – avril 2026 – à l’intention des gouvernements, des "
                   "partenaires sociaux et des partenaires techniques et financiers")
para("Cette note a été préparée par le Secrétariat de l’Alliance 8.7 à partir des travaux du "
     "Dialogue de haut niveau d’Abidjan (10 février 2026) et de l’atelier sous-régional de "
     "Cotonou (du 17 au 19 novembre 2025). Elle rassemble les engagements annoncés par les pays "
     "pionniers de la sous-région et par leurs partenaires, et formule des recommandations pour "
     "la période 2026-2030.", style="small")
doc.next_column()

# --- column 1 -------------------------------------------------------------------------------------
with doc.box("L’essentiel"):
    bullets([
        "L’échéance de 2025 fixée par la cible 8.7 pour le travail des enfants n’a pas été tenue ; "
        "l’Afrique subsaharienne concentre près des deux tiers des enfants astreints au travail "
        "dans le monde.",
        "Cinq pays de la sous-région sont pionniers de l’Alliance 8.7 et la Sierra Leone a fait "
        "acte de candidature en janvier 2026.",
        "Les engagements annoncés à Abidjan portent surtout sur le cadre légal, les données et la "
        "protection des victimes ; l’inspection du travail reste le parent pauvre.",
    ], style="small", indent=12)

doc.heading("1. Un bilan contrasté")
para("Depuis l’adoption de la cible 8.7, les pays d’Afrique de l’Ouest ont accompli des progrès "
     "réels : tous ont ratifié les conventions fondamentales n° 138 et n° 182, et la plupart "
     "disposent d’une loi réprimant la traite des personnes. Mais la pandémie, l’insécurité au "
     "Sahel et la flambée des cours de l’or ont inversé la tendance dans plusieurs zones "
     "rurales." + doc.footnote("OIT et UNICEF, Travail des enfants : estimations mondiales 2024, "
                               "tendances et chemin à suivre, New York, 2025."))
para("Les enquêtes nationales récentes montrent que le travail des enfants se concentre dans "
     "l’agriculture familiale, le cacao, le coton et les sites d’orpaillage, ainsi que dans le "
     "travail domestique des filles en milieu urbain. Au Sénégal, la mendicité forcée imposée à "
     "des enfants talibés par certains maîtres coraniques demeure l’une des formes les plus "
     "visibles de l’exploitation.")
with doc.box("Chiffres clés"):
    bullets([
        "<b>5</b> pays pionniers : Bénin, Côte d’Ivoire, Guinée, Sénégal et Togo",
        "<b>1</b> candidature en cours d’examen : Sierra Leone",
        "<b>38 %</b> des enfants de 5 à 17 ans travaillent dans les zones d’orpaillage étudiées "
        "dans le nord du Bénin",
        "<b>1</b> inspecteur du travail pour 68 000 actifs en moyenne dans la sous-région",
    ], style="small", indent=12, marker="-")
para("Les moyens de l’inspection du travail restent très en deçà des besoins : dans l’Atacora, "
     "les sites d’orpaillage n’ont reçu aucune visite d’inspection en 2025, alors que plus du "
     "tiers des enfants qui y vivent y travaillent." +
     doc.footnote("LETE-UAC (Laboratoire d’études sur le travail et l’emploi, Université "
                  "d’Abomey-Calavi), L’orpaillage dans l’Atacora, Cotonou, 2025."))

doc.heading("2. Ce que les gouvernements ont annoncé")
doc.heading("Bénin", level=3)
para("Au Bénin, où le Code de l’enfant a été complété en 2024 par un arrêté sur le travail "
     "domestique, le Gouvernement adoptera avant la fin de 2026 un décret fixant la liste des "
     "travaux légers autorisés aux enfants de 13 à 15 ans. L’Institut national de la statistique "
     "et de la démographie (INStaD) intégrera en outre un module sur le travail des enfants et le "
     "travail forcé à l’enquête harmonisée sur les conditions de vie des ménages de 2026.")
doc.heading("Togo", level=3)
para("Le Togo, pays pionnier depuis 2022, a présenté à Abidjan un ensemble d’engagements "
     "chiffrés. Le Gouvernement togolais s’est engagé à :")
bullets([
    "mettre en service d’ici à la fin de 2026 un fichier national des victimes de la traite, relié "
    "aux services sociaux de base ;",
    "étendre l’assurance maladie universelle aux familles dont les enfants ont été retirés du "
    "travail ;",
    "ratifier le Protocole de 2014 relatif à la convention sur le travail forcé avant la session de "
    "juin 2027 de la Conférence internationale du Travail.",
], marker="a)", indent=20)
with doc.box("Encadré – Le statut de pays pionnier en quatre étapes"):
    para("Un pays pionnier s’engage à aller plus loin et plus vite dans la réalisation de la cible "
         "8.7. Il adresse une lettre d’intérêt au Secrétariat de l’Alliance, organise un atelier "
         "national de planification stratégique réunissant le gouvernement, les partenaires sociaux "
         "et la société civile, adopte une feuille de route assortie de priorités et rend compte "
         "chaque année de ses progrès.", style="small")
doc.heading("Guinée", level=3)
para("La Guinée, qui a rejoint les pays pionniers en septembre 2025, prévoit de tenir son atelier "
     "national de planification stratégique au second semestre 2026. D’ici là, l’Institut "
     "national de la statistique (INS) réalisera la collecte d’une enquête nationale sur le travail "
     "des enfants, dont les résultats sont attendus en 2027. Le Gouvernement guinéen a également "
     "fait savoir qu’il déposerait l’instrument de ratification du Protocole de 2014 au cours de "
     "l’année 2026, l’Assemblée nationale ayant déjà autorisé la ratification.")
doc.heading("Sénégal", level=3)
para("Le Sénégal a placé la lutte contre la mendicité forcée au cœur de sa feuille de route. Dakar "
     "a annoncé la création, dès 2026, d’un fonds de prise en charge des enfants talibés retirés "
     "de la rue, abondé par l’État et les collectivités territoriales. L’Unité nationale de lutte "
     "contre la traite (UNLT) rendra public chaque année, à compter de 2027, un rapport sur les "
     "poursuites engagées et les condamnations prononcées.")
doc.heading("Côte d’Ivoire", level=3)
para("En Côte d’Ivoire, le système d’observation et de suivi du travail des enfants (SOSTECI) "
     "couvre aujourd’hui 1 400 communautés. Le Conseil national de l’enfance au travail (CNET) "
     "compte l’étendre à 2 500 communautés d’ici à 2027, en priorité dans les régions cacaoyères "
     "de l’Ouest.")

doc.heading("3. Les partenaires au rendez-vous")
para("Le Bureau international du Travail (BIT) déploiera, à partir du troisième trimestre 2026, un "
     "programme régional de 9 millions de dollars consacré au travail des enfants dans les "
     "filières coton et or, qui couvrira le Bénin, la Guinée et le Togo. La FAO accompagne depuis "
     "2023 les ministères de l’Agriculture du Bénin et du Togo dans la prise en compte du travail "
     "des enfants dans les plans agricoles.")
para("À l’échelle régionale, la Commission de la CEDEAO soumettra au Conseil des ministres, lors "
     "de sa session de décembre 2026 à Abuja, un projet de cadre régional sur le recrutement "
     "équitable des travailleurs migrants. À Abidjan, le commissaire de la CEDEAO chargé des "
     "affaires sociales a mis en garde contre une libre circulation qui deviendrait « celle des "
     "recruteurs sans scrupules ». L’UEMOA a, de son côté, achevé en 2025 l’étude de "
     "faisabilité d’un observatoire régional de l’emploi des jeunes.")
para("Les Pays-Bas financent depuis 2024 un programme de remédiation dans les coopératives "
     "cacaoyères ivoiriennes, dont la seconde phase reste à négocier. Dans le secteur privé, le "
     "négociant Ivoire Cacao Négoce SA s’est engagé à couvrir d’ici à la fin de 2027 l’ensemble de "
     "ses coopératives fournisseuses par un système de suivi et de remédiation du travail des "
     "enfants.")
para("Côté syndical, l’Union nationale des syndicats autonomes du Bénin (UNSAB) et la Fédération "
     "guinéenne des syndicats libres (FGSL) formeront ensemble, d’ici à 2027, 400 délégués "
     "syndicaux au repérage du travail forcé dans les mines et les plantations.")
with doc.box("Ils ont dit, à Abidjan"):
    para("« Nous ne pouvons plus nous contenter de plans : il nous faut des inspecteurs sur le "
         "terrain », a déclaré la ministre ivoirienne de l’Emploi et de la Protection sociale.",
         style="small")
    para("« Notre feuille de route n’a de sens que si chaque ministère en porte une part », a "
         "souligné le ministre togolais de la Fonction publique et du Travail.", style="small")
    para("Pour le représentant de l’UNICEF, la protection sociale reste « le chaînon manquant » "
         "des feuilles de route de la sous-région.", style="small")
    para("La porte-parole du Groupement des employeurs de Guinée (GEG) a plaidé pour un "
         "accompagnement des petites exploitations minières plutôt que pour leur exclusion des "
         "chaînes d’approvisionnement.", style="small")
    para("Le délégué de la Coalition ouest-africaine contre la traite (COACT) a demandé que les "
         "victimes soient associées à l’évaluation des politiques publiques.", style="small")
with doc.box("En bref"):
    bullets([
        "<b>Sierra Leone –</b> Le Gouvernement sierra-léonais a adressé, le 20 janvier 2026, une "
        "lettre d’intérêt au Secrétariat de l’Alliance 8.7 ; sa candidature est en cours "
        "d’examen.",
        "<b>Guinée-Bissau –</b> Bissau pourrait à son tour faire acte de candidature si le "
        "calendrier électoral le permet.",
        "<b>Ghana –</b> Le Ghana a lancé en mars 2026 la collecte de sa troisième enquête sur le "
        "travail des enfants dans les zones de production de cacao.",
        "<b>Mali et Burkina Faso –</b> Les deux pays n’étaient pas représentés à Abidjan ; les "
        "échanges techniques se poursuivent avec le BIT.",
    ], style="small", indent=10, marker="-")

doc.heading("4. Recommandations")
para("Au vu des engagements recensés, le Secrétariat de l’Alliance 8.7 formule les "
     "recommandations suivantes à l’intention des pays pionniers et de leurs partenaires :")
bullets([
    "Ratifier sans délai le Protocole de 2014 relatif à la convention sur le travail forcé, dans "
    "les pays qui ne l’ont pas encore fait.",
    "Intégrer un module standardisé sur le travail des enfants et le travail forcé aux enquêtes "
    "nationales auprès des ménages.",
    "Porter les effectifs de l’inspection du travail à un inspecteur pour 40 000 actifs d’ici à "
    "2030.",
    "Inscrire dans les lois de finances des lignes budgétaires dédiées à la mise en œuvre des "
    "feuilles de route.",
    "Associer systématiquement les organisations d’employeurs et de travailleurs au suivi des "
    "engagements.",
    "Relier les mécanismes nationaux d’orientation des victimes de la traite aux programmes de "
    "protection sociale.",
], marker="1.", indent=16)
with doc.box("Ce qu’a préconisé l’atelier de Cotonou"):
    para("Réunis à Cotonou du 17 au 19 novembre 2025 à l’invitation du BIT et de la CEDEAO, les "
         "participants à l’atelier sous-régional sur le travail des enfants dans l’agriculture et "
         "les mines artisanales ont, pour leur part, préconisé :", style="small")
    bullets([
        "la création d’un réseau ouest-africain des inspecteurs du travail spécialisés dans le "
        "travail des enfants ;",
        "l’harmonisation, à l’échelle de la CEDEAO, des listes nationales de travaux dangereux ;",
        "des échanges d’expériences entre pays pionniers sur la remédiation dans les sites "
        "d’orpaillage.",
    ], style="small", indent=10, marker="bullet")

doc.heading("5. Financer les feuilles de route : un écart persistant")
para("Selon les estimations du Secrétariat, les feuilles de route adoptées ou en préparation dans "
     "la sous-région représentent un besoin de financement cumulé d’environ 310 millions de "
     "dollars sur cinq ans, dont moins de 40 % sont aujourd’hui couverts par les budgets "
     "nationaux et les partenaires." +
     doc.footnote("Secrétariat de l’Alliance 8.7, Analyse des coûts des feuilles de route des "
                  "pays pionniers, document de travail, mars 2026."))
para("Les crédits consacrés au travail des enfants restent souvent fondus dans ceux de la "
     "protection sociale, ce qui rend leur suivi difficile. La Banque africaine de développement "
     "(BAD) a indiqué qu’elle pourrait envisager un guichet consacré au travail décent dans les "
     "chaînes de valeur agricoles si les pays pionniers lui en faisaient la demande conjointe ; "
     "aucun calendrier n’a toutefois été fixé.")
para("Les expériences du Ghana et de la Côte d’Ivoire montrent qu’un prélèvement sur les "
     "exportations de cacao peut financer durablement les systèmes de suivi communautaire, à "
     "condition que les fonds soient affectés et que leur emploi soit contrôlé.")

doc.keep_together(lambda: (
    doc.heading("Agenda des prochains mois", level=2),
    doc.table([
        ["Date", "Rendez-vous", "Lieu"],
        ["28 mai 2026", "Webinaire régional sur le recrutement équitable dans les corridors "
         "ouest-africains", "En ligne"],
        ["12 juin 2026", "Manifestation sous-régionale de la Journée mondiale contre le travail des "
         "enfants", "Lomé"],
        ["Début juillet 2026", "Réunion du Groupe de coordination mondial de l’Alliance 8.7",
         "Genève"],
        ["22-24 septembre 2026", "Forum ouest-africain des inspecteurs du travail", "Accra"],
        ["2e semestre 2026", "Atelier national de planification stratégique de la Guinée",
         "Conakry"],
        ["Décembre 2026", "Session du Conseil des ministres de la CEDEAO", "Abuja"],
    ], ruled="rows", widths=[58, 125, 48], font_size=7.5)))
doc.spacer(8)
doc.keep_together(lambda: (
    doc.heading("Récapitulatif des principaux engagements", level=2),
    doc.table([
        ["Acteur", "Engagement", "Échéance"],
        ["Bénin", "Adoption du décret sur les travaux légers autorisés aux 13-15 ans", "Fin 2026"],
        ["Togo", "Mise en service du fichier national des victimes de la traite", "Fin 2026"],
        ["CEDEAO", "Soumission du cadre régional sur le recrutement équitable au Conseil des "
         "ministres", "Décembre 2026"],
    ], ruled="grid", widths=[48, 130, 53], font_size=7.5)))
doc.next_column()
doc.keep_together(lambda: (
    doc.heading("Tableau de bord des pays pionniers", level=2),
    doc.table([
        ["Pays", "Lettre d’intérêt", "Atelier national de planification", "Feuille de route"],
        ["Bénin", "Mai 2021", "Tenu en mars 2022", "Adoptée (2022-2026)"],
        ["Côte d’Ivoire", "2018", "Tenu en 2019", "Deuxième feuille de route en préparation"],
        ["Togo", "2022", "Tenu en novembre 2022", "Adoptée (2023-2027)"],
        ["Sénégal", "Février 2023", "Tenu les 5 et 6 juin 2024", "Adoptée en 2024"],
        ["Guinée", "Septembre 2025", "Prévu au 2e semestre 2026", "À élaborer"],
        ["Sierra Leone", "Janvier 2026", "–", "–"],
    ], ruled="grid", widths=[50, 52, 66, 63], font_size=7.5)))
doc.spacer(6)
with doc.box("Questions pour le débat"):
    bullets([
        "Comment garantir que les engagements annoncés à Abidjan seront effectivement inscrits "
        "dans les lois de finances pour 2027 ?",
        "Le statut de pays pionnier peut-il être proposé à des pays en transition politique, et "
        "selon quelles modalités ?",
        "Quels indicateurs communs les pays pionniers pourraient-ils retenir pour rendre compte de "
        "leurs progrès au Groupe de coordination mondial ?",
    ], style="small", indent=10, marker="bullet")
para("Pour toute question : Secrétariat de l’Alliance 8.7, cellule Afrique de l’Ouest – "
     "pionniers-ao@example.org", style="small")

doc.save()
