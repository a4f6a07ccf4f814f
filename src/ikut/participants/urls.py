from django.urls import path

from . import views

app_name = "participants"
C = "<str:code>/"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("new/", views.intake, name="intake"),
    path("new/create/", views.intake_create, name="intake_create"),
    path("break-glass/", views.break_glass, name="break_glass"),
    path("break-glass/review/", views.break_glass_review, name="break_glass_review"),
    path("break-glass/<int:pk>/review/", views.break_glass_reviewed, name="break_glass_reviewed"),
    path(C, views.detail, name="detail"),
    path(C + "edit/", views.edit, name="edit"),
    path(C + "phase/", views.set_phase, name="set_phase"),
    path(C + "consents/", views.consents, name="consents"),
    path(C + "consents/<int:pk>/withdraw/", views.consent_withdraw, name="consent_withdraw"),
    path(C + "goals/", views.goal_add, name="goal_add"),
    path(C + "goals/<int:pk>/", views.goal_update, name="goal_update"),
    path(C + "tasks/", views.task_add, name="task_add"),
    path(C + "tasks/<int:pk>/", views.task_update, name="task_update"),
    path(C + "plan.pdf", views.plan_pdf, name="plan_pdf"),
    path(C + "meetings/new/", views.meeting_add, name="meeting_add"),
    path(C + "notes/", views.note_add, name="note_add"),
    path(C + "flags/", views.flag_add, name="flag_add"),
    path(C + "flags/<int:pk>/resolve/", views.flag_resolve, name="flag_resolve"),
    path(C + "safety-plan/", views.safety_plan, name="safety_plan"),
    path(C + "referrals/new/", views.referral_add, name="referral_add"),
    path(C + "referrals/<int:pk>/status/", views.referral_status, name="referral_status"),
    path(C + "documents/", views.document_upload, name="document_upload"),
    path(C + "documents/<int:pk>/", views.document_download, name="document_download"),
    path(C + "exit/", views.exit_view, name="exit"),
    path(C + "follow-up/", views.follow_up, name="follow_up"),
    path(C + "portal-login/", views.portal_login, name="portal_login"),
    path(C + "portal-login/disable/", views.portal_login_disable, name="portal_login_disable"),
    path(C + "team/", views.team, name="team"),
    path(C + "team/<int:pk>/end/", views.team_end, name="team_end"),
    path(C + "history/", views.history, name="history"),
    path(C + "viewers/", views.viewers, name="viewers"),
    path(C + "export/", views.export, name="export"),
]
