"""Informe de la XVIII Reunión del Comité Directivo de la Iniciativa Regional (ficticio, 2024).

Meeting report in Spanish: reported speech in the conditional, agreements ("se acordó que ..."),
recommendations of the committee and of two working groups, a list of host-country commitments
introduced by its actor, and a grid table of agreed actions (Acción | Responsable | Plazo).
"""

from docgen import A4, Document

doc = Document("es-informe-comite-directivo.pdf", size=A4, lang="es",
               header="Iniciativa Regional América Latina y el Caribe Libre de Trabajo Infantil",
               footer="IR/CD-18/INF - Comité Directivo", page_numbers="Página {n} de {total}",
               title="Informe de la XVIII Reunión del Comité Directivo")

doc.title("Informe de la XVIII Reunión del Comité Directivo",
          subtitle="Ciudad de Panamá, 23 y 24 de abril de 2024")
doc.para("Documento IR/CD-18/INF. Distribución: miembros del Comité Directivo y puntos focales de la "
         "Red. Contacto de la Secretaría Técnica: secretaria.iniciativa@example.org", style="small")

# ---------------------------------------------------------------------------------------------
doc.heading("1. Apertura de la reunión y participación")
doc.para(
    "La XVIII Reunión del Comité Directivo de la Iniciativa Regional América Latina y el Caribe Libre "
    "de Trabajo Infantil (en adelante, «la Iniciativa Regional») se celebró en la Ciudad de Panamá los "
    "días 23 y 24 de abril de 2024, con el apoyo del Ministerio de Trabajo y Desarrollo Laboral "
    "(MITRADEL) de Panamá. Asistieron delegaciones gubernamentales de Bolivia, Costa Rica, El Salvador, "
    "Panamá, Paraguay, la República Dominicana y Trinidad y Tobago, así como representantes de la "
    "Organización Internacional de Empleadores (OIE), del Consejo Nacional de la Empresa Privada "
    "(CONEP), de la Confederación Sindical de Trabajadores y Trabajadoras de las Américas (CSA), del "
    "Fondo de las Naciones Unidas para la Infancia (UNICEF) y de la Organización Internacional para "
    "las Migraciones (OIM). La Oficina Regional de la Organización Internacional del Trabajo (OIT) "
    "actuó como Secretaría Técnica.")
doc.para(
    "La Ministra de Trabajo y Desarrollo Laboral de Panamá, Sra. Itzel Marcucci Rangel, dio la "
    "bienvenida a las delegaciones y recordó que su país ratificó los Convenios núms. 138 y 182 de la "
    "OIT hace más de dos décadas. El Director Regional Adjunto de la OIT, Sr. Tomás Echeverri Lugo, "
    "indicó que cerca de 8 millones de niñas, niños y adolescentes de la región siguen en situación de "
    "trabajo infantil y que más de la mitad de ellos realizan trabajos peligrosos.")
doc.para(
    "Se eligió por consenso a Costa Rica para ejercer la Presidencia del Comité Directivo durante el "
    "período 2024-2025 y a Paraguay para la Vicepresidencia. El orden del día fue aprobado sin "
    "modificaciones.")

# ---------------------------------------------------------------------------------------------
doc.heading("2. Informe de la Secretaría Técnica")
doc.para(
    "La Secretaría Técnica presentó el informe de actividades de 2023. Destacó que once países "
    "aplicaron el Modelo de Identificación del Riesgo de Trabajo Infantil (MIRTI) en al menos un "
    "territorio, que la Red de Puntos Focales celebró cuatro sesiones virtuales y que la República "
    "Dominicana realizó en noviembre de 2023, en Santo Domingo, su taller nacional de planificación "
    "estratégica como país pionero de la Alianza 8.7. Recordó asimismo que el Llamamiento a la Acción "
    "de Durban, adoptado en la V Conferencia Mundial sobre la Eliminación del Trabajo Infantil (Durban, "
    "mayo de 2022), sigue siendo el marco de referencia de la Iniciativa Regional.")
doc.para(
    "Entre los desafíos pendientes, la Secretaría Técnica mencionó la baja cobertura de la inspección "
    "del trabajo en las zonas rurales, la falta de datos actualizados en varios países y el aumento del "
    "número de niñas, niños y adolescentes en situación de movilidad que trabajan a lo largo de los "
    "corredores migratorios de Centroamérica. Informó también de que la Unión Europea estudia la "
    "posibilidad de financiar una segunda fase del proyecto regional a partir de 2025, decisión que "
    "aún no se ha adoptado.")

# ---------------------------------------------------------------------------------------------
doc.keep_together(lambda: (
    doc.heading("3. Intervenciones de las delegaciones y de los interlocutores sociales"),
    doc.para(
        "La delegación de Costa Rica, en su calidad de Presidencia entrante, agradeció la confianza de "
        "los miembros. Señaló que su Gobierno impulsaría la actualización del listado de trabajos "
        "peligrosos prohibidos para personas adolescentes antes de que finalice 2024 y que el Ministerio "
        "de Trabajo y Seguridad Social (MTSS) reforzaría la Oficina de Atención y Erradicación del "
        "Trabajo Infantil con seis inspectores adicionales.")))
doc.para(
    "El Salvador expresó el interés de su Gobierno en incorporarse a la Alianza 8.7 como país pionero. "
    "La Viceministra de Trabajo indicó que el Ministerio de Trabajo y Previsión Social (MTPS) enviaría "
    "la carta de interés a la Secretaría de la Alianza antes de julio de 2024 y que, una vez aceptada la "
    "solicitud, el país convocaría un taller nacional de planificación estratégica.")
doc.para(
    "La representante del Ministerio de Trabajo, Empleo y Previsión Social (MTEPS) de Bolivia informó "
    "de que el Estado Plurinacional tiene previsto levantar en 2025 una encuesta nacional de trabajo "
    "infantil con el apoyo del Instituto Nacional de Estadística (INE). Preguntó además si la Secretaría "
    "Técnica podría facilitar asistencia técnica para armonizar el cuestionario con los de otros países "
    "de la región.")
doc.para(
    "El Viceministro de Trabajo de Panamá afirmó que el MITRADEL duplicaría en 2025 el número de "
    "inspecciones focalizadas en las fincas de café y caña de azúcar de las provincias de Chiriquí y "
    "Coclé. Añadió que el país se propone adoptar antes de finalizar 2025 una nueva Hoja de Ruta para "
    "hacer de Panamá un país libre de trabajo infantil.")
doc.para(
    "La delegación de la República Dominicana recordó que el taller nacional de planificación "
    "estratégica celebrado en Santo Domingo permitió definir cinco prioridades nacionales. Indicó que "
    "el Ministerio de Trabajo (MT) presentará la hoja de ruta validada en la próxima reunión del Comité "
    "Directivo y asumió el compromiso de crear, en el primer semestre de 2025, una mesa "
    "interinstitucional sobre trabajo infantil en el sector de la construcción.")
doc.para(
    "La delegación de Paraguay anunció que el Ministerio de Trabajo, Empleo y Seguridad Social (MTESS) "
    "realizará durante 2025 una nueva Encuesta Nacional de Actividades de Niños, Niñas y Adolescentes "
    "(EANA), cuyos resultados se publicarán en 2026. Subrayó que la encuesta anterior data de 2011 y "
    "que sin datos actualizados no es posible medir los avances.")
doc.para(
    "Trinidad y Tobago, interviniendo en inglés, señaló que su Gobierno tiene la intención de ratificar "
    "en 2025 el Protocolo de 2014 relativo al Convenio sobre el trabajo forzoso, 1930, y que la Unidad "
    "de Lucha contra la Trata de Personas del Ministerio de Seguridad Nacional ampliaría su cooperación "
    "con los países de la región en materia de identificación de víctimas.")
doc.para(
    "El representante de la OIE, hablando en nombre del grupo de los empleadores, destacó el "
    "compromiso del sector privado con cadenas de suministro libres de trabajo infantil y anunció que "
    "la OIE organizará, junto con el CONEP, un foro regional sobre debida diligencia en las cadenas de "
    "suministro del café y de la caña de azúcar en el tercer trimestre de 2024.")
doc.para(
    "En nombre del grupo de los trabajadores, la CSA pidió a los Gobiernos que garanticen la "
    "participación de las centrales sindicales en los comités nacionales para la erradicación del "
    "trabajo infantil. La CSA se comprometió a formar a 300 dirigentes sindicales en la detección del "
    "trabajo infantil doméstico de aquí a mediados de 2025.")
doc.para(
    "UNICEF subrayó el vínculo entre el trabajo infantil y el abandono escolar y señaló que apoyaría a "
    "El Salvador y a Bolivia en la puesta en marcha de sistemas de alerta temprana de deserción escolar "
    "durante el ciclo lectivo 2025.")
doc.para(
    "La OIM presentó los resultados preliminares de un estudio sobre niñez migrante trabajadora en el "
    "corredor Darién-Chiriquí y ofreció compartir la base de datos con los puntos focales interesados.")

# ---------------------------------------------------------------------------------------------
doc.heading("4. Acuerdos")
doc.para("Tras el debate, el Comité Directivo adoptó los siguientes acuerdos:")
doc.bullets([
    "Se acordó que la Secretaría Técnica elaboraría una guía regional para la actualización de los "
    "listados nacionales de trabajo infantil peligroso, que se presentará en la próxima reunión.",
    "Los miembros acordaron que cada Gobierno designaría un punto focal suplente antes del 30 de junio "
    "de 2024.",
    "Se acordó ampliar la aplicación del MIRTI a los municipios fronterizos con altos flujos "
    "migratorios, en coordinación con la OIM.",
    "Se acordó que la Presidencia y la Vicepresidencia presentarían al Grupo de Coordinación Mundial "
    "de la Alianza 8.7 una síntesis de los avances regionales.",
    "Se acordó celebrar la XIX Reunión del Comité Directivo en San José (Costa Rica) en octubre de "
    "2024, por invitación del Gobierno de Costa Rica, y convocar un webinario regional sobre el MIRTI "
    "el 12 de junio de 2024.",
], marker="1.")

# ---------------------------------------------------------------------------------------------
doc.heading("5. Recomendaciones")
doc.para(
    "El Comité Directivo examinó los informes de los dos grupos de trabajo constituidos en la XVII "
    "Reunión (Asunción, septiembre de 2023) y formuló las recomendaciones que figuran a continuación.")
doc.heading("5.1 Recomendaciones del Comité Directivo", level=2)
doc.para("El Comité recomendó:")
doc.bullets([
    "instar a los Estados a actualizar sus listados de trabajo infantil peligroso conforme a la "
    "Recomendación núm. 190 de la OIT;",
    "instar a los Estados que aún no lo han hecho a ratificar el Protocolo de 2014 relativo al "
    "Convenio sobre el trabajo forzoso;",
    "promover la inclusión de las familias de niñas, niños y adolescentes en situación de trabajo "
    "infantil en los programas de transferencias monetarias condicionadas.",
], marker="(a)")
doc.para(
    "Se recomienda, además, que los países que preparen encuestas nacionales incluyan el módulo "
    "armonizado de trabajo infantil elaborado por la OIT y la Comisión Económica para América Latina y "
    "el Caribe (CEPAL), a fin de garantizar la comparabilidad regional. El Comité recomendó también que "
    "la Secretaría Técnica movilice recursos para un fondo semilla destinado a las iniciativas "
    "municipales de prevención.")

doc.heading("5.2 Grupo de Trabajo sobre Trabajo Infantil y Migración", level=2)
doc.para("El Grupo de Trabajo, coordinado por El Salvador y la OIM, presentó sus conclusiones. Los "
         "participantes propusieron:")
doc.bullets([
    "establecer protocolos binacionales de derivación para niñas, niños y adolescentes migrantes no "
    "acompañados que se encuentren en situación de trabajo infantil;",
    "incorporar indicadores de movilidad humana en el MIRTI;",
    "formar a los inspectores del trabajo destinados en los pasos fronterizos en la identificación del "
    "trabajo infantil y de la trata de personas.",
], marker="-")

doc.keep_together(lambda: (
    doc.heading("5.3 Grupo de Trabajo sobre Cadenas de Suministro", level=2),
    doc.para("El Grupo de Trabajo, integrado por representantes de la OIE, la CSA y los Gobiernos de "
             "Costa Rica y Panamá, recomendó:")))
doc.bullets([
    "que los Gobiernos, con el apoyo de la OIT, elaboren guías sectoriales de debida diligencia en "
    "materia de trabajo infantil para el café, la caña de azúcar y la pesca;",
    "que se cree una plataforma regional de intercambio de buenas prácticas empresariales, abierta a "
    "las redes empresariales nacionales contra el trabajo infantil.",
], marker="-")
doc.para("El Grupo sugirió, por último, que el foro regional anunciado por la OIE sirva para validar "
         "dichas guías sectoriales.")

# ---------------------------------------------------------------------------------------------
doc.heading("6. Compromisos del país anfitrión")
doc.para("En la sesión de clausura, la Ministra de Trabajo y Desarrollo Laboral anunció que el Gobierno "
         "de Panamá se compromete a:")
doc.bullets([
    "presentar al Consejo de Gabinete, antes de finalizar 2024, el proyecto de decreto que actualiza "
    "la lista de trabajos peligrosos;",
    "crear una línea telefónica gratuita de denuncia del trabajo infantil y de la trata de personas en "
    "el primer trimestre de 2025;",
    "integrar a las personas adolescentes retiradas del trabajo peligroso en el programa Red de "
    "Oportunidades.",
], marker="a)")


def agreed_actions():
    doc.heading("7. Cuadro de acciones acordadas")
    doc.table([
        ["Acción", "Responsable", "Plazo"],
        ["Elaborar la guía regional sobre listados de trabajo infantil peligroso",
         "Secretaría Técnica (OIT)", "Octubre de 2024"],
        ["Enviar la carta de interés de El Salvador a la Secretaría de la Alianza 8.7",
         "MTPS (El Salvador)", "Julio de 2024"],
        ["Organizar el foro regional sobre debida diligencia en las cadenas de suministro agrícolas",
         "OIE, con el CONEP", "III trimestre de 2024"],
        ["Presentar la hoja de ruta nacional validada", "MT (República Dominicana)",
         "XIX Reunión (octubre de 2024)"],
        ["Designar los puntos focales suplentes", "Todos los Gobiernos miembros", "30/06/2024"],
        ["Aplicar el MIRTI en municipios fronterizos de Centroamérica", "OIM, con la Secretaría Técnica",
         "2025"],
    ], ruled="grid", widths=[95 * 2.835, 45 * 2.835, 30 * 2.835])


doc.keep_together(agreed_actions)
doc.spacer(10)
doc.para(
    "La Presidencia agradeció al Gobierno de Panamá su hospitalidad y clausuró la reunión a las 13.00 "
    "horas del 24 de abril de 2024.", style="small")

doc.page_break()
doc.heading("Anexo. Lista de participantes")
doc.table([
    ["Delegación u organización", "Nombre", "Cargo"],
    ["Bolivia", "Sra. Wara Quispe Mamani", "Jefa de Unidad, MTEPS"],
    ["Costa Rica (Presidencia)", "Sr. Esteban Solano Arguedas", "Director, MTSS"],
    ["El Salvador", "Sra. Roxana Menjívar Cruz", "Viceministra de Trabajo, MTPS"],
    ["Panamá", "Sra. Itzel Marcucci Rangel", "Ministra de Trabajo y Desarrollo Laboral"],
    ["Panamá", "Sr. Abdiel Córdoba Him", "Viceministro de Trabajo, MITRADEL"],
    ["Paraguay (Vicepresidencia)", "Sr. Hugo Benítez Recalde", "Director General, MTESS"],
    ["República Dominicana", "Sra. Altagracia Peña Batista", "Coordinadora de la Unidad de Trabajo Infantil, MT"],
    ["Trinidad y Tobago", "Sr. Kendall Ramjattan", "Asesor, Ministerio de Seguridad Nacional"],
    ["OIE", "Sr. Matías Ferrán Oyola", "Consejero para las Américas"],
    ["CONEP", "Sra. Yariela Gutiérrez Moreno", "Gerente de Responsabilidad Social"],
    ["CSA", "Sra. Dora Villalba Ríos", "Secretaria de Políticas Sociales"],
    ["UNICEF", "Sr. Julián Arrieta Posse", "Especialista en Protección de la Infancia"],
    ["OIM", "Sra. Carolina Ibáñez Mora", "Oficial de Programas"],
    ["OIT (Secretaría Técnica)", "Sr. Tomás Echeverri Lugo", "Director Regional Adjunto"],
], ruled="rows", widths=[55 * 2.835, 55 * 2.835, 60 * 2.835])

doc.save()
