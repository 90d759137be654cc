"""Diapositivas de resultados de los grupos de trabajo de un taller regional (Asunción, 2024), en español."""

from reportlab.lib.units import mm

from docgen import SLIDE, Document

doc = Document("es-diapositivas-resultados.pdf", size=SLIDE, lang="es", margin=12 * mm,
               footer="Taller Regional · Asunción, 22-24 de abril de 2024 · Iniciativa Regional América Latina "
                      "y el Caribe Libre de Trabajo Infantil",
               page_numbers="{n}/{total}", title="Resultados de los grupos de trabajo")

# 1. Portada
doc.slide(
    "Resultados de los grupos de trabajo",
    subtitle="Taller Regional «Cadenas de suministro libres de trabajo infantil y trabajo forzoso» · "
             "Asunción (Paraguay), 22-24 de abril de 2024",
    body=[
        "Convocado por la Iniciativa Regional América Latina y el Caribe Libre de Trabajo Infantil y la "
        "Organización Internacional del Trabajo (OIT), con el Ministerio de Trabajo, Empleo y Seguridad Social "
        "(MTESS) del Paraguay como anfitrión",
        "74 participantes de delegaciones tripartitas de Argentina, Bolivia, Chile, Ecuador, Guatemala, Honduras, "
        "Jamaica, Paraguay y Uruguay, y de la OIM, la FAO, UNICEF, la CSA y la OIE",
        "Tres grupos de trabajo sesionaron el 23 de abril; el plenario validó sus resultados el 24 de abril",
    ],
    box=("Relatoría", "Secretaría Técnica de la Iniciativa Regional · Presentación de cierre, 24 de abril de "
                      "2024 · relatoria.iniciativa@example.org"),
)

# 2. Punto de partida
doc.slide(
    "Punto de partida",
    subtitle="Datos y antecedentes presentados en la sesión inaugural",
    columns=[
        ("Datos", [
            "8,2 millones de niños, niñas y adolescentes en trabajo infantil en la región (estimación mundial "
            "OIT-UNICEF de 2020)",
            "La agricultura concentra cerca de la mitad del trabajo infantil regional",
            "En las cadenas del café y de la caña de azúcar, los riesgos se concentran en la cosecha y en la "
            "subcontratación de mano de obra",
        ]),
        ("Antecedentes", [
            "Argentina ratificó en 2016 el Protocolo de 2014 relativo al Convenio sobre el trabajo forzoso",
            "Declaración de Buenos Aires, IV Conferencia Mundial sobre la Erradicación Sostenida del Trabajo "
            "Infantil (noviembre de 2017)",
            "Llamamiento a la Acción de Durban, V Conferencia Mundial sobre la Eliminación del Trabajo Infantil "
            "(Durban, 15-20 de mayo de 2022)",
        ]),
    ],
    box=("Pregunta orientadora para los grupos", "¿Qué medidas concretas puede adoptar cada país, con sus "
         "interlocutores sociales, antes de que venza el plazo de la meta 8.7 en 2025?"),
)

# 3. Grupo 1
doc.slide(
    "Grupo 1 · Agricultura: café, caña de azúcar y yerba mate",
    subtitle="Compromisos anunciados por las delegaciones",
    columns=[
        ("Paraguay", [
            "Realizar en 2025 la tercera Encuesta Nacional de Actividades de Niños, Niñas y Adolescentes (EANA), "
            "con el Instituto Nacional de Estadística (INE)",
            "Inspecciones focalizadas en la zafra de caña de azúcar de Guairá, de julio a octubre de 2024",
            "El MTESS firmará un acuerdo con las cooperativas yerbateras para un distintivo «libre de trabajo "
            "infantil»",
        ]),
        ("Guatemala", [
            "El Ministerio de Trabajo y Previsión Social (MINTRAB) capacitará a 80 inspectores en la detección de "
            "trabajo infantil en la cosecha de café antes de noviembre de 2024",
            "Revisión del listado de trabajos peligrosos para adolescentes en el segundo semestre de 2024",
        ]),
        ("Honduras", [
            "Capacitación de inspectores de la Secretaría de Trabajo y Seguridad Social (STSS) en trabajo infantil "
            "en la cosecha de café (T3 2024)",
            "La STSS pretende extender, junto con el Instituto Hondureño del Café (IHCAFE), el sello «Café sin "
            "trabajo infantil» a dos nuevos departamentos en 2025",
        ]),
    ],
    box=("Recomendaciones del Grupo 1", [
        "Crear una plataforma regional de trazabilidad y buenas prácticas para las cadenas del café, la caña de "
        "azúcar y la yerba mate",
        "Incluir cláusulas sobre trabajo infantil y trabajo forzoso en las compras públicas de alimentos para la "
        "alimentación escolar",
        "Vincular las transferencias monetarias condicionadas a la asistencia escolar durante los meses de cosecha",
    ]),
)

# 4. Grupo 2
doc.slide(
    "Grupo 2 · Minería artesanal y ladrilleras",
    subtitle="Compromisos anunciados por las delegaciones",
    columns=[
        ("Bolivia", [
            "El Ministerio de Trabajo, Empleo y Previsión Social (MTEPS) y el Ministerio Público realizarán "
            "operativos conjuntos en las cooperativas auríferas del norte de La Paz durante 2024",
            "Puesta en marcha del registro administrativo en línea de adolescentes trabajadores en 2025",
        ]),
        ("Ecuador", [
            "El Ministerio del Trabajo y el Instituto Nacional de Estadística y Censos (INEC) prevén levantar una "
            "nueva Encuesta Nacional de Trabajo Infantil en 2025",
            "Programa de reconversión productiva para 200 familias ladrilleras de Cuenca, con cofinanciamiento "
            "municipal",
        ]),
    ],
    box=("Recomendaciones del Grupo 2", [
        "Adoptar protocolos de inspección conjunta entre los ministerios de trabajo y las fiscalías para la "
        "minería artesanal",
        "Los Gobiernos deberían condicionar el acceso de las cooperativas mineras al crédito público a la "
        "ausencia de trabajo infantil, verificada por la inspección del trabajo",
        "Promover pasantías cruzadas de inspectores entre Bolivia y Ecuador",
    ]),
)

# 5. Grupo 3
doc.slide(
    "Grupo 3 · Migración laboral y contratación equitativa",
    subtitle="Compromisos anunciados por las delegaciones",
    columns=[
        ("Argentina", [
            "La Secretaría de Trabajo, Empleo y Seguridad Social (STEySS) reglamentará en 2024 la prohibición del "
            "cobro de comisiones de contratación a trabajadores rurales migrantes",
            "Operativos conjuntos con el Registro Nacional de Trabajadores Rurales y Empleadores (RENATRE) en las "
            "cosechas de yerba mate y tabaco de Misiones",
        ]),
        ("Chile", [
            "Proyecto de ley que prohíbe el cobro de comisiones de contratación a trabajadores migrantes: ingreso "
            "al Congreso en el segundo semestre de 2024",
            "La Dirección del Trabajo (DT) formará a sus fiscalizadores en los indicadores de trabajo forzoso de "
            "la OIT",
        ]),
        ("Uruguay", [
            "La Inspección General del Trabajo y de la Seguridad Social (IGTSS) incorporará el enfoque de trata "
            "con fines de explotación laboral en su protocolo de inspección rural antes de diciembre de 2024",
            "Campaña con Argentina sobre los derechos de los trabajadores temporeros del litoral",
        ]),
        ("Jamaica", [
            "El Ministerio de Trabajo y Seguridad Social (MLSS) revisará la normativa sobre agencias privadas de "
            "empleo en el ejercicio fiscal 2025/26",
            "Orientación previa a la partida para los trabajadores agrícolas temporales que viajan a Canadá y a "
            "los Estados Unidos",
        ]),
    ],
    box=("Recomendaciones del Grupo 3", [
        "Eliminar el cobro de comisiones y gastos de contratación a las personas trabajadoras migrantes, "
        "conforme a los principios de contratación equitativa de la OIT",
        "Crear registros públicos de agencias de contratación autorizadas, con información accesible para las "
        "personas migrantes",
    ]),
)

# 6. Plenario
doc.slide(
    "Aportes del plenario",
    subtitle="Sesión de validación, 24 de abril de 2024",
    marker="-",
    columns=[
        ("Delegaciones gubernamentales", [
            "Uruguay señaló que la inspección del trabajo rural necesita vehículos y presupuesto, no solo "
            "capacitación",
            "Paraguay indicó que su Gobierno publicaría los resultados de la EANA a más tardar en junio de 2026",
            "La delegada de Honduras pidió a la OIT asistencia técnica para preparar el taller nacional de "
            "planificación estratégica",
            "Chile advirtió que la tramitación del proyecto de ley sobre comisiones dependerá de la agenda "
            "legislativa",
            "Bolivia preguntó si el registro de adolescentes trabajadores podría financiarse con fondos de la "
            "cooperación",
            "Jamaica propuso que la Iniciativa Regional traduzca al inglés la caja de herramientas sobre "
            "contratación equitativa",
        ]),
        ("Interlocutores sociales y organismos", [
            "En nombre del grupo de los trabajadores, la CSA subrayó que ninguna estrategia de cadenas de "
            "suministro será creíble sin libertad sindical en las fincas",
            "La OIE, por el grupo de los empleadores, preguntó cómo se evitará duplicar los sellos y "
            "certificaciones privadas ya existentes",
            "UNICEF recomendó vincular las transferencias monetarias condicionadas a la asistencia escolar durante "
            "las cosechas",
            "La OIM recordó que el cobro de comisiones es uno de los indicadores de trabajo forzoso más frecuentes "
            "entre las personas migrantes",
            "La FAO destacó que la agricultura familiar requiere respuestas distintas de las de las grandes fincas",
        ]),
    ],
)

# 7. Organismos e interlocutores sociales
doc.slide(
    "Compromisos de los organismos y de los interlocutores sociales",
    columns=[
        ("OIT", [
            "Asistencia técnica a Honduras para su taller nacional de planificación estratégica (T3 2024)",
            "Curso virtual regional para inspectores sobre indicadores de trabajo forzoso, del 9 al 27 de "
            "septiembre de 2024",
        ]),
        ("OIM", [
            "Adaptar la herramienta IRIS de contratación ética para las agencias de Argentina y Chile antes de "
            "marzo de 2025",
        ]),
        ("FAO", [
            "Incorporar un módulo sobre trabajo infantil en las escuelas de campo de agricultores de Paraguay y "
            "Guatemala durante 2025",
        ]),
        ("CSA y OIE", [
            "CSA: formar a 300 dirigentes sindicales rurales en la detección del trabajo forzoso y del trabajo "
            "infantil",
            "OIE: difundir entre sus federaciones miembro la Herramienta de orientación sobre el trabajo infantil "
            "para las empresas de la OIT y la OIE",
            "Ambas: organizar un diálogo bipartito regional sobre cadenas de suministro en el primer semestre de "
            "2025",
        ]),
    ],
)

# 8. Recomendaciones del taller
doc.slide(
    "Recomendaciones del taller",
    subtitle="Validadas por el plenario el 24 de abril de 2024",
    marker="1.",
    body=[
        "El plenario recomendó crear, en el marco de la Iniciativa Regional, una plataforma regional de "
        "trazabilidad y buenas prácticas para las cadenas agrícolas.",
        "Los Gobiernos deberían prohibir el cobro de comisiones de contratación a las personas trabajadoras "
        "migrantes y sancionar a las agencias que las cobren.",
        "Los participantes sugirieron que los ministerios de trabajo del MERCOSUR compartan sus listados de "
        "trabajo peligroso para armonizar criterios.",
        "Se propuso que el SICA incorpore el trabajo infantil en las cosechas de café a la agenda de sus "
        "ministros de trabajo.",
        "Se invita a la Alianza 8.7 a presentar los resultados del taller en la próxima reunión de su Grupo de "
        "Coordinación Mundial.",
        "El taller instó a las empresas exportadoras a publicar sus mapas de riesgo de proveedores en materia de "
        "trabajo infantil y trabajo forzoso.",
        "Mensaje clave: dotar a la inspección del trabajo de presupuesto y movilidad suficientes para llegar a "
        "las zonas rurales.",
    ],
    box=("Antecedente", "Ya en 2013, la III Conferencia Mundial sobre Trabajo Infantil (Brasilia) había "
         "recomendado reforzar la inspección del trabajo en las zonas rurales; el taller constató que esa "
         "recomendación sigue sin aplicarse en la mayoría de los países."),
)

# 9. Próximos pasos (página de tabla)
doc.page_break()
doc.para("Próximos pasos", style="slidetitle", spaceAfter=8)
doc.para("Acordados en el plenario de cierre · La Secretaría Técnica dará seguimiento a cada acción",
         style="slidehead", fontSize=13, spaceAfter=12)
doc.table([
    ["Acción", "Responsable", "Plazo"],
    ["Validar y difundir la relatoría final del taller", "Secretaría Técnica de la Iniciativa Regional",
     "15 de mayo de 2024"],
    ["Enviar la carta de interés para ser país pionero de la Alianza 8.7", "Honduras (STSS)", "Mayo de 2024"],
    ["Presentar los resultados del taller en la reunión del Subgrupo de Trabajo n.º 10 del MERCOSUR",
     "Paraguay, en ejercicio de la Presidencia Pro Tempore del MERCOSUR", "Junio de 2024"],
    ["Seminario web de seguimiento con los puntos focales nacionales", "Secretaría Técnica de la Iniciativa "
     "Regional", "18/07/2024"],
    ["Traducir al inglés la caja de herramientas sobre contratación equitativa", "Secretaría Técnica de la "
     "Iniciativa Regional", "Q4 2024"],
    ["Acoger en Ciudad de Guatemala la reunión regional de seguimiento de los compromisos", "Guatemala (MINTRAB)",
     "Primera semana de octubre de 2024"],
    ["Informe de avance de los compromisos nacionales", "Cada delegación nacional", "31 de marzo de 2025"],
], widths=[430, 270, 170], font_size=12)

doc.save()
