"""The rights articles (ARTICLES) of the language modules one folder up, one module per language, imported at the
first `rights.i18n.section("ARTICLES")`: the content loader needs them, a web worker does not (issue 17)."""
