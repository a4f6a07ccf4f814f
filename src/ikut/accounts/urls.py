from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("login/", views.login_view, name="login"),
    path("login/code/", views.mfa_verify, name="mfa_verify"),
    path("mfa/enrol/", views.mfa_enrol, name="mfa_enrol"),
    path("mfa/recovery-codes/", views.recovery_codes, name="recovery_codes"),
    path("mfa/reset/", views.mfa_reset, name="mfa_reset"),
    path("mfa/recovery-codes/new/", views.recovery_regenerate, name="recovery_regenerate"),
    path("logout/", views.logout_view, name="logout"),
    path("sudo/", views.sudo, name="sudo"),
    path("me/", views.account, name="account"),
    path("me/password/", views.password_change, name="password_change"),
    path("me/sessions/<int:pk>/end/", views.end_session, name="end_session"),
    path("me/tokens/new/", views.token_create, name="token_create"),
    path("me/tokens/<int:pk>/revoke/", views.token_revoke, name="token_revoke"),
    path("users/", views.user_list, name="user_list"),
    path("users/invite/", views.invite, name="invite"),
    path("users/<int:pk>/deactivate/", views.deactivate, name="deactivate"),
    path("users/<int:pk>/role/", views.change_role, name="change_role"),
    path("invite/<str:token>/", views.invite_accept, name="invite_accept"),
    path("password-reset/", views.password_reset, name="password_reset"),
    path("password-reset/sent/", views.password_reset_done, name="password_reset_done"),
    path("password-reset/<uidb64>/<token>/", views.password_reset_confirm, name="password_reset_confirm"),
    path("password-reset/done/", views.password_reset_complete, name="password_reset_complete"),
]
