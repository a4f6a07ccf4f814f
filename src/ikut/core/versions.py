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
  using(name, build, work)
                       work(content) with cached()'s content, the stamp read travelling to the database while
                       work() runs on the content already held (PostgreSQL): the same freshness as cached(), one
                       network round trip overlapped instead of added (see read_ahead)

The stamp is a random token, not a counter: a rolled-back transaction (a refused import, every test) returns
the table to an older stamp, and a counter would then hand out the same number again for other content.
"""

import secrets
import select
import threading
import time

from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.db.models.signals import post_delete, post_save

_held: dict[str, tuple] = {}
_lock = threading.Lock()


def _stamp_sql(placeholder, conn=None):
    """The stamp query (plain SQL: it runs on every use, and the ORM's overhead would be most of it), made once per
    placeholder and database backend."""
    conn = connection if conn is None else conn
    key = (placeholder, conn.vendor)
    sql = _stamp_sqls.get(key)
    if sql is None:
        from .models import ContentVersion

        sql = f"SELECT token FROM {conn.ops.quote_name(ContentVersion._meta.db_table)} WHERE name = {placeholder}"
        _stamp_sqls[key] = sql
    return sql


_stamp_sqls: dict[tuple[str, str], str] = {}


def stamp(name):
    with connection.cursor() as cursor:
        cursor.execute(_stamp_sql("%s"), [name])
        row = cursor.fetchone()
    return row[0] if row else ""


class read_ahead:
    """`with read_ahead(name) as ahead: work()`, then `ahead.token` is the stamp as of entering the block.

    On PostgreSQL (psycopg 3, connection idle) the query is sent on entry and its answer collected on exit: a
    round trip to the database costs 0.06-0.3 ms (more when the backend has to be scheduled again on a busy
    machine), as much as the work it guards, and here it runs while the work does. Anywhere else, or when the
    connection is busy, the stamp is read on entry with stamp(). The query is sent on Django's connection as it
    is (same transaction, same snapshot rules as stamp()); it is logged in connection.queries like any other, so
    query counts stay true. The answer is always collected, also when the work raised, so the connection is
    left as it was found. Outside a transaction the query is a statement prepared once per session (_prepare)."""

    def __init__(self, name, conn=None):
        self.name = name
        self.token = None
        self._pgconn = None
        self._prepared = False
        # Once (or the caller's): each attribute of django.db.connection is a lookup in a thread-local.
        self._conn = connections[DEFAULT_DB_ALIAS] if conn is None else conn

    def __enter__(self):
        conn = self._conn
        conn.ensure_connection()
        raw = conn.connection
        pgconn = getattr(raw, "pgconn", None)  # psycopg 3 only
        if pgconn is not None and conn.vendor == "postgresql" and not conn.needs_rollback:
            pq = _pq()
            status = pgconn.transaction_status
            # Idle in autocommit, or inside a transaction psycopg has begun; not idle with autocommit off (psycopg
            # would send BEGIN before its next query, and this read must belong to that transaction).
            idle = status == pq.TransactionStatus.IDLE and raw.autocommit
            if idle or status == pq.TransactionStatus.INTRANS:
                self._sql = _stamp_sql("$1", conn)  # libpq's own placeholder: no Django cursor here
                self._started = time.perf_counter()
                if idle and self._prepare(raw, pgconn):
                    pgconn.send_query_prepared(_STAMP_STATEMENT, [self.name.encode()])
                    self._prepared = True
                else:
                    pgconn.send_query_params(self._sql.encode(), [self.name.encode()])
                pgconn.flush()
                self._pgconn = pgconn
                return self
        self.token = stamp(self.name)
        return self

    def _prepare(self, raw, pgconn):
        """Whether this connection's session has the stamp query prepared (_STAMP_STATEMENT), preparing it the
        first time (one round trip per connection). Only outside a transaction (autocommit, idle), where a failed
        statement aborts nothing: if the statement has gone (a pooler, DEALLOCATE), the read fails, is made again
        the ordinary way (_collect), and the statement is prepared again at the next read."""
        if getattr(self._conn, "_ikut_stamp_prepared", None) == (raw, self._sql):
            return True
        result = pgconn.prepare(_STAMP_STATEMENT, self._sql.encode())
        if result.status != _pq().ExecStatus.COMMAND_OK:  # e.g. already prepared in a pooled session: not used
            return False
        self._conn._ikut_stamp_prepared = (raw, self._sql)
        return True

    def __exit__(self, *exc_info):
        if self._pgconn is not None:
            self.token = self._collect()
        return False

    def _collect(self):
        pq = _pq()
        pgconn, self._pgconn = self._pgconn, None
        while True:  # wait for the whole answer (usually already in the socket's buffer)
            pgconn.consume_input()
            if not pgconn.is_busy():
                break
            select.select([pgconn.socket], [], [])
        token, failed = "", False
        while (result := pgconn.get_result()) is not None:  # drain: the connection must be idle for Django
            if result.status != pq.ExecStatus.TUPLES_OK:
                failed = True
            elif result.ntuples:
                token = result.get_value(0, 0).decode()
        if self._conn.queries_logged:
            self._conn.queries_log.append({"sql": self._sql.replace("$1", f"'{self.name}'"),
                                           "time": f"{time.perf_counter() - self._started:.3f}"})
        if failed:  # e.g. the transaction was already aborted: read it the ordinary way, with Django's errors
            if self._prepared:
                self._conn._ikut_stamp_prepared = None  # prepared again at the next read
            return stamp(self.name)
        return token


def _pq():
    """psycopg.pq, imported by the first read on PostgreSQL (a SQLite worker never loads psycopg) and then kept: an
    import statement costs a trip through the import machinery at every read, three times per read (issue 17)."""
    global _pq_module
    if _pq_module is None:
        from psycopg import pq

        _pq_module = pq
    return _pq_module


_pq_module = None


# The stamp query as a statement prepared once per database session: PostgreSQL parses and plans an unnamed
# statement at every execution, which cost its backend ≈ 80 µs of CPU per read against ≈ 30 µs prepared (issue 17,
# measured on 2 cores shared with the web workers), and the round trip 170 → 70 µs.
_STAMP_STATEMENT = b"ikut_content_stamp"


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


def using(name, build, work):
    """work(content of `name`): as work(cached(name, build)), with the stamp read overlapped with work() when
    this process already holds content."""
    return run_fresh(name, _held.get(name), work, lambda: cached(name, build))


def run_fresh(name, held, work, current):
    """work(value) for the value of the current stamp of `name`. `held` is (stamp, value) this process holds,
    or None; current() reads the stamp and returns the value for it. work() runs on the held value while the
    stamp read travels (read_ahead) and again on current() if the stamp moved meanwhile — also when it raised
    (the input may be valid only for the new content). So work() must only compute: no database writes."""
    # SQLite reads in-process: there is no round trip to overlap.
    conn = connections[DEFAULT_DB_ALIAS]
    if held is None or conn.vendor != "postgresql":
        return work(current())
    with read_ahead(name, conn) as ahead:
        try:
            result, error = work(held[1]), None
        except Exception as exc:  # judged below, once the stamp is known
            result, error = None, exc
    if ahead.token != held[0]:
        return work(current())
    if error is not None:
        raise error
    return result


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
