"""request.user is the user object behind two lazy proxies (Django's and django-otp's). The access policy and the
page chrome read the object behind them (ikut.core.lazy.unwrapped) once the request has made it: the same object,
so the same answers, without the proxies' exceptions per attribute read (issue 17). Nothing that would not have
made the user makes it now: public views and templates of requests whose user was never read."""

import pytest
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils.functional import SimpleLazyObject

from ikut import access
from ikut.accounts.models import Role
from ikut.core.context_processors import ikut
from ikut.core.lazy import evaluated
from tests.helpers import make_org, make_user


def _request_user(user, made):
    """request.user as the middleware leaves it: Django's lazy user wrapped again by django-otp's."""

    def make():
        made.append(user)
        return user

    inner = SimpleLazyObject(make)
    return SimpleLazyObject(lambda: inner)


@pytest.fixture
def seen(monkeypatch):
    """A rule that records the user object it was asked about."""
    asked = []

    def decide(user, obj):
        asked.append(user)
        return user.role == Role.CASEWORKER

    monkeypatch.setitem(access._RULES, "tests.seen", decide)
    return asked


@pytest.mark.django_db
def test_rules_decide_on_the_object_behind_the_proxies(seen):
    user = make_user(Role.CASEWORKER, make_org("Org"))
    lazy = _request_user(user, [])
    assert access.can(lazy, "tests.seen") is True
    assert seen == [user] and type(seen[0]) is type(user)  # the User itself, not a proxy
    access.check(lazy, "tests.seen")  # the same answer through check()
    assert type(seen[1]) is type(user)


@pytest.mark.django_db
def test_an_inactive_user_behind_the_proxies_is_still_refused(seen):
    user = make_user(Role.CASEWORKER, make_org("Org"))
    user.is_active = False
    assert access.can(_request_user(user, []), "tests.seen") is False and seen == []


def test_a_public_view_does_not_make_the_user():
    made = []
    view = access.public(lambda request: HttpResponse("ok"))
    request = RequestFactory().get("/")
    request.user = _request_user(object(), made)
    assert view(request).status_code == 200
    assert made == [] and not evaluated(request.user)
    assert access.can(request.user, access.PUBLIC) and made == []


@pytest.mark.django_db
def test_a_protected_view_checks_the_object_behind_the_proxies(seen):
    user = make_user(Role.CASEWORKER, make_org("Org"))
    view = access.requires("tests.seen")(lambda request: HttpResponse("ok"))
    request = RequestFactory().get("/")
    request.user = _request_user(user, [])
    assert view(request).status_code == 200 and type(seen[0]) is type(user)


@pytest.mark.django_db
def test_templates_get_the_user_object_once_the_request_has_made_it():
    user = make_user(Role.CASEWORKER, make_org("Org"))
    made = []
    request = RequestFactory().get("/participants/")
    request.user = _request_user(user, made)
    assert "user" not in ikut(request)  # not made yet: auth's lazy `user` stays, made only if a template reads it
    assert made == [] and not evaluated(request.user)
    assert request.user.is_authenticated  # the request makes it (every signed-in page does, deciding access)
    assert ikut(request)["user"] is user and made == [user]
    request.user = user  # already an object (tests, render_to_string with a plain request): left to auth's
    assert "user" not in ikut(request)
