"""Estonian (et): the rights articles (ARTICLES), kept apart from the other texts of ../et.py so a web
worker does not hold them: only the content loader reads them (rights.article_data, via
rights.i18n.section("ARTICLES")). Status as in that module."""

ARTICLES = {
    "contract": {
        "title": "Tööleping ja kirjalikud tingimused",
        "summary": "Mis peab sinu lepingus kirjas olema ja miks peaksid selle saama kirjalikult.",
        "body": """Töölepingu võib sõlmida suuliselt, kirjalikult või elektrooniliselt. Kirjalik leping on parim tõend selle kohta, milles kokku lepiti.

Kui sa kirjalikku lepingut ei saa, peab tööandja ikkagi andma sulle peamised tingimused kirjalikult. 7 päeva jooksul pärast töö algust: kes on tööandja, millal töö algab, millal ja miks tähtajaline töö lõpeb, kas on katseaeg, kus sa töötad, mis tööd sa teed, sinu palk ja palgaperiood ning sinu tööaeg. Muud tingimused, näiteks põhipuhkus, etteteatamisaeg ja milline kollektiivleping kehtib, ühe kuu jooksul. See kehtib, kui sa töötad nelja nädala jooksul üle 12 tunni.

Ära allkirjasta midagi, millest sa aru ei saa. Sa võid lepingu koju kaasa võtta, küsida seda keeles, mida sa mõistad, ja paluda ametiühingul või tugitöötajal see koos sinuga läbi lugeda.""",
    },
    "pay": {
        "title": "Palk ja kollektiivlepingud",
        "summary": "Soomes ei ole miinimumpalga seadust: sinu valdkonna kollektiivleping määrab madalaima palga.",
        "body": """Soomes ei ole seadusega kehtestatud üldist miinimumpalka. Selle asemel on enamikus valdkondades üldkohustuslik kollektiivleping. Iga selle valdkonna tööandja peab maksma vähemalt nii palju, kui leping ette näeb, isegi kui tööandja või sina ei ole ühegi ametiühingu ega tööandjate liidu liige.

Leping määrab ka lisatasu õhtuse töö, öötöö, pühapäevatöö ja ületunnitöö eest ning muud õigused, näiteks haiguspäevade palga. Küsi, milline leping sinu tööle kehtib; see peaks olema kirjas sinu lepingus.

Kui ükski kollektiivleping ei kehti, peab palk ikkagi olema sellise töö kohta mõistlik ja tavaline. Selgelt liiga madal palk võib olla kuritegu (väljapressiv tööalane diskrimineerimine).""",
    },
    "payslip": {
        "title": "Palgaleht ja palk sinu pangakontole",
        "summary": "Sinu palk läheb sinu enda kontole, iga kord koos palgalehega.",
        "body": """Sinu palk tuleb maksta pangakontole, mille sa ise valid ja mida sa ise kontrollid. Hoia oma pangakaart, koodid ja internetipank enda käes. Kellelgi teisel ei tohi neid olla.

Iga kord, kui sulle palka makstakse, on sul õigus saada palgaleht. Sellelt on näha, kui palju sa teenisid, milliste tundide eest ja mis maha arvati (maks, pensioni- ja töötuskindlustuse maksed ning kõik muu).

Hoia oma palgalehed alles ja pane oma töötunnid ise kirja. Kui palk on puudu või hilineb, küsi tööandjalt kirjalikult. Ametiühing või tööohutusasutus saab sind nõustada.""",
    },
    "working-hours": {
        "title": "Tööaeg, ületunnitöö ja puhkeaeg",
        "summary": "Tavaline tööaeg, lisatasu ületunnitöö eest ja sinu õigus puhata.",
        "body": """Tavaline tööaeg on enamasti kõige rohkem 8 tundi päevas ja 40 tundi nädalas. Tööaja võib korraldada ka mitme nädala keskmisena, näiteks vahetustega töös või perioodipõhises töös. Siis võib üks pikem päev olla seaduslik. Küsi, kuidas sinu tööaeg on korraldatud.

Kokkulepitud tundidest pikemaks tööks on vaja sinu nõusolekut. Ületunnitöö eest tuleb maksta lisatasu. Kui sa töötad nädalast nädalasse üle 40 tunni nädalas ja ei saa ületunnitasu, on see tõsine ohumärk. Kokku ei tohi tööaeg ületada keskmiselt 48 tundi nädalas.

Tavaline reegel on vähemalt 11 tundi puhkust tööpäevade vahel ja igal nädalal vähemalt 35 tundi järjestikust puhkust. Mõnel juhul võib puhkus tööpäevade vahel seaduslikult lühem olla. Kui sa saad vähem kui 11 tundi, küsi, miks, ja küsi nõu. Üle 6-tunnisel tööpäeval on sul õigus vaheajale, tavaliselt vähemalt üks tund.""",
    },
    "annual-holiday": {
        "title": "Põhipuhkus",
        "summary": "Iga töötatud kuu eest teenid sa tasulist puhkust.",
        "body": """Sa teenid tasulist põhipuhkust iga täis töökuu eest (kuu, kus on vähemalt 14 tööpäeva või mõnel juhul 35 töötundi). Esimesel aastal on see 2 päeva kuus; kui sinu tööleping on märtsi lõpuks kestnud vähemalt aasta, on see 2,5 päeva kuus.

Puhkuse ajal saad sa oma tavalist palka. Paljud kollektiivlepingud annavad ka puhkuseraha.

Kui sinu tööleping lõpeb enne, kui sa oled oma puhkuse ära kasutanud, peab tööandja maksma selle asemel puhkusehüvitist.""",
    },
    "sick-leave": {
        "title": "Haigusleht",
        "summary": "Kui oled haige, võid jääda koju ja esimeste päevade eest makstakse sulle palka.",
        "body": """Kui oled nii haige, et ei saa töötada, teata sellest oma tööandjale nii kiiresti kui võimalik. Tööandja võib küsida arstitõendit; reeglid on kirjas kollektiivlepingus või töökoha juhistes.

Kui sinu tööleping on kestnud vähemalt ühe kuu, maksab tööandja sulle täit palka päeva eest, mil sa haigeks jäid, ja sellele järgneva üheksa tööpäeva eest. Kui see on kestnud vähem kui kuu, saad sa poole palgast.

Pikema haiguse korral võid taotleda Kelalt haigushüvitist. Tööandja ei tohi sind vallandada ainult sellepärast, et oled haige.""",
    },
    "trial-period": {
        "title": "Katseaeg ja töösuhte lõppemine",
        "summary": "Kui pikk võib olla katseaeg ja kuidas töösuhe võib lõppeda.",
        "body": """Katseajas võib kokku leppida töö alguses. See võib kesta kõige rohkem 6 kuud. Alla 12-kuulise tähtajalise töö puhul võib see olla kõige rohkem pool töö kestusest. Katseajal võib kumbki pool töösuhte lõpetada, kuid mitte diskrimineerival põhjusel.

Pärast katseaega on tööandjal sinu vallandamiseks vaja asjakohast põhjust, näiteks kui sa jätad oma kohustused täitmata või kui rahalistel või tootmisega seotud põhjustel ei ole piisavalt tööd. Tühine või diskrimineeriv põhjus ei ole kunagi piisav. Tööandja peab järgima etteteatamisaega, mis sõltub sellest, kui kaua sa oled töötanud, alates 14 päevast.

Ka sina võid töölt lahkuda. Kui sinu tööleping on kestnud vähem kui viis aastat, on sinu etteteatamisaeg tavaliselt 14 päeva. Kui töö lõpeb, küsi kirjalikku töötõendit.""",
    },
    "tax": {
        "title": "Maksukaart ja maksud",
        "summary": "Võta maksukaart, et sinu palgast võetaks õige maks.",
        "body": """Soomes töötamiseks on sul vaja Soome isikukoodi ja maksukaarti Maksuametist (Vero). Anna maksukaart oma tööandjale. Tööandja võtab maksu sinu palgast ja maksab selle Verole.

Ilma maksukaardita peab tööandja võtma maksuks 60 % sinu palgast. See raha ei lähe kaotsi, kuid liigse osa saad sa tagasi alles hiljem, kui maksustamine on tehtud.

Ehitusplatsidel on sul vaja ka maksunumbrit oma isikukaardil. Sinu palgalehelt on näha, kui palju maksu maha arvati; kontrolli, et see vastab sinu maksukaardile.""",
    },
    "safety": {
        "title": "Tööohutus",
        "summary": "Tööandja peab hoidma sind ohutuna ja õpetama sulle, kuidas ohutult töötada.",
        "body": """Tööandja peab hoolitsema sinu ohutuse ja tervise eest tööl. Enne töö alustamist tuleb sulle näidata, kuidas tööd ohutult teha, nii et sa aru saad.

Isikukaitsevahendid, mida töö nõuab (näiteks kindad, turvajalanõud, kiiver või mask), tuleb sulle anda tasuta. Tööandja peab korraldama ka töötervishoiu.

Kui töö seab sinu elu või tervise tõsisesse ohtu, on sul õigus sellest keelduda. Teata õnnetustest oma tööandjale. Sa võid küsida nõu töötervishoiu ja tööohutuse asutuselt: +358 295 016 620 (0295 016 620), esmaspäevast reedeni 9–15.""",
    },
    "unions": {
        "title": "Ametiühingud ja töötuskassad",
        "summary": "Sa võid astuda ametiühingusse. See saab sind nõustada ja aidata tööprobleemidega.",
        "body": """Igaüks, kes töötab Soomes, võib astuda ametiühingusse, olenemata kodakondsusest. Tööandja ei tohi sind takistada ega kohelda sind halvemini sellepärast, et oled liige. Sa ei pea tööandjale ütlema, et oled liige.

Ametiühing nõustab oma liikmeid palga ja töötingimuste küsimustes, kontrollib lepinguid ja palgalehti ning saab aidata vaidluste korral, ka advokaadi abil.

Töötuskassad maksavad töö kaotanud liikmetele sissetulekuga seotud töötushüvitist, kui nad on piisavalt kaua töötanud. Paljude ametiühingute liikmesus hõlmab ka töötuskassa liikmesust.""",
    },
    "housing": {
        "title": "Eluase ja palgast kinnipidamised",
        "summary": "Kui tööandja on ka sinu üürileandja, ole üüri ja kinnipidamistega ettevaatlik.",
        "body": """Mõned tööandjad pakuvad eluaset. See võib aidata, kuid annab tööandjale ka võimu sinu üle: kui kaotad töö, võid kaotada ka kodu.

Küsi eraldi kirjalikku üürilepingut, kus on kirjas üür, mida see sisaldab ja kuidas leping lõpeb. Üür peaks olema piirkonna ja eluaseme seisukorra kohta tavaline.

Tööandja võib sinu palgast raha kinni pidada ainult seadusega lubatud piirides ja iga kinnipidamine peab olema palgalehel näha. Väga kõrge üür või kinnipidamised, mille järel jääb sulle vähe palka, on ohumärgid.""",
    },
    "residence-permit": {
        "title": "Elamisluba ja tööandja vahetamine",
        "summary": "Mida sinu luba lubab ja mida teha, kui tahad töökohta vahetada.",
        "body": """Paljud töö alusel antud elamisload on seotud kindla töövaldkonnaga. Tavaliselt võid sa samas valdkonnas tööandjat vahetada. Teises valdkonnas töötamiseks võib vaja olla uut luba. Kontrolli oma loa tingimusi või küsi Soome Migratsiooniametilt (Migri).

Tööandja peab kontrollima, et sul on õigus töötada, kuid ta ei tohi hoida enda käes sinu elamisloa kaarti ega passi.

Kui tööandja on sind ära kasutanud, saad abi uue töö jaoks loa taotlemisel. Ärakasutamine ei võta sinult õigusi: abisüsteem aitab ohvreid ka siis, kui nad on Soomes ilma kehtiva loata.""",
    },
    "seasonal-work": {
        "title": "Hooajatöö ja marjakorjamine",
        "summary": "Hooajatöötajatel on samad õigused kui teistel töötajatel.",
        "body": """Põllumajanduse, aianduse ja turismi hooajatöötajatel on samad õigused kui teistel töötajatel: leping, kollektiivlepingu järgi palk, puhkus ja ohutu eluase.

Metsamarjade korjajad, kes tulevad marju korjama ja müüma, ei ole sageli töötajad. Enne reisimist uuri, kellele sa marju müüd, kui palju sa maksad reisi, majutuse, toidu ja autode eest ning kas need kulud võetakse sinu teenistusest.

Pane ise kirja, mida sa korjad ja mida sulle makstakse. Ära anna oma passi kunagi kellelegi. Kui satud võlgadesse või ei saa lahkuda, helista abisüsteemi.""",
    },
    "discrimination": {
        "title": "Diskrimineerimine ja väljapressiv tööalane diskrimineerimine",
        "summary": "Sind ei tohi kohelda halvemini sinu päritolu tõttu ja sinu olukorra ärakasutamine on kuritegu.",
        "body": """Tööl ei tohi sind kohelda halvemini sinu päritolu, kodakondsuse, keele, usu, soo, vanuse, tervise või muude isiklike põhjuste tõttu. See puudutab töölevõtmist, palka, töötingimusi ja vallandamist.

Väljapressiv tööalane diskrimineerimine on Soomes kuritegu. See tähendab, et tööandja paneb töötaja selgelt halvemasse olukorda, kasutades ära töötaja rasket olukorda, sõltuvust või teadmiste puudumist, näiteks väga madala palga või väga pika tööajaga.

Sa võid küsida nõu töötervishoiu ja tööohutuse asutuselt või diskrimineerimisvastaselt volinikult (Ombudsman) ning võid teatada kuriteost politseile.""",
    },
    "trafficking-help": {
        "title": "Inimkaubanduse tunnused ja kust abi saada",
        "summary": "Ohumärgid ja kes sind aitab — tasuta ja konfidentsiaalselt, ka ilma dokumentideta.",
        "body": """Ohumärgid on näiteks: keegi hoiab sinu passi või pangakaarti; sa võlgned tööandjale või värbajale; sa ei saa töökohast või eluasemest lahkuda; sinu telefoni või suhtlust kontrollitakse; sind ähvardatakse; sa töötad väga pikki päevi vähese palga eest või ilma palgata; töö on teistsugune, kui lubati.

Inimkaubanduse ohvrite abisüsteem aitab sind ka siis, kui oled Soomes ilma kehtiva loata, ja ka siis, kui sa ei taha politseisse minna. Helista +358 295 463 177 (0295 463 177), ööpäevaringselt 24 tundi.

Töötingimuste kohta nõu saamiseks helista töötervishoiu ja tööohutuse asutusse: +358 295 016 620 (0295 016 620), esmaspäevast reedeni 9–15. Ohu korral helista 112.""",
    },
    "paying-back-pay": {
        "title": "Sind sunnitakse osa palgast tagasi maksma",
        "summary": "Sinu palk on sinu oma. Keegi ei tohi sundida sind osa sellest tagasi andma.",
        "body": """Mõnikord on palgalehel õige palk, kuid tööandja või vahendaja sunnib sind osa sellest tagasi maksma, sularahas, teisele kontole või „tasuna“. See on viis maksta sulle vähem, kui seadus ja kollektiivleping ette näevad.

Sa ei pea maksma tagasi mitte mingit osa oma palgast. Hoia alles palgalehed, pangaväljavõtted ja sõnumid ning pane kirja iga kord, kui sinult raha küsiti.

Palga tagasimaksmisele sundimine võib olla kuritegu. Sa võid nõu saada oma nime ütlemata. Kui sa kardad, helista inimkaubanduse ohvrite abisüsteemi, ööpäevaringselt 24 tundi.""",
    },
    "forced-self-employment": {
        "title": "Sind sunnitakse töötama „füüsilisest isikust ettevõtjana“",
        "summary": "Kui keegi teine otsustab sinu töö, tööaja ja palga üle, oled tõenäoliselt töötaja.",
        "body": """Mõned tööandjad käsivad töötajatel ettevõtte registreerida või sõlmida „kergettevõtja“ (light entrepreneur) lepingu, et nad ei peaks maksma puhkusetasu, haiguspäevade palka, pensioni- ega kindlustusmakseid. Siis võid sa olla sunnitud kõik kulud ise maksma.

Oluline on see, kuidas tööd tegelikult tehakse, mitte see, mis paberil kirjas on. Kui sa töötad ühe ettevõtte heaks, selle juhiste järgi, selle määratud aegadel ja selle määratud palga eest, oled sa tõenäoliselt töötaja kõigi töötaja õigustega.

Ära allkirjasta lepingut, millest sa aru ei saa. Küsi nõu enne, kui registreerid ettevõtte. SAK nõustamine sisserändajatest töötajatele on tasuta ja ei nõua ametiühingu liikmesust.""",
    },
    "unpaid-trial-days": {
        "title": "Tasustamata „proovipäevad“",
        "summary": "Töö on tasustatud töö, ka esimesel päeval ja katseajal.",
        "body": """Mõned tööandjad paluvad sul mõned päevad tasuta töötada, „et näidata, mida sa oskad“, ja siis ei võta sind tööle. Tööandja heaks tehtud töö on tasustatud töö, ka esimesel päeval.

Katseaeg on osa tasustatud töösuhtest: selle ajal saad sa täit palka. Lühike tasuta külaskäik töökohaga tutvumiseks on midagi muud kui tööandja heaks päris töö tegemine.

Pane kirja päevad ja tunnid, mil sa töötasid, koht ja see, kes käskis sul töötada. Nõua oma palka kirjalikult. Ametiühing või SAK tasuta nõustamine sisserändajatest töötajatele saab sind selle nõudmisel aidata.""",
    },
    "protective-equipment": {
        "title": "Isikukaitsevahendid on tasuta",
        "summary": "Kindad, turvajalanõud, kiivrid ja maskid, mida töö nõuab, maksab kinni tööandja.",
        "body": """Kui töö nõuab isikukaitsevahendeid, näiteks kindaid, turvajalanõusid, kiivrit, kuulmiskaitset või maski, peab tööandja andma need sulle tasuta. Tööandja ei tohi nende hinda sinu palgast maha arvata.

Tööandja peab sulle ka näitama, kuidas vahendeid kasutada, nii et sa aru saad. Kasuta neid ja ütle tööandjale, kui need on katki või ei sobi sulle.

Kui sinult küsitakse isikukaitsevahendite eest raha või palutakse ohtlikus töös ilma nendeta töötada, küsi nõu töötervishoiu ja tööohutuse asutuselt või ametiühingult.""",
    },
    "threats-permit-police": {
        "title": "Ähvardused sinu elamisloa või politsei teemal",
        "summary": "Tööandja ei saa sinu luba ära võtta ja ähvardused on ohumärk.",
        "body": """Mõned tööandjad ütlevad: „Kui sa kaebad, tühistan ma sinu loa“, „Politsei saadab su riigist välja“ või „Keegi ei usu sind.“ Need on ähvardused, millega tahetakse sind vaikima panna. Tööandja ei otsusta sinu elamisloa üle: seda teeb Soome Migratsiooniamet.

Kellegi ähvardamine võib olla kuritegu ja see on ärakasutamise ja inimkaubanduse tavaline tunnus. Sul on tööl õigused ka siis, kui sinu luba sõltub sinu tööst või sul ei ole kehtivat luba.

Inimkaubanduse ohvrite abisüsteem aitab sind ka siis, kui sa ei taha politseisse minna. Sinna võid helistada ööpäevaringselt 24 tundi. Ohu korral helista 112.""",
    },
    "wild-berries": {
        "title": "Metsamarjade korjamine",
        "summary": "2021. aasta seadus kaitseb välismaalastest korjajaid, kes ei ole töötajad.",
        "body": """Paljud välismaalastest metsamarjade korjajad ei ole töötajad: nad korjavad marju ja müüvad need marjaettevõttele, mis korraldab nende majutuse ja toidu. Alates 2021. aastast kehtestab selle kohta reeglid seadus (487/2021). Selle üle teevad järelevalvet töötervishoiu ja tööohutuse asutused.

Marjaettevõte ei tohi võtta sinult värbamistasu. Enne reisimist küsi, millist hinda sa marjade eest saad ja kui palju maksad majutuse, toidu ja reisi eest. Pane ise kirja, mida sa korjad, müüd ja maksad.

Kui sa tegelikult töötad kellegi korralduste ja määratud tööaja järgi, võid sa olla töötaja ja siis kehtib sinu suhtes töölepingu seadus kõigi oma õigustega. Ära anna oma passi kunagi kellelegi.""",
    },
    "seasonal-housing": {
        "title": "Hooajatöötajate eluase",
        "summary": "Üür ei tohi olla sinu palga kohta liiga kõrge ja seda ei tohi sinu palgast automaatselt maha arvata.",
        "body": """Kui tööandja korraldab sulle kui hooajatöötajale eluaseme, ei tohi üür olla sinu netopalga (pärast makse) kohta ülemäärane. Üüri ei tohi sinu palgast automaatselt maha arvata.

Küsi enne reisimist kirjalikku üürilepingut, kus on kirjas üür, mida see sisaldab ja mitu inimest tuba jagavad. Eluase peab olema ohutu ja korralik.

Hoia alles palgalehed ja kviitungid. Kui üür või muud kulud võtavad suurema osa sinu palgast või kui sa ei saa eluasemest lahkuda, küsi nõu või helista inimkaubanduse ohvrite abisüsteemi.""",
    },
    "victim-residence-permit": {
        "title": "Inimkaubanduse ohvrite elamisluba ja järelemõtlemisaeg",
        "summary": "Inimkaubanduse ohver võib saada aega järele mõelda ja oma elamisloa.",
        "body": """Kui sa võid olla inimkaubanduse ohver, annab seadus sulle järelemõtlemisaja: aja taastuda ja otsustada, kas tahad ametiasutustega koostööd teha. Selle aja jooksul sind Soomest välja ei saadeta.

Inimkaubanduse ohver võib saada ka elamisloa, mis ei sõltu tööandjast. Arvesse võetakse sinu olukorda ja sinu turvalisust.

Inimkaubanduse ohvrite abisüsteem aitab sind selles ka siis, kui sul praegu kehtivat luba ei ole. Selle abi on tasuta ja konfidentsiaalne. Helista sinna ööpäevaringselt 24 tundi.""",
    },
    "recruitment-fees": {
        "title": "Värbamistasu ei pea kunagi maksma sina",
        "summary": "Sa ei peaks kellelegi maksma, et tööd saada. Tasu võib muutuda võlaks, mis sind lõksu püüab.",
        "body": """Töötajad ei peaks maksma töö saamise eest: ei agentuurile, värbajale, vahendajale ega tööandjale. See hõlmab ka „tasusid“ tööpakkumise, lepingu, viisamenetluse või grupis koha eest. Välismaalastest metsamarjade korjajate puhul keelab Soome seadus värbamistasu võtmise.

Värbamistasu muutub sageli võlaks. Võlga värbajale või tööandjale võidakse kasutada sinu kontrollimiseks ja see on sunnitöö tunnus.

Kui sa oled maksnud või sinult küsitakse raha, hoia alles kviitungid ja sõnumid ning küsi nõu. Kui võlga kasutatakse sinu vastu, helista inimkaubanduse ohvrite abisüsteemi, ööpäevaringselt 24 tundi.""",
    },
}
