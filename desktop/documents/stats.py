"""The figures a tờ trình states: proposals by award, and the shares of direct workers, women and ethnic minorities."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.snapshot import Dossier, Nominee, Proposal


@dataclass(frozen=True)
class AwardCount:
    award: str
    individuals: int
    collectives: int
    households: int


@dataclass(frozen=True)
class ProposalStats:
    by_award: tuple[AwardCount, ...]  # in the order awards first appear in the dossier
    individuals: int
    collectives: int
    households: int
    direct_workers: int
    women: int
    minorities: int

    def share(self, count: int) -> str:
        """"37,5%": Vietnamese decimal comma, one decimal, none when whole."""
        return percent(count, self.individuals)


def percent(part: int, whole: int) -> str:
    if whole <= 0:
        return "0%"
    value = round(part * 100 / whole, 1)
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") + "%"


def is_minority(n: Nominee) -> bool:
    eth = (n.ethnicity or "").strip().lower()
    return bool(eth) and eth not in ("kinh", "việt", "viet")


def proposals_stats(d: Dossier) -> ProposalStats:
    """Counts nominees once each, whatever number of awards they are proposed for."""
    by_id = {n.id: n for n in d.nominees}
    order: list[str] = []
    counts: dict[str, dict[str, set[str]]] = {}
    for pr in d.proposals:
        n = by_id.get(pr.nominee_id)
        if n is None:
            continue
        if pr.award not in counts:
            order.append(pr.award)
            counts[pr.award] = {"individual": set(), "collective": set(), "household": set()}
        counts[pr.award][n.kind].add(n.id)
    proposed = _proposed(d)
    people = [n for n in proposed if n.kind == "individual"]

    def count(pred: Callable[[Nominee], bool]) -> int:
        return sum(1 for n in people if pred(n))

    return ProposalStats(
        by_award=tuple(AwardCount(a, len(counts[a]["individual"]), len(counts[a]["collective"]),
                                  len(counts[a]["household"])) for a in order),
        individuals=len(people),
        collectives=sum(1 for n in proposed if n.kind == "collective"),
        households=sum(1 for n in proposed if n.kind == "household"),
        direct_workers=count(lambda n: n.direct_worker is True),
        women=count(lambda n: n.gender == "nu"),
        minorities=count(is_minority),
    )


def _proposed(d: Dossier) -> list[Nominee]:
    by_id = {n.id: n for n in d.nominees}
    seen: set[str] = set()
    out = []
    for pr in d.proposals:
        n = by_id.get(pr.nominee_id)
        if n is not None and n.id not in seen:
            seen.add(n.id)
            out.append(n)
    return out


def proposals_of(d: Dossier, nominee_id: str) -> list[Proposal]:
    return [p for p in d.proposals if p.nominee_id == nominee_id]
