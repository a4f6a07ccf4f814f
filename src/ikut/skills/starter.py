"""Load the built-in starter taxonomy (src/ikut/skills/data/starter_taxonomy.json) — works without a download.

Idempotent: re-loading updates in place. Rows an official ESCO import already brought keep their official
labels; the starter only adds languages they lack (marked machine-draft) and links where none exist.
"""

import datetime
import json
import time
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from .models import Certificate, Occupation, OccupationCertificate, OccupationSkill, Skill, TaxonomyImport

DATA = Path(__file__).with_name("data") / "starter_taxonomy.json"


def starter_data():
    return json.loads(DATA.read_text(encoding="utf-8"))


def _merge(existing, starter, official):
    if not official:
        return {**(existing or {}), **starter}
    merged = dict(existing or {})
    for lang, entry in starter.items():
        merged.setdefault(lang, entry)
    return merged


@transaction.atomic
def load_starter():
    started = time.monotonic()
    data = starter_data()
    counts = {"skills": 0, "occupations": 0, "certificates": 0, "skill_links": 0, "certificate_links": 0}
    skills = {}
    for entry in data["skills"]:
        skill = Skill.objects.filter(uri=entry["uri"]).first() or Skill(uri=entry["uri"], source="starter")
        skill.labels = _merge(skill.labels, entry["labels"], skill.source == "esco")
        if skill.source != "esco":
            skill.skill_type, skill.reuse_level = entry["type"], entry["reuse_level"]
        skill.save()
        skills[entry["uri"]] = skill
        counts["skills"] += 1
    certificates = {}
    for entry in data["certificates"]:
        values = {"kind": entry["kind"], "labels": entry["labels"], "source": entry["source"], "url": entry["url"]}
        if entry.get("checked_on"):  # a date only where the data records a reading of `url`
            values["checked_on"] = datetime.date.fromisoformat(entry["checked_on"])
        cert, _ = Certificate.objects.update_or_create(code=entry["code"], defaults=values)
        certificates[entry["code"]] = cert
        counts["certificates"] += 1
    for entry in data["occupations"]:
        occ = Occupation.objects.filter(uri=entry["uri"]).first() or Occupation(uri=entry["uri"], source="starter")
        official = occ.source == "esco"
        occ.labels = _merge(occ.labels, entry["labels"], official)
        if not official:
            occ.isco_code, occ.code = entry["isco"], entry["code"]
        occ.sector, occ.language_level = entry["sector"], entry["language_level"]
        occ.save()
        counts["occupations"] += 1
        if not official or not occ.skill_links.exists():
            for relation in ("essential", "optional"):
                for uri in entry[relation]:
                    OccupationSkill.objects.update_or_create(
                        occupation=occ, skill=skills[uri], defaults={"relation": relation, "source": "starter"})
                    counts["skill_links"] += 1
        for code, relation in entry["certificates"].items():
            OccupationCertificate.objects.update_or_create(
                occupation=occ, certificate=certificates[code], defaults={"relation": relation})
            counts["certificate_links"] += 1
    seconds = time.monotonic() - started
    record = TaxonomyImport.objects.create(
        source=TaxonomyImport.Source.STARTER, version=data["version"], languages="en,fi,sv",
        finished_at=timezone.now(), seconds=round(seconds, 3), counts=counts)
    from .matching import invalidate

    transaction.on_commit(invalidate)
    return record
