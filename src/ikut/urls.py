from django.urls import include, path
from django.views.i18n import set_language

from ikut import access
from ikut.api.api import api
from ikut.core import views as core_views
from ikut.portal import views as portal_views

urlpatterns = [
    path("", core_views.home, name="root"),
    path("", include("ikut.core.urls")),
    path("accounts/", include("ikut.accounts.urls")),
    path("audit/", include("ikut.audit.urls")),
    path("i18n/setlang/", access.public(set_language), name="set_language"),
    path("api/", api.urls),
    path("participants/", include("ikut.participants.urls")),
    path("skills/", include("ikut.skills.urls")),
    path("rights/", include("ikut.rights.urls")),
    path("portal/", include("ikut.portal.urls")),
    # The quick-exit page: deliberately outside /portal/ and named like an ordinary page.
    path("weather/<str:lang>/", portal_views.neutral, name="neutral"),
    path("employers/", include("ikut.employers.urls")),
    path("learning/", include("ikut.learning.urls")),
    path("events/", include("ikut.events.urls")),
    path("reporting/", include("ikut.reporting.urls")),
    path("casedata/", include("ikut.casedata.urls")),
]

handler403 = "ikut.core.views.error_403"
handler404 = "ikut.core.views.error_404"
handler500 = "ikut.core.views.error_500"
