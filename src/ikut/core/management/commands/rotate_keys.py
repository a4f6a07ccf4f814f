from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from ikut.core.crypto import encrypted_fields


class Command(BaseCommand):
    help = ("Re-encrypt every encrypted value with the first key in IKUT_ENCRYPTION_KEYS. "
            "Put the new key first, keep the old ones after it, run this, then remove the old keys.")

    def handle(self, *args, **options):
        total = 0
        for model in apps.get_models():
            fields = encrypted_fields(model)
            if not fields:
                continue
            names = [f.name for f in fields]
            count = 0
            with transaction.atomic():
                for row in model._base_manager.values("pk", *names).iterator(chunk_size=1000):
                    pk = row.pop("pk")
                    # values() decrypted with any key; update() encrypts with the primary key.
                    model._base_manager.filter(pk=pk).update(**row)
                    count += 1
            total += count
            self.stdout.write(f"{model._meta.label}: {count} rows re-encrypted ({', '.join(names)})")
        self.stdout.write(self.style.SUCCESS(f"done: {total} rows"))
