"""Sphinx configuration of the Khojaly publication (English source edition)."""

project = "Khojaly, February 1992: a town, a regiment and a question of responsibility"
version = "1.0"
release = "1.0"
author = "khojaly-i18n contributors"
copyright = "2026, khojaly-i18n"

extensions = ["khojaly_i18n.sphinx_ext"]

language = "en"
locale_dirs = ["../locale/"]
gettext_compact = False
gettext_uuid = False
gettext_location = True
gettext_last_translator = "khojaly-i18n contributors"
gettext_language_team = "khojaly-i18n"

exclude_patterns = ["_build"]
templates_path: list[str] = []

html_theme = "alabaster"
html_title = project  # translated per edition by khojaly_i18n.sphinx_ext
smartquotes = False  # translators type their language's own quotes and dashes
html_show_sourcelink = False
html_theme_options = {
    "description": "",
    "show_powered_by": False,
}

epub_basename = "khojaly-1992"
epub_description = "The Khojaly genocide and the role of the 366th Motor Rifle Regiment"
epub_scheme = "URN"
epub_uid = "khojaly1992"
epub_identifier = "khojaly-1992"  # the extension appends the edition's language
epub_use_index = False
html_use_index = False
epub_show_urls = "no"

latex_engine = "xelatex"
latex_documents = [
    ("index", "khojaly-1992.tex", project, author, "howto"),
]
