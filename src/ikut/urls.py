from django.urls import include, path
from django.views.i18n import set_language

from ikut import access
from ikut.api.api import api
from ikut.core import views as core_views
from ikut.portal import views as portal_views

urlpatterns = [
    # The survivor portal and the API come first: Django tries the patterns in order, and these two take most of
    # the requests. None of the patterns they now precede can match a path under portal/ or api/ (each mount has
    # its own first segment; the two "" entries match only "", "home/", "healthz", "readyz" and "tasks/failed/"),
    # so the order changes no answer, only how many patterns a request is tried against.
    path("portal/", include("ikut.portal.urls")),
    path("api/", api.urls),
    path("", core_views.home, name="root"),
    path("", include("ikut.core.urls")),
    path("accounts/", include("ikut.accounts.urls")),
    path("audit/", include("ikut.audit.urls")),
    path("i18n/setlang/", access.public(set_language), name="set_language"),
    path("participants/", include("ikut.participants.urls")),
    path("skills/", include("ikut.skills.urls")),
    path("rights/", include("ikut.rights.urls")),
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
