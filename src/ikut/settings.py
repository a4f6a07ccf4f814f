"""IKUT settings. Everything configurable comes from the environment (see README, "Configuration").

IKUT_ENV selects the mode:
  production  (default) refuses to start without real secrets; DEBUG is always off.
  development generates throw-away secrets into the data folder (used by `ikut demo`).
  test        like development, with fast password hashing and in-memory secrets.
"""

import base64
import ipaddress
import json
import os
import secrets
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent


# ---------------------------------------------------------------- typed env helpers
def env(name, default=None):
    """Read NAME, or the contents of the file named by NAME_FILE (for secrets)."""
    file_name = os.environ.get(f"{name}_FILE")
    if file_name:
        return Path(file_name).read_text(encoding="utf-8").strip()
    return os.environ.get(name, default)


def envbool(name, default=False):
    value = env(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def envint(name, default):
    value = env(name)
    return int(value) if value not in (None, "") else default


def envlist(name, default=""):
    return [item.strip() for item in (env(name, default) or "").split(",") if item.strip()]


IKUT_ENV = env("IKUT_ENV", "production")
if IKUT_ENV not in {"production", "development", "test"}:
    raise ImproperlyConfigured("IKUT_ENV must be production, development or test")
PRODUCTION = IKUT_ENV == "production"
TESTING = IKUT_ENV == "test"

DATA_DIR = Path(env("IKUT_DATA_DIR", str(Path.cwd() / "data"))).resolve()


def _development_secrets():
    """Throw-away secrets for the demo and tests, kept in the data folder so restarts keep working."""
    if TESTING:
        return {
            "SECRET_KEY": "test-secret-key-" + "x" * 40,
            "IKUT_ENCRYPTION_KEYS": base64.urlsafe_b64encode(b"test-encryption-key-32-bytes-abc").decode(),
            "IKUT_BLIND_INDEX_KEY": "test-blind-index-key-0123456789abcdef",
            "IKUT_BACKUP_KEY": base64.urlsafe_b64encode(b"test-backup-key-32-bytes-abcdefg").decode(),
            "IKUT_AUDIT_KEY": "test-audit-key-0123456789abcdef0123456789",
        }
    from cryptography.fernet import Fernet  # here, not at the top: a worker imports it only to decrypt (core.crypto)

    DATA_DIR.mkdir(parents=True, exist_ok=True)
    path = DATA_DIR / "dev-secrets.json"
    fresh = {
        "SECRET_KEY": lambda: secrets.token_urlsafe(50),
        "IKUT_ENCRYPTION_KEYS": lambda: Fernet.generate_key().decode(),
        "IKUT_BLIND_INDEX_KEY": lambda: secrets.token_urlsafe(32),
        "IKUT_BACKUP_KEY": lambda: Fernet.generate_key().decode(),
        "IKUT_AUDIT_KEY": lambda: secrets.token_urlsafe(32),
    }
    values = json.loads(path.read_text()) if path.exists() else {}
    if all(name in values for name in fresh):
        return values
    # A data folder from an older version lacks the newer keys: add them, keep the old ones.
    values.update({name: make() for name, make in fresh.items() if name not in values})
    path.write_text(json.dumps(values, indent=2))
    path.chmod(0o600)
    return values


_dev = {} if PRODUCTION else _development_secrets()


def secret(name, required=True):
    value = env(name) or _dev.get(name)
    if not value and required:
        raise ImproperlyConfigured(
            f"{name} (or {name}_FILE) must be set in production. See README, 'Configuration'."
        )
    return value


SECRET_KEY = secret("SECRET_KEY")
# Fernet keys, comma separated; the first encrypts, all decrypt (rotation: put the new key first,
# run `ikut rotate-keys`, then drop the old one).
IKUT_ENCRYPTION_KEYS = envlist("IKUT_ENCRYPTION_KEYS") or secret("IKUT_ENCRYPTION_KEYS").split(",")
IKUT_BLIND_INDEX_KEY = secret("IKUT_BLIND_INDEX_KEY")
IKUT_BACKUP_KEY = secret("IKUT_BACKUP_KEY", required=False)
# HMAC keys of the audit chain, comma separated; the first signs new entries and checkpoints, all verify
# (rotation: put the new key first, keep the old ones as long as entries signed with them are kept).
# Each entry stores the id of its key (a short hash of it, ikut.audit.models.key_id). Never in the database.
IKUT_AUDIT_KEYS = envlist("IKUT_AUDIT_KEY") or secret("IKUT_AUDIT_KEY").split(",")
# Entries written before keyed hashing (unkeyed SHA-256, key id "") are accepted up to this sequence number
# only; set it once, to the head's seq at the upgrade (`ikut audit verify` prints it). See docs/deployment.md.
IKUT_AUDIT_LEGACY_UNTIL = envint("IKUT_AUDIT_LEGACY_UNTIL", 0)
# Where `ikut audit checkpoint` writes when no --out is given: a file path (one line appended per run),
# "syslog" (IKUT_SYSLOG_ADDRESS: a socket path or host:port, default /dev/log) or "" for standard output.
IKUT_AUDIT_CHECKPOINT = env("IKUT_AUDIT_CHECKPOINT", "")
IKUT_SYSLOG_ADDRESS = env("IKUT_SYSLOG_ADDRESS", "/dev/log")

DEBUG = envbool("DEBUG", False) and not PRODUCTION
ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "" if PRODUCTION else "127.0.0.1,localhost,testserver")
if PRODUCTION and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in production.")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS")
SITE_URL = env("IKUT_SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# ---------------------------------------------------------------- apps
INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "csp",
    "ninja",
    "django_tasks",
    "django_tasks_db",
    "ikut.core",
    "ikut.accounts",
    "ikut.audit",
    "ikut.api",
    "ikut.participants",
    "ikut.skills",
    "ikut.rights",
    "ikut.portal",
    "ikut.employers",
    "ikut.learning",
    "ikut.events",
    "ikut.reporting",
    "ikut.casedata",
]

MIDDLEWARE = [
    "ikut.core.middleware.RequestLogMiddleware",
    # Outermost after the log, so it compresses the finished page; anonymous portal HTML only (BREACH).
    "ikut.core.middleware.PortalCompressionMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "ikut.core.middleware.ApiInputLimitsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "ikut.core.middleware.LocaleMiddleware",  # Django's, without its unused path lookups (no i18n_patterns)
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "ikut.accounts.signed_in.OTPMiddleware",  # django-otp's, its device read by SQL compiled once
    "ikut.accounts.middleware.SessionPolicyMiddleware",
    "ikut.core.middleware.MessageMiddleware",  # Django's, with the storage made when a request first uses it
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "ikut.core.middleware.CSPMiddleware",  # django-csp's, with the settings' policy built once per process
    "ikut.core.middleware.PrivacyHeadersMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "ikut.urls"
FORM_RENDERER = "ikut.core.form_renderer.Renderer"  # Django's, the choice widgets written in Python
WSGI_APPLICATION = "ikut.wsgi.application"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "core:home"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "ikut.core.context_processors.ikut",
            ],
        },
    }
]

# ---------------------------------------------------------------- database
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{DATA_DIR / 'ikut.sqlite3'}"),
        conn_max_age=envint("DATABASE_CONN_MAX_AGE", 60 if PRODUCTION else 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 20, "transaction_mode": "IMMEDIATE",
         "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"}
    )
    DATABASES["default"]["TEST"] = {"NAME": env("IKUT_TEST_SQLITE", "") or None}
else:
    DATABASES["default"]["TEST"] = {"NAME": env("IKUT_TEST_DATABASE", "test_ikut")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "ikut_cache"}}
if env("REDIS_URL"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": env("REDIS_URL")}}

# ---------------------------------------------------------------- background work
# One interface (django-tasks, the backport of Django 6's django.tasks): in the demo tasks run in
# the request process; in production they are stored in the database and run by `ikut worker`.
TASKS = {
    "default": {
        "BACKEND": env(
            "IKUT_TASK_BACKEND",
            "django_tasks_db.DatabaseBackend" if PRODUCTION else "django_tasks.backends.immediate.ImmediateBackend",
        )
    }
}

# `ikut worker` (ikut.core.worker): heartbeat period; silence after which a worker's running task is
# reclaimed; attempts per task (a claim or a raised exception counts); first retry delay (doubles each time).
IKUT_WORKER_HEARTBEAT = envint("IKUT_WORKER_HEARTBEAT", 10)
IKUT_WORKER_LOST_AFTER = envint("IKUT_WORKER_LOST_AFTER", 60)
IKUT_TASK_MAX_ATTEMPTS = envint("IKUT_TASK_MAX_ATTEMPTS", 5)
IKUT_TASK_RETRY_DELAY = envint("IKUT_TASK_RETRY_DELAY", 30)
if (not 1 <= IKUT_WORKER_HEARTBEAT * 2 < IKUT_WORKER_LOST_AFTER or IKUT_TASK_MAX_ATTEMPTS < 1
        or IKUT_TASK_RETRY_DELAY < 0):
    raise ImproperlyConfigured("IKUT_WORKER_LOST_AFTER must exceed twice IKUT_WORKER_HEARTBEAT (a live worker must "
                               "never look lost); IKUT_TASK_MAX_ATTEMPTS >= 1; IKUT_TASK_RETRY_DELAY >= 0.")

# ---------------------------------------------------------------- auth and sessions
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "ikut.accounts.signed_in.ModelBackend"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
if TESTING:
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher", *PASSWORD_HASHERS]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    # Django's offline list of 20,000 common and breached passwords.
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
SESSION_ENGINE = "ikut.accounts.signed_in"  # Django's database sessions, the row read by SQL compiled once
SESSION_COOKIE_AGE = 12 * 3600  # absolute ceiling; idle timeouts are enforced per role in middleware
IKUT_IDLE_TIMEOUT_STAFF = envint("IKUT_IDLE_TIMEOUT_STAFF", 15 * 60)
IKUT_IDLE_TIMEOUT_PARTICIPANT = envint("IKUT_IDLE_TIMEOUT_PARTICIPANT", 30 * 60)
IKUT_ABSOLUTE_TIMEOUT = envint("IKUT_ABSOLUTE_TIMEOUT", 12 * 3600)
IKUT_SUDO_SECONDS = envint("IKUT_SUDO_SECONDS", 10 * 60)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = PRODUCTION
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SECURE = PRODUCTION

AXES_FAILURE_LIMIT = envint("IKUT_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = envint("IKUT_LOGIN_COOLOFF_MINUTES", 15) / 60  # hours
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # per account and, separately, per address
AXES_USERNAME_FORM_FIELD = "username"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "ikut.accounts.views.locked_out"
AXES_VERBOSE = False
AXES_CLIENT_STR_CALLABLE = "ikut.core.logging.axes_client_str"  # no email, address or path in logs
AXES_ENABLE_ACCESS_FAILURE_LOG = False
AXES_DISABLE_ACCESS_LOG = True  # our audit log records sign-ins; no second copy of IPs and emails
# One proxy-aware client address for axes, throttles, audit and sessions (ikut/core/net.py).
IKUT_PROXY_COUNT = envint("IKUT_PROXY_COUNT", 0)
IKUT_TRUSTED_PROXIES = envlist("IKUT_TRUSTED_PROXIES")
for _network in IKUT_TRUSTED_PROXIES:
    try:
        ipaddress.ip_network(_network, strict=False)
    except ValueError as _error:
        raise ImproperlyConfigured(f"IKUT_TRUSTED_PROXIES: {_network!r} is not an address or network") from _error
AXES_CLIENT_IP_CALLABLE = "ikut.core.net.client_ip"
OTP_TOTP_ISSUER = env("IKUT_OTP_ISSUER", "IKUT")

# ---------------------------------------------------------------- security headers
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"  # no-referrer makes Chromium send "Origin: null", failing CSRF
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if PRODUCTION:
    SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", True)
    if envint("IKUT_PROXY_COUNT", 0):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# ---------------------------------------------------------------- languages
LANGUAGE_CODE = env("IKUT_LANGUAGE_CODE", "fi")
# Staff UI languages: complete in all three.
STAFF_LANGUAGES = ["fi", "sv", "en"]
LANG_INFO.update(
    {
        "so": {"bidi": False, "code": "so", "name": "Somali", "name_local": "Soomaali"},
        "ti": {"bidi": False, "code": "ti", "name": "Tigrinya", "name_local": "ትግርኛ"},
        "tl": {"bidi": False, "code": "tl", "name": "Tagalog", "name_local": "Tagalog"},
        "ps": {"bidi": True, "code": "ps", "name": "Pashto", "name_local": "پښتو"},
    }
)
# Languages prepared for survivors (ikut/languages.py): names in their own script and direction for those
# Django does not know (or names in Latin script, as Khmer).
from ikut.languages import ENABLED as _ENABLED  # noqa: E402
from ikut.languages import lang_info as _lang_info  # noqa: E402

LANG_INFO.update({code: info for code, info in _lang_info().items() if code not in LANG_INFO or code == "km"})
# Participant-facing (portal) languages, in addition to the staff languages: ikut.languages.ENABLED.
PORTAL_LANGUAGES = list(_ENABLED)
LANGUAGES = [(code, LANG_INFO[code]["name_local"]) for code in PORTAL_LANGUAGES]
LANGUAGES_BIDI = [code for code in PORTAL_LANGUAGES if LANG_INFO[code]["bidi"]]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
# Person-facing dates, times and numbers: our own format modules for fi, sv and en (ikut/formats/<lang>/);
# the fallbacks below serve languages without a Django format module. Never ISO on a page a person reads.
FORMAT_MODULE_PATH = ["ikut.formats"]
DATE_FORMAT = SHORT_DATE_FORMAT = "j M Y"
DATETIME_FORMAT = SHORT_DATETIME_FORMAT = "j M Y H:i"
TIME_ZONE = env("IKUT_TIME_ZONE", "Europe/Helsinki")

# ---------------------------------------------------------------- static files
STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env("IKUT_STATIC_ROOT", str(DATA_DIR / "static")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage",
                "OPTIONS": {"location": str(DATA_DIR / "files")}},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
WHITENOISE_USE_FINDERS = not PRODUCTION
WHITENOISE_AUTOREFRESH = not PRODUCTION

# ---------------------------------------------------------------- email
EMAIL_BACKEND = env(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend" if PRODUCTION else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = envint("EMAIL_PORT", 25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "IKUT <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# ---------------------------------------------------------------- logging: structured, no personal data
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "ikut.core.logging.JsonFormatter"}},
    # Routes, not paths, in every log line (a path can carry a participant code or a token).
    "filters": {"route_not_path": {"()": "ikut.core.logging.RouteNotPath"}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "json", "filters": ["route_not_path"]}},
    "root": {"handlers": ["stderr"], "level": env("IKUT_LOG_LEVEL", "WARNING" if TESTING else "INFO")},
    "loggers": {
        # Django's request logger prints the path and exception text, which may carry input; our
        # RequestLogMiddleware logs the route name instead.
        "django.request": {"handlers": [], "level": "CRITICAL", "propagate": False},
        "django.server": {"handlers": [], "level": "CRITICAL", "propagate": False},
        "django.security.DisallowedHost": {"handlers": [], "propagate": False},
        # CSRF failures are worth seeing, by route: the filter rewrites the record itself, for every handler.
        "django.security.csrf": {"filters": ["route_not_path"]},
        "axes": {"level": "WARNING"},
    },
}

# ---------------------------------------------------------------- IKUT specifics
IKUT_RETENTION_DAYS = envint("IKUT_RETENTION_DAYS", 5 * 365)
IKUT_EVENT_RETENTION_DAYS = envint("IKUT_EVENT_RETENTION_DAYS", 180)
IKUT_UPLOAD_MAX_BYTES = envint("IKUT_UPLOAD_MAX_BYTES", 10 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = IKUT_UPLOAD_MAX_BYTES + 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = IKUT_UPLOAD_MAX_BYTES + 1024 * 1024
IKUT_DEMO = envbool("IKUT_DEMO", False)
# Legal basis of the ESF+ monitoring data (docs/data-inventory.md, docs/reporting.md). "legal_obligation"
# (default): Regulation (EU) 2021/1057 art. 17 and Annex I require the data, so every participant counts and
# special categories count only where the participant answered. "consent": only participants with a valid
# `esf_reporting` consent are counted (the behaviour before issue 15).
IKUT_ESF_BASIS = env("IKUT_ESF_BASIS", "legal_obligation")
if IKUT_ESF_BASIS not in {"legal_obligation", "consent"}:
    raise ImproperlyConfigured("IKUT_ESF_BASIS must be legal_obligation or consent")
# Where the portal's quick-exit button goes (replacing the page and its history entry). Empty: the
# portal's own neutral page. Production should name a real, harmless site (e.g. a weather service).
# Quick exit destination: empty = the local neutral page /weather/<lang>/ (outside /portal/); may be an
# outside site; "{lang}" in it is replaced by the visitor's portal language. IKUT_PORTAL_EXIT_URL is the
# older name, still read.
IKUT_QUICK_EXIT_URL = env("IKUT_QUICK_EXIT_URL", "")
IKUT_PORTAL_EXIT_URL = env("IKUT_PORTAL_EXIT_URL", "")
NINJA_PAGINATION_PER_PAGE = 50
NINJA_PAGINATION_CLASS = "ikut.api.pagination.BoundedLimitOffset"
# Every API request body is bounded before it is parsed (core/middleware.py: ApiInputLimitsMiddleware).
IKUT_API_MAX_BODY_BYTES = envint("IKUT_API_MAX_BODY_BYTES", 1024 * 1024)
IKUT_API_MAX_JSON_DEPTH = envint("IKUT_API_MAX_JSON_DEPTH", 32)
CSRF_FAILURE_VIEW = "ikut.core.views.csrf_failure"
