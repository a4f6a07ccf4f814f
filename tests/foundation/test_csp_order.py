"""The Content-Security-Policy header is spelt the same by every process: django-csp joins the directives in the
order of a set of their names, which follows the per-process string hash seed (PYTHONHASHSEED), so two workers of
one deployment sent the same policy in different orders. ikut.core.middleware.CSPMiddleware sorts them by name.
Two child processes with different hash seeds must write byte-identical headers, for the policy of the settings
and for policies django-csp builds per response (a nonce, a view's csp_update / csp_replace)."""

import json
import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"

CHILD = r"""
import json, os
os.environ["DJANGO_SETTINGS_MODULE"] = "ikut.settings_test"
import django
django.setup()
from django.http import HttpResponse
from django.test import RequestFactory
from ikut.core.middleware import CSPMiddleware

CASES = {
    "settings": {},
    "nonce": {"nonce": "bm9uY2U="},
    "update": {"_csp_update": {"img-src": ["https://tiles.example"]}},
    "replace": {"_csp_replace": {"script-src": ["'self'", "https://cdn.example"]}},
}
headers = {}
for name, case in CASES.items():
    def view(request, case=case):
        if "nonce" in case:
            request._csp_nonce = case["nonce"]
        response = HttpResponse("page")
        for attribute, value in case.items():
            if attribute != "nonce":
                setattr(response, attribute, value)
        return response
    response = CSPMiddleware(view)(RequestFactory().get("/portal/fi/"))
    headers[name] = response["Content-Security-Policy"]
print(json.dumps(headers))
"""


def _headers(seed):
    environment = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(SRC)}
    environment.pop("DJANGO_SETTINGS_MODULE", None)
    done = subprocess.run(
        [sys.executable, "-c", CHILD], env=environment, capture_output=True, text=True, check=True, timeout=300
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_two_processes_with_different_hash_seeds_write_the_same_header():
    first, second = _headers(1), _headers(2)
    assert first == second  # byte for byte, every case
    for header in first.values():
        directives = header.split("; ")
        assert directives == sorted(directives, key=lambda directive: directive.split()[0])
    assert "img-src 'self' data: https://tiles.example" in first["update"].split("; ")
    assert "script-src 'self' https://cdn.example" in first["replace"].split("; ")
