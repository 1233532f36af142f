"""Benchmark the translation memory against translate-toolkit's matcher and msgmerge.

    python bench/bench_tm.py [--size 100000] [--queries 1000] [--ttk-queries 200] [--edits 3000] [--skip-update]

Reads the corpora in /work/shared/corpora (python-docs-fr, python-docs-tr,
blender-manual fr/de).  Prints, side by side:

* import time of python-docs-fr into a fresh SQLite memory;
* lookup latency (p50/p95/mean) at ``--size`` en→fr segments (real finished
  entries topped up with synthetic variants), for khojaly-i18n's trigram index
  and for translate-toolkit's ``match.matcher`` (as ``pretranslate --tm`` builds it);
* how often the top-1 score equals a full rapidfuzz scan
  (``process.extractOne(query, all_sources, scorer=fuzz.ratio)``);
* ``update`` of a copy of python-docs-fr after ``--edits`` msgid edits
  (word swaps, number changes, typo fixes) vs ``msgmerge -U --previous`` file
  by file: wall time and translations recovered for the edited entries.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from rapidfuzz import fuzz, process  # noqa: E402

from khojaly_i18n.catalog import format_catalog, read_catalog  # noqa: E402
from khojaly_i18n.errors import KhojalyError  # noqa: E402
from khojaly_i18n.tm import Unit, import_paths, open_memory  # noqa: E402

CORPORA = Path("/work/shared/corpora")
MIN_SCORE = 75.0


def finished_units(folder: Path, lang: str) -> list[Unit]:
    """Finished en→lang units of every .po under *folder* (bad files skipped)."""
    from khojaly_i18n.tm.po import units_from_catalog

    units: list[Unit] = []
    for path in sorted(folder.rglob("*.po")):
        try:
            units += units_from_catalog(read_catalog(path), path, "en", lang, path.relative_to(CORPORA).as_posix())
        except KhojalyError:
            continue
    return units


_NUM = re.compile(r"\d+")


def edit(text: str, rnd: random.Random) -> str:
    """A small edit: swap two words, change a number, fix/introduce a typo, add or drop a word."""
    words = text.split(" ")
    kind = rnd.random()
    if kind < 0.2 and _NUM.search(text):
        numbers = list(_NUM.finditer(text))
        m = rnd.choice(numbers)
        return text[: m.start()] + str(int(m.group()) + rnd.randint(1, 9)) + text[m.end():]
    if kind < 0.45 and len(words) > 3:
        i = rnd.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
        return " ".join(words)
    if kind < 0.7 and len(text) > 3:
        i = rnd.randrange(1, len(text) - 1)
        return text[:i] + text[i + 1] + text[i] + text[i + 2:]  # transposed letters (typo)
    if kind < 0.85:
        i = rnd.randrange(len(words) + 1)
        words.insert(i, rnd.choice(["also", "then", "now", "new", "always", "the"]))
        return " ".join(words)
    if len(words) > 2:
        del words[rnd.randrange(len(words))]
        return " ".join(words)
    return text + " again"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def fmt_ms(values: list[float]) -> str:
    return (f"p50 {percentile(values, 0.5) * 1e3:7.3f} ms  p95 {percentile(values, 0.95) * 1e3:7.3f} ms  "
            f"mean {statistics.fmean(values) * 1e3:7.3f} ms")


def bench_lookup(args: argparse.Namespace, work: Path) -> None:
    rnd = random.Random(1992)
    t0 = time.perf_counter()
    fr_docs = finished_units(CORPORA / "python-docs-fr", "fr")
    fr_blender = finished_units(CORPORA / "blender-manual" / "fr", "fr")
    tr_docs = finished_units(CORPORA / "python-docs-tr", "tr")
    de_blender = finished_units(CORPORA / "blender-manual" / "de", "de")
    print(f"corpora read: {time.perf_counter() - t0:.1f} s; finished entries: python-docs-fr {len(fr_docs)}, "
          f"blender fr {len(fr_blender)}, python-docs-tr {len(tr_docs)}, blender de {len(de_blender)}")

    # import speed: python-docs-fr into a fresh memory, through the public API
    path = work / "tm.sqlite"
    with open_memory(path) as memory:
        t0 = time.perf_counter()
        report = import_paths(memory.store, [CORPORA / "python-docs-fr"], source_lang="en", target_lang="fr",
                              root=CORPORA)
        dt = time.perf_counter() - t0
    print(f"import python-docs-fr ({report.files} files, {report.units} units, {report.added} new): {dt:.2f} s")

    real = fr_docs + fr_blender
    seen = {u.source for u in real}
    synthetic: list[Unit] = []
    base = list(real)
    while len(seen) < args.size:
        unit = rnd.choice(base)
        variant = edit(unit.source, rnd)
        if variant in seen:
            variant = f"{variant} ({rnd.randrange(10_000)})"
            if variant in seen:
                continue
        seen.add(variant)
        synthetic.append(Unit("en", "fr", variant, unit.target, "", "synthetic", unit.time))
    with open_memory(path) as memory:
        t0 = time.perf_counter()
        memory.add(real + synthetic + tr_docs + de_blender)
        dt_add = time.perf_counter() - t0
        stats = memory.stats()
        fr_pair = next(p for p in stats["pairs"] if p["target_lang"] == "fr")  # type: ignore[union-attr]
        t0 = time.perf_counter()
        index = memory.index("en", "fr")
        dt_index = time.perf_counter() - t0
        print(f"memory: {stats['units']} units ({len(synthetic)} synthetic fr variants), en->fr {fr_pair['units']} "
              f"units / {len(index)} distinct sources; add {dt_add:.1f} s, index build {dt_index:.1f} s")

        sources = index.sources
        queries = [edit(rnd.choice(real).source, rnd) for _ in range(args.queries)]
        # khojaly-i18n: full lookup (exact + placeables + fuzzy) and the index alone
        ours: list[float] = []
        for q in queries:
            t0 = time.perf_counter()
            memory.lookup(q, "fr", "en", min_score=MIN_SCORE, limit=1)
            ours.append(time.perf_counter() - t0)
        ours_index: list[float] = []
        top: list[float | None] = []
        for q in queries:
            t0 = time.perf_counter()
            found = index.search(q, MIN_SCORE, 1)
            ours_index.append(time.perf_counter() - t0)
            top.append(found[0][0] if found else None)
        # the truth: a full rapidfuzz scan (no score_cutoff: rapidfuzz's cutoff is inexact at equality)
        scan: list[float] = []
        agree = 0
        below = 0
        for q, mine in zip(queries, top):
            t0 = time.perf_counter()
            best = process.extractOne(q, sources, scorer=fuzz.ratio)
            scan.append(time.perf_counter() - t0)
            truth = best[1] if best and best[1] >= MIN_SCORE else None
            below += truth is None
            agree += truth == mine
        kinds = {"exact": 0, "placeables": 0, "fuzzy": 0, "none": 0}
        for q in queries:
            found_m = memory.lookup(q, "fr", "en", min_score=MIN_SCORE, limit=1)
            kinds[found_m[0].kind if found_m else "none"] += 1
    print(f"\nlookup at {len(index)} en->fr segments, {len(queries)} queries (corpus msgids with small edits), "
          f"min score {MIN_SCORE:g}, top-1:")
    print(f"  khojaly-i18n lookup()       {fmt_ms(ours)}")
    print(f"  khojaly-i18n index.search() {fmt_ms(ours_index)}")
    print(f"  full rapidfuzz scan         {fmt_ms(scan)}")
    print(f"  top-1 score identical to the full scan: {agree}/{len(queries)} = {100 * agree / len(queries):.2f} % "
          f"({below} queries have no match >= {MIN_SCORE:g})")
    print(f"  best match kinds: {kinds}")

    # translate-toolkit's matcher over the same en->fr units
    from translate.search import match
    from translate.storage import po as ttk_po

    for size in (20_000, len(index)):
        store = ttk_po.pofile()
        chosen = sources if size >= len(sources) else rnd.sample(sources, size)
        for s in chosen:
            unit = store.addsourceunit(s)
            unit.target = "x"
        t0 = time.perf_counter()
        matcher = match.matcher(store, max_candidates=1, min_similarity=int(MIN_SCORE), max_length=1000)
        build = time.perf_counter() - t0
        ttk: list[float] = []
        for q in queries[: args.ttk_queries]:
            t0 = time.perf_counter()
            matcher.matches(q)
            ttk.append(time.perf_counter() - t0)
        sub = TrigramIndex_for(chosen) if size < len(index) else index
        mine_sub: list[float] = []
        for q in queries[: args.ttk_queries]:
            t0 = time.perf_counter()
            sub.search(q, MIN_SCORE, 1)
            mine_sub.append(time.perf_counter() - t0)
        print(f"\nat {len(chosen)} segments, {len(ttk)} queries (translate-toolkit build {build:.1f} s):")
        print(f"  translate-toolkit matcher   {fmt_ms(ttk)}")
        print(f"  khojaly-i18n index.search() {fmt_ms(mine_sub)}   "
              f"speed-up x{statistics.fmean(ttk) / statistics.fmean(mine_sub):.0f} (mean)")


def TrigramIndex_for(sources: list[str]):  # noqa: N802 - small helper
    from khojaly_i18n.tm import TrigramIndex

    return TrigramIndex(sources)


POT_HEADER = '''msgid ""
msgstr ""
"Project-Id-Version: Python 3.13\\n"
"Report-Msgid-Bugs-To: \\n"
"POT-Creation-Date: 2026-02-01 00:00+0000\\n"
"PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\\n"
"Last-Translator: FULL NAME <EMAIL@ADDRESS>\\n"
"Language-Team: LANGUAGE <LL@li.org>\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
'''


def bench_update(args: argparse.Namespace, work: Path) -> None:
    from khojaly_i18n.catalog import Catalog, Message
    from khojaly_i18n.project import load_project
    from khojaly_i18n.update import update_catalogs

    rnd = random.Random(26)
    root = work / "proj"
    locale = root / "locale" / "fr" / "LC_MESSAGES"
    gettext = root / "build" / "gettext"
    files = sorted((CORPORA / "python-docs-fr").rglob("*.po"))
    catalogs = {}
    for path in files:
        doc = path.relative_to(CORPORA / "python-docs-fr").with_suffix("").as_posix()
        if doc == "sphinx":  # Sphinx's own domain: update leaves sphinx.po alone by design
            continue
        try:
            catalogs[doc] = read_catalog(path)
        except KhojalyError:
            continue
        dest = locale / f"{doc}.po"
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, dest)
    (root / "pyproject.toml").write_text(
        '[tool.khojaly-i18n]\nsource-language = "en"\nlanguages = ["fr"]\ntm = "tm.sqlite"\n', encoding="utf-8")
    # templates: every active msgid, a few thousand of the translated ones edited
    candidates = [(doc, i) for doc, cat in catalogs.items() for i, m in enumerate(cat.messages)
                  if not m.obsolete and m.translated and m.msgid_plural is None and len(m.msgid) > 12]
    edited = set(rnd.sample(candidates, min(args.edits, len(candidates))))
    originals: dict[tuple[str, str], str] = {}
    for doc, cat in catalogs.items():
        pot = Catalog()
        pot.header = POT_HEADER.split('msgstr ""\n', 1)[1].replace('"', "").replace("\\n\n", "\n")
        for i, m in enumerate(cat.messages):
            if m.obsolete:
                continue
            msgid = m.msgid
            if (doc, i) in edited:
                new = edit(msgid, rnd)
                if new != msgid and cat.get(new, m.msgctxt) is None:
                    originals[(doc, new)] = m.msgstr
                    msgid = new
            pot.add(Message(msgid=msgid, msgctxt=m.msgctxt, msgid_plural=m.msgid_plural,
                            msgstr_plural={i: "" for i in m.msgstr_plural} if m.msgid_plural else {},
                            flags=[f for f in m.flags if f != "fuzzy"], occurrences=list(m.occurrences),
                            extracted_comments=list(m.extracted_comments)))
        dest = gettext / f"{doc}.pot"
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(format_catalog(pot), encoding="utf-8")
    print(f"\nupdate of python-docs-fr ({len(catalogs)} catalogs) after {len(originals)} msgid edits:")

    missed: dict[str, list[str]] = {}

    def recovered(locale_dir: Path, tool: str) -> tuple[int, int]:
        got = same = 0
        for (doc, msgid), original in originals.items():
            cat = read_catalog(locale_dir / f"{doc}.po")
            m = next((x for x in cat.messages if x.msgid == msgid and not x.obsolete), None)
            if m is not None and m.msgstr:
                got += 1
                same += m.msgstr == original
            else:
                missed.setdefault(tool, []).append(f"{doc}: {msgid[:70]!r}")
        return got, same

    # msgmerge --previous, file by file, on a copy
    mm_root = work / "msgmerge"
    shutil.copytree(root / "locale", mm_root)
    t0 = time.perf_counter()
    for pot_path in sorted(gettext.rglob("*.pot")):
        doc = pot_path.relative_to(gettext).with_suffix("").as_posix()
        subprocess.run(["msgmerge", "-q", "-U", "--previous", "--backup=none",
                        str(mm_root / "fr" / "LC_MESSAGES" / f"{doc}.po"), str(pot_path)], check=True)
    dt_mm = time.perf_counter() - t0
    mm_got, mm_same = recovered(mm_root / "fr" / "LC_MESSAGES", "msgmerge")

    # khojaly-i18n update without the memory, on another copy
    plain_root = work / "plain"
    shutil.copytree(root, plain_root)
    (plain_root / "tm.sqlite").unlink(missing_ok=True)
    t0 = time.perf_counter()
    update_catalogs(load_project(plain_root), ["fr"])
    dt_plain = time.perf_counter() - t0
    plain_got, plain_same = recovered(plain_root / "locale" / "fr" / "LC_MESSAGES", "update --no-tm")

    # khojaly-i18n update with the project's memory (filled from the catalogs as earlier updates would)
    project = load_project(root)
    with open_memory(project.tm_path) as memory:
        t0 = time.perf_counter()
        import_paths(memory.store, [root / "locale"], source_lang="en", root=root)
        memory.warm()  # as `tm import` does: the fuzzy index is built and cached in the store
        dt_fill = time.perf_counter() - t0
        t0 = time.perf_counter()
        (result,) = update_catalogs(project, ["fr"], memory=memory)
        dt_up = time.perf_counter() - t0
    ours_got, ours_same = recovered(locale, "update --tm")
    # no-change update: no byte may change
    before = {p: p.read_bytes() for p in locale.rglob("*.po")}
    with open_memory(project.tm_path) as memory:
        t0 = time.perf_counter()
        update_catalogs(project, ["fr"], memory=memory)
        dt_again = time.perf_counter() - t0
    unchanged = before == {p: p.read_bytes() for p in locale.rglob("*.po")}
    print(f"  msgmerge -U --previous (file by file) {dt_mm:6.1f} s   recovered {mm_got}/{len(originals)} "
          f"(identical to the old translation: {mm_same})")
    print(f"  khojaly-i18n update --no-tm          {dt_plain:6.1f} s   recovered {plain_got}/{len(originals)} "
          f"(identical to the old translation: {plain_same})")
    print(f"  khojaly-i18n update --tm             {dt_up:6.1f} s   recovered {ours_got}/{len(originals)} "
          f"(identical to the old translation: {ours_same}); pre-filled from the memory {result.prefilled}")
    print(f"  (memory filled from the catalogs beforehand, index included, in {dt_fill:.1f} s; a second update with no source change: "
          f"{dt_again:.1f} s, catalogs byte-identical: {unchanged})")
    for tool, items in missed.items():
        print(f"  not recovered by {tool}: {len(items)}, e.g. " + "; ".join(items[:4]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--ttk-queries", type=int, default=200)
    parser.add_argument("--edits", type=int, default=3000)
    parser.add_argument("--skip-update", action="store_true")
    parser.add_argument("--skip-lookup", action="store_true")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory(prefix="bench-tm-") as tmp:
        work = Path(tmp)
        if not args.skip_lookup:
            bench_lookup(args, work)
        if not args.skip_update:
            bench_update(args, work)


if __name__ == "__main__":
    main()
