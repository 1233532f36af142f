"""Accuracy of the glossary check on an evaluation set (TSV: source, translation, expected).

Run as ``python tests/glossary/evaluate.py GLOSSARY.tbx eval_*.tsv`` (the file names
end in ``_<lang>.tsv``); prints accuracy on correct and on broken sentences per language.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from khojaly_i18n.glossary import GlossaryMatcher, load_glossary


def evaluate(glossary_path: Path, tsv_paths: list[Path]) -> dict[str, dict[str, list[int]]]:
    """Per language: {"ok": [right, total], "broken": [right, total], "errors": [...]}."""
    matcher = GlossaryMatcher(load_glossary(glossary_path, None))
    results: dict[str, dict[str, list]] = {}
    for path in tsv_paths:
        lang = path.stem.rsplit("_", 1)[-1]
        table = results.setdefault(lang, {"ok": [0, 0], "broken": [0, 0], "errors": []})
        with open(path, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                issues = matcher.check(row["source"], row["translation"], lang)
                judged = "broken" if issues else "ok"
                expected = row["expected"].strip()
                table[expected][1] += 1
                if judged == expected:
                    table[expected][0] += 1
                else:
                    table["errors"].append((expected, row["translation"], [i.message for i in issues]))
    return results


def main(argv: list[str]) -> int:
    results = evaluate(Path(argv[0]), [Path(p) for p in argv[1:]])
    totals = {"ok": [0, 0], "broken": [0, 0]}
    for lang, table in results.items():
        for kind in ("ok", "broken"):
            totals[kind][0] += table[kind][0]
            totals[kind][1] += table[kind][1]
        print(f"{lang}: correct {table['ok'][0]}/{table['ok'][1]}, broken {table['broken'][0]}/{table['broken'][1]}")
        for expected, text, messages in table["errors"]:
            print(f"   MISJUDGED (expected {expected}): {text} {messages}")
    for kind in ("ok", "broken"):
        right, total = totals[kind]
        print(f"{kind}: {right}/{total} = {100 * right / max(total, 1):.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
