"""Note de synthèse d'une consultation nationale (Bénin, Cotonou, avril 2026)."""

from docgen import Document, A4

NB = "\u00a0"


def fr(text: str) -> str:
    """French typography: non-breaking spaces before : ; and inside « »."""
    return (text.replace(" :", NB + ":").replace(" ;", NB + ";")
            .replace("« ", "«" + NB).replace(" »", NB + "»"))


doc = Document("fr-note-synthese-consultation.pdf", size=A4, lang="fr",
               header="République du Bénin – Ministère du Travail et de la Fonction publique (MTFP)",
               footer="Note de synthèse – Consultation nationale, Cotonou, avril 2026",
               page_numbers="{n}/{total}",
               title="Note de synthèse de la consultation nationale, Cotonou, 2026")


def para(text: str, **kw):
    doc.para(fr(text), **kw)


def items(lst, marker="bullet"):
    doc.bullets([fr(x) for x in lst], marker=marker)


doc.title("Note de synthèse",
          subtitle="Consultation nationale sur l’élimination du travail des enfants, du travail forcé et de la "
                   "traite des personnes – Cotonou, 22 et 23 avril 2026")

doc.heading("1. Contexte et justification")
para("Le Bénin a adressé au Secrétariat de l’Alliance 8.7, en septembre 2025, une lettre exprimant son intérêt à "
     "devenir pays pionnier. La présente consultation nationale prépare l’atelier national de planification "
     "stratégique, prévu au second semestre 2026, qui doit aboutir à l’adoption d’une feuille de route nationale "
     "conforme à l’Appel à l’action de Durban adopté lors de la Ve Conférence mondiale sur l’élimination du travail "
     "des enfants (Durban, 15-20 mai 2022).")
para("Le Bénin a ratifié les conventions (nº 138) sur l’âge minimum et (nº 182) sur les pires formes de travail des "
     "enfants ainsi que le Protocole de 2014 relatif à la convention sur le travail forcé. Selon l’enquête nationale "
     "sur le travail des enfants de 2022, près d’un enfant sur quatre âgé de 5 à 17 ans exerçait une activité "
     "économique, le plus souvent dans l’agriculture, le commerce informel ou le travail domestique. Le placement "
     "d’enfants auprès de tiers (« vidomègon ») expose nombre d’entre eux à l’exploitation, et des enfants béninois "
     "continuent d’être victimes de traite vers le Nigéria, le Gabon et la République du Congo.")

doc.heading("2. Objectifs et participation")
para("La consultation visait à dresser un état des lieux partagé, à recueillir les propositions des acteurs "
     "nationaux et à convenir des premières actions à mener avant l’atelier de planification. Elle a réuni 118 "
     "participants :")
items(["les ministères du Travail et de la Fonction publique (MTFP), des Affaires sociales et de la Microfinance "
       "(MASM), de la Justice et de la Législation, des Enseignements maternel et primaire (MEMP), de "
       "l’Agriculture, de l’Élevage et de la Pêche (MAEP) et des Affaires étrangères et de la Coopération ;",
       "l’Institut national de la statistique et de la démographie (INStaD) et l’Office central de protection des "
       "mineurs, de la famille et de la lutte contre la traite des êtres humains (OCPM) ;",
       "les organisations de travailleurs (Confédération des syndicats autonomes du Bénin – CSA-Bénin, "
       "Confédération générale des travailleurs du Bénin – CGTB) et d’employeurs (Conseil national du patronat du "
       "Bénin – CNP-Bénin), l’Association interprofessionnelle du coton (AIC) et la Chambre de commerce et "
       "d’industrie du Bénin (CCI Bénin) ;",
       "le BIT, l’UNICEF, l’OIM, l’ONUDC, la Délégation de l’Union européenne, l’Ambassade du Nigéria, Plan "
       "International Bénin, Terre des hommes et l’Université d’Abomey-Calavi."], marker="-")

doc.heading("3. Ouverture et échanges en plénière")
para("3.1. Ouvrant les travaux au nom du ministre du Travail et de la Fonction publique, le directeur de cabinet, "
     "M. Rodrigue Ahouansou, a souligné que l’élimination du travail des enfants était « une condition de la "
     "compétitivité de nos filières ». Il a annoncé que le Gouvernement soumettrait au Conseil des ministres, d’ici "
     "à décembre 2026, un décret révisant la liste des travaux dangereux interdits aux enfants.")
para("3.2. La représentante de l’UNICEF a salué l’engagement du Bénin et a réaffirmé que l’UNICEF accompagnerait "
     "le renforcement des centres de promotion sociale dans les douze départements au cours de son programme de "
     "pays 2024-2028.")
para("3.3. Le BIT a présenté la démarche des pays pionniers de l’Alliance 8.7 et l’expérience de pays voisins. Son "
     "représentant a confirmé que le BIT apporterait un appui technique à l’INStaD pour la conception de l’enquête "
     "nationale sur le travail forcé.")
para("3.4. Dans les échanges qui ont suivi :")
items(["la CSA-Bénin a déploré l’insuffisance des moyens de l’inspection du travail, qui ne compte qu’un inspecteur "
       "pour plus de 40 000 travailleurs ;",
       "l’OCPM a informé les participants que 412 enfants victimes ou présumés victimes de traite avaient été "
       "interceptés aux frontières en 2025 ;",
       "le représentant de l’Ambassade du Nigéria a souligné l’importance de la coopération bilatérale et a indiqué "
       "que son pays était disposé à réactiver la commission mixte Bénin-Nigéria sur la traite des enfants ;",
       "le CNP-Bénin a fait valoir que les petites entreprises agricoles avaient besoin d’un accompagnement avant "
       "toute mesure de contrôle ;",
       "une représentante de Plan International Bénin a demandé comment les enfants eux-mêmes seraient consultés "
       "lors de l’élaboration de la feuille de route ;",
       "la Délégation de l’Union européenne a indiqué qu’elle pourrait, sous réserve de la programmation 2027, "
       "cofinancer l’enquête nationale."], marker="-")

doc.heading("4. Travaux des groupes thématiques")
para("Les participants se sont répartis en trois groupes thématiques. Les recommandations ci-après ont été "
     "présentées en plénière le 23 avril et adoptées par consensus.")

doc.heading("Groupe 1 – Travail des enfants, éducation et protection sociale", level=2)
para("Modération : MASM ; rapport : UNICEF. Le groupe a relevé que les enfants des ménages agricoles du nord "
     "cumulent travail saisonnier et abandon scolaire.", style="small")
items(["Réviser l’arrêté fixant la liste des travaux dangereux interdits aux enfants afin d’y inclure le concassage "
       "artisanal de gravier et le travail domestique de nuit.",
       "Le groupe recommande que la gratuité de l’enseignement primaire soit effectivement appliquée dans les "
       "communes cotonnières.",
       "Il conviendrait d’étendre l’Assurance pour le renforcement du capital humain (ARCH) aux familles des enfants "
       "retirés du travail.",
       "Le groupe invite le MASM à créer un registre des enfants placés auprès de tiers."], marker="1.")

doc.heading("Groupe 2 – Travail forcé, traite des personnes et migration", level=2)
para("Modération : OCPM ; rapport : OIM.", style="small")
items(["Le groupe recommande de conduire une enquête nationale sur le travail forcé et la traite des personnes, avec "
       "un module sur les enfants victimes.",
       "Mettre en place un mécanisme national d’orientation des victimes de la traite, y compris des victimes "
       "adultes.",
       "Adopter une loi spécifique sur la traite des personnes couvrant toutes les formes d’exploitation.",
       "Les participants ont proposé de renforcer la coopération avec le Nigéria et le Gabon pour le rapatriement "
       "et la réinsertion des enfants victimes."], marker="1.")

doc.heading("Groupe 3 – Chaînes d’approvisionnement (coton, anacarde) et secteur privé", level=2)
para("Modération : CNP-Bénin ; rapport : AIC.", style="small")
items(["Le groupe recommande à l’AIC d’intégrer des clauses relatives au travail des enfants dans les contrats "
       "d’achat de coton graine.",
       "Il a été suggéré que les inspecteurs du travail effectuent des contrôles conjoints avec les agents de l’AIC "
       "pendant la campagne de récolte.",
       "Associer les syndicats agricoles au suivi des engagements des entreprises de la filière anacarde.",
       "Les exportateurs devraient publier chaque année un rapport sur leurs mesures de diligence raisonnable."],
      marker="1.")

para("Lors de la restitution en plénière, le représentant du MAEP a fait observer que le calendrier agricole devait "
     "être pris en compte dans la programmation des contrôles. L’ONUDC a suggéré d’ajouter aux recommandations du "
     "groupe 2 la formation des magistrats et des officiers de police judiciaire à la qualification des faits de "
     "traite. Le professeur Alain Dossou-Yovo, de l’Université d’Abomey-Calavi, a proposé que l’université "
     "mette à la disposition de l’INStaD ses travaux sur les enfants placés. En réponse, l’INStaD a précisé que "
     "l’enquête nationale ne pourrait être lancée qu’une fois son financement entièrement mobilisé.")

doc.heading("5. Actions convenues")
para("À l’issue de la plénière, les participants ont convenu des actions suivantes, dont le suivi sera assuré par "
     "le MTFP.")
doc.table([["Actions", "Responsable", "Échéance"],
           ["Transmission du rapport de la consultation au Secrétariat de l’Alliance 8.7", "MTFP", "31 mai 2026"],
           ["Soumettre au Conseil des ministres le projet de décret révisant la liste des travaux dangereux",
            "MTFP (Direction générale du Travail)", "Décembre 2026"],
           ["Réaliser une enquête nationale sur le travail forcé et la traite des personnes",
            "INStaD, avec l’appui technique du BIT", "2027"],
           ["Élaborer le mécanisme national d’orientation des victimes de la traite",
            "OCPM, avec l’appui de l’OIM", "Fin 2026"],
           ["Organiser des contrôles conjoints de l’inspection du travail et de l’AIC pendant la campagne "
            "cotonnière", "Direction générale du Travail ; AIC", "T4 2026"],
           ["Former 60 inspecteurs du travail aux techniques d’identification du travail forcé", "BIT",
            "1er semestre 2027"],
           ["Intégrer les enfants retirés du travail dans l’ARCH", "MASM", "2027"],
           ["Campagne nationale de sensibilisation contre l’exploitation des enfants placés", "MASM ; UNICEF",
            "À partir de juin 2026"],
           ["Préparation de l’atelier national de planification stratégique", "MTFP",
            "Second semestre 2026"],
           ["Adopter une charte d’engagement des entreprises des filières coton et anacarde", "CNP-Bénin",
            "Décembre 2026"],
           ["Réactivation de la commission mixte Bénin-Nigéria sur la traite des enfants",
            "Ministère des Affaires étrangères et de la Coopération", "Courant 2027"]],
          widths=[270, 125, 75], ruled="grid")

doc.heading("6. Prochaines étapes")
para("Le MTFP convoquera le comité de suivi de la consultation le 15/06/2026 afin d’arrêter le calendrier de mise "
     "en œuvre des actions convenues. La CSA-Bénin et la CGTB se sont engagées à désigner des points focaux "
     "syndicaux dans chacun des douze départements d’ici à fin juillet 2026.")
para("Les partenaires techniques et financiers sont invités à aligner leurs interventions sur les actions "
     "convenues et à en informer le MTFP avant l’atelier national de planification stratégique. Il a enfin été "
     "recommandé que la feuille de route nationale comporte un volet consacré aux enfants en situation de mobilité.")
para("Pour toute information : point.focal.alliance87@example.org", style="small")

doc.save()
