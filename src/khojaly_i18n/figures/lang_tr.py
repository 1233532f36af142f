"""Turkish figures: 1.275; %20, yüzde 20; 366.; 23'üncü; 1990'lar; 1992'de; yirmi beş."""

from __future__ import annotations

import re
from decimal import Decimal

from . import clock
from .core import MULT, Atom
from .turkic import LETTERS, TurkicRules, turkic_stems
from .words import MonthMatcher, Tok, babel_month_forms

L = LETTERS
STEMS = turkic_stems({
    "sıfır": 0, "bir": 1, "iki": 2, "üç": 3, "dört": 4, "dörd": 4, "beş": 5, "altı": 6,
    "yedi": 7, "sekiz": 8, "dokuz": 9, "on": 10, "yirmi": 20, "otuz": 30, "kırk": 40,
    "elli": 50, "altmış": 60, "yetmiş": 70, "seksen": 80, "doksan": 90, "yüz": 100,
    "bin": 1000, "milyon": 10**6, "milyar": 10**9,
}, {"ilk": Tok(1, ordinal=True, weak=True), "düzine": Tok(12, MULT)})
_DEC_SFX = re.compile(r"^['’]?l[ıiae]")


class TurkishRules(TurkicRules):
    """Turkish (CLDR tr: decimal comma, dot grouping, %20)."""

    code = "tr"
    multiplier_sums = True
    idioms = (
        'dört gözle',
        'dört elle',
        'iki dirhem bir çekirdek',
        'yedi kat yerin dibine',
        'kırk yılda bir',
        'bin bir',
        'ikide bir',
        'üç aşağı beş yukarı',
        'dokuz doğur[a-zçğıöşü]*',
        'iki ayağı[a-zçğıöşü]* bir pabuca',
        'yedi cihan',
        'taşla iki kuş',
        'altıncı his[a-zçğıöşü]*',
        'iki yüzlü',
        'dört bir yan[a-zçğıöşü]*',
        'kırk takla',
        'üç beş kuruş',
        'bin (?:kere|kez) (?:teşekkür|şükür)[a-zçğıöşü]*',
        'bir iki',
        'ilk görüşte',
        'ilk önce',
        'ikinci el',
    )
    stems = STEMS
    ambiguous_suffixed = frozenset({"on", "altı", "yüz", "bin", "bir", "yedi"})
    ambiguous_alone = frozenset({"yüz", "yedi", "on"})
    weak_forms = frozenset({"üçün"})  # 'of the three' (rare), az-like 'for' in mixed text
    digit_suffix = (r"(?:['’](?P<s>[" + L + r"]+)|(?P<ord>[ıiuü]?nc[ıiuü](?![" + L + r"]))"
                    r"|(?P<dot>\.)(?=[ \u00a0]+[^\W\d_])(?![ \u00a0]+(?:[A-ZÇĞİÖŞÜ][a-zçğıöşü]*[ \u00a0]+){0,1}(?:ve|ile)\b))")
    #: Turkish writes %20; "20%" (the English order, common in technical texts) is read too,
    #: unless the sign begins the next number ("20 %30")
    percent_after = r"[ \u00a0\u202f]?%(?![ \u00a0\u202f]?\d)"
    percent_before = r"(?:(?<![\w%])[%٪][ \u00a0\u202f]?|(?<![^\W\d_])yüzde[ \u00a0]+)$"
    year_after = (r"[ \u00a0]+yıl(?:ı|ın|ında|ının|ına|ından|dan|da|ları|larında|larda)?(?![" + L + r"])")
    decade_after = r"(?!)"
    period_before = r"(?<![^\W\d_])(?P<p>sabah|akşam|gece|öğleden sonra)[ \u00a0]+(?:saat[ \u00a0]+)?"
    period_shift = {"sabah": "am", "akşam": "pm", "gece": "night", "öğleden sonra": "pm"}
    #: "seksenli yıllar", "doksanlarda" (not "kırklarında": an age)
    decade_words = (r"(?<![^\W\d_])(?P<w>yirmi|otuz|kırk|elli|altmış|yetmiş|seksen|doksan)"
                    r"(?:l[ıiuü][ \u00a0]+yıl(?:lar)?[" + L + r"]*|l[ae]r(?:d[ae]n?|[ıi]n|[ıi]|e|a)?(?![" + L + r"]))")
    decade_hint = ("irmi", "tuz", "ırk", "lli", "tmış", "eksen", "oksan", "IRMI", "TUZ", "IRK", "LLI", "TMIŞ", "EKSEN", "OKSAN")
    decade_tens = {"yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50, "altmış": 60, "yetmiş": 70,
                   "seksen": 80, "doksan": 90}
    #: "üçte bir", "dörtte biri", "üçte ikisi"; "yarısı", "yarım", "çeyrek" (weak)
    fraction_words = (
        r"(?<![^\W\d_])(?:(?P<den>üçte|dörtte|beşte|altıda|yedide|sekizde|dokuzda)[ \u00a0]+"
        r"(?P<num>bir|iki|üç|dört)(?:i|si|ini|sini|ine|sine|inde|sinde|inden|sinden|ü|ünü|üne|ünde)?(?![^\W\d_])"
        # "onda" is also "in him": a tenth only with the possessive ("onda biri")
        r"|(?P<den10>onda)[ \u00a0]+(?P<num10>bir|iki|üç|dört)(?:i|si|ini|sini|ine|sine|inde|sinde|ü|ünü)(?![^\W\d_])"
        r"|(?P<den1>çeyre[kğ])(?:i|ini|ine|inde|inden)?(?![^\W\d_])"
        r"|(?P<half>yarı(?:sı|sını|sına|sında|sından|m|ya|da|dan)?)(?![^\W\d_]))")
    fraction_hint = ("onda ", "üçte", "dörtte", "beşte", "altıda", "yedide", "sekizde", "dokuzda", "Üçte", "Dörtte", "eyre",
                     "arı", "ARI", "Çeyre")
    fraction_numerators = {"bir": 1, "iki": 2, "üç": 3, "dört": 4}
    fraction_denominators = {"üçte": 3, "dörtte": 4, "beşte": 5, "altıda": 6, "yedide": 7, "sekizde": 8,
                             "dokuzda": 9, "çeyre": 4}
    fraction_weak = frozenset({"çeyre"})

    def fraction_value(self, match: re.Match[str]) -> tuple[Decimal, bool] | None:
        if match.group("den1"):
            return Decimal("0.25"), True
        return super().fraction_value(match)

    #: "üç buçuk saat", "bir buçuk yıl"
    half_after = r"[ \u00a0]+buçu[kğ][" + L + r"]*"
    century_re = (r"(?<![\w])(?P<r>[IVX]{1,5})\.?[ \u00a0]+(?:yüzyıl|asır)(?:[" + L + r"]*)"
                  r"|(?<![\w])(?P<n>\d{1,2})(?:\.|['’][ıiuü]?nc[ıiuü])?[ \u00a0]+(?:yüzyıl|asır)(?:[" + L + r"]*)")
    century_after = r"[ \u00a0]+(?:yüzyıl|asır)(?:[" + L + r"]*)"
    million_after = (r"[ \u00a0](?:(?P<m_1000000>milyon(?:[" + L + r"]*)|mn\b|mln\.?)"
                     r"|(?P<m_1000000000>milyar(?:[" + L + r"]*)|mlr\.?)"
                     r"|(?P<m_1000>bin(?!lerce)(?:[" + L + r"]{0,5})(?![" + L + r"])))")
    #: "3 ila 4 bin", "1988 ile 1994 arasında"
    range_word_pairs = ((None, r"[ \u00a0]+ila[ \u00a0]+"),
                        (None, r"[ \u00a0]+(?:ile|ve)[ \u00a0]+(?=\S*[ \u00a0]+(?:\S+[ \u00a0]+)?arasında)"))
    day_month_gap = r"[ \u00a0]+"
    month_year_gap = r"(?:['’][" + L + r"]+)?[ \u00a0]+"
    year_date_gap = r"[ \u00a0,]*(?:yıl(?:ı|ının)[ \u00a0]+)?"
    triggers = (r"(?<![^\W\d_])(?:sıf|düz|öğle|bir|iki|üç|dör|beş|altı|yedi|sek|dok|on|yirm|otuz|kırk|"
                r"ell|altm|yetm|seks|doks|yüz|bin|mily|ilk|yarı|çeyre|ocak|şub|mart|nis|may|haz|tem|ağu|eyl|"
                r"eki|kas|ara)|\b[IVX]{1,5}\b")

    def __init__(self, locale: str = "tr") -> None:
        super().__init__(locale)
        forms = dict(babel_month_forms("tr"))
        # abbreviations, and months that are also common words (aralık
        # 'interval', ekim 'sowing', ocak 'hearth', kasım/nisan names): weak alone
        abbr = [k for k in forms if len(k) <= 3] + ["aralık", "ekim", "ocak", "kasım", "nisan"]
        # Turkish writes a month name in lower case outside a full date ("kasım ayında") and
        # puts case endings on it without an apostrophe ("Haziranda", "şubatta")
        self.months = MonthMatcher(
            forms,
            suffix=r"(?:['’][" + L + r"]+|[ \u00a0]+ay(?:ı|ın|ında|ının|ına|ından)?(?![" + L + r"])"
                   r"|(?:[dt][ae]n?|[ıiuü]n(?:[dt][ae]n?)?|[yn]?[ae]|[ıiuü]|[ğ][ıiuü](?:n(?:[dt][ae]n?)?)?)(?![" + L + r"]))",
            capitalised=False, weak_alone=abbr, min_len=3, lower_weak=True, locale_of_forms="tr")

    def suffix_flags(self, atom: Atom, m: re.Match[str]) -> None:
        s = (m.group("s") or "").lower()
        v = atom.value
        if m.group("ord") or m.group("dot") or re.match(r"[ıiuü]?nc[ıiuü]", s):
            atom.ordinal = True
        elif s and _DEC_SFX.match(s) and v is not None and v % 10 == 0 \
                and len(atom.plain) in (2, 4) and (len(atom.plain) == 2 or v >= 1000):
            atom.decade = True

    def month_day_ok(self, month: Atom) -> bool:
        return False

    def clock_times(self, text: str) -> list[Atom]:
        return clock.turkish(text) + clock.noon_and_midnight(text, "tr")

    def words(self, text: str) -> list[Atom]:
        out = self.scan_numbers(text)
        out.extend(self.months.find(text))
        return out
