from django.urls import path

from . import skills, views

app_name = "portal"
urlpatterns = [
    path("", views.start, name="start"),
    path("<str:lang>/", views.home, name="home"),
    path("<str:lang>/languages/", views.choose_language, name="languages"),
    path("<str:lang>/rights/", views.library, name="library"),
    path("<str:lang>/rights/<slug:slug>/", views.article, name="article"),
    path("<str:lang>/check/", views.check, name="check"),
    path("<str:lang>/help/", views.help_page, name="help"),
    path("<str:lang>/me/", views.me, name="me"),
    path("<str:lang>/me/skills/", skills.home, name="skills"),
    path("<str:lang>/me/skills/work/", skills.work, name="skills_work"),
    path("<str:lang>/me/skills/work/<int:pk>/delete/", skills.work_delete, name="skills_work_delete"),
    path("<str:lang>/me/skills/<slug:step>/", skills.step, name="skills_step"),
]
