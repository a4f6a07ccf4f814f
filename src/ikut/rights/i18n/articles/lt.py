"""Lithuanian (lt): the rights articles (ARTICLES), kept apart from the other texts of ../lt.py so a web
worker does not hold them: only the content loader reads them (rights.article_data, via
rights.i18n.section("ARTICLES")). Status as in that module."""

ARTICLES = {
    "contract": {
        "title": "Darbo sutartis ir rašytinės sąlygos",
        "summary": "Kas turi būti parašyta jūsų sutartyje ir kodėl ją reikia gauti raštu.",
        "body": """Darbo sutartį galima sudaryti žodžiu, raštu arba elektroniniu būdu. Rašytinė sutartis yra geriausias įrodymas, dėl ko susitarta.

Jei negaunate rašytinės sutarties, darbdavys vis tiek privalo jums raštu pateikti pagrindines sąlygas. Per 7 dienas nuo darbo pradžios: kas yra darbdavys, kada prasideda darbas, kada ir kodėl baigiasi terminuotas darbas, ar yra bandomasis laikotarpis, kur dirbate, kokį darbą dirbate, jūsų atlyginimas ir atlyginimo mokėjimo laikotarpis bei jūsų darbo laikas. Kitos sąlygos, pavyzdžiui, kasmetinės atostogos, įspėjimo terminas ir kuri kolektyvinė sutartis taikoma, – per vieną mėnesį. Tai taikoma, kai per keturias savaites dirbate daugiau nei 12 valandų.

Nepasirašykite nieko, ko nesuprantate. Galite pasiimti sutartį namo, paprašyti jos jums suprantama kalba ir paprašyti profesinės sąjungos ar pagalbos darbuotojo ją perskaityti kartu su jumis.""",
    },
    "pay": {
        "title": "Atlyginimas ir kolektyvinės sutartys",
        "summary": "Suomijoje nėra minimalaus atlyginimo įstatymo: jūsų sektoriaus kolektyvinė sutartis nustato mažiausią atlyginimą.",
        "body": """Suomijoje nėra įstatymu nustatyto bendro minimalaus atlyginimo. Vietoj to daugelyje sektorių yra visuotinai taikoma kolektyvinė sutartis. Kiekvienas to sektoriaus darbdavys privalo mokėti bent tiek, kiek nustato sutartis, net jei darbdavys ar jūs nesate jokios profesinės sąjungos ar darbdavių organizacijos nariai.

Sutartis taip pat nustato priedus už darbą vakarais, naktimis, sekmadieniais ir už viršvalandžius bei kitas teises, pavyzdžiui, ligos išmoką. Paklauskite, kuri sutartis taikoma jūsų darbui; tai turėtų būti parašyta jūsų sutartyje.

Jei netaikoma jokia kolektyvinė sutartis, atlyginimas vis tiek turi būti protingas ir įprastas tokiam darbui. Akivaizdžiai per mažas atlyginimas gali būti nusikaltimas (lupikiška darbo diskriminacija).""",
    },
    "payslip": {
        "title": "Atlyginimo lapelis ir atlyginimas į jūsų banko sąskaitą",
        "summary": "Jūsų atlyginimas pervedamas į jūsų pačių sąskaitą, kiekvieną kartą kartu su atlyginimo lapeliu.",
        "body": """Jūsų atlyginimas turi būti pervedamas į banko sąskaitą, kurią pasirenkate ir valdote patys. Banko kortelę, kodus ir internetinę bankininkystę laikykite sau. Niekas kitas neturi jų turėti.

Kiekvieną kartą, kai jums mokamas atlyginimas, turite teisę gauti atlyginimo lapelį. Jame matyti, kiek uždirbote, už kokias valandas ir kas buvo išskaičiuota (mokesčiai, pensijų ir nedarbo draudimo įmokos ir visa kita).

Saugokite atlyginimo lapelius ir patys užsirašykite savo darbo valandas. Jei trūksta atlyginimo ar jis vėluoja, raštu paklauskite darbdavio. Profesinė sąjunga arba darbuotojų saugos institucija gali jums patarti.""",
    },
    "working-hours": {
        "title": "Darbo laikas, viršvalandžiai ir poilsis",
        "summary": "Įprastas darbo laikas, priedas už viršvalandžius ir jūsų teisė į poilsį.",
        "body": """Įprastas darbo laikas paprastai yra ne daugiau kaip 8 valandos per dieną ir 40 valandų per savaitę. Darbo laikas taip pat gali būti nustatomas kaip kelių savaičių vidurkis, pavyzdžiui, dirbant pamainomis arba taikant suminę darbo laiko apskaitą. Tada viena ilgesnė diena gali būti teisėta. Paklauskite, kaip nustatytas jūsų darbo laikas.

Darbui ilgiau nei sutarta reikia jūsų sutikimo. Už viršvalandžius turi būti mokama papildomai. Jei savaitė po savaitės dirbate daugiau nei 40 valandų per savaitę ir negaunate apmokėjimo už viršvalandžius, tai rimtas įspėjamasis ženklas. Iš viso darbo laikas vidutiniškai negali viršyti 48 valandų per savaitę.

Įprasta taisyklė – bent 11 valandų poilsio tarp darbo dienų ir kiekvieną savaitę bent 35 valandos nepertraukiamo poilsio. Kai kuriais atvejais poilsis tarp darbo dienų teisėtai gali būti trumpesnis. Jei gaunate mažiau nei 11 valandų, paklauskite, kodėl, ir pasitarkite. Darbo dieną, ilgesnę nei 6 valandos, jums priklauso pertrauka, paprastai bent viena valanda.""",
    },
    "annual-holiday": {
        "title": "Kasmetinės atostogos",
        "summary": "Už kiekvieną dirbtą mėnesį užsidirbate apmokamų atostogų.",
        "body": """Už kiekvieną visą darbo mėnesį užsidirbate apmokamų kasmetinių atostogų (mėnuo, kuriame yra bent 14 darbo dienų arba kai kuriais atvejais 35 darbo valandos). Pirmaisiais metais tai 2 dienos per mėnesį; kai iki kovo pabaigos jūsų darbo santykiai yra trukę bent metus, tai 2,5 dienos per mėnesį.

Atostogų metu gaunate įprastą atlyginimą. Daugelis kolektyvinių sutarčių taip pat numato atostogų priedą.

Jei jūsų darbo santykiai baigiasi jums dar neišnaudojus atostogų, darbdavys vietoj jų privalo sumokėti kompensaciją už atostogas.""",
    },
    "sick-leave": {
        "title": "Nedarbingumas dėl ligos",
        "summary": "Jei sergate, galite likti namie, o už pirmąsias dienas jums mokama.",
        "body": """Jei sergate taip, kad negalite dirbti, kuo greičiau praneškite darbdaviui. Darbdavys gali paprašyti gydytojo pažymos; taisyklės yra kolektyvinėje sutartyje arba darbovietės nurodymuose.

Jei jūsų darbo santykiai truko bent vieną mėnesį, darbdavys moka jums visą atlyginimą už dieną, kurią susirgote, ir už kitas devynias darbo dienas. Jei jie truko trumpiau nei mėnesį, gaunate pusę atlyginimo.

Sergant ilgiau galite kreiptis į Kela dėl ligos pašalpos. Darbdavys negali jūsų atleisti vien todėl, kad sergate.""",
    },
    "trial-period": {
        "title": "Bandomasis laikotarpis ir darbo santykių pabaiga",
        "summary": "Kiek gali trukti bandomasis laikotarpis ir kaip gali baigtis darbo santykiai.",
        "body": """Dėl bandomojo laikotarpio galima susitarti darbo pradžioje. Jis gali trukti ne ilgiau kaip 6 mėnesius. Terminuotame darbe, trumpesniame nei 12 mėnesių, jis gali būti ne ilgesnis kaip pusė darbo trukmės. Bandomuoju laikotarpiu bet kuri šalis gali nutraukti darbo santykius, bet ne dėl diskriminacinės priežasties.

Po bandomojo laikotarpio darbdaviui, norint jus atleisti, reikia tinkamos priežasties, pavyzdžiui, jei nevykdote savo pareigų arba jei dėl finansinių ar gamybinių priežasčių nepakanka darbo. Menkos ar diskriminacinės priežasties niekada nepakanka. Darbdavys privalo laikytis įspėjimo termino. Įspėjimo terminas priklauso nuo to, kiek laiko dirbote, – nuo 14 dienų ir daugiau.

Jūs taip pat galite išeiti iš darbo. Jei jūsų darbo santykiai truko trumpiau nei penkerius metus, jūsų įspėjimo terminas paprastai yra 14 dienų. Kai darbas baigiasi, paprašykite rašytinės darbo pažymos.""",
    },
    "tax": {
        "title": "Mokesčių kortelė ir mokesčiai",
        "summary": "Gaukite mokesčių kortelę, kad iš jūsų atlyginimo būtų išskaičiuojamas teisingas mokestis.",
        "body": """Norint dirbti Suomijoje, jums reikia Suomijos asmens kodo ir mokesčių kortelės iš Mokesčių administracijos (Vero). Atiduokite mokesčių kortelę darbdaviui. Darbdavys išskaičiuoja mokestį iš jūsų atlyginimo ir sumoka jį Vero.

Be mokesčių kortelės darbdavys privalo išskaičiuoti 60 % jūsų atlyginimo kaip mokestį. Šie pinigai nedingsta, bet permoką atgausite tik vėliau, kai bus baigtas mokesčių apskaičiavimas.

Statybvietėse jums taip pat reikia mokesčių numerio ant jūsų asmens kortelės. Jūsų atlyginimo lapelyje matyti, kiek mokesčių išskaičiuota; patikrinkite, ar tai atitinka jūsų mokesčių kortelę.""",
    },
    "safety": {
        "title": "Sauga darbe",
        "summary": "Darbdavys privalo užtikrinti jūsų saugumą ir išmokyti jus dirbti saugiai.",
        "body": """Darbdavys privalo rūpintis jūsų sauga ir sveikata darbe. Prieš pradedant darbą jums turi būti parodyta, kaip saugiai dirbti, taip, kad suprastumėte.

Darbui reikalingos asmeninės apsaugos priemonės (pavyzdžiui, pirštinės, apsauginė avalynė, šalmas ar kaukė) jums turi būti duotos nemokamai. Darbdavys taip pat privalo pasirūpinti darbuotojų sveikatos priežiūra.

Jei darbas kelia rimtą pavojų jūsų gyvybei ar sveikatai, turite teisę atsisakyti jį dirbti. Apie nelaimingus atsitikimus praneškite darbdaviui. Patarimo galite kreiptis į darbuotojų saugos ir sveikatos instituciją: +358 295 016 620 (0295 016 620), nuo pirmadienio iki penktadienio 9–15.""",
    },
    "unions": {
        "title": "Profesinės sąjungos ir nedarbo fondai",
        "summary": "Galite įstoti į profesinę sąjungą. Ji gali jums patarti ir padėti spręsti problemas darbe.",
        "body": """Kiekvienas, dirbantis Suomijoje, gali įstoti į profesinę sąjungą, nepriklausomai nuo pilietybės. Darbdavys negali jums to drausti ar elgtis su jumis blogiau dėl to, kad esate narys. Jums nereikia sakyti darbdaviui, kad esate narys.

Profesinė sąjunga pataria savo nariams dėl atlyginimo ir darbo sąlygų, tikrina sutartis ir atlyginimo lapelius ir gali padėti ginčuose, taip pat pasitelkdama advokatą.

Nedarbo fondai moka su pajamomis susijusią nedarbo išmoką nariams, netekusiems darbo, jei jie dirbo pakankamai ilgai. Daugelio profesinių sąjungų narystė apima ir narystę fonde.""",
    },
    "housing": {
        "title": "Būstas ir išskaitos iš atlyginimo",
        "summary": "Kai darbdavys yra ir jūsų nuomotojas, būkite atsargūs dėl nuomos ir išskaitų.",
        "body": """Kai kurie darbdaviai siūlo būstą. Tai gali padėti, bet kartu suteikia darbdaviui valdžią jūsų atžvilgiu: netekę darbo, galite netekti ir namų.

Paprašykite atskiros rašytinės nuomos sutarties, kurioje būtų nurodyta nuomos kaina, kas į ją įeina ir kaip sutartis baigiasi. Nuoma turėtų būti įprasta tai vietovei ir būsto būklei.

Darbdavys gali išskaičiuoti pinigus iš jūsų atlyginimo tik įstatymo nustatytomis ribomis, ir kiekviena išskaita turi būti nurodyta atlyginimo lapelyje. Labai didelė nuoma ar išskaitos, po kurių jums lieka mažai atlyginimo, yra įspėjamieji ženklai.""",
    },
    "residence-permit": {
        "title": "Leidimas gyventi ir darbdavio keitimas",
        "summary": "Ką leidžia jūsų leidimas ir ką daryti, jei norite pakeisti darbą.",
        "body": """Daugelis leidimų gyventi, išduotų dėl darbo, yra susieti su tam tikra darbo sritimi. Paprastai toje pačioje srityje galite pakeisti darbdavį. Norint dirbti kitoje srityje, gali reikėti naujo leidimo. Patikrinkite savo leidimo sąlygas arba paklauskite Suomijos migracijos tarnybos (Migri).

Darbdavys privalo patikrinti, ar turite teisę dirbti, bet negali pasilikti jūsų leidimo gyventi kortelės ar paso.

Jei darbdavys jus išnaudojo, galite gauti pagalbos prašant leidimo naujam darbui. Išnaudojimas neatima jūsų teisių: pagalbos sistema padeda aukoms net jei jos yra Suomijoje be galiojančio leidimo.""",
    },
    "seasonal-work": {
        "title": "Sezoninis darbas ir uogų rinkimas",
        "summary": "Sezoniniai darbuotojai turi tokias pačias teises kaip ir kiti darbuotojai.",
        "body": """Sezoniniai darbuotojai žemės ūkyje, sodininkystėje ir turizme turi tokias pačias teises kaip ir kiti darbuotojai: sutartį, atlyginimą pagal kolektyvinę sutartį, poilsį ir saugų būstą.

Miško uogų rinkėjai, atvykstantys rinkti ir parduoti uogų, dažnai nėra darbuotojai. Prieš išvykdami išsiaiškinkite, kam parduosite uogas, kiek mokėsite už kelionę, būstą, maistą ir automobilius ir ar šios išlaidos bus atskaitytos iš jūsų uždarbio.

Patys užsirašykite, kiek surenkate ir kiek jums sumokama. Niekada niekam neatiduokite savo paso. Jei įklimpote į skolas ar negalite išvykti, skambinkite į pagalbos sistemą.""",
    },
    "discrimination": {
        "title": "Diskriminacija ir lupikiška darbo diskriminacija",
        "summary": "Su jumis negalima elgtis blogiau dėl jūsų kilmės, o jūsų padėties išnaudojimas yra nusikaltimas.",
        "body": """Darbe su jumis negalima elgtis blogiau dėl jūsų kilmės, pilietybės, kalbos, religijos, lyties, amžiaus, sveikatos ar kitų asmeninių priežasčių. Tai apima priėmimą į darbą, atlyginimą, darbo sąlygas ir atleidimą.

Lupikiška darbo diskriminacija Suomijoje yra nusikaltimas. Tai reiškia, kad darbdavys akivaizdžiai pablogina darbuotojo padėtį, pasinaudodamas sunkia darbuotojo padėtimi, priklausomybe ar žinių stoka, pavyzdžiui, mokėdamas labai mažą atlyginimą ar versdamas dirbti labai ilgas valandas.

Patarimo galite kreiptis į darbuotojų saugos ir sveikatos instituciją arba į Nediskriminavimo ombudsmeną (Ombudsman), o apie nusikaltimą galite pranešti policijai.""",
    },
    "trafficking-help": {
        "title": "Prekybos žmonėmis požymiai ir kur gauti pagalbos",
        "summary": "Įspėjamieji ženklai ir kas jums padeda – nemokamai ir konfidencialiai, net be dokumentų.",
        "body": """Įspėjamieji ženklai, pavyzdžiui: kas nors laiko jūsų pasą ar banko kortelę; esate skolingi darbdaviui ar įdarbintojui; negalite palikti darbovietės ar būsto; jūsų telefonas ar ryšiai kontroliuojami; jums grasinama; dirbate labai ilgas valandas už mažą atlyginimą arba be atlyginimo; darbas skiriasi nuo to, kas buvo žadėta.

Prekybos žmonėmis aukų pagalbos sistema jums padeda, net jei esate Suomijoje be galiojančio leidimo ir net jei nenorite eiti į policiją. Skambinkite +358 295 463 177 (0295 463 177), visą parą, 24 valandas.

Dėl patarimo apie darbo sąlygas skambinkite į darbuotojų saugos ir sveikatos instituciją: +358 295 016 620 (0295 016 620), nuo pirmadienio iki penktadienio 9–15. Pavojaus atveju skambinkite 112.""",
    },
    "paying-back-pay": {
        "title": "Kai verčia grąžinti dalį atlyginimo",
        "summary": "Jūsų atlyginimas priklauso jums. Niekas negali priversti jūsų grąžinti jo dalies.",
        "body": """Kartais atlyginimo lapelyje nurodytas teisingas atlyginimas, bet darbdavys ar tarpininkas verčia jus grąžinti dalį jo grynaisiais, į kitą sąskaitą arba kaip „mokestį“. Tai būdas sumokėti jums mažiau, nei nustato įstatymas ir kolektyvinė sutartis.

Jūs neprivalote grąžinti jokios savo atlyginimo dalies. Saugokite atlyginimo lapelius, banko išrašus ir žinutes ir užsirašykite kiekvieną kartą, kai jūsų prašė sumokėti.

Vertimas grąžinti atlyginimą gali būti nusikaltimas. Patarimo galite gauti nesakydami savo vardo. Jei bijote, skambinkite į Prekybos žmonėmis aukų pagalbos sistemą, visą parą, 24 valandas.""",
    },
    "forced-self-employment": {
        "title": "Kai verčia dirbti kaip „savarankiškai dirbantį“",
        "summary": "Jei kas nors kitas nustato jūsų darbą, darbo laiką ir atlyginimą, greičiausiai esate darbuotojas.",
        "body": """Kai kurie darbdaviai liepia darbuotojams įregistruoti įmonę arba sudaryti „lengvojo verslininko“ (light entrepreneur) sutartį, kad jiems nereikėtų mokėti atostoginių, ligos išmokų, pensijų ar draudimo įmokų. Tada jums gali tekti visas išlaidas apmokėti patiems.

Svarbu tai, kaip darbas iš tikrųjų atliekamas, o ne tai, kas parašyta popieriuje. Jei dirbate vienai įmonei, pagal jos nurodymus, jos nustatytu laiku ir už jos nustatytą atlyginimą, greičiausiai esate darbuotojas su visomis darbuotojo teisėmis.

Nepasirašykite sutarties, kurios nesuprantate. Prieš įregistruodami įmonę, pasitarkite. SAK konsultacijos migrantams darbuotojams yra nemokamos, ir joms nereikia narystės profesinėje sąjungoje.""",
    },
    "unpaid-trial-days": {
        "title": "Neapmokamos „bandomosios dienos“",
        "summary": "Darbas yra apmokamas darbas, taip pat pirmąją dieną ir bandomuoju laikotarpiu.",
        "body": """Kai kurie darbdaviai prašo jūsų kelias dienas dirbti nemokamai, „kad parodytumėte, ką mokate“, o paskui jūsų nepriima į darbą. Darbdaviui atliktas darbas yra apmokamas darbas, taip pat pirmąją dieną.

Bandomasis laikotarpis yra apmokamų darbo santykių dalis: jo metu gaunate visą atlyginimą. Trumpas neapmokamas apsilankymas darbovietei apžiūrėti skiriasi nuo tikro darbo darbdaviui.

Užsirašykite dienas ir valandas, kai dirbote, vietą ir kas liepė jums dirbti. Atlyginimo reikalaukite raštu. Profesinė sąjunga arba nemokamos SAK konsultacijos migrantams darbuotojams gali padėti jums jo pareikalauti.""",
    },
    "protective-equipment": {
        "title": "Apsaugos priemonės yra nemokamos",
        "summary": "Už darbui reikalingas pirštines, apsauginę avalynę, šalmus ir kaukes moka darbdavys.",
        "body": """Jei darbui reikia apsaugos priemonių, pavyzdžiui, pirštinių, apsauginės avalynės, šalmo, klausos apsaugos priemonių ar kaukės, darbdavys privalo jas jums duoti nemokamai. Darbdavys negali jų kainos išskaičiuoti iš jūsų atlyginimo.

Darbdavys taip pat privalo parodyti, kaip naudotis priemonėmis, taip, kad suprastumėte. Naudokite jas ir pasakykite darbdaviui, jei jos sugedusios arba jums netinka.

Jei jūsų prašoma sumokėti už apsaugos priemones arba dirbti pavojingą darbą be jų, kreipkitės patarimo į darbuotojų saugos ir sveikatos instituciją arba profesinę sąjungą.""",
    },
    "threats-permit-police": {
        "title": "Grasinimai dėl jūsų leidimo gyventi ar policijos",
        "summary": "Darbdavys negali atimti jūsų leidimo, o grasinimai yra įspėjamasis ženklas.",
        "body": """Kai kurie darbdaviai sako: „Jei skųsiesi, panaikinsiu tavo leidimą“, „Policija tave išsiųs iš šalies“ arba „Niekas tavimi nepatikės.“ Tai grasinimai, skirti jus nutildyti. Darbdavys nesprendžia dėl jūsų leidimo gyventi: tai daro Suomijos migracijos tarnyba.

Grasinimas kitam žmogui gali būti nusikaltimas, ir tai dažnas išnaudojimo bei prekybos žmonėmis požymis. Darbe turite teises net jei jūsų leidimas priklauso nuo jūsų darbo arba neturite galiojančio leidimo.

Prekybos žmonėmis aukų pagalbos sistema jums padeda net jei nenorite eiti į policiją. Galite jai skambinti visą parą, 24 valandas. Pavojaus atveju skambinkite 112.""",
    },
    "wild-berries": {
        "title": "Miško uogų rinkimas",
        "summary": "2021 m. įstatymas saugo užsienio uogų rinkėjus, kurie nėra darbuotojai.",
        "body": """Daugelis užsienio miško uogų rinkėjų nėra darbuotojai: jie renka uogas ir parduoda jas uogų įmonei, kuri organizuoja jų būstą ir maitinimą. Nuo 2021 m. tam taisykles nustato įstatymas (487/2021). Jo laikymąsi prižiūri darbuotojų saugos ir sveikatos institucijos.

Uogų įmonė negali imti iš jūsų mokesčio už įdarbinimą. Prieš išvykdami paklauskite, kokią kainą gausite už uogas ir kiek mokėsite už būstą, maistą ir kelionę. Patys užsirašykite, ką surenkate, parduodate ir sumokate.

Jei iš tikrųjų dirbate pagal kieno nors nurodymus ir nustatytą laiką, galite būti darbuotojas, ir tada jums taikomas Darbo sutarčių įstatymas su visomis jo teisėmis. Niekada niekam neatiduokite savo paso.""",
    },
    "seasonal-housing": {
        "title": "Būstas sezoniniams darbuotojams",
        "summary": "Nuoma negali būti per didelė, palyginti su jūsų atlyginimu, ir negali būti automatiškai išskaičiuojama iš jūsų atlyginimo.",
        "body": """Jei darbdavys jums, kaip sezoniniam darbuotojui, organizuoja būstą, nuoma negali būti per didelė, palyginti su jūsų grynuoju atlyginimu (atskaičius mokesčius). Nuoma negali būti automatiškai išskaičiuojama iš jūsų atlyginimo.

Prieš išvykdami paprašykite rašytinės nuomos sutarties, kurioje būtų nurodyta nuomos kaina, kas į ją įeina ir kiek žmonių gyvena viename kambaryje. Būstas turi būti saugus ir tinkamas.

Saugokite atlyginimo lapelius ir kvitus. Jei nuoma ar kitos išlaidos atima didžiąją dalį jūsų atlyginimo arba negalite palikti būsto, kreipkitės patarimo arba skambinkite į Prekybos žmonėmis aukų pagalbos sistemą.""",
    },
    "victim-residence-permit": {
        "title": "Leidimas gyventi prekybos žmonėmis aukoms ir apmąstymo laikotarpis",
        "summary": "Prekybos žmonėmis auka gali gauti laiko apsvarstyti ir savo leidimą gyventi.",
        "body": """Jei galite būti prekybos žmonėmis auka, įstatymas suteikia jums apmąstymo laikotarpį: laiko atsigauti ir nuspręsti, ar norite bendradarbiauti su valdžios institucijomis. Šiuo laikotarpiu jūs nesate išsiunčiami iš Suomijos.

Prekybos žmonėmis auka taip pat gali gauti leidimą gyventi, kuris nepriklauso nuo darbdavio. Atsižvelgiama į jūsų padėtį ir jūsų saugumą.

Prekybos žmonėmis aukų pagalbos sistema jums padeda tai padaryti, net jei dabar neturite galiojančio leidimo. Jos pagalba yra nemokama ir konfidenciali. Skambinkite jai visą parą, 24 valandas.""",
    },
    "recruitment-fees": {
        "title": "Įdarbinimo mokesčio niekada neturite mokėti jūs",
        "summary": "Neturėtumėte niekam mokėti, kad gautumėte darbą. Mokestis gali virsti skola, į kurią įkliūsite.",
        "body": """Darbuotojai neturėtų mokėti už darbo gavimą: nei agentūrai, nei įdarbintojui, nei tarpininkui, nei darbdaviui. Tai apima ir „mokesčius“ už darbo pasiūlymą, sutartį, vizos procedūrą ar vietą grupėje. Užsienio miško uogų rinkėjams Suomijos įstatymas draudžia imti mokestį už įdarbinimą.

Įdarbinimo mokestis dažnai virsta skola. Skola įdarbintojui ar darbdaviui gali būti naudojama jus kontroliuoti, ir tai yra priverstinio darbo požymis.

Jei sumokėjote arba jūsų prašoma sumokėti, saugokite kvitus ir žinutes ir kreipkitės patarimo. Jei skola naudojama prieš jus, skambinkite į Prekybos žmonėmis aukų pagalbos sistemą, visą parą, 24 valandas.""",
    },
}
