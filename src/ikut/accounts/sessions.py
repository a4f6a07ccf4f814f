"""Session bookkeeping: who is signed in where, ending sessions, sudo mode."""

import time

from django.contrib.sessions.models import Session
from django.utils import timezone

from ikut.core.net import client_ip

from .models import UserSession

SUDO_KEY = "ikut_sudo_until"
AUTH_AT_KEY = "ikut_auth_at"
LAST_SEEN_KEY = "ikut_last_seen"
# The session's last-seen time is written only when it moved by more than this many seconds: a request that
# changes nothing in the session then does not save it (three queries fewer on most requests). The idle timeout
# counts from the stored time, so it may end a session up to this much early, never late.
LAST_SEEN_GRANULARITY = 60


def remember(request, user):
    request.session[AUTH_AT_KEY] = time.time()
    request.session[LAST_SEEN_KEY] = time.time()
    request.session.save()
    UserSession.objects.update_or_create(
        session_key=request.session.session_key,
        defaults={"user": user, "ip": client_ip(request),
                  "user_agent": request.META.get("HTTP_USER_AGENT", "")[:200], "last_seen": timezone.now()},
    )


def end(session_key):
    Session.objects.filter(session_key=session_key).delete()
    UserSession.objects.filter(session_key=session_key).delete()


def end_all(user, except_key=None):
    keys = list(UserSession.objects.filter(user=user).exclude(session_key=except_key or "")
                .values_list("session_key", flat=True))
    Session.objects.filter(session_key__in=keys).delete()
    UserSession.objects.filter(session_key__in=keys).delete()
    return len(keys)


def grant_sudo(request, seconds):
    request.session[SUDO_KEY] = time.time() + seconds


def in_sudo(request):
    return request.session.get(SUDO_KEY, 0) > time.time()
