"""Writes to skills profiles: one function per action, each in one transaction and audited."""

from django.db import transaction

from ikut.audit.log import record

from .models import LanguageSkill, ProfileCertificate, ProfileSkill, SkillsProfile, WorkExperience


def profile_for(participant, create=False, user=None):
    profile = SkillsProfile.objects.filter(participant=participant).first()
    if profile is None and create:
        profile = SkillsProfile.objects.create(participant=participant, updated_by=user)
    return profile


def _audit(request, participant, details, counts, self_fill):
    """Staff changes are recorded with their details; a participant's own changes on the portal as
    `skills.profile.self_update` with counts only."""
    if self_fill:
        record(request, "skills.profile.self_update", participant, reason="own skills profile (portal)",
               details={"section": details["section"], **counts})
    else:
        record(request, "skills.profile.change", participant, details=details)


def _touch(profile, user):
    profile.updated_by = user
    profile.save(update_fields=["updated_by", "updated_at"])


@transaction.atomic
def save_languages(request, participant, levels, self_fill=False):
    profile = profile_for(participant, create=True, user=request.user)
    kept = 0
    for code, parts in levels.items():
        if any(parts.values()):
            LanguageSkill.objects.update_or_create(profile=profile, code=code, defaults=parts)
            kept += 1
        else:
            LanguageSkill.objects.filter(profile=profile, code=code).delete()
    _touch(profile, request.user)
    _audit(request, participant, {"section": "languages", "languages": kept}, {"languages": kept}, self_fill)
    return profile


@transaction.atomic
def save_profile_fields(request, participant, form, section, self_fill=False):
    profile = profile_for(participant, create=True, user=request.user)
    for name, value in form.cleaned_data.items():
        setattr(profile, name, value)
    profile.updated_by = request.user
    profile.save()
    _audit(request, participant, {"section": section, "fields": sorted(form.changed_data)},
           {"fields": len(form.changed_data)}, self_fill)
    return profile


@transaction.atomic
def save_digital(request, participant, levels):
    profile = profile_for(participant, create=True, user=request.user)
    profile.digital = {k: int(v) for k, v in levels.items() if v != ""}
    profile.updated_by = request.user
    profile.save()
    record(request, "skills.profile.change", participant, details={"section": "digital"})
    return profile


@transaction.atomic
def save_certificates(request, participant, held, studying, self_fill=False):
    profile = profile_for(participant, create=True, user=request.user)
    wanted = {c.pk: ProfileCertificate.Status.HELD for c in held}
    wanted.update({c.pk: ProfileCertificate.Status.STUDYING for c in studying})
    ProfileCertificate.objects.filter(profile=profile).exclude(certificate_id__in=wanted).delete()
    for pk, status in wanted.items():
        ProfileCertificate.objects.update_or_create(profile=profile, certificate_id=pk, defaults={"status": status})
    _touch(profile, request.user)
    counts = {"held": len(held), "studying": len(studying)}
    _audit(request, participant, {"section": "certificates", **counts}, counts, self_fill)
    return profile


@transaction.atomic
def add_experience(request, participant, occupation, data, skills, self_fill=False):
    """Work experience with its occupation, and the skills the person confirmed (source: experience)."""
    profile = profile_for(participant, create=True, user=request.user)
    experience = WorkExperience.objects.create(
        profile=profile, occupation=occupation, work_type=data["work_type"], country=data.get("country", ""),
        years=data.get("years"), description=data.get("description", ""), added_by_participant=self_fill)
    added = 0
    for skill in skills:
        _obj, created = ProfileSkill.objects.get_or_create(
            profile=profile, skill=skill,
            defaults={"source": ProfileSkill.Source.EXPERIENCE, "confidence": data["confidence"],
                      "experience": experience})
        added += created
    _touch(profile, request.user)
    _audit(request, participant, {"section": "work", "experience": experience.pk,
                                  "occupation": occupation.uri if occupation else "", "skills_added": added},
           {"experiences": 1, "skills_added": added}, self_fill)
    return experience


@transaction.atomic
def delete_experience(request, participant, experience, self_fill=False):
    experience.skills.all().delete()
    pk = experience.pk
    experience.delete()
    _audit(request, participant, {"section": "work", "experience_deleted": pk}, {"experiences_deleted": 1}, self_fill)


@transaction.atomic
def delete_skill(request, participant, profile_skill):
    uri = profile_skill.skill.uri
    profile_skill.delete()
    record(request, "skills.profile.change", participant, details={"section": "skills", "skill_removed": uri})


@transaction.atomic
def set_skill(request, participant, skill, source, confidence):
    """Add a skill with its source and confidence, or change them when the profile already holds it."""
    profile = profile_for(participant, create=True, user=request.user)
    obj, created = ProfileSkill.objects.update_or_create(
        profile=profile, skill=skill, defaults={"source": source, "confidence": confidence})
    _touch(profile, request.user)
    record(request, "skills.profile.change", participant,
           details={"section": "skills", "skill": skill.uri, "source": source, "confidence": confidence,
                    "created": created})
    return obj
