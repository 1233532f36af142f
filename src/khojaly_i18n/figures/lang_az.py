"""Azerbaijani figures: 1.275; 366-cı; 1990-cı illər; 25-dən 26-na; iyirmi beş; 20 faiz."""

from __future__ import annotations

import re

from . import clock
from .core import Atom
from .turkic import LETTERS, TurkicRules, turkic_stems
from .words import MonthMatcher, Tok

L = LETTERS
STEMS = turkic_stems({
    "sıfır": 0, "bir": 1, "iki": 2, "üç": 3, "dörd": 4, "beş": 5, "altı": 6, "yeddi": 7,
    "səkkiz": 8, "doqquz": 9, "on": 10, "iyirmi": 20, "otuz": 30, "qırx": 40, "əlli": 50,
    "altmış": 60, "yetmiş": 70, "səksən": 80, "doxsan": 90, "yüz": 100, "min": 1000,
    "milyon": 10**6, "milyard": 10**9,
}, {"ilk": Tok(1, ordinal=True, weak=True)})
MONTHS = {"yanvar": 1, "fevral": 2, "mart": 3, "aprel": 4, "may": 5, "iyun": 6, "iyul": 7,
          "avqust": 8, "sentyabr": 9, "oktyabr": 10, "noyabr": 11, "dekabr": 12,
          "yan.": 1, "fev.": 2, "avq.": 8, "sent.": 9, "okt.": 10, "noy.": 11, "dek.": 12}
_GEN = re.compile(r"n?[ıiuü]n$")


class AzerbaijaniRules(TurkicRules):
    """Azerbaijani (CLDR az: decimal comma, dot grouping)."""

    code = "az"
    multiplier_sums = True
    idioms = (
        'göyün yeddinci qat[a-zçğıöşüə]*',
        'dörd gözlə',
        'yeddi qat yerin',
        'qırx ildə bir',
        'min bir',
        'iki ayağı[a-zçğıöşüə]* bir başmağa',
        'yeddi yad',
        'daşla iki quş',
        'altıncı hiss[a-zçğıöşüə]*',
        'iki üzlü',
        'dörd bir yan[a-zçğıöşüə]*',
        'min sağ ol[a-zçğıöşüə]*',
        'üç günlük dünya',
        'bir-iki',
        'ilk baxışdan',
        'ilk növbədə',
        'ikinci əl',
    )
    stems = STEMS
    ambiguous_suffixed = frozenset({"on", "altı", "yüz", "min", "bir"})
    ambiguous_alone = frozenset()
    weak_forms = frozenset({"üçün"})  # 'for' (also 'of the three')
    digit_suffix = (r"[-‑](?P<ord>[ıiuü]?nc[ıiuü]|c[ıiuü](?![" + L + r"]))?[-‑]?(?P<case>[" + L
                    + r"]*)|(?P<ord2>[ıiuü]?nc[ıiuü])(?![" + L + r"])")
    percent_after = r"[ \u00a0\u202f]?(?:%|faiz(?:[" + L + r"]*))"
    percent_before = r"(?<![\w%])[%٪][ \u00a0\u202f]?$"
    # "ilə" before a number is "and" ("5 ilə 8 arasında"), not "to the year"
    year_after = r"[ \u00a0]+il(?:in|də|dən|ə(?![ \u00a0]+\d)|i|dir|dək|ində|inin|inə)?(?![" + L + r"])"
    decade_after = r"[ \u00a0]+ill[əa]r(?:[" + L + r"]*)"
    period_before = r"(?<![^\W\d_])(?P<p>səhər|axşam|gecə|günortadan sonra)[ \u00a0]+(?:saat[ \u00a0]+)?"
    period_shift = {"səhər": "am", "axşam": "pm", "gecə": "night", "günortadan sonra": "pm"}
    decades_after = r"[ \u00a0]+onilli[kyğ][^\W\d_]*"
    #: "səksəninci illər", "doxsanıncı illərdə"
    decade_words = (r"(?<![^\W\d_])(?P<w>iyirmi|otuz|qırx|əlli|altmış|yetmiş|səksən|doxsan)"
                    r"(?:[ıiuü]?nc[ıiuü])?[ \u00a0]+ill[əa]r[" + L + r"]*")
    decade_hint = ("ill", "ILL")
    decade_tens = {"iyirmi": 20, "otuz": 30, "qırx": 40, "əlli": 50, "altmış": 60, "yetmiş": 70,
                   "səksən": 80, "doxsan": 90}
    #: "üçdə bir", "dörddə biri", "üçdə ikisi"; "yarısı", "yarım" (weak)
    fraction_words = (
        r"(?<![^\W\d_])(?:(?P<den>üçdə|dörddə|beşdə|altıda|yeddidə|səkkizdə|doqquzda)[ \u00a0]+"
        r"(?P<num>bir|iki|üç|dörd)(?:i|si|ini|sini|inə|sinə|ində|sində|indən|sindən|ü|ünü|ünə|ündə)?(?![^\W\d_])"
        # "onda" is also "then", "in him": a tenth only with the possessive ("onda biri")
        r"|(?P<den10>onda)[ \u00a0]+(?P<num10>bir|iki|üç|dörd)(?:i|si|ini|sini|inə|sinə|ində|sində|ü|ünü)(?![^\W\d_])"
        r"|(?P<half>yarı(?:sı|sını|sına|sında|sından|m|ya|da|dan)?)(?![^\W\d_]))")
    fraction_hint = ("onda ", "üçdə", "dörddə", "beşdə", "altıda", "yeddidə", "səkkizdə", "doqquzda", "Üçdə", "Dörddə", "arı",
                     "ARI")
    fraction_numerators = {"bir": 1, "iki": 2, "üç": 3, "dörd": 4}

    fraction_denominators = {"üçdə": 3, "dörddə": 4, "beşdə": 5, "altıda": 6, "yeddidə": 7, "səkkizdə": 8,
                             "doqquzda": 9}

    #: "iki saat yarım", "bir il yarım"
    half_after = r"(?:[ \u00a0]+(?P<noun>[" + L + r"]+))?[ \u00a0]+yarım(?![" + L + r"])"
    century_re = (r"(?<![\w])(?P<r>[IVX]{1,5})(?:[-‑][" + L + r"]+)?[ \u00a0]+əsr(?:[" + L + r"]*)"
                  r"|(?<![\w])(?P<n>\d{1,2})(?:[-‑](?:[ıiuü]?nc[ıiuü]|c[ıiuü]))?[ \u00a0]+əsr(?:[" + L + r"]*)")
    century_after = r"[ \u00a0]+əsr(?:[" + L + r"]*)"
    million_after = (r"[ \u00a0](?:(?P<m_1000000>milyon(?:[" + L + r"]*)|mln\.?)"
                     r"|(?P<m_1000000000>milyard(?:[" + L + r"]*)|mlrd\.?)"
                     r"|(?P<m_1000>min(?!lərlə)(?:[" + L + r"]{0,4})(?![" + L + r"])))")
    range_word_pairs = ((None, r"[ \u00a0]+(?:ilə|və)[ \u00a0]+(?=\S*[ \u00a0]+(?:\S+[ \u00a0]+)?arasında)"),)
    day_month_gap = r"[ \u00a0]+"
    month_day_gap = r"[ \u00a0]+"
    month_year_gap = r"[ \u00a0]+(?:il[ \u00a0]+)?"
    year_date_gap = r"[ \u00a0,]*(?:il(?:in)?[ \u00a0]+)?"
    triggers = (r"(?<![^\W\d_])(?:sıf|ilk|günorta|bir|iki|üç|dörd|beş|altı|yedd|səkk|doqq|on|iyirm|otuz|qırx|"
                r"əll|altm|yetm|səks|doxs|yüz|min|mily|yarı|yanv|fevr|mart|apre|may|iyun|iyul|avq|"
                r"sent|okt|noy|dek)|\b[IVX]{1,5}\b")

    def __init__(self, locale: str = "az") -> None:
        super().__init__(locale)
        self.months = MonthMatcher(
            MONTHS,
            suffix=r"(?:[ıiuü]n[aə]d[aə]k|[ıiuü]n[aə]|[ıiuü]n[ıiuü]n|[ıiuü]nd[aə]k|[ıiuü]n|n[ıiuü]n|d[aə]n?|[yn]?[aə]|n?[ıiuü]|d[aə]k"
                   r"|[ıiuü]nd[aə]n?|dakı|dəki"
                   r"|[ \u00a0]+ay[ıi]?(?:nda|nın|na|ndan)?)",
            min_len=3, weak_alone=("may",))

    def suffix_flags(self, atom: Atom, m: re.Match[str]) -> None:
        if m.group("ord") or m.group("ord2"):
            atom.ordinal = True

    def month_day_ok(self, month: Atom) -> bool:
        return bool(_GEN.search(month.suffix))

    def clock_times(self, text: str) -> list[Atom]:
        return clock.azerbaijani(text) + clock.noon_and_midnight(text, "az")

    def words(self, text: str) -> list[Atom]:
        out = self.scan_numbers(text)
        out.extend(self.months.find(text))
        return out
