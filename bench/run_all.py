"""Run every benchmark and evaluation of bench/ in one go (``make bench``).

Each script is run as its own process with this interpreter, in order, with its
default options; its output is passed through. The figure and glossary
evaluations run over every labelled set in tests/data. The corpora benchmarks
need /work/shared/corpora (see bench_check.py); they are skipped with a note
when it is missing. Exit status: 1 if any script failed, else 0.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path("/work/shared/corpora")


def _runs() -> list[tuple[str, list[str], bool]]:
    """(title, arguments after the interpreter, needs the corpora)."""
    data = ROOT / "tests" / "data"
    figure_sets = [str(p) for p in sorted(data.glob("figures_eval*"))]
    glossary_sets = [str(p) for p in sorted(data.glob("glossary_eval*"))]
    return [
        ("figure check on the labelled sets", ["bench/eval_figures.py", *figure_sets], False),
        ("glossary check on the labelled sets", ["bench/eval_glossary.py", *glossary_sets], False),
        ("check speed against pofilter", ["bench/bench_check.py"], True),
        ("false alarms on real translations", ["bench/mine_figures.py"], True),
        ("catalog layer against polib, msgcat and msgmerge", ["bench/bench_catalog.py"], True),
        ("translation memory against translate-toolkit and msgmerge", ["bench/bench_tm.py"], True),
    ]


def main() -> int:
    failed: list[str] = []
    for title, arguments, needs_corpora in _runs():
        print(f"\n==== {title}: {' '.join(Path(a).name if a.startswith('/') else a for a in arguments[:2])}", flush=True)
        if needs_corpora and not CORPORA.is_dir():
            print(f"skipped: no corpora at {CORPORA}", flush=True)
            continue
        start = time.perf_counter()
        completed = subprocess.run([sys.executable, *arguments], cwd=ROOT)
        print(f"---- {time.perf_counter() - start:.1f} s, exit {completed.returncode}", flush=True)
        if completed.returncode != 0:
            failed.append(title)
    if failed:
        print("\nfailed or below target: " + "; ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
