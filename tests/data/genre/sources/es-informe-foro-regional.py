"""Informe de un foro regional (América Latina y el Caribe, 2025) de la Alianza 8.7 y la
Iniciativa Regional: estilo indirecto, intervenciones, mesas de trabajo con recomendaciones y
conclusiones. Builds ../es-informe-foro-regional.pdf."""

from b6c_layout import keep_headings_with_next, para as whole_para
from docgen import A4, Document

keep_headings_with_next()

doc = Document(
    "es-informe-foro-regional.pdf", size=A4, lang="es",
    header="Alianza 8.7 | Iniciativa Regional América Latina y el Caribe Libre de Trabajo Infantil",
    footer="Foro Regional ALC 2025 - Informe de la reunión",
    page_numbers="Página {n} de {total}",
    title="Informe del Foro Regional de América Latina y el Caribe sobre la meta 8.7 (2025)",
)


def para(text, **kw):
    """A body paragraph that is never split across two pages (keyed spans stay on one page)."""
    whole_para(doc, text, **kw)


doc.title("Foro Regional de América Latina y el Caribe sobre la meta 8.7",
          subtitle="Alianza 8.7 e Iniciativa Regional América Latina y el Caribe Libre de Trabajo "
                   "Infantil<br/>Ciudad de Panamá, 21 y 22 de octubre de 2025 | Informe de la reunión")

with doc.box("Datos de la reunión"):
    doc.bullets([
        "<b>Organización:</b> Secretaría Técnica de la Iniciativa Regional (OIT) y Secretaría de la "
        "Alianza 8.7, con el apoyo del Ministerio de Trabajo y Desarrollo Laboral de Panamá (MITRADEL).",
        "<b>Participación:</b> 138 personas de 17 países: delegaciones gubernamentales, centrales "
        "sindicales, organizaciones de empleadores, agencias de las Naciones Unidas y organizaciones "
        "no gubernamentales.",
        "<b>Relatoría:</b> Inés Calderón Ruiz (Uruguay). Contacto: foro.alc@example.org",
    ], marker="bullet", style="small")

# ---------------------------------------------------------------------------------------------
doc.heading("1. Antecedentes y objetivos del Foro")
para(
    "El Foro Regional se celebró en la Ciudad de Panamá los días 21 y 22 de octubre de 2025, por "
    "invitación del Gobierno de Panamá. Fue el primer encuentro conjunto de la Alianza 8.7 y de la "
    "Iniciativa Regional América Latina y el Caribe Libre de Trabajo Infantil (IR) desde la reunión "
    "de puntos focales de la IR celebrada en Lima en abril de 2024. Tuvo por objeto hacer balance de "
    "lo logrado al vencer el plazo fijado por la meta 8.7 de los Objetivos de Desarrollo Sostenible "
    "para poner fin al trabajo infantil en todas sus formas, y acordar prioridades para el periodo "
    "posterior a 2025, en consonancia con el Llamamiento a la Acción de Durban adoptado en la "
    "V Conferencia Mundial sobre la Eliminación del Trabajo Infantil (Durban, 15 a 20 de mayo de "
    "2022). Los preparativos se apoyaron en las conclusiones del taller subregional para "
    "Centroamérica celebrado en San Salvador los días 3 y 4 de junio de 2025.")
para(
    "Asistieron delegaciones de la Argentina, el Brasil, Chile, Colombia, Costa Rica, el Ecuador, "
    "El Salvador, Guatemala, Honduras, Jamaica, México, Panamá, el Paraguay, el Perú, la República "
    "Dominicana, Trinidad y Tobago y el Uruguay, así como representantes de la Confederación Sindical "
    "de Trabajadores y Trabajadoras de las Américas (CSA), de la Organización Internacional de "
    "Empleadores (OIE), de la Organización Internacional del Trabajo (OIT), del Fondo de las Naciones "
    "Unidas para la Infancia (UNICEF), de la Organización Internacional para las Migraciones (OIM), "
    "de la Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC), de la Organización de "
    "las Naciones Unidas para la Alimentación y la Agricultura (FAO), de la Comisión Económica para "
    "América Latina y el Caribe (CEPAL) y de organizaciones de la sociedad civil.")
para(
    "En la apertura se recordó que, según las cifras regionales presentadas por la OIT y el UNICEF, "
    "alrededor de 7,3 millones de niñas, niños y adolescentes de la región seguían en situación de "
    "trabajo infantil, más de la mitad de ellos en la agricultura. Doce de los países participantes "
    "han ratificado el Protocolo de 2014 relativo al Convenio sobre el trabajo forzoso, 1930, y todos "
    "han ratificado los Convenios núm. 138 y núm. 182 de la OIT.")

# ---------------------------------------------------------------------------------------------
doc.heading("2. Sesión inaugural")
para(
    "El Viceministro de Trabajo de Panamá, Sr. Ernesto Villalaz Cedeño, dio la bienvenida a las "
    "delegaciones y recordó que Panamá había aprobado en 2024 una nueva lista de trabajos peligrosos "
    "prohibidos para las personas menores de 18 años. Anunció que su Gobierno pondría en marcha, antes "
    "de finales de 2026, un registro nacional de agencias privadas de empleo y de contratación de "
    "personas trabajadoras migrantes. Añadió que el MITRADEL duplicaría el número de inspecciones en "
    "las fincas cafetaleras de la provincia de Chiriquí durante la cosecha 2025-2026.")
para(
    "La Directora Regional de la OIT para América Latina y el Caribe, Sra. Mariela Quintanilla Otero, "
    "subrayó que la región no había alcanzado la meta de 2025 y que el reto consistía ahora en acelerar "
    "el paso. Señaló que la OIT, en su calidad de Secretaría Técnica de la IR, seguiría prestando "
    "asistencia técnica a los países para la aplicación del Modelo de Identificación del Riesgo de "
    "Trabajo Infantil (MIRTI), y se comprometió a publicar en el primer trimestre de 2026 una guía "
    "regional sobre la debida diligencia en materia de trabajo infantil en las cadenas agrícolas.")
para(
    "En nombre de la Secretaría de la Alianza 8.7, el Sr. Tomás Echeverri Luna recordó que los países "
    "pioneros son aquellos que se comprometen a ir «más lejos y más rápido» en la consecución de la "
    "meta 8.7 y que la red mundial cuenta ya con más de treinta de ellos. Invitó a los países de la "
    "región que aún no lo habían hecho a considerar su adhesión como países pioneros.")

# ---------------------------------------------------------------------------------------------
doc.heading("3. Sesión 1: Avances de los países pioneros")
para(
    "La sesión, moderada por la Sra. Lucía Barrientos Vidal (UNICEF), reunió a los siete países "
    "pioneros de la región: la Argentina, Chile, Costa Rica, Guatemala, México, el Paraguay y el Perú.")
para(
    "El representante del Ministerio de Trabajo y Promoción del Empleo (MTPE) del Perú informó que el "
    "país había aprobado en 2023 su tercera Estrategia Nacional para la Prevención y Erradicación del "
    "Trabajo Infantil y que el Comité Directivo Nacional para la Prevención y Erradicación del Trabajo "
    "Infantil (CPETI) se reúne cada dos meses. Indicó que el MTPE tiene previsto extender el MIRTI a "
    "120 distritos rurales de la sierra para 2027. También preguntó cómo podrían los países financiar "
    "la aplicación del modelo en zonas de difícil acceso.")
para(
    "Chile destacó la labor de su Mesa Intersectorial sobre Trata de Personas, que coordina desde 2008 "
    "la respuesta del Estado. La delegada chilena anunció que el Ministerio del Interior presentaría al "
    "Congreso Nacional, en el primer semestre de 2026, un proyecto de ley para reforzar la protección "
    "de las víctimas extranjeras de trata, y afirmó que su país está decidido a aprobar un nuevo Plan "
    "de Acción Nacional contra la Trata de Personas 2026-2030.")
para(
    "Hablando en nombre del Ministerio de Trabajo, Empleo y Seguridad Social (MTESS), la delegada del "
    "Paraguay informó que la Comisión Nacional para la Prevención y Erradicación del Trabajo Infantil "
    "y Protección del Trabajo Adolescente (CONAETI) había validado en 2025 la evaluación de la "
    "estrategia anterior. Anunció que el Instituto Nacional de Estadística (INE) levantará en el "
    "segundo semestre de 2026 una nueva Encuesta de Actividades de Niños, Niñas y Adolescentes (EANA), "
    "con el apoyo de la OIT. Añadió que, si se obtenía la financiación necesaria, el Paraguay "
    "ampliaría el programa Abrazo a los departamentos fronterizos.")
para(
    "La representante de la Secretaría del Trabajo y Previsión Social (STPS) de México recordó que la "
    "Comisión Intersecretarial para la Prevención y Erradicación del Trabajo Infantil y la Protección "
    "de Adolescentes Trabajadores en Edad Permitida (CITI) había sesionado en julio de 2025 para "
    "revisar los avances del sector agrícola. Indicó que su Gobierno tiene la intención de someter al "
    "Senado, antes de que finalice 2026, la ratificación del Protocolo de 2014 relativo al Convenio "
    "sobre el trabajo forzoso.")
para(
    "Guatemala se sumó a la intervención de México y precisó que ambos países firmarán en 2026 un "
    "protocolo binacional para la atención de las personas trabajadoras agrícolas temporales que "
    "cruzan la frontera sur de México, con especial atención a los adolescentes que viajan con sus "
    "familias.")
para(
    "La delegación de Costa Rica explicó que el país había reducido a la mitad su tasa de trabajo "
    "infantil desde 2016 y que el Ministerio de Trabajo y Seguridad Social (MTSS) se propone certificar "
    "a 50 cantones como «libres de trabajo infantil» para 2027.")
para(
    "La Argentina señaló que las comisiones provinciales para la prevención y erradicación del trabajo "
    "infantil (COPRETI) funcionan en todas las provincias y que la Red de Empresas contra el Trabajo "
    "Infantil reúne a más de cien empresas. Ofreció compartir con los demás países, mediante un "
    "programa de cooperación Sur-Sur en 2026, la metodología de trabajo de sus comisiones provinciales.")

# ---------------------------------------------------------------------------------------------
doc.heading("4. Sesión 2: Nuevos compromisos de los países de la región")
para(
    "El Secretario de Estado en el Despacho de Trabajo y Seguridad Social (STSS) de Honduras anunció "
    "que su país remitirá a la Secretaría de la Alianza 8.7, en el primer semestre de 2026, una carta "
    "de interés para convertirse en país pionero. Preguntó además si la Alianza podría acompañar la "
    "preparación del taller nacional de planificación estratégica.")
para(
    "La República Dominicana, que manifestó su interés en ser país pionero en 2024, anunció por medio "
    "de su Ministerio de Trabajo (MT) que celebrará su taller nacional de planificación estratégica en "
    "marzo de 2026 en Santo Domingo. Su representante indicó que la futura hoja de ruta incluirá como "
    "prioridad el trabajo infantil en la agricultura y en el trabajo doméstico, y que el Gobierno "
    "realizará en 2026 una encuesta nacional de trabajo infantil.")
para(
    "El Ecuador señaló que el MIRTI se aplica ya en 40 cantones. Según su delegado, el Ministerio del "
    "Trabajo tiene previsto extender el modelo al resto de los cantones de la Costa en el segundo "
    "semestre de 2026.")
para(
    "Colombia propuso que los países compartan los resultados del MIRTI en una plataforma regional "
    "común, administrada por la Secretaría Técnica de la IR.")
para(
    "El Brasil recordó que publica dos veces al año la lista de empleadores sancionados por someter a "
    "trabajadores a condiciones análogas a la esclavitud, y recomendó que otros países consideren "
    "mecanismos de transparencia similares.")
para(
    "El Salvador informó de que el Banco Interamericano de Desarrollo (BID) prevé financiar a partir de "
    "2026 un programa de empleo juvenil en los departamentos orientales del país. Su delegada vería con "
    "agrado que la IR ayudara a incorporar en ese programa un componente de prevención del trabajo "
    "infantil.")
para(
    "En nombre de los países del Caribe de habla inglesa, Jamaica pidió que los materiales de la IR se "
    "publiquen también en inglés y que se organice en 2026 un taller subregional para el Caribe.")
para(
    "Trinidad y Tobago planteó la idea de un observatorio caribeño sobre la trata de personas que "
    "reúna los datos de las autoridades nacionales.")

# ---------------------------------------------------------------------------------------------
doc.heading("5. Sesión 3: Interlocutores sociales, agencias de las Naciones Unidas y sociedad civil")
para(
    "Hablando en nombre del grupo de los trabajadores, la CSA advirtió que la informalidad y la "
    "debilidad de la inspección del trabajo siguen siendo los principales obstáculos en la región. "
    "Propuso crear una red regional de inspectores e inspectoras del trabajo especializados en trabajo "
    "infantil y trabajo forzoso, con participación sindical. La CSA, por su parte, se comprometió a "
    "formar a 500 dirigentes sindicales rurales en la detección del trabajo forzoso para finales de "
    "2026.")
para(
    "El Consejo Nacional de Trabajadores Organizados (CONATO) de Panamá describió la migración "
    "estacional de familias ngäbe-buglé hacia las fincas de café, en la que niñas y niños acompañan a "
    "sus padres en la recolección. Pidió al MITRADEL que habilite centros de cuidado infantil en las "
    "zonas de cosecha.")
para(
    "Por los empleadores, la OIE subrayó que las empresas necesitan orientaciones prácticas y no solo "
    "nuevas obligaciones. Recordó que la mayor parte del trabajo infantil se concentra en la economía "
    "informal, fuera de las cadenas de exportación. La OIE pondrá a disposición de las federaciones "
    "nacionales, a mediados de 2026, una herramienta en línea de autoevaluación de la debida "
    "diligencia.")
para(
    "El Consejo Nacional de la Empresa Privada (CONEP) de Panamá informó que sus gremios agrícolas "
    "adoptaron un código de conducta en 2024. Anunció que, junto con la Asociación de Productores de "
    "Café de Chiriquí, financiará en 2026 tres centros de cuidado infantil en las zonas de cosecha de "
    "Chiriquí.")
para(
    "El UNICEF destacó el vínculo entre el trabajo infantil y el abandono escolar y se comprometió a "
    "apoyar, en el marco de su programa 2026-2027, sistemas de alerta temprana del abandono escolar en "
    "cinco países de Centroamérica.")
para(
    "La OIM presentó su labor con los gobiernos de la región en materia de contratación equitativa. "
    "Su representante indicó que la OIM prevé ampliar a Guatemala y Honduras, durante 2026, el Sistema "
    "Internacional de Integridad en la Contratación (IRIS).")
para(
    "La UNODC presentó las conclusiones regionales de su Informe mundial sobre la trata de personas y "
    "señaló que el número de víctimas detectadas en la región había aumentado un 18\u00a0% desde 2022. "
    "Sugirió que los fiscales especializados en trata de la región se reúnan una vez al año para "
    "intercambiar casos y buenas prácticas.")
para(
    "La FAO recomendó integrar la prevención del trabajo infantil en los programas nacionales de "
    "extensión agrícola y en los registros de la agricultura familiar.")
para(
    "La Red Latinoamericana y Caribeña por la Defensa de los Derechos de los Niños, Niñas y "
    "Adolescentes (REDLAMYC) pidió que las niñas, niños y adolescentes sean consultados en la "
    "elaboración de las hojas de ruta nacionales. Preguntó también qué mecanismo permitiría dar "
    "seguimiento a los compromisos anunciados en el Foro.")
para(
    "Walk Free instó a los gobiernos a adoptar leyes de debida diligencia obligatoria en materia de "
    "derechos humanos y anunció que publicará en 2026 un análisis comparado de la legislación de la "
    "región sobre la esclavitud moderna en las cadenas de suministro.")

# ---------------------------------------------------------------------------------------------
doc.heading("6. Mesas de trabajo")
para(
    "El segundo día, las personas participantes se distribuyeron en tres mesas de trabajo "
    "tripartitas. Cada mesa presentó en plenaria sus recomendaciones, que se recogen a continuación "
    "bajo el título de cada mesa.")

doc.heading("Mesa de trabajo 1: Trabajo infantil en las cadenas de suministro agrícolas", level=2)
para(
    "La mesa, moderada por la FAO y la OIE, examinó las cadenas del café, el banano, la caña de azúcar "
    "y el cacao. Se observó que la intermediación en la contratación y el pago a destajo empujan a "
    "muchas familias a llevar a sus hijos al campo, y que las certificaciones privadas no sustituyen a "
    "la inspección pública. Se recordó que el reglamento de la Unión Europea que prohíbe la "
    "comercialización de productos elaborados con trabajo forzoso será aplicable a partir de "
    "diciembre de 2027.")
doc.keep_together(lambda: (
    doc.heading("Recomendaciones de la Mesa 1", level=3),
    doc.bullets([
    "Incluir cláusulas sobre trabajo infantil y trabajo forzoso en los programas públicos de compras "
    "y de crédito agrícola.",
    "Habilitar centros de cuidado infantil en las zonas de cosecha, con financiación compartida entre "
    "el Estado y los productores.",
    "Elaborar mapas de riesgo por cadena de valor, en coordinación con la aplicación del MIRTI.",
    "Asegurar la participación de las organizaciones de pequeños productores en las comisiones "
    "nacionales.",
], marker="1.")))

doc.heading("Mesa de trabajo 2: Migración, trata de personas y trabajo forzoso", level=2)
para(
    "La mesa, facilitada por la OIM y la UNODC, analizó los corredores migratorios que atraviesan el "
    "Darién y Centroamérica. Se subrayó que muchas personas migrantes en tránsito caen en redes de "
    "explotación laboral y que la falta de documentos dificulta su identificación como víctimas. Se "
    "sugirió que los consulados de los países de origen cuenten con agregados laborales en los "
    "principales países de destino.")
doc.keep_together(lambda: (
    doc.heading("Recomendaciones de la Mesa 2", level=3),
    doc.bullets([
    "Establecer registros públicos de agencias de contratación y prohibir el cobro de comisiones a las "
    "personas trabajadoras migrantes.",
    "Adoptar protocolos binacionales de identificación y derivación de víctimas de trata en los pasos "
    "fronterizos.",
    "Garantizar a las víctimas extranjeras de trata el acceso a permisos de residencia temporal, con "
    "independencia de su cooperación con la justicia.",
    "Capacitar conjuntamente a inspectores del trabajo, policías y fiscales en la detección de "
    "indicadores de trabajo forzoso.",
], marker="1.")))

doc.heading("Mesa de trabajo 3: Datos, inspección del trabajo y protección social", level=2)
para(
    "La mesa, moderada por la CEPAL y la OIT, constató que varios países no han actualizado sus "
    "encuestas de trabajo infantil desde hace más de diez años y que la inspección del trabajo dispone "
    "de muy pocos recursos en las zonas rurales. Un participante preguntó si las transferencias "
    "monetarias condicionadas reducen de forma duradera el trabajo infantil o solo lo desplazan.")
doc.keep_together(lambda: (
    doc.heading("Recomendaciones de la Mesa 3", level=3),
    doc.bullets([
    "Realizar encuestas nacionales de trabajo infantil al menos cada cinco años, con módulos "
    "comparables en toda la región.",
    "Crear una red regional de inspección del trabajo para el intercambio de buenas prácticas y de "
    "información sobre casos transfronterizos.",
    "Vincular los programas de transferencias monetarias con la asistencia escolar y la prevención del "
    "trabajo infantil.",
    "Asignar presupuestos específicos a la inspección del trabajo en las zonas rurales.",
], marker="1.")))

# ---------------------------------------------------------------------------------------------
doc.heading("7. Conclusiones y recomendaciones")
para(
    "En la sesión de clausura, la relatora del Foro, Sra. Inés Calderón Ruiz (Uruguay), presentó las "
    "conclusiones, que la plenaria aprobó por consenso. El Foro concluyó que la región ha avanzado en "
    "sus marcos legales y en la medición del trabajo infantil, pero que los progresos siguen siendo "
    "desiguales entre países y entre zonas urbanas y rurales.")
doc.keep_together(lambda: (
    doc.para("El Foro acordó recomendar que:"),
    doc.bullets([
    "los gobiernos de la región adopten hojas de ruta para el periodo posterior a 2025, con metas "
    "intermedias para 2030;",
    "se cree una red regional de inspectores del trabajo especializada en trabajo infantil y trabajo "
    "forzoso, con el apoyo de la OIT;",
    "se generalicen los registros públicos de agencias de contratación en los países de origen, de "
    "tránsito y de destino;",
    "se refuerce el diálogo social tripartito en las comisiones nacionales, con la participación "
    "efectiva de las centrales sindicales y de las organizaciones de empleadores.",
], marker="a)")))
doc.spacer(4)
para(
    "Los gobiernos deberían asignar en sus presupuestos nacionales recursos suficientes para aplicar "
    "las hojas de ruta. Se invita a los participantes a dar a conocer los resultados del Foro en sus "
    "comisiones nacionales antes del Día Mundial contra el Trabajo Infantil de 2026. La plenaria pidió "
    "a la Secretaría Técnica de la IR que prepare, para junio de 2026, un informe de seguimiento de los "
    "compromisos anunciados en el Foro.")

doc.heading("Próximos pasos", level=2)
para("La Secretaría Técnica de la IR se comprometió a:")
doc.bullets([
    "difundir el presente informe entre todos los puntos focales antes del 30 de noviembre de 2025;",
    "organizar un seminario web regional sobre los resultados de las mesas de trabajo la semana del "
    "9 de febrero de 2026;",
    "convocar el próximo Foro Regional en el segundo semestre de 2026, en un país por confirmar.",
], marker="a)")
doc.spacer(4)
para(
    "El Viceministro de Trabajo de Panamá clausuró el Foro agradeciendo a las delegaciones su "
    "participación y a la OIT y la Secretaría de la Alianza 8.7 su apoyo a la organización.")

doc.save()
