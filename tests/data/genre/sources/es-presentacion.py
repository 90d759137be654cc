"""es-presentacion: presentación de 7 diapositivas ante el Consejo de Ministros de Trabajo (SICA, 2021).

Estilo: diapositivas en español. Portada, contexto con recuadro, avances por país (cuatro columnas,
logros pasados), compromisos 2022 por país (cuatro columnas, sustantivos, infinitivos y futuros),
cuadro de Compromisos de Acción del Año Internacional (página de flujo), recomendaciones con preguntas
para el debate, próximos pasos en dos columnas con calendario.
"""

from reportlab.lib.units import mm

from docgen import SLIDE, Document

doc = Document(
    "es-presentacion.pdf", size=SLIDE, lang="es", margin=14 * mm,
    footer="Consejo de Ministros de Trabajo de Centroamérica y República Dominicana – 9.12.2021",
    page_numbers="{n}",
    title="Centroamérica y República Dominicana hacia la Meta 8.7 (presentación, 2021)",
)

doc.slide(
    "Centroamérica y República Dominicana hacia la Meta 8.7",
    subtitle="Avances del Año Internacional para la Eliminación del Trabajo Infantil y "
             "compromisos para 2022",
    body=[
        "Reunión técnica del Consejo de Ministros de Trabajo de Centroamérica y República "
        "Dominicana (SICA) – sesión virtual, 9 de diciembre de 2021",
        "Presentación de la Oficina de la OIT para América Central, Haití, Panamá y República "
        "Dominicana, en su calidad de Secretaría Técnica de la Iniciativa Regional América Latina "
        "y el Caribe Libre de Trabajo Infantil",
    ],
    marker="-",
)

doc.slide(
    "Contexto",
    body=[
        "160 millones de niñas y niños en trabajo infantil en el mundo a comienzos de 2020: el "
        "primer aumento en dos décadas (estimaciones mundiales OIT-UNICEF).",
        "En la subregión, la pandemia mantuvo cerradas las escuelas durante más de un año en "
        "varios países.",
        "Costa Rica y Panamá ya ratificaron el Protocolo de 2014 relativo al Convenio sobre el "
        "trabajo forzoso.",
        "La V Conferencia Mundial sobre la Eliminación del Trabajo Infantil se celebrará en Durban "
        "(Sudáfrica) en mayo de 2022.",
    ],
    box=("2021, Año Internacional para la Eliminación del Trabajo Infantil",
         "Gobiernos, organizaciones de empleadores y de trabajadores y sociedad civil fueron "
         "invitados a registrar Compromisos de Acción concretos. La subregión registró 14 "
         "compromisos, siete de ellos de gobiernos."),
)

doc.slide(
    "Avances en 2021 por país",
    columns=[
        ("Costa Rica", [
            "Estrategia Nacional para la Erradicación del Trabajo Infantil 2021-2025 aprobada en "
            "junio",
            "1.850 inspecciones con enfoque de trabajo infantil",
            "Protocolo de 2014 en vigor desde 2020",
        ]),
        ("El Salvador", [
            "Convenio de intercambio de información entre el MTPS y el CONAPINA, firmado en marzo",
            "Campaña «Sin trabajo infantil» en 50 municipios",
        ]),
        ("Panamá", [
            "País pionero de la Alianza 8.7 desde 2019",
            "2.100 niñas y niños retirados de la cosecha de café en Chiriquí",
            "Plan operativo 2021 del CETIPPAT ejecutado al 85 %",
        ]),
        ("República Dominicana", [
            "Hoja de ruta como país pionero adoptada en septiembre de 2021",
            "60 nuevos inspectores del Ministerio de Trabajo",
        ]),
    ],
)

doc.slide(
    "Compromisos para 2022",
    columns=[
        ("Costa Rica", [
            "Actualizar el listado de trabajos peligrosos prohibidos para personas adolescentes",
            "El MTSS fortalecerá la inspección en las cosechas de café y piña",
            "Aprobación de un protocolo de atención a adolescentes trabajadores migrantes "
            "procedentes de Nicaragua",
        ]),
        ("El Salvador", [
            "Realizar el módulo de trabajo infantil de la Encuesta de Hogares de Propósitos "
            "Múltiples 2022",
            "Se propone extender la campaña «Sin trabajo infantil» a 100 municipios",
            "El MTPS se compromete a presentar la carta de interés del país para ser país pionero",
        ]),
        ("Panamá", [
            "Actualización del decreto ejecutivo sobre trabajos peligrosos para personas menores "
            "de edad",
            "Someter a la Asamblea Nacional el Convenio núm. 190",
            "Primer informe de avance de la hoja de ruta en el primer trimestre de 2022",
        ]),
        ("República Dominicana", [
            "Levantar la Encuesta Nacional de Trabajo Infantil en el segundo semestre de 2022",
            "Instalar 10 comités locales de prevención en provincias fronterizas con Haití",
            "El CONANI y el Ministerio de Trabajo crearán un sistema conjunto de remisión de casos",
        ]),
    ],
)

doc.page_break()
doc.heading("Compromisos de Acción registrados en el Año Internacional", 1)
doc.table([
    ["País u organización", "Compromiso de acción", "Plazo"],
    ["Costa Rica", "Reducir en un 30 % el trabajo infantil en la agricultura", "2025"],
    ["El Salvador", "Garantizar la matrícula escolar de 5.000 niñas y niños retirados del trabajo "
     "infantil", "2023"],
    ["Panamá", "Certificar 200 fincas cafetaleras libres de trabajo infantil",
     "Antes de la cosecha 2022-2023"],
    ["República Dominicana", "Realizar la Encuesta Nacional de Trabajo Infantil", "2022"],
    ["Honduras", "Aprobar la hoja de ruta actualizada para la eliminación del trabajo infantil",
     "A mediados de 2022"],
    ["Consejo Hondureño de la Empresa Privada (COHEP)", "Capacitar a 500 empresas afiliadas en "
     "debida diligencia sobre trabajo infantil y trabajo forzoso", "2022-2023"],
    ["Confederación Sindical de Trabajadores y Trabajadoras de las Américas (CSA)", "Formar a 200 "
     "dirigentes sindicales de la subregión en la detección del trabajo forzoso", "Q2 2022"],
], ruled="grid", widths=[70 * mm, 160 * mm, 55 * mm], font_size=11)
doc.para("Fuente: registro de Compromisos de Acción del Año Internacional, consulta de noviembre "
         "de 2021.", style="small")

doc.slide(
    "Recomendaciones de la Secretaría Técnica",
    body=[
        "Incluir la prevención del trabajo infantil en los planes de recuperación económica "
        "pospandemia.",
        "Armonizar a nivel subregional los listados nacionales de trabajo peligroso.",
        "Crear un mecanismo subregional de intercambio de información sobre la trata con fines de "
        "explotación laboral.",
        "Asignar un presupuesto específico a las comisiones nacionales para la erradicación del "
        "trabajo infantil.",
    ],
    box=("Para el debate", [
        "¿Cómo asegurar la sostenibilidad financiera de las hojas de ruta?",
        "¿Qué papel deben desempeñar los gobiernos locales?",
    ]),
)

doc.slide(
    "Próximos pasos",
    columns=[
        ("Secretaría Técnica (OIT)", [
            "Enviar a los ministerios, antes del 31 de enero de 2022, la plantilla del informe de "
            "avance",
            "Organizar en marzo de 2022 un taller subregional sobre listados de trabajo peligroso",
        ]),
        ("Consejo de Ministros y países", [
            "El Consejo aprobará en su próxima reunión ordinaria una declaración subregional sobre "
            "la Meta 8.7",
            "Honduras y El Salvador presentarán sus cartas de interés a la Alianza 8.7 en el primer "
            "semestre de 2022",
        ]),
    ],
    box=("Calendario 2022", [
        "Marzo de 2022: taller subregional sobre listados de trabajo peligroso (San José)",
        "12 de junio: Día Mundial contra el Trabajo Infantil",
        "Q3 2022: reunión ordinaria del Consejo de Ministros de Trabajo (Ciudad de Panamá)",
    ]),
)

doc.save()
