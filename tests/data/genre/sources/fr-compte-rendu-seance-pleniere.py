"""fr-compte-rendu-seance-pleniere.pdf: compte rendu d'une séance plénière (style mr, en français).

Paragraphes numérotés en retrait, points de l'ordre du jour en titres, déclarations des
délégations au discours indirect (conditionnel, futur, nominalisations), rapports de deux groupes
de travail, décisions en gras, tableau de suivi des engagements en annexe (grille).
"""

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Paragraph

from docgen import A4, STYLES, Document, markup

NB = "\u00a0"


def fr(text: str) -> str:
    """French typography: a non-breaking space before : ; ? ! and %."""
    for mark in (":", ";", "?", "!", "%"):
        text = text.replace(" " + mark, NB + mark)
    return text


doc = Document("fr-compte-rendu-seance-pleniere.pdf", size=A4, lang="fr",
               header="Alliance 8.7 – Forum sous-régional des pays pionniers – FSR/2025/CR.1",
               footer="Distribution générale – Original" + NB + ": français",
               page_numbers="Page {n} sur {total}",
               title="Compte rendu de la séance plénière – Forum sous-régional de Yaoundé")

NUM = ParagraphStyle("num", parent=STYLES["body"], leftIndent=26, bulletIndent=0,
                     bulletFontName="Sans", spaceAfter=5, leading=13)
_count = [0]
_pending = []  # headings waiting for the block that follows them


def numbered(text: str):
    """One numbered paragraph (number in the left margin), never split across pages and kept
    on the page of the headings just before it."""
    _count[0] += 1
    block = _pending + [Paragraph(markup(fr(text)), NUM, bulletText=f"{_count[0]}.")]
    _pending.clear()
    doc._add(KeepTogether(block))


def heading(text: str, level: int = 1):
    """A heading, held back until the next numbered paragraph so that it is never orphaned."""
    _pending.append(Paragraph(markup(text), STYLES[f"h{level}"]))


def para(text: str, **kw):
    if _pending:
        doc._add(*_pending)
        _pending.clear()
    doc.para(fr(text), **kw)


doc.title("Forum sous-régional des pays pionniers d’Afrique centrale et de l’océan Indien "
          "sur la cible 8.7",
          subtitle="Compte rendu de la séance plénière – Yaoundé (Cameroun), 26 novembre 2025")
para("<i>Le présent compte rendu résume les débats de la séance plénière. Les déclarations des "
     "délégations y sont rapportées au style indirect ; seules les décisions, reproduites en "
     "caractères gras, font foi.</i>", style="small")

heading("I. Ouverture de la séance")
numbered("La séance plénière du Forum sous-régional des pays pionniers d’Afrique centrale et de "
         "l’océan Indien s’est tenue le 26 novembre 2025 au Palais des congrès de Yaoundé, au "
         "lendemain des travaux en groupes du 25 novembre. Elle faisait suite au premier Forum, "
         "réuni à Libreville les 3 et 4 octobre 2024. Y ont pris part les délégations de neuf "
         "États de la sous-région et de trois pays partenaires, des organisations du système des "
         "Nations Unies, la Communauté économique des États de l’Afrique centrale (CEEAC), "
         "l’Union européenne, des organisations d’employeurs et de travailleurs et des "
         "organisations de la société civile.")
numbered("Le ministre du Travail et de la Sécurité sociale du Cameroun, M. Jean-Baptiste Ndongo "
         "Essomba, a ouvert la séance et l’a présidée. Dans son allocution, le Président a rappelé "
         "que l’échéance de 2025 fixée par la cible 8.7 pour l’élimination du travail des enfants "
         "arrivait à son terme sans avoir été atteinte dans la sous-région, où près d’un enfant "
         "sur quatre âgé de 5 à 17 ans serait encore astreint au travail. Il a annoncé que le "
         "Cameroun adresserait au Secrétariat de l’Alliance 8.7, au cours du premier semestre "
         "2026, sa lettre d’intérêt en vue de rejoindre les pays pionniers.")
numbered("Mme Aïcha Mahamat-Saleh, directrice de l’Équipe d’appui technique au travail décent de "
         "l’OIT pour l’Afrique centrale, s’est exprimée au nom des organismes des Nations Unies. "
         "Elle a souligné que seuls trois États de la sous-région avaient, à ce jour, ratifié le "
         "Protocole de 2014 relatif à la convention sur le travail forcé. Elle a annoncé que le "
         "Bureau mettrait à la disposition des pays pionniers, dès le premier trimestre 2026, une "
         "cellule d’appui technique chargée d’accompagner l’élaboration et le chiffrage des "
         "feuilles de route.")

heading("II. Adoption de l’ordre du jour (point 1)")
numbered("L’ordre du jour provisoire (FSR/2025/1) a été adopté, après que la délégation de la "
         "République démocratique du Congo eut demandé qu’un point soit consacré au travail des "
         "enfants dans l’extraction artisanale du cobalt et du cuivre. Ce point a été examiné "
         "avec les déclarations des délégations.")

heading("III. Déclarations des délégations (point 2)")
heading("États de la sous-région", level=3)
numbered("Mme Zara Abakar Djibrine, secrétaire générale du ministère de la Fonction publique, du "
         "Travail et du Dialogue social du Tchad, a indiqué que son pays avait adressé sa lettre "
         "d’intérêt au Secrétariat de l’Alliance 8.7 le 14 juillet 2025. Son gouvernement "
         "organiserait au deuxième trimestre 2026, avec l’appui de l’UNICEF et de l’OIT, "
         "l’atelier national de planification stratégique qui doit déboucher sur la feuille de "
         "route. Elle a ajouté que la liste des travaux dangereux interdits aux enfants, qui "
         "remonte à 1969, devrait être révisée à cette occasion.")
numbered("Le chef de la délégation malgache a rappelé que Madagascar, pays pionnier depuis 2019, "
         "avait validé sa deuxième feuille de route lors d’un atelier national tenu à Antananarivo "
         "du 8 au 10 septembre 2025. Le ministère du Travail, de l’Emploi et de la Fonction "
         "publique (MTEFP) s’est fixé pour objectif de porter de 120 à 200 l’effectif des "
         "inspecteurs du travail d’ici à 2027. La délégation a en outre précisé que le projet de "
         "loi autorisant la ratification de la convention (n° 181) sur les agences d’emploi "
         "privées, 1997, serait déposé au Parlement lors de la session ordinaire de mai 2026, afin "
         "de mieux encadrer le recrutement de travailleuses domestiques à destination des pays "
         "du Golfe.")
numbered("Prenant la parole au nom de la République centrafricaine, M. Thierry Gbazoumo, "
         "directeur général du Travail, a décrit les séquelles du conflit armé dans les "
         "préfectures du Nord-Est, où des enfants continuent d’être utilisés par des groupes "
         "armés. Il a appelé les partenaires financiers à soutenir la réintégration de quelque "
         "3 000 enfants sortis de ces groupes. Pour sa part, son gouvernement entend confier à "
         "l’Institut centrafricain des statistiques et des études économiques et sociales "
         "(ICASEES) la réalisation, en 2026, d’une première enquête nationale sur le travail des "
         "enfants.")
numbered("La délégation de l’Union des Comores a fait savoir que l’Institut national de la "
         "statistique et des études économiques et démographiques (INSEED) prévoyait lui aussi de "
         "mener une enquête nationale sur le travail des enfants en 2026, couplée à l’enquête sur "
         "l’emploi et le secteur informel. Les Comores pourraient solliciter le statut de pays "
         "pionnier une fois les résultats connus.")
numbered("Le ministre d’État chargé de l’Emploi, du Travail et de la Prévoyance sociale de la "
         "République démocratique du Congo a présenté le point ajouté à l’ordre du jour. Il a "
         "reconnu que plusieurs dizaines de milliers d’enfants travaillaient encore sur les sites "
         "d’extraction artisanale du Lualaba et du Haut-Katanga, en dépit de l’interdiction posée "
         "par le Code minier. Le ministre a annoncé que 150 inspecteurs du travail "
         "supplémentaires seraient recrutés et déployés dans ces deux provinces d’ici à 2027. Il "
         "a également évoqué les consultations en cours avec les entreprises de traitement et de "
         "négoce de cobalt sur un éventuel devoir de vigilance, sans préciser d’échéance.")
numbered("Au nom du Gabon, Mme Léa Mboumba Nzé, directrice générale du Travail, a rappelé que la "
         "traite d’enfants venus des pays voisins pour le travail domestique et le petit commerce "
         "demeurait la principale préoccupation de son pays. Selon elle, le Gabon adopterait "
         "d’ici à la mi-2026 une liste révisée des travaux dangereux interdits aux moins de "
         "18 ans et mettrait en place, avec l’OIM, un mécanisme national d’orientation des "
         "victimes de la traite. Elle a toutefois fait observer que le calendrier dépendrait des "
         "arbitrages de la loi de finances pour 2026.")
numbered("Le directeur général de la Commission nationale de lutte contre la traite des personnes "
         "(CNLTP) de la République du Congo a fait le point sur l’application de la loi "
         "n° 15-2023 relative à la lutte contre la traite des personnes. Quelque 240 magistrats et "
         "officiers de police judiciaire ont déjà été formés, et une session sous-régionale de "
         "formation des inspecteurs du travail s’est tenue à Brazzaville du 2 au 4 juin 2025. "
         "D’ici à juin 2026, la Commission se dotera d’un mécanisme national d’orientation des "
         "victimes, dont les procédures opérationnelles seront validées avec les organisations de "
         "la société civile.")
numbered("Le représentant du Burundi a signalé la multiplication des départs de jeunes femmes "
         "recrutées comme travailleuses domestiques à destination du Moyen-Orient. Il a demandé "
         "si l’OIM serait en mesure d’étendre au Burundi le programme d’orientation préalable au "
         "départ qu’elle conduit en Ouganda. Le représentant de l’OIM a répondu que "
         "l’Organisation examinerait cette demande lors de l’établissement de sa programmation "
         "2026-2027.")

heading("Partenaires techniques et financiers", level=3)
numbered("S’exprimant au nom de l’Union européenne et de ses États membres, le chef de la "
         "délégation de l’Union européenne au Cameroun a rappelé que le programme régional de "
         "traçabilité des filières cacao, café et bois, doté de 18 millions d’euros, était entré "
         "dans sa deuxième année d’exécution. La Belgique et la France, qui se sont associées à "
         "cette déclaration, ont indiqué qu’elles cofinanceraient à partir de 2026 un programme "
         "d’appui aux inspections du travail de la sous-région.")
numbered("La représentante du Canada a présenté la loi canadienne de 2023 sur la lutte contre le "
         "travail forcé et le travail des enfants dans les chaînes d’approvisionnement et s’est "
         "dite disposée à partager l’expérience de son pays avec les États intéressés. Elle s’est "
         "interrogée sur la capacité des systèmes statistiques nationaux à produire des données "
         "ventilées par sexe et par âge.")

heading("Partenaires sociaux et société civile", level=3)
numbered("Au nom du groupe des travailleurs, M. Hervé Tchoumi, de l’Organisation régionale "
         "africaine de la Confédération syndicale internationale (CSI-Afrique), a déploré que les "
         "travailleurs des plantations et des mines artisanales restent pour la plupart privés du "
         "droit de s’organiser. Il a proposé que des comités de vigilance syndicaux contre le "
         "travail des enfants soient créés dans les principaux bassins cacaoyers et miniers de la "
         "sous-région.")
numbered("La porte-parole du groupe des employeurs, Mme Odile Rakotomalala, de l’Union des "
         "industriels et entrepreneurs de Madagascar (UIEM), a souligné que les entreprises "
         "exportatrices de la sous-région étaient de plus en plus exposées aux exigences de "
         "diligence raisonnable de leurs acheteurs européens. L’Organisation internationale des "
         "employeurs (OIE) et ses membres de la sous-région mettront en ligne, au premier "
         "semestre 2026, un service d’assistance en français sur la diligence raisonnable destiné "
         "aux PME exportatrices.")
numbered("Le Réseau des organisations de la société civile pour la protection de l’enfance en "
         "Afrique centrale (ROSPEAC) a regretté que les budgets nationaux consacrés à la "
         "protection de l’enfance restent inférieurs à 0,5 % des dépenses publiques. Il a suggéré "
         "que chaque feuille de route comporte un volet consacré aux enfants en situation de rue.")

heading("IV. Rapports des groupes de travail (point 3)")
heading("Groupe de travail 1 – Agriculture, mines artisanales et chaînes d’approvisionnement",
            level=3)
numbered("Le rapporteur du groupe de travail 1, M. Pacifique Mutombo, de l’Agence nationale de "
         "lutte contre le travail des enfants (ANLTE) de la République démocratique du Congo, a "
         "présenté les conclusions du groupe, qui a réuni 46 participants. Le groupe a "
         "recommandé :")
doc.bullets([fr(t) for t in [
    "d’actualiser dans chaque pays la liste des travaux dangereux, en y inscrivant expressément "
    "l’orpaillage et l’extraction de minerais de transition ;",
    "de créer un service d’assistance sous-régional en matière de diligence raisonnable à "
    "l’intention des PME exportatrices ;",
    "d’associer les coopératives agricoles aux systèmes de suivi et de remédiation du travail des "
    "enfants ;",
    "de publier chaque année les résultats des inspections du travail par filière.",
]], marker="a)", indent=44)
doc.keep_together(lambda: (
    doc.heading("Groupe de travail 2 – Traite des personnes, migration et protection des victimes",
                level=3),
    numbered("Présentant le rapport du groupe de travail 2, la rapporteuse, Mme Nadège Ossibi "
             "(ONUDC), a indiqué que les participants avaient suggéré que chaque État désigne un point "
             "focal national chargé de coordonner la lutte contre la traite et avaient proposé "
             "l’élaboration d’un modèle sous-régional de procédures opérationnelles standard pour "
             "l’identification et l’orientation des victimes. L’ONUDC s’est proposé de rédiger ce "
             "modèle d’ici à septembre 2026. Le groupe a également préconisé un renforcement de la "
             "protection consulaire des travailleurs migrants de la sous-région dans les pays du "
             "Golfe.")))
numbered("Dans le débat qui a suivi, plusieurs délégations ont appuyé ces recommandations. "
         "Répondant à une question de la délégation tchadienne, la représentante de l’UNICEF a "
         "précisé que le Fonds apportait déjà un appui technique aux enquêtes nationales sur le "
         "travail des enfants dans quatre pays de la sous-région.")

heading("V. Décisions de la séance plénière (point 4)")
numbered("À l’issue de ses délibérations, la séance plénière a adopté les décisions suivantes :")
for text in [
    "<b>Décision 2025/1 – La séance plénière décide d’instituer un mécanisme sous-régional "
    "d’examen par les pairs des feuilles de route des pays pionniers, qui se réunira une fois "
    "par an.</b>",
    "<b>Décision 2025/2 – La séance plénière invite les pays pionniers et les pays candidats à "
    "rendre compte de l’avancement de leurs engagements à la réunion du Groupe de coordination "
    "mondial prévue à Genève en mars 2026.</b>",
    "<b>Décision 2025/3 – La séance plénière adopte la Déclaration de Yaoundé sur l’élimination "
    "du travail des enfants dans les filières agricoles et minières, dont le texte figure dans "
    "le document FSR/2025/L.2.</b>",
    "<b>Décision 2025/4 – Le troisième Forum se tiendra à Antananarivo au cours du second "
    "semestre 2026.</b>",
]:
    para(text, leftIndent=26)
numbered("Il a été convenu que la CEEAC assurerait le secrétariat technique du mécanisme "
         "d’examen par les pairs ; son représentant a donné l’accord de la Commission. Un "
         "webinaire de restitution de la Déclaration de Yaoundé aux points focaux nationaux est "
         "programmé le 15/01/2026.")

heading("VI. Clôture de la séance")
numbered("Le Président a remercié les délégations, les interprètes et le personnel du Palais des "
         "congrès, puis a levé la séance à 17 h 40.")

para("Secrétariat de la séance" + " : Direction de la coopération internationale du ministère du "
     "Travail et de la Sécurité sociale (MINTSS), Yaoundé – forum-pionniers@example.org",
     style="small")


doc.page_break()
heading("Annexe I – Tableau de suivi des engagements assortis d’échéances")
para("Le tableau ci-dessous, établi par le secrétariat de la séance, reprend les engagements pour "
     "lesquels un appui des partenaires a été sollicité. Les autres engagements figurent dans le "
     "corps du compte rendu.", style="small")
doc.table([
    ["Délégation", "Engagement annoncé en séance", "Échéance", "Appui attendu"],
    ["Tchad", "Tenue de l’atelier national de planification stratégique", "2e trimestre 2026",
     "UNICEF, OIT"],
    ["République démocratique du Congo",
     "Recrutement et déploiement de 150 inspecteurs du travail supplémentaires au Lualaba et au "
     "Haut-Katanga", "2027", "OIT, Union européenne"],
    ["République du Congo", "Mise en service du mécanisme national d’orientation des victimes de "
     "la traite", "Juin 2026", "OIM, ONUDC"],
], ruled="grid", widths=[100, 210, 80, 90])
doc.spacer(10)
doc.heading("Annexe II – Ordre du jour de la séance plénière (FSR/2025/1)", level=2)
doc.bullets([
    "Ouverture de la séance et adoption de l’ordre du jour",
    "Déclarations des délégations et des partenaires",
    "Rapports des groupes de travail 1 et 2",
    "Examen et adoption des décisions",
    "Questions diverses et clôture",
], marker="1.", indent=22)
doc.save()
