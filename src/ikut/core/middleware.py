import logging
import re
import time

from django.conf import settings
from django.http import JsonResponse

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


def json_depth(body: bytes, stop_above=None) -> int:
    """How deeply arrays and objects nest in a JSON text, found without parsing it (strings skipped).
    With `stop_above`, counting stops as soon as the depth exceeds it."""
    depth = deepest = 0
    for match in _JSON_TOKENS.finditer(body):
        token = match.group()
        if token in (b"{", b"["):
            depth += 1
            if depth > deepest:
                deepest = depth
                if stop_above is not None and deepest > stop_above:
                    break
        elif token in (b"}", b"]"):
            depth -= 1
    return deepest


_JSON_TOKENS = re.compile(rb'"(?:[^"\\]|\\.)*"?|[\[\]{}]')


class ApiInputLimitsMiddleware:
    """Bound every API request body before anything parses it: size (IKUT_API_MAX_BODY_BYTES) and JSON
    nesting depth (IKUT_API_MAX_JSON_DEPTH). Deeply nested JSON makes Python's parser recurse until it
    fails; a huge body costs memory. Either is answered 400 naming the problem."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith("/api/") and request.method in ("POST", "PUT", "PATCH", "DELETE"):
            problem = self._problem(request)
            if problem:
                return JsonResponse({"detail": problem}, status=400)
        return self.get_response(request)

    def _problem(self, request):
        limit = settings.IKUT_API_MAX_BODY_BYTES
        try:
            declared = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return "the Content-Length header is not a number"
        if declared > limit:
            return f"request body larger than {limit} bytes"
        body = request.body
        if len(body) > limit:
            return f"request body larger than {limit} bytes"
        depth = settings.IKUT_API_MAX_JSON_DEPTH
        # A body with no more opening brackets than the limit cannot nest deeper (brackets inside strings only
        # add to the count): most bodies are decided by two byte counts instead of a scan.
        if body.count(b"{") + body.count(b"[") > depth and json_depth(body, stop_above=depth) > depth:
            return f"JSON nested deeper than {depth} levels"
        return None


class PortalCompressionMiddleware:
    """Compress the anonymous portal's HTML (Brotli when the browser accepts it, else gzip); nothing else.

    Survivors often read the portal on a prepaid phone plan, so its pages should be small on the wire. Other
    responses stay uncompressed because of BREACH: when a compressed response holds a secret next to text an
    attacker can choose (a reflected search, a form value), the compressed size reveals the secret byte by byte.
    An anonymous portal page holds no secret — no session, no CSRF token (the portal never uses one), no
    personal data — so there is nothing to find; staff pages and the signed-in participant area hold CSRF tokens
    and personal data, so they are never compressed (docs/architecture.md, "Compression"). Static files are
    compressed ahead of time by WhiteNoise."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not self._anonymous_portal_html(request, response):
            return response
        accepted = request.META.get("HTTP_ACCEPT_ENCODING", "")
        if _accepts(accepted, "br"):
            import brotli  # loaded by the first portal page, not at start-up

            return _compressed(response, brotli.compress(response.content, quality=5), "br")
        if _accepts(accepted, "gzip"):
            from django.utils.text import compress_string

            return _compressed(response, compress_string(response.content, max_random_bytes=100), "gzip")
        return response

    @staticmethod
    def _anonymous_portal_html(request, response):
        return (request.path.startswith("/portal/")
                and not response.streaming
                and len(response.content) >= 200
                and response.get("Content-Type", "").startswith("text/html")
                and not response.has_header("Content-Encoding")
                and settings.SESSION_COOKIE_NAME not in request.COOKIES  # a signed-in participant: not anonymous
                and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")  # a CSRF token went into the page
                and not response.cookies)


def _accepts(header, coding):
    """Whether Accept-Encoding lists `coding` without q=0."""
    for part in header.lower().split(","):
        name, _, params = part.strip().partition(";")
        if name.strip() == coding:
            return params.replace(" ", "") not in ("q=0", "q=0.0", "q=0.00", "q=0.000")
    return False



def _compressed(response, content, coding):
    from django.utils.cache import patch_vary_headers

    if len(content) >= len(response.content):
        return response
    response.content = content
    response["Content-Length"] = str(len(content))
    response["Content-Encoding"] = coding
    patch_vary_headers(response, ("Accept-Encoding",))
    if response.has_header("ETag"):
        response["ETag"] = "W/" + response["ETag"].removeprefix("W/")
    return response
