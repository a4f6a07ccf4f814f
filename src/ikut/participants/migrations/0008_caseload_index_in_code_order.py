"""The organisation's caseload index gains the code (issue 17): the list of an organisation's records with a status
is read in code order from the index instead of walking the code index through every organisation's records.
The new index serves every lookup the old (organisation, status) one did."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("participants", "0007_system_task_wording"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="participant",
            name="participant_organis_1412b8_idx",
        ),
        migrations.AddIndex(
            model_name="participant",
            index=models.Index(fields=["organisation", "status", "code"], name="participant_organis_41d2bc_idx"),
        ),
    ]
