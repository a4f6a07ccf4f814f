"""Rules for the rights library and the job-offer check (public reference content, no personal data)."""

from ikut.accounts.models import Role

from . import has_role, rule

CONTENT_EDITORS = (Role.ADMINISTRATOR, Role.CASEWORKER, Role.SUPERVISOR, Role.PROJECT_MANAGER)


@rule("rights.content.edit")
def edit_rights_content(user, obj):
    """Edit and translate rights articles; review job-offer rule wording."""
    return has_role(user, *CONTENT_EDITORS)


@rule("rights.content.review")
def review_rights_content(user, obj):
    """Mark a language version reviewed (a named reviewer): the same editors."""
    return has_role(user, *CONTENT_EDITORS)


@rule("rights.minimum_pay.view")
def view_minimum_pay(user, obj):
    return has_role(user, *CONTENT_EDITORS)


@rule("rights.minimum_pay.manage")
def manage_minimum_pay(user, obj):
    """Only administrators change the minimum-pay table (it drives a red flag)."""
    return has_role(user, Role.ADMINISTRATOR)


@rule("rights.facts.view")
def view_unchecked_facts(user, obj):
    """See the list of facts nobody has checked against a source yet."""
    return has_role(user, *CONTENT_EDITORS)


@rule("rights.facts.check")
def check_fact(user, obj):
    """Mark a fact checked by entering the source read. Help contacts and article references: the content
    editors; minimum-pay rows and job-offer rules drive red flags, so only administrators (as for editing
    them). `obj` is the fact's kind ("help", "article", "minimum-pay", "rule") or None for the page."""
    if obj in ("minimum-pay", "rule"):
        return has_role(user, Role.ADMINISTRATOR)
    return has_role(user, *CONTENT_EDITORS)
