"""The default label set: each label once, with the one line that says what belongs there.

The project's taxonomy document is the source (the README's label table shows it); the corpus,
the LLM prompt, the regex rules and the evaluation set all take their labels from here. A model
trained on a user's own CSV carries its own label set in its manifest (`server.label_set` picks
the one a server answers with); this is only the default.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, NamedTuple


@dataclass(frozen=True, slots=True)
class LabelDefinition:
    """A label and the one line that tells what belongs there."""

    label: str
    definition: str


class LabelExample(NamedTuple):
    """A record of one label, shown to the LLM tier as an example."""

    source: str
    message: str
    label: str


HTTP_STATUS: Final = "HTTP Status"
CRITICAL_ERROR: Final = "Critical Error"
ERROR: Final = "Error"
SECURITY_ALERT: Final = "Security Alert"
SYSTEM_NOTIFICATION: Final = "System Notification"
RESOURCE_USAGE: Final = "Resource Usage"
USER_ACTION: Final = "User Action"
WORKFLOW_ERROR: Final = "Workflow Error"
DEPRECATION_WARNING: Final = "Deprecation Warning"
# Not a class of the model: what a tier answers when it is not sure.
UNCLASSIFIED: Final = "Unclassified"

DEFINITIONS: Final[tuple[LabelDefinition, ...]] = (
    LabelDefinition(
        HTTP_STATUS,
        "one HTTP request/response outcome: access-log lines, API call results carrying a "
        "status code, method, path, size, latency",
    ),
    LabelDefinition(
        CRITICAL_ERROR,
        "a failure that takes a system, a whole service or data integrity down: hardware "
        "faults, corruption, crash loops, cluster-wide outages",
    ),
    LabelDefinition(
        ERROR,
        "a single operation failed but the system keeps running: exceptions, failed jobs, "
        "rejected calls, timeouts of one request",
    ),
    LabelDefinition(
        SECURITY_ALERT,
        "a suspected attack or policy violation: brute force, repeated auth failures, privilege "
        "escalation, blocked or suspicious addresses, tampering",
    ),
    LabelDefinition(
        SYSTEM_NOTIFICATION,
        "a routine, informational event of any system, the bulk of real logs: start-up and "
        "shutdown, progress of jobs and daemons, state changes, registrations, replication and "
        "housekeeping steps, backups, updates, restarts, maintenance, cleanups",
    ),
    LabelDefinition(
        RESOURCE_USAGE,
        "a measurement or threshold of CPU, memory, disk, network, quotas, pools",
    ),
    LabelDefinition(
        USER_ACTION,
        "something a person did: sign in/out, create/delete accounts, change settings, uploads",
    ),
    LabelDefinition(
        WORKFLOW_ERROR,
        "a business process in a legacy line-of-business application broke: approvals, "
        "escalations, task routing, record sync",
    ),
    LabelDefinition(
        DEPRECATION_WARNING,
        "use of something scheduled for removal: old API versions, retired modules, "
        "end-of-support notices",
    ),
)
LABELS: Final[tuple[str, ...]] = tuple(d.label for d in DEFINITIONS)
DEFINITION_OF: Final[Mapping[str, str]] = {d.label: d.definition for d in DEFINITIONS}

# One per label, in a different order from DEFINITIONS, so that none is favoured.
EXAMPLES: Final[tuple[LabelExample, ...]] = (
    LabelExample(
        "LegacyCRM", "Case escalation for ticket 7324 failed: no owner for queue 7", WORKFLOW_ERROR
    ),
    LabelExample("BillingSystem", "failed to render invoice 8812: template missing", ERROR),
    LabelExample("ModernCRM", "User 4411 changed the notification settings", USER_ACTION),
    LabelExample("LegacyCRM", "Module X will be retired in version 5.0", DEPRECATION_WARNING),
    LabelExample(
        "AuthService", "12 failed logins for admin from 203.0.113.9 in 60s", SECURITY_ALERT
    ),
    LabelExample("WebServer", "GET /v2/orders/42 returned 200 in 0.031s", HTTP_STATUS),
    LabelExample(
        "StorageNode", "RAID controller reports array degraded, volume offline", CRITICAL_ERROR
    ),
    LabelExample(
        "LegacyCRM", "nightly snapshot of the customer database finished", SYSTEM_NOTIFICATION
    ),
    LabelExample("Monitor", "heap at 91% of 4 GiB on worker 3", RESOURCE_USAGE),
)
