from django.urls import path

from . import views

app_name = "casedata"
urlpatterns = [
    path("<str:code>/", views.status, name="status"),
    path("<str:code>/transfer/", views.transfer_case, name="transfer"),
]
