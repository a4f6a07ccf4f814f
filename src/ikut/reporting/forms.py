from django import forms
from django.utils.translation import gettext_lazy as _

from .models import NarrativeSection, Question, ReportingPeriod, SituationReport, Survey, SurveyLink


class PeriodForm(forms.ModelForm):
    class Meta:
        model = ReportingPeriod
        fields = ["name", "start", "end"]
        widgets = {"start": forms.DateInput(attrs={"type": "date"}), "end": forms.DateInput(attrs={"type": "date"})}

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", _("The last day must not be before the first day."))
        return data


class SituationReportForm(forms.ModelForm):
    class Meta:
        model = SituationReport
        fields = ["title", "period", "surveys"]
        widgets = {"surveys": forms.CheckboxSelectMultiple}


class NarrativeForm(forms.ModelForm):
    class Meta:
        model = NarrativeSection
        fields = ["heading", "body", "order"]
        help_texts = {"body": _("Published as written. Never name or describe an individual participant.")}


class SurveyForm(forms.ModelForm):
    class Meta:
        model = Survey
        fields = ["audience", "title_fi", "title_sv", "title_en", "intro_fi", "intro_sv", "intro_en"]

    def clean(self):
        data = super().clean()
        if not (data.get("title_fi") or data.get("title_sv") or data.get("title_en")):
            self.add_error("title_fi", _("Give the title in at least one language."))
        return data


class QuestionForm(forms.ModelForm):
    choices_fi = forms.CharField(label=_("Choices (Finnish), one per line"), required=False, widget=forms.Textarea)
    choices_sv = forms.CharField(label=_("Choices (Swedish), one per line"), required=False, widget=forms.Textarea)
    choices_en = forms.CharField(label=_("Choices (English), one per line"), required=False, widget=forms.Textarea)

    class Meta:
        model = Question
        fields = ["kind", "topic", "text_fi", "text_sv", "text_en", "required", "scale_min", "scale_max", "order"]

    def choice_rows(self):
        cols = [[line.strip() for line in self.cleaned_data.get(f"choices_{lang}", "").splitlines() if line.strip()]
                for lang in ("fi", "sv", "en")]
        length = max(len(c) for c in cols)
        return [tuple(c[i] if i < len(c) else "" for c in cols) for i in range(length)]

    def clean(self):
        data = super().clean()
        if not (data.get("text_fi") or data.get("text_sv") or data.get("text_en")):
            self.add_error("text_fi", _("Give the question in at least one language."))
        if data.get("kind") in (Question.Kind.SINGLE, Question.Kind.MULTI) and not self.choice_rows():
            self.add_error("choices_fi", _("A choice question needs at least one choice."))
        if data.get("kind") == Question.Kind.SCALE and data.get("scale_min", 0) >= data.get("scale_max", 0):
            self.add_error("scale_max", _("The scale must end above where it starts."))
        return data


class LinkForm(forms.ModelForm):
    class Meta:
        model = SurveyLink
        fields = ["label", "max_responses"]


def answer_form(survey, language, data=None, participant_option=False):
    """A form built from the survey's questions in `language` (content falling back to en/fi/sv). Each field
    knows the language its label is in (`field.content_lang`); the texts of the form itself are portal strings
    (ikut.portal.survey), resolved now in `language` so that a staff page in another language shows them right."""
    from django.utils import translation

    from ikut.portal import survey as texts

    fields = {}
    with translation.override(language):
        errors = {key: str(message) for key, message in texts.ERROR_MESSAGES.items()}
        for q in survey.questions.all():
            name = f"q{q.pk}"
            label, content_lang = q.text_and_language("text", language)
            if q.kind == Question.Kind.SINGLE:
                field = forms.TypedChoiceField(label=label, required=q.required, coerce=int,
                                               choices=[(c.pk, c.text("label", language)) for c in q.choices.all()],
                                               widget=forms.RadioSelect)
            elif q.kind == Question.Kind.MULTI:
                field = forms.TypedMultipleChoiceField(
                    label=label, required=q.required, coerce=int, widget=forms.CheckboxSelectMultiple,
                    choices=[(c.pk, c.text("label", language)) for c in q.choices.all()])
            elif q.kind == Question.Kind.SCALE:
                field = forms.TypedChoiceField(label=label, required=q.required, coerce=int,
                                               choices=[(v, str(v)) for v in range(q.scale_min, q.scale_max + 1)],
                                               widget=forms.RadioSelect)
            elif q.kind == Question.Kind.NUMBER:
                field = forms.IntegerField(label=label, required=q.required, min_value=0, max_value=100000)
            else:
                field = forms.CharField(label=label, required=q.required, max_length=300,
                                        help_text=str(texts.NO_NAMES_HELP))
            field.error_messages.update(errors)
            field.content_lang = content_lang
            fields[name] = field
        if participant_option:
            fields["consent"] = forms.BooleanField(label=str(texts.PARTICIPANT_CONSENT), required=False)
            fields["consent"].content_lang = language
    form_class = type("AnswerForm", (forms.Form,), fields)
    return form_class(data)


def content_languages(survey, language):
    """The languages the survey's title, introduction, questions and choices are shown in for `language`."""
    used = {survey.text_and_language("title", language)[1], survey.text_and_language("intro", language)[1]}
    for q in survey.questions.prefetch_related("choices"):
        used.add(q.text_and_language("text", language)[1])
        used |= {c.text_and_language("label", language)[1] for c in q.choices.all()}
    return sorted(used - {""})
