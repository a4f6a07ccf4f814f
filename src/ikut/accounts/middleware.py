import time

from django.conf import settings
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.utils import timezone

from .models import UserSession
from .sessions import AUTH_AT_KEY, LAST_SEEN_KEY


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
            self._touch(request)
        return self.get_response(request)

    def _reason_to_end(self, request, user):
        now = time.time()
        idle = (settings.IKUT_IDLE_TIMEOUT_STAFF if user.requires_mfa else settings.IKUT_IDLE_TIMEOUT_PARTICIPANT)
        if now - request.session.get(LAST_SEEN_KEY, 0) > idle:
            return "idle"
        if now - request.session.get(AUTH_AT_KEY, 0) > settings.IKUT_ABSOLUTE_TIMEOUT:
            return "absolute"
        if user.requires_mfa and not user.is_verified():
            return "mfa"
        return None

    def _touch(self, request):
        now = time.time()
        previous = request.session.get(LAST_SEEN_KEY, 0)
        request.session[LAST_SEEN_KEY] = now
        if now - previous > 60:  # one write a minute is enough for the session list
            UserSession.objects.filter(session_key=request.session.session_key).update(last_seen=timezone.now())
