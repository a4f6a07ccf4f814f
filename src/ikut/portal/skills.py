"""The skills interview filled in by the participant on the portal: one question per screen, in their own
language with Finnish (or English) beside it, the skills app's pictograms.

Reuses the skills app's forms (validation) and actions (transactional, audited writes); only the wording
is the participant's (portal catalogue, all portal languages). A participant reaches only their own
profile: the record comes from `participant_for_portal_user`, never from the URL. Everything saved here is
"self-declared" and audited as `skills.profile.update_own` with counts only.
"""

from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from ikut import access
from ikut.access.participants import participant_for_portal_user
from ikut.audit.log import record_request
from ikut.core.forms import switch
from ikut.core.net import client_ip
from ikut.skills import actions
from ikut.skills import forms as sf
from ikut.skills.forms import OccupationFindForm
from ikut.skills.models import Occupation, OccupationSkill, ProfileCertificate, ProfileSkill, Skill, WorkExperience

from .views import _language_name, _render, _skills_profile, portal_page

STEPS = ["languages", "work", "certificates", "goals"]

CEFR_LABELS = [("", "—"), ("native", _("My first language")),
               ("A1", _("A1 – a few words")), ("A2", _("A2 – simple everyday talk")),
               ("B1", _("B1 – I manage in everyday life")), ("B2", _("B2 – I talk easily")),
               ("C1", _("C1 – fluent, also at work")), ("C2", _("C2 – like a native speaker"))]
PARTS = {"understanding": _("How well do you understand it?"), "speaking": _("How well do you speak it?"),
         "writing": _("How well do you read and write it?")}
WORK_TYPES = {"paid": _("Paid work"), "self_employed": _("My own business"),
              "unpaid": _("Unpaid work (family, home, community)"), "informal": _("Work without a contract"),
              "exploitative": _("Work where others controlled or pressured me"), "volunteer": _("Volunteering")}


def _forms():
    """The skills app's forms, with the participant's wording."""

    class LanguagesForm(sf.LanguagesForm):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            for name, field in self.fields.items():
                part = name.rsplit("_", 1)[-1]
                if name == "new_code":
                    field.label = _("Another language")
                    field.choices = [("", "—")] + [(c, _language_name(c)) for c, _n in sf.LANGUAGE_CHOICES
                                                    if c != "other"]
                elif part in PARTS:
                    field.label = PARTS[part]
                    field.choices = CEFR_LABELS

        def rows(self):
            for row in super().rows():
                yield row | {"name": _language_name(row["code"])}

    class ExperienceForm(sf.ExperienceForm):
        """Work type, years and the skills the person ticks; always self-declared."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            for name in ("country", "description", "confidence"):
                del self.fields[name]
            self.fields["work_type"].label = _("What kind of work was it?")
            self.fields["work_type"].help_text = _("All work counts. This is not a legal judgement.")
            self.fields["work_type"].choices = list(WORK_TYPES.items())
            self.fields["years"].label = _("How many years? (you can leave this empty)")
            self.fields["skills"].label = _("Which of these can you do? Tick each one.")

        def clean(self):
            data = super().clean()
            data["confidence"] = ProfileSkill.Confidence.SELF_DECLARED
            return data

    class CertificatesForm(sf.CertificatesForm):
        def __init__(self, *args, lang="en", **kwargs):
            super().__init__(*args, **kwargs)
            del self.fields["studying"]
            self.fields["held"].label = _("Which of these do you have?")
            self.fields["held"].label_from_instance = lambda c: c.label(lang)

    class GoalsForm(sf.GoalsForm):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.fields["interests"].label = _("What do you like doing?")
            self.fields["goals"].label = _("What work would you like to do?")
            self.fields["constraints"].label = _("Is there something that makes working hard for you, "
                                                 "for example childcare, health or travel?")
            self.fields["location"].label = _("Where do you live or want to work?")

    return {"languages": LanguagesForm, "work": ExperienceForm, "certificates": CertificatesForm,
            "goals": GoalsForm}


def _own(request, with_profile=True):
    """(participant, profile) of the signed-in participant; 404 without a linked record."""
    participant = participant_for_portal_user(request.user)
    if participant is None:
        raise Http404
    return participant, actions.profile_for(participant) if with_profile else None


def _section(key, lang, side):
    # Imported here, not with the module: every web worker imports this view module, few serve a participant's
    # skills pages, and the interview texts of every language are data (issue 17, lean workers).
    from ikut.skills import interview_text

    return interview_text.section(key, lang, side)


def _context(lang, key):
    side = "en" if lang == "fi" else "fi"
    return {"current": _section(key, lang, side), "step": STEPS.index(key) + 1 if key in STEPS else 0,
            "steps": len(STEPS), "next_step": _next(key)}


def _next(key):
    index = STEPS.index(key) + 1
    return STEPS[index] if index < len(STEPS) else None


def _after(lang, key):
    nxt = _next(key)
    if nxt is None:
        return redirect(reverse("portal:skills", kwargs={"lang": lang}) + "?saved=1")
    if nxt == "work":
        return redirect("portal:skills_work", lang=lang)
    return redirect("portal:skills_step", lang=lang, step=nxt)


@never_cache
@access.requires("portal.me")
@portal_page
def home(request, lang):
    participant, _profile = _own(request, with_profile=False)
    record_request(request, "skills.profile.view", participant, reason="own skills profile (portal)")
    side = "en" if lang == "fi" else "fi"
    steps = [{"key": key, "section": _section(key, lang, side)} for key in STEPS]
    return _render(request, lang, "portal/skills_home.html", {
        "steps": steps, "profile": _skills_profile(participant, lang), "saved": switch(request, "saved")})


@never_cache
@access.requires("portal.me")
@portal_page
def step(request, lang, step):
    if step not in ("languages", "certificates", "goals"):
        raise Http404
    participant, profile = _own(request)
    forms = _forms()
    data = request.POST if request.method == "POST" else None
    if step == "languages":
        recorded = {item.code: item for item in (profile.languages.all() if profile else [])}
        codes = [participant.language.split("-")[0], "fi", "sv", *recorded]
        initial = {f"{c}_{p}": getattr(item, p) for c, item in recorded.items() for p in PARTS}
        form = forms["languages"](data, codes=codes, initial=initial)
    elif step == "certificates":
        held = ProfileCertificate.objects.filter(profile=profile) if profile else ProfileCertificate.objects.none()
        form = forms["certificates"](data, lang=lang, initial={
            "held": [pc.certificate_id for pc in held if pc.status == "held"]})
    else:
        form = forms["goals"](data, instance=profile)
    if data is not None and form.is_valid():
        if step == "languages":
            actions.save_languages(request.user, participant, form.levels(), self_fill=True, ip=client_ip(request))
        elif step == "certificates":
            chosen = list(form.cleaned_data["held"])
            keep = (ProfileCertificate.objects.filter(profile=profile, status="studying").select_related("certificate")
                    if profile else [])
            studying = [pc.certificate for pc in keep if pc.certificate not in chosen]
            actions.save_certificates(request.user, participant, chosen, studying, self_fill=True,
                                      ip=client_ip(request))
        else:
            actions.save_profile_fields(request.user, participant, form, "goals", self_fill=True, ip=client_ip(request))
        return _after(lang, step)
    template = "portal/skills_languages.html" if step == "languages" else "portal/skills_step.html"
    return _render(request, lang, template, _context(lang, step) | {"form": form, "key": step},
                   status=400 if data is not None else 200)


@never_cache
@access.requires("portal.me")
@portal_page
def work(request, lang):
    """Find the occupation first (any language, alternative labels, typos), then tick its skills."""
    from ikut.skills.search import search_occupations  # numpy and rapidfuzz: loaded when someone searches

    participant, _profile = _own(request, with_profile=False)
    ctx = _context(lang, "work")
    q, given, occ_pk = OccupationFindForm.read(request)
    if not given:
        ctx |= {"q": q, "results": search_occupations(q, limit=10, lang=lang) if q else None}
        return _render(request, lang, "portal/skills_work_find.html", ctx)
    if occ_pk is None:
        raise Http404
    occupation = Occupation.objects.filter(pk=occ_pk).first()
    if occupation is None:
        raise Http404
    links = list(OccupationSkill.objects.filter(occupation=occupation, relation="essential")
                 .select_related("skill").order_by("pk"))
    form = _forms()["work"](request.POST or None, skill_choices=[(str(link.skill_id), link.skill.label(lang))
                                                                  for link in links])
    if request.method == "POST" and form.is_valid():
        chosen = list(Skill.objects.filter(pk__in=form.cleaned_data["skills"]))
        actions.add_experience(request.user, participant, occupation, form.cleaned_data, chosen, self_fill=True,
                               ip=client_ip(request))
        return _after(lang, "work")
    side = "en" if lang == "fi" else "fi"
    ctx |= {"occupation": occupation, "occupation_label": occupation.label(lang), "form": form, "q": q,
            "occupation_side": occupation.label(side), "side_lang": side}
    return _render(request, lang, "portal/skills_work_confirm.html", ctx,
                   status=400 if request.method == "POST" else 200)


@never_cache
@access.requires("portal.me")
@portal_page
def work_delete(request, lang, pk):
    """Delete work the participant entered themselves: a question first, the deletion only when confirmed.
    Entries their work coach made, and other people's entries, answer 404."""
    participant, profile = _own(request)
    experience = (WorkExperience.objects.filter(profile=profile, pk=pk, added_by_participant=True)
                  .select_related("occupation").first() if profile else None)
    if experience is None:
        raise Http404
    if request.method == "POST" and request.POST.get("confirm") == "yes":
        actions.delete_experience(request.user, participant, experience, self_fill=True, ip=client_ip(request))
        return redirect(reverse("portal:skills", kwargs={"lang": lang}) + "?saved=1")
    label = experience.occupation.label(lang) if experience.occupation_id else ""
    return _render(request, lang, "portal/skills_work_delete.html", {"label": label})
