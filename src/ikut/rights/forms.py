from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ArticleVersion, OfferRule, SectorMinimumPay


def _lines_to_refs(text, keys, field_label):
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split("|")]
        parts += [""] * (len(keys) - len(parts)) if 2 <= len(parts) < len(keys) else []
        if len(parts) != len(keys) or not all(parts[:2]):
            raise forms.ValidationError(
                _("%(field)s, line %(line)s: write %(count)s parts separated by |") % {
                    "field": field_label, "line": number, "count": len(keys)})
        rows.append(dict(zip(keys, parts, strict=True)))
    return rows


def refs_to_lines(rows, keys):
    return "\n".join(" | ".join(str(row.get(k, "")) for k in keys) for row in rows)


REF_KEYS = ["statute", "number", "section", "source", "checked_on"]
SOURCE_KEYS = ["title", "url", "checked_on"]


class ArticleForm(forms.Form):
    legal_references = forms.CharField(
        label=_("Legal references"), required=False, widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One per line: statute | number | section | source address | checked on (YYYY-MM-DD, "
                    "only if you read the source), e.g. Working Hours Act | 872/2019 | s. 25 | "
                    "https://www.finlex.fi/fi/laki/ajantasa/2019/20190872 |"))
    sources = forms.CharField(label=_("Sources"), required=False, widget=forms.Textarea(attrs={"rows": 3}),
                              help_text=_("One per line: title | address | checked on (YYYY-MM-DD, only if you "
                                          "read it)"))

    def clean_legal_references(self):
        rows = _lines_to_refs(self.cleaned_data["legal_references"], REF_KEYS, _("Legal references"))
        _check_provenance(rows, "source", _("Legal references"))
        return rows

    def clean_sources(self):
        rows = _lines_to_refs(self.cleaned_data["sources"], SOURCE_KEYS, _("Sources"))
        for row in rows:
            if not row["url"].startswith(("https://", "http://")):
                raise forms.ValidationError(_("Sources: each address must start with https:// or http://"))
        _check_provenance(rows, "url", _("Sources"))
        return rows


def _check_provenance(rows, source_key, field_label):
    from .provenance import validate_items

    for row in rows:
        if row.get(source_key) and not row[source_key].startswith(("https://", "http://")):
            raise forms.ValidationError(_("%(field)s: a source address must start with https:// or http://")
                                        % {"field": field_label})
    try:
        validate_items(rows, source_key)
    except ValueError:
        raise forms.ValidationError(_("%(field)s: a checked-on date needs the source that was read, and must be "
                                      "a date (YYYY-MM-DD)") % {"field": field_label}) from None


class FactCheckForm(forms.Form):
    """Mark one fact checked: only by entering the address of the source read (nothing is prefilled)."""

    fact = forms.CharField(max_length=120, widget=forms.HiddenInput)
    source = forms.URLField(label=_("Address of the source you read"), max_length=300, assume_scheme="https",
                            help_text=_("The page where you found this fact today."))


class VersionForm(forms.ModelForm):
    class Meta:
        model = ArticleVersion
        fields = ["title", "summary", "body", "status"]
        widgets = {"body": forms.Textarea(attrs={"rows": 14})}
        help_texts = {"body": _("Plain language. Separate paragraphs with an empty line."),
                      "status": _("Choose Reviewed only if you checked the text yourself; you are recorded as "
                                  "the reviewer.")}

    def __init__(self, *args, may_review=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not may_review:
            self.fields["status"].choices = [c for c in self.fields["status"].choices if c[0] != "reviewed"]


class MinimumPayForm(forms.ModelForm):
    class Meta:
        model = SectorMinimumPay
        fields = ["sector", "agreement", "lowest_pay_group", "hourly_minimum", "effective_from", "source",
                  "checked_on", "uncertain", "note"]
        widgets = {"effective_from": forms.DateInput(attrs={"type": "date"}),
                   "checked_on": forms.DateInput(attrs={"type": "date"})}
        help_texts = {"checked_on": _("Only the date you read the source above and found this figure there.")}

    def clean(self):
        data = super().clean()
        if data.get("checked_on") and not data.get("source"):
            self.add_error("checked_on", _("Checked on needs the source you read: give its address."))
        return data

    def clean_hourly_minimum(self):
        value = self.cleaned_data["hourly_minimum"]
        if value <= 0:
            raise forms.ValidationError(_("Hourly minimum must be more than zero."))
        return value


class RuleForm(forms.ModelForm):
    legal_basis_text = forms.CharField(
        label=_("Legal basis"), widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One per line: statute | number | section"))

    class Meta:
        model = OfferRule
        # No date here: a rule is marked checked only at Rights → Unchecked facts, by entering the source read.
        fields = ["ilo_indicator", "message", "advice", "source"]
        widgets = {"message": forms.Textarea(attrs={"rows": 2}), "advice": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["legal_basis_text"].initial = refs_to_lines(self.instance.legal_basis, REF_KEYS)

    def clean_legal_basis_text(self):
        rows = _lines_to_refs(self.cleaned_data["legal_basis_text"], REF_KEYS, _("Legal basis"))
        if not rows:
            raise forms.ValidationError(_("Legal basis: give at least one reference."))
        return rows
