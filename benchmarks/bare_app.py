"""A bare Django app, the baseline of benchmarks/load.py: no middleware, no database, no apps; three views.

    python -m gunicorn bare_app:application --chdir benchmarks --workers 3 --bind 127.0.0.1:8001

GET /healthz and GET /hello answer a few bytes; POST /echo answers the request body as JSON. It runs under
the same gunicorn settings as `ikut serve`, so that IKUT's figures can be read as a ratio to it.
"""

from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="benchmark-only-not-a-secret", ALLOWED_HOSTS=["127.0.0.1", "localhost"],
                   ROOT_URLCONF=__name__, MIDDLEWARE=[], INSTALLED_APPS=[], USE_I18N=False)

from django.core.wsgi import get_wsgi_application  # noqa: E402
from django.http import HttpResponse, JsonResponse  # noqa: E402
from django.urls import path  # noqa: E402


def healthz(request):
    return JsonResponse({"status": "ok"})


def hello(request):
    return HttpResponse("hello")


def echo(request):
    return HttpResponse(request.body, content_type="application/json")


urlpatterns = [path("healthz", healthz), path("hello", hello), path("echo", echo)]
application = get_wsgi_application()
