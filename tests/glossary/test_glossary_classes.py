"""Grammatical classes the check must cover, in every language where the class exists.

One concept per class in tests/data/glossary/classes/terms.yaml; each table row is
(language, source, translation): GOOD rows must give no issue, BAD rows at least one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from khojaly_i18n.glossary import GlossaryMatcher, load_glossary

GLOSSARY = Path(__file__).resolve().parent.parent / "data" / "glossary" / "classes"

GOOD = [
    # German: attributive adjectives take strong, weak and mixed endings; the head noun
    # genitive -s/-es, dative plural -n and umlaut plurals
    ("de", "The Red Cross helped.", "Das Rote Kreuz half."),
    ("de", "Red Cross staff", "Mitarbeiter des Roten Kreuzes"),
    ("de", "thanks to the Red Cross", "dank dem Roten Kreuz"),
    ("de", "a Red Cross convoy", "ein Konvoi eines Roten Kreuzes"),
    ("de", "the European Parliament", "die Abgeordneten des Europäischen Parlaments"),
    ("de", "the European Parliament", "im Europäischen Parlament"),
    ("de", "the United Nations", "bei den Vereinten Nationen"),
    ("de", "the 366th Motor Rifle Regiment", "das 366. Motorisierte Schützenregiment"),
    ("de", "the 366th Motor Rifle Regiment", "des 366. Motorisierten Schützenregiments"),
    ("de", "the 366th Motor Rifle Regiment", "ein 366. Motorisiertes Schützenregiment"),
    ("de", "ceasefire agreements", "die Waffenstillstandsverträge"),
    ("de", "in the cities", "in den Städten"),
    ("de", "the cross", "des Kreuzes"),
    ("de", "the Azerbaijan conflict", "der Aserbaidschankonflikt"),
    ("de", "Khojaly's", "Chodschalis"),
    ("de", "a crime against humanity", "eines Verbrechens gegen die Menschlichkeit"),
    # Turkish and Azerbaijani: the plural replaces the possessive of a compound head
    ("tr", "ceasefire agreements", "Önceki ateşkes antlaşmaları çöktü."),
    ("tr", "of the ceasefire agreement", "ateşkes antlaşmasının"),
    ("tr", "to the ceasefire agreements", "ateşkes anlaşmalarına"),
    ("tr", "the 366th Motor Rifle Regiment", "366. Motorlu Piyade Alayının"),
    ("tr", "366th Motor Rifle Regiments", "366. Motorlu Piyade Alaylarının"),
    ("tr", "366th Motor Rifle Regiments", "366. Motorlu Piyade Alayları'nın"),
    ("tr", "of the CIS countries", "Bağımsız Devletler Topluluklarının"),
    ("az", "ceasefire agreements", "atəşkəs müqavilələri"),
    ("az", "of the ceasefire agreements", "atəşkəs müqavilələrinin"),
    ("az", "of the ceasefire agreement", "atəşkəs müqaviləsinin"),
    ("az", "366th Motor Rifle Regiment", "366-cı motoatıcı alayının"),
    ("az", "366th Motor Rifle Regiments", "366-cı motoatıcı alaylarının"),
    ("az", "the CIS", "Müstəqil Dövlətlər Birliklərinin"),
    # Turkish loanwords breaking vowel harmony, and nouns dropping their last vowel
    ("tr", "the hour", "saati"),
    ("tr", "the hour", "saatte"),
    ("tr", "in this situation", "bu halde"),
    ("tr", "its role", "rolü"),
    ("tr", "to Kemal", "Kemal'e"),
    ("tr", "in the city", "şehirde"),
    ("tr", "of the city", "şehrin"),
    ("tr", "to the city", "şehre"),
    # French ligatures written out
    ("fr", "the heart", "le coeur"),
    ("fr", "the heart", "les cœurs"),
    ("fr", "the work", "OEUVRE"),
    ("fr", "the work", "l'oeuvre"),
    # Russian: a derived adjective counts when the glossary admits it
    ("ru", "the Khojaly refugees", "ходжалинских беженцев"),
    ("ru", "in Khojaly", "в Ходжалы"),
    ("ru", "from Ganja", "из Гянджи"),
    ("ru", "Ganja", "Гянджой"),
]

BAD = [
    # German: a term inside an unrelated word, a derivation, a wrong ending on a name
    ("de", "the cross", "an der Kreuzung"),
    ("de", "Azerbaijan", "die aserbaidschanischen Truppen"),
    ("de", "in Khojaly", "in Chodschalie"),
    ("de", "the Red Cross", "das Grüne Kreuz"),
    ("de", "the European Parliament", "der Europäische Rat"),
    # Turkish: a misspelling that looks like a dropped vowel; harmony of ordinary words
    ("tr", "the mine", "maynı"),
    ("tr", "to the city", "şehire"),
    ("tr", "in the mine", "mayınde"),
    # Russian: derived adjectives count only when listed; spelling rules
    ("ru", "the Shusha fortress", "шушинской крепости"),
    ("ru", "of Shusha", "Шушы"),
    ("ru", "to Ganja", "Гянджю"),
    ("ru", "in Khojaly", "в Ходжали"),
]


@pytest.fixture(scope="module")
def matcher() -> GlossaryMatcher:
    return GlossaryMatcher(load_glossary(GLOSSARY, None))


@pytest.mark.parametrize(("lang", "source", "target"), GOOD)
def test_good(matcher: GlossaryMatcher, lang: str, source: str, target: str) -> None:
    assert [issue.message for issue in matcher.check(source, target, lang)] == []


@pytest.mark.parametrize(("lang", "source", "target"), BAD)
def test_bad(matcher: GlossaryMatcher, lang: str, source: str, target: str) -> None:
    assert matcher.check(source, target, lang) != []
