from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Event, Feedback

RATING = [(i, str(i)) for i in range(1, 6)]


class EventForm(forms.ModelForm):
    class Meta:
        model = Event
        fields = ["kind", "format", "title_fi", "title_sv", "title_en", "description_fi", "description_sv",
                  "description_en", "location", "online_url", "starts_at", "ends_at", "capacity", "offer_hours",
                  "reminder_hours", "published", "registration_open"]
        widgets = {"starts_at": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
                   "ends_at": forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")}

    def clean(self):
        data = super().clean()
        if not (data.get("title_fi") or data.get("title_sv") or data.get("title_en")):
            self.add_error("title_fi", _("Give the title in at least one language."))
        if data.get("starts_at") and data.get("ends_at") and data["ends_at"] <= data["starts_at"]:
            self.add_error("ends_at", _("The event must end after it starts."))
        if data.get("format") == Event.Format.ONLINE and not data.get("online_url"):
            self.add_error("online_url", _("An online event needs a meeting link."))
        if data.get("format") == Event.Format.IN_PERSON and not data.get("location"):
            self.add_error("location", _("An in-person event needs a place."))
        if data.get("capacity") == 0:
            self.add_error("capacity", _("Capacity must be at least 1."))
        return data


class RegistrationForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=120,
                           help_text=_("Shown on the attendee list and the certificate of attendance."))
    email = forms.EmailField(label=_("Email"), max_length=200,
                             help_text=_("We send the confirmation, the ticket and a reminder here."))
    privacy = forms.BooleanField(
        label=_("I understand that my name and email are kept only for this event and deleted afterwards."))


class FeedbackForm(forms.ModelForm):
    overall = forms.TypedChoiceField(label=_("Overall, how useful was the event? (1 = not at all, 5 = very)"),
                                     choices=RATING, coerce=int, widget=forms.RadioSelect)
    relevance = forms.TypedChoiceField(label=_("How relevant was it to your work? (1 = not at all, 5 = very)"),
                                       choices=RATING, coerce=int, widget=forms.RadioSelect)

    class Meta:
        model = Feedback
        fields = ["overall", "relevance", "will_act", "comment"]
        widgets = {"comment": forms.Textarea(attrs={"rows": 4})}
        help_texts = {"comment": _("Please do not write anyone's personal details here.")}


class CheckinLookupForm(forms.Form):
    code = forms.CharField(label=_("Ticket code"), max_length=64,
                           help_text=_("Type the code printed under the QR code if scanning does not work."))
