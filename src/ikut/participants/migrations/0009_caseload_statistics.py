"""Extended statistics on (organisation, status) for PostgreSQL (issue 17).

PostgreSQL treats an organisation and a status as independent: for an organisation whose records are mostly closed
it estimated ≈ 4,000 open records where there were 20, walked the code index through all 100,000 records for the
caseload page (70–124 ms) and left 0008's (organisation, status, code) index unused; which plan a database got
followed ANALYZE's sample. With the pairs' most common values known (mcv) the estimate is 20–27 and the page query
takes 0.13–0.19 ms (EXPLAIN ANALYZE at 100,000 participants, docs/performance.md, 2026-12-01). SQLite has no such
statistics: nothing to do there.
"""

from django.db import migrations

NAME = "participants_participant_organisation_status"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE STATISTICS IF NOT EXISTS {NAME} (mcv) ON organisation_id, status FROM participants_participant")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP STATISTICS IF EXISTS {NAME}")


class Migration(migrations.Migration):

    dependencies = [
        ("participants", "0008_caseload_index_in_code_order"),
    ]

    operations = [migrations.RunPython(create, drop, elidable=False)]
