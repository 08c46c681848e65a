"""The project's deterministic labelled training corpus: templates, value generators, CSV export.

Every template is written for this project. Template ids are assigned by position within a label,
so new templates must be appended to the end of their label's list to keep existing ids stable.

Regenerate with `python -m export.corpus --out data/corpus.csv`.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from export.overlap import EVAL_SET, eval_shapes, shared_templates, without_templates

DEFAULT_SEED = 20261126
DEFAULT_PER_TEMPLATE = 12
# Each per-system template (export/systems.py) is rendered SYSTEM_WEIGHTS[id] * SYSTEM_SCALE times.
SYSTEM_SCALE = 2
# A share of rows gets a leading timestamp, so the model learns that it carries no label signal.
TIMESTAMP_PREFIX_RATE = 0.1
CSV_COLUMNS = ("source", "log_message", "target_label", "template_id")

HTTP_STATUS = "HTTP Status"
CRITICAL_ERROR = "Critical Error"
ERROR = "Error"
SECURITY_ALERT = "Security Alert"
SYSTEM_NOTIFICATION = "System Notification"
RESOURCE_USAGE = "Resource Usage"
USER_ACTION = "User Action"
WORKFLOW_ERROR = "Workflow Error"
DEPRECATION_WARNING = "Deprecation Warning"

MAIN_LABELS = (
    HTTP_STATUS,
    CRITICAL_ERROR,
    ERROR,
    SECURITY_ALERT,
    SYSTEM_NOTIFICATION,
    RESOURCE_USAGE,
    USER_ACTION,
)
LEGACY_LABELS = (WORKFLOW_ERROR, DEPRECATION_WARNING)
LABELS = MAIN_LABELS + LEGACY_LABELS

_PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)\}")

Generator = Callable[[random.Random], str]


# --- value generators -------------------------------------------------------------------------


def _pick(*values: str) -> Generator:
    """A generator choosing uniformly from fixed values."""
    options = tuple(values)
    return lambda rng: rng.choice(options)


def _int(low: int, high: int) -> Generator:
    """A generator of integers in [low, high]."""
    return lambda rng: str(rng.randint(low, high))


def _hex(length: int) -> Generator:
    """A generator of lowercase hex strings of the given length."""
    return lambda rng: f"{rng.getrandbits(4 * length):0{length}x}"


def _prefixed(prefix: str, low: int, high: int) -> Generator:
    """A generator of business ids such as INV-20418."""
    return lambda rng: f"{prefix}{rng.randint(low, high)}"


_USERS = (
    "jdoe",
    "m.garcia",
    "akira.t",
    "olena.k",
    "priya_s",
    "bwilliams",
    "chen.wei",
    "fatima.a",
    "lucas.m",
    "sofia.r",
    "t.nguyen",
    "k.okafor",
    "ingrid.h",
    "rahul.v",
    "emma.j",
    "diego_p",
    "a.kowalski",
    "noah.b",
    "yuki.s",
    "admin",
    "svc-reporting",
    "ops-bot",
    "hannah.l",
    "omar.z",
)
_DOMAINS = ("example.com", "example.org", "corp.example", "mail.example.net")
_HOSTS = (
    "api.example.com",
    "db-03.internal",
    "payments.partner.example",
    "auth-1.svc.local",
    "node-7.eu-west-1.compute.internal",
    "mq-02.internal",
    "edge-fra-4.cdn.example",
    "crm-app-2.prod.local",
    "hr-web-1.prod.local",
    "billing-api.internal",
    "pg-primary.db.local",
    "analytics-worker-5.internal",
    "gw.thirdparty.example",
    "kube-node-12",
    "lb-ext-01",
)
_SERVICES = (
    "checkout",
    "invoice-renderer",
    "auth",
    "search",
    "notifications",
    "payroll",
    "ledger",
    "contact-sync",
    "report-builder",
    "order-api",
    "ingest",
    "webhooks",
    "pricing",
    "scheduler",
)
_ENDPOINT_PATTERNS = (
    "/api/v2/orders/{}",
    "/v1/customers/{}/invoices",
    "/login",
    "/logout",
    "/graphql",
    "/api/v3/employees/{}",
    "/v2/payments/{}/capture",
    "/reports/{}/export?format=csv",
    "/static/js/app.{}.js",
    "/api/v1/leads?page={}",
    "/oauth/token",
    "/api/v2/subscriptions/{}",
    "/admin/users/{}",
    "/v1/events",
    "/api/v1/dashboards/{}",
    "/uploads/{}",
    "/checkout/cart",
    "/api/v2/accounts/{}/contacts",
    "/webhooks/stripe",
    "/api/v1/timesheets/{}",
)
_FILES = (
    "invoice_template.html",
    "report.xlsx",
    "avatar.png",
    "contacts.csv",
    "payroll_2026_10.pdf",
    "export.json",
    "backup.tar.gz",
    "scan_0042.jpg",
    "settings.yaml",
    "statement.pdf",
    "leads_import.csv",
    "contract_signed.pdf",
    "logo.svg",
    "dump.sql.gz",
    "notes.docx",
)
_PATHS = (
    "/var/lib/app/data.db",
    "/etc/nginx/nginx.conf",
    "/opt/crm/conf/app.properties",
    "/srv/uploads/tmp/part-0003",
    "/home/deploy/.ssh/authorized_keys",
    "/var/log/app/app.log",
    "/usr/local/bin/report-cli",
    "/etc/passwd",
    "/data/warehouse/events/2026/11/part.parquet",
    "/etc/shadow",
    "/opt/billing/templates/invoice.html",
    "/tmp/export-7781.csv",
)
_DIRS = ("/", "/var", "/var/lib/postgresql", "/data", "/tmp", "/home", "/var/log", "/mnt/backup")
_TABLES = (
    "orders",
    "invoices",
    "customers",
    "ledger_entries",
    "sessions",
    "employees",
    "payments",
    "audit_log",
    "events_raw",
    "leads",
    "subscriptions",
    "timesheets",
)
_QUEUES = (
    "email-outbound",
    "invoice.render",
    "payments.settle",
    "crm.sync",
    "analytics.ingest",
    "webhook-retry",
    "payroll.jobs",
    "dead-letter",
    "search.reindex",
)
_EXC_TYPES = (
    "KeyError",
    "ValueError",
    "TypeError",
    "AttributeError",
    "IllegalStateException",
    "NullPointerException",
    "TimeoutError",
    "ZeroDivisionError",
    "IndexError",
)
_EXC_MESSAGES = (
    "'NoneType' object has no attribute 'id'",
    "invalid literal for int() with base 10: 'n/a'",
    "list index out of range",
    "connection reset by peer",
    "unexpected end of JSON input",
    'column "region_code" does not exist',
    "expected 3 fields, got 2",
    "read timed out",
)
_EXCEPTIONS = (
    "AttributeError: 'NoneType' object has no attribute 'id'",
    "ValueError: invalid literal for int() with base 10: 'n/a'",
    "IndexError: list index out of range",
    "KeyError: 'customer_id'",
    "ZeroDivisionError: division by zero",
    "TypeError: unsupported operand type(s) for +: 'int' and 'str'",
    "IllegalStateException: invoice already finalized",
    "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0",
)
_STATUS_TEXT = (
    "200 OK",
    "201 Created",
    "204 No Content",
    "301 Moved Permanently",
    "302 Found",
    "304 Not Modified",
    "400 Bad Request",
    "401 Unauthorized",
    "403 Forbidden",
    "404 Not Found",
    "409 Conflict",
    "422 Unprocessable Entity",
    "429 Too Many Requests",
    "500 Internal Server Error",
    "502 Bad Gateway",
    "503 Service Unavailable",
    "504 Gateway Timeout",
)
_USER_AGENTS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64)",
    "curl/8.5.0",
    "python-requests/2.32.3",
    "Go-http-client/2.0",
    "okhttp/4.12.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)",
    "PostmanRuntime/7.39.0",
    "kube-probe/1.30",
)


def _weighted(choices: Sequence[tuple[str, int]]) -> Generator:
    """A generator choosing from values with integer weights."""
    values = [value for value, _ in choices]
    weights = [weight for _, weight in choices]
    return lambda rng: rng.choices(values, weights=weights)[0]


_STATUS_2XX = _weighted([("200", 8), ("201", 2), ("202", 1), ("204", 2), ("206", 1)])
_STATUS_3XX = _weighted([("301", 2), ("302", 3), ("304", 3), ("307", 1), ("308", 1)])
_STATUS_4XX = _weighted(
    [("400", 3), ("401", 3), ("403", 2), ("404", 4), ("405", 1), ("409", 1), ("410", 1),
     ("413", 1), ("415", 1), ("422", 2), ("429", 2)]
)  # fmt: skip
_STATUS_5XX = _weighted([("500", 4), ("502", 2), ("503", 3), ("504", 2)])


def _status(rng: random.Random) -> str:
    """Any status code, mostly successes as in real access logs."""
    group = rng.choices((_STATUS_2XX, _STATUS_3XX, _STATUS_4XX, _STATUS_5XX), (6, 1, 3, 1))[0]
    return group(rng)


def _moment(rng: random.Random) -> datetime:
    base = datetime(2026, 1, 1, tzinfo=UTC)
    return base + timedelta(seconds=rng.randrange(365 * 86400), milliseconds=rng.randrange(1000))


def _ts(rng: random.Random) -> str:
    moment = _moment(rng)
    if rng.random() < 0.5:
        return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _ip(rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    if kind == 1:
        return f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}"
    if kind == 2:
        return f"203.0.113.{rng.randrange(1, 255)}"
    if kind == 3:
        return f"198.51.100.{rng.randrange(1, 255)}"
    return f"{rng.randint(11, 223)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randint(1, 254)}"


def _ipv6(rng: random.Random) -> str:
    groups = ":".join(f"{rng.getrandbits(16):x}" for _ in range(4))
    return f"2001:db8:{groups}::{rng.getrandbits(16):x}"


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _duration(rng: random.Random) -> str:
    kind = rng.randrange(3)
    if kind == 0:
        return f"{rng.uniform(0.001, 2.5):.3f}s"
    if kind == 1:
        return f"{rng.randint(1, 9999)}ms"
    return f"{rng.uniform(1, 120):.1f}s"


def _size(rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        return f"{rng.choice((1, 2, 4, 8, 16, 32, 64))} GiB"
    if kind == 1:
        return f"{rng.choice((128, 256, 512, 768, 900))}MB"
    if kind == 2:
        return f"{rng.uniform(0.5, 950):.1f} GB"
    if kind == 3:
        return f"{rng.randint(4, 1023)} KiB"
    return f"{rng.uniform(1, 99):.1f}G"


def _rate(rng: random.Random) -> str:
    unit = rng.choice(("Mbit/s", "MB/s", "Gbit/s", "KB/s"))
    return f"{rng.uniform(1, 950):.1f} {unit}"


def _pct(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return f"{rng.uniform(1, 99.9):.1f}"
    return str(rng.randint(5, 99))


def _version(rng: random.Random) -> str:
    text = f"{rng.randint(0, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 40)}"
    return f"v{text}" if rng.random() < 0.3 else text


def _user(rng: random.Random) -> str:
    return rng.choice(_USERS)


def _email(rng: random.Random) -> str:
    name = rng.choice(_USERS).replace("_", ".")
    return f"{name}@{rng.choice(_DOMAINS)}"


def _endpoint(rng: random.Random) -> str:
    pattern = rng.choice(_ENDPOINT_PATTERNS)
    if "app.{}" in pattern:
        return pattern.format(f"{rng.getrandbits(32):08x}")
    return pattern.format(rng.randint(1, 99999))


def _url(rng: random.Random) -> str:
    return f"https://{rng.choice(_HOSTS)}{_endpoint(rng)}"


def _clf_ts(rng: random.Random) -> str:
    return _moment(rng).strftime("%d/%b/%Y:%H:%M:%S +0000")


def _date(rng: random.Random) -> str:
    return _moment(rng).strftime("%Y-%m-%d")


def _time(rng: random.Random) -> str:
    return _moment(rng).strftime("%H:%M")


def _load(rng: random.Random) -> str:
    return f"{rng.uniform(0.1, 64):.2f}"


def _amount(rng: random.Random) -> str:
    return f"{rng.choice(('$', 'EUR ', 'GBP ', ''))}{rng.uniform(1, 99999):.2f}"


def _pool_usage(rng: random.Random) -> str:
    size = rng.choice((10, 20, 25, 32, 50, 64, 100, 200))
    return f"{size}/{size}"


def _container(rng: random.Random) -> str:
    return f"{rng.choice(_SERVICES)}-{rng.getrandbits(24):06x}"


def _pod(rng: random.Random) -> str:
    return f"{rng.choice(_SERVICES)}-{rng.getrandbits(32):08x}-{rng.getrandbits(20):05x}"


def _uptime(rng: random.Random) -> str:
    return f"{rng.randint(0, 400)}d {rng.randint(0, 23)}h{rng.randint(0, 59):02d}m"


def _traversal(rng: random.Random) -> str:
    depth = rng.randint(2, 7)
    target = rng.choice(("etc/passwd", "windows/win.ini", "proc/self/environ", ".env"))
    return "/download?file=" + "../" * depth + target


def _lsn(rng: random.Random) -> str:
    return f"{rng.getrandbits(8):X}/{rng.getrandbits(32):08X}"


def _java_frame(rng: random.Random) -> str:
    cls = rng.choice(("InvoiceService", "LeadConverter", "PayrollCalculator", "OrderMapper"))
    method = rng.choice(("apply", "map", "render", "execute", "toDto"))
    return f"com.example.{cls.lower()}.{cls}.{method}({cls}.java:{rng.randint(20, 900)})"


GENERATORS: dict[str, Generator] = {
    # network and http
    "ip": _ip,
    "ipv6": _ipv6,
    "port": _int(1024, 65535),
    "host": _pick(*_HOSTS),
    "method": _weighted(
        [("GET", 10), ("POST", 4), ("PUT", 2), ("PATCH", 1), ("DELETE", 1), ("HEAD", 1)]
    ),
    "endpoint": _endpoint,
    "url": _url,
    "status": _status,
    "status_2xx": _STATUS_2XX,
    "status_3xx": _STATUS_3XX,
    "status_4xx": _STATUS_4XX,
    "status_5xx": _STATUS_5XX,
    "status_text": _pick(*_STATUS_TEXT),
    "user_agent": _pick(*_USER_AGENTS),
    "cache_status": _pick("HIT", "MISS", "EXPIRED", "BYPASS", "STALE"),
    "health_path": _pick("/healthz", "/readyz", "/livez", "/status", "/ping"),
    "iface": _pick("eth0", "eth1", "ens5", "bond0", "wlan0", "enp3s0"),
    "proto": _pick("TCP", "UDP"),
    "region": _pick("eu-west-1", "us-east-1", "ap-southeast-2", "eu-central-1", "us-west-2"),
    # identifiers
    "uuid": _uuid,
    "hex": _hex(12),
    "sha": _hex(40),
    "id": _int(1, 999999),
    "uid": _int(100, 99999),
    "n": _int(2, 500),
    "small": _int(2, 9),
    "pid": _int(300, 65000),
    "exit_code": _pick("1", "2", "3", "126", "127", "137", "139", "255"),
    "signal": _pick("SIGKILL", "SIGSEGV", "SIGTERM", "SIGABRT", "SIGBUS"),
    "invoice": _prefixed("INV-", 10000, 99999),
    "order": _prefixed("ORD-", 100000, 999999),
    "charge": _prefixed("ch_", 10**9, 10**10),
    "refund": _prefixed("re_", 10**9, 10**10),
    "lead": _int(1000, 99999),
    "opp": _prefixed("OPP-", 1000, 99999),
    "case": _prefixed("CS-", 100000, 999999),
    "ticket": _prefixed("TCK-", 1000, 99999),
    "quote": _prefixed("Q-", 10000, 99999),
    "po": _prefixed("PO-", 10000, 99999),
    "contract": _prefixed("CTR-", 1000, 9999),
    "acct": _prefixed("ACC-", 10000, 99999),
    "emp": _prefixed("E", 1000, 99999),
    "batch": _prefixed("batch-", 100, 9999),
    "client_id": _pick("mobile-ios", "partner-portal", "crm-web", "reporting-cli", "zapier-app"),
    "key_prefix": _pick("sk_live_4f", "pk_test_9a", "ak_prod_77", "key_2c81", "tok_e310"),
    "tenant": _pick("acme", "globex", "initech", "umbrella", "tenant-4821", "northwind"),
    "campaign": _prefixed("CMP-", 100, 9999),
    # people and settings
    "user": _user,
    "email": _email,
    "role": _pick("admin", "viewer", "editor", "billing-manager", "hr-partner", "sales-rep"),
    "locale": _pick("en-GB", "de-DE", "fr-FR", "es-ES", "ja-JP", "pt-BR"),
    "tz": _pick("Europe/Berlin", "America/New_York", "Asia/Tokyo", "UTC", "Australia/Sydney"),
    "setting": _pick("email_digest", "push_alerts", "weekly_summary", "sms_reminders"),
    "bool": _pick("true", "false", "on", "off"),
    "plan": _pick("Starter", "Team", "Business", "Enterprise", "Free"),
    "stage": _pick("Prospecting", "Qualification", "Proposal", "Negotiation", "Closed Won"),
    "team": _pick("Sales EMEA", "Platform", "Finance", "Recruiting", "Support Tier 2"),
    "theme": _pick("dark", "light", "high-contrast", "system"),
    "weekday": _pick("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
    "country": _pick("DE", "US", "BR", "SG", "NG", "RU", "VN", "AU", "NL"),
    "last4": _int(1000, 9999),
    "project": _pick("Q4 Forecast", "Website Relaunch", "Onboarding 2026", "Churn Study"),
    "name": _pick("high-value-churn", "emea_enterprise", "trial_users_30d", "OrderService"),
    "field": _pick("email", "customer_id", "amount", "due_date", "phone", "currency", "owner_id"),
    "status_name": _pick("New", "In Progress", "Pending Customer", "Resolved", "Closed"),
    # infrastructure
    "svc": _pick(*_SERVICES),
    "service": _pick("Stripe", "Salesforce", "Workday", "Twilio", "SendGrid", "HubSpot"),
    "unit": _pick("nginx.service", "postgresql.service", "docker.service", "crm-worker.service"),
    "node": _pick("kube-node-3", "kube-node-12", "worker-eu-7", "ip-10-0-4-17", "gpu-node-2"),
    "cluster": _pick("prod-eu", "pg-main", "kafka-prod", "search-cluster", "k8s-core"),
    "pod": _pod,
    "container": _container,
    "image": _pick("registry.example.com/crm-api", "nginx", "postgres", "billing-worker"),
    "disk": _pick("/dev/sda", "/dev/sdb", "/dev/nvme0n1", "/dev/nvme1n1", "/dev/xvdf"),
    "md": _pick("md0", "md1", "md2", "md127"),
    "vol": _pick("vol-data01", "pvc-7f3a", "vol-0a1b2c3d", "backup-vol", "shared-nfs"),
    "zpool": _pick("tank", "datapool", "backup", "fastpool"),
    "pool": _pick("db-main", "http-workers", "default", "reporting", "crm-read", "batch"),
    "rs": _pick("rs0", "rs-orders", "rs-analytics", "shard-2"),
    "dimm": _pick("DIMM_A1", "DIMM_B2", "CPU1_DIMM3", "DIMM_C4"),
    "ctrl": _pick("ctrl-0", "HBA-1", "PERC-H740", "ctrl-b"),
    "chassis": _pick("rack12-u7", "chassis-04", "blade-enc-2"),
    "temp": _int(96, 112),
    "lsn": _lsn,
    "db": _pick("crm_prod", "billing", "hr_core", "analytics", "payments", "sessions"),
    "table": _pick(*_TABLES),
    "index": _pick("customers_v3", "orders-2026.11", "contacts_search", "idx_ledger_account"),
    "constraint": _pick("orders_pkey", "users_email_key", "invoice_number_uq", "emp_badge_key"),
    "queue": _pick(*_QUEUES),
    "topic": _pick("orders.events", "clickstream", "crm.changes", "billing.usage"),
    "group": _pick("invoice-consumers", "analytics-etl", "crm-sync", "mailer"),
    "bucket": _pick("s3://backups-prod", "gs://exports-eu", "s3://crm-attachments", "archive-cold"),
    "job": _pick("export-42", "nightly-etl", "payroll-run", "reindex-contacts", "cleanup-tmp"),
    "report": _pick("RPT-1182", "monthly-revenue", "headcount-by-dept", "pipeline-weekly"),
    "file": _pick(*_FILES),
    "path": _pick(*_PATHS),
    "dir": _pick(*_DIRS),
    "cmd": _pick("/usr/bin/pg_dump", "/bin/bash", "/usr/bin/rsync", "/usr/local/bin/report-cli"),
    "pkg": _pick("openssl", "libc6", "nginx", "postgresql-16", "python3", "curl"),
    "snap": _prefixed("snap-", 100000, 999999),
    "unix_user": _pick("www-data", "postgres", "deploy", "app"),
    "func": _pick("process_order", "render_invoice", "sync_contacts", "compute_payroll"),
    "exc_type": _pick(*_EXC_TYPES),
    "exc_msg": _pick(*_EXC_MESSAGES),
    "exception": _pick(*_EXCEPTIONS),
    "java_frame": _java_frame,
    "smtp_code": _pick("550", "552", "553", "554"),
    "decline_reason": _pick("insufficient_funds", "do_not_honor", "expired_card", "card_declined"),
    "currency": _pick("USD", "EUR", "GBP", "JPY", "BRL", "CHF"),
    "font": _pick("Inter-Regular", "NotoSans-Bold", "DejaVuSans"),
    "key": _pick("user:1842:profile", "rates:EUR", "session:abc", "tenant:acme:flags"),
    "event": _pick("invoice.paid", "customer.updated", "charge.refunded", "employee.hired"),
    "year": _int(2024, 2027),
    "rule": _pick("941100", "942100", "R-17", "velocity-3", "geo-block-2"),
    "merchant": _prefixed("M", 10000, 99999),
    "svc_account": _pick("svc-reporting", "ci-deployer", "etl-runner", "backup-agent"),
    "secret_name": _pick("AWS_SECRET_ACCESS_KEY", "STRIPE_API_KEY", "DB_PASSWORD"),
    "module": _pick("nf_hook", "rootkit_x", "vboxdrv", "custom_net"),
    "proc": _pick("httpd", "php-fpm", "java", "python3", "nginx"),
    "sig": _pick("Trojan.GenericKD", "EICAR-Test", "Win.Downloader", "PHP.Webshell"),
    "traversal": _traversal,
    # measurements
    "duration": _duration,
    "int_ms": _int(1, 9000),
    "bytes": _int(0, 5_000_000),
    "size": _size,
    "rate": _rate,
    "pct": _pct,
    "load": _load,
    "amount": _amount,
    "pool_usage": _pool_usage,
    "uptime": _uptime,
    # time
    "ts": _ts,
    "clf_ts": _clf_ts,
    "date": _date,
    "time": _time,
    # versions and deprecations
    "version": _version,
    "api_old": _pick("v1", "2019-08-01", "v2beta", "1.0", "2020-03-02"),
    "config_key": _pick("mail.smtp.legacy_auth", "sync.batch_size", "ui.classic_mode", "db.pool"),
    "flag": _pick("insecure-tls", "use-legacy-export", "old-scheduler", "v1-auth"),
    "header": _pick("Api-Version", "Legacy-Token", "Client-Id-Old", "Forwarded-Proto"),
    "plugin": _pick("mailmerge-classic", "soap-bridge", "ldap-sync-v1", "quickreports"),
    "driver": _pick("odbc-legacy", "jdbc-v3", "pg8000-compat", "oci-classic"),
    "pyver": _pick("3.8", "3.9", "2.7", "3.7"),
    "sclass": _pick("gp2-legacy", "standard-old", "slow-hdd"),
    "endpoint_v1": _pick("/v1/report", "/v1/contacts/search", "/api/v1/leads", "/soap/Account"),
}


def render(text: str, rng: random.Random) -> str:
    """Fill every `{placeholder}` in text with a fresh value from its generator."""
    return _PLACEHOLDER.sub(lambda match: GENERATORS[match.group(1)](rng), text)


def placeholders(text: str) -> list[str]:
    """The placeholder names a template text uses, in order."""
    return _PLACEHOLDER.findall(text)


def slug(label: str) -> str:
    """The id prefix of a label: `HTTP Status` -> `http_status`."""
    return label.lower().replace(" ", "_")


@dataclass(frozen=True)
class Template:
    """One message shape with a label; validated on construction so bad templates fail at import."""

    id: str
    label: str
    sources: tuple[str, ...]
    text: str

    def __post_init__(self) -> None:
        if self.label not in LABELS:
            raise ValueError(f"template {self.id}: unknown label {self.label!r}")
        if not re.fullmatch(rf"{re.escape(slug(self.label))}_\d{{3}}", self.id):
            raise ValueError(f"template {self.id}: id must be '{slug(self.label)}_NNN'")
        if not self.sources:
            raise ValueError(f"template {self.id}: no sources")
        unknown = [name for name in placeholders(self.text) if name not in GENERATORS]
        if unknown:
            raise ValueError(f"template {self.id}: unknown placeholder(s) {unknown}")
        if "{" in _PLACEHOLDER.sub("", self.text) or "}" in _PLACEHOLDER.sub("", self.text):
            raise ValueError(f"template {self.id}: stray brace in {self.text!r}")


@dataclass(frozen=True)
class CorpusRow:
    """One labelled record of the corpus, as written to the CSV."""

    source: str
    log_message: str
    target_label: str
    template_id: str


# --- sources ----------------------------------------------------------------------------------

_WEB = ("Nginx", "ModernCRM", "BillingSystem", "ThirdPartyAPI")
_API = ("ThirdPartyAPI", "ModernCRM", "ModernHR", "AnalyticsEngine", "PaymentGateway")
_PAY = ("PaymentGateway", "BillingSystem")
_AUTH = ("AuthService", "ModernCRM", "ModernHR")
_DB = ("PostgresDB", "BillingSystem", "AnalyticsEngine")
_INFRA = ("KubeNode", "AnalyticsEngine", "ModernCRM", "BillingSystem")
_HOST = ("KubeNode", "PostgresDB", "QueueWorker")
_QUEUE = ("QueueWorker", "AnalyticsEngine", "BillingSystem")
_APP = ("ModernCRM", "ModernHR", "BillingSystem", "AnalyticsEngine")
_CRM = ("ModernCRM",)
_HR = ("ModernHR",)
_BILL = ("BillingSystem", "PaymentGateway")
_ANALYTICS = ("AnalyticsEngine",)
_LEGACY = ("LegacyCRM",)

Entry = tuple[tuple[str, ...], str]

# --- templates, per label (append only: ids follow position) ----------------------------------

_HTTP_STATUS: tuple[Entry, ...] = (
    (_WEB, "{method} {endpoint} returned {status} in {duration}"),
    (("Nginx",), '{ip} - - [{clf_ts}] "{method} {endpoint} HTTP/1.1" {status} {bytes}'),
    (
        ("Nginx",),
        '{ip} - {user} [{clf_ts}] "{method} {endpoint} HTTP/2.0" {status} {bytes} "-" '
        '"{user_agent}"',
    ),
    (_API, "request_id={uuid} method={method} path={endpoint} status={status} latency_ms={int_ms}"),
    (_API, "HTTP {status} for {method} {url} ({duration})"),
    (
        ("Nginx", "KubeNode"),
        "upstream {host}:{port} answered {status} to {method} {endpoint} after {duration}",
    ),
    (
        _API,
        "outbound call to {url} completed: status={status_2xx} bytes={bytes} elapsed={duration}",
    ),
    (_WEB, "Response {status_text} sent for {method} {endpoint}"),
    (_APP, "webhook delivery to {url} got HTTP {status}"),
    (_WEB, "{method} {endpoint} -> {status} ({bytes} bytes, {duration})"),
    (_API, "api.access: client={ip} verb={method} uri={endpoint} code={status} size={size}"),
    (_WEB, "served {endpoint} with status {status_2xx} to {ip} in {int_ms}ms"),
    (_WEB, "redirecting {method} {endpoint} with {status_3xx} to {url}"),
    (_API, "{service} returned {status_text} for {endpoint}"),
    (_WEB, "HTTP/1.1 {status_text} | {method} {endpoint} | {duration}"),
    (("KubeNode", "Nginx"), "probe {method} {health_path} answered {status_2xx}"),
    (_APP, "Completed {status_text} in {int_ms}ms (Views: {int_ms}ms | ActiveRecord: {int_ms}ms)"),
    (
        ("Nginx", "KubeNode"),
        "{host} {method} {endpoint} {status} {int_ms}ms upstream_status={status}",
    ),
    (_API, "REST call {method} {url} failed with HTTP {status_5xx}"),
    (_PAY, "payment API responded {status} to charge request {charge}"),
    (_WEB, 'gateway: {method} {endpoint} status {status} rt={duration} ua="{user_agent}"'),
    (
        ("Nginx", "ThirdPartyAPI"),
        'access {ip}:{port} "{method} {endpoint}" {status} {bytes}b {duration}',
    ),
    (_API, "Received {status} from {service} ({url}) after {int_ms} ms"),
    (_WEB, "client {ip} got {status_4xx} on {endpoint}"),
    (_API, "HTTP status {status} returned by {endpoint} (content-length {bytes})"),
    (_APP, "{method} {endpoint} completed with code {status}, {bytes} bytes written"),
    (("KubeNode", "Nginx"), "ingress {host} -> {svc}: {method} {endpoint} {status}"),
    (_APP, "sync request to {service} API: {status_text}"),
    (_WEB, "{method} {endpoint} status {status} len {bytes}"),
    (
        ("Nginx", "ThirdPartyAPI"),
        "CDN edge {region} served {endpoint} {status} cache={cache_status}",
    ),
    (
        ("Nginx", "KubeNode"),
        "lb: backend {ip}:{port} returned {status_5xx} for {method} {endpoint}, "
        "retrying on next target",
    ),
    (_API, "api call {func} -> HTTP {status} ({duration})"),
    (("AuthService", "ThirdPartyAPI"), "token endpoint replied {status} to client {client_id}"),
    (_WEB, "[{ts}] {method} {endpoint} {status} - {int_ms} ms"),
    (_API, "status={status} method={method} url={url} remote={ip} bytes_out={bytes}"),
    ((*_ANALYTICS, "ThirdPartyAPI"), "Fetched {url}: HTTP {status}, {size} in {duration}"),
    (_API, "grpc-gateway translated {method} {endpoint} to HTTP {status}"),
    (_APP, "{svc} responded {status_text} to {method} {endpoint} for tenant {tenant}"),
    (_WEB, "preflight OPTIONS {endpoint} returned {status_2xx}"),
    (_API, "HEAD {url} -> {status} (etag {hex})"),
    (_APP, "report download {endpoint} finished with HTTP {status_2xx}, {size} sent"),
    (("Nginx", "ThirdPartyAPI"), "[{ipv6}]:{port} {method} {endpoint} => {status}"),
    (_API, "upstream response: code {status_4xx} from {host} for {method} {endpoint}"),
)

_CRITICAL_ERROR: tuple[Entry, ...] = (
    (_HOST, "RAID array {md} degraded beyond redundancy, volume {vol} taken offline"),
    (_DB, "replica set {rs} lost quorum, all writes halted"),
    (_HOST, "Kernel panic - not syncing: Fatal exception in interrupt on CPU {small}"),
    (_DB, "database cluster {cluster} is down: no primary available after {n} election attempts"),
    (_DB, "data corruption detected in table {table}: checksum mismatch on page {n}"),
    (
        _INFRA,
        "pod {pod} in CrashLoopBackOff after {n} restarts; service {svc} has no ready endpoints",
    ),
    (_HOST, "filesystem on {disk} remounted read-only after repeated I/O errors"),
    (("PostgresDB",), "PANIC: could not write to WAL segment {hex}; database system is shut down"),
    (_INFRA, "all {n} nodes in cluster {cluster} unreachable, region {region} outage declared"),
    (_BILL, "payment processing halted: ledger integrity check failed for {batch}"),
    (_HOST, "uncorrectable ECC memory error on {dimm}, host {host} halted"),
    (_HOST, "disk {disk} SMART overall-health FAILED, array rebuild impossible"),
    (
        (*_DB, "KubeNode"),
        "split-brain detected between {host} and {host}; both claim leadership, cluster fenced",
    ),
    (_QUEUE, "message broker {host} unavailable, {n} queues inaccessible, every consumer stopped"),
    (
        ("PostgresDB",),
        "FATAL: data directory was initialized by an incompatible server; startup aborted",
    ),
    (
        (*_APP, "KubeNode"),
        "service {svc} failed to start after {small} attempts, giving up; "
        "dependent services stopped",
    ),
    (("KubeNode",), "etcd cluster has no leader; control plane unavailable for {duration}"),
    (_DB, "restore verification failed: archive {file} is corrupt, no valid recovery point exists"),
    (_HOST, "node {node} unresponsive after the kernel OOM killer terminated systemd"),
    (
        (*_HOST, "BillingSystem"),
        "primary storage controller {ctrl} failed and the standby controller is also offline",
    ),
    (_APP, "search index {index} corrupted beyond repair, all queries failing"),
    (_PAY, "HSM unreachable: no transactions can be signed, payment service stopped"),
    (
        _HOST,
        "power supply {small} failed on {chassis}; redundant supply also down, host powering off",
    ),
    (_DB, "transaction log truncated unexpectedly, {n} committed transactions lost"),
    (_HOST, "ZFS pool {zpool} state UNAVAIL: insufficient replicas, all datasets offline"),
    (_APP, "Segmentation fault in {svc} main loop (core dumped); supervisor exhausted restarts"),
    (
        ("Nginx", "KubeNode"),
        "entire site down: load balancer {host} has 0 healthy backends in every pool",
    ),
    (_HOST, "journal replay failed on {disk}, filesystem cannot be mounted"),
    (_DB, "replica {host} diverged from primary at LSN {lsn}; replication stream broken for good"),
    (_INFRA, "cluster-wide DNS failure, every outbound integration is down"),
    (_HOST, "thermal shutdown triggered on {host}: CPU temperature {temp}C"),
    (("KubeNode",), "hypervisor {host} crashed, {n} virtual machines stopped"),
    (_BILL, "billing database unrecoverable after failed migration {version}; service locked down"),
    (_INFRA, "shared storage {vol} lost, every worker reports stale file handle"),
    (
        (*_DB, "QueueWorker"),
        "consensus log corrupted at index {n}; node cannot rejoin and the cluster is below quorum",
    ),
    (_HOST, "machine check exception bank {small} status 0x{hex}, system halted"),
    (_QUEUE, "data files for queue {queue} corrupted, {n} messages unrecoverable"),
    (("KubeNode", "ThirdPartyAPI"), "core switch {host} down, datacenter {region} isolated"),
    (_PAY, "all payment providers unreachable, checkout disabled for every customer"),
    (_BILL, "balances no longer sum to the ledger total ({amount} off); all postings frozen"),
    (("KubeNode",), "Node {node} NotReady: kubelet stopped posting status, {n} pods evicted"),
    (_DB, "storage engine invariant violated in btree {hex}; aborting process to protect data"),
    (_APP, "fatal: {svc} cannot reach its only database, serving no traffic since {ts}"),
)

_ERROR: tuple[Entry, ...] = (
    (_BILL, "failed to render invoice {invoice}: template {file} missing"),
    ((*_QUEUE, "KubeNode"), "job {job} exited with code {exit_code}"),
    (_APP, "Unhandled exception in {func}: {exception}"),
    (_APP, "could not send email to {email}: SMTP {smtp_code} mailbox unavailable"),
    (_API, "timeout after {duration} waiting for {service} on request {uuid}"),
    (_ANALYTICS + _HR, "export of report {report} failed: {exc_msg}"),
    (_APP, "unable to parse config fragment {path} line {n}: unexpected token"),
    (_BILL + _CRM, "PDF generation failed for order {order}: font {font} not found"),
    (
        _APP,
        'Traceback (most recent call last): File "{path}", line {n}, in {func} KeyError: '
        "'{field}'",
    ),
    (_DB, "query on {table} canceled: statement timeout after {int_ms}ms"),
    (_PAY, "payment {charge} declined by processor: {decline_reason}"),
    (_APP, "failed to upload {file} to {bucket}: connection reset by peer"),
    (_QUEUE, "worker {small} could not process message {uuid} from {queue}: invalid JSON payload"),
    (_CRM + _HR, "java.lang.NullPointerException at {java_frame}"),
    ((*_QUEUE, "KubeNode"), "cron task {job} failed: command returned non-zero status {exit_code}"),
    (_DB, "could not obtain lock on {table} row {id} within {duration}, statement abandoned"),
    (_APP, "thumbnail creation failed for {file}: unsupported image format"),
    (_API, "webhook handler for {event} raised ValueError: missing field '{field}'"),
    (("PostgresDB",), "deadlock detected while updating {table}; transaction {id} rolled back"),
    (_DB, 'ERROR: duplicate key value violates unique constraint "{constraint}"'),
    (_APP, "could not resolve host {host} for outbound request, attempt {small} of 5"),
    (_APP, "import {batch}: {n} rows rejected by validation"),
    ((*_APP, "KubeNode"), "cannot open {path}: No such file or directory"),
    (_QUEUE, "gave up delivering notification {uuid} to device {hex} after {small} retries"),
    (_BILL, "could not convert {currency} to {currency}: exchange rate unavailable"),
    (_QUEUE, "task {uuid} crashed with {exc_type} after {duration}"),
    (
        (*_ANALYTICS, "BillingSystem"),
        "PutObject for key {path} failed: SlowDown, request not stored",
    ),
    (_API, "request body rejected: field {field} has the wrong type"),
    (_ANALYTICS, "report query {report} was cancelled: intermediate result too large"),
    (_API, "panic recovered in handler {func}: index out of range [{n}] with length {small}"),
    (_APP, "failed to refresh cache entry {key}: backend returned malformed data"),
    ((*_QUEUE, "KubeNode"), "subprocess {cmd} terminated by signal {signal}"),
    (_HR, "could not generate payslip for employee {emp}: no tax bracket configured for {year}"),
    (_ANALYTICS, "aggregation {job} failed on partition {date}: division by zero"),
    (_API, "unable to connect to {host}:{port}: connection refused"),
    (
        _QUEUE,
        "failed to commit offsets for consumer group {group}: broker returned NOT_COORDINATOR",
    ),
    (
        _CRM + _ANALYTICS,
        "Uncaught TypeError: Cannot read properties of undefined (reading '{field}') in {file}",
    ),
    (_BILL, "refund {refund} failed: original transaction {charge} not found"),
    (_API, "failed to serialize response for {endpoint}: circular reference in {field}"),
    ((*_ANALYTICS, "QueueWorker"), "error flushing metrics to {host}:{port}: broken pipe"),
    (_CRM + _HR, "calendar sync for {user} failed: provider returned an unexpected payload"),
    (_BILL + _CRM, "could not compile template {file}: undefined variable '{field}'"),
    (_APP, "attachment {file} could not be decoded: invalid base64 at offset {n}"),
)

_SYSTEM_NOTIFICATION: tuple[Entry, ...] = (
    (_DB, "nightly snapshot of {db} finished in {duration}"),
    ((*_APP, "KubeNode"), "service {svc} restarted after config reload"),
    (_DB, "backup {file} completed: {size} written to {bucket}"),
    (_INFRA, "scheduled maintenance window started for {cluster}; expected to last {n} minutes"),
    (_HOST, "log rotation complete: {n} files archived under {dir}"),
    (_HOST, "package {pkg} upgraded from {version} to {version}"),
    (("Nginx", "AuthService", "KubeNode"), "certificate for {host} renewed, valid until {date}"),
    ((*_HOST, "BillingSystem"), "cron: starting daily cleanup job {job}"),
    (_HOST, "purged temporary files older than {small} days from {dir} ({n} removed)"),
    (("KubeNode", "QueueWorker"), "node {node} joined cluster {cluster}"),
    (("PostgresDB",), "automatic vacuum of table {table} finished, {n} dead tuples removed"),
    (_INFRA, "deployment {version} of {svc} rolled out to {small} replicas"),
    ((*_APP, "Nginx"), "configuration reloaded from {path}"),
    ((*_QUEUE, "PostgresDB"), "leader election complete: {host} is now primary for partition {n}"),
    (_HOST, "clock synchronized with NTP server {host}, offset {int_ms}ms"),
    (_APP, "index {index} rebuilt successfully"),
    (_APP, "cache warmed: {n} entries loaded in {duration}"),
    (_HOST, "Started {unit} in {duration}."),
    (_HOST, "Stopped {unit} for scheduled maintenance."),
    (("KubeNode", "Nginx"), "health check passed for {svc}, instance {hex} back in rotation"),
    (_DB, "failover drill completed, primary role returned to {host}"),
    (_DB, "replica {host} caught up with primary, lag back to zero"),
    (("KubeNode",), "scheduled scale-out: deployment {svc} now runs {small} replicas"),
    (_HOST, "operating system updates installed on {host}; reboot planned for {ts}"),
    (_QUEUE, "worker pool {pool} started with {small} threads"),
    ((*_APP, "KubeNode"), "graceful shutdown of {svc} complete, {n} in-flight requests drained"),
    (_APP, "retention policy applied: {n} records older than {date} archived"),
    (_APP, "feature flag definitions refreshed ({n} flags)"),
    (("KubeNode", "PostgresDB"), "snapshot {snap} of volume {vol} created"),
    ((*_QUEUE, "KubeNode"), "heartbeat: {svc} alive, uptime {uptime}"),
    (_CRM + _HR, "license key validated: {n} seats, valid through {date}"),
    (_APP, "incremental search sync finished: {n} documents updated"),
    (_ANALYTICS + _HR, "scheduled report {report} generated and mailed to {small} recipients"),
    (_HOST, "DHCP lease for {ip} renewed on {iface}"),
    (("KubeNode",), "Successfully pulled image {image}:{version} in {duration}"),
    (_QUEUE, "consumer group {group} rebalanced; {small} partitions assigned to this member"),
    (("AuthService", "Nginx"), "trust store reloaded with {n} CA certificates"),
    (_HOST, "time zone database updated to {year}b"),
    (_HR, "payroll file for {date} handed off to bank SFTP at {ts}"),
    (_BILL, "daily exchange rates imported: {n} currency pairs as of {date}"),
    ((*_APP, "Nginx"), "maintenance mode lifted for {svc}; accepting traffic again"),
    (_APP, "orphaned blob cleanup finished, {size} reclaimed"),
    (("PostgresDB",), "archived WAL segment {hex} to {bucket}"),
)

_SECURITY_ALERT: tuple[Entry, ...] = (
    (_AUTH, "{n} failed logins for {user} from {ip} in {small}0s"),
    (_AUTH, "token reused after revocation: session {hex} belonging to {user}"),
    (_WEB, "possible SQL injection blocked in parameter '{field}' from {ip}"),
    (_AUTH, "privilege escalation attempt: {user} tried to grant the admin role to themselves"),
    (
        ("Nginx", "AuthService", "ThirdPartyAPI"),
        "IP {ip} added to blocklist after {n} rejected requests",
    ),
    (_AUTH, "brute force detected against account {email}; locked for {small}0 minutes"),
    (
        ("KubeNode", "PostgresDB"),
        "sudo: {user} : user NOT in sudoers ; TTY=pts/{small} ; PWD={dir} ; COMMAND={cmd}",
    ),
    (("KubeNode", "QueueWorker"), "sshd: Invalid user {user} from {ip} port {port}"),
    (
        ("AuthService", "ThirdPartyAPI"),
        "JWT signature check failed for token issued to {client_id}: possible forgery",
    ),
    (_HOST, "file integrity monitor: {path} modified outside a deployment (sha1 {sha})"),
    (
        _AUTH,
        "impossible travel: {user} signed in from {country} and {country} within {small} minutes",
    ),
    (
        ("Nginx", "ThirdPartyAPI"),
        "WAF rule {rule} matched cross-site scripting payload on {endpoint} from {ip}",
    ),
    (
        ("AuthService", "ThirdPartyAPI", "PaymentGateway"),
        "API key {key_prefix} used from unrecognized network {ip}; key suspended",
    ),
    (("KubeNode", "Nginx"), "port scan from {ip}: {n} ports probed in {duration}"),
    (_AUTH, "credential stuffing suspected: {n} distinct accounts tried from {ip}"),
    (
        ("KubeNode", "AuthService"),
        "service account {svc_account} repeatedly denied access to {path} by policy ({n} attempts)",
    ),
    (_PAY, "card testing pattern: {n} micro-authorizations from device {hex} in {small} minutes"),
    ((*_APP, "AuthService"), "audit log tampering detected: sequence gap before entry {id}"),
    (_AUTH, "MFA challenge failed {small} times for {user}, session terminated"),
    (_AUTH, "admin console accessed from a Tor exit node {ip}"),
    (_WEB, "CSRF token mismatch on {endpoint} for session {hex}; form submission blocked"),
    (_APP, "malware signature {sig} found in uploaded file {file}, quarantined"),
    (_HR, "{user} attempted to open salary records outside their department"),
    (_CRM + _ANALYTICS, "DLP policy blocked {user} from exporting {n} customer records"),
    (("Nginx", "ThirdPartyAPI"), "path traversal attempt from {ip}: {traversal}"),
    (_AUTH, "admin account {user} created outside the change window; flagged for review"),
    (
        ("KubeNode", "QueueWorker"),
        "outbound connection to known command-and-control host {ip} blocked",
    ),
    (_AUTH, "password spray detected: {n} accounts tried once each from {ip}"),
    (("KubeNode",), "container {container} spawned an unexpected interactive root shell"),
    (("AuthService", "Nginx"), "client presented revoked certificate serial {hex}, mTLS refused"),
    (
        ("Nginx", "AuthService"),
        "{ip} exceeded the 401 threshold with {n} unauthorized responses per minute, throttled",
    ),
    (_AUTH, "session hijack suspected: session {hex} replayed from {ip} with another user agent"),
    (
        (*_APP, "ThirdPartyAPI"),
        "secret {secret_name} leaked in public repository commit {sha}; rotate now",
    ),
    (_HOST, "firewall dropped inbound {proto} from {ip} to port {port} ({n} attempts)"),
    (("AuthService",), "OAuth redirect_uri mismatch for client {client_id}; likely phishing"),
    (_HOST, "kernel module {module} loaded without a valid signature"),
    (_HOST, "{unix_user} gained root through setuid binary {path}"),
    (_AUTH, "anomalous login time for {user}: first access at {time} from {ip}"),
    (
        (*_BILL, "ThirdPartyAPI"),
        "webhook signature invalid on {endpoint}, payload from {ip} discarded",
    ),
    ((*_APP, "AuthService"), "denied: {user} tried to switch off audit logging"),
    (_AUTH, "excessive password reset requests for {email} from {ip}"),
    (
        _PAY,
        "refund fraud rule {rule} triggered for merchant {merchant}: {n} refunds in {small} "
        "minutes",
    ),
    (_HOST, "SELinux AVC denial: {proc} attempted write to {path}"),
)

_RESOURCE_USAGE: tuple[Entry, ...] = (
    (_APP, "heap at {pct}% of {size}"),
    (_HOST, "disk {dir} {pct}% used"),
    (_DB + _CRM, "connection pool {pool} exhausted: {pool_usage} in use"),
    (
        ("KubeNode",),
        "CPU throttled for container {container}: {pct}% of periods throttled over {n}s",
    ),
    (_HOST, "memory usage {size} of {size} ({pct}%) on {node}"),
    (_HOST, "load average: {load}, {load}, {load}"),
    (_HOST, "inode usage on {dir} reached {pct}%"),
    (
        ("ThirdPartyAPI", "ModernCRM", "AnalyticsEngine"),
        "API quota for tenant {tenant}: {n} of {n}000 calls used this month",
    ),
    (_QUEUE, "queue {queue} depth {n} messages, oldest waiting {duration}"),
    (("KubeNode", "Nginx"), "network egress on {iface} at {rate}, threshold {rate}"),
    (_HOST, "swap usage at {pct}% on {host}"),
    (_APP, "GC pause {int_ms}ms, old generation {pct}% full after collection"),
    ((*_QUEUE, "Nginx"), "thread pool {pool}: {small} active, {n} queued, max {small}0"),
    ((*_APP, "ThirdPartyAPI"), "storage quota: {bucket} holds {size} of {size} allowed"),
    (("KubeNode",), "pod {pod} memory {size} exceeds its request of {size}"),
    (_HOST, "open file descriptors {n} of limit {n}0 for pid {pid}"),
    ((*_APP, "QueueWorker"), "redis used_memory {size}, maxmemory {size}, evicted_keys {n}"),
    (("KubeNode", "PostgresDB"), "volume {vol} at {n} IOPS of {n}0 provisioned"),
    (_DB, "database {db} grew to {size}, {pct}% of allocated storage"),
    (_HOST, "CPU {pct}% averaged over {small} minutes on {node}"),
    (_HOST, "bandwidth on {iface}: rx {rate} tx {rate}"),
    (_DB, "replication lag {duration} on replica {host}"),
    (_CRM + _HR, "licensed seats in use: {n} of {n}"),
    (("KubeNode",), "container {container} working set {size} approaching limit {size}"),
    ((*_ANALYTICS, "KubeNode"), "GPU {small} utilization {pct}%, {size} of device memory used"),
    (("KubeNode",), "ephemeral storage on {node} {pct}% full"),
    (_HOST, "{dir} holds {size}, above the cleanup threshold"),
    (_HOST, "process count for {unix_user} at {pct}% of nproc limit"),
    (_QUEUE, "topic {topic} partition {small} consumer lag {n} messages"),
    (
        ("ThirdPartyAPI", "AuthService", "PaymentGateway"),
        "rate limit bucket for {client_id}: {n} tokens left of {n}0",
    ),
    (_CRM + _HR + _BILL, "JVM metaspace {size} committed, {pct}% used"),
    (_HOST, "write throughput {rate} on {disk}, average latency {int_ms}ms"),
    (_APP, "outbound email quota {pct}% consumed for today"),
    (_ANALYTICS + _BILL, "cloud spend for project {project}: {amount} of {amount} monthly budget"),
    (("PostgresDB",), "{n} open connections, max_connections {n}0"),
    (_QUEUE + _APP, "worker {small} RSS {size}, growing by {size} per hour"),
    (("PostgresDB",), "estimated bloat of table {table}: {pct}%"),
    (("KubeNode", "PostgresDB"), "snapshot reserve for {vol}: {size} used, {pct}% of reserve"),
    (_HOST, "nf_conntrack table {pct}% full ({n} entries)"),
    ((*_ANALYTICS, "QueueWorker"), "ingest throughput {n} events/s, buffer {pct}% full"),
    ((*_APP, "Nginx"), "cache hit ratio {pct}%, {n} evictions in the last minute"),
    (_INFRA, "log volume of {svc}: {size} over the past hour"),
    (_HOST, "/proc/pressure/memory some avg10={pct} avg60={pct}"),
)

_USER_ACTION: tuple[Entry, ...] = (
    ((*_APP, "AuthService"), "user {user} signed out"),
    (_APP, "profile email changed by user {uid}"),
    (_AUTH, "{user} logged in from {ip}"),
    (_APP, "{user} created an account for {email} with role {role}"),
    ((*_APP, "AuthService"), "account {uid} deleted by administrator {user}"),
    (_APP, "{user} uploaded {file} ({size})"),
    (_APP, "{user} changed notification setting {setting} to {bool}"),
    (_AUTH, "password changed by user {uid}"),
    (_CRM, "{user} exported the contact list ({n} records) to CSV"),
    (_CRM, "{user} moved opportunity {opp} to stage {stage}"),
    (_HR, "employee {emp} submitted a leave request for {small} days"),
    (_BILL, "invoice {invoice} marked as paid by {user}"),
    (_AUTH, "{user} enabled two-factor authentication"),
    (_APP, "{user} invited {email} to workspace {tenant}"),
    (_ANALYTICS + _HR, "{user} downloaded report {report}"),
    (_ANALYTICS, "{user} shared dashboard {hex} with {small} teammates"),
    (_APP, "{user} set display language to {locale}"),
    ((*_APP, "ThirdPartyAPI"), "API token {key_prefix} created by {user}, expires {date}"),
    (_APP, "{user} accepted terms of service {version}"),
    (_APP, "{user} deleted file {file}"),
    (_ANALYTICS + _CRM, "{user} renamed project '{project}'"),
    ((*_BILL, "PaymentGateway"), "{user} added a card ending in {last4}"),
    (_BILL, "subscription changed from {plan} to {plan} by {user}"),
    (_AUTH, "{user} reset their password using the emailed link"),
    (_HR + _BILL, "{user} approved expense claim {hex}"),
    (_CRM, "{user} commented on ticket {ticket}"),
    (_CRM, "{user} reassigned lead {lead} to {user}"),
    (_APP, "user {uid} updated their shipping address"),
    (_APP, "{user} removed {user} from project '{project}'"),
    (_APP, "{user} switched the interface theme to {theme}"),
    (_ANALYTICS, "{user} scheduled report {report} to run every {weekday}"),
    (_HR + _CRM, "{user} joined team {team}"),
    (_CRM, "contact {email} clicked unsubscribe in campaign {campaign}"),
    (_CRM, "{user} edited customer {id}: {field} and {field} updated"),
    (_APP, "{user} requested a copy of their personal data"),
    (_BILL + _CRM, "{user} cancelled order {order}"),
    (_APP, "{user} changed time zone to {tz}"),
    (_ANALYTICS, "{user} saved segment '{name}' with {small} filters"),
    (_HR, "manager {user} updated the salary band of employee {emp}"),
    (_CRM, "{user} archived {n} conversations"),
    ((*_APP, "AuthService"), "{user} opened a session on mobile app {version}"),
    (_CRM + _ANALYTICS, "{user} bookmarked record {id}"),
    (_CRM, "{user} imported {n} contacts from {file}"),
    (_HR, "{user} clocked in at {time} via kiosk {small}"),
)

_WORKFLOW_ERROR: tuple[Entry, ...] = (
    (_LEGACY, "case escalation skipped: no owner for queue {small}"),
    (_LEGACY, "lead {lead} conversion rolled back"),
    (_LEGACY + _CRM, "approval chain for {po} stalled: approver {user} is inactive"),
    (_LEGACY, "task routing failed: no agent matches skill group {group}"),
    (_LEGACY + _BILL, "record sync to ERP aborted for {acct}: mapping for {field} undefined"),
    (_LEGACY, "opportunity {opp} stuck in stage {stage}: required approval missing"),
    (_LEGACY, "SLA timer not started for case {case}: business hours calendar missing"),
    (_LEGACY, "merge of contacts {id} and {id} failed halfway, child records orphaned"),
    (
        _LEGACY + _CRM,
        "quote {quote} cannot become a contract: discount approval rejected without reason code",
    ),
    (_LEGACY, "territory reassignment left {n} accounts without an owner"),
    (_LEGACY, "workflow rule {rule} re-triggered on record {id}, halted after {n} iterations"),
    (
        _LEGACY + _BILL,
        "order {order} skipped the invoicing step; fulfilment status disagrees with billing",
    ),
    (_LEGACY + _HR, "onboarding of hire {emp} incomplete: IT provisioning task was never assigned"),
    (_LEGACY, "campaign member sync dropped {n} responses: campaign {campaign} already closed"),
    (_LEGACY, "renewal opportunity not created for {contract}: product line missing on contract"),
    (_LEGACY, "case {case} routed to closed queue {queue}; assignment table out of date"),
    (_LEGACY, "approval request {hex} expired at step {small} of 5; process left pending forever"),
    (
        _LEGACY + _CRM,
        "ticket {ticket} move from {status_name} to {status_name} not allowed, workflow aborted",
    ),
    (_LEGACY, "LEADASSIGN batch processed 0 of {n} leads: assignment rules inactive"),
)

_DEPRECATION_WARNING: tuple[Entry, ...] = (
    ((*_LEGACY, "ThirdPartyAPI"), "endpoint {endpoint_v1} is retired after release {small}"),
    (_LEGACY, "legacy export module will be removed in {version}"),
    (
        _LEGACY + _ANALYTICS,
        "DeprecationWarning: {func}() is deprecated and will be removed in {version}",
    ),
    (
        ("ThirdPartyAPI", "PaymentGateway", "LegacyCRM"),
        "API version {api_old} is deprecated; sunset on {date}",
    ),
    (
        (*_LEGACY, "ThirdPartyAPI"),
        "client SDK {version} reached end of support, upgrade before {date}",
    ),
    (_LEGACY + _CRM, "configuration key {config_key} is obsolete and stops working in {version}"),
    (_LEGACY, "SOAP interface {name} scheduled for decommission on {date}"),
    (
        ("Nginx", "AuthService", "LegacyCRM"),
        "TLS 1.0 support ends on {date}; {n} clients still negotiate it",
    ),
    (_LEGACY, "classic report builder goes away next quarter; migrate {n} saved reports"),
    ((*_LEGACY, "KubeNode"), "warning: flag --{flag} is deprecated and will be dropped"),
    ((*_LEGACY, "ThirdPartyAPI"), "header X-{header} is deprecated and ignored from {version}"),
    (
        ("ThirdPartyAPI", "LegacyCRM"),
        "response field '{field}' is deprecated and disappears in API {api_old}",
    ),
    (_LEGACY, "plugin {plugin} {version} is unmaintained and will be unloaded at the next upgrade"),
    (
        _LEGACY + _ANALYTICS,
        "Python {pyver} runtime reaches end of life on {date}; function {func} must migrate",
    ),
    (
        (*_LEGACY, "PostgresDB"),
        "driver {driver} compatibility mode is deprecated; switch to the native protocol",
    ),
    (_LEGACY, "custom object {name} uses the classic page layout, which is being retired"),
    (_LEGACY + _BILL, "webhook payload format v{small} is phased out after {date}"),
    (("KubeNode", "LegacyCRM"), "storage class {sclass} is deprecated as of Kubernetes {version}"),
)

_BY_LABEL: tuple[tuple[str, tuple[Entry, ...]], ...] = (
    (HTTP_STATUS, _HTTP_STATUS),
    (CRITICAL_ERROR, _CRITICAL_ERROR),
    (ERROR, _ERROR),
    (SECURITY_ALERT, _SECURITY_ALERT),
    (SYSTEM_NOTIFICATION, _SYSTEM_NOTIFICATION),
    (RESOURCE_USAGE, _RESOURCE_USAGE),
    (USER_ACTION, _USER_ACTION),
    (WORKFLOW_ERROR, _WORKFLOW_ERROR),
    (DEPRECATION_WARNING, _DEPRECATION_WARNING),
)

TEMPLATES: tuple[Template, ...] = tuple(
    Template(id=f"{slug(label)}_{number:03d}", label=label, sources=sources, text=text)
    for label, entries in _BY_LABEL
    for number, (sources, text) in enumerate(entries, start=1)
)


# --- generation and export --------------------------------------------------------------------


def system_templates() -> tuple[tuple[Template, ...], Mapping[str, int]]:
    """The per-system templates and weights of `export.systems`, its generators merged in.

    Imported here, not at module level: `export.systems` builds on this module (Template, labels,
    GENERATORS), so a module-level import would be circular (also under `python -m`).
    """
    from export.systems import SYSTEM_GENERATORS, SYSTEM_TEMPLATES, SYSTEM_WEIGHTS

    for name, generator in SYSTEM_GENERATORS.items():
        if GENERATORS.setdefault(name, generator) is not generator:
            raise ValueError(f"system generator {name!r} clashes with a corpus generator")
    return SYSTEM_TEMPLATES, SYSTEM_WEIGHTS


def generate(seed: int = DEFAULT_SEED, per_template: int = DEFAULT_PER_TEMPLATE) -> list[CorpusRow]:
    """Every template rendered `per_template` times with fresh values, then every per-system
    template `weight * SYSTEM_SCALE` times (real line shapes, no timestamp prefix added); same
    seed, same rows."""
    if per_template < 1:
        raise ValueError(f"per_template must be at least 1, got {per_template}")
    rng = random.Random(seed)
    rows: list[CorpusRow] = []
    for template in TEMPLATES:
        for _ in range(per_template):
            source = rng.choice(template.sources)
            message = render(template.text, rng)
            if rng.random() < TIMESTAMP_PREFIX_RATE:
                message = f"{_ts(rng)} {message}"
            rows.append(CorpusRow(source, message, template.label, template.id))
    sys_templates, weights = system_templates()
    for template in sys_templates:
        for _ in range(weights[template.id] * SYSTEM_SCALE):
            source = rng.choice(template.sources)
            message = render(template.text, rng)
            rows.append(CorpusRow(source, message, template.label, template.id))
    return rows


def write_csv(rows: Iterable[CorpusRow], path: Path) -> None:
    """Write rows with a header to path (parent folders are created)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for row in rows:
            writer.writerow((row.source, row.log_message, row.target_label, row.template_id))


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: generate the corpus and write it as CSV."""
    parser = argparse.ArgumentParser(description="Generate the labelled training corpus.")
    parser.add_argument(
        "--out", type=Path, default=Path("data/corpus.csv"), help="CSV file to write"
    )
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed")
    parser.add_argument(
        "--per-template",
        type=int,
        default=DEFAULT_PER_TEMPLATE,
        help="records generated from each template",
    )
    parser.add_argument(
        "--eval-set",
        type=Path,
        default=EVAL_SET,
        help="evaluation set whose line shapes the corpus must not contain",
    )
    args = parser.parse_args(argv)
    if args.per_template < 1:
        parser.error("--per-template must be at least 1")
    rows = generate(seed=args.seed, per_template=args.per_template)
    shared = shared_templates(rows, eval_shapes(args.eval_set))
    rows = without_templates(rows, shared)
    write_csv(rows, args.out)
    templates = {row.template_id for row in rows}
    print(
        f"wrote {len(rows)} rows from {len(templates)} templates to {args.out} "
        f"({len(shared)} templates left out: the evaluation set has lines of their shape)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
