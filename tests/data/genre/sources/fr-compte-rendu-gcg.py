"""fr-compte-rendu-gcg.pdf: compte rendu analytique (numbered paragraphs, indirect speech)."""

from docgen import A4
from fr_layout import FrDoc

doc = FrDoc("fr-compte-rendu-gcg.pdf", size=A4,
            header="Alliance 8.7 – Groupe de coordination mondial – GCG/11/CR",
            footer="Distribution : générale – Original : français/anglais",
            page_numbers="Page {n} sur {total}",
            title="Onzième réunion du Groupe de coordination mondial – compte rendu analytique")

doc.title("Onzième réunion du Groupe de coordination mondial de l'Alliance 8.7",
          subtitle="Compte rendu analytique – Genève (format hybride), 5 et 6 décembre 2023")
doc.para("<i>Le présent compte rendu a été établi par le Secrétariat de l'Alliance 8.7. Les "
         "interventions y sont résumées au style indirect. Les corrections éventuelles doivent "
         "être adressées à secretariat-gcg@example.org dans un délai de deux semaines.</i>",
         style="small")

doc.heading("I. Ouverture de la réunion")
doc.npara("La onzième réunion du Groupe de coordination mondial (GCG) de l'Alliance 8.7 s'est "
          "tenue les 5 et 6 décembre 2023 au siège du Bureau international du Travail (BIT), à "
          "Genève, en format hybride. Y ont pris part 58 participants en présentiel et 37 en ligne, "
          "représentant 19 gouvernements, cinq entités du système des Nations Unies, les "
          "partenaires sociaux et onze organisations de la société civile. La liste des "
          "participants figure à l'annexe I.")
doc.npara("La réunion a été ouverte par la présidente du GCG, Mme Hélène Marchetti-Vogel "
          "(Suisse). Dans son allocution liminaire, la Présidente a rappelé qu'il restait moins de "
          "deux ans avant l'échéance de 2025 fixée par la cible 8.7 des objectifs de développement "
          "durable pour l'élimination du travail des enfants sous toutes ses formes. Elle a "
          "souligné que, selon les dernières estimations mondiales, 160 millions d'enfants étaient "
          "encore astreints au travail et 27,6 millions de personnes se trouvaient en situation de "
          "travail forcé.")
doc.npara("La Présidente a invité les pays pionniers à présenter, avant la fin de 2024, des "
          "engagements mesurables assortis d'échéances précises. Elle a également encouragé les "
          "groupes d'action à resserrer leurs plans de travail autour d'un petit nombre de "
          "résultats.")
doc.npara("Le Directeur général adjoint du BIT, M. Karim Bensaïd-Laurent, a rappelé que l'Appel à "
          "l'action de Durban, adopté lors de la cinquième Conférence mondiale sur l'élimination "
          "du travail des enfants, tenue à Durban (Afrique du Sud) en mai 2022, demeurait la "
          "référence commune des mandants. Il a annoncé que le BIT mobiliserait 12 millions de "
          "dollars des États-Unis supplémentaires en faveur des pays pionniers sur la période "
          "2024-2025.")

doc.heading("II. Adoption de l'ordre du jour et approbation du compte rendu de la dixième réunion")
doc.npara("L'ordre du jour provisoire (GCG/11/1) a été adopté sans modification. Le compte rendu "
          "de la dixième réunion, tenue à New York le 18 juillet 2023, a été approuvé sous réserve "
          "d'une correction de forme demandée par la délégation du Canada.")

doc.heading("III. Tour de table des pays pionniers et des pays candidats")
doc.npara("La Présidente a rappelé que deux pays pionniers (la Tunisie et le Viet Nam) et un pays "
          "candidat (le Niger) avaient demandé à prendre la parole, ainsi que plusieurs pays "
          "partenaires.")
doc.npara("Le représentant du Niger a rappelé que son pays avait été, en 2015, le premier à "
          "ratifier le Protocole de 2014 relatif à la convention sur le travail forcé. Il a indiqué "
          "que le Niger avait adressé au Secrétariat, le 2 octobre 2023, une lettre d'intérêt en "
          "vue de rejoindre les pays pionniers de l'Alliance 8.7, et que son Gouvernement "
          "organiserait un atelier national de planification stratégique au cours du deuxième "
          "semestre 2024. Il a ajouté que le Gouvernement adopterait, d'ici à juin 2024, un plan "
          "d'action national de lutte contre le travail forcé et les pratiques analogues à "
          "l'esclavage.")
doc.npara("La délégation de la Mauritanie a présenté le bilan des trois cours criminelles "
          "spécialisées dans les crimes d'esclavage, qui ont rendu 31 décisions depuis 2021. Elle "
          "a fait savoir que l'Agence nationale de la statistique et de l'analyse démographique et "
          "économique (ANSADE) conduirait en 2024 la première enquête nationale sur le travail des "
          "enfants et le travail forcé, avec l'appui technique du BIT. La Mauritanie a par "
          "ailleurs demandé aux partenaires techniques et financiers d'appuyer la formation "
          "continue des magistrats.")
doc.npara("Au nom du Viet Nam, le représentant du ministère du Travail, des Invalides et des "
          "Affaires sociales (MOLISA) a déclaré que son ministère réaliserait en 2024 une nouvelle "
          "enquête nationale sur le travail des enfants, six ans après celle de 2018. Il a précisé "
          "que le Viet Nam entendait réviser, d'ici à 2025, la liste des métiers et travaux "
          "interdits aux mineurs.")
doc.npara("Le représentant d'Haïti a décrit la situation des enfants placés en domesticité, "
          "dont le nombre reste élevé dans les zones urbaines, et a souligné les effets de "
          "l'insécurité sur les déplacements internes. Il a indiqué que le ministère des Affaires "
          "sociales et du Travail (MAST) et l'Institut du bien-être social et de recherches "
          "(IBESR) mettraient en place, au premier semestre 2024, un mécanisme national "
          "d'orientation des victimes de la traite. Haïti se propose en outre de soumettre au "
          "Parlement la ratification de la convention (n° 189) sur les travailleuses et "
          "travailleurs domestiques, 2011.")
doc.npara("La représentante de la Tunisie a rappelé que l'Instance nationale de lutte contre la "
          "traite des personnes (INLTP) avait recensé plus de 1 100 victimes présumées en 2022, "
          "en majorité des femmes employées comme domestiques. La Tunisie entend formaliser par "
          "décret, d'ici à la fin de 2024, son mécanisme national d'orientation des victimes de la "
          "traite.")
doc.npara("La France a réaffirmé son attachement à la ratification universelle du Protocole de "
          "2014. Elle s'est engagée à financer, à hauteur de 2 millions d'euros, un programme "
          "régional de renforcement des inspections du travail en Afrique de l'Ouest sur la "
          "période 2024-2026.")
doc.npara("Le Canada a informé le Groupe que la Loi sur la lutte contre le travail forcé et le "
          "travail des enfants dans les chaînes d'approvisionnement entrerait en vigueur le "
          "1er janvier 2024, les entités visées devant publier leur premier rapport au plus tard "
          "le 31 mai 2024.")

doc.heading("IV. Rapports des groupes d'action")
doc.npara("La coprésidente du Groupe d'action sur les chaînes d'approvisionnement a présenté le "
          "projet de plan de travail pour 2024. Le Groupe d'action recommande :")
doc.bullets(["d'élaborer un guide pratique de diligence raisonnable destiné aux petites et "
             "moyennes entreprises des pays pionniers ;",
             "d'organiser en 2024 un dialogue régional sur le secteur du cacao réunissant les "
             "gouvernements, les syndicats et les acheteurs internationaux ;",
             "de renforcer la traçabilité dans les chaînes d'approvisionnement de l'or "
             "artisanal."], marker="(a)", indent=40)
doc.npara("Le Groupe d'action sur la migration a proposé que les pays d'origine et de destination "
          "concluent des accords bilatéraux de migration de main-d'œuvre intégrant les principes "
          "généraux et directives opérationnelles de l'OIT concernant le recrutement équitable. Il "
          "a suggéré en outre la création d'un réseau d'échange entre les inspections du travail "
          "des pays d'origine et de destination.")
doc.npara("Le Groupe d'action sur l'état de droit et la gouvernance préconise la désignation, dans "
          "chaque pays pionnier, de procureurs spécialisés dans la traite des personnes et le "
          "travail forcé.")
doc.npara("Le Groupe d'action sur les situations de conflit et de crise humanitaire a recommandé "
          "d'intégrer la prévention du recrutement et de l'utilisation d'enfants par les groupes "
          "armés dans les plans de réponse humanitaire.")

doc.heading("V. Déclarations des partenaires")
doc.npara("S'exprimant au nom du groupe des travailleurs, la Confédération syndicale "
          "internationale (CSI) a demandé que les syndicats soient systématiquement associés aux "
          "ateliers nationaux de planification stratégique. La CSI s'engage à mobiliser ses "
          "affiliés nationaux dans chacun des pays pionniers pour la validation des feuilles de "
          "route.")
doc.npara("La porte-parole du groupe des employeurs, au nom de l'Organisation internationale des "
          "employeurs (OIE), a salué les recommandations du Groupe d'action sur les chaînes "
          "d'approvisionnement. Elle a annoncé que l'OIE publierait, au deuxième trimestre 2024, "
          "une boîte à outils sur la diligence raisonnable à l'intention des petites et moyennes "
          "entreprises, en français, en anglais et en espagnol.")
doc.npara("L'UNICEF a souligné que les transferts monétaires destinés aux familles vulnérables "
          "réduisaient sensiblement le recours au travail des enfants. Le Fonds appuiera en 2024 "
          "l'extension des programmes de protection sociale adaptés aux besoins des enfants dans "
          "quatre pays pionniers.")
doc.npara("La représentante de l'Organisation internationale pour les migrations (OIM) a présenté "
          "le programme d'aide au retour et à la réintégration des victimes de la traite. Elle a "
          "indiqué que l'Organisation prévoyait de dispenser, dans le cadre du Processus de Rabat, "
          "des formations conjointes à l'intention des services de police aux frontières au cours "
          "du premier semestre 2024.")
doc.npara("L'Office des Nations Unies contre la drogue et le crime (ONUDC) a rappelé que la "
          "prochaine édition du Rapport mondial sur la traite des personnes paraîtrait à la fin "
          "de 2024.")
doc.npara("La représentante du Haut-Commissariat des Nations Unies aux droits de l'homme (HCDH) "
          "s'est demandé comment les feuilles de route nationales prenaient en compte les "
          "recommandations des organes conventionnels et du Rapporteur spécial sur les formes "
          "contemporaines d'esclavage.")
doc.npara("Walk Free a présenté les conclusions de l'Indice mondial de l'esclavage 2023, selon "
          "lequel 50 millions de personnes vivaient en situation d'esclavage moderne en 2021.")
doc.npara("Anti-Slavery International a demandé si l'Alliance envisageait de suivre la mise en "
          "œuvre des promesses d'action (Action Pledges) souscrites par les entreprises.")

doc.heading("VI. Décisions, questions diverses et clôture")
doc.npara("À l'issue des débats, il a été convenu que le Secrétariat établirait, d'ici à la fin "
          "de février 2024, un modèle commun de rapport d'avancement pour les pays pionniers.")
doc.npara("Il a été convenu que le Niger et la Mauritanie partageraient leur expérience de la "
          "lutte contre les pratiques analogues à l'esclavage lors d'un webinaire régional prévu "
          "le 20 mars 2024.")
doc.npara("La douzième réunion du GCG se tiendra à New York en juillet 2024, en marge du Forum "
          "politique de haut niveau pour le développement durable. La Présidente a prononcé la "
          "clôture de la réunion le 6 décembre 2023 à 17 h 30.")

doc.page_break()
doc.heading("Annexe I – Liste des participants (par catégorie)")
doc.table([
    ["Catégorie", "Participants"],
    ["Gouvernements (19)", "Afrique du Sud, Allemagne, Belgique, Burkina Faso, Canada, Côte d'Ivoire, "
     "États-Unis d'Amérique, France, Haïti, Luxembourg, Maroc, Mauritanie, Niger, Pays-Bas, "
     "Royaume-Uni, Sénégal, Suisse (présidence), Tunisie, Viet Nam"],
    ["Entités des Nations Unies (5)", "Bureau international du Travail (BIT) ; Fonds des Nations "
     "Unies pour l'enfance (UNICEF) ; Organisation internationale pour les migrations (OIM) ; Office "
     "des Nations Unies contre la drogue et le crime (ONUDC) ; Haut-Commissariat des Nations Unies "
     "aux droits de l'homme (HCDH)"],
    ["Partenaires sociaux", "Confédération syndicale internationale (CSI) ; Organisation "
     "internationale des employeurs (OIE)"],
    ["Société civile (11)", "Anti-Slavery International ; Walk Free ; Terre des hommes ; Plan "
     "International ; ECPAT International ; La Strada International ; Marche mondiale contre le "
     "travail des enfants ; SOS Esclaves ; Initiative internationale pour le cacao (ICI) ; Free the "
     "Slaves ; Comité contre l'esclavage moderne (CCEM)"],
    ["Secrétariat", "Secrétariat de l'Alliance 8.7 (hébergé par le BIT)"],
], ruled="rows", widths=[130, 340])

doc.save()
