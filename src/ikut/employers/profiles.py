"""The pseudonymous profile an employer sees before consent.

Built ONLY from these parts of the skills profile: skill labels (ESCO), certificates held, and levels in the
work languages (Finnish, Swedish, English and any language the offer asks for); plus availability from the
introduction. Deliberately left out: name, code, date of birth, nationality, photo, the first language and
other languages (they hint at origin — only a count is given), education country, work history and its
descriptions (which can reveal exploitation), goals, constraints, location, documents, notes.
"""

from .models import WORK_LANGUAGES

ALLOWED_KEYS = {"skills", "certificates", "languages", "other_languages", "available_from", "availability"}


def _level(lang):
    level = lang.level
    if level == "native":
        return "C2"  # never reveal which language is the first language
    return level


def skills_profile(participant):
    from ikut.skills.models import SkillsProfile

    return (SkillsProfile.objects.filter(participant=participant)
            .prefetch_related("skills__skill", "certificates__certificate", "languages").first())


def snapshot(participant, offer, available_from=None, availability=""):
    """A dict with only ALLOWED_KEYS, stored on the introduction when it is proposed."""
    profile = skills_profile(participant)
    wanted = set(WORK_LANGUAGES) | set(offer.language_needs())
    certificates, languages, others = [], [], 0
    if profile is not None:
        skill_uris = sorted({ps.skill.uri for ps in profile.skills.all()})
        certificates = sorted(pc.certificate.code for pc in profile.certificates.all() if pc.status == "held")
        for lang in profile.languages.all():
            if lang.code in wanted and lang.level:
                languages.append({"code": lang.code, "level": _level(lang)})
            elif lang.level:
                others += 1
    else:
        skill_uris = []
    return {
        "skills": skill_uris,
        "certificates": certificates,
        "languages": sorted(languages, key=lambda x: x["code"]),
        "other_languages": others,
        "available_from": available_from.isoformat() if available_from else None,
        "availability": availability or "",
    }


def for_display(snap, lang=None):
    """Labels in the viewer's language for a stored snapshot."""
    from ikut.skills.models import Certificate, Skill

    skills = [s.label(lang) for s in Skill.objects.filter(uri__in=snap.get("skills", []))]
    certs = [c.label(lang) for c in Certificate.objects.filter(code__in=snap.get("certificates", []))]
    return {"skills": sorted(skills), "certificates": sorted(certs), "languages": snap.get("languages", []),
            "other_languages": snap.get("other_languages", 0), "available_from": snap.get("available_from"),
            "availability": snap.get("availability", "")}
