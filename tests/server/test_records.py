"""The values that flow through the pipeline."""

from __future__ import annotations

import dataclasses

from server.records import Decision


def test_a_decision_for_a_template_keeps_every_other_field() -> None:
    decision = Decision("Error", 0.8, "semantic", "semantic-1", "why", "old-id", "old text")
    templated = decision.with_template("t-7", "disk <*> full")
    assert templated == dataclasses.replace(decision, template_id="t-7", template="disk <*> full")
    # Every field is carried: a field added to Decision and not to with_template fails here.
    fields = {f.name for f in dataclasses.fields(Decision)} - {"template_id", "template"}
    assert all(getattr(templated, name) == getattr(decision, name) for name in fields)
    assert len(dataclasses.fields(Decision)) == 7
