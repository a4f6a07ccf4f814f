"""participants migrations 0004_esf_tristate + 0005_esf_tristate_drop_old: the old defaults become "not recorded"
(issue 15)."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("participants", "0003_consent_case_transfer")]
AFTER = [("participants", "0005_esf_tristate_drop_old")]


@pytest.mark.django_db(transaction=True)
def test_old_defaults_become_not_recorded_and_booleans_become_answers():
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    Organisation = old.get_model("accounts", "Organisation")
    Participant = old.get_model("participants", "Participant")
    org = Organisation.objects.create(name="Migration org", kind="assistance_system")
    rows = {
        "unticked": dict(exit_employed=False, exit_job_searching=False, disability=None, foreign_background=False),
        "ticked": dict(exit_employed=True, exit_job_searching=False, disability=True, foreign_background=True,
                       homeless_or_housing_exclusion=False),
    }
    for code, fields in rows.items():
        Participant.objects.create(code=code, organisation=org, **fields)
    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps.get_model("participants", "Participant")
    unticked, ticked = new.objects.get(code="unticked"), new.objects.get(code="ticked")
    # A False that the old default may have written is "not recorded" now; True stays yes.
    assert (unticked.exit_employed, unticked.exit_job_searching, unticked.exit_qualification_gained) == (
        None, None, None)
    assert (ticked.exit_employed, ticked.exit_job_searching) == (True, None)
    # Special categories: True → yes, False → no, null → not recorded; new fields start not recorded.
    assert (unticked.disability, unticked.foreign_background, unticked.homeless_or_housing_exclusion) == (
        "", "no", "")
    assert (ticked.disability, ticked.foreign_background, ticked.homeless_or_housing_exclusion) == (
        "yes", "yes", "no")
    assert (ticked.minority, ticked.rural_area) == ("", None)
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
