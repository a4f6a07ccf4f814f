import csv
import os
import subprocess
from pathlib import Path

import pytest

from ikut.accounts.models import Organisation
from ikut.core.pdf import font_faces
from ikut.participants.models import Participant
from ikut.skills.demo import PROFILES, seed_profile
from ikut.skills.pdf import FONTS, render_profile_pdf
from ikut.skills.starter import starter_data
from ikut.skills.views import _profile_data
from tests.helpers import make_org, require_tool

# The ESCO rows of the starter occupations, committed (tests/data/esco/README.md says where they come from).
# IKUT_ESCO_OCCUPATIONS_CSV may point at a full ESCO occupations.csv (Tabiya layout) to check against instead.
REFERENCE = Path(os.environ.get("IKUT_ESCO_OCCUPATIONS_CSV")
                 or Path(__file__).resolve().parents[1] / "data" / "esco" / "starter-occupations.csv")


def test_pdf_fonts_come_from_the_font_packages():
    families = {family for family, _uri in font_faces(FONTS)}
    assert {"IKUT Sans", "IKUT Arabic", "IKUT Thai", "IKUT Ethiopic"} <= families
    if Path("/usr/share/fonts/truetype/noto/NotoSansMyanmar-Regular.ttf").exists():  # fonts-noto-core
        assert {"IKUT Devanagari", "IKUT Myanmar", "IKUT Khmer", "IKUT Georgian"} <= families
    assert all(uri.startswith("file://") and uri.endswith(".ttf") for _f, uri in font_faces(FONTS))


@pytest.mark.parametrize("lang,font,sample", [("th", "IKUT-Thai", "ทักษะ"), ("ti", "IKUT-Ethiopic", "ክእለታት"),
                                              ("fa", "IKUT-Arabic", None), ("uk", "IKUT-Sans", "Профіль"),
                                              ("vi", "IKUT-Sans", "Hồ sơ kỹ năng"),
                                              # issue 14: the new scripts (fonts-noto-core)
                                              ("am", "IKUT-Ethiopic", "የክህሎት"), ("ka", "IKUT-Georgian", "უნარების"),
                                              ("my", "IKUT-Myanmar", None),
                                              ("hi", "IKUT-", None),  # NotoSans has Devanagari too
                                              ("ta", "IKUT-Tamil", None), ("km", "IKUT-Khmer", None),
                                              ("si", "IKUT-Sinhala", None), ("bn", "IKUT-Bengali", None)])
def test_profile_pdf_renders_each_script_with_its_font(starter, tmp_path, lang, font, sample):
    require_tool("pdffonts", "poppler-utils")
    participant = Participant.objects.create(organisation=make_org("A", Organisation.Kind.ASSISTANCE_SYSTEM),
                                             language=lang)
    profile = seed_profile(participant, PROFILES["Oleksandr"])
    path = tmp_path / "profile.pdf"
    path.write_bytes(render_profile_pdf(participant, profile, _profile_data(profile), staff_lang="fi"))
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert font in fonts and "DejaVu" not in fonts, fonts
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Osaamisprofiili" in text
    if sample:
        assert sample in text


def test_every_starter_occupation_uri_and_isco_code_is_real():
    with REFERENCE.open(encoding="utf-8") as handle:
        real = {row["ORIGINURI"]: row for row in csv.DictReader(handle)}
    for occ in starter_data()["occupations"]:
        assert occ["uri"] in real, occ["uri"]
        assert real[occ["uri"]]["ISCOGROUPCODE"] == occ["isco"]
        assert real[occ["uri"]]["PREFERREDLABEL"] == occ["labels"]["en"]["preferred"]


def test_starter_skill_links_point_at_starter_skills():
    data = starter_data()
    uris = {s["uri"] for s in data["skills"]}
    assert all(s.startswith("http://data.europa.eu/esco/skill/") for s in uris)
    for occ in data["occupations"]:
        assert set(occ["essential"]) | set(occ["optional"]) <= uris
        assert not set(occ["essential"]) & set(occ["optional"])
    kitchen_porter = next(o for o in data["occupations"] if o["labels"]["en"]["preferred"] == "kitchen porter")
    assert "keittiöapulainen" in kitchen_porter["labels"]["fi"]["alt"]
