"""Turkish (tr): machine-drafted translations of the survivor-portal texts, drafted 2026-11-30 from the
English source. Status: draft, not reviewed by a native speaker."""

CONTACTS = {
    "victim-support": "Victim Support Finland (RIKU): suç mağdurlarına yardım",
    "nollalinja": "Nollalinja: yakın ilişkilerde şiddet ve kadınlara yönelik şiddet konusunda yardım hattı",
    "monika-helpline": "Monika-Naiset: göçmen kadınlar için ulusal kriz yardım hattı",
    "shelter-mona": "Shelter Mona (Monika-Naiset): güvenli sığınma evi, birçok dilde yardım",
    "sak-advice": "SAK'ın göçmen işçilere yönelik çalışan hakları danışmanlığı (ücretsiz, sendika üyeliği gerekmez)",
    "pam": "PAM, temizlik, otel, restoran ve mağaza çalışanlarının sendikası: üyelere danışmanlık",
    "teollisuusliitto": "Sanayi Sendikası (Teollisuusliitto), sanayi işçilerinin sendikası: üyelere danışmanlık",
    "ombudsman": "Ayrımcılık Yapmama Ombudsmanı (Non-Discrimination Ombudsman): ayrımcılık konusunda danışmanlık",
}

HOURS = {
    "WEEKDAYS": "Pazartesi'den Cuma'ya",
    "WEEKDAYS_DAYTIME": "Pazartesi'den Cuma'ya, gündüz",
    "ALWAYS": "Günün 24 saati, her gün",
    "SOME_HOURS": "Hafta içi bazı saatlerde, Fince ve İngilizce",
    "TUE_THU": "Salı'dan Perşembe'ye 10–12",
}

OFFER = {
    "OVERTIME_UNPAID_RED.message": "Fazla mesai ücreti almadan haftada 40 saatten fazla çalışacaksınız.",
    "OVERTIME_UNPAID_RED.advice": "Haftada 40 saati aşan çalışma fazla mesaidir ve ayrıca ödenmelidir. Kabul etmeden önce fazla mesainin nasıl ödendiğini sorun.",
    "OVERTIME_UNPAID_AMBER.message": "Bazı günler fazla mesai ücreti olmadan 8 saatten uzun olacak.",
    "OVERTIME_UNPAID_AMBER.advice": "Çalışma süresi daha uzun bir dönemin ortalaması olarak hesaplandığında uzun bir gün yasal olabilir. Saatlerinizin nasıl sayıldığını ve ek ücretin ne zaman ödendiğini sorun.",
    "WAGE_KICKBACK.message": "Ücretinizin bir kısmını işverene ya da başka birine geri vermeniz gerekecek.",
    "WAGE_KICKBACK.advice": "Ücretiniz sizindir. Bir kısmını geri vermek sömürünün sık görülen bir işaretidir. Kabul etmeden önce danışmanlık alın.",
    "FORCED_SELF_EMPLOYMENT.message": "Bu işi yapmak için serbest çalışan olarak kayıt olmanız gerekecek.",
    "FORCED_SELF_EMPLOYMENT.advice": "İşinizi ve saatlerinizi başkası yönetiyorsa, bir işçinin haklarına sahip bir işçi olabilirsiniz. İş sözleşmesi isteyin.",
    "UNPAID_TRIAL_WORK.message": "Ücretsiz deneme günlerinde çalışacaksınız.",
    "UNPAID_TRIAL_WORK.advice": "İş, deneme süresinde de ücretli olmalıdır. Çalıştığınız her gün için ücret isteyin.",
    "WORKER_PAYS_FOR_PPE.message": "Koruyucu kıyafet ya da güvenlik ekipmanı için para ödemeniz gerekecek.",
    "WORKER_PAYS_FOR_PPE.advice": "İşin gerektirdiği koruyucu ekipmanı işveren sağlamalıdır. Parasını kimin ödediğini sorun.",
    "THREATS_ABOUT_RESIDENCE_STATUS.message": "Biri sizi polise ya da göç makamlarına şikâyet etmekle tehdit ediyor.",
    "THREATS_ABOUT_RESIDENCE_STATUS.advice": "Oturma izniyle ilgili tehditler insanları kontrol etmek için kullanılır. İzniniz konusunda da yardım alabilirsiniz. Yardım Sistemi'ni istediğiniz zaman arayın.",
    "SEASONAL_HOUSING_DEDUCTED.message": "Mevsimlik işçisiniz ve kira ücretinizden kesilecek.",
    "SEASONAL_HOUSING_DEDUCTED.advice": "Mevsimlik işçinin kirası ücretinden otomatik olarak kesilmemeli ve çok yüksek olmamalıdır. Ayrı bir kira sözleşmesi isteyin.",
    "PAY_MINIMUM_UNCONFIRMED.message": "Karşılaştırdığımız en düşük ücret doğrulanmamış ya da güncel olmayabilir.",
    "PAY_MINIMUM_UNCONFIRMED.advice": "Sektörün toplu iş sözleşmesindeki güncel en düşük ücreti bir sendikaya sorun.",
    "q.pay.part_returned_to_employer": "Ücretinizin bir kısmını işverene ya da başka birine geri vermeniz gerekiyor mu?",
    "q.pay.unpaid_trial_days": "Deneme olarak ücretsiz çalışacağınız günler",
    "q.contract.must_register_as_self_employed": "İşi almak için serbest çalışan (kendi şirketiniz) olarak kayıt olmanız gerekiyor mu?",
    "q.contract.seasonal": "Bu mevsimlik bir iş mi, örneğin bir sezon boyunca toplama ya da tarla işi?",
    "q.costs.protective_equipment_charged": "Koruyucu kıyafet ya da güvenlik ekipmanı için para ödemeniz gerekiyor mu?",
    "q.control.threatens_to_report_to_authorities": "Biri sizi polise ya da göç idaresine şikâyet etmekle tehdit etti mi?",
    "ask.title": "Kabul etmeden önce ne sormalısınız",
    "ask.prefix": "Bunu sorun:",
    "minimum.used": "Karşılaştırdığımız en düşük ücret: saatte %(min)s € (%(agreement)s, %(date)s tarihinden itibaren).",
    "minimum.confirmed": "Ücret tablosundan doğrulandı.",
    "minimum.unconfirmed": "Doğrulanmadı: kontrol edin.",
}

PORTAL = {
    "weather.title": "Hava durumu",
    "weather.body": "Bugün: parçalı bulutlu, hafif rüzgâr. Yarın: öğleden sonra sağanak yağış.",
    "404.title": "Sayfa bulunamadı",
    "404.body": "Adresi kontrol edin ya da ana sayfaya gidin.",
    "500.title": "Bir şeyler ters gitti",
    "500.body": "Lütfen biraz sonra tekrar deneyin.",
    "nojs.exit": "Güvenli şekilde çıkmak için bu sekmeyi kapatın. JavaScript olmadan Geri düğmesi bu sayfaları hâlâ gösterebilir.",
}
