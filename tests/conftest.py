import os

import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ikut.settings_test")

from tests.helpers import make_org, make_user, sign_in  # noqa: E402


@pytest.fixture
def org(db):
    return make_org()


@pytest.fixture
def user_factory(db):
    return make_user


@pytest.fixture
def signed_in(client):
    """signed_in(user) -> a test client signed in as `user` with a verified second factor."""

    def _sign_in(user):
        return sign_in(client, user)

    return _sign_in


@pytest.fixture(autouse=True)
def _fresh_caches():
    from django.core.cache import cache

    from ikut.core import i18n

    i18n.status.cache_clear()
    yield
    cache.clear()
