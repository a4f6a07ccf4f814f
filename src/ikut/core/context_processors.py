from django.conf import settings
from django.utils.translation import get_language_info

from . import i18n
from .nav import nav_for


def ikut(request):
    user = getattr(request, "user", None)
    staff_side = not request.path.startswith("/portal/") if hasattr(request, "path") else True
    codes = settings.STAFF_LANGUAGES if staff_side else settings.PORTAL_LANGUAGES
    return {
        "nav": nav_for(user) if user is not None and user.is_authenticated else [],
        "switch_languages": [get_language_info(c) | {"code": c} for c in codes],
        "translation_status": i18n.status(i18n.current_language()),
        "demo_mode": settings.IKUT_DEMO,
    }
