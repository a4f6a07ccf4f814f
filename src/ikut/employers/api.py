"""/api/employers/: offers and introductions, scoped exactly like the pages.

Employer contacts get their own company's offers, and introductions as they see them: a random handle and
the pseudonymous profile; `person` (name, and phone/email if agreed) only while the participant's consent
holds (checked at each request). Staff (caseworkers, supervisors) also get the participant code.
"""

import datetime

from django.http import Http404, JsonResponse
from ninja import Router, Schema

from ikut import access
from ikut.access.employers import (
    get_for,
    identity_shared_ids,
    is_company_contact,
    visible_introductions,
    visible_offers,
)
from ikut.audit import log
from ikut.core.i18n import current_language
from ikut.core.net import client_ip

from . import profiles

router = Router(tags=["employers"])
LIMIT = 200


class OfferOut(Schema):
    id: int
    company: str
    kind: str
    title: str
    tasks: str
    location: str
    status: str
    hours_per_day: float
    days_per_week: float
    pay_amount: float | None
    pay_per: str
    collective_agreement: str
    languages: dict
    required_skills: list[str]
    optional_skills: list[str]
    required_certificates: list[str]
    optional_certificates: list[str]
    red_flags: list[str]
    unanswered_questions: int  # rights questions not answered yet (an offer with any cannot be published)


class Person(Schema):
    name: str
    phone: str = ""
    email: str = ""


class IntroductionOut(Schema):
    id: int
    handle: str
    offer: int
    offer_title: str
    status: str
    proposed_at: str
    profile: dict
    person: Person | None = None
    participant_code: str | None = None


def _offer_out(o):
    skills = list(o.skill_links.all())
    certs = list(o.certificate_links.all())
    return {
        "id": o.pk, "company": o.company.organisation.name, "kind": o.kind, "title": o.title, "tasks": o.tasks,
        "location": o.location, "status": o.status, "hours_per_day": float(o.hours_per_day),
        "days_per_week": float(o.days_per_week),
        "pay_amount": float(o.pay_amount) if o.pay_amount is not None else None, "pay_per": o.pay_per,
        "collective_agreement": o.collective_agreement, "languages": o.language_needs(),
        "required_skills": [x.skill.uri for x in skills if x.required],
        "optional_skills": [x.skill.uri for x in skills if not x.required],
        "required_certificates": [x.certificate.code for x in certs if x.required],
        "optional_certificates": [x.certificate.code for x in certs if not x.required],
        "red_flags": [f["code"] for f in o.red_flags], "unanswered_questions": len(o.unanswered),
    }


def _offers(user):
    return (visible_offers(user).select_related("company__organisation")
            .prefetch_related("skill_links__skill", "certificate_links__certificate"))


@router.get("/offers", response=list[OfferOut], url_name="employers_offers", summary="Placement offers")
def offers(request):
    user = request.auth
    access.check(user, "employers.offer.view")
    return [_offer_out(o) for o in _offers(user)[:LIMIT]]


@router.get("/offers/{offer_id}", response=OfferOut, url_name="employers_offer", summary="One placement offer")
def offer(request, offer_id: int):
    user = request.auth
    access.check(user, "employers.offer.view")
    return _offer_out(get_for(user, _offers(user), offer_id, "employers.offer.view"))


def _intro_out(request, intro, user, employer, shared=None):
    person = None
    allowed = (intro.pk in shared and access.can(user, "employers.introduction.respond", intro)) if shared is not None \
        else access.can(user, "employers.introduction.identity", intro)
    if employer and allowed:
        p = intro.participant
        person = {"name": p.display_name(), "phone": p.phone if intro.share_phone else "",
                  "email": p.email if intro.share_email else ""}
    return {
        "id": intro.pk, "handle": intro.handle, "offer": intro.offer_id, "offer_title": intro.offer.title,
        "status": intro.status, "proposed_at": intro.proposed_at.isoformat(),
        "profile": profiles.for_display(intro.profile(), current_language(base=True)),
        "person": person, "participant_code": None if employer else intro.participant.code,
    }


def _intros(user):
    return visible_introductions(user).select_related("offer__company__organisation", "participant")


@router.get("/introductions", response=list[IntroductionOut], url_name="employers_introductions",
            summary="Introductions (employers: pseudonymous until the participant consents)")
def introductions(request):
    user = request.auth
    access.check(user, "employers.introduction.view")
    employer = is_company_contact(user)
    intros = list(_intros(user)[:LIMIT])
    shared = identity_shared_ids(intros) if employer else set()
    rows = [_intro_out(request, i, user, employer, shared) for i in intros]
    log.record_request(request, "employers.introduction.list",
                       details={"api": True, "count": len(rows), "identities": sum(1 for r in rows if r["person"])})
    return rows


@router.get("/introductions/{intro_id}", response=IntroductionOut, url_name="employers_introduction",
            summary="One introduction")
def introduction(request, intro_id: int):
    user = request.auth
    access.check(user, "employers.introduction.view")
    intro = get_for(user, _intros(user), intro_id, "employers.introduction.view")
    employer = is_company_contact(user)
    out = _intro_out(request, intro, user, employer)
    log.record_request(request, "employers.introduction.view", intro if employer else intro.participant,
                       details={"introduction": intro.handle, "identity": bool(out["person"]), "api": True})
    return out


class CandidateOut(Schema):
    participant_code: str
    score: float


class ExcludedOut(Schema):
    participant_code: str
    reason: str


class CandidatesOut(Schema):
    offer: int
    candidates: list[CandidateOut]
    excluded: list[ExcludedOut]


class ProposeIn(Schema):
    participant_code: str
    available_from: datetime.date | None = None
    availability: str = "either"


def _published_offer(user, offer_id):
    from .models import Offer

    offer = get_for(user, visible_offers(user).select_related("company__organisation"), offer_id,
                    "employers.offer.view")
    if offer.status != Offer.Status.PUBLISHED:
        raise Http404
    return offer


@router.get("/offers/{offer_id}/candidates", response=CandidatesOut, url_name="employers_candidates",
            summary="Staff: my participants ranked for a published offer; the right to work filters them")
def offer_candidates(request, offer_id: int):
    from ikut.access.participants import visible_participants

    from . import matching
    from .models import Offer

    user = request.auth
    access.check(user, "employers.match")
    offer = _published_offer(user, offer_id)
    offer = Offer.objects.prefetch_related("skill_links", "certificate_links").select_related(
        "company__organisation").get(pk=offer.pk)
    excluded = []
    rows = matching.candidates_for_offer(offer, visible_participants(user), excluded=excluded)
    log.record_request(request, "employers.candidates.view", offer,
                       details={"offer": offer.pk, "shown": len(rows), "right_to_work_excluded": len(excluded),
                                "api": True})
    return {"offer": offer.pk, "candidates": [{"participant_code": p.code, "score": r["score"]} for p, r in rows],
            "excluded": [{"participant_code": p.code, "reason": str(reason)} for p, reason in excluded]}


@router.post("/offers/{offer_id}/introductions",
             url_name="employers_propose", summary="Staff: propose a participant for a published offer")
def offer_propose(request, offer_id: int, payload: ProposeIn):
    from django.core.exceptions import ValidationError

    from ikut.access.participants import get_participant_for

    from . import actions
    from .models import Introduction

    user = request.auth
    access.check(user, "employers.introduction.propose")
    offer = _published_offer(user, offer_id)
    participant = get_participant_for(user, payload.participant_code[:40], "participants.edit")
    access.check(user, "employers.introduction.propose", participant)
    if payload.availability not in Introduction.Availability.values:
        return JsonResponse({"detail": "availability: not one of " + ", ".join(Introduction.Availability.values)},
                            status=400)
    try:
        intro = actions.propose(user, offer, participant, payload.available_from, payload.availability,
                                ip=client_ip(request))
    except ValidationError as exc:
        return JsonResponse({"detail": " ".join(str(m) for m in exc.messages)}, status=400)
    return JsonResponse(IntroductionOut(**_intro_out(request, intro, user, False)).model_dump(), status=201)
