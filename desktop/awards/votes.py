"""When the council's vote carries a proposal: the share of agreeing votes the rule set asks for, and on what base.

The common share (more than half) and its base (all members or those present) are rule-set options marked [M]; the
higher shares for Chiến sĩ thi đua cấp tỉnh and toàn quốc are the often-cited 70 % and 90 % [L, BRIEF §4].
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from desktop.awards.model import RuleSet

# "at least" shares for the titles that need a secret ballot; every other award needs "more than" the common share.
AT_LEAST = {"cstd-bo-nganh-tinh": 0.7, "cstd-toan-quoc": 0.9}
PASSED, FAILED = "dat", "khong-dat"


@dataclass(frozen=True)
class VoteRule:
    share: float = 0.5
    present_base: bool = False  # the base is the members present instead of all members
    confidence: str = "M"
    basis: str = ""

    def base(self, members_total: int | None, members_present: int | None, ballots: int) -> int:
        chosen = members_present if self.present_base else members_total
        return chosen or ballots

    def needed(self, award: str, base: int) -> int:
        """The fewest agreeing votes that carry `award` out of `base`."""
        at_least = AT_LEAST.get(award)
        if at_least is not None:
            return math.ceil(at_least * base - 1e-9)
        return math.floor(self.share * base + 1e-9) + 1

    def result(self, award: str, agree: int, base: int) -> str:
        return PASSED if base > 0 and agree >= self.needed(award, base) else FAILED

    def describe(self) -> str:
        """What the meeting page shows next to the result column, with the confidence tag."""
        of = "số thành viên có mặt" if self.present_base else "tổng số thành viên Hội đồng"
        share = "quá một nửa" if abs(self.share - 0.5) < 1e-9 else f"quá {self.share * 100:g}%"
        return (f"Thông qua khi số phiếu đồng ý {share} {of} (Chiến sĩ thi đua cấp tỉnh từ 70%, toàn quốc từ 90%) "
                f"[{self.confidence}]")


def vote_rule(rs: RuleSet, present_base: bool | None = None) -> VoteRule:
    """The rule set's rule; `present_base` is the dossier's own choice when the clerk switched it."""
    share_spec = rs.option_specs.get("vote_pass_share")
    base_spec = rs.option_specs.get("vote_base_present")
    share = float(share_spec.value) if share_spec else 0.5
    base = bool(base_spec.value) if base_spec else False
    return VoteRule(share, base if present_base is None else present_base,
                    share_spec.confidence if share_spec else "M", share_spec.basis if share_spec else "")
