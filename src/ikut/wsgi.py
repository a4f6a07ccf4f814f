import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ikut.settings")
django.setup(set_prefix=False)  # what django.core.wsgi.get_wsgi_application() does before making its handler

from ikut.core.handler import Handler  # noqa: E402  (Django's WSGIHandler, fixed paths resolved once per process)

application = Handler()
