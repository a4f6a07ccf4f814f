"""The skills profile as a PDF with two languages side by side (WeasyPrint + Noto fonts from PyPI).

Fonts come from Python packages (fontpkg-noto-sans: Latin incl. Vietnamese, Cyrillic, Greek;
fontpkg-noto-sans-arabic: Arabic and Farsi, shaped right-to-left by Pango/HarfBuzz; fontpkg-noto-sans-thai;
justmytype-intl-africa: Ethiopic for Tigrinya and Amharic), through `ikut.core.pdf.render_pdf`: nothing is
fetched from the network.
"""

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import override

from ikut.core.pdf import font_faces, render_pdf

from . import interview_text

# The families skills/pdf.html uses, and the bundled font behind each (the scripts of the issue-14 languages
# from Debian's fonts-noto-core, see ikut/core/pdf.py). Names of our own, so that the PDF's font list shows the
# bundled file was used rather than a system font of the same name.
FONTS = {"IKUT Sans": "NotoSans", "IKUT Arabic": "NotoSansArabic", "IKUT Thai": "NotoSansThai",
         "IKUT Ethiopic": "NotoSansEthiopic", "IKUT Devanagari": "NotoSansDevanagari",
         "IKUT Bengali": "NotoSansBengali", "IKUT Sinhala": "NotoSansSinhala", "IKUT Tamil": "NotoSansTamil",
         "IKUT Myanmar": "NotoSansMyanmar", "IKUT Khmer": "NotoSansKhmer", "IKUT Georgian": "NotoSansGeorgian"}


def _mark_labels(data, lang):
    """Each skill, certificate and occupation gets `shown` (its name in `lang`, else the classification's
    English, Finnish or Swedish one) and `fallback` (True then: the PDF marks it and says so)."""
    def pair(item):
        entry = (item.labels or {}).get(lang.split("-")[0]) or {}
        return (entry["preferred"], False) if entry.get("preferred") else (item.label(lang), True)

    for ps in data.get("skills", []):
        ps.shown, ps.fallback = pair(ps.skill)
    for pc in data.get("certificates", []):
        pc.shown, pc.fallback = pair(pc.certificate)
    for e in data.get("experiences", []):
        e.shown, e.fallback = pair(e.occupation) if e.occupation_id else ("", False)
    return any(getattr(x, "fallback", False) for key in ("skills", "certificates", "experiences")
               for x in data.get(key, []))


def render_profile_pdf(participant, profile, data, staff_lang="fi"):
    """Two languages side by side: the staff member's and the participant's. Where the participant's language
    has no interview text, that column is English and says so; names the classification lacks in the staff
    language are marked and explained — never a third language without a word about it."""
    from ikut.languages import BY_CODE

    participant_lang = participant.language or "en"
    sections = [interview_text.section(key, participant_lang, staff_lang) for key in interview_text.SECTIONS]
    title, title_lang = interview_text.text("profile", participant_lang)
    staff_title, _ = interview_text.text("profile", staff_lang)
    skills_title, skills_lang = interview_text.text("skills", participant_lang)
    staff_skills_title, _ = interview_text.text("skills", staff_lang)
    labels_fallback = _mark_labels(data, staff_lang)
    own = BY_CODE.get(participant_lang)
    with override(staff_lang):
        html = render_to_string("skills/pdf.html", {
            "participant_fallback": title_lang != interview_text.base(participant_lang),
            "participant_language_name": own.name_local if own else participant_lang,
            "labels_fallback": labels_fallback,
            "participant": participant, "profile": profile, "data": data, "sections": sections,
            "fonts": font_faces(FONTS), "generated": timezone.localtime(),
            "title": {"staff": staff_title, "participant": title, "lang": title_lang,
                      "rtl": title_lang in interview_text.RTL},
            "skills_title": {"staff": staff_skills_title, "participant": skills_title, "lang": skills_lang,
                             "rtl": skills_lang in interview_text.RTL},
            "staff_lang": staff_lang,
        })
    return render_pdf(html, FONTS)
