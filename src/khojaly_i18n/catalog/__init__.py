"""Gettext catalog layer: model, parser, GNU-identical writer, merge, layout, stats."""

from .layout import language_of, languages, po_path, pot_files
from .merge import MergeReport, merge_catalog, new_header, plural_forms
from .model import Catalog, Message, parse_header
from .parse import decode_catalog, parse_catalog, read_catalog
from .stats import EMPTY_STATS, Stats, catalog_stats, count_words
from .write import format_catalog, format_message, write_catalog

__all__ = [
    "Catalog", "Message", "parse_header", "decode_catalog", "parse_catalog", "read_catalog",
    "format_catalog", "format_message", "write_catalog", "merge_catalog", "MergeReport", "new_header",
    "plural_forms", "pot_files", "po_path", "languages", "language_of", "Stats", "EMPTY_STATS", "catalog_stats",
    "count_words",
]
