"""The English grammar: one module per family of constructions."""

from . import days, holidays, modifiers, offsets, parts, periods, ranges, times, vague
from .lexicon import LEXICON

MODULES = (days, parts, offsets, periods, times, holidays, vague, modifiers, ranges)
RULES = [rule for module in MODULES for rule in module.RULES]

__all__ = ["LEXICON", "MODULES", "RULES"]
