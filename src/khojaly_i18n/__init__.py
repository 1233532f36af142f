"""khojaly-i18n: multilingual publishing and translation-memory toolkit."""

__version__ = "0.1.0"
