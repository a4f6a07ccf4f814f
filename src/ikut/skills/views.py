"""Skills pages: taxonomy browsing (staff), the skills-identification interview and the profile (participant
data: only through ikut.access, audited), exports (PDF, JSON)."""

from django.contrib import messages
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from ikut import access
from ikut.access.skills import get_profile_participant, visible_profile_participants
from ikut.accounts.views import sudo_redirect
from ikut.audit.log import record_request
from ikut.core.forms import SearchForm, filter_query, paginate
from ikut.core.i18n import current_language
from ikut.core.net import client_ip
from ikut.core.numbers import parse_id

from . import actions
from .forms import (
    DIGCOMP,
    DIGITAL_LEVELS,
    LANGUAGE_NAMES,
    CertificatesForm,
    DigitalForm,
    EducationForm,
    ExperienceForm,
    GoalsForm,
    LanguagesForm,
    OccupationFilterForm,
    OccupationFindForm,
    SkillForm,
    language_label,
)
from .models import Certificate, Occupation, OccupationSkill, ProfileCertificate, ProfileSkill, Skill, TaxonomyImport
from .profile_document import ProfileError

SECTIONS = {"languages", "education", "digital", "certificates", "goals"}


# ------------------------------------------------------------------ taxonomy (reference data)

@access.requires("skills.taxonomy")
def index(request):
    participants = []
    if access.can(request.user, "skills.profiles"):
        participants = list(visible_profile_participants(request.user).select_related("skills_profile")
                            .order_by("code")[:200])
    last_import = TaxonomyImport.objects.first()
    return render(request, "skills/index.html", {"participants": participants, "last_import": last_import,
                                                 "occupation_count": Occupation.objects.count()})


@access.requires("skills.taxonomy")
def occupations(request):
    form = OccupationFilterForm(request.GET)
    form.is_valid()
    q, sector = form.query(), form.cleaned_data.get("sector", "")
    results, page = [], None
    if q:
        from .search import search_occupations  # numpy and rapidfuzz: loaded by the first search, not at start-up

        results = search_occupations(q, limit=30, lang=current_language(base=True))
    elif form.is_valid():
        qs = Occupation.objects.order_by("isco_code", "uri")
        if sector:
            qs = qs.filter(sector=sector)
        page = paginate(request, qs, 50)
        results = [{"pk": o.pk, "label": o.label(), "isco": o.isco_code, "sector": o.sector,
                    "status": o.label_status()} for o in page]
    return render(request, "skills/occupations.html", {
        "form": form, "q": q, "sector": sector, "results": results, "page": page, "query": filter_query(form),
        "sectors": Occupation.Sector.choices})


@access.requires("skills.taxonomy")
def occupation(request, pk):
    occ = get_object_or_404(Occupation, pk=pk)
    links = list(OccupationSkill.objects.filter(occupation=occ).select_related("skill")
                 .order_by("relation", "skill__uri"))
    certs = list(occ.certificate_links.select_related("certificate").order_by("relation", "certificate__code"))
    return render(request, "skills/occupation.html", {
        "occupation": occ, "essential": [link for link in links if link.relation == "essential"],
        "optional": [link for link in links if link.relation == "optional"], "certificates": certs,
        "lang": current_language(base=True)})


@access.requires("skills.taxonomy")
def certificates(request):
    certs = Certificate.objects.prefetch_related("occupation_links__occupation")
    return render(request, "skills/certificates.html", {"certificates": certs})


# ------------------------------------------------------------------ profile and interview (participant data)

def _context(participant, profile):
    # The interview texts of every language are imported here, not with the module: every web worker imports
    # this view module, few show an interview (issue 17, lean workers).
    from . import interview_text

    staff = current_language(base=True)
    return {
        "participant": participant, "profile": profile,
        "participant_lang": participant.language, "staff_lang": staff,
        "sections": {key: interview_text.section(key, participant.language, staff)
                     for key in interview_text.SECTIONS},
    }


def _profile_data(profile):
    """Everything the profile page, PDF and JSON export show, in few queries."""
    if profile is None:
        return {"languages": [], "experiences": [], "skills": [], "certificates": [], "digital": []}
    skills = list(ProfileSkill.objects.filter(profile=profile).select_related("skill", "experience__occupation")
                  .order_by("skill__uri"))
    experiences = list(profile.experiences.select_related("occupation"))
    certificates = list(ProfileCertificate.objects.filter(profile=profile).select_related("certificate")
                        .order_by("status", "certificate__code"))
    digital = [(label, dict(DIGITAL_LEVELS).get(str(profile.digital.get(key, "")), "—"))
               for key, label in DIGCOMP if key in (profile.digital or {})]
    languages = list(profile.languages.all())
    for language in languages:
        language.name = language_label(language.code)  # people read names, not codes
    return {"languages": languages, "experiences": experiences, "skills": skills,
            "certificates": certificates, "digital": digital}


def profile_document(profile):
    """The profile as `ikut.skills-profile/1` (matching input), from the recorded data."""
    data = _profile_data(profile)
    return {
        "schema": "ikut.skills-profile/1",
        "skills": [ps.skill.uri for ps in data["skills"]],
        "languages": [{"code": lang.code, "level": lang.level} for lang in data["languages"] if lang.level],
        "certificates": [pc.certificate.code for pc in data["certificates"] if pc.status == "held"],
        **({"location": profile.location} if profile and profile.location else {}),
    }


@never_cache
@access.requires("skills.profiles")
def profile(request, code):
    participant = get_profile_participant(request.user, code)
    prof = actions.profile_for(participant)
    record_request(request, "skills.profile.view", participant, reason="skills profile opened")
    data = _profile_data(prof)
    result = None
    if prof is not None and data["skills"]:
        from .matching import match  # numpy and scipy: loaded by the first ranking, not at start-up

        try:
            result = match(profile_document(prof), limit=8, lang=current_language(base=True))
        except ProfileError:
            result = None
    ctx = _context(participant, prof)
    ctx.update(data=data, result=result, language_names=LANGUAGE_NAMES,
               participant_lang_name=language_label(participant.language.split("-")[0]),
               can_edit=access.can(request.user, "skills.profile_edit", participant),
               can_export=access.can(request.user, "skills.profile_export", participant))
    if result:
        labels = {s.uri: s.label() for s in Skill.objects.filter(
            uri__in={u for o in result["occupations"] for u in o["missing_essential"]})}
        cert_labels = {c.code: c.label() for c in Certificate.objects.all()}
        for occ in result["occupations"]:
            occ["missing_labels"] = [labels.get(u, u) for u in occ["missing_essential"]]
            occ["missing_certificates"] = [cert_labels.get(c, c)
                                           for c in occ["explain"]["certificates"]["missing_required"]]
            occ["percent"] = round(occ["score"] * 100)
    return render(request, "skills/profile.html", ctx)


@never_cache
@access.requires("skills.profile_edit")
def section(request, code, section):
    if section not in SECTIONS:
        raise Http404
    participant = get_profile_participant(request.user, code, "skills.profile_edit")
    prof = actions.profile_for(participant)
    if section == "languages":
        recorded = {lang.code: lang for lang in (prof.languages.all() if prof else [])}
        codes = [participant.language.split("-")[0], "fi", "sv", "en", *recorded]
        initial = {f"{c}_{p}": getattr(lang, p) for c, lang in recorded.items()
                   for p in ("understanding", "speaking", "writing")}
        form = LanguagesForm(request.POST or None, codes=codes, initial=initial)
    elif section == "education":
        form = EducationForm(request.POST or None, instance=prof)
    elif section == "digital":
        form = DigitalForm(request.POST or None, initial={k: str(v) for k, v in (prof.digital if prof else {}).items()})
    elif section == "certificates":
        held = ProfileCertificate.objects.filter(profile=prof) if prof else ProfileCertificate.objects.none()
        form = CertificatesForm(request.POST or None, initial={
            "held": [pc.certificate_id for pc in held if pc.status == "held"],
            "studying": [pc.certificate_id for pc in held if pc.status == "studying"]})
    else:
        form = GoalsForm(request.POST or None, instance=prof)
    if request.method == "POST" and form.is_valid():
        if section == "languages":
            actions.save_languages(request.user, participant, form.levels(), ip=client_ip(request))
        elif section == "digital":
            actions.save_digital(request.user, participant, form.cleaned_data, ip=client_ip(request))
        elif section == "certificates":
            actions.save_certificates(request.user, participant, form.cleaned_data["held"],
                                      form.cleaned_data["studying"], ip=client_ip(request))
        else:
            actions.save_profile_fields(request.user, participant, form, section, ip=client_ip(request))
        messages.success(request, _("Saved."))
        return redirect("skills:profile", code=participant.code)
    if request.method == "GET":
        record_request(request, "skills.profile.view", participant, reason="interview section opened",
                       details={"section": section})
    ctx = _context(participant, prof)
    ctx.update(form=form, section=section, current=ctx["sections"][section])
    return render(request, "skills/section.html", ctx)


def _work_step(request, code):
    """(participant, page context) of the interview's work section, for a user who may edit the profile."""
    participant = get_profile_participant(request.user, code, "skills.profile_edit")
    ctx = _context(participant, actions.profile_for(participant))
    ctx["current"] = ctx["sections"]["work"]
    return participant, ctx


@never_cache
@access.requires("skills.profile_edit")
def experience(request, code):
    """Work experience: find the occupation first (any language, typos allowed), then confirm its skills."""
    participant, ctx = _work_step(request, code)
    q, given, occ_pk = OccupationFindForm.read(request)
    if not given:
        from .search import search_occupations

        ctx.update(q=q, results=search_occupations(q, limit=10, lang=current_language(base=True)) if q else None)
        return render(request, "skills/experience_find.html", ctx)
    occ = get_object_or_404(Occupation, pk=occ_pk or 0)
    links = list(OccupationSkill.objects.filter(occupation=occ).select_related("skill").order_by("relation", "pk"))
    choices = [(str(link.skill_id), link.skill.label()) for link in links]
    form = ExperienceForm(request.POST or None, skill_choices=choices)
    if request.method == "POST" and form.is_valid():
        chosen = Skill.objects.filter(pk__in=form.cleaned_data["skills"])
        actions.add_experience(request.user, participant, occ, form.cleaned_data, list(chosen), ip=client_ip(request))
        messages.success(request, _("Work experience saved with %(n)d confirmed skills.")
                         % {"n": len(form.cleaned_data["skills"])})
        return redirect("skills:profile", code=participant.code)
    essential_ids = {str(link.skill_id) for link in links if link.relation == "essential"}
    ctx.update(occupation=occ, form=form, essential_ids=essential_ids, q=q)
    return render(request, "skills/experience_confirm.html", ctx)


@never_cache
@access.requires("skills.profile_edit")
def skill_add(request, code):
    """A skill from education, another activity or a test (or a changed confidence), found by its name."""
    participant, ctx = _work_step(request, code)
    q = SearchForm(request.GET).query()
    from .search import search_skills

    results = search_skills(q, lang=current_language(base=True)) if q else []
    chosen = request.POST.get("skill")
    choices = [(str(r["pk"]), r["label"]) for r in results]
    if parse_id(chosen) and chosen not in dict(choices):
        skill = Skill.objects.filter(pk=parse_id(chosen)).first()
        if skill:
            choices.append((chosen, skill.label()))
    form = SkillForm(request.POST or None, skill_choices=choices)
    if request.method == "POST" and form.is_valid():
        skill = get_object_or_404(Skill, pk=form.cleaned_data["skill"])
        actions.set_skill(request.user, participant, skill, form.cleaned_data["source"],
                          form.cleaned_data["confidence"], ip=client_ip(request))
        messages.success(request, _("Skill saved."))
        return redirect("skills:profile", code=participant.code)
    ctx.update(q=q, form=form, searched=bool(q))
    return render(request, "skills/skill_add.html", ctx)


def _confirm_removal(request, participant, what):
    """The first click on Remove shows this page (works without JavaScript); only a confirmed POST removes."""
    return render(request, "core/confirm.html", {
        "title": _("Remove “%(what)s”?") % {"what": what},
        "consequences": [_("“%(what)s” is removed from the skills profile of %(code)s.") % {
            "what": what, "code": participant.code},
            _("The removal is kept in the audit log; you can add the entry again later.")],
        "danger": True, "confirm_label": _("Remove"), "action": request.path, "hidden": [],
        "cancel_url": reverse("skills:profile", args=[participant.code])})


@access.requires("skills.profile_edit")
def experience_delete(request, code, pk):
    participant = get_profile_participant(request.user, code, "skills.profile_edit")
    prof = actions.profile_for(participant)
    if prof is None:
        raise Http404
    exp = get_object_or_404(prof.experiences.select_related("occupation"), pk=pk)
    if not (request.method == "POST" and request.POST.get("confirm") == "yes"):
        return _confirm_removal(request, participant, exp.occupation.label if exp.occupation_id
                                else exp.get_work_type_display())
    actions.delete_experience(request.user, participant, exp, ip=client_ip(request))
    messages.success(request, _("Work experience removed."))
    return redirect("skills:profile", code=participant.code)


@access.requires("skills.profile_edit")
def skill_delete(request, code, pk):
    participant = get_profile_participant(request.user, code, "skills.profile_edit")
    prof = actions.profile_for(participant)
    if prof is None:
        raise Http404
    ps = get_object_or_404(ProfileSkill.objects.select_related("skill"), profile=prof, pk=pk)
    if not (request.method == "POST" and request.POST.get("confirm") == "yes"):
        return _confirm_removal(request, participant, ps.skill.label)
    actions.delete_skill(request.user, participant, ps, ip=client_ip(request))
    messages.success(request, _("Skill removed."))
    return redirect("skills:profile", code=participant.code)


@never_cache
@access.requires("skills.profile_export")
def export_pdf(request, code):
    from .pdf import render_profile_pdf

    participant = get_profile_participant(request.user, code, "skills.profile_export")
    if (to_sudo := sudo_redirect(request)) is not None:
        return to_sudo
    prof = actions.profile_for(participant)
    pdf = render_profile_pdf(participant, prof, _profile_data(prof), staff_lang=current_language(base=True))
    record_request(request, "skills.profile.export", participant, reason="skills profile PDF",
                   details={"format": "pdf"})
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="skills-profile-{participant.code}.pdf"'
    return response


@never_cache
@access.requires("skills.profile_export")
def export_json(request, code):
    participant = get_profile_participant(request.user, code, "skills.profile_export")
    if (to_sudo := sudo_redirect(request)) is not None:
        return to_sudo
    prof = actions.profile_for(participant)
    data = _profile_data(prof)
    document = profile_document(prof)
    document["ikut"] = {
        "participant": participant.code,
        "skills": [{"uri": ps.skill.uri, "label": ps.skill.label("en"), "source": ps.source,
                    "confidence": ps.confidence} for ps in data["skills"]],
        "experiences": [{"occupation": e.occupation.uri if e.occupation else None, "work_type": e.work_type,
                         "country": e.country, "years": float(e.years) if e.years is not None else None}
                        for e in data["experiences"]],
        "education": {"isced_level": prof.isced_level, "country": prof.education_country,
                      "years": prof.education_years, "documents": prof.education_documents} if prof else {},
        "digital": prof.digital if prof else {},
        "certificates": [{"code": pc.certificate.code, "status": pc.status} for pc in data["certificates"]],
        "languages": [{"code": lang.code, "understanding": lang.understanding, "speaking": lang.speaking,
                       "writing": lang.writing} for lang in data["languages"]],
    }
    record_request(request, "skills.profile.export", participant, reason="skills profile JSON",
                   details={"format": "json"})
    response = JsonResponse(document, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = f'attachment; filename="skills-profile-{participant.code}.json"'
    return response
