"""Turkish (tr): the rights articles (ARTICLES), kept apart from the other texts of ../tr.py so a web
worker does not hold them: only the content loader reads them (rights.article_data, via
rights.i18n.section("ARTICLES")). Status as in that module."""

ARTICLES = {
    "contract": {
        "title": "İş sözleşmesi ve yazılı çalışma koşulları",
        "summary": "Sözleşmenizde neler yazmalı ve neden yazılı almalısınız.",
        "body": """İş sözleşmesi sözlü, yazılı ya da elektronik olarak yapılabilir. Yazılı sözleşme, neyin kararlaştırıldığının en iyi kanıtıdır.

Yazılı sözleşme almazsanız, işveren yine de temel çalışma koşullarını size yazılı olarak vermek zorundadır. İşe başladıktan sonraki 7 gün içinde: işverenin kim olduğu, işin ne zaman başladığı, belirli süreli bir işin ne zaman ve neden bittiği, deneme süresi olup olmadığı, nerede çalıştığınız, hangi işi yaptığınız, ücretiniz ve ücretin ne sıklıkla ödendiği, ve çalışma saatleriniz. Yıllık izin, ihbar süresi ve hangi toplu iş sözleşmesinin geçerli olduğu gibi diğer koşullar ise bir ay içinde. Bu kural, dört haftada 12 saatten fazla çalıştığınızda geçerlidir.

Anlamadığınız hiçbir şeyi imzalamayın. Sözleşmeyi eve götürebilir, anladığınız bir dilde isteyebilir ve bir sendikadan ya da bir destek çalışanından sözleşmeyi sizinle birlikte okumasını isteyebilirsiniz.""",
    },
    "pay": {
        "title": "Ücret ve toplu iş sözleşmeleri",
        "summary": "Finlandiya'da asgari ücret yasası yoktur: en düşük ücreti sektörünüzün toplu iş sözleşmesi belirler.",
        "body": """Finlandiya'da yasayla belirlenmiş genel bir asgari ücret yoktur. Bunun yerine çoğu sektörde genel olarak uygulanan bir toplu iş sözleşmesi vardır. O sektördeki her işveren en az sözleşmede yazan ücreti ödemek zorundadır; işveren ya da siz hiçbir sendikaya veya işveren derneğine üye olmasanız bile.

Sözleşme ayrıca akşam, gece, pazar günü ve fazla mesai çalışması için ek ücreti ve hastalık dönemindeki ücret gibi başka hakları da belirler. İşinize hangi sözleşmenin uygulandığını sorun; bu, sözleşmenizde yazılı olmalıdır.

Hiçbir toplu iş sözleşmesi uygulanmıyorsa bile ücret, o tür bir iş için makul ve normal olmalıdır. Açıkça çok düşük bir ücret suç olabilir (sömürücü iş ayrımcılığı).""",
    },
    "payslip": {
        "title": "Ücret bordrosu ve ücretin banka hesabınıza yatması",
        "summary": "Ücretiniz kendi hesabınıza yatar, her seferinde bir ücret bordrosuyla birlikte.",
        "body": """Ücretiniz, sizin seçtiğiniz ve sizin kontrol ettiğiniz bir banka hesabına ödenmelidir. Banka kartınızı, şifrelerinizi ve internet bankacılığınızı yalnızca kendinizde tutun. Bunlar başka hiç kimsede olmamalıdır.

Size her ödeme yapıldığında ücret bordrosu alma hakkınız vardır. Bordroda ne kadar kazandığınız, hangi saatler için kazandığınız ve nelerin kesildiği (vergi, emeklilik ve işsizlik sigortası primleri ve diğer her şey) görünür.

Ücret bordrolarınızı saklayın ve çalışma saatlerinizi kendiniz not edin. Ücret eksikse ya da geç geliyorsa, işverene yazılı olarak sorun. Bir sendika ya da iş güvenliği makamı size danışmanlık verebilir.""",
    },
    "working-hours": {
        "title": "Çalışma saatleri, fazla mesai ve dinlenme",
        "summary": "Normal çalışma saatleri, fazla mesai için ek ücret ve dinlenme hakkınız.",
        "body": """Normal çalışma süresi genellikle günde en fazla 8 saat ve haftada en fazla 40 saattir. Çalışma süresi birkaç haftanın ortalaması olarak da düzenlenebilir, örneğin vardiyalı işte ya da dönemsel çalışmada. O zaman tek bir uzun gün yasal olabilir. Çalışma sürenizin nasıl düzenlendiğini sorun.

Kararlaştırılan saatlerin üzerinde çalışmak için sizin onayınız gerekir. Fazla mesai ayrıca ödenmelidir. Haftalarca, her hafta 40 saatten fazla çalışıyor ve fazla mesai ücreti almıyorsanız, bu ciddi bir uyarı işaretidir. Toplam çalışma süresi ortalama olarak haftada 48 saati geçemez.

Normal kural, iş günleri arasında en az 11 saat dinlenme ve her hafta aralıksız en az 35 saat dinlenmedir. Bazı durumlarda iş günleri arasındaki dinlenme yasal olarak daha kısa olabilir. 11 saatten az dinlenme alıyorsanız, nedenini sorun ve danışmanlık alın. 6 saatten uzun bir iş gününde mola hakkınız vardır, bu mola normalde en az bir saattir.""",
    },
    "annual-holiday": {
        "title": "Yıllık izin",
        "summary": "Çalıştığınız her ay için ücretli izin kazanırsınız.",
        "body": """Her tam çalışma ayı için (en az 14 iş günü olan bir ay ya da bazı durumlarda 35 çalışma saati) ücretli yıllık izin kazanırsınız. İlk yıl ayda 2 gündür; mart ayının sonunda işinizde en az bir yılınız dolmuşsa, ayda 2,5 gündür.

İzin sırasında normal ücretinizi alırsınız. Birçok toplu iş sözleşmesi ayrıca izin ikramiyesi de verir.

İzninizi kullanmadan işiniz biterse, işveren bunun yerine size izin tazminatı ödemek zorundadır.""",
    },
    "sick-leave": {
        "title": "Hastalık izni",
        "summary": "Hastaysanız evde kalabilirsiniz ve ilk günler için ücretinizi alırsınız.",
        "body": """Çalışamayacak kadar hastaysanız, işvereninize mümkün olduğunca çabuk haber verin. İşveren doktor raporu isteyebilir; kurallar toplu iş sözleşmesinde ya da işyerinin talimatlarında yazar.

İşiniz en az bir ay sürmüşse, işveren hastalandığınız gün ve sonraki dokuz iş günü için size tam ücret öder. Bir aydan kısa sürmüşse, ücretinizin yarısını alırsınız.

Daha uzun süren hastalıkta Kela'dan hastalık ödeneği için başvurabilirsiniz. İşvereniniz sizi sadece hasta olduğunuz için işten çıkaramaz.""",
    },
    "trial-period": {
        "title": "Deneme süresi ve işin sona ermesi",
        "summary": "Deneme süresi en fazla ne kadar olabilir ve bir iş nasıl sona erebilir.",
        "body": """İşin başında bir deneme süresi kararlaştırılabilir. Bu süre en fazla 6 ay olabilir. 12 aydan kısa süren belirli süreli bir işte, deneme süresi en fazla işin süresinin yarısı kadar olabilir. Deneme süresi içinde taraflardan her biri işi sona erdirebilir, ama ayrımcı bir nedenle değil.

Deneme süresinden sonra işverenin sizi işten çıkarmak için geçerli bir nedene ihtiyacı vardır, örneğin görevlerinizi ihmal ederseniz ya da mali veya üretimle ilgili nedenlerle yeterli iş yoksa. Önemsiz ya da ayrımcı bir neden asla yeterli değildir. İşveren ihbar süresine uymak zorundadır. İhbar süresi ne kadar süredir çalıştığınıza bağlıdır ve 14 günden başlar.

Siz de işten ayrılabilirsiniz. İşiniz beş yıldan kısa sürmüşse, sizin ihbar süreniz normalde 14 gündür. İş bittiğinde yazılı bir çalışma belgesi isteyin.""",
    },
    "tax": {
        "title": "Vergi kartı ve vergiler",
        "summary": "Ücretinizden doğru verginin kesilmesi için bir vergi kartı alın.",
        "body": """Finlandiya'da çalışmak için bir Fin kişisel kimlik numarasına ve Vergi İdaresi'nden (Vero) alınmış bir vergi kartına ihtiyacınız vardır. Vergi kartını işvereninize verin. İşveren vergiyi ücretinizden keser ve Vero'ya öder.

Vergi kartı yoksa işveren ücretinizin %60'ını vergi olarak kesmek zorundadır. Bu para kaybolmaz, ama fazla kesilen kısmı ancak daha sonra, vergi hesaplaması bittiğinde geri alırsınız.

İnşaat alanlarında kimlik kartınızda ayrıca bir vergi numarası olması gerekir. Ücret bordronuz ne kadar vergi kesildiğini gösterir; bunun vergi kartınızla uyuştuğunu kontrol edin.""",
    },
    "safety": {
        "title": "İş yerinde güvenlik",
        "summary": "İşvereniniz sizi güvende tutmalı ve size güvenli çalışmayı öğretmelidir.",
        "body": """İşvereniniz işte sağlığınıza ve güvenliğinize dikkat etmek zorundadır. İşe başlamadan önce, işin güvenli şekilde nasıl yapılacağı size anlayacağınız bir şekilde gösterilmelidir.

İşin gerektirdiği koruyucu ekipman (örneğin eldiven, iş güvenliği ayakkabısı, baret ya da maske) size ücretsiz verilmelidir. İşveren ayrıca iş sağlığı hizmetini de sağlamalıdır.

İş, hayatınızı ya da sağlığınızı ciddi tehlikeye sokuyorsa, o işi reddetme hakkınız vardır. Kazaları işvereninize bildirin. İş sağlığı ve güvenliği makamından danışmanlık isteyebilirsiniz: +358 295 016 620 (0295 016 620), Pazartesi'den Cuma'ya 9–15.""",
    },
    "unions": {
        "title": "Sendikalar ve işsizlik sandıkları",
        "summary": "Bir sendikaya üye olabilirsiniz. Sendika size danışmanlık verebilir ve işteki sorunlarda yardım edebilir.",
        "body": """Finlandiya'da çalışan herkes, vatandaşlığı ne olursa olsun, bir sendikaya üye olabilir. İşveren buna engel olamaz ya da üye olduğunuz için size daha kötü davranamaz. Üye olduğunuzu işverene söylemek zorunda değilsiniz.

Sendika üyelerine ücret ve çalışma koşulları konusunda danışmanlık verir, sözleşmeleri ve ücret bordrolarını kontrol eder ve anlaşmazlıklarda, avukatla da olmak üzere, yardım edebilir.

İşsizlik sandıkları, işini kaybeden üyelerine, yeterince uzun süre çalışmışlarsa, kazanca bağlı işsizlik ödeneği öder. Birçok sendikanın üyeliğine sandık üyeliği de dahildir.""",
    },
    "housing": {
        "title": "Konut ve ücretten kesintiler",
        "summary": "İşveren aynı zamanda ev sahibinizse, kira ve kesintiler konusunda dikkatli olun.",
        "body": """Bazı işverenler konut sağlar. Bu yardımcı olabilir, ama işverene sizin üzerinizde güç de verir: işinizi kaybederseniz evinizi de kaybedebilirsiniz.

Kirayı, neleri kapsadığını ve sözleşmenin nasıl sona erdiğini yazan ayrı, yazılı bir kira sözleşmesi isteyin. Kira, bölge ve evin durumu için normal olmalıdır.

İşveren ücretinizden ancak yasanın belirlediği sınırlar içinde para kesebilir ve her kesinti ücret bordrosunda görünmelidir. Çok yüksek kira ya da elinize çok az ücret bırakan kesintiler uyarı işaretleridir.""",
    },
    "residence-permit": {
        "title": "Oturma izni ve işveren değiştirme",
        "summary": "İzniniz neye izin veriyor ve iş değiştirmek isterseniz ne yapmalısınız.",
        "body": """Çalışmaya dayalı birçok oturma izni bir iş alanına bağlıdır. Genellikle aynı alan içinde işveren değiştirebilirsiniz. Başka bir alanda çalışmak için yeni bir izne ihtiyacınız olabilir. Kendi izninizin koşullarını kontrol edin ya da Finlandiya Göç İdaresi'ne (Migri) sorun.

İşvereniniz çalışma hakkınız olup olmadığını kontrol etmek zorundadır, ama oturma izni kartınızı ya da pasaportunuzu alıkoyamaz.

İşvereniniz sizi sömürdüyse, yeni bir iş için izin başvurusu yaparken yardım alabilirsiniz. Sömürü haklarınızı elinizden almaz: Yardım Sistemi, Finlandiya'da geçerli bir izinleri olmasa bile mağdurlara yardım eder.""",
    },
    "seasonal-work": {
        "title": "Mevsimlik iş ve orman meyvesi toplama",
        "summary": "Mevsimlik işçiler diğer işçilerle aynı haklara sahiptir.",
        "body": """Tarım, bahçecilik ve turizmdeki mevsimlik işçiler diğer işçilerle aynı haklara sahiptir: bir sözleşme, toplu iş sözleşmesine göre ücret, dinlenme ve güvenli konut.

Orman meyvesi toplayıp satmak için gelen yabani meyve toplayıcıları çoğu zaman işçi (çalışan) değildir. Yola çıkmadan önce meyveleri kime satacağınızı, yol, konut, yemek ve arabalar için ne kadar ödeyeceğinizi ve bu masrafların kazancınızdan kesilip kesilmeyeceğini öğrenin.

Ne topladığınızı ve size ne ödendiğini kendiniz not edin. Pasaportunuzu asla kimseye vermeyin. Borca girerseniz ya da oradan ayrılamazsanız, Yardım Sistemi'ni arayın.""",
    },
    "discrimination": {
        "title": "Ayrımcılık ve sömürücü iş ayrımcılığı",
        "summary": "Nereden geldiğiniz için size daha kötü davranılamaz ve durumunuzu sömürmek suçtur.",
        "body": """İşte kökeniniz, vatandaşlığınız, diliniz, dininiz, cinsiyetiniz, yaşınız, sağlığınız ya da başka kişisel nedenler yüzünden size daha kötü davranılamaz. Bu, işe alımı, ücreti, çalışma koşullarını ve işten çıkarmayı kapsar.

Sömürücü iş ayrımcılığı Finlandiya'da suçtur. Bu, bir işverenin işçinin zor durumunu, bağımlılığını ya da bilgi eksikliğini sömürerek işçiyi açıkça daha kötü bir duruma sokması demektir; örneğin çok düşük ücretle ya da çok uzun çalışma saatleriyle.

İş sağlığı ve güvenliği makamından ya da Ayrımcılık Yapmama Ombudsmanı'ndan (Non-Discrimination Ombudsman) danışmanlık isteyebilir ve bir suçu polise bildirebilirsiniz.""",
    },
    "trafficking-help": {
        "title": "İnsan ticaretinin işaretleri ve nereden yardım alabilirsiniz",
        "summary": "Uyarı işaretleri ve size kimin yardım ettiği — ücretsiz ve gizli, belgeleriniz olmasa bile.",
        "body": """Uyarı işaretleri şunlardır: biri pasaportunuzu ya da banka kartınızı elinde tutuyor; işverene ya da aracıya borcunuz var; iş yerinden ya da kaldığınız yerden ayrılamıyorsunuz; telefonunuz ya da görüştüğünüz kişiler kontrol ediliyor; tehdit ediliyorsunuz; çok az ücretle ya da hiç ücret almadan çok uzun saatler çalışıyorsunuz; iş, size söz verilenden farklı.

İnsan Ticareti Mağdurlarına Yardım Sistemi, Finlandiya'da geçerli bir izniniz olmasa ve polise gitmek istemeseniz bile size yardım eder. +358 295 463 177 (0295 463 177) numarasını arayın, günün 24 saati.

Çalışma koşulları hakkında danışmanlık için iş sağlığı ve güvenliği makamını arayın: +358 295 016 620 (0295 016 620), Pazartesi'den Cuma'ya 9–15. Tehlikedeyseniz 112'yi arayın.""",
    },
    "paying-back-pay": {
        "title": "Ücretinizin bir kısmını geri ödemeye zorlanmak",
        "summary": "Ücretiniz sizindir. Hiç kimse sizi bir kısmını geri vermeye zorlayamaz.",
        "body": """Bazen ücret bordrosunda doğru ücret görünür, ama işveren ya da bir aracı, bir kısmını nakit olarak, başka bir hesaba ya da “ücret” adı altında geri ödemenizi ister. Bu, size yasanın ve toplu iş sözleşmesinin söylediğinden daha az ödemenin bir yoludur.

Ücretinizin hiçbir kısmını geri ödemek zorunda değilsiniz. Ücret bordrolarınızı, banka hesap dökümlerinizi ve mesajlarınızı saklayın, sizden para istendiği her seferi not edin.

Ücreti geri ödemeye zorlamak suç olabilir. Adınızı vermeden danışmanlık alabilirsiniz. Korkuyorsanız, İnsan Ticareti Mağdurlarına Yardım Sistemi'ni arayın, günün 24 saati.""",
    },
    "forced-self-employment": {
        "title": "“Serbest çalışan” olarak çalışmaya zorlanmak",
        "summary": "İşinize, saatlerinize ve ücretinize başkası karar veriyorsa, büyük olasılıkla işçisiniz.",
        "body": """Bazı işverenler, izin ücreti, hastalık ücreti, emeklilik ya da sigorta ödememek için işçilere şirket kurmalarını ya da “hafif girişimci” (light entrepreneur) sözleşmesi yapmalarını söyler. O zaman bütün masrafları kendiniz ödemek zorunda kalabilirsiniz.

Önemli olan kâğıtta ne yazdığı değil, işin gerçekte nasıl yapıldığıdır. Tek bir şirket için, onun talimatlarıyla, onun belirlediği saatlerde ve onun belirlediği ücretle çalışıyorsanız, büyük olasılıkla bir işçinin bütün haklarına sahip bir işçisiniz.

Anlamadığınız bir sözleşmeyi imzalamayın. Şirket kurmadan önce danışmanlık isteyin. SAK'ın göçmen işçilere verdiği danışmanlık ücretsizdir ve sendika üyeliği gerektirmez.""",
    },
    "unpaid-trial-days": {
        "title": "Ücretsiz “deneme günleri”",
        "summary": "İş, ücretli iştir; ilk gün de, deneme süresinde de.",
        "body": """Bazı işverenler sizden “neler yapabildiğinizi göstermek için” birkaç gün ücretsiz çalışmanızı ister, sonra da sizi işe almaz. Bir işveren için yapılan iş, ilk gün bile olsa, ücretli iştir.

Deneme süresi ücretli bir işin parçasıdır: bu süre boyunca tam ücretinizi alırsınız. İş yerini görmek için yapılan kısa ve ücretsiz bir ziyaret, işveren için gerçek iş yapmaktan farklıdır.

Çalıştığınız günleri ve saatleri, yeri ve size çalışmanızı kimin söylediğini not edin. Ücretinizi yazılı olarak isteyin. Bir sendika ya da SAK'ın göçmen işçilere verdiği ücretsiz danışmanlık, ücretinizi talep etmenize yardım edebilir.""",
    },
    "protective-equipment": {
        "title": "Koruyucu ekipman ücretsizdir",
        "summary": "İşin gerektirdiği eldiven, iş güvenliği ayakkabısı, baret ve maskenin parasını işveren öder.",
        "body": """İş; eldiven, iş güvenliği ayakkabısı, baret, kulak koruyucu ya da maske gibi koruyucu ekipman gerektiriyorsa, işveren bunları size ücretsiz vermek zorundadır. İşveren bunların parasını ücretinizden kesemez.

İşveren ayrıca ekipmanın nasıl kullanılacağını size anlayacağınız bir şekilde göstermelidir. Ekipmanı kullanın; bozuksa ya da size uymuyorsa işverene söyleyin.

Sizden koruyucu ekipman için para istenirse ya da tehlikeli bir işte ekipmansız çalışmanız istenirse, iş sağlığı ve güvenliği makamından ya da bir sendikadan danışmanlık isteyin.""",
    },
    "threats-permit-police": {
        "title": "Oturma izniniz ya da polis hakkında tehditler",
        "summary": "Bir işveren izninizi elinizden alamaz ve tehditler bir uyarı işaretidir.",
        "body": """Bazı işverenler şöyle der: “Şikâyet edersen izninin iptal edilmesini sağlarım”, “Polis seni sınır dışı eder” ya da “Sana kimse inanmaz.” Bunlar sizi susturmak için kullanılan tehditlerdir. Oturma izniniz hakkında işveren karar vermez: Finlandiya Göç İdaresi karar verir.

Birini tehdit etmek suç olabilir ve sömürünün ve insan ticaretinin sık görülen bir işaretidir. İzniniz işinize bağlı olsa da, geçerli bir izniniz olmasa da işte haklarınız vardır.

İnsan Ticareti Mağdurlarına Yardım Sistemi, polise gitmek istemeseniz bile size yardım eder. Günün 24 saati arayabilirsiniz. Tehlikedeyseniz 112'yi arayın.""",
    },
    "wild-berries": {
        "title": "Yabani orman meyvesi toplama",
        "summary": "2021 tarihli bir yasa, işçi olmayan yabancı toplayıcıları korur.",
        "body": """Birçok yabancı yabani orman meyvesi toplayıcısı işçi değildir: meyveleri toplar ve kendilerine konut ve yemek sağlayan bir meyve şirketine satarlar. 2021'den beri bir yasa (487/2021) bunun kurallarını belirler. Bu yasanın uygulanmasını iş sağlığı ve güvenliği makamları denetler.

Meyve şirketi sizden işe alım için para alamaz. Yola çıkmadan önce meyveler için hangi fiyatı alacağınızı ve konut, yemek ve yol için ne kadar ödeyeceğinizi sorun. Ne topladığınızı, ne sattığınızı ve ne ödediğinizi kendiniz not edin.

Gerçekte birinin emirleri altında ve onun belirlediği saatlerde çalışıyorsanız işçi olabilirsiniz; o zaman İş Sözleşmeleri Yasası (Employment Contracts Act) bütün haklarıyla size uygulanır. Pasaportunuzu asla kimseye vermeyin.""",
    },
    "seasonal-housing": {
        "title": "Mevsimlik işçiler için konut",
        "summary": "Kira, ücretinize göre çok yüksek olamaz ve ücretinizden otomatik olarak kesilemez.",
        "body": """İşveren size mevsimlik işçi olarak konut sağlıyorsa, kira net ücretinize göre aşırı olmamalıdır. Kira ücretinizden otomatik olarak kesilmemelidir.

Yola çıkmadan önce kirayı, neleri kapsadığını ve odayı kaç kişinin paylaştığını yazan yazılı bir kira sözleşmesi isteyin. Konut güvenli ve insana yakışır olmalıdır.

Ücret bordrolarınızı ve makbuzlarınızı saklayın. Kira ya da başka masraflar ücretinizin çoğunu götürüyorsa ya da kaldığınız yerden ayrılamıyorsanız, danışmanlık isteyin ya da İnsan Ticareti Mağdurlarına Yardım Sistemi'ni arayın.""",
    },
    "victim-residence-permit": {
        "title": "İnsan ticareti mağdurları için oturma izni ve düşünme süresi",
        "summary": "İnsan ticareti mağduru, düşünmek için zaman ve kendine ait bir oturma izni alabilir.",
        "body": """İnsan ticareti mağduru olabilirseniz, yasa size bir düşünme süresi verir: iyileşmek ve yetkililerle iş birliği yapmak isteyip istemediğinize karar vermek için zaman. Bu süre içinde Finlandiya'dan çıkarılmazsınız.

İnsan ticareti mağduru, işverene bağlı olmayan bir oturma izni de alabilir. Durumunuz ve güvenliğiniz göz önünde tutulur.

İnsan Ticareti Mağdurlarına Yardım Sistemi, şu anda geçerli bir izniniz olmasa bile bu konuda size yardım eder. Yardımı ücretsiz ve gizlidir. Günün 24 saati arayın.""",
    },
    "recruitment-fees": {
        "title": "İşe alım ücretini ödemek asla size düşmez",
        "summary": "İş bulmak için kimseye para ödememelisiniz. Bir ücret, sizi tuzağa düşüren bir borca dönüşebilir.",
        "body": """İşçiler iş bulmak için para ödememelidir: ne bir ajansa, ne bir işe alım aracısına, ne bir aracıya, ne de işverene. Buna iş teklifi, sözleşme, vize işlemleri ya da bir grupta yer için istenen “ücretler” de dahildir. Yabancı yabani orman meyvesi toplayıcılarından işe alım için para alınmasını Fin yasası yasaklar.

İşe alım ücreti çoğu zaman bir borca dönüşür. Bir aracıya ya da işverene olan borç sizi kontrol etmek için kullanılabilir ve zorla çalıştırmanın bir işaretidir.

Para ödediyseniz ya da sizden para isteniyorsa, makbuzları ve mesajları saklayın ve danışmanlık isteyin. Borç size karşı kullanılıyorsa, İnsan Ticareti Mağdurlarına Yardım Sistemi'ni arayın, günün 24 saati.""",
    },
}
