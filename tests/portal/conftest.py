"""Fixtures shared by the portal tests."""

from tests.skills.conftest import starter  # noqa: F401 (the starter taxonomy fixture, for skills on portal pages)
