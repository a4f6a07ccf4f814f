"""Import the official ESCO CSV download (one file set per language) into the taxonomy tables.

Layout (as downloaded from the ESCO portal, e.g. "ESCO dataset - v1.1.1 - classification - en - csv"):
  occupations_<lang>.csv          conceptType, conceptUri, iscoGroup, preferredLabel, altLabels, code, ...
  skills_<lang>.csv               conceptType, conceptUri, skillType, reuseLevel, preferredLabel, altLabels, ...
  ISCOGroups_<lang>.csv           conceptType, conceptUri, code, preferredLabel, altLabels, ...   (optional)
  occupationSkillRelations_<lang>.csv  occupationUri, relationType, skillType, skillUri           (one language)
  broaderRelationsOccPillar_<lang>.csv conceptType, conceptUri, broaderType, broaderUri           (optional)
Columns are found by header name, in any order; extra columns are ignored. altLabels hold one label per line.

Everything is read and checked before the database is touched; the writes run in one transaction, so a
refused import leaves the database unchanged. Re-running updates rows in place (keyed by concept URI).
"""

import csv
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from django.db import connection, transaction
from django.utils import timezone

from .models import IscoGroup, Occupation, OccupationSkill, Skill, TaxonomyImport

REQUIRED = {
    "occupations": ["conceptUri", "preferredLabel", "altLabels", "iscoGroup"],
    "skills": ["conceptUri", "preferredLabel", "altLabels", "skillType", "reuseLevel"],
    "ISCOGroups": ["conceptUri", "code", "preferredLabel"],
    "occupationSkillRelations": ["occupationUri", "relationType", "skillUri"],
    "broaderRelationsOccPillar": ["conceptUri", "broaderUri"],
}
OPTIONAL_FILES = {"ISCOGroups", "broaderRelationsOccPillar"}
LANGUAGE_NEUTRAL = {"occupationSkillRelations", "broaderRelationsOccPillar"}
SKILL_TYPES = {"skill/competence": Skill.Type.SKILL, "knowledge": Skill.Type.KNOWLEDGE}
RELATIONS = frozenset(OccupationSkill.Relation.values)
CHUNK = 900  # stays under SQLite's variable limit in IN (...) lookups

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


class ImportRefused(Exception):
    """The download is not usable; nothing was written."""


def split_alt_labels(value):
    """altLabels cell → list of labels: one per line, trimmed, blank lines and duplicates dropped."""
    seen, out = set(), []
    for line in (value or "").replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        label = line.strip()
        if label and label not in seen:
            seen.add(label)
            out.append(label)
    return out


def read_table(path, required):
    """Read one CSV file into a list of dicts keyed by header name; refuse when a required column is missing."""
    path = Path(path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        try:
            header = [h.strip() for h in next(reader)]
        except StopIteration:
            raise ImportRefused(f"{path.name}: the file is empty (no header row)") from None
        for column in required:
            if column not in header:
                raise ImportRefused(f"{path.name}: required column '{column}' is missing")
        width = len(header)
        rows = []
        for values in reader:
            if not "".join(values).strip():
                continue  # blank line
            if len(values) < width:
                values = values + [""] * (width - len(values))
            rows.append(dict(zip(header, values, strict=False)))  # cells beyond the header are ignored
        return rows


def find_file(directory, stem, lang):
    """The file for `stem` and `lang`, accepting the portal's exact name and case variations."""
    directory = Path(directory)
    exact = directory / f"{stem}_{lang}.csv"
    if exact.exists():
        return exact
    wanted = f"{stem}_{lang}.csv".lower()
    for candidate in directory.iterdir():
        if candidate.name.lower() == wanted:
            return candidate
    return None


def guess_version(directory):
    match = re.search(r"v(\d+(?:\.\d+){1,2})", Path(directory).resolve().name)
    return f"ESCO v{match.group(1)}" if match else "ESCO (version not stated)"


class Progress:
    """A terminal progress bar on `stream` (only drawn on a terminal; otherwise one line per step)."""

    def __init__(self, stream=None, width=30):
        self.stream = stream if stream is not None else sys.stderr
        self.width = width
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()

    def step(self, label, done, total):
        if not self.tty:
            if done == total:
                self.stream.write(f"{label}: {total}\n")
            return
        total = max(total, 1)
        filled = int(self.width * done / total)
        bar = "█" * filled + "·" * (self.width - filled)
        self.stream.write(f"\r{label:<28} [{bar}] {done}/{total}")
        if done >= total:
            self.stream.write("\n")
        self.stream.flush()


@dataclass
class Release:
    occupations: dict = field(default_factory=dict)  # uri -> {"isco", "code", "labels"}
    skills: dict = field(default_factory=dict)  # uri -> {"type", "reuse", "labels"}
    groups: dict = field(default_factory=dict)  # uri -> {"code", "labels"}
    relations: dict = field(default_factory=dict)  # (occ uri, skill uri) -> relation
    broader: dict = field(default_factory=dict)  # occupation uri -> broader uri
    skipped: dict = field(default_factory=lambda: {"relations_unknown_occupation": 0, "relations_unknown_skill": 0,
                                                    "relations_bad_type": 0, "broader_unknown": 0,
                                                    "rows_without_uri": 0})


def read_release(directory, languages, progress=None):
    """Read and check every file first; raise ImportRefused naming file and column on the first problem."""
    directory = Path(directory)
    if not directory.is_dir():
        raise ImportRefused(f"{directory}: not a directory")
    progress = progress or Progress()
    release = Release()
    plan = []  # (stem, lang, path)
    for lang in languages:
        for stem in ("occupations", "skills", "ISCOGroups"):
            path = find_file(directory, stem, lang)
            if path is None:
                if stem in OPTIONAL_FILES:
                    continue
                raise ImportRefused(f"{stem}_{lang}.csv: file not found in {directory}")
            plan.append((stem, lang, path))
    for stem in ("occupationSkillRelations", "broaderRelationsOccPillar"):
        path = next((p for p in (find_file(directory, stem, lang) for lang in languages) if p), None)
        if path is None and stem not in OPTIONAL_FILES:
            raise ImportRefused(f"{stem}_{languages[0]}.csv: file not found in {directory}")
        if path is not None:
            plan.append((stem, None, path))
    tables = []
    for i, (stem, lang, path) in enumerate(plan, start=1):
        tables.append((stem, lang, read_table(path, REQUIRED[stem])))
        progress.step("reading files", i, len(plan))

    def labels_of(row):
        return {"preferred": row["preferredLabel"].strip(), "alt": split_alt_labels(row.get("altLabels")),
                "status": "official"}

    for stem, lang, rows in tables:
        if stem == "occupations":
            for row in rows:
                uri = row["conceptUri"].strip()
                if not uri:
                    release.skipped["rows_without_uri"] += 1
                    continue
                entry = release.occupations.setdefault(uri, {"isco": "", "code": "", "labels": {}})
                entry["isco"] = entry["isco"] or row["iscoGroup"].strip()
                entry["code"] = entry["code"] or (row.get("code") or "").strip()
                if row["preferredLabel"].strip():
                    entry["labels"][lang] = labels_of(row)
        elif stem == "skills":
            for row in rows:
                uri = row["conceptUri"].strip()
                if not uri:
                    release.skipped["rows_without_uri"] += 1
                    continue
                entry = release.skills.setdefault(uri, {"type": "", "reuse": "", "labels": {}})
                entry["type"] = entry["type"] or SKILL_TYPES.get(row["skillType"].strip(), Skill.Type.SKILL)
                entry["reuse"] = entry["reuse"] or row["reuseLevel"].strip()
                if row["preferredLabel"].strip():
                    entry["labels"][lang] = labels_of(row)
        elif stem == "ISCOGroups":
            for row in rows:
                uri = row["conceptUri"].strip()
                if not uri or not row["code"].strip():
                    release.skipped["rows_without_uri"] += 1
                    continue
                entry = release.groups.setdefault(uri, {"code": row["code"].strip(), "labels": {}})
                entry["labels"][lang] = labels_of(row)
    for stem, _lang, rows in tables:
        if stem == "occupationSkillRelations":
            for row in rows:
                occ, skill = row["occupationUri"].strip(), row["skillUri"].strip()
                relation = row["relationType"].strip().lower()
                if relation not in RELATIONS:
                    release.skipped["relations_bad_type"] += 1
                elif occ not in release.occupations:
                    release.skipped["relations_unknown_occupation"] += 1
                elif skill not in release.skills:
                    release.skipped["relations_unknown_skill"] += 1
                else:
                    release.relations[(occ, skill)] = relation
        elif stem == "broaderRelationsOccPillar":
            for row in rows:
                uri, broader = row["conceptUri"].strip(), row["broaderUri"].strip()
                if uri in release.occupations:
                    if broader in release.occupations or broader in release.groups or not release.groups:
                        release.broader.setdefault(uri, broader)
                    else:
                        release.skipped["broader_unknown"] += 1
    if not release.occupations:
        raise ImportRefused("occupations: no occupations in the download")
    return release


def _merge_labels(old, new):
    merged = dict(old or {})
    merged.update(new)
    return merged


def _chunks(items, size=CHUNK):
    items = list(items)
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _upsert(model, entries, make, apply, progress, label):
    """Create missing rows and update changed ones, keyed by `uri`; return {uri: pk} and counts."""
    existing = {obj.uri: obj for obj in model.objects.all()}
    new, changed = [], []
    for uri, data in entries.items():
        obj = existing.get(uri)
        if obj is None:
            new.append(make(uri, data))
        elif apply(obj, data):
            changed.append(obj)
    fields = [f.name for f in model._meta.concrete_fields if f.name not in ("id", "uri")]
    total = len(new) + len(changed)
    done = 0
    for batch in _chunks(new, 2000):
        model.objects.bulk_create(batch, batch_size=2000)
        done += len(batch)
        progress.step(label, done, total)
    for batch in _chunks(changed, 500):
        model.objects.bulk_update(batch, fields, batch_size=500)
        done += len(batch)
        progress.step(label, done, total)
    if total == 0:
        progress.step(label, 0, 0)
    ids = dict(model.objects.values_list("uri", "pk"))
    return ids, {"created": len(new), "updated": len(changed)}


def write_release(release, version, languages, progress=None, started=None):
    progress = progress or Progress()
    started = started or time.monotonic()
    counts = {}
    with transaction.atomic():
        def make_group(uri, d):
            return IscoGroup(uri=uri, code=d["code"], labels=d["labels"])

        def apply_group(obj, d):
            labels = _merge_labels(obj.labels, d["labels"])
            if (obj.code, obj.labels) == (d["code"], labels):
                return False
            obj.code, obj.labels = d["code"], labels
            return True

        if release.groups:
            # ISCO codes are unique too: a code re-used under a new URI replaces the old row.
            codes = {d["code"] for d in release.groups.values()}
            IscoGroup.objects.filter(code__in=codes).exclude(uri__in=list(release.groups)).delete()
            _, counts["isco_groups"] = _upsert(IscoGroup, release.groups, make_group, apply_group, progress,
                                               "ISCO groups")

        def make_occ(uri, d):
            return Occupation(uri=uri, isco_code=d["isco"], code=d["code"], labels=d["labels"], source="esco",
                              broader_uri=release.broader.get(uri, ""))

        def apply_occ(obj, d):
            labels = _merge_labels(obj.labels, d["labels"])
            new = (d["isco"], d["code"], labels, release.broader.get(uri_of(obj), obj.broader_uri))
            if (obj.isco_code, obj.code, obj.labels, obj.broader_uri) == new and obj.source == "esco":
                return False
            obj.isco_code, obj.code, obj.labels, obj.broader_uri = new
            obj.source = "esco"
            return True

        def uri_of(obj):
            return obj.uri

        occ_ids, counts["occupations"] = _upsert(Occupation, release.occupations, make_occ, apply_occ, progress,
                                                 "occupations")

        def make_skill(uri, d):
            return Skill(uri=uri, skill_type=d["type"], reuse_level=d["reuse"], labels=d["labels"], source="esco")

        def apply_skill(obj, d):
            labels = _merge_labels(obj.labels, d["labels"])
            new = (d["type"], d["reuse"], labels)
            if (obj.skill_type, obj.reuse_level, obj.labels) == new and obj.source == "esco":
                return False
            obj.skill_type, obj.reuse_level, obj.labels = new
            obj.source = "esco"
            return True

        skill_ids, counts["skills"] = _upsert(Skill, release.skills, make_skill, apply_skill, progress, "skills")

        # Relations: the release's relations replace what imported occupations had (starter links included).
        wanted = {(occ_ids[o], skill_ids[s]): rel for (o, s), rel in release.relations.items()}
        imported_occ = {occ_ids[u] for u in release.occupations}
        existing = {}
        for pk, occ, skill, rel, source in OccupationSkill.objects.values_list(
                "pk", "occupation_id", "skill_id", "relation", "source").iterator(chunk_size=5000):
            if occ in imported_occ:
                existing[(occ, skill)] = (pk, rel, source)
        to_delete = [pk for key, (pk, _r, _s) in existing.items() if key not in wanted]
        to_update = [OccupationSkill(pk=existing[key][0], relation=rel, source="esco")
                     for key, rel in wanted.items() if key in existing and existing[key][1:] != (rel, "esco")]
        to_create = [(o, s, rel, "esco") for (o, s), rel in wanted.items() if (o, s) not in existing]
        total = len(to_delete) + len(to_update) + len(to_create)
        done = 0
        for batch in _chunks(to_delete):
            OccupationSkill.objects.filter(pk__in=batch).delete()
            done += len(batch)
            progress.step("relations", done, total)
        for batch in _chunks(to_update, 500):
            OccupationSkill.objects.bulk_update(batch, ["relation", "source"], batch_size=500)
            done += len(batch)
            progress.step("relations", done, total)
        table = connection.ops.quote_name(OccupationSkill._meta.db_table)
        per_statement = max(1, min(1000, (connection.features.max_query_params or 4000) // 4))
        for batch in _chunks(to_create, 10000):
            # Multi-row INSERTs: ~129,000 rows without a model instance per row, few round trips.
            with connection.cursor() as cursor:
                for rows in _chunks(batch, per_statement):
                    values = ", ".join(["(%s, %s, %s, %s)"] * len(rows))
                    cursor.execute(f"INSERT INTO {table} (occupation_id, skill_id, relation, source) VALUES {values}",
                                   [value for row in rows for value in row])
            done += len(batch)
            progress.step("relations", done, total)
        if total == 0:
            progress.step("relations", 0, 0)
        counts["relations"] = {"created": len(to_create), "updated": len(to_update), "deleted": len(to_delete),
                               "total": len(wanted)}
        seconds = time.monotonic() - started
        record = TaxonomyImport.objects.create(
            source=TaxonomyImport.Source.ESCO, version=version, languages=",".join(languages),
            started_at=timezone.now() - timezone.timedelta(seconds=seconds), finished_at=timezone.now(),
            seconds=round(seconds, 3), counts=counts, skipped=release.skipped)
    return record


def import_esco(directory, languages=("en",), version=None, progress=None):
    """Read, check and write one ESCO download. Raises ImportRefused (database unchanged) on a bad download."""
    started = time.monotonic()
    languages = [lang.strip() for lang in languages if lang.strip()]
    if not languages:
        raise ImportRefused("no languages given")
    release = read_release(directory, languages, progress)
    record = write_release(release, version or guess_version(directory), languages, progress, started)
    from .matching import invalidate

    invalidate()
    return record
