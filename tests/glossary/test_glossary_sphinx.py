"""The build warns, at the paragraph, when a translation breaks the glossary."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PO_EXTRA = """
#: ../../docs/index.rst:6
msgid "Khojaly is a town."
msgstr "Chodschaly ist eine Stadt."

#: ../../docs/index.rst:8
msgid "The people of Khojaly fled to Baku."
msgstr "Die Menschen flohen nach Baku."

#: ../../docs/index.rst:10
msgid "Khojaly lies in Karabakh."
msgstr "Chodschali liegt in Karabach."
"""

INDEX = """A small town
============

The town had 613 inhabitants in 1992.

Khojaly is a town.

The people of Khojaly fled to Baku.

Khojaly lies in Karabakh.

.. toctree::

   chapter/page
"""

GLOSSARY = """- id: khojaly
  category: place
  en: {term: Khojaly}
  de: {term: Chodschali, deprecated: [Chodschaly]}
- id: baku
  category: place
  en: {term: Baku}
  de: {term: Baku}
- id: karabakh
  category: place
  en: {term: Karabakh}
  de: {term: Karabach}
"""


def test_build_warns_with_location(make_root) -> None:  # type: ignore[no-untyped-def]
    root: Path = make_root("basic")
    (root / "glossary").mkdir()
    (root / "glossary" / "places.yaml").write_text(GLOSSARY, encoding="utf-8")
    (root / "docs" / "index.rst").write_text(INDEX, encoding="utf-8")
    po = root / "locale" / "de" / "LC_MESSAGES" / "index.po"
    po.write_text(po.read_text(encoding="utf-8") + PO_EXTRA, encoding="utf-8")
    conf = root / "docs" / "conf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + '\nextensions.append("khojaly_i18n.glossary.sphinx")\n', encoding="utf-8")
    completed = subprocess.run(
        [sys.executable, "-m", "sphinx", "-b", "html", "-q", "--no-color", "-D", "language=de", "docs", "out/de"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stderr
    lines = [line for line in completed.stderr.splitlines() if "[khojaly.glossary]" in line]
    index = root / "docs" / "index.rst"
    assert lines == [
        f"{index}:6: WARNING: deprecated 'Chodschaly' for Khojaly; use Chodschali [khojaly.glossary]",
        f"{index}:8: WARNING: Khojaly (khojaly) should be Chodschali; the translation has none of Chodschali [khojaly.glossary]",
    ]
    # the source edition is not checked
    english = subprocess.run(
        [sys.executable, "-m", "sphinx", "-b", "html", "-q", "--no-color", "docs", "out/en"], cwd=root, capture_output=True, text=True, timeout=300
    )
    assert "[khojaly.glossary]" not in english.stderr


def test_bad_glossary_is_one_warning(make_root) -> None:  # type: ignore[no-untyped-def]
    root: Path = make_root("basic")
    (root / "glossary").mkdir()
    (root / "glossary" / "places.yaml").write_text("- id: a\n  category: nowhere\n  en: {term: A}\n", encoding="utf-8")
    conf = root / "docs" / "conf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + '\nextensions.append("khojaly_i18n.glossary.sphinx")\n', encoding="utf-8")
    completed = subprocess.run(
        [sys.executable, "-m", "sphinx", "-b", "html", "-q", "--no-color", "-D", "language=de", "docs", "out/de"],
        cwd=root, capture_output=True, text=True, timeout=300,
    )
    assert completed.returncode == 0
    assert "glossary/places.yaml:2: unknown category 'nowhere'" in completed.stderr
    assert "invalid glossary:" in completed.stderr and completed.stderr.count("[khojaly.glossary]") == 1
