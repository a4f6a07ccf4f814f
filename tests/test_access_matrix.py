"""Every URL pattern × every role (+ anonymous): allowed roles get through, everyone else gets 404
(signed in) or the login page / 401 (anonymous). A URL pattern missing from the matrix fails."""

import json

import pytest
from django.urls import reverse

from tests import access_matrix
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


@pytest.fixture
def world(matrix_world):
    return matrix_world


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


# --- Another organisation -------------------------------------------------------------------------------------
# Every role of organisation B (world.b_users: users in organisations of their own) against every object of the
# world: 404 unless the matrix names the role in `cross_org` (objects shared across organisations by design).

def _object_cases():
    for name in sorted(MATRIX):
        case = MATRIX[name]
        if not callable(case.kwargs) or "anonymous" in case.allow:
            continue  # no object in the URL, or a public object
        for role in access_matrix.B_ROLES:
            yield pytest.param(name, role, id=f"{name}|B-{role}")


def _request(client, case, url, data):
    if case.method == "get":
        return client.get(url, data or {})
    if case.json:
        return client.generic(case.method.upper(), url, json.dumps(data or {}), content_type="application/json")
    return getattr(client, case.method)(url, data or {})


@pytest.mark.django_db
@pytest.mark.parametrize("name,role", list(_object_cases()))
def test_other_organisation(client, world, name, role):
    case = MATRIX[name]
    _sign_in_with_sudo(client, world.b_users[role])
    url = reverse(name, kwargs=case.resolve(case.kwargs, world)) + case.query
    response = _request(client, case, url, case.resolve(case.data, world))
    if role in case.cross_org:
        assert response.status_code < 400, f"{name}: {role} of another organisation should get through"
    else:
        assert response.status_code == 404, (
            f"{name}: {role} of another organisation must get 404, got {response.status_code}")


def _sign_in_with_sudo(client, user):
    """Signed in and in sudo mode, so a sudo prompt cannot hide what the object check answers."""
    import time

    from ikut.accounts.sessions import SUDO_KEY

    sign_in(client, user)
    session = client.session
    session[SUDO_KEY] = time.time() + 600
    session.save()


def _list_cases():
    for name in sorted(MATRIX):
        case = MATRIX[name]
        if callable(case.kwargs) or case.kwargs or case.method != "get":
            continue
        for role in access_matrix.B_ROLES:
            yield pytest.param(name, role, id=f"{name}|B-{role}")


@pytest.mark.django_db
@pytest.mark.parametrize("name,role", list(_list_cases()))
def test_other_organisation_lists_show_nothing_of_ours(client, world, name, role):
    """Lists, dashboards and searches of organisation B never mention the world's participants."""
    sign_in(client, world.b_users[role])
    response = client.get(reverse(name) + MATRIX[name].query)
    assert response.status_code < 500
    body = response.content.decode("utf-8", "replace")
    for secret in _world_secrets(world):
        assert secret not in body, f"{name} shows {secret!r} to {role} of another organisation"


def _world_secrets(world):
    codes = [p.code for p in world.all_participants()]
    return codes + ["Matrixperson"] + getattr(world, "extra_secrets", [])
