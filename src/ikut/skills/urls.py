from django.urls import path

from . import views

app_name = "skills"
urlpatterns = [
    path("", views.index, name="index"),
    path("occupations/", views.occupations, name="occupations"),
    path("occupations/<int:pk>/", views.occupation, name="occupation"),
    path("certificates/", views.certificates, name="certificates"),
    path("p/<str:code>/", views.profile, name="profile"),
    path("p/<str:code>/section/<slug:section>/", views.section, name="section"),
    path("p/<str:code>/experience/", views.experience, name="experience"),
    path("p/<str:code>/experience/<int:pk>/delete/", views.experience_delete, name="experience_delete"),
    path("p/<str:code>/skill/", views.skill_add, name="skill_add"),
    path("p/<str:code>/skill/<int:pk>/delete/", views.skill_delete, name="skill_delete"),
    path("p/<str:code>/profile.pdf", views.export_pdf, name="pdf"),
    path("p/<str:code>/profile.json", views.export_json, name="json"),
]
