"""The reasons an answer can carry: the enum and the README's reasons table agree."""

from __future__ import annotations

import re

from server.reasons import Reason, join_reasons, override_matched, rule_matched, tier_error
from tests.conftest import REPO


def test_the_readme_table_lists_every_reason_and_no_other() -> None:
    readme = (REPO / "README.md").read_text()
    table = readme[readme.index("| reason | meaning |") :].split("\n\n")[0]
    documented = set(re.findall(r"^\| `([^`]+)` \|", table, flags=re.M))
    named = {rule_matched("<name>"), override_matched("<name>"), tier_error("<tier>")}
    assert documented == {reason.value for reason in Reason} | named


def test_reasons_are_plain_strings_joined_by_semicolons() -> None:
    assert (
        isinstance(Reason.BELOW_THRESHOLD, str) and f"{Reason.BELOW_THRESHOLD}" == "below_threshold"
    )
    assert join_reasons("", tier_error("semantic"), Reason.UNFAMILIAR) == (
        "tier_error:semantic;unfamiliar"
    )
