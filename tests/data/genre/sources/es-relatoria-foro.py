"""Relatoría de un foro nacional (Bolivia, 2023) sobre trabajo infantil en la minería y la
agricultura: ficha del foro, inauguración, tres mesas de trabajo con recomendaciones en formas
variadas, comentarios del plenario, compromisos institucionales y próximos pasos."""

from reportlab.lib.units import mm

from docgen import A4, Document

doc = Document("es-relatoria-foro.pdf", size=A4, lang="es", margin=17 * mm,
               header="Estado Plurinacional de Bolivia – Ministerio de Trabajo, Empleo y Previsión Social",
               footer="Relatoría del Foro Nacional – Potosí, junio de 2023",
               page_numbers="– {n} –",
               title="Relatoría del Foro Nacional sobre trabajo infantil en la minería y la agricultura")


def P(text, style="body"):
    size = 8.2 if style == "small" else 9.2
    doc.para(text, style=style, fontSize=size, leading=size + 2.8, spaceAfter=4)


def L(items, marker="-"):
    doc.bullets(items, marker=marker, indent=18, style="small")


doc.title("Relatoría del Foro Nacional «Niñez sin trabajo infantil en la minería y la agricultura»",
          subtitle="Potosí, 12 y 13 de junio de 2023")

with doc.box("Ficha del foro"):
    P("<b>Lugar:</b> Casa Nacional de Moneda, Potosí. <b>Convocan:</b> Ministerio de Trabajo, Empleo y "
      "Previsión Social (MTEPS) y Gobierno Autónomo Departamental de Potosí, con el apoyo de la "
      "Organización Internacional del Trabajo (OIT), el Fondo de las Naciones Unidas para la Infancia "
      "(UNICEF) y la Organización de las Naciones Unidas para la Alimentación y la Agricultura (FAO). "
      "<b>Participantes:</b> 126 personas (58 % mujeres) de instituciones públicas, organizaciones de "
      "trabajadores y de empleadores, cooperativas mineras, organizaciones de productores, "
      "universidades y sociedad civil. <b>Metodología:</b> plenaria de apertura, tres mesas de trabajo "
      "simultáneas y plenaria de cierre con presentación de compromisos.", style="small")

doc.heading("1. Antecedentes", level=2)
P("El Estado Plurinacional de Bolivia ratificó el Convenio núm. 138 de la OIT sobre la edad mínima en "
  "1997 y el Convenio núm. 182 sobre las peores formas de trabajo infantil en 2003. El Código Niña, "
  "Niño y Adolescente (Ley 548 de 2014), modificado por la Ley 1139 de 2018, fija en 14 años la edad "
  "mínima para trabajar. Según los datos preliminares que el Instituto Nacional de Estadística (INE) "
  "presentó en el foro, en los municipios mineros del norte de Potosí alrededor de uno de cada cinco "
  "adolescentes de 14 a 17 años realiza alguna actividad vinculada a la minería, y en las provincias "
  "cañeras la participación de niñas y niños en la zafra aumenta entre mayo y octubre.")
P("El foro se inscribe en el seguimiento del Llamamiento a la Acción de Durban, adoptado en la V "
  "Conferencia Mundial sobre la Eliminación del Trabajo Infantil (Durban, Sudáfrica, 15 a 20 de mayo "
  "de 2022), y coincidió con el Día Mundial contra el Trabajo Infantil.")

doc.heading("2. Sesión inaugural", level=2)
P("El Viceministro de Empleo, Servicio Civil y Cooperativas, Sr. Rodrigo Arce Mamani, afirmó que el "
  "trabajo infantil en la minería es «una deuda histórica con la niñez potosina». Anunció que el MTEPS "
  "remitirá antes de fin de año una carta de interés para que Bolivia se sume a los países pioneros de "
  "la Alianza 8.7.")
P("El Secretario Departamental de Desarrollo Humano del Gobierno Autónomo Departamental de Potosí "
  "destacó que el departamento concentra la mayor parte de las cooperativas auríferas y estañíferas "
  "del país y que muchas operan sin supervisión laboral efectiva.")
P("La Directora de la Oficina de la OIT para los Países Andinos recordó que el plazo de la meta 8.7 "
  "de los Objetivos de Desarrollo Sostenible vence en 2025 y llamó a pasar «de los diagnósticos a la "
  "acción».")
P("Como país invitado, la Directora General de Derechos Fundamentales del Ministerio de Trabajo y "
  "Promoción del Empleo (MTPE) del Perú, país pionero de la Alianza 8.7, presentó la Estrategia "
  "Nacional para la Prevención y Erradicación del Trabajo Infantil y relató el encuentro binacional "
  "sobre minería artesanal en zonas de frontera que el MTPE organizó en Puno en marzo de 2023 con "
  "autoridades bolivianas.")

doc.heading("3. Mesas de trabajo", level=2)
P("Cada mesa contó con una moderación y una relatoría propias. Se recogen a continuación, de manera "
  "resumida, los diagnósticos y las recomendaciones presentadas en la plenaria.")

with doc.box("Mesa 1. Minería cooperativa y artesanal (moderación: OIT; relatoría: Universidad Autónoma Tomás Frías)"):
    P("Los participantes coincidieron en que el trabajo de adolescentes en interior mina, en la "
      "selección de mineral (pallaqueo) y en los ingenios constituye una de las peores formas de "
      "trabajo infantil, y en que la informalidad de muchas cooperativas dificulta la inspección. "
      "Recomendaciones:", style="small")
    L([
        "Actualizar el listado de actividades peligrosas e insalubres prohibidas para menores de 18 años, "
        "incorporando de manera expresa el trabajo en socavón, el pallaqueo y el manejo de mercurio en ingenios.",
        "Se recomienda crear un sello voluntario «Cooperativa libre de trabajo infantil», otorgado previa "
        "verificación independiente.",
        "Es necesario que las inspecciones en zonas mineras se realicen junto con las Defensorías de la "
        "Niñez y Adolescencia municipales y también en horario nocturno.",
        "La mesa sugirió destinar un porcentaje de las regalías mineras a programas de retención escolar "
        "en los municipios productores.",
    ])

with doc.box("Mesa 2. Agricultura: zafra de caña y recolección de castaña (moderación: FAO)"):
    P("La mesa constató que muchas familias zafreras migran de forma temporal con sus hijos y que, en "
      "la recolección de castaña en Pando y el norte de La Paz, niñas y niños acompañan a sus padres en "
      "campamentos alejados de las escuelas. Recomendaciones:", style="small")
    L([
        "Los participantes instaron a los ingenios azucareros a incorporar en los contratos con sus "
        "proveedores de caña cláusulas que prohíban el trabajo infantil en la zafra.",
        "Habilitación de aulas temporales en los campamentos zafreros de Santa Cruz y Tarija durante la "
        "temporada de cosecha.",
        "Debería considerarse un protocolo binacional con Argentina para las familias que migran de "
        "manera temporal a las cosechas del norte argentino.",
        "Fortalecer a las organizaciones de productores castañeros para que accedan a mercados que "
        "exigen trazabilidad laboral.",
    ])

with doc.box("Mesa 3. Educación, protección social y sistemas de información (moderación: UNICEF)"):
    P("Se señaló que la deserción escolar se concentra en el paso de primaria a secundaria y que no "
      "existen datos recientes con representatividad departamental. Recomendaciones:", style="small")
    L([
        "Se propuso ampliar el Bono Juancito Pinto con un componente adicional para estudiantes de "
        "secundaria en municipios mineros y cañeros.",
        "Incluir un módulo de trabajo infantil en la Encuesta de Hogares, con representatividad para "
        "Potosí, Oruro, Santa Cruz y Tarija.",
        "La mesa recomendó crear un registro único de adolescentes trabajadores autorizados, "
        "administrado por las Defensorías de la Niñez y Adolescencia.",
    ])

doc.heading("4. Comentarios del plenario", level=2)
P("La Central Obrera Boliviana (COB) respaldó las recomendaciones de la Mesa 1, pero advirtió que "
  "ninguna medida será eficaz si no mejoran los ingresos de las familias mineras.")
P("La Confederación de Empresarios Privados de Bolivia (CEPB) propuso extender el sello sugerido por "
  "la Mesa 1 a las cadenas agroexportadoras, comenzando por la castaña y el azúcar.")
P("Un dirigente de la Federación Nacional de Cooperativas Mineras de Bolivia (FENCOMIN) preguntó quién "
  "financiaría la verificación independiente del sello y si habría incentivos tributarios para las "
  "cooperativas certificadas.")
P("La Defensoría del Pueblo insistió en que la actualización del listado de trabajos peligrosos se haga "
  "en consulta con organizaciones de niñas, niños y adolescentes.")
P("La representante de UNICEF aclaró que en 2022 ya habían funcionado, de manera piloto, aulas "
  "temporales en dos campamentos zafreros de Montero.")
P("La FAO recomendó integrar la prevención del "
  "trabajo infantil en los servicios de extensión agrícola del Ministerio de Desarrollo Rural y Tierras "
  "(MDRyT).")
P("Una docente de la Universidad Autónoma Tomás Frías preguntó si el foro tendría una segunda edición "
  "en las zonas castañeras. La delegada del Perú ofreció compartir el protocolo de inspección en "
  "minería artesanal que aplica la Superintendencia Nacional de Fiscalización Laboral (SUNAFIL).")

doc.heading("5. Compromisos institucionales", level=2)
P("En la plenaria de cierre, las instituciones presentaron los siguientes compromisos:")
P("<b>Ministerio de Trabajo, Empleo y Previsión Social.</b> El MTEPS se compromete a:")
L([
    "actualizar, a más tardar en diciembre de 2024, el listado de trabajos peligrosos e insalubres "
    "prohibidos para adolescentes, previa consulta con la Defensoría del Pueblo;",
    "realizar al menos 60 inspecciones conjuntas en cooperativas mineras de Potosí y Oruro durante el "
    "segundo semestre de 2023;",
    "presentar el Plan Plurinacional para la Erradicación de las Peores Formas de Trabajo Infantil "
    "2024-2028 en un taller de validación el 26 de septiembre de 2023 en La Paz.",
], marker="a)")
P("<b>Otras instituciones públicas.</b> El Ministerio de Educación asumió el compromiso de habilitar "
  "aulas temporales en los campamentos zafreros de Santa Cruz a partir de la zafra 2024. El INE prevé "
  "incluir un módulo de trabajo infantil en la Encuesta de Hogares 2024. El Gobierno Autónomo "
  "Departamental de Potosí reconocerá, desde 2024, con un distintivo departamental a las cooperativas "
  "que acrediten no emplear a niñas, niños ni adolescentes. El Gobierno Autónomo Departamental de "
  "Oruro manifestó que, si obtiene financiamiento adicional, podría replicar esa experiencia.")
P("<b>Organismos de las Naciones Unidas.</b> La OIT brindará asistencia técnica para la actualización "
  "del listado de trabajos peligrosos. Asimismo, acompañará la elaboración del Plan Plurinacional "
  "2024-2028. UNICEF tiene previsto apoyar con materiales y formación docente las aulas temporales en "
  "los campamentos zafreros. La FAO pretende incorporar módulos sobre trabajo infantil en las escuelas "
  "de campo para productores de castaña de Pando en 2024.")
P("<b>Interlocutores sociales, productores y academia.</b> La COB se comprometió a incluir la "
  "prevención del trabajo infantil en su plan de formación sindical de 2024 dirigido a federaciones "
  "mineras y campesinas. La CEPB busca sumar al menos diez empresas agroexportadoras a una red "
  "empresarial contra el trabajo infantil. La FENCOMIN manifestó su voluntad de promover entre sus "
  "cooperativas afiliadas la adopción del sello «Cooperativa libre de trabajo infantil», siempre que la "
  "verificación no genere costos para las cooperativas. La Universidad Autónoma Tomás Frías ofrecerá "
  "un diplomado en derechos laborales y protección de la niñez para inspectores y defensores, cuya "
  "primera cohorte se abrirá en el primer semestre de 2024.")

doc.heading("6. Próximos pasos y clausura", level=2)
L([
    "Se acordó que la segunda edición del foro se realizará en 2024 en Riberalta, con énfasis en la "
    "cadena de la castaña.",
    "La presente relatoría se remitirá al Consejo de Coordinación Sectorial e Intersectorial para Temas "
    "de la Niña, Niño y Adolescente, que sesionará en agosto de 2023.",
    "El MTEPS circulará la matriz consolidada de compromisos a las instituciones participantes en un "
    "plazo de 30 días.",
], marker="bullet")
P("El Viceministro Arce Mamani clausuró el foro agradeciendo a las mesas de trabajo. Relatoría "
  "elaborada por el equipo técnico del MTEPS con apoyo de la OIT; consultas: foro.ti.potosi@example.org.",
  style="small")

doc.save()
