# Lithuanian: Django's short date is ISO (Y-m-d); the written form instead, "2026 m. lapkričio 30 d." (month in the
# genitive from Django's Lithuanian catalogue), 24-hour time, comma decimals.
DATE_FORMAT = r"Y \m. E j \d."
SHORT_DATE_FORMAT = r"Y \m. E j \d."
DATETIME_FORMAT = r"Y \m. E j \d. H:i"
SHORT_DATETIME_FORMAT = r"Y \m. E j \d. H:i"
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = r"E j \d."
YEAR_MONTH_FORMAT = r"Y \m. F"
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"
NUMBER_GROUPING = 3
FIRST_DAY_OF_WEEK = 1
