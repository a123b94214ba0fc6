"""The Ukrainian grammar: the shapes it shares with Russian, filled with Ukrainian words."""

from ..slavic_language import language_rules
from .lexicon import LEXICON
from .words import WORDS

RULES = language_rules("uk", WORDS)

__all__ = ["LEXICON", "RULES"]
