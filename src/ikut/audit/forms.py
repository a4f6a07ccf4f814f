from django import forms
from django.utils.translation import gettext_lazy as _


class AuditFilterForm(forms.Form):
    """The DPO's filters. Bad input (e.g. a date that is not a date) is a field error, never a server error."""

    action = forms.CharField(label=_("Action starts with"), max_length=100, required=False)
    actor = forms.CharField(label=_("User"), max_length=254, required=False)
    subject = forms.CharField(label=_("Subject (code or id)"), max_length=100, required=False)
    since = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    until = forms.DateField(label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        data = super().clean()
        since, until = data.get("since"), data.get("until")
        if since and until and since > until:
            self.add_error("until", _("The end date is before the start date."))
        return data
