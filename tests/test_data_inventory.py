"""docs/data-inventory.md must name every encrypted field of every model (as app.Model.field)."""

from pathlib import Path

from django.apps import apps

from ikut.core.crypto import encrypted_fields

INVENTORY = Path(__file__).resolve().parents[1] / "docs" / "data-inventory.md"


def test_every_encrypted_field_is_in_the_data_inventory():
    text = INVENTORY.read_text(encoding="utf-8")
    missing = []
    for model in apps.get_models():
        for field in encrypted_fields(model):
            name = f"{model._meta.app_label}.{model.__name__}.{field.name}"
            if name not in text:
                missing.append(name)
    assert not missing, "add these fields to docs/data-inventory.md: " + ", ".join(sorted(missing))
