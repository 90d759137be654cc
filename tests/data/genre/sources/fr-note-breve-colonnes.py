"""fr-note-breve-colonnes.pdf: note brève sur deux colonnes (bandeau pleine largeur en page 1),
encadré « En bref », propos des participants au style indirect, encadré d'engagements par pays
(tableau : pays / engagement / échéance), recommandations par panel et messages clés, notes de bas
de page. Consultation sous-régionale de Tunis, septembre 2024."""

from reportlab.lib.units import mm

from docgen import A4, TEAL
from fr_compte_rendu_groupe_action_layout import BannerDocument

NB = "\u00a0"  # espace insécable avant « : », « ; », « ? »

doc = BannerDocument("fr-note-breve-colonnes.pdf", size=A4, lang="fr", banner_height=60 * mm,
                     header="Alliance 8.7 \u2013 Groupe d’action sur les migrations",
                     footer="Note brève n° 3/2024", page_numbers="{n}/{total}",
                     title="Note brève n° 3/2024 \u2013 Consultation sous-régionale de Tunis")
doc.banner_layout()


def para(text):
    """A body paragraph that is never split across a page or column break."""
    doc.keep_together(lambda: doc.para(text))


# --- bandeau -------------------------------------------------------------------------------------
doc.para("NOTE BRÈVE N° 3/2024 \u2013 NOVEMBRE 2024", style="small", textColor=TEAL)
doc.title("Recrutement équitable et lutte contre la traite sur les routes migratoires d’Afrique du "
          "Nord et de l’Ouest",
          subtitle="Ce qu’il faut retenir de la consultation sous-régionale de Tunis (10-11 septembre 2024)")
doc.para("Rédaction" + NB + ": Secrétariat du Groupe d’action sur les migrations. Contact" + NB + ": "
         "ga-migrations@example.org", style="small")
doc.next_column()

# --- colonne 1 -----------------------------------------------------------------------------------
with doc.box("En bref"):
    doc.bullets([
        "Plus de 120 participants venus de sept pays, dont 38 représentants des partenaires sociaux.",
        "Selon une enquête de l’OIM présentée à Tunis, les frais de recrutement payés par les "
        "travailleurs migrants interrogés représentaient en moyenne quatre mois de salaire.",
        "Sept pays ont annoncé des engagements, récapitulés dans l’encadré ci-après.",
    ], marker="-", indent=12, style="small")

doc.heading("1. Contexte", 2)
para("La consultation sous-régionale de Tunis, organisée les 10 et 11 septembre 2024 par le Groupe "
         "d’action sur les migrations avec l’Organisation internationale pour les migrations (OIM) et "
         "le Bureau international du Travail (BIT), faisait suite à la consultation de Dakar de juin "
         "2022. Elle a réuni des délégations de la Tunisie, du Maroc, de la Mauritanie, du Niger, du "
         "Sénégal et du Luxembourg, ainsi que, en ligne, d’Haïti.")
para("Plusieurs pays disposent déjà d’un cadre juridique solide" + NB + ": la Tunisie a adopté en "
         "2016 la loi organique n° 2016-61 relative à la prévention et à la lutte contre la traite des "
         "personnes, et le Maroc la loi n° 27-14 la même année. La Mauritanie a érigé l’esclavage en "
         "crime contre l’humanité par la loi n° 2015-031.")
para("Les participants ont pourtant décrit des pratiques persistantes" + NB + ": confiscation des "
         "passeports, frais de recrutement illégaux, sous-traitance en cascade dans l’agriculture "
         "saisonnière et la pêche, et exploitation accrue des migrants bloqués en Libye et en Algérie. "
         "Selon plusieurs intervenants, l’Union européenne prépare de nouveaux partenariats pour les "
         "talents avec des pays d’Afrique du Nord.")
para("La consultation de Dakar avait déjà recommandé la création de guichets d’information pour "
         "les candidats au départ" + NB + "; cette recommandation reste largement inappliquée.")

doc.heading("2. Ce qu’ont dit les participants", 2)
para("Mme Salma Ben Ammar, présidente de l’Instance nationale de lutte contre la traite des "
         "personnes (INLTP), a indiqué que l’Instance avait identifié 1 100 victimes présumées en 2023, "
         "en majorité des travailleurs migrants. Elle a précisé que l’INLTP formerait d’ici à juin 2025 "
         "les travailleurs sociaux des centres d’accueil existants à la prise en charge des victimes "
         "d’exploitation par le travail.")
doc.para("Pour le Maroc, M. Karim El Idrissi, du Ministère de l’Inclusion économique, de la Petite "
         "Entreprise, de l’Emploi et des Compétences (MIEPEC), a présenté le programme de migration "
         "circulaire des travailleuses saisonnières vers l’Espagne, qui a concerné près de 15 000 "
         "travailleuses en 2024.")
para("Il a annoncé que le Royaume interdirait, d’ici à la fin de 2025, toute facturation de frais de "
     "recrutement aux travailleurs saisonniers recrutés pour l’étranger.")
para("Le délégué de la Mauritanie, M. Sidi Mohamed Ould Cheikh, a confirmé que son pays, pays "
     "pionnier depuis 2021, tiendrait son atelier national de planification stratégique à "
     "Nouakchott les 3 et 4 février 2025. Le Gouvernement mauritanien a l’intention d’y faire "
     "valider un plan national d’action contre la traite pour la période 2025-2029.")
para("Le Niger, à travers l’Agence nationale de lutte contre la traite des personnes et le trafic "
         "illicite de migrants (ANLTP/TIM), ouvrira deux centres d’accueil pour victimes de traite à "
         "Agadez et à Zinder au premier semestre 2025, a indiqué sa représentante, Mme Hadiza Moussa "
         "Abdou.")
para("Le Sénégal et la Mauritanie ont annoncé la création d’un comité technique conjoint sur le "
         "travail saisonnier dans la pêche artisanale, qui se réunira pour la première fois à "
         "Saint-Louis au cours du premier trimestre 2025. La représentante du Sénégal, Mme Aminata Diop "
         "Sarr, de la Direction générale du Travail et de la Sécurité sociale (DGTSS), a ajouté que son "
         "Gouvernement mettrait en place un mécanisme national d’orientation des victimes de traite "
         "avant la fin de 2025.")
para("Intervenant en ligne depuis Port-au-Prince, M. Jean-Robert Desravines, du Comité national de "
         "lutte contre la traite des personnes (CNLTP), a décrit les effets de la crise sécuritaire sur "
         "les départs de main-d’œuvre vers la République dominicaine. Haïti s’est engagé à mettre en "
         "place, avec le Ministère des Affaires sociales et du Travail (MAST), un mécanisme national "
         "d’orientation des victimes en 2025. M. Desravines a demandé comment les pays de la "
         "sous-région protégeaient les travailleurs migrants en situation irrégulière.")
para("Le Luxembourg, par la voix de sa Direction de la coopération au développement, a confirmé "
         "qu’il financerait à hauteur de 3 millions d’euros un programme conjoint OIM-BIT sur le "
         "recrutement équitable au Sahel pour 2025-2027. Si des fonds supplémentaires étaient "
         "mobilisés, ce programme pourrait être étendu à la Mauritanie.")
para("L’OIM a proposé que les pays de la sous-région adoptent un modèle commun de contrat de travail "
         "pour les migrants saisonniers. L’OIM étendra en 2025 son système d’intégrité du recrutement "
         "international (IRIS) aux agences de recrutement tunisiennes et marocaines."
         + doc.footnote("IRIS" + NB + ": norme d’intégrité du recrutement international de l’OIM, "
                        "fondée sur le principe «" + NB + "l’employeur paie" + NB + "»."))
para("Le BIT a recommandé aux États qui ne l’ont pas encore fait de ratifier la convention (n° 181) "
         "sur les agences d’emploi privées, 1997, et a rappelé que le Maroc l’avait ratifiée en 1999. "
         "Le BIT appuiera la Tunisie et le Maroc dans la révision de leur réglementation des agences de "
         "recrutement privées.")
para("L’Union générale tunisienne du travail (UGTT) s’est engagée à ouvrir, avant la fin du premier "
         "trimestre 2025, des permanences d’information pour les travailleurs migrants dans ses unions "
         "régionales de Sfax et de Médenine.")
para("Au nom des employeurs, l’Union tunisienne de l’industrie, du commerce et de l’artisanat "
         "(UTICA) a proposé l’élaboration d’un code de conduite des employeurs sur le recrutement "
         "équitable, à signer par ses fédérations sectorielles. La Confédération générale des "
         "entreprises du Maroc (CGEM) a appuyé cette proposition et a indiqué qu’elle élaborerait un code "
         "de conduite similaire sur le recrutement équitable pour ses membres.")
para("Le Haut-Commissariat des Nations Unies pour les réfugiés (HCR) a demandé si les futurs "
         "mécanismes d’orientation tiendraient compte des besoins de protection internationale. "
         "L’Office des Nations Unies contre la drogue et le crime (ONUDC) a souligné la hausse des cas "
         "détectés de traite à des fins de travail forcé et organisera en mars 2025 à Niamey une "
         "formation des magistrats aux enquêtes financières liées à la traite.")
para("Pour la société civile, l’association Terre d’Asile Tunisie a plaidé pour que les victimes "
         "étrangères obtiennent un titre de séjour temporaire pendant leur rétablissement. Le "
         "Haut-Commissariat des Nations Unies aux droits de l’homme (HCDH) a rappelé que le principe de "
         "non-refoulement s’applique aussi aux victimes de traite et a proposé qu’un volet consacré aux "
         "droits humains figure dans tous les accords bilatéraux de main-d’œuvre.")

# --- encadré des engagements ---------------------------------------------------------------------
ENG = [
    ["Pays", "Engagement annoncé à Tunis", "Échéance"],
    ["Tunisie", "Révision du décret sur les agences privées de placement à l’étranger, avec "
                "interdiction des frais de recrutement à la charge des travailleurs", "Fin 2025"],
    ["Tunisie", "Formation des travailleurs sociaux des centres d’accueil à la prise en charge des "
                "victimes d’exploitation par le travail", "Juin 2025"],
    ["Maroc", "Interdire les frais de recrutement facturés aux travailleurs saisonniers recrutés pour "
              "l’étranger", "Fin 2025"],
    ["Maroc", "Former 200 inspecteurs du travail au recrutement équitable", "2025-2026"],
    ["Mauritanie", "Atelier national de planification stratégique (pays pionnier)", "3-4 février 2025"],
    ["Mauritanie", "Ouvrir un centre d’accueil pour victimes de traite à Nouadhibou", "Exercice 2025"],
    ["Niger", "Ouvrir deux centres d’accueil pour victimes de traite (Agadez, Zinder)", "S1 2025"],
    ["Sénégal", "Mettre en place un mécanisme national d’orientation des victimes de traite",
     "Fin 2025"],
    ["Haïti", "Mécanisme national d’orientation des victimes (CNLTP et MAST)", "2025"],
    ["Luxembourg", "Financement d’un programme conjoint OIM-BIT sur le recrutement équitable au "
                   "Sahel (3 millions d’euros)", "2025-2027"],
]
with doc.box("Encadré \u2013 Engagements par pays"):
    doc.table(ENG, ruled="rows", widths=[20 * mm, 37 * mm, 18 * mm], font_size=7.5)
    doc.para("Source" + NB + ": déclarations des délégations, vérifiées par le Secrétariat en octobre "
             "2024.", style="small")

# --- recommandations -----------------------------------------------------------------------------
def panel1():
    doc.heading("3. Recommandations", 2)
    doc.heading("Panel 1 \u2013 Recrutement équitable et migration de main-d’œuvre", 3)
    doc.para("Modéré par le BIT, le panel 1 a recommandé de" + NB + ":")
    doc.bullets([
        "supprimer toute facturation de frais de recrutement aux travailleurs migrants, conformément "
        "aux principes de l’OIT" + doc.footnote("Principes généraux et directives opérationnelles de "
                                                "l’OIT concernant le recrutement équitable (2019).")
        + NB + ";",
        "créer un registre public des agences de recrutement agréées dans chaque pays" + NB + ";",
        "associer les syndicats des pays d’origine et de destination au suivi des accords bilatéraux "
        "de main-d’œuvre.",
    ], marker="-", indent=12)


def panel2():
    doc.heading("Panel 2 \u2013 Identification et protection des victimes", 3)
    doc.para("Les intervenants du panel 2 ont suggéré que" + NB + ":")
    doc.bullets([
        "chaque pays se dote d’un mécanisme national d’orientation des victimes de traite, fondé sur "
        "des procédures opérationnelles standard" + NB + ";",
        "l’assistance aux victimes soit accordée sans condition de coopération avec la justice"
        + NB + ";",
        "les inspecteurs du travail soient habilités à signaler les cas présumés de traite aux "
        "instances nationales compétentes.",
    ], marker="-", indent=12)


def messages():
    doc.heading("Messages clés à l’intention de l’Alliance 8.7", 3)
    doc.bullets([
        "L’Alliance 8.7 est encouragée à faire du recrutement équitable un axe des feuilles de route "
        "des pays pionniers de la sous-région.",
        "Les gouvernements devraient ratifier et appliquer le Protocole de 2014 relatif à la "
        "convention sur le travail forcé.",
        "Les participants ont suggéré la création d’une plateforme en ligne d’échange entre les "
        "inspections du travail de la sous-région.",
        "Il a été proposé que la prochaine consultation sous-régionale se tienne à Dakar au second "
        "semestre 2025.",
    ], marker="bullet", indent=12)
    doc.para("Une question, soulevée par plusieurs délégations, reste ouverte" + NB + ": qui prendra "
             "le relais des bailleurs pour financer les centres d’accueil après 2027" + NB + "?")


for block in (panel1, panel2, messages):
    doc.keep_together(block)

doc.heading("4. Et après" + NB + "?", 2)
para("Un webinaire de restitution s’est tenu le 15/10/2024 à l’intention des délégations. Le Groupe "
     "d’action sur les migrations examinera ces recommandations lors de sa réunion de la semaine du "
     "18 novembre 2024 à Genève, puis les transmettra au Groupe de coordination mondial (GCG).")

with doc.box("Agenda"):
    doc.table([
        ["Date", "Rendez-vous", "Lieu"],
        ["3-4 février 2025", "Atelier national de planification stratégique de la Mauritanie",
         "Nouakchott"],
        ["T1 2025", "Première réunion du comité technique conjoint Sénégal-Mauritanie", "Saint-Louis"],
        ["Mars 2025", "Formation des magistrats aux enquêtes financières (ONUDC)", "Niamey"],
        ["Début avril 2025", "Dialogue régional OIM-BIT sur les migrations de main-d’œuvre en "
                             "Afrique du Nord", "Rabat"],
        ["S2 2025", "Prochaine consultation sous-régionale (à confirmer)", "Dakar"],
    ], ruled="rows", widths=[19 * mm, 35 * mm, 21 * mm], font_size=7.5)

doc.save()
