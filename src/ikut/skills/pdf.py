"""The skills profile as a PDF with two languages side by side (WeasyPrint + Noto fonts from PyPI).

Fonts come from Python packages (fontpkg-noto-sans: Latin incl. Vietnamese, Cyrillic, Greek;
fontpkg-noto-sans-arabic: Arabic and Farsi, shaped right-to-left by Pango/HarfBuzz; fontpkg-noto-sans-thai;
justmytype-intl-africa: Ethiopic for Tigrinya and Amharic), through `ikut.core.pdf.render_pdf`: nothing is
fetched from the network.
"""

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import override

from ikut.core.pdf import render_pdf

from . import interview_text

# The families skills/pdf.html uses, and the bundled font behind each. Names of our own, so that the PDF's
# font list shows the bundled file was used rather than a system font of the same name.
FONTS = {"IKUT Sans": "NotoSans", "IKUT Arabic": "NotoSansArabic", "IKUT Thai": "NotoSansThai",
         "IKUT Ethiopic": "NotoSansEthiopic"}


def render_profile_pdf(participant, profile, data, staff_lang="fi"):
    participant_lang = participant.language or "en"
    sections = [interview_text.section(key, participant_lang, staff_lang) for key in interview_text.SECTIONS]
    title, title_lang = interview_text.text("profile", participant_lang)
    staff_title, _ = interview_text.text("profile", staff_lang)
    skills_title, skills_lang = interview_text.text("skills", participant_lang)
    staff_skills_title, _ = interview_text.text("skills", staff_lang)
    with override(staff_lang):
        html = render_to_string("skills/pdf.html", {
            "participant": participant, "profile": profile, "data": data, "sections": sections,
            "generated": timezone.localtime(),
            "title": {"staff": staff_title, "participant": title, "lang": title_lang,
                      "rtl": title_lang in interview_text.RTL},
            "skills_title": {"staff": staff_skills_title, "participant": skills_title, "lang": skills_lang,
                             "rtl": skills_lang in interview_text.RTL},
            "staff_lang": staff_lang,
        })
    return render_pdf(html, FONTS)
