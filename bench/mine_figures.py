"""Mine false alarms of the figure check from real human translations.

For each corpus under /work/shared/corpora, every translated, non-fuzzy entry
(plural forms paired as the check pairs them) is compared with
:func:`compare_figures`; prints findings per 1,000 entries, the CPU time of
``compare_figures`` and (with ``--samples N``) N random flagged entries.
Not a test: run it by hand::

    .venv/bin/python bench/mine_figures.py [--samples 100] [--corpus python-docs-fr]
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import polib

from khojaly_i18n.figures import compare_figures

ROOT = Path("/work/shared/corpora")
CORPORA = {
    "python-docs-fr": "fr", "python-docs-tr": "tr",
    "blender-manual/de": "de", "blender-manual/fr": "fr",
}


def pairs(folder: Path):  # type: ignore[no-untyped-def]
    """(path, line, source, target) of every finished entry."""
    for p in sorted(folder.rglob("*.po")):
        try:
            po = polib.pofile(str(p))
        except Exception:
            continue
        for e in po:
            if e.obsolete or e.fuzzy:
                continue
            if e.msgid_plural:
                for n, s in sorted(e.msgstr_plural.items()):
                    if s:
                        yield p, e.linenum, e.msgid if n == 0 else e.msgid_plural, s
            elif e.msgstr:
                yield p, e.linenum, e.msgid, e.msgstr


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", action="append")
    ap.add_argument("--samples", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    for name in args.corpus or list(CORPORA):
        lang = CORPORA[name]
        data = [x for x in pairs(ROOT / name) if x[2] != x[3]]
        flagged = []
        errors = []
        t0 = time.process_time()
        for p, line, src, tgt in data:
            try:
                issues = compare_figures(src, "en", tgt, lang)
            except Exception as exc:  # noqa: BLE001 - report and go on
                errors.append((p, line, repr(exc)))
                continue
            if issues:
                flagged.append((p, line, src, tgt, issues))
        cpu = time.process_time() - t0
        n = len(data)
        print(f"{name}: {n} entries, {len(flagged)} flagged = "
              f"{1000 * len(flagged) / max(n, 1):.1f} per 1,000; "
              f"compare_figures {cpu:.2f} s CPU; {len(errors)} errors")
        for e in errors[:5]:
            print("  ERROR", *e)
        if args.samples:
            rnd = random.Random(args.seed)
            for p, line, src, tgt, issues in rnd.sample(flagged, min(args.samples, len(flagged))):
                print(f"--- {p.relative_to(ROOT)}:{line}")
                print("  S:", src.replace("\n", " ")[:400])
                print("  T:", tgt.replace("\n", " ")[:400])
                for i in issues:
                    print("  >", i.message)


if __name__ == "__main__":
    main()
