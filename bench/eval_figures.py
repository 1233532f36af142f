#!/usr/bin/env python3
"""Measure the figure check on the hand-written evaluation set.

The set lives in tests/data/figures_eval/<lang>/LC_MESSAGES/eval.po. Every
entry carries a translator comment "# eval: ok" (the translation keeps every
figure of the English source) or "# eval: broken <what>" (a figure was
changed, dropped or added). The comments are ignored by the check.

    python bench/eval_figures.py              # the figure check
    python bench/eval_figures.py --pofilter   # translate-toolkit's numbers test too

For each language and overall it prints the recall (broken entries flagged /
broken entries) and the false-alarm rate (correct entries flagged / correct
entries), then lists every miss and every false alarm.

Exit status: 0 when the check meets the targets (recall >= 98 %, false
alarms <= 1 %), 1 when it does not, 2 when the check cannot be run.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = ROOT / "tests" / "data" / "figures_eval"
VENV_BIN = ROOT / ".venv" / "bin"
RECALL_TARGET = 0.98
FALSE_ALARM_TARGET = 0.01


@dataclass
class Entry:
    path: str          # relative to ROOT
    lang: str
    msgid: str
    msgstr: str
    broken: bool
    what: str          # what was broken ("" for ok entries)
    findings: list[str] = field(default_factory=list)


def tool(name: str) -> str:
    exe = VENV_BIN / name
    if exe.exists():
        return str(exe)
    found = shutil.which(name)
    if found:
        return found
    sys.exit(f"eval_figures: {name} not found in {VENV_BIN} nor on PATH")


def rel(path: str) -> str:
    p = Path(path)
    if not p.is_absolute():
        p = ROOT / p
    try:
        return str(p.resolve().relative_to(ROOT))
    except ValueError:
        return str(p.resolve())


def load_entries() -> dict[tuple[str, str], Entry]:
    from babel.messages.pofile import read_po

    entries: dict[tuple[str, str], Entry] = {}
    files = sorted(EVAL_DIR.glob("*/LC_MESSAGES/*.po"))
    if not files:
        sys.exit(f"eval_figures: no catalogs under {EVAL_DIR}")
    for po in files:
        lang = po.parent.parent.name
        with open(po, "rb") as f:
            catalog = read_po(f)
        for msg in catalog:
            if not msg.id:
                continue
            tags = [c.strip() for c in msg.user_comments if c.strip().startswith("eval:")]
            if len(tags) != 1:
                sys.exit(f"eval_figures: {po}: entry {msg.id!r} has no single '# eval:' comment")
            tag = tags[0][len("eval:"):].strip()
            if tag == "ok":
                broken, what = False, ""
            elif tag.startswith("broken"):
                broken, what = True, tag[len("broken"):].strip()
            else:
                sys.exit(f"eval_figures: {po}: bad tag {tags[0]!r}")
            msgid = msg.id if isinstance(msg.id, str) else msg.id[0]
            msgstr = msg.string if isinstance(msg.string, str) else msg.string[0]
            key = (rel(str(po)), msgid)
            entries[key] = Entry(key[0], lang, msgid, msgstr, broken, what)
    return entries


def run_figure_check(entries: dict[tuple[str, str], Entry]) -> None:
    exe = tool("khojaly-i18n")
    cmd = [exe, "check", "--check", "figures", "--source-lang", "en",
           "--format", "json", str(EVAL_DIR.relative_to(ROOT))]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    err = proc.stderr.strip()
    if proc.returncode not in (0, 1):
        hint = ""
        if "No such command" in err or "unknown check" in err:
            hint = "\nThe figure check ('check --check figures') does not exist yet in this CLI."
        sys.exit(f"eval_figures: the figure check could not run (exit {proc.returncode}):\n"
                 f"  {' '.join(cmd)}\n{err}{hint}")
    try:
        findings = json.loads(proc.stdout or "[]")
    except json.JSONDecodeError as exc:
        sys.exit(f"eval_figures: the check's output is not JSON ({exc}):\n{proc.stdout[:2000]}\n{err}")
    if isinstance(findings, dict):  # tolerate {"findings": [...]}
        findings = findings.get("findings", [])
    unmatched = []
    for f in findings:
        if f.get("check") not in (None, "figures"):
            continue
        key = (rel(f.get("path", "")), f.get("msgid") or "")
        entry = entries.get(key)
        if entry is None:
            unmatched.append(f)
            continue
        entry.findings.append(f.get("message", ""))
    if unmatched:
        print(f"warning: {len(unmatched)} finding(s) matched no entry, e.g. "
              f"{unmatched[0].get('path')!r} {unmatched[0].get('msgid')!r}", file=sys.stderr)


def run_pofilter(entries: dict[tuple[str, str], Entry]) -> None:
    from babel.messages.pofile import read_po

    exe = tool("pofilter")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        cmd = [exe, "-t", "numbers", "--nofuzzy", "--progress=none",
               str(EVAL_DIR), str(out)]
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        if proc.returncode != 0:
            sys.exit(f"eval_figures: pofilter failed (exit {proc.returncode}):\n{proc.stderr}")
        for po in sorted(out.rglob("*.po")):
            src = EVAL_DIR / po.relative_to(out)
            with open(po, "rb") as f:
                catalog = read_po(f)
            for msg in catalog:
                if not msg.id:
                    continue
                msgid = msg.id if isinstance(msg.id, str) else msg.id[0]
                entry = entries.get((rel(str(src)), msgid))
                if entry is None:
                    continue
                notes = [c for c in msg.auto_comments + msg.user_comments
                         if "numbers" in c.lower()]
                entry.findings.append("; ".join(notes) or "pofilter: numbers")


def pct(a: int, b: int) -> str:
    return f"{a}/{b} = {100.0 * a / b:5.1f} %" if b else f"{a}/{b}"


def report(entries: dict[tuple[str, str], Entry], title: str) -> bool:
    by_lang: dict[str, list[Entry]] = defaultdict(list)
    for e in entries.values():
        by_lang[e.lang].append(e)
    print(f"== {title} ==")
    print(f"{'lang':6} {'broken detected (recall)':>28} {'correct flagged (false alarms)':>34}")
    tot = [0, 0, 0, 0]
    for lang in sorted(by_lang):
        es = by_lang[lang]
        b = [e for e in es if e.broken]
        o = [e for e in es if not e.broken]
        hit = sum(1 for e in b if e.findings)
        fa = sum(1 for e in o if e.findings)
        tot = [tot[0] + hit, tot[1] + len(b), tot[2] + fa, tot[3] + len(o)]
        print(f"{lang:6} {pct(hit, len(b)):>28} {pct(fa, len(o)):>34}")
    print(f"{'all':6} {pct(tot[0], tot[1]):>28} {pct(tot[2], tot[3]):>34}")

    misses = [e for e in entries.values() if e.broken and not e.findings]
    alarms = [e for e in entries.values() if not e.broken and e.findings]
    if misses:
        print(f"\n-- misses ({len(misses)}): broken entries not flagged --")
        for e in sorted(misses, key=lambda e: (e.lang, e.msgid)):
            print(f"[{e.lang}] broken: {e.what}\n  msgid:  {e.msgid}\n  msgstr: {e.msgstr}")
    if alarms:
        print(f"\n-- false alarms ({len(alarms)}): correct entries flagged --")
        for e in sorted(alarms, key=lambda e: (e.lang, e.msgid)):
            print(f"[{e.lang}]\n  msgid:  {e.msgid}\n  msgstr: {e.msgstr}")
            for m in e.findings:
                print(f"  finding: {m}")
    recall = tot[0] / tot[1] if tot[1] else 1.0
    false_alarms = tot[2] / tot[3] if tot[3] else 0.0
    ok = recall >= RECALL_TARGET and false_alarms <= FALSE_ALARM_TARGET
    print(f"\ntarget: recall >= {RECALL_TARGET:.0%}, false alarms <= {FALSE_ALARM_TARGET:.0%}: "
          f"{'MET' if ok else 'NOT MET'}\n")
    return ok


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pofilter", action="store_true",
                    help="also run translate-toolkit's 'pofilter -t numbers' for comparison")
    ap.add_argument("--pofilter-only", action="store_true",
                    help="run only pofilter (e.g. before the figure check exists)")
    args = ap.parse_args()

    ok = True
    if not args.pofilter_only:
        entries = load_entries()
        run_figure_check(entries)
        ok = report(entries, "khojaly-i18n check --check figures")
    if args.pofilter or args.pofilter_only:
        entries = load_entries()
        run_pofilter(entries)
        report(entries, "pofilter -t numbers (translate-toolkit)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
