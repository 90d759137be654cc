"""es-hoja-de-ruta: hoja de ruta nacional de Guatemala como país pionero (2024-2027).

Estilo: hoja de ruta gubernamental en español. Tabla de acciones prioritarias con cuadrícula y
celdas combinadas (eje estratégico), cronograma sin líneas, cuadro de presupuesto con líneas
horizontales, recuadro con recomendaciones del taller, compromisos de interlocutores sociales.
"""

from reportlab.lib.units import mm

from docgen import A4, Document

doc = Document(
    "es-hoja-de-ruta.pdf", size=A4, lang="es",
    header="República de Guatemala – Ministerio de Trabajo y Previsión Social – CONAPETI",
    footer="Hoja de Ruta País Pionero Alianza 8.7 – Guatemala 2024-2027",
    page_numbers="{n}",
    title="Hoja de Ruta Nacional de Guatemala como País Pionero de la Alianza 8.7",
)

doc.title("Hoja de Ruta Nacional de Guatemala como País Pionero de la Alianza 8.7 (2024-2027)",
          subtitle="Hacia la eliminación del trabajo infantil, el trabajo forzoso y la trata de "
                   "personas. Aprobada por la CONAPETI en su sesión ordinaria del 22 de marzo de 2024")

doc.heading("1. Presentación", 1)
doc.para(
    "Guatemala expresó su interés en convertirse en país pionero de la Alianza 8.7 mediante una "
    "carta dirigida a la Secretaría de la Alianza en agosto de 2022. El taller nacional de "
    "planificación estratégica, celebrado del 17 al 19 de octubre de 2023 en la Ciudad de "
    "Guatemala, reunió a 112 representantes del Gobierno, de las organizaciones de empleadores y "
    "de trabajadores, de la sociedad civil y de los organismos de las Naciones Unidas. La presente "
    "hoja de ruta recoge las prioridades acordadas en ese taller y fue aprobada por la Comisión "
    "Nacional para la Erradicación del Trabajo Infantil (CONAPETI).")
doc.para(
    "Con su aprobación, el Gobierno de Guatemala se compromete a acelerar las acciones para "
    "erradicar el trabajo infantil, el trabajo forzoso y la trata de personas, y a rendir cuentas "
    "cada año de sus avances ante la Alianza 8.7 y ante la sociedad guatemalteca.")
doc.para(
    "Lic. Mario Efraín Cojtí Son, Ministro de Trabajo y Previsión Social", style="small",
    textColor="#555555")

doc.heading("2. Situación del país", 1)
doc.para(
    "Según la Encuesta Nacional de Empleo e Ingresos (ENEI) 2022 del Instituto Nacional de "
    "Estadística (INE), el 8,6 % de las niñas, niños y adolescentes de 7 a 17 años se encuentra en "
    "situación de trabajo infantil, y dos de cada tres residen en zonas rurales. La agricultura "
    "concentra el 61 % del trabajo infantil, en particular en el corte de café, cardamomo y caña de "
    "azúcar. En 2023, la Secretaría contra la Violencia Sexual, Explotación y Trata de Personas "
    "(SVET) registró 412 víctimas de trata, de las cuales el 38 % lo fue con fines de explotación "
    "laboral.")
doc.para(
    "Guatemala ratificó el Convenio núm. 138 en 1990 y el Convenio núm. 182 en 2001. El listado de "
    "trabajos peligrosos vigente data de 2006 y no contempla los riesgos asociados a las nuevas "
    "formas de agricultura de exportación. El país aún no ha ratificado el Protocolo de 2014 "
    "relativo al Convenio sobre el trabajo forzoso. Cada año, decenas de miles de trabajadores "
    "guatemaltecos migran de forma temporal hacia México, los Estados Unidos y el Canadá, a menudo "
    "por medio de intermediarios que cobran comisiones de contratación.")

doc.heading("3. Ejes estratégicos y acciones prioritarias", 1)
doc.para(
    "El cuadro 1 presenta las acciones prioritarias de la hoja de ruta, las instituciones "
    "responsables, los plazos y el presupuesto estimado en quetzales (GTQ).")
rows = [
    ["Eje estratégico", "Acción prioritaria", "Institución responsable", "Plazo",
     "Presupuesto (GTQ)"],
    ["1. Marco normativo e institucional",
     "1.1 Aprobación del listado actualizado de trabajo infantil peligroso mediante acuerdo "
     "gubernativo", "MINTRAB, CONAPETI", "Segundo semestre de 2024", "350.000"],
    ["", "1.2 Someter el Protocolo de 2014 relativo al Convenio sobre el trabajo forzoso al "
     "Congreso de la República para su ratificación", "MINTRAB, MINEX", "A más tardar en 2025",
     "–"],
    ["", "1.3 Elaborar una propuesta de reforma del Código de Trabajo para elevar a 15 años la "
     "edad mínima de admisión al empleo", "MINTRAB", "2026", "200.000"],
    ["2. Inspección del trabajo y acceso a la justicia",
     "2.1 Contratar y formar 60 inspectores de trabajo especializados en trabajo infantil y "
     "trabajo forzoso", "Inspección General de Trabajo (IGT)", "2024-2025", "4.200.000"],
    ["", "2.2 Creación de una unidad móvil de inspección para fincas de café, cardamomo y caña de "
     "azúcar", "IGT", "Q3 2024", "1.800.000"],
    ["", "2.3 Fortalecer la Fiscalía contra la Trata de Personas del Ministerio Público con 12 "
     "fiscales auxiliares adicionales", "Ministerio Público (MP)", "Ejercicio fiscal 2025",
     "2.100.000"],
    ["3. Prevención, educación y protección social",
     "3.1 Ampliar el programa Bono Social a 25.000 hogares con niñas, niños o adolescentes en "
     "trabajo infantil", "MIDES", "2025", "37.500.000"],
    ["", "3.2 Habilitación de 40 centros de atención infantil en zonas de corte de café",
     "MIDES, Anacafé", "Antes de la cosecha 2024/25", "6.000.000"],
    ["", "3.3 Reinsertar en el sistema escolar a 10.000 niñas, niños y adolescentes retirados del "
     "trabajo infantil", "MINEDUC", "2027", "9.000.000"],
    ["4. Trata de personas y migración laboral",
     "4.1 Actualizar el Protocolo Interinstitucional para la Protección y Atención a Víctimas de "
     "Trata de Personas", "SVET", "Diciembre de 2024", "150.000"],
    ["", "4.2 Puesta en marcha de una ventanilla única de reclutamiento equitativo para "
     "trabajadores temporales hacia México y el Canadá", "MINTRAB, OIM", "Dentro de dos años",
     "2.400.000"],
    ["", "4.3 Campaña nacional de sensibilización contra la trata de personas en idiomas mayas, "
     "garífuna y xinka", "SVET, UNICEF", "Anual", "800.000 por año"],
    ["5. Datos, seguimiento y evaluación",
     "5.1 Realizar una encuesta nacional de trabajo infantil con un módulo sobre trabajo forzoso",
     "INE, MINTRAB, OIT", "2025", "5.500.000"],
    ["", "5.2 Informe anual de avance de la hoja de ruta a la Secretaría de la Alianza 8.7",
     "CONAPETI", "Cada mes de marzo", "–"],
]
doc.keep_together(lambda: (
    doc.para("<b>Cuadro 1. Acciones prioritarias 2024-2027</b>", style="small"),
    doc.table(rows, ruled="grid", widths=[28 * mm, 60 * mm, 32 * mm, 24 * mm, 26 * mm],
              spans=[(0, 1, 0, 3), (0, 4, 0, 6), (0, 7, 0, 9), (0, 10, 0, 12), (0, 13, 0, 14)])))
doc.para(
    "Siglas: MINTRAB, Ministerio de Trabajo y Previsión Social; MINEX, Ministerio de Relaciones "
    "Exteriores; MIDES, Ministerio de Desarrollo Social; MINEDUC, Ministerio de Educación; "
    "Anacafé, Asociación Nacional del Café.", style="small")

def _crono():
    doc.heading("4. Cronograma de hitos para 2024", 1)
    doc.table([
        ["Período", "Hito", "Responsable"],
        ["Abril de 2024", "Presentación pública de la hoja de ruta ante el Gabinete Específico de "
         "Desarrollo Social", "MINTRAB"],
        ["15/06/2024", "Foro nacional de empleadores sobre debida diligencia en las cadenas de "
         "suministro agrícolas", "CACIF"],
        ["Tercer trimestre", "Entrada en funcionamiento de la unidad móvil de inspección en Alta "
         "Verapaz y Huehuetenango", "IGT"],
        ["Segundo semestre", "Publicación del acuerdo gubernativo con el listado actualizado de "
         "trabajo infantil peligroso", "MINTRAB"],
        ["Semana del 2 de diciembre", "Taller de validación del protocolo actualizado de atención a "
         "víctimas de trata", "SVET"],
    ], ruled="none", widths=[38 * mm, 100 * mm, 32 * mm])


doc.keep_together(_crono)

doc.heading("5. Presupuesto y financiamiento", 1)
doc.table([
    ["Eje estratégico", "Costo 2024-2027 (GTQ)", "Presupuesto nacional", "Cooperación internacional"],
    ["1. Marco normativo e institucional", "550.000", "550.000", "–"],
    ["2. Inspección y acceso a la justicia", "8.100.000", "6.300.000", "1.800.000"],
    ["3. Prevención, educación y protección social", "52.500.000", "48.000.000", "4.500.000"],
    ["4. Trata de personas y migración laboral", "5.750.000", "2.350.000", "3.400.000"],
    ["5. Datos, seguimiento y evaluación", "5.500.000", "2.500.000", "3.000.000"],
    ["<b>Total</b>", "<b>72.400.000</b>", "<b>59.700.000</b>", "<b>12.700.000</b>"],
], ruled="rows", widths=[70 * mm, 34 * mm, 33 * mm, 33 * mm])
doc.spacer(6)
doc.para(
    "El Ministerio de Finanzas Públicas (MINFIN) incluirá una partida presupuestaria específica "
    "para la hoja de ruta en el proyecto de presupuesto del ejercicio fiscal 2025. Los aportes de "
    "la cooperación internacional, en particular de la Unión Europea y del proyecto regional de la "
    "OIT, aún no están asegurados en su totalidad.")

doc.heading("6. Compromisos de los interlocutores sociales y de la cooperación", 1)
doc.para(
    "El Comité Coordinador de Asociaciones Agrícolas, Comerciales, Industriales y Financieras "
    "(CACIF) se compromete a promover entre sus cámaras asociadas la adopción de políticas "
    "empresariales de cero tolerancia al trabajo infantil y al trabajo forzoso.")
doc.para(
    "La Confederación de Unidad Sindical de Guatemala (CUSG) asumió el compromiso de formar a 300 "
    "delegados sindicales como promotores comunitarios contra el trabajo infantil antes de que "
    "finalice 2025.")
doc.para(
    "Anacafé cofinanciará los centros de atención infantil en zonas de corte de café previstos en "
    "la acción 3.2, con un aporte equivalente al 20 % de su costo.")
doc.para(
    "La OIT, UNICEF y la OIM brindarán asistencia técnica para la ejecución de la hoja de ruta, en "
    "el marco del Marco de Cooperación de las Naciones Unidas para el Desarrollo Sostenible. En "
    "2023, el Gobierno del Canadá financió un diagnóstico sobre el reclutamiento de trabajadores "
    "agrícolas temporales, cuyos resultados sirvieron de base para la acción 4.2.")

with doc.box("Recomendaciones del taller nacional de planificación estratégica"):
    doc.para("Durante el taller de octubre de 2023, los participantes recomendaron:", style="small")
    doc.bullets([
        "Garantizar la participación de las autoridades indígenas y comunitarias en el diseño de "
        "las campañas de sensibilización.",
        "Vincular el registro de inspecciones del MINTRAB con el Registro Social de Hogares del "
        "MIDES.",
        "Priorizar los departamentos de Huehuetenango, Alta Verapaz, Quiché y San Marcos en la "
        "primera fase de ejecución.",
    ], marker="-", style="small")

doc.heading("7. Seguimiento y evaluación", 1)
doc.para(
    "La CONAPETI se reunirá cada trimestre para dar seguimiento a la ejecución de la hoja de ruta, "
    "con el apoyo técnico de la OIT. Se realizará una evaluación de medio término en el segundo "
    "semestre de 2025, con la participación de los interlocutores sociales, y una evaluación final "
    "al cierre de 2027.")
doc.para(
    "Si se obtiene financiamiento adicional, el MINTRAB podría extender la unidad móvil de "
    "inspección a los departamentos de Quiché y San Marcos.")
doc.para(
    "Contacto: Unidad de Protección de la Adolescencia Trabajadora, MINTRAB – "
    "hojaderuta.gt@example.org", style="small")

doc.save()
