"""The three rows every signed-in request reads before its view runs: its session, its user, its second factor.

Django reads each with an ORM `get()`, which builds and compiles a queryset on every request; on a staff page that
was three times what running the three queries costs (issue 17: ≈ 0.2 ms each of a 4.5 ms caseload page, against
≈ 0.04 ms bound to SQL compiled once). Here each is `fixed_sql.rows()` of the same queryset keyed by the row's
primary key, so the SQL is compiled once per process and the rows are built and converted exactly as the ORM builds
them. What is decided from the rows is Django's and django-otp's own code, unchanged:

- `SessionStore` (settings.SESSION_ENGINE = this module): Django's database sessions. The row is read by its key
  alone and its expiry compared here, in Python, not in the SQL: the time would otherwise be a parameter whose type
  differs by database (SQLite gets text), which fixed_sql would refuse to bind. An expired session loads nothing, as
  in Django.
- `ModelBackend` (settings.AUTHENTICATION_BACKENDS): Django's, with `get_user()` reading the user this way; the
  session keeps this class's path (`BACKEND`), so a session signed in before this class existed is signed out once.
- `OTPMiddleware` (settings.MIDDLEWARE): django-otp's, with the verifying device read this way; the device is still
  refused unless it is confirmed and belongs to the user (django-otp's `_finalize_device`).
"""

from django.apps import apps
from django.contrib.auth import backends as auth_backends
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends import db as db_sessions
from django.utils import timezone
from django_otp import middleware as otp_middleware
from django_otp.models import Device

from ikut.core import fixed_sql

BACKEND = "ikut.accounts.signed_in.ModelBackend"


class SessionStore(db_sessions.SessionStore):
    def _get_session_from_db(self):
        key, model = self.session_key, self.model
        found = fixed_sql.rows("accounts.signed_in.session", [key], lambda: model.objects.filter(session_key=key))
        if found and found[0].expire_date > timezone.now():
            return found[0]
        self._session_key = None  # as Django does for a missing or expired session: a new one gets a new key
        return None


class ModelBackend(auth_backends.ModelBackend):
    def get_user(self, user_id):
        users = get_user_model()._default_manager
        found = fixed_sql.rows("accounts.signed_in.user", [user_id], lambda: users.filter(pk=user_id))
        if found and self.user_can_authenticate(found[0]):
            return found[0]
        return None


class OTPMiddleware(otp_middleware.OTPMiddleware):
    def _device_from_persistent_id(self, persistent_id):
        # django-otp's Device.from_persistent_id(): "<app>.<model>/<id>" of a Device model, anything else is None.
        label, _, device_id = self._normalize_persistent_id(persistent_id).rpartition("/")
        try:
            model, pk = apps.get_model(label), int(device_id)
        except (ValueError, LookupError):
            return None
        if not issubclass(model, Device):
            return None
        found = fixed_sql.rows(("accounts.signed_in.device", label), [pk], lambda: model.objects.filter(id=pk))
        return found[0] if found else None
