"""Minuta de una sesión de la comisión nacional contra el trabajo infantil de un país pionero
(Paraguay, CONAETI, abril de 2026): informes de avance de los ministerios, propuestas de los
miembros, acuerdos numerados y cuadro de acuerdos y responsables.
Builds ../es-minuta-comision-nacional.pdf."""

from b6c_layout import keep_headings_with_next, para as whole_para
from docgen import A4, Document

keep_headings_with_next()

doc = Document(
    "es-minuta-comision-nacional.pdf", size=A4, lang="es",
    header="República del Paraguay | Comisión Nacional para la Prevención y Erradicación del "
           "Trabajo Infantil (CONAETI)",
    footer="Minuta CONAETI N.º 02/2026 - sujeta a aprobación",
    page_numbers="{n}/{total}",
    title="Minuta de la Segunda Sesión Ordinaria de 2026 de la CONAETI",
)


def para(text, **kw):
    """A body paragraph that is never split across two pages (keyed spans stay on one page)."""
    whole_para(doc, text, **kw)


doc.title("Minuta de la Segunda Sesión Ordinaria de 2026",
          subtitle="Comisión Nacional para la Prevención y Erradicación del Trabajo Infantil y "
                   "Protección del Trabajo Adolescente (CONAETI)")

doc.table([
    ["Fecha y hora", "Jueves 16 de abril de 2026, de 9:00 a 12:40"],
    ["Lugar", "Salón Auditorio del Ministerio de Trabajo, Empleo y Seguridad Social (MTESS), Asunción"],
    ["Preside", "Rossana Benítez Ocampo, Viceministra de Trabajo, Presidenta de la CONAETI"],
    ["Secretaría Técnica", "Dirección General de Protección a la Niñez y Adolescencia del MTESS "
                           "(conaeti.st@example.org)"],
    ["Minuta anterior", "Primera Sesión Ordinaria de 2026, celebrada el 19/02/2026"],
], ruled="rows", header=False, widths=[110, 372], font_size=9)
doc.spacer(6)

doc.heading("Instituciones presentes", level=2)
doc.table([
    ["Sector", "Instituciones"],
    ["Gobierno", "MTESS; Ministerio de la Niñez y la Adolescencia (MINNA); Ministerio de Educación y "
                 "Ciencias (MEC); Ministerio de Agricultura y Ganadería (MAG); Ministerio de Desarrollo "
                 "Social (MDS); Ministerio de la Mujer; Instituto Nacional de Estadística (INE); "
                 "Ministerio Público (Unidad Especializada de Lucha contra la Trata de Personas)"],
    ["Trabajadores", "Central Unitaria de Trabajadores Auténtica (CUT-A); Central Nacional de "
                     "Trabajadores (CNT)"],
    ["Empleadores", "Federación de la Producción, la Industria y el Comercio (FEPRINCO); Unión "
                    "Industrial Paraguaya (UIP); Asociación Rural del Paraguay (ARP)"],
    ["Sociedad civil", "Global Infancia"],
    ["Observadores", "Organización Internacional del Trabajo (OIT); Fondo de las Naciones Unidas para "
                     "la Infancia (UNICEF); Organización Internacional para las Migraciones (OIM)"],
], ruled="grid", widths=[95, 387], font_size=8.5)
doc.spacer(4)

doc.heading("Orden del día", level=2)
doc.bullets([
    "Apertura y aprobación de la minuta de la sesión anterior",
    "Informes de avance de los ministerios e instituciones",
    "Seguimiento del Foro Regional de Panamá (octubre de 2025)",
    "Borrador de la Estrategia Nacional 2026-2030",
    "Propuestas de los miembros",
    "Acuerdos y cierre",
], marker="1.")

# ---------------------------------------------------------------------------------------------
doc.heading("1. Apertura")
para(
    "La Presidenta abrió la sesión a las 9:00 horas, una vez verificado el quórum. Recordó que el "
    "Paraguay es país pionero de la Alianza 8.7 y que su hoja de ruta nacional fue validada en el "
    "taller nacional de planificación estratégica celebrado en Asunción en 2021. La minuta de la "
    "Primera Sesión Ordinaria, celebrada el 19/02/2026, fue aprobada sin observaciones.")
para(
    "La Presidenta sugirió que cada institución miembro designe un punto focal técnico para el "
    "seguimiento de la futura Estrategia Nacional.")

# ---------------------------------------------------------------------------------------------
doc.heading("2. Informes de avance de los ministerios e instituciones")
doc.heading("2.1 Ministerio de Trabajo, Empleo y Seguridad Social (MTESS)", level=2)
para(
    "La Directora de Inspección y Fiscalización del MTESS, Sra. Liz Ramírez Aquino, informó que "
    "durante el primer trimestre de 2026 se realizaron 214 inspecciones en los departamentos Central, "
    "Caaguazú y San Pedro, en las que se detectó a 37 adolescentes en trabajos peligrosos. Indicó que "
    "el MTESS incorporará 40 nuevos inspectores antes de fin de año, con prioridad para las zonas "
    "rurales, y que la Dirección aplicará a partir de julio de 2026 el nuevo protocolo de inspección "
    "sobre criadazgo y trabajo infantil doméstico. Preguntó a los gremios empresariales si estarían "
    "dispuestos a difundir ese protocolo entre sus asociados.")

doc.heading("2.2 Ministerio de la Niñez y la Adolescencia (MINNA)", level=2)
para(
    "El MINNA informó que el programa Abrazo atendió en 2025 a 6.140 niñas, niños y adolescentes en "
    "situación de calle o de trabajo infantil, así como a sus familias. Su representante, el Sr. Derlis "
    "Acosta Vera, señaló que el MINNA se propone abrir dos nuevos centros Abrazo en Ciudad del Este y en "
    "Encarnación en el segundo semestre de 2026. Precisó que, si el Presupuesto General de la Nación lo "
    "permite, el programa se extenderá también a los departamentos del Chaco.")

doc.heading("2.3 Ministerio de Educación y Ciencias (MEC)", level=2)
para(
    "El MEC presentó los datos de retención escolar del año lectivo 2025 y explicó que la jornada "
    "escolar extendida funciona hoy en 320 escuelas rurales. El MEC asumió el compromiso de incorporar "
    "en 2027 un módulo sobre derechos de la niñez y trabajo infantil en la formación docente inicial, "
    "así como de extender la jornada escolar extendida a 80 escuelas más de los departamentos de San "
    "Pedro y Caaguazú. Recomendó que la EANA incluya preguntas sobre la asistencia a la jornada "
    "extendida.")

doc.heading("2.4 Instituto Nacional de Estadística (INE)", level=2)
para(
    "El INE informó que el diseño muestral de la EANA está concluido y recordó que la última encuesta "
    "específica en zonas rurales data de 2015. Confirmó que el INE levantará la Encuesta de Actividades "
    "de Niños, Niñas y Adolescentes (EANA) en el segundo semestre de 2026, tal como el Paraguay lo "
    "anunció en el Foro Regional de Panamá, y que publicará los primeros resultados a mediados de 2027.")

doc.heading("2.5 Ministerio de Agricultura y Ganadería (MAG)", level=2)
para(
    "El MAG indicó que tiene previsto, para la zafra 2026, incluir orientaciones sobre trabajo infantil "
    "en las visitas de los técnicos de extensión agraria a los productores de caña de azúcar y de "
    "sésamo. Aclaró que la Dirección de Extensión Agraria cuenta con 410 técnicos de campo.")

doc.heading("2.6 Ministerio Público", level=2)
para(
    "La Unidad Especializada de Lucha contra la Trata de Personas del Ministerio Público informó de 41 "
    "causas abiertas en 2025 por trata con fines de explotación laboral, nueve de ellas con víctimas "
    "adolescentes. El Ministerio Público prevé habilitar una fiscalía especializada en trata de personas "
    "en Pedro Juan Caballero en el tercer trimestre de 2026.")

doc.heading("2.7 Ministerio de Desarrollo Social (MDS) y Ministerio de la Mujer", level=2)
para(
    "El MDS informó que el programa Tekoporã cubre a unas 170.000 familias en situación de pobreza. Para "
    "el ejercicio fiscal 2027, priorizará la inclusión en el programa de las familias con niñas, niños o "
    "adolescentes identificados en situación de trabajo infantil.")
para(
    "El Ministerio de la Mujer recordó que coordina la Mesa Interinstitucional para la Prevención y "
    "Combate a la Trata de Personas y recomendó incorporar la perspectiva de género en la prioridad "
    "relativa a la trata con fines de explotación laboral.")

# ---------------------------------------------------------------------------------------------
doc.heading("3. Seguimiento del Foro Regional de Panamá")
para(
    "La Secretaría Técnica presentó un resumen del Foro Regional de la Alianza 8.7 y la Iniciativa "
    "Regional América Latina y el Caribe Libre de Trabajo Infantil (IR), celebrado en la Ciudad de "
    "Panamá los días 21 y 22 de octubre de 2025. Recordó que el Foro recomendó crear una red regional "
    "de inspectores del trabajo y generalizar los registros públicos de agencias de contratación.")
para(
    "La OIT informó que la primera reunión virtual de la red regional de inspectores está prevista para "
    "el 9 de junio de 2026 y que se ha invitado al Paraguay a participar con dos inspectores. El MTESS "
    "se comprometió a designar a los dos inspectores antes del 15 de mayo de 2026.")

# ---------------------------------------------------------------------------------------------
doc.heading("4. Borrador de la Estrategia Nacional 2026-2030")
para(
    "La Secretaría Técnica presentó el borrador de la Estrategia Nacional de Prevención y Erradicación "
    "del Trabajo Infantil y Protección del Trabajo Adolescente 2026-2030, elaborado con el apoyo de la "
    "OIT. El borrador fija cuatro prioridades nacionales:")
doc.bullets([
    "Prioridad 1: eliminar el criadazgo y toda forma de trabajo infantil doméstico.",
    "Prioridad 2: prevenir el trabajo infantil en la agricultura familiar y en las cadenas de la caña "
    "de azúcar, el sésamo y la yerba mate.",
    "Prioridad 3: fortalecer la inspección del trabajo y la persecución penal de la trata con fines de "
    "explotación laboral.",
    "Prioridad 4: generar información estadística periódica sobre el trabajo infantil y el trabajo "
    "adolescente.",
], marker="-")
para(
    "La Secretaría Técnica aclaró que el costo de la Estrategia se definirá una vez concluidas las "
    "consultas con los miembros.")

# ---------------------------------------------------------------------------------------------
doc.heading("5. Propuestas de los miembros")
para(
    "En nombre de las centrales sindicales, la Central Unitaria de Trabajadores Auténtica (CUT-A) valoró "
    "el borrador, pero lamentó que no incluyera metas presupuestarias. Propuso que la Estrategia fije "
    "una partida mínima del presupuesto del MTESS para la inspección del trabajo en las zonas rurales. "
    "Añadió que la CUT-A capacitará durante 2026 a 120 delegados sindicales del sector azucarero en la "
    "detección del trabajo infantil y del trabajo forzoso.")
para(
    "La Central Nacional de Trabajadores (CNT) apoyó la propuesta y pidió que las centrales sindicales "
    "puedan participar como observadoras en la red regional de inspectores.")
para(
    "Por los empleadores, la Federación de la Producción, la Industria y el Comercio (FEPRINCO) señaló "
    "que sus asociados del sector exportador ya aplican códigos de conducta que prohíben el trabajo "
    "infantil. Sugirió crear un sello «Libre de Trabajo Infantil» para los productos agrícolas que "
    "cumplan los requisitos de verificación. En respuesta a la consulta del MTESS, FEPRINCO se ofreció "
    "a difundir entre sus gremios el protocolo de inspección sobre criadazgo y trabajo infantil "
    "doméstico.")
para(
    "La Asociación Rural del Paraguay (ARP) se sumó a la propuesta del sello y pidió que los requisitos "
    "tengan en cuenta la realidad de la agricultura familiar campesina.")
para(
    "La Unión Industrial Paraguaya (UIP) anunció que organizará, junto con la OIT, un taller sobre "
    "debida diligencia para las empresas exportadoras en el tercer trimestre de 2026.")
para(
    "Global Infancia propuso que la CONAETI habilite un mecanismo de consulta con niñas, niños y "
    "adolescentes para la validación de la Estrategia. Su representante, la Sra. Celeste Ortiz Brítez, "
    "indicó que la organización realizará dos consultas con adolescentes, en Asunción y en Concepción, "
    "antes del taller de validación.")
para(
    "La OIT, en calidad de observadora, anunció que financiará la asistencia técnica para el "
    "levantamiento de la EANA y que enviará a principios de mayo de 2026 una misión técnica para apoyar "
    "la revisión del borrador.")
para(
    "El UNICEF sugirió vincular los datos de la EANA con el registro de casos del MINNA y se ofreció a "
    "apoyar la interoperabilidad de ambos sistemas si el MINNA lo solicita.")
para(
    "La OIM preguntó si la Estrategia contemplaría a los adolescentes migrantes y a los que cruzan a "
    "diario la Triple Frontera con la Argentina y el Brasil. Añadió que vería con agrado la inclusión "
    "de un apartado específico sobre la movilidad transfronteriza.")
para(
    "Los miembros están invitados a remitir por escrito sus observaciones al borrador a la Secretaría "
    "Técnica antes del 30 de abril de 2026.")

# ---------------------------------------------------------------------------------------------
doc.heading("6. Acuerdos")
para("Tras el debate, la Comisión adoptó los siguientes acuerdos:")
doc.bullets([
    "Se acordó que la Secretaría Técnica incorporará las observaciones de los miembros al borrador de la "
    "Estrategia Nacional antes del 15 de mayo de 2026.",
    "Se acordó que el borrador revisado se validará en un taller nacional tripartito el 28/05/2026, en "
    "Asunción.",
    "Se acordó que el MTESS y el INE presentarán en la próxima sesión el cronograma detallado del "
    "levantamiento de la EANA.",
    "Se acordó que Global Infancia y el MINNA organizarán consultas con niñas, niños y adolescentes "
    "antes del taller de validación.",
    "Se acordó recomendar al Ministerio de Economía y Finanzas (MEF) que asigne en el Proyecto de "
    "Presupuesto 2027 una partida específica para la inspección del trabajo en las zonas rurales.",
    "Se acordó solicitar a la OIT apoyo técnico para el diseño del sello «Libre de Trabajo Infantil» "
    "propuesto por FEPRINCO.",
    "Se acordó que la próxima sesión ordinaria se celebrará el 13 de agosto de 2026.",
], marker="1.")

# ---------------------------------------------------------------------------------------------
doc.heading("7. Cuadro de acuerdos y responsables")
doc.table([
    ["N.º", "Acuerdo", "Responsable", "Plazo"],
    ["1", "Incorporar las observaciones de los miembros al borrador de la Estrategia Nacional",
     "Secretaría Técnica de la CONAETI (MTESS)", "15/05/2026"],
    ["2", "Validar el borrador revisado en un taller nacional tripartito",
     "Secretaría Técnica de la CONAETI", "28/05/2026"],
    ["3", "Presentar el cronograma del levantamiento de la EANA", "MTESS e INE", "13/08/2026"],
    ["4", "Organizar consultas con niñas, niños y adolescentes sobre la Estrategia",
     "Global Infancia y MINNA", "Antes del taller de validación"],
    ["5", "Recomendar al MEF una partida específica para la inspección del trabajo rural",
     "Presidencia de la CONAETI", "Proyecto de Presupuesto 2027"],
    ["6", "Solicitar a la OIT apoyo técnico para el sello «Libre de Trabajo Infantil»",
     "Secretaría Técnica de la CONAETI", "Junio de 2026"],
    ["7", "Designar dos inspectores para la red regional de inspección", "MTESS", "15/05/2026"],
    ["8", "Levantar la Encuesta de Actividades de Niños, Niñas y Adolescentes (EANA)", "INE",
     "Segundo semestre de 2026"],
    ["9", "Difundir el protocolo de inspección sobre criadazgo entre los gremios", "FEPRINCO y UIP",
     "Julio de 2026"],
    ["10", "Elevar la Estrategia Nacional 2026-2030 a la Presidencia de la República para su aprobación",
     "Presidencia de la CONAETI", "Segundo semestre de 2026"],
], ruled="grid", widths=[28, 232, 130, 92], font_size=8.5)
doc.spacer(8)

# ---------------------------------------------------------------------------------------------
doc.heading("8. Cierre")
para(
    "La Presidenta agradeció la participación de los miembros y recordó que el acto central por el Día "
    "Mundial contra el Trabajo Infantil se celebrará el 12 de junio de 2026 en Caaguazú. Se levantó la "
    "sesión a las 12:40 horas.")
para("Minuta elaborada por la Secretaría Técnica de la CONAETI. Será sometida a aprobación en la "
         "próxima sesión ordinaria.", style="small")

doc.save()
