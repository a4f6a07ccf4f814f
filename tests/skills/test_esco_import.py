import csv
import io
import shutil
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from hypothesis import given, settings
from hypothesis import strategies as st

from ikut.skills.esco_import import ImportRefused, Progress, import_esco, read_table, split_alt_labels
from ikut.skills.models import IscoGroup, Occupation, OccupationSkill, Skill, TaxonomyImport

FIXTURE = Path(__file__).parent / "fixtures" / "esco"
KITCHEN_PORTER = "http://data.europa.eu/esco/occupation/f756fdab-7726-4c48-bfcc-94ff8810fc08"


def snapshot():
    return (
        sorted(Occupation.objects.values_list("uri", "isco_code", "labels")),
        sorted(Skill.objects.values_list("uri", "labels")),
        sorted(OccupationSkill.objects.values_list("occupation__uri", "skill__uri", "relation")),
        IscoGroup.objects.count(),
    )


@pytest.fixture
def esco_dir(tmp_path):
    target = tmp_path / "ESCO dataset - v1.1.1 - classification - en - csv"
    shutil.copytree(FIXTURE, target)
    return target


def rewrite(path, fn):
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    rows = fn(rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)


@pytest.mark.django_db
def test_import_reads_official_layout_in_two_languages(esco_dir):
    record = import_esco(esco_dir, ["en", "fi"])
    assert Occupation.objects.count() == 5
    assert Skill.objects.count() == 31
    assert OccupationSkill.objects.count() == 38
    assert IscoGroup.objects.count() == 5
    porter = Occupation.objects.get(uri=KITCHEN_PORTER)
    assert porter.isco_code == "9412"
    assert porter.label("en") == "kitchen porter"
    assert porter.label("fi") == "tiskaaja"
    assert "keittiöapulainen" in porter.alt_labels("fi")
    assert "kitchen helper" in porter.alt_labels("en") or len(porter.alt_labels("en")) > 3
    assert porter.broader_uri == "http://data.europa.eu/esco/isco/C9412"
    assert record.version == "ESCO v1.1.1"
    assert record.languages == "en,fi"
    assert record.finished_at is not None
    assert record.counts["occupations"] == {"created": 5, "updated": 0}


@pytest.mark.django_db
def test_unknown_relations_are_skipped_and_counted(esco_dir):
    record = import_esco(esco_dir, ["en"])
    assert record.skipped["relations_unknown_skill"] == 1
    assert record.skipped["relations_unknown_occupation"] == 1
    assert not Occupation.objects.filter(uri__endswith="00000000-0000-0000-0000-000000000000").exists()


@pytest.mark.django_db
def test_reimport_updates_in_place_without_duplicates(esco_dir):
    import_esco(esco_dir, ["en", "fi"])
    before = snapshot()
    pks = dict(Occupation.objects.values_list("uri", "pk"))
    second = import_esco(esco_dir, ["en", "fi"])
    assert snapshot() == before
    assert second.counts["occupations"] == {"created": 0, "updated": 0}
    assert second.counts["relations"]["created"] == 0
    # A changed label and a changed relation are updated in place, keeping primary keys.
    rewrite(esco_dir / "occupations_en.csv",
            lambda rows: [r if r[1] != KITCHEN_PORTER else [*r[:3], "dish washer (kitchen porter)", *r[4:]]
                          for r in rows])
    rewrite(esco_dir / "occupationSkillRelations_en.csv",
            lambda rows: [rows[0]] + [[r[0], "optional" if r[1] == "essential" else "essential", *r[2:]]
                                      if r[0] == KITCHEN_PORTER else r for r in rows[1:]])
    third = import_esco(esco_dir, ["en", "fi"])
    assert dict(Occupation.objects.values_list("uri", "pk")) == pks
    porter = Occupation.objects.get(uri=KITCHEN_PORTER)
    assert porter.label("en") == "dish washer (kitchen porter)"
    assert porter.label("fi") == "tiskaaja"
    assert third.counts["occupations"]["updated"] == 1
    assert OccupationSkill.objects.count() == 38
    assert third.counts["relations"]["updated"] == porter.skill_links.count()
    assert TaxonomyImport.objects.count() == 3


@pytest.mark.django_db
@pytest.mark.parametrize("filename,column", [("occupations_fi.csv", "iscoGroup"), ("skills_en.csv", "preferredLabel"),
                                             ("occupationSkillRelations_en.csv", "skillUri")])
def test_missing_required_column_refuses_everything(esco_dir, filename, column):
    import_esco(esco_dir, ["en", "fi"])  # something already in the database
    rewrite(esco_dir / "occupations_en.csv",
            lambda rows: [r if r[1] != KITCHEN_PORTER else r[:3] + ["changed"] + r[4:] for r in rows])
    before = snapshot()
    imports = TaxonomyImport.objects.count()

    def drop(rows):
        i = rows[0].index(column)
        return [r[:i] + r[i + 1:] for r in rows]

    rewrite(esco_dir / filename, drop)
    with pytest.raises(CommandError) as exc:
        call_command("import_esco", str(esco_dir), "--languages", "en,fi", stdout=io.StringIO(), stderr=io.StringIO())
    assert filename in str(exc.value) and f"'{column}'" in str(exc.value)
    assert "database unchanged" in str(exc.value)
    assert snapshot() == before
    assert TaxonomyImport.objects.count() == imports


@pytest.mark.django_db
def test_missing_file_and_fresh_database_stay_empty(esco_dir):
    (esco_dir / "skills_fi.csv").unlink()
    with pytest.raises(ImportRefused, match="skills_fi.csv"):
        import_esco(esco_dir, ["en", "fi"])
    assert Occupation.objects.count() == 0 and TaxonomyImport.objects.count() == 0


@pytest.mark.django_db
def test_command_prints_report_and_progress(esco_dir):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_esco", str(esco_dir), "--languages", "en,fi", "--release", "v1.1.1-test", stdout=out,
                 stderr=err)
    text = out.getvalue()
    assert "Imported v1.1.1-test [en,fi]" in text
    assert "occupations: 5 created, 0 updated" in text
    assert "relations_unknown_skill 1" in text and "relations_unknown_occupation 1" in text
    assert "relations: 38" in err.getvalue() or "relations" in err.getvalue()


def test_progress_bar_draws_on_a_terminal():
    class Tty(io.StringIO):
        def isatty(self):
            return True

    stream = Tty()
    bar = Progress(stream, width=10)
    bar.step("skills", 5, 10)
    bar.step("skills", 10, 10)
    assert "[█████·····] 5/10" in stream.getvalue()
    assert stream.getvalue().endswith("10/10\n")


# ------------------------------------------------------------------ property-based tests of the CSV reader

label = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=30) \
    .map(str.strip).filter(bool)


@given(st.lists(label, max_size=8))
def test_alt_labels_round_trip(labels):
    unique = list(dict.fromkeys(labels))
    assert split_alt_labels("\n".join(labels)) == unique
    assert split_alt_labels("\r\n".join(labels) + "\n\n") == unique


cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"), max_size=40)


@settings(max_examples=60, deadline=None)
@given(st.permutations(["conceptUri", "preferredLabel", "altLabels", "iscoGroup", "extra"]),
       st.lists(st.tuples(cell, cell, cell, cell, cell), max_size=6))
def test_reader_maps_columns_by_header_in_any_order(tmp_path_factory, header, rows):
    rows = [r for r in rows if any(v.strip() for v in r)]
    path = tmp_path_factory.mktemp("csv") / "occupations_en.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    read = read_table(path, ["conceptUri", "preferredLabel", "altLabels", "iscoGroup"])
    assert read == [dict(zip(header, r, strict=True)) for r in rows]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["conceptUri", "preferredLabel", "altLabels", "iscoGroup"]))
def test_reader_names_the_missing_column(tmp_path_factory, missing):
    header = [c for c in ["conceptUri", "preferredLabel", "altLabels", "iscoGroup"] if c != missing]
    path = tmp_path_factory.mktemp("csv") / "occupations_sv.csv"
    path.write_text(",".join(header) + "\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as exc:
        read_table(path, ["conceptUri", "preferredLabel", "altLabels", "iscoGroup"])
    assert str(exc.value) == f"occupations_sv.csv: required column '{missing}' is missing"


def test_reader_accepts_a_byte_order_mark(tmp_path):
    path = tmp_path / "skills_en.csv"
    path.write_bytes("\ufeffconceptUri,preferredLabel\nu1,wash the dishes\n".encode("utf-8"))
    assert read_table(path, ["conceptUri"]) == [{"conceptUri": "u1", "preferredLabel": "wash the dishes"}]
