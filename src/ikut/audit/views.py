from django.core.paginator import Paginator
from django.shortcuts import render

from ikut import access

from . import log
from .models import AuditEntry


@access.requires("audit.view")
def entry_list(request):
    entries = AuditEntry.objects.all()
    filters = {
        "action": request.GET.get("action", "").strip(),
        "actor": request.GET.get("actor", "").strip(),
        "subject": request.GET.get("subject", "").strip(),
        "since": request.GET.get("since", "").strip(),
        "until": request.GET.get("until", "").strip(),
    }
    if filters["action"]:
        entries = entries.filter(action__startswith=filters["action"])
    if filters["actor"]:
        entries = entries.filter(actor_label__icontains=filters["actor"])
    if filters["subject"]:
        entries = entries.filter(subject_id=filters["subject"])
    if filters["since"]:
        entries = entries.filter(at__date__gte=filters["since"])
    if filters["until"]:
        entries = entries.filter(at__date__lte=filters["until"])
    page = Paginator(entries, 50).get_page(request.GET.get("page"))
    log.record(request, "audit.browse", details={k: v for k, v in filters.items() if v})
    return render(request, "audit/entry_list.html", {"page": page, "filters": filters})


@access.requires("audit.view")
def chain_status(request):
    ok, message, checked = log.verify()
    log.record(request, "audit.verify", details={"ok": ok, "checked": checked})
    return render(request, "audit/verify.html", {"ok": ok, "message": message, "checked": checked})
