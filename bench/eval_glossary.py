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

    python bench/eval_glossary.py

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
import json
import shutil
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = ROOT / "tests" / "data" / "glossary_eval"
TBX = EVAL_DIR / "terms.tbx"
VENV_BIN = ROOT / ".venv" / "bin"
TARGET = 0.95


@dataclass
class Entry:
    path: str          # relative to ROOT
    lang: str
    line: int
    msgid: str
    msgstr: str
    broken: bool
    comment: str       # the "eval: ..." comment
    findings: list[str] = field(default_factory=list)


def die(msg: str) -> None:
    print(f"eval_glossary: {msg}", file=sys.stderr)
    sys.exit(2)


def tool(name: str) -> str:
    exe = VENV_BIN / name
    if exe.exists():
        return str(exe)
    found = shutil.which(name)
    if found:
        return found
    die(f"{name} not found in {VENV_BIN} nor on PATH")
    return ""  # unreachable


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
        die(f"no catalogs under {EVAL_DIR}")
    for po in files:
        lang = po.parent.parent.name
        with open(po, "rb") as f:
            catalog = read_po(f, abort_invalid=True)
        for msg in catalog:
            if not msg.id:
                continue
            tags = [c.strip() for c in msg.user_comments if c.strip().startswith("eval:")]
            if len(tags) != 1:
                die(f"{po}:{msg.lineno}: entry {msg.id!r} has no single '# eval:' comment")
            tag = tags[0][len("eval:"):].strip()
            if tag == "ok":
                broken = False
            elif tag.startswith("broken") and tag[len("broken"):].strip():
                broken = True
            else:
                die(f"{po}:{msg.lineno}: bad tag {tags[0]!r}")
            msgid = msg.id if isinstance(msg.id, str) else msg.id[0]
            msgstr = msg.string if isinstance(msg.string, str) else msg.string[0]
            key = (rel(str(po)), msgid)
            if key in entries:
                die(f"{po}:{msg.lineno}: duplicate msgid {msgid!r}")
            entries[key] = Entry(key[0], lang, msg.lineno, msgid, msgstr, broken, tags[0])
    return entries


def run_check(entries: dict[tuple[str, str], Entry]) -> None:
    exe = tool("khojaly-i18n")
    cmd = [exe, "check", "--check", "glossary",
           "--glossary", str(TBX.relative_to(ROOT)),
           "--source-lang", "en", "--format", "json", "--no-cache",
           str(EVAL_DIR.relative_to(ROOT))]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    err = proc.stderr.strip()
    if proc.returncode not in (0, 1):
        die(f"the glossary check could not run (exit {proc.returncode}):\n"
            f"  {' '.join(cmd)}\n{err}\n{proc.stdout[:2000]}")
    try:
        findings = json.loads(proc.stdout or "[]")
    except json.JSONDecodeError as exc:
        die(f"the check's output is not JSON ({exc}):\n{proc.stdout[:2000]}\n{err}")
    if isinstance(findings, dict):  # tolerate {"findings": [...]}
        findings = findings.get("findings", [])
    unmatched = []
    for f in findings:
        if f.get("check") != "glossary":
            die(f"unexpected finding of check {f.get('check')!r}: "
                f"{f.get('path')}:{f.get('line')}: {f.get('message')}")
        key = (rel(f.get("path", "")), f.get("msgid") or "")
        entry = entries.get(key)
        if entry is None:
            unmatched.append(f)
            continue
        entry.findings.append(f"{f.get('severity', '?')}: {f.get('message', '')}")
    if unmatched:
        print(f"warning: {len(unmatched)} finding(s) matched no entry, e.g. "
              f"{unmatched[0].get('path')!r} {unmatched[0].get('msgid')!r}", file=sys.stderr)


def pct(a: int, b: int) -> str:
    return f"{a}/{b} = {100.0 * a / b:5.1f} %" if b else f"{a}/{b}"


def report(entries: dict[tuple[str, str], Entry]) -> bool:
    by_lang: dict[str, list[Entry]] = defaultdict(list)
    for e in entries.values():
        by_lang[e.lang].append(e)
    print("== glossary check on tests/data/glossary_eval ==")
    print(f"{'lang':6} {'correct with no finding':>26} {'broken with a finding':>26}")
    ok_pass = ok_total = br_hit = br_total = 0
    for lang in sorted(by_lang):
        es = by_lang[lang]
        o = [e for e in es if not e.broken]
        b = [e for e in es if e.broken]
        op = sum(1 for e in o if not e.findings)
        bh = sum(1 for e in b if e.findings)
        ok_pass, ok_total = ok_pass + op, ok_total + len(o)
        br_hit, br_total = br_hit + bh, br_total + len(b)
        print(f"{lang:6} {pct(op, len(o)):>26} {pct(bh, len(b)):>26}")
    print(f"{'all':6} {pct(ok_pass, ok_total):>26} {pct(br_hit, br_total):>26}")

    alarms = [e for e in entries.values() if not e.broken and e.findings]
    misses = [e for e in entries.values() if e.broken and not e.findings]
    if alarms:
        print(f"\n-- false alarms ({len(alarms)}): correct entries with a finding --")
        for e in sorted(alarms, key=lambda e: (e.lang, e.line)):
            print(f"[{e.lang}] {e.path}:{e.line}  # {e.comment}\n"
                  f"  msgid:  {e.msgid}\n  msgstr: {e.msgstr}")
            for m in e.findings:
                print(f"  finding: {m}")
    if misses:
        print(f"\n-- misses ({len(misses)}): broken entries with no finding --")
        for e in sorted(misses, key=lambda e: (e.lang, e.line)):
            print(f"[{e.lang}] {e.path}:{e.line}  # {e.comment}\n"
                  f"  msgid:  {e.msgid}\n  msgstr: {e.msgstr}")
    ok_rate = ok_pass / ok_total if ok_total else 1.0
    br_rate = br_hit / br_total if br_total else 1.0
    met = ok_rate >= TARGET and br_rate >= TARGET
    print(f"\ntarget: >= {TARGET:.0%} of correct entries pass and >= {TARGET:.0%} of broken "
          f"entries are flagged: {'MET' if met else 'NOT MET'}")
    return met


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.parse_args()
    if not TBX.exists():
        die(f"{TBX} not found")
    entries = load_entries()
    run_check(entries)
    return 0 if report(entries) else 1


if __name__ == "__main__":
    sys.exit(main())
