"""Every write of the employers app, one function per action, each in one transaction and audited.

Consent: `record_consent` and `create_placement` ask `has_valid_consent(participant, employer_introductions)`
inside the transaction that writes; reads re-check it in `ikut.access.employers.identity_shared`.
Audit details never hold personal data (handles, ids and codes only).
"""

import datetime
import json

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ikut.access.employers import identity_shared
from ikut.accounts.models import Organisation
from ikut.audit import log
from ikut.casedata.work import permission_for
from ikut.core.actors import user_of
from ikut.core.formats import date_text
from ikut.core.tasks import send_mail_task
from ikut.participants import actions as pathway
from ikut.participants import system_tasks
from ikut.participants.models import (
    PHASE_ORDER,
    Assignment,
    Consent,
    ConsentPurpose,
    Meeting,
    Phase,
    Status,
    Task,
    has_valid_consent,
)

from . import assessment, matching, profiles
from .models import (
    CheckIn,
    Commitment,
    CommitmentStatusChange,
    Introduction,
    Offer,
    OfferCertificate,
    OfferSkill,
    Placement,
    Problem,
    SelfAssessment,
)
from .offers import run_check


class NotAllowed(ValidationError):
    """The step is not possible in the introduction's or offer's current state."""


# --- Companies and commitments ---------------------------------------------------------------------------

@transaction.atomic
def create_company(actor, company, name, *, ip=None):
    """A new company: its organisation (kind company, called `name`) and its profile, in one transaction."""
    company.organisation = Organisation.objects.create(name=name, kind=Organisation.Kind.COMPANY)
    return save_company(actor, company, ip=ip)


@transaction.atomic
def save_company(actor, company, organisation_name=None, *, ip=None):
    creating = company.pk is None
    if organisation_name is not None and organisation_name != company.organisation.name:
        company.organisation.name = organisation_name
        company.organisation.save(update_fields=["name"])
    company.full_clean()
    company.save()
    log.record(actor, "employers.company.create" if creating else "employers.company.update", company,
               details={"company": company.pk}, ip=ip)
    return company


@transaction.atomic
def add_commitment(actor, company, commitment, *, ip=None):
    commitment.company = company
    commitment.full_clean()
    commitment.save()
    CommitmentStatusChange.objects.create(commitment=commitment, status=commitment.status, changed_by=actor,
                                          note=_("Created"))
    log.record(actor, "employers.commitment.create", commitment,
               details={"company": company.pk, "kind": commitment.kind, "status": commitment.status}, ip=ip)
    return commitment


@transaction.atomic
def set_commitment_status(actor, commitment, status, note="", end_date=None, *, ip=None):
    commitment = Commitment.objects.select_for_update().get(pk=commitment.pk)
    old = commitment.status
    commitment.status = status
    if end_date:
        commitment.end_date = end_date
    commitment.full_clean()
    commitment.save()
    CommitmentStatusChange.objects.create(commitment=commitment, status=status, note=note, changed_by=actor)
    log.record(actor, "employers.commitment.set_status", commitment,
               details={"company": commitment.company_id, "from": old, "to": status}, ip=ip)
    return commitment


# --- Offers ----------------------------------------------------------------------------------------------

def _set_links(offer, model, field, required, optional):
    model.objects.filter(offer=offer).delete()
    rows = {obj.pk: model(offer=offer, required=True, **{field: obj}) for obj in required}
    for obj in optional:
        rows.setdefault(obj.pk, model(offer=offer, required=False, **{field: obj}))
    model.objects.bulk_create(rows.values())


@transaction.atomic
def save_offer(actor, offer, required_skills=(), optional_skills=(), required_certs=(), optional_certs=(), *,
               ip=None):
    """Save an offer and run it through the job-offer check. A red flag or an unanswered rights question
    takes a published offer back to draft: it cannot stay published. A draft may have open questions."""
    creating = offer.pk is None
    if creating:
        offer.created_by = user_of(actor)
    offer.full_clean()
    result = run_check(offer, "en")
    offer.check_result = result
    offer.checked_at = timezone.now()
    reds = [f["code"] for f in result["flags"] if f["severity"] == "red"]
    if (reds or offer.unanswered) and offer.status == Offer.Status.PUBLISHED:
        offer.status = Offer.Status.DRAFT
        offer.published_at = None
    offer.save()
    _set_links(offer, OfferSkill, "skill", required_skills, optional_skills)
    _set_links(offer, OfferCertificate, "certificate", required_certs, optional_certs)
    log.record(actor, "employers.offer.create" if creating else "employers.offer.update", offer,
               details={"company": offer.company_id, "red_flags": reds,
                        "recommendation": result["recommendation"], "unanswered": len(offer.unanswered)}, ip=ip)
    return offer


@transaction.atomic
def publish_offer(actor, offer, *, ip=None):
    offer = Offer.objects.select_for_update().select_related("company__organisation").get(pk=offer.pk)
    result = run_check(offer, "en")
    offer.check_result, offer.checked_at = result, timezone.now()
    reds = [f["code"] for f in result["flags"] if f["severity"] == "red"]
    unanswered = len(offer.unanswered)
    if reds or unanswered:
        offer.save(update_fields=["check_result", "checked_at"])
        log.record(actor, "employers.offer.refuse_publish", offer,
                   details={"company": offer.company_id, "red_flags": reds, "unanswered": unanswered}, ip=ip)
        return offer, False
    offer.status, offer.published_at = Offer.Status.PUBLISHED, timezone.now()
    offer.save(update_fields=["check_result", "checked_at", "status", "published_at"])
    log.record(actor, "employers.offer.publish", offer, details={"company": offer.company_id}, ip=ip)
    return offer, True


@transaction.atomic
def close_offer(actor, offer, *, ip=None):
    offer.status = Offer.Status.CLOSED
    offer.save(update_fields=["status"])
    log.record(actor, "employers.offer.close", offer, details={"company": offer.company_id}, ip=ip)
    return offer


# --- Introductions -------------------------------------------------------------------------------------

@transaction.atomic
def propose(actor, offer, participant, available_from=None, availability=Introduction.Availability.EITHER, *,
            ip=None):
    if offer.status != Offer.Status.PUBLISHED:
        raise NotAllowed(_("Only a published offer can receive introductions."))
    if Introduction.objects.filter(offer=offer, participant=participant, withdrawn_at__isnull=True).exists():
        raise NotAllowed(_("This participant has already been proposed for this offer."))
    allowed, reason = permission_for(participant).allows(offer.company)
    if not allowed:
        raise NotAllowed(reason)
    snap = profiles.snapshot(participant, offer, available_from, availability)
    offer_full = Offer.objects.prefetch_related("skill_links", "certificate_links").get(pk=offer.pk)
    profile = profiles.skills_profile(participant)
    result = matching.score(matching.needs_of(offer_full), matching.person_from_skills_profile(profile))
    intro = Introduction.objects.create(
        offer=offer, participant=participant, profile_snapshot=json.dumps(snap), available_from=available_from,
        availability=availability, match_score=result["score"], proposed_by=actor)
    log.record(actor, "employers.introduction.propose", participant,
               details={"introduction": intro.handle, "offer": offer.pk, "company": offer.company_id}, ip=ip)
    return intro


@transaction.atomic
def respond(actor, intro, interested, *, ip=None):
    intro = Introduction.objects.select_for_update().get(pk=intro.pk)
    if intro.withdrawn_at or intro.status not in (Introduction.Status.PROPOSED, Introduction.Status.INTERESTED,
                                                  Introduction.Status.NOT_INTERESTED):
        raise NotAllowed(_("This introduction can no longer be answered."))
    intro.status = Introduction.Status.INTERESTED if interested else Introduction.Status.NOT_INTERESTED
    intro.responded_by, intro.responded_at = actor, timezone.now()
    intro.save(update_fields=["status", "responded_by", "responded_at"])
    log.record(actor, "employers.introduction.respond", intro,
               details={"interested": bool(interested), "offer": intro.offer_id}, ip=ip)
    return intro


@transaction.atomic
def record_consent(actor, intro, share_phone=False, share_email=False, *, ip=None):
    """The explicit consent step on this introduction, recorded by the caseworker with the participant.

    Requires the employer's interest and a valid `employer_introductions` consent on the record."""
    intro = Introduction.objects.select_for_update().select_related("participant").get(pk=intro.pk)
    if intro.withdrawn_at or intro.status != Introduction.Status.INTERESTED:
        raise NotAllowed(_("Consent can be recorded only after the employer said they are interested."))
    if not has_valid_consent(intro.participant, ConsentPurpose.EMPLOYER_INTRODUCTIONS):
        raise NotAllowed(_("The participant has no valid consent for introductions to employers. Record it on "
                           "the participant's consents page first."))
    consent = Consent.objects.filter(participant=intro.participant).valid(
        ConsentPurpose.EMPLOYER_INTRODUCTIONS).order_by("-given_at").first()
    intro.consent, intro.consent_recorded_by, intro.consent_recorded_at = consent, actor, timezone.now()
    intro.share_phone, intro.share_email = bool(share_phone), bool(share_email)
    intro.status = Introduction.Status.SHARED
    intro.save()
    log.record(actor, "employers.introduction.consent", intro.participant,
               details={"introduction": intro.handle, "consent": consent.pk, "phone": intro.share_phone,
                        "email": intro.share_email, "company": intro.offer.company_id}, ip=ip)
    return intro


@transaction.atomic
def withdraw(actor, intro, *, ip=None):
    """The participant (or the caseworker for them) stops the introduction: the employer loses the name."""
    intro = Introduction.objects.select_for_update().get(pk=intro.pk)
    if intro.withdrawn_at is None:
        intro.withdrawn_at, intro.withdrawn_by = timezone.now(), actor
        intro.status = Introduction.Status.WITHDRAWN
        intro.save(update_fields=["withdrawn_at", "withdrawn_by", "status"])
        log.record(actor, "employers.introduction.withdraw", intro.participant,
                   details={"introduction": intro.handle}, ip=ip)
    return intro


# --- Placements and the pathway ------------------------------------------------------------------------------

def _advance_phase(actor, participant, phase, *, ip=None):
    """Move the pathway forward to `phase` (never backwards); recorded in the participant's history."""
    if PHASE_ORDER.index(phase) > participant.phase_index:
        pathway.update_participant(actor, participant, {"current_phase": phase}, ip=ip)


def _caseworker_for(intro):
    """Who hears about a placement problem: the proposer while assigned, else the lead work coach."""
    active = Assignment.objects.filter(participant=intro.participant, ended_at__isnull=True).select_related("user")
    by_user = {a.user_id: a.user for a in active}
    if intro.proposed_by_id in by_user:
        return by_user[intro.proposed_by_id]
    lead = next((a.user for a in active if a.role == Assignment.CaseRole.LEAD), None)
    return lead or next(iter(by_user.values()), None)


@transaction.atomic
def create_placement(actor, intro, data, *, ip=None):
    intro = Introduction.objects.select_for_update().select_related("offer__company", "participant").get(pk=intro.pk)
    if not identity_shared(intro):
        raise NotAllowed(_("A placement needs the participant's valid consent on this introduction."))
    offer = intro.offer
    placement = Placement(introduction=intro, company=offer.company, offer=offer, participant=intro.participant,
                          kind=offer.kind, created_by=actor, **data)
    placement.status = Placement.Status.ONGOING if placement.start_date <= timezone.localdate() else \
        Placement.Status.PLANNED
    placement.full_clean()
    placement.save()
    intro.status = Introduction.Status.PLACED
    intro.save(update_fields=["status"])
    participant = intro.participant
    phase = Phase.EMPLOYMENT if offer.kind == Offer.Kind.JOB else Phase.WORK_TRIAL
    period = date_text(placement.start_date) + ("–" + date_text(placement.end_date) if placement.end_date else "")
    Task.objects.create(
        participant=participant, phase=phase, status=Status.IN_PROGRESS, owner=_caseworker_for(intro),
        title=_("%(kind)s at %(company)s, %(period)s") % {
            "kind": offer.get_kind_display(), "company": offer.company.name, "period": period},
        due_date=placement.end_date, text_key=f"placement:{offer.kind}",
        text_values=system_tasks.values(company=offer.company.name, start=placement.start_date,
                                        end=placement.end_date))
    _advance_phase(actor, participant, phase, ip=ip)
    log.record(actor, "employers.placement.create", participant,
               details={"placement": placement.pk, "introduction": intro.handle, "company": offer.company_id,
                        "kind": offer.kind}, ip=ip)
    return placement


@transaction.atomic
def add_check_in(actor, placement, held_on, summary, *, ip=None):
    check_in = CheckIn.objects.create(placement=placement, held_on=held_on, summary=summary,
                                      recorded_by=actor)
    start = timezone.make_aware(datetime.datetime.combine(held_on, datetime.time(12, 0)))
    # The pathway shows that a check-in took place; the text stays on the placement.
    Meeting.objects.create(participant=placement.participant, kind=Meeting.Kind.OTHER, starts_at=start,
                           duration_minutes=30, attendance=Meeting.Attendance.ATTENDED, worker=actor,
                           summary=_("Placement check-in (%(company)s)") % {"company": placement.company.name})
    log.record(actor, "employers.placement.check_in", placement.participant,
               details={"placement": placement.pk, "check_in": check_in.pk}, ip=ip)
    return check_in


@transaction.atomic
def raise_problem(actor, placement, side, description, *, ip=None):
    """A problem goes to the caseworker: a task on the participant's record and a content-free email."""
    intro = placement.introduction
    owner = _caseworker_for(intro)
    task = Task.objects.create(
        participant=placement.participant, phase=Phase.WORK_TRIAL if placement.kind != Offer.Kind.JOB else
        Phase.EMPLOYMENT, owner=owner, due_date=timezone.localdate() + datetime.timedelta(days=2),
        title=_("Placement problem raised by %(side)s at %(company)s: see the placement page") % {
            "side": dict(Problem.RaisedBy.choices)[side].lower(), "company": placement.company.name},
        text_key="problem", text_values=system_tasks.values(company=placement.company.name))
    problem = Problem.objects.create(placement=placement, raised_by_side=side, description=description,
                                     raised_by=actor, task=task)
    log.record(actor, "employers.placement.raise_problem", placement.participant,
               details={"placement": placement.pk, "problem": problem.pk, "side": side}, ip=ip)
    if owner is not None and owner.email:
        subject = _("IKUT: a placement needs your attention")
        body = _("A problem was raised in a placement of one of your participants. Sign in to IKUT to read it.")
        to = [owner.email]
        transaction.on_commit(lambda: send_mail_task.enqueue(subject, body, to))
    return problem


@transaction.atomic
def resolve_problem(actor, problem, *, ip=None):
    problem.resolved_at = timezone.now()
    problem.save(update_fields=["resolved_at"])
    if problem.task_id:
        Task.objects.filter(pk=problem.task_id).update(status=Status.DONE, completed_at=timezone.now())
    log.record(actor, "employers.placement.resolve_problem", problem.placement.participant,
               details={"placement": problem.placement_id, "problem": problem.pk}, ip=ip)


@transaction.atomic
def record_outcome(actor, placement, outcome, contract_type="", hours_per_week=None, end_date=None, *, ip=None):
    placement = Placement.objects.select_for_update().select_related("participant", "company").get(pk=placement.pk)
    placement.outcome, placement.contract_type, placement.hours_per_week = outcome, contract_type, hours_per_week
    placement.end_date = end_date or placement.end_date or timezone.localdate()
    placement.status, placement.outcome_recorded_at = Placement.Status.ENDED, timezone.now()
    placement.full_clean()
    placement.save()
    participant = placement.participant
    if outcome == Placement.Outcome.HIRED:
        Task.objects.create(
            participant=participant, phase=Phase.EMPLOYMENT, status=Status.DONE, completed_at=timezone.now(),
            owner=_caseworker_for(placement.introduction),
            title=_("Hired by %(company)s: %(contract)s, %(hours)s h a week") % {
                "company": placement.company.name, "contract": placement.get_contract_type_display() or "—",
                "hours": hours_per_week if hours_per_week is not None else "—"},
            text_key="hired", text_values=system_tasks.values(company=placement.company.name))
        _advance_phase(actor, participant, Phase.EMPLOYMENT, ip=ip)
    log.record(actor, "employers.placement.record_outcome", participant,
               details={"placement": placement.pk, "outcome": outcome, "contract": contract_type}, ip=ip)
    return placement


def exit_suggestion(participant):
    """For the exit form: what the placements say about the situation at exit (coded, no free text)."""
    hired = Placement.objects.filter(participant=participant, outcome=Placement.Outcome.HIRED).exists()
    return {"exit_employed": True, "exit_reason": "employed"} if hired else {}


# --- Self-assessment ---------------------------------------------------------------------------------------

@transaction.atomic
def save_assessment(actor, company, answers, *, ip=None):
    result = assessment.evaluate(answers)
    record = SelfAssessment.objects.create(company=company, answers=answers, risk_level=result["level"],
                                           score=result["score"], questionnaire_version=assessment.VERSION,
                                           completed_by=actor)
    log.record(actor, "employers.assessment.create", record,
               details={"company": company.pk, "level": result["level"]}, ip=ip)
    return record
