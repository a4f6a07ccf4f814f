"""Content versions: shared reference content cached in each process, with every edit seen at once everywhere.

Reference content that many requests read and staff rarely change — the skills taxonomy, the rights content
behind the job-offer check — is read from the database once per process and kept in memory, keyed by a stamp
stored in the database (core.ContentVersion):

  stamp(name)          the current stamp: one primary-key read at each use, so an edit made in any process
                       (another gunicorn worker, the `ikut` command) is seen by the next request in every one
  bump(name)           a new stamp, written in the transaction that changes the content: every save or delete
                       of the content's models does it (bump_on_change, connected in the apps' ready());
                       bulk writes (imports, queryset.update) call bump() themselves
  cached(name, build)  build() once per stamp in this process

The stamp is a random token, not a counter: a rolled-back transaction (a refused import, every test) returns
the table to an older stamp, and a counter would then hand out the same number again for other content.
"""

import secrets
import threading

from django.db import connection
from django.db.models.signals import post_delete, post_save

_held: dict[str, tuple] = {}
_lock = threading.Lock()


def stamp(name):
    from .models import ContentVersion

    table = connection.ops.quote_name(ContentVersion._meta.db_table)
    with connection.cursor() as cursor:  # plain SQL: this runs on every use, and the ORM's overhead is most of it
        cursor.execute(f"SELECT token FROM {table} WHERE name = %s", [name])
        row = cursor.fetchone()
    return row[0] if row else ""


def bump(name):
    from .models import ContentVersion

    token = secrets.token_hex(16)
    if not ContentVersion.objects.filter(name=name).update(token=token):
        ContentVersion.objects.update_or_create(name=name, defaults={"token": token})


def cached(name, build):
    """build() computed at most once per stamp of `name` in this process. The stamp is read before the content,
    so content newer than its stamp is at worst built once more, never served under a newer stamp."""
    token = stamp(name)
    held = _held.get(name)
    if held is not None and held[0] == token:
        return held[1]
    value = build()
    with _lock:
        _held[name] = (token, value)
    return value


def bump_on_change(name, *models):
    """Bump `name` whenever a row of one of `models` is saved or deleted (through the ORM, in the same
    transaction)."""

    def receiver(sender, raw=False, **kwargs):
        if raw:  # loaddata / `ikut restore`: the stamp is restored with the rows
            return
        bump(name)

    for model in models:
        for signal in (post_save, post_delete):
            signal.connect(receiver, sender=model, weak=False, dispatch_uid=f"versions:{name}:{model._meta.label}")
