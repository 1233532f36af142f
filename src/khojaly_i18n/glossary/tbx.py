"""TBX import and export.

Reads TBX-Basic in TBX v3 (``tbx/text/body/conceptEntry/langSec/termSec/term``) and
TBX v2 ``martif`` files as Weblate and translate-toolkit write them
(``martif/text/body/termEntry/langSet/tig/term`` and ``ntig/termGrp/term``);
writes TBX-Basic v3. ``administrativeStatus`` maps to preferred, admitted and
deprecated (superseded counts as deprecated); a language whose terms carry no
status takes its first term as preferred and the others as admitted.

Parsing is safe and bounded: a DOCTYPE that declares entities is rejected, lxml
runs with entity resolution, DTD loading and network access off and without
huge_tree, and elements are cleared as soon as a concept has been read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lxml import etree

from khojaly_i18n.errors import GlossaryError
from khojaly_i18n.safexml import local_name, stream
from khojaly_i18n.glossary.model import CATEGORIES, Concept, Glossary, LangTerms
from khojaly_i18n.glossary.yamlio import ID_PATTERN

TBX_NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
STATUS_MAP = {
    "preferredterm-admn-sts": "preferred",
    "preferredterm": "preferred",
    "admittedterm-admn-sts": "admitted",
    "admittedterm": "admitted",
    "deprecatedterm-admn-sts": "deprecated",
    "deprecatedterm": "deprecated",
    "supersededterm-admn-sts": "deprecated",
    "supersededterm": "deprecated",
    "legalterm": "preferred",
    "regulatedterm": "preferred",
    "standardizedterm": "preferred",
}
STATUS_VALUES = {
    "preferred": "preferredTerm-admn-sts",
    "admitted": "admittedTerm-admn-sts",
    "deprecated": "deprecatedTerm-admn-sts",
}
CATEGORY_ALIASES = {
    "places": "place", "location": "place", "toponym": "place", "geography": "place",
    "units": "unit", "military unit": "unit",
    "terms": "term", "terminology": "term",
    "persons": "person", "people": "person", "personal name": "person",
    "organisations": "organisation", "organization": "organisation", "organizations": "organisation",
}
CONCEPT_TAGS = ("conceptEntry", "termEntry")


_local = local_name


def _lang_code(value: str | None) -> str | None:
    if not value:
        return None
    return value.replace("_", "-").split("-")[0].lower() or None


def _text(element: Any) -> str:
    return " ".join("".join(element.itertext()).split())


def read_tbx(path: str | Path, shown: str | None = None) -> Glossary:
    """Read a TBX v3 or v2 (martif) file; GlossaryError at ``file:line`` on unusable input."""
    path = Path(path)
    shown = shown or str(path)
    concepts = list(_iter_concepts(path, shown))
    ids: dict[str, int | None] = {}
    for concept in concepts:
        if concept.id in ids:
            raise GlossaryError(f"duplicate concept id {concept.id!r} (first at line {ids[concept.id]})", shown, concept.line)
        ids[concept.id] = concept.line
    return Glossary(tuple(concepts), str(path))


def _iter_concepts(path: Path, shown: str) -> Iterator[Concept]:
    used: set[str] = set()
    elements = stream(path, records=frozenset(CONCEPT_TAGS), error=GlossaryError, kind="TBX", shown=shown)
    for event, element in elements:
        if event == "root":
            root = _local(element.tag)
            if root not in ("tbx", "martif"):
                raise GlossaryError(f"not a TBX file (root element <{root}>)", shown, element.sourceline)
            continue
        concept = _concept(element, shown, used)
        if concept is not None:
            used.add(concept.id)
            yield concept


def _status(element: Any) -> str | None:
    for child in element.iter():
        if _local(child.tag) == "termNote" and child.get("type") in ("administrativeStatus", "normativeAuthorization"):
            value = _text(child).lower()
            if value in STATUS_MAP:
                return STATUS_MAP[value]
            raise GlossaryError(f"unknown administrativeStatus {_text(child)!r}", None, child.sourceline)
    return None


def _category(entry: Any) -> str:
    for child in entry:
        name = _local(child.tag)
        if name in ("descrip", "admin") and child.get("type") in ("subjectField", "category", "conceptCategory"):
            value = _text(child).lower()
            value = CATEGORY_ALIASES.get(value, value)
            if value in CATEGORIES:
                return value
        if name == "descripGrp":
            for grand in child:
                if _local(grand.tag) == "descrip" and grand.get("type") == "subjectField":
                    value = CATEGORY_ALIASES.get(_text(grand).lower(), _text(grand).lower())
                    if value in CATEGORIES:
                        return value
    return "term"


def _notes(element: Any) -> str | None:
    texts = []
    for child in element:
        name = _local(child.tag)
        if name == "note" or (name == "descrip" and child.get("type") == "definition"):
            text = _text(child)
            if text:
                texts.append(text)
    return "\n".join(texts) or None


def _slug(text: str, used: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "concept"
    if not base[0].isalpha():
        base = "c-" + base
    candidate, number = base, 2
    while candidate in used:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def _concept(entry: Any, shown: str, used: set[str]) -> Concept | None:
    """One conceptEntry/termEntry as a Concept (None when it has no term at all)."""
    langs: dict[str, list[tuple[str, str | None, str | None, int]]] = {}
    lang_notes: dict[str, str] = {}
    lang_lines: dict[str, int] = {}
    for lang_set in entry:
        if _local(lang_set.tag) not in ("langSec", "langSet"):
            continue
        code = _lang_code(lang_set.get(XML_LANG) or lang_set.get("lang"))
        if code is None:
            raise GlossaryError("language section without xml:lang", shown, lang_set.sourceline)
        lang_lines.setdefault(code, lang_set.sourceline)
        note = _notes(lang_set)
        for term_holder in lang_set:
            holder = _local(term_holder.tag)
            if holder not in ("termSec", "tig", "ntig"):
                continue
            term_node = None
            for child in term_holder.iter():
                if _local(child.tag) == "term":
                    term_node = child
                    break
            if term_node is None:
                continue
            term = _text(term_node)
            if not term:
                continue
            try:
                status = _status(term_holder)
            except GlossaryError as error:
                raise GlossaryError(error.message, shown, error.line) from None
            term_note = _notes(term_holder)
            if holder == "ntig":
                for group in term_holder:
                    if _local(group.tag) == "termGrp":
                        term_note = term_note or _notes(group)
            langs.setdefault(code, []).append((term, status, term_note, term_node.sourceline))
        if note:
            lang_notes[code] = note if code not in lang_notes else lang_notes[code] + "\n" + note
    if not langs:
        return None
    terms: dict[str, LangTerms] = {}
    for code, items in langs.items():
        preferred = [t for t, s, _, _ in items if s == "preferred"]
        if not preferred:
            preferred = [t for t, s, _, _ in items if s is None] or [t for t, s, _, _ in items if s == "admitted"]
        if not preferred:
            raise GlossaryError(f"language {code!r} has only deprecated terms", shown, lang_lines.get(code))
        main = preferred[0]
        admitted = [t for t, s, _, _ in items if t != main and s in (None, "preferred", "admitted")]
        deprecated = [t for t, s, _, _ in items if s == "deprecated" and t != main]
        note = lang_notes.get(code) or next((n for t, _, n, _ in items if t == main and n), None)
        admitted = list(dict.fromkeys(admitted))
        if set(a.casefold() for a in admitted) & set(d.casefold() for d in deprecated):
            clash = next(a for a in admitted if a.casefold() in {d.casefold() for d in deprecated})
            raise GlossaryError(f"{clash!r} is both admitted and deprecated ({code})", shown, lang_lines.get(code))
        lines: dict[str, int] = {}
        for text, _kind, _text_note, line in items:
            lines.setdefault(text, line)
        terms[code] = LangTerms(
            main, tuple(admitted), tuple(dict.fromkeys(deprecated)), note, lang_lines.get(code), tuple(lines.items())
        )
    raw_id = entry.get("id")
    english = terms.get("en") or next(iter(terms.values()))
    if "en" not in terms:
        terms = {"en": english, **terms}
    concept_id = raw_id.lower() if raw_id and ID_PATTERN.match(raw_id.lower()) and raw_id.lower() not in used else None
    if concept_id is None:
        concept_id = _slug(english.term, used)  # Weblate's numeric ids say nothing: name it
    return Concept(concept_id, _category(entry), terms, _notes(entry), shown, entry.sourceline)


# --------------------------------------------------------------------------- writing


def tbx_bytes(glossary: Glossary, source_lang: str = "en") -> bytes:
    """The glossary as TBX-Basic in TBX v3 (UTF-8, indented)."""
    nsmap = {None: TBX_NS}
    root = etree.Element(f"{{{TBX_NS}}}tbx", nsmap=nsmap)
    root.set("type", "TBX-Basic")
    root.set("style", "dca")
    root.set(XML_LANG, source_lang)

    def sub(parent: Any, name: str, text: str | None = None, **attrs: str) -> Any:
        element = etree.SubElement(parent, f"{{{TBX_NS}}}{name}")
        for key, value in attrs.items():
            element.set(XML_LANG if key == "lang" else key, value)
        if text is not None:
            element.text = text
        return element

    header = sub(root, "tbxHeader")
    file_desc = sub(header, "fileDesc")
    source_desc = sub(file_desc, "sourceDesc")
    sub(source_desc, "p", "khojaly-i18n glossary")
    body = sub(sub(root, "text"), "body")
    for concept in glossary:
        entry = sub(body, "conceptEntry", id=concept.id)
        sub(entry, "descrip", concept.category, type="subjectField")
        if concept.note:
            sub(entry, "note", concept.note)
        for code, terms in concept.to_dict().items():
            if code in ("id", "category", "note"):
                continue
            entry_terms = concept.terms[code]
            lang_sec = sub(entry, "langSec", lang=code)
            if entry_terms.note:
                sub(lang_sec, "note", entry_terms.note)
            for status, values in (
                ("preferred", (entry_terms.term,)),
                ("admitted", entry_terms.admitted),
                ("deprecated", entry_terms.deprecated),
            ):
                for value in values:
                    term_sec = sub(lang_sec, "termSec")
                    sub(term_sec, "term", value)
                    sub(term_sec, "termNote", STATUS_VALUES[status], type="administrativeStatus")
    etree.indent(root, space="  ")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def write_tbx(glossary: Glossary, path: str | Path, source_lang: str = "en") -> None:
    """Write *glossary* as TBX v3 to *path* (atomically)."""
    from khojaly_i18n.fsutil import atomic_write_bytes

    atomic_write_bytes(path, tbx_bytes(glossary, source_lang))
