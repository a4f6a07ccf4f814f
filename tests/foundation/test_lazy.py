"""ikut.core.lazy reads two private parts of Django's lazy proxies: `_wrapped`, which holds the sentinel
django.utils.functional.empty until `_setup()` makes the object. These tests pin that contract directly (not only
through the two helpers), so that a Django upgrade that changes it fails here rather than silently turning the
message middleware's "storage never used" check or the menu's unwrapping of request.user into something else."""

from django.utils import functional
from django.utils.functional import LazyObject, SimpleLazyObject

from ikut.core.lazy import evaluated, unwrapped


class _Thing:
    pass


def _counted(made):
    def setup():
        made.append(_Thing())
        return made[-1]

    return setup


def test_djangos_private_contract_that_the_helpers_read():
    made = []
    lazy = SimpleLazyObject(_counted(made))
    assert vars(lazy)["_wrapped"] is functional.empty  # an instance attribute, the sentinel until made
    assert made == []
    lazy._setup()
    assert made and vars(lazy)["_wrapped"] is made[0]
    other = SimpleLazyObject(_counted(made))
    str(other)  # passed through to the object: makes it
    assert vars(other)["_wrapped"] is made[-1] and len(made) == 2
    assert issubclass(SimpleLazyObject, LazyObject)


def test_evaluated_asks_without_making_the_object():
    made = []
    lazy = SimpleLazyObject(_counted(made))
    assert not evaluated(lazy) and not evaluated(lazy) and made == []
    str(lazy)
    assert evaluated(lazy) and len(made) == 1


def test_unwrapped_opens_every_layer_and_makes_each_once():
    made = []
    inner = SimpleLazyObject(_counted(made))
    outer = SimpleLazyObject(lambda: inner)  # as django-otp wraps Django's lazy request.user
    thing = unwrapped(outer)
    assert type(thing) is _Thing and thing is made[0] and len(made) == 1
    assert unwrapped(outer) is thing and unwrapped(inner) is thing and len(made) == 1
    assert evaluated(outer) and evaluated(inner)


def test_unwrapped_leaves_other_values_alone():
    thing = _Thing()
    assert unwrapped(thing) is thing and unwrapped(None) is None
