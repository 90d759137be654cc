"""Acta de la reunión ampliada de la CONAETI con socios de la Alianza 8.7 (Buenos Aires, 2022).

Fictional document for the kg87 evaluation corpus (dev split). Run from this folder:
    ../../../../.docgen/bin/python es-acta-grupo-trabajo.py
"""

from docgen import A4, Document

doc = Document("es-acta-grupo-trabajo.pdf", size=A4, lang="es",
               header="República Argentina – CONAETI – Alianza 8.7, país pionero",
               footer="Acta N.º 3/2022 – Comisión Nacional para la Erradicación del Trabajo Infantil",
               page_numbers="Página {n} de {total}",
               title="Acta de la reunión ampliada de la CONAETI con socios de la Alianza 8.7")

doc.title("Acta de la reunión ampliada de la Comisión Nacional para la Erradicación del Trabajo "
          "Infantil (CONAETI) con socios de la Alianza 8.7",
          subtitle="Acta N.º 3/2022 – Ciudad Autónoma de Buenos Aires, 22 de septiembre de 2022")

doc.table([
    ["Fecha y hora", "22 de septiembre de 2022, de 10.00 a 13.30 horas"],
    ["Lugar", "Sede del Ministerio de Trabajo, Empleo y Seguridad Social (MTEySS), Ciudad Autónoma "
              "de Buenos Aires, con conexión por videoconferencia"],
    ["Presidencia", "Lic. Mariana Etchegaray, Coordinadora de la CONAETI"],
    ["Secretaría de actas", "Lic. Tomás Aguirre (conaeti.actas@example.org)"],
    ["Carácter", "Reunión ordinaria ampliada, con participación de socios y delegaciones invitadas"],
], ruled="rows", header=False, widths=[110, 360], font_size=9)
doc.spacer(6)

doc.heading("Asistentes", level=2)
doc.bullets([
    "<b>Organismos nacionales:</b> Ministerio de Trabajo, Empleo y Seguridad Social (MTEySS); "
    "Ministerio de Educación; Secretaría Nacional de Niñez, Adolescencia y Familia (SENAF) del "
    "Ministerio de Desarrollo Social; Ministerio de Agricultura, Ganadería y Pesca (MAGyP); Instituto "
    "Nacional de Estadística y Censos (INDEC); Comité Ejecutivo para la Lucha contra la Trata y "
    "Explotación de Personas y para la Protección y Asistencia a las Víctimas (Comité Ejecutivo).",
    "<b>Comisiones provinciales:</b> Comisiones Provinciales para la Prevención y Erradicación del "
    "Trabajo Infantil (COPRETI) de Misiones, Jujuy y Mendoza.",
    "<b>Organizaciones de trabajadores:</b> Confederación General del Trabajo (CGT); Unión Argentina "
    "de Trabajadores Rurales y Estibadores (UATRE).",
    "<b>Organizaciones de empleadores y empresas:</b> Unión Industrial Argentina (UIA); Red de "
    "Empresas contra el Trabajo Infantil.",
    "<b>Organismos internacionales:</b> Organización Internacional del Trabajo (OIT); Fondo de las "
    "Naciones Unidas para la Infancia (UNICEF); Organización Internacional para las Migraciones "
    "(OIM); Organización de las Naciones Unidas para la Alimentación y la Agricultura (FAO).",
    "<b>Delegaciones invitadas:</b> Estado Plurinacional de Bolivia (Ministerio de Trabajo, Empleo y "
    "Previsión Social); República del Paraguay (Ministerio de Trabajo, Empleo y Seguridad Social, "
    "MTESS).",
    "<b>Sociedad civil y academia:</b> Aldeas Infantiles SOS Argentina; Universidad Nacional de "
    "Misiones (UNaM).",
], marker="-", style="small")

doc.heading("Orden del día", level=2)
doc.bullets([
    "Apertura y aprobación del acta anterior.",
    "Informe de la Coordinación sobre la hoja de ruta de país pionero.",
    "Informe de las mesas de trabajo.",
    "Intervenciones de los socios y de las delegaciones invitadas.",
    "Compromisos, propuestas y acuerdos.",
    "Próxima reunión y cierre.",
], marker="1.", style="small")

doc.heading("1. Apertura y aprobación del acta anterior", level=1)
doc.para("La Coordinadora de la CONAETI, Lic. Mariana Etchegaray, abrió la sesión a las 10.00 horas y "
         "dio la bienvenida a las delegaciones de Bolivia y del Paraguay, que participaban por primera "
         "vez en una reunión ampliada de la Comisión. Recordó que la Argentina había sido uno de los "
         "primeros países pioneros de la Alianza 8.7 y que su hoja de ruta se había adoptado tras el "
         "taller nacional de planificación estratégica celebrado en Buenos Aires en 2018, un año después "
         "de la IV Conferencia Mundial sobre la Erradicación Sostenida del Trabajo Infantil, celebrada en "
         "Buenos Aires del 14 al 16 de noviembre de 2017.")
doc.para("Se aprobó sin observaciones el acta de la reunión anterior, celebrada el 9 de junio de 2022.")

doc.heading("2. Informe de la Coordinación sobre la hoja de ruta de país pionero", level=1)
doc.para("La Coordinadora informó que el III Plan Nacional para la Prevención y Erradicación del Trabajo "
         "Infantil y Protección del Trabajo Adolescente (2018-2022) concluiría en diciembre y que su "
         "evaluación final, realizada con el apoyo de la OIT, había finalizado en agosto. Según la "
         "evaluación, desde 2018 se habían abierto 42 espacios de cuidado infantil en zonas rurales y se "
         "había capacitado a 1.350 inspectores laborales nacionales y provinciales.")
doc.para("El estado de las acciones de la hoja de ruta 2018-2022 a la fecha de la reunión es el "
         "siguiente:")
doc.table([
    ["Acción de la hoja de ruta 2018-2022", "Estado a septiembre de 2022"],
    ["Creación de COPRETI en las 24 jurisdicciones", "Cumplida (2019)"],
    ["Ratificación del Protocolo de 2014 relativo al Convenio sobre el trabajo forzoso, 1930",
     "Cumplida (ratificado en 2016)"],
    ["Ampliación de la red de centros Buena Cosecha a 60 centros", "En curso (48 centros abiertos)"],
    ["Registro unificado de casos de trabajo infantil detectados por la inspección",
     "En curso (piloto en 6 provincias)"],
    ["Campaña nacional de sensibilización en medios de comunicación", "Cumplida (2021)"],
    ["Módulo rural de la EANNA", "Postergado por la pandemia"],
], ruled="rows", widths=[330, 145], font_size=8.5)
doc.spacer(6)
doc.para("Señaló que, de acuerdo con la Encuesta de Actividades de Niñas, Niños y Adolescentes (EANNA) "
         "2016-2017, el 9,8 % de los niños y niñas de 5 a 15 años realizaba al menos una actividad "
         "productiva, con tasas que duplicaban ese valor en las zonas rurales del norte del país.")
doc.para("La Coordinación se comprometió a presentar el borrador del IV Plan Nacional a la Comisión antes "
         "de finalizar 2022. El MTEySS prevé lanzar en el primer semestre de 2023 la consulta federal "
         "sobre el IV Plan con las COPRETI de las 24 jurisdicciones. Asimismo, la Coordinadora indicó "
         "que el Ministerio tiene previsto enviar a la Secretaría de la Alianza 8.7 el informe de avance "
         "de país pionero correspondiente a 2022 durante el primer trimestre de 2023.")
doc.para("El representante de la CGT preguntó si el IV Plan incluiría metas específicas sobre el trabajo "
         "adolescente protegido. La Coordinadora respondió que esa cuestión se debatiría en la consulta "
         "federal y en la mesa tripartita.")

doc.heading("3. Informe de las mesas de trabajo", level=1)
doc.para("Las tres mesas de trabajo se reunieron los días 6, 7 y 13 de septiembre de 2022. Sus relatores "
         "presentaron en plenario las conclusiones que se resumen a continuación.")

doc.heading("Mesa de trabajo 1: trabajo infantil en la agricultura familiar y las cadenas de suministro",
            level=2)
doc.para("La relatora, Ing. Agr. Silvina Benítez (MAGyP), señaló que la cosecha de yerba mate, tabaco y "
         "frutilla seguía concentrando la mayoría de los casos detectados por la inspección. La mesa "
         "formuló las siguientes propuestas:")
doc.bullets([
    "ampliar la red de centros Buena Cosecha a las zonas de cosecha de yerba mate y tabaco de Misiones "
    "y Corrientes;",
    "que los compradores de yerba mate incorporen cláusulas de debida diligencia sobre trabajo infantil "
    "en sus contratos con los productores;",
    "extender el sello «Producido sin Trabajo Infantil» a las cooperativas de la agricultura familiar.",
], marker="a)")

doc.heading("Mesa de trabajo 2: trabajo forzoso y trata con fines de explotación laboral", level=2)
doc.para("La mesa, coordinada por el Comité Ejecutivo, examinó los casos de explotación laboral en "
         "talleres textiles clandestinos y en el trabajo rural. Propuso elaborar un protocolo conjunto de "
         "inspección entre el MTEySS y el Comité Ejecutivo para los talleres textiles. Se sugirió, "
         "además, capacitar a los inspectores provinciales en la identificación de indicadores de trabajo "
         "forzoso.")
doc.para("Propuesta: establecer una línea única de denuncia para el trabajo infantil y la trata, "
         "articulada con la línea 145.")

doc.heading("Mesa de trabajo 3: información, datos y seguimiento", level=2)
doc.para("La mesa recomendó realizar la tercera EANNA en 2023, con una muestra representativa de las "
         "zonas rurales de cada región. Propuso, asimismo, crear un tablero público de indicadores del "
         "IV Plan, actualizado semestralmente. El relator advirtió que sin datos desagregados por "
         "provincia sería difícil medir los avances hacia la meta 8.7.")

doc.heading("4. Intervenciones de los socios y de las delegaciones invitadas", level=1)
doc.para("La Directora de la Oficina de País de la OIT para la Argentina, Sra. Claudia Montenegro, "
         "felicitó a la CONAETI por la evaluación del III Plan y destacó que la Argentina era uno de los "
         "pocos países de la región con una encuesta específica sobre trabajo infantil. Señaló que la OIT "
         "apoyaría técnicamente la elaboración del IV Plan y que financiaría, con recursos de su programa "
         "regional, la actualización del listado de trabajos peligrosos establecido por el Decreto "
         "1117/2016.")
doc.para("La representante de UNICEF se refirió a las consecuencias de la pandemia de COVID-19 en la "
         "asistencia escolar de los niños y niñas de zonas rurales. Anunció que UNICEF financiaría durante "
         "2023 la capacitación de 400 docentes rurales en la detección temprana del trabajo infantil, en "
         "coordinación con el Ministerio de Educación.")
doc.para("El representante de la OIM describió los flujos de trabajadores migrantes estacionales "
         "procedentes de Bolivia y del Paraguay hacia las zonas hortícolas y tabacaleras. La OIM pondrá en "
         "marcha en el primer trimestre de 2023 un servicio de orientación para trabajadores migrantes "
         "estacionales en el paso fronterizo de La Quiaca.")
doc.para("La FAO subrayó el vínculo entre la pobreza rural y el trabajo infantil y propuso incorporar la "
         "prevención del trabajo infantil en los programas de extensión rural del MAGyP. En respuesta, el "
         "MAGyP se propone incluir un módulo sobre trabajo infantil en la formación de sus "
         "600 extensionistas rurales durante 2023. Si se obtiene financiamiento adicional, el MAGyP podría "
         "extender luego el programa a las provincias de Salta y Tucumán.")
doc.para("El Secretario General de UATRE recordó que el trabajo infantil en el campo estaba directamente "
         "ligado a la informalidad y al pago a destajo de los adultos. UATRE se comprometió a realizar "
         "30 jornadas de sensibilización en establecimientos rurales antes del inicio de la cosecha 2023. "
         "La CGT, por su parte, reclamó que las organizaciones sindicales participen en las inspecciones "
         "de los establecimientos rurales.")
doc.keep_together(lambda: doc.para("La UIA destacó el papel de la Red de Empresas contra el Trabajo Infantil como espacio de "
         "diálogo con el sector privado. La Red de Empresas contra el Trabajo Infantil anunció que sus "
         "110 empresas miembro adoptarán, antes de diciembre de 2023, una política de tolerancia cero "
         "frente al trabajo infantil en sus cadenas de suministro."))
doc.para("El INDEC confirmó que realizará la tercera EANNA en el segundo semestre de 2023, con el apoyo "
         "técnico de la OIT y de UNICEF. La representante del Ministerio de Educación informó que la tasa "
         "de abandono escolar en el nivel secundario rural había descendido en 2021, y añadió que el "
         "Ministerio prevé incorporar contenidos sobre trabajo infantil en la formación docente inicial a "
         "partir de 2023.")
doc.para("La Secretaria Ejecutiva del Comité Ejecutivo presentó los datos de la línea 145: en 2021 se "
         "habían recibido 1.912 denuncias, de las cuales el 38 % correspondía a explotación laboral. El "
         "Comité Ejecutivo pretende elaborar, junto con el MTEySS, un protocolo conjunto de inspección en "
         "talleres textiles antes de marzo de 2023.")
doc.para("La representante de la COPRETI de Misiones describió la labor de los centros Buena Cosecha "
         "durante la última zafra. Anunció que la provincia abrirá cinco nuevos centros Buena Cosecha "
         "antes de la zafra yerbatera de 2023. La representante de la COPRETI de Jujuy solicitó a la OIM "
         "que el servicio previsto en La Quiaca se extienda también a la ciudad de Libertador General San "
         "Martín.")
doc.para("La representante de la SENAF subrayó que la detección de un caso de trabajo infantil por la "
         "inspección debía desembocar siempre en una respuesta de protección para el niño o la niña y su "
         "familia. La SENAF elaborará, junto con las COPRETI, un protocolo de derivación de los casos "
         "detectados por la inspección hacia los servicios locales de protección de derechos antes de "
         "mediados de 2023.")
doc.para("El representante de la COPRETI de Mendoza informó que en la última cosecha de ajo y uva se "
         "habían detectado 37 niños y niñas trabajando, la mayoría hijos de trabajadores golondrina. "
         "Preguntó si el IV Plan preveía financiamiento nacional para los espacios de cuidado "
         "provinciales. La Coordinadora indicó que la cuestión se examinaría en la consulta federal.")
doc.para("La delegación del Estado Plurinacional de Bolivia agradeció la invitación y describió la "
         "migración estacional de familias bolivianas hacia las zonas hortícolas y tabacaleras del norte "
         "argentino. Su delegación propuso crear una mesa binacional permanente sobre trabajo infantil en "
         "las zonas de frontera. Señaló, además, que el Ministerio de Trabajo, Empleo y Previsión Social "
         "de Bolivia tiene previsto actualizar en 2023 su listado de actividades peligrosas prohibidas "
         "para adolescentes.")
doc.para("La delegación del Paraguay valoró la iniciativa y recordó que su país había aprobado en 2019 "
         "una estrategia nacional de prevención y erradicación del trabajo infantil. Propuso que la mesa "
         "planteada por Bolivia tuviera carácter trinacional e incluyera al Paraguay. Se comprometió a "
         "designar un punto focal para dicha mesa antes del 30 de noviembre de 2022.")
doc.para("Aldeas Infantiles SOS Argentina alertó sobre la situación de los niños y niñas que acompañan a "
         "sus familias durante la cosecha y ofreció sus centros comunitarios de Misiones para actividades "
         "de cuidado. La Universidad Nacional de Misiones (UNaM) sistematizará la experiencia de los "
         "centros Buena Cosecha en un estudio que publicará en 2023.")

doc.heading("5. Compromisos, propuestas y acuerdos", level=1)
doc.para("Tras el intercambio, el Ministerio asumió los siguientes compromisos:")
doc.bullets([
    "convocar la mesa tripartita del IV Plan antes del 31 de octubre de 2022;",
    "actualizar, con el apoyo de la OIT, el listado de trabajos peligrosos del Decreto 1117/2016 "
    "durante 2023;",
    "incorporar indicadores de trabajo forzoso en la guía de inspección del trabajo rural;",
    "duplicar el número de inspecciones en zonas de cosecha durante la temporada 2023.",
], marker="a)")
doc.para("Se acordó que la CONAETI y las delegaciones de Bolivia y del Paraguay celebrarían la primera "
         "reunión de la mesa trinacional en Posadas (Misiones) en la semana del 13 de marzo de 2023.")
doc.para("La CONAETI propuso que el IV Plan incorpore un eje específico sobre trabajo forzoso y trata con "
         "fines de explotación laboral. Propuso, asimismo, que la Secretaría de la Alianza 8.7 difunda "
         "la experiencia de la mesa trinacional entre los demás países pioneros. Por último, la Comisión "
         "sugirió que cada COPRETI designe un referente de datos para alimentar el tablero de "
         "indicadores.")
doc.para("Los acuerdos de la reunión, con su responsable y su plazo, se recogen en el cuadro siguiente.")
doc.table([
    ["Acuerdos", "Responsable", "Plazo"],
    ["Presentar el borrador del IV Plan Nacional a la Comisión", "Coordinación de la CONAETI",
     "Diciembre de 2022"],
    ["Convocar la mesa tripartita del IV Plan", "MTEySS", "31/10/2022"],
    ["Lanzar la consulta federal sobre el IV Plan con las COPRETI", "MTEySS", "Primer semestre de 2023"],
    ["Elaborar el protocolo conjunto de inspección en talleres textiles", "MTEySS y Comité Ejecutivo",
     "Marzo de 2023"],
    ["Realizar la tercera EANNA", "INDEC, con apoyo de la OIT y de UNICEF", "Segundo semestre de 2023"],
    ["Realizar 30 jornadas de sensibilización en establecimientos rurales", "UATRE",
     "Antes de la cosecha 2023"],
    ["Capacitar a 400 docentes rurales en la detección temprana del trabajo infantil",
     "UNICEF y Ministerio de Educación", "2023"],
    ["Designar puntos focales para la mesa trinacional", "Delegaciones de Bolivia y del Paraguay",
     "30/11/2022"],
    ["Abrir cinco nuevos centros Buena Cosecha", "COPRETI de Misiones", "Antes de la zafra 2023"],
    ["Enviar el informe de avance de país pionero 2022 a la Secretaría de la Alianza 8.7", "MTEySS",
     "T1 2023"],
], ruled="grid", widths=[260, 130, 85], font_size=8.5)
doc.spacer(6)

doc.heading("6. Próxima reunión y cierre", level=1)
doc.para("La próxima reunión ordinaria de la CONAETI se celebrará el 1 de diciembre de 2022 en San "
         "Salvador de Jujuy. La Coordinadora agradeció a las delegaciones de Bolivia y del Paraguay su "
         "participación y a los socios de la Alianza 8.7 su apoyo constante.")
doc.para("Sin más asuntos que tratar, la Coordinadora levantó la sesión a las 13.30 horas.")
doc.spacer(16)
doc.table([
    ["Lic. Mariana Etchegaray", "Lic. Tomás Aguirre"],
    ["Coordinadora de la CONAETI", "Secretario de actas"],
], ruled="none", header=False, widths=[235, 235], font_size=9)

doc.page_break()
doc.heading("Anexo – Lista de asistentes", level=1)
doc.table([
    ["Nombre", "Institución", "Cargo"],
    ["Mariana Etchegaray", "CONAETI (MTEySS)", "Coordinadora"],
    ["Tomás Aguirre", "CONAETI (MTEySS)", "Secretario de actas"],
    ["Gustavo Ledesma", "MTEySS, Dirección Nacional de Fiscalización", "Director"],
    ["Lucía Ferreyra", "Ministerio de Educación", "Coordinadora de Educación Rural"],
    ["Paula Quiroga", "SENAF", "Directora de Protección de Derechos"],
    ["Silvina Benítez", "MAGyP", "Coordinadora de Extensión Rural"],
    ["Ricardo Peralta", "INDEC", "Director de Encuestas a Hogares"],
    ["Verónica Sosa", "Comité Ejecutivo", "Secretaria Ejecutiva"],
    ["Norma Duarte; Hugo Cardozo; Julián Videla", "COPRETI de Misiones, Jujuy y Mendoza", "Representantes provinciales"],
    ["Raúl Medina", "CGT", "Secretaría de Derechos Humanos"],
    ["Oscar Giménez", "UATRE", "Secretario General"],
    ["Florencia Ortiz", "UIA", "Departamento de Política Social"],
    ["Martín Sáenz", "Red de Empresas contra el Trabajo Infantil", "Coordinador"],
    ["Claudia Montenegro", "OIT", "Directora de la Oficina de País para la Argentina"],
    ["Inés Carrizo", "UNICEF", "Oficial de Protección"],
    ["Diego Ferrari", "OIM", "Oficial de Programas"],
    ["Andrea Villalba", "FAO", "Oficial de Desarrollo Rural (en línea)"],
    ["Rolando Choque; Mirtha Quispe", "Ministerio de Trabajo, Empleo y Previsión Social (Bolivia)", "Delegación de Bolivia"],
    ["Liliana Benítez; Carlos Ayala", "MTESS (Paraguay)", "Delegación del Paraguay (en línea)"],
    ["Sofía Romero", "Aldeas Infantiles SOS Argentina", "Coordinadora de Programas"],
    ["Dr. Alberto Krause", "UNaM", "Facultad de Humanidades y Ciencias Sociales"],
], ruled="rows", widths=[145, 200, 130], font_size=8)

doc.save()
