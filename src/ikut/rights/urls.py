from django.urls import path

from . import views

app_name = "rights"
urlpatterns = [
    path("", views.library, name="library"),
    path("articles/<slug:slug>/", views.article, name="article"),
    path("articles/<slug:slug>/<str:lang>/", views.version_edit, name="version_edit"),
    path("minimum-pay/", views.minimum_pay, name="minimum_pay"),
    path("minimum-pay/new/", views.minimum_pay_edit, name="minimum_pay_add"),
    path("minimum-pay/<int:pk>/", views.minimum_pay_edit, name="minimum_pay_edit"),
    path("rules/", views.rules, name="rules"),
    path("rules/<int:pk>/", views.rule_edit, name="rule_edit"),
    path("facts/", views.facts, name="facts"),
    path("facts/check/", views.fact_check, name="fact_check"),
]
