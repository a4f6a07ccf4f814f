from django.db.models import Q
from django.shortcuts import render

from ikut import access
from ikut.core.forms import filter_query, paginate

from . import codes, log
from .forms import AuditFilterForm
from .models import AuditEntry


def visible_entries(user):
    """The audit entries a DPO may read: those of their own organisation (the acting user's organisation at the
    time of the entry). There is no cross-organisation audit role in the product; see docs/architecture.md."""
    if not user.organisation_id:
        return AuditEntry.objects.none()
    return AuditEntry.objects.filter(organisation_id=user.organisation_id)


@access.requires("audit.view")
def entry_list(request):
    form = AuditFilterForm(request.GET)
    entries = visible_entries(request.user)
    if not form.is_valid():
        entries = entries.none()  # a filter that cannot be read shows nothing rather than everything
    filters = {k: v for k, v in form.cleaned_data.items() if v} if form.is_valid() else {}
    if filters.get("action"):
        prefix = filters["action"].strip()
        # Old entries keep their old codes (the chain hashes them): a filter finds old and new alike.
        entries = entries.filter(Q(action__startswith=prefix) | Q(action__in=codes.matching(prefix)))
    if filters.get("actor"):
        entries = entries.filter(actor_label__icontains=filters["actor"].strip())
    if filters.get("subject"):
        entries = entries.filter(subject_id=filters["subject"].strip())
    if filters.get("since"):
        entries = entries.filter(at__date__gte=filters["since"])
    if filters.get("until"):
        entries = entries.filter(at__date__lte=filters["until"])
    page = paginate(request, entries, 50)
    page.object_list = list(page.object_list)  # read before this browse is itself logged (it would shift the page)
    log.record_request(request, "audit.log.browse", details={k: str(v) for k, v in filters.items()})
    return render(request, "audit/entry_list.html", {"page": page, "form": form, "query": filter_query(form)})


@access.requires("audit.view")
def chain_status(request):
    ok, message, checked = log.verify()
    log.record_request(request, "audit.chain.verify", details={"ok": ok, "checked": checked})
    return render(request, "audit/verify.html", {"ok": ok, "message": message, "checked": checked})
