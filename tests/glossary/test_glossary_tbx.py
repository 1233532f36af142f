"""TBX v3 and v2 reading, export → import round trip, hostile XML."""

from __future__ import annotations

from pathlib import Path

import pytest

from khojaly_i18n.errors import GlossaryError
from khojaly_i18n.glossary import load_glossary, read_tbx, tbx_bytes, write_tbx

DATA = Path(__file__).resolve().parent.parent / "data" / "glossary"

V3 = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="shusha">
      <descrip type="subjectField">place</descrip>
      <langSec xml:lang="en"><termSec><term>Shusha</term></termSec></langSec>
      <langSec xml:lang="de">
        <note>Deutsch: Schuscha.</note>
        <termSec><term>Schuschi</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
        <termSec><term>Schuscha</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
        <termSec><term>Schuscha-Stadt</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termSec>
      </langSec>
    </conceptEntry>
    <conceptEntry id="regiment-366">
      <descrip type="subjectField">unit</descrip>
      <langSec xml:lang="en"><termSec><term>366th Motor Rifle Regiment</term></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>
"""


def test_read_tbx_v3(tmp_path: Path) -> None:
    path = tmp_path / "g.tbx"
    path.write_text(V3, encoding="utf-8")
    glossary = read_tbx(path)
    shusha = glossary.get("shusha")
    assert shusha is not None and shusha.category == "place"
    de = shusha.lang("de")
    assert (de.term, de.admitted, de.deprecated, de.note) == ("Schuscha", ("Schuscha-Stadt",), ("Schuschi",), "Deutsch: Schuscha.")
    assert glossary.get("regiment-366").category == "unit"


def test_read_tbx_v2_weblate_and_translate_toolkit() -> None:
    glossary = load_glossary(DATA / "weblate_v2.tbx", None)
    assert [c.id for c in glossary] == ["khojaly", "hostage", "refugee"]
    ru = glossary.get("khojaly").lang("ru")
    assert ru.term == "Ходжалы" and ru.deprecated == ("Ходжали", "Хоцалы") and ru.note == "Indeclinable."
    de = glossary.get("hostage").lang("de")  # no status: first preferred, others admitted
    assert de.term == "Geisel" and de.admitted == ("Geiselnehmer",)
    assert glossary.get("hostage").category == "term"
    assert glossary.get("refugee").lang("fr").term == "réfugié"
    assert glossary.get("refugee").note == "translate-toolkit layout"


def test_export_import_round_trip(repo_root: Path, tmp_path: Path) -> None:
    glossary = load_glossary(None, repo_root)
    path = tmp_path / "out.tbx"
    write_tbx(glossary, path)
    text = path.read_text(encoding="utf-8")
    assert '<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">' in text
    assert "<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>" in text
    again = read_tbx(path)
    assert [c.to_dict() for c in again] == [c.to_dict() for c in glossary]
    assert tbx_bytes(again) == path.read_bytes()


BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<martif type="TBX"><text><body><termEntry><langSet xml:lang="en"><tig><term>&lol3;</term></tig></langSet></termEntry></body></text></martif>
"""

EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE martif [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<martif type="TBX"><text><body><termEntry><langSet xml:lang="en"><tig><term>&xxe;</term></tig></langSet></termEntry></body></text></martif>
"""


@pytest.mark.parametrize("text", [BOMB, EXTERNAL], ids=["billion-laughs", "external-entity"])
def test_entities_rejected(tmp_path: Path, text: str) -> None:
    path = tmp_path / "bomb.tbx"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GlossaryError) as caught:
        read_tbx(path)
    assert "entit" in caught.value.message and caught.value.line == 2


def test_undeclared_entity_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.tbx"
    path.write_text('<martif type="TBX"><text><body><termEntry><langSet xml:lang="en"><tig><term>&x;</term></tig></langSet></termEntry></body></text></martif>', encoding="utf-8")
    with pytest.raises(GlossaryError):
        read_tbx(path)


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("<html><body/></html>", "not a TBX file", 1),
        ('<tbx>\n<text><body><conceptEntry id="a">\n<langSec><termSec><term>A</term></termSec></langSec>\n</conceptEntry></body></text></tbx>', "without xml:lang", 3),
        ("<tbx><text><body>\n<conceptEntry>\n</body></tbx>", "invalid XML", 3),
        (
            '<tbx><text><body><conceptEntry id="a"><langSec xml:lang="en">\n<termSec><term>A</term><termNote type="administrativeStatus">bogus</termNote></termSec></langSec></conceptEntry></body></text></tbx>',
            "unknown administrativeStatus",
            2,
        ),
    ],
)
def test_bad_tbx(tmp_path: Path, text: str, message: str, line: int) -> None:
    path = tmp_path / "bad.tbx"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GlossaryError) as caught:
        read_tbx(path)
    assert message in caught.value.message and caught.value.line == line
    assert str(caught.value).startswith(f"{path}:{line}:")


def test_large_tbx_streams(tmp_path: Path) -> None:
    entries = "".join(
        f'<conceptEntry id="c{i}"><langSec xml:lang="en"><termSec><term>term {i}</term></termSec></langSec></conceptEntry>'
        for i in range(20000)
    )
    path = tmp_path / "big.tbx"
    path.write_text(f'<tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body>{entries}</body></text></tbx>', encoding="utf-8")
    glossary = read_tbx(path)
    assert len(glossary) == 20000 and glossary.get("c19999").label == "term 19999"
