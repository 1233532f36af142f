"""Labelled evaluation sets of catalogs, shared by eval_figures.py and eval_glossary.py.

A set is a folder of ``<lang>/LC_MESSAGES/*.po`` catalogs in which every entry
carries one translator comment ``# eval: ok`` or ``# eval: broken <what>``. The
check under evaluation is run on the folder with ``--format json``; its findings
are matched to the entries by (path, msgid), and each set is scored per language:
broken entries flagged and correct entries flagged.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"


class EvalError(Exception):
    """The set or the tool cannot be used (exit status 2)."""


@dataclass
class Entry:
    path: str          # relative to ROOT
    lang: str
    line: int
    msgid: str
    msgstr: str
    broken: bool
    what: str          # what was broken ("" for correct entries)
    findings: list[str] = field(default_factory=list)


@dataclass
class Score:
    lang: str
    broken: int
    broken_flagged: int
    correct: int
    correct_flagged: int

    @property
    def recall(self) -> float:
        return self.broken_flagged / self.broken if self.broken else 1.0

    @property
    def false_alarms(self) -> float:
        return self.correct_flagged / self.correct if self.correct else 0.0


def tool(name: str) -> str:
    """The console script *name* of the project's .venv, else the one on PATH."""
    exe = VENV_BIN / name
    if exe.exists():
        return str(exe)
    found = shutil.which(name)
    if found:
        return found
    raise EvalError(f"{name} not found in {VENV_BIN} nor on PATH")


def rel(path: str | Path) -> str:
    """*path* relative to the project root when it is inside it."""
    p = Path(path)
    if not p.is_absolute():
        p = ROOT / p
    try:
        return str(p.resolve().relative_to(ROOT))
    except ValueError:
        return str(p.resolve())


def load_entries(eval_dir: Path) -> dict[tuple[str, str], Entry]:
    """Every labelled entry of the set, by (path, msgid)."""
    from babel.messages.pofile import read_po

    entries: dict[tuple[str, str], Entry] = {}
    files = sorted(eval_dir.glob("*/LC_MESSAGES/*.po"))
    if not files:
        raise EvalError(f"no catalogs under {eval_dir}")
    for po in files:
        lang = po.parent.parent.name
        with open(po, "rb") as f:
            catalog = read_po(f, abort_invalid=True)
        for msg in catalog:
            if not msg.id:
                continue
            tags = [c.strip() for c in msg.user_comments if c.strip().startswith("eval:")]
            if len(tags) != 1:
                raise EvalError(f"{po}:{msg.lineno}: entry {msg.id!r} has no single '# eval:' comment")
            tag = tags[0][len("eval:"):].strip()
            if tag == "ok":
                broken, what = False, ""
            elif tag.startswith("broken") and tag[len("broken"):].strip():
                broken, what = True, tag[len("broken"):].strip()
            else:
                raise EvalError(f"{po}:{msg.lineno}: bad tag {tags[0]!r}")
            msgid = msg.id if isinstance(msg.id, str) else msg.id[0]
            msgstr = msg.string if isinstance(msg.string, str) else msg.string[0]
            key = (rel(po), msgid)
            if key in entries:
                raise EvalError(f"{po}:{msg.lineno}: duplicate msgid {msgid!r}")
            entries[key] = Entry(key[0], lang, msg.lineno, msgid, msgstr, broken, what)
    return entries


def run_check(entries: dict[tuple[str, str], Entry], check_id: str, options: list[str], eval_dir: Path) -> None:
    """Run ``khojaly-i18n check --check CHECK_ID OPTIONS --format json EVAL_DIR``; attach the findings."""
    cmd = [tool("khojaly-i18n"), "check", "--check", check_id, *options,
           "--format", "json", "--no-cache", rel(eval_dir)]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    err = proc.stderr.strip()
    if proc.returncode not in (0, 1):
        raise EvalError(f"the check could not run (exit {proc.returncode}):\n  {' '.join(cmd)}\n{err}\n"
                        f"{proc.stdout[:2000]}")
    try:
        findings = json.loads(proc.stdout or "[]")
    except json.JSONDecodeError as exc:
        raise EvalError(f"the check's output is not JSON ({exc}):\n{proc.stdout[:2000]}\n{err}") from None
    unmatched = []
    for finding in findings:
        if finding.get("check") != check_id:
            raise EvalError(f"unexpected finding of check {finding.get('check')!r}: "
                            f"{finding.get('path')}:{finding.get('line')}: {finding.get('message')}")
        entry = entries.get((rel(finding.get("path", "")), finding.get("msgid") or ""))
        if entry is None:
            unmatched.append(finding)
            continue
        entry.findings.append(f"{finding.get('severity', '?')}: {finding.get('message', '')}")
    if unmatched:
        print(f"warning: {len(unmatched)} finding(s) matched no entry, e.g. "
              f"{unmatched[0].get('path')!r} {unmatched[0].get('msgid')!r}", file=sys.stderr)


def scores(entries: dict[tuple[str, str], Entry]) -> list[Score]:
    """One score per language, then one for all (lang "all")."""
    by_lang: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries.values():
        by_lang[entry.lang].append(entry)
    rows = []
    for lang in sorted(by_lang):
        broken = [e for e in by_lang[lang] if e.broken]
        correct = [e for e in by_lang[lang] if not e.broken]
        rows.append(Score(lang, len(broken), sum(1 for e in broken if e.findings),
                          len(correct), sum(1 for e in correct if e.findings)))
    rows.append(Score("all", sum(r.broken for r in rows), sum(r.broken_flagged for r in rows),
                      sum(r.correct for r in rows), sum(r.correct_flagged for r in rows)))
    return rows


def pct(a: int, b: int) -> str:
    return f"{a}/{b} = {100.0 * a / b:5.1f} %" if b else f"{a}/{b}"


def print_failures(entries: dict[tuple[str, str], Entry]) -> None:
    """Every broken entry not flagged and every correct entry flagged."""
    misses = [e for e in entries.values() if e.broken and not e.findings]
    alarms = [e for e in entries.values() if not e.broken and e.findings]
    if misses:
        print(f"\n-- misses ({len(misses)}): broken entries with no finding --")
        for e in sorted(misses, key=lambda e: (e.lang, e.path, e.line)):
            print(f"[{e.lang}] {e.path}:{e.line}  broken: {e.what}\n  msgid:  {e.msgid}\n  msgstr: {e.msgstr}")
    if alarms:
        print(f"\n-- false alarms ({len(alarms)}): correct entries with a finding --")
        for e in sorted(alarms, key=lambda e: (e.lang, e.path, e.line)):
            print(f"[{e.lang}] {e.path}:{e.line}\n  msgid:  {e.msgid}\n  msgstr: {e.msgstr}")
            for message in e.findings:
                print(f"  finding: {message}")
