"""Teach it your logs, end to end (issue 17): traffic through the server -> uncertain templates
exported -> labels filled in -> overrides applied live -> a model retrained on what was taught,
served without the overrides, answers the taught templates with their taught labels."""

from __future__ import annotations

import csv
import time
from pathlib import Path

from export.__main__ import main as export_main
from server.generated.logclass.v1 import classifier_pb2 as pb
from tests.conftest import ServerProcess, classifier_stub, run_logclass, start_server
from tests.export.test_custom_labels import write_training_csv

# Lines of shapes the 3-label training CSV never had, and what a person would call them.
TAUGHT = {
    "fraud check fc-{n} flagged card ending {n} for manual review": "Payments",
    "badge {n} refused at door D{n} of building {n}": "Access",
    "rack {n} PDU lost input power, running on battery": "Infrastructure",
}


def lines(round_: int) -> list[tuple[str, str]]:
    """Each new line three times with fresh numbers (one template each)."""
    return [
        (shape, shape.format(n=100 * round_ + 10 * i + 7)) for shape in TAUGHT for i in range(3)
    ]


def classify(server: ServerProcess, round_: int) -> dict[str, list[pb.Classification]]:
    pairs = lines(round_)
    records = [pb.LogRecord(id=str(i), source="ops", message=m) for i, (_, m) in enumerate(pairs)]
    with server.channel() as channel:
        reply = classifier_stub(channel).ClassifyBatch(
            pb.ClassifyRequest(records=records), timeout=60
        )
    answers: dict[str, list[pb.Classification]] = {}
    for (shape, _), result in zip(pairs, reply.results, strict=True):
        answers.setdefault(shape, []).append(result)
    return answers


def test_traffic_review_teach_live_then_retrain(tmp_path: Path) -> None:
    data, models = tmp_path / "mine.csv", tmp_path / "models"
    overrides, review = tmp_path / "overrides.toml", tmp_path / "review.csv"
    write_training_csv(data)
    # fp32: on 60 rows the int8 gate's figure rests on a few dozen held-out rows.
    small = ["--folds", "3", "--variant", "fp32"]
    assert export_main(["--data", str(data), "--out", str(models), *small]) == 0
    env = {"MODEL_PATH": str(models), "LOGCLASS_OVERRIDES": str(overrides)}

    server = start_server(env)
    try:
        classify(server, 1)
        # The person's view: what the server was not sure of, as a CSV to fill in.
        listed = run_logclass(
            "templates", "--address", server.address, "--uncertain", "--below", "0.999",
            "-o", str(review),
        )  # fmt: skip
        assert listed.returncode == 0, listed.stderr
        with review.open(newline="") as handle:
            rows = list(csv.DictReader(handle))
        by_shape = {shape: row for row in rows for shape in TAUGHT if _fits(shape, row["sample"])}
        assert set(by_shape) == set(TAUGHT), rows
        for shape, row in by_shape.items():
            row["new_label"] = TAUGHT[shape]
        with review.open("w", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
        taught = run_logclass(
            "teach", "--from", str(review), "--overrides", str(overrides), env=env
        )
        assert taught.returncode == 0, taught.stderr
        assert "taught 3 template(s)" in taught.stderr

        # Applied live: the next lines of those templates are answered by the overrides.
        deadline = time.monotonic() + 20
        while True:
            answers = classify(server, 2)
            if all(a.tier == "override" for found in answers.values() for a in found):
                break
            assert time.monotonic() < deadline, answers
            time.sleep(0.2)
        for shape, found in answers.items():
            assert {a.label for a in found} == {TAUGHT[shape]}
            assert all(a.reason.startswith("override:t-") for a in found)
    finally:
        assert server.stop() == 0

    # Retrained on what was taught, replacing the served models; the report says what changed.
    status = export_main(
        ["--data", str(data), "--taught", str(overrides), "--out", str(models), *small]
    )
    assert status == 0
    report = (models / "REPORT.md").read_text()
    assert "## Taught templates" in report
    assert "| taught templates given their taught label (no overrides) |" in report
    assert "| 3/3 |" in report  # after retraining

    server = start_server({"MODEL_PATH": str(models)})  # no overrides
    try:
        for shape, found in classify(server, 3).items():
            assert {(a.label, a.tier) for a in found} == {(TAUGHT[shape], "semantic")}, shape
    finally:
        assert server.stop() == 0


def _fits(shape: str, sample: str) -> bool:
    head = shape.split("{n}")[0]
    return sample.startswith(head)
