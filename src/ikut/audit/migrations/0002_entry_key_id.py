from django.db import migrations, models


class Migration(migrations.Migration):
    """Keyed audit hashes: each entry names the IKUT_AUDIT_KEY that made its HMAC. Existing entries keep
    key_id "" (plain SHA-256) and verify up to IKUT_AUDIT_LEGACY_UNTIL (docs/deployment.md)."""

    dependencies = [("audit", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="auditentry",
            name="key_id",
            field=models.CharField(blank=True, default="", max_length=16),
        ),
    ]
