"""Every write of the events app: one function per action, each in one transaction, taking the actor first
(a visitor on the public pages is Django's AnonymousUser; tasks and `ikut events-housekeeping` pass their
system actor) and the client address as `ip`.

Seats are allocated under a lock on the event row (`_lock_event`), so two people racing for the last
seat cannot both get it: on PostgreSQL `SELECT ... FOR UPDATE` serialises them; SQLite ignores
FOR UPDATE, so we first write to the event row, which takes SQLite's database write lock before the
seat count is read (see docs/events-learning.md).
"""

import datetime

from django.db import IntegrityError, connection, transaction
from django.db.models import F
from django.utils import timezone

from ikut.accounts.models import Organisation
from ikut.audit import log
from ikut.core.actors import user_of
from ikut.core.crypto import blind_index

from .models import Event, Feedback, Registration
from .tasks import enqueue_later, expire_offer_task, send_registration_email

S = Registration.Status


class AlreadyRegistered(Exception):
    pass


class RegistrationClosed(Exception):
    pass


def _lock_event(event_id):
    if connection.vendor == "sqlite":
        Event.objects.filter(pk=event_id).update(capacity=F("capacity"))
    return Event.objects.select_for_update().get(pk=event_id)


def _email(registration, kind):
    send_registration_email.enqueue(registration.pk, kind)


def _company_of(user):
    org = getattr(user, "organisation", None)
    return org if org is not None and org.kind == Organisation.Kind.COMPANY else None


def register(actor, event, *, name, email, language, ip=None):
    """Register someone. Signed-in users (whose email is known) get a seat or a waiting-list place at
    once; everyone else gets a confirmation email first (double opt-in)."""
    user = user_of(actor)
    if not (event.published and event.registration_open) or event.is_past or event.anonymised_at:
        raise RegistrationClosed
    index = blind_index(email)
    try:
        with transaction.atomic():
            if Registration.objects.filter(event=event, email_index=index, status__in=S_ACTIVE,
                                           anonymised=False).exists():
                raise AlreadyRegistered
            registration = Registration.objects.create(
                event=event, name=name, email=email, email_index=index, language=language[:10],
                user=user, organisation=_company_of(user), status=S.PENDING)
            log.record(actor, "events.registration.create", registration, details={"event": event.pk}, ip=ip)
            verified = user is not None and user.email and blind_index(user.email) == index
            if verified:
                _allocate(actor, registration, ip)
            else:
                _email(registration, "confirm_email")
    except IntegrityError:
        raise AlreadyRegistered from None
    return registration


S_ACTIVE = list(Registration.ACTIVE)


def confirm_email(actor, registration, *, ip=None):
    """The double opt-in link was followed: allocate a seat or a waiting-list place."""
    with transaction.atomic():
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status != S.PENDING:
            return registration
        registration.confirm_hash = ""  # the link is used up
        registration.save(update_fields=["confirm_hash"])
        _allocate(actor, registration, ip)
    return registration


def _allocate(actor, registration, ip):
    event = _lock_event(registration.event_id)
    now = timezone.now()
    registration.confirmed_at = registration.confirmed_at or now
    taken = event.registrations.filter(status__in=Registration.HOLDS_SEAT).exclude(pk=registration.pk).count()
    queue = event.registrations.filter(status__in=[S.WAITLISTED]).exists()
    if taken < event.capacity and not queue:
        registration.status = S.CONFIRMED
        kind = "confirmed"
    else:
        registration.status = S.WAITLISTED
        registration.waitlisted_at = now
        kind = "waitlisted"
    registration.save(update_fields=["status", "confirmed_at", "waitlisted_at"])
    log.record(actor, "events.registration.confirm" if kind == "confirmed" else "events.registration.waitlist",
               registration, details={"event": event.pk}, ip=ip)
    _email(registration, kind)


def cancel(actor, registration, *, reason="attendee", ip=None):
    with transaction.atomic():
        event = _lock_event(registration.event_id)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status not in Registration.ACTIVE:
            return registration
        freed = registration.status in Registration.HOLDS_SEAT
        registration.status = S.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.offer_expires_at = None
        registration.save(update_fields=["status", "cancelled_at", "offer_expires_at"])
        log.record(actor, "events.registration.cancel", registration, details={"event": event.pk, "by": reason},
                   ip=ip)
        _email(registration, "cancelled")
        if freed:
            promote_next(actor, event, ip=ip)
    return registration


def promote_next(actor, event, *, ip=None):
    """Offer free seats to the waiting list, first come first served. Call with the event locked."""
    offered = []
    free = event.capacity - event.registrations.filter(status__in=Registration.HOLDS_SEAT).count()
    if free <= 0 or event.is_past:
        return offered
    for registration in event.registrations.filter(status=S.WAITLISTED).order_by("waitlisted_at", "pk")[:free]:
        registration.status = S.OFFERED
        registration.offer_expires_at = timezone.now() + datetime.timedelta(hours=event.offer_hours)
        if registration.offer_expires_at > event.starts_at:
            registration.offer_expires_at = max(event.starts_at, timezone.now() + datetime.timedelta(hours=1))
        registration.save(update_fields=["status", "offer_expires_at"])
        log.record(actor, "events.registration.offer", registration, details={"event": event.pk}, ip=ip)
        _email(registration, "offered")
        enqueue_later(expire_offer_task, registration.offer_expires_at + datetime.timedelta(seconds=5),
                      registration.pk)
        offered.append(registration)
    return offered


def accept_offer(actor, registration, *, ip=None):
    with transaction.atomic():
        _lock_event(registration.event_id)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status != S.OFFERED or registration.offer_expires_at <= timezone.now():
            return False
        registration.status = S.CONFIRMED
        registration.offer_expires_at = None
        registration.save(update_fields=["status", "offer_expires_at"])
        log.record(actor, "events.registration.accept_offer", registration,
                   details={"event": registration.event_id}, ip=ip)
        _email(registration, "confirmed")
    return True


def expire_offer(actor, registration_id, *, ip=None):
    """An offer ran out: the place goes to the next person. Safe to call twice or early (no-op)."""
    with transaction.atomic():
        registration = Registration.objects.filter(pk=registration_id).first()
        if registration is None:
            return False
        event = _lock_event(registration.event_id)
        registration = Registration.objects.select_for_update().get(pk=registration_id)
        if registration.status != S.OFFERED or registration.offer_expires_at > timezone.now():
            return False
        registration.status = S.EXPIRED
        registration.save(update_fields=["status"])
        log.record(actor, "events.registration.expire_offer", registration, details={"event": event.pk}, ip=ip)
        _email(registration, "offer_expired")
        promote_next(actor, event, ip=ip)
    return True


def send_reminder(registration_id):
    with transaction.atomic():
        registration = Registration.objects.select_for_update().filter(
            pk=registration_id, status=S.CONFIRMED, reminder_sent_at__isnull=True).first()
        if registration is None:
            return False
        registration.reminder_sent_at = timezone.now()
        registration.save(update_fields=["reminder_sent_at"])
        _email(registration, "reminder")
    return True


def request_feedback(registration_id):
    """After the event, invite an attendee who was checked in to the survey (once)."""
    with transaction.atomic():
        registration = Registration.objects.select_for_update().filter(
            pk=registration_id, status=S.CONFIRMED, checked_in_at__isnull=False, feedback_requested_at__isnull=True,
            anonymised=False).first()
        if registration is None:
            return False
        registration.feedback_requested_at = timezone.now()
        registration.save(update_fields=["feedback_requested_at"])
        _email(registration, "feedback")
    return True


def check_in(actor, registration, *, ip=None):
    with transaction.atomic():
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status != S.CONFIRMED or registration.checked_in_at:
            return False
        registration.checked_in_at = timezone.now()
        registration.checked_in_by = actor
        registration.save(update_fields=["checked_in_at", "checked_in_by"])
        log.record(actor, "events.registration.check_in", registration, details={"event": registration.event_id},
                   ip=ip)
    return True


def submit_feedback(actor, registration, cleaned, *, ip=None):
    with transaction.atomic():
        feedback = Feedback.objects.create(event=registration.event, registration=registration, **cleaned)
        log.record(actor, "events.feedback.create", feedback, details={"event": registration.event_id}, ip=ip)
    return feedback


def save_event(actor, form, *, ip=None):
    with transaction.atomic():
        creating = form.instance.pk is None
        event = form.save(commit=False)
        if creating:
            event.created_by = actor
        event.save()
        log.record(actor, "events.event.create" if creating else "events.event.update", event,
                   details={"fields": sorted(form.changed_data)}, ip=ip)
        if not creating and "capacity" in form.changed_data:
            promote_next(actor, _lock_event(event.pk), ip=ip)
    return event


def anonymise_event(actor, event, *, ip=None):
    """Retention: wipe every attendee's name, email, blind index and account link, and feedback comments.
    Counts (registered, attended, company participation, ratings) stay as aggregates."""
    with transaction.atomic():
        event = _lock_event(event.pk)
        registrations = list(event.registrations.filter(anonymised=False))
        for registration in registrations:
            registration.name = ""
            registration.email = ""
            registration.email_index = ""
            registration.user = None
            registration.anonymised = True
            registration.save(update_fields=["name", "email", "email_index", "user", "anonymised"])
        for feedback in event.feedback.all():
            if feedback.comment:
                feedback.comment = ""
                feedback.save(update_fields=["comment"])
        event.anonymised_at = timezone.now()
        event.save(update_fields=["anonymised_at"])
        log.record(actor, "events.event.anonymise", event, reason="retention",
                   details={"registrations": len(registrations)}, ip=ip)
    return len(registrations)


def housekeeping(actor, now=None):
    """Send due reminders, expire offers (promoting the next person) and apply retention.
    Returns counts; run by `ikut events-housekeeping` (e.g. every 15 minutes from cron/systemd) as its system
    actor."""
    from django.conf import settings

    from .tasks import send_reminder_task

    now = now or timezone.now()
    counts = {"reminders": 0, "expired_offers": 0, "feedback_requests": 0, "anonymised_events": 0,
              "confirmations_resent": 0}
    # Pending registrations from before the emailed-only confirmation token (issue 11) hold no token: their
    # old email link opens the ticket page, which no longer confirms. Send them one new confirmation email
    # (the task sets the token, so each gets exactly one). New registrations get theirs within the hour.
    for pk in Registration.objects.filter(
            status=S.PENDING, confirm_hash="", anonymised=False, created_at__lte=now - datetime.timedelta(hours=1),
            event__starts_at__gt=now, event__published=True).values_list("pk", flat=True):
        send_registration_email.enqueue(pk, "confirm_email")
        counts["confirmations_resent"] += 1
    for registration in Registration.objects.filter(status=S.CONFIRMED, reminder_sent_at__isnull=True,
                                                    event__starts_at__gt=now).select_related("event"):
        event = registration.event
        if event.starts_at - datetime.timedelta(hours=event.reminder_hours) <= now:
            send_reminder_task.enqueue(registration.pk)
            counts["reminders"] += 1
    for pk in Registration.objects.filter(status=S.OFFERED, offer_expires_at__lte=now).values_list("pk", flat=True):
        if expire_offer(actor, pk):
            counts["expired_offers"] += 1
    cutoff = now - datetime.timedelta(days=settings.IKUT_EVENT_RETENTION_DAYS)
    for pk in Registration.objects.filter(
            status=S.CONFIRMED, checked_in_at__isnull=False, feedback_requested_at__isnull=True, anonymised=False,
            feedback__isnull=True, event__ends_at__lte=now, event__ends_at__gt=now - datetime.timedelta(days=14),
    ).values_list("pk", flat=True):
        if request_feedback(pk):
            counts["feedback_requests"] += 1
    for event in Event.objects.filter(ends_at__lt=cutoff, anonymised_at__isnull=True):
        anonymise_event(actor, event)
        counts["anonymised_events"] += 1
    return counts
