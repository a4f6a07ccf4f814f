"""Indonesian (id): the rights articles (ARTICLES), kept apart from the other texts of ../id.py so a web
worker does not hold them: only the content loader reads them (rights.article_data, via
rights.i18n.section("ARTICLES")). Status as in that module."""

ARTICLES = {
    "contract": {
        "title": "Kontrak kerja dan syarat tertulis",
        "summary": "Apa yang harus tertulis di kontrak Anda, dan mengapa Anda sebaiknya mendapatkannya secara tertulis.",
        "body": """Kontrak kerja bisa dibuat secara lisan, tertulis, atau elektronik. Kontrak tertulis adalah bukti terbaik tentang apa yang disepakati.

Jika Anda tidak mendapat kontrak tertulis, pemberi kerja tetap harus memberikan syarat-syarat utama secara tertulis. Dalam 7 hari setelah mulai bekerja: siapa pemberi kerjanya, kapan pekerjaan dimulai, kapan dan mengapa pekerjaan dengan jangka waktu tertentu berakhir, apakah ada masa percobaan, di mana Anda bekerja, pekerjaan apa yang Anda lakukan, gaji Anda dan periode pembayarannya, serta jam kerja Anda. Syarat lainnya, seperti cuti tahunan, masa pemberitahuan, dan perjanjian kerja bersama mana yang berlaku, dalam satu bulan. Ini berlaku jika Anda bekerja lebih dari 12 jam dalam empat minggu.

Jangan menandatangani apa pun yang tidak Anda pahami. Anda boleh membawa kontrak pulang, memintanya dalam bahasa yang Anda pahami, dan meminta serikat pekerja atau pendamping untuk membacanya bersama Anda.""",
    },
    "pay": {
        "title": "Gaji dan perjanjian kerja bersama",
        "summary": "Finlandia tidak punya undang-undang upah minimum: perjanjian kerja bersama di sektor Anda menetapkan gaji terendah.",
        "body": """Finlandia tidak punya upah minimum umum yang ditetapkan oleh undang-undang. Sebagai gantinya, sebagian besar sektor punya perjanjian kerja bersama yang berlaku umum. Setiap pemberi kerja di sektor itu harus membayar paling sedikit sesuai isi perjanjian, bahkan jika pemberi kerja atau Anda bukan anggota serikat pekerja atau asosiasi pemberi kerja mana pun.

Perjanjian itu juga menetapkan tambahan gaji untuk kerja sore, kerja malam, hari Minggu, dan lembur, serta hak lain seperti gaji saat sakit. Tanyakan perjanjian mana yang berlaku untuk pekerjaan Anda; itu seharusnya tertulis di kontrak Anda.

Jika tidak ada perjanjian kerja bersama yang berlaku, gaji tetap harus wajar dan normal untuk jenis pekerjaan itu. Gaji yang jelas terlalu rendah bisa merupakan tindak pidana (diskriminasi kerja yang bersifat pemerasan).""",
    },
    "payslip": {
        "title": "Slip gaji dan gaji ke rekening bank Anda",
        "summary": "Gaji Anda masuk ke rekening Anda sendiri, setiap kali dengan slip gaji.",
        "body": """Gaji Anda harus dibayar ke rekening bank yang Anda pilih dan Anda kendalikan sendiri. Simpan sendiri kartu bank, kode, dan internet banking Anda. Tidak boleh ada orang lain yang memegangnya.

Setiap kali Anda dibayar, Anda berhak mendapat slip gaji. Slip itu menunjukkan berapa penghasilan Anda, untuk jam kerja yang mana, dan apa yang dipotong (pajak, iuran pensiun dan asuransi pengangguran, serta potongan lainnya).

Simpan slip gaji Anda dan catat sendiri jam kerja Anda. Jika gaji kurang atau terlambat, tanyakan kepada pemberi kerja secara tertulis. Serikat pekerja atau otoritas keselamatan kerja dapat memberi Anda nasihat.""",
    },
    "working-hours": {
        "title": "Jam kerja, lembur, dan istirahat",
        "summary": "Jam kerja normal, tambahan gaji untuk lembur, dan hak Anda untuk beristirahat.",
        "body": """Waktu kerja biasa umumnya paling lama 8 jam sehari dan 40 jam seminggu. Waktu kerja juga bisa diatur sebagai rata-rata selama beberapa minggu, misalnya dalam kerja bergilir atau kerja berbasis periode. Maka satu hari yang lebih panjang bisa sah menurut hukum. Tanyakan bagaimana waktu kerja Anda diatur.

Bekerja melebihi jam yang disepakati memerlukan persetujuan Anda. Lembur harus dibayar tambahan. Jika Anda bekerja lebih dari 40 jam seminggu, minggu demi minggu, dan tidak mendapat upah lembur, itu tanda bahaya yang serius. Secara keseluruhan, waktu kerja tidak boleh lebih dari rata-rata 48 jam seminggu.

Aturan normalnya adalah paling sedikit 11 jam istirahat di antara dua hari kerja dan paling sedikit 35 jam istirahat berturut-turut setiap minggu. Dalam beberapa kasus, istirahat di antara hari kerja boleh lebih pendek secara sah. Jika Anda mendapat kurang dari 11 jam, tanyakan alasannya dan minta nasihat. Pada hari kerja lebih dari 6 jam, Anda mendapat waktu istirahat, biasanya paling sedikit satu jam.""",
    },
    "annual-holiday": {
        "title": "Cuti tahunan",
        "summary": "Anda mendapat cuti berbayar untuk setiap bulan Anda bekerja.",
        "body": """Anda mendapat cuti tahunan berbayar untuk setiap bulan kerja penuh (bulan dengan paling sedikit 14 hari kerja, atau dalam beberapa kasus 35 jam kerja). Pada tahun pertama, jumlahnya 2 hari per bulan; jika hubungan kerja Anda sudah berlangsung paling sedikit satu tahun pada akhir Maret, jumlahnya 2.5 hari per bulan.

Selama cuti, Anda mendapat gaji normal Anda. Banyak perjanjian kerja bersama juga memberikan bonus cuti.

Jika hubungan kerja Anda berakhir sebelum Anda mengambil cuti, pemberi kerja harus membayar kompensasi cuti sebagai gantinya.""",
    },
    "sick-leave": {
        "title": "Cuti sakit",
        "summary": "Jika Anda sakit, Anda boleh tinggal di rumah, dan Anda dibayar untuk hari-hari pertama.",
        "body": """Jika Anda terlalu sakit untuk bekerja, beri tahu pemberi kerja Anda secepat mungkin. Pemberi kerja boleh meminta surat keterangan dokter; aturannya ada di perjanjian kerja bersama atau petunjuk tempat kerja.

Jika hubungan kerja Anda sudah berlangsung paling sedikit satu bulan, pemberi kerja membayar gaji penuh Anda untuk hari Anda jatuh sakit dan sembilan hari kerja berikutnya. Jika kurang dari satu bulan, Anda mendapat setengah gaji.

Untuk sakit yang lebih lama, Anda bisa mengajukan tunjangan sakit ke Kela. Pemberi kerja tidak boleh memberhentikan Anda hanya karena Anda sakit.""",
    },
    "trial-period": {
        "title": "Masa percobaan dan berakhirnya hubungan kerja",
        "summary": "Berapa lama masa percobaan boleh berlangsung, dan bagaimana pekerjaan bisa berakhir.",
        "body": """Masa percobaan bisa disepakati di awal pekerjaan. Lamanya paling lama 6 bulan. Pada pekerjaan dengan jangka waktu tertentu yang kurang dari 12 bulan, masa percobaan paling lama setengah dari lamanya pekerjaan. Selama masa percobaan, kedua pihak boleh mengakhiri hubungan kerja, tetapi tidak dengan alasan yang diskriminatif.

Setelah masa percobaan, pemberi kerja memerlukan alasan yang tepat untuk memberhentikan Anda, misalnya jika Anda melalaikan kewajiban Anda atau jika pekerjaan tidak cukup karena alasan keuangan atau produksi. Alasan yang sepele atau diskriminatif tidak pernah cukup. Pemberi kerja harus mematuhi masa pemberitahuan, yang tergantung berapa lama Anda sudah bekerja, mulai dari 14 hari ke atas.

Anda juga boleh mengundurkan diri. Jika hubungan kerja Anda berlangsung kurang dari lima tahun, masa pemberitahuan Anda biasanya 14 hari. Mintalah surat keterangan kerja tertulis saat pekerjaan berakhir.""",
    },
    "tax": {
        "title": "Kartu pajak dan pajak",
        "summary": "Urus kartu pajak agar pajak yang benar dipotong dari gaji Anda.",
        "body": """Untuk bekerja di Finlandia, Anda memerlukan nomor identitas pribadi Finlandia dan kartu pajak dari Administrasi Pajak (Vero). Berikan kartu pajak kepada pemberi kerja Anda. Pemberi kerja memotong pajak dari gaji Anda dan membayarkannya ke Vero.

Tanpa kartu pajak, pemberi kerja harus memotong 60 % dari gaji Anda sebagai pajak. Uang itu tidak hilang, tetapi kelebihannya baru Anda terima kembali nanti, setelah perhitungan pajak selesai.

Di lokasi konstruksi, Anda juga memerlukan nomor pajak pada kartu identitas Anda. Slip gaji Anda menunjukkan berapa pajak yang dipotong; periksa apakah itu sesuai dengan kartu pajak Anda.""",
    },
    "safety": {
        "title": "Keselamatan kerja",
        "summary": "Pemberi kerja harus menjaga keselamatan Anda dan mengajari Anda cara bekerja dengan aman.",
        "body": """Pemberi kerja harus menjaga keselamatan dan kesehatan Anda di tempat kerja. Sebelum Anda mulai, Anda harus ditunjukkan cara melakukan pekerjaan dengan aman, dengan cara yang Anda pahami.

Alat pelindung yang diperlukan untuk pekerjaan itu (misalnya sarung tangan, sepatu keselamatan, helm, atau masker) harus diberikan kepada Anda secara gratis. Pemberi kerja juga harus menyediakan layanan kesehatan kerja.

Jika pekerjaan itu membuat nyawa atau kesehatan Anda dalam bahaya serius, Anda berhak menolaknya. Laporkan kecelakaan kepada pemberi kerja Anda. Anda bisa meminta nasihat dari otoritas keselamatan dan kesehatan kerja: +358 295 016 620 (0295 016 620), Senin sampai Jumat 9–15.""",
    },
    "unions": {
        "title": "Serikat pekerja dan dana pengangguran",
        "summary": "Anda boleh bergabung dengan serikat pekerja. Serikat bisa memberi nasihat dan membantu jika ada masalah di tempat kerja.",
        "body": """Siapa pun yang bekerja di Finlandia boleh bergabung dengan serikat pekerja, apa pun kewarganegaraannya. Pemberi kerja tidak boleh menghalangi Anda atau memperlakukan Anda lebih buruk karena Anda anggota. Anda tidak perlu memberi tahu pemberi kerja bahwa Anda anggota.

Serikat pekerja memberi nasihat kepada anggotanya tentang gaji dan kondisi kerja, memeriksa kontrak dan slip gaji, dan bisa membantu dalam perselisihan, juga dengan pengacara.

Dana pengangguran membayar tunjangan pengangguran yang terkait dengan penghasilan kepada anggota yang kehilangan pekerjaan, jika mereka sudah bekerja cukup lama. Banyak serikat pekerja sudah termasuk keanggotaan dana.""",
    },
    "housing": {
        "title": "Tempat tinggal dan potongan gaji",
        "summary": "Jika pemberi kerja juga pemilik tempat tinggal Anda, berhati-hatilah dengan sewa dan potongan.",
        "body": """Beberapa pemberi kerja menyediakan tempat tinggal. Ini bisa membantu, tetapi juga memberi pemberi kerja kuasa atas Anda: jika Anda kehilangan pekerjaan, Anda mungkin juga kehilangan rumah.

Mintalah perjanjian sewa tertulis yang terpisah, yang menyebutkan harga sewa, apa saja yang termasuk, dan bagaimana perjanjian itu berakhir. Harga sewa harus wajar untuk daerah itu dan kondisi tempat tinggalnya.

Pemberi kerja hanya boleh memotong uang dari gaji Anda dalam batas yang ditetapkan undang-undang, dan setiap potongan harus tercantum di slip gaji. Sewa yang sangat tinggi atau potongan yang membuat gaji Anda tinggal sedikit adalah tanda bahaya.""",
    },
    "residence-permit": {
        "title": "Izin tinggal dan pindah pemberi kerja",
        "summary": "Apa yang diizinkan oleh izin Anda, dan apa yang harus dilakukan jika Anda ingin pindah kerja.",
        "body": """Banyak izin tinggal untuk bekerja terikat pada satu bidang pekerjaan. Biasanya Anda boleh pindah pemberi kerja di bidang yang sama. Untuk bekerja di bidang lain, Anda mungkin memerlukan izin baru. Periksa syarat izin Anda sendiri, atau tanyakan ke Dinas Imigrasi Finlandia (Migri).

Pemberi kerja harus memeriksa bahwa Anda berhak bekerja, tetapi tidak boleh menahan kartu izin tinggal atau paspor Anda.

Jika pemberi kerja Anda telah mengeksploitasi Anda, Anda bisa mendapat bantuan untuk mengajukan izin untuk pekerjaan baru. Eksploitasi tidak menghapus hak-hak Anda: Sistem Bantuan membantu korban bahkan jika mereka berada di Finlandia tanpa izin yang sah.""",
    },
    "seasonal-work": {
        "title": "Kerja musiman dan memetik buah beri",
        "summary": "Pekerja musiman punya hak yang sama dengan pekerja lain.",
        "body": """Pekerja musiman di pertanian, perkebunan, dan pariwisata punya hak yang sama dengan pekerja lain: kontrak, gaji sesuai perjanjian kerja bersama, istirahat, dan tempat tinggal yang aman.

Pemetik beri liar yang datang untuk memetik dan menjual beri sering kali bukan karyawan. Sebelum berangkat, cari tahu kepada siapa Anda akan menjual beri, berapa yang harus Anda bayar untuk perjalanan, tempat tinggal, makanan, dan mobil, dan apakah biaya itu dipotong dari penghasilan Anda.

Catat sendiri berapa yang Anda petik dan berapa Anda dibayar. Jangan pernah memberikan paspor Anda kepada siapa pun. Jika Anda terjerat utang atau tidak bisa pergi, hubungi Sistem Bantuan.""",
    },
    "discrimination": {
        "title": "Diskriminasi dan diskriminasi kerja yang bersifat pemerasan",
        "summary": "Anda tidak boleh diperlakukan lebih buruk karena asal Anda, dan memanfaatkan keadaan Anda adalah tindak pidana.",
        "body": """Di tempat kerja, Anda tidak boleh diperlakukan lebih buruk karena asal-usul, kewarganegaraan, bahasa, agama, jenis kelamin, usia, kesehatan, atau alasan pribadi lainnya. Ini berlaku untuk penerimaan kerja, gaji, kondisi kerja, dan pemberhentian.

Diskriminasi kerja yang bersifat pemerasan adalah tindak pidana di Finlandia. Artinya, pemberi kerja menempatkan pekerja dalam posisi yang jelas lebih buruk dengan memanfaatkan keadaan sulit, ketergantungan, atau kurangnya pengetahuan pekerja, misalnya dengan gaji yang sangat rendah atau jam kerja yang sangat panjang.

Anda bisa meminta nasihat dari otoritas keselamatan dan kesehatan kerja atau dari Ombudsman Non-Diskriminasi, dan Anda bisa melaporkan tindak pidana ke polisi.""",
    },
    "trafficking-help": {
        "title": "Tanda-tanda perdagangan manusia dan tempat mendapat bantuan",
        "summary": "Tanda bahaya, dan siapa yang membantu Anda — gratis dan rahasia, bahkan tanpa dokumen.",
        "body": """Tanda bahaya antara lain: seseorang menahan paspor atau kartu bank Anda; Anda punya utang kepada pemberi kerja atau perekrut; Anda tidak bisa meninggalkan tempat kerja atau tempat tinggal; ponsel atau kontak Anda dikendalikan; Anda diancam; Anda bekerja sangat lama dengan bayaran sedikit atau tanpa bayaran; pekerjaannya berbeda dari yang dijanjikan.

Sistem Bantuan untuk Korban Perdagangan Manusia membantu Anda, bahkan jika Anda berada di Finlandia tanpa izin yang sah dan bahkan jika Anda tidak mau pergi ke polisi. Telepon +358 295 463 177 (0295 463 177), 24 jam sehari.

Untuk nasihat tentang kondisi kerja, telepon otoritas keselamatan dan kesehatan kerja: +358 295 016 620 (0295 016 620), Senin sampai Jumat 9–15. Dalam bahaya, telepon 112.""",
    },
    "paying-back-pay": {
        "title": "Dipaksa mengembalikan sebagian gaji",
        "summary": "Gaji Anda adalah milik Anda. Tidak ada yang boleh memaksa Anda mengembalikan sebagiannya.",
        "body": """Kadang slip gaji menunjukkan gaji yang benar, tetapi pemberi kerja atau perantara memaksa Anda mengembalikan sebagiannya secara tunai, ke rekening lain, atau sebagai "biaya". Ini adalah cara untuk membayar Anda lebih rendah dari yang ditetapkan undang-undang dan perjanjian kerja bersama.

Anda tidak wajib mengembalikan sedikit pun dari gaji Anda. Simpan slip gaji, rekening koran, dan pesan-pesan Anda, dan catat setiap kali Anda diminta membayar.

Memaksa orang mengembalikan gaji bisa merupakan tindak pidana. Anda bisa mendapat nasihat tanpa menyebutkan nama Anda. Jika Anda takut, hubungi Sistem Bantuan untuk Korban Perdagangan Manusia, 24 jam sehari.""",
    },
    "forced-self-employment": {
        "title": "Dipaksa bekerja sebagai \"wiraswasta\"",
        "summary": "Jika orang lain menentukan pekerjaan, jam, dan gaji Anda, kemungkinan besar Anda adalah karyawan.",
        "body": """Beberapa pemberi kerja menyuruh pekerja mendaftarkan usaha atau mengambil kontrak "wirausaha ringan" (light entrepreneur), agar mereka tidak perlu membayar uang cuti, gaji saat sakit, pensiun, atau asuransi. Akibatnya Anda mungkin harus membayar semua biaya sendiri.

Yang penting adalah bagaimana pekerjaan itu sebenarnya dilakukan, bukan apa yang tertulis di kertas. Jika Anda bekerja untuk satu perusahaan, mengikuti petunjuknya, pada waktu yang ditentukannya, dan dengan bayaran yang ditentukannya, kemungkinan besar Anda adalah karyawan dengan semua hak karyawan.

Jangan menandatangani kontrak yang tidak Anda pahami. Mintalah nasihat sebelum Anda mendaftarkan usaha. Layanan nasihat SAK untuk pekerja migran gratis dan tidak memerlukan keanggotaan serikat pekerja.""",
    },
    "unpaid-trial-days": {
        "title": "\"Hari percobaan\" tanpa bayaran",
        "summary": "Bekerja berarti dibayar, juga pada hari pertama dan selama masa percobaan.",
        "body": """Beberapa pemberi kerja meminta Anda bekerja gratis selama beberapa hari "untuk menunjukkan kemampuan Anda", lalu tidak mempekerjakan Anda. Pekerjaan yang dilakukan untuk pemberi kerja adalah pekerjaan yang dibayar, juga pada hari pertama.

Masa percobaan adalah bagian dari hubungan kerja yang dibayar: selama masa itu Anda mendapat gaji penuh. Kunjungan singkat tanpa bayaran untuk melihat tempat kerja berbeda dengan melakukan pekerjaan sungguhan untuk pemberi kerja.

Catat hari dan jam Anda bekerja, tempatnya, dan siapa yang menyuruh Anda bekerja. Mintalah gaji Anda secara tertulis. Serikat pekerja atau layanan nasihat gratis SAK untuk pekerja migran bisa membantu Anda menuntutnya.""",
    },
    "protective-equipment": {
        "title": "Alat pelindung itu gratis",
        "summary": "Sarung tangan, sepatu keselamatan, helm, dan masker yang diperlukan untuk pekerjaan dibayar oleh pemberi kerja.",
        "body": """Jika pekerjaan memerlukan alat pelindung, seperti sarung tangan, sepatu keselamatan, helm, pelindung telinga, atau masker, pemberi kerja harus memberikannya kepada Anda secara gratis. Pemberi kerja tidak boleh memotong biayanya dari gaji Anda.

Pemberi kerja juga harus menunjukkan cara menggunakan alat itu, dengan cara yang Anda pahami. Gunakan alat itu, dan beri tahu pemberi kerja jika rusak atau tidak pas.

Jika Anda diminta membayar alat pelindung, atau bekerja tanpa alat itu dalam pekerjaan yang berbahaya, mintalah nasihat dari otoritas keselamatan dan kesehatan kerja atau serikat pekerja.""",
    },
    "threats-permit-police": {
        "title": "Ancaman tentang izin tinggal Anda atau polisi",
        "summary": "Pemberi kerja tidak bisa mencabut izin Anda, dan ancaman adalah tanda bahaya.",
        "body": """Beberapa pemberi kerja berkata: "Kalau kamu mengadu, izinmu akan saya batalkan", "Polisi akan mendeportasimu", atau "Tidak akan ada yang percaya padamu." Ini adalah ancaman untuk membuat Anda diam. Pemberi kerja tidak memutuskan izin tinggal Anda: Dinas Imigrasi Finlandia yang memutuskan.

Mengancam seseorang bisa merupakan tindak pidana, dan ini tanda umum eksploitasi dan perdagangan manusia. Anda punya hak di tempat kerja, bahkan jika izin Anda tergantung pada pekerjaan Anda atau Anda tidak punya izin yang sah.

Sistem Bantuan untuk Korban Perdagangan Manusia membantu Anda, bahkan jika Anda tidak mau pergi ke polisi. Anda bisa meneleponnya 24 jam sehari. Dalam bahaya, telepon 112.""",
    },
    "wild-berries": {
        "title": "Memetik beri liar",
        "summary": "Undang-undang tahun 2021 melindungi pemetik asing yang bukan karyawan.",
        "body": """Banyak pemetik beri liar dari luar negeri bukan karyawan: mereka memetik dan menjual beri kepada perusahaan beri, yang mengatur tempat tinggal dan makanan mereka. Sejak tahun 2021, sebuah undang-undang (487/2021) menetapkan aturannya. Pengawasannya dilakukan oleh otoritas keselamatan dan kesehatan kerja.

Perusahaan beri tidak boleh memungut biaya perekrutan dari Anda. Sebelum berangkat, tanyakan berapa harga yang Anda terima untuk beri dan berapa yang Anda bayar untuk tempat tinggal, makanan, dan perjalanan. Catat sendiri berapa yang Anda petik, jual, dan bayar.

Jika sebenarnya Anda bekerja di bawah perintah dan jam kerja yang ditentukan seseorang, Anda mungkin karyawan, dan Undang-Undang Kontrak Kerja berlaku untuk Anda dengan semua haknya. Jangan pernah memberikan paspor Anda kepada siapa pun.""",
    },
    "seasonal-housing": {
        "title": "Tempat tinggal untuk pekerja musiman",
        "summary": "Sewa tidak boleh terlalu tinggi dibanding gaji Anda, dan tidak boleh dipotong otomatis dari gaji Anda.",
        "body": """Jika pemberi kerja mengatur tempat tinggal untuk Anda sebagai pekerja musiman, sewa tidak boleh berlebihan dibanding gaji bersih Anda. Sewa tidak boleh dipotong otomatis dari gaji Anda.

Sebelum berangkat, mintalah perjanjian sewa tertulis, dengan harga sewa, apa saja yang termasuk, dan berapa orang yang berbagi kamar. Tempat tinggal harus aman dan layak.

Simpan slip gaji dan kuitansi Anda. Jika sewa atau biaya lain menghabiskan sebagian besar gaji Anda, atau Anda tidak bisa meninggalkan tempat tinggal itu, mintalah nasihat atau hubungi Sistem Bantuan untuk Korban Perdagangan Manusia.""",
    },
    "victim-residence-permit": {
        "title": "Izin tinggal untuk korban perdagangan manusia dan masa pertimbangan",
        "summary": "Korban perdagangan manusia bisa mendapat waktu untuk berpikir dan izin tinggal sendiri.",
        "body": """Jika Anda mungkin korban perdagangan manusia, undang-undang memberi Anda masa pertimbangan (reflection period): waktu untuk memulihkan diri dan memutuskan apakah Anda mau bekerja sama dengan pihak berwenang. Selama waktu ini Anda tidak dikeluarkan dari Finlandia.

Korban perdagangan manusia juga bisa mendapat izin tinggal yang tidak tergantung pada pemberi kerja. Keadaan dan keselamatan Anda dipertimbangkan.

Sistem Bantuan untuk Korban Perdagangan Manusia membantu Anda dalam hal ini, bahkan jika Anda sekarang tidak punya izin yang sah. Bantuannya gratis dan rahasia. Teleponlah 24 jam sehari.""",
    },
    "recruitment-fees": {
        "title": "Biaya perekrutan tidak pernah menjadi tanggungan Anda",
        "summary": "Anda tidak perlu membayar siapa pun untuk mendapat pekerjaan. Biaya bisa menjadi utang yang menjerat Anda.",
        "body": """Pekerja tidak boleh membayar untuk mendapat pekerjaan: tidak kepada agen, perekrut, perantara, atau pemberi kerja. Ini termasuk "biaya" untuk tawaran kerja, kontrak, proses visa, atau tempat dalam sebuah kelompok. Untuk pemetik beri liar dari luar negeri, hukum Finlandia melarang pemungutan biaya perekrutan.

Biaya perekrutan sering berubah menjadi utang. Utang kepada perekrut atau pemberi kerja bisa digunakan untuk mengendalikan Anda, dan itu tanda kerja paksa.

Jika Anda sudah membayar atau diminta membayar, simpan kuitansi dan pesan-pesannya, dan mintalah nasihat. Jika utang itu digunakan untuk menekan Anda, hubungi Sistem Bantuan untuk Korban Perdagangan Manusia, 24 jam sehari.""",
    },
}
