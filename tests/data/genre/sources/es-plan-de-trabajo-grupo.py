"""Plan de trabajo 2025-2026 del Grupo de Acción sobre Migración (diapositivas ficticias).

A nine-slide deck in Spanish: objectives and outputs in two columns, a quarterly timeline table
on a flow page, partners' roles in four columns (column heading = actor), three country slides
whose bullets are priorities (infinitive and nominal forms), proposals to the GCG, next steps.
"""

from reportlab.lib.units import mm

from docgen import SLIDE, Document

doc = Document("es-plan-de-trabajo-grupo.pdf", size=SLIDE, lang="es",
               footer="Alianza 8.7 - Grupo de Acción sobre Migración - Plan de trabajo 2025-2026",
               page_numbers="{n}", margin=12 * mm, title="Plan de trabajo 2025-2026 del Grupo de Acción sobre Migración")

# 1 -------------------------------------------------------------------------------------------
doc.slide(
    "Plan de trabajo 2025-2026 del Grupo de Acción sobre Migración",
    subtitle="Alianza 8.7 - Reunión regional de las Américas - Montevideo, 11 y 12 de febrero de 2025",
    body=["Copresidencia: Organización Internacional para las Migraciones (OIM) y Gobierno de Uruguay",
          "Presenta: Lucía Ferreyra Bastos, Secretaría del Grupo (grupo.migracion@example.org)",
          "Miembros activos: OIT, OIM, UNODC, ACNUR, OIE, CSA y los Gobiernos de Honduras, Jamaica y "
          "Uruguay"],
    box=("Punto de partida", [
        "Según las estimaciones mundiales, 27,6 millones de personas se encuentran en situación de "
        "trabajo forzoso; los trabajadores migrantes tienen tres veces más probabilidades de verse "
        "afectados que los no migrantes.",
        "En 2024 el Grupo celebró tres reuniones virtuales y aprobó su mandato revisado.",
        "Los corredores de Centroamérica y el Caribe concentran un número creciente de flujos "
        "migratorios mixtos, con cobros abusivos de comisiones de contratación.",
    ]))

# 2 -------------------------------------------------------------------------------------------
doc.slide(
    "Objetivos y productos 2025-2026",
    columns=[
        ("Objetivos del Grupo", [
            "Promover la contratación equitativa de trabajadores migrantes en los corredores de las "
            "Américas",
            "Fortalecer la identificación y derivación de víctimas de trabajo forzoso y trata entre la "
            "población migrante",
            "Mejorar los datos sobre trabajo forzoso en los flujos migratorios mixtos",
        ]),
        ("Productos esperados", [
            "Producto 1: Guía práctica sobre contratación equitativa para los corredores de "
            "Centroamérica y el Caribe (OIT, T3 2025)",
            "Producto 2: Mapeo regional de los mecanismos nacionales de derivación de víctimas (OIM, "
            "T2 2025)",
            "Producto 3: Módulo sobre trabajo forzoso para encuestas de hogares con población migrante "
            "(OIT y CEPAL, 2026)",
            "Producto 4: Curso virtual para inspectores del trabajo sobre los indicadores de trabajo "
            "forzoso (UNODC y OIT, T4 2025)",
        ]),
    ],
    box=("Enfoque", "Tripartismo, perspectiva de género y enfoque centrado en las víctimas, en "
                    "coherencia con el Pacto Mundial para la Migración Segura, Ordenada y Regular."))

# 3 -------------------------------------------------------------------------------------------
doc.page_break()
doc.para("Cronograma trimestral 2025-2026", style="slidetitle", spaceAfter=14)
X = "X"
doc.table([
    ["Actividad", "Responsable", "T1 2025", "T2 2025", "T3 2025", "T4 2025", "S1 2026"],
    ["Presentación del plan de trabajo en la reunión regional de las Américas", "Copresidencia", X,
     "", "", "", ""],
    ["Mapeo regional de los mecanismos nacionales de derivación", "OIM", X, X, "", "", ""],
    ["Taller subregional sobre contratación equitativa (Tegucigalpa)", "OIT", "", X, "", "", ""],
    ["Validación tripartita de la guía de contratación equitativa", "OIT", "", "", X, "", ""],
    ["Webinario regional sobre trabajo forzoso y migración (17/09/2025)", "UNODC", "", "", X, "", ""],
    ["Lanzamiento del curso virtual para inspectores del trabajo", "UNODC", "", "", "", X, ""],
    ["Informe de avance al Grupo de Coordinación Mundial", "Secretaría del Grupo", "", "", "", X, ""],
    ["Prueba piloto del módulo de encuesta en Honduras y Jamaica", "OIT", "", "", "", "", X],
], ruled="grid", widths=[330, 130, 62, 62, 62, 62, 62], font_size=11)
doc.para("T = trimestre; S = semestre. El cronograma se revisará en la reunión del Grupo de Coordinación "
         "Mundial de noviembre de 2025.", style="small")

# 4 -------------------------------------------------------------------------------------------
doc.slide(
    "Funciones de los socios",
    columns=[
        ("OIT", ["Coordinará el componente de contratación equitativa",
                 "Aportará asistencia técnica a las oficinas nacionales de estadística"]),
        ("OIM", ["Ejercerá la copresidencia y la secretaría del Grupo",
                 "Liderará el mapeo de los mecanismos nacionales de derivación"]),
        ("UNODC", ["Pondrá a disposición su plataforma de formación en línea",
                   "Se encargará del webinario regional de septiembre"]),
        ("Interlocutores sociales y sociedad civil", [
            "La CSA movilizará a sus afiliadas en los países de origen y de destino",
            "La OIE difundirá la guía entre las federaciones de empleadores",
            "Las ONG asociadas documentarán casos a través de la red de albergues"]),
    ],
    box=("Gobiernos", "Los Gobiernos de Honduras, Jamaica y Uruguay aportarán estudios de caso "
                      "nacionales sobre contratación y trabajo forzoso de personas migrantes."))

# 5 -------------------------------------------------------------------------------------------
doc.slide(
    "Uruguay: prioridades nacionales",
    subtitle="Ministerio de Trabajo y Seguridad Social (MTSS) y Mesa Interinstitucional contra la Trata",
    body=[
        "Aprobar en 2025 el protocolo interinstitucional de identificación y derivación de víctimas de "
        "trata con fines de explotación laboral",
        "Extender la inspección del trabajo a los establecimientos rurales que emplean trabajadores "
        "migrantes",
        "Incorporar preguntas sobre trabajo forzoso en la Encuesta Continua de Hogares del Instituto "
        "Nacional de Estadística (INE)",
        "Capacitar en 2026 a 200 funcionarios consulares y de migración en la detección de casos",
    ],
    box=("Contexto", "Uruguay aprobó en 2018 la Ley núm. 19.643 de prevención y combate de la trata de "
                     "personas y ratificó el Protocolo de 2014 relativo al Convenio sobre el trabajo "
                     "forzoso."))

# 6 -------------------------------------------------------------------------------------------
doc.slide(
    "Jamaica: prioridades nacionales",
    subtitle="Ministerio de Trabajo y Seguridad Social (MLSS) y Grupo de Tareas Nacional contra la "
             "Trata de Personas (NATFATIP)",
    body=[
        "Puesta en funcionamiento de un mecanismo nacional de derivación para víctimas de trata en el "
        "segundo semestre de 2025",
        "Formación de los inspectores del MLSS en los indicadores de trabajo forzoso de la OIT",
        "Revisión de la normativa sobre agencias privadas de empleo para prohibir el cobro de "
        "comisiones a los trabajadores",
        "La NATFATIP prevé publicar su informe anual con datos desagregados por nacionalidad",
    ],
    box=("Compromiso", "Jamaica se propone presentar su candidatura como país pionero de la Alianza 8.7 "
                       "antes de la reunión del Grupo de Coordinación Mundial de noviembre de 2025."))

# 7 -------------------------------------------------------------------------------------------
doc.slide(
    "Honduras: prioridades nacionales",
    subtitle="Secretaría de Trabajo y Seguridad Social (STSS)",
    body=[
        "Fortalecer la inspección del trabajo en la agroexportación (melón, palma africana y café)",
        "Formar a los inspectores del trabajo en los indicadores de trabajo forzoso",
        "Reglamentar la contratación de trabajadores temporales en el extranjero, en coordinación con "
        "la Secretaría de Relaciones Exteriores y Cooperación Internacional (SRECI)",
        "Acoger el taller subregional sobre contratación equitativa en Tegucigalpa (semana del 9 de "
        "junio de 2025)",
    ],
    box=("Contexto", "Honduras celebró en 2023 un diálogo nacional tripartito sobre migración laboral "
                     "y cuenta con la Comisión Interinstitucional contra la Explotación Sexual "
                     "Comercial y Trata de Personas (CICESCT)."))

# 8 -------------------------------------------------------------------------------------------
doc.slide(
    "Propuestas para el Grupo de Coordinación Mundial",
    body=[
        "Que el GCM incluya la contratación equitativa como punto permanente del orden del día de sus "
        "reuniones",
        "Se propone crear un grupo de trabajo conjunto con el Grupo de Acción sobre Cadenas de "
        "Suministro para los sectores agrícolas de exportación",
        "Recomendar a los países pioneros que incorporen a los trabajadores migrantes en sus hojas de "
        "ruta nacionales",
        "Establecer un fondo catalizador para proyectos piloto en los corredores migratorios de las "
        "Américas",
        "El Grupo sugiere que la plataforma de conocimiento de la Alianza publique una sección en "
        "español",
    ],
    box=("Para decisión del GCM", "Aprobación del plan de trabajo 2025-2026 y de la propuesta de grupo "
                                  "de trabajo conjunto."))

# 9 -------------------------------------------------------------------------------------------
doc.slide(
    "Próximos pasos",
    body=[
        "La OIM circulará el plan de trabajo revisado a los miembros antes del 15 de marzo de 2025",
        "Uruguay convocará la primera reunión técnica del Grupo en Montevideo en abril de 2025",
        "La OIT y la CEPAL acordarán el calendario de la prueba piloto del módulo de encuesta antes de "
        "junio de 2025",
        "Jamaica y Honduras designarán sus puntos focales para el Grupo",
        "Informe de avance en la reunión del GCM de principios de noviembre de 2025",
    ],
    box=("Contacto", "Secretaría del Grupo de Acción sobre Migración: grupo.migracion@example.org"))

doc.save()
