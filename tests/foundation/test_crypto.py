import base64

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import connection

from ikut.accounts.models import Role, User
from ikut.core import crypto
from tests.helpers import make_user

pytestmark = pytest.mark.django_db

SECRET_NAME = "Blessing Okonkwo-Testcase"


def raw_dump() -> str:
    """Every row of every table as the database stores it (SQLite: its own dump; PostgreSQL: row_to_json)."""
    if connection.vendor == "sqlite":
        return "\n".join(connection.connection.iterdump())
    parts = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f'SELECT row_to_json(t)::text FROM "{table}" t')
            parts.extend(row[0] for row in cursor.fetchall())
    return "\n".join(parts)


def test_identifying_value_is_not_in_the_raw_database(org):
    user = make_user(Role.CASEWORKER, org)
    user.display_name = SECRET_NAME
    user.save()
    assert User.objects.get(pk=user.pk).display_name == SECRET_NAME
    dump = raw_dump()
    assert user.email in dump  # the dump is real: it does contain plain columns
    assert SECRET_NAME not in dump
    assert SECRET_NAME.split()[1] not in dump


def test_blind_index_matches_normalised_values_only_with_the_key(settings):
    a = crypto.blind_index("Blessing  OKONKWO", "1998-04-02")
    assert a == crypto.blind_index("blessing okonkwo", "1998-04-02")
    assert a != crypto.blind_index("Blessing Okonkwo", "1998-04-03")
    settings.IKUT_BLIND_INDEX_KEY = "another key"
    assert a != crypto.blind_index("blessing okonkwo", "1998-04-02")


def test_rotate_keys_re_encrypts_with_the_new_key(settings, org):
    user = make_user(Role.CASEWORKER, org)
    user.display_name = SECRET_NAME
    user.save()
    old_key = settings.IKUT_ENCRYPTION_KEYS[0]
    new_key = Fernet.generate_key().decode()
    settings.IKUT_ENCRYPTION_KEYS = [new_key, old_key]
    call_command("rotate_keys")
    settings.IKUT_ENCRYPTION_KEYS = [new_key]  # the old key is gone
    assert User.objects.get(pk=user.pk).display_name == SECRET_NAME


def test_value_is_unreadable_without_the_key(settings, org):
    user = make_user(Role.CASEWORKER, org)
    user.display_name = SECRET_NAME
    user.save()
    settings.IKUT_ENCRYPTION_KEYS = [base64.urlsafe_b64encode(b"z" * 32).decode()]
    with pytest.raises(Exception, match="cannot be decrypted"):
        User.objects.get(pk=user.pk)
