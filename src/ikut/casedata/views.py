"""Case status and right to work on the record, and the case transfer (identifiable HTCDS export).

Thin shells: parse, ask ikut.access, call an action, render. Every read of the status is audited; the
transfer needs sudo mode (password and second factor again) and a valid case-transfer consent.
"""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from ikut import access
from ikut.access.participants import get_participant_for
from ikut.accounts import sessions
from ikut.audit import log
from ikut.core.net import client_ip
from ikut.participants.actions import ConsentMissing

from . import actions, forms
from .models import CaseStatus
from .work import permission_for


@access.requires("casedata.view")
def status(request, code):
    p = get_participant_for(request.user, code, "casedata.view")
    may_edit = access.can(request.user, "casedata.edit", p)
    current = CaseStatus.objects.filter(participant=p).first()
    form = None
    if may_edit:
        form = forms.CaseStatusForm(request.POST or None, instance=current or CaseStatus(participant=p))
        if request.method == "POST" and form.is_valid():
            actions.save_status(request.user, p, form.status_data(), ip=client_ip(request))
            messages.success(request, _("Case status saved."))
            return redirect("casedata:status", code=p.code)
    elif request.method == "POST":
        return redirect("casedata:status", code=p.code)
    log.record_request(request, "casedata.status.view", p)
    return render(request, "casedata/status.html", {
        "p": p, "status": current, "form": form, "blocked": permission_for(p).blocked_reason,
        "may_transfer": access.can(request.user, "casedata.transfer", p),
    }, status=400 if form is not None and form.errors else 200)


@access.requires("casedata.transfer")
def transfer_case(request, code):
    p = get_participant_for(request.user, code, "casedata.transfer")
    if not sessions.in_sudo(request):  # after the record check, so that others get 404, not a sudo page
        return redirect(f"{reverse('accounts:sudo')}?next={request.get_full_path()}")
    from . import transfer  # the case transfer (an HTCDS export) is rare: imported by its first page view (issue 17)

    partners = transfer.transfer_partners(p)
    form = forms.TransferForm(request.POST or None, partners=partners)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            content = transfer.export_identifiable(request.user, [p], d["organisation"], d["format"],
                                                   reason=d["reason"], ip=client_ip(request))
        except ConsentMissing as exc:
            form.add_error("organisation", exc)
        else:
            kind = "application/json" if d["format"] == "json" else "text/csv"
            response = HttpResponse(content, content_type=f"{kind}; charset=utf-8")
            response["Content-Disposition"] = f'attachment; filename="htcds-{p.code}.{d["format"]}"'
            response["Cache-Control"] = "no-store"
            return response
    return render(request, "casedata/transfer.html", {"p": p, "form": form, "partners": partners},
                  status=400 if form.errors else 200)
