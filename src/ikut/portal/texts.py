"""Portal page texts added for issue 13 (neutral quick-exit page, portal 404/500, leaving without
JavaScript), one block per portal language — the same structure and helper as rights/offer_texts.py, so a
new language is one more block. Every language except English is a MACHINE DRAFT, not reviewed."""


from ikut.core.i18n import current_language

EN = {
    "weather.title": "Weather",
    "weather.body": "Today: partly cloudy, light wind. Tomorrow: showers in the afternoon.",
    "404.title": "Page not found",
    "404.body": "Check the address, or go to the home page.",
    "500.title": "Something went wrong",
    "500.body": "Please try again in a moment.",
    "nojs.exit": "To leave safely, close this tab. Without JavaScript the Back button can still show these pages.",
}

TEXTS = {
    "fi": {"weather.title": "Sää", "weather.body": "Tänään: puolipilvistä, heikkoa tuulta. Huomenna: iltapäivällä sadekuuroja.",
           "404.title": "Sivua ei löytynyt", "404.body": "Tarkista osoite tai mene etusivulle.",
           "500.title": "Jokin meni vikaan", "500.body": "Yritä hetken kuluttua uudelleen.",
           "nojs.exit": "Poistu turvallisesti sulkemalla tämä välilehti. Ilman JavaScriptiä Takaisin-painike voi yhä näyttää nämä sivut."},
    "sv": {"weather.title": "Väder", "weather.body": "I dag: halvmulet, svag vind. I morgon: regnskurar på eftermiddagen.",
           "404.title": "Sidan hittades inte", "404.body": "Kontrollera adressen eller gå till startsidan.",
           "500.title": "Något gick fel", "500.body": "Försök igen om en stund.",
           "nojs.exit": "Stäng den här fliken för att lämna säkert. Utan JavaScript kan Tillbaka-knappen fortfarande visa de här sidorna."},
    "ru": {"weather.title": "Погода", "weather.body": "Сегодня: переменная облачность, слабый ветер. Завтра: днём кратковременные дожди.",
           "404.title": "Страница не найдена", "404.body": "Проверьте адрес или перейдите на главную страницу.",
           "500.title": "Что-то пошло не так", "500.body": "Попробуйте ещё раз через минуту.",
           "nojs.exit": "Чтобы безопасно уйти, закройте эту вкладку. Без JavaScript кнопка «Назад» всё ещё может показать эти страницы."},
    "uk": {"weather.title": "Погода", "weather.body": "Сьогодні: мінлива хмарність, слабкий вітер. Завтра: удень короткочасні дощі.",
           "404.title": "Сторінку не знайдено", "404.body": "Перевірте адресу або перейдіть на головну сторінку.",
           "500.title": "Щось пішло не так", "500.body": "Спробуйте ще раз за хвилину.",
           "nojs.exit": "Щоб безпечно піти, закрийте цю вкладку. Без JavaScript кнопка «Назад» усе ще може показати ці сторінки."},
    "ar": {"weather.title": "الطقس", "weather.body": "اليوم: غائم جزئيًا، رياح خفيفة. غدًا: زخات مطر بعد الظهر.",
           "404.title": "الصفحة غير موجودة", "404.body": "تحقق من العنوان، أو اذهب إلى الصفحة الرئيسية.",
           "500.title": "حدث خطأ ما", "500.body": "يرجى المحاولة مرة أخرى بعد قليل.",
           "nojs.exit": "لتغادر بأمان، أغلق علامة التبويب هذه. بدون جافاسكربت قد يعرض زر الرجوع هذه الصفحات."},
    "fa": {"weather.title": "هوا", "weather.body": "امروز: نیمه‌ابری، باد ملایم. فردا: رگبار در بعدازظهر.",
           "404.title": "صفحه پیدا نشد", "404.body": "نشانی را بررسی کنید یا به صفحه اصلی بروید.",
           "500.title": "مشکلی پیش آمد", "500.body": "لطفاً کمی بعد دوباره امتحان کنید.",
           "nojs.exit": "برای خروج امن این زبانه را ببندید. بدون جاوااسکریپت دکمه بازگشت هنوز می‌تواند این صفحه‌ها را نشان دهد."},
    "vi": {"weather.title": "Thời tiết", "weather.body": "Hôm nay: trời có mây, gió nhẹ. Ngày mai: mưa rào vào buổi chiều.",
           "404.title": "Không tìm thấy trang", "404.body": "Hãy kiểm tra địa chỉ hoặc về trang chủ.",
           "500.title": "Đã có lỗi xảy ra", "500.body": "Vui lòng thử lại sau ít phút.",
           "nojs.exit": "Để rời đi an toàn, hãy đóng thẻ này. Không có JavaScript, nút Quay lại vẫn có thể hiện các trang này."},
    "th": {"weather.title": "สภาพอากาศ", "weather.body": "วันนี้: มีเมฆบางส่วน ลมอ่อน พรุ่งนี้: ฝนตกเป็นช่วงในตอนบ่าย",
           "404.title": "ไม่พบหน้านี้", "404.body": "ตรวจสอบที่อยู่ หรือไปที่หน้าแรก",
           "500.title": "เกิดข้อผิดพลาด", "500.body": "โปรดลองอีกครั้งในอีกสักครู่",
           "nojs.exit": "เพื่อออกอย่างปลอดภัย ให้ปิดแท็บนี้ หากไม่มี JavaScript ปุ่มย้อนกลับอาจยังแสดงหน้าเหล่านี้ได้"},
    "so": {"weather.title": "Cimilada", "weather.body": "Maanta: daruur qayb ah, dabayl khafiif ah. Berri: roob kooban galabta.",
           "404.title": "Boggan lama helin", "404.body": "Hubi ciwaanka, ama aad bogga hore.",
           "500.title": "Wax baa khaldamay", "500.body": "Fadlan mar kale isku day wax yar kadib.",
           "nojs.exit": "Si aad si ammaan ah uga baxdo, xir tab-kan. JavaScript la'aanteed badhanka Dib u noqo wali wuu tusi karaa boggagan."},
    "ti": {"weather.title": "ኩነታት ኣየር", "weather.body": "ሎሚ፦ ብኸፊል ደበናዊ፡ ፎኲስ ንፋስ። ጽባሕ፦ ድሕሪ ቐትሪ ዝናብ።",
           "404.title": "እቲ ገጽ ኣይተረኽበን", "404.body": "ነቲ ኣድራሻ ኣረጋግጽ፡ ወይ ናብ ቀዳማይ ገጽ ኪድ።",
           "500.title": "ገለ ነገር ተጋጊዩ", "500.body": "በጃኻ ድሕሪ ቁሩብ እንደገና ፈትን።",
           "nojs.exit": "ብውሑስ ንምውጻእ ነዚ ታብ ዕጸዎ። ብዘይ JavaScript ናይ ድሕሪት መልጎም ነዞም ገጻት ከርእዮም ይኽእል እዩ።"},
    "zh-hans": {"weather.title": "天气", "weather.body": "今天：多云，微风。明天：下午有阵雨。",
                "404.title": "找不到页面", "404.body": "请检查网址，或返回首页。",
                "500.title": "出了点问题", "500.body": "请稍后再试。",
                "nojs.exit": "要安全离开，请关闭此标签页。没有 JavaScript 时，“后退”按钮仍可能显示这些页面。"},
    "ro": {"weather.title": "Vremea", "weather.body": "Azi: parțial noros, vânt slab. Mâine: averse după-amiaza.",
           "404.title": "Pagina nu a fost găsită", "404.body": "Verifică adresa sau mergi la pagina principală.",
           "500.title": "Ceva nu a mers bine", "500.body": "Te rugăm să încerci din nou peste puțin timp.",
           "nojs.exit": "Ca să pleci în siguranță, închide această filă. Fără JavaScript, butonul Înapoi poate încă arăta aceste pagini."},
    "bg": {"weather.title": "Времето", "weather.body": "Днес: променлива облачност, слаб вятър. Утре: краткотрайни валежи следобед.",
           "404.title": "Страницата не е намерена", "404.body": "Проверете адреса или отидете на началната страница.",
           "500.title": "Нещо се обърка", "500.body": "Моля, опитайте отново след малко.",
           "nojs.exit": "За да излезете безопасно, затворете този раздел. Без JavaScript бутонът „Назад“ все още може да покаже тези страници."},
    "tl": {"weather.title": "Panahon", "weather.body": "Ngayon: bahagyang maulap, mahinang hangin. Bukas: mga pag-ulan sa hapon.",
           "404.title": "Hindi nahanap ang pahina", "404.body": "Suriin ang address, o pumunta sa home page.",
           "500.title": "May nangyaring mali", "500.body": "Pakisubukang muli mamaya.",
           "nojs.exit": "Para ligtas na umalis, isara ang tab na ito. Kapag walang JavaScript, maaari pa ring ipakita ng Back button ang mga pahinang ito."},
    "fr": {"weather.title": "Météo", "weather.body": "Aujourd'hui : partiellement nuageux, vent faible. Demain : averses l'après-midi.",
           "404.title": "Page introuvable", "404.body": "Vérifiez l'adresse ou allez à la page d'accueil.",
           "500.title": "Un problème est survenu", "500.body": "Veuillez réessayer dans un instant.",
           "nojs.exit": "Pour partir en sécurité, fermez cet onglet. Sans JavaScript, le bouton Retour peut encore afficher ces pages."},
}


def _merge_language_modules():
    """The PORTAL texts of the languages kept as one data module each (rights/i18n/<code>.py)."""
    from ikut.rights import i18n

    for lang, texts in i18n.section("PORTAL").items():
        block = TEXTS.setdefault(lang, {})
        for key, value in texts.items():
            if key in EN and isinstance(value, str) and value.strip():
                block.setdefault(key, value)


_merge_language_modules()


def text(key, lang=None):
    lang = lang or current_language()
    return TEXTS.get(lang, {}).get(key) or EN[key]
