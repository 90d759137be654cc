"""Informe de una reunión subregional de países pioneros (Centroamérica y República Dominicana), 2026."""

from docgen import A4, Document

doc = Document("es-informe-reunion-subregional.pdf", size=A4, lang="es",
               header="Alianza 8.7 - Reunión subregional de países pioneros - Centroamérica y República Dominicana",
               footer="Distribución general - ALIANZA87/SUB-CA/2026/INF.1",
               page_numbers="Página {n} de {total}",
               title="Informe de la Reunión Subregional de Países Pioneros (Ciudad de Panamá, 2026)")

def para(text):
    """A numbered paragraph kept on one page (keyed spans never cross a page break)."""
    doc.keep_together(lambda: doc.para(text))


doc.title("Informe de la Reunión Subregional de Países Pioneros de la Alianza 8.7: "
          "Centroamérica y República Dominicana",
          subtitle="Ciudad de Panamá, 10 y 11 de marzo de 2026")

doc.heading("I. Introducción", 1)
para("1. La Reunión Subregional de Países Pioneros de la Alianza 8.7 para Centroamérica y República "
         "Dominicana se celebró en la Ciudad de Panamá los días 10 y 11 de marzo de 2026. La organizó el "
         "Ministerio de Trabajo y Desarrollo Laboral (MITRADEL) de Panamá con el apoyo de la Oficina de la OIT "
         "para América Central, Haití, Panamá y República Dominicana y de la Secretaría General del Sistema de "
         "la Integración Centroamericana (SG-SICA).")
para("2. Asistieron 58 participantes: delegaciones gubernamentales de Costa Rica, El Salvador, Guatemala, "
         "Honduras, Panamá y la República Dominicana; México participó en calidad de observador. Estuvieron "
         "presentes asimismo la OIT, UNICEF, la OIM, la UNODC, la Iniciativa Regional América Latina y el "
         "Caribe Libre de Trabajo Infantil, la Confederación Sindical de Trabajadores y Trabajadoras de las "
         "Américas (CSA), la Organización Internacional de Empleadores (OIE), el Consejo Hondureño de la "
         "Empresa Privada (COHEP) y la Fundación Horizontes de Infancia. La lista de participantes figura en "
         "el anexo.")
para("3. La reunión dio seguimiento a la primera reunión subregional, celebrada en Tegucigalpa el 18 de "
         "septiembre de 2025, en la que se presentó el primer balance de las hojas de ruta nacionales. "
         "Guatemala, Honduras, Costa Rica y El Salvador son países pioneros de la Alianza 8.7; según los datos "
         "presentados por la Secretaría, unos 410 000 niños, niñas y adolescentes de la subregión realizan "
         "trabajo infantil, de los cuales casi la mitad en actividades peligrosas.")

doc.heading("II. Sesión de apertura", 1)
para("4. La Viceministra de Trabajo de Panamá, Sra. Itzel Moreno Caballero, dio la bienvenida a las "
         "delegaciones y recordó que Panamá manifestó su interés en convertirse en país pionero mediante una "
         "carta enviada a la Secretaría de la Alianza 8.7 en enero de 2025. Subrayó que su país se propone "
         "presentar su hoja de ruta nacional en el segundo semestre de 2026.")
para("5. El Sr. Rodrigo Valdés Ambrosi, Director de la Oficina de la OIT para América Central, Haití, "
         "Panamá y República Dominicana, destacó que cuatro países de la subregión son ya países pioneros y "
         "que otros dos han manifestado su interés. Anunció que la OIT pondrá a disposición de los países un "
         "fondo semilla de asistencia técnica para la actualización de los listados de trabajo peligroso "
         "durante 2026.")
para("6. En nombre de la SG-SICA, la Sra. Lucía Arévalo Pinto expresó su preocupación por el aumento de "
         "los casos de trata con fines de explotación laboral detectados en los corredores migratorios y "
         "pidió a la reunión que examinara mecanismos de cooperación transfronteriza.")

doc.heading("III. Avances de los países pioneros", 1)
para("7. El delegado de Guatemala informó a la reunión de que el Ministerio de Trabajo y Previsión "
         "Social (MINTRAB) celebró su taller nacional de planificación estratégica en junio de 2025 y validó "
         "la hoja de ruta con las organizaciones de empleadores y de trabajadores. Precisó que el MINTRAB "
         "contratará a 60 nuevos inspectores de trabajo antes de que termine 2026 y que el Instituto Nacional "
         "de Estadística levantará la Encuesta Nacional de Trabajo Infantil en el primer semestre de 2027.")
para("8. La representante de Honduras indicó que su Gobierno aprobaría el nuevo listado de actividades "
         "peligrosas para personas menores de 18 años antes de finales de 2026, tras la consulta tripartita "
         "en curso. Añadió que la Secretaría de Trabajo y Seguridad Social (STSS) ya había incorporado un "
         "módulo de trabajo infantil en la Encuesta Permanente de Hogares de Propósitos Múltiples en 2024.")
para("9. La delegación de El Salvador anunció que el Ministerio de Trabajo y Previsión Social (MTPS) "
         "someterá a la Asamblea Legislativa la ratificación del Protocolo de 2014 relativo al Convenio sobre "
         "el trabajo forzoso a más tardar en 2027. El país celebrará su taller nacional de planificación "
         "estratégica del 4 al 6 de agosto de 2026 en San Salvador; en ese marco, el MTPS revisará también "
         "su listado de trabajo infantil peligroso, vigente desde 2011.")
para("10. Costa Rica, por medio de su Viceministro de Trabajo, Sr. Esteban Quirós Mora, destacó que la "
         "tasa de trabajo infantil del país se redujo al 3,1 % según el módulo especial de la encuesta de "
         "hogares de 2025. Propuso que los países de la subregión adopten un protocolo común de referencia de "
         "casos entre las inspecciones de trabajo y los sistemas de protección de la niñez. El Ministerio de "
         "Trabajo y Seguridad Social (MTSS) ofrecerá en el segundo semestre de 2026 un curso virtual para "
         "inspectores de la subregión sobre la detección de indicios de trabajo forzoso.")
para("11. El delegado de la República Dominicana informó de que su país envió una carta de interés a la "
         "Secretaría de la Alianza 8.7 en octubre de 2025 y de que el Ministerio de Trabajo tiene previsto "
         "celebrar el taller nacional de planificación estratégica en el primer trimestre de 2027. Señaló "
         "además que la República Dominicana realizará su primera encuesta nacional de actividades de niños, "
         "niñas y adolescentes en 2027. Preguntó a la OIT si el fondo semilla anunciado podría cubrir también "
         "la elaboración de la línea de base.")
para("12. El Sr. Valdés Ambrosi respondió que la OIT examinaría la solicitud y que se daría prioridad a "
         "los países que aún no cuentan con datos recientes.")
para("13. El observador de México, de la Secretaría del Trabajo y Previsión Social (STPS), compartió la "
         "experiencia mexicana con los comités estatales para la prevención y erradicación del trabajo "
         "infantil. Sugirió que la próxima reunión subregional dedique una sesión a la protección de niñas, "
         "niños y adolescentes migrantes no acompañados.")

doc.heading("IV. Panel sobre migración laboral, reclutamiento equitativo y trata de personas", 1)
para("14. La representante de la OIM, Sra. Daniela Fonseca Rivas, presentó los resultados de un estudio "
         "sobre los costos de reclutamiento pagados por trabajadores guatemaltecos y hondureños empleados en "
         "la agricultura temporal. Recomendó que los ministerios de trabajo establezcan registros públicos de "
         "agencias privadas de empleo y prohíban el cobro de comisiones a los trabajadores. La OIM se "
         "comprometió a apoyar, antes de junio de 2027, la puesta en marcha de ventanillas de orientación "
         "para personas trabajadoras migrantes en los puestos fronterizos de Agua Caliente y Peñas Blancas.")
para("15. Hablando en nombre del grupo de los trabajadores, la CSA subrayó que la libertad sindical es "
         "una condición para prevenir el trabajo forzoso en las plantaciones y en la maquila. Propuso la "
         "creación de un mecanismo subregional de quejas accesible a los trabajadores migrantes, con "
         "participación de las organizaciones sindicales de los países de origen y de destino. Anunció que sus "
         "centrales afiliadas de Guatemala y Honduras formarán a 300 delegados sindicales en reclutamiento "
         "equitativo durante 2026.")
para("16. El representante del COHEP, que intervino también en nombre de la OIE, reiteró el compromiso "
         "del sector empleador con la debida diligencia en materia de derechos humanos. Señaló que el COHEP "
         "pondrá en marcha, en el tercer trimestre de 2026, una red de empresas libres de trabajo forzoso con "
         "al menos 40 empresas agroexportadoras. Advirtió, no obstante, que las pequeñas empresas necesitarían "
         "acompañamiento técnico si se les exigiera auditar a sus proveedores.")
para("17. En el debate posterior, la UNODC recordó que desde 2022 ha capacitado a 450 fiscales y jueces "
         "de la subregión. Sugirió que los países armonicen la tipificación del delito de trata con fines de "
         "trabajo forzoso en sus códigos penales. Varias delegaciones apoyaron la sugerencia.")
para("18. La Fundación Horizontes de Infancia tomó la palabra para expresar su preocupación por la falta "
         "de servicios de atención especializada para víctimas menores de edad. Recomendó que los presupuestos "
         "nacionales destinen recursos específicos a los albergues para víctimas de trata.")

doc.heading("V. Datos, financiación y cooperación subregional", 1)
para("19. UNICEF señaló que solo dos países de la subregión disponen de datos de trabajo infantil "
         "posteriores a 2022. Sugirió que las encuestas nacionales utilicen el cuestionario armonizado de la "
         "Iniciativa Regional para facilitar la comparación entre países. UNICEF prevé financiar, junto con la "
         "OIT, la asistencia técnica para el diseño muestral de las encuestas de Guatemala y de la República "
         "Dominicana en 2027.")
para("20. La Iniciativa Regional América Latina y el Caribe Libre de Trabajo Infantil recordó que el "
         "Modelo de Identificación del Riesgo de Trabajo Infantil se aplica ya en la mayoría de los países "
         "representados. Su coordinadora, Sra. Mariela Sotomayor, ofreció apoyo a los países que deseen "
         "vincular el modelo con sus sistemas de inspección.")
para("21. En el intercambio que siguió, se propuso que la Iniciativa Regional y la SG-SICA elaboren "
         "conjuntamente un informe subregional bienal sobre los avances hacia la Meta 8.7. Algunas delegaciones "
         "sugirieron incluir en ese informe un capítulo sobre trabajo forzoso en la pesca. Convendría, a juicio "
         "de los participantes, que los países pioneros compartan sus informes de avance con un mes de "
         "antelación a cada reunión subregional.")
para("22. El seminario web sobre reclutamiento equitativo que la OIT y la OIM organizarán el 22 de abril "
         "de 2026 servirá para presentar el estudio de la OIM a las organizaciones de empleadores.")

doc.heading("VI. Acuerdos y compromisos", 1)
para("23. Se acordó que la SG-SICA convocaría un grupo técnico subregional sobre trata de personas y "
         "trabajo forzoso, que se reunirá por primera vez antes de julio de 2026.")
para("24. Los Gobiernos de Guatemala y Honduras acordaron elaborar en 2026 un protocolo binacional de "
         "repatriación segura de víctimas de trata, y ambos países informarán de los avances en la próxima "
         "reunión subregional.")
def _honduras():
    doc.para("25. La delegación de Honduras asumió, además, los siguientes compromisos:")
    doc.bullets([
        "poner en funcionamiento en 2026 el Sistema de Registro y Monitoreo de Trabajo Infantil en los 18 "
        "departamentos del país;",
        "ampliar el programa de transferencias monetarias condicionadas a 15 000 hogares con niños en riesgo "
        "de trabajo infantil antes de 2027;",
        "crear una unidad especializada de inspección de trabajo forzoso en la STSS.",
    ], marker="a)")


doc.keep_together(_honduras)
para("26. Se acordó asimismo que la próxima reunión subregional se celebre en San José (Costa Rica) en "
         "marzo de 2027. Costa Rica se comprometió a acogerla y a presentar en ella un balance del curso "
         "virtual para inspectores.")

doc.heading("VII. Recomendaciones", 1)
def _recomendaciones():
    doc.para("27. La reunión recomendó que:")
    doc.bullets([
        "los países pioneros incorporen en sus hojas de ruta metas de trabajo forzoso y trata de personas, y no "
        "únicamente de trabajo infantil;",
        "los ministerios de trabajo asignen una partida presupuestaria propia a la ejecución de las hojas de "
        "ruta;",
        "la SG-SICA incluya el seguimiento de la Meta 8.7 en la agenda del Consejo de Ministros de Trabajo de "
        "Centroamérica y República Dominicana;",
        "la OIT y UNICEF presten asistencia técnica a Panamá y a la República Dominicana para la preparación "
        "de sus hojas de ruta.",
    ], marker="a)")


doc.keep_together(_recomendaciones)
para("28. Los países deberían, además, publicar sus listados de trabajo peligroso actualizados en un "
         "repositorio subregional común. Los informes de avance deberían presentarse con un formato común "
         "acordado con la Secretaría de la Alianza 8.7.")

doc.heading("VIII. Clausura", 1)
para("29. Al clausurar la reunión, la Viceministra Moreno Caballero agradeció la participación de las "
         "delegaciones y destacó que la subregión podría dar ejemplo de cooperación en materia de migración "
         "laboral. El Viceministro Quirós Mora invitó a las delegaciones a San José.")

doc.page_break()
doc.heading("Anexo. Lista de participantes (selección)", 1)
rows = [["País / organización", "Nombre y cargo", "Correo electrónico"],
        ["Panamá - MITRADEL", "Itzel Moreno Caballero, Viceministra de Trabajo", "imoreno@example.org"],
        ["Costa Rica - MTSS", "Esteban Quirós Mora, Viceministro de Trabajo", "equiros@example.org"],
        ["Guatemala - MINTRAB", "Julio Ajú Tzoc, Director de Previsión Social", "jaju@example.org"],
        ["Honduras - STSS", "Karla Mejía Zelaya, Directora General de Inspección", "kmejia@example.org"],
        ["El Salvador - MTPS", "Óscar Lemus Rivera, Asesor del Despacho", "olemus@example.org"],
        ["República Dominicana - Ministerio de Trabajo", "Ramón Peña Almonte, Director de Trabajo Infantil",
         "rpena@example.org"],
        ["México - STPS (observador)", "Ana Laura Villegas, Subdirectora de Asuntos Internacionales",
         "avillegas@example.org"],
        ["OIT", "Rodrigo Valdés Ambrosi, Director de Oficina", "rvaldes@example.org"],
        ["UNICEF", "Gabriela Tinoco, Especialista en Protección", "gtinoco@example.org"],
        ["OIM", "Daniela Fonseca Rivas, Oficial de Migración Laboral", "dfonseca@example.org"],
        ["UNODC", "Marco Aurelio Beltrán, Oficial de Programa", "mbeltran@example.org"],
        ["SG-SICA", "Lucía Arévalo Pinto, Directora de Asuntos Sociales", "larevalo@example.org"],
        ["Iniciativa Regional", "Mariela Sotomayor, Coordinadora", "msotomayor@example.org"],
        ["CSA", "Nelson Batres, Secretario de Políticas Sociales", "nbatres@example.org"],
        ["COHEP / OIE", "Fernando Zúniga Paz, Gerente de Asuntos Laborales", "fzuniga@example.org"],
        ["Fundación Horizontes de Infancia", "Rebeca Solís, Directora Ejecutiva", "rsolis@example.org"]]
doc.table(rows, ruled="grid", widths=[135, 195, 150])

doc.save()
