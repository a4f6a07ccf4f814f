"""Dismissal after the trial period (issue 14, fact check 2026-11-30): since 1.1.2026 a proper reason is enough
(tem.fi 22.12.2025), no longer "a proper and weighty reason". This brings the English text and the
translations of the "trial-period" article to the shipped text.

Only a version still exactly as shipped is changed: status draft, title and summary as shipped, and the body the
shipped body with the old second paragraph (OLD_SECOND_PARAGRAPH below, the text loaded until now). A version a
staff member edited (any difference) or marked reviewed is left alone, to be corrected by hand in the rights
library."""

from django.db import migrations

SLUG = "trial-period"

# The second paragraph shipped until this correction, per language (frozen here: the data module now holds the
# new one).
OLD_SECOND_PARAGRAPH = {
    "en": "After the trial period the employer needs a proper and weighty reason to dismiss you, and must respect the notice period. The notice period depends on how long you have worked, from 14 days upwards.",
    "fi": "Koeajan jälkeen työnantaja tarvitsee irtisanomiseen asiallisen ja painavan syyn, ja irtisanomisaikaa on noudatettava. Irtisanomisaika riippuu siitä, kuinka kauan olet ollut töissä, ja on vähintään 14 päivää.",
    "sv": "Efter prövotiden behöver arbetsgivaren en saklig och vägande grund för att säga upp dig och ska iaktta uppsägningstiden. Uppsägningstiden beror på hur länge du har arbetat och är minst 14 dagar.",
    "ru": "После испытательного срока работодателю нужна надлежащая и веская причина для увольнения, и он должен соблюдать срок предупреждения. Срок зависит от того, сколько вы проработали, — от 14 дней.",
    "uk": "Після випробувального строку роботодавцю потрібна належна й вагома причина для звільнення, і він має дотримуватися строку попередження. Строк залежить від того, скільки ви пропрацювали, — від 14 днів.",
    "ar": "بعد فترة التجربة يحتاج صاحب العمل إلى سبب مناسب وجدي لفصلك، ويجب أن يلتزم بمهلة الإنهاء. تعتمد المهلة على مدة عملك، وتبدأ من 14 يوماً.",
    "fa": "پس از دوره آزمایشی کارفرما برای اخراج به دلیل موجه و جدی نیاز دارد و باید مهلت فسخ را رعایت کند. مهلت به مدت کارتان بستگی دارد و از 14 روز شروع می‌شود.",
    "vi": "Sau thời gian thử việc, chủ cần lý do chính đáng và nghiêm trọng để sa thải bạn và phải tuân thủ thời hạn báo trước. Thời hạn này tùy vào thời gian bạn đã làm, từ 14 ngày trở lên.",
    "th": "หลังช่วงทดลองงาน นายจ้างต้องมีเหตุผลที่เหมาะสมและหนักแน่นจึงจะเลิกจ้างได้ และต้องให้ระยะเวลาบอกกล่าวล่วงหน้า ซึ่งขึ้นกับระยะเวลาที่ทำงาน เริ่มที่ 14 วัน",
    "so": "Tijaabada kadib, loo-shaqeeyuhu wuxuu u baahan yahay sabab habboon oo culus si uu kuu eryo, waana inuu ilaaliyaa muddada ogeysiinta. Muddadu waxay ku xiran tahay inta aad shaqeysay, laga bilaabo 14 maalmood.",
    "ti": "ድሕሪ ግዜ ፈተነ ወሃቢ ስራሕ ንምብራርካ ቅኑዕን ከቢድን ምኽንያት የድልዮ፡ ግዜ ምሕባር ድማ ክሕሉ ኣለዎ። እቲ ግዜ ኣብቲ ዝሰራሕካዮ ግዜ ይምርኮስ፡ ካብ 14 መዓልቲ ይጅምር።",
    "zh-hans": "试用期结束后，雇主需要有正当且重大的理由才能解雇你，并且必须遵守解雇通知期。通知期取决于你工作了多久，从14天起。",
    "ro": "După perioada de probă, angajatorul are nevoie de un motiv întemeiat și serios ca să te concedieze și trebuie să respecte preavizul. Preavizul depinde de cât ai lucrat, de la 14 zile în sus.",
    "bg": "След изпитателния срок работодателят трябва да има основателна и сериозна причина, за да ви уволни, и да спази срока на предизвестие. Той зависи от това колко сте работили — от 14 дни нагоре.",
    "tl": "Pagkatapos ng trial period, kailangan ng employer ng wasto at mabigat na dahilan para tanggalin ka, at dapat sundin ang notice period. Nakadepende ito sa tagal ng trabaho mo, mula 14 na araw pataas.",
    "fr": "Après la période d'essai, l'employeur a besoin d'un motif réel et sérieux pour vous licencier et doit respecter le préavis. Le préavis dépend de votre ancienneté, à partir de 14 jours.",
    "am": "ከሙከራ ጊዜ በኋላ አሠሪው እርስዎን ለማሰናበት ተገቢ እና ከባድ ምክንያት ያስፈልገዋል፤ የማስጠንቀቂያ ጊዜውንም ማክበር አለበት። የማስጠንቀቂያ ጊዜው በሠሩበት ጊዜ ርዝመት ይወሰናል፤ ከ14 ቀን ጀምሮ ወደ ላይ።",
    "my": "အစမ်းခန့်ကာလ ပြီးရင် အလုပ်ရှင်က သင့်ကို အလုပ်ထုတ်ဖို့ သင့်လျော်ပြီး လေးနက်တဲ့ အကြောင်းပြချက် လိုပြီး ကြိုတင်အကြောင်းကြားရမယ့်ကာလကိုလည်း လိုက်နာရပါမယ်။ ကြိုတင်အကြောင်းကြားရမယ့်ကာလဟာ သင် ဘယ်လောက်ကြာကြာ အလုပ်လုပ်ခဲ့သလဲ အပေါ် မူတည်ပြီး 14 ရက်ကနေ စပါတယ်။",
    "km": "បន្ទាប់ពីរយៈពេលសាកល្បង និយោជកត្រូវការហេតុផលត្រឹមត្រូវ និងធ្ងន់ធ្ងរ ដើម្បីបញ្ឈប់អ្នក ហើយត្រូវគោរពរយៈពេលជូនដំណឹងមុន។ រយៈពេលជូនដំណឹងមុន អាស្រ័យលើរយៈពេលដែលអ្នកបានធ្វើការ ចាប់ពី 14 ថ្ងៃឡើងទៅ។",
    "si": "පරිවාස කාලයෙන් පසු ඔබව සේවයෙන් පහ කිරීමට සේවා යෝජකයාට නිසි සහ බරපතළ හේතුවක් අවශ්‍යය, තවද දැනුම්දීමේ කාලයට ගරු කළ යුතුය. දැනුම්දීමේ කාලය ඔබ කොපමණ කාලයක් වැඩ කර ඇත්ද යන්න මත රඳා පවතී, දින 14 සිට ඉහළට.",
    "es": "Después del período de prueba, el empleador necesita un motivo justificado y de peso para despedirle, y debe respetar el plazo de preaviso. El plazo de preaviso depende de cuánto tiempo ha trabajado usted, a partir de 14 días.",
    "pt": "Depois do período experimental, o empregador precisa de um motivo justo e sério para o despedir, e tem de respeitar o prazo de aviso prévio. O prazo de aviso prévio depende de há quanto tempo trabalha, a partir de 14 dias.",
    "pl": "Po okresie próbnym pracodawca potrzebuje właściwej i ważnej przyczyny, żeby cię zwolnić, i musi zachować okres wypowiedzenia. Okres wypowiedzenia zależy od tego, jak długo pracujesz, i wynosi od 14 dni w górę.",
    "tr": "Deneme süresinden sonra işverenin sizi işten çıkarmak için geçerli ve ciddi bir nedene ihtiyacı vardır ve ihbar süresine uyması gerekir. İhbar süresi ne kadar süredir çalıştığınıza bağlıdır ve 14 günden başlar.",
    "ckb": "دوای ماوەی تاقیکردنەوە، خاوەنکار پێویستی بە هۆیەکی دروست و گرنگ هەیە بۆ دەرکردنت، و دەبێت ماوەی ئاگادارکردنەوە ڕەچاو بکات. ماوەی ئاگادارکردنەوە پەیوەستە بەوەی چەند ماوە کارت کردووە، لە 14 ڕۆژەوە بەرەو سەرەوە.",
    "ps": "د آزموینې له مودې وروسته کارفرما تاسو د ګوښه کولو لپاره سم او جدي دلیل ته اړتیا لري، او باید د خبرتیا موده په پام کې ونیسي. د خبرتیا موده پر دې پورې اړه لري چې څومره موده مو کار کړی، له 14 ورځو څخه پورته.",
    "ur": "آزمائشی مدت کے بعد آجر کو آپ کو برخاست کرنے کے لیے مناسب اور ٹھوس وجہ چاہیے، اور اسے نوٹس کی مدت کا خیال رکھنا ہوگا۔ نوٹس کی مدت اس پر منحصر ہے کہ آپ نے کتنا عرصہ کام کیا ہے، 14 دن سے اوپر۔",
    "hi": "परीक्षण अवधि के बाद नियोक्ता को आपको निकालने के लिए उचित और ठोस कारण चाहिए, और उसे नोटिस अवधि का पालन करना होगा। नोटिस अवधि इस पर निर्भर करती है कि आपने कितने समय काम किया है, 14 दिनों से ऊपर।",
    "ne": "परीक्षणकालपछि रोजगारदातालाई तपाईंलाई निकाल्न उचित र गम्भीर कारण चाहिन्छ, र सूचना अवधि पालना गर्नैपर्छ। सूचना अवधि तपाईंले कति समय काम गर्नुभयो त्यसमा भर पर्छ, 14 दिनदेखि माथि।",
    "et": "Pärast katseaega on tööandjal sinu vallandamiseks vaja õiget ja kaalukat põhjust ning ta peab järgima etteteatamisaega. Etteteatamisaeg sõltub sellest, kui kaua sa oled töötanud, alates 14 päevast.",
    "lv": "Pēc pārbaudes laika darba devējam jūsu atlaišanai vajadzīgs pamatots un nopietns iemesls, un jāievēro uzteikuma termiņš. Uzteikuma termiņš ir atkarīgs no tā, cik ilgi esat strādājis, sākot no 14 dienām.",
    "lt": "Po bandomojo laikotarpio darbdaviui, norint jus atleisti, reikia tinkamos ir svarbios priežasties, be to, jis privalo laikytis įspėjimo termino. Įspėjimo terminas priklauso nuo to, kiek laiko dirbote, – nuo 14 dienų ir daugiau.",
    "bn": "পরীক্ষামূলক সময়ের পরে আপনাকে বরখাস্ত করতে নিয়োগকর্তার একটি যথাযথ ও গুরুতর কারণ লাগে, এবং নোটিশের সময় মানতে হয়। নোটিশের সময় নির্ভর করে আপনি কতদিন কাজ করেছেন তার ওপর, 14 দিন থেকে শুরু করে বেশি।",
    "ta": "சோதனைக் காலத்திற்குப் பிறகு உங்களை வேலையிலிருந்து நீக்க முதலாளிக்கு முறையான, வலுவான காரணம் தேவை, மேலும் அறிவிப்புக் காலத்தை மதிக்க வேண்டும். அறிவிப்புக் காலம் நீங்கள் எவ்வளவு காலம் வேலை செய்தீர்கள் என்பதைப் பொறுத்தது, 14 நாட்களிலிருந்து மேல்.",
    "ka": "გამოსაცდელი ვადის შემდეგ დამსაქმებელს თქვენი გათავისუფლებისთვის სჭირდება სათანადო და მნიშვნელოვანი მიზეზი და უნდა დაიცვას გაფრთხილების ვადა. გაფრთხილების ვადა დამოკიდებულია იმაზე, რამდენ ხანს მუშაობდით, 14 დღიდან ზემოთ.",
    "ky": "Сыноо мөөнөтүнөн кийин иш берүүчүгө сизди бошотуш үчүн тийиштүү жана олуттуу себеп керек, жана ал эскертүү мөөнөтүн сакташы керек. Эскертүү мөөнөтү канча убакыт иштегениңизге жараша болот, 14 күндөн баштап жана андан көп.",
    "uz": "Sinov muddatidan keyin ish beruvchiga sizni ishdan boʻshatish uchun asosli va jiddiy sabab kerak, va u ogohlantirish muddatiga rioya qilishi kerak. Ogohlantirish muddati qancha vaqt ishlaganingizga bogʻliq, 14 kundan boshlab va undan koʻp.",
    "kmr": "Piştî dema ceribandinê, kardêr ji bo derxistina we sedemeke rast û giran hewce dike, û divê dema agahdarkirinê bigire ber çavan. Dema agahdarkirinê girêdayî wê ye ka we çiqas xebitiye, ji 14 rojan û zêdetir.",
    "sq": "Pas periudhës së provës, punëdhënësi ka nevojë për një arsye të duhur dhe të rëndësishme për t'ju pushuar, dhe duhet të respektojë periudhën e njoftimit. Periudha e njoftimit varet nga sa kohë keni punuar, nga 14 ditë e lart.",
    "id": "Setelah masa percobaan, pemberi kerja memerlukan alasan yang tepat dan kuat untuk memberhentikan Anda, dan harus mematuhi masa pemberitahuan. Masa pemberitahuan tergantung berapa lama Anda sudah bekerja, mulai dari 14 hari ke atas.",
}


def correct(apps, schema_editor):
    from ikut.rights import article_data

    ArticleVersion = apps.get_model("rights", "ArticleVersion")
    shipped = next(item for item in article_data.ARTICLES if item["slug"] == SLUG)["text"]
    for lang, old_paragraph in OLD_SECOND_PARAGRAPH.items():
        text = shipped.get(lang)
        if text is None:  # a language this build does not ship
            continue
        body = text["body"].strip()
        paragraphs = body.split("\n\n")
        was = "\n\n".join(paragraphs[:1] + [old_paragraph] + paragraphs[2:])
        for version in ArticleVersion.objects.filter(
                article__slug=SLUG, language=lang, status="draft", title=text["title"],
                summary=text.get("summary", ""), body=was):
            version.body = body
            version.save()  # save(), not update(): updated_at shows when the text changed


class Migration(migrations.Migration):
    dependencies = [("rights", "0006_fact_check_2026_11_30")]
    operations = [migrations.RunPython(correct, migrations.RunPython.noop)]
