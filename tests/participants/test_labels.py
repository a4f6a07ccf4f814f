"""ikut.participants.labels: the choice labels the dashboard panels, the caseload table and the record page show,
escaped, in the active language, made once per class, language and process."""

from html import escape

from django.utils import translation

from ikut.participants import dashboard, labels, record, views
from ikut.participants.models import Meeting, Participant, Phase, RiskFlag, Status


def test_labels_are_the_choices_labels_escaped_in_the_active_language():
    for language in ("fi", "sv", "en", "ar"):
        with translation.override(language):
            for choices in (Meeting.Kind, RiskFlag.Kind, Phase, Participant.Status, Status):
                assert labels.labels(choices) == {value: escape(str(label)) for value, label in choices.choices}


def test_each_language_has_its_own_labels():
    with translation.override("fi"):
        finnish = labels.labels(Status)
    with translation.override("en"):
        english = labels.labels(Status)
        assert labels.labels(Status) is english  # made once, then shared
        assert english[Status.DONE] == "Done"
    assert finnish[Status.DONE] == "Valmis"


def test_a_value_that_is_no_choice_is_shown_as_itself_escaped():
    with translation.override("en"):
        assert labels.label(Meeting.Kind, "<b>old kind</b>") == "&lt;b&gt;old kind&lt;/b&gt;"
        assert labels.label(Meeting.Kind, Meeting.Kind.choices[0][0]) == escape(str(Meeting.Kind.choices[0][1]))


def test_the_three_pages_use_the_one_cache():
    assert dashboard.labels is record.labels is views.labels is labels.labels
