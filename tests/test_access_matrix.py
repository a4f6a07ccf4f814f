"""Every URL pattern × every role (+ anonymous): allowed roles get through, everyone else gets 404
(signed in) or the login page / 401 (anonymous). A URL pattern missing from the matrix fails."""

import json

import pytest
from django.urls import reverse

from tests import access_matrix
from tests.access_matrix.world import build_world
from tests.helpers import sign_in
from tests.urlnames import walk

MATRIX, EXTENDERS = access_matrix.load()
DENIED_SIGNED_IN = {404}


def test_every_url_pattern_is_in_the_matrix():
    names = [name for name, _pattern, _cb in walk()]
    assert None not in names, "every URL pattern needs a name so the matrix can list it"
    missing = sorted(set(names) - set(MATRIX))
    assert not missing, f"URL patterns missing from tests/access_matrix: {missing}"
    stale = sorted(set(MATRIX) - set(names))
    assert not stale, f"access matrix lists URLs that do not exist: {stale}"


def test_every_view_goes_through_the_access_policy():
    """Views carry the mark of access.requires / access.public; API views are checked in the API layer."""
    unmarked = []
    for name, _pattern, callback in walk():
        if name.startswith("api:"):
            continue
        view = getattr(callback, "view_class", None) or callback
        if not (hasattr(callback, "access_action") or hasattr(view, "access_action")):
            unmarked.append(name)
    assert not unmarked, f"views that do not ask ikut.access: {unmarked}"


def _cases():
    for name in sorted(MATRIX):
        for role in access_matrix.ROLES:
            yield pytest.param(name, role, id=f"{name}|{role}")


def _is_login_redirect(response, require_next=False):
    if response.status_code not in (301, 302) or not response["Location"].startswith(reverse("accounts:login")):
        return False
    return "next=" in response["Location"] or not require_next


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Built once and committed; each test runs in a transaction that is rolled back, so every test
    sees the same untouched world. (Transactional tests flush the database, so they must not run
    between these tests: pytest runs this file after the app folders and tests/e2e.)"""
    with django_db_blocker.unblock():
        yield build_world(EXTENDERS)


@pytest.mark.django_db
@pytest.mark.parametrize("name,role", list(_cases()))
def test_access(client, world, name, role):
    case = MATRIX[name]
    if role != "anonymous":
        sign_in(client, world.users[role])
    url = reverse(name, kwargs=case.resolve(case.kwargs, world)) + case.query
    data = case.resolve(case.data, world)
    if case.method == "get":
        response = client.get(url, data or {})
    elif case.json:
        response = client.generic(case.method.upper(), url, json.dumps(data or {}), content_type="application/json")
    else:
        response = getattr(client, case.method)(url, data or {})
    status = response.status_code
    assert status < 500, f"{name} as {role}: server error {status}"
    if role in case.allow:
        assert status not in (401, 403, 404) and not _is_login_redirect(response, require_next=True), (
            f"{name} should be allowed for {role}, got {status}")
    elif role == "anonymous":
        assert _is_login_redirect(response) or status in (401, 404), (
            f"{name} should send anonymous to login (or 401/404), got {status}")
    else:
        assert status in DENIED_SIGNED_IN, f"{name} should be 404 for {role}, got {status}"
