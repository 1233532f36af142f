"""Find glossary terms in a text and check a translation against its source.

``GlossaryMatcher(glossary).check(source, target, lang)`` returns the issues of one
translation: a concept named in the source whose preferred or admitted term is
missing from the translation (in any grammatical form), and deprecated variants
used in the translation. Matchers are compiled once per concept and language; a
prefilter over accent-less skeletons skips the morphology for texts that cannot
mention a term.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Literal

from khojaly_i18n.glossary.model import Concept, Glossary
from khojaly_i18n.glossary.morph import GAPS, fr_unelide, ORDINAL_SUFFIXES, STOPWORDS, WordMatcher, word_matcher
from khojaly_i18n.glossary.text import Token, base_lang, fold, skeleton, tokenize

IssueKind = Literal["missing", "deprecated"]


@dataclass(frozen=True, slots=True)
class TermMatch:
    """One occurrence of a concept's term in a text (token span [start, end))."""

    concept: Concept
    variant: str
    status: str
    start: int
    end: int
    score: int
    text: str


@dataclass(frozen=True, slots=True)
class GlossaryIssue:
    """One way a translation breaks the glossary."""

    kind: IssueKind
    concept: Concept
    message: str
    found: str | None = None


#: Languages whose nouns only take plural and possessive endings.
LIGHT_INFLECTION = frozenset({"en"})
#: Languages that write compounds as one word, a term possibly at their end.
COMPOUNDING = frozenset({"de", "nl", "sv", "da", "no", "nb", "nn"})


class Phrase:
    """One term (one or more words) compiled for one language."""

    def __init__(self, text: str, lang: str, status: str) -> None:
        self.text = text
        self.status = status
        self.lang = base_lang(lang)
        tokens = tokenize(text, self.lang)
        words = [t.raw for t in tokens]
        if self.lang == "fr":
            words = [fr_unelide(w) for w in words]
        folded = [fold(w, self.lang) for w in words]
        keep = list(range(len(words)))
        ordinals = ORDINAL_SUFFIXES.get(self.lang, frozenset())
        keep = [i for i in keep if not (i > 0 and folded[i - 1].isdigit() and folded[i] in ordinals)]
        stop = STOPWORDS.get(self.lang, frozenset())
        content = [i for i in keep if folded[i] not in stop]
        keep = content or keep
        self.words: list[WordMatcher] = [
            word_matcher(
                words[i],
                self.lang,
                head=(n == len(keep) - 1),
                single=len(keep) == 1,
                lenient=status == "deprecated",
                attributive=_attributive(words, keep, n),
            )
            for n, i in enumerate(keep)
        ]
        self.gap = GAPS.get(self.lang, 1)
        # the prefilter: the skeleton of the first words' beginnings
        first = words[keep[0]] if keep else text
        stem = skeleton(first)
        digits = len(stem) - len(stem.lstrip("0123456789"))
        if digits:
            stem = stem[:digits]  # 366th, 366-й, 366.: the number is what all forms share
        elif self.lang in LIGHT_INFLECTION:
            # only plural and possessive endings: army → armies, refugee → refugees
            stem = stem[: max(3, len(stem) - 1)]
        elif len(stem) > 3:
            # room for endings, softening and fleeting vowels: беженец → беженцами, kitap → kitabı
            stem = stem[: max(2, len(stem) - 3)]
        self.prefix = stem

    def find(self, tokens: list[Token]) -> tuple[int, int, int] | None:
        """(start, end, score) of the best occurrence in *tokens*, or None."""
        if not self.words:
            return None
        best: tuple[int, int, int] | None = None
        first = self.words[0]
        for index, token in enumerate(tokens):
            score = first(token)
            if not score:
                continue
            found = self._rest(tokens, index + 1, 1, score)
            if found is not None:
                end, total = found
                if best is None or total > best[2]:
                    best = (index, end, total)
                    if total == 2:
                        return best
        return best

    def find_all(self, tokens: list[Token]) -> list[tuple[int, int, int]]:
        """Every occurrence (start, end, score), left to right, not overlapping."""
        found: list[tuple[int, int, int]] = []
        index = 0
        first = self.words[0] if self.words else None
        while first is not None and index < len(tokens):
            score = first(tokens[index])
            if score:
                rest = self._rest(tokens, index + 1, 1, score)
                if rest is not None:
                    found.append((index, rest[0], rest[1]))
                    index = rest[0]
                    continue
            index += 1
        return found

    def _rest(self, tokens: list[Token], position: int, word: int, score: int) -> tuple[int, int] | None:
        if word == len(self.words):
            return position, score
        matcher = self.words[word]
        for index in range(position, min(len(tokens), position + self.gap + 1)):
            found = matcher(tokens[index])
            if found:
                result = self._rest(tokens, index + 1, word + 1, min(score, found))
                if result is not None:
                    return result
        return None


class _LangConcepts:
    """Every concept's phrases in one language, with a prefilter regex."""

    def __init__(self, glossary: Glossary, lang: str, statuses: tuple[str, ...]) -> None:
        self.lang = lang
        self.phrases: dict[str, list[Phrase]] = {}
        by_prefix: dict[str, set[str]] = {}
        for concept in glossary:
            terms = concept.lang(lang)
            if terms is None:
                continue
            phrases: list[Phrase] = []
            for status in statuses:
                if status == "preferred":
                    variants: tuple[str, ...] = (terms.term,)
                elif status == "admitted":
                    variants = terms.admitted
                else:
                    variants = terms.deprecated
                for variant in variants:
                    phrase = Phrase(variant, lang, status)
                    if phrase.words:
                        phrases.append(phrase)
                        by_prefix.setdefault(phrase.prefix, set()).add(concept.id)
            if phrases:
                self.phrases[concept.id] = phrases
        self.by_prefix = by_prefix
        alternatives = sorted(by_prefix, key=len, reverse=True)
        # a term begins a word, except in German, where it may also end a compound (Bergkarabach)
        start = "" if base_lang(lang) in COMPOUNDING else r"\b"
        self.prefilter = (
            re.compile(start + "(?:" + "|".join(re.escape(p) for p in alternatives) + ")") if alternatives else None
        )
        #: the same test, faster to search: one branch per first character, so that the
        #: regex engine skips the other characters in C (\b becomes a look-behind after it)
        self._search = self.prefilter.search if self.prefilter is not None else None
        if alternatives and start and all(re.match(r"\w", p) for p in alternatives):
            by_first: dict[str, list[str]] = {}
            for prefix in alternatives:  # longest first, as in the prefilter
                by_first.setdefault(prefix[0], []).append(prefix[1:])
            branches = [
                re.escape(first) + r"(?<!\w.)(?:" + "|".join(re.escape(rest) for rest in rests) + ")"
                for first, rests in by_first.items()
            ]
            self._search = re.compile("(?:" + "|".join(branches) + ")").search

    def candidates(self, text: str) -> set[str]:
        """Ids of the concepts whose terms may occur in *text* (a superset)."""
        search = self._search
        if search is None:
            return set()
        sk = skeleton(text)
        if search(sk) is None:
            return set()  # the common case, found by the faster pattern
        assert self.prefilter is not None
        found: set[str] = set()
        for match in self.prefilter.finditer(sk):
            found |= self.by_prefix[match.group()]
        # overlapping prefixes (one a prefix of another) are found by the longest only
        if found:
            for prefix, ids in self.by_prefix.items():
                if not ids <= found and prefix in sk:
                    found |= ids
        return found


class GlossaryMatcher:
    """A glossary compiled for matching; safe to share, compiles languages lazily."""

    def __init__(self, glossary: Glossary, source_lang: str = "en") -> None:
        self.glossary = glossary
        self.source_lang = base_lang(source_lang)
        self._accepted: dict[str, _LangConcepts] = {}
        self._deprecated: dict[str, _LangConcepts] = {}
        self._lock = threading.Lock()

    def _table(self, lang: str, deprecated: bool) -> _LangConcepts:
        tables = self._deprecated if deprecated else self._accepted
        table = tables.get(lang)  # by the code as given too, to skip base_lang()
        if table is not None:
            return table
        code = lang
        lang = base_lang(lang)
        table = tables.get(lang)
        if table is None:
            with self._lock:
                table = tables.get(lang)
                if table is None:
                    statuses = ("deprecated",) if deprecated else ("preferred", "admitted")
                    table = tables[lang] = _LangConcepts(self.glossary, lang, statuses)
        tables[code] = table
        return table

    def prepare(self, lang: str) -> None:
        """Compile the tables for translations into *lang* now (e.g. before forking workers)."""
        self._table(lang, False)
        self._table(lang, True)
        self._table(self.source_lang, False)

    def find(self, text: str, lang: str, include_deprecated: bool = False) -> list[TermMatch]:
        """Every concept named in *text*, longest match first where matches overlap."""
        tokens: list[Token] | None = None
        matches: list[TermMatch] = []
        tables = [self._table(lang, False)] + ([self._table(lang, True)] if include_deprecated else [])
        for table in tables:
            ids = table.candidates(text)
            if not ids:
                continue
            if tokens is None:
                tokens = tokenize(text, lang)
            for concept_id in ids:
                concept = self.glossary.get(concept_id)
                assert concept is not None
                for phrase in table.phrases[concept_id]:
                    for start, end, score in phrase.find_all(tokens):
                        surface = _surface(text, tokens, start, end)
                        matches.append(TermMatch(concept, phrase.text, phrase.status, start, end, score, surface))
        return _longest(matches)

    def check(self, source: str, target: str, lang: str) -> list[GlossaryIssue]:
        """The issues of *target* (in *lang*) as a translation of *source*."""
        deprecated = self._table(lang, True)
        deprecated_ids = deprecated.candidates(target)
        if not deprecated_ids and not self._table(self.source_lang, False).candidates(source):
            return []  # the common case: no deprecated variant, no concept of the source
        issues: list[GlossaryIssue] = []
        accepted = self._table(lang, False)
        target_tokens: list[Token] | None = None

        def tokens() -> list[Token]:
            nonlocal target_tokens
            if target_tokens is None:
                target_tokens = tokenize(target, lang)
            return target_tokens

        # deprecated variants anywhere in the translation
        deprecated_found: dict[str, list[tuple[Phrase, tuple[int, int, int]]]] = {}
        for concept_id in sorted(deprecated_ids):
            for phrase in deprecated.phrases[concept_id]:
                for hit in phrase.find_all(tokens()):
                    if self._accepted_covers(accepted, concept_id, tokens(), hit):
                        continue
                    deprecated_found.setdefault(concept_id, []).append((phrase, hit))
        for concept_id, hits in deprecated_found.items():
            concept = self.glossary.get(concept_id)
            assert concept is not None
            terms = concept.lang(lang)
            assert terms is not None
            seen: set[str] = set()
            for phrase, (start, end, _score) in hits:
                surface = _surface(target, tokens(), start, end)
                if (phrase.text, surface) in seen:
                    continue
                seen.add((phrase.text, surface))
                shown = f"'{phrase.text}'" if surface.casefold() == phrase.text.casefold() else f"'{phrase.text}' ('{surface}')"
                issues.append(
                    GlossaryIssue(
                        "deprecated",
                        concept,
                        f"deprecated {shown} for {concept.label}; use {terms.term}",
                        surface,
                    )
                )

        # concepts of the source that the translation must name
        for match in self._source_concepts(source):
            concept = match.concept
            terms = concept.lang(lang)
            if terms is None or concept.id in deprecated_found:
                continue
            phrases = accepted.phrases.get(concept.id, [])
            if any(phrase.find(tokens()) for phrase in phrases):
                continue
            issues.append(
                GlossaryIssue(
                    "missing",
                    concept,
                    f"{match.text} ({concept.id}) should be {terms.term}; "
                    f"the translation has none of {', '.join(terms.accepted)}",
                )
            )
        return issues

    def _source_concepts(self, source: str) -> list[TermMatch]:
        """One match per concept named in *source* (terms inside longer terms do not count)."""
        first: dict[str, TermMatch] = {}
        for match in self.find(source, self.source_lang):
            first.setdefault(match.concept.id, match)
        return list(first.values())

    @staticmethod
    def _accepted_covers(
        accepted: _LangConcepts, concept_id: str, tokens: list[Token], hit: tuple[int, int, int]
    ) -> bool:
        """True when an accepted term of the concept matches the same words at least as well."""
        start, end, score = hit
        # words in capitals lose the case and accents a deprecated spelling differs by (L'AZERBAIDJAN)
        capitals = all(token.raw.upper() == token.raw for token in tokens[start:end])
        for phrase in accepted.phrases.get(concept_id, []):
            for a_start, a_end, a_score in phrase.find_all(tokens):
                if a_start <= start and end <= a_end and (a_score >= score or capitals):
                    return True
        return False


def _attributive(words: list[str], keep: list[int], n: int) -> bool:
    """True when word *n* of the kept words stands right before the next one, a capitalised
    noun, as an attributive adjective does (Rotes Kreuz, 366. Motorisiertes Schützenregiment;
    not Verbrechen gegen die Menschlichkeit)."""
    if n >= len(keep) - 1:
        return False
    index, following = keep[n], keep[n + 1]
    return following == index + 1 and not words[index].isdigit() and words[following][:1].isupper()


def _surface(text: str, tokens: list[Token], start: int, end: int) -> str:
    """The words [start, end) as written in *text* (after NFKC)."""
    from khojaly_i18n.glossary.text import normalize

    normal = normalize(text)
    return normal[tokens[start].start : tokens[end - 1].end]


def _longest(matches: list[TermMatch]) -> list[TermMatch]:
    """Drop matches lying inside a longer match of another concept; sort by position."""
    matches.sort(key=lambda m: (m.start, -(m.end - m.start), -m.score))
    kept: list[TermMatch] = []
    for match in matches:
        inside = any(
            other.start <= match.start
            and match.end <= other.end
            and (other.end - other.start) > (match.end - match.start)
            and other.concept.id != match.concept.id
            for other in matches
        )
        if not inside:
            kept.append(match)
    return kept
