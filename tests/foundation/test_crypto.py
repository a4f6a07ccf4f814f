import base64
from io import StringIO

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


# --- The field token format (AES-256-GCM, "v2."), the old Fernet tokens, and tokens edited behind the app's back.

def raw_display_name(user) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT display_name FROM accounts_user WHERE id = %s", [user.pk])
        return cursor.fetchone()[0]


def write_raw_display_name(user, token: str):
    with connection.cursor() as cursor:
        cursor.execute("UPDATE accounts_user SET display_name = %s WHERE id = %s", [token, user.pk])


@pytest.fixture
def named_user(org):
    user = make_user(Role.CASEWORKER, org)
    user.display_name = SECRET_NAME
    user.save()
    return user


def test_new_values_are_aes_gcm_tokens_under_the_first_key_with_a_fresh_nonce(named_user, org):
    token = raw_display_name(named_user)
    assert token.startswith(crypto.TOKEN_PREFIX) and SECRET_NAME not in token
    raw = base64.urlsafe_b64decode(token[len(crypto.TOKEN_PREFIX):])
    primary_id = crypto._field_keys()[0]
    assert raw[:4] == primary_id
    assert len(raw) == 4 + 12 + len(SECRET_NAME.encode()) + 16  # key id, nonce, ciphertext, tag
    assert crypto.encrypt(SECRET_NAME) != crypto.encrypt(SECRET_NAME)  # a new nonce each time


def test_fernet_tokens_written_before_the_new_format_are_still_read_and_rotated(named_user, settings):
    old_token = crypto._fernet().encrypt(SECRET_NAME.encode()).decode()
    write_raw_display_name(named_user, old_token)
    assert User.objects.get(pk=named_user.pk).display_name == SECRET_NAME
    call_command("rotate_keys", stdout=StringIO())
    assert raw_display_name(named_user).startswith(crypto.TOKEN_PREFIX)
    assert User.objects.get(pk=named_user.pk).display_name == SECRET_NAME


def test_rotation_moves_tokens_to_the_new_key_id(named_user, settings):
    old_key = settings.IKUT_ENCRYPTION_KEYS[0]
    old_id = crypto._field_keys()[0]
    settings.IKUT_ENCRYPTION_KEYS = [Fernet.generate_key().decode(), old_key]
    new_id = crypto._field_keys()[0]
    assert new_id != old_id
    assert User.objects.get(pk=named_user.pk).display_name == SECRET_NAME  # the old key still reads
    call_command("rotate_keys", stdout=StringIO())
    raw = base64.urlsafe_b64decode(raw_display_name(named_user)[len(crypto.TOKEN_PREFIX):])
    assert raw[:4] == new_id


def flip(token: str, position: int) -> str:
    raw = bytearray(base64.urlsafe_b64decode(token[len(crypto.TOKEN_PREFIX):]))
    raw[position] ^= 0x01
    return crypto.TOKEN_PREFIX + base64.urlsafe_b64encode(bytes(raw)).decode()


@pytest.mark.parametrize("edit", [
    pytest.param(lambda t: flip(t, 20), id="ciphertext bit"),
    pytest.param(lambda t: flip(t, 6), id="nonce bit"),
    pytest.param(lambda t: flip(t, -1), id="tag bit"),
    pytest.param(lambda t: flip(t, 0), id="unknown key id"),
    pytest.param(lambda t: t[:-8], id="truncated"),
    pytest.param(lambda t: t[:12], id="too short for a tag"),
    pytest.param(lambda t: t + "AAAA", id="bytes appended"),
    pytest.param(lambda t: t.replace("v2.", "v2.!", 1), id="not base64"),
    pytest.param(lambda t: t[:-4] + "é" + t[-3:], id="not ascii"),
    pytest.param(lambda t: "v2.", id="empty"),
    pytest.param(lambda t: "gAAAAA" + t[3:], id="posing as fernet"),
])
def test_a_token_edited_behind_the_apps_back_fails_loudly(named_user, edit):
    """The attacker's path: whoever can write the database cannot make IKUT show altered or foreign text."""
    write_raw_display_name(named_user, edit(raw_display_name(named_user)))
    with pytest.raises(Exception, match="cannot be decrypted") as caught:
        User.objects.get(pk=named_user.pk)
    assert SECRET_NAME not in str(caught.value)


def test_a_token_moved_from_another_key_needs_that_key(named_user, settings):
    foreign = Fernet.generate_key().decode()
    settings.IKUT_ENCRYPTION_KEYS = [foreign]
    token = crypto.encrypt("Someone Else")
    settings.IKUT_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]  # neither the foreign nor the user's key
    write_raw_display_name(named_user, token)
    with pytest.raises(Exception, match="cannot be decrypted"):
        User.objects.get(pk=named_user.pk)
    settings.IKUT_ENCRYPTION_KEYS = [Fernet.generate_key().decode(), foreign]  # listed, not first: still read
    assert User.objects.get(pk=named_user.pk).display_name == "Someone Else"


def test_a_malformed_key_is_refused(settings):
    settings.IKUT_ENCRYPTION_KEYS = ["not-a-key"]
    with pytest.raises(ValueError, match="32 url-safe base64-encoded bytes"):
        crypto.encrypt("x")
