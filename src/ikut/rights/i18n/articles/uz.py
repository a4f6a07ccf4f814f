"""Uzbek (uz): the rights articles (ARTICLES), kept apart from the other texts of ../uz.py so a web
worker does not hold them: only the content loader reads them (rights.article_data, via
rights.i18n.section("ARTICLES")). Status as in that module."""

ARTICLES = {
    "contract": {
        "title": "Mehnat shartnomasi va yozma shartlar",
        "summary": "Shartnomangizda nima yozilishi kerak va nega uni yozma olishingiz kerak.",
        "body": """Mehnat shartnomasi ogʻzaki, yozma yoki elektron shaklda tuzilishi mumkin. Nima kelishilganining eng yaxshi isboti — yozma shartnoma.

Yozma shartnoma olmasangiz ham, ish beruvchi asosiy shartlarni sizga yozma ravishda berishi kerak. Ish boshlanganidan keyin 7 kun ichida: ish beruvchi kim, ish qachon boshlanadi, muddatli ish qachon va nega tugaydi, sinov muddati bormi, qayerda ishlaysiz, qanday ish qilasiz, ish haqingiz va toʻlov davri, hamda ish vaqtingiz. Boshqa shartlar, masalan, yillik taʼtil, ogohlantirish muddati va qaysi jamoaviy shartnoma qoʻllanilishi, bir oy ichida. Bu toʻrt haftada 12 soatdan koʻp ishlasangiz qoʻllaniladi.

Tushunmagan narsangizga imzo chekmang. Shartnomani uyga olib ketishingiz, uni oʻzingiz tushunadigan tilda soʻrashingiz, va kasaba uyushmasi yoki yordamchi xodimdan uni siz bilan birga oʻqib chiqishni soʻrashingiz mumkin.""",
    },
    "pay": {
        "title": "Ish haqi va jamoaviy shartnomalar",
        "summary": "Finlyandiyada eng kam ish haqi toʻgʻrisida qonun yoʻq: eng past ish haqini sohangizning jamoaviy shartnomasi belgilaydi.",
        "body": """Finlyandiyada qonun bilan belgilangan umumiy eng kam ish haqi yoʻq. Buning oʻrniga koʻpchilik sohalarda umumiy majburiy jamoaviy shartnoma bor. Shu sohadagi har bir ish beruvchi kamida shartnomada yozilganini toʻlashi kerak, hatto ish beruvchi yoki siz hech qanday kasaba uyushmasi yoki ish beruvchilar birlashmasi aʼzosi boʻlmasangiz ham.

Shartnoma kechki, tungi, yakshanba va qoʻshimcha ish uchun qoʻshimcha haqni, hamda kasallik vaqtidagi ish haqi kabi boshqa huquqlarni ham belgilaydi. Ishingizga qaysi shartnoma qoʻllanilishini soʻrang; u shartnomangizda yozilgan boʻlishi kerak.

Agar hech qanday jamoaviy shartnoma qoʻllanilmasa ham, ish haqi shu turdagi ish uchun oqilona va odatiy boʻlishi kerak. Aniq juda past ish haqi jinoyat boʻlishi mumkin (ekspluatatsion mehnat kamsitilishi).""",
    },
    "payslip": {
        "title": "Ish haqi varaqasi va bank hisobingizga ish haqi",
        "summary": "Ish haqingiz oʻz hisobingizga tushadi, har safar ish haqi varaqasi bilan.",
        "body": """Ish haqingiz siz tanlagan va oʻzingiz boshqaradigan bank hisobiga toʻlanishi kerak. Bank kartangiz, kodlaringiz va onlayn bankingizni oʻzingizda saqlang. Ular boshqa hech kimda boʻlmasligi kerak.

Har safar ish haqi olganingizda ish haqi varaqasini olish huquqingiz bor. Unda qancha ishlab topganingiz, qaysi soatlar uchun va nima ushlab qolinganligi (soliq, pensiya va ishsizlik sugʻurtasi badallari, va boshqa narsalar) koʻrsatiladi.

Ish haqi varaqalaringizni saqlang va ish soatlaringizni oʻzingiz yozib boring. Ish haqi toʻlanmasa yoki kechiksa, ish beruvchidan yozma ravishda soʻrang. Kasaba uyushmasi yoki mehnatni muhofaza qilish organi sizga maslahat berishi mumkin.""",
    },
    "working-hours": {
        "title": "Ish vaqti, qoʻshimcha ish va dam olish",
        "summary": "Odatiy ish soatlari, qoʻshimcha ish uchun qoʻshimcha haq va dam olish huquqingiz.",
        "body": """Odatiy ish vaqti odatda kuniga koʻpi bilan 8 soat va haftasiga 40 soat. Ish vaqti bir necha haftaning oʻrtachasi sifatida ham tashkil etilishi mumkin, masalan, smenali ishda yoki davriy ishda. Unda bitta uzunroq kun qonuniy boʻlishi mumkin. Ish vaqtingiz qanday tashkil etilganini soʻrang.

Kelishilgan soatlardan ortiq ishlash uchun sizning roziligingiz kerak. Qoʻshimcha ish qoʻshimcha haq bilan toʻlanishi kerak. Haftadan haftaga 40 soatdan koʻp ishlasangiz va qoʻshimcha ish haqi olmasangiz, bu jiddiy ogohlantiruvchi belgi. Jami ish vaqti oʻrtacha haftasiga 48 soatdan oshmasligi kerak.

Odatiy qoida: ikki ish kuni orasida kamida 11 soat dam olish va har hafta ketma-ket kamida 35 soat dam olish. Baʼzi hollarda ish kunlari orasidagi dam olish qonuniy ravishda qisqaroq boʻlishi mumkin. 11 soatdan kam olsangiz, sababini soʻrang va maslahat oling. 6 soatdan uzun ish kunida sizga tanaffus beriladi, odatda kamida bir soat.""",
    },
    "annual-holiday": {
        "title": "Yillik taʼtil",
        "summary": "Ishlagan har bir oyingiz uchun haq toʻlanadigan taʼtil yigʻasiz.",
        "body": """Har bir toʻliq ish oyi uchun haq toʻlanadigan yillik taʼtil yigʻasiz (kamida 14 ish kuni boʻlgan oy, yoki baʼzi hollarda 35 ish soati). Birinchi yilda bu oyiga 2 kun; mart oyi oxirigacha mehnat munosabatlaringiz kamida bir yil davom etgan boʻlsa, oyiga 2.5 kun.

Taʼtil vaqtida odatiy ish haqingizni olasiz. Koʻp jamoaviy shartnomalar taʼtil mukofotini ham beradi.

Taʼtilingizni olishdan oldin mehnat munosabatlaringiz tugasa, ish beruvchi uning oʻrniga taʼtil kompensatsiyasini toʻlashi kerak.""",
    },
    "sick-leave": {
        "title": "Kasallik taʼtili",
        "summary": "Kasal boʻlsangiz uyda qolishingiz mumkin va birinchi kunlar uchun haq olasiz.",
        "body": """Ishlay olmaydigan darajada kasal boʻlsangiz, ish beruvchingizga imkon qadar tezroq xabar bering. Ish beruvchi tibbiy maʼlumotnoma soʻrashi mumkin; qoidalar jamoaviy shartnomada yoki ish joyi koʻrsatmalarida yozilgan.

Agar mehnat munosabatlaringiz kamida bir oy davom etgan boʻlsa, ish beruvchi kasal boʻlgan kuningiz va keyingi toʻqqiz ish kuni uchun toʻliq ish haqingizni toʻlaydi. Bir oydan kam boʻlsa, ish haqingizning yarmini olasiz.

Uzoqroq kasallik uchun Keladan kasallik nafaqasiga ariza berishingiz mumkin. Ish beruvchi sizni faqat kasal boʻlganingiz uchun ishdan boʻshata olmaydi.""",
    },
    "trial-period": {
        "title": "Sinov muddati va mehnat munosabatlarining tugashi",
        "summary": "Sinov muddati qancha davom etishi mumkin va ish qanday tugashi mumkin.",
        "body": """Sinov muddati ish boshida kelishilishi mumkin. U koʻpi bilan 6 oy davom etishi mumkin. 12 oydan qisqa muddatli ishda u ish muddatining koʻpi bilan yarmi boʻlishi mumkin. Sinov muddati davomida har ikki tomon mehnat munosabatlarini tugatishi mumkin, lekin kamsituvchi sabab bilan emas.

Sinov muddatidan keyin ish beruvchiga sizni ishdan boʻshatish uchun asosli sabab kerak, masalan, agar siz oʻz vazifalaringizga beparvo qarasangiz yoki moliyaviy yoki ishlab chiqarish sabablari tufayli yetarli ish boʻlmasa. Arzimas yoki kamsituvchi sabab hech qachon yetarli emas. Ish beruvchi ogohlantirish muddatiga rioya qilishi kerak. Ogohlantirish muddati qancha vaqt ishlaganingizga bogʻliq, 14 kundan boshlab va undan koʻp.

Siz ham ishdan ketishingiz mumkin. Mehnat munosabatlaringiz besh yildan kam davom etgan boʻlsa, ogohlantirish muddatingiz odatda 14 kun. Ish tugaganda yozma mehnat maʼlumotnomasini soʻrang.""",
    },
    "tax": {
        "title": "Soliq kartasi va soliqlar",
        "summary": "Ish haqingizdan toʻgʻri soliq olinishi uchun soliq kartasini oling.",
        "body": """Finlyandiyada ishlash uchun sizga Finlyandiya shaxsiy identifikatsiya kodi va Soliq boshqarmasidan (Vero) soliq kartasi kerak. Soliq kartasini ish beruvchingizga bering. Ish beruvchi soliqni ish haqingizdan ushlab, Veroga toʻlaydi.

Soliq kartasi boʻlmasa, ish beruvchi ish haqingizning 60 % ni soliq sifatida ushlab qolishi kerak. Bu pul yoʻqolmaydi, lekin ortiqchasini faqat keyinroq, soliq hisob-kitobi tugagandan soʻng qaytarib olasiz.

Qurilish maydonlarida ID kartangizda soliq raqami ham kerak. Ish haqi varaqangizda qancha soliq ushlab qolinganligi koʻrsatiladi; uning soliq kartangizga mos kelishini tekshiring.""",
    },
    "safety": {
        "title": "Ishda xavfsizlik",
        "summary": "Ish beruvchingiz sizni xavfsiz saqlashi va xavfsiz ishlashni oʻrgatishi kerak.",
        "body": """Ish beruvchingiz ishda xavfsizligingiz va sogʻligʻingiz haqida gʻamxoʻrlik qilishi kerak. Ishni boshlashdan oldin sizga ishni qanday xavfsiz bajarishni tushunarli qilib koʻrsatish kerak.

Ish uchun kerakli himoya vositalari (masalan, qoʻlqop, xavfsizlik poyabzali, kaska yoki niqob) sizga bepul berilishi kerak. Ish beruvchi kasbiy tibbiy xizmatni ham tashkil etishi kerak.

Agar ish hayotingiz yoki sogʻligʻingizga jiddiy xavf tugʻdirsa, undan bosh tortishga haqingiz bor. Baxtsiz hodisalar haqida ish beruvchingizga xabar bering. Mehnatni muhofaza qilish va salomatlik organidan maslahat soʻrashingiz mumkin: +358 295 016 620 (0295 016 620), dushanbadan jumagacha 9–15.""",
    },
    "unions": {
        "title": "Kasaba uyushmalari va ishsizlik fondlari",
        "summary": "Kasaba uyushmasiga aʼzo boʻlishingiz mumkin. U sizga maslahat beradi va ishdagi muammolarda yordam beradi.",
        "body": """Finlyandiyada ishlayotgan har bir kishi, fuqaroligidan qatʼi nazar, kasaba uyushmasiga aʼzo boʻlishi mumkin. Aʼzo boʻlganingiz uchun ish beruvchi sizga toʻsqinlik qila olmaydi yoki sizga yomonroq munosabatda boʻla olmaydi. Aʼzo ekaningizni ish beruvchiga aytishingiz shart emas.

Kasaba uyushmasi aʼzolariga ish haqi va mehnat sharoitlari boʻyicha maslahat beradi, shartnomalar va ish haqi varaqalarini tekshiradi, va nizolarda yordam berishi mumkin, advokat orqali ham.

Ishsizlik fondlari ishini yoʻqotgan va yetarlicha ishlagan aʼzolariga daromadga bogʻliq ishsizlik nafaqasini toʻlaydi. Koʻp kasaba uyushmalari aʼzoligiga fond aʼzoligi ham kiradi.""",
    },
    "housing": {
        "title": "Uy-joy va ish haqidan ushlab qolishlar",
        "summary": "Ish beruvchi ayni paytda uy egangiz ham boʻlsa, ijara haqi va ushlab qolishlarga ehtiyot boʻling.",
        "body": """Baʼzi ish beruvchilar uy-joy taklif qiladi. Bu yordam berishi mumkin, lekin ish beruvchiga sizning ustingizdan hokimiyat ham beradi: ishingizni yoʻqotsangiz, uyingizni ham yoʻqotishingiz mumkin.

Ijara haqi, unga nimalar kirishi va shartnoma qanday tugashi yozilgan alohida yozma ijara shartnomasini soʻrang. Ijara haqi shu hudud va uyning holati uchun odatiy boʻlishi kerak.

Ish beruvchi ish haqingizdan pulni faqat qonun belgilagan chegaralarda ushlab qolishi mumkin, va har bir ushlab qolish ish haqi varaqasida koʻrsatilishi kerak. Juda yuqori ijara haqi yoki qoʻlingizda oz ish haqi qoldiradigan ushlab qolishlar — ogohlantiruvchi belgilar.""",
    },
    "residence-permit": {
        "title": "Yashash uchun ruxsatnoma va ish beruvchini almashtirish",
        "summary": "Ruxsatnomangiz nimaga ruxsat beradi va ishni almashtirmoqchi boʻlsangiz nima qilish kerak.",
        "body": """Ishga asoslangan koʻp yashash ruxsatnomalari bitta ish sohasiga bogʻlangan. Odatda shu soha ichida ish beruvchini almashtirishingiz mumkin. Boshqa sohada ishlash uchun yangi ruxsatnoma kerak boʻlishi mumkin. Oʻz ruxsatnomangiz shartlarini tekshiring yoki Finlyandiya migratsiya xizmatidan (Migri) soʻrang.

Ish beruvchi ishlash huquqingiz borligini tekshirishi kerak, lekin yashash ruxsatnomasi kartangiz yoki pasportingizni oʻzida saqlay olmaydi.

Agar ish beruvchingiz sizni ekspluatatsiya qilgan boʻlsa, yangi ish uchun ruxsatnomaga ariza berishda yordam olishingiz mumkin. Ekspluatatsiya huquqlaringizni tortib olmaydi: Yordam tizimi qurbonlarga, ular Finlyandiyada amaldagi ruxsatnomasiz boʻlsa ham, yordam beradi.""",
    },
    "seasonal-work": {
        "title": "Mavsumiy ish va rezavor terish",
        "summary": "Mavsumiy ishchilar boshqa ishchilar bilan bir xil huquqlarga ega.",
        "body": """Qishloq xoʻjaligi, bogʻdorchilik va turizmdagi mavsumiy ishchilar boshqa ishchilar bilan bir xil huquqlarga ega: shartnoma, jamoaviy shartnoma boʻyicha ish haqi, dam olish va xavfsiz uy-joy.

Yovvoyi rezavorlarni terib sotish uchun keladigan odamlar koʻpincha xodim emas. Yoʻlga chiqishdan oldin rezavorlarni kimga sotishingizni, yoʻl, uy-joy, ovqat va mashinalar uchun qancha toʻlashingizni, va bu xarajatlar topgan pulingizdan ushlab qolinishini bilib oling.

Qancha terganingiz va sizga qancha toʻlanganini oʻzingiz yozib boring. Pasportingizni hech qachon hech kimga bermang. Qarzga botib qolsangiz yoki keta olmasangiz, Yordam tizimiga qoʻngʻiroq qiling.""",
    },
    "discrimination": {
        "title": "Kamsitish va ekspluatatsion mehnat kamsitilishi",
        "summary": "Qayerdan kelganingiz uchun sizga yomonroq munosabatda boʻlish mumkin emas, ahvolingizdan foydalanish esa jinoyat.",
        "body": """Ishda kelib chiqishingiz, fuqaroligingiz, tilingiz, diningiz, jinsingiz, yoshingiz, sogʻligʻingiz yoki boshqa shaxsiy sabablar tufayli sizga yomonroq munosabatda boʻlish mumkin emas. Bu ishga olish, ish haqi, mehnat sharoitlari va ishdan boʻshatishga taalluqli.

Ekspluatatsion mehnat kamsitilishi Finlyandiyada jinoyat. Bu ish beruvchi ishchining ogʻir ahvoli, qaramligi yoki bilimi yetishmasligidan foydalanib, uni aniq yomonroq ahvolga solishini bildiradi, masalan, juda past ish haqi yoki juda uzun ish soatlari bilan.

Mehnatni muhofaza qilish va salomatlik organidan yoki Kamsitishga qarshi ombudsmandan maslahat soʻrashingiz, va politsiyaga jinoyat haqida xabar berishingiz mumkin.""",
    },
    "trafficking-help": {
        "title": "Odam savdosi belgilari va qayerdan yordam olish mumkin",
        "summary": "Ogohlantiruvchi belgilar va sizga kim yordam beradi — bepul va maxfiy, hujjatsiz boʻlsangiz ham.",
        "body": """Ogohlantiruvchi belgilar: kimdir pasportingiz yoki bank kartangizni saqlab turadi; ish beruvchi yoki yollovchiga qarzingiz bor; ish joyini yoki turar joyni tark eta olmaysiz; telefoningiz yoki aloqalaringiz nazorat qilinadi; sizga tahdid qilinadi; juda oz yoki umuman haqsiz juda uzoq soatlar ishlaysiz; ish vaʼda qilinganidan boshqacha.

Odam savdosi qurbonlariga yordam tizimi sizga yordam beradi, hatto Finlyandiyada amaldagi ruxsatnomasiz boʻlsangiz ham, va politsiyaga borishni xohlamasangiz ham. Qoʻngʻiroq qiling +358 295 463 177 (0295 463 177), sutkasiga 24 soat.

Mehnat sharoitlari boʻyicha maslahat uchun mehnatni muhofaza qilish va salomatlik organiga qoʻngʻiroq qiling: +358 295 016 620 (0295 016 620), dushanbadan jumagacha 9–15. Xavf ostida boʻlsangiz, 112 ga qoʻngʻiroq qiling.""",
    },
    "paying-back-pay": {
        "title": "Ish haqining bir qismini qaytarib berishga majburlash",
        "summary": "Ish haqingiz sizniki. Hech kim sizni uning bir qismini qaytarib berishga majburlay olmaydi.",
        "body": """Baʼzan ish haqi varaqasida toʻgʻri ish haqi koʻrsatiladi, lekin ish beruvchi yoki vositachi sizni uning bir qismini naqd pulda, boshqa hisobga yoki "toʻlov" sifatida qaytarib berishga majburlaydi. Bu sizga qonun va jamoaviy shartnomada yozilganidan kamroq toʻlashning bir usuli.

Ish haqingizning hech bir qismini qaytarib berishingiz shart emas. Ish haqi varaqalaringiz, bank koʻchirmalaringiz va xabarlarni saqlang, va sizdan toʻlov soʻralgan har bir holatni yozib qoʻying.

Ish haqini qaytarib berishga majburlash jinoyat boʻlishi mumkin. Ismingizni aytmasdan ham maslahat olishingiz mumkin. Qoʻrqsangiz, Odam savdosi qurbonlariga yordam tizimiga qoʻngʻiroq qiling, sutkasiga 24 soat.""",
    },
    "forced-self-employment": {
        "title": "\"Oʻzini oʻzi band qilgan\" sifatida ishlashga majburlash",
        "summary": "Ishingiz, soatlaringiz va ish haqingizni boshqa birov hal qilsa, siz ehtimol xodimsiz.",
        "body": """Baʼzi ish beruvchilar ishchilarga kompaniya roʻyxatdan oʻtkazishni yoki "yengil tadbirkor" (light entrepreneur) shartnomasini olishni aytadi, shunda ular taʼtil haqi, kasallik haqi, pensiya yoki sugʻurta toʻlamaydi. Unda barcha xarajatlarni oʻzingiz toʻlashingizga toʻgʻri kelishi mumkin.

Qogʻozda nima yozilgani emas, ish haqiqatda qanday bajarilishi muhim. Agar siz bitta kompaniya uchun, uning koʻrsatmalari bilan, u belgilagan vaqtda va u belgilagan haqqa ishlasangiz, siz ehtimol xodimning barcha huquqlariga ega xodimsiz.

Tushunmagan shartnomangizga imzo chekmang. Kompaniya roʻyxatdan oʻtkazishdan oldin maslahat soʻrang. SAKning migrant ishchilar uchun maslahati bepul va kasaba uyushmasiga aʼzolikni talab qilmaydi.""",
    },
    "unpaid-trial-days": {
        "title": "Haqsiz \"sinov kunlari\"",
        "summary": "Ish — haq toʻlanadigan ish, birinchi kuni ham, sinov muddatida ham.",
        "body": """Baʼzi ish beruvchilar "nima qila olishingizni koʻrsatish uchun" bir necha kun bepul ishlashni soʻraydi, keyin sizni ishga olmaydi. Ish beruvchi uchun bajarilgan ish — haq toʻlanadigan ish, birinchi kuni ham.

Sinov muddati haq toʻlanadigan mehnat munosabatlarining bir qismi: bu vaqtda toʻliq ish haqingizni olasiz. Ish joyini koʻrish uchun qisqa haqsiz tashrif ish beruvchi uchun haqiqiy ish bajarishdan farq qiladi.

Ishlagan kunlaringiz va soatlaringizni, joyni va sizga ishlashni kim aytganini yozib qoʻying. Ish haqingizni yozma ravishda talab qiling. Kasaba uyushmasi yoki SAKning migrant ishchilar uchun bepul maslahati uni talab qilishda yordam berishi mumkin.""",
    },
    "protective-equipment": {
        "title": "Himoya vositalari bepul",
        "summary": "Ish uchun kerakli qoʻlqoplar, xavfsizlik poyabzali, kaskalar va niqoblar uchun ish beruvchi toʻlaydi.",
        "body": """Agar ish uchun himoya vositalari kerak boʻlsa, masalan, qoʻlqop, xavfsizlik poyabzali, kaska, quloq himoyasi yoki niqob, ish beruvchi ularni sizga bepul berishi kerak. Ish beruvchi ularning narxini ish haqingizdan ushlab qola olmaydi.

Ish beruvchi vositalardan qanday foydalanishni ham sizga tushunarli qilib koʻrsatishi kerak. Ulardan foydalaning, va ular buzilgan boʻlsa yoki toʻgʻri kelmasa, ish beruvchiga ayting.

Himoya vositalari uchun toʻlashingiz yoki xavfli ishda ularsiz ishlashingiz soʻralsa, mehnatni muhofaza qilish va salomatlik organidan yoki kasaba uyushmasidan maslahat soʻrang.""",
    },
    "threats-permit-police": {
        "title": "Yashash ruxsatnomangiz yoki politsiya bilan tahdid",
        "summary": "Ish beruvchi ruxsatnomangizni tortib ola olmaydi, tahdidlar esa ogohlantiruvchi belgi.",
        "body": """Baʼzi ish beruvchilar shunday deydi: "Shikoyat qilsang, ruxsatnomangni bekor qildiraman", "Politsiya seni deportatsiya qiladi" yoki "Senga hech kim ishonmaydi." Bular sizni jim qilish uchun ishlatiladigan tahdidlar. Yashash ruxsatnomangiz haqida ish beruvchi qaror qilmaydi: Finlyandiya migratsiya xizmati qaror qiladi.

Birovga tahdid qilish jinoyat boʻlishi mumkin, va bu ekspluatatsiya va odam savdosining keng tarqalgan belgisi. Ruxsatnomangiz ishingizga bogʻliq boʻlsa ham, yoki amaldagi ruxsatnomangiz boʻlmasa ham, ishda huquqlaringiz bor.

Odam savdosi qurbonlariga yordam tizimi sizga yordam beradi, politsiyaga borishni xohlamasangiz ham. Unga sutkasiga 24 soat qoʻngʻiroq qilishingiz mumkin. Xavf ostida boʻlsangiz, 112 ga qoʻngʻiroq qiling.""",
    },
    "wild-berries": {
        "title": "Yovvoyi rezavorlarni terish",
        "summary": "2021-yilgi qonun xodim boʻlmagan chet ellik teruvchilarni himoya qiladi.",
        "body": """Koʻp chet ellik yovvoyi rezavor teruvchilar xodim emas: ular rezavorlarni terib, ularning uy-joyi va ovqatini tashkil qiladigan rezavor kompaniyasiga sotadi. 2021-yildan beri qonun (487/2021) buning qoidalarini belgilaydi. Uni mehnatni muhofaza qilish va salomatlik organlari nazorat qiladi.

Rezavor kompaniyasi sizdan ishga yollash uchun haq ola olmaydi. Yoʻlga chiqishdan oldin rezavorlar uchun qanday narx olishingizni va uy-joy, ovqat va yoʻl uchun qancha toʻlashingizni soʻrang. Qancha terganingiz, sotganingiz va toʻlaganingizni oʻzingiz yozib boring.

Agar haqiqatda birovning buyrugʻi bilan va u belgilagan soatlarda ishlasangiz, siz xodim boʻlishingiz mumkin, unda sizga Mehnat shartnomalari toʻgʻrisidagi qonun barcha huquqlari bilan qoʻllaniladi. Pasportingizni hech qachon hech kimga bermang.""",
    },
    "seasonal-housing": {
        "title": "Mavsumiy ishchilar uchun uy-joy",
        "summary": "Ijara haqi ish haqingizga nisbatan juda yuqori boʻlmasligi kerak va ish haqingizdan avtomatik ravishda ushlab qolinmasligi kerak.",
        "body": """Agar ish beruvchi sizga mavsumiy ishchi sifatida uy-joy tashkil qilsa, ijara haqi qoʻlingizga tegadigan ish haqingizga nisbatan haddan tashqari boʻlmasligi kerak. Ijara haqi ish haqingizdan avtomatik ravishda ushlab qolinmasligi kerak.

Yoʻlga chiqishdan oldin ijara haqi, unga nimalar kirishi va xonada necha kishi yashashi yozilgan yozma ijara shartnomasini soʻrang. Uy-joy xavfsiz va munosib boʻlishi kerak.

Ish haqi varaqalaringiz va kvitansiyalarni saqlang. Agar ijara haqi yoki boshqa xarajatlar ish haqingizning katta qismini olib ketsa, yoki turar joyni tark eta olmasangiz, maslahat soʻrang yoki Odam savdosi qurbonlariga yordam tizimiga qoʻngʻiroq qiling.""",
    },
    "victim-residence-permit": {
        "title": "Odam savdosi qurbonlari uchun yashash ruxsatnomasi va oʻylash muddati",
        "summary": "Odam savdosi qurboni oʻylash uchun vaqt va oʻzining yashash ruxsatnomasini olishi mumkin.",
        "body": """Agar siz odam savdosi qurboni boʻlishingiz mumkin boʻlsa, qonun sizga oʻylash muddatini (reflection period) beradi: tiklanish va hokimiyat organlari bilan hamkorlik qilishni xohlaysizmi, qaror qilish uchun vaqt. Bu vaqtda siz Finlyandiyadan chiqarib yuborilmaysiz.

Odam savdosi qurboni ish beruvchiga bogʻliq boʻlmagan yashash ruxsatnomasini ham olishi mumkin. Ahvolingiz va xavfsizligingiz hisobga olinadi.

Odam savdosi qurbonlariga yordam tizimi bunda sizga yordam beradi, hozir amaldagi ruxsatnomangiz boʻlmasa ham. Uning yordami bepul va maxfiy. Sutkasiga 24 soat qoʻngʻiroq qiling.""",
    },
    "recruitment-fees": {
        "title": "Ishga yollash haqini hech qachon siz toʻlamaysiz",
        "summary": "Ish olish uchun hech kimga pul toʻlamasligingiz kerak. Toʻlov sizni tuzoqqa soladigan qarzga aylanishi mumkin.",
        "body": """Ishchilar ish olish uchun pul toʻlamasligi kerak: na agentlikka, na yollovchiga, na vositachiga, na ish beruvchiga. Bunga ish taklifi, shartnoma, viza jarayoni yoki guruhdagi joy uchun "toʻlovlar" ham kiradi. Chet ellik yovvoyi rezavor teruvchilardan ishga yollash uchun haq olishni Finlyandiya qonuni taqiqlaydi.

Ishga yollash haqi koʻpincha qarzga aylanadi. Yollovchi yoki ish beruvchiga boʻlgan qarz sizni nazorat qilish uchun ishlatilishi mumkin, va bu majburiy mehnat belgisi.

Agar toʻlagan boʻlsangiz yoki toʻlash soʻralsa, kvitansiyalar va xabarlarni saqlang va maslahat soʻrang. Agar qarz sizga qarshi ishlatilsa, Odam savdosi qurbonlariga yordam tizimiga qoʻngʻiroq qiling, sutkasiga 24 soat.""",
    },
}
