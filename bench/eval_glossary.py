#!/usr/bin/env python3
"""Measure the glossary check on the hand-written evaluation set.

The set lives in tests/data/glossary_eval/: a TBX-Basic (TBX v3) glossary,
terms.tbx, written independently of the project's glossary/, and one catalog
per language, <lang>/LC_MESSAGES/eval.po (az, ru, tr, de, fr). Every entry
carries a translator comment "# eval: ok" (each glossary term of the English
source is rendered with the preferred or an admitted term, in any grammatical
form) or "# eval: broken <what>" (exactly one fault: a deprecated variant, a
misspelling, a wrong name, a missing or incomplete term, a wrong unit number,
a non-admitted transliteration). The comments are ignored by the check.

    python bench/eval_glossary.py              # the set above
    python bench/eval_glossary.py SET_DIR ...  # other sets laid out the same way

It runs

    khojaly-i18n check --check glossary --glossary tests/data/glossary_eval/terms.tbx
                       --source-lang en --format json --no-cache tests/data/glossary_eval

matches the findings to the entries by (path, msgid) and prints per language
and overall: correct entries with no finding / correct entries, broken
entries with a finding / broken entries; then every failure (a correct entry
flagged, a broken entry missed) with its msgid, msgstr, comment and findings.

Exit status: 0 when both rates are >= 95 %, 1 when not, 2 when the check
cannot be run.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from evalset import ROOT, Entry, EvalError, load_entries, pct, print_failures, rel, run_check, scores

EVAL_DIR = ROOT / "tests" / "data" / "glossary_eval"
TARGET = 0.95


def report(entries: dict[tuple[str, str], Entry], title: str) -> bool:
    """Print the table and the failures; whether the target is met."""
    print(f"== {title} ==")
    print(f"{'lang':6} {'correct with no finding':>26} {'broken with a finding':>26}")
    rows = scores(entries)
    for row in rows:
        passed = row.correct - row.correct_flagged
        print(f"{row.lang:6} {pct(passed, row.correct):>26} {pct(row.broken_flagged, row.broken):>26}")
    print_failures(entries)
    total = rows[-1]
    met = 1.0 - total.false_alarms >= TARGET and total.recall >= TARGET
    print(f"\ntarget: >= {TARGET:.0%} of correct entries pass and >= {TARGET:.0%} of broken "
          f"entries are flagged: {'MET' if met else 'NOT MET'}\n")
    return met


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", type=Path, default=[EVAL_DIR],
                        help=f"evaluation set folders, each with its terms.tbx (default {rel(EVAL_DIR)})")
    args = parser.parse_args()
    ok = True
    try:
        for eval_dir in args.sets:
            tbx = eval_dir / "terms.tbx"
            if not tbx.exists():
                raise EvalError(f"{tbx} not found")
            entries = load_entries(eval_dir)
            run_check(entries, "glossary", ["--glossary", rel(tbx), "--source-lang", "en"], eval_dir)
            ok = report(entries, f"glossary check on {rel(eval_dir)}") and ok
    except EvalError as error:
        print(f"eval_glossary: {error}", file=sys.stderr)
        return 2
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
