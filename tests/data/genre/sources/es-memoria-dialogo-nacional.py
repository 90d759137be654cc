"""es-memoria-dialogo-nacional: memoria de un diálogo nacional tripartito (Ecuador, 2025).

Sesiones y paneles con intervenciones en estilo indirecto, mesas de trabajo con recomendaciones
(lista numerada, oraciones con "debería", sujetos genéricos), tabla de compromisos y próximos pasos.
"""

from docgen import A4, Document

doc = Document("es-memoria-dialogo-nacional.pdf", size=A4, lang="es",
               header="República del Ecuador · Ministerio del Trabajo · Alianza 8.7",
               footer="Memoria DN-2025/01 — Subsecretaría de Políticas Laborales",
               page_numbers="Página {n} de {total}",
               title="Memoria del Diálogo Nacional sobre Trabajo Forzoso (Quito, 2025)")

doc.title("Memoria del Diálogo Nacional sobre Trabajo Forzoso, Trata de Personas con Fines de "
          "Explotación Laboral y Trabajo Infantil",
          subtitle="Quito, 9 y 10 de septiembre de 2025")

with doc.box("Datos del diálogo"):
    doc.table([
        ["Fecha", "9 y 10 de septiembre de 2025"],
        ["Lugar", "Centro de Convenciones Eugenio Espejo, Quito"],
        ["Convocatoria", "Ministerio del Trabajo (MDT), con el apoyo de la Organización Internacional "
                         "del Trabajo (OIT) y la Organización Internacional para las Migraciones (OIM)"],
        ["Participantes", "142 personas de 38 instituciones públicas, organizaciones de trabajadores y "
                          "de empleadores, organismos internacionales, academia y sociedad civil"],
        ["Relatoría", "Unidad de Derechos Fundamentales en el Trabajo (relatoria.dialogo@example.org)"],
    ], ruled="none", header=False, widths=[90, 360], font_size=8.5)

doc.heading("1. Antecedentes", 1)
doc.para("El Ecuador ratificó el Convenio sobre el trabajo forzoso, 1930 (núm. 29) en 1954, y los "
         "Convenios núm. 138 y núm. 182 en 2000. Según la Encuesta Nacional de Trabajo Infantil, el 8,6% "
         "de los niños, niñas y adolescentes de 5 a 17 años realizaba trabajo infantil en 2012; el país no "
         "dispone todavía de estimaciones nacionales de trabajo forzoso.")
doc.para("El Diálogo Nacional fue convocado en cumplimiento del Acuerdo Ministerial MDT-2025-041 y "
         "estuvo precedido por un taller preparatorio con organizaciones de trabajadores y de empleadores, "
         "celebrado en Guayaquil el 15/07/2025. En 2024, el Ministerio del Trabajo creó la Unidad de "
         "Derechos Fundamentales en el Trabajo, y el Consejo Nacional para la Igualdad Intergeneracional "
         "(CNII) publicó un diagnóstico sobre el trabajo infantil en la minería artesanal.")

doc.heading("2. Sesión inaugural", 1)
doc.para("La Viceministra de Trabajo y Empleo, Sra. Lucía Andrade Cevallos, inauguró el diálogo en nombre "
         "del Ministerio del Trabajo. Recordó que el país había reducido el trabajo infantil a la mitad en "
         "la última década, pero advirtió que las formas ocultas de explotación, en particular en la "
         "minería ilegal y en las plantaciones de abacá, seguían sin medirse. Anunció que el Gobierno del "
         "Ecuador enviará una carta de interés a la Alianza 8.7 para convertirse en país pionero antes de "
         "finales de 2025.")
doc.para("El Director de la Oficina de la OIT para los Países Andinos, Sr. Tomás Elizondo Prieto, acogió "
         "con satisfacción el carácter tripartito de la convocatoria y subrayó que el Ecuador podía "
         "aprovechar la experiencia de los países pioneros de la región. Informó que la OIT prestará "
         "asistencia técnica para la preparación del taller nacional de planificación estratégica.")
doc.para("La Jefa de Misión de la OIM en el Ecuador, Sra. Marta Ilves, expresó preocupación por el aumento "
         "de los casos de trata con fines de explotación laboral que afectan a personas migrantes "
         "procedentes de Venezuela y Colombia en las provincias fronterizas. Señaló que la OIM reforzará, en "
         "el primer semestre de 2026, los albergues temporales de Tulcán y Huaquillas.")
doc.para("La sesión inaugural concluyó con la proyección del video «Manos que cuentan», producido por "
         "estudiantes de la Universidad Central del Ecuador.")

doc.heading("3. Panel 1: El Protocolo de 2014 y la reforma del marco normativo", 1)
doc.para("El representante de la Fiscalía General del Estado (FGE) informó a la reunión que en 2024 se "
         "habían abierto 61 investigaciones por trata con fines de explotación laboral, de las cuales solo "
         "cuatro llegaron a sentencia. Propuso que se cree una unidad fiscal especializada en trata y "
         "tráfico de migrantes con competencia nacional.")
doc.para("La delegada del Frente Unitario de Trabajadores (FUT) tomó la palabra y lamentó que el Ecuador "
         "siguiera sin ratificar el Protocolo de 2014 relativo al Convenio sobre el trabajo forzoso, once "
         "años después de su adopción. Pidió su ratificación inmediata y la participación de las centrales "
         "sindicales en la redacción del reglamento.")
doc.para("En respuesta, la Viceministra indicó que el Ministerio del Trabajo remitirá el Protocolo de 2014 a "
         "la Asamblea Nacional para su ratificación en el primer trimestre de 2026, una vez recibido el "
         "dictamen de la Corte Constitucional.")
doc.para("El Comité Empresarial Ecuatoriano (CEE) señaló que las empresas necesitaban una definición "
         "operativa de trabajo forzoso antes de asumir obligaciones de debida diligencia, y preguntó si la "
         "reforma del Código del Trabajo incluiría sanciones diferenciadas para las pequeñas empresas.")
doc.para("El Dr. Esteban Rivadeneira, profesor de la Universidad Andina Simón Bolívar (UASB), recomendó "
         "armonizar la tipificación del delito de trata del Código Orgánico Integral Penal (COIP) con la "
         "definición del Protocolo de Palermo. A su juicio, la redacción actual exige probar el traslado de "
         "la víctima, lo que deja fuera muchos casos de explotación sin desplazamiento.")

doc.heading("4. Panel 2: Migración, reclutamiento equitativo y cooperación binacional", 1)
doc.para("El delegado de Colombia, del Ministerio del Trabajo de ese país (MinTrabajo), destacó que la "
         "frontera norte concentra la mayor parte de los casos de reclutamiento engañoso detectados por "
         "ambos países. Sugirió que los dos ministerios elaboren un protocolo binacional de inspección para "
         "las empresas agrícolas que contratan trabajadores temporeros a ambos lados de la frontera.")
doc.para("La representante del Perú, de la Superintendencia Nacional de Fiscalización Laboral (SUNAFIL), "
         "compartió la experiencia peruana de inspección en zonas de minería informal. Indicó que su "
         "Gobierno tiene previsto realizar la primera encuesta nacional de trabajo forzoso en 2026, con el "
         "apoyo del Instituto Nacional de Estadística e Informática (INEI), e invitó al Ecuador a sumarse a "
         "un ejercicio metodológico conjunto.")
doc.para("El Alto Comisionado de las Naciones Unidas para los Refugiados (ACNUR) recordó que muchas víctimas "
         "de trata son también solicitantes de asilo y que su identificación temprana no debe poner en "
         "riesgo la protección internacional a la que tienen derecho.")
doc.para("La Confederación Ecuatoriana de Organizaciones Sindicales Libres (CEOSL) expresó preocupación por "
         "las agencias de colocación no registradas que captan trabajadores a través de redes sociales. "
         "Propuso crear un registro público de agencias de empleo privadas, con sanciones para las que "
         "cobren comisiones a los trabajadores.")
doc.para("Se propuso que el Ecuador y Colombia celebren una reunión técnica binacional la semana del 20 de "
         "octubre de 2025 en Tulcán para dar seguimiento a estas propuestas.")

doc.heading("5. Mesas de trabajo", 1)
doc.para("El segundo día, los participantes se distribuyeron en tres mesas de trabajo. Cada mesa designó "
         "una persona relatora y presentó sus recomendaciones al plenario.")

doc.heading("Mesa 1: Inspección del trabajo y acceso a la justicia", 2)
doc.para("Relatoría: Dirección de Control e Inspecciones del MDT. La Mesa 1 formuló las siguientes "
         "recomendaciones:")
doc.bullets([
    "Formar a los inspectores del trabajo en la detección de indicadores de trabajo forzoso, en particular "
    "en la minería y la agricultura.",
    "Los gobiernos autónomos descentralizados deberían coordinar con las juntas cantonales de protección "
    "de derechos las inspecciones en zonas rurales.",
    "Convendría establecer una línea única de denuncia para el trabajo infantil, el trabajo forzoso y la "
    "trata, en lugar de las tres líneas actuales.",
    "Se alienta al Consejo de la Judicatura a crear unidades judiciales con competencia especializada en "
    "delitos de trata.",
], marker="1.")

doc.heading("Mesa 2: Cadenas de suministro de banano, cacao, camarón y flores", 2)
doc.para("La Mesa 2, moderada por la Asociación de Exportadores de Banano del Ecuador (AEBE) y la "
         "Confederación Sindical de Trabajadores y Trabajadoras de las Américas (CSA), recomienda que:")
doc.bullets([
    "las empresas exportadoras adopten procesos de debida diligencia en derechos humanos que incluyan el "
    "trabajo forzoso y el trabajo infantil;",
    "las entidades certificadoras compartan con el Ministerio del Trabajo los hallazgos de sus auditorías "
    "sobre trabajo infantil, respetando la confidencialidad de las fuentes;",
    "el Ministerio de Producción, Comercio Exterior, Inversiones y Pesca (MPCEIP) vincule los incentivos a "
    "la exportación al cumplimiento de las normas fundamentales del trabajo.",
], marker="a)")
doc.para("Al presentar estas recomendaciones, la AEBE recordó que desde 2018 sus asociados aplican un "
         "código de conducta que prohíbe el trabajo infantil en las fincas. Anunció que la asociación "
         "realizará un mapeo de riesgos de trabajo infantil y trabajo forzoso en las fincas de sus "
         "asociados de Los Ríos y El Oro a más tardar en junio de 2026.")

doc.heading("Mesa 3: Protección y reintegración de las víctimas", 2)
doc.para("Relatora: Fundación Puente Seguro. Las recomendaciones de la Mesa 3 fueron las siguientes:")
doc.bullets([
    "Las víctimas de trata con fines de explotación laboral deberían tener acceso a un permiso de "
    "residencia temporal, independientemente de su colaboración con la Fiscalía.",
    "Los Estados de la región deberían reconocer mutuamente las medidas de protección otorgadas a las "
    "víctimas que retornan a su país de origen.",
], marker="-")
doc.para("Los participantes recomendaron además asignar una partida presupuestaria específica para la "
         "reintegración económica de las personas sobrevivientes.")

doc.heading("6. Plenario", 1)
doc.para("UNICEF acogió con satisfacción las recomendaciones de la Mesa 3 y subrayó que el 40% de los "
         "niños, niñas y adolescentes rescatados de la minería ilegal en 2024 no contaba con partida de "
         "nacimiento.")
doc.para("La representante de la Agencia Española de Cooperación Internacional para el Desarrollo (AECID) "
         "preguntó cómo se articularía el futuro plan sobre trabajo forzoso con el Plan Nacional de Acción "
         "contra la Trata de Personas.")
doc.para("En respuesta, el Subsecretario de Políticas Laborales del MDT explicó que el plan sobre trabajo "
         "forzoso se integrará como capítulo del Plan Nacional de Acción contra la Trata 2025-2030.")
doc.para("La Organización Internacional de Empleadores (OIE), que participó en línea, informó que pondrá a "
         "disposición del CEE su guía sobre trabajo forzoso para empleadores y que ofrecerá dos sesiones de "
         "formación en el cuarto trimestre de 2025.")
doc.para("La Defensoría del Pueblo expresó preocupación por la falta de datos desagregados sobre pueblos y "
         "nacionalidades indígenas, afroecuatorianos y montubios.")
doc.para("La Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC) recordó que el Ecuador es "
         "país de origen, tránsito y destino de la trata de personas. Ofreció apoyar la formación de "
         "fiscales en la investigación financiera de los delitos de trata.")

doc.heading("7. Compromisos asumidos", 1)
doc.para("Al cierre del diálogo, las instituciones participantes asumieron los compromisos que figuran en "
         "el cuadro siguiente, que la Unidad de Derechos Fundamentales consolidará en su matriz de "
         "seguimiento.")
doc.table([
    ["Institución", "Compromiso", "Plazo"],
    ["Ministerio del Trabajo (MDT)", "Capacitar a 300 inspectores del trabajo en la identificación de "
     "indicadores de trabajo forzoso", "Antes de finales de 2026"],
    ["Instituto Nacional de Estadística y Censos (INEC)", "Incluir un módulo sobre trabajo forzoso en la "
     "Encuesta Nacional de Empleo, Desempleo y Subempleo (ENEMDU)", "T3 2026"],
    ["Ministerio de la Mujer y Derechos Humanos (MMDH)", "Unificación de las líneas de denuncia de trabajo "
     "infantil, trabajo forzoso y trata en una línea gratuita única", "En un plazo de 18 meses"],
    ["Comité Empresarial Ecuatoriano (CEE)", "Difundir la guía de la OIE sobre trabajo forzoso entre sus "
     "gremios afiliados", "Primer semestre de 2026"],
    ["FUT y CEOSL", "Designar puntos focales sindicales sobre trabajo forzoso en las provincias fronterizas",
     "Diciembre de 2025"],
], ruled="grid", widths=[135, 250, 95])
doc.spacer(6)
doc.para("El programa «Aprender Siempre», que el Ministerio de Educación (MINEDUC) ejecuta desde 2017, "
         "tiene por objetivo reinsertar en el sistema educativo a adolescentes con escolaridad inconclusa. "
         "Para el año lectivo 2026-2027, el MINEDUC se propone extender esa modalidad a 12 distritos con "
         "alta incidencia de trabajo infantil.")
doc.para("El Gobierno, por su parte, se comprometió a:")
doc.bullets([
    "publicar el listado actualizado de actividades peligrosas prohibidas para adolescentes antes de "
    "marzo de 2026;",
    "crear la mesa técnica interinstitucional sobre trabajo forzoso dentro de los 60 días siguientes al "
    "diálogo;",
    "presentar el primer informe de avance en la próxima reunión del Diálogo Nacional, prevista para "
    "septiembre de 2026.",
], marker="a)")
doc.para("Prioridad para 2026: elaboración de la hoja de ruta nacional de país pionero, con metas a 2030. "
         "(El objetivo del Plan de Erradicación del Trabajo Infantil 2019-2025, en su último año de "
         "ejecución, era reducir la tasa nacional de trabajo infantil por debajo del 5%.)")

doc.heading("8. Conclusiones y próximos pasos", 1)
doc.para("La reunión acordó recomendar al Gabinete Sectorial de lo Social que declare la erradicación del "
         "trabajo forzoso como prioridad de la política pública nacional.")
doc.para("Se acordó que el MDT, la OIT y la OIM conformarían un grupo de seguimiento que se reunirá cada "
         "trimestre.")
doc.para("Próximos pasos:")
doc.bullets([
    "Envío de la carta de interés a la Secretaría de la Alianza 8.7 (MDT, noviembre de 2025).",
    "Taller nacional de planificación estratégica, previsto para el primer trimestre de 2026 con la "
    "asistencia técnica de la OIT.",
    "Reunión técnica binacional Ecuador-Colombia en Tulcán (semana del 20 de octubre de 2025).",
], marker="bullet")
doc.para("Las organizaciones que deseen enviar comentarios a esta memoria pueden dirigirse a la Unidad de "
         "Derechos Fundamentales en el Trabajo hasta el 30 de septiembre de 2025.", style="small")

doc.save()
