from django.db import migrations

# TRUNCATE fires no row-level trigger, so the append-only trigger of 0001 does not see it: a statement-level
# trigger refuses it (same function, TG_OP names the operation).
PG_GUARD = """
CREATE TRIGGER audit_auditentry_no_truncate
  BEFORE TRUNCATE ON audit_auditentry
  FOR EACH STATEMENT EXECUTE FUNCTION ikut_audit_append_only();
"""
PG_UNGUARD = "DROP TRIGGER IF EXISTS audit_auditentry_no_truncate ON audit_auditentry;"


def guard(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(PG_GUARD, params=None)


def unguard(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(PG_UNGUARD, params=None)


class Migration(migrations.Migration):
    dependencies = [("audit", "0002_entry_key_id")]

    operations = [migrations.RunPython(guard, unguard)]
