"""Every write of the pathway, one function per action, each in one transaction.

Views parse and ask the access policy, then call these with `request.user` as the actor and the client
address as `ip` (the audit entry's "from where"); nothing here reads the request. Consent rules live here
too: a referral, an employer introduction or an ESF export asks `has_valid_consent` inside the same
transaction that writes.
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
    PARTNER_PURPOSES,
    Assignment,
    BreakGlassGrant,
    Consent,
    ConsentPurpose,
    ConsentText,
    Document,
    FieldChange,
    Goal,
    Meeting,
    Note,
    Participant,
    Phase,
    Referral,
    RiskFlag,
    Status,
    Task,
    follow_up_due_date,
    has_valid_consent,
    identity_index,
)


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


def _created(actor, participant, obj, field, value):
    """History row for a newly created item (old value empty)."""
    FieldChange.objects.create(participant=participant, model=obj._meta.model_name, object_id=obj.pk, field=field,
                               old_value="", new_value=_as_text(value), changed_by=actor)


# --- Intake -----------------------------------------------------------------------------------------------

DUPLICATE_SEARCH_SECONDS = 30 * 60


def duplicate_indexes(first_name, last_name, date_of_birth):
    """Blind indexes to look for: the name as given, and with first and last name swapped."""
    return {i for i in (identity_index(first_name, last_name, date_of_birth),
                        identity_index(last_name, first_name, date_of_birth)) if i}


def search_duplicates(actor, first_name, last_name, date_of_birth, *, ip=None):
    """Run the duplicate search. Returns (matches in the searcher's own organisation, number of matches in other
    organisations). Of another organisation's record nothing is shown — not its code, owner or status — only
    that one exists (issue 11). The view keeps `duplicate_search_marker` in the session as proof of the search."""
    indexes = duplicate_indexes(first_name, last_name, date_of_birth)
    found = list(Participant.objects.filter(identity_index__in=indexes, anonymised_at__isnull=True)
                 .select_related("organisation").order_by("code"))
    own_org = actor.organisation_id
    matches = [p for p in found if own_org is not None and p.organisation_id == own_org]
    elsewhere = len(found) - len(matches)
    log.record(actor, "participants.duplicates.search",
               details={"matches": len(matches), "other_organisations": elsewhere}, ip=ip)
    return matches, elsewhere


def duplicate_search_marker(first_name, last_name, date_of_birth):
    """Proof that the duplicate search for this person was done: the blind index and the time, never the name."""
    return {"index": identity_index(first_name, last_name, date_of_birth), "at": timezone.now().timestamp()}


def duplicate_search_done(marker, first_name, last_name, date_of_birth):
    """Whether `marker` (from `duplicate_search_marker`) proves a recent search for this person."""
    done = marker if isinstance(marker, dict) else {}
    fresh = timezone.now().timestamp() - done.get("at", 0) < DUPLICATE_SEARCH_SECONDS
    return fresh and done.get("index") == identity_index(first_name, last_name, date_of_birth)


@transaction.atomic
def create_participant(actor, data, *, searched=None, ip=None):
    """Create a participant after the duplicate search (`searched`: its `duplicate_search_marker`); the creator
    becomes the lead work coach."""
    user = actor
    if not duplicate_search_done(searched, data.get("first_name"), data.get("last_name"), data.get("date_of_birth")):
        raise ValidationError(_("Search for possible duplicates with this name and date of birth first."))
    participant = Participant(organisation=user.organisation, created_by=user, **data)
    participant.save()
    Assignment.objects.create(participant=participant, user=user, role=Assignment.CaseRole.LEAD, assigned_by=user)
    Task.objects.create(participant=participant, phase=Phase.INTAKE, title=_("Record the consents"),
                        title_fi="Kirjaa suostumukset", owner=user, due_date=timezone.localdate(),
                        text_key="consents")
    log.record(actor, "participants.participant.create", participant, ip=ip)
    return participant


TRACKED_PARTICIPANT_FIELDS = Participant.IDENTITY_FIELDS + Participant.ESF_ENTRY_FIELDS + [
    "language", "intake_date", "current_phase", "status", "safety_plan", "exit_date", "exit_reason",
    *Participant.EXIT_SITUATIONS, "employed_6_months", "follow_up_recorded_at"]


@transaction.atomic
def update_participant(actor, participant, data, *, ip=None):
    before = snapshot(participant, TRACKED_PARTICIPANT_FIELDS)
    for field, value in data.items():
        setattr(participant, field, value)
    participant.save()
    changed = record_changes(participant, participant, before, actor)
    if changed:
        log.record(actor, "participants.participant.update", participant, details={"fields": changed}, ip=ip)
    return changed


def set_phase(actor, participant, phase, *, ip=None):
    return update_participant(actor, participant, {"current_phase": phase}, ip=ip)


# --- Team and break the glass -----------------------------------------------------------------------------

@transaction.atomic
def assign(actor, participant, user, role, *, ip=None):
    assignment, created = Assignment.objects.get_or_create(
        participant=participant, user=user, ended_at=None, defaults={"role": role, "assigned_by": actor})
    if not created and assignment.role != role:
        assignment.role = role
        assignment.save(update_fields=["role"])
    _created(actor, participant, assignment, "user", f"{user} ({assignment.get_role_display()})")
    log.record(actor, "participants.assignment.add", participant,
               details={"user": user.audit_label, "role": role}, ip=ip)
    return assignment


@transaction.atomic
def end_assignment(actor, assignment, *, ip=None):
    assignment.ended_at = timezone.now()
    assignment.save(update_fields=["ended_at"])
    FieldChange.objects.create(participant=assignment.participant, model="assignment", object_id=assignment.pk,
                               field="ended_at", old_value="", new_value=_as_text(assignment.ended_at),
                               changed_by=actor)
    log.record(actor, "participants.assignment.end", assignment.participant,
               details={"user": assignment.user.audit_label}, ip=ip)


@transaction.atomic
def break_glass(actor, participant, reason, *, ip=None):
    """Open a record in an emergency: time-limited grant, audited with the reason, flagged to supervisors."""
    grant = BreakGlassGrant.objects.create(
        participant=participant, user=actor, reason=reason,
        expires_at=timezone.now() + datetime.timedelta(hours=BreakGlassGrant.HOURS))
    log.record(actor, "participants.break_glass.open", participant, reason=reason,
               details={"grant": grant.pk, "hours": BreakGlassGrant.HOURS}, ip=ip)
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
def review_break_glass(actor, grant, note, end_now, *, ip=None):
    grant.reviewed_by = actor
    grant.reviewed_at = timezone.now()
    grant.review_note = note
    if end_now and grant.expires_at > timezone.now():
        grant.expires_at = timezone.now()
    grant.save()
    log.record(actor, "participants.break_glass.review", grant.participant,
               details={"grant": grant.pk, "ended": bool(end_now)}, ip=ip)


# --- Portal login -------------------------------------------------------------------------------------------

class PortalLoginError(ValidationError):
    """The email cannot become this participant's portal login."""


@transaction.atomic
def invite_to_portal(actor, participant, email, *, ip=None):
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
        _created(actor, participant, participant, "user", user.audit_label)
    log.record(actor, "participants.portal_login.invite", participant,
               details={"user": user.audit_label, "existing_account": existing}, ip=ip)
    transaction.on_commit(lambda: send_portal_invitation.enqueue(user.pk))
    return user


@transaction.atomic
def disable_portal_login(actor, participant, *, ip=None):
    """The participant can no longer sign in; their sessions end at once. The record keeps the link."""
    from ikut.accounts import sessions

    user = participant.user
    user.is_active = False
    user.save(update_fields=["is_active"])
    ended = sessions.end_all(user)
    FieldChange.objects.create(participant=participant, model="participant", object_id=participant.pk,
                               field="user", old_value=user.audit_label, new_value=_("disabled"),
                               changed_by=actor)
    log.record(actor, "participants.portal_login.disable", participant,
               details={"user": user.audit_label, "sessions_ended": ended}, ip=ip)


# --- Consent texts (issue 16, item 4) -----------------------------------------------------------------------

class ConsentTextLocked(ValidationError):
    """A published consent text was to be changed: a new wording is a new version."""


def _next_version(organisation, purpose, language):
    last = (ConsentText.objects.select_for_update().filter(organisation=organisation, purpose=purpose,
                                                           language=language).order_by("-version").first())
    return (last.version if last else 0) + 1


def _open_draft(organisation, purpose, language):
    return ConsentText.objects.filter(organisation=organisation, purpose=purpose, language=language,
                                      state=ConsentText.State.DRAFT).first()


@transaction.atomic
def create_consent_text(actor, data, *, ip=None):
    """A new draft (the next version) for a purpose and language of the actor's organisation. One draft at a time
    per purpose and language: when one is open, that is the error, named on the purpose."""
    organisation = actor.organisation
    purpose, language = data["purpose"], data["language"]
    if _open_draft(organisation, purpose, language) is not None:
        raise ValidationError({"purpose": _("A draft of this text in this language is already open: edit it.")})
    text = ConsentText.objects.create(
        organisation=organisation, purpose=purpose, language=language,
        version=_next_version(organisation, purpose, language), title=data["title"], body=data["body"],
        machine_draft=data.get("machine_draft", False), created_by=actor)
    log.record(actor, "participants.consent_text.create", text, ip=ip,
           details={"purpose": purpose, "language": language, "version": text.version})
    return text


@transaction.atomic
def edit_consent_text(actor, consent_text, data, *, ip=None):
    text = ConsentText.objects.select_for_update().get(pk=consent_text.pk)
    if not text.is_draft:
        raise ConsentTextLocked(_("A published consent text cannot be changed. Start a new version instead."))
    changed = [f for f in ("title", "body", "machine_draft") if f in data and getattr(text, f) != data[f]]
    for field in changed:
        setattr(text, field, data[field])
    text.save()
    log.record(actor, "participants.consent_text.edit", text, ip=ip,
           details={"purpose": text.purpose, "language": text.language, "version": text.version,
                    "fields": changed})
    return text


@transaction.atomic
def revise_consent_text(actor, consent_text, *, ip=None):
    """Start a new version from a published one: a draft with its wording (the open draft if there is one)."""
    source = ConsentText.objects.get(pk=consent_text.pk)
    draft = _open_draft(source.organisation, source.purpose, source.language)
    if draft is not None:
        return draft
    draft = ConsentText.objects.create(
        organisation=source.organisation, purpose=source.purpose, language=source.language,
        version=_next_version(source.organisation, source.purpose, source.language), title=source.title,
        body=source.body, machine_draft=source.machine_draft, based_on=source, created_by=actor)
    log.record(actor, "participants.consent_text.create", draft, ip=ip,
           details={"purpose": draft.purpose, "language": draft.language, "version": draft.version,
                    "based_on": source.pk})
    return draft


@transaction.atomic
def publish_consent_text(actor, consent_text, *, ip=None):
    """Freeze a draft: from now on it is the current text of its purpose and language for new consents; the
    version it replaces stays with the consents already given on it."""
    text = ConsentText.objects.select_for_update().get(pk=consent_text.pk)
    if not text.is_draft:
        raise ConsentTextLocked(_("This version is already published."))
    replaced = (ConsentText.objects.current().filter(organisation=text.organisation, purpose=text.purpose,
                                                     language=text.language).first())
    text.state = ConsentText.State.PUBLISHED
    text.published_by, text.published_at = actor, timezone.now()
    text.save()
    log.record(actor, "participants.consent_text.publish", text, ip=ip,
           details={"purpose": text.purpose, "language": text.language, "version": text.version,
                    "replaces": replaced.version if replaced else None, "machine_draft": text.machine_draft})
    return text


@transaction.atomic
def load_starting_consent_texts(actor, *, ip=None):
    """IKUT's machine-drafted starting texts (fi, sv, en) as drafts for every purpose and language of the actor's
    organisation that has no version yet. Nothing is published: a person reviews and publishes them."""
    from .consent_texts import STARTING_TEXTS, starting_values

    organisation = actor.organisation
    have = set(ConsentText.objects.filter(organisation=organisation).values_list("purpose", "language"))
    made = []
    for purpose, languages in STARTING_TEXTS.items():
        for language, (title, body) in languages.items():
            if (purpose, language) in have:
                continue
            made.append(ConsentText.objects.create(
                organisation=organisation, purpose=purpose, language=language, version=1, title=title,
                body=body.format(**starting_values(organisation, language)), machine_draft=True,
                created_by=actor))
    if made:
        log.record(actor, "participants.consent_text.load", ("accounts.organisation", organisation.pk), ip=ip,
               details={"drafts": len(made)})
    return made


# --- Consents ---------------------------------------------------------------------------------------------

@transaction.atomic
def record_consent(actor, participant, data, *, ip=None):
    """Record a consent on the exact text version the participant was given (`data["text"]`, a current
    published text of the participant's organisation — the form offers only those); the purpose, the version
    label and the language come from that text."""
    data = dict(data)
    text = data.pop("text")
    current = ConsentText.objects.current().filter(pk=text.pk, organisation_id=participant.organisation_id)
    if not current.exists():
        raise ValidationError({"text": _("Choose a published consent text of the participant's organisation.")})
    consent = Consent(participant=participant, recorded_by=actor, text=text, purpose=text.purpose,
                      text_version=text.label, text_language=text.language, **data)
    if consent.purpose not in PARTNER_PURPOSES:
        consent.partner = None
    consent.full_clean()
    consent.save()
    _created(actor, participant, consent, "purpose", consent.get_purpose_display())
    log.record(actor, "participants.consent.give", participant,
               details={"purpose": consent.purpose, "consent": consent.pk, "how": consent.how_given,
                        "version": consent.text_version, "text": text.pk, "partner": consent.partner_id}, ip=ip)
    return consent


@transaction.atomic
def withdraw_consent(actor, consent, *, ip=None):
    """Withdrawal takes effect at once: open referrals made under this consent are revoked too."""
    consent = Consent.objects.select_for_update().get(pk=consent.pk)
    if consent.withdrawn_at is None:
        consent.withdrawn_at = timezone.now()
        consent.withdrawn_by = actor
        consent.save(update_fields=["withdrawn_at", "withdrawn_by"])
        FieldChange.objects.create(participant=consent.participant, model="consent", object_id=consent.pk,
                                   field="withdrawn_at", old_value="", new_value=_as_text(consent.withdrawn_at),
                                   changed_by=actor)
        revoked = Referral.objects.filter(consent=consent, status__in=[Referral.State.SENT, Referral.State.ACCEPTED])
        FieldChange.objects.bulk_create([
            FieldChange(participant=consent.participant, model="referral", object_id=pk, field="status",
                        old_value=old, new_value=Referral.State.REVOKED, changed_by=actor)
            for pk, old in revoked.values_list("pk", "status")])
        count = revoked.update(status=Referral.State.REVOKED, updated_at=timezone.now())
        log.record(actor, "participants.consent.withdraw", consent.participant,
                   details={"purpose": consent.purpose, "consent": consent.pk, "referrals_revoked": count},
                   ip=ip)
    return consent


def require_consent(participant, purpose, partner=None):
    if not has_valid_consent(participant, purpose, partner):
        raise ConsentMissing(_("There is no valid consent for this. Record the participant's consent first."))


# --- Plan -----------------------------------------------------------------------------------------------------

@transaction.atomic
def add_goal(actor, participant, data, *, ip=None):
    goal = Goal.objects.create(participant=participant, created_by=actor, **data)
    FieldChange.objects.create(participant=participant, model="goal", object_id=goal.pk, field="own_words",
                               old_value="", new_value=goal.own_words, changed_by=actor)
    log.record(actor, "participants.goal.add", participant, details={"goal": goal.pk, "phase": goal.phase}, ip=ip)
    return goal


@transaction.atomic
def update_goal(actor, goal, data, *, ip=None):
    before = snapshot(goal, list(data))
    for k, v in data.items():
        setattr(goal, k, v)
    goal.save()
    changed = record_changes(goal.participant, goal, before, actor)
    log.record(actor, "participants.goal.update", goal.participant, details={"goal": goal.pk, "fields": changed},
               ip=ip)


@transaction.atomic
def add_task(actor, participant, data, *, ip=None):
    task = Task.objects.create(participant=participant, **data)
    FieldChange.objects.create(participant=participant, model="task", object_id=task.pk, field="title",
                               old_value="", new_value=task.title, changed_by=actor)
    log.record(actor, "participants.task.add", participant, details={"task": task.pk, "phase": task.phase}, ip=ip)
    return task


@transaction.atomic
def update_task(actor, task, data, *, ip=None):
    before = snapshot(task, list(data))
    for k, v in data.items():
        setattr(task, k, v)
    if task.status == Status.DONE and task.completed_at is None:
        task.completed_at = timezone.now()
    task.save()
    changed = record_changes(task.participant, task, before, actor)
    log.record(actor, "participants.task.update", task.participant, details={"task": task.pk, "fields": changed},
               ip=ip)


# --- Meetings, notes, flags ----------------------------------------------------------------------------------

@transaction.atomic
def log_meeting(actor, participant, data, *, ip=None):
    meeting = Meeting.objects.create(participant=participant, worker=actor, **data)
    log.record(actor, "participants.meeting.add", participant, details={"meeting": meeting.pk, "kind": meeting.kind},
               ip=ip)
    return meeting


@transaction.atomic
def add_note(actor, participant, kind, body, *, ip=None):
    note = Note.objects.create(participant=participant, kind=kind, body=body, author=actor)
    log.record(actor, "participants.note.add", participant, details={"note": note.pk, "kind": kind}, ip=ip)
    return note


@transaction.atomic
def raise_flag(actor, participant, kind, note, *, ip=None):
    flag = RiskFlag.objects.create(participant=participant, kind=kind, note=note, raised_by=actor)
    _created(actor, participant, flag, "kind", flag.get_kind_display())
    log.record(actor, "participants.flag.raise", participant, details={"flag": flag.pk, "kind": kind}, ip=ip)
    return flag


@transaction.atomic
def resolve_flag(actor, flag, *, ip=None):
    flag.resolved_at = timezone.now()
    flag.save(update_fields=["resolved_at"])
    FieldChange.objects.create(participant=flag.participant, model="riskflag", object_id=flag.pk, field="resolved_at",
                               old_value="", new_value=_as_text(flag.resolved_at), changed_by=actor)
    log.record(actor, "participants.flag.resolve", flag.participant, details={"flag": flag.pk, "kind": flag.kind},
               ip=ip)


# --- Referrals -------------------------------------------------------------------------------------------------

@transaction.atomic
def refer(actor, participant, partner, service, shared_fields, note, *, ip=None):
    """Refer to a partner: only under a valid consent to share with that partner (checked here, in the
    transaction that writes), and what was shared is recorded with the consent it was shared under."""
    consent = (Consent.objects.select_for_update().filter(participant=participant)
               .valid(ConsentPurpose.SHARE_WITH_PARTNER, partner).order_by("-given_at").first())
    if consent is None:
        raise ConsentMissing(_("There is no valid consent to share data with this organisation."))
    referral = Referral.objects.create(participant=participant, partner=partner, service=service, consent=consent,
                                       shared_fields=list(shared_fields), note=note, sent_by=actor)
    _created(actor, participant, referral, "partner", partner.name)
    log.record(actor, "participants.referral.send", participant,
               details={"referral": referral.pk, "partner": partner.pk, "consent": consent.pk,
                        "shared": list(shared_fields)}, ip=ip)
    return referral


@transaction.atomic
def set_referral_status(actor, referral, status, *, ip=None):
    if referral.status == Referral.State.REVOKED:
        raise ValidationError(_("A revoked referral cannot change status."))
    if status in (Referral.State.SENT, Referral.State.ACCEPTED) and not has_valid_consent(
            referral.participant, ConsentPurpose.SHARE_WITH_PARTNER, referral.partner):
        raise ConsentMissing(_("The consent for this referral has been withdrawn."))
    before = snapshot(referral, ["status"])
    referral.status = status
    referral.save(update_fields=["status", "updated_at"])
    record_changes(referral.participant, referral, before, actor)
    log.record(actor, "participants.referral.set_status", referral.participant,
               details={"referral": referral.pk, "status": status}, ip=ip)


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
def upload_document(actor, participant, kind, upload, *, ip=None):
    content, ext, content_type = check_upload(upload)
    storage_name = default_storage.save(f"participants/{uuid.uuid4().hex}.enc",
                                        ContentFile(crypto._fernet().encrypt(content)))
    document = Document.objects.create(
        participant=participant, kind=kind, filename=upload.name[-200:], content_type=content_type,
        size=len(content), storage_name=storage_name, sha256=hashlib.sha256(content).hexdigest(),
        uploaded_by=actor)
    log.record(actor, "participants.document.upload", participant,
               details={"document": document.pk, "kind": kind, "ext": ext, "size": len(content)}, ip=ip)
    return document


def read_document(document) -> bytes:
    with default_storage.open(document.storage_name, "rb") as fh:
        return crypto._fernet().decrypt(fh.read())


# --- Exit and follow-up ------------------------------------------------------------------------------------------

@transaction.atomic
def exit_participant(actor, participant, data, keep_tasks=(), *, ip=None):
    """Close the pathway with the ESF+ exit data and create the six-month follow-up task.

    Open plan tasks are closed (dropped) except `keep_tasks`, which the caseworker chose to keep open."""
    data = dict(data, status=Participant.Status.CLOSED, current_phase=Phase.FOLLOW_UP)
    update_participant(actor, participant, data, ip=ip)
    owner = actor
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
                    new_value=Status.DROPPED, changed_by=actor)
        for pk, old in dropped.values_list("pk", "status")])
    closed = dropped.update(status=Status.DROPPED)
    log.record(actor, "participants.participant.exit", participant,
               details={"reason": participant.exit_reason, "situation": participant.exit_situation,
                        "tasks_closed": closed, "tasks_kept": len(kept)}, ip=ip)
    return task


@transaction.atomic
def record_follow_up(actor, participant, employed, *, ip=None):
    """Record the six-month result. Contacting the participant needs the follow-up consent."""
    require_consent(participant, ConsentPurpose.FOLLOW_UP_CONTACT)
    update_participant(actor, participant, {"employed_6_months": employed,
                                            "follow_up_recorded_at": timezone.localdate()}, ip=ip)
    Task.objects.filter(participant=participant, kind=Task.Kind.FOLLOW_UP).exclude(status=Status.DONE).update(
        status=Status.DONE, completed_at=timezone.now())
    log.record(actor, "participants.follow_up.record", participant, details={"employed_6_months": employed},
               ip=ip)


# --- Retention ---------------------------------------------------------------------------------------------------

def retention_due(today=None):
    today = today or timezone.localdate()
    cutoff = today - datetime.timedelta(days=settings.IKUT_RETENTION_DAYS)
    return Participant.objects.filter(status=Participant.Status.CLOSED, anonymised_at__isnull=True,
                                      exit_date__isnull=False, exit_date__lt=cutoff)


@transaction.atomic
def anonymise(actor, participant):
    """Remove everything identifying; keep the coded ESF+ fields, phase, dates, meeting counts, consents.
    Run by `ikut retention` (actor: the system actor "retention")."""
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
    log.record(actor, "participants.participant.anonymise", participant,
               details={"retention_days": settings.IKUT_RETENTION_DAYS})
