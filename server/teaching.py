"""See and correct what a running server does: `logclass templates` and `logclass teach`.

`templates` lists the server's templates (`ListTemplates`) as a table or as a review CSV whose
`new_label` column a person fills in; `teach` turns one template id and label, or the filled
rows of such a CSV, into entries of the overrides file (`server.overrides`), which the server
picks up without a restart.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Collection, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Final, TextIO

import grpc

from server.generated.logclass.v1 import classifier_pb2 as pb
from server.generated.logclass.v1 import classifier_pb2_grpc as pb_grpc
from server.overrides import Override, OverrideError, teach

REVIEW_COLUMNS: Final = (
    "template_id",
    "count",
    "label",
    "confidence",
    "tier",
    "reason",
    "first_seen",
    "last_seen",
    "sources",
    "template",
    "sample",
    "new_label",
)
NEW_LABEL: Final = "new_label"
RPC_TIMEOUT_S: Final = 30.0


class TeachingError(Exception):
    """What stops `templates` or `teach`; the message is one line for the user."""


def list_templates(
    address: str, request: pb.ListTemplatesRequest, token: str | None = None
) -> list[pb.TemplateSummary]:
    """The server's templates for `request` (plaintext gRPC to `address`)."""
    metadata = (("authorization", f"Bearer {token}"),) if token else None
    with grpc.insecure_channel(address) as channel:
        stub = pb_grpc.LogClassifierStub(channel)  # type: ignore[no-untyped-call]
        try:
            reply = stub.ListTemplates(request, timeout=RPC_TIMEOUT_S, metadata=metadata)
        except grpc.RpcError as exc:
            code = exc.code()
            detail = exc.details()
            raise TeachingError(f"ListTemplates on {address}: {code.name}: {detail}") from None
    return list(reply.templates)


def _when(stamp: object) -> str:
    seconds = stamp.ToNanoseconds() / 1e9  # type: ignore[attr-defined]
    return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="seconds")


def review_row(summary: pb.TemplateSummary) -> dict[str, str]:
    """One template as a row of the review CSV (`new_label` left empty)."""
    return {
        "template_id": summary.template_id,
        "count": str(summary.count),
        "label": summary.label,
        "confidence": f"{summary.confidence:.4f}",
        "tier": summary.tier,
        "reason": summary.reason,
        "first_seen": _when(summary.first_seen),
        "last_seen": _when(summary.last_seen),
        "sources": ";".join(summary.sources),
        "template": summary.template,
        "sample": summary.sample,
        NEW_LABEL: "",
    }


def write_review_csv(templates: Iterable[pb.TemplateSummary], sink: TextIO) -> int:
    """The templates as a review CSV; the number of rows written."""
    writer = csv.DictWriter(sink, fieldnames=REVIEW_COLUMNS, lineterminator="\n")
    writer.writeheader()
    rows = 0
    for summary in templates:
        writer.writerow(review_row(summary))
        rows += 1
    return rows


def print_table(templates: Sequence[pb.TemplateSummary], sink: TextIO = sys.stdout) -> None:
    """The templates as an aligned text table, the most seen first."""
    sink.write(
        f"{'count':>8}  {'label':<20} {'conf':>5}  {'tier':<8} {'template id':<18}  template\n"
    )
    for t in templates:
        text = t.template if len(t.template) <= 90 else t.template[:89] + "\N{HORIZONTAL ELLIPSIS}"
        sink.write(
            f"{t.count:>8}  {t.label:<20} {t.confidence:>5.2f}  {t.tier:<8} "
            f"{t.template_id:<18}  {text}\n"
        )


def taught_from_csv(path: Path) -> list[Override]:
    """The overrides of a filled-in review CSV: one per row whose `new_label` is set."""
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in ("template_id", NEW_LABEL) if c not in (reader.fieldnames or [])]
            if missing:
                raise TeachingError(f"{path}: no column {', '.join(missing)} (a review CSV?)")
            taught = []
            for row in reader:
                label = (row.get(NEW_LABEL) or "").strip()
                template_id = (row.get("template_id") or "").strip()
                if not label:
                    continue
                if not template_id:
                    raise TeachingError(f"{path}: line {reader.line_num}: no template_id")
                taught.append(
                    Override(
                        name=template_id,
                        label=label,
                        template_id=template_id,
                        template=(row.get("template") or "").strip(),
                        sample=(row.get("sample") or "").strip(),
                    )
                )
    except OSError as exc:
        raise TeachingError(f"{path}: cannot read: {exc.strerror or exc}") from None
    return taught


def taught_from_server(
    address: str, template_id: str, label: str, token: str | None = None
) -> Override:
    """The override for one template the server knows, with its text and sample line."""
    found = list_templates(address, pb.ListTemplatesRequest(template_id=template_id), token)
    if not found:
        raise TeachingError(
            f"the server at {address} knows no template {template_id} "
            "(`logclass templates` lists those it knows)"
        )
    summary = found[0]
    return Override(
        name=template_id,
        label=label,
        template_id=template_id,
        template=summary.template,
        sample=summary.sample,
    )


def write_taught(path: Path, taught: Sequence[Override], labels: Collection[str]) -> int:
    """Add `taught` to the overrides file at `path`; the number of entries it then holds."""
    try:
        return len(teach(path, taught, labels))
    except OverrideError as exc:
        raise TeachingError(str(exc)) from None
