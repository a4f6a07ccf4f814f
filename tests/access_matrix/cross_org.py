"""Objects that another organisation's users may open BY DESIGN (tests/test_access_matrix.py::
test_other_organisation). Everything not listed here answers 404 to every role of organisation B.

What is organisation-owned: participants and everything on their record, user accounts' sessions and tokens,
audit entries, a company's own employer-side pages. What is project-wide (one IKUT deployment = one ESF+
project run by the Assistance System with its partners): the company registry, published offers, seminars,
courses, surveys, reports, the rights rules and the skills taxonomy. docs/architecture.md ("Threat model")
says the same in words.
"""

REGISTRY = {"administrator", "project_manager"}  # the project's company registry (any organisation)
MATCHERS = {"caseworker", "supervisor"}  # work coaches and supervisors of every organisation match to offers
EVENT_MANAGERS = {"administrator", "supervisor", "project_manager"}
EVERY_ROLE = {"administrator", "caseworker", "psychosocial", "supervisor", "project_manager", "dpo", "employer",
              "participant"}

SHARED = {
    # Administrators are platform administrators: they invite users into any organisation.
    "accounts:change_role": ({"administrator"}, "platform administrators manage every organisation's users"),
    "accounts:deactivate": ({"administrator"}, "platform administrators manage every organisation's users"),
    # The company registry and published offers are the project's, not one organisation's.
    "api:employers_offer": (REGISTRY | MATCHERS, "published offers are matched by every organisation"),
    "employers:offer_detail": (REGISTRY | MATCHERS, "published offers are matched by every organisation"),
    "employers:company_detail": (REGISTRY | MATCHERS, "the company registry is the project's"),
    "employers:candidates": (MATCHERS, "the candidate pool is the user's own visible participants"),
    "api:employers_candidates": (MATCHERS, "the candidate pool is the user's own visible participants"),
    "employers:assessment_detail": (REGISTRY, "the company registry is the project's"),
    "employers:assessment_new": (REGISTRY, "the company registry is the project's"),
    "employers:commitment_add": (REGISTRY, "the company registry is the project's"),
    "employers:commitment_status": (REGISTRY, "the company registry is the project's"),
    "employers:company_edit": (REGISTRY, "the company registry is the project's"),
    "employers:offer_create": (REGISTRY, "the company registry is the project's"),
    "employers:offer_edit": (REGISTRY, "the company registry is the project's"),
    "employers:offer_publish": (REGISTRY, "the company registry is the project's"),
    # Seminars are the project's; their managers come from every partner organisation.
    **{name: (EVENT_MANAGERS, "seminars are the project's") for name in [
        "events:attendees", "events:checkin", "events:company", "events:edit", "events:export",
        "events:feedback_summary", "events:staff_cancel"]},
    "learning:course": (EVERY_ROLE, "courses are open to every signed-in user"),
    "learning:module": (EVERY_ROLE, "courses are open to every signed-in user"),
    # Reporting is project-wide and aggregate; surveys hold no identity.
    **{name: ({"project_manager"}, "the ESF+ project's reports") for name in [
        "reporting:esf", "reporting:esf_export", "reporting:esf_review", "reporting:esf_submit", "reporting:report",
        "reporting:report_build", "reporting:report_export", "reporting:section_add", "reporting:section_edit"]},
    "reporting:survey": ({"supervisor", "project_manager"}, "the project's surveys"),
    "reporting:survey_status": ({"supervisor", "project_manager"}, "the project's surveys"),
    "reporting:link_create": ({"supervisor", "project_manager"}, "the project's surveys"),
    "reporting:answer_with_participant": (MATCHERS, "the project's surveys; answers hold no identity"),
    "rights:minimum_pay_edit": ({"administrator"}, "national content"),
    "rights:rule_edit": ({"administrator"}, "national content"),
    "skills:occupation": (EVERY_ROLE - {"employer", "participant"}, "the shared ESCO taxonomy"),
}
