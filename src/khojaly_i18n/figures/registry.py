"""Language rule registry (one rules object per locale, cached)."""

from __future__ import annotations

from functools import lru_cache
from importlib import import_module

from .core import LangRules

_MODULES: dict[str, tuple[str, str]] = {
    "en": ("lang_en", "EnglishRules"),
    "ru": ("lang_ru", "RussianRules"),
    "az": ("lang_az", "AzerbaijaniRules"),
    "tr": ("lang_tr", "TurkishRules"),
    "de": ("lang_de", "GermanRules"),
    "fr": ("lang_fr", "FrenchRules"),
}


@lru_cache(maxsize=256)
def rules_for(lang: str) -> LangRules:
    """The rules object for a language/locale code such as 'de_CH' or 'pt-BR'."""
    code = (lang or "en").replace("-", "_")
    base = code.split("_", 1)[0].lower()
    if base in _MODULES:
        mod_name, cls_name = _MODULES[base]
        try:
            mod = import_module(f"{__package__}.{mod_name}")
        except ImportError:
            return GenericRules(code)
        cls = getattr(mod, cls_name)
        return cls(code)
    return GenericRules(code)


class GenericRules(LangRules):
    """Any Babel locale: its CLDR digit formats, month names, ISO dates, %."""

    def __init__(self, locale: str) -> None:
        super().__init__(locale)
        from .words import MonthMatcher, babel_month_forms
        self.months = MonthMatcher(babel_month_forms(locale), min_len=3)

    def has_candidates(self, text: str) -> bool:
        return True

    def words(self, text: str):  # type: ignore[no-untyped-def]
        return self.months.find(text)
