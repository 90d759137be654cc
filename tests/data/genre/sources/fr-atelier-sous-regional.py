"""Rapport général d'un atelier sous-régional (CEEAC, Libreville, mars 2025), en français.

Style workshop : sessions plénières et débats au style indirect, trois groupes de travail dont les
recommandations prennent des formes variées (prose, liste numérotée, tableau à filets), restitution
en plénière, engagements des délégations et des partenaires sur deux colonnes, calendrier sans filets.
"""

import re

from docgen import A4, Document, mm

NB = "\u00a0"


def fr(text: str) -> str:
    """French typography: non-breaking spaces before : ; ? ! and inside guillemets."""
    for a, b in ((" :", NB + ":"), (" ;", NB + ";"), (" ?", NB + "?"), (" !", NB + "!"),
                 ("« ", "«" + NB), (" »", NB + "»")):
        text = text.replace(a, b)
    return re.sub(r"(\d) (\d{3})", "\\1" + NB + "\\2", text)


doc = Document("fr-atelier-sous-regional.pdf", size=A4, lang="fr",
               header="CEEAC – BIT – OIM – ONUDC – UNICEF | Atelier sous-régional de Libreville, mars 2025",
               footer="Rapport général – version finale du 4 avril 2025",
               page_numbers="{n}", margin=17 * mm,
               title="Atelier sous-régional de Libreville – rapport général")


def p(text, **kw):
    if kw.get("style", "body") == "body":
        kw = dict(fontSize=9.5, leading=12.6, **kw)
    doc.para(fr(text), **kw)


def items(texts, marker="bullet", **kw):
    doc.bullets([fr(t) for t in texts], marker=marker, **kw)


doc.title("Travail forcé et traite des enfants dans les chaînes d’approvisionnement minières et "
          "forestières d’Afrique centrale",
          subtitle="Atelier sous-régional – Libreville (Gabon), 18-20 mars 2025 – Rapport général")

doc.heading("1. Contexte et déroulement", level=1)
p("La Commission de la Communauté économique des États de l’Afrique centrale (CEEAC) a organisé, du "
  "18 au 20 mars 2025 à Libreville, un atelier sous-régional consacré au travail forcé et à la traite "
  "des enfants dans les filières minières et forestières, avec l’appui du Bureau international du "
  "Travail (BIT), de l’Organisation internationale pour les migrations (OIM), de l’Office des Nations "
  "Unies contre la drogue et le crime (ONUDC) et du Fonds des Nations Unies pour l’enfance (UNICEF). "
  "Tenu en format hybride, il a réuni 71 participants en présentiel et 36 en ligne, venus du Burundi, "
  "du Cameroun, du Congo, du Gabon, de la Guinée équatoriale, de la République centrafricaine (RCA) et "
  "de la République démocratique du Congo (RDC).")
p("L’atelier répondait au mandat donné par la réunion des ministres du Travail de la CEEAC, tenue à "
  "Kinshasa en novembre 2024. Selon les estimations mondiales publiées en 2021, l’Afrique "
  "subsaharienne compte 86,6 millions d’enfants astreints au travail ; dans la sous-région, "
  "l’orpaillage, l’extraction du coltan et de la cassitérite et l’exploitation forestière illégale "
  "figurent parmi les secteurs les plus exposés. Les travaux ont été financés par le Royaume des "
  "Pays-Bas, qui pourrait prolonger son appui en 2026 si une évaluation à mi-parcours le justifie.")

doc.heading("2. Cérémonie d’ouverture", level=1)
p("Ouvrant les travaux, la ministre gabonaise du Travail, Mme Irène Mboumba-Nzé, a rappelé que « aucune "
  "pépite d’or ne vaut l’enfance d’un enfant ». Elle a annoncé que le Gabon adopterait, avant la fin "
  "de 2025, la liste actualisée des travaux dangereux interdits aux enfants.")
p("Le Commissaire de la CEEAC chargé du genre et du développement humain, M. Didier Ngoua-Lekogo, a "
  "souligné que la libre circulation dans l’espace communautaire ne devait pas profiter aux réseaux "
  "de traite. La Commission se réjouit de lancer, au second semestre 2025, un réseau sous-régional "
  "des inspecteurs du travail chargé de l’échange d’informations sur les sites miniers frontaliers.")
p("Le Directeur de l’Équipe d’appui technique au travail décent du BIT pour l’Afrique centrale a invité "
  "les États à traduire l’Appel à l’action de Durban (2022) en mesures budgétées et a rappelé que "
  "seuls deux des sept pays représentés ont ratifié le Protocole de 2014 relatif à la convention sur "
  "le travail forcé.")

doc.heading("3. Sessions plénières et débats", level=1)
doc.heading("Session 1 – L’exploitation minière artisanale", level=2)
p("Les délégations de la RDC, du Cameroun et de la RCA ont présenté l’état des lieux dans les "
  "provinces du Lualaba et du Sud-Kivu, dans la région de l’Est et dans la préfecture de la "
  "Mambéré-Kadéï. La RDC a indiqué avoir retiré 1 240 enfants des sites de cobalt depuis 2023 "
  "grâce aux comités locaux de vigilance. Au cours du débat :")
items([
    "Le délégué du Burundi a demandé comment un système de traçabilité pourrait couvrir des filières "
    "informelles qui traversent trois ou quatre frontières avant l’exportation.",
    "S’exprimant au nom des travailleurs, la représentante de la CSI-Afrique a insisté sur le fait que "
    "les orpailleurs adultes, souvent endettés auprès des négociants, sont eux-mêmes exposés au "
    "travail forcé.",
    "Pour les employeurs, le représentant de la Confédération patronale gabonaise (CPG) a avancé "
    "l’idée d’un label sous-régional « or sans travail des enfants », adossé à des audits "
    "indépendants.",
    "La directrice de la responsabilité sociale de la société Forêts et Bois du Congo (FBC) a indiqué "
    "que son entreprise publierait d’ici à 2026 la cartographie des risques de ses sous-traitants.",
])
doc.heading("Session 2 – Migrations de main-d’œuvre et exploitation forestière", level=2)
p("L’OIM a présenté une étude sur le recrutement de travailleurs migrants dans les concessions "
  "forestières du Congo et du Gabon. Le représentant de l’OIM a souligné que « la dette de "
  "recrutement est aujourd’hui la porte d’entrée la plus fréquente vers le travail forcé dans nos "
  "chantiers ». Un délégué de la Guinée équatoriale a suggéré que les inspections du travail des "
  "pays voisins partagent une liste commune des agences de recrutement sanctionnées. La délégation "
  "du Cameroun a demandé à l’OIM de préciser le coût d’un tel registre, question qui a été renvoyée "
  "au groupe de travail 1.")

doc.heading("4. Travaux des groupes", level=1)
doc.heading("Groupe 1 – Cadre juridique et coopération judiciaire (présidence : Congo ; rapporteur : RCA)",
            level=2)
p("Le groupe a constaté que les définitions de la traite diffèrent encore d’un code pénal à l’autre. "
  "Il préconise l’harmonisation des définitions de la traite des personnes dans les législations "
  "nationales, conformément au Protocole de Palerme. Il y aurait lieu, selon le groupe, de créer des "
  "équipes communes d’enquête entre pays frontaliers pour les affaires de traite d’enfants. Le groupe "
  "invite la Commission de la CEEAC à élaborer un accord-cadre sous-régional d’entraide judiciaire en "
  "matière de traite. Il a enfin été recommandé que chaque État désigne un point focal judiciaire "
  "unique pour les demandes d’entraide.")
doc.heading("Groupe 2 – Diligence raisonnable et traçabilité (présidence : RDC ; rapporteur : Gabon)",
            level=2)
p("Recommandations du groupe :")
items([
    "Mettre en place un système sous-régional de traçabilité de l’or artisanal, de la mine à "
    "l’exportation.",
    "Intégration de clauses sur le travail des enfants et le travail forcé dans les cahiers des "
    "charges des concessions minières et forestières.",
    "Renforcer les inspections conjointes travail-mines sur les sites artisanaux.",
    "Associer les coopératives minières artisanales à la conception des mécanismes de vigilance.",
], marker="1.")
p("Point non consensuel : les représentants des entreprises n’ont pas souscrit à l’idée de rendre "
  "obligatoire un audit annuel par un tiers ; la question reste ouverte.", style="small")
doc.heading("Groupe 3 – Identification, protection et réintégration des victimes (présidence : "
            "Cameroun ; rapporteur : Burundi)", level=2)
doc.table([
    ["Recommandation", "À l’attention de", "Horizon"],
    ["Doter chaque pays d’un mécanisme national d’orientation des victimes opérationnel",
     "États membres", "2026"],
    ["Adopter des procédures transfrontalières de rapatriement des enfants victimes", "CEEAC, OIM",
     "2026"],
    ["Créer des espaces d’accueil adaptés aux enfants à proximité des sites miniers",
     "États, UNICEF, ONG", "Court terme"],
    ["Former les forces de défense et de sécurité à l’identification des victimes aux frontières",
     "États, ONUDC", "Continu"],
], ruled="grid", widths=[300, 110, 70])

doc.columns(2)
doc.heading("5. Restitution et débats en plénière", level=1)
p("Les rapports des trois groupes ont été présentés en plénière le 20 mars au matin. Les participants "
  "ont exhorté les États membres à inscrire des lignes budgétaires propres à la lutte contre la "
  "traite dans leurs lois de finances 2026.")
items([
    "Un délégué de la RCA a suggéré que le futur système de traçabilité couvre aussi le diamant, "
    "premier produit d’exportation de son pays.",
    "Le représentant de l’ONUDC a fait observer que seuls trois pays sur sept disposent de données "
    "judiciaires ventilées par âge et par forme d’exploitation.",
    "La représentante de l’UNICEF a estimé que la réintégration scolaire devait figurer au premier "
    "rang des mesures de protection : « un enfant retiré d’un puits sans place à l’école y retourne "
    "dans les trois mois ».",
    "Le délégué du Congo a jugé la recommandation sur les équipes communes d’enquête prématurée tant "
    "que l’accord-cadre d’entraide n’est pas signé.",
], marker="-")
p("Il a été recommandé que la CEEAC envisage la création d’un comité sous-régional de suivi des "
  "recommandations de l’atelier, réunissant les points focaux nationaux une fois par an.")

doc.heading("6. Engagements des délégations nationales", level=1)
p("Lors de la séance d’engagements du 20 mars après-midi, chaque chef de délégation a présenté les "
  "mesures que son pays entend prendre.")
p("<b>Cameroun.</b> Le ministère du Travail et de la Sécurité sociale (MINTSS) mettra en place, d’ici "
  "à la fin de 2026, un mécanisme national d’orientation des victimes de la traite et du travail "
  "forcé. Il renforcera par ailleurs les contrôles sur les chantiers d’orpaillage de la région de "
  "l’Est.")
p("<b>Congo.</b> La délégation congolaise a indiqué que son Gouvernement se doterait en 2026 d’un "
  "mécanisme national d’orientation des victimes et qu’il adopterait, au second semestre 2025, le "
  "décret d’application de la loi relative à la lutte contre la traite des personnes.")
p("<b>République démocratique du Congo.</b> Le Gouvernement de la RDC s’engage à :")
items([
    "étendre la cartographie des sites miniers artisanaux aux provinces du Haut-Katanga, du Lualaba "
    "et du Sud-Kivu d’ici à 2026 ;",
    "former 300 inspecteurs du travail et agents du SAEMAPE à l’identification du travail forcé en "
    "2025-2026 ;",
    "rendre gratuite et accessible en langues nationales la ligne d’écoute pour enfants.",
], marker="a)")
p("<b>Gabon.</b> Pays hôte, le Gabon se propose d’accueillir le secrétariat technique du réseau "
  "sous-régional des inspecteurs du travail. Priorité du ministère du Travail pour 2025 : adoption "
  "de la liste actualisée des travaux dangereux interdits aux enfants.")
p("<b>République centrafricaine.</b> La RCA compte ratifier le Protocole de 2014 relatif à la "
  "convention sur le travail forcé au cours de l’année 2026.")
p("<b>Burundi.</b> Le Burundi a l’intention de ratifier à son tour le Protocole de 2014 d’ici à 2026. "
  "Il lancera aussi une campagne de sensibilisation dans les provinces frontalières de Cibitoke et "
  "de Kirundo. La délégation a sollicité l’appui de l’OIM pour cette campagne.")
p("<b>Guinée équatoriale.</b> La Guinée équatoriale vise à intégrer le contrôle du travail des "
  "enfants dans les inspections des concessions forestières dès 2025. Sa délégation a exprimé "
  "l’intérêt du pays pour le statut de pays pionnier de l’Alliance 8.7 ; une lettre officielle "
  "sera adressée au Secrétariat de l’Alliance d’ici à juin 2025.")
p("<b>Engagement conjoint.</b> Le Congo et la RDC organiseront au second semestre 2025 une réunion "
  "bilatérale sur la traite des enfants le long du fleuve Congo.")

doc.heading("7. Engagements des partenaires", level=1)
p("La Commission de la CEEAC élaborera, d’ici à juin 2026, un cadre sous-régional de traçabilité de "
  "l’or artisanal. La prochaine étape pour la Commission sera de soumettre les recommandations de "
  "l’atelier au Conseil des ministres de la CEEAC.")
p("Le BIT se tient prêt à fournir une assistance technique aux États qui engagent la ratification du "
  "Protocole de 2014. L’OIM s’est dite disposée à appuyer l’élaboration de procédures transfrontalières "
  "de rapatriement des enfants victimes. L’UNICEF appuiera en 2026 la création d’espaces d’accueil "
  "adaptés aux enfants à proximité de trois sites miniers pilotes en RDC et en RCA.")
p("L’ONUDC entend organiser, au premier trimestre 2026, une formation conjointe des procureurs et "
  "des enquêteurs des sept pays. La CSI-Afrique a pris l’engagement de constituer, avec ses "
  "affiliées nationales, un réseau syndical sous-régional des travailleurs des mines et de la forêt.")
p("Au nom des employeurs, la CPG a promis de diffuser auprès de ses membres l’outil d’orientation sur "
  "le travail des enfants destiné aux entreprises, élaboré par le BIT et l’Organisation "
  "internationale des employeurs (OIE). Les Pays-Bas ont déjà versé 1,1 million d’euros au titre de "
  "la première phase du projet.")

with doc.box("Messages clés adoptés en clôture"):
    items([
        "La lutte contre le travail des enfants dans les mines ne peut réussir sans une offre "
        "scolaire de proximité.",
        "Les États devraient aligner leurs listes de travaux dangereux sur une nomenclature commune "
        "des activités minières et forestières.",
        "Nécessité d’un financement national pérenne des mécanismes d’orientation des victimes.",
        "Les partenaires techniques et financiers sont invités à coordonner leurs appuis au sein "
        "d’une matrice commune tenue par la Commission de la CEEAC.",
    ], style="small")

doc.heading("8. Prochaines étapes et calendrier", level=1)
doc.table([
    ["Date", "Activité", "Lieu"],
    ["Semaine du 5 mai 2025", "Webinaire de restitution aux points focaux nationaux", "En ligne"],
    ["12/06/2025", "Réunion des points focaux judiciaires", "Brazzaville"],
    ["Fin octobre 2025", "Conseil des ministres de la CEEAC (examen des recommandations)", "Malabo"],
    ["T1 2026", "Formation conjointe des procureurs (ONUDC)", "À déterminer"],
], ruled="none", widths=[62, 128, 60], font_size=7.5)
doc.spacer(6)
p("En clôture, la ministre gabonaise du Travail a remercié les délégations et les partenaires, puis "
  "a déclaré l’atelier clos le 20 mars 2025 à 17 heures.")
p("Contact : secretariat.atelier-libreville@example.org", style="small")

doc.save()
