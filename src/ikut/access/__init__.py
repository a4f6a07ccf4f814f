"""THE access policy: the one place that decides who may see or do what.

Views and API endpoints ask it and nothing else decides. Rules are registered per action name
("participants.view", "audit.view", ...) by the domain modules in this package, which are all imported
below. A rule receives the user and, for record-level actions, the object, and answers yes or no.

Denials answer 404 (`Denied`, an Http404), so a user cannot tell a record they may not see from one that
does not exist. Every denial is audited once per user, route and object type in a time window
(`audit.log.record_denied`: route name and object type only, never the path). Querysets of visible records
come from functions here too (e.g. `participants.visible(user)`), so lists and lookups can never show more
than a rule allows.
"""

import importlib
import pkgutil
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.http import Http404

from ikut.accounts.models import STAFF_ROLES, Role
from ikut.core.lazy import unwrapped

_RULES: dict[str, Callable[[Any, Any], Any]] = {}  # action -> decide(user, obj)
PUBLIC = "public"


def rule(action):
    """Register the function that decides `action`. One function per action, never two."""

    def register(fn):
        if action in _RULES:
            raise RuntimeError(f"access rule {action!r} registered twice")
        _RULES[action] = fn
        return fn

    return register


def actions():
    return sorted(_RULES)


def is_active_user(user):
    return user is not None and user.is_authenticated and user.is_active


def has_role(user, *roles):
    return is_active_user(user) and user.role in roles


def is_staff(user):
    return is_active_user(user) and user.role in STAFF_ROLES


def can(user, action, obj=None) -> bool:
    try:
        decide = _RULES[action]
    except KeyError:
        raise LookupError(f"no access rule for {action!r}") from None
    if action != PUBLIC:
        # The object behind request.user's two lazy proxies (Django's and django-otp's), which deciding makes anyway:
        # the same object, so the same answer, but each attribute a rule reads through them costs an exception and
        # four proxy lookups.
        user = unwrapped(user)
        if not is_active_user(user):
            return False
    return bool(decide(user, obj))


class Denied(Http404):
    """A 404 decided by the access policy. `subject_type` names the kind of object (never an id or path)."""

    def __init__(self, action="", subject_type=""):
        super().__init__()
        self.action = action
        self.subject_type = subject_type


def subject_type_of(obj):
    meta = getattr(obj, "_meta", None)
    return meta.label_lower if meta is not None else ""


def check(user, action, obj=None):
    """Raise Denied (a 404) unless `user` may do `action` (on `obj`)."""
    if not can(user, action, obj):
        raise Denied(action, subject_type_of(obj))


def audit_denied(request, exc):
    from ikut.audit.log import record_denied

    record_denied(request, exc.action, exc.subject_type)


def requires(action):
    """View decorator: anonymous users go to the login page; users without the right get 404."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            user = request.user if action == PUBLIC else unwrapped(request.user)  # public views may not read it
            if action != PUBLIC and not is_active_user(user):
                return redirect_to_login(request.get_full_path())
            try:
                check(user, action)
                return view(request, *args, **kwargs)
            except Denied as exc:
                audit_denied(request, exc)
                raise

        wrapper.access_action = action
        return wrapper

    return decorator


public = requires(PUBLIC)


@rule(PUBLIC)
def _public(user, obj):
    return True


# Domain modules register their rules on import.
for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")

__all__ = ["Role", "Denied", "can", "check", "requires", "public", "rule", "has_role", "is_staff", "actions"]
