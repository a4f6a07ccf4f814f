"""Spanish (es): machine-drafted translations of the survivor-portal texts, drafted 2026-11-30 from the
English source. Status: draft, not reviewed by a native speaker."""

CONTACTS = {
    "victim-support": "Victim Support Finland (RIKU): ayuda para víctimas de delitos",
    "nollalinja": "Nollalinja: línea de ayuda sobre la violencia en las relaciones cercanas y la violencia contra las mujeres",
    "monika-helpline": "Monika-Naiset: línea nacional de crisis para mujeres migrantes",
    "shelter-mona": "Shelter Mona (Monika-Naiset): refugio seguro, ayuda en muchos idiomas",
    "sak-advice": "Asesoría de SAK sobre derechos laborales para trabajadores migrantes (gratis, no hace falta ser miembro de un sindicato)",
    "pam": "PAM, sindicato de limpieza, hoteles, restaurantes y comercio: asesoría para sus miembros",
    "teollisuusliitto": "Sindicato Industrial (Teollisuusliitto), sindicato de los trabajadores de la industria: asesoría para sus miembros",
    "ombudsman": "Defensor de la No Discriminación: asesoría sobre discriminación",
}

HOURS = {
    "WEEKDAYS": "De lunes a viernes",
    "WEEKDAYS_DAYTIME": "De lunes a viernes, durante el día",
    "ALWAYS": "Las 24 horas, todos los días",
    "SOME_HOURS": "Algunas horas en días laborables, en finés y en inglés",
    "TUE_THU": "De martes a jueves, de 10 a 12",
}

OFFER = {
    "OVERTIME_UNPAID_RED.message": "Usted trabajaría más de 40 horas a la semana sin pago de horas extra.",
    "OVERTIME_UNPAID_RED.advice": "El trabajo que pasa de 40 horas a la semana son horas extra y debe pagarse aparte. Pregunte cómo se pagan las horas extra antes de aceptar.",
    "OVERTIME_UNPAID_AMBER.message": "Algunos días durarían más de 8 horas sin pago de horas extra.",
    "OVERTIME_UNPAID_AMBER.advice": "Un día largo puede ser legal cuando el tiempo de trabajo se calcula como promedio de un período más largo. Pregunte cómo se cuentan sus horas y cuándo se paga el extra.",
    "WAGE_KICKBACK.message": "Usted tendría que devolver parte de su salario al empleador o a otra persona.",
    "WAGE_KICKBACK.advice": "Su salario es suyo. Devolver una parte es una señal frecuente de explotación. Pida consejo antes de aceptar.",
    "FORCED_SELF_EMPLOYMENT.message": "Usted tendría que darse de alta como autónomo para hacer este trabajo.",
    "FORCED_SELF_EMPLOYMENT.advice": "Si otra persona dirige su trabajo y su horario, usted puede ser un empleado con los derechos de un empleado. Pida un contrato de trabajo.",
    "UNPAID_TRIAL_WORK.message": "Usted trabajaría días de prueba sin paga.",
    "UNPAID_TRIAL_WORK.advice": "El trabajo debe pagarse, también durante un período de prueba. Pida que le paguen cada día que trabaje.",
    "WORKER_PAYS_FOR_PPE.message": "Usted tendría que pagar la ropa de protección o el equipo de seguridad.",
    "WORKER_PAYS_FOR_PPE.advice": "El empleador debe dar el equipo de protección que necesita el trabajo. Pregunte quién lo paga.",
    "THREATS_ABOUT_RESIDENCE_STATUS.message": "Alguien le amenaza con denunciarle a la policía o a las autoridades de inmigración.",
    "THREATS_ABOUT_RESIDENCE_STATUS.advice": "Las amenazas sobre el permiso de residencia se usan para controlar a las personas. Usted puede recibir ayuda, también sobre su permiso. Llame al Sistema de Asistencia en cualquier momento.",
    "SEASONAL_HOUSING_DEDUCTED.message": "Usted es trabajador de temporada y el alquiler se descontaría de su salario.",
    "SEASONAL_HOUSING_DEDUCTED.advice": "El alquiler de un trabajador de temporada no debe descontarse del salario de forma automática ni ser demasiado alto. Pida un contrato de alquiler aparte.",
    "PAY_MINIMUM_UNCONFIRMED.message": "El salario más bajo con el que comparamos no está confirmado o puede estar desactualizado.",
    "PAY_MINIMUM_UNCONFIRMED.advice": "Pregunte a un sindicato cuál es el salario más bajo actual del convenio colectivo del sector.",
    "q.pay.part_returned_to_employer": "¿Tiene que devolver parte de su salario al empleador o a otra persona?",
    "q.pay.unpaid_trial_days": "Días que trabajaría gratis como prueba",
    "q.contract.must_register_as_self_employed": "¿Tiene que darse de alta como autónomo (su propia empresa) para conseguir el trabajo?",
    "q.contract.seasonal": "¿Es un trabajo de temporada, por ejemplo recogida o trabajo en el campo durante una temporada?",
    "q.costs.protective_equipment_charged": "¿Tiene que pagar la ropa de protección o el equipo de seguridad?",
    "q.control.threatens_to_report_to_authorities": "¿Alguien le ha amenazado con denunciarle a la policía o a inmigración?",
    "ask.title": "Qué preguntar antes de aceptar",
    "ask.prefix": "Pregunte sobre esto:",
    "minimum.used": "Salario más bajo con el que comparamos: %(min)s € por hora (%(agreement)s, desde el %(date)s).",
    "minimum.confirmed": "Confirmado con la tabla salarial.",
    "minimum.unconfirmed": "No confirmado: compruébelo.",
}

PORTAL = {
    "weather.title": "El tiempo",
    "weather.body": "Hoy: parcialmente nublado, viento suave. Mañana: chubascos por la tarde.",
    "404.title": "Página no encontrada",
    "404.body": "Compruebe la dirección o vaya a la página de inicio.",
    "500.title": "Algo ha salido mal",
    "500.body": "Vuelva a intentarlo dentro de un momento.",
    "nojs.exit": "Para salir de forma segura, cierre esta pestaña. Sin JavaScript, el botón Atrás todavía puede mostrar estas páginas.",
}
