"""Django's lazy proxies (django.utils.functional.LazyObject, SimpleLazyObject) looked into without going through
them. Reading an attribute through a proxy costs ~1 µs, and asking it whether it has made its object yet is not in
its public interface at all, so this reads two private parts of Django: the `_wrapped` attribute, which holds the
sentinel `django.utils.functional.empty` until `_setup()` has made the object. Every use in IKUT goes through the
two functions here; tests/foundation/test_lazy.py checks that contract, so a Django upgrade that changes it fails
there, loudly, instead of silently changing what these return."""

from django.utils.functional import LazyObject, empty


def evaluated(lazy) -> bool:
    """Whether a lazy object (a LazyObject) has made its object yet; asking does not make it."""
    return lazy._wrapped is not empty


def unwrapped(value):
    """The object behind any number of lazy proxies (Django's request.user, wrapped again by django-otp), made if
    not made yet: the very object the proxies pass every attribute read to. Anything else is returned as it is."""
    while isinstance(value, LazyObject):
        if value._wrapped is empty:
            value._setup()
        value = value._wrapped
    return value
