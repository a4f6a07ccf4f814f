from django.urls import path

from . import views

app_name = "learning"
urlpatterns = [
    path("", views.course_list, name="list"),
    path("manage/", views.manage, name="manage"),
    path("verify/", views.verify_lookup, name="verify_lookup"),
    path("verify/<str:code>/", views.verify, name="verify"),
    path("<slug:slug>/", views.course_detail, name="course"),
    path("<slug:slug>/certificate.pdf", views.certificate, name="certificate"),
    path("<slug:slug>/<slug:module_slug>/", views.module_detail, name="module"),
]
