"""The YAML schema: every error names the file and the line."""

from __future__ import annotations

from pathlib import Path

import pytest

from khojaly_i18n.errors import GlossaryError
from khojaly_i18n.glossary import load_glossary, read_yaml_folder
from khojaly_i18n.glossary.validate import validate_glossary

GOOD = """\
- id: khojaly
  category: place
  en: {term: Khojaly, admitted: [Khojali]}
  ru: {term: Ходжалы, deprecated: [Ходжали], note: "Indeclinable."}
- id: hostage
  category: term
  en: hostage
  de:
    term: Geisel
    admitted: [Geiselnahme]
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_good_folder_loads(tmp_path: Path) -> None:
    write(tmp_path / "g", "a.yaml", GOOD)
    glossary = read_yaml_folder(tmp_path / "g")
    assert [c.id for c in glossary] == ["khojaly", "hostage"]
    khojaly = glossary.get("khojaly")
    assert khojaly is not None and khojaly.category == "place"
    assert khojaly.lang("ru").term == "Ходжалы"
    assert khojaly.lang("ru_RU").deprecated == ("Ходжали",)
    assert khojaly.lang("ru").note == "Indeclinable."
    assert glossary.get("hostage").lang("en").term == "hostage"
    assert glossary.get("hostage").lang("de").admitted == ("Geiselnahme",)


def test_shipped_glossary_is_valid(repo_root: Path) -> None:
    count, errors = validate_glossary(repo_root / "glossary")
    assert errors == []
    glossary = load_glossary(None, repo_root)
    assert len(glossary) == count >= 25
    for concept in glossary:
        assert set(concept.terms) >= {"en", "az", "ru", "tr", "de", "fr"}, concept.id


BAD = [
    (
        "unknown concept key",
        "- id: a\n  category: place\n  en: {term: A}\n  colour: red\n",
        4,
        "unknown key 'colour'",
    ),
    ("unknown language key", "- id: a\n  category: place\n  en: {term: A, admited: [B]}\n", 3, "unknown key 'admited'"),
    (
        "admitted and deprecated",
        "- id: a\n  category: place\n  en: {term: A}\n  ru:\n    term: Б\n    admitted: [В]\n    deprecated: [Г, в]\n",
        7,
        "both admitted and deprecated",
    ),
    ("preferred deprecated", "- id: a\n  category: place\n  en: {term: A, deprecated: [a]}\n", 3, "both preferred and deprecated"),
    ("missing term", "- id: a\n  category: place\n  en: {term: A}\n  de: {admitted: [B]}\n", 4, "no preferred term"),
    ("missing english", "- id: a\n  category: place\n  de: {term: B}\n", 1, "no English"),
    ("missing id", "- category: place\n  en: {term: A}\n", 1, "without an id"),
    ("bad id", "- id: A b\n  category: place\n  en: {term: A}\n", 1, "invalid id"),
    ("bad category", "- id: a\n  category: river\n  en: {term: A}\n", 2, "unknown category 'river'"),
    ("missing category", "- id: a\n  en: {term: A}\n", 1, "has no category"),
    ("duplicate key", "- id: a\n  category: place\n  en: {term: A}\n  en: {term: B}\n", 4, "duplicate key 'en'"),
    ("not a string", "- id: a\n  category: place\n  en: {term: A, admitted: [yes]}\n", 3, "must be a string"),
    ("empty term", "- id: a\n  category: place\n  en: {term: ''}\n", 3, "term is empty"),
    ("not a list", "id: a\ncategory: place\n", 1, "list of concepts"),
    ("invalid yaml", "- id: a\n  category: [place\n", 3, "invalid YAML"),
]


@pytest.mark.parametrize(("name", "text", "line", "message"), BAD, ids=[b[0] for b in BAD])
def test_schema_errors_name_file_and_line(tmp_path: Path, name: str, text: str, line: int, message: str) -> None:
    path = write(tmp_path / "g", "places.yaml", text)
    with pytest.raises(GlossaryError) as caught:
        read_yaml_folder(tmp_path / "g")
    error = caught.value
    assert message in error.message
    assert error.path is not None and error.path.endswith("places.yaml")
    assert error.line == line, str(error)
    assert str(error).startswith(f"{error.path}:{line}: ")
    assert Path(error.path).name == path.name


def test_duplicate_id_across_files(tmp_path: Path) -> None:
    write(tmp_path / "g", "a.yaml", "- id: a\n  category: place\n  en: {term: A}\n")
    write(tmp_path / "g", "b.yaml", "# second\n- id: b\n  category: term\n  en: {term: B}\n- id: a\n  category: term\n  en: {term: C}\n")
    with pytest.raises(GlossaryError) as caught:
        read_yaml_folder(tmp_path / "g")
    assert caught.value.path.endswith("b.yaml") and caught.value.line == 5
    assert "duplicate id 'a'" in caught.value.message and "a.yaml:1" in caught.value.message
    count, errors = validate_glossary(tmp_path / "g")
    assert count == 2 and len(errors) == 1


def test_validate_reports_each_file(tmp_path: Path) -> None:
    write(tmp_path / "g", "a.yaml", "- id: a\n  category: nope\n  en: {term: A}\n")
    write(tmp_path / "g", "b.yaml", "- id: b\n  category: place\n  en: {term: B, x: 1}\n")
    count, errors = validate_glossary(tmp_path / "g")
    assert [(Path(e.path).name, e.line) for e in errors] == [("a.yaml", 2), ("b.yaml", 3)]


CONTRADICTORY = """\
- id: shusha
  category: place
  en: Shusha
  ru:
    term: Шуша
    deprecated:
      - Шушы
      - Шуши
- id: red-cross
  category: organisation
  en: Red Cross
  de: {term: Rotes Kreuz, deprecated: [Rote Kreuz, Rotkreuz]}
  tr: {term: ateşkes anlaşması, admitted: [ateşkes antlaşması], deprecated: [ateşkes antlaşmaları]}
"""


def test_deprecated_form_of_the_preferred_term_is_an_error(tmp_path: Path) -> None:
    """A deprecated variant that the check accepts as a form of an accepted term contradicts it."""
    path = write(tmp_path / "g", "places.yaml", CONTRADICTORY)
    count, errors = validate_glossary(tmp_path / "g")
    assert count == 2
    assert [(Path(e.path).name, e.line) for e in errors] == [("places.yaml", 8), ("places.yaml", 12), ("places.yaml", 13)]
    assert "shusha/ru: deprecated 'Шуши' is a grammatical form of the preferred term 'Шуша'" in errors[0].message
    assert "'Rote Kreuz'" in errors[1].message and "'Rotkreuz'" not in errors[1].message
    assert "admitted term 'ateşkes antlaşması'" in errors[2].message
    with pytest.raises(GlossaryError) as caught:
        load_glossary(tmp_path / "g", None)
    assert caught.value.line == 8 and caught.value.path.endswith(path.name)


def test_deprecated_form_in_tbx_names_its_line(tmp_path: Path) -> None:
    from khojaly_i18n.glossary.tbx import write_tbx

    write(tmp_path / "g", "places.yaml", CONTRADICTORY.replace("      - Шуши\n", ""))
    glossary = read_yaml_folder(tmp_path / "g")
    write_tbx(glossary, tmp_path / "g.tbx")
    lines = (tmp_path / "g.tbx").read_text(encoding="utf-8").splitlines()
    count, errors = validate_glossary(tmp_path / "g.tbx")
    assert count == 2 and len(errors) == 2
    shown = sorted(lines[error.line - 1].strip() for error in errors)
    assert shown == ["<term>Rote Kreuz</term>", "<term>ateşkes antlaşmaları</term>"]
    with pytest.raises(GlossaryError):
        load_glossary(tmp_path / "g.tbx", None)
