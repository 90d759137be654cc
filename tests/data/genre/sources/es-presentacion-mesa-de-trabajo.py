"""Presentación de los resultados de las mesas de trabajo de un taller subregional del Cono Sur (2026)."""

from docgen import SLIDE, Document

doc = Document("es-presentacion-mesa-de-trabajo.pdf", size=SLIDE, lang="es", margin=28,
               page_numbers="{n}", title="Taller subregional del Cono Sur - Resultados de las mesas de trabajo")

doc.slide(
    "Taller subregional del Cono Sur sobre trabajo forzoso, migración laboral y cadenas de suministro",
    subtitle="Resultados de las mesas de trabajo - Asunción, 21 y 22 de octubre de 2026",
    body=[
        "Organizadores: Ministerio de Trabajo, Empleo y Seguridad Social (MTESS) del Paraguay y Organización "
        "Internacional del Trabajo (OIT), con el apoyo de la OIM y de UNICEF",
        "71 participantes de Argentina, Bolivia, Brasil, Chile, Paraguay y Uruguay: ministerios de trabajo, "
        "fiscalías, organizaciones de empleadores y de trabajadores, sociedad civil",
        "Relatoría general presentada en el plenario de cierre del 22 de octubre",
    ],
    box=("Alianza 8.7 - países pioneros del Cono Sur",
         "Argentina, Chile y Paraguay son países pioneros de la Alianza 8.7. Uruguay presentó su carta de "
         "interés en junio de 2026; Bolivia participó como país invitado."),
)

doc.slide(
    "Contexto y metodología",
    body=[
        "Punto de partida: la Declaración sociolaboral aprobada en la Reunión de Ministros de Trabajo del "
        "MERCOSUR de mayo de 2025",
        "Paraguay validó su hoja de ruta de país pionero en el taller nacional de planificación estratégica de "
        "noviembre de 2024",
        "Datos de la OIT: en 2025 las inspecciones de la subregión rescataron a 1 240 personas en situación de "
        "trabajo forzoso, el 70 % en actividades agropecuarias",
        "Cuatro mesas de trabajo simultáneas de dos horas, con moderación tripartita y una relatoría por mesa",
    ],
    columns=[
        ("Mesa 1", ["Cadenas de suministro agrícolas",
                    "Pregunta guía: ¿cómo llegar a los pequeños productores y a las cooperativas?",
                    "19 participantes"]),
        ("Mesa 2", ["Migración laboral y reclutamiento equitativo",
                    "Pregunta guía: ¿qué controles sobre las agencias de empleo funcionan en la frontera?",
                    "17 participantes"]),
        ("Mesa 3", ["Inspección del trabajo y acceso a la justicia",
                    "Pregunta guía: ¿cómo pasar de la inspección a la sanción penal?",
                    "18 participantes"]),
        ("Mesa 4", ["Protección social, educación y datos",
                    "Pregunta guía: ¿qué datos faltan para medir el trabajo infantil rural?",
                    "17 participantes"]),
    ],
)

doc.slide(
    "Mesa 1 - Cadenas de suministro agrícolas",
    subtitle="Recomendaciones de la mesa (yerba mate, caña de azúcar, algodón y ganadería)",
    body=[
        "Mapear los riesgos de trabajo forzoso y de trabajo infantil en las cadenas de la yerba mate y de la "
        "caña de azúcar, con participación de cooperativas y productores",
        "Exigir cláusulas de debida diligencia en las compras públicas de alimentos y de uniformes escolares",
        "Crear una mesa público-privada subregional para la cadena ganadera, con los frigoríficos exportadores",
        "Las certificadoras deberían incluir indicadores de trabajo forzoso en sus auditorías sociales",
        "Se sugiere que las cámaras empresariales difundan guías prácticas de debida diligencia para pequeños "
        "productores",
    ],
    box=("Moderación y relatoría",
         "Moderó: Sra. Lorena Giménez (Unión Industrial Paraguaya, UIP). Relatoría: Sr. Tomás Benítez (MTESS). "
         "19 participantes."),
)

doc.slide(
    "Mesa 2 - Migración laboral y reclutamiento equitativo",
    subtitle="Recomendaciones de la mesa",
    body=[
        "Establecer registros públicos de agencias privadas de empleo en todos los países del Cono Sur, con "
        "un listado de agencias sancionadas",
        "Prohibir por ley el cobro de comisiones de reclutamiento a las personas trabajadoras, conforme al "
        "Convenio núm. 181 de la OIT",
        "Difundir en los pasos fronterizos el Acuerdo sobre Residencia del MERCOSUR junto con información "
        "sobre derechos laborales",
        "Convendría armonizar los modelos de contrato para trabajadores temporeros transfronterizos",
        "La mesa propone que la OIM y las centrales sindicales abran un servicio de orientación en línea en "
        "español, portugués y guaraní",
    ],
    box=("Moderación y relatoría",
         "Moderó: Sr. Anderson Ribeiro (Central Única dos Trabalhadores, CUT Brasil). Relatoría: Sra. Paula "
         "Ferreyra (OIM). 17 participantes."),
)

doc.slide(
    "Mesas 3 y 4 - Recomendaciones",
    columns=[
        ("Mesa 3 - Inspección del trabajo y acceso a la justicia", [
            "Formar equipos conjuntos de inspección y fiscalía para los casos de trabajo forzoso, a partir de "
            "la experiencia de los grupos móviles del Brasil",
            "Capacitar a inspectores y fiscales de la subregión con un programa común sobre indicadores de "
            "trabajo forzoso",
            "Crear un protocolo subregional de derivación de víctimas a los servicios de protección",
            "Los Estados deberían garantizar la reparación económica de las víctimas, incluida la recuperación "
            "de salarios adeudados",
        ]),
        ("Mesa 4 - Protección social, educación y datos", [
            "Vincular las transferencias monetarias con la permanencia escolar en zonas rurales de alto riesgo",
            "Realizar encuestas nacionales de trabajo infantil con una periodicidad máxima de cinco años",
            "Ampliar la oferta de escuelas de jornada extendida en las zonas de cosecha",
            "Se recomienda incorporar a los hijos e hijas de temporeros migrantes en los programas de cuidado "
            "infantil",
        ]),
    ],
)

doc.slide(
    "Compromisos por institución (1/2): gobiernos",
    columns=[
        ("MTESS - Paraguay", [
            "Levantar la segunda Encuesta de Actividades de Niños, Niñas y Adolescentes (EANA) con el INE en el "
            "1.er semestre de 2027",
            "Registro público de agencias privadas de empleo en funcionamiento al 30/06/2027",
            "Incorporación de 40 inspectores de trabajo en el presupuesto 2027",
        ]),
        ("Secretaría de Trabajo - Argentina", [
            "Se compromete a publicar en línea su registro de agencias de colocación antes de fin de 2027",
            "Compartirá con los demás países su protocolo de inspección en zonas rurales",
        ]),
        ("MTE - Brasil", [
            "Ofrecerá pasantías a inspectores de Paraguay y Bolivia en los grupos móviles de fiscalización "
            "durante 2027",
            "Prioridad: operativos coordinados con Paraguay en la frontera Foz do Iguaçu - Ciudad del Este",
        ]),
        ("Ministerio del Trabajo y Previsión Social - Chile", [
            "Prevé enviar al Congreso un proyecto de ley sobre reclutamiento equitativo en el segundo semestre "
            "de 2027",
            "Acogerá el próximo taller subregional en Santiago",
        ]),
    ],
)

doc.slide(
    "Compromisos por institución (2/2): organismos y actores sociales",
    columns=[
        ("OIT", [
            "Asistencia técnica al INE del Paraguay para el diseño muestral de la EANA 2027",
            "Curso subregional sobre indicadores de trabajo forzoso para inspectores y fiscales, T2 2027",
        ]),
        ("OIM", [
            "Apoyará la apertura del servicio de orientación en línea para personas migrantes antes de mayo de "
            "2027",
            "Traducirá al guaraní sus materiales sobre reclutamiento equitativo",
        ]),
        ("UNICEF", [
            "Financiará un estudio sobre trabajo infantil en la cosecha de yerba mate en el ejercicio 2027",
        ]),
        ("Empleadores y trabajadores", [
            "UIP: guía de debida diligencia para pymes agroindustriales, a publicar en marzo de 2027",
            "CUT-A y CNT (Paraguay): formar a 200 promotores sindicales contra el trabajo infantil en zonas rurales en 2027",
        ]),
    ],
)

doc.slide(
    "Próximos pasos",
    body=[
        "<b>6 de noviembre de 2026</b> - el MTESS y la OIT enviarán la relatoría consolidada a las personas "
        "participantes",
        "<b>Semana del 23 de noviembre</b> - reunión virtual del grupo de seguimiento del taller",
        "<b>Diciembre de 2026</b> - Paraguay presentará los resultados en la Comisión Sociolaboral del "
        "MERCOSUR",
        "<b>15/03/2027</b> - cada institución informa sobre el avance de sus compromisos",
        "<b>Primer semestre de 2027</b> - validación de una hoja de ruta subregional sobre reclutamiento "
        "equitativo, a cargo de la OIT y la OIM",
    ],
    box=("Próximo taller subregional", "Santiago de Chile, segundo semestre de 2027 (fecha por confirmar)"),
)

doc.slide(
    "Gracias",
    subtitle="Contactos de la relatoría",
    body=[
        "MTESS - Dirección de Derechos Fundamentales en el Trabajo: relatoria.taller@example.org",
        "OIT - Oficina para el Cono Sur de América Latina: conosur.alianza87@example.org",
        "Las presentaciones de las mesas estarán disponibles en el espacio virtual del taller",
    ],
)

doc.save()
