"""Indonesian (id): machine-drafted translations of the survivor-portal texts, drafted 2026-11-30 from the
English source. Status: draft, not reviewed by a native speaker."""

CONTACTS = {
    "victim-support": "Victim Support Finland (RIKU): bantuan untuk korban kejahatan",
    "nollalinja": "Nollalinja: layanan telepon tentang kekerasan dalam hubungan dekat dan kekerasan terhadap perempuan",
    "monika-helpline": "Monika-Naiset: layanan telepon krisis nasional untuk perempuan migran",
    "shelter-mona": "Shelter Mona (Monika-Naiset): rumah aman, bantuan dalam banyak bahasa",
    "sak-advice": "Layanan nasihat hak karyawan SAK untuk pekerja migran (gratis, tidak perlu menjadi anggota serikat pekerja)",
    "pam": "PAM, serikat pekerja kebersihan, hotel, restoran, dan toko: nasihat untuk anggota",
    "teollisuusliitto": "Teollisuusliitto (Serikat Pekerja Industri), serikat pekerja untuk pekerja industri: nasihat untuk anggota",
    "ombudsman": "Ombudsman Non-Diskriminasi (Non-Discrimination Ombudsman): nasihat tentang diskriminasi",
}

HOURS = {
    "WEEKDAYS": "Senin sampai Jumat",
    "WEEKDAYS_DAYTIME": "Senin sampai Jumat, siang hari",
    "ALWAYS": "24 jam sehari, setiap hari",
    "SOME_HOURS": "Beberapa jam pada hari kerja, dalam bahasa Finlandia dan Inggris",
    "TUE_THU": "Selasa sampai Kamis 10–12",
}

OFFER = {
    "OVERTIME_UNPAID_RED.message": "Anda akan bekerja lebih dari 40 jam seminggu tanpa upah lembur.",
    "OVERTIME_UNPAID_RED.advice": "Kerja lebih dari 40 jam seminggu adalah lembur dan harus dibayar tambahan. Tanyakan bagaimana lembur dibayar sebelum Anda menerima.",
    "OVERTIME_UNPAID_AMBER.message": "Beberapa hari akan lebih dari 8 jam tanpa upah lembur.",
    "OVERTIME_UNPAID_AMBER.advice": "Hari kerja yang panjang bisa sah jika waktu kerja dihitung rata-rata selama periode yang lebih panjang. Tanyakan bagaimana jam kerja Anda dihitung dan kapan bayaran tambahan dibayar.",
    "WAGE_KICKBACK.message": "Anda harus mengembalikan sebagian gaji Anda kepada pemberi kerja atau orang lain.",
    "WAGE_KICKBACK.advice": "Gaji Anda adalah milik Anda. Mengembalikan sebagiannya adalah tanda umum eksploitasi. Mintalah nasihat sebelum Anda menerima.",
    "FORCED_SELF_EMPLOYMENT.message": "Anda harus mendaftar sebagai wiraswasta untuk melakukan pekerjaan ini.",
    "FORCED_SELF_EMPLOYMENT.advice": "Jika orang lain mengatur pekerjaan dan jam kerja Anda, Anda mungkin karyawan dengan hak-hak karyawan. Mintalah kontrak kerja.",
    "UNPAID_TRIAL_WORK.message": "Anda akan bekerja pada hari percobaan tanpa bayaran.",
    "UNPAID_TRIAL_WORK.advice": "Pekerjaan harus dibayar, juga selama masa percobaan. Mintalah bayaran untuk setiap hari Anda bekerja.",
    "WORKER_PAYS_FOR_PPE.message": "Anda harus membayar pakaian pelindung atau alat keselamatan.",
    "WORKER_PAYS_FOR_PPE.advice": "Pemberi kerja harus menyediakan alat pelindung yang diperlukan untuk pekerjaan itu. Tanyakan siapa yang membayarnya.",
    "THREATS_ABOUT_RESIDENCE_STATUS.message": "Seseorang mengancam akan melaporkan Anda ke polisi atau pihak imigrasi.",
    "THREATS_ABOUT_RESIDENCE_STATUS.advice": "Ancaman tentang izin tinggal digunakan untuk mengendalikan orang. Anda bisa mendapat bantuan, juga tentang izin Anda. Hubungi Sistem Bantuan kapan saja.",
    "SEASONAL_HOUSING_DEDUCTED.message": "Anda pekerja musiman dan sewa akan dipotong dari gaji Anda.",
    "SEASONAL_HOUSING_DEDUCTED.advice": "Sewa pekerja musiman tidak boleh dipotong otomatis dari gaji dan tidak boleh terlalu tinggi. Mintalah perjanjian sewa yang terpisah.",
    "PAY_MINIMUM_UNCONFIRMED.message": "Gaji terendah yang kami gunakan sebagai pembanding belum dikonfirmasi atau mungkin sudah tidak berlaku.",
    "PAY_MINIMUM_UNCONFIRMED.advice": "Tanyakan kepada serikat pekerja gaji terendah yang berlaku sekarang menurut perjanjian kerja bersama di sektor itu.",
    "q.pay.part_returned_to_employer": "Apakah Anda harus mengembalikan sebagian gaji kepada pemberi kerja atau orang lain?",
    "q.pay.unpaid_trial_days": "Hari-hari Anda akan bekerja gratis sebagai percobaan",
    "q.contract.must_register_as_self_employed": "Apakah Anda harus mendaftar sebagai wiraswasta (usaha Anda sendiri) untuk mendapat pekerjaan ini?",
    "q.contract.seasonal": "Apakah ini kerja musiman, misalnya memetik atau kerja di pertanian untuk satu musim?",
    "q.costs.protective_equipment_charged": "Apakah Anda harus membayar pakaian pelindung atau alat keselamatan?",
    "q.control.threatens_to_report_to_authorities": "Apakah ada yang mengancam akan melaporkan Anda ke polisi atau imigrasi?",
    "ask.title": "Apa yang perlu ditanyakan sebelum Anda menerima",
    "ask.prefix": "Tanyakan tentang ini:",
    "minimum.used": "Gaji terendah yang kami gunakan sebagai pembanding: %(min)s € per jam (%(agreement)s, sejak %(date)s).",
    "minimum.confirmed": "Dikonfirmasi dari tabel gaji.",
    "minimum.unconfirmed": "Belum dikonfirmasi: periksalah.",
}

PORTAL = {
    "weather.title": "Cuaca",
    "weather.body": "Hari ini: berawan sebagian, angin lemah. Besok: hujan sebentar pada sore hari.",
    "404.title": "Halaman tidak ditemukan",
    "404.body": "Periksa alamatnya, atau buka halaman utama.",
    "500.title": "Terjadi kesalahan",
    "500.body": "Silakan coba lagi sebentar lagi.",
    "nojs.exit": "Untuk keluar dengan aman, tutup tab ini. Tanpa JavaScript, tombol \"Kembali\" (Back) di browser masih bisa menampilkan halaman-halaman ini.",
}
