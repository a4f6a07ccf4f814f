"""Issue 15: ESF+ data is yes / no / not recorded, never a default that hides "not recorded".

- The four situations on leaving (exit_employed, exit_in_education_or_training, exit_job_searching,
  exit_qualification_gained) were booleans defaulting to False, so an unticked box could mean "no" or
  "never asked". They become nullable; every existing False becomes null ("not recorded") because the old
  default hid which it was. True stays True.
- The special-category characteristics (foreign_background, disability, homeless_or_housing_exclusion) go
  from nullable booleans to yes / no / declined / "" (not recorded): True → "yes", False → "no",
  null → "". New: minority (same choices) and rural_area (nullable boolean), both "not recorded".
"""

from django.db import migrations, models

SPECIAL = ["foreign_background", "disability", "homeless_or_housing_exclusion"]
EXITS = ["exit_employed", "exit_in_education_or_training", "exit_job_searching", "exit_qualification_gained"]
CHOICES = [("yes", "Yes"), ("no", "No"), ("declined", "Did not want to answer")]


def forwards(apps, schema_editor):
    Participant = apps.get_model("participants", "Participant")
    for name in EXITS:
        Participant.objects.filter(**{name: False}).update(**{name: None})
    for name in SPECIAL:
        Participant.objects.filter(**{f"{name}_old": True}).update(**{name: "yes"})
        Participant.objects.filter(**{f"{name}_old": False}).update(**{name: "no"})


def backwards(apps, schema_editor):
    Participant = apps.get_model("participants", "Participant")
    for name in SPECIAL:
        Participant.objects.filter(**{name: "yes"}).update(**{f"{name}_old": True})
        Participant.objects.filter(**{name: "no"}).update(**{f"{name}_old": False})
    for name in EXITS:
        Participant.objects.filter(**{f"{name}__isnull": True}).update(**{name: False})


class Migration(migrations.Migration):
    dependencies = [("participants", "0003_consent_case_transfer")]

    operations = [
        *[migrations.AlterField("participant", name, models.BooleanField(null=True, blank=True, verbose_name=label))
          for name, label in [("exit_employed", "employed at exit"),
                              ("exit_in_education_or_training", "in education or training at exit"),
                              ("exit_job_searching", "job searching at exit"),
                              ("exit_qualification_gained", "gained a qualification")]],
        *[migrations.RenameField("participant", name, f"{name}_old") for name in SPECIAL],
        migrations.AddField("participant", "foreign_background", models.CharField(
            blank=True, choices=CHOICES, max_length=10, verbose_name="foreign background")),
        migrations.AddField("participant", "disability", models.CharField(
            blank=True, choices=CHOICES, max_length=10, verbose_name="disability")),
        migrations.AddField("participant", "homeless_or_housing_exclusion", models.CharField(
            blank=True, choices=CHOICES, max_length=10, verbose_name="homeless or housing exclusion")),
        migrations.AddField("participant", "minority", models.CharField(
            blank=True, choices=CHOICES, max_length=10,
            verbose_name="minority (including marginalised communities such as Roma)")),
        migrations.AddField("participant", "rural_area", models.BooleanField(
            blank=True, null=True, verbose_name="lives in a rural area")),
        migrations.RunPython(forwards, backwards),
        # The old columns are dropped in 0004: PostgreSQL cannot alter a table with pending trigger events
        # (the updates above) in the same transaction.
    ]
