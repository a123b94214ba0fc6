"""Let a package import what it exports only when first asked for (PEP 562)."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping


def lazy_exports(package: str, modules: Mapping[str, str]) -> Callable[[str], object]:
    """Return a module `__getattr__` that imports each name from its submodule when asked.

    `modules` maps each exported name to the submodule that defines it: a process that
    never asks for them (a build with nothing changed) never imports what they need.
    """

    def __getattr__(name: str):
        if name in modules:
            return getattr(importlib.import_module(f".{modules[name]}", package), name)
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    return __getattr__
