"""The Russian grammar: the shapes it shares with Ukrainian, filled with Russian words."""

from ..slavic_language import language_rules
from .lexicon import LEXICON
from .words import WORDS

RULES = language_rules("ru", WORDS)

__all__ = ["LEXICON", "RULES"]
