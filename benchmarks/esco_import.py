"""Benchmark: `ikut import-esco` on a full-size download in the official CSV layout, three languages.

    PYTHONPATH=src python benchmarks/esco_import.py [--database sqlite|postgres]

Creates its own database (a SQLite file in a temporary folder, or bench_perf_esco_<pid> on BENCH_PG, default
postgres://postgres@127.0.0.1:5432, dropped at the end), writes occupations_xx.csv, skills_xx.csv,
ISCOGroups_xx.csv (en, fi, sv), occupationSkillRelations_en.csv and broaderRelationsOccPillar_en.csv with 3,039
occupations, 13,939 skills and 129,004 relations, then times the first import and an idempotent re-import.
Baseline in the same run: reading the CSV files alone (csv module), so the ratio shows what the database part
costs. Target: each import under 60 s.
"""

import argparse
import csv
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from benchlib import header, throwaway_database, verdict  # noqa: E402

from esco_shapes import generate  # noqa: E402

WORK = Path(tempfile.mkdtemp(prefix="ikut-esco-bench-"))



class Quiet:
    def write(self, _text):
        pass

    def isatty(self):
        return False


def write_download(folder):
    occupations, skills, links = generate()
    folder.mkdir(parents=True)
    groups = sorted({o[4] for o in occupations})
    for lang in ("en", "fi", "sv"):
        with (folder / f"occupations_{lang}.csv").open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["conceptType", "conceptUri", "iscoGroup", "preferredLabel", "altLabels", "hiddenLabels",
                        "status", "modifiedDate", "regulatedProfessionNote", "scopeNote", "definition", "inScheme",
                        "description", "code"])
            for _pk, uri, labels, _lvl, isco, _s in occupations:
                entry = labels[lang]
                w.writerow(["Occupation", uri, isco, entry["preferred"], "\n".join(entry["alt"]), "", "released", "",
                            "", "", "", "", "A description of the occupation, long enough to be realistic. " * 3,
                            f"{isco}.1"])
        with (folder / f"skills_{lang}.csv").open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["conceptType", "conceptUri", "skillType", "reuseLevel", "preferredLabel", "altLabels",
                        "hiddenLabels", "status", "modifiedDate", "scopeNote", "definition", "inScheme",
                        "description"])
            for _pk, uri, labels in skills:
                w.writerow(["KnowledgeSkillCompetence", uri, "skill/competence", "sector-specific",
                            f"{labels['en']['preferred']} ({lang})", "alt one\nalt two", "", "released", "", "",
                            "", "", "A description of the skill. " * 4])
        with (folder / f"ISCOGroups_{lang}.csv").open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["conceptType", "conceptUri", "code", "preferredLabel", "status", "altLabels", "inScheme",
                        "description"])
            for code in groups:
                w.writerow(["ISCOGroup", f"http://data.europa.eu/esco/isco/C{code}", code, f"group {code} {lang}",
                            "released", "", "", ""])
    occ_uri = {o[0]: o[1] for o in occupations}
    skill_uri = {s[0]: s[1] for s in skills}
    with (folder / "occupationSkillRelations_en.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["occupationUri", "relationType", "skillType", "skillUri"])
        for o, s, rel in links:
            w.writerow([occ_uri[o], rel, "skill/competence", skill_uri[s]])
    with (folder / "broaderRelationsOccPillar_en.csv").open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["conceptType", "conceptUri", "broaderType", "broaderUri"])
        for _pk, uri, _l, _lvl, isco, _s in occupations:
            w.writerow(["Occupation", uri, "ISCOGroup", f"http://data.europa.eu/esco/isco/C{isco}"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    args = parser.parse_args()
    header(f"esco_import.py [{args.database}]")
    try:
        with throwaway_database(args.database, "esco"):
            os.environ.setdefault("IKUT_ENV", "development")
            os.environ.setdefault("IKUT_DATA_DIR", str(WORK / "data"))
            os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ikut.settings")
            run()
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
    header("esco_import.py done")


def run():
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from ikut.skills.esco_import import Progress, import_esco
    from ikut.skills.models import Occupation, OccupationSkill, Skill

    folder = WORK / "ESCO dataset - v1.1.1 - classification - csv"
    t = time.perf_counter()
    write_download(folder)
    print(f"wrote the download to {folder} in {time.perf_counter() - t:.1f} s "
          f"({sum(p.stat().st_size for p in folder.iterdir()) / 1e6:.0f} MB)")
    call_command("migrate", verbosity=0)
    print(f"database: {connection.vendor}")
    t = time.perf_counter()
    rows = 0
    for path in sorted(folder.iterdir()):
        with path.open(encoding="utf-8", newline="") as handle:
            rows += sum(1 for _ in csv.DictReader(handle))
    baseline = time.perf_counter() - t
    print(f"baseline  reading every file with csv.DictReader ({rows} rows): {baseline:.2f} s")
    for run_name in ("first import", "re-import (no changes)"):
        t = time.perf_counter()
        record = import_esco(folder, ["en", "fi", "sv"], progress=None if os.environ.get("SHOW_PROGRESS") else
                             Progress(Quiet()))
        seconds = time.perf_counter() - t
        print(f"{run_name:<24} {seconds:.1f} s = {seconds / baseline:.1f} × baseline (target < 60 s: "
              f"{verdict(seconds < 60)}); occupations {record.counts['occupations']}, "
              f"skills {record.counts['skills']}, relations {record.counts['relations']}")
    print(f"in the database: {Occupation.objects.count()} occupations, {Skill.objects.count()} skills, "
          f"{OccupationSkill.objects.count()} relations")


if __name__ == "__main__":
    main()
