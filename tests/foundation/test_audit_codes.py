"""issue 19: one registry of audit action codes (`ikut/audit/codes.py`, `<app>.<object>.<verb>`, each with a
translated label), actions that take an actor (a user or a system actor) instead of the request, and audit
pages that show labels, not codes."""

import ast
import io
import logging
import re
from pathlib import Path
from unittest import mock

import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.urls import reverse

from ikut.accounts.models import Role
from ikut.audit import codes, log
from ikut.audit.models import AuditEntry
from ikut.core.actors import system
from tests.helpers import make_user, sign_in

SRC = Path(__file__).resolve().parents[2] / "src" / "ikut"
# Functions that pass a code they were given on to `record` (their callers' literal codes are checked instead).
PASSES_A_CODE_ON = {("audit/log.py", "record_request"), ("participants/views.py", "_open")}


def _literal_codes(node):
    """The code strings `node` can evaluate to (a literal or `a if c else b` of literals), or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        body, orelse = _literal_codes(node.body), _literal_codes(node.orelse)
        if body is not None and orelse is not None:
            return body + orelse
    return None


class CodeFinder(ast.NodeVisitor):
    """Every code passed to `record`/`record_request` (second argument or `action=`) or as `audit=`."""

    def __init__(self, relative):
        self.relative, self.functions, self.found, self.not_literal = relative, [""], {}, []

    def visit_FunctionDef(self, node):
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    def visit_Call(self, node):
        called = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        passed = [kw.value for kw in node.keywords if kw.arg == "audit"]
        if called in ("record", "record_request"):
            passed += node.args[1:2] + [kw.value for kw in node.keywords if kw.arg == "action"]
        for value in passed:
            where = f"{self.relative}:{node.lineno}"
            literal = _literal_codes(value)
            if literal is None and (self.relative, self.functions[-1]) not in PASSES_A_CODE_ON:
                self.not_literal.append((where, ast.unparse(value)))
            for code in literal or []:
                self.found.setdefault(code, set()).add(where)
        self.generic_visit(node)


def codes_in_source():
    """({code: {where}}, [(where, expression) of a code that is not a literal outside PASSES_A_CODE_ON])."""
    found, not_literal = {}, []
    for path in sorted(SRC.rglob("*.py")):
        finder = CodeFinder(path.relative_to(SRC).as_posix())
        finder.visit(ast.parse(path.read_text(encoding="utf-8")))
        for code, where in finder.found.items():
            found.setdefault(code, set()).update(where)
        not_literal += finder.not_literal
    return found, not_literal


def test_every_code_in_the_source_is_registered_and_in_style():
    found, not_literal = codes_in_source()
    assert len(found) > 100, "the walk should find the codes of every app"
    assert not not_literal, f"write the code as a literal so it can be checked: {not_literal}"
    unregistered = {code: sorted(where) for code, where in found.items() if not codes.is_registered(code)}
    assert not unregistered, f"register these in ikut/audit/codes.py: {unregistered}"
    badly_styled = {code: codes.style_problem(code) for code in found if codes.style_problem(code)}
    assert not badly_styled, badly_styled
    unused = sorted(set(codes.CODES) - set(found))
    assert not unused, f"registered but never written (remove them or map them in LEGACY): {unused}"


def test_the_registry_is_in_one_style_and_old_codes_map_to_registered_ones():
    assert not {code: codes.style_problem(code) for code in codes.CODES if codes.style_problem(code)}
    assert all(new in codes.CODES for new in codes.LEGACY.values())
    assert not set(codes.LEGACY) & set(codes.CODES)
    assert codes.style_problem("participants.break_glass") and codes.style_problem("reporting.survey.status")
    assert codes.style_problem("nowhere.record.view") and codes.style_problem("Participants.record.view")


@pytest.mark.django_db
def test_an_unregistered_or_old_code_is_refused_in_development_and_tests(org):
    user = make_user(Role.CASEWORKER, org)
    for code in ("participants.record.peek", "participants.break_glass", "test.event"):
        with pytest.raises(ValueError, match="not registered"):
            log.record(user, code, ("participant", "IK-2026-0001"))
    assert not AuditEntry.objects.exists()


@pytest.mark.django_db
def test_in_production_an_unregistered_code_is_written_and_logged(org, settings, caplog):
    settings.PRODUCTION = True
    user = make_user(Role.CASEWORKER, org)
    with caplog.at_level(logging.ERROR, logger="ikut.audit.log"):
        entry = log.record(user, "participants.record.peek", ("participant", "IK-2026-0001"))
    assert entry.pk and "participants.record.peek" in caplog.text
    assert log.verify()[0]


@pytest.mark.django_db
def test_record_needs_to_know_who_acted():
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    for nobody in (None, request):
        with pytest.raises(TypeError, match="who acted"):
            log.record(nobody, "participants.caseload.view")
    assert not AuditEntry.objects.exists()


@pytest.mark.django_db
def test_a_system_actor_is_named_in_the_entry_and_stands_in_no_users_place(org):
    entry = log.record(system("retention"), "participants.participant.anonymise", ("participant", "IK-2026-0001"))
    assert (entry.actor_id, entry.actor_label, entry.actor_role, entry.organisation_id, entry.ip) == (
        None, "system: retention", "", None, None)
    visitor = log.record(AnonymousUser(), "events.registration.create", ("events.registration", "1"), ip="203.0.113.9")
    assert (visitor.actor_id, visitor.actor_label, visitor.ip) == (None, "", "203.0.113.9")
    with pytest.raises(ValueError, match="name"):
        system(" ")


@pytest.mark.django_db
def test_the_retention_command_acts_as_its_system_actor(org, settings):
    import datetime

    from django.core.management import call_command

    from ikut.participants.models import Participant

    settings.IKUT_RETENTION_DAYS = 30
    p = Participant.objects.create(organisation=org, first_name="Old", status=Participant.Status.CLOSED,
                                   exit_date=datetime.date(2020, 1, 1))
    call_command("retention", "--apply", stdout=io.StringIO())
    entry = AuditEntry.objects.get(action="participants.participant.anonymise", subject_id=p.code)
    assert entry.actor_label == "system: retention" and entry.actor_id is None


def _legacy_entry(actor, code, subject):
    """An entry as written before the registry: its old code stays in the row (the chain hashes it)."""
    with mock.patch.object(log, "_check_code", return_value=None):
        return log.record(actor, code, subject)


CODE_TEXT = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in sorted([*codes.CODES, *codes.LEGACY], key=len,
                                                                         reverse=True) if "." in c) + r")\b")


def _rows_without_code_tags(html):
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [re.sub(r"<code>.*?</code>", "", row) for row in body.split("<tr")[1:]]


@pytest.mark.django_db
@pytest.mark.parametrize("lang,new_label,old_label", [
    ("en", "Record opened in an emergency (break the glass)", "Signed in"),
    ("fi", "Tietue avattu hätätilanteessa (break the glass)", "Kirjautui sisään"),
    ("sv", "Uppgifterna öppnade i nödsituation (break the glass)", "Loggade in"),
])
def test_audit_pages_show_translated_labels_and_codes_only_as_secondary_text(client, org, lang, new_label,
                                                                             old_label):
    from ikut.participants.models import Assignment, Participant

    coach, dpo = make_user(Role.CASEWORKER, org), make_user(Role.DPO, org)
    p = Participant.objects.create(organisation=org, first_name="Label")
    Assignment.objects.create(participant=p, user=coach, role=Assignment.CaseRole.LEAD)
    log.record(coach, "participants.break_glass.open", p, reason="emergency")
    _legacy_entry(coach, "participants.break_glass", p)
    _legacy_entry(coach, "login.success", coach)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = lang
    sign_in(client, dpo)
    html = client.get(reverse("audit:list"), HTTP_ACCEPT_LANGUAGE=lang).content.decode()
    assert html.count(new_label) == 2 and old_label in html  # the old code shows its new label
    assert "<code>participants.break_glass</code>" in html and "<code>login.success</code>" in html
    for row in _rows_without_code_tags(html):
        assert not CODE_TEXT.search(re.sub(r"<[^>]+>", " ", row)), row
    client.logout()
    sign_in(client, coach)
    html = client.get(reverse("participants:viewers", args=[p.code]), HTTP_ACCEPT_LANGUAGE=lang).content.decode()
    assert html.count(new_label) == 2 and html.count('class="flag-red"') == 2  # old and new break-the-glass rows
    for row in _rows_without_code_tags(html):
        assert not CODE_TEXT.search(re.sub(r"<[^>]+>", " ", row)), row


@pytest.mark.django_db
def test_filtering_by_a_new_code_also_finds_entries_with_its_old_code(client, org):
    coach, dpo = make_user(Role.CASEWORKER, org), make_user(Role.DPO, org)
    _legacy_entry(coach, "login.success", coach)
    log.record(coach, "accounts.login.succeed", coach)
    log.record(coach, "accounts.login.fail", coach)
    sign_in(client, dpo)
    page = client.get(reverse("audit:list"), {"action": "accounts.login.succeed"}).context["page"]
    assert sorted(e.action for e in page) == ["accounts.login.succeed", "login.success"]
    page = client.get(reverse("audit:list"), {"action": "login."}).context["page"]
    assert {e.action for e in page} == {"login.success", "accounts.login.succeed", "accounts.login.fail"}
