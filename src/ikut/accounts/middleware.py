import time

from django.conf import settings
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.utils import timezone

from .models import UserSession
from .sessions import AUTH_AT_KEY, LAST_SEEN_GRANULARITY, LAST_SEEN_KEY


class SessionPolicyMiddleware:
    """Idle and absolute timeouts, and a second factor for every staff session."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated:
            reason = self._reason_to_end(request, user)
            if reason:
                logout(request)
                request.session["ikut_ended"] = reason
                return redirect(settings.LOGIN_URL)
            self._touch(request, self._idle_timeout(user))
        return self.get_response(request)

    @staticmethod
    def _idle_timeout(user):
        return settings.IKUT_IDLE_TIMEOUT_STAFF if user.requires_mfa else settings.IKUT_IDLE_TIMEOUT_PARTICIPANT

    def _reason_to_end(self, request, user):
        now = time.time()
        if now - request.session.get(LAST_SEEN_KEY, 0) > self._idle_timeout(user):
            return "idle"
        if now - request.session.get(AUTH_AT_KEY, 0) > settings.IKUT_ABSOLUTE_TIMEOUT:
            return "absolute"
        if user.requires_mfa and not user.is_verified():
            return "mfa"
        return None

    def _touch(self, request, idle):
        now = time.time()
        # Not writing leaves the session unmodified, so SessionMiddleware does not save it. The stored time lags by
        # at most the step, so the idle timeout may end a session that much early, never late; a tenth of the
        # timeout at most, so a short configured timeout is not eaten by the step.
        step = min(LAST_SEEN_GRANULARITY, idle / 10)
        if now - request.session.get(LAST_SEEN_KEY, 0) <= step:
            return
        request.session[LAST_SEEN_KEY] = now
        UserSession.objects.filter(session_key=request.session.session_key).update(last_seen=timezone.now())
