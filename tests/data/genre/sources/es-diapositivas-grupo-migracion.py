"""es-diapositivas-grupo-migracion: presentación del Grupo de Acción sobre Migración (Ciudad de Panamá, 2025).

Estilo: diapositivas en español. Portada con recuadro de balance (logros pasados), contexto en tres
columnas (cifras, actividades ya realizadas, objetivos del grupo), plan de trabajo en una página de
flujo (cuadro con responsables y trimestres), propuestas de cuatro subgrupos en cuatro columnas
(infinitivos, «Proponemos», «Se sugiere», subjuntivo), anuncios de los miembros por país en cuatro
columnas (futuro, sustantivos, pasiva refleja, órganos nacionales como sujeto), propuestas al GCG,
próximos pasos, calendario y condiciones (condicionales que no son compromisos).
"""

from reportlab.lib.units import mm

from docgen import SLIDE, Document

doc = Document(
    "es-diapositivas-grupo-migracion.pdf", size=SLIDE, lang="es", margin=14 * mm,
    footer="Alianza 8.7 · Grupo de Acción sobre Migración · Ciudad de Panamá, abril de 2025",
    page_numbers="{n}",
    title="Grupo de Acción sobre Migración: plan de trabajo 2025-2026 (presentación)",
)

doc.slide(
    "Grupo de Acción sobre Migración de la Alianza 8.7",
    subtitle="Plan de trabajo 2025–2026, propuestas de los subgrupos y próximos pasos",
    body=[
        "Reunión del Grupo de Acción en modalidad híbrida – Ciudad de Panamá, 2 y 3 de abril de 2025",
        "Presenta la copresidencia: Organización Internacional para las Migraciones (OIM) y Gobierno "
        "del Ecuador (Ministerio de Relaciones Exteriores y Movilidad Humana, MREMH)",
        "Documento de trabajo para debate – no constituye una posición oficial de los miembros",
    ],
    marker="-",
    box=("El Grupo en 2024, en cifras", [
        "37 miembros: 14 gobiernos, 9 organismos internacionales, 6 organizaciones de empleadores y "
        "trabajadores, 8 de sociedad civil y academia",
        "4 seminarios web con 1.120 personas inscritas; 1 nota técnica sobre costos de contratación "
        "(octubre de 2024)",
    ]),
)

doc.slide(
    "Contexto y balance",
    columns=[
        ("Lo que observamos", [
            "Más de 500.000 personas cruzaron la selva del Darién en 2023, en su mayoría de Venezuela",
            "Uno de cada cinco cruces corresponde a niñas, niños o adolescentes; cada vez más viajan "
            "sin acompañante",
            "Trabajadores temporales pagan comisiones de hasta tres meses de salario para acceder a "
            "empleos en el extranjero",
        ]),
        ("Lo que hicimos en 2024", [
            "Taller regional sobre contratación equitativa en San José (Costa Rica), 19 y 20 de junio "
            "de 2024",
            "Colombia y Chile se incorporaron al Grupo",
            "El Consorcio Bananero del Litoral (COBALI) y la CSA firmaron un acuerdo marco sobre "
            "contratación sin comisiones",
        ]),
        ("Objetivos 2025–2026", [
            "Reducir los costos de contratación que pagan las personas trabajadoras migrantes en tres "
            "corredores prioritarios",
            "Mejorar la protección de la niñez migrante no acompañada",
            "Generar datos comparables sobre trabajo forzoso de personas migrantes",
        ]),
    ],
)

doc.page_break()
doc.heading("Plan de trabajo 2025–2026: quién hace qué y cuándo", 1)
doc.table([
    ["Actividad", "Responsable", "T2 2025", "T3 2025", "T4 2025", "S1 2026"],
    ["Elaborar una guía regional de contratación equitativa para los corredores migratorios de las "
     "Américas", "OIT", "X", "X", "X", ""],
    ["Mapeo de agencias privadas de empleo en los corredores Ecuador–España y Guatemala–Canadá",
     "OIE, con la CSA", "X", "X", "", ""],
    ["Protocolo regional de atención a niñas, niños y adolescentes migrantes no acompañados", "UNICEF",
     "", "X", "X", "X"],
    ["Seminario web sobre trata con fines de explotación laboral en la ruta del Darién (julio de 2025)",
     "UNODC", "", "X", "", ""],
    ["Compendio de indicadores sobre movilidad laboral y trabajo forzoso, con FLACSO Ecuador", "OIM", "",
     "", "X", "X"],
    ["Informe de avance del Grupo al Grupo de Coordinación Mundial (GCG)", "Copresidencia", "", "", "X",
     ""],
], ruled="grid", widths=[150 * mm, 42 * mm, 19 * mm, 19 * mm, 19 * mm, 19 * mm], font_size=11)
doc.para("X = trimestre o semestre de ejecución. El Ministerio de Inclusión, Seguridad Social y Migraciones "
         "de España financiará la guía regional de contratación equitativa.", style="body", fontSize=11,
         leading=14, spaceBefore=8)

doc.slide(
    "Propuestas de los subgrupos",
    columns=[
        ("1. Contratación equitativa (OIE y CSA)", [
            "Que los Estados miembros prohíban el cobro de comisiones de contratación a las personas "
            "trabajadoras migrantes",
            "Proponemos una certificación voluntaria para agencias de empleo que apliquen el principio "
            "«el empleador paga»",
            "Incluir cláusulas de contratación equitativa en los acuerdos bilaterales de migración "
            "laboral",
        ]),
        ("2. Niñez en movilidad (UNICEF y ACNUR)", [
            "Adoptar un protocolo regional común para la atención de niñas, niños y adolescentes no "
            "acompañados",
            "Garantizar la matrícula escolar de la niñez migrante sin exigir documentos de identidad",
            "Se sugiere vincular a adolescentes migrantes con programas de empleo juvenil protegido",
        ]),
        ("3. Trata en rutas migratorias (UNODC y REDMAM)", [
            "Formar a funcionarios de fronteras en la identificación temprana de víctimas de trata",
            "Crear una red de puntos focales contra la trata en los pasos del corredor Colombia–Panamá–"
            "Costa Rica",
        ]),
        ("4. Datos y evidencia (OIM, OIT y FLACSO Ecuador)", [
            "Incorporar preguntas sobre costos de contratación en las encuestas de fuerza de trabajo",
            "Armonizar la medición del trabajo forzoso de personas migrantes con las directrices "
            "estadísticas de la OIT",
        ]),
    ],
)

doc.slide(
    "Anuncios de los miembros",
    subtitle="Compromisos comunicados por los gobiernos durante la reunión",
    columns=[
        ("Ecuador", [
            "El INEC incluirá un módulo sobre costos de reclutamiento en la ENEMDU del tercer trimestre "
            "de 2025",
            "Ratificación del Protocolo de 2014 relativo al Convenio sobre el trabajo forzoso, prevista "
            "para 2026",
            "Carta de interés para ser país pionero de la Alianza 8.7 enviada en febrero de 2025",
        ]),
        ("Costa Rica", [
            "La DGME capacitará a 200 oficiales de la Policía Profesional de Migración en detección de "
            "trata antes de diciembre de 2025",
            "Reforma del reglamento de contratación para eliminar las comisiones cobradas a "
            "trabajadores agrícolas temporales de Nicaragua",
        ]),
        ("Panamá", [
            "Capacitar a 300 agentes del SENAFRONT y del Servicio Nacional de Migración en "
            "identificación de víctimas de trata en Darién",
            "Se habilitará un espacio de orientación para niñez no acompañada en la Estación de "
            "Recepción Migratoria de Lajas Blancas",
            "El MITRADEL intensificará las inspecciones en fincas de café de Chiriquí durante la "
            "cosecha 2025-2026",
        ]),
        ("España", [
            "Ampliar la gestión colectiva de contrataciones en origen con Ecuador, Colombia y Marruecos "
            "en 2026",
            "La Inspección de Trabajo y Seguridad Social (ITSS) compartirá su protocolo de inspección "
            "en el trabajo agrícola de temporada con el MITRADEL y el MTSS de Costa Rica",
        ]),
    ],
)

doc.slide(
    "Propuestas para el GCG y próximos pasos",
    columns=[
        ("Propuestas del Grupo al GCG", [
            "Integrar la migración laboral como eje transversal en la revisión de la estrategia de la "
            "Alianza 8.7",
            "Invitar a cada país pionero a designar un punto focal de migración laboral",
        ]),
        ("Próximos pasos", [
            "La OIM circulará la versión final del plan de trabajo antes del 30 de abril de 2025",
            "Los subgrupos presentarán sus planes detallados en la reunión virtual de junio",
            "Ecuador, en nombre del Grupo, presentará estas propuestas en la próxima reunión del GCG",
        ]),
        ("Calendario", [
            "17 de junio de 2025: reunión virtual de los subgrupos",
            "Julio de 2025: seminario web sobre trata en la ruta del Darién (UNODC)",
            "Semana del 10 de noviembre de 2025: reunión del GCG",
            "T1 2026: taller de validación del protocolo regional de niñez no acompañada, Quito",
        ]),
    ],
    box=("Condiciones para avanzar", [
        "Si se confirma el financiamiento, el Subgrupo 3 podría extender la formación a Guatemala y México.",
        "Contacto de la Secretaría del Grupo: migracion.ga87@example.org",
    ]),
)

doc.save()
