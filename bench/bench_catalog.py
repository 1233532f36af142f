"""Benchmark the catalog layer on the real corpora in /work/shared/corpora.

    python bench/bench_catalog.py [--corpus DIR] [--identity] [--merge N]

Prints parse/format time vs polib, (optionally) byte identity with ``msgcat`` on
all corpora, and merge time vs ``msgmerge --previous`` on edited templates.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from khojaly_i18n.catalog import (  # noqa: E402
    Catalog,
    Message,
    format_catalog,
    merge_catalog,
    read_catalog,
    write_catalog,
)
from khojaly_i18n.catalog.linebreak import backend  # noqa: E402
from khojaly_i18n.errors import CatalogError  # noqa: E402

CORPORA = Path("/work/shared/corpora")


def bench_parse(files: list[Path]) -> None:
    import polib

    t0 = time.perf_counter()
    cats = [read_catalog(f) for f in files]
    t1 = time.perf_counter()
    texts = [format_catalog(c) for c in cats]
    t2 = time.perf_counter()
    entries = sum(len(c.messages) for c in cats)
    t3 = time.perf_counter()
    pcats = [polib.pofile(str(f)) for f in files]
    t4 = time.perf_counter()
    for pc in pcats:
        str(pc)
    t5 = time.perf_counter()
    print(f"files={len(files)} entries={entries} linebreak backend={backend} output={sum(map(len, texts))} chars")
    print(f"parse : ours {t1 - t0:6.3f}s  polib {t4 - t3:6.3f}s  ratio {(t4 - t3) / (t1 - t0):5.1f}x")
    print(f"format: ours {t2 - t1:6.3f}s  polib {t5 - t4:6.3f}s  ratio {(t5 - t4) / (t2 - t1):5.1f}x")


def bench_identity(roots: list[Path]) -> None:
    for root in roots:
        files = sorted(root.rglob("*.po"))
        same = refused = both_reject = differ = we_reject = 0
        for f in files:
            r = subprocess.run(["msgcat", str(f)], capture_output=True)
            try:
                cat = read_catalog(f)
                ours: bytes | None = format_catalog(cat).encode(cat.charset)
            except CatalogError:
                ours = None
            if r.returncode != 0:
                if ours is None:
                    both_reject += 1
                else:
                    refused += 1
            elif ours is None:
                we_reject += 1
            elif ours == r.stdout:
                same += 1
            else:
                differ += 1
                print("  DIFF", f)
        ok = len(files) - refused - both_reject
        print(f"{root.relative_to(CORPORA)}: {same}/{ok} byte-identical to msgcat "
              f"({differ} differ, {we_reject} rejected by us only, {both_reject} rejected by both, "
              f"{refused} rejected by msgcat only)")


def _template(po: Catalog, rnd: random.Random) -> Catalog:
    pot = Catalog()
    pot.header = po.header.replace("POT-Creation-Date:", "POT-Creation-Date: 2099-01-01 00:00+0000\nX-Old-Date:")
    for m in po.messages:
        if m.obsolete:
            continue
        msgid = m.msgid
        r = rnd.random()
        if r < 0.04:
            msgid = msgid.replace(" the ", " a ", 1) + " Edited."
        elif r < 0.06:
            continue
        pot.messages.append(Message(msgid, msgctxt=m.msgctxt, msgid_plural=m.msgid_plural,
                                    msgstr_plural={0: "", 1: ""} if m.msgid_plural else {},
                                    flags=[f for f in m.flags if f != "fuzzy"],
                                    extracted_comments=list(m.extracted_comments),
                                    occurrences=list(m.occurrences)))
    pot.messages.append(Message("A brand new paragraph."))
    return pot


def bench_merge(files: list[Path]) -> None:
    rnd = random.Random(42)
    tmp = Path(tempfile.mkdtemp(prefix="bench-merge-"))
    try:
        jobs = []
        for i, f in enumerate(files):
            po = read_catalog(f)
            pot_path = tmp / f"{i}.pot"
            write_catalog(_template(po, rnd), pot_path)
            jobs.append((f, pot_path))
        t0 = time.perf_counter()
        outputs = []
        for f, pot_path in jobs:
            merged, _ = merge_catalog(read_catalog(f), read_catalog(pot_path))
            outputs.append(format_catalog(merged))
        t1 = time.perf_counter()
        same = 0
        expected = []
        for f, pot_path in jobs:
            r = subprocess.run(["msgmerge", "--quiet", "--previous", str(f), str(pot_path), "-o", "-"],
                               capture_output=True, check=True)
            expected.append(r.stdout)
        t2 = time.perf_counter()
        for (f, _), got, exp in zip(jobs, outputs, expected):
            if got.encode("utf-8") == exp:
                same += 1
            else:
                print("  MERGE DIFF", f)
        print(f"merge (read+merge+format) of {len(jobs)} files: ours {t1 - t0:6.3f}s  "
              f"msgmerge --previous {t2 - t1:6.3f}s  ratio {(t2 - t1) / (t1 - t0):5.1f}x; "
              f"{same}/{len(jobs)} byte-identical to msgmerge")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=CORPORA / "python-docs-fr")
    ap.add_argument("--identity", action="store_true", help="compare with msgcat on all four corpora")
    ap.add_argument("--merge", type=int, default=481, help="number of files for the merge benchmark")
    args = ap.parse_args()
    files = sorted(args.corpus.rglob("*.po"))
    bench_parse(files)
    if shutil.which("msgmerge") and args.merge:
        bench_merge(files[: args.merge])
    if args.identity and shutil.which("msgcat"):
        bench_identity([CORPORA / "python-docs-fr", CORPORA / "python-docs-tr",
                        CORPORA / "blender-manual" / "de", CORPORA / "blender-manual" / "fr"])


if __name__ == "__main__":
    main()
