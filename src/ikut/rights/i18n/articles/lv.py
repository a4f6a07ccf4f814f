"""Latvian (lv): the rights articles (ARTICLES), kept apart from the other texts of ../lv.py so a web
worker does not hold them: only the content loader reads them (rights.article_data, via
rights.i18n.section("ARTICLES")). Status as in that module."""

ARTICLES = {
    "contract": {
        "title": "Darba līgums un rakstiski noteikumi",
        "summary": "Kas jābūt rakstītam jūsu līgumā un kāpēc tas jāsaņem rakstiski.",
        "body": """Darba līgumu var noslēgt mutiski, rakstiski vai elektroniski. Rakstisks līgums ir labākais pierādījums tam, par ko vienojāties.

Ja jūs nesaņemat rakstisku līgumu, darba devējam tik un tā rakstiski jāsniedz jums galvenie noteikumi. 7 dienu laikā no darba sākuma: kas ir darba devējs, kad sākas darbs, kad un kāpēc beidzas terminēts darbs, vai ir pārbaudes laiks, kur jūs strādājat, kādu darbu jūs darāt, jūsu alga un algas periods, kā arī jūsu darba laiks. Pārējie noteikumi, piemēram, ikgadējais atvaļinājums, uzteikuma termiņš un kurš koplīgums ir spēkā, viena mēneša laikā. Tas attiecas uz gadījumiem, kad jūs četrās nedēļās strādājat vairāk nekā 12 stundas.

Neparakstiet neko, ko nesaprotat. Jūs varat paņemt līgumu uz mājām, lūgt to valodā, kuru saprotat, un lūgt arodbiedrību vai atbalsta darbinieku to izlasīt kopā ar jums.""",
    },
    "pay": {
        "title": "Alga un koplīgumi",
        "summary": "Somijā nav minimālās algas likuma: jūsu nozares koplīgums nosaka zemāko algu.",
        "body": """Somijā nav ar likumu noteiktas vispārējas minimālās algas. Tā vietā lielākajā daļā nozaru ir vispārsaistošs koplīgums. Katram šīs nozares darba devējam jāmaksā vismaz tik, cik nosaka koplīgums, pat ja darba devējs vai jūs neesat nevienas arodbiedrības vai darba devēju organizācijas biedri.

Koplīgums nosaka arī piemaksas par darbu vakaros, naktīs, svētdienās un par virsstundām, kā arī citas tiesības, piemēram, slimības naudu. Pajautājiet, kurš koplīgums attiecas uz jūsu darbu; tam jābūt ierakstītam jūsu līgumā.

Ja neviens koplīgums nav piemērojams, algai tik un tā jābūt saprātīgai un parastai šāda veida darbam. Acīmredzami pārāk zema alga var būt noziegums (izspiedējiska darba diskriminācija).""",
    },
    "payslip": {
        "title": "Algas lapiņa un alga jūsu bankas kontā",
        "summary": "Jūsu alga tiek ieskaitīta jūsu pašu kontā, katru reizi kopā ar algas lapiņu.",
        "body": """Jūsu alga jāieskaita bankas kontā, kuru jūs pats izvēlaties un kontrolējat. Glabājiet savu bankas karti, kodus un internetbanku pie sevis. Nevienam citam tie nedrīkst būt.

Katru reizi, kad jums izmaksā algu, jums ir tiesības uz algas lapiņu. Tajā redzams, cik jūs nopelnījāt, par kurām stundām un kas tika ieturēts (nodoklis, pensiju un bezdarba apdrošināšanas iemaksas un viss pārējais).

Saglabājiet savas algas lapiņas un pierakstiet savas darba stundas paši. Ja alga nav izmaksāta pilnībā vai kavējas, rakstiski jautājiet darba devējam. Arodbiedrība vai darba aizsardzības iestāde var jums sniegt padomu.""",
    },
    "working-hours": {
        "title": "Darba laiks, virsstundas un atpūta",
        "summary": "Parastais darba laiks, piemaksa par virsstundām un jūsu tiesības uz atpūtu.",
        "body": """Parastais darba laiks parasti ir ne vairāk kā 8 stundas dienā un 40 stundas nedēļā. Darba laiku var organizēt arī kā vidējo vairāku nedēļu laikā, piemēram, maiņu darbā vai summētajā darba laikā. Tad viena garāka diena var būt likumīga. Pajautājiet, kā ir organizēts jūsu darba laiks.

Darbam ilgāk par norunāto laiku vajadzīga jūsu piekrišana. Par virsstundām jāmaksā papildus. Ja jūs nedēļu pēc nedēļas strādājat vairāk nekā 40 stundas nedēļā un nesaņemat samaksu par virsstundām, tā ir nopietna brīdinājuma zīme. Kopumā darba laiks vidēji nedrīkst pārsniegt 48 stundas nedēļā.

Parastais noteikums ir vismaz 11 stundu atpūta starp darba dienām un katru nedēļu vismaz 35 stundu nepārtraukta atpūta. Dažos gadījumos atpūta starp darba dienām likumīgi var būt īsāka. Ja jums ir mazāk nekā 11 stundas, pajautājiet, kāpēc, un saņemiet padomu. Darba dienā, kas ilgāka par 6 stundām, jums pienākas pārtraukums, parasti vismaz viena stunda.""",
    },
    "annual-holiday": {
        "title": "Ikgadējais atvaļinājums",
        "summary": "Par katru nostrādāto mēnesi jūs nopelnāt apmaksātu atvaļinājumu.",
        "body": """Par katru pilnu darba mēnesi jūs nopelnāt apmaksātu ikgadējo atvaļinājumu (mēnesis, kurā ir vismaz 14 darba dienas vai dažos gadījumos 35 darba stundas). Pirmajā gadā tās ir 2 dienas mēnesī; kad līdz marta beigām jūsu darba attiecības ir ilgušas vismaz gadu, tās ir 2,5 dienas mēnesī.

Atvaļinājuma laikā jūs saņemat savu parasto algu. Daudzi koplīgumi paredz arī atvaļinājuma naudu.

Ja jūsu darba attiecības beidzas, pirms esat izmantojis atvaļinājumu, darba devējam tā vietā jāizmaksā kompensācija par atvaļinājumu.""",
    },
    "sick-leave": {
        "title": "Slimības atvaļinājums",
        "summary": "Ja esat slims, varat palikt mājās, un par pirmajām dienām jums maksā.",
        "body": """Ja esat tik slims, ka nevarat strādāt, pēc iespējas ātrāk paziņojiet darba devējam. Darba devējs var prasīt ārsta izziņu; noteikumi ir koplīgumā vai darbavietas instrukcijās.

Ja jūsu darba attiecības ir ilgušas vismaz vienu mēnesi, darba devējs maksā jums pilnu algu par dienu, kad saslimāt, un nākamajām deviņām darba dienām. Ja tās ir ilgušas mazāk nekā mēnesi, jūs saņemat pusi algas.

Ilgākas slimības gadījumā jūs varat pieteikties slimības pabalstam Kela. Darba devējs nedrīkst jūs atlaist tikai tāpēc, ka esat slims.""",
    },
    "trial-period": {
        "title": "Pārbaudes laiks un darba attiecību izbeigšana",
        "summary": "Cik ilgs var būt pārbaudes laiks un kā var beigties darba attiecības.",
        "body": """Par pārbaudes laiku var vienoties darba sākumā. Tas var ilgt ne vairāk kā 6 mēnešus. Terminētā darbā, kas īsāks par 12 mēnešiem, tas var būt ne vairāk kā puse no darba ilguma. Pārbaudes laikā jebkura puse var izbeigt darba attiecības, bet ne diskriminējoša iemesla dēļ.

Pēc pārbaudes laika darba devējam jūsu atlaišanai vajadzīgs pamatots iemesls, piemēram, ja jūs nolaidīgi pildāt savus pienākumus vai ja finanšu vai ražošanas iemeslu dēļ nav pietiekami daudz darba. Niecīgs vai diskriminējošs iemesls nekad nav pietiekams. Darba devējam jāievēro uzteikuma termiņš. Uzteikuma termiņš ir atkarīgs no tā, cik ilgi esat strādājis, sākot no 14 dienām.

Arī jūs varat uzteikt darbu. Ja jūsu darba attiecības ir ilgušas mazāk nekā piecus gadus, jūsu uzteikuma termiņš parasti ir 14 dienas. Kad darbs beidzas, prasiet rakstisku darba apliecību.""",
    },
    "tax": {
        "title": "Nodokļu karte un nodokļi",
        "summary": "Saņemiet nodokļu karti, lai no jūsu algas ieturētu pareizo nodokli.",
        "body": """Lai strādātu Somijā, jums vajag Somijas personas kodu un nodokļu karti no Nodokļu pārvaldes (Vero). Iedodiet nodokļu karti darba devējam. Darba devējs ietur nodokli no jūsu algas un samaksā to Vero.

Bez nodokļu kartes darba devējam kā nodoklis jāietur 60 % no jūsu algas. Šī nauda nepazūd, bet pārmaksu jūs saņemat atpakaļ tikai vēlāk, kad nodokļu aprēķins ir pabeigts.

Būvlaukumos jums vajag arī nodokļu numuru uz jūsu identifikācijas kartes. Jūsu algas lapiņā redzams, cik daudz nodokļa ieturēts; pārbaudiet, vai tas atbilst jūsu nodokļu kartei.""",
    },
    "safety": {
        "title": "Drošība darbā",
        "summary": "Darba devējam jārūpējas par jūsu drošību un jāmāca jums strādāt droši.",
        "body": """Darba devējam jārūpējas par jūsu drošību un veselību darbā. Pirms darba sākšanas jums jāparāda, kā darbu veikt droši, tā, lai jūs saprastu.

Darbam nepieciešamie individuālie aizsardzības līdzekļi (piemēram, cimdi, darba apavi, ķivere vai maska) jums jāizsniedz bez maksas. Darba devējam jānodrošina arī arodveselības aprūpe.

Ja darbs nopietni apdraud jūsu dzīvību vai veselību, jums ir tiesības to atteikties darīt. Ziņojiet par negadījumiem darba devējam. Jūs varat lūgt padomu darba aizsardzības iestādei: +358 295 016 620 (0295 016 620), no pirmdienas līdz piektdienai 9–15.""",
    },
    "unions": {
        "title": "Arodbiedrības un bezdarba fondi",
        "summary": "Jūs varat iestāties arodbiedrībā. Tā var jums dot padomu un palīdzēt ar problēmām darbā.",
        "body": """Ikviens, kas strādā Somijā, var iestāties arodbiedrībā neatkarīgi no pilsonības. Darba devējs nedrīkst jums to aizliegt vai izturēties pret jums sliktāk tāpēc, ka esat biedrs. Jums nav jāsaka darba devējam, ka esat biedrs.

Arodbiedrība konsultē savus biedrus par algu un darba apstākļiem, pārbauda līgumus un algas lapiņas un var palīdzēt strīdos, arī ar jurista palīdzību.

Bezdarba fondi maksā ar ienākumiem saistītu bezdarbnieka pabalstu biedriem, kuri zaudē darbu, ja viņi ir strādājuši pietiekami ilgi. Daudzās arodbiedrībās ir iekļauta arī dalība fondā.""",
    },
    "housing": {
        "title": "Mājoklis un ieturējumi no algas",
        "summary": "Ja darba devējs ir arī jūsu izīrētājs, esiet uzmanīgi ar īri un ieturējumiem.",
        "body": """Daži darba devēji piedāvā mājokli. Tas var palīdzēt, bet tas arī dod darba devējam varu pār jums: ja zaudējat darbu, varat zaudēt arī mājas.

Prasiet atsevišķu rakstisku īres līgumu, kurā norādīta īres maksa, kas tajā ietilpst un kā līgums beidzas. Īres maksai jābūt parastai attiecīgajai vietai un mājokļa stāvoklim.

Darba devējs drīkst ieturēt naudu no jūsu algas tikai likumā noteiktajās robežās, un katram ieturējumam jābūt redzamam algas lapiņā. Ļoti augsta īre vai ieturējumi, pēc kuriem jums paliek maz algas, ir brīdinājuma zīmes.""",
    },
    "residence-permit": {
        "title": "Uzturēšanās atļauja un darba devēja maiņa",
        "summary": "Ko jūsu atļauja ļauj un ko darīt, ja vēlaties mainīt darbu.",
        "body": """Daudzas uz darbu balstītas uzturēšanās atļaujas ir piesaistītas noteiktai darba jomai. Parasti jūs varat mainīt darba devēju tajā pašā jomā. Lai strādātu citā jomā, jums var būt vajadzīga jauna atļauja. Pārbaudiet savas atļaujas noteikumus vai jautājiet Somijas Migrācijas dienestam (Migri).

Darba devējam jāpārbauda, vai jums ir tiesības strādāt, bet viņš nedrīkst paturēt jūsu uzturēšanās atļaujas karti vai pasi.

Ja darba devējs jūs ir izmantojis, jūs varat saņemt palīdzību, lai pieteiktos atļaujai jaunam darbam. Izmantošana neatņem jūsu tiesības: palīdzības sistēma palīdz upuriem arī tad, ja viņi atrodas Somijā bez derīgas atļaujas.""",
    },
    "seasonal-work": {
        "title": "Sezonas darbs un ogu lasīšana",
        "summary": "Sezonas strādniekiem ir tādas pašas tiesības kā citiem darbiniekiem.",
        "body": """Sezonas strādniekiem lauksaimniecībā, dārzkopībā un tūrismā ir tādas pašas tiesības kā citiem darbiniekiem: līgums, alga saskaņā ar koplīgumu, atpūta un drošs mājoklis.

Meža ogu lasītāji, kas ierodas lasīt un pārdot ogas, bieži nav darbinieki. Pirms brauciena noskaidrojiet, kam jūs pārdosiet ogas, cik jūs maksāsiet par ceļu, mājokli, ēdienu un automašīnām un vai šīs izmaksas tiks atskaitītas no jūsu nopelnītā.

Paši pierakstiet, cik jūs salasāt un cik jums samaksā. Nekad nevienam nedodiet savu pasi. Ja nonākat parādos vai nevarat aizbraukt, zvaniet palīdzības sistēmai.""",
    },
    "discrimination": {
        "title": "Diskriminācija un izspiedējiska darba diskriminācija",
        "summary": "Pret jums nedrīkst izturēties sliktāk jūsu izcelsmes dēļ, un jūsu situācijas izmantošana ir noziegums.",
        "body": """Darbā pret jums nedrīkst izturēties sliktāk jūsu izcelsmes, pilsonības, valodas, reliģijas, dzimuma, vecuma, veselības vai citu personisku iemeslu dēļ. Tas attiecas uz pieņemšanu darbā, algu, darba apstākļiem un atlaišanu.

Izspiedējiska darba diskriminācija Somijā ir noziegums. Tas nozīmē, ka darba devējs nostāda darbinieku acīmredzami sliktākā stāvoklī, izmantojot darbinieka grūto situāciju, atkarību vai zināšanu trūkumu, piemēram, ar ļoti zemu algu vai ļoti garu darba laiku.

Jūs varat lūgt padomu darba aizsardzības iestādei vai Nediskriminācijas ombudam (Ombudsman), un jūs varat ziņot par noziegumu policijai.""",
    },
    "trafficking-help": {
        "title": "Cilvēku tirdzniecības pazīmes un kur saņemt palīdzību",
        "summary": "Brīdinājuma zīmes un kas jums palīdz — bez maksas un konfidenciāli, arī bez dokumentiem.",
        "body": """Brīdinājuma zīmes ir, piemēram: kāds patur jūsu pasi vai bankas karti; jūs esat parādā darba devējam vai darbā pieņēmējam; jūs nevarat pamest darbavietu vai mājokli; jūsu tālrunis vai kontakti tiek kontrolēti; jums draud; jūs strādājat ļoti garas stundas par mazu samaksu vai bez samaksas; darbs atšķiras no solītā.

Cilvēku tirdzniecības upuru palīdzības sistēma jums palīdz, arī ja esat Somijā bez derīgas atļaujas un arī ja nevēlaties iet uz policiju. Zvaniet +358 295 463 177 (0295 463 177), 24 stundas diennaktī.

Lai saņemtu padomu par darba apstākļiem, zvaniet darba aizsardzības iestādei: +358 295 016 620 (0295 016 620), no pirmdienas līdz piektdienai 9–15. Briesmu gadījumā zvaniet 112.""",
    },
    "paying-back-pay": {
        "title": "Jūs spiež atmaksāt daļu algas",
        "summary": "Jūsu alga pieder jums. Neviens nedrīkst jūs piespiest atdot daļu no tās.",
        "body": """Dažreiz algas lapiņā ir pareizā alga, bet darba devējs vai starpnieks liek jums daļu no tās atdot skaidrā naudā, uz citu kontu vai kā „maksu“. Tas ir veids, kā samaksāt jums mazāk, nekā nosaka likums un koplīgums.

Jums nav jāatmaksā neviena daļa no jūsu algas. Saglabājiet algas lapiņas, bankas izrakstus un ziņas un pierakstiet katru reizi, kad jums lika maksāt.

Piespiešana atmaksāt algu var būt noziegums. Jūs varat saņemt padomu, nesakot savu vārdu. Ja jums ir bail, zvaniet Cilvēku tirdzniecības upuru palīdzības sistēmai, 24 stundas diennaktī.""",
    },
    "forced-self-employment": {
        "title": "Jūs spiež strādāt kā „pašnodarbināto“",
        "summary": "Ja kāds cits nosaka jūsu darbu, darba laiku un algu, jūs, visticamāk, esat darbinieks.",
        "body": """Daži darba devēji liek darbiniekiem reģistrēt uzņēmumu vai noslēgt „vieglā uzņēmēja“ (light entrepreneur) līgumu, lai viņiem nebūtu jāmaksā atvaļinājuma nauda, slimības nauda, pensijas vai apdrošināšanas iemaksas. Tad jums var nākties visas izmaksas segt pašam.

Svarīgi ir tas, kā darbs patiesībā tiek veikts, nevis tas, kas rakstīts uz papīra. Ja jūs strādājat vienam uzņēmumam, pēc tā norādījumiem, tā noteiktajos laikos un par tā noteikto samaksu, jūs, visticamāk, esat darbinieks ar visām darbinieka tiesībām.

Neparakstiet līgumu, ko nesaprotat. Pirms reģistrējat uzņēmumu, lūdziet padomu. SAK konsultācijas darba migrantiem ir bez maksas, un tām nav vajadzīga dalība arodbiedrībā.""",
    },
    "unpaid-trial-days": {
        "title": "Neapmaksātas „izmēģinājuma dienas“",
        "summary": "Darbs ir apmaksāts darbs, arī pirmajā dienā un pārbaudes laikā.",
        "body": """Daži darba devēji lūdz jūs dažas dienas strādāt bez maksas, „lai parādītu, ko protat“, un pēc tam jūs nepieņem darbā. Darbs, kas padarīts darba devējam, ir apmaksāts darbs, arī pirmajā dienā.

Pārbaudes laiks ir daļa no apmaksātām darba attiecībām: tā laikā jūs saņemat pilnu algu. Īss neapmaksāts apmeklējums, lai apskatītu darbavietu, nav tas pats, kas īsta darba veikšana darba devējam.

Pierakstiet dienas un stundas, kad strādājāt, vietu un to, kas jums lika strādāt. Prasiet savu algu rakstiski. Arodbiedrība vai SAK bezmaksas konsultācijas darba migrantiem var jums palīdzēt to pieprasīt.""",
    },
    "protective-equipment": {
        "title": "Aizsardzības līdzekļi ir bez maksas",
        "summary": "Par cimdiem, darba apaviem, ķiverēm un maskām, kas vajadzīgas darbam, maksā darba devējs.",
        "body": """Ja darbam vajadzīgi aizsardzības līdzekļi, piemēram, cimdi, darba apavi, ķivere, dzirdes aizsargi vai maska, darba devējam tie jums jāizsniedz bez maksas. Darba devējs nedrīkst to izmaksas atskaitīt no jūsu algas.

Darba devējam arī jāparāda jums, kā lietot šos līdzekļus, tā, lai jūs saprastu. Lietojiet tos un pasakiet darba devējam, ja tie ir bojāti vai jums neder.

Ja jums liek maksāt par aizsardzības līdzekļiem vai strādāt bīstamā darbā bez tiem, lūdziet padomu darba aizsardzības iestādei vai arodbiedrībai.""",
    },
    "threats-permit-police": {
        "title": "Draudi par jūsu uzturēšanās atļauju vai policiju",
        "summary": "Darba devējs nevar atņemt jūsu atļauju, un draudi ir brīdinājuma zīme.",
        "body": """Daži darba devēji saka: „Ja sūdzēsies, es anulēšu tavu atļauju“, „Policija tevi izraidīs“ vai „Neviens tev neticēs.“ Tie ir draudi, lai jūs apklusinātu. Darba devējs nelemj par jūsu uzturēšanās atļauju: to dara Somijas Migrācijas dienests.

Draudēšana kādam var būt noziegums, un tā ir bieža izmantošanas un cilvēku tirdzniecības pazīme. Jums ir tiesības darbā arī tad, ja jūsu atļauja ir atkarīga no darba vai jums nav derīgas atļaujas.

Cilvēku tirdzniecības upuru palīdzības sistēma jums palīdz arī tad, ja nevēlaties iet uz policiju. Jūs varat tai zvanīt 24 stundas diennaktī. Briesmu gadījumā zvaniet 112.""",
    },
    "wild-berries": {
        "title": "Meža ogu lasīšana",
        "summary": "2021. gada likums aizsargā ārvalstu ogotājus, kuri nav darbinieki.",
        "body": """Daudzi ārvalstu meža ogu lasītāji nav darbinieki: viņi lasa ogas un pārdod tās ogu uzņēmumam, kas organizē viņu mājokli un ēdināšanu. Kopš 2021. gada to regulē likums (487/2021). To uzrauga darba aizsardzības iestādes.

Ogu uzņēmums nedrīkst prasīt no jums maksu par darbā pieņemšanu. Pirms brauciena pajautājiet, kādu cenu jūs saņemsiet par ogām un cik maksāsiet par mājokli, ēdienu un ceļu. Paši pierakstiet, ko jūs salasāt, pārdodat un maksājat.

Ja patiesībā jūs strādājat pēc kāda cita rīkojumiem un noteiktā laikā, jūs varat būt darbinieks, un tad uz jums attiecas Darba līgumu likums ar visām tā tiesībām. Nekad nevienam nedodiet savu pasi.""",
    },
    "seasonal-housing": {
        "title": "Mājoklis sezonas strādniekiem",
        "summary": "Īre nedrīkst būt pārāk augsta salīdzinājumā ar jūsu algu, un to nedrīkst automātiski ieturēt no algas.",
        "body": """Ja darba devējs jums kā sezonas strādniekam organizē mājokli, īres maksa nedrīkst būt pārmērīga salīdzinājumā ar jūsu neto algu (pēc nodokļiem). Īres maksu nedrīkst automātiski ieturēt no jūsu algas.

Pirms brauciena prasiet rakstisku īres līgumu, kurā norādīta īres maksa, kas tajā ietilpst un cik cilvēku dzīvo istabā. Mājoklim jābūt drošam un pienācīgam.

Saglabājiet algas lapiņas un čekus. Ja īre vai citas izmaksas aizņem lielāko daļu jūsu algas vai jūs nevarat pamest mājokli, lūdziet padomu vai zvaniet Cilvēku tirdzniecības upuru palīdzības sistēmai.""",
    },
    "victim-residence-permit": {
        "title": "Uzturēšanās atļauja cilvēku tirdzniecības upuriem un pārdomu laiks",
        "summary": "Cilvēku tirdzniecības upuris var saņemt laiku pārdomām un savu uzturēšanās atļauju.",
        "body": """Ja jūs varētu būt cilvēku tirdzniecības upuris, likums jums dod pārdomu laiku: laiku atgūties un izlemt, vai vēlaties sadarboties ar iestādēm. Šajā laikā jūs netiekat izraidīts no Somijas.

Cilvēku tirdzniecības upuris var saņemt arī uzturēšanās atļauju, kas nav atkarīga no darba devēja. Tiek ņemta vērā jūsu situācija un jūsu drošība.

Cilvēku tirdzniecības upuru palīdzības sistēma jums šajā jautājumā palīdz, arī ja jums pašlaik nav derīgas atļaujas. Tās palīdzība ir bez maksas un konfidenciāla. Zvaniet tai 24 stundas diennaktī.""",
    },
    "recruitment-fees": {
        "title": "Maksa par darbā pieņemšanu nekad nav jāmaksā jums",
        "summary": "Jums nevienam nav jāmaksā, lai dabūtu darbu. Maksa var kļūt par parādu, kas jūs iesprosto.",
        "body": """Darbiniekiem nav jāmaksā par darba iegūšanu: ne aģentūrai, ne darbā pieņēmējam, ne starpniekam, ne darba devējam. Tas attiecas arī uz „maksām“ par darba piedāvājumu, līgumu, vīzas procesu vai vietu grupā. Ārvalstu meža ogu lasītājiem Somijas likums aizliedz prasīt maksu par darbā pieņemšanu.

Maksa par darbā pieņemšanu bieži kļūst par parādu. Parādu darbā pieņēmējam vai darba devējam var izmantot, lai jūs kontrolētu, un tā ir piespiedu darba pazīme.

Ja esat samaksājis vai jums prasa maksāt, saglabājiet čekus un ziņas un lūdziet padomu. Ja parādu izmanto pret jums, zvaniet Cilvēku tirdzniecības upuru palīdzības sistēmai, 24 stundas diennaktī.""",
    },
}
