import logging
import time

logger = logging.getLogger("ikut.request")


class RequestLogMiddleware:
    """Log each request by route name, never by path or query (they could carry personal data)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        user = getattr(request, "user", None)
        logger.info("request", extra={"ikut": {
            "method": request.method,
            "route": match.view_name if match else "unresolved",
            "status": response.status_code,
            "ms": round((time.perf_counter() - started) * 1000, 1),
            "user": user.pk if user is not None and user.is_authenticated else None,
        }})
        return response

    def process_exception(self, request, exception):
        from django.core.exceptions import PermissionDenied
        from django.http import Http404

        if isinstance(exception, (Http404, PermissionDenied)):
            return None  # a deliberate answer (records a user may not see are 404), logged as its status
        match = getattr(request, "resolver_match", None)
        logger.error("unhandled exception", exc_info=True,
                     extra={"ikut": {"route": match.view_name if match else "unresolved"}})
        return None


class PrivacyHeadersMiddleware:
    """No caching of any dynamic page: they may show personal data, and shared phones are common."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response["Cache-Control"] = "no-store"
        response["Pragma"] = "no-cache"
        response["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()"
        response["Cross-Origin-Resource-Policy"] = "same-origin"
        return response
