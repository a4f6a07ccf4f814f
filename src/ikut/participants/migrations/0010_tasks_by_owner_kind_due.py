"""Tasks indexed by (owner, kind, due_date) instead of (owner, status, due_date) (issue 17).

The index's only reader is the caseload dashboard's overdue and follow-up panels: one owner's open tasks of one
kind, by due date, the first 20. With (owner, status, due_date) the database read every open task of the owner in
two ranges (two statuses) and sorted them (SQLite: "USE TEMP B-TREE FOR ORDER BY"); with (owner, kind, due_date)
it reads them in due-date order (the primary key breaks ties, as the panels' ORDER BY due_date, id asks), checks the
status on each and stops at the 20th. The table keeps as many indexes as before. See docs/performance.md, dash9.
"""

from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('participants', '0009_caseload_statistics'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name='task',
            name='participant_owner_i_02d897_idx',
        ),
        migrations.AddIndex(
            model_name='task',
            index=models.Index(fields=['owner', 'kind', 'due_date'], name='participant_owner_i_e257ac_idx'),
        ),
    ]
