from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from khojaly_i18n.search_az import JS_STEMMER, stem

# Every case form of a name meets its nominative on one stem.
FORMS = [
    ["Xocalı", "Xocalıda", "Xocalının", "Xocalıdan", "Xocalıya"],
    ["Qarabağ", "Qarabağın", "Qarabağda", "Qarabağdan", "Qarabağa"],
    ["Ağdam", "Ağdamın", "Ağdamda", "Ağdamdan"],
    ["girov", "girovlar", "girovların", "girovlardan"],
    ["alay", "alayın", "alaylar", "alaydan"],
]


@pytest.mark.parametrize("forms", FORMS, ids=[forms[0] for forms in FORMS])
def test_inflected_forms_share_a_stem(forms: list[str]) -> None:
    assert len({stem(form) for form in forms}) == 1


@pytest.mark.parametrize(("word", "expected"), [("İnsanlar", "insan"), ("IŞIQ", "ışıq"), ("ev", "ev")])
def test_azerbaijani_case_folding_and_short_words(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_english_stemmer_is_not_used_for_az() -> None:
    from sphinx.search import languages

    import khojaly_i18n.sphinx_ext  # noqa: F401  - registers nothing until setup()
    from khojaly_i18n.search_az import SearchAzerbaijani

    assert SearchAzerbaijani.lang == "az"
    assert "az" not in languages or languages["az"] is SearchAzerbaijani


WORDS = [word for forms in FORMS for word in forms] + ["İnsanlar", "soyqırımı", "müharibəsi", "Şuşanın"]


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_javascript_stemmer_agrees_with_python() -> None:
    # The query side lower-cases with JavaScript's toLowerCase before stemming, as searchtools.js does.
    script = JS_STEMMER + f"""
var s = new Stemmer();
console.log(JSON.stringify({json.dumps(WORDS, ensure_ascii=False)}.map(function (w) {{ return s.stemWord(w); }})));
"""
    output = subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True).stdout
    assert json.loads(output) == [stem(word) for word in WORDS]
