"""Detection and false-alarm rates of the figures check on tests/data/figures/pairs.tsv.

Run: python tests/figures/eval_pairs.py [-v]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from khojaly_i18n.figures import compare_figures  # noqa: E402

PAIRS = ROOT / "tests" / "data" / "figures" / "pairs.tsv"


def load_pairs(path: Path = PAIRS) -> list[tuple[str, str, str, str, str]]:
    """Rows (lang, category, expect, source, target) of the pair table."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, cat, expect, src, tgt = line.split("\t")
        rows.append((lang, cat, expect, src, tgt))
    return rows


def evaluate(verbose: bool = False) -> dict[str, float]:
    """Return detection rate, false-alarm rate and mean ms per pair."""
    rows = load_pairs()
    bad = ok = found = alarms = 0
    t0 = time.perf_counter()
    for lang, cat, expect, src, tgt in rows:
        issues = compare_figures(src, "en", tgt, lang)
        if expect == "bad":
            bad += 1
            found += bool(issues)
            if verbose and not issues:
                print(f"MISSED [{lang}/{cat}] {src!r} -> {tgt!r}")
        else:
            ok += 1
            alarms += bool(issues)
            if verbose and issues:
                print(f"FALSE ALARM [{lang}/{cat}] {tgt!r}: {[i.message for i in issues]}")
    ms = (time.perf_counter() - t0) * 1000 / max(1, len(rows))
    return {"pairs": len(rows), "broken": bad, "correct": ok,
            "detection": found / max(1, bad), "false_alarms": alarms / max(1, ok), "ms_per_pair": ms}


if __name__ == "__main__":
    r = evaluate(verbose="-v" in sys.argv)
    print(f"pairs={r['pairs']} broken={r['broken']} correct={r['correct']}")
    print(f"detection={r['detection']:.1%} false_alarms={r['false_alarms']:.1%} "
          f"ms/pair={r['ms_per_pair']:.3f}")
