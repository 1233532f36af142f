#!/usr/bin/env python3
"""Measure the figure check on the hand-written evaluation set.

The set lives in tests/data/figures_eval/<lang>/LC_MESSAGES/eval.po. Every
entry carries a translator comment "# eval: ok" (the translation keeps every
figure of the English source) or "# eval: broken <what>" (a figure was
changed, dropped or added). The comments are ignored by the check.

    python bench/eval_figures.py              # the figure check
    python bench/eval_figures.py --pofilter   # translate-toolkit's numbers test too
    python bench/eval_figures.py SET_DIR ...  # other sets laid out the same way

For each language and overall it prints the recall (broken entries flagged /
broken entries) and the false-alarm rate (correct entries flagged / correct
entries), then lists every miss and every false alarm.

Exit status: 0 when the check meets the targets (recall >= 98 %, false
alarms <= 1 %), 1 when it does not, 2 when the check cannot be run.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from evalset import ROOT, Entry, EvalError, load_entries, pct, print_failures, rel, run_check, scores, tool

EVAL_DIR = ROOT / "tests" / "data" / "figures_eval"
RECALL_TARGET = 0.98
FALSE_ALARM_TARGET = 0.01


def run_pofilter(entries: dict[tuple[str, str], Entry], eval_dir: Path) -> None:
    """Attach translate-toolkit's ``pofilter -t numbers`` complaints to the entries."""
    from babel.messages.pofile import read_po

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        cmd = [tool("pofilter"), "-t", "numbers", "--nofuzzy", "--progress=none", str(eval_dir), str(out)]
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        if proc.returncode != 0:
            raise EvalError(f"pofilter failed (exit {proc.returncode}):\n{proc.stderr}")
        for po in sorted(out.rglob("*.po")):
            with open(po, "rb") as f:
                catalog = read_po(f)
            for msg in catalog:
                if not msg.id:
                    continue
                msgid = msg.id if isinstance(msg.id, str) else msg.id[0]
                entry = entries.get((rel(eval_dir / po.relative_to(out)), msgid))
                if entry is None:
                    continue
                notes = [c for c in msg.auto_comments + msg.user_comments if "numbers" in c.lower()]
                entry.findings.append("; ".join(notes) or "pofilter: numbers")


def report(entries: dict[tuple[str, str], Entry], title: str) -> bool:
    """Print the table and the failures; whether the targets are met."""
    print(f"== {title} ==")
    print(f"{'lang':6} {'broken detected (recall)':>28} {'correct flagged (false alarms)':>34}")
    rows = scores(entries)
    for row in rows:
        print(f"{row.lang:6} {pct(row.broken_flagged, row.broken):>28} {pct(row.correct_flagged, row.correct):>34}")
    print_failures(entries)
    total = rows[-1]
    met = total.recall >= RECALL_TARGET and total.false_alarms <= FALSE_ALARM_TARGET
    print(f"\ntarget: recall >= {RECALL_TARGET:.0%}, false alarms <= {FALSE_ALARM_TARGET:.0%}: "
          f"{'MET' if met else 'NOT MET'}\n")
    return met


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", type=Path, default=[EVAL_DIR],
                    help=f"evaluation set folders (default {rel(EVAL_DIR)})")
    ap.add_argument("--pofilter", action="store_true",
                    help="also run translate-toolkit's 'pofilter -t numbers' for comparison")
    args = ap.parse_args()
    ok = True
    try:
        for eval_dir in args.sets:
            entries = load_entries(eval_dir)
            run_check(entries, "figures", ["--source-lang", "en"], eval_dir)
            ok = report(entries, f"khojaly-i18n check --check figures on {rel(eval_dir)}") and ok
            if args.pofilter:
                entries = load_entries(eval_dir)
                run_pofilter(entries, eval_dir)
                report(entries, f"pofilter -t numbers (translate-toolkit) on {rel(eval_dir)}")
    except EvalError as error:
        print(f"eval_figures: {error}", file=sys.stderr)
        return 2
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
