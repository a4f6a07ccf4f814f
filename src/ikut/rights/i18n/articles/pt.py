"""Portuguese (pt): the rights articles (ARTICLES), kept apart from the other texts of ../pt.py so a web
worker does not hold them: only the content loader reads them (rights.article_data, via
rights.i18n.section("ARTICLES")). Status as in that module."""

ARTICLES = {
    "contract": {
        "title": "Contrato de trabalho e condições por escrito",
        "summary": "O que o seu contrato deve dizer, e porque o deve ter por escrito.",
        "body": """Um contrato de trabalho pode ser feito oralmente, por escrito ou em formato eletrónico. Um contrato escrito é a melhor prova do que foi acordado.

Se não receber um contrato escrito, o empregador tem na mesma de lhe dar as principais condições por escrito. No prazo de 7 dias após começar a trabalhar: quem é o empregador, quando começa o trabalho, quando termina um trabalho a termo e porquê, se há período experimental, onde trabalha, que trabalho faz, o seu salário e de quanto em quanto tempo é pago, e o seu horário de trabalho. As outras condições, como as férias anuais, o prazo de aviso prévio e a convenção coletiva que se aplica, no prazo de um mês. Isto aplica-se quando trabalha mais de 12 horas em quatro semanas.

Não assine nada que não compreenda. Pode levar o contrato para casa, pedi-lo numa língua que compreenda e pedir a um sindicato ou a um técnico de apoio que o leia consigo.""",
    },
    "pay": {
        "title": "Salário e convenções coletivas",
        "summary": "A Finlândia não tem uma lei de salário mínimo: a convenção coletiva do seu setor fixa o salário mais baixo.",
        "body": """A Finlândia não tem um salário mínimo geral fixado por lei. Em vez disso, a maioria dos setores tem uma convenção coletiva de aplicação geral. Todos os empregadores desse setor têm de pagar pelo menos o que a convenção diz, mesmo que nem o empregador nem o trabalhador sejam membros de um sindicato ou de uma associação de empregadores.

A convenção também fixa pagamentos extra pelo trabalho ao fim da tarde, à noite, ao domingo e pelas horas extra, e outros direitos, como o salário durante a doença. Pergunte que convenção se aplica ao seu trabalho; deve estar escrita no seu contrato.

Se não se aplicar nenhuma convenção coletiva, o salário tem na mesma de ser razoável e normal para esse tipo de trabalho. Um salário claramente baixo demais pode ser crime (discriminação laboral extorsiva).""",
    },
    "payslip": {
        "title": "Recibo de vencimento e pagamento na sua conta bancária",
        "summary": "O seu salário vai para a sua própria conta, sempre com um recibo de vencimento.",
        "body": """O seu salário tem de ser pago numa conta bancária que escolhe e controla. Guarde só para si o cartão bancário, os códigos e o acesso ao banco online. Mais ninguém os deve ter.

Sempre que recebe o salário, tem direito a um recibo de vencimento. O recibo mostra quanto ganhou, por que horas, e o que foi descontado (impostos, contribuições para a pensão e para o seguro de desemprego, e qualquer outra coisa).

Guarde os seus recibos de vencimento e aponte as suas horas de trabalho. Se faltar dinheiro ou o pagamento vier atrasado, pergunte ao empregador por escrito. Um sindicato ou a autoridade de segurança no trabalho podem aconselhá-lo.""",
    },
    "working-hours": {
        "title": "Horário de trabalho, horas extra e descanso",
        "summary": "Horário normal, pagamento extra pelas horas extra e o seu direito a descansar.",
        "body": """O horário normal de trabalho é, em regra, no máximo 8 horas por dia e 40 horas por semana. O tempo de trabalho também pode ser organizado como uma média de várias semanas, por exemplo no trabalho por turnos ou no trabalho por períodos. Nesse caso, um dia mais longo pode ser legal. Pergunte como está organizado o seu tempo de trabalho.

Trabalhar além das horas acordadas precisa do seu acordo. As horas extra têm de ser pagas à parte. Se trabalha mais de 40 horas por semana, semana após semana, e não recebe pagamento de horas extra, isso é um sinal de alerta grave. No total, o tempo de trabalho não pode ultrapassar 48 horas por semana, em média.

A regra normal é pelo menos 11 horas de descanso entre dias de trabalho e pelo menos 35 horas seguidas de descanso todas as semanas. Em alguns casos, o descanso entre dias de trabalho pode ser legalmente mais curto. Se tiver menos de 11 horas, pergunte porquê e peça conselho. Num dia de mais de 6 horas tem direito a uma pausa, normalmente de pelo menos uma hora.""",
    },
    "annual-holiday": {
        "title": "Férias anuais",
        "summary": "Ganha férias pagas por cada mês de trabalho.",
        "body": """Ganha férias anuais pagas por cada mês completo de trabalho (um mês com pelo menos 14 dias de trabalho ou, em alguns casos, 35 horas de trabalho). No primeiro ano são 2 dias por mês; quando, no fim de março, o seu contrato já durou pelo menos um ano, são 2,5 dias por mês.

Durante as férias recebe o seu salário normal. Muitas convenções coletivas também dão um subsídio de férias.

Se o seu contrato terminar antes de ter gozado as férias, o empregador tem de lhe pagar uma compensação de férias.""",
    },
    "sick-leave": {
        "title": "Baixa por doença",
        "summary": "Se estiver doente pode ficar em casa, e recebe salário pelos primeiros dias.",
        "body": """Se estiver demasiado doente para trabalhar, avise o empregador o mais depressa possível. O empregador pode pedir um atestado médico; as regras estão na convenção coletiva ou nas instruções do local de trabalho.

Se o seu contrato já durou pelo menos um mês, o empregador paga o salário completo do dia em que adoeceu e dos nove dias de trabalho seguintes. Se durou menos de um mês, recebe metade do salário.

Se a doença durar mais tempo, pode pedir à Kela um subsídio de doença. O empregador não o pode despedir só por estar doente.""",
    },
    "trial-period": {
        "title": "Período experimental e fim do contrato",
        "summary": "Quanto tempo pode durar um período experimental e como pode terminar um trabalho.",
        "body": """Pode ser acordado um período experimental no início do trabalho. Pode durar no máximo 6 meses. Num trabalho a termo de menos de 12 meses, pode ser no máximo metade da duração do trabalho. Durante o período experimental, qualquer das partes pode terminar o contrato, mas não por um motivo discriminatório.

Depois do período experimental, o empregador precisa de um motivo justo para o despedir, por exemplo se não cumprir os seus deveres ou se não houver trabalho suficiente por razões financeiras ou de produção. Um motivo menor ou discriminatório nunca é suficiente. O empregador tem de respeitar o prazo de aviso prévio, que depende de há quanto tempo trabalha, a partir de 14 dias.

Também se pode despedir. Se o seu contrato durou menos de cinco anos, o seu prazo de aviso prévio é normalmente de 14 dias. Quando o trabalho terminar, peça um certificado de trabalho por escrito.""",
    },
    "tax": {
        "title": "Cartão de impostos e impostos",
        "summary": "Peça um cartão de impostos para que seja descontado do seu salário o imposto certo.",
        "body": """Para trabalhar na Finlândia precisa de um número de identificação pessoal finlandês e de um cartão de impostos da Administração Fiscal (Vero). Entregue o cartão de impostos ao empregador. O empregador desconta o imposto do seu salário e paga-o à Vero.

Sem cartão de impostos, o empregador tem de descontar 60 % do seu salário como imposto. Esse dinheiro não se perde, mas só recebe de volta o que foi descontado a mais mais tarde, depois de feito o cálculo dos impostos.

Nas obras de construção também precisa de um número fiscal no seu cartão de identificação. O recibo de vencimento mostra quanto imposto foi descontado; confirme que corresponde ao seu cartão de impostos.""",
    },
    "safety": {
        "title": "Segurança no trabalho",
        "summary": "O empregador tem de o proteger e de lhe ensinar a trabalhar em segurança.",
        "body": """O empregador tem de cuidar da sua segurança e da sua saúde no trabalho. Antes de começar, têm de lhe mostrar como fazer o trabalho em segurança, de uma forma que compreenda.

O equipamento de proteção de que o trabalho precisa (por exemplo luvas, calçado de segurança, capacete ou máscara) tem de lhe ser dado gratuitamente. O empregador também tem de organizar os cuidados de saúde no trabalho.

Se o trabalho puser a sua vida ou a sua saúde em perigo grave, tem o direito de o recusar. Comunique os acidentes ao empregador. Pode pedir conselho à autoridade de segurança e saúde no trabalho: +358 295 016 620 (0295 016 620), de segunda a sexta-feira, das 9 às 15.""",
    },
    "unions": {
        "title": "Sindicatos e fundos de desemprego",
        "summary": "Pode inscrever-se num sindicato. O sindicato pode aconselhá-lo e ajudar com problemas no trabalho.",
        "body": """Qualquer pessoa que trabalhe na Finlândia pode inscrever-se num sindicato, seja qual for a sua nacionalidade. O empregador não o pode impedir nem tratá-lo pior por ser sócio. Não tem de dizer ao empregador que é sócio.

Um sindicato aconselha os sócios sobre salários e condições de trabalho, verifica contratos e recibos de vencimento, e pode ajudar em conflitos, também com um advogado.

Os fundos de desemprego pagam um subsídio de desemprego calculado sobre o salário aos sócios que perdem o emprego, se tiverem trabalhado tempo suficiente. Muitos sindicatos incluem a inscrição num fundo.""",
    },
    "housing": {
        "title": "Habitação e descontos no salário",
        "summary": "Quando o empregador é também o seu senhorio, tenha cuidado com a renda e os descontos.",
        "body": """Alguns empregadores oferecem habitação. Isso pode ajudar, mas também dá ao empregador poder sobre si: se perder o trabalho, pode perder a casa.

Peça um contrato de arrendamento escrito e separado, que diga a renda, o que inclui e como termina o contrato. A renda deve ser normal para a zona e para o estado da casa.

O empregador só pode descontar dinheiro do seu salário dentro dos limites fixados pela lei, e cada desconto tem de aparecer no recibo de vencimento. Uma renda muito alta ou descontos que o deixam com pouco salário são sinais de alerta.""",
    },
    "residence-permit": {
        "title": "Autorização de residência e mudança de empregador",
        "summary": "O que a sua autorização permite, e o que fazer se quiser mudar de trabalho.",
        "body": """Muitas autorizações de residência para trabalho estão ligadas a uma área profissional. Normalmente pode mudar de empregador dentro da mesma área. Para trabalhar noutra área pode precisar de uma nova autorização. Verifique as condições da sua própria autorização ou pergunte ao Serviço de Imigração da Finlândia (Migri).

O empregador tem de verificar se tem direito a trabalhar, mas não pode ficar com o seu cartão de autorização de residência nem com o seu passaporte.

Se o empregador o explorou, pode receber ajuda para pedir uma autorização para um novo trabalho. A exploração não lhe tira os seus direitos: o Sistema de Assistência ajuda as vítimas mesmo que estejam na Finlândia sem uma autorização válida.""",
    },
    "seasonal-work": {
        "title": "Trabalho sazonal e apanha de bagas",
        "summary": "Os trabalhadores sazonais têm os mesmos direitos que os outros trabalhadores.",
        "body": """Os trabalhadores sazonais na agricultura, na jardinagem e no turismo têm os mesmos direitos que os outros trabalhadores: um contrato, salário segundo a convenção coletiva, descanso e uma habitação segura.

Os apanhadores de bagas silvestres que vêm apanhar e vender bagas muitas vezes não são trabalhadores por conta de outrem. Antes de viajar, informe-se sobre a quem vai vender as bagas, quanto vai pagar pela viagem, pela habitação, pela comida e pelos carros, e se esses custos são descontados do que ganha.

Tome as suas próprias notas do que apanha e do que lhe pagam. Nunca entregue o seu passaporte a ninguém. Se ficar endividado ou não puder sair, ligue para o Sistema de Assistência.""",
    },
    "discrimination": {
        "title": "Discriminação e discriminação laboral extorsiva",
        "summary": "Não pode ser tratado pior por causa da sua origem, e aproveitar-se da sua situação é crime.",
        "body": """No trabalho não pode ser tratado pior por causa da sua origem, nacionalidade, língua, religião, sexo, idade, saúde ou outros motivos pessoais. Isto abrange a contratação, o salário, as condições de trabalho e o despedimento.

A discriminação laboral extorsiva é crime na Finlândia. Quer dizer que um empregador coloca um trabalhador numa situação claramente pior, aproveitando-se da sua situação difícil, da sua dependência ou da sua falta de conhecimento, por exemplo com um salário muito baixo ou com horários muito longos.

Pode pedir conselho à autoridade de segurança e saúde no trabalho ou ao Provedor para a Não Discriminação, e pode denunciar um crime à polícia.""",
    },
    "trafficking-help": {
        "title": "Sinais de tráfico de seres humanos e onde pedir ajuda",
        "summary": "Sinais de alerta e quem o ajuda — de graça e de forma confidencial, mesmo sem documentos.",
        "body": """São sinais de alerta: alguém fica com o seu passaporte ou o seu cartão bancário; tem uma dívida ao empregador ou ao recrutador; não pode sair do local de trabalho ou da habitação; o seu telefone ou os seus contactos são controlados; é ameaçado; trabalha muitíssimas horas por pouco ou nenhum dinheiro; o trabalho é diferente do que foi prometido.

O Sistema de Assistência às Vítimas de Tráfico de Seres Humanos ajuda-o, mesmo que esteja na Finlândia sem uma autorização válida e mesmo que não queira ir à polícia. Ligue para +358 295 463 177 (0295 463 177), 24 horas por dia.

Para conselhos sobre as condições de trabalho, ligue para a autoridade de segurança e saúde no trabalho: +358 295 016 620 (0295 016 620), de segunda a sexta-feira, das 9 às 15. Em perigo, ligue 112.""",
    },
    "paying-back-pay": {
        "title": "Ser obrigado a devolver parte do salário",
        "summary": "O seu salário é seu. Ninguém o pode obrigar a devolver uma parte.",
        "body": """Às vezes o recibo de vencimento mostra o salário certo, mas o empregador ou um intermediário obriga-o a devolver uma parte em dinheiro, para outra conta ou como uma «taxa». É uma forma de lhe pagar menos do que dizem a lei e a convenção coletiva.

Não tem de devolver nada do seu salário. Guarde os recibos de vencimento, os extratos bancários e as mensagens, e aponte todas as vezes que lhe pediram dinheiro.

Obrigar alguém a devolver salário pode ser crime. Pode receber conselho sem dar o seu nome. Se tiver medo, ligue para o Sistema de Assistência às Vítimas de Tráfico de Seres Humanos, 24 horas por dia.""",
    },
    "forced-self-employment": {
        "title": "Ser obrigado a trabalhar como «independente»",
        "summary": "Se outra pessoa decide o seu trabalho, o seu horário e o seu pagamento, provavelmente é trabalhador por conta de outrem.",
        "body": """Alguns empregadores dizem aos trabalhadores para registarem uma empresa ou fazerem um contrato de «empresário ligeiro» (light entrepreneur), para não terem de pagar férias, salário na doença, pensão ou seguros. Nesse caso, pode ter de pagar todos os custos sozinho.

O que conta é a forma como o trabalho é feito na realidade, não o que diz o papel. Se trabalha para uma só empresa, segundo as instruções dela, no horário que ela decide e pelo pagamento que ela decide, provavelmente é trabalhador por conta de outrem, com todos os direitos de um trabalhador.

Não assine um contrato que não compreenda. Peça conselho antes de registar uma empresa. O aconselhamento do SAK para trabalhadores migrantes é gratuito e não exige ser sócio de um sindicato.""",
    },
    "unpaid-trial-days": {
        "title": "«Dias de experiência» sem pagamento",
        "summary": "Trabalho é trabalho pago, também no primeiro dia e durante o período experimental.",
        "body": """Alguns empregadores pedem-lhe que trabalhe de graça alguns dias «para mostrar o que sabe fazer», e depois não o contratam. O trabalho feito para um empregador é trabalho pago, também no primeiro dia.

O período experimental faz parte de um contrato pago: durante esse tempo recebe o salário completo. Uma visita curta e sem pagamento para conhecer o local de trabalho é diferente de fazer trabalho real para o empregador.

Aponte os dias e as horas que trabalhou, o local e quem lhe disse para trabalhar. Peça o seu pagamento por escrito. Um sindicato ou o aconselhamento gratuito do SAK para trabalhadores migrantes podem ajudá-lo a reclamá-lo.""",
    },
    "protective-equipment": {
        "title": "O equipamento de proteção é gratuito",
        "summary": "As luvas, o calçado de segurança, os capacetes e as máscaras de que o trabalho precisa são pagos pelo empregador.",
        "body": """Se o trabalho precisar de equipamento de proteção, como luvas, calçado de segurança, capacete, proteção auditiva ou máscara, o empregador tem de o dar gratuitamente. O empregador não pode descontar o custo do seu salário.

O empregador também tem de lhe mostrar como usar o equipamento, de uma forma que compreenda. Use-o, e avise o empregador se estiver estragado ou não servir.

Se lhe pedirem para pagar o equipamento de proteção, ou para trabalhar sem ele num trabalho perigoso, peça conselho à autoridade de segurança e saúde no trabalho ou a um sindicato.""",
    },
    "threats-permit-police": {
        "title": "Ameaças sobre a sua autorização de residência ou a polícia",
        "summary": "Um empregador não lhe pode tirar a autorização, e as ameaças são um sinal de alerta.",
        "body": """Alguns empregadores dizem: «Se te queixares, faço com que te tirem a autorização», «A polícia vai-te expulsar» ou «Ninguém vai acreditar em ti». São ameaças para o manter calado. Não é o empregador que decide sobre a sua autorização de residência: é o Serviço de Imigração da Finlândia.

Ameaçar alguém pode ser crime, e é um sinal frequente de exploração e de tráfico. Tem direitos no trabalho mesmo que a sua autorização dependa do seu emprego ou que não tenha uma autorização válida.

O Sistema de Assistência às Vítimas de Tráfico de Seres Humanos ajuda-o mesmo que não queira ir à polícia. Pode ligar 24 horas por dia. Em perigo, ligue 112.""",
    },
    "wild-berries": {
        "title": "Apanha de bagas silvestres",
        "summary": "Uma lei de 2021 protege os apanhadores estrangeiros que não são trabalhadores por conta de outrem.",
        "body": """Muitos apanhadores estrangeiros de bagas silvestres não são trabalhadores por conta de outrem: apanham as bagas e vendem-nas a uma empresa de bagas, que lhes organiza a habitação e a comida. Desde 2021, uma lei (487/2021) fixa regras para isto. É fiscalizada pelas autoridades de segurança e saúde no trabalho.

A empresa de bagas não lhe pode cobrar pelo recrutamento. Antes de viajar, pergunte que preço recebe pelas bagas e quanto paga pela habitação, pela comida e pela viagem. Tome as suas próprias notas do que apanha, vende e paga.

Se, na realidade, trabalha às ordens e no horário de outra pessoa, pode ser trabalhador por conta de outrem, e então aplica-se a si a Lei dos Contratos de Trabalho, com todos os seus direitos. Nunca entregue o seu passaporte a ninguém.""",
    },
    "seasonal-housing": {
        "title": "Habitação para trabalhadores sazonais",
        "summary": "A renda não pode ser alta demais para o seu salário, nem descontada do salário automaticamente.",
        "body": """Se o empregador lhe organiza a habitação como trabalhador sazonal, a renda não pode ser excessiva em comparação com o seu salário líquido. A renda não pode ser descontada do seu salário automaticamente.

Antes de viajar, peça um contrato de arrendamento escrito, com a renda, o que inclui e quantas pessoas partilham o quarto. A habitação tem de ser segura e digna.

Guarde os seus recibos de vencimento e os comprovativos de pagamento. Se a renda ou outros custos levarem a maior parte do seu salário, ou se não puder sair da habitação, peça conselho ou ligue para o Sistema de Assistência às Vítimas de Tráfico de Seres Humanos.""",
    },
    "victim-residence-permit": {
        "title": "Autorização de residência para vítimas de tráfico e período de reflexão",
        "summary": "Uma vítima de tráfico pode ter tempo para pensar e uma autorização de residência própria.",
        "body": """Se pode ser vítima de tráfico de seres humanos, a lei dá-lhe um período de reflexão: tempo para recuperar e para decidir se quer colaborar com as autoridades. Durante esse tempo não é afastado da Finlândia.

Uma vítima de tráfico também pode obter uma autorização de residência que não depende do empregador. A sua situação e a sua segurança são tidas em conta.

O Sistema de Assistência às Vítimas de Tráfico de Seres Humanos ajuda-o com isto, mesmo que agora não tenha uma autorização válida. A ajuda é gratuita e confidencial. Ligue 24 horas por dia.""",
    },
    "recruitment-fees": {
        "title": "Nunca tem de pagar taxas de recrutamento",
        "summary": "Não deve pagar a ninguém para conseguir um trabalho. Uma taxa pode tornar-se uma dívida que o prende.",
        "body": """Os trabalhadores não devem pagar para conseguir um trabalho: nem a uma agência, nem a um recrutador, nem a um intermediário, nem ao empregador. Isto inclui «taxas» pela oferta de emprego, pelo contrato, pelo processo do visto ou por um lugar num grupo. Para os apanhadores estrangeiros de bagas silvestres, a lei finlandesa proíbe cobrar pelo recrutamento.

Uma taxa de recrutamento torna-se muitas vezes uma dívida. Uma dívida a um recrutador ou a um empregador pode ser usada para o controlar, e é um sinal de trabalho forçado.

Se pagou ou se lhe pedem para pagar, guarde os recibos e as mensagens e peça conselho. Se a dívida for usada contra si, ligue para o Sistema de Assistência às Vítimas de Tráfico de Seres Humanos, 24 horas por dia.""",
    },
}
