"""Views: public event pages and tickets (by random token), staff management and check-in.

Parse → ask `access` → call `actions` → render. Tickets are found by an unguessable token; a wrong
token is 404. Pages that show personal data send `Cache-Control: no-store` and are audited.
"""

from html import escape

from django.contrib import messages
from django.db.models import Count, F, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from ikut import access
from ikut.access.events import visible_companies, visible_events
from ikut.accounts.views import sudo_required
from ikut.audit import log
from ikut.core.forms import paginate
from ikut.core.i18n import current_language
from ikut.core.links import absolute
from ikut.core.net import client_ip

from . import actions, participation
from .forms import CheckinLookupForm, EventForm, FeedbackForm, RegistrationForm
from .models import Event, Registration, confirm_hash

S = Registration.Status


def _event_for(user, pk):
    return get_object_or_404(visible_events(user), pk=pk)


def _ticket(secret):
    registration = (Registration.objects.select_related("event")
                    .filter(secret=secret, anonymised=False).first())
    if registration is None:
        raise Http404
    return registration


REGISTRATIONS_PER_HOUR = 10  # per client address, for visitors without an account


def _throttled(request):
    """Double opt-in mail goes to any address typed in: limit how many a visitor can trigger, so the form
    cannot be used to flood someone's inbox. Signed-in users are not limited."""
    from django.core.cache import cache

    if request.user.is_authenticated:
        return False
    key = f"events:register:{client_ip(request) or ''}"
    count = cache.get_or_set(key, 0, timeout=3600)
    if count >= REGISTRATIONS_PER_HOUR:
        return True
    try:
        cache.incr(key)
    except ValueError:  # expired between the two calls
        cache.set(key, 1, timeout=3600)
    return False


def _no_store(response):
    response["Cache-Control"] = "no-store"
    return response


# ---------------------------------------------------------------- public
@access.public
def event_list(request):
    events = (visible_events(request.user).filter(published=True, ends_at__gte=timezone.now())
              .order_by("starts_at"))
    return render(request, "events/list.html", {"events": events})


@access.public
@never_cache
def event_detail(request, pk):
    event = get_object_or_404(visible_events(request.user).filter(published=True), pk=pk)
    user = request.user if request.user.is_authenticated else None
    initial = {"name": user.display_name, "email": user.email} if user else {}
    form = RegistrationForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid() and _throttled(request):
        form.add_error(None, _("Too many registrations from this network in the last hour. Please try again later."))
    elif request.method == "POST" and form.is_valid():
        try:
            registration = actions.register(request.user, event, name=form.cleaned_data["name"],
                                            email=form.cleaned_data["email"], language=current_language(),
                                            ip=client_ip(request))
        except actions.AlreadyRegistered:
            form.add_error("email", _("This email is already registered for this event. Use the link in your "
                                      "confirmation email to see or cancel your registration."))
        except actions.RegistrationClosed:
            form.add_error(None, _("Registration for this event is closed."))
        else:
            return redirect("events:ticket", secret=registration.secret)
    seats_left = event.seats_left()
    return render(request, "events/detail.html", {"event": event, "form": form, "seats_left": seats_left,
                                                  "waiting": event.registrations.filter(status=S.WAITLISTED).count()})


@access.public
@never_cache
def ticket(request, secret):
    registration = _ticket(secret)
    event = registration.event
    can_feedback = (registration.status == S.CONFIRMED and (registration.attended or event.is_past)
                    and not hasattr(registration, "feedback"))
    position = None
    if registration.status == S.WAITLISTED:
        queue = list(event.registrations.filter(status=S.WAITLISTED).order_by("waitlisted_at", "pk")
                     .values_list("pk", flat=True))
        position = queue.index(registration.pk) + 1
    return _no_store(render(request, "events/ticket.html", {
        "r": registration, "event": event, "can_feedback": can_feedback, "position": position,
        "short_code": registration.checkin_code[:8], "checkin_url": absolute(registration.checkin_url())}))


@access.public
@never_cache
def confirm(request, token):
    """The double opt-in link from the confirmation email (the token is only in that email). GET shows a
    button, so a mail scanner that opens links does not confirm; POST confirms."""
    registration = (Registration.objects.select_related("event")
                    .filter(confirm_hash=confirm_hash(token), anonymised=False).exclude(confirm_hash="").first())
    if registration is None:
        raise Http404
    if request.method == "POST":
        registration = actions.confirm_email(request.user, registration, ip=client_ip(request))
        return redirect("events:ticket", secret=registration.secret)
    if registration.status != S.PENDING:
        return redirect("events:ticket", secret=registration.secret)
    return _no_store(render(request, "events/confirm.html", {"r": registration, "event": registration.event,
                                                            "token": token}))


@access.public
@require_POST
def accept(request, secret):
    registration = _ticket(secret)
    if actions.accept_offer(request.user, registration, ip=client_ip(request)):
        messages.success(request, _("Your place is confirmed. We sent you an email with a calendar file."))
    else:
        messages.error(request, _("This offer is no longer open."))
    return redirect("events:ticket", secret=registration.secret)


@access.public
@never_cache
def cancel(request, secret):
    registration = _ticket(secret)
    if registration.status not in Registration.ACTIVE:
        return redirect("events:ticket", secret=secret)
    if request.method == "POST":
        actions.cancel(request.user, registration, ip=client_ip(request))
        messages.success(request, _("Your registration is cancelled."))
        return redirect("events:ticket", secret=secret)
    return _no_store(render(request, "events/cancel.html", {"r": registration, "event": registration.event}))


def _qr(registration):
    import segno  # loaded by the first ticket, not by every worker at start-up

    return segno.make(absolute(registration.checkin_url()), error="m")


@access.public
def qr_svg(request, secret):
    registration = _ticket(secret)
    if registration.status != S.CONFIRMED:
        raise Http404
    import io

    buffer = io.BytesIO()
    _qr(registration).save(buffer, kind="svg", scale=6, border=2, title=_("Check-in QR code"))
    return _no_store(HttpResponse(buffer.getvalue(), content_type="image/svg+xml"))


@access.public
def ics(request, secret):
    registration = _ticket(secret)
    if registration.status != S.CONFIRMED:
        raise Http404
    from . import emails  # a calendar download: imported by the first one (issue 17, lean workers)

    response = HttpResponse(emails.ics_for(registration.event, registration), content_type="text/calendar")
    response["Content-Disposition"] = 'attachment; filename="event.ics"'
    return _no_store(response)


@access.public
@never_cache
def feedback(request, secret):
    registration = _ticket(secret)
    event = registration.event
    if registration.status != S.CONFIRMED or not (registration.attended or event.is_past):
        raise Http404
    if hasattr(registration, "feedback"):
        return _no_store(render(request, "events/feedback_thanks.html", {"event": event, "r": registration}))
    form = FeedbackForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        actions.submit_feedback(request.user, registration, form.cleaned_data, ip=client_ip(request))
        return redirect("events:feedback", secret=secret)
    return _no_store(render(request, "events/feedback.html", {"event": event, "form": form, "r": registration}))


@access.public
def certificate(request, secret):
    registration = _ticket(secret)
    if not registration.attended:
        raise Http404
    log.record_request(request, "events.certificate.download", registration,
                       details={"event": registration.event_id})
    from django.utils import translation

    from ikut.core.pdf import render_pdf  # PDFs are rare: imported by the first one (issue 17, lean workers)

    with translation.override(registration.language or None):
        pdf = render_pdf(render_to_string("events/certificate.html", {
            "r": registration, "event": registration.event, "issued": timezone.localdate()}))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="certificate-of-attendance.pdf"'
    return _no_store(response)


# ---------------------------------------------------------------- staff
@access.requires("events.manage")
def manage(request):
    events = Event.objects.order_by("-starts_at")
    counts = participation.counts_by_event(events)
    rows = [(e, counts.get(e.pk, {})) for e in events]
    return render(request, "events/manage.html", {"rows": rows})


@access.requires("events.manage")
def edit(request, pk=None):
    event = _event_for(request.user, pk) if pk else None
    form = EventForm(request.POST or None, instance=event)
    if request.method == "POST" and form.is_valid():
        event = actions.save_event(request.user, form, ip=client_ip(request))
        messages.success(request, _("Event saved."))
        return redirect("events:attendees", pk=event.pk)
    return render(request, "events/edit.html", {"form": form, "event": event})


ATTENDEES_PER_PAGE = 500  # a seminar fits on one page; a conference list is paged, not rendered whole


def _url_maker(name):
    """reverse() once per page, then a string format per row."""
    marker = "987654321"
    return reverse(name, args=[marker]).replace(marker, "{}").format


def _attendee_rows(rows):
    """The table rows as HTML, built here rather than in the template: with 300 attendees the template engine's
    ~13 variable lookups per row cost more than the rest of the page. URLs are reversed and texts translated
    once per page; every value goes through html.escape (plain str values, so the stdlib function is enough)."""
    status_label = {value: escape(str(label)) for value, label in Registration.Status.choices}
    checkin_url, cancel_url = _url_maker("events:checkin"), _url_maker("events:staff_cancel")
    deleted = _("(deleted)")  # not inside the f-string: makemessages does not read f-strings
    deleted = f'<span class="muted">{escape(deleted)}</span>'
    until, check_in, cancel = escape(_("until")), escape(_("Check in")), escape(_("Cancel registration"))
    cancellable = {S.PENDING, S.CONFIRMED, S.WAITLISTED, S.OFFERED}
    html = []
    for r in rows:
        live = not r["anonymised"] and not r["checked_in_at"]
        status = status_label.get(r["status"], escape(r["status"]))
        if r["status"] == S.OFFERED and r["offer_expires_at"]:
            expires = date_format(timezone.localtime(r["offer_expires_at"]), "SHORT_DATETIME_FORMAT")
            status += f" ({until} {escape(expires)})"
        if r["checked_in_at"]:
            checked = escape(time_format(timezone.localtime(r["checked_in_at"]), "TIME_FORMAT"))
        elif live and r["status"] == S.CONFIRMED:
            checked = f'<a href="{escape(checkin_url(r["checkin_code"]))}">{check_in}</a>'
        else:
            checked = ""
        button = (f'<button type="submit" form="cancel-registration" formaction="{escape(cancel_url(r["pk"]))}" '
                  f'class="link">{cancel}</button>' if live and r["status"] in cancellable else "")
        name = deleted if r["anonymised"] else escape(r["name"])
        html.append(f"<tr><td>{name}</td><td>{escape(r['email'])}</td><td>{escape(r['company'] or '')}</td>"
                    f"<td>{status}</td><td>{checked}</td><td>{button}</td></tr>")
    return mark_safe("\n".join(html))  # noqa: S308 — every value above is escaped


@access.requires("events.manage")
@never_cache
def attendees(request, pk):
    event = _event_for(request.user, pk)
    # Plain rows with only the columns shown (name and email are decrypted by their fields' converters).
    registrations = event.registrations.order_by("status", "created_at", "pk").values(
        "pk", "name", "email", "status", "anonymised", "checked_in_at", "offer_expires_at", "checkin_code",
        company=F("organisation__name"))
    page = paginate(request, registrations, ATTENDEES_PER_PAGE)
    counts = event.registrations.aggregate(taken=Count("pk", filter=Q(status__in=Registration.HOLDS_SEAT)),
                                           attended=Count("pk", filter=Q(checked_in_at__isnull=False)))
    rows = _attendee_rows(page.object_list)
    log.record_request(request, "events.attendees.view", event,
                       details={"rows": len(page.object_list), "page": page.number})
    return _no_store(render(request, "events/attendees.html", {
        "event": event, "rows": rows, "page": page, **counts}))


@access.requires("events.manage")
@require_POST
def staff_cancel(request, pk):
    """A manager cancels a registration (e.g. the attendee phoned); the waiting list moves as usual."""
    registration = get_object_or_404(Registration.objects.filter(event__in=visible_events(request.user)), pk=pk,
                                     anonymised=False)
    actions.cancel(request.user, registration, reason="staff", ip=client_ip(request))
    messages.success(request, _("Registration cancelled."))
    return redirect("events:attendees", pk=registration.event_id)


@access.requires("events.manage")
@sudo_required
def export(request, pk, fmt):
    if fmt not in ("csv", "xlsx"):
        raise Http404
    event = _event_for(request.user, pk)
    log.record_request(request, "events.attendees.export", event, reason="attendee list export",
                       details={"format": fmt, "rows": event.registrations.count()})
    from . import exports  # an attendee-list export: imported by the first one (issue 17, lean workers)

    if fmt == "csv":
        response = HttpResponse(exports.to_csv(event), content_type="text/csv; charset=utf-8")
    else:
        response = HttpResponse(exports.to_xlsx(event),
                                content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    response["Content-Disposition"] = f'attachment; filename="event-{event.pk}-attendees.{fmt}"'
    return _no_store(response)


@access.requires("events.manage")
def feedback_summary(request, pk):
    event = _event_for(request.user, pk)
    return render(request, "events/feedback_summary.html", {"event": event,
                                                            "summary": participation.feedback_summary(event)})


@access.requires("events.checkin")
def checkin_lookup(request):
    form = CheckinLookupForm(request.GET or None)
    if request.GET and form.is_valid():
        code = form.cleaned_data["code"].strip()
        match = (Registration.objects.filter(checkin_code__startswith=code, anonymised=False)[:2]
                 if len(code) >= 8 else [])
        if len(match) == 1:
            return redirect("events:checkin", code=match[0].checkin_code)
        form.add_error("code", _("No ticket has this code."))
    return render(request, "events/checkin_lookup.html", {"form": form})


@access.requires("events.checkin")
@never_cache
def checkin(request, code):
    registration = get_object_or_404(Registration.objects.select_related("event"), checkin_code=code,
                                     anonymised=False)
    if request.method == "POST":
        if actions.check_in(request.user, registration, ip=client_ip(request)):
            messages.success(request, _("Checked in."))
        return redirect("events:checkin", code=code)
    log.record_request(request, "events.registration.view", registration, reason="check-in",
                       details={"event": registration.event_id})
    return _no_store(render(request, "events/checkin.html", {"r": registration, "event": registration.event}))


@access.requires("events.participation.view")
@never_cache
def company(request, org_pk):
    org = get_object_or_404(visible_companies(request.user), pk=org_pk)
    access.check(request.user, "events.participation.view", org)
    from ikut.learning import progress

    log.record_request(request, "events.participation.view", org)
    return _no_store(render(request, "events/company.html", {
        "org": org, "events": participation.for_organisation(org), "courses": progress.for_organisation(org)}))


@access.requires("events.participation.view")
def companies(request):
    orgs = list(visible_companies(request.user))
    if len(orgs) == 1 and not access.can(request.user, "events.manage"):
        return redirect("events:company", org_pk=orgs[0].pk)
    return render(request, "events/companies.html", {"rows": participation.summary(orgs)})
