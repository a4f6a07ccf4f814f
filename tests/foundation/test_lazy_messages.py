"""ikut.core.middleware.MessageMiddleware makes the message storage only when a request uses it, and otherwise
answers exactly as Django's MessageMiddleware: the same messages stored, shown and cleared, the same cookies."""

import pytest
from django.contrib import messages
from django.contrib.messages.middleware import MessageMiddleware as DjangoMessageMiddleware
from django.contrib.sessions.middleware import SessionMiddleware
from django.http import HttpResponse
from django.test import RequestFactory

from ikut.core.lazy import evaluated
from ikut.core.middleware import MessageMiddleware

BOTH = [MessageMiddleware, DjangoMessageMiddleware]


def _run(middleware_class, view, cookies=None):
    request = RequestFactory().get("/portal/fi/")
    request.COOKIES.update(cookies or {})
    response = SessionMiddleware(middleware_class(view))(request)
    return request, response


def _quiet(request):
    return HttpResponse("page")


def _adds(request):
    messages.success(request, "Saved.")
    messages.warning(request, "Check the dates.")
    return HttpResponse("page")


def _shows(request):
    return HttpResponse(" | ".join(str(m) for m in messages.get_messages(request)))


@pytest.mark.django_db
def test_a_request_that_uses_no_messages_builds_no_storage():
    request, response = _run(MessageMiddleware, _quiet)
    assert not evaluated(request._messages)
    assert not response.cookies and dict(response.items()) == dict(_run(DjangoMessageMiddleware, _quiet)[1].items())


@pytest.mark.django_db
@pytest.mark.parametrize("middleware_class", BOTH)
def test_messages_added_are_stored_shown_once_and_cleared_as_django_does(middleware_class):
    _request, added = _run(middleware_class, _adds)
    assert set(added.cookies) == {"messages"}
    cookie = {"messages": added.cookies["messages"].value}
    _request, shown = _run(middleware_class, _shows, cookie)
    assert shown.content == b"Saved. | Check the dates."
    assert shown.cookies["messages"].value == "" and shown.cookies["messages"]["max-age"] == 0  # cleared
    _request, untouched = _run(middleware_class, _quiet, cookie)  # not read: kept for the next page
    assert not untouched.cookies


@pytest.mark.django_db
def test_the_level_and_a_message_added_through_the_lazy_storage():
    def view(request):
        messages.set_level(request, messages.WARNING)
        messages.info(request, "not stored: below the level")
        messages.error(request, "stored")
        return HttpResponse(str(messages.get_level(request)))

    ours, django = (_run(cls, view)[1] for cls in BOTH)
    assert ours.content == django.content
    assert set(ours.cookies) == set(django.cookies) == {"messages"}
    _request, shown = _run(MessageMiddleware, _shows, {"messages": ours.cookies["messages"].value})
    assert shown.content == b"stored"
