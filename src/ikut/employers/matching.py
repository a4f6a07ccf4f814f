"""Matching both ways: candidates for an offer, offers for a participant.

The skills app's engine (ikut.skills.matching) ranks *occupations* for a skills profile; placement offers
have their own required/optional skills and certificates, so the offer↔person score is computed here, on
the same taxonomy and with the same factor weights (ikut.skills.profile_document.WEIGHTS), plus location:

  essential     share of the offer's required skills the person has                       0.55
  optional      share of the offer's optional skills                                       0.15
  languages     share of the offer's language needs (fi/sv/en, CEFR) met                    0.15
  certificates  required certificates held (full weight), optional ones (half weight)      0.15
  location      shown as a hint (same municipality or not), not weighted: people move for a good job

Weights are renormalised over the factors that apply (an offer with no optional skills does not penalise
anyone). The result is 0–1, with the missing required skills and certificates listed so the caseworker
sees why. Missing a *required* certificate caps the score at 0.5: legally required cards (hygiene passport)
cannot be waived by skills.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from ikut.skills.models import cefr_rank
from ikut.skills.profile_document import WEIGHTS

REQUIRED_CERT_CAP = 0.5


@dataclass
class PersonProfile:
    skills: set = field(default_factory=set)  # skill pks
    certificates: set = field(default_factory=set)  # certificate pks (held)
    languages: dict = field(default_factory=dict)  # code -> CEFR rank
    location: str = ""


@dataclass
class OfferNeeds:
    required_skills: set
    optional_skills: set
    required_certs: set
    optional_certs: set
    languages: dict  # code -> CEFR rank needed
    location: str = ""


def person_from_skills_profile(profile):
    """PersonProfile from a prefetched skills.SkillsProfile (or None)."""
    if profile is None:
        return PersonProfile()
    return PersonProfile(
        skills={ps.skill_id for ps in profile.skills.all()},
        certificates={pc.certificate_id for pc in profile.certificates.all() if pc.status == "held"},
        languages={lang.code: cefr_rank(lang.level) for lang in profile.languages.all() if lang.level},
        location=(profile.location or "").strip().lower(),
    )


def needs_of(offer):
    """OfferNeeds from an offer with prefetched skill_links and certificate_links."""
    skills = list(offer.skill_links.all())
    certs = list(offer.certificate_links.all())
    return OfferNeeds(
        required_skills={s.skill_id for s in skills if s.required},
        optional_skills={s.skill_id for s in skills if not s.required},
        required_certs={c.certificate_id for c in certs if c.required},
        optional_certs={c.certificate_id for c in certs if not c.required},
        languages={code: cefr_rank(level) for code, level in offer.language_needs().items()},
        location=(offer.location or "").strip().lower(),
    )


def score(needs: OfferNeeds, person: PersonProfile):
    """{"score": 0–1, "factors": {...}, "missing_skills": [pk], "missing_certificates": [pk],
    "location_match": bool|None}."""
    factors = {}
    if needs.required_skills:
        factors["essential"] = len(needs.required_skills & person.skills) / len(needs.required_skills)
    if needs.optional_skills:
        factors["optional"] = len(needs.optional_skills & person.skills) / len(needs.optional_skills)
    if needs.languages:
        met = sum(1 for code, need in needs.languages.items() if person.languages.get(code, 0) >= need)
        factors["languages"] = met / len(needs.languages)
    if needs.required_certs or needs.optional_certs:
        total = len(needs.required_certs) + 0.5 * len(needs.optional_certs)
        have = len(needs.required_certs & person.certificates) + 0.5 * len(needs.optional_certs & person.certificates)
        factors["certificates"] = have / total
    weight = sum(WEIGHTS[k] for k in factors)
    value = sum(WEIGHTS[k] * v for k, v in factors.items()) / weight if weight else 0.0
    missing_certs = sorted(needs.required_certs - person.certificates)
    if missing_certs:
        value = min(value, REQUIRED_CERT_CAP)
    location = None
    if needs.location and person.location:
        location = needs.location == person.location
    return {"score": round(value, 4), "factors": {k: round(v, 4) for k, v in factors.items()},
            "missing_skills": sorted(needs.required_skills - person.skills), "missing_certificates": missing_certs,
            "location_match": location}


def people_profiles(ids):
    """{participant pk: PersonProfile} from plain value rows (no model instances: this runs over a whole
    caseload). `ids`: a list of pks or a `.values("pk")` queryset (used as a subquery). Only the profile's
    location is decrypted; no other encrypted field is read. People without a profile are absent."""
    from ikut.skills.models import LanguageSkill, ProfileCertificate, ProfileSkill, SkillsProfile

    people = defaultdict(PersonProfile)
    for pk, location in SkillsProfile.objects.filter(participant_id__in=ids).values_list("participant_id",
                                                                                          "location"):
        people[pk].location = (location or "").strip().lower()
    for pk, skill in ProfileSkill.objects.filter(profile__participant_id__in=ids).values_list(
            "profile__participant_id", "skill_id"):
        people[pk].skills.add(skill)
    for pk, cert in ProfileCertificate.objects.filter(profile__participant_id__in=ids, status="held").values_list(
            "profile__participant_id", "certificate_id"):
        people[pk].certificates.add(cert)
    for pk, code, understanding, speaking in LanguageSkill.objects.filter(profile__participant_id__in=ids).values_list(
            "profile__participant_id", "code", "understanding", "speaking"):
        levels = [lv for lv in (understanding, speaking) if lv]
        if levels:
            people[pk].languages[code] = min(cefr_rank(lv) for lv in levels)
    return people


def right_to_work_split(offer, rows, ids):
    """Split participant `rows` into (may be offered to `offer`'s company, [(participant, reason)] who may not),
    from the right to work on their records (ikut.casedata.work; one query)."""
    from ikut.casedata.work import WorkPermission, permissions_for

    permissions = permissions_for(ids)
    allowed, excluded = [], []
    for p in rows:
        ok, reason = permissions.get(p.pk, WorkPermission()).allows(offer.company)
        if ok:
            allowed.append(p)
        else:
            excluded.append((p, reason))
    return allowed, excluded


def candidates_for_offer(offer, participants, limit=20, excluded=None):
    """Rank `participants` (a queryset the user may see) for `offer`: [(participant, result)], best first.

    People whose right to work does not allow this employer are never ranked; pass a list as `excluded` to
    receive them as (participant, reason) for the caseworker."""
    pool = participants.filter(status="open")
    rows = list(pool.only("pk", "code", "current_phase", "organisation_id"))
    rows, left_out = right_to_work_split(offer, rows, pool.values("pk"))
    if excluded is not None:
        excluded.extend(left_out)
    profiles = people_profiles(pool.values("pk"))
    needs = needs_of(offer)
    ranked = [(p, score(needs, profiles[p.pk])) for p in rows]
    ranked.sort(key=lambda r: (-r[1]["score"], r[0].code))
    return ranked[:limit]


def offers_needs(offers):
    """[(offer, OfferNeeds)] with the skill and certificate links read as plain value rows."""
    from .models import OfferCertificate, OfferSkill

    rows = list(offers.select_related("company__organisation"))
    needs = {o.pk: OfferNeeds(set(), set(), set(), set(),
                              {code: cefr_rank(level) for code, level in o.language_needs().items()},
                              (o.location or "").strip().lower()) for o in rows}
    for offer_id, skill, required in OfferSkill.objects.filter(offer__in=offers.values("pk")).values_list(
            "offer_id", "skill_id", "required"):
        if offer_id in needs:
            (needs[offer_id].required_skills if required else needs[offer_id].optional_skills).add(skill)
    for offer_id, cert, required in OfferCertificate.objects.filter(offer__in=offers.values("pk")).values_list(
            "offer_id", "certificate_id", "required"):
        if offer_id in needs:
            (needs[offer_id].required_certs if required else needs[offer_id].optional_certs).add(cert)
    return [(o, needs[o.pk]) for o in rows]


def offers_for_participant(participant, offers, limit=20):
    """Rank published `offers` for a participant: [(offer, result)], best first. Only offers of employers the
    participant's right to work allows (ikut.casedata.work) are ranked."""
    from ikut.casedata.work import permission_for

    permission = permission_for(participant)
    person = people_profiles([participant.pk])[participant.pk]
    rows = [(o, score(needs, person)) for o, needs in offers_needs(offers) if permission.allows(o.company)[0]]
    rows.sort(key=lambda r: (-r[1]["score"], -r[0].pk))
    return rows[:limit]


def offers_for_profile(profile, limit=20):
    """Rank published placement offers for an `ikut.skills-profile/1` document (already validated by
    ikut.skills.profile_document.parse_profile): [{"id", "title", "company", "score", "missing_required", "explain"}],
    best first. Reads offers and the taxonomy only; no participant data is involved or returned."""
    from ikut.skills.models import Certificate, Skill

    from .models import Offer

    uris = list(dict.fromkeys(profile.get("skills") or []))
    skill_pk = dict(Skill.objects.filter(uri__in=uris).values_list("uri", "pk"))
    cert_pk = dict(Certificate.objects.filter(code__in=profile.get("certificates") or []).values_list("code", "pk"))
    person = PersonProfile(
        skills=set(skill_pk.values()), certificates=set(cert_pk.values()),
        languages={item["code"]: cefr_rank(item.get("level", "")) for item in profile.get("languages") or []
                   if item.get("level")},
        location=(profile.get("location") or "").strip().lower())
    offers = Offer.objects.filter(status=Offer.Status.PUBLISHED)
    ranked = [(offer, score(needs, person)) for offer, needs in offers_needs(offers)]
    ranked.sort(key=lambda r: (-r[1]["score"], -r[0].pk))
    ranked = ranked[:limit]
    missing_skills = {pk for _o, result in ranked for pk in result["missing_skills"]}
    missing_certs = {pk for _o, result in ranked for pk in result["missing_certificates"]}
    skill_uri = dict(Skill.objects.filter(pk__in=missing_skills).values_list("pk", "uri"))
    cert_code = dict(Certificate.objects.filter(pk__in=missing_certs).values_list("pk", "code"))
    out = []
    for offer, result in ranked:
        out.append({
            "id": offer.pk, "title": offer.title, "company": offer.company.organisation.name,
            "score": result["score"],
            "missing_required": [skill_uri[pk] for pk in result["missing_skills"]],
            "explain": {
                **{name: {"score": result["factors"].get(name), "weight": weight} for name, weight in WEIGHTS.items()},
                "missing_certificates": [cert_code[pk] for pk in result["missing_certificates"]],
                "required_certificate_cap": REQUIRED_CERT_CAP if result["missing_certificates"] else None,
                "location": {"offer": offer.location, "match": result["location_match"], "weight": 0.0},
            },
        })
    return out
