"""Who may see and do what with companies, offers, introductions and placements.

- Employer contacts (role employer) see and manage only their own company (user.organisation is the
  company): profile, commitments, offers, self-assessments, the introductions made to their offers and
  the placements at their company. Of a participant they see the pseudonymous profile snapshot under a
  per-introduction handle, and the name and contact only while `identity_shared(intro)` holds.
- Administrators and project managers manage the company registry (profiles, commitments, offers).
- Caseworkers and supervisors see companies and offers (to match); they propose, record consent, create
  placements for participants they work on (participants.edit) and see introductions/placements of
  participants they may see (participants.view).
- Psychosocial workers, the DPO, participants and outsiders (no participant) see nothing here.
Any other record answers 404.
"""

from ikut.accounts.models import Organisation, Role

from . import Denied, can, has_role, rule

REGISTRY_STAFF = (Role.ADMINISTRATOR, Role.PROJECT_MANAGER)
MATCHING_STAFF = (Role.CASEWORKER, Role.SUPERVISOR)
SEES_COMPANIES = REGISTRY_STAFF + MATCHING_STAFF


def _m():
    from ikut.employers import models

    return models


def is_company_contact(user):
    return (has_role(user, Role.EMPLOYER) and user.organisation_id is not None
            and user.organisation.kind == Organisation.Kind.COMPANY)


def own_company(user, company):
    return is_company_contact(user) and company is not None and company.organisation_id == user.organisation_id


def company_of(user):
    """The employer contact's own company profile, or None."""
    if not is_company_contact(user):
        return None
    return _m().Company.objects.filter(organisation_id=user.organisation_id).select_related("organisation").first()


# --- querysets -----------------------------------------------------------------------------------------------

def visible_companies(user):
    m = _m()
    if has_role(user, *SEES_COMPANIES):
        return m.Company.objects.all()
    if is_company_contact(user):
        return m.Company.objects.filter(organisation_id=user.organisation_id)
    return m.Company.objects.none()


def visible_offers(user):
    m = _m()
    if has_role(user, *REGISTRY_STAFF):
        return m.Offer.objects.all()
    if has_role(user, *MATCHING_STAFF):
        return m.Offer.objects.filter(status=m.Offer.Status.PUBLISHED)
    if is_company_contact(user):
        return m.Offer.objects.filter(company__organisation_id=user.organisation_id)
    return m.Offer.objects.none()


def visible_introductions(user):
    m = _m()
    if is_company_contact(user):
        return m.Introduction.objects.filter(offer__company__organisation_id=user.organisation_id)
    if has_role(user, *MATCHING_STAFF):
        from .participants import visible_participants

        return m.Introduction.objects.filter(participant__in=visible_participants(user).values("pk"))
    return m.Introduction.objects.none()


def visible_placements(user):
    m = _m()
    if is_company_contact(user):
        return m.Placement.objects.filter(company__organisation_id=user.organisation_id)
    if has_role(user, *MATCHING_STAFF):
        from .participants import visible_participants

        return m.Placement.objects.filter(participant__in=visible_participants(user).values("pk"))
    return m.Placement.objects.none()


def get_for(user, queryset, pk, action=None):
    """The record with `pk` in `queryset` (already scoped to the user) if `action` allows it; else 404."""
    obj = queryset.filter(pk=pk).first()
    if obj is None or (action and not can(user, action, obj)):
        raise Denied(action or "", queryset.model._meta.label_lower)
    return obj


# --- consent ------------------------------------------------------------------------------------------------

def identity_shared(intro) -> bool:
    """May the employer see the participant's name and contact for this introduction, right now?

    Asks the database every time (consent withdrawal takes effect at once)."""
    from ikut.participants.models import ConsentPurpose, has_valid_consent

    return (intro.withdrawn_at is None and intro.consent_recorded_at is not None and intro.responded_at is not None
            and intro.status in ("shared", "placed")
            and has_valid_consent(intro.participant, ConsentPurpose.EMPLOYER_INTRODUCTIONS))


# --- rules --------------------------------------------------------------------------------------------------

@rule("employers.use")
def use(user, obj):
    """The employers section at all."""
    return has_role(user, *SEES_COMPANIES) or is_company_contact(user)


@rule("employers.company.view")
def company_view(user, obj):
    if obj is None:
        return use(user, None)
    return has_role(user, *SEES_COMPANIES) or own_company(user, obj)


@rule("employers.company.create")
def company_create(user, obj):
    return has_role(user, *REGISTRY_STAFF)


@rule("employers.company.edit")
def company_edit(user, obj):
    """Profile, commitments, offers and self-assessments: registry staff, or the company's own contacts."""
    if obj is None:
        return has_role(user, *REGISTRY_STAFF) or is_company_contact(user)
    return has_role(user, *REGISTRY_STAFF) or own_company(user, obj)


@rule("employers.offer.view")
def offer_view(user, obj):
    if obj is None:
        return use(user, None)
    if has_role(user, *REGISTRY_STAFF) or own_company(user, obj.company):
        return True
    return has_role(user, *MATCHING_STAFF) and obj.status == "published"


@rule("employers.offer.edit")
def offer_edit(user, obj):
    if obj is None:
        return company_edit(user, None)
    return company_edit(user, obj.company)


@rule("employers.match")
def match(user, obj):
    """Suggest candidates for an offer / offers for a participant and propose introductions."""
    return has_role(user, *MATCHING_STAFF)


@rule("employers.introduction.propose")
def propose(user, obj):
    """obj: the participant."""
    if obj is None:
        return has_role(user, *MATCHING_STAFF)
    return has_role(user, *MATCHING_STAFF) and can(user, "participants.edit", obj)


@rule("employers.introduction.view")
def introduction_view(user, obj):
    if obj is None:
        return has_role(user, *MATCHING_STAFF) or is_company_contact(user)
    if is_company_contact(user):
        return own_company(user, obj.offer.company)
    return has_role(user, *MATCHING_STAFF) and can(user, "participants.view", obj.participant)


@rule("employers.introduction.respond")
def introduction_respond(user, obj):
    if obj is None:
        return is_company_contact(user)
    return own_company(user, obj.offer.company)


@rule("employers.introduction.consent")
def introduction_consent(user, obj):
    """Record the participant's consent on an introduction, or withdraw the introduction."""
    if obj is None:
        return has_role(user, *MATCHING_STAFF)
    return has_role(user, *MATCHING_STAFF) and can(user, "participants.edit", obj.participant)


@rule("employers.introduction.identity")
def introduction_identity(user, obj):
    """Name and contact in an introduction or placement."""
    if obj is None:
        return False
    if is_company_contact(user):
        return own_company(user, obj.offer.company) and identity_shared(obj)
    return can(user, "participants.view_identity", obj.participant)


@rule("employers.placement.view")
def placement_view(user, obj):
    if obj is None:
        return has_role(user, *MATCHING_STAFF) or is_company_contact(user)
    if is_company_contact(user):
        return own_company(user, obj.company)
    return has_role(user, *MATCHING_STAFF) and can(user, "participants.view", obj.participant)


@rule("employers.placement.create")
def placement_create(user, obj):
    """obj: the introduction. Only after the participant's consent shared their identity."""
    if obj is None:
        return has_role(user, *MATCHING_STAFF)
    return introduction_consent(user, obj) and identity_shared(obj)


@rule("employers.placement.follow")
def placement_follow(user, obj):
    """Check-ins, problems and the outcome: the company's contacts and the participant's team."""
    if obj is None:
        return has_role(user, *MATCHING_STAFF) or is_company_contact(user)
    if is_company_contact(user):
        return own_company(user, obj.company)
    return has_role(user, *MATCHING_STAFF) and can(user, "participants.log_meeting", obj.participant)


def identity_shared_ids(intros):
    """The pks of `intros` whose identity may be shown now: `identity_shared` for a whole list, two queries."""
    from ikut.participants.models import Consent, ConsentPurpose

    candidates = [i for i in intros if i.withdrawn_at is None and i.consent_recorded_at is not None
                  and i.responded_at is not None and i.status in ("shared", "placed")
                  and i.participant.anonymised_at is None]
    if not candidates:
        return set()
    consented = set(Consent.objects.valid(ConsentPurpose.EMPLOYER_INTRODUCTIONS)
                    .filter(participant_id__in={i.participant_id for i in candidates})
                    .values_list("participant_id", flat=True))
    return {i.pk for i in candidates if i.participant_id in consented}
