"""The portal's query strings."""

import re

from django import forms

PATH_REST = re.compile(r"[a-z0-9/_-]{0,80}")


class LanguageSwitchForm(forms.Form):
    """?next= on the language page: the rest of the portal path to show in the chosen language ("rights/",
    "offer/"). Anything else — another site, an absolute path, odd characters — is dropped, not an error."""

    next = forms.CharField(required=False, strip=True)

    def clean_next(self):
        rest = self.cleaned_data["next"]
        return rest if PATH_REST.fullmatch(rest) and not rest.startswith("/") and "//" not in rest else ""

    def rest(self):
        return self.cleaned_data["next"] if self.is_valid() else ""
