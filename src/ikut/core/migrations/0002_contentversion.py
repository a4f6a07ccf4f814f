from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("core", "0001_worker_heartbeat"),
    ]

    operations = [
        migrations.CreateModel(
            name="ContentVersion",
            fields=[
                ("name", models.CharField(max_length=40, primary_key=True, serialize=False)),
                ("token", models.CharField(max_length=32)),
            ],
        ),
    ]
