"""The one helper every feature uses to audit: `log.record(actor, "participants.participant.view", obj, ip=...)`
(in a view: `log.record_request(request, ...)`). Action codes come from `audit/codes.py`."""

import datetime
import hmac
import json
import logging
import math

from django.conf import settings
from django.db import models, transaction
from django.db.models import signals
from django.utils import timezone

from ikut.core.actors import SystemActor, user_of
from ikut.core.lazy import unwrapped
from ikut.core.net import client_ip

from . import codes
from .models import GENESIS, AuditEntry, AuditHead, UnknownAuditKey, keyed_digest, signing_key_id

logger = logging.getLogger(__name__)


def _subject(obj):
    """A pseudonymous handle: an object's `audit_label` (e.g. IK-2026-0042), else model and primary key."""
    if obj is None:
        return "", ""
    if isinstance(obj, tuple):
        subject_type, subject_id = obj
        return _text(subject_type), _text(subject_id)
    label = getattr(obj, "audit_label", None)
    return obj._meta.label_lower, _text(label if label is not None else obj.pk)


def _text(value):
    return "" if value is None else str(value)


def _plain(value):
    """`value` as JSON gives it back: string keys, lists, finite numbers; anything else as text."""
    if isinstance(value, dict):
        return {_text(key): _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float) and math.isfinite(value):
        return value
    return str(value)


def _as_stored(entry):
    """Give every hashed value the form the database gives back, so an entry verifies after a round trip
    (SQLite and PostgreSQL alike): text columns as text, details as plain JSON (string keys, lists, numbers
    and strings; dates, decimals and ids as text), the IP address as the address field stores it."""
    for name in ("actor_label", "actor_role", "action", "subject_type", "subject_id", "reason"):
        setattr(entry, name, _text(getattr(entry, name)))
    entry.details = _plain(entry.details or {})
    entry.ip = AuditEntry._meta.get_field("ip").get_prep_value(entry.ip) or None
    if entry.organisation_id is not None:
        entry.organisation_id = int(entry.organisation_id)


def _check_code(action):
    """Refuse a code the registry does not hold (audit/codes.py). In production the entry is written anyway
    and the problem logged: an audit entry with an odd code beats a lost one."""
    if codes.is_registered(action):
        return
    message = f"audit action code {action!r} is not registered in ikut/audit/codes.py"
    if settings.PRODUCTION:
        logger.error(message)
        return
    raise ValueError(message)


def _who(actor):
    """(user or None, label, role, organisation id) of an actor."""
    if isinstance(actor, SystemActor):
        return None, actor.label, "", None
    user = user_of(actor)
    if user is None:
        return None, "", "", None
    return user, user.email, getattr(user, "role", ""), getattr(user, "organisation_id", None)


def record(actor, action, subject=None, *, reason="", details=None, ip=None):
    """Append one entry. `actor` is who acted: a user (in a view `request.user`, anonymous on public pages) or
    a system actor (`ikut.core.actors.system("task name")`); `ip` is the client address when a request
    caused it (`ikut.core.net.client_ip`). `action` must be registered in `audit/codes.py`; `subject` is a
    model instance or (type, id); `details` must hold no personal data."""
    if actor is None or hasattr(actor, "META"):
        raise TypeError("audit.log.record needs who acted: a user (request.user in a view; see record_request) or "
                        "a system actor (ikut.core.actors.system)")
    _check_code(action)
    user, actor_label, actor_role, organisation_id = _who(actor)
    subject_type, subject_id = _subject(subject)
    entry = AuditEntry(actor=user, actor_label=actor_label, actor_role=actor_role, organisation_id=organisation_id,
                       action=action, subject_type=subject_type, subject_id=subject_id, reason=reason or "", ip=ip,
                       details=details or {}, key_id=signing_key_id())
    _as_stored(entry)
    # Everything above is done before the head is locked; under the lock only what needs the previous hash: the
    # hash itself, the entry's insert and the head's move. The lock is held until the commit (the caller's, when
    # the entry is part of a change). Appends wait in line for the lock: trying without it first (read the head,
    # move it only if unchanged, else start again) was measured slower as soon as two appends meet, because every
    # loser waits for the winner's commit anyway and then starts again behind the next one.
    with transaction.atomic():
        connection = transaction.get_connection()
        sql = _statements(connection)
        with connection.cursor() as cursor:
            cursor.execute(sql.read_head)
            head = cursor.fetchone()
            if head is None:  # an emptied database (flush, restore): the chain starts again
                created = AuditHead.objects.select_for_update().get_or_create(pk=1, defaults={"hash": GENESIS})[0]
                head = (created.seq, created.hash)
            _chain(entry, *head)
            _insert(connection, cursor, sql, entry)
            cursor.execute(sql.move_head, [entry.seq, entry.hash])
    return entry


# An audited page runs these three statements on every request (under the head's lock, in this order): written
# out once per database vendor instead of built per append, with the same SQL the ORM sends for them (the head's
# read with FOR UPDATE where the database has it, as select_for_update() does; the entry's INSERT with every
# concrete field but the id, RETURNING the id where the database can, as Model.save() does).
class _Statements:
    def __init__(self, connection):
        quote = connection.ops.quote_name
        head = quote(AuditHead._meta.db_table)
        lock = " FOR UPDATE" if connection.features.has_select_for_update else ""
        self.read_head = f"SELECT seq, hash FROM {head} WHERE id = 1{lock}"
        self.move_head = f"UPDATE {head} SET seq = %s, hash = %s WHERE id = 1"
        meta = AuditEntry._meta
        self.table = meta.db_table
        self.pk = meta.pk
        self.fields = [f for f in meta.local_concrete_fields if not f.generated and f is not meta.auto_field]
        # A str in a CharField or TextField goes to the database as it is (their get_db_prep_save returns it
        # unchanged; _as_stored made every text column a str): only the other fields are asked to prepare theirs.
        self.text = [type(f) in (models.CharField, models.TextField) for f in self.fields]
        columns = ", ".join(quote(f.column) for f in self.fields)
        values = ", ".join(["%s"] * len(self.fields))
        self.returning = connection.features.can_return_columns_from_insert
        returning = f" RETURNING {quote(self.pk.column)}" if self.returning else ""
        self.insert = f"INSERT INTO {quote(self.table)} ({columns}) VALUES ({values}){returning}"


_statements_of: dict = {}  # database vendor -> _Statements


def _statements(connection):
    sql = _statements_of.get(connection.vendor)
    if sql is None:
        sql = _statements_of[connection.vendor] = _Statements(connection)
    return sql


def _insert(connection, cursor, sql, entry):
    """Insert `entry` as Model.save() would: each value as its field prepares it for the database, the id read
    back, and pre_save/post_save sent (receivers see what they saw when the ORM saved). No field of AuditEntry
    computes its value when saved (no auto_now, no default left unset), so each value is the attribute's."""
    using = connection.alias
    signals.pre_save.send(sender=AuditEntry, instance=entry, raw=False, using=using, update_fields=None)
    values = []
    for field, text in zip(sql.fields, sql.text, strict=True):
        value = getattr(entry, field.attname)
        values.append(value if text and type(value) is str else field.get_db_prep_save(value, connection))
    cursor.execute(sql.insert, values)
    if sql.returning:
        entry.pk = cursor.fetchone()[0]
    else:
        entry.pk = connection.ops.last_insert_id(cursor, sql.table, sql.pk.column)
    entry._state.db = using
    entry._state.adding = False
    signals.post_save.send(sender=AuditEntry, instance=entry, created=True, update_fields=None, raw=False,
                           using=using)


def _chain(entry, prev_seq, prev_hash):
    """Make `entry` the one after (prev_seq, prev_hash). The time is taken under the head's lock, after the entry
    before it committed: time never goes backwards along the chain."""
    now = timezone.now()
    entry.seq = prev_seq + 1
    # Millisecond precision: what JSON fixtures (backups) keep, so restored entries still verify.
    entry.at = now.replace(microsecond=now.microsecond // 1000 * 1000)
    entry.prev_hash = prev_hash
    entry.hash = entry.compute_hash(prev_hash)


def record_request(request, action, subject=None, **kwargs):
    """`record` for a view: the signed-in user (or the anonymous visitor) and the client address of `request`.
    Views use it for what they audit themselves (reads, exports, denials, sign-in); writes go through an
    action, which the view calls with `request.user` and `ip=client_ip(request)`."""
    # The user object behind request.user's lazy proxies (Django's and django-otp's): the same user, read without
    # the proxies' cost on each of the attributes the entry takes.
    return record(unwrapped(request.user), action, subject, ip=client_ip(request), **kwargs)


DENIED_WINDOW_SECONDS = 600


def record_denied(request, action="", subject_type=""):
    """Audit an access the policy refused (404): route name, rule and object type — never the path, the query or
    an id. De-duplicated per user (or client address), route and object type for DENIED_WINDOW_SECONDS, so a
    flood of probes writes one entry per route, not one per request."""
    from ikut.core.throttle import client_ip, first_in_window

    match = getattr(request, "resolver_match", None)
    route = match.view_name if match else ""
    user = getattr(request, "user", None)
    who = f"user:{user.pk}" if user is not None and user.is_authenticated else f"ip:{client_ip(request)}"
    if not first_in_window("denied", f"{who}|{route}|{action}|{subject_type}", DENIED_WINDOW_SECONDS):
        return None
    return record_request(request, "access.request.deny",
                          details={"route": route, "rule": action, "object": subject_type})


def verify(checkpoints=()):
    """Walk the chain. Return (ok, message, entries_checked); the message names the first bad entry.

    `checkpoints` (from `read_checkpoints`) are signed (seq, head hash) pairs kept outside the database: the
    chain must still reach each one's seq with the same hash, else entries were deleted from the end and the
    head rewound (or the table emptied) since the checkpoint."""
    expected_prev = GENESIS
    expected_seq = 1
    checked = 0
    previous_at = datetime.datetime.min.replace(tzinfo=datetime.UTC)
    keyed_seen = False
    wanted = {cp["seq"] for cp in checkpoints}
    hash_at = {0: GENESIS}
    for entry in AuditEntry.objects.order_by("seq", "pk").iterator(chunk_size=2000):
        where = f"entry seq={entry.seq} (id={entry.pk})"
        if entry.seq != expected_seq:
            kind = "deleted" if entry.seq > expected_seq else "inserted or duplicated"
            return False, f"{where}: expected seq {expected_seq}; an entry was {kind}", checked
        if entry.prev_hash != expected_prev:
            return (False, f"{where}: does not follow the previous entry; entries were inserted, deleted or reordered",
                    checked)
        if not entry.key_id and (keyed_seen or entry.seq > settings.IKUT_AUDIT_LEGACY_UNTIL):
            return False, (f"{where}: has no key (plain SHA-256), but only entries up to "
                           f"IKUT_AUDIT_LEGACY_UNTIL={settings.IKUT_AUDIT_LEGACY_UNTIL} may; the chain was recomputed "
                           "without the audit key (after an upgrade, see docs/deployment.md)"), checked
        keyed_seen = keyed_seen or bool(entry.key_id)
        try:
            matches = hmac.compare_digest(entry.compute_hash(entry.prev_hash), entry.hash)
        except UnknownAuditKey:
            return False, (f"{where}: signed with audit key id {entry.key_id}, which IKUT_AUDIT_KEY does not hold; "
                           "add the old key after the new one"), checked
        if not matches:
            return False, f"{where}: content does not match its hash; the entry was edited", checked
        if entry.at < previous_at:
            return False, f"{where}: time goes backwards; entries were reordered", checked
        previous_at = entry.at
        expected_prev = entry.hash
        expected_seq += 1
        checked += 1
        if entry.seq in wanted:
            hash_at[entry.seq] = entry.hash
    head = AuditHead.objects.filter(pk=1).first()
    if head and (head.seq != checked or head.hash != expected_prev):
        return (False, f"the log ends at seq={checked} but the head records seq={head.seq}; entries were deleted "
                "from the end", checked)
    for cp in checkpoints:
        if cp["seq"] > checked:
            return False, (f"the log ends at seq={checked} but the checkpoint of {cp['at']} recorded seq={cp['seq']}; "
                           "entries were deleted from the end (or the log emptied) and the head rewound"), checked
        if hash_at[cp["seq"]] != cp["hash"]:
            return False, (f"entry seq={cp['seq']} does not have the hash the checkpoint of {cp['at']} recorded; "
                           "the chain was rewritten since"), checked
    suffix = f", consistent with {len(checkpoints)} checkpoint(s)" if checkpoints else ""
    return True, f"audit chain intact: {checked} entries{suffix}", checked


# ---------------------------------------------------------------- checkpoints kept outside the database
CHECKPOINT_TAG = "ikut-audit-checkpoint"


def _signed_part(cp):
    return json.dumps({k: cp[k] for k in ("seq", "hash", "at", "key_id")}, sort_keys=True, separators=(",", ":"))


def make_checkpoint():
    """The current head (seq, hash), timestamped and signed with the first IKUT_AUDIT_KEY: one JSON text."""
    head = AuditHead.objects.filter(pk=1).first()
    cp = {"seq": head.seq if head else 0, "hash": head.hash if head else GENESIS,
          "at": timezone.now().isoformat(timespec="seconds"), "key_id": signing_key_id()}
    cp["signature"] = keyed_digest(cp["key_id"], CHECKPOINT_TAG + _signed_part(cp))
    return json.dumps(cp, sort_keys=True)


class BadCheckpoint(ValueError):
    pass


def read_checkpoints(text):
    """Every checkpoint in `text` (a checkpoint file, or syslog lines: text before the first "{" on a line is
    ignored). Raises BadCheckpoint naming the line when one is malformed or its signature does not verify."""
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip().rstrip("\x00").strip()
        if CHECKPOINT_TAG not in line and "{" not in line:
            continue
        try:
            cp = json.loads(line[line.index("{"):])
            seq, digest = int(cp["seq"]), str(cp["hash"])
            if seq < 0 or len(digest) != 64:
                raise ValueError
            expected = keyed_digest(str(cp["key_id"]), CHECKPOINT_TAG + _signed_part(cp))
        except UnknownAuditKey:
            raise BadCheckpoint(
                f"checkpoint line {number} names an audit key id IKUT_AUDIT_KEY does not hold") from None
        except (ValueError, KeyError, TypeError):
            raise BadCheckpoint(f"checkpoint line {number} is not a checkpoint") from None
        if not hmac.compare_digest(expected, str(cp.get("signature", ""))):
            raise BadCheckpoint(
                f"checkpoint line {number}: the signature does not verify; the checkpoint was forged or edited")
        found.append({"seq": seq, "hash": digest, "at": str(cp["at"])})
    return found
