"""Read and write the YAML glossary, validated against its schema with ``file:line`` errors.

The YAML is composed to nodes (never constructed to Python objects first), so every
error names the line of the offending key or value.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from khojaly_i18n.errors import GlossaryError
from khojaly_i18n.glossary.model import CATEGORIES, Concept, Glossary, LangTerms

STR_TAG = "tag:yaml.org,2002:str"
ID_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*$")
LANG_PATTERN = re.compile(r"^[a-z]{2,3}(?:_[A-Z]{2}|_[A-Z][a-z]{3})?$")
CONCEPT_KEYS = ("id", "category", "note")
LANG_KEYS = ("term", "admitted", "deprecated", "note")
YAML_SUFFIXES = (".yaml", ".yml")


def _line(node: Node) -> int:
    return node.start_mark.line + 1


def _fold(text: str) -> str:
    """Compare terms ignoring case and surrounding blanks."""
    return " ".join(text.split()).casefold()


class _Reader:
    """Validates the nodes of one file."""

    def __init__(self, path: Path, shown: str) -> None:
        self.path = path
        self.shown = shown

    def error(self, message: str, node: Node | int | None) -> GlossaryError:
        line = node if isinstance(node, int) or node is None else _line(node)
        return GlossaryError(message, self.shown, line)

    def string(self, node: Node, what: str) -> str:
        if not isinstance(node, ScalarNode) or node.tag != STR_TAG:
            kind = "a list" if isinstance(node, SequenceNode) else "a mapping" if isinstance(node, MappingNode) else "not a string"
            raise self.error(f"{what} must be a string (quote it), found {kind}", node)
        value = " ".join(str(node.value).split()) if what != "note" else str(node.value).strip()
        if not value:
            raise self.error(f"{what} is empty", node)
        return value

    def strings(self, node: Node, what: str) -> tuple[str, ...]:
        if isinstance(node, ScalarNode) and node.tag == STR_TAG:
            return (self.string(node, what),)
        if not isinstance(node, SequenceNode):
            raise self.error(f"{what} must be a list of strings", node)
        return tuple(self.string(item, f"{what} item") for item in node.value)

    def mapping(self, node: Node, what: str) -> list[tuple[str, Node, Node]]:
        if not isinstance(node, MappingNode):
            raise self.error(f"{what} must be a mapping", node)
        seen: dict[str, int] = {}
        pairs = []
        for key_node, value_node in node.value:
            key = self.string(key_node, "key")
            if key in seen:
                raise self.error(f"duplicate key {key!r} (first at line {seen[key]})", key_node)
            seen[key] = _line(key_node)
            pairs.append((key, key_node, value_node))
        return pairs

    def concepts(self, root: Node | None) -> list[Concept]:
        if root is None:
            return []
        if not isinstance(root, SequenceNode):
            raise self.error("a glossary file is a list of concepts (- id: ...)", root)
        return [self.concept(item) for item in root.value]

    def concept(self, node: Node) -> Concept:
        pairs = self.mapping(node, "a concept")
        values: dict[str, tuple[Node, Node]] = {key: (k, v) for key, k, v in pairs}
        if "id" not in values:
            raise self.error("concept without an id", node)
        concept_id = self.string(values["id"][1], "id")
        if not ID_PATTERN.match(concept_id):
            raise self.error(
                f"invalid id {concept_id!r}: lowercase letters, digits and '-', starting with a letter", values["id"][1]
            )
        if "category" not in values:
            raise self.error(f"concept {concept_id!r} has no category", node)
        category = self.string(values["category"][1], "category")
        if category not in CATEGORIES:
            raise self.error(
                f"unknown category {category!r} (one of {', '.join(CATEGORIES)})", values["category"][1]
            )
        note = self.string(values["note"][1], "note") if "note" in values else None
        terms: dict[str, LangTerms] = {}
        for key, key_node, value_node in pairs:
            if key in CONCEPT_KEYS:
                continue
            if not LANG_PATTERN.match(key):
                raise self.error(
                    f"unknown key {key!r} in concept {concept_id!r} (expected id, category, note or a language code)",
                    key_node,
                )
            terms[key] = self.lang_terms(value_node, concept_id, key)
        if "en" not in terms:
            raise self.error(f"concept {concept_id!r} has no English (en) term", node)
        return Concept(concept_id, category, terms, note, self.shown, _line(node))

    def lang_terms(self, node: Node, concept_id: str, lang: str) -> LangTerms:
        where = f"{concept_id}/{lang}"
        if isinstance(node, ScalarNode) and node.tag == STR_TAG:
            return LangTerms(self.string(node, "term"), line=_line(node))
        pairs = self.mapping(node, f"{where}")
        fields: dict[str, tuple[Node, Node]] = {}
        for key, key_node, value_node in pairs:
            if key not in LANG_KEYS:
                raise self.error(f"unknown key {key!r} in {where} (expected {', '.join(LANG_KEYS)})", key_node)
            fields[key] = (key_node, value_node)
        if "term" not in fields:
            raise self.error(f"{where} has no preferred term (term:)", node)
        term = self.string(fields["term"][1], "term")
        admitted = self.strings(fields["admitted"][1], "admitted") if "admitted" in fields else ()
        deprecated = self.strings(fields["deprecated"][1], "deprecated") if "deprecated" in fields else ()
        note = self.string(fields["note"][1], "note") if "note" in fields else None
        seen: dict[str, str] = {_fold(term): "preferred"}
        for status, names, key in (("admitted", admitted, "admitted"), ("deprecated", deprecated, "deprecated")):
            for index, name in enumerate(names):
                folded = _fold(name)
                if folded in seen:
                    value_node = fields[key][1]
                    item = value_node.value[index] if isinstance(value_node, SequenceNode) else value_node
                    other = seen[folded]
                    if other == status:
                        message = f"{where}: {name!r} is listed twice as {status}"
                    else:
                        message = f"{where}: {name!r} is both {other} and {status}"
                    raise self.error(message, item)
                seen[folded] = status
        lines = [(term, _line(fields["term"][1]))]
        for key, names in (("admitted", admitted), ("deprecated", deprecated)):
            if key in fields:
                value_node = fields[key][1]
                items = value_node.value if isinstance(value_node, SequenceNode) else [value_node]
                lines.extend((name, _line(item)) for name, item in zip(names, items))
        return LangTerms(term, admitted, deprecated, note, _line(node), tuple(lines))


#: libyaml's loader when PyYAML was built with it (several times faster), else the Python one
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml_file(path: str | Path, shown: str | None = None) -> list[Concept]:
    """The concepts of one YAML file; GlossaryError at ``file:line`` when it breaks the schema."""
    path = Path(path)
    shown = shown or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise GlossaryError(f"not UTF-8: {error}", shown) from None
    except OSError as error:
        raise GlossaryError(f"cannot read: {error.strerror or error}", shown) from None
    reader = _Reader(path, shown)
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        raise GlossaryError(f"invalid YAML: {error.problem or error.context}", shown, line) from None
    except yaml.YAMLError as error:
        raise GlossaryError(f"invalid YAML: {error}", shown) from None
    return reader.concepts(root)


def glossary_files(folder: Path) -> list[Path]:
    """The YAML files of a glossary folder, sorted by name."""
    return sorted(p for p in folder.iterdir() if p.suffix in YAML_SUFFIXES and p.is_file() and not p.name.startswith("."))


def read_yaml_folder(folder: str | Path, display_root: Path | None = None) -> Glossary:
    """Every concept of every ``*.yaml`` in *folder*; duplicate ids are errors."""
    folder = Path(folder)
    if not folder.is_dir():
        raise GlossaryError("no such glossary folder", folder)
    concepts: list[Concept] = []
    first: dict[str, Concept] = {}
    for path in glossary_files(folder):
        shown = _display(path, display_root)
        for concept in read_yaml_file(path, shown):
            if concept.id in first:
                other = first[concept.id]
                raise GlossaryError(
                    f"duplicate id {concept.id!r} (first at {other.path}:{other.line})", shown, concept.line
                )
            first[concept.id] = concept
            concepts.append(concept)
    return Glossary(tuple(concepts), str(folder))


def _display(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return str(path.resolve().relative_to(root.resolve()))
        except ValueError:
            pass
    return str(path)


# --------------------------------------------------------------------------- writing

_PLAIN = re.compile(r"^[^\s\-?:,\[\]{}#&*!|>'\"%@`][^,\[\]{}#:\"]*$")


def yaml_scalar(value: str) -> str:
    """*value* as a YAML scalar usable in flow context: plain when safe, else double-quoted."""
    if _PLAIN.match(value) and not value.endswith(" "):
        try:
            if yaml.safe_load(f"k: {value}") == {"k": value}:
                return value
        except yaml.YAMLError:
            pass
    return json.dumps(value, ensure_ascii=False)


def _flow_list(values: Iterable[str]) -> str:
    return "[" + ", ".join(yaml_scalar(v) for v in values) + "]"


def _lang_lines(code: str, terms: LangTerms, width: int = 110) -> list[str]:
    parts = [f"term: {yaml_scalar(terms.term)}"]
    if terms.admitted:
        parts.append(f"admitted: {_flow_list(terms.admitted)}")
    if terms.deprecated:
        parts.append(f"deprecated: {_flow_list(terms.deprecated)}")
    if terms.note:
        parts.append(f"note: {json.dumps(terms.note, ensure_ascii=False)}")
    flow = f"  {code}: {{{', '.join(parts)}}}"
    if len(flow) <= width:
        return [flow]
    return [f"  {code}:"] + [f"    {part}" for part in parts]


def format_concepts(concepts: Iterable[Concept], header: str | None = None) -> str:
    """YAML text of *concepts* in the glossary's own layout (one flow mapping per language)."""
    lines: list[str] = []
    if header:
        lines.extend(f"# {line}".rstrip() for line in header.splitlines())
    for concept in concepts:
        lines.append(f"- id: {yaml_scalar(concept.id)}")
        lines.append(f"  category: {concept.category}")
        if concept.note:
            lines.append(f"  note: {json.dumps(concept.note, ensure_ascii=False)}")
        data = concept.to_dict()
        for code in data:
            if code in ("id", "category", "note"):
                continue
            lines.extend(_lang_lines(code, concept.terms[code]))
    return "\n".join(lines) + "\n"


CATEGORY_FILES = {
    "place": "places.yaml",
    "unit": "units.yaml",
    "term": "terms.yaml",
    "person": "persons.yaml",
    "organisation": "organisations.yaml",
}


def write_yaml_folder(glossary: Glossary, folder: str | Path, force: bool = False) -> list[Path]:
    """Write *glossary* as one YAML file per category into *folder* (each file atomically).

    Refuses (GlossaryError) to overwrite existing files unless *force*, and always
    refuses when other YAML files in the folder would remain beside the new ones.
    """
    from khojaly_i18n.fsutil import atomic_write_text

    folder = Path(folder)
    by_file: dict[str, list[Concept]] = {}
    for concept in glossary:
        by_file.setdefault(CATEGORY_FILES[concept.category], []).append(concept)
    if folder.exists() and not folder.is_dir():
        raise GlossaryError("not a folder", folder)
    if folder.is_dir():
        existing = {p.name for p in glossary_files(folder)}
        stale = sorted(existing - set(by_file))
        if stale:
            raise GlossaryError(
                f"the folder has other glossary files that would duplicate or outlive the import: {', '.join(stale)}",
                folder,
            )
        clash = sorted(existing & set(by_file))
        if clash and not force:
            raise GlossaryError(f"would overwrite {', '.join(clash)} (use --force)", folder)
    written = []
    for name, concepts in by_file.items():
        target = folder / name
        header = f"{name.removesuffix('.yaml').capitalize()} of the glossary (imported; one concept per entry)."
        atomic_write_text(target, format_concepts(concepts, header))
        written.append(target)
    return written
