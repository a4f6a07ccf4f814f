import hashlib
import secrets

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ikut.core.crypto import EncryptedCharField


class Organisation(models.Model):
    class Kind(models.TextChoices):
        ASSISTANCE_SYSTEM = "assistance_system", _("Assistance System")
        PARTNER_NGO = "partner_ngo", _("Partner NGO")
        COMPANY = "company", _("Company")
        PROJECT_OFFICE = "project_office", _("Project office")

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")

    def __str__(self):
        return self.name


class Role(models.TextChoices):
    ADMINISTRATOR = "administrator", _("Administrator")
    CASEWORKER = "caseworker", _("Work coach")
    PSYCHOSOCIAL = "psychosocial", _("Psychosocial worker")
    SUPERVISOR = "supervisor", _("Supervisor")
    PROJECT_MANAGER = "project_manager", _("Project manager")
    DPO = "dpo", _("Data-protection officer")
    EMPLOYER = "employer", _("Employer contact")
    PARTICIPANT = "participant", _("Participant")


# Everyone except participants signs in with a second factor.
STAFF_ROLES = frozenset(Role) - {Role.PARTICIPANT}


class UserManager(BaseUserManager):
    use_in_migrations = True

    def create_user(self, email, password=None, **fields):
        if not email:
            raise ValueError("email is required")
        user = self.model(email=self.normalize_email(email).lower(), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email, password=None, **fields):
        fields.update(is_staff=True, is_superuser=True, role=Role.ADMINISTRATOR)
        return self.create_user(email, password, **fields)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)


class User(AbstractUser):
    username = None
    first_name = None
    last_name = None
    email = models.EmailField(_("email"), unique=True)
    # Staff names are personal data too: encrypted like participants' identity.
    display_name = EncryptedCharField(_("display name"), max_length=120, blank=True)
    organisation = models.ForeignKey(Organisation, null=True, blank=True, on_delete=models.PROTECT,
                                     related_name="users", verbose_name=_("organisation"))
    role = models.CharField(_("role"), max_length=30, choices=Role.choices)
    language = models.CharField(_("language"), max_length=10, blank=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []
    objects = UserManager()

    class Meta:
        ordering = ["email"]
        verbose_name = _("user")

    def __str__(self):
        return self.display_name or self.email

    @property
    def audit_label(self):
        return f"user-{self.pk}"

    @property
    def requires_mfa(self):
        return self.role in STAFF_ROLES


def _hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


class Invitation(models.Model):
    email = models.EmailField(_("email"))
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, verbose_name=_("organisation"))
    role = models.CharField(_("role"), max_length=30, choices=Role.choices)
    token_hash = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(User, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)

    @classmethod
    def issue(cls, **fields):
        raw = secrets.token_urlsafe(32)
        fields.setdefault("expires_at", timezone.now() + timezone.timedelta(days=7))
        return cls.objects.create(token_hash=_hash_token(raw), **fields), raw

    def renew_token(self):
        """A fresh raw token (only its hash is stored): the previous link stops working."""
        raw = secrets.token_urlsafe(32)
        self.token_hash = _hash_token(raw)
        self.save(update_fields=["token_hash"])
        return raw

    @classmethod
    def find_open(cls, raw):
        return cls.objects.filter(token_hash=_hash_token(raw), accepted_at__isnull=True,
                                  expires_at__gt=timezone.now()).first()


class UserSession(models.Model):
    """An index of a user's live sessions, so they can see and end them (and deactivation ends all)."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="live_sessions")
    session_key = models.CharField(max_length=40, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_seen = models.DateTimeField(default=timezone.now)
    ip = models.GenericIPAddressField(null=True, blank=True)
    user_agent = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["-last_seen"]


class ApiToken(models.Model):
    """A bearer token for the API. Only its hash is stored; the token is shown once."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("name"), max_length=100)
    prefix = models.CharField(max_length=12)
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    @classmethod
    def issue(cls, user, name, days=90):
        raw = "ikut_" + secrets.token_urlsafe(32)
        token = cls.objects.create(user=user, name=name, prefix=raw[:12], key_hash=_hash_token(raw),
                                   expires_at=timezone.now() + timezone.timedelta(days=days))
        return token, raw

    @classmethod
    def authenticate(cls, raw):
        token = (cls.objects.select_related("user")
                 .filter(key_hash=_hash_token(raw), revoked_at__isnull=True, expires_at__gt=timezone.now(),
                         user__is_active=True).first())
        if token:
            cls.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
        return token
