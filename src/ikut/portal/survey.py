"""The anonymous survey a participant answers (reporting's `answer` view at /reporting/s/<token>/), in every
portal language.

Its participant-facing texts are portal-catalogue strings (this module and templates/portal/survey/), so every
portal language translates them together with the rest of the portal; the survey's own content (title,
introduction, questions, choices) is written by staff in Finnish, Swedish and English and falls back with a
visible note ("shown in English") in the other languages. The page is a plain portal-style page: no script,
no cookie for an anonymous visitor, the language in the query string.
"""

from django.conf import settings
from django.shortcuts import render
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

NO_NAMES_HELP = _("Please do not write names or anything that identifies anyone.")
PARTICIPANT_CONSENT = _("I am a participant of the project and agree that my answer is counted as a participant's "
                        "answer. My name is not stored with it.")
# Django's own validation messages exist only in the languages Django ships (and fall back to Finnish, the
# site language, elsewhere): the survey says this portal sentence instead, beside the question's label.
CHECK_ANSWER = _("Please check this answer")
ERROR_MESSAGES = {key: CHECK_ANSWER for key in ("required", "invalid", "invalid_choice", "invalid_list",
                                                "invalid_pk_value", "min_value", "max_value", "max_length")}


def language(request, default="fi"):
    """The survey's language: ?lang= (or the posted field) when it is a portal language, else the language
    the middleware chose (Accept-Language), else `default`. No cookie is read or set for it."""
    from django.utils.translation import get_language

    for candidate in (request.GET.get("lang"), request.POST.get("lang"), get_language()):
        if candidate in settings.PORTAL_LANGUAGES:
            return candidate
    return default


def fallback_language(lang, used):
    """The language info of the content language shown instead of `lang` (None when everything is in `lang`)."""
    others = [code for code in used if code and code != lang]
    return get_language_info(others[0]) | {"code": others[0]} if others else None


def page(request, lang, template, context=None, status=200):
    """Render a survey page in `lang` (call inside translation.override(lang))."""
    from ikut.core import i18n
    from ikut.portal.views import PORTAL_LOCALE

    info = get_language_info(lang)
    base = {"lang": lang, "rtl": info["bidi"], "draft_ui": i18n.status(lang, PORTAL_LOCALE) != i18n.REVIEWED,
            "languages": [get_language_info(code) | {"code": code} for code in settings.PORTAL_LANGUAGES]}
    return render(request, template, base | (context or {}), status=status)
