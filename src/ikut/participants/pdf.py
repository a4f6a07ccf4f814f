"""PDFs: the printable pathway plan (participant's language and Finnish side by side) and the readable
data-subject export, rendered by `ikut.core.pdf.render_pdf` with its whole Noto font stack (every script a
participant's language may need).
"""

from django.template.loader import render_to_string
from django.utils import timezone

from ikut.core.pdf import render_pdf

from .models import PHASE_ORDER, Phase

# The plan's fixed wording in the languages participants read. Machine-drafted: needs human review
# (the PDF says so). Phase keys follow models.Phase.
PLAN_TEXT = {
    "fi": {"title": "Työelämäpolun suunnitelma", "goals": "Tavoitteet omin sanoin", "tasks": "Tehtävät",
           "due": "määräaika", "phase": "Vaihe", "current": "nyt", "code": "Tunnus", "date": "Päivämäärä",
           "none": "Ei vielä suunniteltu.",
           "phases": ["Alkuvaihe", "Osaamisen tunnistaminen", "Oikeudet ja työelämätieto",
                      "Työvalmius ja koulutus", "Työkokeilu tai harjoittelu", "Työllistyminen", "Seuranta"]},
    "sv": {"title": "Plan för arbetslivsstigen", "goals": "Mål med egna ord", "tasks": "Uppgifter",
           "due": "senast", "phase": "Skede", "current": "nu", "code": "Kod", "date": "Datum",
           "none": "Inget planerat ännu.",
           "phases": ["Inledning", "Kartläggning av kompetens", "Rättigheter och information om arbetslivet",
                      "Arbetsberedskap och utbildning", "Arbetsprövning eller praktik", "Anställning",
                      "Uppföljning"]},
    "en": {"title": "Working-life pathway plan", "goals": "Goals in my own words", "tasks": "Tasks",
           "due": "due", "phase": "Phase", "current": "now", "code": "Code", "date": "Date",
           "none": "Nothing planned yet.",
           "phases": [str(p.label) for p in Phase]},
    "th": {"title": "แผนเส้นทางสู่การทำงาน", "goals": "เป้าหมายในคำพูดของฉันเอง", "tasks": "สิ่งที่ต้องทำ",
           "due": "กำหนด", "phase": "ขั้นตอน", "current": "ตอนนี้", "code": "รหัส", "date": "วันที่",
           "none": "ยังไม่มีแผน",
           "phases": ["เริ่มต้น", "ค้นหาทักษะ", "สิทธิและข้อมูลเกี่ยวกับการทำงาน", "ความพร้อมในการทำงานและการฝึกอบรม",
                      "ทดลองงานหรือฝึกงาน", "การจ้างงาน", "ติดตามผล"]},
    "vi": {"title": "Kế hoạch con đường việc làm", "goals": "Mục tiêu bằng lời của tôi", "tasks": "Việc cần làm",
           "due": "hạn", "phase": "Giai đoạn", "current": "hiện tại", "code": "Mã số", "date": "Ngày",
           "none": "Chưa có kế hoạch.",
           "phases": ["Tiếp nhận", "Xác định kỹ năng", "Quyền lợi và thông tin về việc làm",
                      "Sẵn sàng làm việc và đào tạo", "Thử việc hoặc thực tập", "Có việc làm", "Theo dõi"]},
    "uk": {"title": "План шляху до роботи", "goals": "Цілі моїми словами", "tasks": "Завдання",
           "due": "до", "phase": "Етап", "current": "зараз", "code": "Код", "date": "Дата",
           "none": "Ще нічого не заплановано.",
           "phases": ["Початок", "Визначення навичок", "Права та інформація про роботу",
                      "Готовність до роботи та навчання", "Пробна робота або стажування", "Працевлаштування",
                      "Подальший супровід"]},
    "ru": {"title": "План пути к работе", "goals": "Цели моими словами", "tasks": "Задачи",
           "due": "до", "phase": "Этап", "current": "сейчас", "code": "Код", "date": "Дата",
           "none": "Пока ничего не запланировано.",
           "phases": ["Начало", "Определение навыков", "Права и информация о работе",
                      "Готовность к работе и обучение", "Пробная работа или стажировка", "Трудоустройство",
                      "Последующее сопровождение"]},
    "ar": {"title": "خطة المسار إلى العمل", "goals": "أهدافي بكلماتي", "tasks": "المهام",
           "due": "الموعد", "phase": "المرحلة", "current": "الآن", "code": "الرمز", "date": "التاريخ",
           "none": "لا يوجد تخطيط بعد.",
           "phases": ["البداية", "تحديد المهارات", "الحقوق ومعلومات عن العمل", "الاستعداد للعمل والتدريب",
                      "تجربة عمل أو تدريب عملي", "التوظيف", "المتابعة"]},
    "fa": {"title": "برنامه مسیر کاری", "goals": "هدف‌ها به زبان خودم", "tasks": "کارها",
           "due": "مهلت", "phase": "مرحله", "current": "اکنون", "code": "کد", "date": "تاریخ",
           "none": "هنوز برنامه‌ای نیست.",
           "phases": ["شروع", "شناسایی مهارت‌ها", "حقوق و اطلاعات کار", "آمادگی کار و آموزش",
                      "کار آزمایشی یا کارآموزی", "استخدام", "پیگیری"]},
    "so": {"title": "Qorshaha waddada shaqada", "goals": "Yoolalkayga ereyadayda", "tasks": "Hawlaha",
           "due": "waqtiga", "phase": "Heerka", "current": "hadda", "code": "Koodh", "date": "Taariikh",
           "none": "Weli wax lama qorsheyn.",
           "phases": ["Bilowga", "Aqoonsiga xirfadaha", "Xuquuqda iyo macluumaadka shaqada",
                      "Diyaarinta shaqada iyo tababar", "Tijaabo shaqo ama tababar", "Shaqo", "La-socod"]},
    "ti": {"title": "መደብ መገዲ ስራሕ", "goals": "ዕላማታተይ ብቓላተይ", "tasks": "ዕማማት",
           "due": "ግዜ", "phase": "ደረጃ", "current": "ሕጂ", "code": "ኮድ", "date": "ዕለት",
           "none": "ገና ዝተመደበ የለን።",
           "phases": ["መእተዊ", "ክእለት ምልላይ", "መሰላትን ሓበሬታ ስራሕን", "ንስራሕ ምድላውን ስልጠናን",
                      "ፈተነ ስራሕ", "ስራሕ", "ክትትል"]},
}


def _more():
    from ikut.languages import LANGUAGES

    from .plan_text_more import FALLBACK, MORE

    for code, wording in MORE.items():
        PLAN_TEXT.setdefault(code, wording)
    for code, note in FALLBACK.items():
        if code in PLAN_TEXT:
            PLAN_TEXT[code].setdefault("fallback", note)
    return {language.code for language in LANGUAGES if language.bidi}


RTL = _more()


def _day(value, lang):
    """A date in the column's language (never in the printing staff member's: that would be a third one)."""
    from django.utils import translation

    from ikut.core.formats import date_text

    with translation.override(lang):
        return date_text(value) if value else ""
def plan_context(p):
    """The plan in its two languages: the participant's and Finnish. A system task's wording missing in the
    participant's language is shown in English and the page says so (never silently a third language)."""
    from .system_tasks import text as task_text

    lang = p.language if p.language in PLAN_TEXT else "en"
    own, fi = PLAN_TEXT[lang], PLAN_TEXT["fi"]
    goals = list(p.goals.all())
    tasks = []
    fallback = False
    for t in p.tasks.exclude(status="dropped").select_related("owner"):
        own_text, used = task_text(t, lang)
        fi_text, _ = task_text(t, "fi")
        fallback = fallback or bool(used and used != lang)
        tasks.append({"phase": t.phase, "due_own": _day(t.due_date, lang), "due_fi": _day(t.due_date, "fi"),
                      "own": own_text, "own_lang": used or lang, "fi": fi_text})
    phases = []
    for i, key in enumerate(PHASE_ORDER):
        phases.append({"own": own["phases"][i], "fi": fi["phases"][i], "current": key == p.current_phase,
                       "goals": [g for g in goals if g.phase == key], "tasks": [t for t in tasks if t["phase"] == key]})
    return {"p": p, "own": own, "fi": fi, "lang": lang, "rtl": lang in RTL, "phases": phases,
            "same": lang == "fi", "today_own": _day(timezone.localdate(), lang),
            "today_fi": _day(timezone.localdate(), "fi"), "name": p.display_name(),
            "fallback": own.get("fallback", "") if fallback else ""}


def plan_pdf(p) -> bytes:
    return render_pdf(render_to_string("participants/pdf/plan.html", plan_context(p)))


def export_pdf(data) -> bytes:
    return render_pdf(render_to_string("participants/pdf/export.html", {"data": data}))


def consent_pdf(context) -> bytes:
    """A consent text (participants/_consent_text.html) as a PDF, in the text's language and direction."""
    return render_pdf(render_to_string("participants/pdf/consent.html", context))
