"""Spanish (es): the rights articles (ARTICLES), kept apart from the other texts of ../es.py so a web
worker does not hold them: only the content loader reads them (rights.article_data, via
rights.i18n.section("ARTICLES")). Status as in that module."""

ARTICLES = {
    "contract": {
        "title": "Contrato de trabajo y condiciones por escrito",
        "summary": "Qué debe decir su contrato y por qué conviene tenerlo por escrito.",
        "body": """Un contrato de trabajo se puede hacer de palabra, por escrito o de forma electrónica. Un contrato escrito es la mejor prueba de lo que se acordó.

Si usted no recibe un contrato escrito, el empleador debe darle igualmente por escrito las condiciones principales. En los 7 días siguientes al inicio del trabajo: quién es el empleador, cuándo empieza el trabajo, cuándo termina un trabajo temporal y por qué, si hay período de prueba, dónde trabaja, qué trabajo hace, su salario y cada cuánto se paga, y su horario de trabajo. Las demás condiciones, como las vacaciones anuales, el plazo de preaviso y qué convenio colectivo se aplica, en el plazo de un mes. Esto se aplica cuando usted trabaja más de 12 horas en cuatro semanas.

No firme nada que no entienda. Puede llevarse el contrato a casa, pedirlo en un idioma que entienda y pedir a un sindicato o a una persona de apoyo que lo lea con usted.""",
    },
    "pay": {
        "title": "Salario y convenios colectivos",
        "summary": "Finlandia no tiene una ley de salario mínimo: el convenio colectivo de su sector fija el salario más bajo.",
        "body": """Finlandia no tiene un salario mínimo general fijado por ley. En cambio, la mayoría de los sectores tienen un convenio colectivo de aplicación general. Todo empleador de ese sector debe pagar al menos lo que dice el convenio, aunque ni el empleador ni usted sean miembros de un sindicato o de una asociación de empleadores.

El convenio también fija pagos extra por trabajo de tarde, de noche, en domingo y por horas extra, y otros derechos, como el salario durante una enfermedad. Pregunte qué convenio se aplica a su trabajo; debería estar escrito en su contrato.

Si no se aplica ningún convenio colectivo, el salario debe ser igualmente razonable y normal para ese tipo de trabajo. Un salario claramente demasiado bajo puede ser un delito (discriminación laboral extorsiva).""",
    },
    "payslip": {
        "title": "Recibo de salario y pago en su cuenta bancaria",
        "summary": "Su salario va a su propia cuenta, siempre con un recibo de salario.",
        "body": """Su salario debe pagarse en una cuenta bancaria que usted elige y controla. Guarde para usted su tarjeta bancaria, sus claves y su banca en línea. Nadie más debe tenerlas.

Cada vez que le pagan, usted tiene derecho a un recibo de salario. En él se ve cuánto ganó, por qué horas y qué se descontó (impuestos, cotizaciones de pensión y de seguro de desempleo, y cualquier otra cosa).

Guarde sus recibos de salario y apunte usted mismo sus horas de trabajo. Si falta dinero o el pago llega tarde, pregunte al empleador por escrito. Un sindicato o la autoridad de seguridad laboral pueden aconsejarle.""",
    },
    "working-hours": {
        "title": "Horario de trabajo, horas extra y descanso",
        "summary": "Horario normal, pago extra por horas extra y su derecho a descansar.",
        "body": """El horario normal de trabajo suele ser como máximo de 8 horas al día y 40 horas a la semana. El tiempo de trabajo también puede organizarse como un promedio de varias semanas, por ejemplo en trabajo por turnos o en trabajo por períodos. Entonces un día más largo puede ser legal. Pregunte cómo está organizado su tiempo de trabajo.

Trabajar más de las horas acordadas necesita su acuerdo. Las horas extra deben pagarse aparte. Si usted trabaja más de 40 horas a la semana, semana tras semana, y no recibe pago por horas extra, es una señal de alerta grave. En total, el tiempo de trabajo no puede superar 48 horas a la semana de promedio.

La regla normal es un descanso de al menos 11 horas entre días de trabajo y un descanso de al menos 35 horas seguidas cada semana. En algunos casos el descanso entre días de trabajo puede ser legalmente más corto. Si usted tiene menos de 11 horas, pregunte por qué y pida consejo. En un día de más de 6 horas usted tiene una pausa, normalmente de al menos una hora.""",
    },
    "annual-holiday": {
        "title": "Vacaciones anuales",
        "summary": "Usted acumula vacaciones pagadas por cada mes que trabaja.",
        "body": """Usted acumula vacaciones anuales pagadas por cada mes completo de trabajo (un mes con al menos 14 días de trabajo o, en algunos casos, 35 horas de trabajo). El primer año son 2 días por mes; cuando a finales de marzo su empleo ha durado al menos un año, son 2,5 días por mes.

Durante las vacaciones usted recibe su salario normal. Muchos convenios colectivos también dan una paga extra de vacaciones.

Si su empleo termina antes de que usted haya tomado sus vacaciones, el empleador debe pagarle en su lugar una compensación por vacaciones.""",
    },
    "sick-leave": {
        "title": "Baja por enfermedad",
        "summary": "Si está enfermo puede quedarse en casa, y se le pagan los primeros días.",
        "body": """Si está demasiado enfermo para trabajar, avise a su empleador lo antes posible. El empleador puede pedirle un certificado médico; las reglas están en el convenio colectivo o en las instrucciones del lugar de trabajo.

Si su empleo ha durado al menos un mes, el empleador le paga el salario completo del día en que se enfermó y de los nueve días de trabajo siguientes. Si ha durado menos de un mes, usted recibe la mitad de su salario.

Si la enfermedad dura más, puede solicitar a Kela un subsidio por enfermedad. Su empleador no puede despedirle solo porque usted está enfermo.""",
    },
    "trial-period": {
        "title": "Período de prueba y fin del empleo",
        "summary": "Cuánto puede durar un período de prueba y cómo puede terminar un trabajo.",
        "body": """Al comenzar el trabajo se puede acordar un período de prueba. Puede durar como máximo 6 meses. En un trabajo temporal de menos de 12 meses puede ser como máximo la mitad de la duración del trabajo. Durante el período de prueba cualquiera de las dos partes puede terminar el empleo, pero no por un motivo discriminatorio.

Después del período de prueba, el empleador necesita un motivo justificado para despedirle, por ejemplo si usted descuida sus obligaciones o si no hay suficiente trabajo por razones financieras o de producción. Un motivo menor o discriminatorio nunca es suficiente. El empleador debe respetar el plazo de preaviso, que depende de cuánto tiempo ha trabajado usted, a partir de 14 días.

Usted también puede renunciar. Si su empleo ha durado menos de cinco años, su plazo de preaviso suele ser de 14 días. Cuando termine el trabajo, pida un certificado de trabajo por escrito.""",
    },
    "tax": {
        "title": "Tarjeta de impuestos e impuestos",
        "summary": "Consiga una tarjeta de impuestos para que se descuente de su salario el impuesto correcto.",
        "body": """Para trabajar en Finlandia necesita un número de identidad personal finlandés y una tarjeta de impuestos de la Administración Tributaria (Vero). Entregue la tarjeta de impuestos a su empleador. El empleador descuenta el impuesto de su salario y lo paga a Vero.

Sin tarjeta de impuestos, el empleador debe descontar el 60 % de su salario como impuesto. Ese dinero no se pierde, pero usted solo recupera lo que se descontó de más más tarde, cuando se termina el cálculo de los impuestos.

En las obras de construcción también necesita un número fiscal en su tarjeta de identificación. Su recibo de salario muestra cuánto impuesto se descontó; compruebe que coincide con su tarjeta de impuestos.""",
    },
    "safety": {
        "title": "Seguridad en el trabajo",
        "summary": "Su empleador debe protegerle y enseñarle a trabajar de forma segura.",
        "body": """Su empleador debe cuidar de su seguridad y de su salud en el trabajo. Antes de empezar, deben enseñarle a hacer el trabajo de forma segura, de una manera que usted entienda.

El equipo de protección que necesita el trabajo (por ejemplo guantes, calzado de seguridad, casco o mascarilla) debe dársele gratis. El empleador también debe organizar la atención de salud laboral.

Si el trabajo pone su vida o su salud en peligro grave, usted tiene derecho a negarse a hacerlo. Informe de los accidentes a su empleador. Puede pedir consejo a la autoridad de seguridad y salud en el trabajo: +358 295 016 620 (0295 016 620), de lunes a viernes de 9 a 15.""",
    },
    "unions": {
        "title": "Sindicatos y cajas de desempleo",
        "summary": "Usted puede afiliarse a un sindicato. El sindicato puede aconsejarle y ayudarle con problemas en el trabajo.",
        "body": """Todas las personas que trabajan en Finlandia pueden afiliarse a un sindicato, sea cual sea su nacionalidad. El empleador no puede impedírselo ni tratarle peor por ser miembro. Usted no tiene que decirle al empleador que es miembro.

Un sindicato aconseja a sus miembros sobre el salario y las condiciones de trabajo, revisa contratos y recibos de salario, y puede ayudar en conflictos, también con un abogado.

Las cajas de desempleo pagan un subsidio de desempleo según los ingresos a los miembros que pierden su trabajo, si han trabajado el tiempo suficiente. Muchos sindicatos incluyen la afiliación a una caja.""",
    },
    "housing": {
        "title": "Vivienda y descuentos del salario",
        "summary": "Cuando el empleador es también su casero, tenga cuidado con el alquiler y los descuentos.",
        "body": """Algunos empleadores ofrecen vivienda. Eso puede ayudar, pero también le da al empleador poder sobre usted: si pierde el trabajo, puede perder su casa.

Pida un contrato de alquiler escrito y separado que diga el alquiler, qué incluye y cómo termina el contrato. El alquiler debe ser normal para la zona y para el estado de la vivienda.

El empleador solo puede descontar dinero de su salario dentro de los límites que fija la ley, y cada descuento debe aparecer en el recibo de salario. Un alquiler muy alto o descuentos que le dejan con poco salario son señales de alerta.""",
    },
    "residence-permit": {
        "title": "Permiso de residencia y cambio de empleador",
        "summary": "Qué le permite su permiso y qué hacer si quiere cambiar de trabajo.",
        "body": """Muchos permisos de residencia por trabajo están ligados a un sector laboral. Normalmente usted puede cambiar de empleador dentro del mismo sector. Para trabajar en otro sector puede necesitar un permiso nuevo. Compruebe las condiciones de su propio permiso o pregunte al Servicio de Inmigración de Finlandia (Migri).

Su empleador debe comprobar que usted tiene derecho a trabajar, pero no puede quedarse con su tarjeta de permiso de residencia ni con su pasaporte.

Si su empleador le ha explotado, usted puede recibir ayuda para solicitar un permiso para un trabajo nuevo. La explotación no le quita sus derechos: el Sistema de Asistencia ayuda a las víctimas aunque estén en Finlandia sin un permiso válido.""",
    },
    "seasonal-work": {
        "title": "Trabajo de temporada y recogida de bayas",
        "summary": "Los trabajadores de temporada tienen los mismos derechos que los demás trabajadores.",
        "body": """Los trabajadores de temporada en la agricultura, la jardinería y el turismo tienen los mismos derechos que los demás trabajadores: un contrato, salario según el convenio colectivo, descanso y una vivienda segura.

Los recolectores de bayas silvestres que vienen a recoger y vender bayas a menudo no son empleados. Antes de viajar, averigüe a quién venderá las bayas, cuánto pagará por el viaje, la vivienda, la comida y los coches, y si esos gastos se descuentan de lo que usted gana.

Apunte usted mismo lo que recoge y lo que le pagan. No entregue nunca su pasaporte a nadie. Si acaba endeudado o no puede marcharse, llame al Sistema de Asistencia.""",
    },
    "discrimination": {
        "title": "Discriminación y discriminación laboral extorsiva",
        "summary": "No pueden tratarle peor por su origen, y aprovecharse de su situación es un delito.",
        "body": """En el trabajo no pueden tratarle peor por su origen, nacionalidad, idioma, religión, sexo, edad, salud u otros motivos personales. Esto incluye la contratación, el salario, las condiciones de trabajo y el despido.

La discriminación laboral extorsiva es un delito en Finlandia. Significa que un empleador pone a un trabajador en una situación claramente peor aprovechándose de su situación difícil, de su dependencia o de su falta de conocimientos, por ejemplo con un salario muy bajo o con jornadas muy largas.

Puede pedir consejo a la autoridad de seguridad y salud en el trabajo o al Defensor de la No Discriminación, y puede denunciar un delito a la policía.""",
    },
    "trafficking-help": {
        "title": "Señales de trata de personas y dónde pedir ayuda",
        "summary": "Señales de alerta y quién le ayuda: gratis y de forma confidencial, incluso sin papeles.",
        "body": """Estas son señales de alerta: alguien se queda con su pasaporte o su tarjeta bancaria; usted tiene una deuda con el empleador o con el reclutador; no puede salir del lugar de trabajo o de la vivienda; controlan su teléfono o sus contactos; le amenazan; trabaja muchísimas horas por poco dinero o sin paga; el trabajo es distinto de lo prometido.

El Sistema de Asistencia a Víctimas de la Trata de Seres Humanos le ayuda, aunque esté en Finlandia sin un permiso válido y aunque no quiera ir a la policía. Llame al +358 295 463 177 (0295 463 177), las 24 horas del día.

Para consejos sobre las condiciones de trabajo, llame a la autoridad de seguridad y salud en el trabajo: +358 295 016 620 (0295 016 620), de lunes a viernes de 9 a 15. Si está en peligro, llame al 112.""",
    },
    "paying-back-pay": {
        "title": "Cuando le obligan a devolver parte de su salario",
        "summary": "Su salario es suyo. Nadie puede obligarle a devolver una parte.",
        "body": """A veces el recibo de salario muestra el salario correcto, pero el empleador o un intermediario le obliga a devolver una parte en efectivo, a otra cuenta o como una «comisión». Es una forma de pagarle menos de lo que dicen la ley y el convenio colectivo.

Usted no tiene que devolver nada de su salario. Guarde sus recibos de salario, extractos bancarios y mensajes, y apunte cada vez que le pidieron dinero.

Obligar a alguien a devolver salario puede ser un delito. Puede recibir consejo sin dar su nombre. Si tiene miedo, llame al Sistema de Asistencia a Víctimas de la Trata de Seres Humanos, las 24 horas del día.""",
    },
    "forced-self-employment": {
        "title": "Cuando le obligan a trabajar como «autónomo»",
        "summary": "Si otra persona decide su trabajo, su horario y su pago, probablemente usted es un empleado.",
        "body": """Algunos empleadores dicen a los trabajadores que registren una empresa o que firmen un contrato de «emprendedor ligero» (light entrepreneur), para no tener que pagar vacaciones, salario por enfermedad, pensión ni seguros. Entonces usted puede tener que pagar todos los gastos.

Lo que cuenta es cómo se hace el trabajo en realidad, no lo que dice el papel. Si usted trabaja para una sola empresa, siguiendo sus instrucciones, en el horario que ella decide y por el pago que ella decide, probablemente es un empleado con todos los derechos de un empleado.

No firme un contrato que no entienda. Pida consejo antes de registrar una empresa. El servicio de asesoría de SAK para trabajadores migrantes es gratuito y no exige ser miembro de un sindicato.""",
    },
    "unpaid-trial-days": {
        "title": "«Días de prueba» sin pagar",
        "summary": "El trabajo es trabajo pagado, también el primer día y durante el período de prueba.",
        "body": """Algunos empleadores le piden trabajar gratis unos días «para ver lo que sabe hacer» y después no le contratan. El trabajo hecho para un empleador es trabajo pagado, también el primer día.

El período de prueba es parte de un empleo pagado: durante ese tiempo usted recibe su salario completo. Una visita corta sin pago para conocer el lugar de trabajo es distinta de hacer un trabajo real para el empleador.

Apunte los días y las horas que trabajó, el lugar y quién le dijo que trabajara. Pida su salario por escrito. Un sindicato o la asesoría gratuita de SAK para trabajadores migrantes pueden ayudarle a reclamarlo.""",
    },
    "protective-equipment": {
        "title": "El equipo de protección es gratis",
        "summary": "Los guantes, el calzado de seguridad, los cascos y las mascarillas que necesita el trabajo los paga el empleador.",
        "body": """Si el trabajo necesita equipo de protección, como guantes, calzado de seguridad, casco, protección para los oídos o mascarilla, el empleador debe dárselo gratis. El empleador no puede descontar su coste de su salario.

El empleador también debe enseñarle a usar el equipo, de una manera que usted entienda. Úselo, y avise al empleador si está roto o no es de su talla.

Si le piden pagar el equipo de protección, o trabajar sin él en un trabajo peligroso, pida consejo a la autoridad de seguridad y salud en el trabajo o a un sindicato.""",
    },
    "threats-permit-police": {
        "title": "Amenazas sobre su permiso de residencia o la policía",
        "summary": "Un empleador no puede quitarle el permiso, y las amenazas son una señal de alerta.",
        "body": """Algunos empleadores dicen: «Si te quejas, haré que te quiten el permiso», «La policía te va a deportar» o «Nadie te va a creer». Son amenazas para que usted se calle. El empleador no decide sobre su permiso de residencia: lo decide el Servicio de Inmigración de Finlandia.

Amenazar a alguien puede ser un delito, y es una señal frecuente de explotación y de trata. Usted tiene derechos en el trabajo aunque su permiso dependa de su trabajo o aunque no tenga un permiso válido.

El Sistema de Asistencia a Víctimas de la Trata de Seres Humanos le ayuda aunque usted no quiera ir a la policía. Puede llamar las 24 horas del día. Si está en peligro, llame al 112.""",
    },
    "wild-berries": {
        "title": "Recogida de bayas silvestres",
        "summary": "Una ley de 2021 protege a los recolectores extranjeros que no son empleados.",
        "body": """Muchos recolectores extranjeros de bayas silvestres no son empleados: recogen las bayas y las venden a una empresa de bayas, que les organiza la vivienda y la comida. Desde 2021 una ley (487/2021) fija reglas para esto. La vigilan las autoridades de seguridad y salud en el trabajo.

La empresa de bayas no puede cobrarle por la contratación. Antes de viajar, pregunte qué precio le pagarán por las bayas y cuánto pagará usted por la vivienda, la comida y el viaje. Apunte usted mismo lo que recoge, lo que vende y lo que paga.

Si en realidad usted trabaja bajo las órdenes y el horario de otra persona, puede ser un empleado, y entonces se le aplica la Ley de Contratos de Trabajo con todos sus derechos. No entregue nunca su pasaporte a nadie.""",
    },
    "seasonal-housing": {
        "title": "Vivienda para trabajadores de temporada",
        "summary": "El alquiler no puede ser demasiado alto para su salario, ni descontarse de su salario automáticamente.",
        "body": """Si el empleador le organiza la vivienda como trabajador de temporada, el alquiler no debe ser excesivo en comparación con su salario neto. El alquiler no debe descontarse de su salario de forma automática.

Antes de viajar, pida un contrato de alquiler por escrito con el alquiler, lo que incluye y cuántas personas comparten la habitación. La vivienda debe ser segura y digna.

Guarde sus recibos de salario y sus recibos de pago. Si el alquiler u otros gastos se llevan la mayor parte de su salario, o si no puede salir de la vivienda, pida consejo o llame al Sistema de Asistencia a Víctimas de la Trata de Seres Humanos.""",
    },
    "victim-residence-permit": {
        "title": "Permiso de residencia para víctimas de trata y período de reflexión",
        "summary": "Una víctima de trata puede tener tiempo para pensar y un permiso de residencia propio.",
        "body": """Si usted puede ser víctima de trata de seres humanos, la ley le da un período de reflexión: tiempo para recuperarse y decidir si quiere colaborar con las autoridades. Durante ese tiempo no le expulsan de Finlandia.

Una víctima de trata también puede obtener un permiso de residencia que no depende del empleador. Se tienen en cuenta su situación y su seguridad.

El Sistema de Asistencia a Víctimas de la Trata de Seres Humanos le ayuda con esto, aunque ahora no tenga un permiso válido. Su ayuda es gratuita y confidencial. Llame las 24 horas del día.""",
    },
    "recruitment-fees": {
        "title": "Usted nunca tiene que pagar por la contratación",
        "summary": "No debe pagar a nadie para conseguir un trabajo. Una tarifa puede convertirse en una deuda que le atrapa.",
        "body": """Los trabajadores no deben pagar por conseguir un trabajo: ni a una agencia, ni a un reclutador, ni a un intermediario, ni al empleador. Esto incluye las «tarifas» por la oferta de trabajo, el contrato, el trámite del visado o un puesto en un grupo. Para los recolectores extranjeros de bayas silvestres, la ley finlandesa prohíbe cobrar por la contratación.

Una tarifa de contratación a menudo se convierte en una deuda. Una deuda con un reclutador o un empleador puede usarse para controlarle, y es una señal de trabajo forzoso.

Si ha pagado o le piden pagar, guarde los recibos y los mensajes y pida consejo. Si usan la deuda contra usted, llame al Sistema de Asistencia a Víctimas de la Trata de Seres Humanos, las 24 horas del día.""",
    },
}
