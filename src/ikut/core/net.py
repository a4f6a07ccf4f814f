"""The client's address, the one place that reads REMOTE_ADDR / X-Forwarded-For.

Used by login throttling (django-axes, `AXES_CLIENT_IP_CALLABLE`), every throttle, audit entries and
the session list. Configuration:

- `IKUT_PROXY_COUNT` = N reverse proxies in front of the app. 0 (default): the socket address
  (REMOTE_ADDR) is the client and any X-Forwarded-For header is ignored, forged or not. N >= 1: the
  last proxy is REMOTE_ADDR and the N proxies appended the addresses they saw to X-Forwarded-For, so the
  client is the N-th entry from the right; entries further left were written by the client and are
  ignored. The header is parsed by django-ipware.
- `IKUT_TRUSTED_PROXIES` (optional, comma-separated addresses or networks): X-Forwarded-For is read
  only when REMOTE_ADDR is one of them, so a visitor who reaches the app directly cannot forge it.
"""

import ipaddress

from django.conf import settings
from ipware import get_client_ip


def _trusted(remote_addr):
    networks = getattr(settings, "IKUT_TRUSTED_PROXIES", [])
    if not networks:
        return True
    try:
        address = ipaddress.ip_address(remote_addr)
    except ValueError:
        return False
    return any(address in ipaddress.ip_network(network, strict=False) for network in networks)


def _valid(value):
    try:
        return str(ipaddress.ip_address(value))
    except (TypeError, ValueError):
        return None


def client_ip(request):
    """The client's IP address as text, or None."""
    if request is None:
        return None
    meta = getattr(request, "META", None) or {}
    remote_addr = _valid(meta.get("REMOTE_ADDR"))
    proxies = getattr(settings, "IKUT_PROXY_COUNT", 0)
    if proxies <= 0 or remote_addr is None or not _trusted(remote_addr):
        return remote_addr
    # The last proxy is REMOTE_ADDR itself; the header lists the client and the proxies before it.
    forwarded, _routable = get_client_ip(request, proxy_order="left-most", proxy_count=proxies - 1,
                                         request_header_order=["HTTP_X_FORWARDED_FOR"], strict=False)
    return _valid(forwarded) or remote_addr
