"""THE access policy: the one place that decides who may see or do what.

Views and API endpoints ask it and nothing else decides. Rules are registered per action name
("participants.view", "audit.view", ...) by the domain modules in this package, which are all imported
below. A rule receives the user and, for record-level actions, the object, and answers yes or no.

Denials answer 404 (Http404), so a user cannot tell a record they may not see from one that does not
exist. Querysets of visible records come from functions here too (e.g. `participants.visible(user)`),
so lists and lookups can never show more than a rule allows.
"""

import importlib
import pkgutil
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.http import Http404

from ikut.accounts.models import STAFF_ROLES, Role

_RULES = {}
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
    if action != PUBLIC and not is_active_user(user):
        return False
    return bool(decide(user, obj))


def check(user, action, obj=None):
    """Raise Http404 unless `user` may do `action` (on `obj`)."""
    if not can(user, action, obj):
        raise Http404


def requires(action):
    """View decorator: anonymous users go to the login page; users without the right get 404."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if action != PUBLIC and not is_active_user(request.user):
                return redirect_to_login(request.get_full_path())
            check(request.user, action)
            return view(request, *args, **kwargs)

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

__all__ = ["Role", "can", "check", "requires", "public", "rule", "has_role", "is_staff", "actions"]
