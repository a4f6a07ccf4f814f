"""Participants API (/api/participants/): the same access rules as the views; 404 for invisible records.

Lists show pseudonymous codes only. Identity is returned only when the caller may see it and asks for it
(`?identity=true`); every read of a record is audited.
"""

import datetime

from django.http import Http404
from ninja import Router, Schema
from ninja.pagination import paginate

from ikut import access
from ikut.access.participants import get_participant_for, visible_participants
from ikut.audit import log

router = Router(tags=["participants"])


class ParticipantOut(Schema):
    code: str
    current_phase: str
    status: str
    intake_date: datetime.date
    language: str


class Identity(Schema):
    first_name: str
    last_name: str
    preferred_name: str
    date_of_birth: datetime.date | None
    nationality: str
    languages_spoken: str
    contact_channel: str


class ParticipantDetail(ParticipantOut):
    organisation: str
    gender: str
    employment_status_at_entry: str
    age_band_at_entry: str
    education_level: str
    exit_date: datetime.date | None
    exit_reason: str
    exit_situation: list[str]
    employed_6_months: bool | None
    identity: Identity | None = None


class ConsentOut(Schema):
    id: int
    purpose: str
    partner: str | None
    text_version: str
    text_language: str
    text_id: int | None  # the exact consent text version (None: recorded before texts were kept in IKUT)
    given_at: datetime.datetime
    how_given: str
    withdrawn_at: datetime.datetime | None
    valid: bool


def _user(request):
    user = request.auth
    access.check(user, "api.use")
    access.check(user, "participants.view")
    return user


@router.get("/", response=list[ParticipantOut], summary="Participants visible to me (codes only)")
@paginate
def list_participants(request, status: str = "open"):
    user = _user(request)
    qs = visible_participants(user).order_by("code").only("code", "current_phase", "status", "intake_date",
                                                          "language")
    if status in ("open", "closed"):
        qs = qs.filter(status=status)
    log.record_request(request, "participants.participant.list", details={"status": status, "api": True})
    return qs


@router.get("/{code}", response=ParticipantDetail, summary="One participant; identity only if allowed")
def participant_detail(request, code: str, identity: bool = False):
    user = _user(request)
    p = get_participant_for(user, code)
    show = identity and access.can(user, "participants.view_identity", p)
    log.record_request(request, "participants.participant.view", p, details={"identity": show, "api": True})
    out = {f: getattr(p, f) for f in ParticipantDetail.model_fields if hasattr(p, f) and f != "identity"}
    out["organisation"] = p.organisation.name
    out["exit_situation"] = p.exit_situation
    if show:
        out["identity"] = {f: getattr(p, f) for f in Identity.model_fields}
    return out


@router.get("/{code}/consents", response=list[ConsentOut], summary="A participant's consents")
def participant_consents(request, code: str):
    user = _user(request)
    p = get_participant_for(user, code)
    if not access.can(user, "participants.view_identity", p) and not access.can(user, "participants.edit", p):
        raise Http404
    log.record_request(request, "participants.consent.view", p, details={"api": True})
    return [{"id": c.pk, "purpose": c.purpose, "partner": c.partner.name if c.partner_id else None,
             "text_version": c.text_version, "text_language": c.text_language, "text_id": c.text_id,
             "given_at": c.given_at,
             "how_given": c.how_given, "withdrawn_at": c.withdrawn_at, "valid": c.is_valid}
            for c in p.consents.select_related("partner")]
