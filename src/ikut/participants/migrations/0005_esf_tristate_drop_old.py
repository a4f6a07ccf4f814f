"""Issue 15, second step of 0004_esf_tristate: drop the old boolean columns of the special categories."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("participants", "0004_esf_tristate")]

    operations = [migrations.RemoveField("participant", f"{name}_old")
                  for name in ["foreign_background", "disability", "homeless_or_housing_exclusion"]]
