from django.urls import path

from . import views

app_name = "employers"
urlpatterns = [
    path("", views.home, name="home"),
    path("companies/new/", views.company_create, name="company_create"),
    path("companies/<int:pk>/", views.company_detail, name="company_detail"),
    path("companies/<int:pk>/edit/", views.company_edit, name="company_edit"),
    path("companies/<int:pk>/commitments/new/", views.commitment_add, name="commitment_add"),
    path("companies/<int:pk>/offers/new/", views.offer_create, name="offer_create"),
    path("companies/<int:pk>/self-assessment/", views.assessment_new, name="assessment_new"),
    path("commitments/<int:pk>/status/", views.commitment_status, name="commitment_status"),
    path("self-assessments/<int:pk>/", views.assessment_detail, name="assessment_detail"),
    path("offers/", views.offer_list, name="offer_list"),
    path("offers/<int:pk>/", views.offer_detail, name="offer_detail"),
    path("offers/<int:pk>/edit/", views.offer_edit, name="offer_edit"),
    path("offers/<int:pk>/publish/", views.offer_publish, name="offer_publish"),
    path("offers/<int:pk>/candidates/", views.candidates, name="candidates"),
    path("offers/<int:pk>/propose/<str:code>/", views.propose, name="propose"),
    path("participants/<str:code>/offers/", views.participant_offers, name="participant_offers"),
    path("introductions/", views.introduction_list, name="introduction_list"),
    path("introductions/<int:pk>/", views.introduction_detail, name="introduction_detail"),
    path("introductions/<int:pk>/respond/", views.introduction_respond, name="introduction_respond"),
    path("introductions/<int:pk>/consent/", views.introduction_consent, name="introduction_consent"),
    path("introductions/<int:pk>/withdraw/", views.introduction_withdraw, name="introduction_withdraw"),
    path("introductions/<int:pk>/placement/", views.placement_create, name="placement_create"),
    path("placements/<int:pk>/", views.placement_detail, name="placement_detail"),
    path("placements/<int:pk>/check-in/", views.placement_check_in, name="placement_check_in"),
    path("placements/<int:pk>/problem/", views.placement_problem, name="placement_problem"),
    path("placements/<int:pk>/outcome/", views.placement_outcome, name="placement_outcome"),
    path("problems/<int:pk>/resolve/", views.problem_resolve, name="problem_resolve"),
]
