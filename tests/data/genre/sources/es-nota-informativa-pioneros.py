"""es-nota-informativa-pioneros: nota informativa en dos columnas sobre los países pioneros de
América Latina (junio de 2024): banner, recuadros en medio de un artículo, nota al pie, cita de una
Action Pledge en inglés, seminario web con intervenciones, recomendaciones y barra lateral."""

from docgen import A4
from es_C_layout import BannerDocument

doc = BannerDocument("es-nota-informativa-pioneros.pdf", size=A4, lang="es",
                     header="Iniciativa Regional América Latina y el Caribe Libre de Trabajo Infantil · "
                            "Alianza 8.7",
                     footer="Secretaría Técnica de la Iniciativa Regional — prensa.iniciativa@example.org",
                     page_numbers="{n}/{total}",
                     title="Nota informativa N.º 6 — Países pioneros en América Latina y el Caribe")
doc.banner(58)
doc.title("Países pioneros en América Latina y el Caribe: avances, compromisos y próximos pasos",
          subtitle="Nota informativa N.º 6 — junio de 2024")
doc.para("Cinco años después de que la región aportara los primeros países pioneros de la Alianza 8.7, el "
         "grupo latinoamericano se amplía y sus compromisos se vuelven más concretos. Esta nota resume los "
         "avances comunicados a la Secretaría Técnica hasta el 31 de mayo de 2024 y los resultados del "
         "seminario web regional del 23 de abril.", fontSize=10.5, leading=14.5)
doc.end_banner()

doc.heading("Paraguay y Guatemala dan el primer paso", 1)
doc.para("El Ministerio de Trabajo, Empleo y Seguridad Social (MTESS) del Paraguay remitió en noviembre de "
         "2023 su carta de interés para sumarse a los países pioneros. Su taller nacional de planificación "
         "estratégica tendrá lugar en Asunción en el segundo semestre de 2024, y el MTESS prevé validar la "
         "hoja de ruta antes de finales de ese año.")
doc.para("Guatemala, por su parte, manifestó su interés en una nota verbal enviada en marzo de 2024. El "
         "Ministerio de Trabajo y Previsión Social (MINTRAB) indicó que busca celebrar su taller nacional a "
         "comienzos de 2025, tras la actualización de la Hoja de Ruta para hacer de Guatemala un país libre "
         "de trabajo infantil y sus peores formas.")
doc.para("Ambos países se suman así al Perú, Chile y la Argentina, que adquirieron la condición de "
         "pioneros entre 2018 y 2019 y que, desde entonces, han informado periódicamente de sus avances a la "
         "Red de Puntos Focales de la Iniciativa Regional.")

doc.heading("El Perú presenta su segunda hoja de ruta", 1)
doc.para("Tras el taller de planificación estratégica celebrado en Lima en 2019, el Perú evaluó su primera "
         "hoja de ruta a fines de 2023. El Ministerio de Trabajo y Promoción del Empleo (MTPE) presentó el 14 "
         "de mayo de 2024 la segunda hoja de ruta, que abarca el periodo 2024-2026 y fue elaborada con la "
         "Comisión Nacional para la Lucha contra el Trabajo Forzoso (CNLCTF) y el Comité Directivo Nacional "
         "para la Prevención y Erradicación del Trabajo Infantil (CPETI). Con la nueva hoja de ruta, el MTPE "
         "ampliará la Estrategia Nacional para la Prevención y Erradicación del Trabajo Infantil a las "
         "regiones de Huánuco, Puno y Cajamarca, y la SUNAFIL duplicará, hasta 2026, el número de operativos "
         "de inspección en zonas de minería aurífera.")
with doc.box("Perú: prioridades de la hoja de ruta 2024-2026"):
    doc.bullets([
        "Prioridad 1: aprobación del nuevo listado de trabajos peligrosos para adolescentes (2024).",
        "Prioridad 2: creación de un registro nacional de víctimas de trabajo forzoso, a cargo del MTPE "
        "(2025).",
        "Prioridad 3: pilotaje de un subsidio condicionado para las familias cuyos hijos dejen el trabajo "
        "agrícola (segundo semestre de 2025).",
    ], marker="-", style="small", indent=12)
    doc.para("Nota: el programa Juntos, en ejecución desde 2005, tiene como objetivo reducir la pobreza "
             "mediante transferencias condicionadas; no forma parte de la hoja de ruta.", style="small")
doc.para("La hoja de ruta será revisada a mitad de periodo, a mediados de 2025, con la participación de la "
         "Confederación General de Trabajadores del Perú (CGTP) y de la Confederación Nacional de "
         "Instituciones Empresariales Privadas (CONFIEP).")

doc.heading("Medir lo invisible: encuestas de trabajo forzoso", 1)
doc.para("Chile y la Argentina coinciden en una prioridad: saber cuántas personas trabajan bajo coacción. "
         "En Chile, la Subsecretaría del Trabajo y el Instituto Nacional de Estadísticas (INE) se "
         "comprometieron a aplicar en el tercer trimestre de 2025 un módulo de trabajo forzoso en la "
         "Encuesta Nacional de Empleo, siguiendo las directrices internacionales"
         + doc.footnote("Directrices relativas a la medición del trabajo forzoso, 20.ª Conferencia "
                        "Internacional de Estadísticos del Trabajo (CIET), Ginebra, octubre de 2018.")
         + ". En la Argentina, la Secretaría de Trabajo, Empleo y Seguridad Social planea levantar una "
         "encuesta de trabajo forzoso en las provincias del norte durante el ejercicio 2025. La Comisión "
         "Nacional para la Erradicación del Trabajo Infantil (CONAETI) ya publicó en 2023 los resultados de "
         "su última encuesta de actividades de niñas, niños y adolescentes.")
doc.para("El Paraguay, que aún no dispone de datos de prevalencia, anunció que el Instituto Nacional de "
         "Estadística (INE) de ese país incorporará preguntas sobre trabajo forzoso en la Encuesta Permanente "
         "de Hogares Continua a partir de 2025.")

with doc.box("Action Pledges registradas en el semestre"):
    doc.para("Las Action Pledges se publican en la plataforma de la Alianza 8.7 en su idioma original. Dos "
             "de las registradas este semestre se refieren a la cadena del café en Centroamérica:",
             style="small")
    doc.para("<b>Cafés del Trifinio S.A.</b> (exportadora hondureña): “By the end of 2025, we will map child "
             "labour and forced labour risks across all our coffee sourcing areas in Honduras and "
             "Guatemala.”", style="small")
    doc.para("<b>Secretaría de Trabajo y Seguridad Social (STSS) de Honduras</b>: «La STSS realizará, antes de "
             "la cosecha 2025-2026, un mapeo de riesgos de trabajo infantil y trabajo forzoso en las zonas "
             "cafetaleras de Copán, Ocotepeque y Santa Bárbara.»", style="small")

doc.heading("Seminario web regional: «De la hoja de ruta a los resultados»", 1)
doc.para("El 23 de abril de 2024, la Iniciativa Regional y la Oficina Regional de la OIT para América Latina "
         "y el Caribe reunieron en línea a 96 participantes de 17 países para intercambiar las experiencias "
         "de los países pioneros. A continuación se resumen las principales intervenciones.")
doc.para("La delegada de Chile subrayó que la mesa intersectorial sobre trata de personas había permitido "
         "identificar 212 víctimas de explotación laboral entre 2021 y 2023. Añadió que la coordinación con "
         "las fiscalías regionales sigue siendo el punto débil del sistema.")
doc.para("La Argentina informó a los participantes que la CONAETI había actualizado el listado de trabajo "
         "peligroso en 2023 y pidió a la OIT asistencia para su difusión en las provincias.")
doc.para("El representante de Costa Rica preguntó qué requisitos debe cumplir una carta de interés y cuánto "
         "tiempo suele transcurrir hasta el taller nacional. En respuesta, la Secretaría de la Alianza 8.7 "
         "explicó que la carta no exige un formato fijo y que el taller suele celebrarse entre seis y doce "
         "meses después. Costa Rica sugirió entonces crear una comunidad de práctica de puntos focales de "
         "países pioneros y de países interesados, con reuniones trimestrales.")
doc.para("Hablando en nombre del grupo de los trabajadores, la Confederación Sindical de Trabajadores y "
         "Trabajadoras de las Américas (CSA) lamentó que las organizaciones sindicales no hubieran sido "
         "consultadas en la evaluación de algunas hojas de ruta. La CSA pidió que todas las hojas de ruta "
         "incluyan un mecanismo tripartito de seguimiento.")
doc.para("La Organización Internacional de Empleadores (OIE) destacó el papel de las redes empresariales "
         "nacionales contra el trabajo infantil y recomendó que los países pioneros las integren en sus "
         "comités directivos.")
doc.para("UNICEF expresó preocupación por el aumento del trabajo infantil en la recolección de residuos en "
         "las zonas urbanas.")
doc.para("La representante del Paraguay señaló que su Gobierno aprobaría el nuevo Plan Nacional de "
         "Prevención y Erradicación del Trabajo Infantil antes de diciembre de 2024.")
doc.para("La delegación de Guatemala tomó la palabra para recordar que el trabajo infantil afecta de manera "
         "desproporcionada a la niñez indígena del altiplano occidental.")
doc.para("Se propuso que la Iniciativa Regional elabore una guía breve, en español, sobre el proceso para "
         "convertirse en país pionero. Los participantes recomendaron que los informes de avance de los "
         "países pioneros se presenten con un formato común a partir de 2025. Al cierre, la reunión acordó "
         "recomendar a la Red de Puntos Focales que dedique su próxima sesión a la medición del trabajo "
         "forzoso.")

with doc.box("Recomendaciones del Grupo de Acción sobre Cadenas de Suministro"):
    doc.para("Tras su reunión virtual del 7 de mayo de 2024, el Grupo de Acción sobre Cadenas de Suministro "
             "de la Alianza 8.7 recomienda que:", style="small")
    doc.bullets([
        "los gobiernos de la región incluyan criterios de trabajo infantil y trabajo forzoso en sus "
        "sistemas de compras públicas;",
        "las empresas exportadoras publiquen sus mapas de riesgo y los planes de remediación "
        "correspondientes;",
        "los Estados Partes del MERCOSUR armonicen los requisitos de debida diligencia aplicables a las "
        "cadenas agroexportadoras;",
        "se promueva el diálogo social sectorial en las cadenas del café, la caña de azúcar y la yerba mate.",
    ], marker="a)", style="small", indent=14)

doc.heading("Centroamérica refuerza la inspección del trabajo", 1)
doc.para("Con el apoyo de un proyecto regional de la OIT financiado por el Departamento de Trabajo de los "
         "Estados Unidos (USDOL), el MINTRAB de Guatemala formará en 2024 a 150 inspectores en la detección "
         "de indicadores de trabajo forzoso en fincas de café y de palma africana. La Secretaría de Trabajo "
         "y Seguridad Social de Honduras tiene la intención de capacitar a todo su cuerpo de inspectores en "
         "el uso del Protocolo de Inspección sobre Trabajo Forzoso a mediados de 2025.")
doc.para("En 2023, la inspección del trabajo de Costa Rica realizó 1.240 visitas a fincas agrícolas y "
         "detectó 37 casos de trabajo infantil"
         + doc.footnote("Ministerio de Trabajo y Seguridad Social de Costa Rica, informe anual de "
                        "inspección 2023.")
         + ".")

with doc.box("En breve"):
  doc.bullets([
    "<b>México.</b> La Secretaría del Trabajo y Previsión Social (STPS) publicó en marzo de 2024 el "
    "informe final de la Encuesta Nacional de Trabajo Infantil (ENTI) 2022.",
    "<b>Colombia.</b> El Ministerio del Trabajo lanzará en el cuarto trimestre de 2024 una línea gratuita "
    "de orientación para trabajadores migrantes en riesgo de reclutamiento abusivo.",
    "<b>Brasil.</b> La reunión anual de la Red Latinoamericana de Inspección del Trabajo se celebrará en "
    "Brasilia del 4 al 6 de noviembre de 2024.",
    "<b>Honduras.</b> El programa Bono Vida Mejor, vigente desde 2014, tiene entre sus objetivos "
    "prioritarios la asistencia escolar de la niñez rural.",
  ], marker="-", style="small", indent=12)

doc.heading("Empresas y sindicatos se movilizan", 1)
doc.para("El compromiso no es solo de los gobiernos. En el Paraguay, la Red Empresarial por la Niñez se "
         "comprometió a incorporar cláusulas sobre trabajo infantil en los contratos con sus proveedores de "
         "yerba mate antes del cierre de 2025. En Chile, la Central Unitaria de Trabajadores (CUT) pretende "
         "formar durante 2024 y 2025 a 500 delegados sindicales de los sectores agrícola y acuícola en la "
         "detección del trabajo forzoso.")
doc.para("En la Argentina, la Unión Industrial Argentina (UIA) firmó en 2022 un convenio de cooperación con "
         "la CONAETI, que desde entonces ha permitido capacitar a más de 300 pymes proveedoras.")

doc.sidebar_layout()
doc.heading("Próximos pasos de la Iniciativa Regional", 1)
doc.para("En el segundo semestre de 2024, la Secretaría Técnica de la Iniciativa Regional:")
doc.bullets([
    "publicará la guía sobre el proceso de países pioneros solicitada en el seminario web;",
    "acompañará el taller nacional del Paraguay;",
    "organizará, junto con la OIT y la OIM, un encuentro presencial de puntos focales en Lima el 8 y 9 de "
    "octubre de 2024.",
], marker="-")

doc.heading("Mensajes para los gobiernos", 1)
doc.para("A partir de las experiencias reseñadas, la Secretaría Técnica de la Iniciativa Regional formula "
         "tres mensajes:")
doc.bullets([
    "Los gobiernos deberían asignar partidas presupuestarias propias a la ejecución de sus hojas de ruta.",
    "Se alienta a los Estados miembros a vincular las hojas de ruta con sus planes nacionales de acción "
    "sobre empresas y derechos humanos.",
    "Convendría que los países pioneros informen de sus avances una vez al año en el marco de la Red de "
    "Puntos Focales.",
], marker="1.")

doc.heading("Situación de los países pioneros de la región (a 31 de mayo de 2024)", 2)
doc.table([
    ["País", "Carta de interés", "Taller nacional", "Hoja de ruta"],
    ["Perú", "2018", "Celebrado (Lima, 2019)", "Segunda hoja de ruta 2024-2026"],
    ["Chile", "2018", "Celebrado (Santiago, 2019)", "2019-2025, en evaluación"],
    ["Argentina", "2019", "Celebrado (Buenos Aires, 2019)", "Plan nacional 2022-2025"],
    ["Paraguay", "Noviembre de 2023", "Previsto: segundo semestre de 2024", "En elaboración"],
    ["Guatemala", "Marzo de 2024", "Previsto: comienzos de 2025", "—"],
], ruled="rows", widths=[58, 56, 90, 86], font_size=7.5)

doc.next_column()
doc.heading("Cifras clave", 2)
doc.para("<b>8,2 millones</b> de niñas, niños y adolescentes en trabajo infantil en América Latina y el "
         "Caribe (estimaciones mundiales OIT-UNICEF, 2021).", style="small")
doc.para("<b>5</b> países pioneros o en proceso en la región a junio de 2024.", style="small")
doc.para("<b>3</b> encuestas nacionales de trabajo forzoso previstas para 2025.", style="small")
doc.heading("Agenda", 2)
doc.para("<b>23/04/2024</b> — Seminario web regional «De la hoja de ruta a los resultados» (en línea).",
         style="small")
doc.para("<b>7 de mayo de 2024</b> — Reunión virtual del Grupo de Acción sobre Cadenas de Suministro.",
         style="small")
doc.para("<b>Segundo semestre de 2024</b> — Taller nacional de planificación estratégica del Paraguay "
         "(Asunción).", style="small")
doc.para("<b>8-9 de octubre de 2024</b> — Encuentro regional de puntos focales (Lima).", style="small")
doc.para("<b>Comienzos de 2025</b> — Taller nacional de planificación estratégica de Guatemala.",
         style="small")
doc.heading("Contacto", 2)
doc.para("Secretaría Técnica de la Iniciativa Regional<br/>prensa.iniciativa@example.org", style="small")

doc.save()
