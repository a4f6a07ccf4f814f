import json
import logging
import time
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]


class JsonFormatter(logging.Formatter):
    """One JSON object per line. Callers pass only non-personal fields (route names, ids, counts)."""

    def format(self, record):
        payload = {
            "ts": _utc_second(record.created),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        payload.update(getattr(record, "ikut", {}))
        if record.exc_info:
            # Exception type and location only: messages and locals may carry input data.
            exc_type = record.exc_info[0].__name__ if record.exc_info[0] else "Exception"
            tb = record.exc_info[2]
            while tb and tb.tb_next:
                tb = tb.tb_next
            payload["exc"] = exc_type
            if tb:
                payload["at"] = f"{tb.tb_frame.f_code.co_filename}:{tb.tb_lineno}"
        return _encode(payload)


# What json.dumps(payload, ensure_ascii=False) uses, made once (json.dumps makes one per call for any non-default
# option): one log line per request (issue 17).
_ENCODER = json.JSONEncoder(ensure_ascii=False)


def _encode(payload):
    """_ENCODER.encode(payload) for a dict: the C encoder JSONEncoder.iterencode builds for a one-shot encode, with the
    same arguments (a new circular-reference table per call), without the Python layers around it."""
    if c_make_encoder is None:  # pragma: no cover - CPython always has _json
        return _ENCODER.encode(payload)
    return "".join(c_make_encoder({}, _ENCODER.default, encode_basestring, None, _ENCODER.key_separator,
                                  _ENCODER.item_separator, _ENCODER.sort_keys, _ENCODER.skipkeys,
                                  _ENCODER.allow_nan)(payload, 0))
_last_second: tuple[int, str] = (-1, "")


def _utc_second(created):
    """time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(created)), worked out once per second."""
    global _last_second
    second = int(created)  # gmtime's whole second (its floor) for any time after 1970
    kept = _last_second
    if kept[0] != second or created < 0:
        kept = _last_second = (second, time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(created)))
    return kept[1]


class RouteNotPath(logging.Filter):
    """Log the route, never the path: Django passes the request with records such as
    "Forbidden (CSRF token missing.): /participants/IK-2026-0042/notes/" (django.security.csrf) or the
    django.security.* and django.request messages; a path can carry a participant code or a token.
    The path (plain, unicode-escaped as Django writes it, and with its query) is replaced by the route name."""

    def filter(self, record):
        request = getattr(record, "request", None)
        if request is None:
            return True
        match = getattr(request, "resolver_match", None)
        route = f"[route {match.view_name}]" if match else "[unresolved route]"
        paths = set()
        for raw in (getattr(request, "path", ""), getattr(request, "path_info", ""), _full_path(request)):
            if raw and len(raw) > 1:
                paths |= {raw, raw.encode("unicode_escape").decode("ascii")}
        message = record.getMessage()
        for path in sorted(paths, key=len, reverse=True):
            message = message.replace(path, route)
        record.msg, record.args = message, ()
        return True


def _full_path(request):
    try:
        return request.get_full_path()
    except Exception:  # noqa: BLE001 - a malformed request must not break logging
        return ""


def axes_client_str(username, ip_address, user_agent, path_info, request):
    """How django-axes names a client in its log lines: the route only. Its default puts the typed email,
    the address and the path in the log; our audit log records sign-in attempts without them."""
    match = getattr(request, "resolver_match", None)
    return f"[route {match.view_name}]" if match else "[unresolved route]"
