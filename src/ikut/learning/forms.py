from django import forms
from django.utils.translation import gettext_lazy as _


class QuizForm(forms.Form):
    """One radio group per question; the field name is q<question id>."""

    def __init__(self, module, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.module = module
        for q in module.questions.all():
            self.fields[f"q{q.pk}"] = forms.TypedChoiceField(
                label=q.question, choices=[(c.pk, c.label) for c in q.choices.all()], coerce=int,
                widget=forms.RadioSelect, error_messages={"required": _("Choose an answer.")})

    def answers(self):
        return {int(name[1:]): value for name, value in self.cleaned_data.items()}


class VerifyLookupForm(forms.Form):
    code = forms.CharField(label=_("Certificate code"), max_length=20, help_text=_("For example ABCD-EFGH-JKLM"))


class NameCheckForm(forms.Form):
    name = forms.CharField(label=_("Name on the certificate"), max_length=120,
                           help_text=_("We only tell you whether it matches; we never show the name."))
