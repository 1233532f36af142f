"""Tests of the catalog layer: parser, GNU-identical writer, merge, layout, stats."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khojaly_i18n.catalog import (
    Catalog,
    Message,
    catalog_stats,
    format_catalog,
    language_of,
    languages,
    merge_catalog,
    parse_catalog,
    po_path,
    pot_files,
    read_catalog,
    write_catalog,
)
from khojaly_i18n.catalog import linebreak
from khojaly_i18n.errors import CatalogError

DATA = Path(__file__).resolve().parent.parent / "data" / "catalog"
HAVE_MSGCAT = shutil.which("msgcat") is not None
needs_msgcat = pytest.mark.skipif(not HAVE_MSGCAT, reason="GNU gettext (msgcat) not installed")

HEADER = (
    'msgid ""\nmsgstr ""\n"Project-Id-Version: t 1\\n"\n"POT-Creation-Date: 2024-01-01 00:00+0000\\n"\n'
    '"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n'
)


# --------------------------------------------------------------------- parser
GOOD = [
    ('msgid "a"\nmsgstr "b"\n', dict(msgid="a", msgstr="b")),
    ('msgid ""\n"a"\n"b"\nmsgstr "c"\n', dict(msgid="ab", msgstr="c")),
    ('msgid "\\n\\t\\"\\\\\\r\\a\\b\\f\\v"\nmsgstr ""\n', dict(msgid='\n\t"\\\r\a\b\f\v')),
    ('msgid "\\101\\60x"\nmsgstr ""\n', dict(msgid="A0x")),
    ('msgctxt "c"\nmsgid "a"\nmsgstr "b"\n', dict(msgctxt="c", msgid="a")),
    ('msgid "a"\nmsgid_plural "as"\nmsgstr[0] "x"\nmsgstr[1] "y"\n',
     dict(msgid_plural="as", msgstr_plural={0: "x", 1: "y"})),
    ('# tc\n#. ex\n#: a.rst:1 b.rst:2\n#, fuzzy, python-format\n#| msgid "old"\nmsgid "a"\nmsgstr "b"\n',
     dict(comments=["tc"], extracted_comments=["ex"], occurrences=["a.rst:1", "b.rst:2"],
          flags=["fuzzy", "python-format"], previous_msgid="old")),
    ('#| msgctxt "oc"\n#| msgid ""\n#| "old "\n#| "text"\nmsgid "a"\nmsgstr "b"\n',
     dict(previous_msgctxt="oc", previous_msgid="old text")),
    ('#~ msgid "o"\n#~ msgstr "p"\n', dict(msgid="o", msgstr="p", obsolete=True)),
    ('#, fuzzy\n#~| msgid "q"\n#~ msgctxt "k"\n#~ msgid ""\n#~ "o"\n#~ msgstr "p"\n',
     dict(msgid="o", msgctxt="k", previous_msgid="q", obsolete=True, flags=["fuzzy"])),
    ('msgid "a"\r\nmsgstr "b"\r\n', dict(msgid="a", msgstr="b")),
    ('   msgid "a"\n\tmsgstr "b"\n', dict(msgid="a", msgstr="b")),
]


@pytest.mark.parametrize(("text", "expected"), GOOD)
def test_parse_good(text: str, expected: dict[str, object]) -> None:
    cat = parse_catalog(text, "t.po")
    (msg,) = cat.messages
    for key, value in expected.items():
        assert getattr(msg, key) == value, key


BAD = [
    ('msgid "a\nmsgstr ""\n', "t.po:1: unterminated string"),
    ('msgid "a"\nmsgstr "b\\"\n', "t.po:2: unterminated string"),
    ('msgid "a"\nmsgstr "b"\nfoo "x"\n', "t.po:3: unknown keyword 'foo'"),
    ('msgstr "b"\n', "t.po:1: msgstr without msgid"),
    ('msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n',
     "t.po:4: duplicate message definition (first defined at line 1)"),
    ('msgid "a\\q"\nmsgstr ""\n', "t.po:1: invalid escape sequence '\\\\q'"),
    ('msgid "a"\n\nmsgid "b"\nmsgstr ""\n', "t.po:3: missing msgstr"),
    ('msgid "a"\nmsgstr "x"\n"y" z\n', "t.po:3: syntax error near 'z'"),
    ('msgid "a"\nmsgstr[0] "x"\n', "t.po:2: msgstr[0] without msgid_plural"),
    ('msgid "a"\nmsgid_plural "b"\nmsgstr[1] "x"\n', "t.po:3: plural form msgstr[1] out of order"),
    ('"x"\n', "t.po:1: string without keyword"),
    ('msgid "a"\n', "t.po:1: missing msgstr at end of file"),
    ('msgid\nmsgstr ""\n', "t.po:1: missing string after keyword msgid"),
    ('msgid "a"\nmsgstr "b"\n<<<<<<< .mine\n', "t.po:3: unknown keyword '<<<<<<<'"),
]


@pytest.mark.parametrize(("text", "message"), BAD)
def test_parse_bad(text: str, message: str) -> None:
    with pytest.raises(CatalogError) as info:
        parse_catalog(text, "t.po")
    assert str(info.value) == message


def test_undecodable_bytes(tmp_path: Path) -> None:
    p = tmp_path / "bad.po"
    p.write_bytes(HEADER.encode() + b'\nmsgid "a"\nmsgstr "\xff"\n')
    with pytest.raises(CatalogError) as info:
        read_catalog(p)
    assert str(info.value) == f"{p}:10: invalid utf-8 byte sequence (cannot decode)"


def test_latin1_charset(tmp_path: Path) -> None:
    p = tmp_path / "l1.po"
    p.write_bytes(HEADER.replace("UTF-8", "ISO-8859-1").encode() + b'\nmsgid "a"\nmsgstr "\xe9"\n')
    cat = read_catalog(p)
    assert cat.messages[0].msgstr == "é"
    out = tmp_path / "out.po"
    write_catalog(cat, out)
    assert out.read_bytes() == p.read_bytes()


def test_header_and_lookup() -> None:
    cat = parse_catalog(HEADER + '\nmsgctxt "c"\nmsgid "a"\nmsgstr "b"\n', "t.po")
    assert cat.language == "fr"
    assert list(cat.headers)[:2] == ["Project-Id-Version", "POT-Creation-Date"]
    assert cat.get("a", "c") is not None and cat.get("a") is None
    assert cat.messages[0].line == 10
    cat.set_header("Language", "de")
    assert cat.language == "de"


def test_message_properties() -> None:
    m = Message("a", "b", flags=["fuzzy"])
    assert m.fuzzy and not m.translated
    m.fuzzy = False
    assert m.translated and m.flags == []
    p = Message("a", msgid_plural="as", msgstr_plural={0: "x", 1: ""})
    assert not p.translated


# --------------------------------------------------------------------- writer
def test_tricky_fixture_matches_msgcat_output() -> None:
    expected = (DATA / "tricky.expected.po").read_text(encoding="utf-8")
    assert format_catalog(read_catalog(DATA / "tricky.po")) == expected
    # the expected text is a fixed point
    assert format_catalog(parse_catalog(expected, "e.po")) == expected


@needs_msgcat
def test_tricky_fixture_is_what_msgcat_writes(tmp_path: Path) -> None:
    out = tmp_path / "o.po"
    subprocess.run(["msgcat", str(DATA / "tricky.po"), "-o", str(out)], check=True, capture_output=True)
    assert out.read_text(encoding="utf-8") == (DATA / "tricky.expected.po").read_text(encoding="utf-8")


def test_pure_python_linebreaks_on_fixture(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(linebreak, "_LIB", None)
    expected = (DATA / "tricky.expected.po").read_text(encoding="utf-8")
    assert format_catalog(read_catalog(DATA / "tricky.po")) == expected


WRAP_CASES = [
    "word " * 30,
    "x" * 200,
    "a-b-c-d-e-f " * 12,
    "line\n" * 3 + "tail",
    "(parenthesised) [bracketed] {braced} «quoted» “curly” ‘single’ " * 3,
    "path/to/a/file.py, another/path.rst; and: more! really? yes. " * 3,
    '"quoted \\ backslash" ' * 8,
    "100% of %(name)s and %-5d and % d and %% done " * 3,
    "tab\there and\tthere " * 8,
    "日本語のテキストはスペースなしで折り返されます。" * 5,
]


@needs_msgcat
@pytest.mark.parametrize("text", WRAP_CASES)
@pytest.mark.parametrize("python_format", [False, True])
def test_wrapping_matches_msgcat(tmp_path: Path, text: str, python_format: bool) -> None:
    msg = Message(text, text[::-1], flags=["python-format"] if python_format else [])
    cat = Catalog(messages=[msg])
    cat.header = "Content-Type: text/plain; charset=UTF-8\n"
    src = tmp_path / "in.po"
    write_catalog(cat, src)
    result = subprocess.run(["msgcat", str(src)], check=True, capture_output=True)
    assert src.read_bytes() == result.stdout


# ------------------------------------------------------------ hypothesis
_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=120)
_ctx = st.none() | st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=10)
_comment = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=40).map(str.strip)
_ref = st.from_regex(r"[a-z][a-z/_.]{0,30}:[1-9][0-9]{0,3}", fullmatch=True)


@st.composite
def messages(draw: st.DrawFn) -> Message:
    plural = draw(st.booleans())
    msgstr = draw(_text)
    forms = {0: draw(_text), 1: draw(_text)} if plural else {}
    obsolete = draw(st.booleans())
    translated = bool(forms.get(0)) if plural else bool(msgstr)
    fuzzy = draw(st.booleans()) and translated
    return Message(
        msgid=draw(_text.filter(bool)),
        msgstr="" if plural else msgstr,
        msgctxt=draw(_ctx),
        msgid_plural=draw(_text) if plural else None,
        msgstr_plural=forms,
        flags=(["fuzzy"] if fuzzy else []) + ([] if obsolete else draw(st.sampled_from([[], ["python-format"]]))),
        comments=[c for c in draw(st.lists(_comment, max_size=2)) if not c.startswith(("~", "|"))],
        extracted_comments=[] if obsolete else draw(st.lists(_comment, max_size=2)),
        occurrences=[] if obsolete else draw(st.lists(_ref, max_size=4, unique=True)),
        previous_msgid=draw(st.none() | _text) if fuzzy else None,
        obsolete=obsolete,
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(messages(), max_size=6))
def test_parse_format_roundtrip(msgs: list[Message]) -> None:
    seen: set[tuple[str | None, str]] = set()
    unique = []
    for m in msgs:
        if m.key not in seen and not (m.obsolete and not m.has_translation):
            seen.add(m.key)
            unique.append(m)
    unique.sort(key=lambda m: m.obsolete)  # GNU writes obsolete entries last
    cat = Catalog(messages=unique)
    cat.header = "Content-Type: text/plain; charset=UTF-8\n"
    text = format_catalog(cat)
    back = parse_catalog(text, "h.po")
    assert back.messages == cat.messages
    assert back.header == cat.header
    assert format_catalog(back) == text


# ---------------------------------------------------------------- atomic write
def test_atomic_write_leaves_no_temp(tmp_path: Path) -> None:
    cat = read_catalog(DATA / "tricky.po")
    target = tmp_path / "out.po"
    write_catalog(cat, target)
    assert [p.name for p in tmp_path.iterdir()] == ["out.po"]
    assert target.read_text(encoding="utf-8") == (DATA / "tricky.expected.po").read_text(encoding="utf-8")


def test_atomic_write_keeps_original_on_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.po"
    target.write_text("original\n", encoding="utf-8")

    def boom(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(CatalogError, match="No space left"):
        write_catalog(read_catalog(DATA / "tricky.po"), target)
    assert target.read_text(encoding="utf-8") == "original\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.po"]


def test_unencodable_catalog_is_not_written(tmp_path: Path) -> None:
    cat = parse_catalog(HEADER.replace("UTF-8", "ASCII") + '\nmsgid "a"\nmsgstr "é"\n', "t.po")
    target = tmp_path / "x.po"
    with pytest.raises(CatalogError):
        write_catalog(cat, target)
    assert not target.exists() and list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------- merge
PO = HEADER + """
#: a.rst:1
msgid "Unchanged sentence."
msgstr "Phrase inchangée."

#: a.rst:2
#, python-format
msgid "The quick brown fox jumps over the lazy dog %s."
msgstr "Le rapide renard brun saute par-dessus le chien paresseux %s."

#: a.rst:3
msgid "Removed entry."
msgstr "Entrée supprimée."

#: a.rst:4
msgid "Removed but untranslated."
msgstr ""

# keep me
#, ignore-figures
msgctxt "menu"
msgid "File"
msgstr "Fichier"

msgid "One apple"
msgid_plural "%d apples"
msgstr[0] "Une pomme"
msgstr[1] "%d pommes"

#~ msgid "Ancient"
#~ msgstr "Ancien"
"""

POT = HEADER.replace("2024-01-01 00:00", "2024-02-02 12:00") + """
#: a.rst:10
msgid "Unchanged sentence."
msgstr ""

#: a.rst:11
#, python-format
msgid "The quick brown fox jumped over the lazy dog %s."
msgstr ""

#: a.rst:12
msgid "Brand new."
msgstr ""

#: b.rst:1
msgctxt "menu"
msgid "File"
msgstr ""

msgctxt "toolbar"
msgid "Open"
msgstr ""

msgid "One apple"
msgid_plural "%d apples"
msgstr[0] ""
msgstr[1] ""

msgid "Ancient"
msgstr ""
"""


def test_merge_scenarios() -> None:
    po = parse_catalog(PO, "fr.po")
    pot = parse_catalog(POT, "x.pot")
    out, report = merge_catalog(po, pot, language="fr")
    assert (report.kept, report.new, report.fuzzy, report.obsoleted, report.dropped) == (4, 2, 1, 1, 1)
    assert out.headers["POT-Creation-Date"] == "2024-02-02 12:00+0000"
    same = out.get("Unchanged sentence.")
    assert same is not None and same.msgstr == "Phrase inchangée." and same.occurrences == ["a.rst:10"]
    fz = out.get("The quick brown fox jumped over the lazy dog %s.")
    assert fz is not None and fz.fuzzy and fz.previous_msgid == "The quick brown fox jumps over the lazy dog %s."
    assert fz.msgstr.startswith("Le rapide") and "python-format" in fz.flags
    new = out.get("Brand new.")
    assert new is not None and new.msgstr == "" and not new.fuzzy
    menu = out.get("File", "menu")
    assert menu is not None and menu.comments == ["keep me"] and "ignore-figures" in menu.flags
    assert menu.occurrences == ["b.rst:1"]
    assert out.get("Open", "toolbar") is not None and out.get("Open", "toolbar").msgstr == ""  # type: ignore[union-attr]
    plural = out.get("One apple")
    assert plural is not None and plural.msgstr_plural == {0: "Une pomme", 1: "%d pommes"}
    revived = out.get("Ancient")
    assert revived is not None and not revived.obsolete and revived.msgstr == "Ancien"
    gone = out.get("Removed entry.")
    assert gone is not None and gone.obsolete and gone.msgstr == "Entrée supprimée." and gone.occurrences == []
    assert out.get("Removed but untranslated.") is None
    text = format_catalog(out)
    assert "#~ msgid \"Removed entry.\"" in text
    assert '#| msgid "The quick brown fox jumps over the lazy dog %s."' in text


def test_merge_unchanged_is_byte_identical() -> None:
    po = parse_catalog(PO, "fr.po")
    first, _ = merge_catalog(po, parse_catalog(POT, "x.pot"), language="fr")
    text = format_catalog(first)
    again, report = merge_catalog(parse_catalog(text, "fr.po"), parse_catalog(POT, "x.pot"), language="fr")
    assert format_catalog(again) == text
    assert not report.changed and report.kept == len(parse_catalog(POT).messages)


def test_merge_fixture_with_own_template_is_identity() -> None:
    po = read_catalog(DATA / "tricky.expected.po")
    pot = Catalog(messages=[Message(m.msgid, msgctxt=m.msgctxt, msgid_plural=m.msgid_plural,
                                    msgstr_plural={0: "", 1: ""} if m.msgid_plural else {},
                                    flags=[f for f in m.flags if f != "fuzzy"],
                                    extracted_comments=list(m.extracted_comments),
                                    occurrences=list(m.occurrences))
                            for m in po.messages if not m.obsolete])
    pot.header = po.header
    out, report = merge_catalog(po, pot, language="fr")
    assert format_catalog(out) == (DATA / "tricky.expected.po").read_text(encoding="utf-8")
    assert report.kept == len(pot.messages) and not report.changed


def test_merge_new_catalog_gets_fresh_header() -> None:
    out, report = merge_catalog(None, parse_catalog(POT, "x.pot"), language="ru")
    assert out.language == "ru"
    assert out.headers["Plural-Forms"].startswith("nplurals=3;")
    assert report.new == len(out.messages)
    plural = out.get("One apple")
    assert plural is not None and plural.msgstr_plural == {0: "", 1: "", 2: ""}


def test_merge_plurality_change_is_fuzzy() -> None:
    po = parse_catalog(HEADER + '\nmsgid "One apple"\nmsgstr "Une pomme"\n', "fr.po")
    pot = parse_catalog(HEADER + '\nmsgid "One apple"\nmsgid_plural "%d apples"\nmsgstr[0] ""\nmsgstr[1] ""\n')
    out, _ = merge_catalog(po, pot, language="fr")
    (m,) = out.messages
    assert m.fuzzy and m.msgstr_plural == {0: "Une pomme", 1: "Une pomme"}


@needs_msgcat
def test_merge_matches_msgmerge(tmp_path: Path) -> None:
    po_file, pot_file = tmp_path / "fr.po", tmp_path / "x.pot"
    po_file.write_text(PO, encoding="utf-8")
    pot_file.write_text(POT, encoding="utf-8")
    exp = subprocess.run(["msgmerge", "--quiet", "--previous", str(po_file), str(pot_file), "-o", "-"],
                         check=True, capture_output=True).stdout.decode()
    out, _ = merge_catalog(read_catalog(po_file), read_catalog(pot_file), language="fr")
    got = format_catalog(out)
    # msgmerge neither keeps the unknown ignore-figures flag nor revives obsolete entries the same way
    assert got.replace("#, ignore-figures\n", "") == exp


# --------------------------------------------------------------- layout/stats
def test_layout(tmp_path: Path) -> None:
    gettext = tmp_path / "build" / "gettext"
    (gettext / "sub").mkdir(parents=True)
    (gettext / "index.pot").write_text("", encoding="utf-8")
    (gettext / "sub" / "page.pot").write_text("", encoding="utf-8")
    assert sorted(pot_files(gettext)) == ["index", "sub/page"]
    locale = tmp_path / "locale"
    assert po_path(locale, "fr", "sub/page") == locale / "fr" / "LC_MESSAGES" / "sub" / "page.po"
    (locale / "fr" / "LC_MESSAGES").mkdir(parents=True)
    (locale / "de" / "LC_MESSAGES").mkdir(parents=True)
    (locale / "notalang").mkdir()
    assert languages(locale) == ["de", "fr"]
    assert language_of(locale / "de" / "LC_MESSAGES" / "sub" / "page.po") == "de"
    cat = parse_catalog(HEADER, "x.po")
    assert language_of(locale / "de" / "LC_MESSAGES" / "x.po", cat) == "fr"


def test_stats() -> None:
    st_ = catalog_stats(parse_catalog(PO, "fr.po"))
    assert (st_.translated, st_.fuzzy, st_.untranslated, st_.obsolete) == (5, 0, 1, 1)
    assert st_.words_total == 2 + 10 + 2 + 3 + 1 + 2
    assert st_.words_translated == st_.words_total - 3
