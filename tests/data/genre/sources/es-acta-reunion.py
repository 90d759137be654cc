"""es-acta-reunion: informe de una reunión regional de países pioneros (Lima, noviembre de 2023).

Estilo: acta / informe de reunión en español, una columna, intervenciones en estilo indirecto,
recuadro de objetivos, lista de acuerdos con letras, nota a pie de página.
"""

from docgen import A4, Document

doc = Document(
    "es-acta-reunion.pdf", size=A4, lang="es",
    header="Alianza 8.7 – Reunión Regional de Países Pioneros de América Latina y el Caribe",
    footer="Informe final – Distribución general – RRPP/2023/INF.1",
    page_numbers="Página {n} de {total}",
    title="Informe de la Reunión Regional de Países Pioneros (Lima, 2023)",
)

doc.title("Informe de la Reunión Regional de Países Pioneros de la Alianza 8.7 "
          "en América Latina y el Caribe",
          subtitle="Lima (Perú), 14 y 15 de noviembre de 2023")

doc.heading("1. Antecedentes y participación", 1)
doc.para(
    "La Reunión Regional de Países Pioneros de la Alianza 8.7 en América Latina y el Caribe se "
    "celebró en Lima los días 14 y 15 de noviembre de 2023. Fue convocada por el Ministerio de "
    "Trabajo y Promoción del Empleo (MTPE) del Perú, con el apoyo de la Organización Internacional "
    "del Trabajo (OIT) en su calidad de Secretaría Técnica de la Iniciativa Regional América Latina "
    "y el Caribe Libre de Trabajo Infantil, y contó con el financiamiento del Gobierno de España a "
    "través de la Agencia Española de Cooperación Internacional para el Desarrollo (AECID). Los "
    "términos de referencia se discutieron en una reunión preparatoria virtual celebrada el 12 de "
    "septiembre.")
doc.para(
    "Participaron delegaciones tripartitas de la Argentina, el Brasil, Chile, Colombia, México, el "
    "Paraguay, el Perú y el Uruguay; la Confederación Sindical de Trabajadores y Trabajadoras de las "
    "Américas (CSA); la Organización Internacional de Empleadores (OIE); el Fondo de las Naciones "
    "Unidas para la Infancia (UNICEF); la Organización Internacional para las Migraciones (OIM); la "
    "Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC); la Oficina del Alto "
    "Comisionado de las Naciones Unidas para los Refugiados (ACNUR) y la organización Walk Free."
    + doc.footnote("La lista completa de participantes figura en el anexo I, disponible a "
                   "solicitud en secretaria.regional@example.org."))
doc.para(
    "Según las estimaciones regionales presentadas en la sesión inaugural, 8,2 millones de niñas, "
    "niños y adolescentes de la región se encuentran en situación de trabajo infantil, y casi la "
    "mitad de ellos realiza trabajos peligrosos; a ello se suman alrededor de 1,3 millones de "
    "personas en situación de trabajo forzoso.")

with doc.box("Objetivos de la reunión"):
    doc.bullets([
        "Intercambiar experiencias sobre la ejecución de las hojas de ruta nacionales.",
        "Identificar retos comunes para el cumplimiento de la meta 8.7 más allá de 2025.",
        "Definir líneas de acción conjuntas para el bienio 2024-2025.",
    ], marker="(a)", indent=24)

doc.heading("2. Sesión inaugural", 1)
doc.para(
    "La Sra. Rosa Elvira Quispe Manrique, Viceministra de Promoción del Empleo y Capacitación "
    "Laboral del Perú, presidió la reunión. En su discurso de apertura recordó que el Perú asumió la "
    "condición de país pionero en 2019 y que en 2022 aprobó la Estrategia Nacional para la "
    "Prevención y Erradicación del Trabajo Infantil 2022-2030. Anunció que el MTPE presentaría al "
    "Comité Directivo Nacional para la Prevención y Erradicación del Trabajo Infantil (CPETI), en el "
    "primer trimestre de 2024, el segundo informe de avance de la hoja de ruta nacional.")
doc.para(
    "El Sr. Héctor Villalba Ruiz, Director Adjunto de la Oficina Regional de la OIT para América "
    "Latina y el Caribe, subrayó que, a dos años del plazo fijado para 2025, ningún país de la "
    "región está en vías de eliminar el trabajo infantil, y pidió a los gobiernos que aumenten la "
    "inversión en inspección del trabajo y protección social. Anunció que la OIT pondrá a "
    "disposición de los países pioneros, a partir de enero de 2024, una herramienta de "
    "autoevaluación de las hojas de ruta, y que la Oficina Regional organizará un seminario web "
    "sobre su uso el 7 de febrero de 2024.")

doc.heading("3. Avances de los países pioneros y de los países interesados", 1)
doc.para(
    "La sesión fue moderada por la Secretaría de la Alianza 8.7. Cada delegación presentó el "
    "estado de ejecución de su hoja de ruta o, en su caso, sus planes para incorporarse al grupo "
    "de países pioneros.")
doc.para(
    "La delegación del Perú complementó la intervención de la Presidencia. Precisó que la "
    "Superintendencia Nacional de Fiscalización Laboral (SUNAFIL) incorporará 120 inspectores "
    "especializados en trabajo infantil y trabajo forzoso durante 2024, y que la Comisión Nacional "
    "para la Lucha contra el Trabajo Forzoso (CNLCTF) validará el IV Plan Nacional para la Lucha "
    "contra el Trabajo Forzoso antes del cierre del año fiscal 2024.")
doc.para(
    "La delegación de Chile informó que la Dirección del Trabajo había triplicado desde 2021 el "
    "número de fiscalizaciones en la agricultura de temporada. Indicó que su Gobierno enviaría al "
    "Congreso Nacional, durante el primer semestre de 2024, un proyecto de ley que tipifica el "
    "trabajo forzoso como delito autónomo, y que el Ministerio de Desarrollo Social y Familia "
    "levantará la tercera Encuesta de Actividades de Niños, Niñas y Adolescentes (EANNA) en el "
    "segundo semestre de 2024.")
doc.para(
    "La representante del Ministerio del Trabajo de Colombia señaló que su país asumió el "
    "compromiso de incluir en 2024 un módulo de trabajo infantil en la Gran Encuesta Integrada de "
    "Hogares del Departamento Administrativo Nacional de Estadística (DANE). Colombia se propone, "
    "además, extender la Estrategia de Entornos Protectores a 300 municipios a más tardar en 2025. "
    "La oradora lamentó que la llegada de población migrante procedente de Venezuela haya "
    "aumentado la exposición de niñas y niños al trabajo en la calle en las ciudades fronterizas.")
doc.para(
    "La representante del Paraguay señaló que su Gobierno aprobaría antes de que finalice 2023 la "
    "actualización del listado de trabajos infantiles peligrosos establecido en el Decreto "
    "4951/2005, y que el Ministerio de Trabajo, Empleo y Seguridad Social (MTESS) tiene previsto "
    "incorporar 40 nuevos inspectores en 2024. Anunció asimismo que el Paraguay remitiría en las "
    "próximas semanas una carta de interés a la Secretaría de la Alianza 8.7 para convertirse en "
    "país pionero, con miras a celebrar su taller nacional de planificación estratégica en el primer "
    "semestre de 2024.")
doc.para(
    "El delegado de la Argentina explicó que la Comisión Nacional para la Erradicación del Trabajo "
    "Infantil (CONAETI) trabaja en la actualización del Plan Nacional para la Prevención y "
    "Erradicación del Trabajo Infantil y Protección del Trabajo Adolescente. Preguntó si la Alianza "
    "8.7 podría facilitar un intercambio con países de otras regiones sobre la trazabilidad en las "
    "cadenas del tabaco y de la yerba mate. Su Gobierno pretende incorporar cláusulas de debida "
    "diligencia en materia de trabajo infantil en los convenios de corresponsabilidad gremial del "
    "sector agrícola.")
doc.para(
    "México, que ratificó el Convenio núm. 138 en 2015, se comprometió a compartir con los demás "
    "países pioneros la metodología del Modelo de Identificación del Riesgo de Trabajo Infantil "
    "(MIRTI), desarrollado con la Comisión Económica para América Latina y el Caribe (CEPAL) y la "
    "OIT, y a capacitar a los equipos técnicos interesados antes de junio de 2024.")
doc.para(
    "El Brasil indicó que el Ministerio del Trabajo y Empleo (MTE) llevará a cabo en 2024 "
    "operativos conjuntos de fiscalización del trabajo análogo a la esclavitud en la cadena del "
    "café, junto con el Ministerio Público del Trabajo. La delegada recordó que en 2022 fueron "
    "rescatadas en el país más de 2.500 personas sometidas a esas condiciones.")
doc.para(
    "El Uruguay tiene previsto remitir al Parlamento, en el transcurso de 2024, el Protocolo de "
    "2014 relativo al Convenio sobre el trabajo forzoso, 1930, para su ratificación. Su delegación "
    "propuso que la próxima reunión regional se celebre en Montevideo.")

doc.heading("4. Panel de los interlocutores sociales", 1)
doc.para(
    "Hablando en nombre del grupo de los trabajadores, la CSA advirtió que la informalidad, que "
    "afecta a más de la mitad de la fuerza de trabajo de la región, es el principal caldo de "
    "cultivo del trabajo infantil y del trabajo forzoso. La CSA se comprometió a organizar, en el "
    "primer trimestre de 2024, una escuela sindical regional sobre trabajo forzoso y reclutamiento "
    "equitativo, dirigida a las centrales nacionales de los ocho países participantes. Pidió además "
    "que los sindicatos sean miembros plenos de los comités nacionales de seguimiento de las hojas "
    "de ruta.")
doc.para(
    "La Confederación General de Trabajadores del Perú (CGTP) añadió que las adolescentes que "
    "trabajan en el servicio doméstico siguen fuera del alcance de la inspección, y exhortó al "
    "Gobierno a aplicar plenamente el Convenio núm. 189.")
doc.para(
    "La representante de la OIE destacó que las empresas de la región enfrentan crecientes "
    "exigencias de debida diligencia por parte de los mercados de destino, en particular de la "
    "Unión Europea. Anunció que la OIE, junto con la Confederación Nacional de Instituciones "
    "Empresariales Privadas (CONFIEP), lanzará en el segundo trimestre de 2024 una red empresarial "
    "peruana contra el trabajo infantil y el trabajo forzoso, inspirada en la Red Colombia contra el "
    "Trabajo Infantil.")

doc.heading("5. Organismos internacionales, cooperación y sociedad civil", 1)
doc.para(
    "UNICEF señaló que el cierre de escuelas durante la pandemia dejó secuelas duraderas en la "
    "asistencia escolar de los adolescentes. En 2024 apoyará a los ministerios de educación de la "
    "Argentina, Colombia y el Paraguay en el diseño de sistemas de alerta temprana del abandono "
    "escolar vinculados a los registros de trabajo infantil.")
doc.para(
    "La OIM describió el aumento de los flujos migratorios mixtos a través del Darién y los riesgos "
    "de trata y de trabajo forzoso que enfrentan las personas migrantes en tránsito. La "
    "Organización prevé extender a Chile y al Perú, durante 2024, su programa de apoyo al "
    "reclutamiento equitativo de trabajadores migrantes, en coordinación con los servicios públicos "
    "de empleo.")
doc.para(
    "UNODC recordó que la trata con fines de explotación laboral representa una proporción "
    "creciente de las víctimas detectadas en la región, y ofreció impartir, a solicitud de los "
    "países, talleres de capacitación para fiscales y jueces sobre la investigación financiera de "
    "la trata de personas.")
doc.para(
    "ACNUR preguntó de qué manera las hojas de ruta nacionales incluirán a las personas refugiadas "
    "y solicitantes de asilo, que a menudo quedan fuera de los programas de protección social.")
doc.para(
    "Walk Free presentó las estimaciones del Índice Mundial de Esclavitud 2023 para las Américas y "
    "sugirió que los países pioneros publiquen cada año un informe de avance con indicadores "
    "comparables.")
doc.para(
    "El representante de la AECID confirmó que la Cooperación Española mantendrá su apoyo "
    "financiero a la Iniciativa Regional hasta 2026.")

doc.heading("6. Acuerdos", 1)
def _acuerdos():
    doc.para("Al término de la reunión, los participantes acordaron:")
    doc.bullets([
        "Establecer un grupo de trabajo regional sobre trabajo forzoso en las cadenas de suministro "
        "agrícolas, coordinado por la OIT, que presentará un primer informe en la próxima reunión.",
        "Elaborar, a más tardar en junio de 2024, una guía regional de indicadores de trabajo forzoso "
        "para la inspección del trabajo.",
        "Promover la ratificación del Protocolo de 2014 relativo al Convenio sobre el trabajo forzoso "
        "por los países de la región que aún no lo han ratificado.",
        "Armonizar los módulos de trabajo infantil de las encuestas de hogares, con el apoyo técnico de "
        "la OIT y de la CEPAL.",
        "Invitar a la CSA y a la OIE a integrar el comité de seguimiento de la presente reunión.",
        "Presentar un informe conjunto de la región en la próxima reunión del Grupo Mundial de "
        "Coordinación de la Alianza 8.7.",
    ], marker="(a)", indent=24)


doc.keep_together(_acuerdos)
doc.para(
    "Se acordó asimismo que el Perú y Chile coordinarían la elaboración de una posición regional "
    "común sobre la agenda posterior a 2025, que se presentará en la próxima Conferencia Mundial "
    "sobre la Erradicación del Trabajo Infantil.")
doc.para(
    "Se acordó, por último, que la próxima reunión regional se celebraría en Montevideo en el "
    "segundo semestre de 2024, por invitación del Gobierno del Uruguay.")
doc.para(
    "La Presidenta agradeció a las delegaciones su participación y clausuró la reunión el 15 de "
    "noviembre de 2023 a las 17.30 horas.")

doc.save()
