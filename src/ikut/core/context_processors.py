from django.conf import settings
from django.utils.functional import LazyObject
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info

from . import i18n
from .lazy import evaluated, unwrapped
from .nav import Menu

_language_options: dict = {}  # (language codes, current language) -> the <option>s, escaped once per process


def language_options(codes, current):
    """The language switch's <option> elements, each language named in its own script, `current` selected."""
    key = (tuple(codes), current)
    options = _language_options.get(key)
    if options is None:
        options = _language_options[key] = format_html_join(
            "", '<option value="{}" lang="{}"{}>{}</option>',
            ((code, code, mark_safe(" selected") if code == current else "", get_language_info(code)["name_local"])
             for code in codes))
    return options


def ikut(request):
    staff_side = not request.path.startswith("/portal/") if hasattr(request, "path") else True
    codes = settings.STAFF_LANGUAGES if staff_side else settings.PORTAL_LANGUAGES
    user = getattr(request, "user", None)
    context = {
        # The menu is worked out only when a template shows it: every render_to_string with a request runs this.
        "nav": Menu(user, getattr(request, "path", "")),
        "language_options": language_options(codes, get_language()),  # base.html marks {% get_current_language %}
        "translation_status": i18n.status(i18n.current_language()),
        "demo_mode": settings.IKUT_DEMO,
    }
    if isinstance(user, LazyObject) and evaluated(user):
        # The object behind request.user's two lazy proxies (Django's and django-otp's), once the request has made
        # it (every signed-in page has): the same object as auth's context processor's `user`, but base.html reads
        # it five times, and each read through the proxies costs exceptions (a failed item lookup, then attribute
        # lookups that fail on each proxy). A user not made yet stays auth's lazy one, made only if a template asks.
        context["user"] = unwrapped(user)
    return context
