"""Acta de una mesa técnica interinstitucional nacional (República Dominicana, 2023), en español."""

from docgen import A4, Document

doc = Document("es-acta-mesa-tecnica.pdf", size=A4, lang="es",
               header="República Dominicana · Mesa Técnica Interinstitucional sobre Trabajo Infantil, "
                      "Trabajo Forzoso y Trata de Personas",
               footer="Secretaría Técnica de la Mesa · Ministerio de Trabajo",
               page_numbers="Página {n} de {total}",
               title="Acta MTI-03/2023")



def section(title, level, text, above=None):
    """A heading (and the heading above it) kept on the same page as its first paragraph."""
    def build():
        if above:
            doc.heading(above, level=1)
        doc.heading(title, level=level)
        doc.para(text)
    doc.keep_together(build)


doc.title("Acta de la Tercera Sesión Ordinaria de 2023",
          subtitle="Mesa Técnica Interinstitucional sobre Trabajo Infantil, Trabajo Forzoso y Trata de "
                   "Personas (MTI) · Santo Domingo, 14 de septiembre de 2023")
doc.para("Acta n.º MTI-03/2023 · Lugar: Salón Multiusos del Ministerio de Trabajo, Santo Domingo, con "
         "conexión por videoconferencia · Inicio: 9:30 a. m. · Cierre: 1:20 p. m.", style="small")

section("1. Asistencia", 1,
        "Presidió la sesión la viceministra de Trabajo, Sra. Mariela Contreras Ubiera, en su calidad de "
         "Presidenta de la Mesa. Actuó como secretario técnico el Sr. Julio Ernesto Batista, director de la "
         "Unidad de Trabajo Infantil del Ministerio de Trabajo (MT). Se verificó el quórum con la presencia "
         "de 17 de las 21 instituciones miembros. Excusaron su asistencia el Ministerio de Relaciones "
         "Exteriores (MIREX) y el Ministerio de la Mujer.")
doc.table([
    ["Sector", "Institución", "Representación"],
    ["Gobierno", "Ministerio de Trabajo (MT) y Dirección General de Trabajo (DGT)",
     "Mariela Contreras Ubiera; Julio Ernesto Batista; Rafael Almonte Guzmán, director general de Trabajo"],
    ["", "Consejo Nacional para la Niñez y la Adolescencia (CONANI)", "Yesenia Polanco Reyes"],
    ["", "Ministerio de Educación (MINERD)", "Luis Manuel Frías"],
    ["", "Ministerio de Agricultura", "Carmen Rosa Tavárez"],
    ["", "Procuraduría Especializada contra el Tráfico Ilícito de Migrantes y Trata de Personas (PETT), "
         "Procuraduría General de la República", "Ramón Andújar Sosa, procurador adjunto"],
    ["", "Dirección General de Migración (DGM)", "Héctor Luis Cabral"],
    ["", "Oficina Nacional de Estadística (ONE)", "Patricia Reynoso Gil"],
    ["Trabajadores", "Confederación Nacional de Unidad Sindical (CNUS)", "Pedro Julio Mejía"],
    ["", "Confederación Autónoma Sindical Clasista (CASC)", "Ana Virginia Lora"],
    ["Empleadores", "Confederación Patronal de la República Dominicana (COPARDOM)", "Gabriela Santelises"],
    ["", "Junta Agroempresarial Dominicana (JAD)", "Manuel Antonio Guerrero"],
    ["Sociedad civil", "Fundación Horizonte Niñez", "Rosanna Medina"],
    ["Academia", "Instituto Tecnológico de Santo Domingo (INTEC)", "Elena Sánchez Cuello"],
    ["Organismos internacionales", "Organización Internacional del Trabajo (OIT)", "Tomás Echeverri"],
    ["", "Fondo de las Naciones Unidas para la Infancia (UNICEF)", "Inés Cardona"],
    ["", "Organización Internacional para las Migraciones (OIM)", "Marc Olivier Jean-Baptiste"],
    ["Invitados (por videoconferencia)", "Ministerio de Asuntos Sociales y del Trabajo (MAST) de Haití",
     "Nadège Pierre-Louis"],
    ["", "Ministerio de Trabajo y Seguridad Social (MTSS) de Costa Rica", "Daniela Chaves Mora"],
], widths=[95, 220, 155], spans=[(0, 1, 0, 7), (0, 8, 0, 9), (0, 10, 0, 11), (0, 14, 0, 16),
                                 (0, 17, 0, 18)])
doc.spacer(6)

section("2. Apertura de la sesión y aprobación de la agenda", 1,
        "La Presidenta dio la bienvenida a los miembros y a las delegaciones invitadas de Haití y Costa Rica. "
         "Recordó que el país se adhirió al Llamamiento a la Acción de Durban, adoptado en la V Conferencia "
         "Mundial sobre la Eliminación del Trabajo Infantil, celebrada en Durban (Sudáfrica) en mayo de 2022, "
         "y que la meta 8.7 de los Objetivos de Desarrollo Sostenible fija el año 2025 para poner fin al "
         "trabajo infantil en todas sus formas.")
doc.para("La Presidenta anunció que el Poder Ejecutivo someterá al Congreso Nacional, durante el primer "
         "semestre de 2024, el Protocolo de 2014 relativo al Convenio sobre el trabajo forzoso, para su "
         "ratificación. Añadió que el Gobierno dominicano está determinado a presentar su candidatura como "
         "país pionero de la Alianza 8.7 antes de que concluya el año.")
doc.para("Se aprobó la agenda sin modificaciones. El acta de la segunda sesión ordinaria, celebrada el "
         "15/06/2023, se aprobó con las observaciones de forma remitidas por la CASC.")

with doc.box("Marco normativo de referencia"):
    doc.bullets([
        "Convenios de la OIT núm. 29, 105, 138 y 182, ratificados por la República Dominicana; el "
        "Convenio núm. 189 sobre las trabajadoras y los trabajadores domésticos fue ratificado en 2015.",
        "Ley 136-03, Código para el Sistema de Protección y los Derechos Fundamentales de Niños, Niñas y "
        "Adolescentes.",
        "Ley 137-03 sobre Tráfico Ilícito de Migrantes y Trata de Personas.",
        "Listado de trabajos peligrosos para personas menores de 18 años, vigente desde 2004 y pendiente "
        "de actualización.",
    ], marker="-", style="small")

section("3. Seguimiento de los acuerdos de la sesión anterior", 1,
        "El secretario técnico presentó el estado de cumplimiento de los acuerdos adoptados el 15 de junio:")
doc.table([
    ["Acuerdo", "Responsable", "Estado"],
    ["Difundir la campaña «Tarjeta Roja al Trabajo Infantil» en 30 municipios", "MT y CONANI",
     "Cumplido. La campaña se difundió en 34 municipios entre julio y agosto de 2023."],
    ["Firmar el convenio de intercambio de datos entre la ONE y el MT", "ONE y MT",
     "Cumplido el 2 de agosto de 2023."],
    ["Presentar el borrador del protocolo de identificación de víctimas de trabajo forzoso", "DGT y PETT",
     "Pendiente. La DGT y la PETT presentarán el borrador revisado en la sesión de diciembre de 2023."],
    ["Gestionar ante el Ministerio de Hacienda la partida presupuestaria de la Unidad de Trabajo Infantil",
     "MT", "En curso. La solicitud está en revisión en la Dirección General de Presupuesto (DIGEPRES)."],
], widths=[190, 80, 200])
doc.spacer(6)
doc.para("La CASC preguntó por qué el protocolo no se había presentado en el plazo previsto. El director "
         "general de Trabajo, Sr. Rafael Almonte Guzmán, explicó que la revisión jurídica de la PETT concluyó "
         "a finales de agosto y aseguró que el borrador se circulará a los miembros al menos quince días antes "
         "de la próxima sesión.")

section("4.1 Resultados preliminares del módulo de trabajo infantil de la ENCFT", 2,
        above="4. Presentaciones técnicas",
        text="La Sra. Patricia Reynoso Gil, de la ONE, presentó los resultados preliminares del módulo de trabajo "
         "infantil de la Encuesta Nacional Continua de Fuerza de Trabajo (ENCFT)"
         + doc.footnote("La ENCFT es la encuesta trimestral de hogares de la ONE; el módulo se aplicó en el "
                        "cuarto trimestre de 2022.")
         + ". Según los datos preliminares, el 7,9 % de los niños, niñas y adolescentes de 5 a 17 años "
         "realizaba trabajo infantil y el 4,1 % se ocupaba en trabajos peligrosos; el 58 % de ellos vivía en "
         "zonas rurales y la agricultura concentraba el 41 % de los casos.")
doc.para("Informó que la ONE publicará el informe final en el primer trimestre de 2024. Asimismo, la "
         "institución tiene previsto incorporar, por primera vez, preguntas sobre trabajo forzoso en la edición "
         "de 2025 de la encuesta, para lo cual solicitó el acompañamiento técnico de la OIT.")

section("4.2 Casos de trata con fines de explotación laboral", 2,
        "El procurador adjunto Ramón Andújar Sosa, de la PETT, informó que en 2022 la Procuraduría abrió 58 "
         "expedientes por trata de personas con fines de explotación laboral, de los cuales 11 involucraban a "
         "personas menores de edad, principalmente en la construcción, el servicio doméstico y la venta "
         "ambulante. Señaló como principal obstáculo la falta de intérpretes de creole haitiano en las "
         "fiscalías de la zona fronteriza. Propuso que la Mesa cree un registro único de casos, compartido "
         "entre la PETT, la DGT y el CONANI, para evitar la doble contabilización de víctimas.")

section("4.3 La experiencia de Costa Rica", 2,
        "Desde San José, la Sra. Daniela Chaves Mora, jefa de la Oficina de Atención y Erradicación del "
         "Trabajo Infantil (OATIA) del MTSS de Costa Rica, compartió la experiencia de su país con el Modelo de "
         "Identificación del Riesgo de Trabajo Infantil, desarrollado con la Iniciativa Regional América Latina "
         "y el Caribe Libre de Trabajo Infantil, que permite focalizar la acción en los cantones de mayor "
         "riesgo. Indicó que su Gobierno pondría a disposición de la Mesa la metodología del modelo y "
         "ofrecería una pasantía técnica a dos funcionarios dominicanos en el primer semestre de 2024.")

section("4.4 El procedimiento para ser país pionero de la Alianza 8.7", 2,
        "El Sr. Tomás Echeverri, especialista en principios y derechos fundamentales en el trabajo de la OIT, "
         "explicó que un país se convierte en país pionero tras enviar una carta de interés a la Secretaría de "
         "la Alianza 8.7; a continuación celebra un taller nacional de planificación estratégica, adopta una "
         "hoja de ruta con prioridades y plazos e informa periódicamente sobre sus avances. Citó la experiencia "
         "de Perú, país pionero de la región, cuya hoja de ruta integra el trabajo infantil, el trabajo forzoso "
         "y la trata en un solo instrumento.")
doc.para("Añadió que la OIT financiará la facilitación del taller nacional y acompañará la redacción de la hoja "
         "de ruta. Invitó a los miembros a participar en el seminario web regional sobre países pioneros que la "
         "Iniciativa Regional organizará el 26 de octubre de 2023.")

section("5. Debate", 1,
        "En el debate posterior a las presentaciones intervinieron, en este orden, las siguientes instituciones.")
doc.para("El Sr. Pedro Julio Mejía, de la CNUS, valoró los datos de la ONE, pero advirtió que el trabajo infantil "
         "en la agricultura de exportación sigue subregistrado porque la encuesta no cubre los bateyes. Anunció "
         "que la CNUS capacitará a 150 delegados sindicales de las zonas cacaoteras y bananeras en la "
         "identificación y denuncia del trabajo infantil antes de que finalice 2024.")
doc.para("La Sra. Ana Virginia Lora, de la CASC, preguntó a COPARDOM qué medidas adoptarán las empresas "
         "afiliadas para verificar la edad de los trabajadores en sus cadenas de proveedores, y pidió al MT que "
         "publique cada trimestre los resultados de las inspecciones por rama de actividad.")
doc.para("En respuesta, la Sra. Gabriela Santelises, de COPARDOM, indicó que la Confederación se propone "
         "publicar, en el segundo semestre de 2024, una guía de debida diligencia en derechos humanos para las "
         "empresas agroexportadoras, con un capítulo sobre la verificación de la edad en la cadena de "
         "proveedores.")
doc.para("El Sr. Manuel Antonio Guerrero, de la JAD, respaldó la iniciativa y se comprometió a difundir la guía "
         "entre las asociaciones de productores afiliadas a la Junta.")
doc.para("El Sr. Luis Manuel Frías, del MINERD, recordó que la Jornada Escolar Extendida ya abarca el 70 % de los "
         "centros públicos y señaló que el Ministerio extendería el programa de reinserción escolar «Vuelve a la "
         "Escuela» a las provincias fronterizas a partir del año escolar que inicia en agosto de 2024.")
doc.para("La Sra. Yesenia Polanco Reyes, del CONANI, preguntó si el módulo de la ENCFT permite distinguir el "
         "trabajo doméstico en casa de terceros. Propuso, además, que el listado de trabajos peligrosos se "
         "actualice para incluir de forma explícita el trabajo infantil doméstico.")
doc.para("La Sra. Carmen Rosa Tavárez informó que el Ministerio de Agricultura incorporará, a partir de 2024, "
         "cláusulas que prohíben el trabajo infantil y el trabajo forzoso en los contratos de los programas de "
         "fomento al cacao y al banano.")
doc.para("El Sr. Héctor Luis Cabral, de la DGM, indicó que en el primer semestre de 2023 los puestos fronterizos "
         "de Dajabón y Elías Piña detectaron a 23 niños, niñas y adolescentes no acompañados. Manifestó que la "
         "DGM podría capacitar a su personal en la detección de indicios de trata si contara con materiales de "
         "formación adecuados.")
doc.para("El Sr. Marc Olivier Jean-Baptiste, de la OIM, respondió que la Organización pondrá a disposición de la "
         "DGM su paquete de formación sobre identificación de víctimas de trata en los pasos fronterizos.")
doc.para("La Sra. Inés Cardona, de UNICEF, recomendó que el protocolo de identificación de víctimas incluya un "
         "enfoque específico para niñas y adolescentes y que se garantice la derivación inmediata al CONANI de "
         "toda persona menor de edad identificada.")
doc.para("En nombre del MAST de Haití, la Sra. Nadège Pierre-Louis agradeció la invitación e indicó que su "
         "Gobierno tiene la intención de designar, antes de que termine 2023, un punto focal para la "
         "cooperación binacional en materia de trata de personas.")
doc.para("La Sra. Rosanna Medina, de la Fundación Horizonte Niñez, expresó preocupación por el aumento de niños "
         "que trabajan en los mercados binacionales y sugirió habilitar una línea telefónica gratuita de denuncia "
         "atendida en español y en creole.")
doc.para("La Dra. Elena Sánchez Cuello, del INTEC, ofreció elaborar, junto con la ONE, un estudio cualitativo "
         "sobre el trabajo forzoso en la construcción, cuyos resultados se presentarían a la Mesa a mediados "
         "de 2024.")

section("6. Acuerdos", 1,
        "Tras el debate, la Mesa adoptó por consenso los siguientes acuerdos:")
doc.bullets([
    "Se acordó que el MT remitiría a la Secretaría de la Alianza 8.7, antes del 31 de octubre de 2023, la carta "
    "de interés de la República Dominicana para convertirse en país pionero.",
    "El taller nacional de planificación estratégica se celebrará la semana del 6 de noviembre de 2023 en Santo "
    "Domingo, con la facilitación de la OIT.",
    "La DGT capacitará a 120 inspectores de trabajo en la detección de indicadores de trabajo forzoso en fincas "
    "agrícolas antes de junio de 2024.",
    "El MT actualizará, a más tardar en marzo de 2024, el listado de trabajos peligrosos para personas menores "
    "de 18 años, con la inclusión del trabajo infantil doméstico.",
    "Se acordó conformar una subcomisión ad hoc de seguimiento a la hoja de ruta, integrada por el MT, el "
    "CONANI, la CNUS y COPARDOM.",
    "La Secretaría Técnica preparará, antes del cierre del ejercicio fiscal 2023, una propuesta de presupuesto "
    "plurianual para la Unidad de Trabajo Infantil.",
], marker="1.")
doc.para("Respecto de la cooperación con Haití, ambos países se comprometieron a elaborar un protocolo binacional "
         "de atención y retorno seguro de niños, niñas y adolescentes víctimas de trata, cuyo primer borrador se "
         "examinará en la reunión binacional prevista en Dajabón a principios de diciembre de 2023.")

section("7. Compromisos institucionales", 1,
        "Las instituciones asumieron además los siguientes compromisos, que la Secretaría Técnica incorporará a "
         "la matriz de seguimiento de la Mesa:")
doc.table([
    ["Institución", "Compromiso", "Plazo"],
    ["OIT", "Apoyar a la DGT en la capacitación de 120 inspectores de trabajo en la detección de indicadores de "
            "trabajo forzoso en fincas agrícolas", "Primer semestre de 2024"],
    ["CNUS y CASC", "Realizar una campaña conjunta de sensibilización sobre el trabajo infantil en la "
                    "construcción y en los mercados municipales", "Primer trimestre de 2024"],
    ["COPARDOM", "Publicar la guía de debida diligencia en derechos humanos para las empresas agroexportadoras",
     "Segundo semestre de 2024"],
    ["ONE", "Publicar el informe final del módulo de trabajo infantil de la ENCFT", "T1 2024"],
    ["OIM", "Facilitar dos talleres de formación para 60 agentes de la DGM sobre identificación de víctimas de "
            "trata en frontera", "T1 2024"],
    ["UNICEF", "Financiar la impresión y distribución de 5.000 ejemplares del listado actualizado de trabajos "
               "peligrosos", "Tras la aprobación del listado"],
    ["Fundación Horizonte Niñez", "Acompañar la reinserción escolar de 300 niños, niñas y adolescentes "
                                  "retirados del trabajo en Dajabón y Montecristi", "Diciembre de 2024"],
], ruled="rows", widths=[100, 270, 100])
doc.spacer(6)

section("8.1 Informe de la Subcomisión de Protección y Atención a Víctimas", 2,
        above="8. Recomendaciones",
        text=        "La coordinadora de la Subcomisión, Sra. Yesenia Polanco Reyes (CONANI), presentó las recomendaciones "
         "aprobadas por la Subcomisión en su reunión del 29 de agosto de 2023:")
doc.bullets([
    "Establecer un registro único de casos de trabajo infantil, trabajo forzoso y trata de personas, compartido "
    "entre la PETT, la DGT y el CONANI.",
    "Contratar intérpretes de creole haitiano para las fiscalías y las representaciones locales de trabajo de la "
    "zona fronteriza.",
    "Habilitar al menos un albergue especializado para adolescentes víctimas de trata con fines de explotación "
    "laboral.",
], marker="(a)")
section("8.2 Informe de la Subcomisión de Información y Estadística", 2,
        "La Subcomisión, coordinada por la ONE, recomendó:")
doc.bullets([
    "armonizar los indicadores de trabajo infantil que utilizan la ONE, el MT y el MINERD;",
    "publicar cada año, en el mes de junio, un boletín estadístico conjunto sobre trabajo infantil y trata de "
    "personas.",
], marker="-")
section("8.3 Recomendaciones del plenario", 2,
        "Además de los acuerdos del punto 6, el plenario formuló las siguientes recomendaciones:")
doc.bullets([
    "La Mesa recomendó al Ministerio de Hacienda asignar una partida presupuestaria específica a la Unidad de "
    "Trabajo Infantil en el presupuesto general de 2024.",
    "Los participantes sugirieron que la campaña «Tarjeta Roja» se traduzca al creole y se difunda por las "
    "radios comunitarias de la frontera.",
    "Se propuso que las inspecciones conjuntas de la DGT y la PETT se programen durante la zafra azucarera y las "
    "cosechas de café y cacao.",
    "La Mesa exhortó a las empresas agroexportadoras a adherirse a la guía de debida diligencia de COPARDOM una "
    "vez publicada.",
    "La Mesa invitó a la Alianza 8.7 a incluir a la República Dominicana, en calidad de observadora, en los "
    "intercambios entre países pioneros de la región.",
])
doc.para("El Sr. Echeverri recordó que, en su observación de 2021, la Comisión de Expertos en Aplicación de "
         "Convenios y Recomendaciones (CEACR) de la OIT había pedido al Gobierno que intensificara las "
         "inspecciones en el sector agrícola y en el trabajo doméstico, petición que sigue vigente. El "
         "representante de la JAD preguntó cómo se financiará el registro único de casos y si este se alojará "
         "en el MT o en la PETT; la cuestión quedó pendiente para la próxima sesión.")

section("9. Próxima sesión y cierre", 1,
        "La próxima sesión ordinaria se celebrará el 7 de diciembre de 2023 en la sede del CONANI. La Secretaría "
         "Técnica circulará el proyecto de acta en un plazo de diez días hábiles. Sin otros asuntos que tratar, "
         "la Presidenta levantó la sesión a la 1:20 p. m.")
doc.spacer(18)
doc.table([
    ["Mariela Contreras Ubiera<br/>Viceministra de Trabajo<br/>Presidenta de la Mesa",
     "Julio Ernesto Batista<br/>Director de la Unidad de Trabajo Infantil<br/>Secretario Técnico"],
], ruled="none", header=False, widths=[235, 235], font_size=9)
doc.spacer(10)
doc.para("Contacto de la Secretaría Técnica: secretaria.mti@example.org", style="small")

doc.save()
