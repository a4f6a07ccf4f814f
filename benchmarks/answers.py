"""Every answer and request-log line of a fixed list of requests through ikut.wsgi, written to a file to diff two
checkouts (issue 17: changes to the request path must leave every byte the same).

    DATABASE_URL=postgres://.../<a seeded database> PYTHONPATH=<checkout>/src python benchmarks/answers.py OUT

Settings as request_path.py and load.py (IKUT_ENV=test, ikut.settings, request log at INFO). Each request is sent
twice (the second answer may come from what a process keeps) and through the same WSGI callable gunicorn runs. The
file holds, per request: the status line, every header in order, the body (hex when not UTF-8), then the log lines
it wrote with their two fields that vary per run masked ("ts" and "ms"). The requests: the job-offer check with 21
bodies (valid ones, every kind of bad field, a BOM, malformed JSON, NaN, too deep, too large, an unknown sector)
× 48 queries (none, each of the 40 portal languages, an unknown one, empty, percent-encoded, repeated, upper-case
name, a trailing parameter), other methods on it, and 40 other paths (portal pages in three languages with and
without Brotli, health probes, API routes anonymous, 404s, slashes, static files). Answers holding per-response
random bytes are not sent (gzip's file name: no request asks for gzip); CSRF tokens and their cookie's expiry
time are masked ("*").
"""

import io
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_path = list(sys.path)
sys.path.insert(0, str(ROOT / "benchmarks"))
from benchlib import gunicorn_environ  # noqa: E402
from offer_check import OFFER  # noqa: E402  (it puts this checkout's src on sys.path: taken off again)

sys.path[:] = _path
assert "ikut" not in sys.modules


def bodies():
    offer = json.loads(OFFER)
    out = [OFFER.encode(), json.dumps(offer, ensure_ascii=False, indent=1).encode()]

    def changed(path, value):
        copy = json.loads(OFFER)
        node = copy
        for key in path[:-1]:
            node = node[key]
        if value is KeyError:
            del node[path[-1]]
        else:
            node[path[-1]] = value
        return json.dumps(copy).encode()

    out += [
        changed(("sector",), "mining"),
        changed(("sector",), KeyError),
        changed(("schema",), "ikut.job-offer/2"),
        changed(("pay", "amount"), -5),
        changed(("pay", "amount"), "1600"),
        changed(("pay", "amount"), 1e308),
        changed(("pay", "per"), "fortnight"),
        changed(("hours", "per_day"), 25),
        changed(("contract", "written"), None),
        changed(("employer", "name"), "x" * 501),
        changed(("employer", "business_id"), "1234567-8"),
        changed(("surprise",), 1),
        b"\xef\xbb\xbf" + OFFER.encode(),
        OFFER.encode()[:-3],
        OFFER.replace("1600", "NaN").encode(),
        b"[" * 40 + b"]" * 40,
        b"{}",
        b"",
        b" " * (2 * 1024 * 1024),  # over IKUT_API_MAX_BODY_BYTES
    ]
    return out


def queries(languages):
    return (["", "lang=xx", "lang=", "lang=f%69", "lang=fi&lang=sv", "LANG=fi", "lang=fi&x=1"]
            + [f"lang={code}" for code in languages])


OTHER_PATHS = [
    "/portal/fi/", "/portal/ar/", "/portal/en/", "/portal/fi/rights/", "/portal/xx/", "/healthz", "/readyz", "/",
    "/home/", "/api/me", "/api/participants/", "/api/participants/IK-2026-0001", "/api/openapi.json", "/api/docs",
    "/api/nonexistent", "/api/rights/check-offer/", "/api/rights/check-offer", "//api/rights/check-offer",
    "/api/rights/check-offer%20", "/api//rights/check-offer", "/participants/", "/participants/IK-2026-0001/",
    "/weather/fi/", "/static/nonexistent.css", "/nonexistent", "/portal", "/api", "/api/", "/audit/",
    "/employers/", "/reporting/", "/tasks/failed/", "/skills/", "/rights/", "/learning/", "/events/", "/casedata/",
    "/i18n/setlang/", "/accounts/", "/api/skills/occupations",
]


_VARYING = re.compile(r'"(ts|ms)": [^,}]+')
# Per-response random text of pages that hold a CSRF token (staff pages' language switch): the token, the cookie's
# value and its expiry time, masked.
_RANDOM = re.compile(r'(csrftoken=)[A-Za-z0-9]+(; expires=)[^;]+|(name="csrfmiddlewaretoken" value=")[A-Za-z0-9]+')


def _masked(text):
    return _RANDOM.sub(lambda m: "".join(part + "*" for part in m.groups() if part), text)


def main():
    out_path = sys.argv[1]
    os.environ.setdefault("IKUT_ENV", "test")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ikut.settings")
    os.environ.setdefault("IKUT_LOG_LEVEL", "INFO")
    os.environ.setdefault("DATABASE_CONN_MAX_AGE", "60")
    log = io.StringIO()
    real_stderr, sys.stderr = sys.stderr, log  # the logging handler takes sys.stderr when settings configure it
    try:
        import ikut
        from ikut.wsgi import application
    finally:
        sys.stderr = real_stderr
    from django.conf import settings

    requests = []
    json_type = {"Content-Type": "application/json"}
    for body in bodies():
        for query in queries(settings.PORTAL_LANGUAGES):
            requests.append(("POST", "/api/rights/check-offer", query, body, json_type))
    for method in ("GET", "PUT", "DELETE", "OPTIONS", "HEAD"):
        requests.append((method, "/api/rights/check-offer", "lang=fi", b"", {}))
    requests.append(("POST", "/api/rights/check-offer", "lang=fi", OFFER.encode(), {"Content-Type": "text/plain"}))
    requests.append(("POST", "/api/rights/check-offer", "lang=fi", OFFER.encode(),
                     {**json_type, "Accept-Language": "sv"}))
    requests.append(("POST", "/api/rights/check-offer", "lang=fi", OFFER.encode(),
                     {**json_type, "Cookie": "django_language=ar"}))
    for path in OTHER_PATHS:
        for encoding in ("identity", "br"):
            requests.append(("GET", path, "", b"", {"Accept-Encoding": encoding}))
        requests.append(("GET", path, "", b"", {"Accept-Language": "fi"}))

    print(f"ikut from {Path(ikut.__file__).parent}")
    statuses = []
    with open(out_path, "w", encoding="utf-8") as out:
        for method, path, query, body, headers in requests:
            for attempt in (1, 2):
                log.seek(0)
                log.truncate()
                seen = []
                result = application(gunicorn_environ(method, path, query, body, headers),
                                     lambda status, head, exc_info=None, seen=seen: seen.append((status, head)))
                try:
                    content = b"".join(result)
                finally:
                    if hasattr(result, "close"):
                        result.close()
                status, head = seen[0]
                statuses.append(status[:3])
                out.write(f"=== {method} {path}?{query} body {len(body)} bytes {headers} #{attempt}\n{status}\n")
                for name, value in head:
                    out.write(_masked(f"{name}: {value}\n"))
                try:
                    text = content.decode("utf-8")
                except UnicodeDecodeError:
                    text = "hex " + content.hex()
                out.write(f"{_masked(text)}\n--- log\n{_VARYING.sub(lambda m: m.group(1) + ': *', log.getvalue())}")
    counts = {code: statuses.count(code) for code in sorted(set(statuses))}
    print(f"{len(statuses)} answers ({len(requests)} requests twice): {counts} -> {out_path}")


if __name__ == "__main__":
    main()
