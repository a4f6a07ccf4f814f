"""Seminars and trainings: events, registrations (with a waiting list), feedback.

Attendee names and emails are personal data: encrypted at rest, with a blind index of the email so a
second registration for the same event can be refused without decrypting anything. Links sent to
attendees carry random tokens, never personal data. `actions.anonymise_event` wipes attendee data
IKUT_EVENT_RETENTION_DAYS after an event (run by `ikut events-housekeeping`).
"""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ikut.accounts.models import Organisation
from ikut.core.crypto import EncryptedCharField, EncryptedTextField
from ikut.core.i18n import localised


def new_token():
    return secrets.token_urlsafe(24)


def confirm_hash(raw):
    return hashlib.sha256(raw.encode()).hexdigest()


class Event(models.Model):
    class Kind(models.TextChoices):
        SEMINAR = "seminar", _("Seminar")
        TRAINING = "training", _("Training")

    class Format(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        ONLINE = "online", _("Online")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.SEMINAR)
    format = models.CharField(_("format"), max_length=20, choices=Format.choices, default=Format.IN_PERSON)
    title_fi = models.CharField(_("title (Finnish)"), max_length=200, blank=True)
    title_sv = models.CharField(_("title (Swedish)"), max_length=200, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    description_fi = models.TextField(_("description (Finnish)"), blank=True)
    description_sv = models.TextField(_("description (Swedish)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    location = models.CharField(_("place"), max_length=300, blank=True,
                                help_text=_("Street address for in-person events."))
    online_url = models.URLField(_("online meeting link"), blank=True,
                                 help_text=_("Sent to confirmed attendees only."))
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    capacity = models.PositiveIntegerField(_("capacity"), default=30)
    offer_hours = models.PositiveIntegerField(
        _("hours to accept a freed place"), default=48,
        help_text=_("When someone cancels, the next person on the waiting list has this long to accept."))
    reminder_hours = models.PositiveIntegerField(_("reminder hours before start"), default=24)
    published = models.BooleanField(_("published"), default=False)
    registration_open = models.BooleanField(_("registration open"), default=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    anonymised_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("event")

    def __str__(self):
        return self.title

    @property
    def title(self):
        return localised(self, "title")[0]

    @property
    def description(self):
        return localised(self, "description")[0]

    @property
    def audit_label(self):
        return f"event-{self.pk}"

    def get_absolute_url(self):
        return reverse("events:detail", args=[self.pk])

    @property
    def is_past(self):
        return self.ends_at < timezone.now()

    def seats_taken(self):
        return self.registrations.filter(status__in=Registration.HOLDS_SEAT).count()

    def seats_left(self):
        return max(self.capacity - self.seats_taken(), 0)


class Registration(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for email confirmation")
        CONFIRMED = "confirmed", _("Confirmed")
        WAITLISTED = "waitlisted", _("On the waiting list")
        OFFERED = "offered", _("Place offered")
        CANCELLED = "cancelled", _("Cancelled")
        EXPIRED = "expired", _("Offer expired")

    HOLDS_SEAT = (Status.CONFIRMED, Status.OFFERED)
    ACTIVE = (Status.PENDING, Status.CONFIRMED, Status.WAITLISTED, Status.OFFERED)

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="registrations")
    name = EncryptedCharField(_("name"), blank=True)
    email = EncryptedCharField(_("email"), blank=True)
    email_index = models.CharField(max_length=64, blank=True, db_index=True)
    language = models.CharField(max_length=10, default="fi")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                             related_name="event_registrations")
    organisation = models.ForeignKey(Organisation, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="event_registrations",
                                     help_text="The company the attendee represents (kind=company).")
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PENDING)
    secret = models.CharField(max_length=64, unique=True, default=new_token)
    checkin_code = models.CharField(max_length=64, unique=True, default=new_token)
    # Double opt-in: SHA-256 of the token that only the confirmation email carries (made in the mail task).
    # The ticket page (where a visitor lands after typing any address) cannot confirm.
    confirm_hash = models.CharField(max_length=64, blank=True, default="", db_index=True)
    created_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    waitlisted_at = models.DateTimeField(null=True, blank=True)
    offer_expires_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)
    feedback_requested_at = models.DateTimeField(null=True, blank=True)
    checked_in_at = models.DateTimeField(_("checked in"), null=True, blank=True)
    checked_in_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                      related_name="+")
    anonymised = models.BooleanField(default=False)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["event", "email_index"], name="events_one_active_registration",
                                    condition=models.Q(status__in=["pending", "confirmed", "waitlisted", "offered"],
                                                       anonymised=False)),
        ]

    @property
    def audit_label(self):
        return f"registration-{self.pk}"

    @property
    def attended(self):
        return self.checked_in_at is not None

    def ticket_url(self):
        return reverse("events:ticket", args=[self.secret])

    def new_confirm_url(self):
        """A fresh emailed-only confirmation link; only its hash is stored, an older link stops working."""
        raw = new_token()
        self.confirm_hash = confirm_hash(raw)
        self.save(update_fields=["confirm_hash"])
        return reverse("events:confirm", args=[raw])

    def checkin_url(self):
        return reverse("events:checkin", args=[self.checkin_code])


class Feedback(models.Model):
    """The after-event survey. Ratings stay after retention (no personal data); the comment is wiped."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="feedback")
    registration = models.OneToOneField(Registration, null=True, blank=True, on_delete=models.SET_NULL,
                                        related_name="feedback")
    overall = models.PositiveSmallIntegerField(_("overall, how useful was the event?"))
    relevance = models.PositiveSmallIntegerField(_("how relevant was it to your work?"))
    will_act = models.BooleanField(_("I will change something at my workplace because of this event"), default=False)
    comment = EncryptedTextField(_("anything else?"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
