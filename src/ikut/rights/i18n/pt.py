"""Portuguese (pt): machine-drafted translations of the survivor-portal texts, drafted 2026-11-30 from the
English source (European Portuguese). Status: draft, not reviewed by a native speaker."""

CONTACTS = {
    "victim-support": "Victim Support Finland (RIKU): ajuda para vítimas de crime",
    "nollalinja": "Nollalinja: linha de apoio sobre violência nas relações de intimidade e violência contra as mulheres",
    "monika-helpline": "Monika-Naiset: linha nacional de crise para mulheres migrantes",
    "shelter-mona": "Shelter Mona (Monika-Naiset): abrigo seguro, ajuda em muitas línguas",
    "sak-advice": "Aconselhamento do SAK sobre direitos dos trabalhadores, para trabalhadores migrantes (gratuito, não é preciso ser sócio de um sindicato)",
    "pam": "PAM, sindicato da limpeza, hotelaria, restauração e comércio: aconselhamento para os sócios",
    "teollisuusliitto": "Sindicato da Indústria (Teollisuusliitto), sindicato dos trabalhadores da indústria: aconselhamento para os sócios",
    "ombudsman": "Provedor para a Não Discriminação: aconselhamento sobre discriminação",
}

HOURS = {
    "WEEKDAYS": "De segunda a sexta-feira",
    "WEEKDAYS_DAYTIME": "De segunda a sexta-feira, durante o dia",
    "ALWAYS": "24 horas por dia, todos os dias",
    "SOME_HOURS": "Algumas horas nos dias úteis, em finlandês e em inglês",
    "TUE_THU": "De terça a quinta-feira, das 10 às 12",
}

OFFER = {
    "OVERTIME_UNPAID_RED.message": "Trabalharia mais de 40 horas por semana sem pagamento de horas extra.",
    "OVERTIME_UNPAID_RED.advice": "O trabalho acima de 40 horas por semana são horas extra e tem de ser pago à parte. Pergunte como são pagas as horas extra antes de aceitar.",
    "OVERTIME_UNPAID_AMBER.message": "Alguns dias teriam mais de 8 horas sem pagamento de horas extra.",
    "OVERTIME_UNPAID_AMBER.advice": "Um dia longo pode ser legal quando o tempo de trabalho é calculado como média de um período mais longo. Pergunte como são contadas as suas horas e quando é pago o extra.",
    "WAGE_KICKBACK.message": "Teria de devolver parte do salário ao empregador ou a outra pessoa.",
    "WAGE_KICKBACK.advice": "O seu salário é seu. Devolver uma parte é um sinal frequente de exploração. Peça conselho antes de aceitar.",
    "FORCED_SELF_EMPLOYMENT.message": "Teria de se registar como trabalhador independente para fazer este trabalho.",
    "FORCED_SELF_EMPLOYMENT.advice": "Se outra pessoa dirige o seu trabalho e o seu horário, pode ser trabalhador por conta de outrem, com os direitos de um trabalhador. Peça um contrato de trabalho.",
    "UNPAID_TRIAL_WORK.message": "Trabalharia dias de experiência sem pagamento.",
    "UNPAID_TRIAL_WORK.advice": "O trabalho tem de ser pago, também durante um período experimental. Peça pagamento por cada dia que trabalhar.",
    "WORKER_PAYS_FOR_PPE.message": "Teria de pagar a roupa de proteção ou o equipamento de segurança.",
    "WORKER_PAYS_FOR_PPE.advice": "O empregador tem de fornecer o equipamento de proteção de que o trabalho precisa. Pergunte quem o paga.",
    "THREATS_ABOUT_RESIDENCE_STATUS.message": "Alguém ameaça denunciá-lo à polícia ou às autoridades de imigração.",
    "THREATS_ABOUT_RESIDENCE_STATUS.advice": "As ameaças sobre a autorização de residência são usadas para controlar as pessoas. Pode receber ajuda, também sobre a sua autorização. Ligue para o Sistema de Assistência a qualquer hora.",
    "SEASONAL_HOUSING_DEDUCTED.message": "É trabalhador sazonal e a renda seria descontada do seu salário.",
    "SEASONAL_HOUSING_DEDUCTED.advice": "A renda de um trabalhador sazonal não pode ser descontada do salário automaticamente nem ser alta demais. Peça um contrato de arrendamento separado.",
    "PAY_MINIMUM_UNCONFIRMED.message": "O salário mais baixo com que comparámos não está confirmado ou pode estar desatualizado.",
    "PAY_MINIMUM_UNCONFIRMED.advice": "Pergunte a um sindicato qual é o salário mais baixo atual da convenção coletiva do setor.",
    "q.pay.part_returned_to_employer": "Tem de devolver parte do salário ao empregador ou a outra pessoa?",
    "q.pay.unpaid_trial_days": "Dias que trabalharia de graça, à experiência",
    "q.contract.must_register_as_self_employed": "Tem de se registar como trabalhador independente (a sua própria empresa) para conseguir o trabalho?",
    "q.contract.seasonal": "É trabalho sazonal, por exemplo apanha ou trabalho agrícola durante uma época?",
    "q.costs.protective_equipment_charged": "Tem de pagar a roupa de proteção ou o equipamento de segurança?",
    "q.control.threatens_to_report_to_authorities": "Alguém ameaçou denunciá-lo à polícia ou à imigração?",
    "ask.title": "O que perguntar antes de aceitar",
    "ask.prefix": "Pergunte sobre isto:",
    "minimum.used": "Salário mais baixo com que comparámos: %(min)s € por hora (%(agreement)s, desde %(date)s).",
    "minimum.confirmed": "Confirmado na tabela salarial.",
    "minimum.unconfirmed": "Não confirmado: verifique-o.",
}

PORTAL = {
    "weather.title": "Tempo",
    "weather.body": "Hoje: céu parcialmente nublado, vento fraco. Amanhã: aguaceiros à tarde.",
    "404.title": "Página não encontrada",
    "404.body": "Verifique o endereço ou vá para a página inicial.",
    "500.title": "Algo correu mal",
    "500.body": "Tente novamente daqui a pouco.",
    "nojs.exit": "Para sair em segurança, feche este separador. Sem JavaScript, o botão Voltar ainda pode mostrar estas páginas.",
}
