"""The project glossary: YAML files (or TBX) that fix how every name and key term is written.

Public API::

    from khojaly_i18n.glossary import load_glossary, get_matcher
    glossary = load_glossary(None, project_root)      # the project's glossary/ folder
    glossary = load_glossary(Path("terms.tbx"), None)  # or a TBX file
    for issue in get_matcher(glossary).check(source, translation, "ru"):
        print(issue.message)

``read_yaml_folder``/``read_yaml_file`` validate the YAML schema (GlossaryError at
``file:line``); ``read_tbx``/``write_tbx`` import and export TBX; ``format_concepts``
writes concepts back as YAML.
"""

from __future__ import annotations

from khojaly_i18n.glossary.loader import (
    GLOSSARY_ENV,
    configured_glossary_path,
    get_matcher,
    load_glossary,
    project_glossary_dir,
    set_glossary_path,
)
from khojaly_i18n.glossary.matcher import GlossaryIssue, GlossaryMatcher, TermMatch
from khojaly_i18n.glossary.model import CATEGORIES, LANGUAGES, Concept, Glossary, LangTerms
from khojaly_i18n.glossary.tbx import read_tbx, tbx_bytes, write_tbx
from khojaly_i18n.glossary.yamlio import (
    CATEGORY_FILES,
    format_concepts,
    read_yaml_file,
    read_yaml_folder,
    write_yaml_folder,
)

__all__ = [
    "CATEGORIES",
    "CATEGORY_FILES",
    "GLOSSARY_ENV",
    "LANGUAGES",
    "Concept",
    "Glossary",
    "GlossaryIssue",
    "GlossaryMatcher",
    "LangTerms",
    "TermMatch",
    "configured_glossary_path",
    "format_concepts",
    "get_matcher",
    "load_glossary",
    "project_glossary_dir",
    "read_tbx",
    "read_yaml_file",
    "read_yaml_folder",
    "set_glossary_path",
    "tbx_bytes",
    "write_tbx",
    "write_yaml_folder",
]
