"""es-taller-consulta: informe de un taller de consulta nacional (Ecuador, junio de 2022).

Estilo: informe de taller en español. Agenda en cuadro, sesión inaugural, presentación de un país
pionero, cuatro grupos de trabajo con recomendaciones numeradas y compromisos institucionales,
comentarios del plenario y próximos pasos con 'deberá: (a) ...'.
"""

from reportlab.lib.units import mm

from docgen import A4, Document

doc = Document(
    "es-taller-consulta.pdf", size=A4, lang="es",
    header="Ministerio del Trabajo del Ecuador – Taller de consulta nacional – Alianza 8.7",
    footer="Informe del taller – versión para comentarios",
    page_numbers="- {n} -",
    title="Informe del Taller de Consulta Nacional (Quito, junio de 2022)",
)

doc.title("Informe del Taller de Consulta Nacional: hacia la Hoja de Ruta del Ecuador como País "
          "Pionero de la Alianza 8.7",
          subtitle="Quito, del 14 al 16 de junio de 2022")

doc.heading("1. Introducción", 1)
doc.para(
    "El Ecuador remitió en marzo de 2022 su carta de interés para convertirse en país pionero de "
    "la Alianza 8.7. Como paso previo al taller nacional de planificación estratégica, el "
    "Ministerio del Trabajo (MDT) convocó un taller de consulta nacional, celebrado en Quito del 14 "
    "al 16 de junio de 2022, con el apoyo de la Organización Internacional del Trabajo (OIT) y del "
    "Fondo de las Naciones Unidas para la Infancia (UNICEF). Asistieron 87 personas de 34 "
    "instituciones: ministerios y entidades públicas, gobiernos autónomos descentralizados, "
    "organizaciones de trabajadores y de empleadores, organizaciones de la sociedad civil, la "
    "academia y organismos internacionales.")
doc.para(
    "El taller tuvo tres objetivos: validar el diagnóstico nacional, recoger propuestas de acciones "
    "prioritarias y establecer compromisos institucionales preliminares. Sus resultados alimentarán "
    "el taller nacional de planificación estratégica, previsto para la semana del 3 de octubre de "
    "2022.")
doc.para(
    "Según el Instituto Nacional de Estadística y Censos (INEC), alrededor del 6 % de las niñas, "
    "niños y adolescentes de 5 a 17 años realiza alguna actividad laboral, con tasas que triplican "
    "ese promedio en la población indígena de la Sierra central. La última medición específica, la "
    "Encuesta Nacional de Trabajo Infantil, data de 2012.")
doc.para("<b>Programa del taller</b>", style="small")
doc.table([
    ["Día", "Sesiones"],
    ["Martes 14 de junio", "Inauguración; presentación del diagnóstico nacional; experiencia del "
     "Perú como país pionero"],
    ["Miércoles 15 de junio", "Trabajo en cuatro grupos temáticos"],
    ["Jueves 16 de junio", "Plenaria de resultados; compromisos institucionales; clausura"],
], ruled="grid", widths=[40 * mm, 130 * mm])
doc.spacer(4)

doc.heading("2. Sesión inaugural", 1)
doc.para(
    "La Ministra del Trabajo, Sra. Patricia Andrade Coello, señaló que el Ecuador ha reducido a la "
    "mitad el trabajo infantil en la última década, pero que la pandemia ha revertido parte de esos "
    "avances. Afirmó que el Gobierno nacional está determinado a presentar su hoja de ruta antes de "
    "que termine 2022 y que el MDT duplicará el número de inspecciones focalizadas en trabajo "
    "infantil en 2023.")
doc.para(
    "La Directora de la Oficina de la OIT para los Países Andinos destacó el carácter tripartito "
    "del proceso y recordó que el Llamamiento a la Acción de Durban, adoptado en la V Conferencia "
    "Mundial sobre la Eliminación del Trabajo Infantil celebrada en Durban (Sudáfrica) en mayo de "
    "2022, pide integrar la eliminación del trabajo infantil en las políticas de empleo, educación "
    "y protección social. La OIT acompañará técnicamente la redacción de la hoja de ruta.")
doc.para(
    "El Representante de UNICEF en el Ecuador subrayó la necesidad de invertir en la protección de "
    "la adolescencia y anunció que UNICEF financiará la adaptación del sistema de alertas del "
    "Ministerio de Educación para identificar a estudiantes en riesgo de abandono por trabajo.")

doc.heading("3. La experiencia de un país pionero", 1)
doc.para(
    "El representante del Ministerio de Trabajo y Promoción del Empleo (MTPE) del Perú presentó la "
    "experiencia peruana como país pionero desde 2019 y explicó que la hoja de ruta se apoyó en "
    "comités regionales ya existentes. Recomendó que el Ecuador designe desde el inicio una "
    "instancia de coordinación con presupuesto propio. Ofreció, además, compartir los instrumentos "
    "de seguimiento de la hoja de ruta peruana con el equipo técnico del MDT.")

doc.heading("4. Resultados de los grupos de trabajo", 1)
doc.para(
    "Los participantes se distribuyeron en cuatro grupos temáticos. Cada grupo designó una "
    "relatoría, que presentó en plenaria un resumen del diagnóstico, las recomendaciones y los "
    "compromisos asumidos por las instituciones presentes.")

def _grupo1():
    doc.heading("Grupo 1. Trabajo infantil en la agricultura y las cadenas de suministro", 2)
    doc.para(
        "El grupo analizó el trabajo infantil en las cadenas del banano, el cacao, las flores y la "
        "palma aceitera. Constató que los controles de las certificadoras privadas no alcanzan a los "
        "pequeños productores que abastecen a los exportadores. Recomendaciones:")
    doc.bullets([
        "Establecer un sistema de trazabilidad laboral en la cadena del banano que abarque a los "
        "pequeños productores proveedores.",
        "Extender a las zonas de cacao y palma las mesas provinciales de erradicación del trabajo "
        "infantil.",
        "Crear incentivos tributarios para las empresas que certifiquen cadenas libres de trabajo "
        "infantil.",
        "Incluir a los gobiernos autónomos descentralizados en la vigilancia de las fincas.",
    ], marker="1.")
    doc.para(
        "<i>Compromisos institucionales.</i> La Asociación de Exportadores de Banano del Ecuador (AEBE) "
        "implementará, en la cosecha de 2023, un sistema de trazabilidad laboral en las fincas de sus "
        "proveedores de las provincias de El Oro, Guayas y Los Ríos. El Ministerio de Agricultura y "
        "Ganadería (MAG) tiene la intención de incorporar criterios de trabajo infantil en su registro "
        "de productores.")


doc.keep_together(_grupo1)

def _grupo2():
    doc.heading("Grupo 2. Trata de personas y trabajo forzoso en contextos de movilidad humana", 2)
    doc.para(
        "El grupo observó que las personas migrantes y refugiadas procedentes de Venezuela y de "
        "Colombia están expuestas a ofertas de empleo engañosas y a la servidumbre por deudas en la "
        "agricultura y el trabajo doméstico. Recomendaciones:")
    doc.bullets([
        "Capacitar a fiscales y jueces de las provincias fronterizas en la identificación de la trata "
        "con fines de explotación laboral.",
        "Crear una línea gratuita de denuncia en español y en lenguas indígenas, articulada con el "
        "servicio ECU 911.",
        "Regularizar la situación migratoria de las víctimas de trata identificadas, con independencia "
        "de su colaboración con la justicia.",
        "Incorporar el enfoque de reclutamiento equitativo en las oficinas del Servicio Público de "
        "Empleo.",
    ], marker="1.")
    doc.para(
        "<i>Compromisos institucionales.</i> La Fiscalía General del Estado (FGE) se comprometió a "
        "capacitar a 120 fiscales de Carchi, Sucumbíos, El Oro y Loja antes de que finalice el primer "
        "semestre de 2023, con el apoyo de la Oficina de las Naciones Unidas contra la Droga y el Delito "
        "(UNODC). El Ministerio de la Mujer y Derechos Humanos (MMDH) planea actualizar en 2023 el "
        "Protocolo Nacional Unificado de protección a víctimas de trata. El ACNUR y la OIM apoyarán la "
        "difusión de información sobre contratación segura en los albergues y puntos de atención a "
        "personas en movilidad.")


doc.keep_together(_grupo2)

def _grupo3():
    doc.heading("Grupo 3. Educación, protección social y trabajo adolescente protegido", 2)
    doc.para(
        "El grupo señaló que el abandono escolar aumenta a partir de los 15 años y que el Bono de "
        "Desarrollo Humano no incluye corresponsabilidades vinculadas al trabajo infantil. "
        "Recomendaciones:")
    doc.bullets([
        "Vincular una parte del Bono de Desarrollo Humano a la asistencia escolar de los adolescentes "
        "de 15 a 17 años.",
        "Ampliar la oferta de bachillerato técnico y de formación dual en las zonas rurales.",
        "Reforzar el registro de adolescentes trabajadores en edad permitida, con controles de jornada "
        "y de tareas.",
    ], marker="1.")
    doc.para(
        "<i>Compromisos institucionales.</i> El Ministerio de Inclusión Económica y Social (MIES) asumió "
        "el compromiso de incluir el trabajo infantil como criterio de priorización de su programa de "
        "acompañamiento familiar. El Ministerio de Educación busca integrar en 2023 un módulo sobre "
        "derechos laborales en el currículo del bachillerato.")


doc.keep_together(_grupo3)

def _grupo4():
    doc.heading("Grupo 4. Datos, inspección y justicia", 2)
    doc.para(
        "El grupo destacó la falta de datos actualizados desde la encuesta de 2012 y la escasa "
        "coordinación entre las instituciones que registran casos. Recomendaciones:")
    doc.bullets([
        "Incluir un módulo de trabajo infantil en la Encuesta Nacional de Empleo, Desempleo y "
        "Subempleo (ENEMDU) a partir de 2023.",
        "Crear un sistema interoperable de registro de casos entre el MDT, el MIES, la FGE y el "
        "Consejo de la Judicatura.",
        "Dotar a la inspección del trabajo de vehículos y presupuesto para visitas en zonas rurales.",
        "Publicar un informe anual sobre las sanciones impuestas por trabajo infantil y trabajo "
        "forzoso.",
    ], marker="1.")
    doc.para(
        "<i>Compromisos institucionales.</i> El INEC incluirá un módulo de trabajo infantil en la "
        "ENEMDU de diciembre de 2023, con la asistencia técnica de la OIT. La Facultad Latinoamericana "
        "de Ciencias Sociales (FLACSO Ecuador) se ofreció para acompañar el análisis de los resultados.")


doc.keep_together(_grupo4)

doc.heading("5. Comentarios del plenario", 1)
doc.para(
    "El Frente Unitario de Trabajadores (FUT) lamentó que las organizaciones sindicales rurales no "
    "hayan sido convocadas a los grupos de trabajo y pidió que se las incluya en el comité de "
    "seguimiento de la hoja de ruta.")
doc.para(
    "La Cámara de Industrias y Producción (CIP) expresó su apoyo a los incentivos tributarios "
    "propuestos por el grupo 1, pero advirtió que la trazabilidad no debe generar costos "
    "desproporcionados para los pequeños productores.")
doc.para(
    "El Consejo Nacional para la Igualdad Intergeneracional (CNII) preguntó cómo se garantizará la "
    "participación de las niñas, niños y adolescentes en el seguimiento de la hoja de ruta.")
doc.para(
    "La Fundación Niñez Andina recordó que el trabajo infantil doméstico en hogares de terceros "
    "sigue siendo invisible en las estadísticas y propuso incorporarlo expresamente en el módulo de "
    "la ENEMDU.")
doc.para(
    "El ACNUR subrayó que las personas refugiadas deben poder acceder al Servicio Público de Empleo "
    "sin discriminación. La OIM informó que en 2021 atendió a más de 300 posibles víctimas de "
    "trata en el país.")
doc.para(
    "El Ministerio de Gobierno indicó que la Policía Nacional reforzará con 50 agentes, en 2023, la "
    "Unidad contra el Delito de Trata de Personas y Tráfico de Migrantes.")

doc.heading("6. Conclusiones y próximos pasos", 1)
doc.para(
    "El taller validó el diagnóstico nacional con las observaciones recogidas en plenaria. El "
    "Ministerio del Trabajo, en su calidad de coordinador del proceso, deberá:")
doc.bullets([
    "sistematizar las recomendaciones de los grupos de trabajo y circularlas a los participantes "
    "antes del 15 de julio de 2022;",
    "conformar un comité técnico de redacción de la hoja de ruta con participación tripartita;",
    "convocar la primera reunión del comité técnico de redacción el 7 de septiembre de 2022 en "
    "Quito;",
    "remitir a la Secretaría de la Alianza 8.7, en agosto de 2022, la propuesta de agenda del "
    "taller nacional de planificación estratégica.",
], marker="(a)", indent=24)
doc.para(
    "La OIT y UNICEF acordaron elaborar conjuntamente, durante el segundo semestre de 2022, una nota "
    "de apoyo técnico para el taller nacional de planificación estratégica.")
doc.para(
    "El Viceministro de Trabajo y Empleo clausuró el taller el 16 de junio de 2022. Las consultas "
    "sobre este informe pueden dirigirse a alianza87.ecuador@example.org.")

doc.save()
