"""Update a translation catalog from a template, like ``msgmerge --previous``."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .model import Catalog, Message

__all__ = ["merge_catalog", "MergeReport", "FuzzyIndex", "new_header", "plural_forms"]

FUZZY_THRESHOLD = 60.0  # rapidfuzz ratio (0..100), msgmerge uses 0.6
_FORMAT_RE = re.compile(r"^(?:no-|possible-)?[a-z0-9+-]*-format$")
_NPLURALS_RE = re.compile(r"nplurals\s*=\s*(\d+)")


@dataclass
class MergeReport:
    """What a merge did, in counts (plus the fuzzy-matched keys)."""

    kept: int = 0
    new: int = 0
    fuzzy: int = 0
    obsoleted: int = 0
    dropped: int = 0
    fuzzy_keys: list[tuple[str | None, str]] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """True when any entry was added, fuzzy-matched or obsoleted."""
        return bool(self.new or self.fuzzy or self.obsoleted or self.dropped)


class FuzzyIndex:
    """Trigram index over candidate messages: shortlist, then rapidfuzz ratio."""

    def __init__(self, candidates: list[Message], shortlist: int = 24) -> None:
        self.candidates = candidates
        self.shortlist = shortlist
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.by_msgid: dict[str, list[int]] = defaultdict(list)
        self.sizes: list[int] = []
        for i, m in enumerate(candidates):
            self.by_msgid[m.msgid].append(i)
            grams = self._grams(m.msgid)
            self.sizes.append(len(grams))
            for g in grams:
                self.postings[g].append(i)

    @staticmethod
    def _grams(text: str) -> set[str]:
        t = f"  {text.lower()} "
        return {t[i:i + 3] for i in range(len(t) - 2)}

    def best(self, msgid: str, msgctxt: str | None) -> Message | None:
        """Best candidate with ratio >= threshold (same context first, then same msgid)."""
        grams = self._grams(msgid)
        counts: Counter[int] = Counter()
        postings = self.postings
        for g in grams:
            p = postings.get(g)
            if p is not None and len(p) < 5000:
                counts.update(p)
        best: Message | None = None
        best_score = FUZZY_THRESHOLD
        n = len(msgid)
        nq = len(grams)
        sizes = self.sizes
        cands = self.candidates
        ranked = []
        for i, shared in counts.items():
            m = len(cands[i].msgid)
            if 200.0 * min(n, m) / max(n + m, 1) < FUZZY_THRESHOLD:
                continue  # the ratio cannot reach the threshold
            ranked.append((2.0 * shared / (nq + sizes[i]), i))
        ranked.sort(reverse=True)
        for _, i in ranked[: self.shortlist]:
            cand = cands[i]
            if cand.msgctxt != msgctxt:
                continue
            score = fuzz.ratio(msgid, cand.msgid, score_cutoff=best_score)
            if score > best_score or (score == best_score and best is None and score >= FUZZY_THRESHOLD):
                best, best_score = cand, score
        if best is None:
            # same msgid under another context
            for i in self.by_msgid.get(msgid, ()):
                return self.candidates[i]
        return best


def plural_forms(language: str | None) -> str:
    """Plural-Forms header for a language, from Babel's data (``nplurals=2`` default)."""
    if language:
        try:
            from babel import Locale
            from babel.messages.plurals import get_plural

            tag = str(Locale.parse(language.replace("-", "_")))
            return get_plural(tag).plural_forms
        except Exception:  # unknown locale: fall back like Babel does
            pass
    return "nplurals=2; plural=(n != 1);"


def _nplurals(catalog: Catalog | None) -> int:
    if catalog is not None:
        m = _NPLURALS_RE.search(catalog.headers.get("Plural-Forms", ""))
        if m:
            return max(1, int(m.group(1)))
    return 2


def new_header(pot: Catalog, language: str) -> Message:
    """A fresh header for a new translation of ``pot`` into ``language``."""
    fields = pot.headers
    fields.setdefault("Project-Id-Version", "PACKAGE VERSION")
    out: dict[str, str] = {}
    for key, value in fields.items():
        out[key] = value
        if key == "POT-Creation-Date":
            out.setdefault("PO-Revision-Date", "YEAR-MO-DA HO:MI+ZONE")
    out["Language"] = language
    out["MIME-Version"] = out.get("MIME-Version", "1.0")
    out["Content-Type"] = "text/plain; charset=UTF-8"
    out["Content-Transfer-Encoding"] = "8bit"
    out["Plural-Forms"] = plural_forms(language)
    raw = "".join(f"{k}: {v}\n" for k, v in out.items())
    old = pot.header_message
    header = Message(msgid="", msgstr=raw)
    if old is not None:
        header.comments = list(old.comments)
        header.extracted_comments = list(old.extracted_comments)
    return header


def _merged_flags(po_msg: Message, pot_msg: Message, fuzzy: bool) -> list[str]:
    flags: list[str] = ["fuzzy"] if fuzzy else []
    for f in pot_msg.flags:
        if f != "fuzzy" and f not in flags:
            flags.append(f)
    for f in po_msg.flags:
        if f == "fuzzy" or f in flags or _FORMAT_RE.match(f) or f in ("wrap", "no-wrap"):
            continue
        flags.append(f)
    return flags


def _translation(po_msg: Message, pot_msg: Message, nplurals: int) -> tuple[str, dict[int, str], bool]:
    """msgstr/msgstr_plural for ``pot_msg`` from ``po_msg``; third item: plurality changed."""
    if pot_msg.msgid_plural is None:
        if po_msg.msgid_plural is None:
            return po_msg.msgstr, {}, False
        return po_msg.msgstr_plural.get(0, ""), {}, True
    if po_msg.msgid_plural is not None:
        return "", dict(po_msg.msgstr_plural), False
    forms = {i: po_msg.msgstr for i in range(nplurals)}
    return "", forms, True


def _fresh(pot_msg: Message, nplurals: int) -> Message:
    return Message(
        msgid=pot_msg.msgid,
        msgctxt=pot_msg.msgctxt,
        msgid_plural=pot_msg.msgid_plural,
        msgstr="",
        msgstr_plural={i: "" for i in range(nplurals)} if pot_msg.msgid_plural is not None else {},
        flags=[f for f in pot_msg.flags if f != "fuzzy"],
        comments=list(pot_msg.comments) if False else [],
        extracted_comments=list(pot_msg.extracted_comments),
        occurrences=list(pot_msg.occurrences),
        line=pot_msg.line,
    )


def merge_catalog(po: Catalog | None, pot: Catalog, *, language: str | None = None,
                  fuzzy_matching: bool = True) -> tuple[Catalog, MergeReport]:
    """Merge ``po`` with the template ``pot`` (msgmerge --previous semantics)."""
    report = MergeReport()
    result = Catalog(path=po.path if po is not None else None)
    if po is None:
        result.header_message = new_header(pot, language or "")
        po = Catalog()
    else:
        if po.header_message is not None:
            h = po.header_message
            result.header_message = Message(
                msgid="", msgstr=h.msgstr, flags=list(h.flags), comments=list(h.comments),
                extracted_comments=list(h.extracted_comments), occurrences=list(h.occurrences),
                previous_msgctxt=h.previous_msgctxt, previous_msgid=h.previous_msgid,
                previous_msgid_plural=h.previous_msgid_plural, line=h.line)
            pot_date = pot.headers.get("POT-Creation-Date")
            if pot_date is not None and po.headers.get("POT-Creation-Date") != pot_date:
                result.set_header("POT-Creation-Date", pot_date)
        elif pot.header_message is not None:
            result.header_message = new_header(pot, language or po.language or "")
    nplurals = _nplurals(result if result.header_message is not None else po)

    active: dict[tuple[str | None, str], Message] = {}
    obsolete: dict[tuple[str | None, str], Message] = {}
    for m in po.messages:
        (obsolete if m.obsolete else active).setdefault(m.key, m)
    pot_keys = {m.key for m in pot.messages}
    used: set[int] = set()

    index: FuzzyIndex | None = None
    out = result.messages
    for pot_msg in pot.messages:
        key = pot_msg.key
        old = active.get(key)
        if old is None:
            cand = obsolete.get(key)
            if cand is not None and cand.has_translation:
                old = cand
        if old is not None:
            used.add(id(old))
            msgstr, forms, changed = _translation(old, pot_msg, nplurals)
            fuzzy = old.fuzzy or changed
            new = Message(
                msgid=pot_msg.msgid, msgctxt=pot_msg.msgctxt, msgid_plural=pot_msg.msgid_plural,
                msgstr=msgstr, msgstr_plural=forms, flags=_merged_flags(old, pot_msg, fuzzy),
                comments=list(old.comments), extracted_comments=list(pot_msg.extracted_comments),
                occurrences=list(pot_msg.occurrences),
                previous_msgctxt=old.previous_msgctxt if fuzzy else None,
                previous_msgid=old.previous_msgid if fuzzy else None,
                previous_msgid_plural=old.previous_msgid_plural if fuzzy else None,
                line=pot_msg.line)
            if changed and new.previous_msgid is None:
                new.previous_msgctxt, new.previous_msgid = old.msgctxt, old.msgid
                new.previous_msgid_plural = old.msgid_plural
            out.append(new)
            report.kept += 1
            continue
        match: Message | None = None
        if fuzzy_matching and pot_msg.msgid:
            if index is None:
                # like msgmerge: every translated entry is a candidate, used or not
                cands = [m for m in po.messages if m.has_translation and m.msgid]
                index = FuzzyIndex(cands)
            match = index.best(pot_msg.msgid, pot_msg.msgctxt)
        if match is not None:
            used.add(id(match))
            msgstr, forms, _ = _translation(match, pot_msg, nplurals)
            new = Message(
                msgid=pot_msg.msgid, msgctxt=pot_msg.msgctxt, msgid_plural=pot_msg.msgid_plural,
                msgstr=msgstr, msgstr_plural=forms, flags=_merged_flags(match, pot_msg, True),
                comments=list(match.comments), extracted_comments=list(pot_msg.extracted_comments),
                occurrences=list(pot_msg.occurrences),
                line=pot_msg.line)
            if match.fuzzy:  # keep the msgid the translation was made for
                new.previous_msgctxt, new.previous_msgid = match.previous_msgctxt, match.previous_msgid
                new.previous_msgid_plural = match.previous_msgid_plural
            else:
                new.previous_msgctxt, new.previous_msgid = match.msgctxt, match.msgid
                new.previous_msgid_plural = match.msgid_plural
            out.append(new)
            report.fuzzy += 1
            report.fuzzy_keys.append(key)
            continue
        out.append(_fresh(pot_msg, nplurals))
        report.new += 1

    for m in po.messages:
        if id(m) in used:
            continue
        if m.obsolete:
            if m.key in pot_keys and m.key in active:
                continue
            if m.has_translation:
                out.append(m)
            continue
        if not m.has_translation:
            report.dropped += 1
            continue
        out.append(Message(
            msgid=m.msgid, msgctxt=m.msgctxt, msgid_plural=m.msgid_plural, msgstr=m.msgstr,
            msgstr_plural=dict(m.msgstr_plural), flags=["fuzzy"] if m.fuzzy else [],
            comments=list(m.comments), extracted_comments=list(m.extracted_comments), occurrences=[],
            previous_msgctxt=m.previous_msgctxt, previous_msgid=m.previous_msgid,
            previous_msgid_plural=m.previous_msgid_plural, obsolete=True, line=m.line))
        report.obsoleted += 1
    return result, report
