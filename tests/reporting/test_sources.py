"""Sources read other apps' data as counts."""

import pytest
from django.utils import translation

from ikut.reporting import aggregates, sources
from ikut.skills.models import LanguageSkill, Occupation, SkillsProfile, WorkExperience

from . import dataset

pytestmark = pytest.mark.django_db


def test_prior_sectors_and_languages_count_distinct_participants():
    _period, entrants = dataset.build()
    cleaning = Occupation.objects.create(uri="http://data.europa.eu/esco/occupation/test-cleaner",
                                         labels={"en": {"pref": "cleaner"}}, sector="cleaning")
    kitchen = Occupation.objects.create(uri="http://data.europa.eu/esco/occupation/test-cook",
                                        labels={"en": {"pref": "cook"}}, sector="hospitality")
    for i, p in enumerate(entrants[:7]):
        profile = SkillsProfile.objects.create(participant=p)
        WorkExperience.objects.create(profile=profile, occupation=cleaning, work_type="paid")
        WorkExperience.objects.create(profile=profile, occupation=cleaning, work_type="informal")  # same sector
        if i < 2:
            WorkExperience.objects.create(profile=profile, occupation=kitchen, work_type="paid")
        LanguageSkill.objects.create(profile=profile, code="th" if i < 6 else "vi")
    base = sources.reporting_base()
    with translation.override("en"):
        sectors = dict(sources.prior_sectors(base))
    assert list(sectors.values()) == [7, 2]  # distinct participants, largest first
    assert dict(sources.languages(base)) == {"th": 6, "vi": 1}
    with translation.override("en"):
        section = {s["key"]: s for s in aggregates.skills_sections(base)}
    assert [c["d"] for _l, c in section["sectors"]["rows"]] == ["7", "<5"]
    assert [c["d"] for _l, c in section["languages"]["rows"]] == ["6", "<5"]

