"""Northern Kurdish, Kurmanji (kmr): the rights articles (ARTICLES), kept apart from the other texts of ../kmr.py so a web
worker does not hold them: only the content loader reads them (rights.article_data, via
rights.i18n.section("ARTICLES")). Status as in that module."""

ARTICLES = {
    "contract": {
        "title": "Peymana kar û şertên nivîskî",
        "summary": "Divê çi di peymana we de were nivîsîn, û çima divê hûn wê bi nivîskî bistînin.",
        "body": """Peymana kar dikare bi devkî, bi nivîskî an jî bi elektronîkî were çêkirin. Peymana nivîskî delîla herî baş e ji bo tiştê ku li ser lihevhatin hebû.

Heke hûn peymaneke nivîskî nestînin jî, divê kardêr şertên sereke bi nivîskî bide we. Di nav 7 rojan de piştî destpêka kar: kardêr kî ye, kar kengî dest pê dike, karê demkurt kengî û çima diqede, dema ceribandinê heye an na, hûn li ku dixebitin, hûn çi karî dikin, meaşê we û dema dayîna meaş, û demjimêrên karê we. Şertên din, wek betlaneya salane, dema agahdarkirinê û kîjan peymana kolektîf derbasdar e, di nav mehekê de. Ev derbasdar e dema ku hûn di çar hefteyan de ji 12 demjimêran zêdetir dixebitin.

Tiştekî ku hûn jê fam nakin îmze nekin. Hûn dikarin peymanê bibin malê, wê bi zimanekî ku hûn jê fam dikin bixwazin, û ji sendîkayekê an xebatkarekî alîkariyê bixwazin ku bi we re bixwîne.""",
    },
    "pay": {
        "title": "Meaş û peymanên kolektîf",
        "summary": "Li Fînlandê qanûna meaşê kêmtirîn tune: peymana kolektîf a sektora we meaşê herî kêm destnîşan dike.",
        "body": """Li Fînlandê meaşekî kêmtirîn ê giştî ku bi qanûnê hatibe danîn tune. Li şûna wê, piraniya sektoran peymaneke kolektîf a giştî-derbasdar heye. Divê her kardêrê wê sektorê herî kêm tiştê ku di peymanê de hatiye nivîsîn bide, heke kardêr an hûn ne endamê tu sendîka an komeleya kardêran bin jî.

Peyman her wiha heqê zêde ji bo êvaran, şevan, yekşeman û karê zêde, û mafên din wek meaşê dema nexweşiyê destnîşan dike. Bipirsin ka kîjan peyman li ser karê we derbasdar e; divê ew di peymana we de hatibe nivîsîn.

Heke tu peymana kolektîf derbasdar nebe jî, divê meaş ji bo wî cûreyê karî maqûl û normal be. Meaşê ku bi eşkere pir kêm e dikare sûc be (cudakariya kar a îstismarker).""",
    },
    "payslip": {
        "title": "Pusûleya meaş û meaş li hesabê we yê bankê",
        "summary": "Meaşê we diçe hesabê we yê xwe, her car bi belgeya meaş re.",
        "body": """Divê meaşê we were dayîn li hesabekî bankê ku hûn hildibijêrin û hûn bi xwe kontrol dikin. Karta bankê, kod û banka înternetê ya xwe li ba xwe bihêlin. Divê ew li ba tu kesê din nebin.

Her cara ku meaşê we tê dayîn, mafê we heye ku hûn belgeya meaş bistînin. Ew nîşan dide ka we çiqas qezenc kir, ji bo kîjan demjimêran, û çi hate birîn (bac, beşdariyên teqawîdiyê û sîgorteya bêkariyê, û her tiştekî din).

Pusûleyên meaşê xwe biparêzin û demjimêrên karê xwe bi xwe binivîsin. Heke meaş kêm be an dereng bimîne, bi nivîskî ji kardêr bipirsin. Sendîkayek an desthilata ewlehiya kar dikare şîretan li we bike.""",
    },
    "working-hours": {
        "title": "Demjimêrên kar, karê zêde û bêhnvedan",
        "summary": "Demjimêrên normal, heqê zêde ji bo karê zêde, û mafê we yê bêhnvedanê.",
        "body": """Dema karê asayî bi gelemperî herî zêde 8 demjimêr di rojê de û 40 demjimêr di hefteyê de ye. Dema kar dikare wek navînek ji çend hefteyan jî were rêxistin kirin, mînak di karê bi nobet an karê li gorî dewreyan de. Wê demê rojeke dirêjtir dikare qanûnî be. Bipirsin ka dema karê we çawa hatiye rêxistin kirin.

Ji bo karê ji demjimêrên lihevkirî zêdetir, razîbûna we pêwîst e. Divê karê zêde bi heqê zêde were dayîn. Heke hûn hefte bi hefte ji 40 demjimêran zêdetir bixebitin û tu heqê karê zêde nestînin, ev nîşaneke hişyariyê ya giran e. Bi tevahî, dema kar nabe ku bi navînî di hefteyê de ji 48 demjimêran derbas bibe.

Qaîdeya normal ev e: herî kêm 11 demjimêr bêhnvedan di navbera du rojên kar de û her hefte herî kêm 35 demjimêr bêhnvedan li pey hev. Di hin rewşan de bêhnvedana di navbera rojên kar de dikare bi qanûnî kurtir be. Heke hûn ji 11 demjimêran kêmtir bistînin, bipirsin çima û şîretê bistînin. Di rojeke kar a ji 6 demjimêran dirêjtir de hûn navberek distînin, bi gelemperî herî kêm demjimêrek.""",
    },
    "annual-holiday": {
        "title": "Betlaneya salane",
        "summary": "Ji bo her meha ku hûn dixebitin, hûn betlaneya bi heq qezenc dikin.",
        "body": """Ji bo her meheke kar a temam, hûn betlaneya salane ya bi heq qezenc dikin (mehek bi herî kêm 14 rojên kar, an di hin rewşan de 35 demjimêrên kar). Di sala yekem de ev 2 roj di mehê de ye; heke heta dawiya Adarê kara we herî kêm salekê domiyabe, ev 2.5 roj di mehê de ye.

Di dema betlaneyê de hûn meaşê xwe yê normal distînin. Gelek peymanên kolektîf her wiha bonûsa betlaneyê didin.

Heke kara we biqede berî ku hûn betlaneya xwe bigirin, divê kardêr li şûna wê tezmînata betlaneyê bide.""",
    },
    "sick-leave": {
        "title": "Betlaneya nexweşiyê",
        "summary": "Heke hûn nexweş bin hûn dikarin li malê bimînin, û ji bo rojên pêşîn heq tê dayîn.",
        "body": """Heke hûn ewqas nexweş bin ku nikaribin bixebitin, zûtirîn dem ji kardêrê xwe re bêjin. Kardêr dikare raporeke bijîşkî bixwaze; qaîde di peymana kolektîf an rêwerzên cihê kar de ne.

Heke kara we herî kêm mehekê domiyabe, kardêr meaşê we yê tam dide ji bo roja ku hûn nexweş ketin û neh rojên kar ên li pey wê. Heke ji mehekê kêmtir be, hûn nîvê meaşê xwe distînin.

Ji bo nexweşiya dirêjtir hûn dikarin ji Kela serlêdana alîkariya nexweşiyê bikin. Kardêrê we nikare we tenê ji ber ku hûn nexweş in ji kar derxe.""",
    },
    "trial-period": {
        "title": "Dema ceribandinê û dawîhatina kar",
        "summary": "Dema ceribandinê dikare çiqas dirêj be, û kar çawa dikare biqede.",
        "body": """Di destpêka kar de dema ceribandinê dikare were lihevkirin. Ew dikare herî zêde 6 mehan bidome. Di karekî demkurt ê ji 12 mehan kurtir de, ew dikare herî zêde nîvê dirêjahiya kar be. Di dema ceribandinê de her alî dikare kar biqedîne, lê ne ji ber sedemeke cudakar.

Piştî dema ceribandinê, kardêr ji bo derxistina we sedemeke rast hewce dike, wek mînak heke hûn peywirên xwe paşguh bikin an heke ji ber sedemên darayî an hilberînê têra xwe kar tune be. Sedemeke biçûk an cudakar qet têr nake. Divê kardêr dema agahdarkirinê bigire ber çavan. Dema agahdarkirinê girêdayî wê ye ka we çiqas xebitiye, ji 14 rojan û zêdetir.

Hûn jî dikarin ji kar derkevin. Heke kara we ji pênc salan kêmtir domiyabe, dema agahdarkirina we bi gelemperî 14 roj e. Dema kar diqede, belgeyeke kar a nivîskî bixwazin.""",
    },
    "tax": {
        "title": "Karta bacê û bac",
        "summary": "Karta bacê bistînin da ku baca rast ji meaşê we were birîn.",
        "body": """Ji bo xebitandinê li Fînlandê, hûn hewceyî koda nasnameya kesane ya Fînlandî û karta bacê ji Îdareya Bacê (Vero) ne. Karta bacê bidin kardêrê xwe. Kardêr bacê ji meaşê we dibire û dide Vero.

Bêyî karta bacê, divê kardêr 60 % ji meaşê we wek bac bibire. Ew pere winda nabe, lê hûn zêdebûnê tenê paşê, piştî ku hesabê bacê qediya, paş distînin.

Li cihên avahîsaziyê hûn her wiha hewceyî hejmareke bacê li ser karta nasnameya xwe ne. Pusûleya meaşê we nîşan dide ka çiqas bac hate birîn; kontrol bikin ka ew bi karta bacê ya we re li hev tê.""",
    },
    "safety": {
        "title": "Ewlehî li kar",
        "summary": "Divê kardêrê we we ewle bihêle û fêrî we bike ka hûn çawa bi ewlehî bixebitin.",
        "body": """Divê kardêrê we li ewlehî û tenduristiya we ya li kar miqate be. Berî ku hûn dest pê bikin, divê nîşanî we were dayîn ka hûn çawa karî bi ewlehî bikin, bi awayekî ku hûn jê fam dikin.

Alavên parastinê yên ku kar hewce dike (mînak lepik, pêlavên ewlehiyê, kask an maske) divê belaş ji we re werin dayîn. Divê kardêr her wiha xizmeta tenduristiya kar amade bike.

Heke kar jiyan an tenduristiya we dixe xetereke giran, mafê we heye ku hûn wî karî red bikin. Qezayan ji kardêrê xwe re ragihînin. Hûn dikarin ji desthilata ewlehî û tenduristiya kar şîretan bixwazin: +358 295 016 620 (0295 016 620), Duşemê heta Înê 9–15.""",
    },
    "unions": {
        "title": "Sendîka û sandoqên bêkariyê",
        "summary": "Hûn dikarin bibin endamê sendîkayê. Ew dikare şîretan li we bike û di pirsgirêkên kar de alîkariyê bike.",
        "body": """Her kesê ku li Fînlandê dixebite, çi neteweya wî be jî, dikare bibe endamê sendîkayê. Kardêr nikare pêşiya we bigire an jî ji ber ku hûn endam in bi we re xerabtir tevbigere. Ne hewce ye ku hûn ji kardêr re bêjin ku hûn endam in.

Sendîka şîretan li endamên xwe dike li ser meaş û şertên kar, peyman û belgeyên meaş kontrol dike, û dikare di nakokiyan de alîkariyê bike, bi parêzer jî.

Sandoqên bêkariyê alîkariya bêkariyê ya girêdayî dahatê didin endamên ku karê xwe winda dikin, heke wan têra xwe xebitîbe. Gelek sendîka endametiya sandoqê jî di nav xwe de digirin.""",
    },
    "housing": {
        "title": "Xanî û birînên ji meaş",
        "summary": "Dema ku kardêr xwediyê xaniyê we jî be, li kirê û birînan miqate bin.",
        "body": """Hin kardêr xanî pêşkêş dikin. Ev dikare alîkar be, lê ew her wiha hêzê li ser we dide kardêr: heke hûn karê xwe winda bikin, dibe ku hûn xaniyê xwe jî winda bikin.

Peymaneke kirêyê ya nivîskî ya cuda bixwazin ku tê de kirê, çi tê de heye û peyman çawa diqede hatibe nivîsîn. Divê kirê ji bo herêmê û rewşa xanî normal be.

Kardêr tenê di nav sînorên ku qanûn danîne de dikare pere ji meaşê we bibire, û divê her birînek li ser belgeya meaş were nîşandan. Kirêya pir bilind an birînên ku meaşekî kêm ji we re dihêlin nîşanên hişyariyê ne.""",
    },
    "residence-permit": {
        "title": "Destûra rûniştinê û guhertina kardêr",
        "summary": "Destûra we rê dide çi, û heke hûn bixwazin karê xwe biguherînin divê hûn çi bikin.",
        "body": """Gelek destûrên rûniştinê yên li ser bingeha kar bi qadeke kar ve girêdayî ne. Bi gelemperî hûn dikarin di nav heman qadê de kardêr biguherînin. Ji bo xebitandinê di qadeke din de dibe ku hûn hewceyî destûreke nû bin. Şertên destûra xwe kontrol bikin, an ji Servîsa Koçberiyê ya Fînlandê (Migri) bipirsin.

Divê kardêrê we kontrol bike ka mafê we yê xebatê heye, lê nikare karta destûra rûniştinê an pasaporta we li ba xwe bihêle.

Heke kardêrê we we îstismar kiribe, hûn dikarin alîkariyê bistînin ji bo serlêdana destûrê ji bo karekî nû. Îstismar mafên we ji holê ranake: Sîstema Alîkariyê alîkariya qurbaniyan dike, heke ew bêyî destûreke derbasdar li Fînlandê bin jî.""",
    },
    "seasonal-work": {
        "title": "Karê demsalî û çinîna fêkiyên daristanê",
        "summary": "Karkerên demsalî xwedî heman mafan in wek karkerên din.",
        "body": """Karkerên demsalî yên di çandinî, baxçevanî û tûrîzmê de xwedî heman mafan in wek karkerên din: peyman, meaş li gorî peymana kolektîf, bêhnvedan û xaniyekî ewle.

Kesên ku tên da ku fêkiyên daristanê (berry) biçinin û bifiroşin, pir caran ne karmend in. Berî ku hûn rê bikevin, fêr bibin ka hûn ê fêkiyan bifiroşin kê, hûn ê ji bo rêwîtî, xanî, xwarin û erebeyan çi bidin, û gelo ew mesref ji qezenca we tên birîn.

Notên xwe yên ka we çi çinî û çi ji we re hate dayîn binivîsin. Qet pasaporta xwe nedin tu kesî. Heke hûn bikevin deyn an nikaribin derkevin, telefonî Sîstema Alîkariyê bikin.""",
    },
    "discrimination": {
        "title": "Cudakarî û cudakariya kar a îstismarker",
        "summary": "Nabe ku ji ber cihê ku hûn jê tên bi we re xerabtir were tevgerîn, û îstismarkirina rewşa we sûc e.",
        "body": """Li kar nabe ku ji ber eslê we, neteweya we, ziman, ol, zayend, temen, tenduristî an sedemên din ên kesane bi we re xerabtir were tevgerîn. Ev li ser wergirtina kar, meaş, şertên kar û derxistina ji kar derbasdar e.

Cudakariya kar a îstismarker li Fînlandê sûc e. Ev tê wê wateyê ku kardêr karkerekî bi eşkere dixe rewşeke xerabtir bi îstismarkirina rewşa wî ya dijwar, girêdayîbûna wî an kêmzanîna wî, mînak bi meaşekî pir kêm an demjimêrên pir dirêj.

Hûn dikarin ji desthilata ewlehî û tenduristiya kar an ji Ombudsmanê Dijî Cudakariyê şîretan bixwazin, û hûn dikarin sûcekî ji polîsan re ragihînin.""",
    },
    "trafficking-help": {
        "title": "Nîşanên bazirganiya mirovan û hûn li ku alîkariyê bistînin",
        "summary": "Nîşanên hişyariyê, û kî alîkariya we dike — belaş û bi nepenî, bêyî belgeyan jî.",
        "body": """Nîşanên hişyariyê ev in: kesek pasaport an karta bankê ya we li ba xwe dihêle; deynê we li ser kardêr an navbeynkarê kar heye; hûn nikarin cihê kar an xanî biterikînin; telefona we an têkiliyên we tên kontrol kirin; hûn tên tehdîd kirin; hûn demjimêrên pir dirêj bi heqekî kêm an bê heq dixebitin; kar ji tiştê ku hatibû soz dayîn cuda ye.

Sîstema Alîkariyê ya ji bo Qurbaniyên Bazirganiya Mirovan alîkariya we dike, heke hûn bêyî destûreke derbasdar li Fînlandê bin jî û heke hûn nexwazin biçin ba polîsan jî. Telefonî +358 295 463 177 (0295 463 177) bikin, 24 demjimêr di rojê de.

Ji bo şîretan li ser şertên kar, telefonî desthilata ewlehî û tenduristiya kar bikin: +358 295 016 620 (0295 016 620), Duşemê heta Înê 9–15. Di xeterê de, telefonî 112 bikin.""",
    },
    "paying-back-pay": {
        "title": "Mecbûrkirina paşdayîna beşekî meaş",
        "summary": "Meaşê we yê we ye. Tu kes nikare we mecbûr bike ku beşekî wê paş bidin.",
        "body": """Carinan belgeya meaş meaşê rast nîşan dide, lê kardêr an navbeynkarek we mecbûr dike ku hûn beşekî wê bi pereyê kaş, li hesabekî din an wek "heq" paş bidin. Ev rêyek e ku ji we re kêmtir ji tiştê ku qanûn û peymana kolektîf dibêjin were dayîn.

Ne hewce ye ku hûn tu beşekî meaşê xwe paş bidin. Pusûleyên meaş, ekstreyên bankê û peyamên xwe biparêzin, û her cara ku ji we hate xwestin ku hûn bidin binivîsin.

Mecbûrkirina paşdayîna meaş dikare sûc be. Hûn dikarin bêyî ku navê xwe bidin şîretan bistînin. Heke hûn ditirsin, telefonî Sîstema Alîkariyê ya ji bo Qurbaniyên Bazirganiya Mirovan bikin, 24 demjimêr di rojê de.""",
    },
    "forced-self-employment": {
        "title": "Mecbûrkirina xebatê wek \"xwe-kar\"",
        "summary": "Heke kesekî din li ser kar, demjimêr û meaşê we biryar dide, dibe ku hûn karmend bin.",
        "body": """Hin kardêr ji karkeran re dibêjin ku şirketekê tomar bikin an peymaneke "karsazê sivik" (light entrepreneur) bigirin, da ku ew neçar nebin heqê betlaneyê, heqê nexweşiyê, teqawîdî an sîgorteyê bidin. Wê demê dibe ku hûn neçar bibin hemû mesrefan bi xwe bidin.

Ya girîng ew e ka kar bi rastî çawa tê kirin, ne tiştê ku li ser kaxezê hatiye nivîsîn. Heke hûn ji bo şirketekê dixebitin, li gorî rêwerzên wê, di demên ku ew biryar dide û bi heqê ku ew biryar dide, dibe ku hûn karmendek bin bi hemû mafên karmendan.

Peymaneke ku hûn jê fam nakin îmze nekin. Berî ku hûn şirketekê tomar bikin, şîretan bixwazin. Şîreta SAK ji bo karkerên koçber belaş e û endametiya sendîkayê hewce nake.""",
    },
    "unpaid-trial-days": {
        "title": "\"Rojên ceribandinê\" yên bê heq",
        "summary": "Kar karê bi heq e, roja yekem jî û di dema ceribandinê de jî.",
        "body": """Hin kardêr ji we dixwazin ku hûn çend rojan belaş bixebitin "da ku nîşan bidin ka hûn çi dikarin bikin", û paşê we naxin kar. Karê ku ji bo kardêrekî tê kirin karê bi heq e, roja yekem jî.

Dema ceribandinê beşek ji karekî bi heq e: di wê demê de hûn meaşê xwe yê tam distînin. Serdaneke kurt a bê heq ji bo dîtina cihê kar ji kirina karê rastîn ji bo kardêr cuda ye.

Roj û demjimêrên ku we xebitî, cih û kê ji we re got ku hûn bixebitin binivîsin. Heqê xwe bi nivîskî bixwazin. Sendîkayek an şîreta belaş a SAK ji bo karkerên koçber dikare alîkariya we bike ku hûn wê bixwazin.""",
    },
    "protective-equipment": {
        "title": "Alavên parastinê belaş in",
        "summary": "Lepik, pêlavên ewlehiyê, kask û maskeyên ku kar hewce dike, kardêr heqê wan dide.",
        "body": """Heke kar alavên parastinê hewce bike, wek lepik, pêlavên ewlehiyê, kask, parastina guhan an maske, divê kardêr wan belaş bide we. Kardêr nikare bihayê wan ji meaşê we bibire.

Divê kardêr her wiha nîşanî we bide ka hûn çawa alavan bi kar bînin, bi awayekî ku hûn jê fam dikin. Wan bi kar bînin, û heke ew şikestî bin an li we neyên, ji kardêr re bêjin.

Heke ji we were xwestin ku hûn heqê alavên parastinê bidin, an di karekî bi xeter de bêyî wan bixebitin, ji desthilata ewlehî û tenduristiya kar an ji sendîkayekê şîretan bixwazin.""",
    },
    "threats-permit-police": {
        "title": "Tehdîdên li ser destûra rûniştinê an polîsan",
        "summary": "Kardêr nikare destûra we ji we bistîne, û tehdîd nîşaneke hişyariyê ye.",
        "body": """Hin kardêr dibêjin: "Heke tu gilî bikî, ez ê destûra te betal bikim", "Polîs dê te dersînor bike" an "Tu kes ji te bawer nake." Ev tehdîd in ku ji bo bêdengkirina we tên bi kar anîn. Ne kardêr li ser destûra rûniştinê ya we biryar dide: Servîsa Koçberiyê ya Fînlandê biryar dide.

Tehdîdkirina kesekî dikare sûc be, û ew nîşaneke berbelav a îstismar û bazirganiya mirovan e. Mafên we li kar hene, heke destûra we bi karê we ve girêdayî be an destûreke we ya derbasdar tune be jî.

Sîstema Alîkariyê ya ji bo Qurbaniyên Bazirganiya Mirovan alîkariya we dike, heke hûn nexwazin biçin ba polîsan jî. Hûn dikarin 24 demjimêr di rojê de telefonî wê bikin. Di xeterê de, telefonî 112 bikin.""",
    },
    "wild-berries": {
        "title": "Çinîna fêkiyên daristanê",
        "summary": "Qanûnek ji sala 2021ê çinkerên biyanî yên ku ne karmend in diparêze.",
        "body": """Gelek çinkerên biyanî yên fêkiyên daristanê ne karmend in: ew fêkiyan diçinin û difiroşin şirketeke fêkiyan, ku xanî û xwarina wan amade dike. Ji sala 2021ê ve qanûnek (487/2021) qaîdeyên vê yekê datîne. Desthilatên ewlehî û tenduristiya kar çavdêriya wê dikin.

Şirketa fêkiyan nikare ji bo wergirtina kar pere ji we bistîne. Berî ku hûn rê bikevin, bipirsin ka hûn ê ji bo fêkiyan çi bihayî bistînin û hûn ê ji bo xanî, xwarin û rêwîtiyê çi bidin. Notên xwe yên ka we çi çinî, firot û da binivîsin.

Heke hûn bi rastî li gorî fermanên kesekî û di demjimêrên ku ew datîne de dixebitin, dibe ku hûn karmend bin, û wê demê Qanûna Peymanên Kar bi hemû mafên xwe li ser we derbasdar e. Qet pasaporta xwe nedin tu kesî.""",
    },
    "seasonal-housing": {
        "title": "Xanî ji bo karkerên demsalî",
        "summary": "Kirê nabe ku li gorî meaşê we pir bilind be, û nabe ku bi xweber ji meaşê we were birîn.",
        "body": """Heke kardêr ji bo we wek karkerê demsalî xanî amade bike, nabe ku kirê li gorî meaşê we yê net zêde be. Nabe ku kirê bi xweber ji meaşê we were birîn.

Berî ku hûn rê bikevin, peymaneke kirêyê ya nivîskî bixwazin, bi kirê, tiştê ku tê de heye û çend kes odeyê parve dikin. Divê xanî ewle û layiq be.

Pusûleyên meaş û wergirên xwe biparêzin. Heke kirê an mesrefên din piraniya meaşê we bibin, an hûn nikaribin xanî biterikînin, şîretan bixwazin an telefonî Sîstema Alîkariyê ya ji bo Qurbaniyên Bazirganiya Mirovan bikin.""",
    },
    "victim-residence-permit": {
        "title": "Destûra rûniştinê ji bo qurbaniyên bazirganiya mirovan û dema ramanê",
        "summary": "Qurbaniyekî bazirganiya mirovan dikare dem ji bo ramanê û destûreke rûniştinê ya xwe bistîne.",
        "body": """Heke dibe ku hûn qurbaniyekî bazirganiya mirovan bin, qanûn dema ramanê (reflection period) dide we: dem ji bo başbûnê û ji bo biryardanê ka hûn dixwazin bi desthilatan re hevkariyê bikin an na. Di vê demê de hûn ji Fînlandê nayên derxistin.

Qurbaniyekî bazirganiya mirovan her wiha dikare destûreke rûniştinê bistîne ku ne girêdayî kardêr e. Rewşa we û ewlehiya we tên girtin ber çavan.

Sîstema Alîkariyê ya ji bo Qurbaniyên Bazirganiya Mirovan di vê yekê de alîkariya we dike, heke niha destûreke we ya derbasdar tune be jî. Alîkariya wê belaş û nepenî ye. 24 demjimêr di rojê de telefonî wê bikin.""",
    },
    "recruitment-fees": {
        "title": "Heqê wergirtina kar qet ne li ser we ye",
        "summary": "Nabe ku hûn ji bo dîtina kar pere bidin tu kesî. Heq dikare bibe deynek ku we dixe xefikê.",
        "body": """Nabe ku karker ji bo dîtina kar pere bidin: ne ji ajansekê re, ne ji navbeynkarê kar re, ne ji navbeynkarekî re û ne jî ji kardêr re. Ev "heqên" ji bo pêşniyara kar, peyman, pêvajoya vîzeyê an cihekî di komê de jî digire nav xwe. Ji bo çinkerên biyanî yên fêkiyên daristanê, qanûna Fînlandê wergirtina pere ji bo wergirtina kar qedexe dike.

Heqê wergirtina kar pir caran dibe deyn. Deynek li ser navbeynkarê kar an kardêr dikare ji bo kontrolkirina we were bi kar anîn, û ew nîşaneke karê bi zorê ye.

Heke we pere dabe an ji we tê xwestin ku bidin, wergir û peyaman biparêzin û şîretan bixwazin. Heke deyn li dijî we tê bi kar anîn, telefonî Sîstema Alîkariyê ya ji bo Qurbaniyên Bazirganiya Mirovan bikin, 24 demjimêr di rojê de.""",
    },
}
