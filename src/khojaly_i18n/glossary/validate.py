"""Validate a glossary folder, reporting every file's first error (not just the first file's)."""

from __future__ import annotations

from pathlib import Path

from khojaly_i18n.errors import ConfigError, GlossaryError
from khojaly_i18n.glossary.model import Concept, Glossary


def validate_glossary(path: Path | None = None, project_root: Path | None = None) -> tuple[int, list[GlossaryError]]:
    """(number of concepts, errors) of the glossary at *path* (default: the project's)."""
    from khojaly_i18n.glossary.loader import TBX_SUFFIXES, project_glossary_dir
    from khojaly_i18n.glossary.yamlio import glossary_files, read_yaml_file

    if path is None:
        path = project_glossary_dir(project_root)
        if path is None:
            raise ConfigError(f"no glossary given and no project at or above {project_root or Path.cwd()}")
        cwd = Path.cwd()
        try:
            path = path.relative_to(cwd)
        except ValueError:
            pass
    if not path.exists():
        raise ConfigError("no such glossary file or folder", path)
    if path.is_file() and path.suffix.lower() in TBX_SUFFIXES:
        from khojaly_i18n.glossary.tbx import read_tbx

        try:
            glossary = read_tbx(path)
        except GlossaryError as error:
            return 0, [error]
        return len(glossary), contradictions(glossary)
    files = glossary_files(path) if path.is_dir() else [path]
    errors: list[GlossaryError] = []
    first: dict[str, Concept] = {}
    count = 0
    for file in files:
        try:
            concepts = read_yaml_file(file)
        except GlossaryError as error:
            errors.append(error)
            continue
        for concept in concepts:
            if concept.id in first:
                other = first[concept.id]
                errors.append(
                    GlossaryError(f"duplicate id {concept.id!r} (first at {other.path}:{other.line})", concept.path, concept.line)
                )
                continue
            first[concept.id] = concept
            count += 1
    errors.extend(contradictions(Glossary(tuple(first.values()))))
    return count, errors


def contradictions(glossary: Glossary) -> list[GlossaryError]:
    """Deprecated variants that the check would accept as a form of the concept's preferred
    or an admitted term (ru *Шуши* is the genitive of *Шуша*): such a glossary contradicts
    itself, flagging correct translations. One error per variant, at its file and line."""
    from khojaly_i18n.glossary.matcher import Phrase
    from khojaly_i18n.glossary.text import tokenize

    errors: list[GlossaryError] = []
    for concept in glossary:
        for code, terms in concept.terms.items():
            if not terms.deprecated:
                continue
            accepted = [
                Phrase(term, code, "preferred" if index == 0 else "admitted")
                for index, term in enumerate(terms.accepted)
            ]
            for variant in terms.deprecated:
                tokens = tokenize(variant, code)
                if not tokens:
                    continue
                for term, phrase in zip(terms.accepted, accepted):
                    if not phrase.words:
                        continue
                    if any(start == 0 and end == len(tokens) for start, end, _ in phrase.find_all(tokens)):
                        status = "preferred" if term == terms.term else "admitted"
                        errors.append(
                            GlossaryError(
                                f"{concept.id}/{code}: deprecated {variant!r} is a grammatical form of the "
                                f"{status} term {term!r}, which the check accepts; remove it from deprecated",
                                concept.path,
                                terms.line_of(variant) or concept.line,
                            )
                        )
                        break
    return errors
