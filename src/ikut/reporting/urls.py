app_name = "reporting"
urlpatterns = []
