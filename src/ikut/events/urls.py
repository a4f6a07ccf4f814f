from django.urls import path

from . import views

app_name = "events"
urlpatterns = [
    path("", views.event_list, name="list"),
    path("<int:pk>/", views.event_detail, name="detail"),
    path("r/<str:secret>/", views.ticket, name="ticket"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("r/<str:secret>/accept/", views.accept, name="accept"),
    path("r/<str:secret>/cancel/", views.cancel, name="cancel"),
    path("r/<str:secret>/qr.svg", views.qr_svg, name="qr"),
    path("r/<str:secret>/event.ics", views.ics, name="ics"),
    path("r/<str:secret>/feedback/", views.feedback, name="feedback"),
    path("r/<str:secret>/certificate.pdf", views.certificate, name="certificate"),
    path("manage/", views.manage, name="manage"),
    path("manage/new/", views.edit, name="create"),
    path("manage/<int:pk>/edit/", views.edit, name="edit"),
    path("manage/<int:pk>/attendees/", views.attendees, name="attendees"),
    path("manage/<int:pk>/attendees.<str:fmt>", views.export, name="export"),
    path("manage/registration/<int:pk>/cancel/", views.staff_cancel, name="staff_cancel"),
    path("manage/<int:pk>/feedback/", views.feedback_summary, name="feedback_summary"),
    path("checkin/", views.checkin_lookup, name="checkin_lookup"),
    path("checkin/<str:code>/", views.checkin, name="checkin"),
    path("companies/", views.companies, name="companies"),
    path("companies/<int:org_pk>/", views.company, name="company"),
]
