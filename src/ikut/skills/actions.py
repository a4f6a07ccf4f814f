"""Writes to skills profiles: one function per action, each in one transaction and audited, taking the actor
(staff, or the participant on the portal with `self_fill=True`) and the client address as `ip`."""

from django.db import transaction

from ikut.audit.log import record

from .models import LanguageSkill, ProfileCertificate, ProfileSkill, SkillsProfile, WorkExperience


def profile_for(participant, create=False, user=None):
    profile = SkillsProfile.objects.filter(participant=participant).first()
    if profile is None and create:
        profile = SkillsProfile.objects.create(participant=participant, updated_by=user)
    return profile


def _audit(actor, participant, details, counts, self_fill, ip):
    """Staff changes are recorded with their details; a participant's own changes on the portal as
    `skills.profile.update_own` with counts only."""
    if self_fill:
        record(actor, "skills.profile.update_own", participant, reason="own skills profile (portal)",
               details={"section": details["section"], **counts}, ip=ip)
    else:
        record(actor, "skills.profile.change", participant, details=details, ip=ip)


def _touch(profile, user):
    profile.updated_by = user
    profile.save(update_fields=["updated_by", "updated_at"])


@transaction.atomic
def save_languages(actor, participant, levels, self_fill=False, *, ip=None):
    profile = profile_for(participant, create=True, user=actor)
    kept = 0
    for code, parts in levels.items():
        if any(parts.values()):
            LanguageSkill.objects.update_or_create(profile=profile, code=code, defaults=parts)
            kept += 1
        else:
            LanguageSkill.objects.filter(profile=profile, code=code).delete()
    _touch(profile, actor)
    _audit(actor, participant, {"section": "languages", "languages": kept}, {"languages": kept}, self_fill, ip)
    return profile


@transaction.atomic
def save_profile_fields(actor, participant, form, section, self_fill=False, *, ip=None):
    profile = profile_for(participant, create=True, user=actor)
    for name, value in form.cleaned_data.items():
        setattr(profile, name, value)
    profile.updated_by = actor
    profile.save()
    _audit(actor, participant, {"section": section, "fields": sorted(form.changed_data)},
           {"fields": len(form.changed_data)}, self_fill, ip)
    return profile


@transaction.atomic
def save_digital(actor, participant, levels, *, ip=None):
    profile = profile_for(participant, create=True, user=actor)
    profile.digital = {k: int(v) for k, v in levels.items() if v != ""}
    profile.updated_by = actor
    profile.save()
    record(actor, "skills.profile.change", participant, details={"section": "digital"}, ip=ip)
    return profile


@transaction.atomic
def save_certificates(actor, participant, held, studying, self_fill=False, *, ip=None):
    profile = profile_for(participant, create=True, user=actor)
    wanted = {c.pk: ProfileCertificate.Status.HELD for c in held}
    wanted.update({c.pk: ProfileCertificate.Status.STUDYING for c in studying})
    ProfileCertificate.objects.filter(profile=profile).exclude(certificate_id__in=wanted).delete()
    for pk, status in wanted.items():
        ProfileCertificate.objects.update_or_create(profile=profile, certificate_id=pk, defaults={"status": status})
    _touch(profile, actor)
    counts = {"held": len(held), "studying": len(studying)}
    _audit(actor, participant, {"section": "certificates", **counts}, counts, self_fill, ip)
    return profile


@transaction.atomic
def add_experience(actor, participant, occupation, data, skills, self_fill=False, *, ip=None):
    """Work experience with its occupation, and the skills the person confirmed (source: experience)."""
    profile = profile_for(participant, create=True, user=actor)
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
    _touch(profile, actor)
    _audit(actor, participant, {"section": "work", "experience": experience.pk,
                                "occupation": occupation.uri if occupation else "", "skills_added": added},
           {"experiences": 1, "skills_added": added}, self_fill, ip)
    return experience


@transaction.atomic
def delete_experience(actor, participant, experience, self_fill=False, *, ip=None):
    experience.skills.all().delete()
    pk = experience.pk
    experience.delete()
    _audit(actor, participant, {"section": "work", "experience_deleted": pk}, {"experiences_deleted": 1}, self_fill,
           ip)


@transaction.atomic
def delete_skill(actor, participant, profile_skill, *, ip=None):
    uri = profile_skill.skill.uri
    profile_skill.delete()
    record(actor, "skills.profile.change", participant, details={"section": "skills", "skill_removed": uri},
           ip=ip)


@transaction.atomic
def set_skill(actor, participant, skill, source, confidence, *, ip=None):
    """Add a skill with its source and confidence, or change them when the profile already holds it."""
    profile = profile_for(participant, create=True, user=actor)
    obj, created = ProfileSkill.objects.update_or_create(
        profile=profile, skill=skill, defaults={"source": source, "confidence": confidence})
    _touch(profile, actor)
    record(actor, "skills.profile.change", participant,
           details={"section": "skills", "skill": skill.uri, "source": source, "confidence": confidence,
                    "created": created}, ip=ip)
    return obj
