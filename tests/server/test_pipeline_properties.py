"""Property tests over the whole pipeline (regex, semantic and LLM tiers as served): whatever the
message, source and attributes, every record gets exactly one well-formed answer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from server.api import Classifier
from server.config import Settings
from server.records import UNCLASSIFIED, LogRecord

records_strategy = st.lists(
    st.builds(
        LogRecord,
        id=st.text(max_size=12),
        source=st.one_of(st.sampled_from(["nginx", "LegacyCRM", "", "sshd"]), st.text(max_size=20)),
        message=st.one_of(
            st.text(max_size=300),
            st.sampled_from(
                [
                    "GET /api/v1/users/42 HTTP/1.1 500",
                    "Failed password for root from 10.0.0.1 port 22 ssh2",
                    "\x00\x1b[31m\ud7ff",
                    " ",
                ]
            ),
        ),
        attributes=st.dictionaries(
            st.sampled_from(["severity", "level", "severity_number", "x"]),
            st.text(max_size=10),
            max_size=3,
        ),
    ),
    min_size=1,
    max_size=20,
)


@pytest.fixture(scope="module")
def classifier() -> Iterator[Classifier]:
    with Classifier(Settings()) as instance:
        yield instance


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(records=records_strategy)
def test_every_record_gets_one_well_formed_answer(
    classifier: Classifier, records: list[LogRecord]
) -> None:
    labels = set(classifier.labels()) | {UNCLASSIFIED}
    answers = classifier.classify_records(records)
    assert [a.id for a in answers] == [r.id for r in records]
    for answer in answers:
        assert answer.label in labels
        assert 0.0 <= answer.confidence <= 1.0
        assert answer.tier and isinstance(answer.reason, str)
