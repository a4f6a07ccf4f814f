import pytest

from ikut.skills.starter import load_starter


@pytest.fixture
def starter(db):
    """The built-in starter taxonomy, loaded into the test database."""
    from ikut.skills import matching

    record = load_starter()
    matching.invalidate()
    return record
