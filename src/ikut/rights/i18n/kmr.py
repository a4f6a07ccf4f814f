"""Northern Kurdish, Kurmanji (kmr): machine-drafted translations of the survivor-portal texts, drafted 2026-11-30
from the English source. Status: draft, not reviewed by a native speaker."""

CONTACTS = {
    "victim-support": "Victim Support Finland (RIKU): alîkarî ji bo qurbaniyên sûcan",
    "nollalinja": "Nollalinja: xeta alîkariyê li ser şîdeta di têkiliyên nêzîk de û şîdeta li dijî jinan",
    "monika-helpline": "Monika-Naiset: xeta krîzê ya neteweyî ji bo jinên koçber",
    "shelter-mona": "Shelter Mona (Monika-Naiset): stargeheke ewle, alîkarî bi gelek zimanan",
    "sak-advice": "Şîreta SAK li ser mafên karmendan ji bo karkerên koçber (belaş, endametiya sendîkayê ne hewce ye)",
    "pam": "PAM, sendîkaya paqijkirin, otêl, xwaringeh û dikanan: şîret ji bo endaman",
    "teollisuusliitto": "Teollisuusliitto (Sendîkaya Pîşesaziyê), sendîkaya karkerên pîşesaziyê: şîret ji bo endaman",
    "ombudsman": "Ombudsmanê Dijî Cudakariyê (Non-Discrimination Ombudsman): şîret li ser cudakariyê",
}

HOURS = {
    "WEEKDAYS": "Duşemê heta Înê",
    "WEEKDAYS_DAYTIME": "Duşemê heta Înê, bi roj",
    "ALWAYS": "24 demjimêr di rojê de, her roj",
    "SOME_HOURS": "Hin demjimêr di rojên hefteyê de, bi Fînî û Îngilîzî",
    "TUE_THU": "Sêşemê heta Pêncşemê 10–12",
}

OFFER = {
    "OVERTIME_UNPAID_RED.message": "Hûn ê di hefteyê de ji 40 demjimêran zêdetir bixebitin bêyî heqê karê zêde.",
    "OVERTIME_UNPAID_RED.advice": "Karê ji 40 demjimêran zêdetir di hefteyê de karê zêde ye û divê bi heqê zêde were dayîn. Berî ku hûn qebûl bikin, bipirsin ka karê zêde çawa tê dayîn.",
    "OVERTIME_UNPAID_AMBER.message": "Hin roj dê ji 8 demjimêran dirêjtir bin bêyî heqê karê zêde.",
    "OVERTIME_UNPAID_AMBER.advice": "Rojeke dirêj dikare qanûnî be dema ku dema kar li ser demeke dirêjtir bi navînî tê hesibandin. Bipirsin ka demjimêrên we çawa tên hesibandin û heqê zêde kengî tê dayîn.",
    "WAGE_KICKBACK.message": "Hûn ê neçar bin beşekî meaşê xwe paş bidin kardêr an kesekî din.",
    "WAGE_KICKBACK.advice": "Meaşê we yê we ye. Paşdayîna beşekî wê nîşaneke berbelav a îstismarê ye. Berî ku hûn qebûl bikin, şîretan bistînin.",
    "FORCED_SELF_EMPLOYMENT.message": "Hûn ê neçar bin xwe wek xwe-kar tomar bikin da ku vî karî bikin.",
    "FORCED_SELF_EMPLOYMENT.advice": "Heke kesekî din kar û demjimêrên we bi rê ve dibe, dibe ku hûn karmendek bin bi mafên karmendan. Peymana kar bixwazin.",
    "UNPAID_TRIAL_WORK.message": "Hûn ê rojên ceribandinê bê heq bixebitin.",
    "UNPAID_TRIAL_WORK.advice": "Divê heqê kar were dayîn, di dema ceribandinê de jî. Ji bo her roja ku hûn dixebitin heq bixwazin.",
    "WORKER_PAYS_FOR_PPE.message": "Hûn ê neçar bin heqê cilên parastinê an alavên ewlehiyê bidin.",
    "WORKER_PAYS_FOR_PPE.advice": "Divê kardêr alavên parastinê yên ku kar hewce dike peyda bike. Bipirsin ka kî heqê wan dide.",
    "THREATS_ABOUT_RESIDENCE_STATUS.message": "Kesek tehdîd dike ku we ji polîsan an desthilatên koçberiyê re ragihîne.",
    "THREATS_ABOUT_RESIDENCE_STATUS.advice": "Tehdîdên li ser destûra rûniştinê ji bo kontrolkirina mirovan tên bi kar anîn. Hûn dikarin alîkariyê bistînin, li ser destûra xwe jî. Her dem telefonî Sîstema Alîkariyê bikin.",
    "SEASONAL_HOUSING_DEDUCTED.message": "Hûn karkerê demsalî ne û kirê dê ji meaşê we were birîn.",
    "SEASONAL_HOUSING_DEDUCTED.advice": "Nabe ku kirêya karkerê demsalî bi xweber ji meaş were birîn û nabe ku pir bilind be. Peymaneke kirêyê ya cuda bixwazin.",
    "PAY_MINIMUM_UNCONFIRMED.message": "Meaşê herî kêm ê ku me pê re berhev kir nehatiye piştrast kirin an dibe ku kevn be.",
    "PAY_MINIMUM_UNCONFIRMED.advice": "Ji sendîkayekê meaşê herî kêm ê niha yê peymana kolektîf a sektorê bipirsin.",
    "q.pay.part_returned_to_employer": "Gelo divê hûn beşekî meaşê xwe paş bidin kardêr an kesekî din?",
    "q.pay.unpaid_trial_days": "Rojên ku hûn ê wek ceribandin belaş bixebitin",
    "q.contract.must_register_as_self_employed": "Gelo divê hûn xwe wek xwe-kar (şirketa xwe) tomar bikin da ku karî bistînin?",
    "q.contract.seasonal": "Gelo ev karê demsalî ye, mînak çinîn an karê çandiniyê ji bo demsalekê?",
    "q.costs.protective_equipment_charged": "Gelo divê hûn heqê cilên parastinê an alavên ewlehiyê bidin?",
    "q.control.threatens_to_report_to_authorities": "Gelo kesekî tehdîd kiriye ku we ji polîsan an koçberiyê re ragihîne?",
    "ask.title": "Berî qebûlkirinê çi bipirsin",
    "ask.prefix": "Li ser vê bipirsin:",
    "minimum.used": "Meaşê herî kêm ê ku me pê re berhev kir: %(min)s € di demjimêrê de (%(agreement)s, ji %(date)s).",
    "minimum.confirmed": "Ji tabloya meaşan hatiye piştrast kirin.",
    "minimum.unconfirmed": "Nehatiye piştrast kirin: kontrol bikin.",
}

PORTAL = {
    "weather.title": "Hewa",
    "weather.body": "Îro: qismî ewrî, bayekî sivik. Sibê: piştî nîvro baran.",
    "404.title": "Rûpel nehate dîtin",
    "404.body": "Navnîşanê kontrol bikin, an biçin rûpela sereke.",
    "500.title": "Tiştek xelet çû",
    "500.body": "Ji kerema xwe piştî demekê dîsa biceribînin.",
    "nojs.exit": "Ji bo ku hûn bi ewlehî derkevin, vê tabê bigirin. Bêyî JavaScript, bişkoka \"Paş\" (Back) a gerokê hîn dikare van rûpelan nîşan bide.",
}
