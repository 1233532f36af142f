"""Azerbaijani full-text search for Sphinx: a light suffix-stripping stemmer.

Sphinx has no Azerbaijani stemmer and would fall back to English, which leaves
every case and possessive form of a word as a separate entry (Xocalı, Xocalıda,
Xocalının).  This stemmer removes the common inflectional suffixes (plural,
case, possessive, predicative) from the end of a word, keeping a stem of at
least three letters.  The same rules run in Python when the index is built and
in JavaScript when a reader searches, so both sides meet on the same stems.
"""

from __future__ import annotations

import json
import re

from sphinx.search import SearchLanguage

MIN_STEM = 3
MAX_STRIPS = 3

# Longest first; each family lists every vowel-harmony variant.
SUFFIXES: tuple[str, ...] = tuple(
    sorted(
        {
            # plural
            "lar", "lər",
            # genitive
            "nın", "nin", "nun", "nün", "ın", "in", "un", "ün",
            # locative and ablative
            "da", "də", "ta", "tə", "dan", "dən", "tan", "tən",
            # dative
            "ya", "yə", "a", "ə",
            # accusative
            "nı", "ni", "nu", "nü", "yı", "yi", "yu", "yü", "ı", "i", "u", "ü",
            # instrumental
            "la", "lə", "ilə",
            # possessive, third person
            "sı", "si", "su", "sü",
            # predicative
            "dır", "dir", "dur", "dür", "tır", "tir", "tur", "tür",
            # attributive
            "dakı", "dəki", "kı", "ki",
        },
        key=lambda suffix: (-len(suffix), suffix),
    )
)

STOPWORDS = frozenset(
    "və ilə da də ki bu o bir üçün kimi isə həm ya yaxud amma lakin ancaq çox daha ən "
    "belə elə hər heç nə niyə necə onun onlar bunu buna bunun olan oldu olaraq olub "
    "idi deyil qədər sonra əvvəl artıq hələ yalnız".split()
)

_WORD = re.compile(r"\w+")


def normalise(word: str) -> str:
    """Lower-case the way Azerbaijani does (I → ı, İ → i)."""
    return word.replace("I", "ı").replace("İ", "i").lower().replace("\u0307", "")


def stem(word: str) -> str:
    """The stem of one Azerbaijani word."""
    word = normalise(word)
    for _ in range(MAX_STRIPS):
        for suffix in SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
                word = word[: -len(suffix)]
                break
        else:
            break
    return word


JS_STEMMER = """
/** Azerbaijani suffix-stripping stemmer (khojaly_i18n.search_az). */
var Stemmer = function () {
  var suffixes = %(suffixes)s;
  this.stemWord = function (w) {
    w = w.replace(/I/g, "ı").replace(/İ/g, "i").toLowerCase().replace(/\\u0307/g, "");
    for (var round = 0; round < %(max_strips)d; round++) {
      var stripped = false;
      for (var i = 0; i < suffixes.length; i++) {
        var s = suffixes[i];
        if (w.length - s.length >= %(min_stem)d && w.slice(-s.length) === s) {
          w = w.slice(0, w.length - s.length);
          stripped = true;
          break;
        }
      }
      if (!stripped) break;
    }
    return w;
  };
};
""" % {"suffixes": json.dumps(SUFFIXES, ensure_ascii=False), "max_strips": MAX_STRIPS, "min_stem": MIN_STEM}


class SearchAzerbaijani(SearchLanguage):
    """Sphinx search language ``az``."""

    lang = "az"
    language_name = "Azerbaijani"
    stopwords = STOPWORDS
    js_stemmer_code = JS_STEMMER

    def split(self, input: str) -> list[str]:  # noqa: A002 - Sphinx's signature
        return _WORD.findall(input)

    def stem(self, word: str) -> str:
        return stem(word)
