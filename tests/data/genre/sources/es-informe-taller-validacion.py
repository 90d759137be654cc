"""es-informe-taller-validacion: informe de un taller nacional de validación de hoja de ruta (Bolivia, 2024).

Estilo: nota de resultados de taller (ws) en español. Ficha del taller en recuadro, antecedentes con
logros pasados y estadísticas (distractores), sesión inaugural y comentarios del plenario en estilo
indirecto (intervenciones, preguntas, pedidos a terceros, un ofrecimiento de Chile), cuadro de ajustes
acordados al borrador, cuatro mesas de trabajo con recomendaciones en formas distintas (lista con letras,
párrafo impersonal, cuadro con entidad propuesta, infinitivos), compromisos de clausura (lista introducida
por el actor, futuro, «prevé», pasiva, «asumió el compromiso de», condicional en estilo indirecto, cuadro
de compromisos con celdas nominales e infinitivas y plazos «gestión 2025», «antes de la zafra 2025-2026»),
próximos pasos y calendario.
"""

from reportlab.lib.units import mm

from docgen import A4, Document

doc = Document(
    "es-informe-taller-validacion.pdf", size=A4, lang="es",
    header="Estado Plurinacional de Bolivia · Alianza 8.7 · Taller nacional de validación de la hoja de ruta",
    footer="Relatoría del taller – versión final del 30 de septiembre de 2024",
    page_numbers="Página {n} de {total}",
    title="Informe del Taller Nacional de Validación de la Hoja de Ruta de Bolivia hacia la Meta 8.7",
)

doc.title("Informe del Taller Nacional de Validación de la Hoja de Ruta de Bolivia hacia la Meta 8.7 "
          "(2025–2030)",
          subtitle="La Paz, 10 y 11 de septiembre de 2024 · Relatoría del equipo facilitador")

with doc.box("Ficha del taller"):
    doc.bullets([
        "<b>Convocatoria:</b> Ministerio de Trabajo, Empleo y Previsión Social (MTEPS), en su calidad de "
        "Secretaría Técnica de la Comisión Interinstitucional para la Erradicación del Trabajo Infantil y "
        "Forzoso (CIETIF), con el apoyo de la Organización Internacional del Trabajo (OIT), el Fondo de las "
        "Naciones Unidas para la Infancia (UNICEF) y la Organización Internacional para las Migraciones "
        "(OIM), y con financiamiento de la Unión Europea.",
        "<b>Participantes:</b> 104 personas de 43 instituciones (entidades públicas nacionales y "
        "departamentales, organizaciones de empleadores y de trabajadores, sociedad civil, academia y "
        "cooperación internacional) y delegaciones observadoras del Perú y de Chile.",
        "<b>Metodología:</b> plenarias, cuatro mesas de trabajo simultáneas y una sesión de clausura "
        "dedicada a los compromisos institucionales.",
        "<b>Relatoría:</b> Lic. Mariela Quispe Arancibia (relatoria.taller87@example.org).",
    ], marker="-", style="small")

doc.heading("1. Antecedentes y objetivos", 1)
doc.para(
    "Bolivia expresó su interés en convertirse en país pionero de la Alianza 8.7 mediante nota del "
    "Ministro de Trabajo, Empleo y Previsión Social fechada el 14/03/2023. El taller nacional de "
    "planificación estratégica se realizó en Cochabamba del 21 al 23 de noviembre de 2023 y produjo un "
    "primer borrador de hoja de ruta, que la CIETIF revisó durante el primer semestre de 2024. A comienzos "
    "de julio de 2024 se celebraron consultas departamentales en Santa Cruz de la Sierra, Potosí y Cobija, "
    "cuyos aportes fueron integrados en la versión sometida a validación.")
doc.para(
    "Según la Encuesta de Niñez y Adolescencia levantada por el Instituto Nacional de Estadística (INE) en "
    "2022, unas 318.000 niñas, niños y adolescentes de 5 a 17 años se encontraban en trabajo infantil, el "
    "61 % de ellos en el área rural. Organizaciones de la sociedad civil han documentado casos de "
    "servidumbre por deudas en la recolección de castaña en Pando y Beni y en la zafra de caña del norte "
    "cruceño. El país ratificó el Convenio núm. 138 en 1997 y el Convenio núm. 182 en 2003; el Protocolo de "
    "2014 relativo al Convenio sobre el trabajo forzoso todavía no ha sido ratificado. En 2023, la "
    "inspección del trabajo realizó 2.340 operativos, de los cuales apenas 95 tuvieron lugar en barracas "
    "castañeras.")
doc.para(
    "El taller tuvo tres objetivos: (i) validar el borrador de hoja de ruta y sus cuatro ejes; (ii) recoger "
    "ajustes de los actores nacionales y departamentales; y (iii) obtener compromisos concretos de las "
    "instituciones para el primer año de implementación.")

doc.heading("2. Sesión inaugural", 1)
doc.para(
    "El Viceministro de Empleo, Servicio Civil y Cooperativas, Sr. Rodrigo Mamani Flores, abrió el taller "
    "recordando que la hoja de ruta es fruto de dieciocho meses de diálogo. Anunció que el MTEPS asignaría, "
    "a partir de la gestión 2025, una partida presupuestaria propia a la Secretaría Técnica de la CIETIF, "
    "que hasta ahora funciona con recursos de la cooperación.")
doc.keep_together(lambda: doc.para(
    "La Directora de la Oficina de la OIT para los Países Andinos destacó que Bolivia sería el primer país "
    "andino en validar una hoja de ruta que abarca a la vez el trabajo infantil, el trabajo forzoso y la "
    "trata. Confirmó que la Oficina acompañará la fase de implementación con asistencia técnica para "
    "formar a inspectoras e inspectores del trabajo en la identificación del trabajo forzoso."))
doc.para(
    "Para la Representante de UNICEF en Bolivia, el principal riesgo es el abandono escolar, que aumentó "
    "después de la pandemia en los municipios mineros; insistió en que ninguna medida de retiro del trabajo "
    "será sostenible sin una oferta educativa de calidad en el área rural.")

doc.heading("3. Presentación del borrador y comentarios del plenario", 1)
doc.para(
    "El equipo consultor presentó el borrador, organizado en cuatro ejes: (1) prevención y eliminación del "
    "trabajo infantil; (2) trabajo forzoso y cadenas de suministro; (3) migración laboral y trata de "
    "personas; (4) información, seguimiento y financiamiento. Siguió un intercambio abierto, del que se "
    "resumen las intervenciones principales.")
doc.bullets([
    "La Defensoría del Pueblo observó que los indicadores del borrador no están desagregados por pueblo "
    "indígena originario campesino y pidió al MTEPS que los incorpore antes de la versión final.",
    "En nombre de la Central Obrera Boliviana (COB), su Secretario de Relaciones Internacionales lamentó "
    "que las trabajadoras del hogar adolescentes no figuren entre los grupos prioritarios y recordó que "
    "Bolivia ratificó el Convenio núm. 189 en 2013.",
    "La Confederación de Empresarios Privados de Bolivia (CEPB) respaldó el enfoque de cadenas de "
    "suministro, pero advirtió que las pequeñas empresas exportadoras necesitarán acompañamiento técnico "
    "para cumplir las nuevas exigencias de los mercados de destino.",
    "«¿Con qué recursos se financiará la ampliación de la inspección en el área rural?», preguntó la "
    "representante del Colectivo Infancia Sin Cadenas (CISC).",
    "Un investigador del Instituto de Investigaciones Sociológicas de la Universidad Mayor de San Andrés "
    "(UMSA) sugirió incorporar al eje 4 un estudio cualitativo sobre el endeudamiento de las familias "
    "recolectoras de castaña.",
    "La delegación del Perú explicó que el Ministerio de Trabajo y Promoción del Empleo (MTPE) ya opera un "
    "registro electrónico de adolescentes trabajadores autorizados, en el marco de la Iniciativa Regional "
    "América Latina y el Caribe Libre de Trabajo Infantil.",
    "Chile, que participa como país pionero de la Alianza 8.7, ofreció recibir en el primer semestre de "
    "2025 una visita de intercambio de funcionarios bolivianos sobre su sistema de inspección en la "
    "agricultura de temporada.",
])

doc.heading("Ajustes al borrador acordados en plenario", 2)
doc.table([
    ["N.º", "Sección del borrador", "Ajuste acordado"],
    ["1", "Eje 1, grupos prioritarios", "Incluir a las trabajadoras del hogar adolescentes como grupo "
     "prioritario, con metas propias."],
    ["2", "Eje 4, marco de resultados", "Desagregar todos los indicadores por sexo, edad, pueblo indígena "
     "originario campesino y departamento."],
    ["3", "Eje 2, resultados esperados", "Añadir la ratificación del Protocolo de 2014 relativo al "
     "Convenio sobre el trabajo forzoso como resultado esperado para 2026."],
], ruled="rows", widths=[12 * mm, 45 * mm, 113 * mm])

doc.heading("4. Mesas de trabajo", 1)
doc.para(
    "Las y los participantes se distribuyeron en cuatro mesas, cada una con un moderador y un relator. "
    "Las conclusiones se presentaron en plenario el segundo día y se recogen a continuación.")

doc.heading("Mesa 1 – Trabajo infantil en la agricultura familiar, la minería cooperativa y el trabajo "
            "del hogar", 2)
doc.para(
    "Moderación: UNICEF y Ministerio de Educación. La mesa constató que el trabajo infantil peligroso se "
    "concentra en la minería aurífera cooperativa y en las cosechas, y que los servicios de protección "
    "están ausentes en la mayoría de los centros mineros. Sus recomendaciones fueron:")
doc.bullets([
    "actualizar la lista de actividades peligrosas prohibidas para menores de 18 años, incluyendo de forma "
    "expresa el trabajo en cooperativas auríferas;",
    "poner en marcha defensorías de la niñez y adolescencia itinerantes en los centros mineros de Potosí y "
    "Oruro;",
    "conformar mesas municipales de erradicación del trabajo infantil en los 20 municipios con mayor "
    "prevalencia.",
], marker="a)")

doc.heading("Mesa 2 – Trabajo forzoso y debida diligencia en las cadenas de la castaña y la caña de "
            "azúcar", 2)
doc.para(
    "Moderación: OIT y CEPB, con la participación de la Federación Sindical de Trabajadores Zafreros de "
    "Santa Cruz (FSTZ) y de la Asociación de Productores de Castaña de Pando (ASPROCAP). Un dirigente de la "
    "FSTZ relató cómo los anticipos de los habilitadores se convierten en deudas impagables. En opinión de "
    "la mesa, es urgente establecer un registro obligatorio de habilitadores y contratistas de la zafra "
    "castañera. Se recomienda, además, elaborar con las asociaciones de productores una guía de debida "
    "diligencia para los exportadores de castaña, alineada con la Guía de la OCDE. Finalmente, la mesa "
    "pidió incrementar las inspecciones conjuntas del MTEPS y la Fiscalía General del Estado en las "
    "barracas castañeras entre diciembre y marzo.")
doc.para(
    "En la misma mesa, ASPROCAP anunció que sus 38 empresas asociadas adoptarán un código de conducta "
    "contra el trabajo forzoso antes de la zafra 2025-2026.")

doc.heading("Mesa 3 – Migración laboral y trata de personas en zonas de frontera", 2)
doc.para(
    "Moderación: OIM y Ministerio de Gobierno. Los flujos estacionales hacia la Argentina y el Brasil y el "
    "tránsito por Desaguadero hacia el Perú exponen a adolescentes y jóvenes a la captación con fines de "
    "explotación laboral. La Dirección General de Migración (DIGEMIG) informó que en 2023 detectó 212 "
    "casos sospechosos en pasos fronterizos. La mesa formuló las recomendaciones siguientes, indicando la "
    "entidad que debería liderar cada una:")
doc.table([
    ["Recomendación de la Mesa 3", "Entidad propuesta"],
    ["Suscribir un protocolo binacional con el Perú para la identificación y derivación de víctimas de "
     "trata en el paso de Desaguadero.", "Ministerio de Gobierno y Ministerio de Relaciones Exteriores"],
    ["Difundir información sobre contratación equitativa en las terminales de buses de La Paz, Cochabamba "
     "y Villazón.", "MTEPS, con apoyo de la OIM"],
    ["Habilitar casas de acogida transitorias para víctimas en Guayaramerín y Villazón.",
     "Gobiernos autónomos departamentales"],
], ruled="grid", widths=[120 * mm, 50 * mm])
doc.para(
    "Si se aprueba su presupuesto reformulado, el Gobierno Autónomo Departamental de Pando podría "
    "financiar una de esas casas de acogida, según indicó su representante.")

doc.heading("Mesa 4 – Información, seguimiento y financiamiento", 2)
doc.para(
    "Moderación: INE y Programa de las Naciones Unidas para el Desarrollo (PNUD). La mesa observó que no "
    "existe ninguna medición nacional del trabajo forzoso y que el seguimiento de los planes anteriores se "
    "interrumpió en 2019. Propuso dos líneas de acción: incorporar un módulo sobre trabajo infantil y "
    "trabajo forzoso en la Encuesta de Hogares del INE, y crear un tablero público de seguimiento de la "
    "hoja de ruta que se actualice cada semestre.")

doc.heading("5. Compromisos institucionales (sesión de clausura)", 1)
doc.para(
    "En la clausura, la Ministra de Trabajo, Empleo y Previsión Social, Sra. Verónica Choque Limachi, "
    "declaró validada la hoja de ruta con los ajustes acordados y anunció los compromisos de su cartera. "
    "El MTEPS se compromete a:")
doc.bullets([
    "presentar al Gabinete, antes de que concluya el primer trimestre de 2025, el proyecto de decreto "
    "supremo que actualiza la lista de trabajos peligrosos prohibidos para adolescentes;",
    "capacitar a 150 inspectores e inspectoras del trabajo en la detección de indicadores de trabajo "
    "forzoso durante la gestión 2025;",
    "duplicar, a más tardar en 2026, el número de inspecciones en barracas castañeras e ingenios "
    "azucareros del norte cruceño.",
], marker="(a)")
doc.para(
    "El Instituto Nacional de Estadística prevé incluir un módulo de trabajo infantil y trabajo forzoso en "
    "la Encuesta de Hogares 2025, cuyos resultados se publicarían en el segundo semestre de 2026. Por su "
    "parte, el Ministerio de Relaciones Exteriores informó que la ratificación del Protocolo de 2014 "
    "relativo al Convenio sobre el trabajo forzoso será sometida a la Asamblea Legislativa Plurinacional "
    "en el segundo semestre de 2025.")
doc.para(
    "El Ministerio de Gobierno, a través de su Dirección General de Lucha contra la Trata y Tráfico de "
    "Personas, asumió el compromiso de negociar con su contraparte peruana el protocolo binacional de "
    "Desaguadero; la delegación del Perú indicó que su Gobierno firmaría dicho protocolo a mediados de "
    "2025. El Ministerio de Educación, en tanto, tiene previsto extender el programa «Aprendo sin "
    "trabajar» a 60 unidades educativas de municipios castañeros y mineros en 2025.")
doc.para(
    "El Jefe de Cooperación de la Delegación de la Unión Europea celebró la validación y señaló que la "
    "Unión Europea estudiaría la posibilidad de financiar una segunda fase del proyecto de apoyo a la "
    "CIETIF, siempre que el Gobierno asegure la contrapartida nacional.")
doc.para("Las demás instituciones registraron los compromisos siguientes:")
doc.table([
    ["Institución", "Compromiso", "Plazo"],
    ["CEPB", "Elaboración, junto con ASPROCAP, de una guía de debida diligencia para la cadena de la "
     "castaña", "Antes de la zafra 2025-2026"],
    ["COB", "Designar puntos focales sobre trabajo infantil y trabajo forzoso en sus nueve centrales "
     "obreras departamentales", "Primer semestre de 2025"],
    ["FSTZ", "Realizará campañas de orientación sobre derechos laborales dirigidas a 3.000 zafreros "
     "temporeros", "Zafra 2025 (abril a noviembre)"],
    ["UNICEF", "Apoyo técnico y financiero a las defensorías itinerantes de Potosí y Oruro", "2025–2026"],
    ["OIM", "Lanzar una campaña sobre contratación equitativa en terminales terrestres de La Paz, "
     "Cochabamba y Villazón", "Desde el primer trimestre de 2025"],
    ["Defensoría del Pueblo", "Incluirá el seguimiento de la hoja de ruta en su informe anual a la "
     "Asamblea Legislativa Plurinacional", "Informe de la gestión 2025"],
], ruled="grid", widths=[32 * mm, 98 * mm, 40 * mm])

doc.heading("6. Próximos pasos y calendario", 1)
doc.bullets([
    "La Secretaría Técnica de la CIETIF remitirá al Gabinete, a más tardar el 31 de octubre de 2024, la "
    "versión final de la hoja de ruta con los ajustes acordados.",
    "Presentación de la hoja de ruta validada ante el Grupo de Coordinación Mundial de la Alianza 8.7, en "
    "su reunión de la semana del 18 de noviembre de 2024.",
    "Seminario web de socialización con gobiernos autónomos municipales: 15/01/2025.",
    "Primera reunión de seguimiento de la CIETIF: 12 de marzo de 2025, La Paz.",
    "Foro binacional Bolivia-Perú sobre trata de personas en zonas de frontera, previsto para abril de "
    "2025 en Desaguadero.",
], marker="1.")
doc.heading("Anexo 1. Instituciones participantes (resumen)", 2)
doc.table([
    ["Sector", "Instituciones"],
    ["Sector público", "MTEPS; Ministerio de Educación; Ministerio de Gobierno; Ministerio de Relaciones "
     "Exteriores; INE; DIGEMIG; Defensoría del Pueblo; Fiscalía General del Estado; Servicio Plurinacional "
     "de Defensa a la Víctima (SEPDAVI); Gobierno Autónomo Departamental de Pando; Gobierno Autónomo "
     "Municipal de Riberalta"],
    ["Empleadores", "CEPB; ASPROCAP; Cámara de Exportadores del Norte Amazónico (CENAM)"],
    ["Trabajadores", "COB; FSTZ; Sindicato de Trabajadoras del Hogar de La Paz (SINTRAHOLP)"],
    ["Sociedad civil y academia", "CISC; Fundación Pachamama Sin Trata (FPST); UMSA"],
    ["Cooperación y observadores", "OIT; UNICEF; OIM; PNUD; Delegación de la Unión Europea; delegaciones "
     "del Perú y de Chile"],
], ruled="rows", widths=[45 * mm, 125 * mm])

doc.heading("Anexo 2. Evaluación del taller", 2)
doc.para(
    "De las 71 personas que completaron el formulario de evaluación, el 88 % calificó el taller como "
    "bueno o muy bueno. Las sugerencias más frecuentes fueron ampliar el tiempo de las mesas de trabajo y "
    "contar con traducción al quechua y al aymara en los eventos departamentales.")
doc.para(
    "La relatoría agradece a todas las instituciones participantes. Las presentaciones y la lista de "
    "participantes pueden solicitarse a cietif.secretaria@example.org.", style="small")

doc.save()
