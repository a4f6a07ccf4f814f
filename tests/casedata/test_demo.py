import pytest

from ikut.casedata.models import CaseStatus, ExpiryReminder

pytestmark = pytest.mark.django_db


def test_demo_case_data_is_seeded_once_with_reminders():
    from ikut.core.demo import seed_all

    seed_all()
    assert CaseStatus.objects.count() == 4
    assert ExpiryReminder.objects.count() == 2  # Nok's permit (75 days), Blessing's reflection period (25 days)
    seed_all()
    assert CaseStatus.objects.count() == 4 and ExpiryReminder.objects.count() == 2
