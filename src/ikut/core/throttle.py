"""Small cache-based throttles: at most `limit` events per key in a window (per account, per client address).

The client address comes from the proxy-aware `ikut.core.net.client_ip` (IKUT_PROXY_COUNT), like axes,
audit and sessions, so behind a proxy a throttle counts each visitor, not the proxy.
"""

import hashlib

from django.core.cache import cache

from . import net


def client_ip(request):
    return net.client_ip(request) if request is not None else ""


def _key(scope, value):
    # Keys hold a hash, never an email address or IP in clear (the cache may be shared or dumped).
    return f"ikut:throttle:{scope}:{hashlib.sha256(str(value).encode()).hexdigest()[:32]}"


def exceeded(scope, value, limit, seconds):
    """True if `value` already used `limit` events of `scope` in the window; otherwise count one more."""
    key = _key(scope, value)
    cache.add(key, 0, timeout=seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=seconds)
        count = 1
    return count > limit


def is_blocked(scope, value, limit):
    """Whether `value` is over `limit` for `scope`, without counting an event."""
    return (cache.get(_key(scope, value)) or 0) >= limit


def first_in_window(scope, value, seconds):
    """True the first time `value` is seen for `scope` in the window (for de-duplication)."""
    return cache.add(_key(scope, value), 1, timeout=seconds)
