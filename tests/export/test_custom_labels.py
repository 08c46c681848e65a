"""A label set of the user's own, end to end: train on a 3-label CSV, serve it, and every tier
answers one of those labels or Unclassified (issue 16)."""

from __future__ import annotations

import csv
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from export.__main__ import main
from server.generated.logclass.v1 import classifier_pb2 as pb
from tests.conftest import ServerProcess, classifier_stub, start_server
from tests.fakes.llm_server import FakeLLMServer

LABELS = ("Access", "Infrastructure", "Payments")
DEFINITIONS = """
Payments = "money moving: charges, refunds, payouts, invoices"
Access = "who got in or was kept out: sign-ins, tokens, permissions"
"""
# Ten shapes per label; each row fills one with fresh values.
TEMPLATES = {
    "Payments": (
        "charge ch_{n} of {m}.50 EUR captured for customer cus_{n}",
        "refund re_{n} issued: {m}.00 USD back to card ending {n}",
        "payout po_{n} of {m} GBP sent to bank account {n}",
        "invoice INV-{n} paid in full ({m}.99 EUR)",
        "payment intent pi_{n} requires 3-D Secure confirmation",
        "subscription sub_{n} renewed, {m}.00 USD charged",
        "chargeback opened on charge ch_{n} for {m} EUR",
        "card authorisation auth_{n} approved for {m}.10 USD",
        "settlement batch {n} closed with {m} transactions",
        "invoice INV-{n} sent to billing contact of account {m}",
    ),
    "Access": (
        "user u{n} signed in with SSO from 10.0.{m}.7",
        "API token tok_{n} revoked by admin{m}",
        "permission denied: role viewer{n} may not write bucket b{m}",
        "password reset link issued to user u{n}",
        "MFA challenge passed for account {n}",
        "session {n} expired after {m} minutes idle",
        "user u{n} added to group ops-{m}",
        "service account sa-{n} granted role deployer",
        "login blocked for user u{n}: account locked",
        "OAuth client c{n} requested scope read:orders",
    ),
    "Infrastructure": (
        "node worker-{n} joined the cluster",
        "disk /dev/sda{m} on host db-{n} is 91% full",
        "load balancer lb-{n} marked backend 10.1.{m}.4 unhealthy",
        "DNS record api{n}.internal updated to 10.2.{m}.9",
        "kernel upgraded to 6.1.{n} on host web-{m}",
        "volume vol-{n} attached to instance i-{m}",
        "TLS certificate for shop{n}.example renews in {m} days",
        "autoscaler added {m} nodes to pool p{n}",
        "backup of database orders-{n} finished in {m} s",
        "container registry garbage collection freed {m} MiB",
    ),
}


def write_training_csv(path: Path) -> int:
    rng = random.Random(16)
    rows = [
        (source, template.format(n=rng.randrange(10, 9999), m=rng.randrange(2, 99)), label)
        for label, templates in TEMPLATES.items()
        for source, template in ((f"{label.lower()}-svc", t) for t in templates * 2)
    ]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["source", "log_message", "target_label"])
        writer.writerows(rows)
    return len(rows)


@pytest.fixture(scope="module")
def custom_models(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("custom")
    data, labels = folder / "mine.csv", folder / "labels.toml"
    assert write_training_csv(data) == 60
    labels.write_text(DEFINITIONS, encoding="utf-8")
    out = folder / "models"
    assert (
        main(["--data", str(data), "--labels", str(labels), "--out", str(out), "--folds", "3"]) == 0
    )
    return out


# Lines the bundled rules would label with default labels, lines of each kind, a LegacyCRM line
# (routed to the LLM tier) and lines unlike anything.
PROBES = (
    ("ops", "Backup completed successfully."),
    (
        "nginx",
        '10.0.0.1 - - [01/Dec/2026:10:00:00 +0000] "GET /index.html HTTP/1.1" 200 612 "-" "-"',
    ),
    ("app", "User User123 logged in."),
    ("app", "GET /v2/orders/42 returned 200 in 0.031s"),
    ("billing", "refund re_5521 issued: 18.00 USD back to card ending 4242"),
    ("iam", "API token tok_993 revoked by admin7"),
    ("k8s", "node worker-77 joined the cluster"),
    ("LegacyCRM", "Case escalation for ticket 7324 failed: no owner for queue 7"),
    (
        "kernel",
        "EXT4-fs error (device sda1): ext4_find_entry:1463: inode #2: reading directory lblock 0",
    ),
    ("x", "zzzz qqqq 12345"),
)


@pytest.fixture(scope="module")
def served(custom_models: Path) -> Iterator[tuple[ServerProcess, FakeLLMServer]]:
    with FakeLLMServer(reply="Payments") as fake:
        server = start_server(
            {
                "MODEL_PATH": str(custom_models),
                "LOGCLASS_LLM_PROVIDER": "openai",
                "LOGCLASS_LLM_BASE_URL": fake.base_url,
                "LOGCLASS_LLM_MODEL": "local-model",
            }
        )
        try:
            yield server, fake
        finally:
            assert server.stop() == 0


def test_every_answer_is_one_of_the_three_labels_or_unclassified(
    served: tuple[ServerProcess, FakeLLMServer],
) -> None:
    server, _ = served
    records = [pb.LogRecord(id=str(i), source=s, message=m) for i, (s, m) in enumerate(PROBES)]
    with server.channel() as channel:
        stub = classifier_stub(channel)
        info = stub.GetModelInfo(pb.GetModelInfoRequest(), timeout=30)
        reply = stub.ClassifyBatch(pb.ClassifyRequest(records=records), timeout=60)
    assert sorted(info.labels) == sorted([*LABELS, "Unclassified"])
    for tier in info.tiers:
        assert set(tier.labels) <= set(LABELS), tier.name
    answers = {r.id: r for r in reply.results}
    assert len(answers) == len(PROBES)
    assert {r.label for r in reply.results} <= {*LABELS, "Unclassified"}
    # Rules of labels the model lacks are gone: those lines reach the model instead.
    assert answers["0"].tier != "regex" and answers["1"].tier != "regex"
    assert answers["4"].label == "Payments" and answers["6"].label == "Infrastructure"
    assert (answers["7"].label, answers["7"].tier) == ("Payments", "llm")
    assert any("rules of default.toml dropped" in line for line in server.log_lines)


def test_the_llm_is_offered_the_models_labels_with_their_definitions(
    served: tuple[ServerProcess, FakeLLMServer],
) -> None:
    server, fake = served
    record = pb.LogRecord(id="1", source="LegacyCRM", message="Opportunity 88 stuck in approval")
    with server.channel() as channel:
        classifier_stub(channel).ClassifyBatch(pb.ClassifyRequest(records=[record]), timeout=60)
    system = fake.requests[-1].body["messages"][0]["content"]
    assert "- Payments: money moving: charges, refunds, payouts, invoices" in system
    assert "- Access: who got in or was kept out" in system
    assert "- Infrastructure\n" in system  # no definition given, none invented
    for default_label in ("HTTP Status", "Security Alert", "Workflow Error"):
        assert default_label not in system
    assert "Source: payments-svc" in system  # an example from the training CSV
