"""Every audit action code, in one style `<app>.<object>.<verb>`, with the label the audit pages show.

`audit.log.record` refuses a code that is not here (in development and tests; in production it writes the
entry anyway and logs an error, because losing an audit entry is worse than an odd code). A test walks the
source for every code passed to `record` and checks it against this registry and the style.

Entries written before this registry keep their old codes: the hash chain covers the code, so old rows are
never rewritten. `LEGACY` maps each old code to its new one, so old entries show the same label and a
filter by code finds both.
"""

import re

from django.utils.translation import gettext_lazy as _

CODES = {
    # access policy
    "access.request.deny": _("Access refused (answered as not found)"),
    # accounts: sign-in, second factor, sessions, users
    "accounts.login.succeed": _("Signed in"),
    "accounts.login.fail": _("Sign-in failed"),
    "accounts.login.lock_out": _("Sign-in locked after too many attempts"),
    "accounts.login.pass_password": _("Password accepted, second factor next"),
    "accounts.login.fail_mfa": _("Wrong second-factor code at sign-in"),
    "accounts.login.sign_out": _("Signed out"),
    "accounts.mfa.enrol": _("Authenticator set up"),
    "accounts.mfa.refuse_enrol": _("Authenticator set-up refused (one exists)"),
    "accounts.mfa.remove": _("Authenticator removed"),
    "accounts.recovery_codes.regenerate": _("New recovery codes made"),
    "accounts.sudo.grant": _("Identity confirmed again (sudo mode)"),
    "accounts.sudo.fail": _("Identity confirmation failed"),
    "accounts.sudo.throttle": _("Identity confirmation blocked: too many wrong attempts"),
    "accounts.session.end": _("Session ended"),
    "accounts.password.change": _("Password changed"),
    "accounts.password_reset.throttle": _("Password reset requests blocked: too many"),
    "accounts.api_token.create": _("API token created"),
    "accounts.api_token.revoke": _("API token revoked"),
    "accounts.user.invite": _("User invited"),
    "accounts.invitation.accept": _("Account created from an invitation"),
    "accounts.user.deactivate": _("User deactivated"),
    "accounts.user.change_role": _("Role changed"),
    # audit
    "audit.log.browse": _("Audit log browsed"),
    "audit.chain.verify": _("Audit chain verified"),
    # core
    "core.worker.ping": _("Background worker test task"),
    # casedata
    "casedata.status.view": _("Case status viewed"),
    "casedata.status.update": _("Case status changed"),
    "casedata.reminders.create": _("Expiry reminders created"),
    "casedata.htcds.export": _("Case exported (HTCDS, identifiable)"),
    "casedata.htcds.export_deidentified": _("Cases exported (HTCDS, de-identified)"),
    "casedata.htcds.import": _("Cases imported (HTCDS)"),
    # employers
    "employers.company.create": _("Company added"),
    "employers.company.update": _("Company profile changed"),
    "employers.company.view": _("Company viewed"),
    "employers.commitment.create": _("Commitment added"),
    "employers.commitment.set_status": _("Commitment status changed"),
    "employers.offer.create": _("Offer created"),
    "employers.offer.update": _("Offer changed"),
    "employers.offer.publish": _("Offer published"),
    "employers.offer.refuse_publish": _("Offer publication refused by the job-offer check"),
    "employers.offer.close": _("Offer closed"),
    "employers.candidates.view": _("Candidates for an offer viewed"),
    "employers.matching_offers.view": _("Matching offers for a participant viewed"),
    "employers.introduction.propose": _("Participant proposed for an offer"),
    "employers.introduction.respond": _("Employer answered an introduction"),
    "employers.introduction.consent": _("Consent recorded on an introduction"),
    "employers.introduction.withdraw": _("Introduction withdrawn"),
    "employers.introduction.list": _("Introductions listed"),
    "employers.introduction.view": _("Introduction viewed"),
    "employers.placement.create": _("Placement created"),
    "employers.placement.view": _("Placement viewed"),
    "employers.placement.check_in": _("Placement check-in recorded"),
    "employers.placement.raise_problem": _("Placement problem raised"),
    "employers.placement.resolve_problem": _("Placement problem resolved"),
    "employers.placement.record_outcome": _("Placement outcome recorded"),
    "employers.assessment.create": _("Self-assessment completed"),
    # events
    "events.event.create": _("Event created"),
    "events.event.update": _("Event changed"),
    "events.event.anonymise": _("Event attendees anonymised (retention)"),
    "events.registration.create": _("Registration made"),
    "events.registration.confirm": _("Registration confirmed (seat)"),
    "events.registration.waitlist": _("Registration put on the waiting list"),
    "events.registration.cancel": _("Registration cancelled"),
    "events.registration.offer": _("Free seat offered from the waiting list"),
    "events.registration.accept_offer": _("Offered seat accepted"),
    "events.registration.expire_offer": _("Seat offer expired"),
    "events.registration.check_in": _("Attendee checked in"),
    "events.registration.view": _("Registration viewed at check-in"),
    "events.feedback.create": _("Event feedback given"),
    "events.certificate.download": _("Attendance certificate downloaded"),
    "events.attendees.view": _("Attendee list viewed"),
    "events.attendees.export": _("Attendee list exported"),
    "events.participation.view": _("Company participation viewed"),
    # learning
    "learning.enrolment.create": _("Enrolled on a course"),
    "learning.quiz.attempt": _("Quiz attempted"),
    "learning.course.complete": _("Course completed"),
    "learning.certificate.download": _("Course certificate downloaded"),
    "learning.certificate.check_name": _("Certificate name checked"),
    # participants
    "participants.caseload.view": _("Caseload viewed"),
    "participants.duplicates.search": _("Duplicate search at intake"),
    "participants.participant.create": _("Participant record created"),
    "participants.participant.view": _("Participant record viewed"),
    "participants.participant.list": _("Participant records listed"),
    "participants.participant.update": _("Participant record changed"),
    "participants.participant.export": _("Participant data exported (data-subject request)"),
    "participants.participant.exit": _("Pathway closed (exit)"),
    "participants.participant.anonymise": _("Record anonymised (retention)"),
    "participants.identity.view": _("Identity opened for editing"),
    "participants.safety_plan.view": _("Safety plan viewed"),
    "participants.history.view": _("Change history viewed"),
    "participants.viewers.view": _("List of who viewed the record viewed"),
    "participants.plan.print": _("Plan printed"),
    "participants.assignment.add": _("Team member added"),
    "participants.assignment.end": _("Team member removed"),
    "participants.break_glass.open": _("Record opened in an emergency (break the glass)"),
    "participants.break_glass.refuse": _("Emergency access refused"),
    "participants.break_glass.list": _("Emergency accesses listed for review"),
    "participants.break_glass.review": _("Emergency access reviewed"),
    "participants.portal_login.invite": _("Portal login invited"),
    "participants.portal_login.disable": _("Portal login disabled"),
    "participants.consent.view": _("Consents viewed"),
    "participants.consent.give": _("Consent recorded"),
    "participants.consent.withdraw": _("Consent withdrawn"),
    "participants.consent_text.create": _("Consent text drafted"),
    "participants.consent_text.edit": _("Consent text draft edited"),
    "participants.consent_text.publish": _("Consent text published"),
    "participants.consent_text.load": _("Starting consent texts added as drafts"),
    "participants.consent_text.print": _("Consent text printed"),
    "participants.goal.add": _("Goal added"),
    "participants.goal.update": _("Goal changed"),
    "participants.task.add": _("Task added"),
    "participants.task.update": _("Task changed"),
    "participants.meeting.add": _("Meeting logged"),
    "participants.note.add": _("Note added"),
    "participants.flag.raise": _("Risk flag raised"),
    "participants.flag.resolve": _("Risk flag resolved"),
    "participants.referral.send": _("Referral sent to a partner"),
    "participants.referral.set_status": _("Referral status changed"),
    "participants.document.upload": _("Document uploaded"),
    "participants.document.download": _("Document downloaded"),
    "participants.follow_up.record": _("Six-month follow-up recorded"),
    # portal
    "portal.me.view": _("Own record viewed (portal)"),
    # reporting
    "reporting.dashboard.view": _("Dashboard viewed"),
    "reporting.completeness.view": _("Data completeness viewed"),
    "reporting.period.create": _("Reporting period created"),
    "reporting.period.review": _("Reporting period reviewed"),
    "reporting.period.submit": _("Reporting period submitted"),
    "reporting.esf.view": _("ESF+ indicators viewed"),
    "reporting.esf.export": _("ESF+ indicators exported"),
    "reporting.situation.create": _("Situation report created"),
    "reporting.situation.build": _("Situation report built"),
    "reporting.situation.edit_narrative": _("Situation report text edited"),
    "reporting.situation.export": _("Situation report exported"),
    "reporting.survey.create": _("Survey created"),
    "reporting.survey.add_question": _("Survey question added"),
    "reporting.survey.set_status": _("Survey status changed"),
    "reporting.survey.create_link": _("Survey link created"),
    "reporting.survey.answer_with_participant": _("Survey answered with a participant"),
    # rights
    "rights.article.edit": _("Rights article edited"),
    "rights.article_version.edit": _("Rights article text edited"),
    "rights.minimum_pay.edit": _("Minimum pay edited"),
    "rights.rule.edit": _("Job-offer check rule edited"),
    "rights.fact.check": _("Fact checked against its source"),
    # skills
    "skills.profile.view": _("Skills profile viewed"),
    "skills.profile.change": _("Skills profile changed"),
    "skills.profile.update_own": _("Own skills profile changed (portal)"),
    "skills.profile.export": _("Skills profile exported"),
}

# Old code (entries written before the registry) -> the code written for the same event today.
LEGACY = {
    "access.denied": "access.request.deny",
    "login.success": "accounts.login.succeed",
    "login.failed": "accounts.login.fail",
    "login.locked_out": "accounts.login.lock_out",
    "login.password_ok": "accounts.login.pass_password",
    "login.mfa_failed": "accounts.login.fail_mfa",
    "logout": "accounts.login.sign_out",
    "mfa.enrolled": "accounts.mfa.enrol",
    "mfa.enrol_refused": "accounts.mfa.refuse_enrol",
    "mfa.removed": "accounts.mfa.remove",
    "mfa.recovery_codes_regenerated": "accounts.recovery_codes.regenerate",
    "sudo.granted": "accounts.sudo.grant",
    "sudo.failed": "accounts.sudo.fail",
    "sudo.throttled": "accounts.sudo.throttle",
    "session.ended": "accounts.session.end",
    "password.changed": "accounts.password.change",
    "password_reset.throttled": "accounts.password_reset.throttle",
    "api_token.created": "accounts.api_token.create",
    "api_token.revoked": "accounts.api_token.revoke",
    "user.invited": "accounts.user.invite",
    "user.created_from_invitation": "accounts.invitation.accept",
    "user.deactivated": "accounts.user.deactivate",
    "permission.role_changed": "accounts.user.change_role",
    "audit.browse": "audit.log.browse",
    "audit.verify": "audit.chain.verify",
    "worker.ping": "core.worker.ping",
    "employers.commitment.status": "employers.commitment.set_status",
    "employers.offer.publish_refused": "employers.offer.refuse_publish",
    "employers.match.candidates": "employers.candidates.view",
    "employers.match.offers": "employers.matching_offers.view",
    "employers.placement.problem": "employers.placement.raise_problem",
    "employers.placement.problem_resolved": "employers.placement.resolve_problem",
    "employers.placement.outcome": "employers.placement.record_outcome",
    "events.registration.confirmed": "events.registration.confirm",
    "events.registration.waitlisted": "events.registration.waitlist",
    "events.registration.offer_expired": "events.registration.expire_offer",
    "learning.certificate.name_check": "learning.certificate.check_name",
    "participants.duplicate_search": "participants.duplicates.search",
    "participants.break_glass": "participants.break_glass.open",
    "participants.break_glass.refused": "participants.break_glass.refuse",
    "participants.referral.status": "participants.referral.set_status",
    "participants.api.list": "participants.participant.list",
    "participants.api.view": "participants.participant.view",
    "participants.api.consents": "participants.consent.view",
    "reporting.survey.question_add": "reporting.survey.add_question",
    "reporting.survey.status": "reporting.survey.set_status",
    "reporting.survey.link_create": "reporting.survey.create_link",
    "reporting.situation.narrative": "reporting.situation.edit_narrative",
    "skills.profile.self_update": "skills.profile.update_own",
}

# The apps a code may start with, and the verbs its last part may start with: one style, checked by a test.
APPS = {"access", "accounts", "audit", "casedata", "core", "employers", "events", "learning", "participants",
        "portal", "reporting", "rights", "skills"}
VERBS = {"accept", "add", "anonymise", "answer", "attempt", "browse", "cancel", "change", "check", "close",
         "complete", "confirm", "consent", "create", "deactivate", "deny", "disable", "download", "edit", "end",
         "enrol", "exit", "expire", "export", "fail", "give", "grant", "import", "invite", "list", "lock", "offer",
         "open", "pass", "ping", "print", "propose", "publish", "raise", "record", "refuse", "regenerate",
         "remove", "resolve", "respond", "review", "revoke", "search", "send", "set", "sign", "submit",
         "succeed", "throttle", "update", "upload", "verify", "view", "waitlist", "withdraw", "build", "load"}
STYLE = re.compile(r"^([a-z]+)\.([a-z][a-z0-9_]*)\.([a-z][a-z0-9_]*)$")


def style_problem(code):
    """Why `code` is not in the style `<app>.<object>.<verb>` (None when it is)."""
    match = STYLE.match(code or "")
    if match is None:
        return "not <app>.<object>.<verb> in lower case"
    app, _object, verb = match.groups()
    if app not in APPS:
        return f"{app!r} is not an IKUT app"
    if verb.split("_")[0] not in VERBS:
        return f"{verb!r} does not start with a known verb (add it to VERBS if it is one)"
    return None


def is_registered(code):
    return code in CODES


def canonical(code):
    """The code written for this event today (an old code maps through LEGACY)."""
    return LEGACY.get(code, code)


def label(code):
    """The translated label of `code`, old or new; an unknown code is shown as it is."""
    return CODES.get(canonical(code), code)


def matching(prefix):
    """Every code, old or new, that a filter "action starts with `prefix`" should find: the codes starting with
    it and the old codes of those (so filtering by a new code also finds the entries written before)."""
    new = {code for code in CODES if code.startswith(prefix)}
    new |= {LEGACY[old] for old in LEGACY if old.startswith(prefix)}
    return new | {old for old, code in LEGACY.items() if code in new}
