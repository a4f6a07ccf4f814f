"""Machine-drafted article versions in further portal languages (status "draft" when loaded). Merged into
article_data.ARTICLES by slug. The most safety-critical topic first: signs of trafficking and help."""

MORE = {
    "trafficking-help": {
        "ru": {"title": "Признаки торговли людьми и где получить помощь",
               "summary": "Тревожные признаки и кто поможет — бесплатно и конфиденциально, даже без документов.",
               "body": """Тревожные признаки: кто-то хранит ваш паспорт или банковскую карту; вы должны деньги работодателю или вербовщику; вы не можете уйти с работы или из жилья; ваш телефон или контакты контролируют; вам угрожают; вы работаете очень долго за маленькую плату или без неё; работа не та, что обещали.

Система помощи жертвам торговли людьми поможет вам, даже если вы находитесь в Финляндии без действующего разрешения и даже если вы не хотите идти в полицию. Звоните +358 295 463 177 (0295 463 177), круглосуточно.

Консультацию об условиях труда даёт орган охраны труда: +358 295 016 620 (0295 016 620), с понедельника по пятницу 9–15. При опасности звоните 112."""},
        "uk": {"title": "Ознаки торгівлі людьми і де отримати допомогу",
               "summary": "Тривожні ознаки і хто допоможе — безкоштовно і конфіденційно, навіть без документів.",
               "body": """Тривожні ознаки: хтось тримає ваш паспорт або банківську картку; ви винні гроші роботодавцю чи вербувальнику; ви не можете піти з роботи чи з житла; ваш телефон або контакти контролюють; вам погрожують; ви працюєте дуже довго за малу плату або без неї; робота не та, що обіцяли.

Система допомоги жертвам торгівлі людьми допоможе вам, навіть якщо ви у Фінляндії без чинного дозволу і навіть якщо не хочете йти до поліції. Телефонуйте +358 295 463 177 (0295 463 177), цілодобово.

Консультацію щодо умов праці надає орган охорони праці: +358 295 016 620 (0295 016 620), з понеділка по п'ятницю 9–15. У небезпеці телефонуйте 112."""},
        "ar": {"title": "علامات الاتجار بالبشر وأين تجد المساعدة",
               "summary": "علامات التحذير ومن يساعدك — مجاناً وبسرية، حتى بدون أوراق.",
               "body": """من علامات التحذير: شخص يحتفظ بجواز سفرك أو بطاقتك المصرفية؛ أنت مدين بمال لصاحب العمل أو للوسيط؛ لا تستطيع مغادرة مكان العمل أو السكن؛ هاتفك أو اتصالاتك مراقبة؛ تتعرض للتهديد؛ تعمل ساعات طويلة جداً بأجر قليل أو بدون أجر؛ العمل مختلف عمّا وُعدت به.

نظام مساعدة ضحايا الاتجار بالبشر يساعدك حتى لو كنت في فنلندا بدون تصريح ساري المفعول، وحتى لو لم ترغب في الذهاب إلى الشرطة. اتصل بالرقم ‎+358 295 463 177 (0295 463 177)‎ على مدار 24 ساعة.

للاستشارة حول ظروف العمل اتصل بسلطة السلامة المهنية: ‎+358 295 016 620 (0295 016 620)‎ من الاثنين إلى الجمعة 9–15. في حالة الخطر اتصل بالرقم 112."""},
        "fa": {"title": "نشانه‌های قاچاق انسان و کجا کمک بگیرید",
               "summary": "نشانه‌های هشدار و چه کسی کمک می‌کند — رایگان و محرمانه، حتی بدون مدارک.",
               "body": """نشانه‌های هشدار: کسی گذرنامه یا کارت بانکی شما را نگه می‌دارد؛ به کارفرما یا واسطه بدهکارید؛ نمی‌توانید محل کار یا مسکن را ترک کنید؛ تلفن یا ارتباطات شما کنترل می‌شود؛ تهدید می‌شوید؛ ساعات بسیار طولانی با دستمزد کم یا بدون دستمزد کار می‌کنید؛ کار با آنچه وعده داده شد فرق دارد.

سیستم کمک به قربانیان قاچاق انسان به شما کمک می‌کند، حتی اگر بدون مجوز معتبر در فنلاند باشید و حتی اگر نخواهید به پلیس بروید. با ‎+358 295 463 177 (0295 463 177)‎ به‌صورت شبانه‌روزی تماس بگیرید.

برای مشاوره درباره شرایط کار با مرجع ایمنی کار تماس بگیرید: ‎+358 295 016 620 (0295 016 620)‎، دوشنبه تا جمعه 9–15. در خطر با 112 تماس بگیرید."""},
        "vi": {"title": "Dấu hiệu mua bán người và nơi nhận trợ giúp",
               "summary": "Các dấu hiệu cảnh báo và ai giúp bạn — miễn phí và bảo mật, kể cả khi không có giấy tờ.",
               "body": """Dấu hiệu cảnh báo: có người giữ hộ chiếu hoặc thẻ ngân hàng của bạn; bạn nợ tiền chủ hoặc người môi giới; bạn không thể rời nơi làm việc hoặc nơi ở; điện thoại hoặc liên lạc của bạn bị kiểm soát; bạn bị đe dọa; bạn làm việc rất nhiều giờ với ít hoặc không có tiền lương; công việc khác với lời hứa.

Hệ thống hỗ trợ nạn nhân mua bán người sẽ giúp bạn, kể cả khi bạn ở Phần Lan không có giấy phép hợp lệ và kể cả khi bạn không muốn đến công an. Gọi +358 295 463 177 (0295 463 177), 24 giờ mỗi ngày.

Để được tư vấn về điều kiện làm việc, hãy gọi cơ quan an toàn lao động: +358 295 016 620 (0295 016 620), thứ Hai đến thứ Sáu 9–15. Khi gặp nguy hiểm, gọi 112."""},
        "th": {"title": "สัญญาณของการค้ามนุษย์และแหล่งขอความช่วยเหลือ",
               "summary": "สัญญาณเตือนและใครช่วยคุณได้ — ฟรีและเป็นความลับ แม้ไม่มีเอกสาร",
               "body": """สัญญาณเตือน เช่น มีคนเก็บหนังสือเดินทางหรือบัตรธนาคารของคุณไว้ คุณเป็นหนี้นายจ้างหรือนายหน้า คุณออกจากที่ทำงานหรือที่พักไม่ได้ โทรศัพท์หรือการติดต่อของคุณถูกควบคุม คุณถูกข่มขู่ คุณทำงานนานมากโดยได้ค่าจ้างน้อยหรือไม่ได้เลย งานไม่ตรงกับที่สัญญาไว้

ระบบช่วยเหลือผู้เสียหายจากการค้ามนุษย์จะช่วยคุณ แม้คุณจะอยู่ในฟินแลนด์โดยไม่มีใบอนุญาตที่ยังใช้ได้ และแม้คุณไม่อยากไปหาตำรวจ โทร +358 295 463 177 (0295 463 177) ได้ตลอด 24 ชั่วโมง

ขอคำปรึกษาเรื่องสภาพการทำงานได้ที่หน่วยงานความปลอดภัยในการทำงาน: +358 295 016 620 (0295 016 620) วันจันทร์ถึงศุกร์ 9–15 น. เมื่อมีอันตราย โทร 112"""},
        "so": {"title": "Calaamadaha ka-ganacsiga dadka iyo halka caawimaad laga helo",
               "summary": "Calaamadaha digniinta iyo cidda ku caawinaysa — bilaash iyo qarsoodi, xitaa waraaqo la'aan.",
               "body": """Calaamadaha digniinta: qof ayaa haya baasaboorkaaga ama kaarka bangigaaga; waxaad deyn ku leedahay shaqo-bixiyaha ama qofka shaqada kuu raadiyey; kama bixi kartid goobta shaqada ama guriga; taleefankaaga ama xiriiradaada waa la xakameeyaa; waa lagu hanjabaa; waxaad shaqeysaa saacado aad u dheer oo mushahar yar ama aan mushahar lahayn; shaqadu way ka duwan tahay wixii laguu ballanqaaday.

Nidaamka Caawimaadda Dhibbanayaasha Ka-ganacsiga Dadka ayaa ku caawinaya, xitaa haddii aad Finland joogto adigoon haysan ogolaansho sax ah, xitaa haddii aadan rabin inaad booliska aaddo. Wac +358 295 463 177 (0295 463 177), 24 saacadood.

Talo ku saabsan xaaladaha shaqada, wac hay'adda badbaadada shaqada: +358 295 016 620 (0295 016 620), Isniinta ilaa Jimcaha 9–15. Khatar markaad ku jirto, wac 112."""},
        "ti": {"title": "ምልክታት ዘዋውራ ሰባትን ሓገዝ ኣበይ ከም ዝርከብን",
               "summary": "ምልክታት ሓደጋን መን ከም ዝሕግዘካን — ብነጻን ብምስጢርን፣ ብዘይ ሰነዳት እውን።",
               "body": """ምልክታት ሓደጋ: ሓደ ሰብ ፓስፖርትካ ወይ ካርድ ባንክኻ ሒዙ ኣሎ፤ ንወሃቢ ስራሕ ወይ ኣመልማሊ ዕዳ ኣለካ፤ ካብ ቦታ ስራሕ ወይ መንበሪ ክትወጽእ ኣይትኽእልን፤ ተሌፎንካ ወይ ርክባትካ ይቆጻጸሩ፤ የፈራርሁኻ፤ ብውሑድ ደሞዝ ወይ ብዘይ ደሞዝ ኣዝዩ ነዊሕ ሰዓታት ትሰርሕ፤ እቲ ስራሕ ካብቲ ዝተመባጽዓ ይፍለ።

ስርዓት ሓገዝ ግዳያት ዘዋውራ ሰባት ይሕግዘካ፣ ብዘይ ቅቡል ፍቓድ ኣብ ፊንላንድ እንተሃሊኻን ናብ ፖሊስ ክትከይድ እንተዘይደለኻን። +358 295 463 177 (0295 463 177) ደውል፣ 24 ሰዓት።

ብዛዕባ ኩነታት ስራሕ ምኽሪ ንምርካብ ናብ ሰበ-ስልጣን ድሕንነት ስራሕ ደውል: +358 295 016 620 (0295 016 620)፣ ሰኑይ ክሳብ ዓርቢ 9–15። ኣብ ሓደጋ 112 ደውል።"""},
        "zh-hans": {"title": "人口贩运的迹象和求助途径",
                    "summary": "警示信号以及谁能帮助您——免费、保密，即使没有证件。",
                    "body": """警示信号包括：有人扣留您的护照或银行卡；您欠雇主或中介钱；您无法离开工作场所或住处；您的手机或联系被控制；您受到威胁；您工作时间很长，却只拿到很少工资或没有工资；工作与承诺的不同。

即使您在芬兰没有有效居留许可，即使您不想去找警察，人口贩运受害者援助系统也会帮助您。请拨打 +358 295 463 177 (0295 463 177)，24 小时服务。

关于工作条件的咨询，请致电职业安全机构：+358 295 016 620 (0295 016 620)，周一至周五 9–15 点。遇到危险请拨打 112。"""},
        "ro": {"title": "Semne de trafic de persoane și unde primești ajutor",
               "summary": "Semne de avertizare și cine te ajută — gratuit și confidențial, chiar și fără acte.",
               "body": """Semne de avertizare: cineva îți păstrează pașaportul sau cardul bancar; datorezi bani angajatorului sau recrutorului; nu poți pleca de la locul de muncă sau din locuință; telefonul sau contactele tale sunt controlate; ești amenințat; lucrezi foarte multe ore pentru bani puțini sau deloc; munca este alta decât ți s-a promis.

Sistemul de asistență pentru victimele traficului de persoane te ajută chiar dacă ești în Finlanda fără permis valabil și chiar dacă nu vrei să mergi la poliție. Sună la +358 295 463 177 (0295 463 177), non-stop.

Pentru sfaturi despre condițiile de muncă, sună la autoritatea pentru securitatea muncii: +358 295 016 620 (0295 016 620), de luni până vineri 9–15. În pericol, sună la 112."""},
        "bg": {"title": "Признаци на трафик на хора и къде да потърсите помощ",
               "summary": "Предупредителни знаци и кой помага — безплатно и поверително, дори без документи.",
               "body": """Предупредителни знаци: някой държи паспорта или банковата ви карта; дължите пари на работодателя или посредника; не можете да напуснете работното място или жилището; телефонът или контактите ви се контролират; заплашват ви; работите много дълго срещу малко или никакво заплащане; работата е различна от обещаното.

Системата за помощ на жертви на трафик на хора ще ви помогне, дори ако сте във Финландия без валидно разрешение и дори ако не искате да ходите в полицията. Обадете се на +358 295 463 177 (0295 463 177), денонощно.

За съвет относно условията на труд се обадете на органа по безопасност на труда: +358 295 016 620 (0295 016 620), от понеделник до петък 9–15. При опасност звънете на 112."""},
        "tl": {"title": "Mga palatandaan ng human trafficking at saan hihingi ng tulong",
               "summary": "Mga babala at sino ang tutulong — libre at kumpidensiyal, kahit walang papeles.",
               "body": """Mga babala: may nagtatago ng iyong pasaporte o bank card; may utang ka sa employer o recruiter; hindi ka makaalis sa trabaho o sa tirahan; kinokontrol ang iyong telepono o mga kontak; binabantaan ka; napakahaba ng oras ng trabaho mo pero maliit o walang sahod; iba ang trabaho sa ipinangako.

Tutulungan ka ng Assistance System para sa mga biktima ng human trafficking kahit nasa Finland ka nang walang balidong permit at kahit ayaw mong pumunta sa pulis. Tumawag sa +358 295 463 177 (0295 463 177), 24 oras.

Para sa payo tungkol sa kondisyon sa trabaho, tumawag sa awtoridad sa kaligtasan sa trabaho: +358 295 016 620 (0295 016 620), Lunes hanggang Biyernes 9–15. Kapag may panganib, tumawag sa 112."""},
        "fr": {"title": "Signes de traite des êtres humains et où trouver de l'aide",
               "summary": "Les signaux d'alerte et qui vous aide — gratuitement et en toute confidentialité, même sans papiers.",
               "body": """Signaux d'alerte : quelqu'un garde votre passeport ou votre carte bancaire ; vous devez de l'argent à l'employeur ou au recruteur ; vous ne pouvez pas quitter le lieu de travail ou le logement ; votre téléphone ou vos contacts sont contrôlés ; on vous menace ; vous travaillez très longtemps pour peu ou pas de salaire ; le travail n'est pas celui qu'on vous a promis.

Le Système d'assistance aux victimes de la traite vous aide, même si vous êtes en Finlande sans titre de séjour valable et même si vous ne voulez pas aller à la police. Appelez le +358 295 463 177 (0295 463 177), 24 heures sur 24.

Pour des conseils sur les conditions de travail, appelez l'autorité de santé et sécurité au travail : +358 295 016 620 (0295 016 620), du lundi au vendredi de 9 h à 15 h. En cas de danger, appelez le 112."""},
    },
    # Rewritten on 2026-11-30 (issue 14): a day over 8 hours can be lawful under averaged working time; a week
    # over 40 hours without overtime pay is the warning sign; less than 11 hours of rest is a question to ask.
    "working-hours": {
        "ru": {"title": "Рабочее время, сверхурочная работа и отдых",
               "summary": "Обычное рабочее время, доплата за сверхурочные и право на отдых.",
               "body": """Обычное рабочее время, как правило, не более 8 часов в день и 40 часов в неделю. Рабочее время может также рассчитываться в среднем за несколько недель, например при сменной работе. Тогда отдельный более длинный день может быть законным. Спросите, как устроено ваше рабочее время.

Для работы сверх согласованного времени нужно ваше согласие. Сверхурочная работа оплачивается дополнительно. Если вы неделю за неделей работаете больше 40 часов в неделю и не получаете доплату за сверхурочные, это серьёзный тревожный признак. Всего рабочее время в среднем не может превышать 48 часов в неделю.

Основное правило — не менее 11 часов отдыха между рабочими днями и не менее 35 часов непрерывного отдыха каждую неделю. В некоторых случаях отдых между рабочими днями по закону может быть короче. Если у вас меньше 11 часов отдыха, спросите почему и обратитесь за советом. В день работы более 6 часов вам положен перерыв, обычно не менее часа."""},
        "uk": {"title": "Робочий час, понаднормова робота і відпочинок",
               "summary": "Звичайний робочий час, оплата понаднормових і право на відпочинок.",
               "body": """Звичайний робочий час, як правило, не більше 8 годин на день і 40 годин на тиждень. Робочий час також може обчислюватися в середньому за кілька тижнів, наприклад при змінній роботі. Тоді окремий довший день може бути законним. Запитайте, як організовано ваш робочий час.

Для роботи понад узгоджений час потрібна ваша згода. Понаднормова робота оплачується додатково. Якщо ви тиждень за тижнем працюєте понад 40 годин на тиждень і не отримуєте доплати за понаднормові, це серйозна тривожна ознака. Загалом робочий час у середньому не може перевищувати 48 годин на тиждень.

Основне правило — щонайменше 11 годин відпочинку між робочими днями і щонайменше 35 годин безперервного відпочинку щотижня. У деяких випадках відпочинок між робочими днями за законом може бути коротшим. Якщо у вас менше 11 годин відпочинку, запитайте чому і зверніться по пораду. У день роботи понад 6 годин вам належить перерва, зазвичай щонайменше година."""},
        "ar": {"title": "ساعات العمل والعمل الإضافي والراحة",
               "summary": "ساعات العمل العادية، وأجر العمل الإضافي، وحقك في الراحة.",
               "body": """وقت العمل العادي في الغالب 8 ساعات في اليوم و40 ساعة في الأسبوع كحد أقصى. ويمكن أيضاً ترتيب وقت العمل كمتوسط على عدة أسابيع، مثلاً في العمل بنظام الورديات. عندها قد يكون يوم أطول قانونياً. اسأل كيف يُنظَّم وقت عملك.

العمل الزائد عن الوقت المتفق عليه يحتاج إلى موافقتك. ويجب دفع أجر إضافي عن العمل الإضافي. إذا كنت تعمل أكثر من 40 ساعة في الأسبوع، أسبوعاً بعد أسبوع، دون أجر إضافي، فهذه علامة تحذير خطيرة. وإجمالاً لا يجوز أن يتجاوز وقت العمل 48 ساعة في الأسبوع في المتوسط.

القاعدة العامة هي 11 ساعة راحة على الأقل بين أيام العمل و35 ساعة راحة متواصلة على الأقل كل أسبوع. في بعض الحالات يمكن قانونياً أن تكون الراحة بين أيام العمل أقصر. إذا كانت راحتك أقل من 11 ساعة، فاسأل عن السبب واطلب المشورة. في يوم عمل يزيد على 6 ساعات تحصل على استراحة، عادةً ساعة على الأقل."""},
        "vi": {"title": "Giờ làm việc, làm thêm giờ và nghỉ ngơi",
               "summary": "Giờ làm bình thường, tiền làm thêm và quyền được nghỉ.",
               "body": """Thời gian làm việc bình thường thường tối đa 8 giờ mỗi ngày và 40 giờ mỗi tuần. Thời gian làm việc cũng có thể được tính trung bình trong nhiều tuần, ví dụ khi làm theo ca. Khi đó một ngày làm dài hơn có thể vẫn hợp pháp. Hãy hỏi thời gian làm việc của bạn được sắp xếp thế nào.

Làm vượt thời gian đã thỏa thuận cần có sự đồng ý của bạn. Làm thêm giờ phải được trả thêm tiền. Nếu tuần nào bạn cũng làm hơn 40 giờ mà không được trả tiền làm thêm, đó là dấu hiệu cảnh báo nghiêm trọng. Tổng cộng, thời gian làm việc trung bình không được quá 48 giờ mỗi tuần.

Quy định chung là nghỉ ít nhất 11 giờ giữa các ngày làm việc và ít nhất 35 giờ liên tục mỗi tuần. Trong một số trường hợp, thời gian nghỉ giữa các ngày làm việc có thể ngắn hơn một cách hợp pháp. Nếu bạn được nghỉ ít hơn 11 giờ, hãy hỏi lý do và xin tư vấn. Ngày làm hơn 6 giờ thì bạn được nghỉ giữa ca, thường ít nhất một giờ."""},
        "th": {"title": "ชั่วโมงทำงาน การทำงานล่วงเวลา และการพัก",
               "summary": "ชั่วโมงทำงานปกติ ค่าล่วงเวลา และสิทธิในการพัก",
               "body": """เวลาทำงานปกติโดยทั่วไปไม่เกิน 8 ชั่วโมงต่อวันและ 40 ชั่วโมงต่อสัปดาห์ เวลาทำงานอาจจัดเป็นค่าเฉลี่ยในหลายสัปดาห์ได้ เช่น งานเป็นกะ ในกรณีนั้นวันที่ทำงานนานกว่าปกติบางวันอาจถูกกฎหมาย ถามนายจ้างว่าจัดเวลาทำงานของคุณอย่างไร

การทำงานเกินเวลาที่ตกลงไว้ต้องได้รับความยินยอมจากคุณ และต้องจ่ายค่าล่วงเวลาเพิ่ม ถ้าคุณทำงานเกิน 40 ชั่วโมงต่อสัปดาห์ทุกสัปดาห์โดยไม่ได้ค่าล่วงเวลา นั่นเป็นสัญญาณเตือนที่ร้ายแรง รวมแล้วเวลาทำงานเฉลี่ยต้องไม่เกิน 48 ชั่วโมงต่อสัปดาห์

หลักทั่วไปคือพักอย่างน้อย 11 ชั่วโมงระหว่างวันทำงาน และพักติดต่อกันอย่างน้อย 35 ชั่วโมงทุกสัปดาห์ ในบางกรณีการพักระหว่างวันทำงานอาจสั้นกว่านี้ได้ตามกฎหมาย ถ้าคุณได้พักน้อยกว่า 11 ชั่วโมง ให้ถามเหตุผลและขอคำปรึกษา ถ้าทำงานวันละเกิน 6 ชั่วโมง คุณได้พักระหว่างวัน ปกติอย่างน้อยหนึ่งชั่วโมง"""},
    },
}

# The contract article (written terms: 7 days / one month, ECA ch. 2 s. 4 as amended from 1.8.2022), added
# on 2026-11-30 in the enabled portal languages. (title, summary, body)
_CONTRACT = {
    "ru": ("Трудовой договор и письменные условия", "Что должно быть в договоре и почему его лучше получить в письменном виде.",
           """Трудовой договор можно заключить устно, письменно или в электронном виде. Письменный договор — лучшее доказательство того, о чём договорились.

Если вы не получили письменный договор, работодатель всё равно должен дать вам основные условия в письменном виде. В течение 7 дней с начала работы: кто работодатель, когда начинается работа, когда и почему заканчивается срочная работа, испытательный срок, где вы работаете, какую работу выполняете, зарплата и период её выплаты, рабочее время. Остальные условия — например, отпуск, срок предупреждения об увольнении и какой коллективный договор применяется — в течение одного месяца. Это касается работы более 12 часов за четыре недели.

Не подписывайте то, чего не понимаете. Вы можете взять договор домой, попросить его на понятном вам языке и попросить профсоюз или сотрудника поддержки прочитать его вместе с вами."""),
    "uk": ("Трудовий договір і письмові умови", "Що має бути в договорі і чому його краще отримати письмово.",
           """Трудовий договір можна укласти усно, письмово або в електронній формі. Письмовий договір — найкращий доказ того, про що домовилися.

Якщо ви не отримали письмового договору, роботодавець усе одно має дати вам основні умови письмово. Протягом 7 днів від початку роботи: хто роботодавець, коли починається робота, коли і чому закінчується строкова робота, випробувальний строк, де ви працюєте, яку роботу виконуєте, зарплата і період її виплати, робочий час. Інші умови — наприклад, відпустка, строк попередження про звільнення і який колективний договір застосовується — протягом одного місяця. Це стосується роботи понад 12 годин за чотири тижні.

Не підписуйте того, чого не розумієте. Ви можете взяти договір додому, попросити його зрозумілою вам мовою і попросити профспілку або працівника підтримки прочитати його разом із вами."""),
    "ar": ("عقد العمل والشروط المكتوبة", "ما يجب أن يتضمنه عقدك، ولماذا من الأفضل أن تحصل عليه مكتوباً.",
           """يمكن إبرام عقد العمل شفهياً أو كتابياً أو إلكترونياً. العقد المكتوب هو أفضل دليل على ما تم الاتفاق عليه.

إذا لم تحصل على عقد مكتوب، فيجب على صاحب العمل مع ذلك أن يعطيك الشروط الأساسية كتابةً. خلال 7 أيام من بدء العمل: من هو صاحب العمل، ومتى يبدأ العمل، ومتى ينتهي العمل المؤقت ولماذا، وفترة التجربة إن وجدت، وأين تعمل، وما العمل الذي تقوم به، والأجر وفترة دفعه، وساعات العمل. أما الشروط الأخرى، مثل الإجازة السنوية ومهلة الإنهاء والاتفاقية الجماعية المطبقة، فخلال شهر واحد. ينطبق هذا عندما تعمل أكثر من 12 ساعة في أربعة أسابيع.

لا توقّع على شيء لا تفهمه. يمكنك أخذ العقد إلى البيت، وطلبه بلغة تفهمها، وأن تطلب من نقابة أو من موظف دعم قراءته معك."""),
    "fa": ("قرارداد کار و شرایط کتبی", "قرارداد شما باید چه چیزهایی داشته باشد و چرا بهتر است کتبی باشد.",
           """قرارداد کار را می‌توان شفاهی، کتبی یا الکترونیکی بست. قرارداد کتبی بهترین مدرک برای چیزی است که توافق شده.

اگر قرارداد کتبی نگرفتید، کارفرما باز هم باید شرایط اصلی را کتبی به شما بدهد. ظرف 7 روز از شروع کار: کارفرما کیست، کار کی شروع می‌شود، کار موقت کی و چرا تمام می‌شود، دوره آزمایشی، کجا کار می‌کنید، چه کاری انجام می‌دهید، دستمزد و دوره پرداخت آن، و ساعت کار. شرایط دیگر، مثل مرخصی سالانه، مهلت فسخ و قرارداد جمعی مربوط، ظرف یک ماه. این برای کاری است که بیش از 12 ساعت در چهار هفته باشد.

چیزی را که نمی‌فهمید امضا نکنید. می‌توانید قرارداد را به خانه ببرید، آن را به زبانی که می‌فهمید بخواهید و از اتحادیه یا مددکار بخواهید آن را با شما بخواند."""),
    "vi": ("Hợp đồng lao động và các điều khoản bằng văn bản", "Hợp đồng phải ghi những gì, và vì sao nên có bằng văn bản.",
           """Hợp đồng lao động có thể giao kết bằng lời nói, bằng văn bản hoặc điện tử. Hợp đồng bằng văn bản là bằng chứng tốt nhất về những gì đã thỏa thuận.

Nếu bạn không nhận được hợp đồng bằng văn bản, chủ vẫn phải đưa cho bạn các điều khoản chính bằng văn bản. Trong vòng 7 ngày kể từ khi bắt đầu làm: ai là chủ lao động, khi nào bắt đầu làm, khi nào và vì sao công việc có thời hạn kết thúc, thời gian thử việc, nơi làm việc, công việc bạn làm, tiền lương và kỳ trả lương, giờ làm việc. Các điều khoản khác, như nghỉ phép năm, thời hạn báo trước và thỏa ước tập thể áp dụng, trong vòng một tháng. Điều này áp dụng khi bạn làm hơn 12 giờ trong bốn tuần.

Đừng ký những gì bạn không hiểu. Bạn có thể mang hợp đồng về nhà, xin bản bằng ngôn ngữ bạn hiểu, và nhờ công đoàn hoặc nhân viên hỗ trợ đọc cùng bạn."""),
    "th": ("สัญญาจ้างงานและเงื่อนไขเป็นลายลักษณ์อักษร", "สัญญาต้องมีอะไรบ้าง และทำไมควรได้รับเป็นลายลักษณ์อักษร",
           """สัญญาจ้างงานทำได้ด้วยวาจา เป็นลายลักษณ์อักษร หรือทางอิเล็กทรอนิกส์ สัญญาที่เป็นลายลักษณ์อักษรเป็นหลักฐานที่ดีที่สุดของสิ่งที่ตกลงกัน

ถ้าคุณไม่ได้รับสัญญาเป็นลายลักษณ์อักษร นายจ้างยังต้องให้เงื่อนไขหลักเป็นลายลักษณ์อักษร ภายใน 7 วันนับจากเริ่มงาน: ใครเป็นนายจ้าง งานเริ่มเมื่อไร งานแบบมีกำหนดเวลาสิ้นสุดเมื่อไรและเพราะอะไร ช่วงทดลองงาน สถานที่ทำงาน งานที่ทำ ค่าจ้างและรอบการจ่าย และเวลาทำงาน ส่วนเงื่อนไขอื่น เช่น วันหยุดพักร้อน ระยะเวลาบอกเลิกจ้าง และข้อตกลงร่วมที่ใช้ ภายในหนึ่งเดือน ใช้กับงานที่ทำเกิน 12 ชั่วโมงในสี่สัปดาห์

อย่าเซ็นสิ่งที่คุณไม่เข้าใจ คุณนำสัญญากลับบ้านได้ ขอฉบับภาษาที่คุณเข้าใจ และขอให้สหภาพแรงงานหรือเจ้าหน้าที่ช่วยเหลืออ่านไปกับคุณ"""),
    "so": ("Heshiiska shaqada iyo shuruudaha qoran", "Waxa heshiiskaagu ka kooban yahay iyo sababta aad u qoraal ahaan u heshid.",
           """Heshiiska shaqada waxaa lagu samayn karaa af ahaan, qoraal ahaan ama elektaroonig ahaan. Heshiis qoran ayaa ah caddaynta ugu fiican ee waxa lagu heshiiyay.

Haddii aadan helin heshiis qoran, loo-shaqeeyaha waa inuu weli ku siiyaa shuruudaha muhiimka ah si qoraal ah. 7 maalmood gudahood laga bilaabo markaad shaqada bilowdo: cidda loo-shaqeeyaha ah, goorta shaqadu bilaabanayso, goorta iyo sababta shaqada muddada go'an ay ku dhammaanayso, muddada tijaabada, halka aad ka shaqeyso, shaqada aad qabato, mushaharka iyo muddada bixintiisa, iyo saacadaha shaqada. Shuruudaha kale, sida fasaxa sanadlaha, muddada ogeysiinta iyo heshiiska wadajirka ee khuseeya, hal bil gudaheed. Tani waxay khusaysaa shaqo ka badan 12 saac afar toddobaad gudahood.

Ha saxiixin waxaadan fahmin. Heshiiska guriga ayaad u qaadan kartaa, waxaad ku codsan kartaa luqad aad fahanto, waxaadna ka codsan kartaa urur shaqaale ama shaqaale taageero inay kula akhriyaan."""),
    "ti": ("ውዕል ስራሕን ጽሑፋት ኩነታትን", "ውዕልካ እንታይ ክሕዝ ከም ዘለዎን ስለምንታይ ብጽሑፍ ክትረኽቦ ከም ዘለካን።",
           """ውዕል ስራሕ ብቓል፡ ብጽሑፍ ወይ ብኤሌክትሮኒክ ክግበር ይኽእል። ጽሑፍ ውዕል ብዛዕባ እቲ ዝተሰማማዕኩምሉ እቲ ዝበለጸ መረጋገጺ እዩ።

ጽሑፍ ውዕል እንተ ዘይረኺብካ፡ ወሃቢ ስራሕ ቀንዲ ኩነታት ብጽሑፍ ክህበካ ኣለዎ። ኣብ ውሽጢ 7 መዓልታት ካብ ምጅማር ስራሕ: ወሃቢ ስራሕ መን ምዃኑ፡ ስራሕ መዓስ ከም ዝጅምር፡ ግዜ ዘለዎ ስራሕ መዓስን ስለምንታይን ከም ዝውዳእ፡ ግዜ ፈተነ፡ ኣበይ ትሰርሕ፡ እንታይ ስራሕ ትሰርሕ፡ ደሞዝን ግዜ ክፍሊቱን፡ ሰዓታት ስራሕን። ካልኦት ኩነታት፡ ከም ዓመታዊ ዕረፍቲ፡ ግዜ ምሕባር ምቁራጽን ዝምልከት ሓባራዊ ስምምዕን፡ ኣብ ውሽጢ ሓደ ወርሒ። እዚ ንልዕሊ 12 ሰዓት ኣብ ኣርባዕተ ሰሙን ዝኸውን ስራሕ ይምልከት።

ዘይተረድኣካ ኣይትፈርም። ውዕል ናብ ገዛ ክትወስዶ፡ ብዝርደኣካ ቋንቋ ክትሓቶ፡ ማሕበር ሰራሕተኛታት ወይ ሰራሕተኛ ደገፍ ምሳኻ ከንብብዎ ክትሓቶም ትኽእል ኢኻ።"""),
    "zh-hans": ("劳动合同和书面条款", "合同里必须写什么，以及为什么要拿到书面文本。",
                """劳动合同可以口头、书面或电子方式订立。书面合同是约定内容的最好证明。

如果你没有拿到书面合同，雇主仍须以书面形式给你主要条款。在开始工作后7天内：雇主是谁、何时开始工作、定期工作何时结束及原因、试用期、工作地点、工作内容、工资和发薪周期、工作时间。其他条款，例如年假、解雇通知期和适用的集体协议，在一个月内提供。这适用于四周内工作超过12小时的情况。

不要签你不明白的东西。你可以把合同带回家，要求用你懂的语言，并请工会或支援人员和你一起阅读。"""),
    "ro": ("Contractul de muncă și condițiile scrise", "Ce trebuie să scrie în contract și de ce e bine să-l ai în scris.",
           """Contractul de muncă se poate încheia verbal, în scris sau electronic. Un contract scris este cea mai bună dovadă a ceea ce s-a convenit.

Dacă nu primești un contract scris, angajatorul trebuie totuși să-ți dea condițiile principale în scris. În 7 zile de la începerea muncii: cine este angajatorul, când începe munca, când și de ce se încheie munca pe durată determinată, perioada de probă, unde lucrezi, ce muncă faci, salariul și perioada de plată, programul de lucru. Celelalte condiții, cum ar fi concediul anual, termenul de preaviz și contractul colectiv aplicabil, într-o lună. Aceasta se aplică dacă lucrezi peste 12 ore în patru săptămâni.

Nu semna ceva ce nu înțelegi. Poți lua contractul acasă, îl poți cere într-o limbă pe care o înțelegi și poți ruga un sindicat sau un lucrător de sprijin să-l citească împreună cu tine."""),
    "bg": ("Трудов договор и писмени условия", "Какво трябва да пише в договора и защо е добре да го имате писмено.",
           """Трудовият договор може да се сключи устно, писмено или електронно. Писменият договор е най-доброто доказателство за уговореното.

Ако не получите писмен договор, работодателят все пак трябва да ви даде основните условия писмено. До 7 дни от започване на работа: кой е работодателят, кога започва работата, кога и защо приключва срочната работа, изпитателният срок, къде работите, каква работа вършите, заплатата и периодът на плащане, работното време. Останалите условия, като годишен отпуск, срок на предизвестие и приложим колективен трудов договор, до един месец. Това важи, когато работите над 12 часа за четири седмици.

Не подписвайте нищо, което не разбирате. Можете да вземете договора вкъщи, да го поискате на език, който разбирате, и да помолите синдикат или служител по подкрепа да го прочете с вас."""),
    "tl": ("Kontrata sa trabaho at nakasulat na kondisyon", "Ano ang dapat nakasulat sa kontrata mo, at bakit dapat nakasulat ito.",
           """Puwedeng gawin ang kontrata sa trabaho nang pasalita, nakasulat o elektroniko. Ang nakasulat na kontrata ang pinakamagandang patunay ng napagkasunduan.

Kung wala kang nakasulat na kontrata, dapat pa ring ibigay sa iyo ng employer ang pangunahing kondisyon nang nakasulat. Sa loob ng 7 araw mula nang magsimula ka: sino ang employer, kailan nagsimula ang trabaho, kailan at bakit matatapos ang trabahong may takdang panahon, ang trial period, saan ka nagtatrabaho, ano ang trabaho mo, ang sahod at panahon ng pagbabayad, at ang oras ng trabaho. Ang ibang kondisyon, gaya ng taunang bakasyon, notice period at aling collective agreement ang sinusunod, sa loob ng isang buwan. Para ito sa trabahong higit sa 12 oras sa apat na linggo.

Huwag pumirma ng hindi mo naiintindihan. Puwede mong iuwi ang kontrata, hingin ito sa wikang naiintindihan mo, at hilingin sa unyon o sa support worker na basahin ito kasama mo."""),
    "fr": ("Contrat de travail et conditions écrites", "Ce que votre contrat doit contenir, et pourquoi l'avoir par écrit.",
           """Un contrat de travail peut être conclu oralement, par écrit ou sous forme électronique. Un contrat écrit est la meilleure preuve de ce qui a été convenu.

Si vous n'avez pas de contrat écrit, l'employeur doit quand même vous donner les conditions principales par écrit. Dans les 7 jours suivant le début du travail : qui est l'employeur, quand le travail commence, quand et pourquoi un emploi à durée déterminée prend fin, la période d'essai, le lieu de travail, le travail que vous faites, le salaire et sa période de paie, et les horaires. Les autres conditions, comme les congés annuels, le préavis et la convention collective applicable, dans un délai d'un mois. Cela vaut lorsque vous travaillez plus de 12 heures sur quatre semaines.

Ne signez rien que vous ne comprenez pas. Vous pouvez emporter le contrat chez vous, le demander dans une langue que vous comprenez et demander à un syndicat ou à un travailleur social de le lire avec vous."""),
}
MORE["contract"] = {lang: {"title": t, "summary": s, "body": b} for lang, (t, s, b) in _CONTRACT.items()}

# The corrected working-hours article (2026-11-30) in the other enabled portal languages. (title, summary, body)
_WORKING_HOURS = {
    "fa": ("ساعت کار، اضافه‌کاری و استراحت", "ساعت کار عادی، مزد اضافه‌کاری و حق استراحت.",
           """ساعت کار عادی معمولاً حداکثر 8 ساعت در روز و 40 ساعت در هفته است. ساعت کار را می‌توان به‌صورت میانگین چند هفته هم تنظیم کرد، مثلاً در کار شیفتی. آن‌وقت یک روز طولانی‌تر ممکن است قانونی باشد. بپرسید ساعت کارتان چگونه تنظیم شده است.

کار بیشتر از ساعت توافق‌شده به رضایت شما نیاز دارد. اضافه‌کاری باید با مزد بیشتر پرداخت شود. اگر هفته به هفته بیش از 40 ساعت در هفته کار می‌کنید و مزد اضافه‌کاری نمی‌گیرید، این نشانه هشدار جدی است. در مجموع ساعت کار نباید به‌طور میانگین از 48 ساعت در هفته بیشتر شود.

قاعده معمول دست‌کم 11 ساعت استراحت بین روزهای کاری و دست‌کم 35 ساعت استراحت پیوسته در هر هفته است. در برخی موارد استراحت بین روزهای کاری می‌تواند قانوناً کوتاه‌تر باشد. اگر کمتر از 11 ساعت استراحت دارید، دلیلش را بپرسید و مشاوره بگیرید. در روز کاری بیش از 6 ساعت، استراحتی معمولاً دست‌کم یک‌ساعته دارید."""),
    "so": ("Saacadaha shaqada, saacadaha dheeraadka ah iyo nasashada", "Saacadaha caadiga ah, mushaharka dheeraadka ah iyo xaqa nasashada.",
           """Waqtiga shaqada ee caadiga ah badanaa waa ugu badnaan 8 saac maalintii iyo 40 saac toddobaadkii. Waqtiga shaqada waxaa sidoo kale loo habayn karaa celcelis ahaan dhowr toddobaad, tusaale ahaan shaqada wareegga ah. Markaas maalin ka dheer ayaa sharci ahaan noqon karta. Weydii sida waqtiga shaqadaada loo habeeyay.

Shaqada ka badan waqtiga lagu heshiiyay waxay u baahan tahay oggolaanshahaaga. Saacadaha dheeraadka ah waa in lacag dheeraad ah laga bixiyaa. Haddii toddobaad kasta aad ka shaqeyso in ka badan 40 saac oo aadan helin lacagta saacadaha dheeraadka ah, taasi waa calaamad digniin culus. Guud ahaan waqtiga shaqadu celcelis ahaan kama badnaan karo 48 saac toddobaadkii.

Xeerka caadiga ah waa ugu yaraan 11 saac oo nasasho ah inta u dhexeysa maalmaha shaqada iyo ugu yaraan 35 saac oo nasasho isku xiga toddobaad kasta. Xaaladaha qaar nasashada u dhexeysa maalmaha shaqada sharci ahaan way ka gaabnaan kartaa. Haddii aad hesho wax ka yar 11 saac, weydii sababta oo talo raadso. Maalinta ka badan 6 saac waxaad heleysaa nasasho, badanaa ugu yaraan hal saac."""),
    "ti": ("ሰዓታት ስራሕ፡ ተወሳኺ ስራሕን ዕረፍትን", "ልሙድ ሰዓታት ስራሕ፡ ክፍሊት ተወሳኺ ስራሕን መሰል ዕረፍትን።",
           """ልሙድ ግዜ ስራሕ ብዙሕ ግዜ ብዝለዓለ 8 ሰዓት ኣብ መዓልቲን 40 ሰዓት ኣብ ሰሙንን እዩ። ግዜ ስራሕ ከም ማእከላይ ናይ ብዙሓት ሰሙናት እውን ክስራዕ ይኽእል፡ ንኣብነት ብፈረቓ ኣብ ዝስራሕ ስራሕ። ሽዑ ሓንቲ ዝነውሐት መዓልቲ ሕጋዊት ክትከውን ትኽእል። ግዜ ስራሕካ ብኸመይ ከም ዝተሰርዐ ሕተት።

ካብቲ ዝተሰማማዕኩምሉ ንላዕሊ ምስራሕ ፍቓድካ የድልዮ። ተወሳኺ ስራሕ ብተወሳኺ ክፍሊት ክኽፈል ኣለዎ። ሰሙን ብሰሙን ልዕሊ 40 ሰዓት ኣብ ሰሙን እንተ ሰሪሕካ ክፍሊት ተወሳኺ ስራሕ ከይረኸብካ፡ እዚ ከቢድ ናይ ሓደጋ ምልክት እዩ። ብጠቕላላ ግዜ ስራሕ ብማእከላይ ካብ 48 ሰዓት ኣብ ሰሙን ክበዝሕ የብሉን።

ልሙድ ሕጊ ብውሑዱ 11 ሰዓት ዕረፍቲ ኣብ መንጎ መዓልትታት ስራሕን ብውሑዱ 35 ሰዓት ቀጻሊ ዕረፍቲ ኣብ ሰሙንን እዩ። ኣብ ገለ ኩነታት እቲ ዕረፍቲ ብሕጊ ክሓጽር ይኽእል። ካብ 11 ሰዓት ዝወሓደ ዕረፍቲ እንተ ሃልዩካ፡ ስለምንታይ ሕተት ምኽሪ ድማ ድለ። ኣብ ልዕሊ 6 ሰዓት ዝኸውን መዓልቲ ስራሕ ዕረፍቲ ትረክብ፡ ብዙሕ ግዜ ብውሑዱ ሓደ ሰዓት።"""),
    "zh-hans": ("工作时间、加班和休息", "正常工作时间、加班工资和休息的权利。",
                """正常工作时间通常每天最多8小时、每周最多40小时。工作时间也可以按几周平均计算，例如轮班工作。这样某一天工作时间较长也可能是合法的。问清楚你的工作时间是怎样安排的。

超出约定时间的工作需要你同意。加班必须额外付钱。如果你一周又一周每周工作超过40小时却拿不到加班费，这是严重的警示信号。总的来说，工作时间平均每周不得超过48小时。

通常的规定是两个工作日之间至少休息11小时，每周至少连续休息35小时。在某些情况下，工作日之间的休息可以合法地更短。如果你的休息少于11小时，问清原因并寻求咨询。工作超过6小时的日子你有休息时间，通常至少一小时。"""),
    "ro": ("Program de lucru, ore suplimentare și odihnă", "Programul normal, plata orelor suplimentare și dreptul la odihnă.",
           """Programul normal de lucru este de obicei de cel mult 8 ore pe zi și 40 de ore pe săptămână. Timpul de lucru poate fi organizat și ca medie pe mai multe săptămâni, de exemplu în ture. Atunci o zi mai lungă poate fi legală. Întreabă cum este organizat programul tău.

Munca peste programul convenit are nevoie de acordul tău. Orele suplimentare trebuie plătite în plus. Dacă lucrezi săptămână de săptămână peste 40 de ore pe săptămână fără plata orelor suplimentare, acesta este un semnal de alarmă serios. În total, timpul de lucru nu poate depăși în medie 48 de ore pe săptămână.

Regula obișnuită este de cel puțin 11 ore de odihnă între zilele de lucru și cel puțin 35 de ore de odihnă neîntreruptă în fiecare săptămână. În unele cazuri odihna dintre zilele de lucru poate fi legal mai scurtă. Dacă ai mai puțin de 11 ore, întreabă de ce și cere sfaturi. Într-o zi de peste 6 ore ai o pauză, de obicei de cel puțin o oră."""),
    "bg": ("Работно време, извънреден труд и почивка", "Нормално работно време, заплащане на извънреден труд и право на почивка.",
           """Нормалното работно време обикновено е най-много 8 часа на ден и 40 часа седмично. Работното време може да се определя и като средно за няколко седмици, например при работа на смени. Тогава по-дълъг ден може да е законен. Попитайте как е организирано работното ви време.

Работата над уговореното време изисква вашето съгласие. Извънредният труд трябва да се заплаща допълнително. Ако седмица след седмица работите над 40 часа седмично без заплащане за извънреден труд, това е сериозен тревожен знак. Общо работното време не може да надвишава средно 48 часа седмично.

Обичайното правило е поне 11 часа почивка между работните дни и поне 35 часа непрекъсната почивка всяка седмица. В някои случаи почивката между работните дни може законно да е по-кратка. Ако почивката ви е под 11 часа, попитайте защо и потърсете съвет. В ден с повече от 6 часа работа имате почивка, обикновено поне един час."""),
    "tl": ("Oras ng trabaho, overtime at pahinga", "Karaniwang oras, dagdag na bayad sa overtime at karapatan sa pahinga.",
           """Ang karaniwang oras ng trabaho ay kadalasang hindi hihigit sa 8 oras bawat araw at 40 oras bawat linggo. Puwede ring ayusin ang oras ng trabaho bilang average sa ilang linggo, halimbawa sa shift work. Kaya puwedeng legal ang isang mas mahabang araw. Itanong kung paano inayos ang oras ng trabaho mo.

Kailangan ng pahintulot mo ang trabahong lampas sa napagkasunduang oras. Dapat may dagdag na bayad ang overtime. Kung linggo-linggo ay higit 40 oras kang nagtatrabaho bawat linggo nang walang bayad sa overtime, seryosong babala iyon. Sa kabuuan, hindi dapat lumampas sa 48 oras bawat linggo sa average ang oras ng trabaho.

Ang karaniwang tuntunin ay hindi bababa sa 11 oras na pahinga sa pagitan ng mga araw ng trabaho at hindi bababa sa 35 oras na tuloy-tuloy na pahinga bawat linggo. Sa ilang kaso, legal na puwedeng mas maikli ang pahinga sa pagitan ng mga araw ng trabaho. Kung mas mababa sa 11 oras ang pahinga mo, itanong kung bakit at humingi ng payo. Sa araw na higit sa 6 na oras, may break ka, karaniwang hindi bababa sa isang oras."""),
    "fr": ("Temps de travail, heures supplémentaires et repos", "Horaires normaux, paiement des heures supplémentaires et droit au repos.",
           """Le temps de travail normal est en général de 8 heures par jour et 40 heures par semaine au plus. Il peut aussi être organisé en moyenne sur plusieurs semaines, par exemple en travail posté. Une journée plus longue peut alors être légale. Demandez comment votre temps de travail est organisé.

Travailler au-delà des heures convenues nécessite votre accord. Les heures supplémentaires doivent être payées en plus. Si vous travaillez semaine après semaine plus de 40 heures par semaine sans paiement des heures supplémentaires, c'est un signal d'alerte sérieux. Au total, le temps de travail ne peut pas dépasser 48 heures par semaine en moyenne.

La règle habituelle est d'au moins 11 heures de repos entre deux journées de travail et d'au moins 35 heures de repos consécutives chaque semaine. Dans certains cas, le repos entre deux journées peut légalement être plus court. Si vous avez moins de 11 heures, demandez pourquoi et demandez conseil. Une journée de plus de 6 heures comprend une pause, en général d'au moins une heure."""),
}
MORE["working-hours"].update({lang: {"title": t, "summary": s, "body": b} for lang, (t, s, b) in _WORKING_HOURS.items()})

# Safety at work (2026-11-30) in the other enabled portal languages. (title, summary, body)
_OSH = "+358 295 016 620 (0295 016 620)"
_SAFETY = {
    "ru": ("Безопасность на работе", "Работодатель должен защищать вас и учить безопасной работе.",
           f"""Работодатель обязан заботиться о вашей безопасности и здоровье на работе. До начала работы вам должны показать, как выполнять её безопасно, понятным вам способом.

Средства защиты, нужные для работы (например, перчатки, защитная обувь, каска или маска), должны выдаваться бесплатно. Работодатель также должен организовать производственное здравоохранение.

Если работа создаёт серьёзную опасность для вашей жизни или здоровья, вы имеете право отказаться от неё. Сообщайте работодателю о несчастных случаях. Консультацию даёт орган охраны труда: {_OSH}, с понедельника по пятницу 9–15."""),
    "uk": ("Безпека на роботі", "Роботодавець повинен захищати вас і навчати безпечної роботи.",
           f"""Роботодавець зобов'язаний дбати про вашу безпеку і здоров'я на роботі. Перед початком роботи вам мають показати, як виконувати її безпечно, у зрозумілий вам спосіб.

Засоби захисту, потрібні для роботи (наприклад, рукавиці, захисне взуття, каска або маска), мають видаватися безкоштовно. Роботодавець також має організувати виробничу охорону здоров'я.

Якщо робота створює серйозну небезпеку для вашого життя чи здоров'я, ви маєте право відмовитися від неї. Повідомляйте роботодавцю про нещасні випадки. Консультацію надає орган охорони праці: {_OSH}, з понеділка по п'ятницю 9–15."""),
    "ar": ("السلامة في العمل", "يجب على صاحب العمل أن يحميك وأن يعلّمك العمل بأمان.",
           f"""يجب على صاحب العمل أن يهتم بسلامتك وصحتك في العمل. ويجب أن يُشرح لك قبل البدء كيف تؤدي العمل بأمان، بطريقة تفهمها.

يجب أن تحصل مجاناً على معدات الحماية التي يحتاجها العمل (مثل القفازات وأحذية السلامة والخوذة أو الكمامة). ويجب على صاحب العمل أيضاً توفير الرعاية الصحية المهنية.

إذا كان العمل يعرّض حياتك أو صحتك لخطر جسيم، فمن حقك أن ترفضه. أبلغ صاحب العمل عن الحوادث. للاستشارة اتصل بسلطة السلامة والصحة المهنية: ‎{_OSH}‎ من الاثنين إلى الجمعة 9–15."""),
    "fa": ("ایمنی در کار", "کارفرما باید از شما محافظت کند و کار ایمن را آموزش دهد.",
           f"""کارفرما باید مراقب ایمنی و سلامت شما در کار باشد. پیش از شروع کار باید به زبانی که می‌فهمید به شما نشان دهند کار را چگونه ایمن انجام دهید.

تجهیزات حفاظتی که کار لازم دارد (مثل دستکش، کفش ایمنی، کلاه ایمنی یا ماسک) باید رایگان به شما داده شود. کارفرما همچنین باید خدمات بهداشت حرفه‌ای فراهم کند.

اگر کار جان یا سلامت شما را به خطر جدی بیندازد، حق دارید آن را انجام ندهید. حوادث را به کارفرما گزارش دهید. برای مشاوره با مرجع ایمنی و بهداشت کار تماس بگیرید: ‎{_OSH}‎، دوشنبه تا جمعه 9–15."""),
    "vi": ("An toàn lao động", "Chủ phải bảo vệ bạn và hướng dẫn bạn làm việc an toàn.",
           f"""Chủ lao động phải chăm lo an toàn và sức khỏe của bạn tại nơi làm việc. Trước khi bắt đầu, bạn phải được chỉ cách làm việc an toàn, theo cách bạn hiểu.

Đồ bảo hộ mà công việc cần (ví dụ găng tay, giày bảo hộ, mũ bảo hiểm hoặc khẩu trang) phải được cấp miễn phí. Chủ cũng phải tổ chức chăm sóc sức khỏe nghề nghiệp.

Nếu công việc gây nguy hiểm nghiêm trọng cho tính mạng hoặc sức khỏe, bạn có quyền từ chối. Hãy báo tai nạn cho chủ. Bạn có thể hỏi cơ quan an toàn và sức khỏe lao động: {_OSH}, Thứ Hai đến Thứ Sáu 9–15."""),
    "th": ("ความปลอดภัยในการทำงาน", "นายจ้างต้องดูแลความปลอดภัยของคุณและสอนให้ทำงานอย่างปลอดภัย",
           f"""นายจ้างต้องดูแลความปลอดภัยและสุขภาพของคุณในที่ทำงาน ก่อนเริ่มงาน คุณต้องได้รับการสอนวิธีทำงานอย่างปลอดภัยในแบบที่คุณเข้าใจ

อุปกรณ์ป้องกันที่งานต้องใช้ (เช่น ถุงมือ รองเท้านิรภัย หมวกนิรภัย หรือหน้ากาก) ต้องให้คุณโดยไม่คิดเงิน นายจ้างต้องจัดบริการอาชีวอนามัยด้วย

ถ้างานทำให้ชีวิตหรือสุขภาพของคุณตกอยู่ในอันตรายร้ายแรง คุณมีสิทธิ์ปฏิเสธ แจ้งอุบัติเหตุให้นายจ้างทราบ ขอคำปรึกษาจากหน่วยงานความปลอดภัยและอาชีวอนามัยได้ที่ {_OSH} วันจันทร์ถึงวันศุกร์ 9–15"""),
    "so": ("Badbaadada shaqada", "Loo-shaqeeyahaagu waa inuu ku ilaaliyaa oo ku baraa shaqo badbaado leh.",
           f"""Loo-shaqeeyahaagu waa inuu daryeelaa badbaadadaada iyo caafimaadkaaga shaqada. Ka hor intaadan bilaabin waa in lagu tusaa sida shaqada si badbaado leh loo qabto, hab aad fahmi karto.

Qalabka ilaalinta ee shaqadu u baahan tahay (tusaale gacan-gashiyo, kabo badbaado, koofiyad adag ama maaskaro) waa in lagu siiyaa bilaash. Loo-shaqeeyaha waa inuu sidoo kale diyaariyaa daryeelka caafimaadka shaqada.

Haddii shaqadu nafteeda ama caafimaadkaaga khatar weyn gelinayso, xaq ayaad u leedahay inaad diiddo. U sheeg loo-shaqeeyaha shilalka. Talo ka weydiiso hay'adda badbaadada iyo caafimaadka shaqada: {_OSH}, Isniin ilaa Jimce 9–15."""),
    "ti": ("ድሕንነት ኣብ ስራሕ", "ወሃቢ ስራሕ ክከላኸለልካን ብድሕንነት ምስራሕ ክምህረካን ኣለዎ።",
           f"""ወሃቢ ስራሕ ንድሕንነትካን ጥዕናኻን ኣብ ስራሕ ክሓልየልካ ኣለዎ። ቅድሚ ምጅማርካ ስራሕ ብድሕንነት ብኸመይ ከም ዝስራሕ ብዝርደኣካ መገዲ ክርኣየካ ኣለዎ።

ስራሕ ዘድልዮ መከላኸሊ ናውቲ (ንኣብነት ጓንቲ፡ ናይ ድሕንነት ጫማ፡ ቆብዕ ወይ ማስክ) ብናጻ ክወሃበካ ኣለዎ። ወሃቢ ስራሕ ናይ ስራሕ ክንክን ጥዕና እውን ከዳሉ ኣለዎ።

ስራሕ ንህይወትካ ወይ ጥዕናኻ ኣብ ከቢድ ሓደጋ እንተ ኣእትዩ፡ ክትነጽጎ መሰል ኣለካ። ሓደጋታት ንወሃቢ ስራሕ ሓብር። ካብ በዓል መዚ ድሕንነትን ጥዕናን ስራሕ ምኽሪ ክትሓትት ትኽእል: {_OSH}፣ ሰኑይ ክሳብ ዓርቢ 9–15።"""),
    "zh-hans": ("工作安全", "雇主必须保护你的安全，并教你安全地工作。",
                f"""雇主必须保障你在工作中的安全和健康。开始工作前，必须用你能理解的方式告诉你如何安全地工作。

工作所需的防护用品（例如手套、安全鞋、安全帽或口罩）必须免费发给你。雇主还必须安排职业卫生保健。

如果工作严重危及你的生命或健康，你有权拒绝。发生事故要告诉雇主。你可以向职业安全与健康主管部门咨询：{_OSH}，周一至周五 9–15点。"""),
    "ro": ("Siguranța la locul de muncă", "Angajatorul trebuie să te protejeze și să te învețe să lucrezi în siguranță.",
           f"""Angajatorul trebuie să aibă grijă de siguranța și sănătatea ta la muncă. Înainte să începi, trebuie să ți se arate cum să lucrezi în siguranță, într-un mod pe care îl înțelegi.

Echipamentul de protecție de care are nevoie munca (de exemplu mănuși, încălțăminte de protecție, cască sau mască) trebuie să-ți fie dat gratuit. Angajatorul trebuie să asigure și servicii de medicina muncii.

Dacă munca îți pune viața sau sănătatea în pericol grav, ai dreptul să o refuzi. Anunță accidentele angajatorului. Poți cere sfaturi autorității pentru securitate și sănătate în muncă: {_OSH}, de luni până vineri, 9–15."""),
    "bg": ("Безопасност при работа", "Работодателят трябва да ви пази и да ви научи да работите безопасно.",
           f"""Работодателят трябва да се грижи за вашата безопасност и здраве на работа. Преди да започнете, трябва да ви покажат как да вършите работата безопасно, по начин, който разбирате.

Предпазните средства, нужни за работата (например ръкавици, предпазни обувки, каска или маска), трябва да ви се дават безплатно. Работодателят трябва да осигури и трудова медицина.

Ако работата поставя живота или здравето ви в сериозна опасност, имате право да откажете. Съобщавайте на работодателя за злополуки. Съвет можете да получите от органа по безопасност и здраве при работа: {_OSH}, от понеделник до петък 9–15."""),
    "tl": ("Kaligtasan sa trabaho", "Dapat kang protektahan ng employer at turuan kang magtrabaho nang ligtas.",
           f"""Dapat pangalagaan ng employer ang kaligtasan at kalusugan mo sa trabaho. Bago ka magsimula, dapat ipakita sa iyo kung paano ligtas na gawin ang trabaho, sa paraang naiintindihan mo.

Dapat ibigay sa iyo nang libre ang protective equipment na kailangan sa trabaho (halimbawa guwantes, safety shoes, helmet o mask). Dapat ding mag-ayos ang employer ng occupational health care.

Kung inilalagay ng trabaho sa seryosong panganib ang buhay o kalusugan mo, may karapatan kang tumanggi. Iulat sa employer ang mga aksidente. Puwede kang humingi ng payo sa awtoridad sa occupational safety and health: {_OSH}, Lunes hanggang Biyernes 9–15."""),
    "fr": ("La sécurité au travail", "Votre employeur doit vous protéger et vous apprendre à travailler en sécurité.",
           f"""Votre employeur doit veiller à votre sécurité et à votre santé au travail. Avant de commencer, on doit vous montrer comment faire le travail en sécurité, d'une façon que vous comprenez.

L'équipement de protection dont le travail a besoin (par exemple gants, chaussures de sécurité, casque ou masque) doit vous être fourni gratuitement. L'employeur doit aussi organiser la santé au travail.

Si le travail met votre vie ou votre santé en danger grave, vous avez le droit de refuser. Signalez les accidents à l'employeur. Vous pouvez demander conseil à l'autorité de santé et sécurité au travail : {_OSH}, du lundi au vendredi de 9 h à 15 h."""),
}
MORE["safety"] = {lang: {"title": t, "summary": s, "body": b} for lang, (t, s, b) in _SAFETY.items()}

# Pay and collective agreements (2026-11-30) in the other enabled portal languages. (title, summary, body)
_PAY = {
    "ru": ("Зарплата и коллективные договоры", "В Финляндии нет закона о минимальной зарплате: самую низкую оплату определяет коллективный договор отрасли.",
           """В Финляндии нет общей минимальной зарплаты, установленной законом. Вместо этого в большинстве отраслей есть общеобязательный коллективный договор. Каждый работодатель отрасли должен платить не меньше, чем указано в договоре, даже если ни он, ни вы не состоите в союзе.

Договор также определяет доплаты за вечерние, ночные, воскресные и сверхурочные часы и другие права, например оплату больничных. Спросите, какой договор применяется к вашей работе; это должно быть указано в трудовом договоре.

Если коллективного договора нет, оплата всё равно должна быть разумной и обычной для такой работы. Явно слишком низкая оплата может быть преступлением (ростовщическая дискриминация в сфере труда)."""),
    "uk": ("Зарплата і колективні договори", "У Фінляндії немає закону про мінімальну зарплату: найнижчу оплату визначає колективний договір галузі.",
           """У Фінляндії немає загальної мінімальної зарплати, встановленої законом. Натомість у більшості галузей є загальнообов'язковий колективний договір. Кожен роботодавець галузі має платити не менше, ніж указано в договорі, навіть якщо ні він, ні ви не є членами спілки.

Договір також визначає доплати за вечірні, нічні, недільні та понаднормові години та інші права, наприклад оплату лікарняних. Запитайте, який договір застосовується до вашої роботи; це має бути зазначено в трудовому договорі.

Якщо колективного договору немає, оплата все одно має бути розумною і звичайною для такої роботи. Явно занизька оплата може бути злочином (лихварська дискримінація у сфері праці)."""),
    "ar": ("الأجر والاتفاقيات الجماعية", "لا يوجد في فنلندا قانون للحد الأدنى للأجور: الاتفاقية الجماعية للقطاع تحدد أدنى أجر.",
           """لا يوجد في فنلندا حد أدنى عام للأجور يحدده القانون. بدلاً من ذلك، لمعظم القطاعات اتفاقية جماعية ملزمة للجميع. ويجب على كل صاحب عمل في القطاع أن يدفع على الأقل ما تنص عليه الاتفاقية، حتى لو لم يكن هو أو أنت عضواً في أي نقابة أو اتحاد.

تحدد الاتفاقية أيضاً علاوات المساء والليل والأحد والعمل الإضافي وحقوقاً أخرى مثل أجر المرض. اسأل أي اتفاقية تنطبق على عملك؛ يجب أن تكون مذكورة في عقدك.

إذا لم تنطبق أي اتفاقية جماعية، فيجب أن يكون الأجر معقولاً ومعتاداً لهذا النوع من العمل. الأجر المنخفض بشكل واضح قد يكون جريمة (التمييز الاستغلالي في العمل)."""),
    "fa": ("دستمزد و قراردادهای جمعی", "فنلاند قانون حداقل دستمزد ندارد: قرارداد جمعی هر بخش کمترین دستمزد را تعیین می‌کند.",
           """فنلاند حداقل دستمزد عمومی قانونی ندارد. به‌جای آن، بیشتر بخش‌ها یک قرارداد جمعی عام‌الشمول دارند. هر کارفرمای آن بخش باید دست‌کم به اندازه قرارداد بپردازد، حتی اگر نه او و نه شما عضو اتحادیه‌ای نباشید.

قرارداد همچنین مزد اضافی برای عصر، شب، یکشنبه و اضافه‌کاری و حقوق دیگری مثل حقوق بیماری را تعیین می‌کند. بپرسید کدام قرارداد شامل کار شما می‌شود؛ باید در قرارداد کارتان نوشته شده باشد.

اگر قرارداد جمعی وجود ندارد، دستمزد باز هم باید منصفانه و معمول برای آن کار باشد. دستمزد آشکارا پایین ممکن است جرم باشد (تبعیض استثمارگرانه در کار)."""),
    "vi": ("Tiền lương và thỏa ước tập thể", "Phần Lan không có luật lương tối thiểu: thỏa ước tập thể của ngành quy định mức lương thấp nhất.",
           """Phần Lan không có mức lương tối thiểu chung do luật định. Thay vào đó, hầu hết các ngành có thỏa ước tập thể áp dụng chung. Mọi chủ lao động trong ngành phải trả ít nhất mức thỏa ước quy định, kể cả khi chủ hoặc bạn không là thành viên công đoàn hay hiệp hội nào.

Thỏa ước cũng quy định phụ cấp làm buổi tối, ban đêm, Chủ nhật, làm thêm giờ và các quyền khác như lương khi ốm. Hãy hỏi thỏa ước nào áp dụng cho công việc của bạn; điều này nên được ghi trong hợp đồng.

Nếu không có thỏa ước tập thể nào, tiền lương vẫn phải hợp lý và bình thường cho loại công việc đó. Lương thấp rõ rệt có thể là tội phạm (phân biệt đối xử bóc lột trong lao động)."""),
    "th": ("ค่าจ้างและข้อตกลงร่วม", "ฟินแลนด์ไม่มีกฎหมายค่าจ้างขั้นต่ำ ข้อตกลงร่วมของแต่ละสาขาอาชีพเป็นตัวกำหนดค่าจ้างต่ำสุด",
           """ฟินแลนด์ไม่มีค่าจ้างขั้นต่ำทั่วไปที่กำหนดโดยกฎหมาย แต่สาขาอาชีพส่วนใหญ่มีข้อตกลงร่วมที่มีผลบังคับทั่วไป นายจ้างทุกรายในสาขานั้นต้องจ่ายอย่างน้อยตามที่ข้อตกลงกำหนด แม้นายจ้างหรือคุณจะไม่ได้เป็นสมาชิกสหภาพหรือสมาคมใด

ข้อตกลงยังกำหนดค่าจ้างเพิ่มสำหรับช่วงเย็น กลางคืน วันอาทิตย์ และการทำงานล่วงเวลา รวมทั้งสิทธิอื่น เช่น ค่าจ้างช่วงป่วย ถามว่าข้อตกลงใดใช้กับงานของคุณ ซึ่งควรเขียนไว้ในสัญญาจ้าง

ถ้าไม่มีข้อตกลงร่วมใช้บังคับ ค่าจ้างก็ยังต้องสมเหตุสมผลและเป็นปกติสำหรับงานประเภทนั้น ค่าจ้างที่ต่ำอย่างชัดเจนอาจเป็นความผิดทางอาญา (การเลือกปฏิบัติในการทำงานแบบขูดรีด)"""),
    "so": ("Mushaharka iyo heshiisyada wadajirka ah", "Finland ma laha sharci mushaar ugu yar: heshiiska wadajirka ah ee qaybta shaqada ayaa go'aamiya mushaarka ugu hooseeya.",
           """Finland ma laha mushaar ugu yar oo guud oo sharci ah. Taa beddelkeeda, qaybaha shaqada intooda badan waxay leeyihiin heshiis wadajir ah oo qof walba khuseeya. Loo-shaqeeye kasta oo qaybtaas ku jira waa inuu bixiyaa ugu yaraan inta heshiisku dhigayo, xitaa haddii isaga ama adiga aydaan xubin ka ahayn urur.

Heshiisku wuxuu sidoo kale go'aamiyaa lacagta dheeraadka ah ee fiidka, habeenka, Axadda iyo saacadaha dheeraadka ah iyo xuquuq kale sida mushaarka jirrada. Weydii heshiiska khuseeya shaqadaada; waa inuu ku qoran yahay heshiiska shaqada.

Haddii aanu jirin heshiis wadajir ah, mushaharku waa inuu weli noqdaa mid macquul ah oo caadi u ah shaqadaas. Mushaar si cad u hooseeya wuxuu noqon karaa dembi (takoor shaqo oo dhiig-miirad ah)."""),
    "ti": ("ደሞዝን ሓባራዊ ስምምዓትን", "ፊንላንድ ሕጊ ዝተሓተ ደሞዝ የብላን፡ ሓባራዊ ስምምዕ ናይቲ ዘርፊ ዝተሓተ ክፍሊት ይውስን።",
           """ፊንላንድ ብሕጊ ዝተወሰነ ሓፈሻዊ ዝተሓተ ደሞዝ የብላን። ኣብ ክንድኡ፡ መብዛሕትኦም ዘርፍታት ንኹሉ ዝምልከት ሓባራዊ ስምምዕ ኣለዎም። ነፍሲ ወከፍ ወሃቢ ስራሕ ኣብቲ ዘርፊ እንተ ወሓደ ከምቲ ስምምዕ ዝብሎ ክኸፍል ኣለዎ፡ ንሱ ወይ ንስኻ ኣባል ማሕበር እንተ ዘይኮንኩም እውን።

ስምምዕ ተወሳኺ ክፍሊት ንምሸት፡ ለይቲ፡ ሰንበትን ተወሳኺ ስራሕን ከምኡ'ውን ካልኦት መሰላት ከም ደሞዝ ሕማም ይውስን። ኣየናይ ስምምዕ ንስራሕካ ከም ዝምልከት ሕተት፡ ኣብ ውዕል ስራሕካ ክጽሓፍ ኣለዎ።

ሓባራዊ ስምምዕ እንተ ዘየለ፡ ደሞዝ ንከምኡ ዓይነት ስራሕ ርትዓውን ልሙድን ክኸውን ኣለዎ። ብግልጺ ዝተሓተ ደሞዝ ገበን ክኸውን ይኽእል (መዝመዚ ኣድልዎ ኣብ ስራሕ)።"""),
    "zh-hans": ("工资和集体协议", "芬兰没有最低工资法：行业集体协议规定最低工资。",
                """芬兰没有法定的统一最低工资。大多数行业有普遍适用的集体协议。该行业的每个雇主支付的工资都不得低于协议规定，即使雇主或你都不是任何工会或协会的成员。

协议还规定晚间、夜间、星期日和加班的额外工资，以及病假工资等其他权利。问清楚你的工作适用哪一份协议；劳动合同里应当写明。

如果没有适用的集体协议，工资也必须合理，符合这类工作的通常水平。明显过低的工资可能构成犯罪（剥削性劳动歧视）。"""),
    "ro": ("Salariul și contractele colective", "Finlanda nu are o lege a salariului minim: contractul colectiv al sectorului stabilește salariul cel mai mic.",
           """Finlanda nu are un salariu minim general stabilit prin lege. În schimb, majoritatea sectoarelor au un contract colectiv aplicabil tuturor. Fiecare angajator din sector trebuie să plătească cel puțin cât prevede contractul, chiar dacă nici el, nici tu nu sunteți membri ai vreunui sindicat sau asociații.

Contractul stabilește și sporurile pentru seară, noapte, duminică și ore suplimentare și alte drepturi, cum ar fi plata în caz de boală. Întreabă ce contract se aplică muncii tale; ar trebui să scrie în contractul de muncă.

Dacă nu se aplică niciun contract colectiv, salariul trebuie totuși să fie rezonabil și obișnuit pentru acea muncă. Un salariu vădit prea mic poate fi infracțiune (discriminare abuzivă în muncă)."""),
    "bg": ("Заплата и колективни трудови договори", "Във Финландия няма закон за минимална заплата: колективният договор на сектора определя най-ниското заплащане.",
           """Във Финландия няма обща минимална заплата, определена със закон. Вместо това повечето сектори имат общообвързващ колективен трудов договор. Всеки работодател в сектора трябва да плаща поне колкото пише в договора, дори ако нито той, нито вие членувате в синдикат или сдружение.

Договорът определя и добавките за вечерен, нощен, неделен и извънреден труд и други права, например заплащане при болест. Попитайте кой договор се прилага за вашата работа; това трябва да е посочено в трудовия договор.

Ако няма приложим колективен договор, заплатата пак трябва да е разумна и обичайна за такава работа. Явно твърде ниско заплащане може да е престъпление (изнудвателна дискриминация в труда)."""),
    "tl": ("Sahod at mga collective agreement", "Walang batas sa minimum wage ang Finland: ang collective agreement ng sektor ang nagtatakda ng pinakamababang sahod.",
           """Walang pangkalahatang minimum wage na itinakda ng batas sa Finland. Sa halip, karamihan ng sektor ay may collective agreement na saklaw ang lahat. Dapat magbayad ang bawat employer sa sektor nang hindi bababa sa nakasaad sa agreement, kahit hindi miyembro ng unyon o samahan ang employer o ikaw.

Itinatakda rin ng agreement ang dagdag na bayad para sa gabi, hatinggabi, Linggo at overtime, at iba pang karapatan gaya ng sick pay. Itanong kung aling agreement ang saklaw ng trabaho mo; dapat nakasulat ito sa kontrata mo.

Kung walang collective agreement, dapat pa ring makatwiran at karaniwan ang sahod para sa ganoong trabaho. Ang malinaw na sobrang baba na sahod ay maaaring krimen (mapagsamantalang diskriminasyon sa trabaho)."""),
    "fr": ("Salaire et conventions collectives", "La Finlande n'a pas de loi sur le salaire minimum : la convention collective du secteur fixe le salaire le plus bas.",
           """La Finlande n'a pas de salaire minimum général fixé par la loi. La plupart des secteurs ont une convention collective d'application générale. Chaque employeur du secteur doit payer au moins ce qu'elle prévoit, même si ni lui ni vous n'êtes membres d'un syndicat ou d'une organisation patronale.

La convention fixe aussi les majorations pour le soir, la nuit, le dimanche et les heures supplémentaires, et d'autres droits comme le salaire en cas de maladie. Demandez quelle convention s'applique à votre emploi ; elle devrait figurer dans votre contrat.

S'il n'y a pas de convention collective, le salaire doit quand même être raisonnable et habituel pour ce type de travail. Un salaire manifestement trop bas peut être une infraction (discrimination abusive au travail)."""),
}
MORE["pay"] = {lang: {"title": t, "summary": s, "body": b} for lang, (t, s, b) in _PAY.items()}

# Payslip and housing (2026-11-30) in the other enabled portal languages. (title, summary, body)
_PAYSLIP = {
    "ru": ("Расчётный листок и зарплата на банковский счёт", "Зарплата поступает на ваш собственный счёт, каждый раз с расчётным листком.",
           """Зарплата должна выплачиваться на банковский счёт, который выбираете и контролируете вы. Держите банковскую карту, коды и интернет-банк при себе. Никто другой не должен их хранить.

При каждой выплате вы имеете право на расчётный листок. В нём видно, сколько вы заработали, за какие часы и что удержано (налог, пенсионные взносы, взносы по страхованию от безработицы и прочее).

Храните расчётные листки и записывайте свои рабочие часы. Если зарплата не пришла или задерживается, напишите работодателю. Профсоюз или орган охраны труда могут дать совет."""),
    "uk": ("Розрахунковий листок і зарплата на банківський рахунок", "Зарплата надходить на ваш власний рахунок, щоразу з розрахунковим листком.",
           """Зарплата має виплачуватися на банківський рахунок, який обираєте й контролюєте ви. Тримайте банківську картку, коди та інтернет-банк при собі. Ніхто інший не повинен їх зберігати.

За кожної виплати ви маєте право на розрахунковий листок. У ньому видно, скільки ви заробили, за які години і що утримано (податок, пенсійні внески, внески на страхування від безробіття тощо).

Зберігайте розрахункові листки й записуйте свої робочі години. Якщо зарплата не надійшла або затримується, напишіть роботодавцю. Профспілка або орган охорони праці можуть дати пораду."""),
    "ar": ("قسيمة الراتب والأجر في حسابك المصرفي", "يُدفع أجرك إلى حسابك الخاص، مع قسيمة راتب في كل مرة.",
           """يجب دفع أجرك إلى حساب مصرفي تختاره أنت وتتحكم فيه. احتفظ ببطاقتك المصرفية ورموزك والخدمات المصرفية عبر الإنترنت لنفسك. لا يجوز لأحد غيرك أن يحتفظ بها.

في كل مرة يُدفع لك فيها، لك الحق في قسيمة راتب. تُظهر كم كسبت، وعن أي ساعات، وما الذي خُصم (الضريبة واشتراكات التقاعد والتأمين ضد البطالة وغيرها).

احتفظ بقسائم الراتب وسجّل ساعات عملك بنفسك. إذا لم يصل الأجر أو تأخر، فاسأل صاحب العمل كتابياً. يمكن للنقابة أو لسلطة السلامة والصحة المهنية أن تقدم لك المشورة."""),
    "fa": ("فیش حقوقی و واریز دستمزد به حساب بانکی", "دستمزد به حساب خودتان واریز می‌شود، هر بار با فیش حقوقی.",
           """دستمزد باید به حساب بانکی‌ای واریز شود که خودتان انتخاب می‌کنید و در اختیار دارید. کارت بانکی، رمزها و بانکداری اینترنتی را نزد خودتان نگه دارید. هیچ‌کس دیگری نباید آن‌ها را داشته باشد.

هر بار که دستمزد می‌گیرید، حق دارید فیش حقوقی بگیرید. در آن معلوم است چقدر درآمد داشتید، برای چه ساعت‌هایی و چه چیزی کسر شد (مالیات، حق بیمه بازنشستگی و بیکاری و غیره).

فیش‌های حقوقی را نگه دارید و ساعت‌های کارتان را خودتان یادداشت کنید. اگر دستمزد نرسید یا دیر شد، کتبی از کارفرما بپرسید. اتحادیه یا مرجع ایمنی و بهداشت کار می‌تواند راهنمایی کند."""),
    "vi": ("Phiếu lương và trả lương vào tài khoản ngân hàng", "Lương được trả vào tài khoản của chính bạn, mỗi lần kèm phiếu lương.",
           """Tiền lương phải được trả vào tài khoản ngân hàng do bạn chọn và bạn quản lý. Hãy tự giữ thẻ ngân hàng, mã số và ngân hàng trực tuyến. Không ai khác được giữ chúng.

Mỗi lần được trả lương, bạn có quyền nhận phiếu lương. Phiếu cho thấy bạn được bao nhiêu, cho những giờ nào và bị trừ những gì (thuế, bảo hiểm hưu trí, bảo hiểm thất nghiệp và các khoản khác).

Hãy giữ phiếu lương và tự ghi giờ làm việc. Nếu lương thiếu hoặc chậm, hãy hỏi chủ bằng văn bản. Công đoàn hoặc cơ quan an toàn và sức khỏe lao động có thể tư vấn."""),
    "th": ("สลิปเงินเดือนและการจ่ายค่าจ้างเข้าบัญชีธนาคาร", "ค่าจ้างเข้าบัญชีของคุณเอง พร้อมสลิปเงินเดือนทุกครั้ง",
           """ค่าจ้างต้องจ่ายเข้าบัญชีธนาคารที่คุณเลือกและควบคุมเอง เก็บบัตรธนาคาร รหัส และบัญชีออนไลน์ไว้กับตัวคุณเอง ไม่ควรให้คนอื่นถือไว้

ทุกครั้งที่ได้รับค่าจ้าง คุณมีสิทธิ์ได้รับสลิปเงินเดือน ซึ่งแสดงว่าคุณได้เงินเท่าไร สำหรับชั่วโมงใด และถูกหักอะไรบ้าง (ภาษี เงินสมทบบำนาญ ประกันการว่างงาน และอื่น ๆ)

เก็บสลิปเงินเดือนไว้และจดชั่วโมงทำงานของคุณเอง ถ้าค่าจ้างขาดหรือช้า ให้ถามนายจ้างเป็นลายลักษณ์อักษร สหภาพแรงงานหรือหน่วยงานความปลอดภัยและอาชีวอนามัยให้คำปรึกษาได้"""),
    "so": ("Warqadda mushaharka iyo mushaar lagu shubo akoonka bangiga", "Mushaharkaaga waxaa lagu shubaa akoonkaaga, mar walba warqad mushaar la socota.",
           """Mushaharka waa in lagu shubaa akoon bangi oo adigu dooratay oo aad maamusho. Kaarka bangiga, furayaasha iyo bangiga internetka adigu hayso. Qof kale waa inuusan haysan.

Mar kasta oo lagu siiyo mushaar, xaq ayaad u leedahay warqad mushaar. Waxay muujinaysaa inta aad kasbatay, saacadaha, iyo waxa laga jaray (canshuur, hawlgab, caymiska shaqo la'aanta iyo wax kale).

Kaydi warqadaha mushaharka oo adigu qor saacadaha shaqadaada. Haddii mushaharku maqan yahay ama daahay, si qoraal ah u weydii loo-shaqeeyaha. Urur shaqaale ama hay'adda badbaadada shaqada ayaa ku siin kara talo."""),
    "ti": ("ወረቐት ደሞዝን ደሞዝ ናብ ሕሳብ ባንክን", "ደሞዝካ ናብ ናይ ባዕልኻ ሕሳብ ይኣቱ፡ ኩሉ ግዜ ምስ ወረቐት ደሞዝ።",
           """ደሞዝ ናብቲ ባዕልኻ እትመርጾን እትቆጻጸሮን ሕሳብ ባንክ ክኽፈል ኣለዎ። ካርድ ባንክ፡ ኮድታትን ናይ ኢንተርነት ባንክን ባዕልኻ ሓዞ። ካልእ ሰብ ክሕዞም የብሉን።

ደሞዝ ኣብ ዝኽፈለሉ ግዜ ኩሉ ወረቐት ደሞዝ ክትረክብ መሰል ኣለካ። ክንደይ ከም ዝረኸብካ፡ ንኣየናይ ሰዓታትን እንታይ ከም ዝተቖረጸን (ግብሪ፡ ጡረታ፡ መድሕን ስራሕ ኣልቦነትን ካልእን) የርኢ።

ወረቐታት ደሞዝ ዓቅብ ሰዓታት ስራሕካ ድማ ባዕልኻ ጽሓፍ። ደሞዝ እንተ ጎዲሉ ወይ እንተ ደንጒዩ፡ ንወሃቢ ስራሕ ብጽሑፍ ሕተት። ማሕበር ሰራሕተኛታት ወይ በዓል መዚ ድሕንነት ስራሕ ምኽሪ ክህቡ ይኽእሉ።"""),
    "zh-hans": ("工资单和工资打入银行账户", "工资打入你自己的账户，每次都有工资单。",
                """工资必须打入由你选择、由你掌控的银行账户。银行卡、密码和网上银行要自己保管，不能交给别人。

每次发工资，你都有权拿到工资单。上面写明你挣了多少、对应哪些工时、扣了什么（税、养老金、失业保险缴费等）。

保存工资单，自己记录工作时间。如果工资没发或拖欠，以书面形式询问雇主。工会或职业安全与健康主管部门可以提供咨询。"""),
    "ro": ("Fluturașul de salariu și plata în contul bancar", "Salariul intră în contul tău, de fiecare dată cu fluturaș.",
           """Salariul trebuie plătit într-un cont bancar pe care îl alegi și îl controlezi tu. Păstrează singur cardul, codurile și internet bankingul. Nimeni altcineva nu trebuie să le țină.

La fiecare plată ai dreptul la un fluturaș de salariu. Arată cât ai câștigat, pentru ce ore și ce s-a reținut (impozit, contribuții la pensie și la asigurarea de șomaj și altele).

Păstrează fluturașii și notează-ți singur orele de lucru. Dacă salariul lipsește sau întârzie, întreabă angajatorul în scris. Un sindicat sau autoritatea pentru securitate și sănătate în muncă te poate sfătui."""),
    "bg": ("Фиш за заплата и заплата по банкова сметка", "Заплатата постъпва по вашата собствена сметка, всеки път с фиш.",
           """Заплатата трябва да се превежда по банкова сметка, която вие избирате и контролирате. Пазете банковата карта, кодовете и онлайн банкирането при себе си. Никой друг не бива да ги държи.

При всяко плащане имате право на фиш за заплата. В него се вижда колко сте изкарали, за кои часове и какво е удържано (данък, пенсионни вноски, вноски за безработица и други).

Пазете фишовете и записвайте сами работните си часове. Ако заплатата липсва или закъснява, попитайте работодателя писмено. Синдикат или органът по безопасност и здраве при работа може да ви посъветва."""),
    "tl": ("Payslip at sahod sa bank account", "Sa sarili mong account pumapasok ang sahod mo, may payslip bawat beses.",
           """Dapat ipasok ang sahod sa bank account na ikaw ang pumili at may kontrol. Itago mo mismo ang bank card, mga code at online banking. Walang ibang dapat humawak ng mga ito.

Tuwing sasahod ka, may karapatan ka sa payslip. Makikita rito kung magkano ang kinita mo, para sa anong oras at ano ang ibinawas (buwis, kontribusyon sa pensiyon at unemployment insurance at iba pa).

Itago ang mga payslip at isulat mo mismo ang oras ng trabaho mo. Kung kulang o huli ang sahod, tanungin ang employer nang nakasulat. Makapagbibigay ng payo ang unyon o ang awtoridad sa occupational safety and health."""),
    "fr": ("Fiche de paie et salaire sur votre compte bancaire", "Votre salaire est versé sur votre propre compte, chaque fois avec une fiche de paie.",
           """Votre salaire doit être versé sur un compte bancaire que vous choisissez et contrôlez. Gardez votre carte bancaire, vos codes et votre banque en ligne pour vous. Personne d'autre ne doit les garder.

À chaque paie, vous avez droit à une fiche de paie. Elle indique combien vous avez gagné, pour quelles heures, et ce qui a été retenu (impôt, cotisations de retraite et d'assurance chômage, etc.).

Gardez vos fiches de paie et notez vous-même vos heures de travail. Si le salaire manque ou est en retard, demandez-le par écrit à l'employeur. Un syndicat ou l'autorité de santé et sécurité au travail peut vous conseiller."""),
}
MORE["payslip"] = {lang: {"title": t, "summary": s, "body": b} for lang, (t, s, b) in _PAYSLIP.items()}

# Discrimination (2026-11-30) in the other enabled portal languages. (title, summary, body)
_DISCRIMINATION = {
    "ru": ("Дискриминация и ростовщическая дискриминация в сфере труда", "С вами нельзя обращаться хуже из-за происхождения, а использование вашего положения — преступление.",
           """На работе с вами нельзя обращаться хуже из-за происхождения, гражданства, языка, религии, пола, возраста, здоровья или других личных причин. Это касается приёма на работу, оплаты, условий труда и увольнения.

Ростовщическая дискриминация в сфере труда — преступление в Финляндии. Это когда работодатель ставит работника в явно худшее положение, пользуясь его трудной ситуацией, зависимостью или незнанием, например очень низкой оплатой или очень длинным рабочим днём.

Вы можете обратиться за советом в орган охраны труда или к омбудсмену по вопросам недискриминации и заявить о преступлении в полицию."""),
    "uk": ("Дискримінація і лихварська дискримінація у сфері праці", "З вами не можна поводитися гірше через походження, а використання вашого становища — злочин.",
           """На роботі з вами не можна поводитися гірше через походження, громадянство, мову, релігію, стать, вік, здоров'я чи інші особисті причини. Це стосується прийому на роботу, оплати, умов праці та звільнення.

Лихварська дискримінація у сфері праці — злочин у Фінляндії. Це коли роботодавець ставить працівника в явно гірше становище, використовуючи його складну ситуацію, залежність або необізнаність, наприклад дуже низькою оплатою або дуже довгим робочим днем.

Ви можете звернутися по пораду до органу охорони праці або до омбудсмена з питань недискримінації та заявити про злочин до поліції."""),
    "ar": ("التمييز والتمييز الاستغلالي في العمل", "لا يجوز معاملتك بشكل أسوأ بسبب أصلك، واستغلال وضعك جريمة.",
           """لا يجوز في العمل معاملتك بشكل أسوأ بسبب الأصل أو الجنسية أو اللغة أو الدين أو الجنس أو العمر أو الصحة أو أسباب شخصية أخرى. يشمل ذلك التوظيف والأجر وظروف العمل وإنهاء العمل.

التمييز الاستغلالي في العمل جريمة في فنلندا. ويعني أن يضع صاحب العمل العامل في وضع أسوأ بشكل واضح مستغلاً وضعه الصعب أو اعتماده عليه أو قلة معرفته، مثلاً بأجر منخفض جداً أو ساعات عمل طويلة جداً.

يمكنك طلب المشورة من سلطة السلامة والصحة المهنية أو من أمين المظالم لعدم التمييز، ويمكنك الإبلاغ عن جريمة إلى الشرطة."""),
    "fa": ("تبعیض و تبعیض استثمارگرانه در کار", "نباید به خاطر اصلیت‌تان با شما بدتر رفتار شود، و سوءاستفاده از وضعیت شما جرم است.",
           """در کار نباید به خاطر اصلیت، تابعیت، زبان، دین، جنسیت، سن، سلامت یا دلایل شخصی دیگر با شما بدتر رفتار شود. این شامل استخدام، دستمزد، شرایط کار و اخراج است.

تبعیض استثمارگرانه در کار در فنلاند جرم است. یعنی کارفرما با سوءاستفاده از وضعیت دشوار، وابستگی یا ناآگاهی کارگر، او را آشکارا در وضعیت بدتری قرار دهد، مثلاً با دستمزد بسیار کم یا ساعت‌های بسیار طولانی.

می‌توانید از مرجع ایمنی و بهداشت کار یا بازرس منع تبعیض مشاوره بگیرید و جرم را به پلیس گزارش دهید."""),
    "vi": ("Phân biệt đối xử và phân biệt đối xử bóc lột trong lao động", "Bạn không được bị đối xử tệ hơn vì nguồn gốc, và lợi dụng hoàn cảnh của bạn là tội phạm.",
           """Tại nơi làm việc, bạn không được bị đối xử tệ hơn vì nguồn gốc, quốc tịch, ngôn ngữ, tôn giáo, giới tính, tuổi, sức khỏe hay lý do cá nhân khác. Điều này áp dụng cho tuyển dụng, tiền lương, điều kiện làm việc và sa thải.

Phân biệt đối xử bóc lột trong lao động là tội phạm ở Phần Lan. Đó là khi chủ đặt người lao động vào tình thế rõ ràng bất lợi hơn bằng cách lợi dụng hoàn cảnh khó khăn, sự phụ thuộc hoặc sự thiếu hiểu biết của họ, ví dụ trả lương rất thấp hoặc bắt làm rất nhiều giờ.

Bạn có thể xin tư vấn từ cơ quan an toàn và sức khỏe lao động hoặc Thanh tra chống phân biệt đối xử, và có thể trình báo tội phạm với cảnh sát."""),
    "th": ("การเลือกปฏิบัติและการเลือกปฏิบัติในการทำงานแบบขูดรีด", "คุณต้องไม่ถูกปฏิบัติแย่กว่าเพราะที่มาของคุณ และการฉวยประโยชน์จากสถานการณ์ของคุณเป็นความผิดทางอาญา",
           """ในที่ทำงาน คุณต้องไม่ถูกปฏิบัติแย่กว่าคนอื่นเพราะเชื้อชาติ สัญชาติ ภาษา ศาสนา เพศ อายุ สุขภาพ หรือเหตุส่วนตัวอื่น ครอบคลุมการจ้างงาน ค่าจ้าง สภาพการทำงาน และการเลิกจ้าง

การเลือกปฏิบัติในการทำงานแบบขูดรีดเป็นความผิดทางอาญาในฟินแลนด์ คือการที่นายจ้างทำให้ลูกจ้างอยู่ในสภาพที่แย่กว่าอย่างชัดเจน โดยฉวยประโยชน์จากสถานการณ์ที่ยากลำบาก การพึ่งพา หรือความไม่รู้ของลูกจ้าง เช่น จ่ายค่าจ้างต่ำมากหรือให้ทำงานยาวนานมาก

คุณขอคำปรึกษาจากหน่วยงานความปลอดภัยและอาชีวอนามัยหรือผู้ตรวจการด้านการไม่เลือกปฏิบัติได้ และแจ้งความกับตำรวจได้"""),
    "so": ("Takoorka iyo takoor shaqo oo dhiig-miirad ah", "Laguma daweyn karo si ka liidata asalkaaga dartiis, ka faa'iidaysiga xaaladdaaduna waa dembi.",
           """Shaqada laguma daweyn karo si ka liidata asal, dhalasho, luqad, diin, jinsi, da', caafimaad ama sababo kale oo shakhsi ah dartood. Tani waxay khusaysaa shaqaaleysiinta, mushaharka, xaaladaha shaqada iyo shaqo ka eryidda.

Takoor shaqo oo dhiig-miirad ah waa dembi Finland. Waa marka loo-shaqeeyuhu shaqaalaha si cad xaalad ka xun u geliyo isagoo ka faa'iidaysanaya xaaladdiisa adag, ku-tiirsanaantiisa ama aqoon la'aantiisa, tusaale mushaar aad u yar ama saacado aad u dheer.

Waxaad talo ka weydiin kartaa hay'adda badbaadada iyo caafimaadka shaqada ama Ombudsmanka Takoor-la'aanta, waxaadna dembi u sheegi kartaa booliska."""),
    "ti": ("ኣድልዎን መዝመዚ ኣድልዎ ኣብ ስራሕን", "ብሰንኪ መበቆልካ ብዝገደደ ክትተሓዝ የብልካን፡ ኩነታትካ ምጥቃም ገበን እዩ።",
           """ኣብ ስራሕ ብሰንኪ መበቆል፡ ዜግነት፡ ቋንቋ፡ ሃይማኖት፡ ጾታ፡ ዕድመ፡ ጥዕና ወይ ካልእ ውልቃዊ ምኽንያት ብዝገደደ ክትተሓዝ የብልካን። እዚ ምቑጻር፡ ደሞዝ፡ ኩነታት ስራሕን ምብራርን ይምልከት።

መዝመዚ ኣድልዎ ኣብ ስራሕ ኣብ ፊንላንድ ገበን እዩ። ወሃቢ ስራሕ ንሰራሕተኛ ከቢድ ኩነታቱ፡ ምርኳሱ ወይ ዘይፍልጠቱ ተጠቒሙ ብግልጺ ኣብ ዝገደደ ኩነታት ከእትዎ ማለት እዩ፡ ንኣብነት ብኣዝዩ ትሑት ደሞዝ ወይ ብኣዝዩ ነዊሕ ሰዓታት።

ካብ በዓል መዚ ድሕንነትን ጥዕናን ስራሕ ወይ ካብ ኦምቡድስማን ኣንጻር ኣድልዎ ምኽሪ ክትሓትት፡ ገበን ድማ ናብ ፖሊስ ክትሕብር ትኽእል ኢኻ።"""),
    "zh-hans": ("歧视和剥削性劳动歧视", "不能因你的出身而对你更差，利用你的处境是犯罪。",
                """在工作中，不能因出身、国籍、语言、宗教、性别、年龄、健康或其他个人原因而对你更差。这包括招聘、工资、工作条件和解雇。

剥削性劳动歧视在芬兰是犯罪。指雇主利用工人的困境、依赖或不了解情况，使其处于明显更差的地位，例如工资极低或工作时间极长。

你可以向职业安全与健康主管部门或反歧视监察员咨询，也可以向警察报案。"""),
    "ro": ("Discriminarea și discriminarea abuzivă în muncă", "Nu poți fi tratat mai rău din cauza originii, iar exploatarea situației tale este infracțiune.",
           """La muncă nu poți fi tratat mai rău din cauza originii, cetățeniei, limbii, religiei, sexului, vârstei, sănătății sau altor motive personale. Aceasta privește angajarea, salariul, condițiile de muncă și concedierea.

Discriminarea abuzivă în muncă este infracțiune în Finlanda. Înseamnă că angajatorul pune un lucrător într-o situație clar mai rea profitând de situația lui grea, de dependența sau de necunoașterea lui, de exemplu cu un salariu foarte mic sau un program foarte lung.

Poți cere sfaturi autorității pentru securitate și sănătate în muncă sau Ombudsmanului pentru nediscriminare și poți depune o plângere la poliție."""),
    "bg": ("Дискриминация и изнудвателна дискриминация в труда", "Не бива да се отнасят с вас по-зле заради произхода ви, а използването на положението ви е престъпление.",
           """На работа не бива да се отнасят с вас по-зле заради произход, гражданство, език, религия, пол, възраст, здраве или други лични причини. Това важи за наемането, заплащането, условията на труд и уволнението.

Изнудвателната дискриминация в труда е престъпление във Финландия. Това е, когато работодателят поставя работника в явно по-лошо положение, като използва трудното му положение, зависимостта или незнанието му, например с много ниско заплащане или много дълго работно време.

Можете да потърсите съвет от органа по безопасност и здраве при работа или от омбудсмана по недискриминация и да подадете сигнал за престъпление в полицията."""),
    "tl": ("Diskriminasyon at mapagsamantalang diskriminasyon sa trabaho", "Hindi ka puwedeng tratuhin nang mas masama dahil sa pinagmulan mo, at krimen ang pagsasamantala sa kalagayan mo.",
           """Sa trabaho, hindi ka puwedeng tratuhin nang mas masama dahil sa pinagmulan, nasyonalidad, wika, relihiyon, kasarian, edad, kalusugan o ibang personal na dahilan. Saklaw nito ang pagtanggap sa trabaho, sahod, kondisyon ng trabaho at pagtanggal.

Krimen sa Finland ang mapagsamantalang diskriminasyon sa trabaho. Ito ay kapag inilalagay ng employer ang manggagawa sa malinaw na mas masamang kalagayan sa pagsasamantala sa kanyang mahirap na sitwasyon, pagdepende o kawalan ng kaalaman, halimbawa sa napakababang sahod o napakahabang oras.

Puwede kang humingi ng payo sa awtoridad sa occupational safety and health o sa Non-Discrimination Ombudsman, at puwede kang mag-ulat ng krimen sa pulis."""),
    "fr": ("Discrimination et discrimination abusive au travail", "Vous ne pouvez pas être moins bien traité à cause de vos origines, et exploiter votre situation est une infraction.",
           """Au travail, vous ne pouvez pas être moins bien traité à cause de votre origine, nationalité, langue, religion, sexe, âge, santé ou d'autres raisons personnelles. Cela concerne l'embauche, le salaire, les conditions de travail et le licenciement.

La discrimination abusive au travail est une infraction en Finlande. C'est lorsqu'un employeur met un travailleur dans une situation nettement plus défavorable en profitant de sa situation difficile, de sa dépendance ou de son ignorance, par exemple avec un salaire très bas ou des horaires très longs.

Vous pouvez demander conseil à l'autorité de santé et sécurité au travail ou au Médiateur pour la non-discrimination, et porter plainte auprès de la police."""),
}
MORE["discrimination"] = {lang: {"title": t, "summary": s, "body": b} for lang, (t, s, b) in _DISCRIMINATION.items()}

# Housing and trade unions (2026-11-30) in the other enabled portal languages. (title, summary, body)
_HOUSING = {
    "ru": ("Жильё и удержания из зарплаты", "Если работодатель — ещё и ваш арендодатель, будьте внимательны с арендой и удержаниями.",
           """Некоторые работодатели предлагают жильё. Это может помочь, но даёт работодателю власть над вами: потеряв работу, вы можете потерять и жильё.

Попросите отдельный письменный договор аренды: сумма, что в неё входит и как договор заканчивается. Плата должна быть обычной для района и состояния жилья.

Работодатель может удерживать деньги из зарплаты только в пределах закона, и каждое удержание должно быть видно в расчётном листке. Очень высокая аренда или удержания, после которых почти ничего не остаётся, — тревожные признаки."""),
    "uk": ("Житло і утримання із зарплати", "Якщо роботодавець — ще й ваш орендодавець, будьте уважні з орендою та утриманнями.",
           """Деякі роботодавці пропонують житло. Це може допомогти, але дає роботодавцю владу над вами: втративши роботу, ви можете втратити й житло.

Попросіть окремий письмовий договір оренди: сума, що до неї входить і як договір закінчується. Плата має бути звичайною для району і стану житла.

Роботодавець може утримувати гроші із зарплати лише в межах закону, і кожне утримання має бути видно в розрахунковому листку. Дуже висока оренда або утримання, після яких майже нічого не лишається, — тривожні ознаки."""),
    "ar": ("السكن والخصم من الأجر", "عندما يكون صاحب العمل هو المؤجر أيضاً، انتبه للإيجار والخصومات.",
           """بعض أصحاب العمل يوفرون السكن. قد يساعد ذلك، لكنه يعطي صاحب العمل سلطة عليك: إذا فقدت العمل فقد تفقد بيتك أيضاً.

اطلب عقد إيجار مكتوباً منفصلاً يذكر الإيجار وما يشمله وكيف ينتهي العقد. يجب أن يكون الإيجار معتاداً في المنطقة ومناسباً لحالة السكن.

لا يجوز لصاحب العمل أن يخصم من أجرك إلا في الحدود التي يسمح بها القانون، ويجب أن يظهر كل خصم في قسيمة الراتب. الإيجار المرتفع جداً أو الخصومات التي لا تترك لك إلا القليل علامات تحذير."""),
    "fa": ("مسکن و کسر از دستمزد", "وقتی کارفرما صاحب‌خانه شما هم هست، مراقب اجاره و کسورات باشید.",
           """برخی کارفرمایان مسکن می‌دهند. این می‌تواند کمک کند، اما به کارفرما بر شما قدرت می‌دهد: اگر کار را از دست بدهید، ممکن است خانه‌تان را هم از دست بدهید.

یک قرارداد اجاره کتبی جداگانه بخواهید که اجاره، آنچه شامل می‌شود و نحوه پایان قرارداد را بنویسد. اجاره باید برای آن منطقه و وضعیت خانه معمول باشد.

کارفرما فقط در حدود قانون می‌تواند از دستمزد شما کم کند و هر کسری باید در فیش حقوقی دیده شود. اجاره بسیار بالا یا کسوراتی که دستمزد کمی برایتان باقی می‌گذارد نشانه هشدار است."""),
    "vi": ("Chỗ ở và các khoản trừ lương", "Khi chủ lao động cũng là chủ nhà của bạn, hãy cẩn thận với tiền thuê và các khoản trừ.",
           """Một số chủ cung cấp chỗ ở. Điều đó có thể giúp ích, nhưng cũng cho chủ quyền lực đối với bạn: mất việc thì bạn có thể mất luôn chỗ ở.

Hãy xin hợp đồng thuê nhà riêng bằng văn bản ghi tiền thuê, những gì bao gồm và cách chấm dứt hợp đồng. Tiền thuê nên bình thường so với khu vực và tình trạng nhà.

Chủ chỉ được trừ tiền vào lương trong giới hạn luật cho phép, và mọi khoản trừ phải ghi trên phiếu lương. Tiền thuê rất cao hoặc các khoản trừ khiến bạn còn lại rất ít tiền là dấu hiệu cảnh báo."""),
    "th": ("ที่พักและการหักจากค่าจ้าง", "เมื่อนายจ้างเป็นเจ้าของที่พักด้วย ให้ระวังเรื่องค่าเช่าและการหักเงิน",
           """นายจ้างบางรายจัดที่พักให้ ซึ่งอาจช่วยได้ แต่ก็ทำให้นายจ้างมีอำนาจเหนือคุณ ถ้าตกงานคุณอาจเสียที่อยู่ด้วย

ขอสัญญาเช่าเป็นลายลักษณ์อักษรแยกต่างหาก ที่ระบุค่าเช่า สิ่งที่รวมอยู่ และวิธีสิ้นสุดสัญญา ค่าเช่าควรเป็นราคาปกติของพื้นที่และสภาพที่พัก

นายจ้างหักเงินจากค่าจ้างได้เฉพาะในขอบเขตที่กฎหมายกำหนด และทุกรายการหักต้องแสดงในสลิปเงินเดือน ค่าเช่าที่สูงมากหรือการหักจนเหลือค่าจ้างน้อยเป็นสัญญาณเตือน"""),
    "so": ("Hoyga iyo lacagaha laga jaro mushaharka", "Marka loo-shaqeeyuhu sidoo kale yahay milkiilahaaga guriga, ka taxaddar kirada iyo jaritaanka.",
           """Loo-shaqeeyayaasha qaar waxay bixiyaan hoy. Taasi way caawin kartaa, laakiin waxay loo-shaqeeyaha siisaa awood uu kugu leeyahay: haddii aad shaqada waydo, gurigaaga ayaad waayi kartaa.

Dalbo heshiis kiro oo qoran oo gaar ah oo ay ku qoran yihiin kirada, waxa ku jira iyo sida heshiisku ku dhammaado. Kiradu waa inay caadi u ahaataa aagga iyo xaaladda guriga.

Loo-shaqeeyaha wuxuu mushaharkaaga lacag ka jari karaa oo keliya xadka sharcigu oggol yahay, jaritaan kastana waa inuu ka muuqdaa warqadda mushaharka. Kiro aad u sarreysa ama jaritaanno kaa tagaya mushaar yar waa calaamado digniin ah."""),
    "ti": ("መንበርን ካብ ደሞዝ ዝቑረጽን", "ወሃቢ ስራሕ ወናኒ ገዛኻ እውን እንተ ኾይኑ፡ ምስ ክራይን ቅንጣብን ተጠንቀቕ።",
           """ገለ ወሃብቲ ስራሕ መንበሪ ይህቡ። እዚ ክሕግዝ ይኽእል፡ ግን ንወሃቢ ስራሕ ኣብ ልዕሌኻ ስልጣን ይህቦ፡ ስራሕ እንተ ሰኣንካ ገዛኻ እውን ክትስእን ትኽእል።

ክራይ፡ እንታይ ከም ዘጠቓልልን ውዕል ብኸመይ ከም ዝውዳእን ዝገልጽ ፍሉይ ጽሑፍ ውዕል ክራይ ሕተት። ክራይ ንከባቢን ንኩነታት ገዛን ልሙድ ክኸውን ኣለዎ።

ወሃቢ ስራሕ ካብ ደሞዝካ ገንዘብ ክቖርጽ ዝኽእል ኣብ ውሽጢ ደረት ሕጊ ጥራይ እዩ፡ ነፍሲ ወከፍ ቅንጣብ ኣብ ወረቐት ደሞዝ ክርአ ኣለዎ። ኣዝዩ ልዑል ክራይ ወይ ቁሩብ ደሞዝ ጥራይ ዘትርፉ ቅንጣባት ናይ ሓደጋ ምልክታት እዮም።"""),
    "zh-hans": ("住房和工资扣款", "当雇主同时是你的房东时，要留意房租和扣款。",
                """有些雇主提供住房。这可能有帮助，但也让雇主有了控制你的权力：丢了工作，你可能也会失去住处。

要求一份单独的书面租房合同，写明房租、包含的内容以及合同如何终止。房租应当符合当地和房屋状况的正常水平。

雇主只能在法律规定的限度内从工资中扣钱，每一笔扣款都必须显示在工资单上。房租极高或扣款后所剩无几，都是警示信号。"""),
    "ro": ("Locuința și reținerile din salariu", "Când angajatorul îți este și proprietar, ai grijă la chirie și rețineri.",
           """Unii angajatori oferă locuință. Poate ajuta, dar îi dă angajatorului putere asupra ta: dacă pierzi slujba, poți pierde și casa.

Cere un contract de închiriere scris, separat, cu chiria, ce include și cum se încheie. Chiria trebuie să fie obișnuită pentru zonă și starea locuinței.

Angajatorul poate reține bani din salariu doar în limitele legii, iar fiecare reținere trebuie să apară pe fluturaș. O chirie foarte mare sau reținerile care îți lasă puțin din salariu sunt semnale de alarmă."""),
    "bg": ("Жилище и удръжки от заплатата", "Когато работодателят ви е и хазяин, внимавайте с наема и удръжките.",
           """Някои работодатели предлагат жилище. Това може да помогне, но дава на работодателя власт над вас: ако загубите работата, може да загубите и дома си.

Поискайте отделен писмен договор за наем с наема, какво включва и как се прекратява договорът. Наемът трябва да е обичаен за района и състоянието на жилището.

Работодателят може да удържа пари от заплатата само в границите на закона и всяка удръжка трябва да се вижда във фиша. Много висок наем или удръжки, след които ви остават малко пари, са тревожни знаци."""),
    "tl": ("Tirahan at mga bawas sa sahod", "Kapag ang employer ay landlord mo rin, mag-ingat sa upa at mga bawas.",
           """May mga employer na nagbibigay ng tirahan. Makakatulong ito, pero nagbibigay rin ito sa employer ng kapangyarihan sa iyo: kapag nawalan ka ng trabaho, baka mawalan ka rin ng tirahan.

Humingi ng hiwalay na nakasulat na kontrata ng upa na nakasaad ang upa, kung ano ang kasama at paano matatapos ang kontrata. Dapat karaniwan ang upa para sa lugar at kalagayan ng tirahan.

Puwedeng magbawas ang employer sa sahod mo sa loob lamang ng hangganan ng batas, at dapat makita sa payslip ang bawat bawas. Babala ang napakataas na upa o mga bawas na kaunti na lang ang natitira sa sahod mo."""),
    "fr": ("Logement et retenues sur salaire", "Quand l'employeur est aussi votre propriétaire, faites attention au loyer et aux retenues.",
           """Certains employeurs proposent un logement. Cela peut aider, mais cela donne aussi à l'employeur du pouvoir sur vous : si vous perdez l'emploi, vous pouvez perdre votre logement.

Demandez un bail écrit séparé indiquant le loyer, ce qu'il comprend et comment il prend fin. Le loyer doit être normal pour le quartier et l'état du logement.

L'employeur ne peut retenir de l'argent sur votre salaire que dans les limites fixées par la loi, et chaque retenue doit figurer sur la fiche de paie. Un loyer très élevé ou des retenues qui vous laissent peu de salaire sont des signaux d'alerte."""),
}
MORE["housing"] = {lang: {"title": t, "summary": s, "body": b} for lang, (t, s, b) in _HOUSING.items()}

# Trade unions and seasonal work (2026-11-30) in the other enabled portal languages. (title, summary, body)
_UNIONS = {
    "ru": ("Профсоюзы и кассы по безработице", "Вы можете вступить в профсоюз. Он консультирует и помогает при проблемах на работе.",
           """Любой, кто работает в Финляндии, может вступить в профсоюз, независимо от гражданства. Работодатель не может запретить это или относиться к вам хуже из-за членства. Вы не обязаны сообщать работодателю о членстве.

Профсоюз консультирует своих членов по вопросам оплаты и условий труда, проверяет договоры и расчётные листки и может помочь в спорах, в том числе с юристом.

Кассы по безработице выплачивают членам, потерявшим работу, пособие, зависящее от заработка, если они проработали достаточно долго. Членство во многих профсоюзах включает членство в кассе."""),
    "uk": ("Профспілки і каси з безробіття", "Ви можете вступити до профспілки. Вона консультує й допомагає при проблемах на роботі.",
           """Кожен, хто працює у Фінляндії, може вступити до профспілки, незалежно від громадянства. Роботодавець не може завадити цьому або ставитися до вас гірше через членство. Ви не зобов'язані повідомляти роботодавцю про членство.

Профспілка консультує своїх членів щодо оплати та умов праці, перевіряє договори й розрахункові листки і може допомогти в спорах, зокрема з юристом.

Каси з безробіття виплачують членам, які втратили роботу, допомогу залежно від заробітку, якщо вони пропрацювали достатньо довго. Членство в багатьох профспілках включає членство в касі."""),
    "ar": ("النقابات وصناديق البطالة", "يمكنك الانضمام إلى نقابة. تقدم لك المشورة والمساعدة في مشكلات العمل.",
           """يمكن لكل من يعمل في فنلندا الانضمام إلى نقابة، مهما كانت جنسيته. لا يجوز لصاحب العمل أن يمنعك أو يعاملك بشكل أسوأ بسبب عضويتك. ولست ملزماً بإخبار صاحب العمل بعضويتك.

تقدم النقابة لأعضائها المشورة حول الأجر وظروف العمل، وتراجع العقود وقسائم الراتب، ويمكنها المساعدة في النزاعات، بما في ذلك عبر محامٍ.

تدفع صناديق البطالة إعانة بطالة مرتبطة بالدخل للأعضاء الذين يفقدون عملهم إذا عملوا مدة كافية. وتشمل عضوية كثير من النقابات عضوية الصندوق."""),
    "fa": ("اتحادیه‌های کارگری و صندوق‌های بیکاری", "می‌توانید عضو اتحادیه شوید. اتحادیه در مشکلات کاری مشاوره و کمک می‌دهد.",
           """هر کسی که در فنلاند کار می‌کند، با هر تابعیتی، می‌تواند عضو اتحادیه شود. کارفرما نمی‌تواند مانع شود یا به خاطر عضویت با شما بدتر رفتار کند. لازم نیست عضویت را به کارفرما بگویید.

اتحادیه به اعضایش درباره دستمزد و شرایط کار مشاوره می‌دهد، قراردادها و فیش‌های حقوقی را بررسی می‌کند و می‌تواند در اختلافات، حتی با وکیل، کمک کند.

صندوق‌های بیکاری به اعضایی که کارشان را از دست می‌دهند، اگر به اندازه کافی کار کرده باشند، مقرری بیکاری وابسته به درآمد می‌پردازند. عضویت در بسیاری از اتحادیه‌ها عضویت در صندوق را هم شامل می‌شود."""),
    "vi": ("Công đoàn và quỹ thất nghiệp", "Bạn có thể gia nhập công đoàn. Công đoàn tư vấn và giúp khi có vấn đề ở nơi làm việc.",
           """Mọi người làm việc ở Phần Lan đều có thể gia nhập công đoàn, bất kể quốc tịch. Chủ không được ngăn cản hay đối xử tệ hơn với bạn vì bạn là thành viên. Bạn không phải báo cho chủ biết mình là thành viên.

Công đoàn tư vấn cho thành viên về lương và điều kiện làm việc, kiểm tra hợp đồng và phiếu lương, và có thể giúp khi tranh chấp, kể cả có luật sư.

Quỹ thất nghiệp trả trợ cấp thất nghiệp theo thu nhập cho thành viên mất việc nếu họ đã làm việc đủ lâu. Nhiều công đoàn bao gồm cả tư cách thành viên quỹ."""),
    "th": ("สหภาพแรงงานและกองทุนว่างงาน", "คุณเข้าร่วมสหภาพแรงงานได้ สหภาพให้คำปรึกษาและช่วยเมื่อมีปัญหาในที่ทำงาน",
           """ทุกคนที่ทำงานในฟินแลนด์เข้าร่วมสหภาพแรงงานได้ ไม่ว่าจะมีสัญชาติใด นายจ้างห้ามขัดขวางหรือปฏิบัติต่อคุณแย่ลงเพราะเป็นสมาชิก คุณไม่ต้องบอกนายจ้างว่าเป็นสมาชิก

สหภาพให้คำปรึกษาแก่สมาชิกเรื่องค่าจ้างและสภาพการทำงาน ตรวจสัญญาและสลิปเงินเดือน และช่วยเมื่อมีข้อพิพาท รวมถึงมีทนายความช่วย

กองทุนว่างงานจ่ายเงินช่วยเหลือว่างงานตามรายได้ให้สมาชิกที่ตกงาน ถ้าทำงานมานานพอ สหภาพหลายแห่งรวมการเป็นสมาชิกกองทุนด้วย"""),
    "so": ("Ururrada shaqaalaha iyo sanduuqyada shaqo la'aanta", "Waxaad ku biiri kartaa urur shaqaale. Wuxuu ku siiyaa talo oo kaa caawiyaa dhibaatooyinka shaqada.",
           """Qof kasta oo Finland ka shaqeeya wuxuu ku biiri karaa urur shaqaale, dhalashadiisu wax kasta ha ahaatee. Loo-shaqeeyuhu kuma joojin karo, kumana daweyn karo si ka liidata xubinnimadaada dartiis. Uma baahnid inaad loo-shaqeeyaha u sheegto inaad xubin tahay.

Ururku wuxuu xubnihiisa kala taliyaa mushaharka iyo xaaladaha shaqada, wuxuu hubiyaa heshiisyada iyo warqadaha mushaharka, wuxuuna ka caawin karaa khilaafaadka, xitaa qareen.

Sanduuqyada shaqo la'aanta waxay xubnaha shaqada waaya siiyaan gunno ku xiran dakhligooda, haddii ay shaqeeyeen muddo ku filan. Ururro badan xubinnimadoodu waxay ku jirtaa xubinnimada sanduuqa."""),
    "ti": ("ማሕበራት ሰራሕተኛታትን ሳንዱቕ ስራሕ ኣልቦነትን", "ኣባል ማሕበር ሰራሕተኛታት ክትከውን ትኽእል ኢኻ። ማሕበር ኣብ ጸገማት ስራሕ ይመኽርን ይሕግዝን።",
           """ኣብ ፊንላንድ ዝሰርሕ ኩሉ ሰብ ዜግነቱ ብዘየገድስ ኣባል ማሕበር ሰራሕተኛታት ክኸውን ይኽእል። ወሃቢ ስራሕ ክኽልክለካ ወይ ብሰንኪ ኣባልነትካ ብዝገደደ ክሕዘካ ኣይፍቀዶን። ኣባል ምዃንካ ንወሃቢ ስራሕ ክትነግሮ ኣየድልን።

ማሕበር ንኣባላቱ ብዛዕባ ደሞዝን ኩነታት ስራሕን ይመኽር፡ ውዕላትን ወረቐታት ደሞዝን ይምርምር፡ ኣብ ግርጭታት እውን ብጠበቓ ክሕግዝ ይኽእል።

ሳንዱቓት ስራሕ ኣልቦነት ንስራሕ ዝሰኣኑ ኣባላት፡ እኹል ግዜ እንተ ሰሪሖም፡ ምስ ኣታዊኦም ዝተኣሳሰረ ሓገዝ ይኸፍሉ። ኣባልነት ብዙሓት ማሕበራት ኣባልነት ሳንዱቕ የጠቓልል።"""),
    "zh-hans": ("工会和失业基金", "你可以加入工会。工会为你提供咨询，并在工作出现问题时帮助你。",
                """在芬兰工作的每个人，无论国籍，都可以加入工会。雇主不能阻止你，也不能因为你是会员而对你更差。你不必告诉雇主你是会员。

工会为会员提供工资和工作条件方面的咨询，检查合同和工资单，并能在纠纷中提供帮助，包括律师。

失业基金向失去工作、且工作时间足够长的会员发放与收入挂钩的失业津贴。许多工会的会员资格包含基金会员资格。"""),
    "ro": ("Sindicatele și casele de șomaj", "Poți intra într-un sindicat. Te sfătuiește și te ajută când ai probleme la muncă.",
           """Oricine lucrează în Finlanda se poate înscrie într-un sindicat, indiferent de cetățenie. Angajatorul nu te poate opri și nu te poate trata mai rău pentru că ești membru. Nu trebuie să-i spui angajatorului că ești membru.

Sindicatul își sfătuiește membrii despre salariu și condiții de muncă, verifică contracte și fluturași și poate ajuta în conflicte, inclusiv cu un avocat.

Casele de șomaj plătesc membrilor care își pierd locul de muncă o indemnizație legată de venit, dacă au lucrat suficient. Multe sindicate includ și calitatea de membru al casei."""),
    "bg": ("Синдикати и каси за безработица", "Можете да станете член на синдикат. Той ви съветва и помага при проблеми в работата.",
           """Всеки, който работи във Финландия, може да членува в синдикат, независимо от гражданството си. Работодателят не може да ви спре или да се отнася с вас по-зле заради членството. Не е нужно да казвате на работодателя, че членувате.

Синдикатът съветва членовете си за заплащането и условията на труд, проверява договори и фишове и може да помогне при спорове, включително с адвокат.

Касите за безработица плащат на членове, загубили работата си, обезщетение според доходите, ако са работили достатъчно дълго. Членството в много синдикати включва членство в касата."""),
    "tl": ("Mga unyon at unemployment fund", "Puwede kang sumali sa unyon. Nagbibigay ito ng payo at tulong sa mga problema sa trabaho.",
           """Lahat ng nagtatrabaho sa Finland ay puwedeng sumali sa unyon, anuman ang nasyonalidad. Hindi ka puwedeng pigilan ng employer o tratuhin nang mas masama dahil miyembro ka. Hindi mo kailangang sabihin sa employer na miyembro ka.

Pinapayuhan ng unyon ang mga miyembro tungkol sa sahod at kondisyon ng trabaho, sinusuri ang mga kontrata at payslip, at makakatulong sa mga hindi pagkakaunawaan, pati sa abogado.

Nagbabayad ang mga unemployment fund ng earnings-related na allowance sa mga miyembrong nawalan ng trabaho kung sapat ang tagal ng kanilang pagtatrabaho. Kasama sa pagiging miyembro ng maraming unyon ang fund."""),
    "fr": ("Syndicats et caisses de chômage", "Vous pouvez adhérer à un syndicat. Il vous conseille et vous aide en cas de problème au travail.",
           """Toute personne qui travaille en Finlande peut adhérer à un syndicat, quelle que soit sa nationalité. L'employeur ne peut pas vous en empêcher ni vous traiter moins bien parce que vous êtes membre. Vous n'êtes pas obligé de le dire à l'employeur.

Le syndicat conseille ses membres sur le salaire et les conditions de travail, vérifie les contrats et les fiches de paie, et peut aider en cas de litige, y compris avec un avocat.

Les caisses de chômage versent aux membres qui perdent leur emploi une allocation liée au salaire, s'ils ont travaillé assez longtemps. L'adhésion à de nombreux syndicats comprend l'adhésion à la caisse."""),
}
MORE["unions"] = {lang: {"title": t, "summary": s, "body": b} for lang, (t, s, b) in _UNIONS.items()}

# Seasonal work (2026-11-30) in the other enabled portal languages. (title, summary, body)
_SEASONAL = {
    "ru": ("Сезонная работа и сбор ягод", "У сезонных работников те же права, что и у других работников.",
           """Сезонные работники в сельском хозяйстве, садоводстве и туризме имеют те же права, что и другие: договор, оплату по коллективному договору, отдых и безопасное жильё.

Сборщики дикорастущих ягод, которые приезжают собирать и продавать ягоды, часто не являются работниками. До поездки выясните, кому вы будете продавать ягоды, сколько заплатите за дорогу, жильё, питание и машины и будут ли эти расходы вычитаться из заработка.

Сами записывайте, сколько собрали и сколько вам заплатили. Никогда никому не отдавайте паспорт. Если вы оказались в долгу или не можете уехать, звоните в Систему помощи."""),
    "uk": ("Сезонна робота і збирання ягід", "Сезонні працівники мають ті самі права, що й інші працівники.",
           """Сезонні працівники в сільському господарстві, садівництві й туризмі мають ті самі права, що й інші: договір, оплату за колективним договором, відпочинок і безпечне житло.

Збирачі дикорослих ягід, які приїжджають збирати й продавати ягоди, часто не є працівниками. До поїздки з'ясуйте, кому ви продаватимете ягоди, скільки заплатите за дорогу, житло, харчування й машини і чи вираховуватимуть ці витрати із заробітку.

Самі записуйте, скільки зібрали і скільки вам заплатили. Ніколи нікому не віддавайте паспорт. Якщо ви опинилися в боргу або не можете поїхати, телефонуйте до Системи допомоги."""),
    "ar": ("العمل الموسمي وقطف التوت", "للعمال الموسميين الحقوق نفسها التي لغيرهم من العمال.",
           """للعمال الموسميين في الزراعة والبستنة والسياحة الحقوق نفسها التي لغيرهم: عقد، وأجر حسب الاتفاقية الجماعية، وراحة، وسكن آمن.

قاطفو التوت البري الذين يأتون لقطف التوت وبيعه ليسوا عمالاً في الغالب. قبل السفر اعرف لمن ستبيع التوت، وكم ستدفع للسفر والسكن والطعام والسيارات، وهل ستُخصم هذه التكاليف مما تكسبه.

سجّل بنفسك ما تقطفه وما يُدفع لك. لا تعطِ جواز سفرك لأحد أبداً. إذا وقعت في دين أو لم تستطع المغادرة، فاتصل بنظام المساعدة."""),
    "fa": ("کار فصلی و چیدن توت", "کارگران فصلی همان حقوق کارگران دیگر را دارند.",
           """کارگران فصلی در کشاورزی، باغبانی و گردشگری همان حقوق دیگران را دارند: قرارداد، دستمزد طبق قرارداد جمعی، استراحت و مسکن امن.

چینندگان توت وحشی که برای چیدن و فروش توت می‌آیند اغلب کارگر نیستند. پیش از سفر بفهمید توت را به چه کسی می‌فروشید، برای سفر، مسکن، غذا و ماشین چقدر می‌پردازید و آیا این هزینه‌ها از درآمدتان کم می‌شود.

خودتان یادداشت کنید چه چیده‌اید و چقدر به شما پرداخت شده. هرگز گذرنامه‌تان را به کسی ندهید. اگر بدهکار شدید یا نمی‌توانید بروید، با سیستم کمک تماس بگیرید."""),
    "vi": ("Công việc thời vụ và hái quả mọng", "Lao động thời vụ có các quyền như mọi người lao động khác.",
           """Lao động thời vụ trong nông nghiệp, làm vườn và du lịch có các quyền như người khác: hợp đồng, lương theo thỏa ước tập thể, nghỉ ngơi và chỗ ở an toàn.

Người hái quả mọng hoang dã đến để hái và bán quả thường không phải là người lao động. Trước khi đi, hãy tìm hiểu bạn sẽ bán quả cho ai, phải trả bao nhiêu cho đi lại, chỗ ở, ăn uống và xe, và các chi phí đó có bị trừ vào thu nhập không.

Hãy tự ghi lại những gì bạn hái và số tiền được trả. Đừng bao giờ đưa hộ chiếu cho ai. Nếu bạn mắc nợ hoặc không thể rời đi, hãy gọi Hệ thống hỗ trợ."""),
    "th": ("งานตามฤดูกาลและการเก็บเบอร์รี่", "แรงงานตามฤดูกาลมีสิทธิเช่นเดียวกับแรงงานอื่น",
           """แรงงานตามฤดูกาลในงานเกษตร ทำสวน และท่องเที่ยว มีสิทธิเช่นเดียวกับคนอื่น คือ สัญญาจ้าง ค่าจ้างตามข้อตกลงร่วม การพัก และที่พักที่ปลอดภัย

คนเก็บเบอร์รี่ป่าที่มาเก็บและขายเบอร์รี่มักไม่ใช่ลูกจ้าง ก่อนเดินทาง ให้รู้ว่าจะขายเบอร์รี่ให้ใคร ต้องจ่ายค่าเดินทาง ที่พัก อาหาร และรถเท่าไร และค่าใช้จ่ายเหล่านั้นจะถูกหักจากรายได้หรือไม่

จดบันทึกเองว่าเก็บได้เท่าไรและได้รับเงินเท่าไร อย่าให้หนังสือเดินทางกับใครเด็ดขาด ถ้าคุณติดหนี้หรือออกไปไม่ได้ โทรหาระบบช่วยเหลือ"""),
    "so": ("Shaqada xilliyeedka iyo gurashada miraha", "Shaqaalaha xilliyeedku waxay leeyihiin xuquuqda shaqaalaha kale oo kale.",
           """Shaqaalaha xilliyeedka ee beeraha, beerashada iyo dalxiiska waxay leeyihiin xuquuqda dadka kale: heshiis, mushaar heshiiska wadajirka ah waafaqsan, nasasho iyo hoy ammaan ah.

Gurayaasha miraha duurjoogta ah ee u yimaada inay guraan oo iibiyaan miraha badanaa ma aha shaqaale. Ka hor safarka ogow cidda aad miraha ka iibinayso, inta aad ku bixinayso safarka, hoyga, cuntada iyo baabuurta, iyo in kharashaadkaas laga jarayo dakhligaaga.

Adigu qor waxaad gurato iyo inta lagu siiyo. Weligaa baasaboorkaaga qofna ha siin. Haddii aad deyn gasho ama aadan bixi karin, wac Nidaamka Caawinta."""),
    "ti": ("ወቕታዊ ስራሕን ምእካብ ፍረታትን", "ወቕታዊ ሰራሕተኛታት ከም ካልኦት ሰራሕተኛታት ሓደ ዓይነት መሰላት ኣለዎም።",
           """ወቕታዊ ሰራሕተኛታት ኣብ ሕርሻ፡ ኣታኽልትን ቱሪዝምን ከም ካልኦት ሓደ ዓይነት መሰላት ኣለዎም: ውዕል፡ ብመሰረት ሓባራዊ ስምምዕ ደሞዝ፡ ዕረፍትን ውሑስ መንበርን።

ፍረታት በረኻ ክኣርዩን ክሸጡን ዝመጹ ኣከብቲ ብዙሕ ግዜ ሰራሕተኛታት ኣይኮኑን። ቅድሚ ጉዕዞ፡ ፍረታት ንመን ከም እትሸጥ፡ ንጉዕዞ፡ መንበር፡ መግብን መካይንን ክንደይ ከም እትኸፍልን እዞም ወጻኢታት ካብ ኣታዊኻ ከም ዝቑረጹን ፍለጥ።

ዝኣከብካዮን ዝተኸፈለካን ባዕልኻ ጽሓፍ። ፓስፖርትካ ንዝኾነ ሰብ ፈጺምካ ኣይትሃብ። ኣብ ዕዳ እንተ ኣቲኻ ወይ ክትከይድ እንተ ዘይክኢልካ፡ ናብ ስርዓት ሓገዝ ደውል።"""),
    "zh-hans": ("季节性工作和采摘浆果", "季节工享有与其他工人相同的权利。",
                """农业、园艺和旅游业的季节工与其他工人享有相同的权利：合同、按集体协议支付的工资、休息和安全的住房。

来采摘并出售野生浆果的人通常不是雇员。出发前要弄清楚你把浆果卖给谁，路费、住宿、伙食和用车要付多少钱，以及这些费用是否会从收入中扣除。

自己记下采摘了多少、拿到了多少钱。绝不要把护照交给任何人。如果你欠了债或无法离开，请拨打援助系统。"""),
    "ro": ("Munca sezonieră și culesul fructelor de pădure", "Lucrătorii sezonieri au aceleași drepturi ca ceilalți lucrători.",
           """Lucrătorii sezonieri din agricultură, grădinărit și turism au aceleași drepturi ca ceilalți: contract, salariu după contractul colectiv, odihnă și locuință sigură.

Culegătorii de fructe de pădure care vin să culeagă și să vândă fructe adesea nu sunt angajați. Înainte să pleci, află cui vei vinde fructele, cât plătești pentru drum, cazare, mâncare și mașini și dacă aceste costuri se scad din câștig.

Notează singur ce culegi și cât ești plătit. Nu da niciodată pașaportul nimănui. Dacă ajungi îndatorat sau nu poți pleca, sună la Sistemul de asistență."""),
    "bg": ("Сезонна работа и бране на плодове", "Сезонните работници имат същите права като другите работници.",
           """Сезонните работници в земеделието, градинарството и туризма имат същите права като другите: договор, заплащане по колективния договор, почивка и безопасно жилище.

Берачите на горски плодове, които идват да берат и продават плодове, често не са работници. Преди да тръгнете, разберете на кого ще продавате плодовете, колко ще плащате за път, квартира, храна и коли и дали тези разходи ще се удържат от изкараното.

Сами записвайте какво берете и колко ви плащат. Никога не давайте паспорта си на никого. Ако изпаднете в дълг или не можете да си тръгнете, обадете се на Системата за помощ."""),
    "tl": ("Seasonal na trabaho at pamimitas ng berry", "Pareho ang karapatan ng mga seasonal worker sa ibang manggagawa.",
           """Ang mga seasonal worker sa pagsasaka, paghahalaman at turismo ay may parehong karapatan gaya ng iba: kontrata, sahod ayon sa collective agreement, pahinga at ligtas na tirahan.

Ang mga pumipitas ng ligaw na berry na pumupunta para pumitas at magbenta ay kadalasang hindi empleyado. Bago bumiyahe, alamin kung kanino mo ibebenta ang berry, magkano ang babayaran mo sa biyahe, tirahan, pagkain at sasakyan, at kung ibabawas ba ang mga gastos na iyon sa kikitain mo.

Isulat mo mismo ang pinitas mo at ang ibinayad sa iyo. Huwag kailanman ibigay ang pasaporte mo kaninuman. Kung nabaon ka sa utang o hindi ka makaalis, tawagan ang Assistance System."""),
    "fr": ("Travail saisonnier et cueillette de baies", "Les travailleurs saisonniers ont les mêmes droits que les autres travailleurs.",
           """Les travailleurs saisonniers de l'agriculture, du jardinage et du tourisme ont les mêmes droits que les autres : un contrat, un salaire selon la convention collective, du repos et un logement sûr.

Les cueilleurs de baies sauvages qui viennent cueillir et vendre des baies ne sont souvent pas salariés. Avant de partir, renseignez-vous : à qui vendrez-vous les baies, combien paierez-vous pour le voyage, le logement, les repas et les voitures, et ces frais seront-ils déduits de vos gains ?

Notez vous-même ce que vous cueillez et ce qu'on vous paie. Ne donnez jamais votre passeport à personne. Si vous êtes endetté ou ne pouvez pas partir, appelez le Système d'aide."""),
}
MORE["seasonal-work"] = {lang: {"title": t, "summary": s, "body": b} for lang, (t, s, b) in _SEASONAL.items()}

# Annual holiday and sick leave (2026-11-30) in the other enabled portal languages. (title, summary, body)
_HOLIDAY = {
    "ru": ("Ежегодный отпуск", "За каждый месяц работы вы зарабатываете оплачиваемый отпуск.",
           """Вы зарабатываете оплачиваемый ежегодный отпуск за каждый полный месяц работы (месяц, в котором не менее 14 рабочих дней, а в некоторых случаях — 35 рабочих часов). В первый год это 2 дня в месяц; если к концу марта трудовые отношения длятся не меньше года — 2,5 дня в месяц.

Во время отпуска вы получаете обычную зарплату. Многие коллективные договоры дают ещё и отпускные премии.

Если работа заканчивается до того, как вы использовали отпуск, работодатель должен выплатить компенсацию за отпуск."""),
    "uk": ("Щорічна відпустка", "За кожен місяць роботи ви заробляєте оплачувану відпустку.",
           """Ви заробляєте оплачувану щорічну відпустку за кожен повний місяць роботи (місяць, у якому щонайменше 14 робочих днів, а в деяких випадках — 35 робочих годин). Першого року це 2 дні на місяць; якщо до кінця березня трудові відносини тривають щонайменше рік — 2,5 дня на місяць.

Під час відпустки ви отримуєте звичайну зарплату. Багато колективних договорів дають ще й відпускні.

Якщо робота закінчується до того, як ви використали відпустку, роботодавець має виплатити компенсацію за відпустку."""),
    "ar": ("الإجازة السنوية", "تكسب إجازة مدفوعة عن كل شهر تعمله.",
           """تكسب إجازة سنوية مدفوعة عن كل شهر عمل كامل (شهر فيه 14 يوم عمل على الأقل، أو 35 ساعة عمل في بعض الحالات). في السنة الأولى تكون يومين في الشهر؛ وعندما يكون عملك قد استمر سنة على الأقل بحلول نهاية مارس، تصبح 2.5 يوم في الشهر.

خلال الإجازة تحصل على أجرك العادي. وكثير من الاتفاقيات الجماعية تعطي أيضاً علاوة إجازة.

إذا انتهى عملك قبل أن تأخذ إجازتك، فيجب على صاحب العمل أن يدفع لك تعويضاً عنها."""),
    "fa": ("مرخصی سالانه", "برای هر ماه کار، مرخصی با حقوق به دست می‌آورید.",
           """برای هر ماه کامل کار (ماهی با دست‌کم 14 روز کاری یا در برخی موارد 35 ساعت کاری) مرخصی سالانه با حقوق به دست می‌آورید. در سال اول 2 روز در ماه است؛ وقتی تا پایان مارس دست‌کم یک سال از کارتان گذشته باشد، 2.5 روز در ماه.

در مرخصی دستمزد معمول خود را می‌گیرید. بسیاری از قراردادهای جمعی پاداش مرخصی هم می‌دهند.

اگر کارتان پیش از گرفتن مرخصی تمام شود، کارفرما باید به‌جای آن غرامت مرخصی بپردازد."""),
    "vi": ("Nghỉ phép năm", "Bạn được tích lũy ngày nghỉ có lương cho mỗi tháng làm việc.",
           """Bạn được tích lũy ngày nghỉ phép năm có lương cho mỗi tháng làm việc đủ (tháng có ít nhất 14 ngày làm việc, hoặc trong một số trường hợp 35 giờ làm việc). Năm đầu là 2 ngày mỗi tháng; khi đến cuối tháng Ba bạn đã làm việc ít nhất một năm, là 2,5 ngày mỗi tháng.

Trong thời gian nghỉ phép bạn được trả lương như bình thường. Nhiều thỏa ước tập thể còn có tiền thưởng nghỉ phép.

Nếu bạn nghỉ việc trước khi dùng hết phép, chủ phải trả tiền bồi thường ngày phép."""),
    "th": ("วันหยุดพักร้อนประจำปี", "คุณได้รับวันหยุดที่ได้ค่าจ้างสำหรับทุกเดือนที่ทำงาน",
           """คุณได้รับวันหยุดพักร้อนที่ได้ค่าจ้างสำหรับแต่ละเดือนที่ทำงานเต็มเดือน (เดือนที่มีวันทำงานอย่างน้อย 14 วัน หรือในบางกรณี 35 ชั่วโมงทำงาน) ปีแรกได้ 2 วันต่อเดือน เมื่อทำงานครบอย่างน้อยหนึ่งปีภายในสิ้นเดือนมีนาคม ได้ 2.5 วันต่อเดือน

ระหว่างวันหยุด คุณได้รับค่าจ้างตามปกติ ข้อตกลงร่วมหลายฉบับยังให้โบนัสวันหยุดด้วย

ถ้างานสิ้นสุดก่อนที่คุณจะได้ใช้วันหยุด นายจ้างต้องจ่ายค่าชดเชยวันหยุดแทน"""),
    "so": ("Fasaxa sanadlaha", "Bil kasta oo aad shaqeyso waxaad kasbanaysaa fasax mushaar leh.",
           """Waxaad kasbanaysaa fasax sanadeed oo mushaar leh bil kasta oo shaqo buuxda ah (bil leh ugu yaraan 14 maalmood oo shaqo, ama xaaladaha qaar 35 saac oo shaqo). Sanadka koowaad waa 2 maalmood bishii; marka shaqadaadu dhammaadka Maarso ugu yaraan sanad socotay, waa 2.5 maalmood bishii.

Inta lagu jiro fasaxa waxaad helaysaa mushaarkaaga caadiga ah. Heshiisyo wadajir ah oo badan ayaa sidoo kale bixiya gunno fasax.

Haddii shaqadaadu dhammaato ka hor intaadan qaadan fasaxaaga, loo-shaqeeyaha waa inuu bixiyaa magdhow fasax."""),
    "ti": ("ዓመታዊ ዕረፍቲ", "ንነፍሲ ወከፍ ወርሒ ስራሕ ክፍሊት ዘለዎ ዕረፍቲ ትረክብ።",
           """ንነፍሲ ወከፍ ምሉእ ወርሒ ስራሕ (ብውሑዱ 14 መዓልታት ስራሕ ዘለዎ ወርሒ፡ ወይ ኣብ ገለ ኩነታት 35 ሰዓታት ስራሕ) ክፍሊት ዘለዎ ዓመታዊ ዕረፍቲ ትረክብ። ኣብ ቀዳማይ ዓመት ኣብ ወርሒ 2 መዓልቲ እዩ፡ ክሳብ መወዳእታ መጋቢት ስራሕካ ብውሑዱ ሓደ ዓመት እንተ ጸኒሑ ኣብ ወርሒ 2.5 መዓልቲ።

ኣብ ግዜ ዕረፍቲ ልሙድ ደሞዝካ ትረክብ። ብዙሓት ሓባራዊ ስምምዓት ተወሳኺ ናይ ዕረፍቲ ክፍሊት ይህቡ።

ዕረፍትኻ ከይወሰድካ ስራሕካ እንተ ተወዲኡ፡ ወሃቢ ስራሕ ኣብ ክንድኡ ካሕሳ ዕረፍቲ ክኸፍል ኣለዎ።"""),
    "zh-hans": ("年假", "每工作一个月，你就积累带薪假期。",
                """每工作满一个月（至少有14个工作日的月份，某些情况下为35个工作小时），你就积累带薪年假。第一年每月2天；到三月底雇佣关系已满一年时，每月2.5天。

休假期间你拿正常工资。许多集体协议还发放休假奖金。

如果在你休完年假之前雇佣关系结束，雇主必须支付年假补偿。"""),
    "ro": ("Concediul anual", "Câștigi concediu plătit pentru fiecare lună lucrată.",
           """Câștigi concediu anual plătit pentru fiecare lună întreagă de muncă (o lună cu cel puțin 14 zile lucrătoare sau, în unele cazuri, 35 de ore de muncă). În primul an sunt 2 zile pe lună; când la sfârșitul lui martie contractul a durat cel puțin un an, sunt 2,5 zile pe lună.

În concediu primești salariul obișnuit. Multe contracte colective dau și o primă de concediu.

Dacă munca se încheie înainte să-ți iei concediul, angajatorul trebuie să plătească o compensație pentru concediu."""),
    "bg": ("Годишен отпуск", "За всеки месец работа натрупвате платен отпуск.",
           """Натрупвате платен годишен отпуск за всеки пълен месец работа (месец с поне 14 работни дни или в някои случаи 35 работни часа). През първата година е 2 дни на месец; когато към края на март работата ви е продължила поне година — 2,5 дни на месец.

По време на отпуска получавате обичайната си заплата. Много колективни договори дават и добавка за отпуск.

Ако работата приключи, преди да сте ползвали отпуска си, работодателят трябва да ви изплати обезщетение за отпуск."""),
    "tl": ("Taunang bakasyon", "May bayad na bakasyon kang naiipon bawat buwan ng trabaho.",
           """May naiipon kang bayad na taunang bakasyon bawat buong buwan ng trabaho (buwan na may hindi bababa sa 14 na araw ng trabaho, o sa ilang kaso 35 oras ng trabaho). Sa unang taon, 2 araw bawat buwan; kapag isang taon na ang trabaho mo pagsapit ng katapusan ng Marso, 2.5 araw bawat buwan.

Habang nagbabakasyon, natatanggap mo ang karaniwang sahod. Maraming collective agreement ang nagbibigay rin ng holiday bonus.

Kung matapos ang trabaho bago mo nagamit ang bakasyon, dapat magbayad ang employer ng holiday compensation."""),
    "fr": ("Congés annuels", "Vous gagnez des congés payés pour chaque mois travaillé.",
           """Vous gagnez des congés annuels payés pour chaque mois complet de travail (un mois avec au moins 14 jours travaillés, ou dans certains cas 35 heures). La première année, c'est 2 jours par mois ; quand votre emploi a duré au moins un an à la fin mars, c'est 2,5 jours par mois.

Pendant les congés, vous recevez votre salaire habituel. Beaucoup de conventions collectives donnent aussi une prime de vacances.

Si votre emploi se termine avant que vous ayez pris vos congés, l'employeur doit vous verser une indemnité de congés."""),
}
_SICK = {
    "ru": ("Больничный", "Если вы больны, можно остаться дома, и за первые дни платят зарплату.",
           """Если вы слишком больны, чтобы работать, сообщите работодателю как можно скорее. Работодатель может попросить медицинскую справку; правила указаны в коллективном договоре или инструкциях на рабочем месте.

Если трудовые отношения длятся не меньше месяца, работодатель платит полную зарплату за день, когда вы заболели, и за следующие девять рабочих дней. Если меньше месяца — половину зарплаты.

При более долгой болезни можно подать заявление на пособие по болезни в Kela. Работодатель не может уволить вас только потому, что вы больны."""),
    "uk": ("Лікарняний", "Якщо ви хворі, можна залишитися вдома, і за перші дні платять зарплату.",
           """Якщо ви надто хворі, щоб працювати, повідомте роботодавцю якомога швидше. Роботодавець може попросити медичну довідку; правила зазначені в колективному договорі або інструкціях на робочому місці.

Якщо трудові відносини тривають щонайменше місяць, роботодавець платить повну зарплату за день, коли ви захворіли, і за наступні дев'ять робочих днів. Якщо менше місяця — половину зарплати.

При довшій хворобі можна подати заяву на допомогу з хвороби до Kela. Роботодавець не може звільнити вас лише через те, що ви хворі."""),
    "ar": ("الإجازة المرضية", "إذا كنت مريضاً يمكنك البقاء في البيت، ويُدفع لك أجر الأيام الأولى.",
           """إذا كنت مريضاً جداً ولا تستطيع العمل، فأخبر صاحب العمل في أسرع وقت. يمكن لصاحب العمل أن يطلب شهادة طبية؛ القواعد موجودة في الاتفاقية الجماعية أو تعليمات مكان العمل.

إذا كان عملك قد استمر شهراً على الأقل، يدفع صاحب العمل أجرك كاملاً عن يوم مرضك والأيام التسعة التالية من أيام العمل. وإذا استمر أقل من شهر، تحصل على نصف أجرك.

في حالة المرض الأطول يمكنك التقدم بطلب إعانة مرض من Kela. لا يجوز لصاحب العمل فصلك لمجرد أنك مريض."""),
    "fa": ("مرخصی استعلاجی", "اگر بیمار هستید می‌توانید در خانه بمانید و برای روزهای اول دستمزد می‌گیرید.",
           """اگر آن‌قدر بیمارید که نمی‌توانید کار کنید، هر چه زودتر به کارفرما خبر دهید. کارفرما می‌تواند گواهی پزشکی بخواهد؛ قواعد در قرارداد جمعی یا دستورالعمل‌های محل کار است.

اگر دست‌کم یک ماه از کارتان گذشته باشد، کارفرما دستمزد کامل روز بیماری و نه روز کاری بعد از آن را می‌پردازد. اگر کمتر از یک ماه باشد، نصف دستمزد را می‌گیرید.

برای بیماری طولانی‌تر می‌توانید از Kela مقرری بیماری درخواست کنید. کارفرما نمی‌تواند فقط به خاطر بیماری شما را اخراج کند."""),
    "vi": ("Nghỉ ốm", "Nếu bị ốm bạn có thể ở nhà, và được trả lương cho những ngày đầu.",
           """Nếu bạn ốm đến mức không làm việc được, hãy báo cho chủ càng sớm càng tốt. Chủ có thể yêu cầu giấy chứng nhận y tế; quy định nằm trong thỏa ước tập thể hoặc hướng dẫn nơi làm việc.

Nếu bạn đã làm việc ít nhất một tháng, chủ trả đủ lương cho ngày bạn bị ốm và chín ngày làm việc tiếp theo. Nếu dưới một tháng, bạn được một nửa lương.

Nếu ốm lâu hơn, bạn có thể xin trợ cấp ốm đau từ Kela. Chủ không được sa thải bạn chỉ vì bạn bị ốm."""),
    "th": ("การลาป่วย", "ถ้าป่วย คุณอยู่บ้านได้ และได้ค่าจ้างสำหรับวันแรก ๆ",
           """ถ้าคุณป่วยจนทำงานไม่ได้ ให้แจ้งนายจ้างโดยเร็วที่สุด นายจ้างอาจขอใบรับรองแพทย์ กฎอยู่ในข้อตกลงร่วมหรือคำแนะนำของที่ทำงาน

ถ้าทำงานมาแล้วอย่างน้อยหนึ่งเดือน นายจ้างจ่ายค่าจ้างเต็มสำหรับวันที่เริ่มป่วยและวันทำงานอีกเก้าวันถัดไป ถ้าทำงานไม่ถึงหนึ่งเดือน คุณได้ครึ่งหนึ่งของค่าจ้าง

ถ้าป่วยนานกว่านั้น คุณยื่นขอเงินช่วยเหลือกรณีเจ็บป่วยจาก Kela ได้ นายจ้างเลิกจ้างคุณเพียงเพราะคุณป่วยไม่ได้"""),
    "so": ("Fasaxa jirrada", "Haddii aad jirran tahay guriga ayaad joogi kartaa, maalmaha koowaadna mushaar ayaa lagu siinayaa.",
           """Haddii aad aad u jirran tahay oo aadan shaqeyn karin, sida ugu dhakhsaha badan u sheeg loo-shaqeeyaha. Loo-shaqeeyaha wuxuu codsan karaa shahaado caafimaad; xeerarka waxay ku qoran yihiin heshiiska wadajirka ah ama tilmaamaha goobta shaqada.

Haddii shaqadaadu ugu yaraan hal bil socotay, loo-shaqeeyaha wuxuu bixiyaa mushaarkaaga oo dhan maalinta aad jirrato iyo sagaalka maalmood ee shaqo ee xiga. Haddii ay ka yar tahay hal bil, waxaad helaysaa mushaarka badhkiis.

Jirro ka dheer waxaad ka codsan kartaa gunnada jirrada Kela. Loo-shaqeeyuhu kuma eryi karo kaliya inaad jirran tahay dartiis."""),
    "ti": ("ዕረፍቲ ሕማም", "እንተ ሓሚምካ ኣብ ገዛ ክትጸንሕ ትኽእል ኢኻ፡ ንቀዳሞት መዓልታት ደሞዝ ይኽፈለካ።",
           """ክትሰርሕ ዘይትኽእል ክሳብ ክንድኡ እንተ ሓሚምካ፡ ብዝተኻእለ ቅልጣፈ ንወሃቢ ስራሕ ሓብር። ወሃቢ ስራሕ ናይ ሕክምና ምስክር ወረቐት ክሓትት ይኽእል፡ ሕግታት ኣብ ሓባራዊ ስምምዕ ወይ መምርሒታት ቦታ ስራሕ ይርከቡ።

ስራሕካ ብውሑዱ ሓደ ወርሒ እንተ ጸኒሑ፡ ወሃቢ ስራሕ ንዝሓመምካላ መዓልትን ንዝቕጽላ ትሽዓተ መዓልታት ስራሕን ምሉእ ደሞዝ ይኸፍል። ካብ ሓደ ወርሒ እንተ ወሓደ፡ ፍርቂ ደሞዝካ ትረክብ።

ንነዊሕ ሕማም ካብ Kela ሓገዝ ሕማም ክትሓትት ትኽእል። ወሃቢ ስራሕ ስለ ዝሓመምካ ጥራይ ክሰጉጉኻ ኣይፍቀዶን።"""),
    "zh-hans": ("病假", "生病时你可以待在家里，最初几天有工资。",
                """如果你病得无法工作，请尽快告诉雇主。雇主可以要求医疗证明；规定写在集体协议或工作场所的指引中。

如果雇佣关系已持续至少一个月，雇主支付你生病当天及随后九个工作日的全额工资。如果不到一个月，你拿一半工资。

病得更久时，你可以向Kela申请疾病津贴。雇主不能仅仅因为你生病而解雇你。"""),
    "ro": ("Concediul medical", "Dacă ești bolnav poți rămâne acasă, iar primele zile sunt plătite.",
           """Dacă ești prea bolnav ca să lucrezi, anunță-l pe angajator cât mai repede. Angajatorul poate cere un certificat medical; regulile sunt în contractul colectiv sau în instrucțiunile locului de muncă.

Dacă lucrezi de cel puțin o lună, angajatorul plătește salariul întreg pentru ziua în care te-ai îmbolnăvit și următoarele nouă zile lucrătoare. Dacă lucrezi de mai puțin de o lună, primești jumătate din salariu.

Pentru o boală mai lungă poți cere indemnizație de boală de la Kela. Angajatorul nu te poate concedia doar pentru că ești bolnav."""),
    "bg": ("Болничен", "Ако сте болни, можете да останете вкъщи и първите дни са платени.",
           """Ако сте твърде болни, за да работите, кажете на работодателя възможно най-скоро. Работодателят може да поиска медицинско удостоверение; правилата са в колективния договор или в указанията на работното място.

Ако работата ви е продължила поне месец, работодателят плаща пълна заплата за деня, в който сте се разболели, и за следващите девет работни дни. Ако е по-малко от месец, получавате половин заплата.

При по-дълго боледуване можете да кандидатствате за обезщетение за болест от Kela. Работодателят не може да ви уволни само защото сте болни."""),
    "tl": ("Sick leave", "Kung may sakit ka, puwede kang manatili sa bahay, at bayad ang mga unang araw.",
           """Kung masyado kang may sakit para magtrabaho, sabihan agad ang employer. Puwedeng humingi ang employer ng medical certificate; nasa collective agreement o mga tagubilin ng lugar ng trabaho ang mga patakaran.

Kung isang buwan o higit na ang trabaho mo, babayaran ng employer ang buong sahod para sa araw na nagkasakit ka at sa susunod na siyam na araw ng trabaho. Kung kulang sa isang buwan, kalahati ng sahod ang matatanggap mo.

Para sa mas mahabang sakit, puwede kang mag-apply ng sickness allowance sa Kela. Hindi ka puwedeng tanggalin ng employer dahil lang may sakit ka."""),
    "fr": ("Arrêt maladie", "Si vous êtes malade, vous pouvez rester chez vous, et les premiers jours sont payés.",
           """Si vous êtes trop malade pour travailler, prévenez l'employeur dès que possible. L'employeur peut demander un certificat médical ; les règles figurent dans la convention collective ou les consignes du lieu de travail.

Si votre emploi dure depuis au moins un mois, l'employeur paie votre salaire complet pour le jour où vous êtes tombé malade et les neuf jours ouvrables suivants. S'il dure depuis moins d'un mois, vous recevez la moitié de votre salaire.

Pour une maladie plus longue, vous pouvez demander une indemnité de maladie à Kela. L'employeur ne peut pas vous licencier uniquement parce que vous êtes malade."""),
}
MORE["annual-holiday"] = {lang: {"title": t, "summary": s, "body": b} for lang, (t, s, b) in _HOLIDAY.items()}
MORE["sick-leave"] = {lang: {"title": t, "summary": s, "body": b} for lang, (t, s, b) in _SICK.items()}

# Trial period, tax, residence permit (2026-11-30) in the other enabled portal languages. (title, summary, body)
_TRIAL = {
    "ru": ("Испытательный срок и окончание работы", "Каким может быть испытательный срок и как может закончиться работа.",
           """Об испытательном сроке можно договориться в начале работы. Он может длиться не более 6 месяцев. При срочной работе короче 12 месяцев — не более половины её срока. Во время испытательного срока любая сторона может прекратить трудовые отношения, но не по дискриминационной причине.

После испытательного срока работодателю нужна надлежащая причина для увольнения, например если вы не выполняете свои обязанности или если работы недостаточно по финансовым или производственным причинам. Незначительной или дискриминационной причины никогда не бывает достаточно. Работодатель должен соблюдать срок предупреждения. Срок зависит от того, сколько вы проработали, — от 14 дней.

Вы тоже можете уволиться. Если трудовые отношения длились меньше пяти лет, ваш срок предупреждения обычно 14 дней. Когда работа заканчивается, попросите письменную справку о работе."""),
    "uk": ("Випробувальний строк і закінчення роботи", "Яким може бути випробувальний строк і як може закінчитися робота.",
           """Про випробувальний строк можна домовитися на початку роботи. Він може тривати не більше 6 місяців. У строковій роботі, коротшій за 12 місяців, — не більше половини її строку. Під час випробувального строку будь-яка сторона може припинити трудові відносини, але не з дискримінаційної причини.

Після випробувального строку роботодавцю потрібна належна причина для звільнення, наприклад якщо ви не виконуєте своїх обов'язків або якщо роботи недостатньо з фінансових чи виробничих причин. Незначної чи дискримінаційної причини ніколи не достатньо. Роботодавець має дотримуватися строку попередження. Строк залежить від того, скільки ви пропрацювали, — від 14 днів.

Ви теж можете звільнитися. Якщо трудові відносини тривали менше п'яти років, ваш строк попередження зазвичай 14 днів. Коли робота закінчується, попросіть письмову довідку про роботу."""),
    "ar": ("فترة التجربة وانتهاء العمل", "كم يمكن أن تطول فترة التجربة، وكيف يمكن أن ينتهي العمل.",
           """يمكن الاتفاق على فترة تجربة في بداية العمل، ولا تزيد على 6 أشهر. وفي العمل المؤقت الذي يقل عن 12 شهراً لا تزيد على نصف مدته. خلال فترة التجربة يمكن لأي من الطرفين إنهاء العمل، ولكن ليس لسبب تمييزي.

بعد فترة التجربة يحتاج صاحب العمل إلى سبب مناسب لفصلك، مثلاً إذا أهملت واجباتك أو إذا لم يكن هناك عمل كافٍ لأسباب مالية أو إنتاجية. السبب البسيط أو التمييزي لا يكفي أبداً. ويجب على صاحب العمل أن يلتزم بمهلة الإنهاء. تعتمد المهلة على مدة عملك، وتبدأ من 14 يوماً.

يمكنك أنت أيضاً الاستقالة. إذا استمر عملك أقل من خمس سنوات، فمهلتك عادةً 14 يوماً. اطلب شهادة عمل مكتوبة عند انتهاء العمل."""),
    "fa": ("دوره آزمایشی و پایان کار", "دوره آزمایشی چقدر می‌تواند باشد و کار چگونه می‌تواند تمام شود.",
           """در آغاز کار می‌توان بر سر دوره آزمایشی توافق کرد. حداکثر 6 ماه است. در کار موقت کوتاه‌تر از 12 ماه حداکثر نصف مدت آن است. در دوره آزمایشی هر دو طرف می‌توانند رابطه کاری را پایان دهند، اما نه به دلیل تبعیض‌آمیز.

پس از دوره آزمایشی کارفرما برای اخراج شما به دلیل موجه نیاز دارد، مثلاً اگر در انجام وظایف خود کوتاهی کنید یا اگر به دلایل مالی یا تولیدی کار کافی نباشد. دلیل جزئی یا تبعیض‌آمیز هرگز کافی نیست. کارفرما باید مهلت فسخ را رعایت کند. مهلت به مدت کارتان بستگی دارد و از 14 روز شروع می‌شود.

شما هم می‌توانید استعفا دهید. اگر کمتر از پنج سال کار کرده‌اید، مهلت شما معمولاً 14 روز است. هنگام پایان کار گواهی کتبی سابقه کار بخواهید."""),
    "vi": ("Thời gian thử việc và chấm dứt việc làm", "Thời gian thử việc được dài bao lâu, và công việc có thể chấm dứt thế nào.",
           """Thời gian thử việc có thể được thỏa thuận khi bắt đầu làm. Tối đa 6 tháng. Với công việc có thời hạn dưới 12 tháng, tối đa bằng một nửa thời hạn đó. Trong thời gian thử việc, mỗi bên đều có thể chấm dứt, nhưng không vì lý do phân biệt đối xử.

Sau thời gian thử việc, chủ cần có lý do chính đáng để sa thải bạn, ví dụ nếu bạn không làm tròn nhiệm vụ của mình hoặc nếu không đủ việc vì lý do tài chính hay sản xuất. Lý do nhỏ nhặt hoặc phân biệt đối xử không bao giờ là đủ. Chủ phải tuân thủ thời hạn báo trước. Thời hạn này tùy vào thời gian bạn đã làm, từ 14 ngày trở lên.

Bạn cũng có thể nghỉ việc. Nếu làm chưa đến năm năm, thời hạn báo trước của bạn thường là 14 ngày. Khi nghỉ việc, hãy xin giấy chứng nhận việc làm bằng văn bản."""),
    "th": ("ช่วงทดลองงานและการสิ้นสุดการจ้าง", "ช่วงทดลองงานยาวได้แค่ไหน และการจ้างงานสิ้นสุดได้อย่างไร",
           """ช่วงทดลองงานตกลงกันได้ตอนเริ่มงาน ยาวได้ไม่เกิน 6 เดือน ถ้าเป็นงานมีกำหนดเวลาสั้นกว่า 12 เดือน ยาวได้ไม่เกินครึ่งหนึ่งของระยะงาน ระหว่างช่วงทดลองงาน ฝ่ายใดก็เลิกจ้างได้ แต่ไม่ใช่ด้วยเหตุเลือกปฏิบัติ

หลังช่วงทดลองงาน นายจ้างต้องมีเหตุผลที่เหมาะสมจึงจะเลิกจ้างคุณได้ เช่น ถ้าคุณละเลยหน้าที่ของคุณ หรือถ้างานไม่พอเพราะเหตุผลทางการเงินหรือการผลิต เหตุผลเล็กน้อยหรือเหตุเลือกปฏิบัติไม่เพียงพอเลย นายจ้างต้องให้ระยะเวลาบอกกล่าวล่วงหน้า ซึ่งขึ้นกับระยะเวลาที่ทำงาน เริ่มที่ 14 วัน

คุณลาออกได้เช่นกัน ถ้าทำงานมาไม่ถึงห้าปี ระยะเวลาบอกกล่าวของคุณปกติคือ 14 วัน เมื่องานสิ้นสุด ขอหนังสือรับรองการทำงานเป็นลายลักษณ์อักษร"""),
    "so": ("Muddada tijaabada iyo dhammaadka shaqada", "Inta ay le'ekaan karto muddada tijaabadu iyo sida shaqo u dhammaan karto.",
           """Muddo tijaabo ayaa lagu heshiin karaa bilowga shaqada. Ugu badnaan waa 6 bilood. Shaqo muddo go'an oo ka gaaban 12 bilood, ugu badnaan waa badhka muddadeeda. Inta lagu jiro tijaabada dhinac walba wuu joojin karaa shaqada, laakiin sabab takoor ah ma noqon karto.

Tijaabada kadib, loo-shaqeeyuhu wuxuu u baahan yahay sabab habboon si uu kuu eryo, tusaale ahaan haddii aad dayacdo waajibaadkaaga ama haddii aysan jirin shaqo ku filan sababo dhaqaale ama wax-soo-saar awgood. Sabab yar ama takoor ah marnaba kuma filna. Loo-shaqeeyuhu waa inuu ilaaliyaa muddada ogeysiinta. Muddadu waxay ku xiran tahay inta aad shaqeysay, laga bilaabo 14 maalmood.

Adiguna waad iska casili kartaa. Haddii shaqadaadu ka yar tahay shan sano, muddada ogeysiintaadu badanaa waa 14 maalmood. Marka shaqadu dhammaato, dalbo shahaado shaqo oo qoran."""),
    "ti": ("ግዜ ፈተነን ምብቃዕ ስራሕን", "ግዜ ፈተነ ክንደይ ክነውሕ ከም ዝኽእልን ስራሕ ብኸመይ ክውዳእ ከም ዝኽእልን።",
           """ግዜ ፈተነ ኣብ መጀመርታ ስራሕ ክሰማምዑሉ ይኽእሉ። ብዝለዓለ 6 ኣዋርሕ እዩ። ኣብ ካብ 12 ኣዋርሕ ዝሓጽር ግዜ ዘለዎ ስራሕ፡ ብዝለዓለ ፍርቂ ናይቲ ግዜ። ኣብ ግዜ ፈተነ ዝኾነ ወገን ስራሕ ከቋርጽ ይኽእል፡ ግን ብምኽንያት ኣድልዎ ኣይኮነን።

ድሕሪ ግዜ ፈተነ ወሃቢ ስራሕ ንምብራርካ ቅኑዕ ምኽንያት የድልዮ፡ ንኣብነት ግቡኣትካ ሸለል እንተ ኢልካ ወይ ብሰንኪ ፋይናንሳዊ ወይ ናይ ምህርቲ ምኽንያታት እኹል ስራሕ እንተ ዘየለ። ንእሽቶ ወይ ኣድልዎኣዊ ምኽንያት ፈጺሙ ኣይኣክልን። ወሃቢ ስራሕ ግዜ ምሕባር ክሕሉ ኣለዎ። እቲ ግዜ ኣብቲ ዝሰራሕካዮ ግዜ ይምርኮስ፡ ካብ 14 መዓልቲ ይጅምር።

ንስኻ እውን ካብ ስራሕ ክትወጽእ ትኽእል። ስራሕካ ካብ ሓሙሽተ ዓመት እንተ ወሓደ፡ ግዜ ምሕባርካ ብዙሕ ግዜ 14 መዓልቲ እዩ። ስራሕ ምስ ተወድአ ጽሑፍ ምስክር ወረቐት ስራሕ ሕተት።"""),
    "zh-hans": ("试用期和雇佣关系的结束", "试用期最长多久，以及工作如何结束。",
                """试用期可以在开始工作时约定，最长6个月。期限短于12个月的定期工作，试用期最多为工作期限的一半。试用期内任何一方都可以结束雇佣关系，但不能出于歧视原因。

试用期结束后，雇主需要有正当理由才能解雇你，例如你不履行自己的职责，或者由于财务或生产原因没有足够的工作。轻微或歧视性的理由绝对不够。雇主必须遵守解雇通知期。通知期取决于你工作了多久，从14天起。

你也可以辞职。如果工作不满五年，你的通知期通常是14天。工作结束时，要求一份书面的工作证明。"""),
    "ro": ("Perioada de probă și încetarea contractului", "Cât poate dura perioada de probă și cum se poate încheia munca.",
           """Perioada de probă se poate conveni la începutul muncii. Poate dura cel mult 6 luni. Într-o muncă pe durată determinată mai scurtă de 12 luni, cel mult jumătate din durata ei. În perioada de probă oricare parte poate încheia contractul, dar nu dintr-un motiv discriminatoriu.

După perioada de probă, angajatorul are nevoie de un motiv întemeiat ca să te concedieze, de exemplu dacă îți neglijezi îndatoririle sau dacă nu este destulă muncă din motive financiare sau de producție. Un motiv minor sau discriminatoriu nu este niciodată suficient. Angajatorul trebuie să respecte preavizul. Preavizul depinde de cât ai lucrat, de la 14 zile în sus.

Și tu poți demisiona. Dacă ai lucrat mai puțin de cinci ani, preavizul tău este de obicei de 14 zile. Cere un certificat de muncă scris când se încheie munca."""),
    "bg": ("Изпитателен срок и прекратяване на работата", "Колко може да е изпитателният срок и как може да приключи работата.",
           """Изпитателен срок може да се уговори в началото на работата. Той може да е най-много 6 месеца. При срочна работа под 12 месеца — най-много половината от срока ѝ. През изпитателния срок всяка страна може да прекрати работата, но не по дискриминационна причина.

След изпитателния срок работодателят трябва да има основателна причина, за да ви уволни, например ако не изпълнявате задълженията си или ако няма достатъчно работа по финансови или производствени причини. Незначителна или дискриминационна причина никога не е достатъчна. Работодателят трябва да спази срока на предизвестие. Той зависи от това колко сте работили — от 14 дни нагоре.

Вие също можете да напуснете. Ако сте работили по-малко от пет години, срокът ви на предизвестие обикновено е 14 дни. Когато работата приключи, поискайте писмена служебна бележка за работата."""),
    "tl": ("Trial period at pagtatapos ng trabaho", "Gaano katagal ang trial period at paano maaaring matapos ang trabaho.",
           """Puwedeng pagkasunduan ang trial period sa simula ng trabaho. Hindi ito hihigit sa 6 na buwan. Sa trabahong may takdang panahon na mas maikli sa 12 buwan, hindi ito hihigit sa kalahati ng haba ng trabaho. Sa trial period, puwedeng tapusin ng alinmang panig ang trabaho, pero hindi dahil sa diskriminasyon.

Pagkatapos ng trial period, kailangan ng employer ng wastong dahilan para tanggalin ka, halimbawa kung pinababayaan mo ang mga tungkulin mo o kung kulang ang trabaho dahil sa mga dahilang pinansyal o sa produksyon. Hindi kailanman sapat ang maliit na dahilan o dahilang may diskriminasyon. Dapat sundin ng employer ang notice period. Nakadepende ito sa tagal ng trabaho mo, mula 14 na araw pataas.

Puwede ka ring magbitiw. Kung wala pang limang taon ang trabaho mo, karaniwang 14 na araw ang notice period mo. Humingi ng nakasulat na certificate of employment kapag natapos ang trabaho."""),
    "fr": ("Période d'essai et fin de l'emploi", "Combien de temps peut durer la période d'essai, et comment un emploi peut prendre fin.",
           """Une période d'essai peut être convenue au début de l'emploi. Elle dure au plus 6 mois. Pour un emploi à durée déterminée de moins de 12 mois, au plus la moitié de sa durée. Pendant la période d'essai, chaque partie peut mettre fin à l'emploi, mais pas pour un motif discriminatoire.

Après la période d'essai, l'employeur a besoin d'un motif valable pour vous licencier, par exemple si vous négligez vos obligations ou s'il n'y a pas assez de travail pour des raisons financières ou de production. Un motif mineur ou discriminatoire ne suffit jamais. L'employeur doit respecter le préavis. Le préavis dépend de votre ancienneté, à partir de 14 jours.

Vous pouvez aussi démissionner. Si votre emploi a duré moins de cinq ans, votre préavis est en général de 14 jours. Demandez un certificat de travail écrit à la fin de l'emploi."""),
}
MORE["trial-period"] = {lang: {"title": t, "summary": s, "body": b} for lang, (t, s, b) in _TRIAL.items()}

_TAX = {
    "ru": ("Налоговая карточка и налоги", "Получите налоговую карточку, чтобы из зарплаты удерживали правильный налог.",
           """Для работы в Финляндии нужен финский личный код и налоговая карточка от Налоговой администрации (Vero). Отдайте налоговую карточку работодателю. Работодатель удерживает налог из зарплаты и перечисляет его в Vero.

Без налоговой карточки работодатель должен удержать 60 % зарплаты в качестве налога. Эти деньги не пропадают, но лишнее вы получите обратно только позже, после налогообложения.

На стройках также нужен налоговый номер на идентификационной карточке. В расчётном листке видно, сколько налога удержано; проверьте, что это соответствует налоговой карточке."""),
    "uk": ("Податкова картка і податки", "Отримайте податкову картку, щоб із зарплати утримували правильний податок.",
           """Для роботи у Фінляндії потрібен фінський особистий код і податкова картка від Податкової адміністрації (Vero). Віддайте податкову картку роботодавцю. Роботодавець утримує податок із зарплати і сплачує його до Vero.

Без податкової картки роботодавець має утримати 60 % зарплати як податок. Ці гроші не зникають, але зайве ви отримаєте назад лише пізніше, після оподаткування.

На будівництві також потрібен податковий номер на посвідченні особи. У розрахунковому листку видно, скільки податку утримано; перевірте, що це відповідає податковій картці."""),
    "ar": ("البطاقة الضريبية والضرائب", "احصل على بطاقة ضريبية حتى تُخصم الضريبة الصحيحة من أجرك.",
           """للعمل في فنلندا تحتاج إلى رقم هوية شخصي فنلندي وبطاقة ضريبية من مصلحة الضرائب (Vero). أعطِ البطاقة الضريبية لصاحب العمل. يخصم صاحب العمل الضريبة من أجرك ويدفعها إلى Vero.

بدون بطاقة ضريبية يجب على صاحب العمل أن يخصم 60 % من أجرك كضريبة. هذا المال لا يضيع، لكنك لا تسترد الزيادة إلا لاحقاً بعد انتهاء التقدير الضريبي.

في مواقع البناء تحتاج أيضاً إلى رقم ضريبي على بطاقة هويتك. تُظهر قسيمة الراتب مقدار الضريبة المخصومة؛ تحقق من أنها تطابق بطاقتك الضريبية."""),
    "fa": ("کارت مالیاتی و مالیات", "کارت مالیاتی بگیرید تا مالیات درست از دستمزدتان کسر شود.",
           """برای کار در فنلاند به کد شناسایی شخصی فنلاندی و کارت مالیاتی از اداره مالیات (Vero) نیاز دارید. کارت مالیاتی را به کارفرما بدهید. کارفرما مالیات را از دستمزد شما کم می‌کند و به Vero می‌پردازد.

بدون کارت مالیاتی، کارفرما باید 60 % دستمزد شما را به‌عنوان مالیات کسر کند. این پول از بین نمی‌رود، اما مبلغ اضافه را بعداً، پس از پایان مالیات‌بندی، پس می‌گیرید.

در کارگاه‌های ساختمانی شماره مالیاتی روی کارت شناسایی هم لازم است. فیش حقوقی نشان می‌دهد چقدر مالیات کسر شده؛ بررسی کنید با کارت مالیاتی‌تان مطابقت دارد."""),
    "vi": ("Thẻ thuế và thuế", "Hãy lấy thẻ thuế để lương của bạn bị khấu trừ đúng mức thuế.",
           """Để làm việc ở Phần Lan, bạn cần mã số cá nhân Phần Lan và thẻ thuế của Cơ quan Thuế (Vero). Hãy đưa thẻ thuế cho chủ. Chủ khấu trừ thuế từ lương và nộp cho Vero.

Không có thẻ thuế, chủ phải khấu trừ 60 % lương làm thuế. Số tiền đó không mất, nhưng bạn chỉ được nhận lại phần thừa sau này, khi quyết toán thuế xong.

Ở công trường xây dựng bạn còn cần mã số thuế trên thẻ tên. Phiếu lương cho thấy đã trừ bao nhiêu thuế; hãy kiểm tra xem có khớp với thẻ thuế không."""),
    "th": ("บัตรภาษีและภาษี", "ทำบัตรภาษีเพื่อให้หักภาษีจากค่าจ้างได้ถูกต้อง",
           """การทำงานในฟินแลนด์ต้องมีเลขประจำตัวบุคคลของฟินแลนด์และบัตรภาษีจากกรมสรรพากร (Vero) ให้บัตรภาษีกับนายจ้าง นายจ้างหักภาษีจากค่าจ้างและส่งให้ Vero

ถ้าไม่มีบัตรภาษี นายจ้างต้องหักภาษี 60 % ของค่าจ้าง เงินนั้นไม่ได้หายไป แต่คุณจะได้ส่วนที่หักเกินคืนภายหลังเมื่อการประเมินภาษีเสร็จ

ในไซต์ก่อสร้างต้องมีเลขภาษีบนบัตรประจำตัวด้วย สลิปเงินเดือนแสดงว่าหักภาษีไปเท่าไร ตรวจดูว่าตรงกับบัตรภาษีของคุณ"""),
    "so": ("Kaarka canshuurta iyo canshuuraha", "Hel kaar canshuur si canshuurta saxda ah looga jaro mushaharkaaga.",
           """Si aad uga shaqeyso Finland waxaad u baahan tahay lambar aqoonsi shakhsi oo Finnish ah iyo kaar canshuur oo ka yimid Maamulka Canshuuraha (Vero). Kaarka canshuurta sii loo-shaqeeyaha. Loo-shaqeeyaha ayaa canshuurta ka jara mushaharkaaga oo siiya Vero.

Kaar canshuur la'aan, loo-shaqeeyaha waa inuu mushaharkaaga ka jaraa 60 % canshuur ahaan. Lacagtaasi ma lumayso, laakiin inta dheeraadka ah waxaad dib u heleysaa oo keliya hadhow, marka canshuur-qiimaynta la dhammeeyo.

Goobaha dhismaha waxaad sidoo kale u baahan tahay lambar canshuur oo ku yaal kaarka aqoonsigaaga. Warqadda mushaharka ayaa muujinaysa inta canshuur ah ee la jaray; hubi inay la mid tahay kaarkaaga canshuurta."""),
    "ti": ("ካርድ ግብርን ግብርታትን", "ቅኑዕ ግብሪ ካብ ደሞዝካ ንክቑረጽ ካርድ ግብሪ ውሰድ።",
           """ኣብ ፊንላንድ ንምስራሕ ፊንላንዳዊ ውልቃዊ ቁጽሪ መንነትን ካብ ምምሕዳር ግብሪ (Vero) ካርድ ግብርን የድልየካ። ካርድ ግብሪ ንወሃቢ ስራሕ ሃቦ። ወሃቢ ስራሕ ግብሪ ካብ ደሞዝካ ቆሪጹ ንVero ይኸፍሎ።

ካርድ ግብሪ እንተ ዘይብልካ፡ ወሃቢ ስራሕ 60 % ደሞዝካ ከም ግብሪ ክቖርጽ ኣለዎ። እቲ ገንዘብ ኣይጠፍእን፡ ግን እቲ ብዝሒ ዝተቖረጸ ድሕሪ ምውዳእ ግምገማ ግብሪ ጥራይ ይምለሰልካ።

ኣብ ቦታታት ህንጻ ኣብ መንነት ካርድካ ቁጽሪ ግብሪ እውን የድልየካ። ወረቐት ደሞዝ ክንደይ ግብሪ ከም ዝተቖረጸ የርኢ፡ ምስ ካርድ ግብርኻ ከም ዝሰማማዕ ኣረጋግጽ።"""),
    "zh-hans": ("税卡和税", "办理税卡，这样从工资中扣的税才正确。",
                """在芬兰工作需要芬兰个人身份号码和税务局（Vero）发的税卡。把税卡交给雇主。雇主从你的工资中扣税并交给Vero。

没有税卡，雇主必须扣除你工资的60 %作为税款。这笔钱不会丢，但多扣的部分要等到之后完税时才退给你。

在建筑工地，你的身份卡上还需要有税号。工资单上显示扣了多少税；核对是否与你的税卡一致。"""),
    "ro": ("Cardul fiscal și impozitele", "Obține un card fiscal ca să ți se rețină impozitul corect din salariu.",
           """Ca să lucrezi în Finlanda ai nevoie de un cod personal finlandez și de un card fiscal de la Administrația fiscală (Vero). Dă cardul fiscal angajatorului. Angajatorul reține impozitul din salariu și îl plătește la Vero.

Fără card fiscal, angajatorul trebuie să rețină 60 % din salariu ca impozit. Banii nu se pierd, dar primești înapoi diferența abia mai târziu, după impunere.

Pe șantierele de construcții ai nevoie și de un număr fiscal pe legitimație. Fluturașul arată cât impozit s-a reținut; verifică dacă se potrivește cu cardul fiscal."""),
    "bg": ("Данъчна карта и данъци", "Извадете данъчна карта, за да се удържа правилният данък от заплатата.",
           """За да работите във Финландия, ви трябват финландски личен код и данъчна карта от Данъчната администрация (Vero). Дайте данъчната карта на работодателя. Работодателят удържа данъка от заплатата и го плаща на Vero.

Без данъчна карта работодателят трябва да удържи 60 % от заплатата като данък. Парите не се губят, но надвнесеното ще получите обратно едва по-късно, след данъчното облагане.

На строителни обекти ви трябва и данъчен номер на идентификационната карта. Във фиша се вижда колко данък е удържан; проверете дали съответства на данъчната карта."""),
    "tl": ("Tax card at mga buwis", "Kumuha ng tax card para tama ang buwis na ibinabawas sa sahod mo.",
           """Para magtrabaho sa Finland, kailangan mo ng Finnish personal identity code at tax card mula sa Tax Administration (Vero). Ibigay ang tax card sa employer. Ibinabawas ng employer ang buwis sa sahod mo at ibinabayad ito sa Vero.

Kung walang tax card, dapat ibawas ng employer ang 60 % ng sahod mo bilang buwis. Hindi nawawala ang perang iyon, pero makukuha mo lang ang sobra sa ibang pagkakataon, kapag tapos na ang pagbubuwis.

Sa mga construction site, kailangan mo ring may tax number sa ID card mo. Makikita sa payslip kung magkano ang ibinawas na buwis; tingnan kung tugma ito sa tax card mo."""),
    "fr": ("Carte fiscale et impôts", "Obtenez une carte fiscale pour que le bon impôt soit retenu sur votre salaire.",
           """Pour travailler en Finlande, il vous faut un code d'identité personnel finlandais et une carte fiscale de l'Administration fiscale (Vero). Donnez la carte fiscale à votre employeur. Il retient l'impôt sur votre salaire et le verse à Vero.

Sans carte fiscale, l'employeur doit retenir 60 % de votre salaire au titre de l'impôt. Cet argent n'est pas perdu, mais vous ne récupérez le trop-perçu que plus tard, une fois l'imposition terminée.

Sur les chantiers, il faut aussi un numéro fiscal sur votre carte d'identification. La fiche de paie indique l'impôt retenu ; vérifiez qu'il correspond à votre carte fiscale."""),
}
MORE["tax"] = {lang: {"title": t, "summary": s, "body": b} for lang, (t, s, b) in _TAX.items()}

_PERMIT = {
    "ru": ("Разрешение на пребывание и смена работодателя", "Что позволяет ваше разрешение и что делать, если вы хотите сменить работу.",
           """Многие разрешения на пребывание для работы привязаны к сфере деятельности. Обычно можно сменить работодателя в той же сфере. Для работы в другой сфере может понадобиться новое разрешение. Проверьте условия своего разрешения или спросите в Миграционной службе Финляндии (Migri).

Работодатель должен проверить, что у вас есть право работать, но не может хранить вашу карточку вида на жительство или паспорт.

Если работодатель вас эксплуатировал, вам могут помочь подать заявление на разрешение для новой работы. Эксплуатация не отнимает ваших прав: Система помощи помогает жертвам, даже если они находятся в Финляндии без действующего разрешения."""),
    "uk": ("Дозвіл на проживання і зміна роботодавця", "Що дозволяє ваш дозвіл і що робити, якщо ви хочете змінити роботу.",
           """Багато дозволів на проживання для роботи прив'язані до сфери діяльності. Зазвичай можна змінити роботодавця в тій самій сфері. Для роботи в іншій сфері може знадобитися новий дозвіл. Перевірте умови свого дозволу або запитайте в Міграційній службі Фінляндії (Migri).

Роботодавець має перевірити, що ви маєте право працювати, але не може тримати вашу картку дозволу на проживання чи паспорт.

Якщо роботодавець вас експлуатував, вам можуть допомогти подати заяву на дозвіл для нової роботи. Експлуатація не відбирає ваших прав: Система допомоги допомагає жертвам, навіть якщо вони у Фінляндії без чинного дозволу."""),
    "ar": ("تصريح الإقامة وتغيير صاحب العمل", "ما يسمح به تصريحك، وماذا تفعل إذا أردت تغيير عملك.",
           """كثير من تصاريح الإقامة للعمل مرتبطة بمجال عمل. عادةً يمكنك تغيير صاحب العمل في المجال نفسه. وللعمل في مجال آخر قد تحتاج إلى تصريح جديد. تحقق من شروط تصريحك أو اسأل دائرة الهجرة الفنلندية (Migri).

يجب على صاحب العمل التأكد من أن لديك حق العمل، لكن لا يجوز له الاحتفاظ ببطاقة تصريح إقامتك أو جواز سفرك.

إذا استغلك صاحب العمل، يمكنك الحصول على مساعدة لتقديم طلب تصريح لعمل جديد. الاستغلال لا يسلبك حقوقك: نظام المساعدة يساعد الضحايا حتى لو كانوا في فنلندا بدون تصريح ساري المفعول."""),
    "fa": ("اجازه اقامت و تغییر کارفرما", "اجازه شما چه چیزی را مجاز می‌کند و اگر می‌خواهید کار عوض کنید چه کنید.",
           """بسیاری از اجازه‌های اقامت کاری به یک حوزه کاری وابسته‌اند. معمولاً می‌توانید در همان حوزه کارفرما را عوض کنید. برای کار در حوزه دیگر ممکن است اجازه جدید لازم باشد. شرایط اجازه خود را بررسی کنید یا از اداره مهاجرت فنلاند (Migri) بپرسید.

کارفرما باید بررسی کند که حق کار دارید، اما نمی‌تواند کارت اجازه اقامت یا گذرنامه شما را نگه دارد.

اگر کارفرما از شما بهره‌کشی کرده، می‌توانید برای درخواست اجازه کار جدید کمک بگیرید. بهره‌کشی حقوق شما را از بین نمی‌برد: سیستم کمک به قربانیان کمک می‌کند، حتی اگر بدون اجازه معتبر در فنلاند باشند."""),
    "vi": ("Giấy phép cư trú và đổi chủ lao động", "Giấy phép của bạn cho phép gì, và làm gì nếu bạn muốn đổi việc.",
           """Nhiều giấy phép cư trú lao động gắn với một lĩnh vực nghề nghiệp. Thường bạn có thể đổi chủ trong cùng lĩnh vực. Để làm ở lĩnh vực khác, bạn có thể cần giấy phép mới. Hãy kiểm tra điều kiện giấy phép của bạn hoặc hỏi Cơ quan Di trú Phần Lan (Migri).

Chủ phải kiểm tra bạn có quyền làm việc, nhưng không được giữ thẻ cư trú hay hộ chiếu của bạn.

Nếu chủ đã bóc lột bạn, bạn có thể được giúp xin giấy phép cho công việc mới. Bị bóc lột không làm mất quyền của bạn: Hệ thống hỗ trợ giúp nạn nhân kể cả khi họ ở Phần Lan không có giấy phép hợp lệ."""),
    "th": ("ใบอนุญาตพำนักและการเปลี่ยนนายจ้าง", "ใบอนุญาตของคุณอนุญาตให้ทำอะไร และต้องทำอย่างไรถ้าอยากเปลี่ยนงาน",
           """ใบอนุญาตพำนักเพื่อทำงานหลายประเภทผูกกับสาขาอาชีพ โดยปกติคุณเปลี่ยนนายจ้างในสาขาเดียวกันได้ ถ้าจะทำงานสาขาอื่นอาจต้องมีใบอนุญาตใหม่ ตรวจสอบเงื่อนไขใบอนุญาตของคุณ หรือถามสำนักงานตรวจคนเข้าเมืองฟินแลนด์ (Migri)

นายจ้างต้องตรวจสอบว่าคุณมีสิทธิทำงาน แต่เก็บบัตรใบอนุญาตพำนักหรือหนังสือเดินทางของคุณไว้ไม่ได้

ถ้านายจ้างแสวงประโยชน์จากคุณ คุณขอความช่วยเหลือในการยื่นขอใบอนุญาตสำหรับงานใหม่ได้ การถูกแสวงประโยชน์ไม่ได้ทำให้คุณเสียสิทธิ ระบบช่วยเหลือช่วยผู้เสียหายแม้อยู่ในฟินแลนด์โดยไม่มีใบอนุญาตที่ยังใช้ได้"""),
    "so": ("Ruqsadda deganaanshaha iyo beddelidda loo-shaqeeyaha", "Waxa ruqsaddaadu kuu oggolaato iyo waxa aad samayso haddii aad rabto inaad shaqo beddesho.",
           """Ruqsado badan oo deganaansho shaqo waxay ku xiran yihiin qayb shaqo. Badanaa waxaad beddeli kartaa loo-shaqeeyaha isla qaybtaas gudaheeda. Si aad uga shaqeyso qayb kale waxaa laga yaabaa inaad u baahato ruqsad cusub. Hubi shuruudaha ruqsaddaada ama weydii Hay'adda Socdaalka Finland (Migri).

Loo-shaqeeyaha waa inuu hubiyaa inaad xaq u leedahay inaad shaqeyso, laakiin ma hayn karo kaarka ruqsaddaada deganaanshaha ama baasaboorkaaga.

Haddii loo-shaqeeyuhu kaa faa'iidaystay, waxaad heli kartaa caawimo si aad ruqsad ugu codsato shaqo cusub. Ka faa'iidaysigu xuquuqdaada kaama qaado: Nidaamka Caawinta wuxuu caawiyaa dhibanayaasha xitaa haddii ay Finland joogaan ruqsad sax ah la'aan."""),
    "ti": ("ፍቓድ መንበርን ምቕያር ወሃቢ ስራሕን", "ፍቓድካ እንታይ ከም ዘፍቅድን ስራሕ ክትቅይር እንተ ደሊኻ እንታይ ከም እትገብርን።",
           """ብዙሓት ናይ ስራሕ ፍቓድ መንበር ምስ ሓደ ዓውዲ ስራሕ ዝተኣሳሰሩ እዮም። ብዙሕ ግዜ ኣብ ሓደ ዓውዲ ወሃቢ ስራሕ ክትቅይር ትኽእል። ኣብ ካልእ ዓውዲ ንምስራሕ ሓድሽ ፍቓድ ከድልየካ ይኽእል። ኩነታት ፍቓድካ ኣረጋግጽ ወይ ንቤት ጽሕፈት ኢሚግሬሽን ፊንላንድ (Migri) ሕተት።

ወሃቢ ስራሕ ናይ ምስራሕ መሰል ከም ዘለካ ከረጋግጽ ኣለዎ፡ ግን ካርድ ፍቓድ መንበርካ ወይ ፓስፖርትካ ክሕዝ ኣይፍቀዶን።

ወሃቢ ስራሕ እንተ መዝሚዙካ፡ ንሓድሽ ስራሕ ፍቓድ ንምሕታት ሓገዝ ክትረክብ ትኽእል። ምዝመዛ መሰላትካ ኣይወስድን: ስርዓት ሓገዝ ንግዳያት ብዘይ ቅቡል ፍቓድ ኣብ ፊንላንድ እንተ ሃለዉ እውን ይሕግዝ።"""),
    "zh-hans": ("居留许可和更换雇主", "你的许可允许做什么，想换工作时该怎么办。",
                """许多工作类居留许可与某个职业领域挂钩。通常你可以在同一领域内更换雇主。要在其他领域工作，可能需要新的许可。请核对你自己许可的条件，或询问芬兰移民局（Migri）。

雇主必须核实你有工作权利，但不能扣留你的居留卡或护照。

如果雇主剥削了你，你可以得到帮助，为新工作申请许可。被剥削不会让你失去权利：即使受害者在芬兰没有有效许可，援助系统也会帮助他们。"""),
    "ro": ("Permisul de ședere și schimbarea angajatorului", "Ce îți permite permisul și ce faci dacă vrei să schimbi locul de muncă.",
           """Multe permise de ședere pentru muncă sunt legate de un domeniu de activitate. De obicei poți schimba angajatorul în același domeniu. Pentru a lucra în alt domeniu s-ar putea să ai nevoie de un permis nou. Verifică condițiile permisului tău sau întreabă Serviciul finlandez de imigrări (Migri).

Angajatorul trebuie să verifice că ai dreptul să lucrezi, dar nu are voie să-ți păstreze cardul de ședere sau pașaportul.

Dacă angajatorul te-a exploatat, poți primi ajutor să ceri un permis pentru un loc de muncă nou. Exploatarea nu îți ia drepturile: Sistemul de asistență ajută victimele chiar dacă sunt în Finlanda fără un permis valabil."""),
    "bg": ("Разрешение за пребиваване и смяна на работодател", "Какво позволява разрешението ви и какво да правите, ако искате да смените работата.",
           """Много разрешения за пребиваване с цел работа са свързани с определена област. Обикновено можете да смените работодателя в същата област. За работа в друга област може да ви трябва ново разрешение. Проверете условията на разрешението си или попитайте Финландската имиграционна служба (Migri).

Работодателят трябва да провери, че имате право да работите, но не може да държи картата ви за пребиваване или паспорта ви.

Ако работодателят ви е експлоатирал, можете да получите помощ да кандидатствате за разрешение за нова работа. Експлоатацията не ви отнема правата: Системата за помощ помага на жертви дори ако са във Финландия без валидно разрешение."""),
    "tl": ("Residence permit at pagpapalit ng employer", "Ano ang pinapayagan ng permit mo, at ano ang gagawin kung gusto mong lumipat ng trabaho.",
           """Maraming work-based residence permit ang nakatali sa isang larangan ng trabaho. Karaniwan, puwede kang lumipat ng employer sa loob ng parehong larangan. Para magtrabaho sa ibang larangan, baka kailangan mo ng bagong permit. Tingnan ang mga kondisyon ng sarili mong permit o magtanong sa Finnish Immigration Service (Migri).

Dapat suriin ng employer na may karapatan kang magtrabaho, pero hindi nito puwedeng itago ang residence permit card o pasaporte mo.

Kung pinagsamantalahan ka ng employer, puwede kang matulungang mag-apply ng permit para sa bagong trabaho. Hindi inaalis ng pagsasamantala ang mga karapatan mo: tinutulungan ng Assistance System ang mga biktima kahit nasa Finland sila nang walang balidong permit."""),
    "fr": ("Titre de séjour et changement d'employeur", "Ce que permet votre titre de séjour, et que faire si vous voulez changer d'emploi.",
           """Beaucoup de titres de séjour pour le travail sont liés à un domaine d'activité. En général, vous pouvez changer d'employeur dans le même domaine. Pour travailler dans un autre domaine, il vous faudra peut-être un nouveau titre. Vérifiez les conditions de votre titre ou renseignez-vous auprès du Service finlandais de l'immigration (Migri).

L'employeur doit vérifier que vous avez le droit de travailler, mais il ne peut pas garder votre carte de séjour ni votre passeport.

Si votre employeur vous a exploité, vous pouvez être aidé pour demander un titre pour un nouvel emploi. L'exploitation ne vous enlève pas vos droits : le Système d'aide aide les victimes même si elles sont en Finlande sans titre valide."""),
}
MORE["residence-permit"] = {lang: {"title": t, "summary": s, "body": b} for lang, (t, s, b) in _PERMIT.items()}
