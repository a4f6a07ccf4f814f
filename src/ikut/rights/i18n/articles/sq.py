"""Albanian (sq): the rights articles (ARTICLES), kept apart from the other texts of ../sq.py so a web
worker does not hold them: only the content loader reads them (rights.article_data, via
rights.i18n.section("ARTICLES")). Status as in that module."""

ARTICLES = {
    "contract": {
        "title": "Kontrata e punës dhe kushtet me shkrim",
        "summary": "Çfarë duhet të shkruajë kontrata juaj dhe pse duhet ta merrni me shkrim.",
        "body": """Kontrata e punës mund të bëhet me gojë, me shkrim ose në mënyrë elektronike. Kontrata me shkrim është prova më e mirë e asaj që u ra dakord.

Nëse nuk merrni kontratë me shkrim, punëdhënësi duhet t'jua japë gjithsesi kushtet kryesore me shkrim. Brenda 7 ditëve nga fillimi i punës: kush është punëdhënësi, kur fillon puna, kur dhe pse mbaron një punë me afat të caktuar, nëse ka periudhë prove, ku punoni, çfarë pune bëni, paga juaj dhe periudha e pagesës, dhe orari juaj i punës. Kushtet e tjera, si pushimi vjetor, periudha e njoftimit dhe cila kontratë kolektive zbatohet, brenda një muaji. Kjo vlen kur punoni më shumë se 12 orë në katër javë.

Mos nënshkruani asgjë që nuk e kuptoni. Mund ta merrni kontratën në shtëpi, ta kërkoni në një gjuhë që e kuptoni, dhe t'i kërkoni një sindikate ose një punonjësi mbështetës ta lexojë bashkë me ju.""",
    },
    "pay": {
        "title": "Paga dhe kontratat kolektive",
        "summary": "Finlanda nuk ka ligj për pagën minimale: kontrata kolektive e sektorit tuaj cakton pagën më të ulët.",
        "body": """Finlanda nuk ka pagë minimale të përgjithshme të caktuar me ligj. Në vend të saj, shumica e sektorëve kanë një kontratë kolektive me zbatim të përgjithshëm. Çdo punëdhënës në atë sektor duhet të paguajë të paktën aq sa thotë kontrata, edhe nëse punëdhënësi ose ju nuk jeni anëtarë të asnjë sindikate ose shoqate punëdhënësish.

Kontrata cakton gjithashtu pagesën shtesë për mbrëmjet, netët, të dielat dhe punën jashtë orarit, si dhe të drejta të tjera, si paga gjatë sëmundjes. Pyesni cila kontratë zbatohet për punën tuaj; ajo duhet të jetë shkruar në kontratën tuaj.

Nëse nuk zbatohet asnjë kontratë kolektive, paga duhet gjithsesi të jetë e arsyeshme dhe normale për atë lloj pune. Paga qartësisht shumë e ulët mund të jetë krim (diskriminim shfrytëzues në punë).""",
    },
    "payslip": {
        "title": "Fletëpagesa dhe paga në llogarinë tuaj bankare",
        "summary": "Paga juaj shkon në llogarinë tuaj, çdo herë me një fletëpagesë.",
        "body": """Paga juaj duhet të paguhet në një llogari bankare që e zgjidhni dhe e kontrolloni ju. Kartën bankare, kodet dhe bankën në internet mbajini vetë. Askush tjetër nuk duhet t'i ketë.

Sa herë që paguheni, keni të drejtë për një fletëpagesë. Ajo tregon sa fituat, për cilat orë, dhe çfarë u mbajt (tatimi, kontributet e pensionit dhe të sigurimit të papunësisë, dhe çdo gjë tjetër).

Ruajini fletëpagesat dhe shkruani vetë orët tuaja të punës. Nëse paga mungon ose vonohet, pyesni punëdhënësin me shkrim. Një sindikatë ose autoriteti i sigurisë në punë mund t'ju këshillojë.""",
    },
    "working-hours": {
        "title": "Orari i punës, puna jashtë orarit dhe pushimi",
        "summary": "Orët normale, pagesa shtesë për punën jashtë orarit dhe e drejta juaj për pushim.",
        "body": """Koha e rregullt e punës zakonisht është më së shumti 8 orë në ditë dhe 40 orë në javë. Koha e punës mund të organizohet edhe si mesatare e disa javëve, për shembull në punën me turne ose në punën me periudha. Atëherë një ditë më e gjatë mund të jetë e ligjshme. Pyesni si është organizuar koha juaj e punës.

Puna përtej orëve të rëna dakord kërkon pëlqimin tuaj. Puna jashtë orarit duhet të paguhet shtesë. Nëse punoni më shumë se 40 orë në javë, javë pas jave, dhe nuk merrni pagesë për punën jashtë orarit, kjo është një shenjë e rëndë paralajmëruese. Gjithsej, koha e punës nuk mund të kalojë mesatarisht 48 orë në javë.

Rregulli normal është të paktën 11 orë pushim midis ditëve të punës dhe të paktën 35 orë pushim pa ndërprerje çdo javë. Në disa raste pushimi midis ditëve të punës mund të jetë ligjërisht më i shkurtër. Nëse merrni më pak se 11 orë, pyesni pse dhe merrni këshilla. Në një ditë pune më të gjatë se 6 orë keni një pushim, zakonisht të paktën një orë.""",
    },
    "annual-holiday": {
        "title": "Pushimi vjetor",
        "summary": "Për çdo muaj që punoni fitoni pushim me pagesë.",
        "body": """Për çdo muaj të plotë pune fitoni pushim vjetor me pagesë (një muaj me të paktën 14 ditë pune, ose në disa raste 35 orë pune). Në vitin e parë janë 2 ditë në muaj; kur marrëdhënia juaj e punës ka zgjatur të paktën një vit deri në fund të marsit, janë 2.5 ditë në muaj.

Gjatë pushimit merrni pagën tuaj normale. Shumë kontrata kolektive japin edhe një shpërblim pushimi.

Nëse marrëdhënia juaj e punës mbaron para se ta keni marrë pushimin, punëdhënësi duhet t'ju paguajë në vend të tij kompensim pushimi.""",
    },
    "sick-leave": {
        "title": "Leja mjekësore",
        "summary": "Nëse jeni i sëmurë mund të rrini në shtëpi, dhe paguheni për ditët e para.",
        "body": """Nëse jeni shumë i sëmurë për të punuar, njoftoni punëdhënësin sa më shpejt që të mundeni. Punëdhënësi mund të kërkojë një raport mjekësor; rregullat janë në kontratën kolektive ose në udhëzimet e vendit të punës.

Nëse marrëdhënia juaj e punës ka zgjatur të paktën një muaj, punëdhënësi ju paguan pagën e plotë për ditën kur u sëmurët dhe nëntë ditët e punës që vijnë pas saj. Nëse ka zgjatur më pak se një muaj, merrni gjysmën e pagës.

Për sëmundje më të gjatë mund të aplikoni për pagesë sëmundjeje nga Kela. Punëdhënësi nuk mund t'ju pushojë nga puna vetëm sepse jeni i sëmurë.""",
    },
    "trial-period": {
        "title": "Periudha e provës dhe mbarimi i punës",
        "summary": "Sa e gjatë mund të jetë periudha e provës, dhe si mund të mbarojë një punë.",
        "body": """Periudha e provës mund të bihet dakord në fillim të punës. Ajo mund të zgjasë më së shumti 6 muaj. Në një punë me afat të caktuar më të shkurtër se 12 muaj, ajo mund të jetë më së shumti gjysma e kohëzgjatjes së punës. Gjatë periudhës së provës secila palë mund ta mbarojë marrëdhënien e punës, por jo për një arsye diskriminuese.

Pas periudhës së provës, punëdhënësi ka nevojë për një arsye të duhur për t'ju pushuar, për shembull nëse i neglizhoni detyrat tuaja ose nëse nuk ka punë të mjaftueshme për arsye financiare ose prodhimi. Një arsye e vogël ose diskriminuese nuk mjafton kurrë. Punëdhënësi duhet të respektojë periudhën e njoftimit, e cila varet nga sa kohë keni punuar, nga 14 ditë e lart.

Edhe ju mund të largoheni nga puna. Nëse marrëdhënia juaj e punës ka zgjatur më pak se pesë vjet, periudha juaj e njoftimit zakonisht është 14 ditë. Kur mbaron puna, kërkoni një vërtetim pune me shkrim.""",
    },
    "tax": {
        "title": "Karta tatimore dhe tatimet",
        "summary": "Merrni një kartë tatimore që nga paga juaj të mbahet tatimi i duhur.",
        "body": """Për të punuar në Finlandë ju duhet një kod personal identifikimi finlandez dhe një kartë tatimore nga Administrata Tatimore (Vero). Jepjani kartën tatimore punëdhënësit. Punëdhënësi e mban tatimin nga paga juaj dhe ia paguan Veros.

Pa kartë tatimore, punëdhënësi duhet të mbajë 60 % të pagës suaj si tatim. Ato para nuk humbasin, por tepricën e merrni mbrapsht vetëm më vonë, pasi të jetë bërë llogaritja e tatimeve.

Në kantieret e ndërtimit ju duhet edhe një numër tatimor në kartën tuaj të identitetit. Fletëpagesa tregon sa tatim u mbajt; kontrolloni nëse përputhet me kartën tuaj tatimore.""",
    },
    "safety": {
        "title": "Siguria në punë",
        "summary": "Punëdhënësi duhet t'ju mbajë të sigurt dhe t'ju mësojë si të punoni në mënyrë të sigurt.",
        "body": """Punëdhënësi duhet të kujdeset për sigurinë dhe shëndetin tuaj në punë. Para se të filloni, duhet t'ju tregohet si ta bëni punën në mënyrë të sigurt, në një mënyrë që e kuptoni.

Pajisjet mbrojtëse që kërkon puna (për shembull doreza, këpucë sigurie, helmetë ose maskë) duhet t'ju jepen falas. Punëdhënësi duhet të sigurojë edhe kujdesin shëndetësor në punë.

Nëse puna e vë jetën ose shëndetin tuaj në rrezik të rëndë, keni të drejtë ta refuzoni. Aksidentet njoftojini te punëdhënësi. Mund të kërkoni këshilla nga autoriteti i sigurisë dhe shëndetit në punë: +358 295 016 620 (0295 016 620), nga e hëna deri të premten 9–15.""",
    },
    "unions": {
        "title": "Sindikatat dhe fondet e papunësisë",
        "summary": "Mund të bëheni anëtar i një sindikate. Ajo mund t'ju këshillojë dhe t'ju ndihmojë me problemet në punë.",
        "body": """Kushdo që punon në Finlandë mund të bëhet anëtar i një sindikate, cilado qoftë shtetësia e tij. Punëdhënësi nuk mund t'ju pengojë ose t'ju trajtojë më keq sepse jeni anëtar. Nuk keni nevojë t'i thoni punëdhënësit se jeni anëtar.

Sindikata i këshillon anëtarët e saj për pagën dhe kushtet e punës, kontrollon kontratat dhe fletëpagesat, dhe mund të ndihmojë në mosmarrëveshje, edhe me një avokat.

Fondet e papunësisë u paguajnë pagesë papunësie të lidhur me të ardhurat anëtarëve që humbasin punën, nëse kanë punuar mjaftueshëm. Shumë sindikata përfshijnë edhe anëtarësinë në fond.""",
    },
    "housing": {
        "title": "Banimi dhe mbajtjet nga paga",
        "summary": "Kur punëdhënësi është edhe qiradhënësi juaj, kini kujdes me qiranë dhe mbajtjet.",
        "body": """Disa punëdhënës ofrojnë banim. Kjo mund të ndihmojë, por i jep edhe punëdhënësit pushtet mbi ju: nëse humbni punën, mund të humbni edhe shtëpinë.

Kërkoni një kontratë qiraje të veçantë me shkrim që tregon qiranë, çfarë përfshin ajo dhe si mbaron kontrata. Qiraja duhet të jetë normale për zonën dhe gjendjen e banesës.

Punëdhënësi mund të mbajë para nga paga juaj vetëm brenda kufijve të caktuar me ligj, dhe çdo mbajtje duhet të shfaqet në fletëpagesë. Qiraja shumë e lartë ose mbajtjet që ju lënë me pak pagë janë shenja paralajmëruese.""",
    },
    "residence-permit": {
        "title": "Leja e qëndrimit dhe ndërrimi i punëdhënësit",
        "summary": "Çfarë lejon leja juaj, dhe çfarë të bëni nëse doni të ndërroni punë.",
        "body": """Shumë leje qëndrimi për punë janë të lidhura me një fushë pune. Zakonisht mund të ndërroni punëdhënësin brenda së njëjtës fushë. Për të punuar në një fushë tjetër mund t'ju duhet një leje e re. Kontrolloni kushtet e lejes suaj, ose pyesni Shërbimin Finlandez të Imigracionit (Migri).

Punëdhënësi duhet të kontrollojë nëse keni të drejtë të punoni, por nuk mund ta mbajë kartën e lejes suaj të qëndrimit ose pasaportën tuaj.

Nëse punëdhënësi ju ka shfrytëzuar, mund të merrni ndihmë për të aplikuar për leje për një punë të re. Shfrytëzimi nuk jua heq të drejtat: Sistemi i Ndihmës i ndihmon viktimat edhe nëse ndodhen në Finlandë pa leje të vlefshme.""",
    },
    "seasonal-work": {
        "title": "Puna sezonale dhe mbledhja e manaferrave",
        "summary": "Punëtorët sezonalë kanë të njëjtat të drejta si punëtorët e tjerë.",
        "body": """Punëtorët sezonalë në bujqësi, kopshtari dhe turizëm kanë të njëjtat të drejta si punëtorët e tjerë: kontratë, pagë sipas kontratës kolektive, pushim dhe banim të sigurt.

Mbledhësit e manaferrave të egra që vijnë për të mbledhur dhe shitur manaferra shpesh nuk janë punëmarrës. Para se të udhëtoni, mësoni kujt do t'i shisni manaferrat, sa do të paguani për udhëtimin, banimin, ushqimin dhe makinat, dhe nëse këto shpenzime mbahen nga ajo që fitoni.

Mbani vetë shënime për sa mblidhni dhe sa paguheni. Mos ia jepni kurrë pasaportën askujt. Nëse përfundoni në borxh ose nuk mund të largoheni, telefononi Sistemin e Ndihmës.""",
    },
    "discrimination": {
        "title": "Diskriminimi dhe diskriminimi shfrytëzues në punë",
        "summary": "Nuk mund t'ju trajtojnë më keq për shkak të vendit nga vini, dhe shfrytëzimi i gjendjes suaj është krim.",
        "body": """Në punë nuk mund t'ju trajtojnë më keq për shkak të prejardhjes, shtetësisë, gjuhës, fesë, gjinisë, moshës, shëndetit ose arsyeve të tjera personale. Kjo vlen për punësimin, pagën, kushtet e punës dhe pushimin nga puna.

Diskriminimi shfrytëzues në punë është krim në Finlandë. Kjo do të thotë që një punëdhënës e vë një punëtor në një pozitë qartësisht më të keqe duke shfrytëzuar gjendjen e vështirë, varësinë ose mungesën e njohurive të punëtorit, për shembull me pagë shumë të ulët ose orar shumë të gjatë.

Mund të kërkoni këshilla nga autoriteti i sigurisë dhe shëndetit në punë ose nga Ombudsmani për Mosdiskriminim, dhe mund ta denonconi një krim në polici.""",
    },
    "trafficking-help": {
        "title": "Shenjat e trafikimit dhe ku të merrni ndihmë",
        "summary": "Shenjat paralajmëruese, dhe kush ju ndihmon — falas dhe në mënyrë konfidenciale, edhe pa dokumente.",
        "body": """Shenjat paralajmëruese përfshijnë: dikush mban pasaportën ose kartën tuaj bankare; i keni borxh punëdhënësit ose rekrutuesit; nuk mund të largoheni nga vendi i punës ose nga banesa; telefoni ose kontaktet tuaja kontrollohen; ju kërcënojnë; punoni orë shumë të gjata për pak ose aspak pagë; puna është ndryshe nga ajo që ju premtuan.

Sistemi i Ndihmës për Viktimat e Trafikimit të Qenieve Njerëzore ju ndihmon, edhe nëse jeni në Finlandë pa leje të vlefshme dhe edhe nëse nuk doni të shkoni në polici. Telefononi +358 295 463 177 (0295 463 177), 24 orë në ditë.

Për këshilla për kushtet e punës, telefononi autoritetin e sigurisë dhe shëndetit në punë: +358 295 016 620 (0295 016 620), nga e hëna deri të premten 9–15. Në rrezik, telefononi 112.""",
    },
    "paying-back-pay": {
        "title": "Kur ju detyrojnë të ktheni një pjesë të pagës",
        "summary": "Paga juaj është e juaja. Askush nuk mund t'ju detyrojë të ktheni një pjesë të saj.",
        "body": """Ndonjëherë fletëpagesa tregon pagën e duhur, por punëdhënësi ose një ndërmjetës ju detyron të ktheni një pjesë të saj në para në dorë, në një llogari tjetër ose si "tarifë". Kjo është një mënyrë për t'ju paguar më pak nga sa thonë ligji dhe kontrata kolektive.

Nuk jeni të detyruar të ktheni asnjë pjesë të pagës suaj. Ruajini fletëpagesat, pasqyrat bankare dhe mesazhet, dhe shkruani çdo herë që ju kërkuan të paguani.

Detyrimi për të kthyer pagën mund të jetë krim. Mund të merrni këshilla pa dhënë emrin tuaj. Nëse keni frikë, telefononi Sistemin e Ndihmës për Viktimat e Trafikimit të Qenieve Njerëzore, 24 orë në ditë.""",
    },
    "forced-self-employment": {
        "title": "Kur ju detyrojnë të punoni si \"i vetëpunësuar\"",
        "summary": "Nëse dikush tjetër vendos për punën, orët dhe pagën tuaj, ka shumë gjasa që jeni punëmarrës.",
        "body": """Disa punëdhënës u thonë punëtorëve të regjistrojnë një firmë ose të marrin një kontratë si "sipërmarrës i lehtë" (light entrepreneur), që të mos paguajnë pagesë pushimi, pagë sëmundjeje, pension ose sigurime. Atëherë mund t'ju duhet t'i paguani vetë të gjitha shpenzimet.

Ajo që ka rëndësi është si bëhet puna në të vërtetë, jo çfarë shkruan letra. Nëse punoni për një firmë, sipas udhëzimeve të saj, në orët që ajo vendos dhe për pagën që ajo vendos, ka shumë gjasa që jeni punëmarrës me të gjitha të drejtat e punëmarrësit.

Mos nënshkruani një kontratë që nuk e kuptoni. Kërkoni këshilla para se të regjistroni një firmë. Këshillimi i SAK për punëtorët emigrantë është falas dhe nuk kërkon anëtarësi në sindikatë.""",
    },
    "unpaid-trial-days": {
        "title": "\"Ditë prove\" pa pagesë",
        "summary": "Puna është punë me pagesë, edhe në ditën e parë dhe gjatë periudhës së provës.",
        "body": """Disa punëdhënës ju kërkojnë të punoni falas për disa ditë "për të treguar çfarë dini të bëni", dhe pastaj nuk ju punësojnë. Puna e bërë për një punëdhënës është punë me pagesë, edhe në ditën e parë.

Periudha e provës është pjesë e një marrëdhënieje pune me pagesë: gjatë saj merrni pagën e plotë. Një vizitë e shkurtër pa pagesë për të parë vendin e punës është ndryshe nga bërja e punës së vërtetë për punëdhënësin.

Shkruani ditët dhe orët që punuat, vendin dhe kush ju tha të punoni. Kërkojeni pagën me shkrim. Një sindikatë ose këshillimi falas i SAK për punëtorët emigrantë mund t'ju ndihmojë ta kërkoni.""",
    },
    "protective-equipment": {
        "title": "Pajisjet mbrojtëse janë falas",
        "summary": "Dorezat, këpucët e sigurisë, helmetat dhe maskat që kërkon puna i paguan punëdhënësi.",
        "body": """Nëse puna kërkon pajisje mbrojtëse, si doreza, këpucë sigurie, helmetë, mbrojtëse veshësh ose maskë, punëdhënësi duhet t'jua japë falas. Punëdhënësi nuk mund ta mbajë koston e tyre nga paga juaj.

Punëdhënësi duhet t'ju tregojë edhe si t'i përdorni pajisjet, në një mënyrë që e kuptoni. Përdorini, dhe i thoni punëdhënësit nëse janë prishur ose nuk ju rrinë mirë.

Nëse ju kërkojnë të paguani për pajisjet mbrojtëse, ose të punoni pa to në një punë të rrezikshme, kërkoni këshilla nga autoriteti i sigurisë dhe shëndetit në punë ose nga një sindikatë.""",
    },
    "threats-permit-police": {
        "title": "Kërcënime për lejen e qëndrimit ose policinë",
        "summary": "Një punëdhënës nuk mund t'jua heqë lejen, dhe kërcënimet janë shenjë paralajmëruese.",
        "body": """Disa punëdhënës thonë: "Nëse ankohesh, do të ta anuloj lejen", "Policia do të të dëbojë" ose "Askush nuk do të të besojë." Këto janë kërcënime që përdoren për t'ju mbajtur të heshtur. Për lejen tuaj të qëndrimit nuk vendos punëdhënësi: vendos Shërbimi Finlandez i Imigracionit.

Kërcënimi i dikujt mund të jetë krim, dhe është një shenjë e zakonshme e shfrytëzimit dhe trafikimit. Keni të drejta në punë edhe nëse leja juaj varet nga puna juaj ose nuk keni leje të vlefshme.

Sistemi i Ndihmës për Viktimat e Trafikimit të Qenieve Njerëzore ju ndihmon edhe nëse nuk doni të shkoni në polici. Mund ta telefononi 24 orë në ditë. Në rrezik, telefononi 112.""",
    },
    "wild-berries": {
        "title": "Mbledhja e manaferrave të egra",
        "summary": "Një ligj i vitit 2021 mbron mbledhësit e huaj që nuk janë punëmarrës.",
        "body": """Shumë mbledhës të huaj të manaferrave të egra nuk janë punëmarrës: ata i mbledhin manaferrat dhe ia shesin një kompanie manaferrash, e cila u siguron banimin dhe ushqimin. Që nga viti 2021 një ligj (487/2021) cakton rregullat për këtë. Atë e mbikëqyrin autoritetet e sigurisë dhe shëndetit në punë.

Kompania e manaferrave nuk mund t'ju marrë para për rekrutimin. Para se të udhëtoni, pyesni çfarë çmimi merrni për manaferrat dhe sa paguani për banimin, ushqimin dhe udhëtimin. Mbani vetë shënime për sa mblidhni, shisni dhe paguani.

Nëse në të vërtetë punoni sipas urdhrave dhe orarit të dikujt, mund të jeni punëmarrës, dhe atëherë për ju zbatohet Ligji për Kontratat e Punës me të gjitha të drejtat e tij. Mos ia jepni kurrë pasaportën askujt.""",
    },
    "seasonal-housing": {
        "title": "Banimi për punëtorët sezonalë",
        "summary": "Qiraja nuk mund të jetë shumë e lartë për pagën tuaj, dhe nuk mund të mbahet automatikisht nga paga.",
        "body": """Nëse punëdhënësi ju siguron banim si punëtor sezonal, qiraja nuk duhet të jetë e tepruar krahasuar me pagën tuaj neto. Qiraja nuk duhet të mbahet automatikisht nga paga juaj.

Para se të udhëtoni, kërkoni një kontratë qiraje me shkrim, me qiranë, çfarë përfshin ajo dhe sa veta e ndajnë dhomën. Banesa duhet të jetë e sigurt dhe e denjë.

Ruajini fletëpagesat dhe faturat. Nëse qiraja ose shpenzimet e tjera ju marrin pjesën më të madhe të pagës, ose nuk mund të largoheni nga banesa, kërkoni këshilla ose telefononi Sistemin e Ndihmës për Viktimat e Trafikimit të Qenieve Njerëzore.""",
    },
    "victim-residence-permit": {
        "title": "Leja e qëndrimit për viktimat e trafikimit dhe periudha e reflektimit",
        "summary": "Një viktimë e trafikimit mund të marrë kohë për të menduar dhe një leje qëndrimi të vetën.",
        "body": """Nëse mund të jeni viktimë e trafikimit të qenieve njerëzore, ligji ju jep një periudhë reflektimi: kohë për t'u rikuperuar dhe për të vendosur nëse doni të bashkëpunoni me autoritetet. Gjatë kësaj kohe nuk dëboheni nga Finlanda.

Një viktimë e trafikimit mund të marrë edhe një leje qëndrimi që nuk varet nga punëdhënësi. Merren parasysh gjendja dhe siguria juaj.

Sistemi i Ndihmës për Viktimat e Trafikimit të Qenieve Njerëzore ju ndihmon me këtë, edhe nëse tani nuk keni leje të vlefshme. Ndihma e tij është falas dhe konfidenciale. Telefonojeni 24 orë në ditë.""",
    },
    "recruitment-fees": {
        "title": "Tarifat e rekrutimit nuk janë kurrë për t'u paguar nga ju",
        "summary": "Nuk duhet t'i paguani askujt për të marrë një punë. Një tarifë mund të bëhet borxh që ju zë në kurth.",
        "body": """Punëtorët nuk duhet të paguajnë për të marrë një punë: as agjencisë, as rekrutuesit, as ndërmjetësit, as punëdhënësit. Kjo përfshin edhe "tarifat" për ofertën e punës, kontratën, procesin e vizës ose një vend në një grup. Për mbledhësit e huaj të manaferrave të egra, ligji finlandez ndalon marrjen e parave për rekrutimin.

Tarifa e rekrutimit shpesh bëhet borxh. Një borxh ndaj rekrutuesit ose punëdhënësit mund të përdoret për t'ju kontrolluar, dhe është shenjë e punës së detyruar.

Nëse keni paguar ose ju kërkojnë të paguani, ruajini faturat dhe mesazhet dhe kërkoni këshilla. Nëse borxhi përdoret kundër jush, telefononi Sistemin e Ndihmës për Viktimat e Trafikimit të Qenieve Njerëzore, 24 orë në ditë.""",
    },
}
