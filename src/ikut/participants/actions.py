"""Every write of the pathway, one function per action, each in one transaction.

Views parse and ask the access policy, then call these. Consent rules live here too: a referral, an
employer introduction or an ESF export asks `has_valid_consent` inside the same transaction that writes.
Every change to a tracked field leaves a FieldChange row (who, when, old, new — encrypted).
"""

import datetime
import hashlib
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from ikut.accounts.models import Role, User
from ikut.audit import log
from ikut.core import crypto
from ikut.core.tasks import send_mail_task

from .models import (
    Assignment, BreakGlassGrant, Consent, ConsentPurpose, Document, FieldChange, Goal, Meeting, Note,
    PARTNER_PURPOSES, Participant, Phase, Referral, RiskFlag, Status, Task, follow_up_due_date,
    has_valid_consent, identity_index)


class ConsentMissing(ValidationError):
    """Raised when an action needs a consent the participant has not given (or has withdrawn)."""


# --- History ----------------------------------------------------------------------------------------------

def _as_text(value):
    if value is None:
        return ""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def snapshot(obj, fields):
    return {f: getattr(obj, f) for f in fields}


def record_changes(participant, obj, before, user):
    """Write one FieldChange per field of `obj` whose value differs from `before`."""
    rows = []
    for field, old in before.items():
        new = getattr(obj, field)
        if _as_text(old) != _as_text(new):
            rows.append(FieldChange(participant=participant, model=obj._meta.model_name, object_id=obj.pk,
                                    field=field, old_value=_as_text(old), new_value=_as_text(new),
                                    changed_by=user))
    FieldChange.objects.bulk_create(rows)
    return [r.field for r in rows]


def _created(request, participant, obj, field, value):
    """History row for a newly created item (old value empty)."""
    FieldChange.objects.create(participant=participant, model=obj._meta.model_name, object_id=obj.pk, field=field,
                               old_value="", new_value=_as_text(value), changed_by=request.user)


# --- Intake -----------------------------------------------------------------------------------------------

DUPLICATE_SEARCH_KEY = "ikut_participants_duplicate_search"
DUPLICATE_SEARCH_SECONDS = 30 * 60


def duplicate_indexes(first_name, last_name, date_of_birth):
    """Blind indexes to look for: the name as given, and with first and last name swapped."""
    return {i for i in (identity_index(first_name, last_name, date_of_birth),
                        identity_index(last_name, first_name, date_of_birth)) if i}


def search_duplicates(request, first_name, last_name, date_of_birth):
    """Run the duplicate search and remember in the session (by blind index only) that it was done.

    Returns (matches in the searcher's own organisation, number of matches in other organisations). Of another
    organisation's record nothing is shown — not its code, owner or status — only that one exists (issue 11)."""
    indexes = duplicate_indexes(first_name, last_name, date_of_birth)
    found = list(Participant.objects.filter(identity_index__in=indexes, anonymised_at__isnull=True)
                 .select_related("organisation").order_by("code"))
    own_org = request.user.organisation_id
    matches = [p for p in found if own_org is not None and p.organisation_id == own_org]
    elsewhere = len(found) - len(matches)
    request.session[DUPLICATE_SEARCH_KEY] = {"index": identity_index(first_name, last_name, date_of_birth),
                                             "at": timezone.now().timestamp()}
    log.record(request, "participants.duplicate_search",
               details={"matches": len(matches), "other_organisations": elsewhere})
    return matches, elsewhere


def duplicate_search_done(request, first_name, last_name, date_of_birth):
    done = request.session.get(DUPLICATE_SEARCH_KEY) or {}
    fresh = timezone.now().timestamp() - done.get("at", 0) < DUPLICATE_SEARCH_SECONDS
    return fresh and done.get("index") == identity_index(first_name, last_name, date_of_birth)


@transaction.atomic
def create_participant(request, data):
    """Create a participant after the duplicate search; the creator becomes the lead work coach."""
    user = request.user
    if not duplicate_search_done(request, data.get("first_name"), data.get("last_name"), data.get("date_of_birth")):
        raise ValidationError(_("Search for possible duplicates with this name and date of birth first."))
    participant = Participant(organisation=user.organisation, created_by=user, **data)
    participant.save()
    Assignment.objects.create(participant=participant, user=user, role=Assignment.CaseRole.LEAD, assigned_by=user)
    Task.objects.create(participant=participant, phase=Phase.INTAKE, title=_("Record the consents"),
                        title_fi="Kirjaa suostumukset", owner=user, due_date=timezone.localdate(),
                        text_key="consents")
    request.session.pop(DUPLICATE_SEARCH_KEY, None)
    log.record(request, "participants.participant.create", participant)
    return participant


TRACKED_PARTICIPANT_FIELDS = Participant.IDENTITY_FIELDS + Participant.ESF_ENTRY_FIELDS + [
    "language", "intake_date", "current_phase", "status", "safety_plan", "exit_date", "exit_reason",
    *Participant.EXIT_SITUATIONS, "employed_6_months", "follow_up_recorded_at"]


@transaction.atomic
def update_participant(request, participant, data):
    before = snapshot(participant, TRACKED_PARTICIPANT_FIELDS)
    for field, value in data.items():
        setattr(participant, field, value)
    participant.save()
    changed = record_changes(participant, participant, before, request.user)
    if changed:
        log.record(request, "participants.participant.update", participant, details={"fields": changed})
    return changed


def set_phase(request, participant, phase):
    return update_participant(request, participant, {"current_phase": phase})


# --- Team and break the glass -----------------------------------------------------------------------------

@transaction.atomic
def assign(request, participant, user, role):
    assignment, created = Assignment.objects.get_or_create(
        participant=participant, user=user, ended_at=None, defaults={"role": role, "assigned_by": request.user})
    if not created and assignment.role != role:
        assignment.role = role
        assignment.save(update_fields=["role"])
    _created(request, participant, assignment, "user", f"{user} ({assignment.get_role_display()})")
    log.record(request, "participants.assignment.add", participant,
               details={"user": user.audit_label, "role": role})
    return assignment


@transaction.atomic
def end_assignment(request, assignment):
    assignment.ended_at = timezone.now()
    assignment.save(update_fields=["ended_at"])
    FieldChange.objects.create(participant=assignment.participant, model="assignment", object_id=assignment.pk,
                               field="ended_at", old_value="", new_value=_as_text(assignment.ended_at),
                               changed_by=request.user)
    log.record(request, "participants.assignment.end", assignment.participant,
               details={"user": assignment.user.audit_label})


@transaction.atomic
def break_glass(request, participant, reason):
    """Open a record in an emergency: time-limited grant, audited with the reason, flagged to supervisors."""
    grant = BreakGlassGrant.objects.create(
        participant=participant, user=request.user, reason=reason,
        expires_at=timezone.now() + datetime.timedelta(hours=BreakGlassGrant.HOURS))
    log.record(request, "participants.break_glass", participant, reason=reason,
               details={"grant": grant.pk, "hours": BreakGlassGrant.HOURS})
    supervisors = list(User.objects.filter(role=Role.SUPERVISOR, organisation=participant.organisation,
                                           is_active=True).values_list("email", flat=True))
    if supervisors:
        review = reverse("participants:break_glass_review")
        body = _("A break-the-glass access to record %(code)s was made and needs your review: %(path)s") % {
            "code": participant.code, "path": review}
        transaction.on_commit(lambda: send_mail_task.enqueue(_("IKUT: break-the-glass access to review"), body,
                                                             supervisors))
    return grant


@transaction.atomic
def review_break_glass(request, grant, note, end_now):
    grant.reviewed_by = request.user
    grant.reviewed_at = timezone.now()
    grant.review_note = note
    if end_now and grant.expires_at > timezone.now():
        grant.expires_at = timezone.now()
    grant.save()
    log.record(request, "participants.break_glass.review", grant.participant,
               details={"grant": grant.pk, "ended": bool(end_now)})


# --- Portal login -------------------------------------------------------------------------------------------

class PortalLoginError(ValidationError):
    """The email cannot become this participant's portal login."""


@transaction.atomic
def invite_to_portal(request, participant, email):
    """Create (or link an existing participant account) the participant's portal login and email them a link
    to choose a password. The link is built in the background task from the user id, never passed to it."""
    from .tasks import send_portal_invitation

    email = email.strip().lower()
    user = User.objects.filter(email__iexact=email).first()
    linked = Participant.objects.filter(user=user).exclude(pk=participant.pk).exists() if user else False
    if user is not None and (user.role != Role.PARTICIPANT or linked):
        raise PortalLoginError(_("This email belongs to another account. Use the participant's own email."))
    current = participant.user
    if current is not None and current.is_active and current.pk != getattr(user, "pk", None):
        raise PortalLoginError(_("The participant already has an active portal login. Disable it first."))
    existing = user is not None
    if user is None:
        user = User.objects.create_user(email, None, role=Role.PARTICIPANT, organisation=participant.organisation,
                                        language=participant.language)
    elif not user.is_active:
        user.is_active = True
        user.save(update_fields=["is_active"])
    if participant.user_id != user.pk:
        participant.user = user
        participant.save(update_fields=["user"])
        _created(request, participant, participant, "user", user.audit_label)
    log.record(request, "participants.portal_login.invite", participant,
               details={"user": user.audit_label, "existing_account": existing})
    transaction.on_commit(lambda: send_portal_invitation.enqueue(user.pk))
    return user


@transaction.atomic
def disable_portal_login(request, participant):
    """The participant can no longer sign in; their sessions end at once. The record keeps the link."""
    from ikut.accounts import sessions

    user = participant.user
    user.is_active = False
    user.save(update_fields=["is_active"])
    ended = sessions.end_all(user)
    FieldChange.objects.create(participant=participant, model="participant", object_id=participant.pk,
                               field="user", old_value=user.audit_label, new_value=_("disabled"),
                               changed_by=request.user)
    log.record(request, "participants.portal_login.disable", participant,
               details={"user": user.audit_label, "sessions_ended": ended})


# --- Consents ---------------------------------------------------------------------------------------------

@transaction.atomic
def record_consent(request, participant, data):
    consent = Consent(participant=participant, recorded_by=request.user, **data)
    if consent.purpose not in PARTNER_PURPOSES:
        consent.partner = None
    consent.full_clean()
    consent.save()
    _created(request, participant, consent, "purpose", consent.get_purpose_display())
    log.record(request, "participants.consent.give", participant,
               details={"purpose": consent.purpose, "consent": consent.pk, "how": consent.how_given,
                        "version": consent.text_version, "partner": consent.partner_id})
    return consent


@transaction.atomic
def withdraw_consent(request, consent):
    """Withdrawal takes effect at once: open referrals made under this consent are revoked too."""
    consent = Consent.objects.select_for_update().get(pk=consent.pk)
    if consent.withdrawn_at is None:
        consent.withdrawn_at = timezone.now()
        consent.withdrawn_by = request.user
        consent.save(update_fields=["withdrawn_at", "withdrawn_by"])
        FieldChange.objects.create(participant=consent.participant, model="consent", object_id=consent.pk,
                                   field="withdrawn_at", old_value="", new_value=_as_text(consent.withdrawn_at),
                                   changed_by=request.user)
        revoked = Referral.objects.filter(consent=consent, status__in=[Referral.State.SENT, Referral.State.ACCEPTED])
        FieldChange.objects.bulk_create([
            FieldChange(participant=consent.participant, model="referral", object_id=pk, field="status",
                        old_value=old, new_value=Referral.State.REVOKED, changed_by=request.user)
            for pk, old in revoked.values_list("pk", "status")])
        count = revoked.update(status=Referral.State.REVOKED, updated_at=timezone.now())
        log.record(request, "participants.consent.withdraw", consent.participant,
                   details={"purpose": consent.purpose, "consent": consent.pk, "referrals_revoked": count})
    return consent


def require_consent(participant, purpose, partner=None):
    if not has_valid_consent(participant, purpose, partner):
        raise ConsentMissing(_("There is no valid consent for this. Record the participant's consent first."))


# --- Plan -----------------------------------------------------------------------------------------------------

@transaction.atomic
def add_goal(request, participant, data):
    goal = Goal.objects.create(participant=participant, created_by=request.user, **data)
    FieldChange.objects.create(participant=participant, model="goal", object_id=goal.pk, field="own_words",
                               old_value="", new_value=goal.own_words, changed_by=request.user)
    log.record(request, "participants.goal.add", participant, details={"goal": goal.pk, "phase": goal.phase})
    return goal


@transaction.atomic
def update_goal(request, goal, data):
    before = snapshot(goal, list(data))
    for k, v in data.items():
        setattr(goal, k, v)
    goal.save()
    changed = record_changes(goal.participant, goal, before, request.user)
    log.record(request, "participants.goal.update", goal.participant, details={"goal": goal.pk, "fields": changed})


@transaction.atomic
def add_task(request, participant, data):
    task = Task.objects.create(participant=participant, **data)
    FieldChange.objects.create(participant=participant, model="task", object_id=task.pk, field="title",
                               old_value="", new_value=task.title, changed_by=request.user)
    log.record(request, "participants.task.add", participant, details={"task": task.pk, "phase": task.phase})
    return task


@transaction.atomic
def update_task(request, task, data):
    before = snapshot(task, list(data))
    for k, v in data.items():
        setattr(task, k, v)
    if task.status == Status.DONE and task.completed_at is None:
        task.completed_at = timezone.now()
    task.save()
    changed = record_changes(task.participant, task, before, request.user)
    log.record(request, "participants.task.update", task.participant, details={"task": task.pk, "fields": changed})


# --- Meetings, notes, flags ----------------------------------------------------------------------------------

@transaction.atomic
def log_meeting(request, participant, data):
    meeting = Meeting.objects.create(participant=participant, worker=request.user, **data)
    log.record(request, "participants.meeting.add", participant, details={"meeting": meeting.pk, "kind": meeting.kind})
    return meeting


@transaction.atomic
def add_note(request, participant, kind, body):
    note = Note.objects.create(participant=participant, kind=kind, body=body, author=request.user)
    log.record(request, "participants.note.add", participant, details={"note": note.pk, "kind": kind})
    return note


@transaction.atomic
def raise_flag(request, participant, kind, note):
    flag = RiskFlag.objects.create(participant=participant, kind=kind, note=note, raised_by=request.user)
    _created(request, participant, flag, "kind", flag.get_kind_display())
    log.record(request, "participants.flag.raise", participant, details={"flag": flag.pk, "kind": kind})
    return flag


@transaction.atomic
def resolve_flag(request, flag):
    flag.resolved_at = timezone.now()
    flag.save(update_fields=["resolved_at"])
    FieldChange.objects.create(participant=flag.participant, model="riskflag", object_id=flag.pk, field="resolved_at",
                               old_value="", new_value=_as_text(flag.resolved_at), changed_by=request.user)
    log.record(request, "participants.flag.resolve", flag.participant, details={"flag": flag.pk, "kind": flag.kind})


# --- Referrals -------------------------------------------------------------------------------------------------

@transaction.atomic
def refer(request, participant, partner, service, shared_fields, note):
    """Refer to a partner: only under a valid consent to share with that partner (checked here, in the
    transaction that writes), and what was shared is recorded with the consent it was shared under."""
    consent = (Consent.objects.select_for_update().filter(participant=participant)
               .valid(ConsentPurpose.SHARE_WITH_PARTNER, partner).order_by("-given_at").first())
    if consent is None:
        raise ConsentMissing(_("There is no valid consent to share data with this organisation."))
    referral = Referral.objects.create(participant=participant, partner=partner, service=service, consent=consent,
                                       shared_fields=list(shared_fields), note=note, sent_by=request.user)
    _created(request, participant, referral, "partner", partner.name)
    log.record(request, "participants.referral.send", participant,
               details={"referral": referral.pk, "partner": partner.pk, "consent": consent.pk,
                        "shared": list(shared_fields)})
    return referral


@transaction.atomic
def set_referral_status(request, referral, status):
    if referral.status == Referral.State.REVOKED:
        raise ValidationError(_("A revoked referral cannot change status."))
    if status in (Referral.State.SENT, Referral.State.ACCEPTED) and not has_valid_consent(
            referral.participant, ConsentPurpose.SHARE_WITH_PARTNER, referral.partner):
        raise ConsentMissing(_("The consent for this referral has been withdrawn."))
    before = snapshot(referral, ["status"])
    referral.status = status
    referral.save(update_fields=["status", "updated_at"])
    record_changes(referral.participant, referral, before, request.user)
    log.record(request, "participants.referral.status", referral.participant,
               details={"referral": referral.pk, "status": status})


def shareable_data(referral):
    """The data a partner receives for a referral, computed only while its consent is valid."""
    participant = referral.participant
    require_consent(participant, ConsentPurpose.SHARE_WITH_PARTNER, referral.partner)
    if referral.status == Referral.State.REVOKED:
        raise ConsentMissing(_("The referral was revoked."))
    out = {"code": participant.code}
    for field in referral.shared_fields:
        if field == "goals":
            out["goals"] = [g.own_words for g in participant.goals.all()]
        elif field == "current_phase":
            out[field] = participant.current_phase
        else:
            out[field] = _as_text(getattr(participant, field))
    return out


# --- Documents -------------------------------------------------------------------------------------------------

ALLOWED_UPLOADS = {
    # extension: (content type served, magic-byte check)
    "pdf": ("application/pdf", lambda b: b.startswith(b"%PDF-")),
    "png": ("image/png", lambda b: b.startswith(b"\x89PNG\r\n\x1a\n")),
    "jpg": ("image/jpeg", lambda b: b.startswith(b"\xff\xd8\xff")),
    "jpeg": ("image/jpeg", lambda b: b.startswith(b"\xff\xd8\xff")),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             lambda b: b.startswith(b"PK\x03\x04")),
    "odt": ("application/vnd.oasis.opendocument.text", lambda b: b.startswith(b"PK\x03\x04")),
    "txt": ("text/plain; charset=utf-8", lambda b: b"\x00" not in b[:4096] and b"<" not in b[:1024].lstrip()[:1]),
}


def check_upload(upload):
    """Return (content, extension, content type) or raise ValidationError naming the problem."""
    name = upload.name or ""
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if ext not in ALLOWED_UPLOADS:
        raise ValidationError(_("This file type is not allowed. Allowed: PDF, PNG, JPEG, DOCX, ODT, TXT."))
    if upload.size > settings.IKUT_UPLOAD_MAX_BYTES:
        raise ValidationError(_("The file is too large (at most %(mb)s MB).")
                              % {"mb": settings.IKUT_UPLOAD_MAX_BYTES // (1024 * 1024)})
    content = upload.read(settings.IKUT_UPLOAD_MAX_BYTES + 1)
    if len(content) > settings.IKUT_UPLOAD_MAX_BYTES:
        raise ValidationError(_("The file is too large (at most %(mb)s MB).")
                              % {"mb": settings.IKUT_UPLOAD_MAX_BYTES // (1024 * 1024)})
    if not content:
        raise ValidationError(_("The file is empty."))
    content_type, looks_right = ALLOWED_UPLOADS[ext]
    if not looks_right(content):
        raise ValidationError(_("The file's content does not match its type."))
    return content, ext, content_type


@transaction.atomic
def upload_document(request, participant, kind, upload):
    content, ext, content_type = check_upload(upload)
    storage_name = default_storage.save(f"participants/{uuid.uuid4().hex}.enc",
                                        ContentFile(crypto._fernet().encrypt(content)))
    document = Document.objects.create(
        participant=participant, kind=kind, filename=upload.name[-200:], content_type=content_type,
        size=len(content), storage_name=storage_name, sha256=hashlib.sha256(content).hexdigest(),
        uploaded_by=request.user)
    log.record(request, "participants.document.upload", participant,
               details={"document": document.pk, "kind": kind, "ext": ext, "size": len(content)})
    return document


def read_document(document) -> bytes:
    with default_storage.open(document.storage_name, "rb") as fh:
        return crypto._fernet().decrypt(fh.read())


# --- Exit and follow-up ------------------------------------------------------------------------------------------

@transaction.atomic
def exit_participant(request, participant, data, keep_tasks=()):
    """Close the pathway with the ESF+ exit data and create the six-month follow-up task.

    Open plan tasks are closed (dropped) except `keep_tasks`, which the caseworker chose to keep open."""
    data = dict(data, status=Participant.Status.CLOSED, current_phase=Phase.FOLLOW_UP)
    update_participant(request, participant, data)
    owner = request.user
    task = Task.objects.create(
        participant=participant, phase=Phase.FOLLOW_UP, kind=Task.Kind.FOLLOW_UP, owner=owner,
        due_date=follow_up_due_date(participant.exit_date),
        title=_("Six-month follow-up: ask about work or studies"),
        title_fi="Kuuden kuukauden seuranta: kysy työstä tai opinnoista", text_key="follow_up")
    kept = [t.pk for t in keep_tasks]
    dropped = (Task.objects.filter(participant=participant, kind=Task.Kind.PLAN,
                                   status__in=[Status.PLANNED, Status.IN_PROGRESS]).exclude(pk__in=kept))
    FieldChange.objects.bulk_create([
        FieldChange(participant=participant, model="task", object_id=pk, field="status", old_value=old,
                    new_value=Status.DROPPED, changed_by=request.user)
        for pk, old in dropped.values_list("pk", "status")])
    closed = dropped.update(status=Status.DROPPED)
    log.record(request, "participants.participant.exit", participant,
               details={"reason": participant.exit_reason, "situation": participant.exit_situation,
                        "tasks_closed": closed, "tasks_kept": len(kept)})
    return task


@transaction.atomic
def record_follow_up(request, participant, employed):
    """Record the six-month result. Contacting the participant needs the follow-up consent."""
    require_consent(participant, ConsentPurpose.FOLLOW_UP_CONTACT)
    update_participant(request, participant, {"employed_6_months": employed,
                                              "follow_up_recorded_at": timezone.localdate()})
    Task.objects.filter(participant=participant, kind=Task.Kind.FOLLOW_UP).exclude(status=Status.DONE).update(
        status=Status.DONE, completed_at=timezone.now())
    log.record(request, "participants.follow_up.record", participant, details={"employed_6_months": employed})


# --- Retention ---------------------------------------------------------------------------------------------------

def retention_due(today=None):
    today = today or timezone.localdate()
    cutoff = today - datetime.timedelta(days=settings.IKUT_RETENTION_DAYS)
    return Participant.objects.filter(status=Participant.Status.CLOSED, anonymised_at__isnull=True,
                                      exit_date__isnull=False, exit_date__lt=cutoff)


@transaction.atomic
def anonymise(participant):
    """Remove everything identifying; keep the coded ESF+ fields, phase, dates, meeting counts, consents."""
    for doc in participant.documents.all():
        default_storage.delete(doc.storage_name)
    participant.documents.all().delete()
    participant.notes.all().delete()
    participant.goals.all().delete()
    participant.tasks.all().delete()
    participant.changes.all().delete()
    participant.risk_flags.all().delete()
    participant.meetings.update(summary="")
    participant.referrals.update(note="", shared_fields=[])
    participant.break_glass_grants.update(reason="", review_note="")
    participant.assignments.filter(ended_at__isnull=True).update(ended_at=timezone.now())
    blank = {f: "" for f in Participant.IDENTITY_FIELDS}
    blank.update(date_of_birth=None, safety_plan="", identity_index="", user=None, anonymised_at=timezone.now())
    for k, v in blank.items():
        setattr(participant, k, v)
    participant.save()
    log.record(None, "participants.participant.anonymise", participant, details={"retention_days":
                                                                                 settings.IKUT_RETENTION_DAYS})
