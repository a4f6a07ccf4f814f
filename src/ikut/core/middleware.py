import functools
import gzip
import logging
import re
import secrets
import time
from typing import NamedTuple

from csp.constants import HEADER as CSP_HEADER
from csp.constants import HEADER_REPORT_ONLY as CSP_HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject
from csp.middleware import CSPMiddleware as DjangoCSPMiddleware
from csp.utils import build_policy
from django.conf import settings
from django.conf.urls.i18n import is_language_prefix_patterns_used
from django.contrib.messages.middleware import MessageMiddleware as DjangoMessageMiddleware
from django.contrib.messages.storage import default_storage
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import JsonResponse
from django.http.response import ResponseHeaders
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.functional import SimpleLazyObject

from ikut.core.lazy import evaluated

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
        extra = {"ikut": {
            "method": request.method,
            "route": match.view_name if match else getattr(request, "ikut_route", "unresolved"),
            "status": response.status_code,
            "ms": round((time.perf_counter() - started) * 1000, 1),
            "user": user.pk if user is not None and user.is_authenticated else None,
        }}
        # logger.info("request", extra=extra) without a findCaller() per request (issue 17); the record names the next
        # line as its caller, as findCaller() would (found once per process).
        if logger.isEnabledFor(logging.INFO):
            file, line, function = _LOG_CALLER or _log_caller(logger)
            logger.handle(logger.makeRecord(logger.name, logging.INFO, file, line, "request", (), None, function,
                                            extra))
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


def _log_caller(logger):
    """(file, line, function) of the request log's call in RequestLogMiddleware.__call__ as Logger._log names it:
    its findCaller() (this function's caller's line, found once per process), or ("(unknown file)", 0,
    "(unknown function)") when logging looks for no caller (logging._srcfile is None)."""
    global _LOG_CALLER
    if not logging._srcfile:
        return "(unknown file)", 0, "(unknown function)"
    _LOG_CALLER = logger.findCaller(stacklevel=2)[:3]
    return _LOG_CALLER


_LOG_CALLER: tuple | None = None


class PrivacyHeadersMiddleware:
    """No caching of any dynamic page: they may show personal data, and shared phones are common."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # As four `response[name] = value`, with the names and values checked and stored once per process.
        response.headers._store.update(_PRIVACY_HEADERS)
        return response


# The four headers as Django's ResponseHeaders stores them: {lower-case name: (name, value)}. Built by ResponseHeaders
# itself (it rejects newlines and non-Latin-1 text); writing them into a response's store replaces a header the view
# set and keeps its place, exactly as `response[name] = value` does, without checking constant text per response.
_PRIVACY_HEADERS = tuple(ResponseHeaders({
    "Cache-Control": "no-store",
    "Pragma": "no-cache",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
    "Cross-Origin-Resource-Policy": "same-origin",
})._store.items())


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
    compressed ahead of time by WhiteNoise.

    Pages the same for every visitor (ikut.portal.views.same_for_every_visitor) are kept in this process (_kept):
    their Brotli form is made once, and the finished answer to a visitor whose request holds nothing the inner
    middlewares act on is replayed to the next such visitor without running them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        replayable = _replayable(request)
        if replayable:
            kept = _kept.get((request.path, request.is_secure()))
            if kept is not None and kept.answer is not None:
                return _replay(request, kept.answer)
        response = self.get_response(request)
        if not self._anonymous_portal_html(request, response):
            return response
        accepted = request.META.get("HTTP_ACCEPT_ENCODING", "")
        if _accepts(accepted, "br"):
            if not getattr(response, "same_for_every_visitor", False):
                return _compressed(response, _brotli(response.content), "br")
            return _kept_brotli(request, response, replayable)
        if _accepts(accepted, "gzip"):
            same = getattr(response, "same_for_every_visitor", False)
            return _compressed(response, _gzip(response.content, same), "gzip")
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


class _Kept(NamedTuple):
    """A page that `same_for_every_visitor` served, as kept for one (path, HTTPS)."""

    page: bytes  # the page as the view made it
    brotli: bytes  # its Brotli form
    answer: tuple | None  # (status, headers, body, route) to replay, once a replayable request was answered with it


# Portal pages the same for every visitor, per (path, HTTPS), kept only in this process and forgotten with the pages
# themselves (a settings change). Two savings from one store (issue 17: the portal home through 17 middlewares was
# 5-8x a bare view):
# - Brotli takes ~0.1 ms for a portal page: the home and the empty check form are compressed once, not per answer.
#   Nothing else is kept (an offer-check result reflects what a visitor typed), nor any gzip answer: Django adds
#   random bytes to each gzip answer, and those stay per response.
# - The finished Brotli answer is replayed. Such a page is the same bytes for every visitor without a cookie, and so
#   are the headers the middlewares below this one add to it (CSP, privacy and security headers, Vary,
#   Content-Language — the portal sets its own): none depends on anything but the path and whether the request came
#   over HTTPS (HSTS, the HTTPS redirect). A replayable request holds nothing the inner middlewares would act on: no
#   cookie (no session, no CSRF token, no language cookie), no query, no Authorization header, GET only, Brotli
#   accepted. The Host header is still validated on a replay (DisallowedHost → 400, as CommonMiddleware would), and
#   the request log outside records it with its route.
# A kept Brotli form serves only the very page it was made from (the page is compared); a page that changed replaces
# the entry, answer and all.
_kept: dict[tuple, _Kept] = {}


def _replayable(request):
    """Whether a kept answer may serve the request."""
    meta = request.META
    return not (request.method != "GET" or meta.get("QUERY_STRING") or meta.get("HTTP_COOKIE")
                or "HTTP_AUTHORIZATION" in meta or not request.path.startswith("/portal/")
                or not _accepts(meta.get("HTTP_ACCEPT_ENCODING", ""), "br"))


def _kept_brotli(request, response, replayable):
    """The Brotli answer of a page the same for every visitor, from and into _kept."""
    key = (request.path, request.is_secure())
    page = response.content
    kept = _kept.get(key)
    if kept is None or kept.page != page:
        kept = _Kept(page, _brotli(page), None)
    response = _compressed(response, kept.brotli, "br")
    if (kept.answer is None and replayable and response.status_code == 200
            and response.get("Content-Encoding") == "br" and not response.cookies and not response.streaming):
        match = getattr(request, "resolver_match", None)
        kept = kept._replace(answer=(response.status_code, tuple(response.items()), response.content,
                                     match.view_name if match else "unresolved"))
    if _kept.get(key) is not kept:
        if key not in _kept and len(_kept) >= 512:  # a page per view, language and scheme: never reached unless
            _kept.clear()  # paths are made up
        _kept[key] = kept
    return response


def _replay(request, answer):
    from django.http import HttpResponse

    request.get_host()  # an unknown Host still answers 400 (DisallowedHost), as on the full path
    status, headers, content, route = answer
    request.ikut_route = route
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    return response


@receiver(setting_changed)
def forget_kept_pages(**kwargs):
    """Pages show settings (the quick-exit address): a change at run time (tests do it) forgets them."""
    _kept.clear()


def _brotli(content):
    import brotli  # loaded by the first portal page, not at start-up

    return brotli.compress(content, quality=5)


_gzip_pages: dict[bytes, bytes] = {}  # page -> gzip.compress(page, 6, mtime=0), for pages the same for every visitor
_GZIP_RANDOM_BYTES = 100  # Django's GZipMiddleware default (BREACH: a random-length file name in every answer)


def _gzip(content, same_for_every_visitor):
    """What Django's compress_string(content, max_random_bytes=100) returns: the gzip member of
    gzip.compress(content, compresslevel=6, mtime=0) with a file name of 0-99 random "a"s put into its header,
    drawn per answer. Only the file name differs between answers, so for a page the portal serves unchanged to
    every anonymous visitor the compressed member is made once per process (deflating a portal page was a quarter
    of its request, issue 17) and the random name still added to each answer (tests/portal/test_compression.py
    compares the two for every name length)."""
    from django.utils.text import compress_string

    if not same_for_every_visitor:
        return compress_string(content, max_random_bytes=_GZIP_RANDOM_BYTES)
    member = _gzip_pages.get(content)
    if member is None:
        member = compress_string(content)  # without max_random_bytes: gzip.compress(content, 6, mtime=0)
        if len(_gzip_pages) >= 256:  # a page per view and language: never reached unless pages change
            _gzip_pages.clear()
        _gzip_pages[content] = member
    header = bytearray(member[:10])
    header[3] = gzip.FNAME
    return b"".join((header, b"a" * secrets.randbelow(_GZIP_RANDOM_BYTES), b"\x00", memoryview(member)[10:]))


def _compressed(response, content, coding):
    if len(content) >= len(response.content):
        return response
    response.content = content
    response["Content-Length"] = str(len(content))
    response["Content-Encoding"] = coding
    patch_vary_headers(response, ("Accept-Encoding",))
    if response.has_header("ETag"):
        response["ETag"] = "W/" + response["ETag"].removeprefix("W/")
    return response


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware without its two path lookups when the URLconf has no i18n_patterns (IKUT's has
    none: the portal's language is in its own path segment, ikut.portal.views). Django looks the first path
    segment up as a language on every request and only uses the answer together with i18n_patterns; "portal",
    "api" or "participants" is no language, and the failed lookup is not cached, so it cost a scan of the 40
    languages twice per request. The language chosen and the headers set are Django's: the choice is Django's
    get_language_from_request, kept per (language cookie, Accept-Language) pair (_languages_requested)."""

    def process_request(self, request):
        urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
        if is_language_prefix_patterns_used(urlconf)[0]:
            return super().process_request(request)
        key = (request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME), request.META.get("HTTP_ACCEPT_LANGUAGE", ""))
        kept = _languages_requested.get(key)
        if kept is not None:
            language, request.LANGUAGE_CODE = kept
            translation.activate(language)  # the same language gives the same get_language() as when it was kept
            return None
        language = translation.get_language_from_request(_RequestedLanguage(*key), check_path=False)
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
        _keep_language(key, (language, request.LANGUAGE_CODE))
        return None

    def process_response(self, request, response):
        urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
        if is_language_prefix_patterns_used(urlconf)[0]:
            return super().process_response(request, response)
        if "Vary" in response:
            patch_vary_headers(response, ("Accept-Language",))
        else:  # what patch_vary_headers writes when there is no Vary yet
            response.headers["Vary"] = "Accept-Language"
        response.headers.setdefault("Content-Language", translation.get_language())
        return response


# (language cookie, Accept-Language) -> (the language Django's get_language_from_request picks for them, the
# get_language() that activating it gives). The choice depends on nothing else (the settings' languages and the
# installed catalogues, fixed per process), and deciding it costs an exception, a header parse and several lookups
# per request (issue 17); browsers send few distinct pairs. Both values come from the client, so the table is
# bounded and long values are never kept.
_languages_requested: dict[tuple, tuple[str, str]] = {}
_LONGEST_KEPT = 200


def _keep_language(key, choice):
    cookie, accept = key
    if len(accept) + len(cookie or "") <= _LONGEST_KEPT:
        if len(_languages_requested) >= 1024:
            _languages_requested.clear()
        _languages_requested[key] = choice


class _RequestedLanguage:
    """The two parts of a request that get_language_from_request reads (without check_path)."""

    def __init__(self, cookie, accept):
        self.COOKIES = {} if cookie is None else {settings.LANGUAGE_COOKIE_NAME: cookie}
        self.META = {"HTTP_ACCEPT_LANGUAGE": accept}


@receiver(setting_changed)
def _forget_languages_requested(setting, **kwargs):
    if setting.startswith("LANGUAGE") or setting == "LOCALE_PATHS":  # what Django's choice depends on
        _languages_requested.clear()


_CSP_PER_RESPONSE = ("_csp_config", "_csp_update", "_csp_replace", "_csp_config_ro", "_csp_update_ro",
                     "_csp_replace_ro")


@functools.cache
def _settings_csp():
    """The two policies of the settings as django-csp builds them without a nonce, and their excluded path
    prefixes: (policy, prefixes) for the enforced header, then for the report-only one."""
    return tuple(
        (_in_order(build_policy(report_only=report_only)),
         tuple((getattr(settings, name, None) or {}).get("EXCLUDE_URL_PREFIXES", None) or ()))
        for name, report_only in (("CONTENT_SECURITY_POLICY", False), ("CONTENT_SECURITY_POLICY_REPORT_ONLY", True)))


def _in_order(policy):
    """A policy with its directives sorted by name. django-csp joins them in the order of a set of their names, which
    differs from one process to the next (string hashes are seeded per process: PYTHONHASHSEED), so workers of one
    deployment sent the same policy spelt differently. The directives and their sources are django-csp's; a
    directive's sources keep their order. Directives are separated by "; " and named by their first word, and
    neither a directive name nor a source may hold a ";" (CSP's grammar)."""
    if not policy:
        return policy
    return "; ".join(sorted(policy.split("; "), key=lambda directive: directive.partition(" ")[0]))


@receiver(setting_changed)
def _forget_csp(setting, **kwargs):
    if setting.startswith("CONTENT_SECURITY_POLICY"):
        _settings_csp.cache_clear()


class CSPMiddleware(DjangoCSPMiddleware):
    """django-csp's middleware, with the policy of the settings built once per process instead of twice per
    response (0.07 ms a request), and every policy's directives in one order (_in_order). A response that asks for
    more — a nonce used by its template, a view's csp_update/csp_replace/csp_exempt — goes through django-csp; for
    the others the headers and the rules for setting them are django-csp's (tests/foundation/test_cheap_middlewares.py
    compares the two, the policies as sets of directives; test_csp_order.py compares two processes)."""

    def process_response(self, request, response):
        if getattr(request, "_csp_nonce", None) is not None or any(
                getattr(response, name, None) is not None for name in _CSP_PER_RESPONSE):
            had = (CSP_HEADER in response, CSP_HEADER_REPORT_ONLY in response)
            response = super().process_response(request, response)
            for header, was_there in zip((CSP_HEADER, CSP_HEADER_REPORT_ONLY), had, strict=True):
                if not was_there and header in response:  # written by django-csp just now (not by the view)
                    response[header] = _in_order(response[header])
            return response
        if response.status_code in (500, 404) and settings.DEBUG:
            return response  # django-csp leaves Django's debug pages alone
        (policy, prefixes), (report_only, prefixes_ro) = _settings_csp()
        if (policy and CSP_HEADER not in response and getattr(response, "_csp_exempt", False) is False
                and not request.path_info.startswith(prefixes)):
            response[CSP_HEADER] = policy
        if (report_only and CSP_HEADER_REPORT_ONLY not in response
                and getattr(response, "_csp_exempt_ro", False) is False
                and not request.path_info.startswith(prefixes_ro)):
            response[CSP_HEADER_REPORT_ONLY] = report_only
        # As django-csp: once the header is written, reading the nonce is an error rather than a silent miss.
        request.csp_nonce = _NONCE_AFTER_RESPONSE
        return response


# django-csp makes this object per response; it holds no state of a request (reading it raises every time and it
# never becomes evaluated), so one per process serves every request alike.
_NONCE_AFTER_RESPONSE = CheckableLazyObject(DjangoCSPMiddleware._csp_nonce_post_response)


class MessageMiddleware(DjangoMessageMiddleware):
    """Django's MessageMiddleware with the message storage made when a request first uses it (issue 17: 3-4 % of an
    API POST built two storages and a cookie signer that an anonymous JSON request never reads). A storage nobody
    used saves nothing in Django's either (FallbackStorage.update changes no cookie or session when it was neither
    read nor added to), so skipping it leaves every response as it was; a used one is saved exactly as Django does."""

    def process_request(self, request):
        request._messages = SimpleLazyObject(functools.partial(default_storage, request))

    def process_response(self, request, response):
        messages = request.__dict__.get("_messages")
        if isinstance(messages, SimpleLazyObject) and not evaluated(messages):
            return response
        return super().process_response(request, response)
