from pathlib import Path

from cryptography.fernet import InvalidToken
from django.apps import apps
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from ikut.core.crypto import encrypted_fields, rotate_file

STORAGE_NAME_FIELD = "storage_name"  # models that keep an encrypted file name it so


class Command(BaseCommand):
    help = ("Re-encrypt every encrypted value (also rewriting values stored in the pre-2026-12 Fernet format) and "
            "every encrypted stored file (uploaded documents) with the "
            "first key in IKUT_ENCRYPTION_KEYS. Put the new key first, keep the old ones after it, run this "
            "until it reports success (it is safe to run again after an interruption), then remove the old keys.")

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
        self._rotate_files()

    def _rotate_files(self):
        """Every encrypted stored file the database refers to (a model's `storage_name` field, e.g.
        participants' documents), one at a time."""
        names = stored_file_names()
        try:
            root = Path(default_storage.path(""))
        except NotImplementedError:
            if not names:
                return
            raise CommandError("stored files are not on a local file system; rotate them with that storage's "
                               "own tools before removing the old key") from None
        rotated = current = 0
        failed = []
        for name in names:
            path = root / name
            leftover = path.with_name(path.name + ".rotating")
            if leftover.exists():
                leftover.unlink()  # an interrupted earlier run; the original beside it is intact
            try:
                if rotate_file(path):
                    rotated += 1
                else:
                    current += 1
            except (InvalidToken, OSError) as exc:
                failed.append(f"{name} ({exc.__class__.__name__})")
        self.stdout.write(f"files: {rotated} re-encrypted, {current} already under the new key")
        if failed:
            raise CommandError(f"{len(failed)} stored files could not be re-encrypted; keep the old keys: "
                               + ", ".join(failed))
        self.stdout.write(self.style.SUCCESS("done: every stored file is under the new key"))


def stored_file_names():
    """Storage names of encrypted files, from every model with a `storage_name` field (the convention for
    encrypted uploads)."""
    names = []
    for model in apps.get_models():
        if any(field.name == STORAGE_NAME_FIELD for field in model._meta.concrete_fields):
            names += model._base_manager.exclude(**{STORAGE_NAME_FIELD: ""}).values_list(STORAGE_NAME_FIELD,
                                                                                         flat=True)
    return sorted(set(names))
