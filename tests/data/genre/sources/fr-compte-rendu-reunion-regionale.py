"""Compte rendu d'une réunion régionale des pays pionniers (Afrique de l'Ouest et du Centre), Lomé 2026."""

from docgen import Document, A4

NB = "\u00a0"


def fr(text: str) -> str:
    """French typography: non-breaking spaces before : ; and inside « »."""
    return (text.replace(" :", NB + ":").replace(" ;", NB + ";")
            .replace("« ", "«" + NB).replace(" »", NB + "»"))


doc = Document("fr-compte-rendu-reunion-regionale.pdf", size=A4, lang="fr",
               header="Alliance 8.7 – Réunion régionale des pays pionniers – Afrique de l’Ouest et du Centre",
               footer="Compte rendu – diffusion restreinte aux participants",
               page_numbers="Page {n} sur {total}",
               title="Compte rendu de la réunion régionale des pays pionniers, Lomé, 2026")

n = 0


def p(text: str):
    global n
    n += 1
    doc.para(fr(f"<b>{n}.</b> {text}"), leftIndent=18, firstLineIndent=-18)


doc.title("Compte rendu de la réunion régionale des pays pionniers d’Afrique de l’Ouest et du Centre",
          subtitle="Lomé (Togo), 14 et 15 octobre 2026")

doc.heading("I. Ouverture de la réunion et adoption de l’ordre du jour")
p("La réunion régionale des pays pionniers de l’Alliance 8.7 d’Afrique de l’Ouest et du Centre s’est tenue à "
  "Lomé les 14 et 15 octobre 2026, à l’invitation du Gouvernement togolais, avec l’appui du Bureau international "
  "du Travail (BIT) et de la Commission de la Communauté économique des États de l’Afrique de l’Ouest (CEDEAO). "
  "Y ont pris part des délégations tripartites de neuf pays – Bénin, Burkina Faso, Cameroun, Côte d’Ivoire, "
  "Guinée, Niger, Sénégal, Tchad et Togo – ainsi que des représentants du Fonds des Nations Unies pour l’enfance "
  "(UNICEF), de l’Organisation internationale pour les migrations (OIM), de l’Office des Nations Unies contre la "
  "drogue et le crime (ONUDC), de la Commission de l’Union économique et monétaire ouest-africaine (UEMOA), de la "
  "Confédération syndicale internationale – Afrique (CSI-Afrique), de l’Organisation internationale des employeurs "
  "(OIE) et de l’organisation Anti-Slavery International. Sept de ces pays – Burkina Faso, Côte d’Ivoire, "
  "Guinée, Niger, Sénégal, Tchad et Togo – sont des pays pionniers de l’Alliance 8.7 ; le Bénin y participait en "
  "qualité de pays candidat et le Cameroun en qualité d’observateur. La liste des délégations figure en annexe.")
p("Dans son allocution d’ouverture, Mme Akossiwa Dogbé-Kpodar, ministre de la Fonction publique, du Travail et du "
  "Dialogue social du Togo, a rappelé que l’échéance de 2025 fixée par la cible 8.7 était désormais dépassée et "
  "que la région devait « accélérer sans attendre ». Elle a annoncé que le Togo accueillerait en 2027 un centre "
  "régional de formation des inspecteurs du travail spécialisé dans la détection du travail forcé.")
p("Depuis la dernière réunion régionale, tenue à Abidjan en novembre 2024, deux pays de la sous-région ont rejoint "
  "les pays pionniers et le Togo a adopté, en mars 2025, son plan d’action national de lutte contre les pires "
  "formes de travail des enfants. Le nombre d’enfants astreints à des travaux dangereux reste néanmoins élevé dans "
  "l’agriculture, l’orpaillage artisanal et le travail domestique.")
p("M. Karim Sanou-Traoré, directeur de l’Équipe d’appui technique au travail décent du BIT pour l’Afrique de "
  "l’Ouest, a salué la présence de délégations tripartites complètes. Il a souligné que plus de la moitié des "
  "enfants astreints au travail dans le monde vivaient en Afrique subsaharienne et a exhorté les pays pionniers à "
  "faire de la réunion « un exercice de redevabilité mutuelle ».")
p("L’ordre du jour provisoire a été adopté sans modification. M. Ibrahima Ndour (Sénégal) a été élu président de "
  "la réunion et Mme Clarisse Ngo Biyong (Cameroun) rapporteuse.")

doc.heading("II. Tour de table des pays pionniers")
p("La représentante de la Côte d’Ivoire a informé la réunion que le Comité national de surveillance des actions "
  "de lutte contre la traite, l’exploitation et le travail des enfants (CNS) avait validé en juin 2026 le bilan à "
  "mi-parcours du plan d’action national 2024-2027. Elle a indiqué que son Gouvernement étendrait le Système "
  "d’observation et de suivi du travail des enfants (SOSTECI) à l’ensemble des régions productrices de cacao "
  "d’ici à fin 2027, et qu’il publierait chaque année un rapport public sur les cas de travail forcé identifiés "
  "dans les plantations.")
p("Prenant la parole au nom du Niger, le directeur général du Travail a rappelé que son pays avait ratifié le "
  "Protocole de 2014 relatif à la convention sur le travail forcé dès 2015 et qu’un atelier de validation de la "
  "feuille de route nationale s’était tenu à Niamey les 3 et 4 juin 2026. Il a fait savoir que le ministère de "
  "l’Emploi, du Travail et de la Protection sociale (METPS) comptait soumettre au Conseil des ministres, avant la "
  "fin du premier semestre 2027, un projet de décret portant création d’une commission nationale de lutte contre "
  "le travail forcé et les pratiques esclavagistes. Selon lui, la persistance de l’esclavage par ascendance dans "
  "certaines zones rurales demeure « une blessure ouverte » que seule une réponse judiciaire ferme pourra refermer.")
p("Le délégué du Togo a précisé que son pays réaliserait en 2027, avec l’appui du BIT, sa première enquête "
  "nationale sur le travail forcé et la traite des personnes. Il a ajouté que le Togo entend porter à 150 le "
  "nombre d’inspecteurs du travail d’ici à 2028, contre 96 aujourd’hui.")
p("La déléguée du Burkina Faso a exprimé sa préoccupation face à l’augmentation du nombre d’enfants travaillant "
  "sur les sites d’orpaillage artisanal dans les zones touchées par l’insécurité. Elle a indiqué que le ministère "
  "de la Fonction publique, du Travail et de la Protection sociale (MFPTPS) prévoyait de déployer des équipes "
  "mobiles de protection de l’enfance dans douze communes de la région du Centre-Nord au second semestre 2027. "
  "Elle a par ailleurs demandé aux partenaires techniques et financiers de soutenir la prise en charge des enfants "
  "déplacés internes.")
p("Le représentant du Bénin a rappelé que son pays avait adressé une lettre d’intérêt au Secrétariat de "
  "l’Alliance 8.7 en septembre 2025 et tenu à Cotonou, les 22 et 23 avril 2026, une consultation nationale "
  "préparatoire. Il a annoncé que le Bénin tiendrait son atelier national de planification stratégique au premier "
  "trimestre 2027 et qu’il lancerait la même année une enquête nationale sur le travail forcé et la traite des "
  "personnes, conduite par l’Institut national de la statistique et de la démographie (INStaD).")
p("Le délégué du Cameroun, qui participait à titre d’observateur, a fait part de l’intérêt de son Gouvernement "
  "pour le statut de pays pionnier et a indiqué qu’une lettre d’intérêt serait transmise au Secrétariat avant la "
  "fin de l’année 2026. Il a demandé si le Secrétariat pouvait accompagner les pays candidats dans la préparation "
  "de leur atelier national.")
p("La représentante du Tchad a attiré l’attention des participants sur la situation des « enfants bouviers » "
  "confiés à des éleveurs transhumants. Elle a proposé que la CEDEAO et la Communauté économique des États de "
  "l’Afrique centrale (CEEAC) élaborent conjointement un protocole de protection des enfants en situation de "
  "mobilité transfrontalière.")
p("La Guinée a informé la réunion de l’adoption, en 2025, d’un nouveau Code de l’enfant et s’est engagée à "
  "ratifier la convention (nº 189) sur les travailleuses et travailleurs domestiques, 2011, d’ici à 2028.")
p("Le délégué du Sénégal a évoqué la situation des enfants contraints à la mendicité dans certaines écoles "
  "coraniques. Il a précisé que le Sénégal entend achever, d’ici à mi-2027, le recensement national des daaras "
  "et a recommandé que les pays pionniers de la sous-région harmonisent leurs listes de travaux dangereux "
  "interdits aux enfants.")

doc.heading("III. Session thématique 1 : migration, traite des personnes et recrutement équitable")
p("La représentante de l’OIM a présenté les données de la matrice de suivi des déplacements le long des "
  "corridors migratoires ouest-africains. Selon ces données, 38 % des victimes de la traite identifiées en 2025 "
  "dans la sous-région étaient des enfants. Elle a indiqué que l’OIM appuierait, en 2027, la mise en place de "
  "mécanismes nationaux d’orientation des victimes de la traite au Bénin, au Niger et au Togo.")
p("M. Pierre-Alain Mbeki-Fofana, de l’ONUDC, a insisté sur le faible nombre de condamnations prononcées pour "
  "traite des personnes dans la sous-région. Il a suggéré que chaque pays désigne, au sein de son ministère de la "
  "Justice, un magistrat référent pour les affaires de traite. L’ONUDC s’est engagé à organiser un webinaire "
  "régional sur les enquêtes financières en matière de traite le 26 novembre 2026.")
p("Le représentant de la Commission de la CEDEAO a rappelé que le plan d’action régional de la CEDEAO contre la "
  "traite des personnes arrivait à son terme. Il a indiqué que la Commission présenterait un nouveau plan d’action "
  "2027-2031 au Conseil des ministres de la CEDEAO en juin 2027.")
p("S’exprimant au nom du groupe des travailleurs, la CSI-Afrique a demandé que les agences privées de recrutement "
  "opérant dans la sous-région soient soumises à un régime commun de licence et de contrôle. Elle a rappelé que de "
  "nombreux travailleurs migrants acquittent encore des frais de recrutement qui les placent en situation de "
  "servitude pour dettes.")
p("Au cours du débat qui a suivi, plusieurs délégations ont appuyé la demande de la CSI-Afrique. Il a été proposé "
  "que l’OIM et le BIT élaborent un guide régional sur le recrutement équitable adapté aux corridors migratoires "
  "ouest-africains. Le délégué du Niger a toutefois fait observer que les agences informelles échappent à tout "
  "régime de licence.")

doc.heading("IV. Session thématique 2 : chaînes d’approvisionnement agricoles (cacao, coton, anacarde)")
p("La représentante de l’OIE a souligné que les entreprises de la sous-région étaient de plus en plus exposées aux "
  "nouvelles obligations de diligence raisonnable des marchés d’exportation. Elle a annoncé que l’OIE et ses "
  "membres de la sous-région organiseraient un forum d’affaires sur la diligence raisonnable en matière de droits "
  "humains à Abidjan au deuxième trimestre 2027.")
p("M. Komlan Adjovi, président du Conseil national du patronat du Togo (CNP-Togo), a indiqué que son organisation "
  "s’engageait à intégrer une clause relative au travail des enfants et au travail forcé dans le code de conduite "
  "de ses entreprises membres d’ici à juin 2027.")
p("La Côte d’Ivoire a rappelé que la norme africaine ARS 1000 sur le cacao durable était entrée en application "
  "sur son territoire. Sa représentante a suggéré que les autres pays producteurs de cacao et de coton s’inspirent "
  "de la plateforme public-privé ivoirienne pour coordonner les actions des entreprises dans les zones de "
  "production.")
p("L’UNICEF a exprimé sa préoccupation quant au nombre d’enfants non scolarisés dans les zones cotonnières et a "
  "recommandé d’articuler les programmes de cantines scolaires avec les plans d’action nationaux de lutte contre le "
  "travail des enfants. L’UNICEF compte par ailleurs étendre son programme de transferts monétaires aux ménages "
  "vulnérables du nord du Bénin et du Togo en 2027.")
p("Mme Hélène Ravel, d’Anti-Slavery International, a demandé comment les communautés concernées seraient "
  "associées au suivi des engagements des entreprises. Le BIT a répondu que les comités villageois de protection "
  "de l’enfance seraient représentés dans les mécanismes de suivi nationaux.")

doc.heading("V. Recommandations")
p("À l’issue des débats, la réunion a adopté les recommandations suivantes. La réunion recommande que :")
doc.bullets([fr("les pays pionniers de la sous-région harmonisent, d’ici à 2028, leurs listes nationales de "
                "travaux dangereux interdits aux enfants, sur la base d’un cadre de référence élaboré par la "
                "CEDEAO ;"),
             fr("chaque pays pionnier désigne un point focal chargé du suivi des engagements pris lors de la "
                "présente réunion ;"),
             fr("les États de la sous-région qui ne l’ont pas encore fait ratifient le Protocole de 2014 relatif à "
                "la convention sur le travail forcé ;"),
             fr("un mécanisme régional d’échange de données sur les victimes de la traite soit mis en place sous "
                "l’égide de la CEDEAO et de la CEEAC.")], marker="a)", indent=34)
p("La réunion invite le BIT et l’UNICEF à appuyer les pays candidats dans l’organisation de leur atelier national "
  "de planification stratégique.")
p("Il conviendrait en outre que les partenaires techniques et financiers alignent leurs programmes sur les "
  "priorités des feuilles de route nationales. Les organisations d’employeurs et de travailleurs devraient être "
  "associées à chaque étape de l’élaboration et du suivi de ces feuilles de route.")

with doc.box("Recommandations du groupe de travail ad hoc sur la mobilité des enfants"):
    doc.para(fr("Réuni en marge de la session thématique 1, le groupe de travail ad hoc sur la mobilité des "
                "enfants a formulé les recommandations suivantes :"))
    doc.bullets([fr("élaborer un protocole CEDEAO-CEEAC de protection des enfants en situation de mobilité "
                    "transfrontalière ;"),
                 fr("former les agents des postes frontaliers à l’identification des enfants non accompagnés ;"),
                 fr("renforcer les familles d’accueil temporaires dans les zones de transit.")], marker="-")

doc.heading("VI. Engagements et prochaines étapes")
p("Il a été convenu que le Secrétariat de l’Alliance 8.7 diffuserait le présent compte rendu avant le 15 "
  "novembre 2026.")
p("Le Niger s’est proposé d’accueillir la prochaine réunion régionale à Niamey au second semestre 2027.")
p("Les délégations du Bénin et du Togo ont convenu d’organiser conjointement, en mars 2027, un atelier "
  "transfrontalier sur la traite des enfants le long du corridor Cotonou-Lomé.")
p("Le BIT s’est engagé à :")
doc.bullets([fr("mettre à la disposition des pays pionniers un outil commun de suivi des feuilles de route avant "
                "la fin du premier trimestre 2027 ;"),
             fr("fournir une assistance technique au Togo et au Bénin pour la conception de leurs enquêtes "
                "nationales sur le travail forcé ;"),
             fr("organiser, d’ici à septembre 2027, une formation régionale des inspecteurs du travail sur le "
                "travail des enfants dans l’orpaillage.")], marker="(a)", indent=34)
p("En clôture, le président a remercié le Gouvernement togolais pour son hospitalité et a invité chaque délégation "
  "à rendre compte, lors de la prochaine réunion, de l’état d’avancement de ses engagements.")

doc.heading("Annexe – Délégations et organisations participantes")
doc.table([["Délégation / organisation", "Composition"],
           ["Bénin", "Ministère du Travail et de la Fonction publique (MTFP), INStaD, Confédération des syndicats "
                     "autonomes du Bénin (CSA-Bénin), Conseil national du patronat du Bénin (CNP-Bénin)"],
           ["Burkina Faso", "MFPTPS, Conseil national du patronat burkinabè (CNPB)"],
           ["Cameroun (observateur)", "Ministère du Travail et de la Sécurité sociale (MINTSS)"],
           ["Côte d’Ivoire", "CNS, Ministère de l’Emploi et de la Protection sociale (MEPS)"],
           ["Guinée", "Ministère du Travail et de la Fonction publique"],
           ["Niger", "METPS, Union des syndicats des travailleurs du Niger (USTN)"],
           ["Sénégal", "Ministère du Travail, de l’Emploi et des Relations avec les institutions, Conseil national "
                       "du patronat du Sénégal (CNP)"],
           ["Tchad", "Ministère de la Fonction publique, du Travail et du Dialogue social"],
           ["Togo", "Ministère de la Fonction publique, du Travail et du Dialogue social (MFPTDS), CNP-Togo"],
           ["Organisations", "BIT, UNICEF, OIM, ONUDC, Commission de la CEDEAO, Commission de l’UEMOA, CEEAC, "
                             "CSI-Afrique, OIE, Anti-Slavery International"],
           ["Contact", "secretariat.reunion-lome@example.org"]],
          widths=[130, 340], ruled="rows")

doc.save()
