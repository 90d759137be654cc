"""Minuta de una reunión virtual de una red subregional (Centroamérica) vinculada al Grupo de
Acción sobre Migración de la Alianza 8.7: ronda de intervenciones en estilo indirecto
(condicional), acuerdos numerados y matriz de compromisos (Acción | Responsable | Fecha)."""

from reportlab.lib.units import mm

from docgen import A4, Document


def P(text, style="body"):
    size = 8 if style == "small" else 9
    doc.para(text, style=style, fontSize=size, leading=size + 2.6, spaceAfter=4)


def country(name, text):
    doc.keep_together(lambda: (doc.heading(name, level=3), P(text)))


doc = Document("es-minuta-grupo-accion.pdf", size=A4, lang="es",
               header="Red Centroamericana de Acción contra la Trata de Personas y el Trabajo Forzoso (RECATF)",
               footer="Minuta RECATF/VII/2024 – uso interno de la Red",
               page_numbers="Página {n} de {total}", margin=16 * mm,
               title="Minuta de la VII Reunión Virtual de la RECATF")

doc.title("Minuta de la VII Reunión Virtual de la Red Centroamericana de Acción contra la Trata "
          "de Personas y el Trabajo Forzoso",
          subtitle="26 de noviembre de 2024 – Zoom, con interpretación simultánea")

doc.table([
    ["Fecha y hora", "Martes 26 de noviembre de 2024, de 15:00 a 17:10 (hora de Ciudad de Guatemala, UTC-6)"],
    ["Modalidad", "Virtual (Zoom). 47 personas conectadas; se habilitó el chat para preguntas y comentarios"],
    ["Convocatoria", "Presidencia pro tempore de la Red (Costa Rica, CONATT) y Secretaría técnica "
                     "(Organización Internacional para las Migraciones, OIM, Oficina Regional para "
                     "Centroamérica, Norteamérica y el Caribe)"],
    ["Moderación y relatoría", "Sra. Daniela Quesada Mora, Secretaria Ejecutiva de la CONATT (moderación); "
                               "Sr. Ernesto Villacorta Paz, OIM (relatoría), recatf-secretaria@example.org"],
    ["Vínculo con la Alianza 8.7", "La Red actúa como capítulo subregional del Grupo de Acción sobre "
                                   "Migración de la Alianza 8.7"],
], ruled="grid", header=False, widths=[120, 385], font_size=8.5)
doc.spacer(6)

P("<b>Agenda:</b> 1. Apertura y aprobación de la agenda; 2. Seguimiento de los acuerdos de la VI reunión; 3. Ronda de actualización de los países; 4. Intervenciones de los organismos internacionales y de los interlocutores sociales; 5. Comentarios recibidos por el chat; 6. Acuerdos y matriz de compromisos; 7. Fecha y sede de la próxima reunión.")

doc.heading("1. Apertura", level=2)
P("La Sra. Quesada Mora dio la bienvenida a las delegaciones y recordó que la reunión se "
         "celebraba pocos días después de la Reunión Viceministerial de la Conferencia Regional sobre "
         "Migración (CRM), realizada en Ciudad de Guatemala los días 13 y 14 de noviembre de 2024, en "
         "la que se reconoció la creciente incidencia de la trata con fines de explotación laboral en "
         "la región. La agenda fue aprobada sin modificaciones.")

doc.heading("2. Seguimiento de los acuerdos de la VI reunión", level=2)
P("La Secretaría técnica informó que, de los nueve compromisos asumidos en la VI reunión, "
         "celebrada de forma virtual el 4 de julio de 2024, seis se habían cumplido, dos seguían en "
         "curso y uno, la traducción al inglés del directorio regional de servicios de atención, se "
         "había postergado por falta de recursos.")

doc.heading("3. Ronda de actualización de los países", level=2)
country("Guatemala",
        "La representante de la Secretaría contra la Violencia Sexual, Explotación y Trata de Personas "
         "(SVET) informó que entre enero y octubre de 2024 se habían identificado 312 posibles víctimas "
         "de trata, el 41 % de ellas en situaciones de explotación laboral en fincas de café, en el "
         "trabajo doméstico y en la mendicidad forzada. Señaló que su Gobierno actualizaría durante el "
         "primer semestre de 2025 el protocolo interinstitucional de identificación y atención de "
         "víctimas de trata, al que se añadiría un capítulo sobre trabajo forzoso. Agregó que el "
         "Ministerio de Trabajo y Previsión Social (MINTRAB) tenía previsto incorporar indicadores de "
         "trabajo forzoso en la guía de inspección de fincas agrícolas antes del inicio de la cosecha "
         "de café 2025-2026.")
country("Honduras",
        "El delegado de la Comisión Interinstitucional contra la Explotación Sexual Comercial y Trata "
         "de Personas (CICESCT) recordó que en 2023 se había reformado la ley especial contra la trata "
         "para tipificar el trabajo forzoso como modalidad autónoma. Anunció que la CICESCT pondría en "
         "funcionamiento en 2025 una línea gratuita de denuncia con atención en garífuna y miskito, y "
         "que Honduras remitiría a más tardar en el primer trimestre de 2025 su carta de interés para "
         "sumarse a los países pioneros de la Alianza 8.7. Preguntó a la Secretaría técnica si la Red "
         "podría financiar la traducción de los materiales de sensibilización a lenguas indígenas.")
country("El Salvador",
        "El Consejo Nacional contra la Trata de Personas (CNCTP) indicó que el país revisaría también "
         "en 2025 su protocolo de identificación de víctimas, con el fin de armonizar criterios con "
         "Guatemala y facilitar la referencia de casos transfronterizos. Propuso que la Red adoptara un "
         "formulario común para la referencia de casos entre países, que evite que una misma víctima "
         "deba relatar su historia varias veces.")
country("Costa Rica",
        "En su calidad de país pionero, Costa Rica recordó que había celebrado en 2022 su taller "
         "nacional de planificación estratégica y que su hoja de ruta se encontraba en el tercer año de "
         "ejecución. Adelantó que la CONATT publicaría en enero de 2025 la evaluación de medio término "
         "de dicha hoja de ruta y que el Ministerio de Trabajo y Seguridad Social (MTSS) buscaría "
         "ampliar las inspecciones en las plantaciones de piña y de melón de la zona norte, donde se "
         "concentra mano de obra migrante temporal.")
country("Panamá",
        "La representante del Ministerio de Trabajo y Desarrollo Laboral (MITRADEL) informó que, como "
         "parte de su proceso de incorporación como país pionero, Panamá celebraría su taller nacional "
         "de planificación estratégica en marzo de 2025 en Ciudad de Panamá, con el apoyo de la OIT y de "
         "la OIM. Alertó que el flujo de personas migrantes que ingresan desde Colombia por la selva del "
         "Darién, aunque menor que en 2023, seguía desbordando la capacidad de las estaciones de "
         "recepción migratoria, donde se habían detectado ofertas fraudulentas de empleo dirigidas a "
         "mujeres jóvenes.")
country("México",
        "El representante de la Secretaría del Trabajo y Previsión Social (STPS) señaló que el "
         "Ejecutivo federal promovería durante 2025 la ratificación del Protocolo de 2014 relativo al "
         "Convenio sobre el trabajo forzoso, 1930, cuyo análisis se encuentra en el Senado. Planteó la "
         "idea de crear un tablero regional de datos sobre trata con fines de explotación laboral, "
         "alimentado por las fiscalías especializadas y las inspecciones del trabajo, y ofreció "
         "coordinar su diseño.")
country("República Dominicana (observadora)",
        "La delegación del Ministerio de Trabajo de República Dominicana expresó su disposición a "
         "compartir con la Red la metodología de su mesa interinstitucional de inspección en el sector "
         "de la construcción, que en 2024 había permitido detectar casos de retención de documentos de "
         "identidad a trabajadores migrantes.")

doc.heading("4. Organismos internacionales e interlocutores sociales", level=2)
P("La Organización Internacional del Trabajo (OIT) indicó que impartiría en el primer trimestre "
         "de 2025 un curso virtual sobre indicadores de trabajo forzoso dirigido a inspectores del "
         "trabajo de la subregión, con base en las directrices de 2018 sobre la medición del trabajo "
         "forzoso.")
P("La OIM, por su parte, informó que tiene previsto lanzar en febrero de 2025 un curso en línea "
         "sobre indicadores de trabajo forzoso para inspectores del trabajo y personal de migración. La "
         "Secretaría técnica observó que ambas iniciativas se superponían y sugirió integrarlas en una "
         "sola oferta formativa regional.")
P("La Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC) invitó a las "
         "delegaciones al lanzamiento regional del Informe Mundial sobre la Trata de Personas 2024, que "
         "se realizará en formato virtual el 10 de diciembre, y se ofreció a brindar asistencia técnica "
         "a México para el diseño del tablero regional de datos.")
P("El Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR) subrayó que la "
         "identificación de víctimas de trata no debería condicionar el acceso a la protección "
         "internacional y pidió que los protocolos nacionales incluyan la referencia a los "
         "procedimientos de asilo. UNICEF destacó que uno de cada cuatro casos identificados en la "
         "subregión corresponde a niñas, niños y adolescentes, y recomendó que los protocolos en "
         "revisión incorporen un enfoque específico de niñez no acompañada.")
P("Hablando en nombre de las organizaciones de trabajadores, la Confederación Sindical de "
         "Trabajadores y Trabajadoras de las Américas (CSA) pidió que los sindicatos fueran incorporados "
         "como miembros plenos de las comisiones nacionales contra la trata. Se comprometió, además, a "
         "difundir entre los puntos focales la guía sindical sobre trata laboral y reclutamiento "
         "equitativo que había publicado en septiembre.")
P("En representación del sector empleador, la Federación de Entidades Privadas de Centroamérica, "
         "Panamá y República Dominicana (FEDEPRICAP) anunció que pondrá a disposición de sus gremios "
         "miembros, antes de junio de 2025, una guía de debida diligencia sobre reclutamiento equitativo "
         "de trabajadores migrantes. Señaló, no obstante, que las pequeñas empresas necesitarían apoyo "
         "técnico para aplicarla.")
P("La Alianza Regional de Albergues para Personas Migrantes (ARAM) advirtió que varios albergues "
         "de la ruta habían reducido su capacidad por recortes de financiamiento y preguntó qué mecanismo "
         "de la Red permitiría canalizar fondos de emergencia.")

with doc.box("5. Comentarios recibidos por el chat"):
    P("Por medio del chat, la Facultad Latinoamericana de Ciencias Sociales (FLACSO) sugirió que "
             "el tablero regional de datos distinga entre trata laboral, trabajo forzoso y otras formas "
             "de explotación, para evitar dobles conteos.", style="small")
    P("Una participante de la Secretaría de Trabajo y Seguridad Social (STSS) de Honduras "
             "consultó si el curso de la OIT otorgaría una certificación reconocida por los ministerios.",
             style="small")

doc.heading("6. Acuerdos", level=2)
P("Tras el intercambio, las delegaciones adoptaron por consenso los siguientes acuerdos:")
doc.bullets([
    "Se acordó que la Secretaría técnica elaborará un formulario regional común para la referencia de "
    "casos de trata entre países, a partir de la propuesta de El Salvador.",
    "Integrar los cursos anunciados por la OIT y la OIM en un único curso regional sobre indicadores de "
    "trabajo forzoso para inspectores del trabajo, que se ofrecerá en el primer semestre de 2025.",
    "Conformar un grupo de trabajo ad hoc, coordinado por México y con asistencia técnica de UNODC, para "
    "definir las variables del tablero regional de datos.",
    "Recomendar a los países que, en la revisión de sus protocolos, incorporen las observaciones de "
    "ACNUR y UNICEF sobre protección internacional y niñez no acompañada.",
    "Incluir en la agenda de la VIII reunión un punto sobre la participación de las organizaciones de "
    "trabajadores y de empleadores en los mecanismos nacionales contra la trata.",
    "Celebrar la VIII reunión de manera presencial en San Salvador, en la segunda quincena de febrero de "
    "2025, sujeta a la disponibilidad de fondos.",
], marker="6.1.", indent=26, style="small")
P("Las delegaciones tomaron nota de la solicitud de Honduras sobre la traducción de materiales; "
         "la Secretaría técnica explorará posibles fuentes de financiamiento.")

doc.heading("7. Matriz de compromisos", level=2)
doc.table([
    ["N.º", "Acción", "Responsable", "Fecha"],
    ["1", "Circular el borrador del formulario regional común de referencia de casos",
     "Secretaría técnica (OIM)", "20/12/2024"],
    ["2", "Enviar observaciones al borrador del formulario", "Puntos focales de los países", "31/01/2025"],
    ["3", "Presentar una propuesta conjunta del curso regional sobre indicadores de trabajo forzoso",
     "OIT y OIM", "15/01/2025"],
    ["4", "Convocar la primera sesión del grupo ad hoc sobre el tablero regional de datos",
     "México (STPS), con apoyo de UNODC", "Enero de 2025"],
    ["5", "Compartir con los puntos focales la guía sindical sobre trata laboral y reclutamiento equitativo",
     "CSA", "13/12/2024"],
    ["6", "Remitir a la Red la nota conceptual del taller nacional de planificación estratégica",
     "Panamá (MITRADEL)", "15/02/2025"],
    ["7", "Confirmar sede, fechas y logística de la VIII reunión", "El Salvador (CNCTP)", "31/01/2025"],
    ["8", "Transmitir la presente minuta al Grupo de Acción sobre Migración de la Alianza 8.7",
     "Presidencia pro tempore (Costa Rica)", "06/12/2024"],
    ["9", "Difundir el enlace de inscripción al lanzamiento regional del Informe Mundial sobre la Trata de Personas",
     "UNODC", "03/12/2024"],
], ruled="grid", widths=[26, 290, 117, 72], font_size=8.5)
doc.spacer(6)

doc.heading("8. Próxima reunión y cierre", level=2)
P("La VIII reunión se celebrará, de confirmarse los fondos, en San Salvador en la segunda "
         "quincena de febrero de 2025. La Presidencia pro tempore agradeció la participación y levantó "
         "la sesión a las 17:10.")

P("<b>Anexo. Instituciones conectadas.</b> Guatemala: SVET; MINTRAB; Ministerio Público (Fiscalía contra la Trata de Personas). Honduras: CICESCT; STSS. El Salvador: CNCTP; Ministerio de Trabajo y Previsión Social (MTPS). Costa Rica: CONATT; MTSS; Dirección General de Migración y Extranjería (DGME). Panamá: MITRADEL; Comisión Nacional contra la Trata de Personas. México: STPS. República Dominicana: Ministerio de Trabajo (observador). Además: OIT, OIM, UNODC, ACNUR, UNICEF, CSA, FEDEPRICAP, ARAM y FLACSO.", style="small")

doc.save()
