"""Emails to attendees, built inside the background task from a registration id.

Confirmation, offer-accepted and reminder emails carry an .ics calendar file (icalendar).
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from ikut.core.links import absolute

from .models import Registration

WITH_CALENDAR = {"confirmed", "reminder"}


def ics_for(event, registration=None):
    from icalendar import Calendar  # loaded by the first mail (in the task worker), not by every web worker
    from icalendar import Event as ICalEvent

    cal = Calendar()
    cal.add("prodid", "-//IKUT//events//EN")
    cal.add("version", "2.0")
    cal.add("method", "PUBLISH")
    item = ICalEvent()
    item.add("uid", f"ikut-event-{event.pk}@{settings.SITE_URL.split('://')[-1]}")
    item.add("dtstamp", timezone.now())
    item.add("dtstart", event.starts_at)
    item.add("dtend", event.ends_at)
    item.add("summary", event.title)
    if event.format == event.Format.ONLINE:
        item.add("location", _("Online"))
    elif event.location:
        item.add("location", event.location)
    if registration is not None:
        item.add("url", absolute(registration.ticket_url()))
    item.add("description", event.description[:2000])
    cal.add_component(item)
    return cal.to_ical().decode("utf-8")


def _when(event):
    from ikut.core.formats import datetime_text, time_text

    return f"{datetime_text(event.starts_at)}–{time_text(event.ends_at)}"


def compose(registration, kind, confirm_url=""):
    event = registration.event
    ticket = absolute(registration.ticket_url())
    lines = [_("Hello %(name)s,") % {"name": registration.name}, ""]
    title = event.title
    if kind == "confirm_email":
        subject = _("Please confirm your registration: %(title)s") % {"title": title}
        lines += [_("Please confirm your email address to complete your registration for %(title)s (%(when)s).")
                  % {"title": title, "when": _when(event)},
                  "", _("Confirm here: %(url)s") % {"url": absolute(confirm_url)}, "",
                  _("If you did not register, ignore this email: nothing happens without confirmation.")]
    elif kind == "confirmed":
        subject = _("You are registered: %(title)s") % {"title": title}
        lines += [_("Your place at %(title)s (%(when)s) is confirmed.") % {"title": title, "when": _when(event)}]
        if event.format == event.Format.ONLINE and event.online_url:
            lines += ["", _("Join online: %(url)s") % {"url": event.online_url}]
        elif event.location:
            lines += ["", _("Place: %(place)s") % {"place": event.location}]
        lines += ["", _("Your ticket (QR code for check-in) and the cancellation link: %(url)s") % {"url": ticket},
                  "", _("A calendar file is attached.")]
    elif kind == "waitlisted":
        subject = _("You are on the waiting list: %(title)s") % {"title": title}
        lines += [_("%(title)s is full. You are on the waiting list; if a place becomes free we will email you "
                    "and you will have a limited time to accept it.") % {"title": title},
                  "", _("Your registration: %(url)s") % {"url": ticket}]
    elif kind == "offered":
        from ikut.core.formats import datetime_text

        subject = _("A place is free for you: %(title)s") % {"title": title}
        lines += [_("A place at %(title)s (%(when)s) has become free and is offered to you.")
                  % {"title": title, "when": _when(event)},
                  _("Accept it by %(deadline)s, otherwise it goes to the next person on the waiting list.")
                  % {"deadline": datetime_text(registration.offer_expires_at)},
                  "", _("Accept or decline here: %(url)s") % {"url": ticket}]
    elif kind == "offer_expired":
        subject = _("The offered place has expired: %(title)s") % {"title": title}
        lines += [_("You did not accept the offered place at %(title)s in time, so it went to the next person.")
                  % {"title": title}]
    elif kind == "reminder":
        subject = _("Reminder: %(title)s starts soon") % {"title": title}
        lines += [_("%(title)s starts %(when)s.") % {"title": title, "when": _when(event)}]
        if event.format == event.Format.ONLINE and event.online_url:
            lines += ["", _("Join online: %(url)s") % {"url": event.online_url}]
        elif event.location:
            lines += ["", _("Place: %(place)s") % {"place": event.location}]
        lines += ["", _("Your ticket and the cancellation link: %(url)s") % {"url": ticket}]
    elif kind == "feedback":
        subject = _("How was %(title)s?") % {"title": title}
        lines += [_("Thank you for attending %(title)s. Two minutes of feedback helps us plan the next events.")
                  % {"title": title}, "",
                  _("Answer the survey and download your certificate of attendance: %(url)s") % {"url": ticket}]
    elif kind == "cancelled":
        subject = _("Registration cancelled: %(title)s") % {"title": title}
        lines += [_("Your registration for %(title)s is cancelled.") % {"title": title}]
    else:
        raise ValueError(f"unknown email kind {kind!r}")
    lines += ["", "—", "IKUT"]
    message = EmailMessage(subject=subject, body="\n".join(lines), to=[registration.email])
    if kind in WITH_CALENDAR:
        message.attach("event.ics", ics_for(event, registration), "text/calendar")
    return message


def send(registration_id, kind):
    registration = Registration.objects.select_related("event").filter(pk=registration_id, anonymised=False).first()
    if registration is None or not registration.email:
        return 0
    # The confirmation token is made here, in the task: the task table keeps only the id and the kind.
    confirm_url = registration.new_confirm_url() if kind == "confirm_email" else ""
    with translation.override(registration.language or settings.LANGUAGE_CODE):
        return compose(registration, kind, confirm_url).send()
