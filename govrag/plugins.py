"""Registry[T]: named factories for stages, recognizers, providers and validators.

Specs refer to components by registry id only, never by import path, so a YAML file cannot make
govrag import arbitrary code. Third parties add ids through an entry-point group.

>>> reg: Registry[int] = Registry("numbers")
>>> reg.register("one", lambda: 1)
>>> reg.create("one")
1
>>> reg.create("two")
Traceback (most recent call last):
...
govrag.errors.ConfigError: unknown numbers id 'two'; valid ids: one
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator
from importlib.metadata import entry_points
from typing import Any, Generic, TypeVar

from govrag.errors import ConfigError

__all__ = ["Registry"]

T = TypeVar("T")


class Registry(Generic[T]):
    """A mapping from id to factory, with entry-point discovery on first miss."""

    def __init__(self, kind: str, *, entry_point_group: str | None = None) -> None:
        self.kind = kind
        self._factories: dict[str, Callable[..., T]] = {}
        self._group = entry_point_group
        self._loaded_entry_points = False
        self._broken: dict[str, str] = {}  # entry-point id -> why it failed to load

    def register(self, id: str, factory: Callable[..., T], *, replace: bool = False) -> None:
        """Add ``factory`` under ``id``; re-registering an id needs ``replace=True``."""
        if not id or not isinstance(id, str):
            raise ConfigError(f"{self.kind} id must be a non-empty string")
        if id in self._factories and not replace:
            raise ConfigError(f"{self.kind} id {id!r} is already registered")
        self._factories[id] = factory

    def _load_entry_points(self) -> None:
        """Load every entry point once; a broken plugin is remembered, never hides the others."""
        if self._loaded_entry_points or self._group is None:
            return
        self._loaded_entry_points = True  # marked first: a failing load is not retried per lookup
        for ep in entry_points(group=self._group):
            if ep.name in self._factories or ep.name in self._broken:
                continue
            try:
                self._factories[ep.name] = ep.load()
            except Exception as exc:
                self._broken[ep.name] = f"{ep.value}: {type(exc).__name__}: {exc}"

    def factory(self, id: str) -> Callable[..., T]:
        if id not in self._factories:
            self._load_entry_points()
        if id in self._broken:
            raise ConfigError(f"{self.kind} plugin {id!r} failed to load ({self._broken[id]})")
        try:
            return self._factories[id]
        except KeyError:
            valid = sorted(self._factories)
            close = difflib.get_close_matches(id, valid, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ConfigError(
                f"unknown {self.kind} id {id!r}{hint}; valid ids: {', '.join(valid) or '(none)'}"
            ) from None

    def create(self, id: str, /, **options: Any) -> T:
        """Build the component registered as ``id`` with keyword ``options``."""
        factory = self.factory(id)
        try:
            return factory(**options)
        except TypeError as exc:
            raise ConfigError(f"bad options for {self.kind} {id!r}: {exc}") from exc

    def ids(self) -> list[str]:
        self._load_entry_points()
        return sorted(self._factories)

    def __contains__(self, id: object) -> bool:
        return isinstance(id, str) and (id in self._factories or id in self.ids())

    def __iter__(self) -> Iterator[str]:
        return iter(self.ids())
