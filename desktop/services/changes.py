from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """What a mutation changed, so views refresh only that (Anki's OpChanges)."""

    dossiers: frozenset[int] = field(default_factory=frozenset)
    dossiers_removed: frozenset[int] = field(default_factory=frozenset)
    subjects: frozenset[int] = field(default_factory=frozenset)
    unit: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.dossiers | other.dossiers,
            self.dossiers_removed | other.dossiers_removed,
            self.subjects | other.subjects,
            self.unit or other.unit,
        )

    @property
    def empty(self) -> bool:
        return not (self.dossiers or self.dossiers_removed or self.subjects or self.unit)
