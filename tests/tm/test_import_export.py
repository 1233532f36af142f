"""Import from .po and TMX (safe, streamed), export to TMX 1.4b (DTD-valid, round trip)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from lxml import etree

from khojaly_i18n.errors import MemoryStoreError
from khojaly_i18n.tm import SQLiteStore, Unit, export_tmx, import_paths, read_tmx, write_tmx

PO = '''msgid ""
msgstr ""
"Language: {lang}\\n"
"PO-Revision-Date: 2026-01-02 03:04+0000\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "A small town"
msgstr "{t1}"

msgctxt "title"
msgid "Town"
msgstr "{t2}"

#, fuzzy
msgid "Fuzzy entry"
msgstr "unsure"

msgid "Untranslated"
msgstr ""

#~ msgid "Old entry"
#~ msgstr "old"
'''


def write_po(path: Path, lang: str = "", t1: str = "Eine kleine Stadt", t2: str = "Stadt") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(PO.format(lang=lang, t1=t1, t2=t2), encoding="utf-8")
    return path


def test_po_import_takes_finished_entries_only(tmp_path: Path) -> None:
    write_po(tmp_path / "locale" / "de" / "LC_MESSAGES" / "index.po", lang="de")
    write_po(tmp_path / "locale" / "fr" / "LC_MESSAGES" / "index.po", lang="", t1="Une petite ville", t2="Ville")
    with SQLiteStore(tmp_path / "m.sqlite") as store:
        report = import_paths(store, [tmp_path / "locale"], source_lang="en", root=tmp_path)
        assert (report.files, report.units, report.added, report.errors) == (2, 4, 4, [])
        units = {(u.target_lang, u.context, u.source): u for u in store.units()}
        assert set(units) == {("de", "", "A small town"), ("de", "title", "Town"),
                              ("fr", "", "A small town"), ("fr", "title", "Town")}
        unit = units[("fr", "", "A small town")]
        assert unit.target == "Une petite ville"
        assert unit.origin == "locale/fr/LC_MESSAGES/index.po"  # language from the path
        assert unit.time == 1767323040  # PO-Revision-Date
        again = import_paths(store, [tmp_path / "locale"], root=tmp_path)
        assert again.added == 0 and store.stats()["units"] == 4


def test_po_import_reports_bad_files_and_goes_on(tmp_path: Path) -> None:
    write_po(tmp_path / "a" / "good.po", lang="ru", t1="Городок", t2="Город")
    (tmp_path / "a" / "bad.po").write_text('msgid "x"\nmsgstr "y\n', encoding="utf-8")
    (tmp_path / "a" / "nolang.po").write_text('msgid "x"\nmsgstr "y"\n', encoding="utf-8")
    with SQLiteStore(tmp_path / "m.sqlite") as store:
        report = import_paths(store, [tmp_path / "a"], root=tmp_path)
    assert report.added == 2
    assert len(report.errors) == 2
    assert any("bad.po:" in error for error in report.errors)
    assert any("language unknown" in error for error in report.errors)


TMX = '''<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en"
          srclang="en-US" datatype="plaintext"/>
  <body>
    <tu changedate="20200102T030405Z">
      <prop type="x-context">menu</prop>
      <tuv xml:lang="en-US"><seg>Click <bpt i="1">&lt;b&gt;</bpt>here<ept i="1">&lt;/b&gt;</ept> now</seg></tuv>
      <tuv xml:lang="fr-FR"><seg>Cliquez <bpt i="1">&lt;b&gt;</bpt>ici<ept i="1">&lt;/b&gt;</ept> maintenant</seg></tuv>
      <tuv xml:lang="de-DE"><seg>Klicken Sie <hi>hier</hi><ph x="1">{0}</ph></seg></tuv>
    </tu>
    <tu>
      <tuv lang="EN-US"><seg>Legacy lang attribute</seg></tuv>
      <tuv lang="RU"><seg>Устаревший атрибут lang</seg></tuv>
    </tu>
  </body>
</tmx>
'''


def test_tmx_import_xml_lang_legacy_lang_and_inline_elements(tmp_path: Path) -> None:
    path = tmp_path / "in.tmx"
    path.write_text(TMX, encoding="utf-8")
    units = list(read_tmx(path, origin="in.tmx"))
    by_lang = {u.target_lang: u for u in units}
    assert set(by_lang) == {"fr-FR", "de-DE", "ru-RU"} or set(by_lang) == {"fr-FR", "de-DE", "ru"}
    fr = by_lang["fr-FR"]
    assert (fr.source_lang, fr.source, fr.target) == ("en-US", "Click <b>here</b> now", "Cliquez <b>ici</b> maintenant")
    assert fr.context == "menu" and fr.origin == "in.tmx" and fr.time == 1577934245
    assert by_lang["de-DE"].target == "Klicken Sie hier{0}"
    ru = by_lang["ru"]
    assert (ru.source, ru.target) == ("Legacy lang attribute", "Устаревший атрибут lang")


BOMB = '''<?xml version="1.0"?>
<!DOCTYPE tmx [
  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
]>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x"
adminlang="en" srclang="en" datatype="plaintext"/><body>
<tu><tuv xml:lang="en"><seg>&c;</seg></tuv><tuv xml:lang="fr"><seg>x</seg></tuv></tu></body></tmx>
'''

XXE = '''<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x"
adminlang="en" srclang="en" datatype="plaintext"/><body>
<tu><tuv xml:lang="en"><seg>&secret;</seg></tuv><tuv xml:lang="fr"><seg>x</seg></tuv></tu></body></tmx>
'''


@pytest.mark.parametrize("text", [BOMB, XXE], ids=["billion-laughs", "external-entity"])
def test_tmx_with_entity_declarations_is_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "evil.tmx"
    path.write_text(text, encoding="utf-8")
    with SQLiteStore(tmp_path / "m.sqlite") as store:
        report = import_paths(store, [path], root=tmp_path)
        assert report.added == 0
        assert len(report.errors) == 1 and "entity" in report.errors[0]
        assert store.stats()["units"] == 0


def test_broken_tmx_is_a_located_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.tmx"
    path.write_text(TMX.replace("</body>", ""), encoding="utf-8")
    with pytest.raises(MemoryStoreError) as info:
        list(read_tmx(path))
    assert "broken.tmx:" in str(info.value)


UNITS = [
    Unit("en", "ru", "There were 1,275 hostages.", "Было 1 275 заложников.", "", "locale/ru/a.po", 1_700_000_000),
    Unit("en", "ru", "Tabs\tand\nnewlines & <tags> \"quoted\"", "Табы\tи\nстроки & <теги>", "ctx & more", "x.po", 5),
    Unit("en", "fr", "  leading and trailing  ", "  devant et derrière  ", "", "z.po", 7),
    Unit("en", "de", "Carriage\r\nreturn", "Wagen\r\nrücklauf", "", "b.po", 9),
    Unit("en", "az", "Khojaly", "Xocalı", "title", "c.po", 11),
]


def test_export_is_valid_tmx_14_and_round_trips(tmp_path: Path, tm_data: Path) -> None:
    with SQLiteStore(tmp_path / "m.sqlite") as store:
        store.add(UNITS)
        out = tmp_path / "out.tmx"
        assert export_tmx(store, out) == len(UNITS)
    dtd = etree.DTD(str(tm_data / "tmx14.dtd"))
    doc = etree.parse(str(out), etree.XMLParser(load_dtd=False, no_network=True, resolve_entities=False))
    assert dtd.validate(doc), dtd.error_log.filter_from_errors()
    header = doc.getroot().find("header")
    for name in ("creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype"):
        assert header.get(name)
    with SQLiteStore(tmp_path / "back.sqlite") as back:
        report = import_paths(back, [out], root=tmp_path)
        assert report.errors == [] and report.added == len(UNITS)
        assert sorted(back.units(), key=repr) == sorted(UNITS, key=repr)
        # and once more: memory -> TMX -> memory keeps every unit
        buffer = io.StringIO()
        assert write_tmx(buffer, back) == len(UNITS)


def test_export_of_one_language(tmp_path: Path, tm_data: Path) -> None:
    with SQLiteStore(tmp_path / "m.sqlite") as store:
        store.add(UNITS)
        out = tmp_path / "ru.tmx"
        assert export_tmx(store, out, target_lang="ru") == 2
    text = out.read_text(encoding="utf-8")
    assert 'xml:lang="ru"' in text and 'xml:lang="fr"' not in text
    dtd = etree.DTD(str(tm_data / "tmx14.dtd"))
    assert dtd.validate(etree.parse(str(out)))


def test_tmx_import_is_streamed(tmp_path: Path) -> None:
    path = tmp_path / "big.tmx"
    with SQLiteStore(tmp_path / "m.sqlite") as store:
        store.add(Unit("en", "fr", f"segment number {i}", f"segment numéro {i}", time=i) for i in range(3000))
        export_tmx(store, path)
    seen = 0
    for unit in read_tmx(path):
        seen += 1
    assert seen == 3000


def test_translate_toolkit_reads_the_export(tmp_path: Path) -> None:
    tmx = pytest.importorskip("translate.storage.tmx")  # what Weblate reads TMX with
    with SQLiteStore(tmp_path / "m.sqlite") as store:
        store.add(UNITS)
        export_tmx(store, tmp_path / "out.tmx")
    units = tmx.tmxfile.parsefile(str(tmp_path / "out.tmx")).units
    got = {(u.source, u.target) for u in units}
    assert ("There were 1,275 hostages.", "Было 1 275 заложников.") in got
    assert len(units) == len(UNITS)
