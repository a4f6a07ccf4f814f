"""Settings for the test suite: IKUT_ENV=test, then the ordinary settings."""

import os

os.environ["IKUT_ENV"] = "test"

from ikut.settings import *  # noqa: E402,F403

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
