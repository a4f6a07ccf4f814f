"""Benchmark: ranking candidates for an offer and offers for a participant (ikut.employers.matching).

    .venv/bin/python benchmarks/employers_matching.py [--participants 500] [--offers 200] [--rounds 7]

Builds a throw-away test database (the test settings' SQLite, or DATABASE_URL + IKUT_TEST_DATABASE for
PostgreSQL) with the starter taxonomy, N participants with skills profiles (8 skills, 1–2 certificates,
3 languages each) and M published offers (6 required + 3 optional skills, 1 certificate, a language need).
Measures, median of --rounds runs:
  baseline    the raw data the ranking reads, as plain value lists (participant pk/code, profile skill,
              certificate and language rows) — no model instances, no decryption, no scoring
  candidates  matching.candidates_for_offer(offer, N participants)
  offers      matching.offers_for_participant(participant, M offers)
  propose     actions.propose (snapshot + score + audit) for one participant
and prints each figure and its ratio to the baseline.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ikut.settings_test")


def timed(fn, rounds):
    runs = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=500)
    parser.add_argument("--offers", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from benchlib import header

    header("employers_matching.py")
    import django

    django.setup()
    from django.test.utils import setup_databases, setup_test_environment, teardown_databases

    setup_test_environment()
    config = setup_databases(verbosity=0, interactive=False)
    try:
        run(args)
    finally:
        teardown_databases(config, verbosity=0)


def run(args):
    from ikut.accounts.models import Organisation, Role
    from ikut.employers import actions, matching
    from ikut.employers.models import Company, Offer, OfferCertificate, OfferSkill
    from ikut.participants.models import Assignment, Participant
    from ikut.skills.models import Certificate, LanguageSkill, ProfileCertificate, ProfileSkill, Skill, SkillsProfile
    from ikut.skills.starter import load_starter
    from tests.helpers import make_org, make_user

    rng = random.Random(42)
    load_starter()
    skills = list(Skill.objects.values_list("pk", flat=True))
    certs = list(Certificate.objects.values_list("pk", flat=True))
    org = make_org("Assistance (bench)", Organisation.Kind.ASSISTANCE_SYSTEM)
    coach = make_user(Role.CASEWORKER, org)
    company = Company.objects.create(organisation=make_org("Company (bench)", Organisation.Kind.COMPANY),
                                     business_id="0112038-9", sector="cleaning")
    people = Participant.objects.bulk_create(
        [Participant(organisation=org, code=f"IK-2026-{i:05d}", language="en") for i in range(args.participants)])
    Assignment.objects.bulk_create([Assignment(participant=p, user=coach, role="lead") for p in people])
    profiles = SkillsProfile.objects.bulk_create([SkillsProfile(participant=p) for p in people])
    ProfileSkill.objects.bulk_create([ProfileSkill(profile=pr, skill_id=s, source="experience",
                                                   confidence="confirmed")
                                      for pr in profiles for s in rng.sample(skills, 8)])
    ProfileCertificate.objects.bulk_create([ProfileCertificate(profile=pr, certificate_id=c)
                                            for pr in profiles for c in rng.sample(certs, rng.randint(1, 2))])
    LanguageSkill.objects.bulk_create([LanguageSkill(profile=pr, code=code, understanding=lvl, speaking=lvl)
                                       for pr in profiles for code, lvl in (("fi", rng.choice(["A1", "A2", "B1"])),
                                                                            ("en", "B1"), ("th", "native"))])
    offers = Offer.objects.bulk_create([
        Offer(company=company, kind="work_trial", title=f"Offer {i}", tasks="x", location="Helsinki",
              hours_per_day=7.5, days_per_week=5, pay_per="none", status="published", language_fi="A2")
        for i in range(args.offers)])
    OfferSkill.objects.bulk_create([OfferSkill(offer=o, skill_id=s, required=i < 6)
                                    for o in offers for i, s in enumerate(rng.sample(skills, 9))])
    OfferCertificate.objects.bulk_create([OfferCertificate(offer=o, certificate_id=rng.choice(certs))
                                          for o in offers])
    offer = Offer.objects.prefetch_related("skill_links", "certificate_links").get(pk=offers[0].pk)
    pool = Participant.objects.filter(assignments__user=coach)

    def baseline():
        ids = list(pool.filter(status="open").values_list("pk", "code"))
        pks = [pk for pk, _code in ids]
        list(ProfileSkill.objects.filter(profile__participant_id__in=pks).values_list("profile_id", "skill_id"))
        list(ProfileCertificate.objects.filter(profile__participant_id__in=pks).values_list("profile_id",
                                                                                             "certificate_id"))
        list(LanguageSkill.objects.filter(profile__participant_id__in=pks).values_list("profile_id", "code",
                                                                                        "understanding"))

    figures = {"baseline": timed(baseline, args.rounds),
               "candidates": timed(lambda: matching.candidates_for_offer(offer, pool), args.rounds),
               "offers": timed(lambda: matching.offers_for_participant(people[0], Offer.objects.all()), args.rounds)}
    targets = iter(people[1:])
    figures["propose"] = timed(lambda: actions.propose(coach, offer, next(targets), ip="127.0.0.1"), args.rounds)
    print(f"employers matching: {args.participants} participants, {args.offers} offers, "
          f"median of {args.rounds} rounds ({os.environ.get('DATABASE_URL', 'sqlite')})")
    base = figures["baseline"]
    for name, value in figures.items():
        print(f"  {name:<11} {value * 1000:8.1f} ms   {value / base:5.2f}× baseline")


if __name__ == "__main__":
    main()
