"""es-boletin: boletín informativo regional (marzo de 2025), en tres y dos columnas con recuadros.

Estilo: boletín en español con cabecera a todo lo ancho (es_layout.NewsletterDocument), noticias
por país, crónica de un webinario con intervenciones, recuadros (cifras, cita, agenda con fechas en
varios formatos) y una última página a dos columnas.
"""

from reportlab.lib.units import mm

from es_layout import NewsletterDocument

doc = NewsletterDocument(
    "es-boletin.pdf", lang="es", mast_height=50 * mm, mast_columns=3,
    header="Boletín 8.7 América Latina y el Caribe – Número 14",
    footer="Suscripciones y contribuciones: boletin87@example.org",
    page_numbers="{n}/{total}",
    title="Boletín 8.7 América Latina y el Caribe, número 14 (marzo de 2025)",
)
doc.masthead_layout()

# --- masthead ------------------------------------------------------------------------------------
doc.title("Boletín 8.7 América Latina y el Caribe",
          subtitle="Número 14 · Marzo de 2025 · Noticias de los países pioneros y de la Iniciativa "
                   "Regional América Latina y el Caribe Libre de Trabajo Infantil")
doc.para("<b>En este número:</b> 2025, el año de la meta · México prepara su nueva encuesta · "
         "Honduras, nuevo país pionero · Bolivia y el Protocolo de 2014 · Crónica del webinario "
         "sobre reclutamiento equitativo · Agenda", style="small")
doc.next_column()

# --- page 1, three columns -----------------------------------------------------------------------
doc.heading("Editorial: 2025, el año de la meta", 2)
doc.para(
    "Este año vence el plazo que la comunidad internacional se fijó en la meta 8.7 para poner fin "
    "al trabajo infantil en todas sus formas. La región no llegará a cero: según las últimas "
    "estimaciones, 8,2 millones de niñas, niños y adolescentes siguen trabajando. Pero los países "
    "pioneros muestran que es posible avanzar más rápido cuando la inspección, la escuela y la "
    "protección social trabajan juntas.")
doc.para(
    "La Iniciativa Regional presentará en la Conferencia Internacional del Trabajo, que se "
    "celebrará en Ginebra del 2 al 13 de junio de 2025, un balance de una década de acción "
    "regional y una propuesta de agenda para después de 2025.")

doc.heading("México prepara su nueva Encuesta Nacional de Trabajo Infantil", 2)
doc.para(
    "La Secretaría del Trabajo y Previsión Social (STPS) y el Instituto Nacional de Estadística y "
    "Geografía (INEGI) levantarán la próxima Encuesta Nacional de Trabajo Infantil (ENTI) en el "
    "cuarto trimestre de 2025. La STPS pretende, además, duplicar hasta 1.200 las inspecciones en "
    "campos agrícolas con población jornalera durante el ejercicio fiscal 2025.")
doc.para(
    "En 2024, la dependencia otorgó el Distintivo Empresa Agrícola Libre de Trabajo Infantil a 87 "
    "centros de trabajo. Para la temporada de cosecha, la STPS instalará, junto con los gobiernos "
    "de Sinaloa y Baja California Sur, espacios de cuidado infantil en los campos agrícolas.")

with doc.box("En cifras"):
    doc.bullets([
        "8,2 millones de niñas, niños y adolescentes en trabajo infantil en la región.",
        "48 % de ellos realiza trabajos peligrosos.",
        "30 países integran la Iniciativa Regional.",
        "9 países de la región son pioneros de la Alianza 8.7.",
    ], marker="-", style="small", indent=12)

doc.heading("Argentina aprueba su IV Plan Nacional", 2)
doc.para(
    "La Comisión Nacional para la Erradicación del Trabajo Infantil (CONAETI) aprobó en diciembre "
    "de 2024 el IV Plan Nacional para la Prevención y Erradicación del Trabajo Infantil y "
    "Protección del Trabajo Adolescente 2025-2029. El plan prevé crear 150 espacios de cuidado "
    "para hijas e hijos de trabajadores rurales durante las cosechas de tabaco, yerba mate y "
    "arándanos, a más tardar en 2027.")
doc.para(
    "Las provincias de Misiones y Jujuy se comprometieron a crear sus propias comisiones "
    "provinciales antes de fin de año.")

doc.heading("Honduras, nuevo país pionero", 2)
doc.para(
    "Tras remitir su carta de interés en 2024, Honduras celebró su taller nacional de "
    "planificación estratégica del 25 al 27 de febrero de 2025 en Tegucigalpa. La Secretaría de "
    "Trabajo y Seguridad Social (STSS) prevé someter la hoja de ruta a la aprobación del Consejo "
    "Económico y Social (CES) en el segundo semestre de 2025. Honduras someterá además al Congreso "
    "Nacional el Protocolo de 2014 relativo al Convenio sobre el trabajo forzoso antes de diciembre "
    "de 2025.")
with doc.box("Voces"):
    doc.para(
        "«Nos comprometemos a que ninguna niña ni ningún niño trabaje en las fincas de café de las "
        "que dependen nuestras exportaciones», afirmó la Ministra de Trabajo y Seguridad Social de "
        "Honduras al clausurar el taller.", style="small")

doc.heading("Bolivia y el Protocolo de 2014", 2)
doc.para(
    "El Ministerio de Trabajo, Empleo y Previsión Social informó que el Estado Plurinacional de "
    "Bolivia prevé depositar en 2025 el instrumento de ratificación del Protocolo de 2014 relativo "
    "al Convenio sobre el trabajo forzoso, 1930. En las cooperativas mineras de Potosí persisten "
    "casos de trabajo infantil en interior mina. La Federación Nacional de Cooperativas Mineras "
    "(FENCOMIN) anunció que aplicará un protocolo de verificación de edad en las bocaminas de sus "
    "cooperativas afiliadas.")

doc.heading("Chile: la nueva ley contra el trabajo forzoso", 2)
doc.para(
    "Chile promulgó en octubre de 2024 la ley que tipifica el trabajo forzoso como delito "
    "autónomo. La Dirección del Trabajo capacitará a 400 fiscalizadores en la aplicación de la "
    "nueva ley durante el primer semestre de 2025.")

doc.heading("MERCOSUR: cuarta campaña regional", 2)
doc.para(
    "La Reunión de Ministros de Trabajo del MERCOSUR, celebrada en Buenos Aires el 27 de noviembre "
    "de 2024, acordó lanzar en 2025 la cuarta campaña regional contra el trabajo infantil y "
    "encomendó a la Comisión Sociolaboral la elaboración de un informe regional de seguimiento.")

doc.heading("Cooperación Sur-Sur: Perú y Marruecos", 2)
doc.para(
    "Una delegación del Ministerio de Inclusión Económica, Pequeña Empresa, Empleo y Competencias "
    "de Marruecos visitó Lima en enero de 2025 para conocer el modelo peruano de inspección en la "
    "agricultura de exportación. Ambos países intercambiarán en 2025 sus metodologías de inspección "
    "del trabajo infantil en la agricultura.")

doc.heading("En breve", 2)
doc.para(
    "<b>Colombia.</b> El Ministerio del Trabajo lanzó en enero la Red de Inspección Rural, que "
    "reúne a 210 inspectores de 18 departamentos.")
doc.para(
    "<b>Panamá.</b> El Ministerio de Trabajo y Desarrollo Laboral (MITRADEL) extenderá en 2025 a "
    "las provincias de Chiriquí y Bocas del Toro la estrategia de retiro de niñas y niños de la "
    "cosecha de café.")
doc.para(
    "<b>Paraguay.</b> Anfitrión de la próxima reunión regional de países pioneros, el Ministerio de "
    "Trabajo, Empleo y Seguridad Social (MTESS) publicará antes del encuentro su primer informe de "
    "avance de la hoja de ruta.")
doc.para(
    "<b>Uruguay.</b> El Instituto del Niño y Adolescente del Uruguay (INAU) y el Ministerio de "
    "Trabajo y Seguridad Social firmaron en febrero un convenio para la protección del trabajo "
    "adolescente.")

doc.heading("Recursos", 2)
doc.para(
    "La Iniciativa Regional publicó en febrero la guía «Inspección del trabajo y trabajo infantil "
    "en la agricultura familiar», disponible en español y portugués. Las solicitudes de ejemplares "
    "impresos pueden dirigirse a la Secretaría Técnica.", style="small")

# --- page 3, two columns ----------------------------------------------------------------------
doc.columns(2)
doc.heading("Crónica: reclutamiento equitativo en los corredores migratorios", 2)
doc.para(
    "Más de 300 personas siguieron el webinario que la Organización Internacional para las "
    "Migraciones (OIM) y la Organización Internacional del Trabajo (OIT) organizaron el 19 de "
    "febrero de 2025 sobre el reclutamiento equitativo en los corredores migratorios de la región.")
doc.para(
    "La representante de la OIM subrayó que el cobro de comisiones de contratación a los "
    "trabajadores migrantes sigue siendo la principal puerta de entrada al trabajo forzoso en la "
    "región. El delegado de la Confederación Sindical de Trabajadores y Trabajadoras de las "
    "Américas (CSA) pidió que los acuerdos bilaterales de migración laboral incluyan cláusulas de "
    "reclutamiento equitativo y mecanismos de queja accesibles.")
doc.para(
    "La Organización Internacional de Empleadores (OIE) señaló que las agencias de empleo privadas "
    "responsables necesitan reglas claras y similares en toda la región, y anunció que publicará en "
    "2025 una guía para empresas sobre reclutamiento ético. Un funcionario del Ministerio del "
    "Trabajo y Previsión Social de Chile preguntó cómo verificar las comisiones cobradas en los "
    "países de origen.")
doc.para(
    "Desde Filipinas, una representante del Departamento de Trabajo y Empleo (DOLE) explicó que su "
    "país prohíbe desde hace años el cobro de comisiones a los trabajadores domésticos que "
    "emigran, y que la medida redujo las denuncias por servidumbre por deudas.")
doc.para("Como resultado del webinario, las organizaciones convocantes propusieron:")
doc.bullets([
    "crear una red regional de servicios públicos de empleo sobre reclutamiento equitativo;",
    "elaborar un modelo de cláusula de reclutamiento equitativo para los acuerdos bilaterales de "
    "migración laboral.",
], marker="bullet", indent=14)

doc.next_column()

with doc.box("Agenda"):
    doc.bullets([
        "<b>15/05/2025</b> – Webinario «Trabajo infantil y cambio climático en la agricultura» "
        "(en línea).",
        "<b>Del 2 al 13 de junio de 2025</b> – Conferencia Internacional del Trabajo, Ginebra.",
        "<b>12 de junio</b> – Día Mundial contra el Trabajo Infantil.",
        "<b>Semana del 8 de septiembre</b> – Reunión regional de países pioneros, Asunción "
        "(Paraguay).",
        "<b>Finales de noviembre</b> – Foro tripartito subregional del SICA sobre migración "
        "laboral, San Salvador.",
    ], marker="-", style="small", indent=12)

with doc.box("Próximos pasos de la Iniciativa Regional"):
    doc.bullets([
        "Publicar en mayo de 2025 el balance regional de una década de acción contra el trabajo "
        "infantil.",
        "Convocar en julio a los puntos focales gubernamentales para preparar la reunión de "
        "Asunción.",
        "Actualizar el Modelo de Identificación del Riesgo de Trabajo Infantil con los datos "
        "censales más recientes.",
    ], marker="1.", style="small", indent=14)

doc.para(
    "Las opiniones expresadas en los artículos firmados no reflejan necesariamente la posición de "
    "la OIT ni de los gobiernos miembros de la Iniciativa Regional.", style="small")

doc.save()
