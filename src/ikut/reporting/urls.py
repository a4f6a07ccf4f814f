from django.urls import path

from . import views

app_name = "reporting"
urlpatterns = [
    path("", views.home, name="home"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("esf/", views.periods_view, name="periods"),
    path("esf/<int:pk>/", views.esf_view, name="esf"),
    path("esf/<int:pk>/review/", views.esf_review, name="esf_review"),
    path("esf/<int:pk>/submit/", views.esf_submit, name="esf_submit"),
    path("esf/<int:pk>/export.<str:fmt>", views.esf_export, name="esf_export"),
    path("situation/", views.reports, name="reports"),
    path("situation/<int:pk>/", views.report_detail, name="report"),
    path("situation/<int:pk>/build/", views.report_build, name="report_build"),
    path("situation/<int:pk>/narrative/", views.section_edit, name="section_add"),
    path("situation/<int:pk>/narrative/<int:section>/", views.section_edit, name="section_edit"),
    path("situation/<int:pk>/export.<str:fmt>", views.report_export, name="report_export"),
    path("surveys/", views.surveys, name="surveys"),
    path("surveys/<int:pk>/", views.survey_detail, name="survey"),
    path("surveys/<int:pk>/links/", views.link_create, name="link_create"),
    path("surveys/<int:pk>/status/", views.survey_status, name="survey_status"),
    path("surveys/with-participant/", views.survey_choose, name="survey_choose"),
    path("surveys/<int:pk>/with-participant/", views.answer_with_participant, name="answer_with_participant"),
    path("s/<str:token>/", views.answer, name="answer"),
    path("completeness/", views.completeness, name="completeness"),
]
