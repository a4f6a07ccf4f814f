"""The code table in ikut/reporting/esf.py equals the ESF+ indicator list of the project's checked facts
(FACTS.md, kept outside this repository).

A copy of its ESF+ section is committed in tests/data/esf_indicators_facts.md (with its source), and the code
table is always compared with that copy. Where the environment variable IKUT_FACTS_FILE names the shared
FACTS.md (.ci/run sets it when the shared folder is checked out beside the clone), the copy must still equal
it; without the variable that one comparison is skipped with a message saying so.
"""

import os
import re
from pathlib import Path

import pytest

from ikut.reporting import esf

ROOT = Path(__file__).resolve().parents[2]
COPY = ROOT / "tests" / "data" / "esf_indicators_facts.md"
ROW = re.compile(r"^\|\s*(EE[A-Z]{2}\d{2})\s*\|\s*(.+?)\s*\|\s*$", re.M)




def parse(text):
    start = text.index("## ESF+ common indicators")
    end = text.find("\n## ", start + 1)
    return ROW.findall(text[start:end if end != -1 else None])


def test_code_table_equals_the_committed_copy_of_facts():
    table = parse(COPY.read_text(encoding="utf-8"))
    assert len(table) == 24
    assert [(i.code, i.annex) for i in esf.INDICATORS] == table


def test_committed_copy_equals_the_shared_facts_file():
    configured = os.environ.get("IKUT_FACTS_FILE")
    if not configured:
        pytest.skip("IKUT_FACTS_FILE is not set: the code table was checked against the committed copy "
                    "tests/data/esf_indicators_facts.md only, not against the shared FACTS.md")
    path = Path(configured)
    assert path.is_file(), f"IKUT_FACTS_FILE points at {path}, which does not exist"
    assert parse(COPY.read_text(encoding="utf-8")) == parse(path.read_text(encoding="utf-8"))


def test_the_parser_would_notice_a_shifted_code():
    shifted = COPY.read_text(encoding="utf-8").replace("| EECO02 | unemployed, including long-term unemployed |",
                                                       "| EECO02 | long-term unemployed |")
    assert parse(shifted) != [(i.code, i.annex) for i in esf.INDICATORS]


def test_every_code_has_a_row_on_the_screen_and_in_the_exports():
    keys = {row.code for row in esf.ALL_ROWS if row.code}
    assert keys == {i.code for i in esf.INDICATORS}
