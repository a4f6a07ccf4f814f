"""Company registry, employer portal, offers, introductions and placements: thin views.

Records come from the access module's scoped querysets (`visible_*`) through `get_for`, so a record the user
may not see answers 404. Employer contacts never get a participant code or name unless
`access.can(user, "employers.introduction.identity", intro)` holds (checked right before rendering).
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Prefetch, Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ikut import access
from ikut.access.employers import (
    company_of,
    get_for,
    is_company_contact,
    visible_companies,
    visible_introductions,
    visible_offers,
    visible_placements,
)
from ikut.access.participants import get_participant_for, visible_participants
from ikut.audit import log
from ikut.casedata.work import permission_for
from ikut.core.i18n import current_language
from ikut.core.net import client_ip
from ikut.events import participation
from ikut.learning import progress
from ikut.rights import offer_texts

from . import actions, assessment, forms, matching, profiles
from .models import Commitment, CommitmentStatusChange, Introduction, Offer, Placement, Problem, SelfAssessment
from .offers import run_check

LIST_LIMIT = 50


def _company(request, pk, action="employers.company.view"):
    return get_for(request.user, visible_companies(request.user).select_related("organisation"), pk, action)


def _offer(request, pk, action="employers.offer.view"):
    qs = visible_offers(request.user).select_related("company__organisation", "occupation")
    return get_for(request.user, qs, pk, action)


def _intro(request, pk, action="employers.introduction.view"):
    qs = visible_introductions(request.user).select_related("offer__company__organisation", "participant")
    return get_for(request.user, qs, pk, action)


def _placement(request, pk, action="employers.placement.view"):
    qs = visible_placements(request.user).select_related(
        "company__organisation", "offer", "participant", "introduction")
    return get_for(request.user, qs, pk, action)


def _error(form, exc):
    for message in exc.messages:
        form.add_error(None, message)


# --- Home and registry -----------------------------------------------------------------------------------

@access.requires("employers.use")
def home(request):
    if is_company_contact(request.user):
        company = company_of(request.user)
        if company is None:
            return render(request, "employers/no_profile.html")
        return redirect("employers:company_detail", pk=company.pk)
    companies = (visible_companies(request.user).select_related("organisation")
                 .annotate(open_offers=Count("offers", filter=Q(offers__status=Offer.Status.PUBLISHED), distinct=True),
                           active_commitments=Count("commitments", filter=Q(commitments__status="active"),
                                                    distinct=True)))
    return render(request, "employers/home.html", {"companies": companies[:200],
                                                   "can_create": access.can(request.user, "employers.company.create")})


@access.requires("employers.company.create")
def company_create(request):
    form = forms.CompanyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            company = actions.create_company(request.user, form.save(commit=False), form.cleaned_data["name"],
                                             ip=client_ip(request))
        except ValidationError as exc:
            _error(form, exc)
        else:
            messages.success(request, _("Company added."))
            return redirect("employers:company_detail", pk=company.pk)
    return render(request, "employers/form.html", {"form": form, "title": _("Add a company"),
                                                   "submit": _("Save"), "back": "employers:home"})


@access.requires("employers.company.view")
def company_detail(request, pk):
    company = _company(request, pk)
    can_edit = access.can(request.user, "employers.company.edit", company)
    commitments = company.commitments.prefetch_related(
        Prefetch("history", queryset=CommitmentStatusChange.objects.select_related("changed_by")))
    offers = company.offers.all() if can_edit else company.offers.filter(status=Offer.Status.PUBLISHED)
    own = is_company_contact(request.user)
    context = {
        "company": company, "can_edit": can_edit, "commitments": commitments,
        "offers": offers.only("pk", "title", "kind", "status", "location", "company_id")[:LIST_LIMIT],
        "assessments": company.assessments.all()[:10] if can_edit else [],
        "status_form": forms.CommitmentStatusForm(), "training": _training(company.organisation) if (
            own or access.can(request.user, "employers.company.create")) else None,
        "contacts": company.organisation.users.filter(role="employer", is_active=True) if can_edit else [],
    }
    if own:
        context["introductions"] = visible_introductions(request.user).select_related("offer")[:LIST_LIMIT]
        context["placements"] = visible_placements(request.user).select_related("offer")[:LIST_LIMIT]
    log.record_request(request, "employers.company.view", company, details={"company": company.pk})
    return render(request, "employers/company_detail.html", context)


def _training(org):
    """Training and seminar participation from the learning and events apps."""
    return {"courses": progress.for_organisation(org), "events": participation.for_organisation(org)}


@access.requires("employers.company.edit")
def company_edit(request, pk):
    company = _company(request, pk, "employers.company.edit")
    form = forms.CompanyForm(request.POST or None, instance=company)
    if request.method == "POST" and form.is_valid():
        try:
            actions.save_company(request.user, form.save(commit=False), form.cleaned_data["name"],
                                 ip=client_ip(request))
        except ValidationError as exc:
            _error(form, exc)
        else:
            messages.success(request, _("Saved."))
            return redirect("employers:company_detail", pk=company.pk)
    return render(request, "employers/form.html", {"form": form, "title": _("Edit company profile"),
                                                   "submit": _("Save"), "company": company})


@access.requires("employers.company.edit")
def commitment_add(request, pk):
    company = _company(request, pk, "employers.company.edit")
    form = forms.CommitmentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            actions.add_commitment(request.user, company, form.save(commit=False), ip=client_ip(request))
        except ValidationError as exc:
            _error(form, exc)
        else:
            messages.success(request, _("Commitment added."))
            return redirect("employers:company_detail", pk=company.pk)
    return render(request, "employers/form.html", {"form": form, "title": _("Add a commitment"),
                                                   "submit": _("Save"), "company": company})


@access.requires("employers.company.edit")
@require_POST
def commitment_status(request, pk):
    commitment = Commitment.objects.select_related("company").filter(pk=pk).first()
    if commitment is None:
        raise Http404
    company = _company(request, commitment.company_id, "employers.company.edit")
    form = forms.CommitmentStatusForm(request.POST)
    if form.is_valid():
        actions.set_commitment_status(request.user, commitment, form.cleaned_data["status"], form.cleaned_data["note"],
                                      ip=client_ip(request))
        messages.success(request, _("Status changed."))
    else:
        messages.error(request, _("Choose a status."))
    return redirect("employers:company_detail", pk=company.pk)


# --- Offers ----------------------------------------------------------------------------------------------

@access.requires("employers.offer.view")
def offer_list(request):
    offers = (visible_offers(request.user).select_related("company__organisation")
              .annotate(n_introductions=Count("introductions")).order_by("-created_at")[:LIST_LIMIT])
    return render(request, "employers/offer_list.html", {"offers": offers})


@access.requires("employers.offer.edit")
def offer_create(request, pk):
    company = _company(request, pk, "employers.company.edit")
    offer = Offer(company=company)
    return _offer_form(request, offer, _("New placement offer"))


@access.requires("employers.offer.edit")
def offer_edit(request, pk):
    offer = _offer(request, pk, "employers.offer.edit")
    return _offer_form(request, offer, _("Edit offer"))


def _offer_form(request, offer, title):
    form = forms.OfferForm(request.POST or None, instance=offer)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            offer = actions.save_offer(request.user, form.save(commit=False), data["required_skills"],
                                       data["optional_skills"], data["required_certificates"],
                                       data["optional_certificates"], ip=client_ip(request))
        except ValidationError as exc:
            _error(form, exc)
        else:
            if offer.red_flags:
                messages.error(request, _("Saved as a draft. The job-offer check found serious problems, so this "
                                          "offer cannot be published until they are fixed."))
            elif offer.unanswered:
                messages.warning(request, _("Saved as a draft. Answer every question about the worker's rights "
                                            "before you publish the offer."))
            else:
                messages.success(request, _("Saved and checked."))
            return redirect("employers:offer_detail", pk=offer.pk)
    return render(request, "employers/offer_form.html", {"form": form, "title": title, "offer": offer,
                                                         "company": offer.company})


@access.requires("employers.offer.view")
def offer_detail(request, pk):
    offer = _offer(request, pk)
    can_edit = access.can(request.user, "employers.offer.edit", offer)
    check = run_check(offer, current_language(base=True)) if can_edit else None  # wording in the reader's language
    links = list(offer.skill_links.select_related("skill"))
    certs = list(offer.certificate_links.select_related("certificate"))
    intros = []
    if can_edit or access.can(request.user, "employers.match"):
        intros = visible_introductions(request.user).filter(offer=offer).select_related("participant")[:LIST_LIMIT]
    return render(request, "employers/offer_detail.html", {
        "offer": offer, "can_edit": can_edit, "check": check, "unanswered": offer.unanswered if can_edit else [],
        "minimum_note": offer_texts.minimum_note((check or {}).get("minimum_pay"), current_language(base=True)),
        "reds": [f for f in (check or {}).get("flags", []) if f["severity"] == "red"],
        "others": [f for f in (check or {}).get("flags", []) if f["severity"] != "red"],
        "required_skills": [x.skill for x in links if x.required],
        "optional_skills": [x.skill for x in links if not x.required],
        "required_certs": [x.certificate for x in certs if x.required],
        "optional_certs": [x.certificate for x in certs if not x.required],
        "can_match": access.can(request.user, "employers.match") and offer.status == Offer.Status.PUBLISHED,
        "introductions": intros, "is_employer": is_company_contact(request.user),
    })


@access.requires("employers.offer.edit")
@require_POST
def offer_publish(request, pk):
    offer = _offer(request, pk, "employers.offer.edit")
    if request.POST.get("action") == "close":
        actions.close_offer(request.user, offer, ip=client_ip(request))
        messages.success(request, _("Offer closed."))
    else:
        offer, published = actions.publish_offer(request.user, offer, ip=client_ip(request))
        if published:
            messages.success(request, _("Offer published: work coaches can now propose candidates."))
        else:
            messages.error(request, _("This offer cannot be published: answer every question about the "
                                      "worker's rights and fix any serious problem (see below)."))
    return redirect("employers:offer_detail", pk=offer.pk)


# --- Matching ----------------------------------------------------------------------------------------------

@access.requires("employers.match")
def candidates(request, pk):
    offer = _offer(request, pk)
    if offer.status != Offer.Status.PUBLISHED:
        raise Http404
    offer = Offer.objects.prefetch_related("skill_links", "certificate_links").select_related(
        "company__organisation").get(pk=offer.pk)
    pool = visible_participants(request.user)
    excluded = []
    rows = matching.candidates_for_offer(offer, pool, excluded=excluded)
    proposed = set(Introduction.objects.filter(offer=offer, withdrawn_at__isnull=True)
                   .values_list("participant_id", flat=True))
    log.record_request(request, "employers.candidates.view", offer,
                       details={"offer": offer.pk, "shown": len(rows), "right_to_work_excluded": len(excluded)})
    return render(request, "employers/candidates.html", {"offer": offer, "rows": rows, "proposed": proposed,
                                                         "excluded": excluded})


@access.requires("employers.match")
def participant_offers(request, code):
    participant = get_participant_for(request.user, code)
    offers = visible_offers(request.user).filter(status=Offer.Status.PUBLISHED)
    rows = matching.offers_for_participant(participant, offers)
    blocked = permission_for(participant).blocked_reason
    log.record_request(request, "employers.matching_offers.view", participant, details={"shown": len(rows)})
    return render(request, "employers/participant_offers.html", {"p": participant, "rows": rows,
                                                                 "right_to_work_blocked": blocked})


@access.requires("employers.introduction.propose")
def propose(request, pk, code):
    offer = _offer(request, pk)
    participant = get_participant_for(request.user, code, "participants.edit")
    access.check(request.user, "employers.introduction.propose", participant)
    form = forms.ProposeForm(request.POST or None)
    preview = None
    if form.is_valid():
        data = form.cleaned_data
        if request.method == "POST" and request.POST.get("confirm") == "1":
            try:
                intro = actions.propose(request.user, offer, participant, data["available_from"], data["availability"],
                                        ip=client_ip(request))
            except ValidationError as exc:
                _error(form, exc)
            else:
                messages.success(request, _("Proposed. The employer sees only the pseudonymous profile."))
                return redirect("employers:introduction_detail", pk=intro.pk)
        preview = profiles.for_display(profiles.snapshot(participant, offer, data["available_from"],
                                                         data["availability"]), current_language(base=True))
    _allowed, blocked = permission_for(participant).allows(offer.company)
    return render(request, "employers/propose.html", {"offer": offer, "p": participant, "form": form,
                                                      "preview": preview, "right_to_work_blocked": blocked,
                                                      "availability": dict(Introduction.Availability.choices)})


# --- Introductions ---------------------------------------------------------------------------------------

@access.requires("employers.introduction.view")
def introduction_list(request):
    intros = (visible_introductions(request.user)
              .select_related("offer__company__organisation", "participant")
              .order_by("-proposed_at")[:LIST_LIMIT])
    employer = is_company_contact(request.user)
    log.record_request(request, "employers.introduction.list", details={"employer": employer})
    return render(request, "employers/introduction_list.html", {"intros": intros, "employer": employer})


def _intro_context(request, intro):
    user = request.user
    employer = is_company_contact(user)
    identity = access.can(user, "employers.introduction.identity", intro)  # asks the consent table now
    placement = Placement.objects.filter(introduction=intro).first()
    person = None
    if identity and employer:
        p = intro.participant
        person = {"name": p.display_name(), "phone": p.phone if intro.share_phone else "",
                  "email": p.email if intro.share_email else ""}
    log.record_request(request, "employers.introduction.view", intro.participant if not employer else intro,
                       details={"introduction": intro.handle, "identity": bool(person)})
    return {
        "intro": intro, "employer": employer, "person": person,
        "profile": profiles.for_display(intro.profile(), current_language(base=True)),
        "availability": dict(Introduction.Availability.choices),
        "can_respond": access.can(user, "employers.introduction.respond", intro) and intro.withdrawn_at is None
        and intro.status in ("proposed", "interested", "not_interested"),
        "can_consent": access.can(user, "employers.introduction.consent", intro),
        "can_place": placement is None and access.can(user, "employers.placement.create", intro),
        "placement": placement,
        "respond_form": forms.RespondForm(),
    }


@access.requires("employers.introduction.view")
def introduction_detail(request, pk):
    intro = _intro(request, pk)
    return render(request, "employers/introduction_detail.html", _intro_context(request, intro))


@access.requires("employers.introduction.respond")
@require_POST
def introduction_respond(request, pk):
    intro = _intro(request, pk, "employers.introduction.respond")
    form = forms.RespondForm(request.POST)
    if form.is_valid():
        try:
            actions.respond(request.user, intro, form.cleaned_data["answer"] == "interested", ip=client_ip(request))
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Thank you. The work coach will ask the candidate."))
    else:
        messages.error(request, _("Choose interested or not interested."))
    return redirect("employers:introduction_detail", pk=intro.pk)


@access.requires("employers.introduction.consent")
def introduction_consent(request, pk):
    intro = _intro(request, pk, "employers.introduction.consent")
    form = forms.ConsentStepForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            actions.record_consent(request.user, intro, form.cleaned_data["share_phone"],
                                   form.cleaned_data["share_email"], ip=client_ip(request))
        except ValidationError as exc:
            _error(form, exc)
        else:
            messages.success(request, _("Consent recorded: the employer now sees the participant's name."))
            return redirect("employers:introduction_detail", pk=intro.pk)
    return render(request, "employers/form.html", {
        "form": form, "title": _("Record the participant's consent"), "submit": _("Record consent"),
        "intro_text": _("Only after this step does %(company)s see the participant's name (and the contact "
                        "details you tick). The participant can withdraw at any time.") % {
            "company": intro.offer.company.name}})


@access.requires("employers.introduction.consent")
@require_POST
def introduction_withdraw(request, pk):
    intro = _intro(request, pk, "employers.introduction.consent")
    actions.withdraw(request.user, intro, ip=client_ip(request))
    messages.success(request, _("Introduction withdrawn: the employer no longer sees the name."))
    return redirect("employers:introduction_detail", pk=intro.pk)


# --- Placements --------------------------------------------------------------------------------------------

@access.requires("employers.placement.create")
def placement_create(request, pk):
    intro = _intro(request, pk, "employers.placement.create")
    form = forms.PlacementForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            placement = actions.create_placement(request.user, intro, form.cleaned_data, ip=client_ip(request))
        except ValidationError as exc:
            _error(form, exc)
        else:
            messages.success(request, _("Placement recorded and added to the participant's pathway."))
            return redirect("employers:placement_detail", pk=placement.pk)
    return render(request, "employers/form.html", {"form": form, "title": _("Record a placement"),
                                                   "submit": _("Save")})


@access.requires("employers.placement.view")
def placement_detail(request, pk):
    placement = _placement(request, pk)
    intro = placement.introduction
    intro.participant = placement.participant
    intro.offer = placement.offer
    identity = access.can(request.user, "employers.introduction.identity", intro)
    employer = is_company_contact(request.user)
    log.record_request(request, "employers.placement.view", placement.participant,
                       details={"placement": placement.pk, "identity": identity})
    return render(request, "employers/placement_detail.html", {
        "placement": placement, "employer": employer,
        "name": placement.participant.display_name() if identity else None,
        "check_ins": placement.check_ins.select_related("recorded_by"),
        "problems": placement.problems.select_related("raised_by"),
        "can_follow": access.can(request.user, "employers.placement.follow", placement),
        "check_in_form": forms.CheckInForm(prefix="ci"), "problem_form": forms.ProblemForm(prefix="pr"),
        "outcome_form": forms.OutcomeForm(instance=placement, prefix="out"),
    })


@access.requires("employers.placement.follow")
@require_POST
def placement_check_in(request, pk):
    placement = _placement(request, pk, "employers.placement.follow")
    form = forms.CheckInForm(request.POST, prefix="ci")
    if form.is_valid():
        actions.add_check_in(request.user, placement, form.cleaned_data["held_on"], form.cleaned_data["summary"],
                             ip=client_ip(request))
        messages.success(request, _("Check-in recorded."))
    else:
        messages.error(request, _("Check-in not saved: %(errors)s") % {"errors": _errors_text(form)})
    return redirect("employers:placement_detail", pk=placement.pk)


@access.requires("employers.placement.follow")
@require_POST
def placement_problem(request, pk):
    placement = _placement(request, pk, "employers.placement.follow")
    form = forms.ProblemForm(request.POST, prefix="pr")
    if form.is_valid():
        actions.raise_problem(request.user, placement, form.cleaned_data["raised_by_side"],
                              form.cleaned_data["description"], ip=client_ip(request))
        messages.success(request, _("Problem sent to the participant's work coach."))
    else:
        messages.error(request, _("Problem not saved: %(errors)s") % {"errors": _errors_text(form)})
    return redirect("employers:placement_detail", pk=placement.pk)


@access.requires("employers.placement.follow")
def placement_outcome(request, pk):
    placement = _placement(request, pk, "employers.placement.follow")
    form = forms.OutcomeForm(request.POST or None, instance=placement, prefix="out")
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            actions.record_outcome(request.user, placement, data["outcome"], data["contract_type"],
                                   data["hours_per_week"], data["end_date"], ip=client_ip(request))
        except ValidationError as exc:
            _error(form, exc)
        else:
            messages.success(request, _("Outcome recorded."))
            return redirect("employers:placement_detail", pk=placement.pk)
    return render(request, "employers/form.html", {"form": form, "title": _("Placement outcome"),
                                                   "submit": _("Save")})


@access.requires("employers.placement.follow")
@require_POST
def problem_resolve(request, pk):
    problem = Problem.objects.filter(pk=pk, resolved_at__isnull=True).select_related("placement").first()
    if problem is None:
        raise Http404
    placement = _placement(request, problem.placement_id, "employers.placement.follow")
    actions.resolve_problem(request.user, problem, ip=client_ip(request))
    messages.success(request, _("Problem marked as resolved."))
    return redirect("employers:placement_detail", pk=placement.pk)


def _errors_text(form):
    return "; ".join(f"{form.fields[f].label if f in form.fields else ''}: {' '.join(e)}".strip(": ")
                     for f, e in form.errors.items())


# --- Self-assessment -------------------------------------------------------------------------------------

@access.requires("employers.company.edit")
def assessment_new(request, pk):
    company = _company(request, pk, "employers.company.edit")
    form = forms.AssessmentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        record = actions.save_assessment(request.user, company, form.cleaned_data, ip=client_ip(request))
        return redirect("employers:assessment_detail", pk=record.pk)
    return render(request, "employers/assessment_form.html", {"form": form, "company": company,
                                                              "sources": assessment.SOURCES,
                                                              "areas": assessment.AREAS})


@access.requires("employers.company.edit")
def assessment_detail(request, pk):
    record = SelfAssessment.objects.select_related("company__organisation").filter(pk=pk).first()
    if record is None or not access.can(request.user, "employers.company.edit", record.company):
        raise Http404
    result = assessment.evaluate(record.answers)
    history = record.company.assessments.only("pk", "completed_at", "risk_level", "score", "company_id")[:20]
    return render(request, "employers/assessment_detail.html", {
        "record": record, "company": record.company, "result": result, "sources": assessment.SOURCES,
        "areas": assessment.AREAS, "levels": assessment.LEVELS, "history": history})

