# ruff: noqa: E501  (real log lines are long; splitting them would hide their shape)
"""Per-system log templates: real line shapes (headers, timestamps, severities) of common systems.

Every template is written for this project from the systems' public documentation and general
knowledge of their output; none is copied from a published labelled dataset. `export.corpus`
merges `SYSTEM_GENERATORS` into its generators and renders each template of `SYSTEM_TEMPLATES`
`SYSTEM_WEIGHTS[id] * SYSTEM_SCALE` times.

Template ids are `sys_<system>_<nnn>`, numbered by position within a system: append new templates
to the end of their system's list to keep existing ids stable.

The label follows the meaning of the line, never its severity token alone: a `WARN` line can be
routine (System Notification), an `INFO` line can report a failed task (Error) or a failed login
(Security Alert), a `[crit]` TLS handshake failure is a single failed operation (Error).

Import note: this module imports `export.corpus`; `export.corpus` imports it lazily (inside a
function), so there is no import cycle, also under `python -m export.corpus`.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from export import real_logs
from export.corpus import (
    CRITICAL_ERROR,
    DEPRECATION_WARNING,
    ERROR,
    GENERATORS,
    HTTP_STATUS,
    LABELS,
    RESOURCE_USAGE,
    SECURITY_ALERT,
    SYSTEM_NOTIFICATION,
    USER_ACTION,
    WORKFLOW_ERROR,
    Generator,
    Template,
)

# Short label aliases keep the template tables readable.
HTTP = HTTP_STATUS
CRIT = CRITICAL_ERROR
ERR = ERROR
SEC = SECURITY_ALERT
SN = SYSTEM_NOTIFICATION
RES = RESOURCE_USAGE
UA = USER_ACTION
DEP = DEPRECATION_WARNING
WE = WORKFLOW_ERROR

# --- value generators -------------------------------------------------------------------------


def _pick(*values: str) -> Generator:
    options = tuple(values)
    return lambda rng: rng.choice(options)


def _int(low: int, high: int) -> Generator:
    return lambda rng: str(rng.randint(low, high))


def _hexgen(length: int, upper: bool = False) -> Generator:
    def generate(rng: random.Random) -> str:
        text = f"{rng.getrandbits(4 * length):0{length}x}"
        return text.upper() if upper else text

    return generate


def _when(rng: random.Random) -> datetime:
    base = datetime(2026, 1, 1, tzinfo=UTC)
    return base + timedelta(seconds=rng.randrange(365 * 86400), microseconds=rng.randrange(10**6))


def _fmt(pattern: str) -> Generator:
    """A timestamp generator: strftime pattern plus %f/%3 handled (%3 = milliseconds)."""

    def generate(rng: random.Random) -> str:
        moment = _when(rng)
        text = pattern.replace("%3", f"{moment.microsecond // 1000:03d}")
        return moment.strftime(text)

    return generate


def _syslog_ts(rng: random.Random) -> str:
    moment = _when(rng)
    return f"{moment:%b} {moment.day:2d} {moment:%H:%M:%S}"


def _apache_err_ts(rng: random.Random) -> str:
    moment = _when(rng)
    return moment.strftime("%a %b %d %H:%M:%S.%f %Y")


def _kernel_uptime(rng: random.Random) -> str:
    return f"{rng.uniform(1, 9_000_000):12.6f}"


def _epoch_audit(rng: random.Random) -> str:
    return f"{int(_when(rng).timestamp())}.{rng.randrange(1000):03d}:{rng.randint(100, 999999)}"


def _epoch_ms(rng: random.Random) -> str:
    return str(int(_when(rng).timestamp() * 1000) + rng.randrange(1000))


def _padded_int(width: int, low: int, high: int) -> Generator:
    return lambda rng: f"{rng.randint(low, high):>{width}}"


def _fingerprint(rng: random.Random) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(rng.choice(alphabet) for _ in range(43))


def _wg_key(rng: random.Random) -> str:
    return _fingerprint(rng) + "="


def _mac(rng: random.Random) -> str:
    return ":".join(f"{rng.getrandbits(8):02x}" for _ in range(6))


def _frame_mac(rng: random.Random) -> str:
    return ":".join(f"{rng.getrandbits(8):02x}" for _ in range(14))


def _private_ip(rng: random.Random) -> str:
    return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randint(2, 254)}"


def _pod_ip(rng: random.Random) -> str:
    return f"10.244.{rng.randrange(64)}.{rng.randint(2, 254)}"


def _secs(rng: random.Random) -> str:
    return f"{rng.uniform(0.001, 9.9):.3f}"


def _pct1(rng: random.Random) -> str:
    return f"{rng.uniform(0.1, 99.9):.1f}"


def _gb(rng: random.Random) -> str:
    return f"{rng.uniform(0.1, 7.9):.1f}"


def _msf(rng: random.Random) -> str:
    return f"{rng.uniform(0.2, 2500):.3f}"


def _age(rng: random.Random) -> str:
    kind = rng.randrange(3)
    if kind == 0:
        return f"{rng.randint(2, 59)}s"
    if kind == 1:
        return f"{rng.randint(1, 59)}m"
    return f"{rng.randint(1, 23)}h"


def _blk(rng: random.Random) -> str:
    number = rng.randint(1073741825, 1075000000)
    return f"blk_{number}_{number - 1073740824 + rng.randint(0, 50)}"


def _block_pool(rng: random.Random) -> str:
    return f"BP-{rng.randint(10**8, 2 * 10**9)}-10.0.{rng.randrange(8)}.{rng.randint(2, 60)}-17{rng.randint(10**10, 10**11 - 1)}"


_CLUSTER_TS = ("1717000000000", "1719846212345", "1722331456789", "1730400000123")


def _yarn_app(rng: random.Random) -> str:
    return f"application_{rng.choice(_CLUSTER_TS)}_{rng.randint(1, 9999):04d}"


def _yarn_container(rng: random.Random) -> str:
    return (
        f"container_e{rng.randint(1, 40):02d}_{rng.choice(_CLUSTER_TS)}_{rng.randint(1, 9999):04d}"
        f"_01_{rng.randint(1, 999):06d}"
    )


def _mr_job(rng: random.Random) -> str:
    return f"job_{rng.choice(_CLUSTER_TS)}_{rng.randint(1, 9999):04d}"


def _mr_attempt(rng: random.Random) -> str:
    kind = rng.choice("mr")
    return f"attempt_{rng.choice(_CLUSTER_TS)}_{rng.randint(1, 9999):04d}_{kind}_{rng.randint(0, 999):06d}_{rng.randint(0, 3)}"


def _zk_session(rng: random.Random) -> str:
    return f"{rng.randint(1, 3):x}{rng.getrandbits(56):014x}"


def _k8s_pod(rng: random.Random) -> str:
    return f"{rng.choice(_DEPLOYMENTS)}-{rng.getrandbits(36):09x}-{rng.getrandbits(20):05x}"


def _image_ref(rng: random.Random) -> str:
    repo = rng.choice(
        (
            "registry.example.com/crm/api",
            "registry.example.com/billing/worker",
            "docker.io/library/nginx",
            "docker.io/library/redis",
            "ghcr.io/example/ingest",
            "quay.io/prometheus/node-exporter",
        )
    )
    return f"{repo}:{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}"


def _cbs_session(rng: random.Random) -> str:
    return f"{rng.randint(31000000, 31299999)}_{rng.randint(10**9, 4 * 10**9)}"


def _kb_article(rng: random.Random) -> str:
    return f"KB50{rng.randint(10000, 49999)}"


def _cbs_package(rng: random.Random) -> str:
    kind = rng.choice(("Package_for_RollupFix", "Package_for_ServicingStack", "Package_for_KB"))
    if kind == "Package_for_KB":
        kind = f"Package_for_KB50{rng.randint(10000, 49999)}"
    return f"{kind}~31bf3856ad364e35~amd64~~{_win_build(rng)}"


def _win_build(rng: random.Random) -> str:
    return f"{rng.choice(('17763', '20348', '22621', '26100'))}.{rng.randint(1000, 6999)}.1.{rng.randint(1, 20)}"


def _win_ver(rng: random.Random) -> str:
    return f"{rng.choice(('17763', '20348', '22621', '26100'))}.{rng.randint(1000, 6999)}"


def _sid(rng: random.Random) -> str:
    return (
        f"S-1-5-21-{rng.randint(10**9, 4 * 10**9)}-{rng.randint(10**9, 4 * 10**9)}"
        f"-{rng.randint(10**9, 4 * 10**9)}-{rng.randint(1100, 9999)}"
    )


def _aws_account(rng: random.Random) -> str:
    return rng.choice(("123456789012", "210987654321", "555501234567", "840012345678"))


def _access_key(rng: random.Random) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    return rng.choice(("AKIA", "ASIA")) + "".join(rng.choice(alphabet) for _ in range(16))


def _octet(rng: random.Random) -> str:
    return str(rng.randint(2, 254))


_DEPLOYMENTS = (
    "crm-api",
    "billing-worker",
    "checkout",
    "coredns",
    "ingress-nginx-controller",
    "payments-gateway",
    "search-indexer",
    "notification-svc",
    "frontend",
    "metrics-server",
)

_WEB_PATHS = (
    "/",
    "/index.html",
    "/favicon.ico",
    "/robots.txt",
    "/login",
    "/logout",
    "/api/v2/contacts?page=3",
    "/api/v2/contacts/48213",
    "/api/v1/orders/ORD-449102",
    "/api/v1/invoices?status=open",
    "/static/js/main.3f9a1c2e.js",
    "/static/css/app.min.css",
    "/images/logo.svg",
    "/healthz",
    "/metrics",
    "/wp-login.php",
    "/.env",
    "/search?q=quarterly+report",
    "/checkout/cart",
    "/graphql",
    "/oauth/token",
    "/downloads/report-2026-11.pdf",
    "/admin/users",
    "/api/v1/users/me",
)

SYSTEM_GENERATORS: dict[str, Generator] = {
    # timestamps, one per log format
    "syslog_ts": _syslog_ts,
    "iso_ms": _fmt("%Y-%m-%dT%H:%M:%S.%3Z"),
    "iso_us": _fmt("%Y-%m-%dT%H:%M:%S.%fZ"),
    "iso_s": _fmt("%Y-%m-%dT%H:%M:%SZ"),
    "iso_off": _fmt("%Y-%m-%dT%H:%M:%S.%3+00:00"),
    "log4j_ts": _fmt("%Y-%m-%d %H:%M:%S,%3"),
    "es_ts": _fmt("%Y-%m-%dT%H:%M:%S,%3"),
    "ymd_hms": _fmt("%Y-%m-%d %H:%M:%S"),
    "yy_ts": _fmt("%y/%m/%d %H:%M:%S"),
    "klog_ts": _fmt("%m%d %H:%M:%S.%f"),
    "apache_err_ts": _apache_err_ts,
    "nginx_err_ts": _fmt("%Y/%m/%d %H:%M:%S"),
    "pg_ts": _fmt("%Y-%m-%d %H:%M:%S.%3 UTC"),
    "redis_ts": _fmt("%d %b %Y %H:%M:%S.%3"),
    "haproxy_ts": _fmt("%d/%b/%Y:%H:%M:%S.%3"),
    "logcat_ts": _fmt("%m-%d %H:%M:%S.%3"),
    "mac_ts": _fmt("%Y-%m-%d %H:%M:%S.%f+0000"),
    "win_ts": _fmt("%m/%d/%Y %I:%M:%S %p"),
    "dj_ts": _fmt("%d/%b/%Y %H:%M:%S"),
    "gunicorn_ts": _fmt("%Y-%m-%d %H:%M:%S +0000"),
    "jenkins_ts": _fmt("%Y-%m-%d %H:%M:%S.%3+0000"),
    "envoy_ts": _fmt("%Y-%m-%d %H:%M:%S.%3"),
    "mysql_ts": _fmt("%Y-%m-%dT%H:%M:%S.%fZ"),
    "epoch_ms": _epoch_ms,
    "audit_stamp": _epoch_audit,
    "kup": _kernel_uptime,
    # hosts, processes, threads
    "hostname": _pick(
        "web-01",
        "web-02",
        "db-prod-2",
        "ip-10-0-3-17",
        "bastion-1",
        "k8s-worker-04",
        "app-eu-3",
        "build-02",
        "mail-01",
        "lb-edge-1",
        "storage-07",
    ),
    "line": _int(20, 3200),
    "klog_tid": _padded_int(7, 1, 99999),
    "apid": _padded_int(5, 300, 32000),
    "tid": _int(1, 65000),
    "eport": _int(32768, 60999),
    "dport": _pick("22", "23", "25", "80", "443", "445", "3306", "3389", "5432", "6379", "8080"),
    "octet": _octet,
    "private_ip": _private_ip,
    "pod_ip": _pod_ip,
    "mac_addr": _mac,
    "frame_mac": _frame_mac,
    "hex7": _hexgen(7),
    "hex8": _hexgen(8),
    "hex16": _hexgen(16),
    "hex32": _hexgen(32),
    "cid64": _hexgen(64),
    "hex_upper8": _hexgen(8, upper=True),
    "kb": _int(2048, 16_000_000),
    "mb": _int(8, 4096),
    "gb": _gb,
    "secs": _secs,
    "pct1": _pct1,
    "msf": _msf,
    "age": _age,
    # linux and ssh
    "fingerprint": _fingerprint,
    "key_type": _pick("RSA", "ED25519", "ECDSA"),
    "invalid_user": _pick(
        "admin", "test", "oracle", "ubuntu", "guest", "ftpuser", "pi", "support", "user1", "git"
    ),
    "tty": _pick("pts/0", "pts/1", "pts/2", "pts/3", "pts/5", "tty1"),
    "home": _pick("/home/jdoe", "/srv/app", "/root", "/var/www", "/home/deploy", "/opt/crm"),
    "sudo_cmd": _pick(
        "/usr/bin/systemctl restart nginx",
        "/usr/bin/apt-get update",
        "/usr/bin/tail -n 200 /var/log/syslog",
        "/usr/bin/docker ps -a",
        "/usr/bin/journalctl -u kubelet --since today",
        "/usr/sbin/reboot",
        "/usr/bin/vim /etc/hosts",
        "/usr/bin/kubectl get pods -A",
        "/bin/chown -R www-data:www-data /var/www/html",
    ),
    "sd_unit": _pick(
        "nginx.service",
        "ssh.service",
        "docker.service",
        "kubelet.service",
        "postgresql@16-main.service",
        "cron.service",
        "node-exporter.service",
        "crm-worker.service",
        "redis-server.service",
        "containerd.service",
    ),
    "sd_unit_desc": _pick(
        "logrotate.service - Rotate log files",
        "apt-daily.service - Daily apt download activities",
        "apt-daily-upgrade.service - Daily apt upgrade and clean activities",
        "systemd-tmpfiles-clean.service - Cleanup of Temporary Directories",
        "fstrim.service - Discard unused blocks on filesystems from /etc/fstab",
        "man-db.service - Daily man-db regeneration",
        "certbot.service - Certbot",
        "nginx.service - A high performance web server and a reverse proxy server",
        "docker.service - Docker Application Container Engine",
        "sysstat-collect.service - system activity accounting tool",
    ),
    "sd_target": _pick(
        "multi-user.target - Multi-User System",
        "network-online.target - Network is Online",
        "timers.target - Timer Units",
        "sockets.target - Socket Units",
        "graphical.target - Graphical Interface",
    ),
    "cron_user": _pick("root", "www-data", "postgres", "backup", "deploy"),
    "cron_cmd": _pick(
        "   cd / && run-parts --report /etc/cron.hourly",
        "/usr/local/bin/backup.sh > /dev/null 2>&1",
        "[ -x /usr/lib/php/sessionclean ] && /usr/lib/php/sessionclean",
        "test -x /usr/bin/certbot && perl -e 'sleep int(rand(43200))' && certbot -q renew",
        "/opt/crm/bin/cleanup --older-than 7d",
        "command -v debian-sa1 > /dev/null && debian-sa1 1 1",
        "/usr/bin/flock -n /tmp/sync.lock /opt/app/sync.sh",
    ),
    "cron_file": _pick("backup", "sysstat", "certbot", "php", "e2scrub_all"),
    "proc_name": _pick(
        "java",
        "postgres",
        "mysqld",
        "node",
        "python3",
        "elasticsearch",
        "redis-server",
        "php-fpm8.3",
    ),
    "blk_dev": _pick("sda1", "sdb1", "nvme0n1p2", "nvme1n1", "dm-0", "xvdf"),
    "disk_dev": _pick("sda", "sdb", "sdc", "nvme0n1", "nvme1n1"),
    "sector": _int(2048, 1_953_525_167),
    "nic_drv": _pick("e1000e", "ixgbe", "igb", "bnxt_en", "i40e"),
    "link_speed": _pick("1000 Mbps", "10000 Mbps", "25000 Mbps", "100 Mbps"),
    "cpu": _int(0, 63),
    "mce_bank": _int(0, 22),
    # web
    "web_path": _pick(*_WEB_PATHS),
    "referer": _pick(
        "-",
        "-",
        "https://www.example.com/",
        "https://app.example.com/dashboard",
        "https://www.google.com/",
    ),
    "http_ver": _pick("HTTP/1.1", "HTTP/1.1", "HTTP/2.0", "HTTP/1.0"),
    "browser_ua": _pick(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
        "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
        "curl/8.5.0",
        "python-requests/2.32.3",
        "kube-probe/1.30",
        "Go-http-client/1.1",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    ),
    "vhost": _pick("www.example.com", "app.example.com", "api.example.com", "shop.example.org"),
    "upstream_addr": lambda rng: (
        f"{_private_ip(rng)}:{rng.choice(('8080', '8000', '3000', '9000'))}"
    ),
}

SYSTEM_GENERATORS.update(
    {
        # haproxy and envoy
        "hap_fe": _pick("https-in", "fe_main", "http-in", "fe_api"),
        "hap_be": _pick("be_app", "be_api", "be_static", "be_auth"),
        "hap_srv": _pick("web1", "web2", "web3", "app-a", "app-b"),
        "hap_timers": lambda rng: (
            f"{rng.randint(0, 5)}/0/{rng.randint(0, 3)}/{rng.randint(1, 900)}/{rng.randint(2, 950)}"
        ),
        "hap_conns": lambda rng: (
            f"{rng.randint(1, 900)}/{rng.randint(1, 800)}/{rng.randint(0, 200)}/{rng.randint(0, 60)}/0"
        ),
        "envoy_flags": _pick("-", "-", "-", "UF", "UH", "URX", "UT", "DC"),
        "envoy_cluster": _pick(
            "outbound|8080||crm-api.prod.svc.cluster.local",
            "outbound|80||frontend.web.svc.cluster.local",
            "inbound|9090||",
            "billing_backend",
        ),
        # databases
        "pg_user": _pick("postgres", "app", "replicator", "crm_rw", "analytics_ro"),
        "mysql_user": _pick("root", "app", "repl", "backup", "crm_rw"),
        "binlog": lambda rng: f"binlog.{rng.randint(1, 999):06d}",
        "redis_role": _pick("M", "M", "S", "C"),
        "mongo_conn": lambda rng: f"conn{rng.randint(1, 99999)}",
        "mongo_ns": _pick(
            "crm.contacts", "crm.deals", "billing.invoices", "app.sessions", "admin.$cmd"
        ),
        "es_node": _pick("es-master-0", "es-master-1", "es-data-0", "es-data-1", "es-data-2"),
        "es_index": _pick(
            "logs-2026.11.30",
            "products_v3",
            ".kibana_8.13.4_001",
            "orders-000014",
            "metrics-2026.11",
        ),
        "broker": _int(0, 5),
        "partition": _int(0, 47),
        "zk_myid": _int(1, 3),
        "zk_sid": _zk_session,
        "zxid": _hexgen(9),
        "ks_table": _pick("crm.contacts", "metrics.samples", "sessions.by_user", "system.paxos"),
        # hadoop family
        "blk": _blk,
        "block_pool": _block_pool,
        "hdfs_path": _pick(
            "/user/hive/warehouse/sales.db/orders/part-00017.parquet",
            "/tmp/hadoop-yarn/staging/etl/.staging/job_1722331456789_0042/job.xml",
            "/data/raw/clickstream/2026/11/30/events-0004.avro",
            "/user/spark/applicationHistory/app-20261130120000-0003.inprogress",
            "/apps/hbase/data/WALs/rs-3,16020,1732968000000/rs-3.1732968000123",
        ),
        "yarn_app": _yarn_app,
        "yarn_container": _yarn_container,
        "mr_job": _mr_job,
        "mr_attempt": _mr_attempt,
        "hadoop_deprecation": _pick(
            "mapred.job.name is deprecated. Instead, use mapreduce.job.name",
            "mapred.output.dir is deprecated. Instead, use mapreduce.output.fileoutputformat.outputdir",
            "dfs.umaskmode is deprecated. Instead, use fs.permissions.umask-mode",
            "fs.default.name is deprecated. Instead, use fs.defaultFS",
            "mapred.reduce.tasks is deprecated. Instead, use mapreduce.job.reduces",
            "dfs.replication.min is deprecated. Instead, use dfs.namenode.replication.min",
        ),
        "py_src": _pick("etl_orders.py", "daily_rollup.py", "sessionize.py", "train_features.py"),
        # kubernetes and containers
        "k8s_ns": _pick("default", "kube-system", "prod", "staging", "monitoring", "ingress-nginx"),
        "deploy": _pick(*_DEPLOYMENTS),
        "k8s_pod": _k8s_pod,
        "image_ref": _image_ref,
        "k8s_resource": _pick(
            "deployments.apps",
            "configmaps",
            "secrets",
            "leases.coordination.k8s.io",
            "cronjobs.batch",
        ),
        "k8s_deprecated_api": _pick(
            "batch/v1beta1 CronJob is deprecated in v1.21+, unavailable in v1.25+; use batch/v1 CronJob",
            "policy/v1beta1 PodSecurityPolicy is deprecated in v1.21+, unavailable in v1.25+",
            "autoscaling/v2beta2 HorizontalPodAutoscaler is deprecated in v1.23+, unavailable in v1.26+; use autoscaling/v2 HorizontalPodAutoscaler",
            "flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema is deprecated in v1.29+, unavailable in v1.32+; use flowcontrol.apiserver.k8s.io/v1 FlowSchema",
            "discovery.k8s.io/v1beta1 EndpointSlice is deprecated in v1.21+, unavailable in v1.25+; use discovery.k8s.io/v1 EndpointSlice",
        ),
        "kubectl_ua": _pick(
            "kubectl/v1.30.2 (linux/amd64) kubernetes/3968350",
            "kubectl/v1.29.6 (darwin/arm64) kubernetes/062798d",
            "argocd-application-controller/v0.0.0 (linux/amd64) kubernetes/$Format",
        ),
        "k8s_verb": _pick("patch", "update", "delete", "create"),
        # windows and macos
        "win_host": _pick("WIN-SRV01", "DC01", "WS-0142", "FILESRV02", "SQL01", "RDS-GW1"),
        "sid": _sid,
        "logon_type": _pick("2", "3", "10", "7"),
        "win_service": _pick(
            "Windows Update",
            "Print Spooler",
            "Background Intelligent Transfer Service",
            "Windows Modules Installer",
            "WinHTTP Web Proxy Auto-Discovery Service",
            "SQL Server (MSSQLSERVER)",
            "Windows Defender Antivirus Service",
        ),
        "win_exe": _pick(
            "sqlservr.exe", "w3wp.exe", "chrome.exe", "OUTLOOK.EXE", "java.exe", "explorer.exe"
        ),
        "kb_article": _kb_article,
        "cbs_session": _cbs_session,
        "cbs_package": _cbs_package,
        "win_build": _win_build,
        "win_ver": _win_ver,
        "mac_thread": lambda rng: f"0x{rng.randint(0x1000, 0x3FFFFF):x}",
        "mac_app": _pick(
            "Safari", "Slack", "Code Helper (Renderer)", "zoom.us", "Microsoft Teams", "Mail"
        ),
        "bundle_id": _pick(
            "com.apple.Safari", "com.tinyspeck.slackmacgap", "us.zoom.xos", "com.microsoft.VSCode"
        ),
        # android
        "apk": _pick(
            "com.example.crm",
            "com.android.chrome",
            "com.google.android.gms",
            "com.whatsapp",
            "com.spotify.music",
            "com.example.shop",
        ),
        "app_uid": _int(10050, 10399),
        # application frameworks
        "spring_app": _pick("crm-api", "billing-service", "order-service", "gateway"),
        "spring_http_thread": lambda rng: f"nio-8080-exec-{rng.randint(1, 10)}"[-15:].rjust(15),
        "django_app": _pick("contacts", "billing", "accounts", "orders"),
        # firewall and vpn
        "ttl": _pick("44", "49", "52", "54", "57", "64", "116", "241"),
        "vpn_client": _pick("jdoe-laptop", "m.garcia", "ops-phone", "akira.t", "contractor-07"),
        "wg_key": _wg_key,
        "wg_if": _pick("wg0", "wg0", "wg1"),
        # ci
        "gl_project": _pick(
            "platform/crm-api", "billing/worker", "web/storefront", "infra/terraform"
        ),
        "jenkins_job": _pick(
            "crm-api/main", "billing-deploy", "nightly-integration", "storefront/PR-482"
        ),
        "jenkins_agent": _pick(
            "agent-linux-01", "agent-linux-02", "win-build-1", "docker-cloud-7f2a"
        ),
        "jenkins_plugin": _pick("ant", "javadoc", "matrix-auth", "pam-auth", "cvs"),
        # aws
        "aws_account": _aws_account,
        "access_key": _access_key,
        "aws_ua": _pick(
            "aws-cli/2.17.0 Python/3.11.9 Linux/6.8.0 exe/x86_64.ubuntu.24",
            "Boto3/1.34.120 md/Botocore#1.34.120 ua/2.0 os/linux#6.8.0 lang/python#3.12.3",
            "console.amazonaws.com",
            "Terraform/1.8.5 (+https://www.terraform.io) terraform-provider-aws/5.53.0",
        ),
        "iam_role": _pick(
            "DeployRole", "lambda-orders-exec", "eks-node-group-role", "ReadOnlyAuditor"
        ),
        "instance_id": lambda rng: f"i-0{rng.getrandbits(64):016x}",
        "s3_bucket": _pick(
            "crm-attachments-prod", "example-logs-archive", "billing-exports", "tf-state-prod"
        ),
        # HDFS, firewall, Android, Jenkins, AWS, PostgreSQL, Envoy and Django values
        "nn_txid": _int(100000, 99999999),
        "nn_inode": _int(16386, 99999999),
        "fsimage_txid": lambda rng: f"{rng.randint(10**5, 10**9):019d}",
        "egress_port": _pick("4444", "6667", "1337", "9001", "31337", "3333"),
        "apk_dir": lambda rng: "".join(
            rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
            for _ in range(22)
        ),
        "batt_level": _int(5, 100),
        "batt_mv": _int(3450, 4400),
        "batt_temp": lambda rng: f"{rng.uniform(21, 44):.1f}",
        "lmk_adj": _pick("900", "905", "915", "925", "935", "945", "955", "999"),
        "jenkins_ws": _pick(
            "crm-api_main", "billing-deploy", "nightly-integration", "storefront_PR-482"
        ),
        "sm_suffix": lambda rng: "".join(
            rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
            for _ in range(6)
        ),
        "pg_session": lambda rng: (
            f"{rng.randint(0, 2)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}"
        ),
        "envoy_port": _pick("8080", "8443", "10000", "15006"),
        "media_traversal": _pick(
            "../../etc/passwd",
            "../../../app/config/settings.py",
            "uploads/../../../../root/.ssh/id_rsa",
            "avatars/../../.env",
        ),
    }
)


# --- templates ----------------------------------------------------------------------------------

_ID = re.compile(r"(?:sys|rl)_[a-z0-9]+(?:_[a-z0-9]+)*_\d{3}")
# Anything that looks like a placeholder; literal braces (JSON, Java/Go struct dumps) are allowed.
_BRACED_WORD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


@dataclass(frozen=True)
class SystemTemplate(Template):
    """A `Template` with a `sys_<system>_<nnn>` id whose text may hold literal braces (JSON logs)."""

    def __post_init__(self) -> None:
        if self.label not in LABELS:
            raise ValueError(f"template {self.id}: unknown label {self.label!r}")
        if not _ID.fullmatch(self.id):
            raise ValueError(f"template {self.id}: id must be 'sys_<system>_NNN'")
        if not self.sources:
            raise ValueError(f"template {self.id}: no sources")
        known = GENERATORS.keys() | SYSTEM_GENERATORS.keys()
        unknown = [name for name in _BRACED_WORD.findall(self.text) if name not in known]
        if unknown:
            raise ValueError(f"template {self.id}: unknown placeholder(s) {unknown}")
        if "\n" in self.text or "\r" in self.text or self.text != self.text.strip():
            raise ValueError(f"template {self.id}: text must be one line without outer spaces")


# (label, text) or (label, text, boost): boost makes a line more frequent within its label.
Entry = tuple[str, str] | tuple[str, str, int]

# Common header prefixes.
_SYSLOG = "{syslog_ts} {hostname} "
_KLOG = "{klog_ts} {klog_tid} "

_SSHD: tuple[Entry, ...] = (
    (
        UA,
        _SYSLOG
        + "sshd[{pid}]: Accepted publickey for {user} from {ip} port {eport} ssh2: {key_type} SHA256:{fingerprint}",
        3,
    ),
    (UA, _SYSLOG + "sshd[{pid}]: Accepted password for {user} from {ip} port {eport} ssh2"),
    (
        SEC,
        _SYSLOG
        + "sshd[{pid}]: Failed password for invalid user {invalid_user} from {ip} port {eport} ssh2",
        2,
    ),
    (SEC, _SYSLOG + "sshd[{pid}]: Invalid user {invalid_user} from {ip} port {eport}"),
    (SEC, _SYSLOG + "sshd[{pid}]: Failed password for root from {ip} port {eport} ssh2"),
    (
        SEC,
        _SYSLOG
        + "sshd[{pid}]: error: maximum authentication attempts exceeded for root from {ip} port {eport} ssh2 [preauth]",
    ),
    (
        SN,
        _SYSLOG
        + "sshd[{pid}]: Received disconnect from {ip} port {eport}:11: disconnected by user",
        2,
    ),
    (SN, _SYSLOG + "sshd[{pid}]: Disconnected from user {user} {ip} port {eport}", 2),
    (SN, _SYSLOG + "sshd[{pid}]: Server listening on 0.0.0.0 port 22."),
    (SN, _SYSLOG + "sshd[{pid}]: Received signal 15; terminating."),
    (
        ERR,
        _SYSLOG + "sshd[{pid}]: error: kex_exchange_identification: read: Connection reset by peer",
    ),
    (
        SEC,
        _SYSLOG
        + "sshd[{pid}]: Disconnecting invalid user {invalid_user} {ip} port {eport}: Too many authentication failures [preauth]",
    ),
    (
        DEP,
        _SYSLOG
        + "sshd[{pid}]: /etc/ssh/sshd_config line {small}: Deprecated option RSAAuthentication",
    ),
    (SN, _SYSLOG + "sshd[{pid}]: pam_unix(sshd:session): session closed for user {user}", 2),
    (
        UA,
        _SYSLOG
        + "sshd[{pid}]: pam_unix(sshd:session): session opened for user {user}(uid={uid}) by (uid=0)",
        2,
    ),
    (ERR, _SYSLOG + "sshd[{pid}]: error: Could not load host key: /etc/ssh/ssh_host_ecdsa_key"),
    (SN, _SYSLOG + "sshd[{pid}]: Connection closed by {ip} port {eport} [preauth]", 2),
    (SN, _SYSLOG + "sshd[{pid}]: Received SIGHUP; restarting."),
    (
        UA,
        _SYSLOG
        + "sshd[{pid}]: Starting session: shell on {tty} for {user} from {ip} port {eport} id 0",
    ),
    (
        SN,
        _SYSLOG + "sshd[{pid}]: Timeout, client not responding from user {user} {ip} port {eport}",
    ),
    (
        SN,
        _SYSLOG
        + 'sshd[{pid}]: Connection from {ip} port {eport} on {private_ip} port 22 rdomain ""',
    ),
    (
        SN,
        _SYSLOG
        + "sshd[{pid}]: Postponed publickey for {user} from {ip} port {eport} ssh2 [preauth]",
    ),
    (
        ERR,
        _SYSLOG
        + "sshd[{pid}]: Unable to negotiate with {ip} port {eport}: no matching host key type found. Their offer: ssh-rsa,ssh-dss [preauth]",
    ),
    (
        ERR,
        _SYSLOG
        + "sshd[{pid}]: userauth_pubkey: signature algorithm ssh-rsa not in PubkeyAcceptedAlgorithms [preauth]",
    ),
    (
        SEC,
        _SYSLOG
        + "sshd[{pid}]: error: Protocol major versions differ for {ip} port {eport}: SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13.5 vs. SSH-1.5-Nmap-SSH1-Hostkey",
    ),
    (
        SEC,
        _SYSLOG + "sshd[{pid}]: banner exchange: Connection from {ip} port {eport}: invalid format",
    ),
    (
        SEC,
        _SYSLOG
        + "sshd[{pid}]: error: PAM: Authentication failure for illegal user {invalid_user} from {ip}",
    ),
    (
        UA,
        _SYSLOG
        + "sshd[{pid}]: Accepted keyboard-interactive/pam for {user} from {ip} port {eport} ssh2",
    ),
    (CRIT, _SYSLOG + "sshd[{pid}]: fatal: Cannot bind any address."),
)

_SUDO: tuple[Entry, ...] = (
    (
        UA,
        _SYSLOG
        + "sudo[{pid}]:     {user} : TTY={tty} ; PWD={home} ; USER=root ; COMMAND={sudo_cmd}",
        3,
    ),
    (
        UA,
        _SYSLOG
        + "sudo:   {user} : TTY={tty} ; PWD={home} ; USER=postgres ; COMMAND=/usr/bin/psql -d {db}",
    ),
    (
        SEC,
        _SYSLOG
        + "sudo[{pid}]:     {user} : 3 incorrect password attempts ; TTY={tty} ; PWD={home} ; USER=root ; COMMAND={sudo_cmd}",
    ),
    (
        SEC,
        _SYSLOG
        + "sudo[{pid}]:     {user} : user NOT in sudoers ; TTY={tty} ; PWD={home} ; USER=root ; COMMAND={sudo_cmd}",
    ),
    (
        UA,
        _SYSLOG
        + "sudo[{pid}]: pam_unix(sudo:session): session opened for user root(uid=0) by {user}(uid={uid})",
    ),
    (SN, _SYSLOG + "sudo[{pid}]: pam_unix(sudo:session): session closed for user root", 2),
    (
        SEC,
        _SYSLOG
        + "sudo[{pid}]: pam_unix(sudo:auth): authentication failure; logname={user} uid={uid} euid=0 tty=/dev/{tty} ruser={user} rhost=  user={user}",
    ),
    (
        UA,
        _SYSLOG
        + "sudo[{pid}]:   deploy : PWD=/srv/app ; USER=root ; COMMAND=/usr/bin/systemctl reload {sd_unit}",
    ),
    (
        ERR,
        _SYSLOG + "sudo[{pid}]: sudo: unable to resolve host {hostname}: Name or service not known",
    ),
    (
        SEC,
        _SYSLOG
        + "sudo[{pid}]:     {user} : command not allowed ; TTY={tty} ; PWD={home} ; USER=root ; COMMAND=/bin/bash",
    ),
    (
        UA,
        _SYSLOG
        + "sudo[{pid}]:     {user} : TTY={tty} ; PWD={home} ; USER=root ; ENV=DEBIAN_FRONTEND=noninteractive ; COMMAND=/usr/bin/apt-get -y upgrade",
    ),
    (
        UA,
        _SYSLOG
        + "sudo[{pid}]:     {user} : TTY={tty} ; PWD=/var/www/html ; USER=www-data ; COMMAND=/usr/bin/php artisan migrate --force",
    ),
    (
        UA,
        _SYSLOG
        + "sudo[{pid}]:     {user} : TTY={tty} ; PWD={home} ; USER=root ; COMMAND=/bin/su -",
    ),
    (
        UA,
        _SYSLOG
        + "sudo[{pid}]:     {user} : TTY={tty} ; PWD={home} ; USER=root ; TSID=00/00/0{small} ; COMMAND=/bin/bash",
    ),
    (
        UA,
        _SYSLOG
        + "sudo[{pid}]:     {user} : TTY={tty} ; PWD={home} ; USER=root ; COMMAND=sudoedit /etc/nginx/nginx.conf",
    ),
    (
        SN,
        _SYSLOG
        + "sudo[{pid}]:   nagios : PWD=/ ; USER=root ; COMMAND=/usr/lib/nagios/plugins/check_disk -w 20% -c 10% -p /",
        2,
    ),
    (
        SN,
        _SYSLOG
        + "sudo[{pid}]:     root : PWD=/ ; USER=postgres ; COMMAND=/usr/bin/pg_dumpall --clean -f /var/backups/postgres/all.sql",
    ),
    (
        SN,
        _SYSLOG
        + "sudo[{pid}]: pam_unix(sudo:session): session opened for user postgres(uid=115) by (uid=0)",
    ),
    (
        ERR,
        _SYSLOG
        + "sudo[{pid}]:   deploy : a password is required ; PWD=/srv/app ; USER=root ; COMMAND=/usr/bin/systemctl restart {sd_unit}",
    ),
    (
        ERR,
        _SYSLOG + "sudo[{pid}]: /etc/sudoers.d/90-cloud-init-users:{small}:{small}: syntax error",
    ),
    (ERR, _SYSLOG + "sudo[{pid}]: /etc/sudoers.d/deploy is owned by uid {uid}, should be 0"),
    (
        SEC,
        _SYSLOG
        + "sudo[{pid}]:     {user} : user NOT authorized on host ; TTY={tty} ; PWD={home} ; USER=root ; COMMAND={sudo_cmd}",
    ),
    (
        SEC,
        _SYSLOG
        + "sudo[{pid}]: pam_faillock(sudo:auth): Consecutive login failures for user {user} account temporarily locked",
    ),
    (
        SN,
        _SYSLOG
        + "sudo[{pid}]: pam_unix(sudo:session): session opened for user root(uid=0) by (uid=0)",
        2,
    ),
    (
        SN,
        _SYSLOG
        + "sudo[{pid}]:     root : PWD=/root ; USER=www-data ; COMMAND=/usr/bin/php /var/www/html/artisan schedule:run",
    ),
    (
        SN,
        _SYSLOG
        + "sudo[{pid}]:   zabbix : PWD=/ ; USER=root ; COMMAND=/usr/sbin/smartctl -H /dev/{disk_dev}",
        2,
    ),
    (SN, _SYSLOG + "sudo[{pid}]: pam_unix(sudo-i:session): session closed for user root"),
    (
        SN,
        _SYSLOG
        + "sudo[{pid}]:  ansible : TTY={tty} ; PWD=/home/ansible ; USER=root ; COMMAND=/bin/sh -c echo BECOME-SUCCESS-{hex32} ; /usr/bin/python3 /home/ansible/.ansible/tmp/ansible-tmp-{epoch_ms}-{n}/AnsiballZ_apt.py",
    ),
    (
        SN,
        _SYSLOG
        + "sudo[{pid}]: pam_unix(sudo:session): session opened for user root(uid=0) by ansible(uid={uid})",
    ),
    (
        UA,
        _SYSLOG
        + "sudo[{pid}]: pam_unix(sudo-i:session): session opened for user root(uid=0) by {user}(uid={uid})",
    ),
    (
        UA,
        _SYSLOG
        + "sudo[{pid}]:     {user} : TTY={tty} ; PWD={home} ; USER=root ; COMMAND=/usr/sbin/usermod -aG docker {user}",
    ),
    (
        UA,
        _SYSLOG
        + "sudo[{pid}]:     {user} : TTY={tty} ; PWD={home} ; USER=root ; COMMAND=/usr/sbin/visudo -f /etc/sudoers.d/deploy",
    ),
    (
        UA,
        _SYSLOG
        + "sudo[{pid}]:     {user} : TTY={tty} ; PWD={home} ; USER=root ; COMMAND=/usr/bin/certbot renew --force-renewal",
    ),
    (
        UA,
        _SYSLOG
        + "sudo[{pid}]:     {user} : TTY={tty} ; PWD={home} ; USER=root ; COMMAND=/usr/bin/tee /etc/apt/sources.list.d/docker.list",
    ),
    (
        SEC,
        _SYSLOG
        + "sudo[{pid}]:     {user} : 1 incorrect password attempt ; TTY={tty} ; PWD={home} ; USER=root ; COMMAND={sudo_cmd}",
    ),
    (
        SEC,
        _SYSLOG + "sudo[{pid}]: pam_unix(sudo:auth): auth could not identify password for [{user}]",
    ),
    (
        SEC,
        _SYSLOG
        + "sudo[{pid}]: www-data : user NOT in sudoers ; TTY=unknown ; PWD=/var/www/html/uploads ; USER=root ; COMMAND=/bin/sh -c id",
    ),
    (
        SEC,
        _SYSLOG
        + "sudo[{pid}]:     {user} : TTY={tty} ; PWD=/tmp ; USER=root ; COMMAND=/usr/bin/find . -exec /bin/sh -p ; -quit",
    ),
    (
        ERR,
        _SYSLOG
        + "sudo[{pid}]: sudo: a terminal is required to read the password; either use the -S option to read from standard input or configure an askpass helper",
    ),
    (
        ERR,
        _SYSLOG
        + "sudo[{pid}]:   deploy : unable to execute /opt/scripts/deploy.sh: Permission denied ; PWD=/srv/app ; USER=root ; COMMAND=/opt/scripts/deploy.sh",
    ),
    (
        ERR,
        _SYSLOG
        + "sudo[{pid}]:     {user} : command not found ; TTY={tty} ; PWD={home} ; USER=root ; COMMAND=kubectl",
    ),
    (ERR, _SYSLOG + "sudo[{pid}]: sudo: unable to open /run/sudo/ts/{user}: Read-only file system"),
    (ERR, "sudo: /usr/bin/sudo must be owned by uid 0 and have the setuid bit set"),
    (RES, _SYSLOG + "sudo[{pid}]: sudo: unable to fork: Resource temporarily unavailable"),
)

_SYSTEMD: tuple[Entry, ...] = (
    (SN, _SYSLOG + "systemd[1]: Started {sd_unit_desc}.", 3),
    (SN, _SYSLOG + "systemd[1]: Starting {sd_unit_desc}...", 2),
    (SN, _SYSLOG + "systemd[1]: Finished {sd_unit_desc}.", 2),
    (SN, _SYSLOG + "systemd[1]: {sd_unit}: Deactivated successfully.", 2),
    (RES, _SYSLOG + "systemd[1]: {sd_unit}: Consumed {secs}s CPU time, {mb}.{small}M memory peak."),
    (
        SN,
        _SYSLOG
        + "systemd[1]: Reloading requested from client PID {pid} ('systemctl') (unit session-{n}.scope)...",
    ),
    (ERR, _SYSLOG + "systemd[1]: {sd_unit}: Main process exited, code=exited, status=1/FAILURE"),
    (ERR, _SYSLOG + "systemd[1]: {sd_unit}: Failed with result 'exit-code'."),
    (ERR, _SYSLOG + "systemd[1]: Failed to start {sd_unit_desc}."),
    (CRIT, _SYSLOG + "systemd[1]: {sd_unit}: Start request repeated too quickly."),
    (SN, _SYSLOG + "systemd[1]: Reached target {sd_target}."),
    (SN, _SYSLOG + "systemd[1]: Stopped {sd_unit_desc}."),
    (
        DEP,
        _SYSLOG
        + "systemd[1]: /etc/systemd/system/{sd_unit}:{small}: Unit uses KillMode=none. This is unsafe, as it disables systemd's process lifecycle management for the service. Please update the service to use a safer KillMode=, such as 'mixed' or 'control-group'. Support for KillMode=none is deprecated and will eventually be removed.",
    ),
    (
        DEP,
        _SYSLOG
        + "systemd[1]: /lib/systemd/system/{sd_unit}:{small}: PIDFile= references a path below legacy directory /var/run/, updating /var/run/{proc_name}.pid → /run/{proc_name}.pid; please update the unit file accordingly.",
    ),
    (UA, _SYSLOG + "systemd-logind[{pid}]: New session {n} of user {user}."),
    (SN, _SYSLOG + "systemd-logind[{pid}]: Session {n} logged out. Waiting for processes to exit."),
    (SN, _SYSLOG + "systemd-logind[{pid}]: Removed session {n}."),
    (
        RES,
        _SYSLOG
        + "systemd-journald[{pid}]: System Journal (/var/log/journal/{hex32}) is {mb}.0M, max 4.0G, {gb}G free.",
    ),
    (
        CRIT,
        _SYSLOG
        + "systemd[1]: {sd_unit}: A process of this unit has been killed by the OOM killer.",
    ),
    (SN, _SYSLOG + "systemd-timesyncd[{pid}]: Contacted time server {ip}:123 (ntp.ubuntu.com)."),
    (SN, _SYSLOG + "systemd[1]: Created slice user-{uid}.slice - User Slice of UID {uid}."),
)

_CRON: tuple[Entry, ...] = (
    (SN, _SYSLOG + "CRON[{pid}]: ({cron_user}) CMD ({cron_cmd})", 4),
    (SN, _SYSLOG + "cron[{pid}]: (CRON) INFO (Running @reboot jobs)"),
    (SN, _SYSLOG + "cron[{pid}]: (CRON) INFO (pidfile fd = 3)"),
    (UA, _SYSLOG + "crontab[{pid}]: ({user}) BEGIN EDIT ({user})"),
    (UA, _SYSLOG + "crontab[{pid}]: ({user}) REPLACE ({user})"),
    (UA, _SYSLOG + "crontab[{pid}]: ({user}) LIST ({user})"),
    (SN, _SYSLOG + "cron[{pid}]: ({cron_user}) RELOAD (crontabs/{cron_user})"),
    (SN, _SYSLOG + "CRON[{pid}]: (CRON) info (No MTA installed, discarding output)"),
    (
        ERR,
        _SYSLOG + "cron[{pid}]: (*system*{cron_file}) WRONG FILE OWNER (/etc/cron.d/{cron_file})",
    ),
    (
        ERR,
        _SYSLOG
        + "CRON[{pid}]: (CRON) error (grandchild #{pid} failed with exit status {exit_code})",
    ),
    (SN, _SYSLOG + "anacron[{pid}]: Job `cron.daily' started"),
    (SN, _SYSLOG + "anacron[{pid}]: Normal exit ({small} jobs run)"),
    (
        SN,
        _SYSLOG
        + "CRON[{pid}]: pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)",
        2,
    ),
    (SN, _SYSLOG + "CRON[{pid}]: pam_unix(cron:session): session closed for user root", 2),
    (SN, _SYSLOG + "cron[{pid}]: (CRON) INFO (Skipping @reboot jobs -- not system startup)"),
    (SN, _SYSLOG + "cron[{pid}]: (CRON) STARTUP (fork ok)"),
    (SN, _SYSLOG + "CROND[{pid}]: ({cron_user}) CMDEND ({cron_cmd})", 2),
    (
        SN,
        _SYSLOG
        + "crond[{pid}]: (CRON) INFO (RANDOM_DELAY will be scaled with factor {small}% if used.)",
    ),
    (SN, _SYSLOG + "crond[{pid}]: (CRON) INFO (running with inotify support)"),
    (SN, _SYSLOG + "anacron[{pid}]: Will run job `cron.weekly' in {small} min."),
    (SN, _SYSLOG + "anacron[{pid}]: Anacron 2.3 started on {date}"),
    (SN, _SYSLOG + "run-parts[{pid}]: (/etc/cron.daily) finished logrotate"),
    (ERR, _SYSLOG + "cron[{pid}]: ({invalid_user}) ORPHAN (no passwd entry)"),
    (ERR, _SYSLOG + "cron[{pid}]: Error: bad minute; while reading /etc/cron.d/{cron_file}"),
    (SEC, _SYSLOG + "crontab[{pid}]: ({user}) AUTH (crontab command not allowed)"),
    (UA, _SYSLOG + "crontab[{pid}]: ({user}) DELETE ({user})"),
)

_NGINX_ACCESS: tuple[Entry, ...] = (
    (
        HTTP,
        '{ip} - - [{clf_ts}] "{method} {web_path} {http_ver}" {status} {bytes} "{referer}" "{browser_ua}"',
        4,
    ),
    (
        HTTP,
        '{ip} - {user} [{clf_ts}] "{method} {web_path} HTTP/2.0" {status} {bytes} "{referer}" "{browser_ua}" rt={secs} uct=0.000 uht={secs} urt={secs}',
        2,
    ),
    (
        HTTP,
        '{ip} - - [{clf_ts}] "{method} {web_path} HTTP/1.1" {status} {bytes} "-" "{browser_ua}" {n} {secs} [{k8s_ns}-{deploy}-80] [] {upstream_addr} {bytes} {secs} {status} {hex32}',
        2,
    ),
    (
        HTTP,
        '{"time":"{iso_s}","remote_addr":"{ip}","request":"{method} {web_path} HTTP/1.1","status":{status},"body_bytes_sent":{bytes},"request_time":{secs},"upstream_addr":"{upstream_addr}","http_user_agent":"{browser_ua}"}',
    ),
    (
        HTTP,
        '{ip} - - [{clf_ts}] "GET {health_path} HTTP/1.1" {status_2xx} {n} "-" "kube-probe/1.30"',
    ),
    (
        HTTP,
        '{ipv6} - - [{clf_ts}] "{method} {web_path} HTTP/2.0" {status_4xx} {n} "-" "{browser_ua}"',
    ),
    (
        HTTP,
        '{vhost} {ip} - - [{clf_ts}] "{method} {web_path} HTTP/1.1" {status} {bytes} "{referer}" "{browser_ua}" "{ip}"',
    ),
)

_NGINX_ERROR: tuple[Entry, ...] = (
    (
        ERR,
        '{nginx_err_ts} [error] {pid}#{pid}: *{n} connect() failed (111: Connection refused) while connecting to upstream, client: {ip}, server: {vhost}, request: "{method} {web_path} HTTP/1.1", upstream: "http://{upstream_addr}{web_path}", host: "{vhost}"',
        2,
    ),
    (
        ERR,
        '{nginx_err_ts} [error] {pid}#{pid}: *{n} upstream timed out (110: Connection timed out) while reading response header from upstream, client: {ip}, server: {vhost}, request: "{method} {web_path} HTTP/1.1", upstream: "http://{upstream_addr}{web_path}", host: "{vhost}"',
    ),
    (SN, "{nginx_err_ts} [notice] 1#1: signal process started"),
    (SN, '{nginx_err_ts} [notice] 1#1: using the "epoll" event method'),
    (SN, "{nginx_err_ts} [notice] 1#1: start worker process {pid}", 2),
    (SN, "{nginx_err_ts} [notice] 1#1: signal 1 (SIGHUP) received from {pid}, reconfiguring"),
    (SN, "{nginx_err_ts} [notice] 1#1: gracefully shutting down"),
    (
        SN,
        '{nginx_err_ts} [warn] {pid}#{pid}: *{n} an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/{small}/{octet}/00000{n} while reading upstream, client: {ip}, server: {vhost}, request: "GET {web_path} HTTP/1.1"',
    ),
    (
        SEC,
        '{nginx_err_ts} [error] {pid}#{pid}: *{n} limiting requests, excess: {small}.{n} by zone "login_limit", client: {ip}, server: {vhost}, request: "POST /login HTTP/1.1", host: "{vhost}"',
    ),
    (
        ERR,
        '{nginx_err_ts} [error] {pid}#{pid}: *{n} open() "/usr/share/nginx/html{web_path}" failed (2: No such file or directory), client: {ip}, server: {vhost}, request: "GET {web_path} HTTP/1.1"',
    ),
    (
        ERR,
        "{nginx_err_ts} [crit] {pid}#{pid}: *{n} SSL_do_handshake() failed (SSL: error:0A00006C:SSL routines::bad key share) while SSL handshaking, client: {ip}, server: 0.0.0.0:443",
    ),
    (CRIT, "{nginx_err_ts} [emerg] 1#1: bind() to 0.0.0.0:80 failed (98: Address already in use)"),
    (
        DEP,
        '{nginx_err_ts} [warn] 1#1: the "listen ... http2" directive is deprecated, use the "http2" directive instead in /etc/nginx/conf.d/{vhost}.conf:{small}',
    ),
    (RES, "{nginx_err_ts} [alert] {pid}#{pid}: {n} worker_connections are not enough"),
    (
        ERR,
        '{nginx_err_ts} [error] {pid}#{pid}: *{n} client intended to send too large body: {bytes} bytes, client: {ip}, server: {vhost}, request: "POST /api/v1/uploads HTTP/1.1"',
    ),
    (SN, "{nginx_err_ts} [notice] 1#1: nginx/1.27.{small}"),
    (SN, "{nginx_err_ts} [notice] 1#1: OS: Linux 6.8.0-{n}-generic"),
    (SN, "{nginx_err_ts} [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576"),
    (SN, "{nginx_err_ts} [notice] 1#1: worker process {pid} exited with code 0", 2),
    (SN, "{nginx_err_ts} [notice] 1#1: signal 17 (SIGCHLD) received from {pid}", 2),
    (SN, "{nginx_err_ts} [notice] 1#1: reopening logs"),
    (SN, "{nginx_err_ts} [notice] 1#1: signal 3 (SIGQUIT) received, shutting down"),
    (
        ERR,
        '{nginx_err_ts} [error] {pid}#{pid}: *{n} recv() failed (104: Connection reset by peer) while reading response header from upstream, client: {ip}, server: {vhost}, request: "{method} {web_path} HTTP/1.1", upstream: "http://{upstream_addr}{web_path}", host: "{vhost}"',
    ),
    (
        ERR,
        '{nginx_err_ts} [error] {pid}#{pid}: *{n} no live upstreams while connecting to upstream, client: {ip}, server: {vhost}, request: "{method} {web_path} HTTP/1.1", upstream: "http://backend{web_path}", host: "{vhost}"',
    ),
    (
        ERR,
        '{nginx_err_ts} [warn] {pid}#{pid}: *{n} upstream server temporarily disabled while connecting to upstream, client: {ip}, server: {vhost}, request: "{method} {web_path} HTTP/1.1", upstream: "http://{upstream_addr}{web_path}", host: "{vhost}"',
    ),
    (
        SEC,
        '{nginx_err_ts} [error] {pid}#{pid}: *{n} access forbidden by rule, client: {ip}, server: {vhost}, request: "GET /.git/config HTTP/1.1", host: "{vhost}"',
    ),
    (
        SEC,
        '{nginx_err_ts} [error] {pid}#{pid}: *{n} user "{invalid_user}" was not found in "/etc/nginx/.htpasswd", client: {ip}, server: {vhost}, request: "GET /admin/ HTTP/1.1", host: "{vhost}"',
    ),
    (
        RES,
        '{nginx_err_ts} [alert] {pid}#{pid}: *{n} socket() failed (24: Too many open files) while connecting to upstream, client: {ip}, server: {vhost}, request: "{method} {web_path} HTTP/1.1", upstream: "http://{upstream_addr}{web_path}", host: "{vhost}"',
    ),
    (
        CRIT,
        '{nginx_err_ts} [emerg] 1#1: cannot load certificate "/etc/letsencrypt/live/{vhost}/fullchain.pem": BIO_new_file() failed (SSL: error:80000002:system library::No such file or directory)',
    ),
    (SN, "{nginx_err_ts} [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14)"),
    (SN, "{nginx_err_ts} [notice] 1#1: start worker processes"),
    (SN, "{nginx_err_ts} [notice] 1#1: signal 10 (SIGUSR1) received from {pid}, reopening logs"),
    (SN, "{nginx_err_ts} [notice] {pid}#{pid}: gracefully shutting down"),
    (SN, "{nginx_err_ts} [notice] {pid}#{pid}: exiting", 2),
    (SN, "{nginx_err_ts} [notice] {pid}#{pid}: exit", 2),
    (SN, "{nginx_err_ts} [notice] 1#1: cache loader process {pid} exited with code 0"),
    (
        SN,
        "{nginx_err_ts} [notice] {pid}#{pid}: http file cache: /var/cache/nginx/proxy {msf}M, bsize: 4096",
    ),
    (
        SN,
        "{nginx_err_ts} [info] {pid}#{pid}: *{n} client closed connection while waiting for request, client: {ip}, server: 0.0.0.0:443",
        2,
    ),
    (SN, "{nginx_err_ts} [info] {pid}#{pid}: *{n} client {ip} closed keepalive connection", 2),
    (
        SN,
        '{nginx_err_ts} [warn] {pid}#{pid}: *{n} a client request body is buffered to a temporary file /var/cache/nginx/client_temp/00000{n}, client: {ip}, server: {vhost}, request: "POST /api/v1/uploads HTTP/1.1", host: "{vhost}"',
    ),
    (
        ERR,
        '{nginx_err_ts} [error] {pid}#{pid}: *{n} FastCGI sent in stderr: "PHP message: PHP Fatal error:  Uncaught Error: Call to undefined function mysql_connect() in /var/www/html/includes/db.php:{small}" while reading response header from upstream, client: {ip}, server: {vhost}, request: "GET /index.php HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.3-fpm.sock:", host: "{vhost}"',
    ),
    (
        ERR,
        '{nginx_err_ts} [crit] {pid}#{pid}: *{n} connect() to unix:/run/php/php8.3-fpm.sock failed (2: No such file or directory) while connecting to upstream, client: {ip}, server: {vhost}, request: "GET /index.php HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.3-fpm.sock:", host: "{vhost}"',
    ),
    (
        ERR,
        '{nginx_err_ts} [error] {pid}#{pid}: *{n} upstream prematurely closed connection while reading response header from upstream, client: {ip}, server: {vhost}, request: "{method} {web_path} HTTP/1.1", upstream: "http://{upstream_addr}{web_path}", host: "{vhost}"',
    ),
    (
        ERR,
        '{nginx_err_ts} [error] {pid}#{pid}: *{n} upstream sent too big header while reading response header from upstream, client: {ip}, server: {vhost}, request: "GET /oauth/callback HTTP/1.1", upstream: "http://{upstream_addr}/oauth/callback", host: "{vhost}"',
    ),
    (
        ERR,
        '{nginx_err_ts} [error] {pid}#{pid}: *{n} rewrite or internal redirection cycle while internally redirecting to "/index.html", client: {ip}, server: {vhost}, request: "GET {web_path} HTTP/1.1", host: "{vhost}"',
    ),
    (
        ERR,
        '{nginx_err_ts} [error] {pid}#{pid}: *{n} directory index of "/var/www/html/static/" is forbidden, client: {ip}, server: {vhost}, request: "GET /static/ HTTP/1.1", host: "{vhost}"',
    ),
    (
        SEC,
        '{nginx_err_ts} [error] {pid}#{pid}: *{n} limiting connections by zone "addr", client: {ip}, server: {vhost}, request: "GET {web_path} HTTP/1.1", host: "{vhost}"',
    ),
    (
        SEC,
        '{nginx_err_ts} [error] {pid}#{pid}: *{n} user "{user}": password mismatch, client: {ip}, server: {vhost}, request: "GET /admin/ HTTP/1.1", host: "{vhost}"',
    ),
    (
        SEC,
        '{nginx_err_ts} [error] {pid}#{pid}: *{n} [client {ip}] ModSecurity: Access denied with code 403 (phase 2). Matched "Operator `Ge\' with parameter `5\' against variable `TX:ANOMALY_SCORE\' (Value: `{small}\' ) [file "/etc/nginx/modsec/coreruleset/rules/REQUEST-949-BLOCKING-EVALUATION.conf"] [line "81"] [id "949110"] [msg "Inbound Anomaly Score Exceeded (Total Score: {small})"] [severity "2"] [hostname "{vhost}"] [uri "/search"] [unique_id "{hex16}"], client: {ip}, server: {vhost}, request: "GET /search?q=1%27%20OR%201%3D1-- HTTP/1.1", host: "{vhost}"',
    ),
    (
        CRIT,
        '{nginx_err_ts} [emerg] 1#1: host not found in upstream "app:8000" in /etc/nginx/conf.d/default.conf:{small}',
    ),
    (ERR, "{nginx_err_ts} [alert] 1#1: worker process {pid} exited on signal 11 (core dumped)"),
    (
        RES,
        '{nginx_err_ts} [crit] {pid}#{pid}: *{n} pwrite() "/var/cache/nginx/client_temp/00000{n}" failed (28: No space left on device), client: {ip}, server: {vhost}, request: "POST /api/v1/uploads HTTP/1.1", host: "{vhost}"',
    ),
    (
        RES,
        "{nginx_err_ts} [warn] 1#1: 4096 worker_connections exceed open file resource limit: 1024",
    ),
    (
        DEP,
        '{nginx_err_ts} [warn] 1#1: the "ssl" directive is deprecated, use the "listen ... ssl" directive instead in /etc/nginx/sites-enabled/{vhost}:{small}',
    ),
    (
        DEP,
        '{nginx_err_ts} [warn] 1#1: the "http2_max_field_size" directive is obsolete, use the "large_client_header_buffers" directive instead in /etc/nginx/nginx.conf:{small}',
    ),
)


_PAM: tuple[Entry, ...] = (
    (
        UA,
        _SYSLOG
        + "su[{pid}]: pam_unix(su:session): session opened for user postgres(uid=115) by {user}(uid={uid})",
    ),
    (UA, _SYSLOG + "su[{pid}]: (to root) {user} on {tty}"),
    (
        SEC,
        _SYSLOG
        + "su[{pid}]: pam_unix(su:auth): authentication failure; logname={user} uid={uid} euid=0 tty={tty} ruser={user} rhost=  user=root",
    ),
    (
        SEC,
        _SYSLOG
        + "sshd[{pid}]: pam_faillock(sshd:auth): Consecutive login failures for user {user} account temporarily locked",
    ),
    (
        SEC,
        _SYSLOG
        + "login[{pid}]: FAILED LOGIN (3) on '/dev/tty1' FOR 'root', Authentication failure",
    ),
    (UA, _SYSLOG + "passwd[{pid}]: pam_unix(passwd:chauthtok): password changed for {user}"),
    (
        UA,
        _SYSLOG
        + "useradd[{pid}]: new user: name={user}, UID={uid}, GID={uid}, home=/home/{user}, shell=/bin/bash, from=/dev/{tty}",
    ),
    (UA, _SYSLOG + "usermod[{pid}]: add '{user}' to group 'docker'"),
    (
        ERR,
        _SYSLOG
        + "sshd[{pid}]: PAM unable to dlopen(pam_sss.so): /lib/security/pam_sss.so: cannot open shared object file: No such file or directory",
    ),
    (
        DEP,
        _SYSLOG
        + "sshd[{pid}]: pam_env(sshd:session): deprecated reading of user environment enabled",
    ),
    (
        SN,
        _SYSLOG + "systemd[{pid}]: pam_unix(systemd-user:session): session closed for user {user}",
    ),
    (
        SEC,
        _SYSLOG
        + "sshd[{pid}]: pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost={ip}  user=root",
        2,
    ),
    (SEC, _SYSLOG + "sshd[{pid}]: pam_unix(sshd:auth): check pass; user unknown"),
)

_KERNEL: tuple[Entry, ...] = (
    (
        CRIT,
        _SYSLOG
        + "kernel: [{kup}] Out of memory: Killed process {pid} ({proc_name}) total-vm:{kb}kB, anon-rss:{kb}kB, file-rss:{kb}kB, shmem-rss:0kB, UID:{uid} pgtables:{kb}kB oom_score_adj:0",
        2,
    ),
    (
        CRIT,
        _SYSLOG
        + "kernel: [{kup}] EXT4-fs error (device {blk_dev}): ext4_find_entry:{line}: inode #{n}: comm {proc_name}: reading directory lblock 0",
    ),
    (CRIT, _SYSLOG + "kernel: [{kup}] EXT4-fs ({blk_dev}): Remounting filesystem read-only"),
    (CRIT, _SYSLOG + "kernel: [{kup}] Kernel panic - not syncing: Fatal exception in interrupt"),
    (
        CRIT,
        _SYSLOG
        + "kernel: [{kup}] mce: [Hardware Error]: CPU {cpu}: Machine Check: 0 Bank {mce_bank}: be00000000800400",
    ),
    (
        SN,
        _SYSLOG
        + "kernel: [{kup}] {nic_drv} 0000:{hex7}: {iface}: NIC Link is Up {link_speed} Full Duplex, Flow Control: Rx/Tx",
        2,
    ),
    (ERR, _SYSLOG + "kernel: [{kup}] {nic_drv} 0000:{hex7}: {iface}: NIC Link is Down"),
    (
        SN,
        _SYSLOG
        + "kernel: [{kup}] EXT4-fs ({blk_dev}): mounted filesystem {uuid} r/w with ordered data mode. Quota mode: none.",
        2,
    ),
    (
        CRIT,
        _SYSLOG
        + "kernel: [{kup}] I/O error, dev {disk_dev}, sector {sector} op 0x0:(READ) flags 0x80700 phys_seg 1 prio class 2",
    ),
    (
        SN,
        _SYSLOG
        + "kernel: [{kup}] usb 1-{small}: new high-speed USB device number {small} using xhci_hcd",
    ),
    (
        ERR,
        _SYSLOG
        + "kernel: [{kup}] {proc_name}[{pid}]: segfault at {hex8} ip {hex16} sp {hex16} error 4 in libc.so.6[{hex8}+{hex7}] likely on CPU {cpu} (core 0, socket 0)",
    ),
    (
        SEC,
        _SYSLOG
        + "kernel: [{kup}] TCP: request_sock_TCP: Possible SYN flooding on port {dport}. Sending cookies.  Check SNMP counters.",
    ),
    (RES, _SYSLOG + "kernel: [{kup}] nf_conntrack: nf_conntrack: table full, dropping packet"),
    (
        ERR,
        _SYSLOG + "kernel: [{kup}] INFO: task {proc_name}:{pid} blocked for more than 120 seconds.",
    ),
    (
        CRIT,
        _SYSLOG
        + "kernel: [{kup}] watchdog: BUG: soft lockup - CPU#{cpu} stuck for 22s! [{proc_name}:{pid}]",
    ),
    (
        SN,
        _SYSLOG
        + "kernel: [{kup}] perf: interrupt took too long ({n} > {n}), lowering kernel.perf_event_max_sample_rate to {n}",
    ),
    (
        SN,
        _SYSLOG
        + 'kernel: [{kup}] audit: type=1400 audit({audit_stamp}): apparmor="STATUS" operation="profile_load" profile="unconfined" name="/usr/sbin/{proc_name}" pid={pid} comm="apparmor_parser"',
    ),
    (
        SEC,
        _SYSLOG
        + 'kernel: [{kup}] audit: type=1400 audit({audit_stamp}): apparmor="DENIED" operation="open" profile="/usr/sbin/{proc_name}" name="/etc/shadow" pid={pid} comm="{proc_name}" requested_mask="r" denied_mask="r" fsuid={uid} ouid=0',
    ),
    (
        CRIT,
        _SYSLOG
        + "kernel: [{kup}] Memory cgroup out of memory: Killed process {pid} ({proc_name}) total-vm:{kb}kB, anon-rss:{kb}kB, file-rss:0kB, shmem-rss:0kB, UID:{uid} pgtables:{kb}kB oom_score_adj:{small}00",
    ),
    (SN, _SYSLOG + "kernel: [{kup}] docker0: port {small}(veth{hex7}) entered blocking state"),
)

_AUDITD: tuple[Entry, ...] = (
    (
        SEC,
        'type=AVC msg=audit({audit_stamp}): avc:  denied  { write } for  pid={pid} comm="httpd" name="uploads" dev="dm-0" ino={n} scontext=system_u:system_r:httpd_t:s0 tcontext=unconfined_u:object_r:user_home_t:s0 tclass=dir permissive=0',
    ),
    (
        UA,
        "type=USER_LOGIN msg=audit({audit_stamp}): pid={pid} uid=0 auid={uid} ses={n} subj=unconfined msg='op=login id={uid} exe=\"/usr/sbin/sshd\" hostname=? addr={ip} terminal=sshd res=success'",
    ),
    (
        SEC,
        'type=USER_LOGIN msg=audit({audit_stamp}): pid={pid} uid=0 auid=4294967295 ses=4294967295 subj=unconfined msg=\'op=login acct="{invalid_user}" exe="/usr/sbin/sshd" hostname=? addr={ip} terminal=ssh res=failed\'',
    ),
    (
        UA,
        'type=USER_CMD msg=audit({audit_stamp}): pid={pid} uid={uid} auid={uid} ses={n} subj=unconfined msg=\'cwd="{home}" cmd={hex32} exe="/usr/bin/sudo" terminal={tty} res=success\'',
    ),
    (
        SN,
        'type=SERVICE_START msg=audit({audit_stamp}): pid=1 uid=0 auid=4294967295 ses=4294967295 subj=system_u:system_r:init_t:s0 msg=\'unit={sd_unit} comm="systemd" exe="/usr/lib/systemd/systemd" hostname=? addr=? terminal=? res=success\'',
        3,
    ),
    (
        SN,
        'type=SERVICE_STOP msg=audit({audit_stamp}): pid=1 uid=0 auid=4294967295 ses=4294967295 subj=system_u:system_r:init_t:s0 msg=\'unit={sd_unit} comm="systemd" exe="/usr/lib/systemd/systemd" hostname=? addr=? terminal=? res=success\'',
        2,
    ),
    (
        SN,
        "type=DAEMON_START msg=audit({audit_stamp}): op=start ver=3.1.2 format=enriched kernel=6.8.0-{small}-generic auid=4294967295 pid={pid} uid=0 ses=4294967295 subj=unconfined res=success",
    ),
    (
        SEC,
        "type=ANOM_PROMISCUOUS msg=audit({audit_stamp}): dev={iface} prom=256 old_prom=0 auid={uid} uid=0 gid=0 ses={n}",
    ),
    (
        SN,
        'type=CRED_DISP msg=audit({audit_stamp}): pid={pid} uid=0 auid=0 ses={n} subj=unconfined msg=\'op=PAM:setcred grantors=pam_permit acct="root" exe="/usr/sbin/cron" hostname=? addr=? terminal=cron res=success\'',
        2,
    ),
    (
        SEC,
        'type=USER_AUTH msg=audit({audit_stamp}): pid={pid} uid={uid} auid={uid} ses={n} subj=unconfined msg=\'op=PAM:authentication grantors=? acct="root" exe="/usr/bin/su" hostname={hostname} addr=? terminal={tty} res=failed\'',
    ),
    (RES, _SYSLOG + "auditd[{pid}]: Audit daemon log file is larger than max size"),
    (SN, _SYSLOG + "auditd[{pid}]: Audit daemon rotating log files"),
)

_APACHE_ACCESS: tuple[Entry, ...] = (
    (
        HTTP,
        '{ip} - - [{clf_ts}] "{method} {web_path} HTTP/1.1" {status} {bytes} "{referer}" "{browser_ua}"',
        4,
    ),
    (
        HTTP,
        '{vhost}:443 {ip} - - [{clf_ts}] "{method} {web_path} HTTP/1.1" {status} {bytes} "{referer}" "{browser_ua}"',
        2,
    ),
    (HTTP, '{ip} - {user} [{clf_ts}] "{method} {web_path} HTTP/1.1" {status} {bytes}'),
    (
        HTTP,
        '{ip} - - [{clf_ts}] "{method} {web_path} HTTP/1.1" {status} {bytes} "{referer}" "{browser_ua}" {n}',
    ),
    (
        HTTP,
        '::1 - - [{clf_ts}] "OPTIONS * HTTP/1.0" 200 126 "-" "Apache/2.4.58 (Ubuntu) (internal dummy connection)"',
    ),
    (HTTP, '{ip} - - [{clf_ts}] "GET {web_path} HTTP/1.1" {status_3xx} {n} "-" "{browser_ua}"'),
    (HTTP, '{ip} {vhost} - [{clf_ts}] "{method} {web_path} HTTP/2.0" {status_5xx} {n} {int_ms}ms'),
)

_APACHE_ERROR: tuple[Entry, ...] = (
    (
        SN,
        "[{apache_err_ts}] [mpm_event:notice] [pid {pid}:tid {tid}] AH00489: Apache/2.4.58 (Ubuntu) OpenSSL/3.0.13 configured -- resuming normal operations",
        2,
    ),
    (
        SN,
        "[{apache_err_ts}] [core:notice] [pid {pid}:tid {tid}] AH00094: Command line: '/usr/sbin/apache2'",
        2,
    ),
    (
        SN,
        "[{apache_err_ts}] [mpm_event:notice] [pid {pid}:tid {tid}] AH00492: caught SIGWINCH, shutting down gracefully",
    ),
    (
        SN,
        "[{apache_err_ts}] [mpm_prefork:notice] [pid {pid}] AH00171: Graceful restart requested, doing restart",
    ),
    (
        SEC,
        "[{apache_err_ts}] [authz_core:error] [pid {pid}:tid {tid}] [client {ip}:{eport}] AH01630: client denied by server configuration: /var/www/html/.git/config",
    ),
    (
        ERR,
        "[{apache_err_ts}] [php:error] [pid {pid}:tid {tid}] [client {ip}:{eport}] PHP Fatal error:  Uncaught Error: Call to undefined function mysql_connect() in /var/www/html/includes/db.php:{small}",
    ),
    (
        ERR,
        "[{apache_err_ts}] [proxy:error] [pid {pid}:tid {tid}] (111)Connection refused: AH00957: http: attempt to connect to {upstream_addr} ({hostname}:8080) failed",
    ),
    (
        ERR,
        "[{apache_err_ts}] [proxy_http:error] [pid {pid}:tid {tid}] [client {ip}:{eport}] AH01114: HTTP: failed to make connection to backend: {hostname}",
    ),
    (
        RES,
        "[{apache_err_ts}] [mpm_event:error] [pid {pid}:tid {tid}] AH00484: server reached MaxRequestWorkers setting, consider raising the MaxRequestWorkers setting",
    ),
    (
        SN,
        "[{apache_err_ts}] [core:warn] [pid {pid}:tid {tid}] AH00045: child process {pid} still did not exit, sending a SIGTERM",
    ),
    (
        SEC,
        '[{apache_err_ts}] [security2:error] [pid {pid}:tid {tid}] [client {ip}:{eport}] ModSecurity: Access denied with code 403 (phase 2). Matched "Operator `Ge\' with parameter `5\' against variable `TX:ANOMALY_SCORE\' (Value: `{small}\' ) [file "/usr/share/modsecurity-crs/rules/REQUEST-949-BLOCKING-EVALUATION.conf"] [line "{line}"] [id "949110"] [msg "Inbound Anomaly Score Exceeded (Total Score: {small})"] [hostname "{vhost}"] [uri "{web_path}"] [unique_id "{hex16}"]',
    ),
    (
        ERR,
        "[{apache_err_ts}] [autoindex:error] [pid {pid}:tid {tid}] [client {ip}:{eport}] AH01276: Cannot serve directory /var/www/html/uploads/: No matching DirectoryIndex (index.html,index.php) found, and server-generated directory index forbidden by Options directive",
    ),
    (
        DEP,
        "[{apache_err_ts}] [core:warn] [pid {pid}:tid {tid}] AH00548: NameVirtualHost has no effect and will be removed in the next release /etc/apache2/sites-enabled/000-default.conf:1",
    ),
    (
        CRIT,
        "[{apache_err_ts}] [core:notice] [pid {pid}] AH00060: seg fault or similar nasty error detected in the parent process",
    ),
    (
        ERR,
        "[{apache_err_ts}] [ssl:error] [pid {pid}:tid {tid}] [client {ip}:{eport}] AH02032: Hostname {vhost} provided via SNI and hostname {hostname} provided via HTTP are different",
    ),
)

_HAPROXY: tuple[Entry, ...] = (
    (
        HTTP,
        _SYSLOG
        + 'haproxy[{pid}]: {ip}:{eport} [{haproxy_ts}] {hap_fe}~ {hap_be}/{hap_srv} {hap_timers} {status} {bytes} - - ---- {hap_conns} 0/0 "{method} {web_path} HTTP/1.1"',
        4,
    ),
    (
        HTTP,
        _SYSLOG
        + 'haproxy[{pid}]: {ip}:{eport} [{haproxy_ts}] {hap_fe}~ {hap_fe}/<NOSRV> -1/-1/-1/-1/0 503 217 - - SC-- {hap_conns} 0/0 "{method} {web_path} HTTP/1.1"',
    ),
    (
        SN,
        _SYSLOG
        + "haproxy[{pid}]: {ip}:{eport} [{haproxy_ts}] fe_postgres be_postgres/pg{small} 1/0/{n} {bytes} -- {hap_conns} 0/0",
    ),
    (
        ERR,
        _SYSLOG
        + 'haproxy[{pid}]: [WARNING]  ({pid}) : Server {hap_be}/{hap_srv} is DOWN, reason: Layer4 connection problem, info: "Connection refused", check duration: 0ms. {small} active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.',
    ),
    (
        SN,
        _SYSLOG
        + "haproxy[{pid}]: [WARNING]  ({pid}) : Server {hap_be}/{hap_srv} is UP, reason: Layer7 check passed, code: 200, check duration: {small}ms. {small} active and 0 backup servers online. 0 sessions requeued, 0 total in queue.",
    ),
    (
        CRIT,
        _SYSLOG
        + "haproxy[{pid}]: [ALERT]    ({pid}) : backend '{hap_be}' has no server available!",
    ),
    (SN, _SYSLOG + "haproxy[{pid}]: Proxy {hap_fe} started."),
    (SN, _SYSLOG + "haproxy[{pid}]: Proxy {hap_be} stopped (cumulated conns: FE: 0, BE: {n})."),
    (SN, _SYSLOG + "haproxy[{pid}]: [NOTICE]   ({pid}) : New worker ({pid}) forked"),
    (SN, _SYSLOG + "haproxy[{pid}]: [NOTICE]   ({pid}) : Loading success."),
    (
        DEP,
        _SYSLOG
        + "haproxy[{pid}]: [WARNING]  ({pid}) : parsing [/etc/haproxy/haproxy.cfg:{line}] : the 'option httpclose' directive is deprecated and will be removed in a future version, use 'option http-server-close' instead.",
    ),
    (
        RES,
        _SYSLOG
        + "haproxy[{pid}]: [WARNING]  ({pid}) : Proxy '{hap_fe}' reached process FD limit (maxsock={n}). Please check 'ulimit-n' and restart.",
    ),
)

_ENVOY: tuple[Entry, ...] = (
    (
        HTTP,
        '[{iso_ms}] "{method} {web_path} HTTP/1.1" {status} {envoy_flags} {n} {bytes} {int_ms} {int_ms} "{ip}" "{browser_ua}" "{uuid}" "{vhost}" "{upstream_addr}"',
        4,
    ),
    (
        HTTP,
        '[{iso_ms}] "{method} {web_path} HTTP/2" {status} {envoy_flags} 0 {bytes} {int_ms} - "-" "grpc-go/1.64.0" "{uuid}" "{deploy}.{k8s_ns}.svc.cluster.local:8080" "{pod_ip}:8080" {envoy_cluster} {pod_ip}:{eport} {pod_ip}:8080 {ip}:{eport} - default',
    ),
    (
        SN,
        "[{envoy_ts}][1][info][main] [source/server/server.cc:{line}] starting main dispatch loop",
    ),
    (
        SN,
        "[{envoy_ts}][1][info][upstream] [source/common/upstream/cds_api_helper.cc:{line}] cds: add {n} cluster(s), remove {small} cluster(s)",
        2,
    ),
    (
        SN,
        "[{envoy_ts}][1][info][config] [source/common/listener_manager/listener_manager_impl.cc:{line}] all dependencies initialized. starting workers",
    ),
    (
        SN,
        "[{envoy_ts}][1][info][upstream] [source/common/upstream/cluster_manager_impl.cc:{line}] cm init: all clusters initialized",
    ),
    (
        ERR,
        '[{envoy_ts}][1][warning][config] [source/extensions/config_subscription/grpc/grpc_stream.h:{line}] DeltaAggregatedResources gRPC config stream to xds-grpc closed: 14, connection error: desc = "transport: Error while dialing: dial tcp {private_ip}:15012: connect: connection refused"',
    ),
    (
        DEP,
        "[{envoy_ts}][1][warning][misc] [source/common/protobuf/message_validator_impl.cc:{line}] Deprecated field: type envoy.config.route.v3.RouteAction Using deprecated option 'envoy.config.route.v3.RouteAction.max_grpc_timeout' from file route_components.proto. This configuration will be removed from Envoy soon.",
    ),
    (
        SN,
        "[{envoy_ts}][1][info][main] [source/server/server.cc:{line}] initializing epoch 0 (base id=0, hot restart version=11.104)",
    ),
    (
        CRIT,
        "[{envoy_ts}][1][critical][main] [source/server/server.cc:{line}] error initializing config '/etc/envoy/envoy.yaml': Protobuf message (type envoy.config.bootstrap.v3.Bootstrap reason INVALID_ARGUMENT:static_resources.clusters[0]: invalid name payments; Cluster name must be unique) has unknown fields",
    ),
    (
        SN,
        "[{envoy_ts}][1][warning][main] [source/server/server.cc:{line}] There is no configured limit to the number of allowed active downstream connections. Configure a limit in `envoy.resource_monitors.downstream_connections` resource monitor.",
    ),
    (
        RES,
        "[{envoy_ts}][{small}][info][overload] [source/server/overload_manager_impl.cc:{line}] Overload action envoy.overload_actions.shrink_heap became active",
    ),
    (
        SN,
        "[{envoy_ts}][1][info][upstream] [source/common/listener_manager/lds_api.cc:{line}] lds: add/update listener '0.0.0.0_{envoy_port}'",
        2,
    ),
    (
        SN,
        "[{envoy_ts}][1][info][admin] [source/server/admin/admin.cc:{line}] admin address: 0.0.0.0:9901",
    ),
    (
        SN,
        "[{envoy_ts}][1][info][main] [source/server/drain_manager_impl.cc:{line}] shutting down parent after drain",
    ),
    (SN, "[{envoy_ts}][1][warning][main] [source/server/server.cc:{line}] caught ENVOY_SIGTERM"),
    (SN, "[{envoy_ts}][1][info][main] [source/server/server.cc:{line}] main dispatch loop exited"),
    (
        SN,
        "[{envoy_ts}][1][info][upstream] [source/common/upstream/cluster_manager_impl.cc:{line}] cm init: initializing cds",
    ),
    (
        SN,
        "[{envoy_ts}][1][info][config] [source/server/configuration_impl.cc:{line}] loading {small} listener(s)",
    ),
    (
        SN,
        "[{envoy_ts}][1][info][runtime] [source/common/runtime/runtime_impl.cc:{line}] RTDS has finished initialization",
    ),
    (
        ERR,
        "[{envoy_ts}][1][warning][config] [source/extensions/config_subscription/grpc/grpc_subscription_impl.cc:{line}] gRPC config for type.googleapis.com/envoy.config.listener.v3.Listener rejected: Error adding/updating listener(s) 0.0.0.0_{envoy_port}: error adding listener '0.0.0.0:{envoy_port}': has duplicate address '0.0.0.0:{envoy_port}' as existing listener",
    ),
    (
        ERR,
        "[{envoy_ts}][{small}][error][lua] [source/extensions/filters/http/lua/lua_filter.cc:{line}] script log: jwt decode failed: invalid base64",
    ),
    (
        HTTP,
        '[{iso_ms}] "{method} {web_path} HTTP/1.1" {status} {envoy_flags} via_upstream - "-" 0 {bytes} {int_ms} {int_ms} "{ip}" "{browser_ua}" "{uuid}" "{vhost}" "{upstream_addr}" {envoy_cluster} {upstream_addr} {pod_ip}:{envoy_port} {ip}:{eport} - default',
        2,
    ),
    (
        CRIT,
        "[{envoy_ts}][{small}][critical][backtrace] [./source/server/backtrace.h:{line}] Caught Segmentation fault, suspect faulting address 0x0",
    ),
)

_PG = "{pg_ts} [{pid}] "
_PGU = "{pg_ts} [{pid}] {pg_user}@{db} "

_POSTGRESQL: tuple[Entry, ...] = (
    (SN, _PG + "LOG:  checkpoint starting: time", 3),
    (
        SN,
        _PG
        + "LOG:  checkpoint complete: wrote {n} buffers ({pct1}%); 0 WAL file(s) added, 0 removed, {small} recycled; write={secs} s, sync={secs} s, total={secs} s; sync files={n}, longest={secs} s, average={secs} s; distance={n} kB, estimate={n} kB; lsn={lsn}, redo lsn={lsn}",
        3,
    ),
    (SN, _PG + "LOG:  database system is ready to accept connections"),
    (
        SN,
        _PG
        + "LOG:  starting PostgreSQL 16.4 (Ubuntu 16.4-1.pgdg24.04+1) on x86_64-pc-linux-gnu, compiled by gcc (Ubuntu 13.2.0-23ubuntu4) 13.2.0, 64-bit",
    ),
    (SN, _PG + 'LOG:  automatic vacuum of table "{db}.public.{table}": index scans: {small}', 2),
    (SN, _PG + "LOG:  connection received: host={ip} port={eport}", 2),
    (
        SN,
        _PGU
        + "LOG:  connection authorized: user={pg_user} database={db} application_name=psql SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)",
    ),
    (SEC, _PGU + 'FATAL:  password authentication failed for user "{pg_user}"', 2),
    (
        SEC,
        _PG
        + 'FATAL:  no pg_hba.conf entry for host "{ip}", user "{pg_user}", database "{db}", no encryption',
    ),
    (ERR, _PGU + 'ERROR:  duplicate key value violates unique constraint "{constraint}"', 2),
    (ERR, _PGU + "ERROR:  canceling statement due to statement timeout"),
    (ERR, _PGU + "ERROR:  deadlock detected"),
    (
        CRIT,
        _PG + 'PANIC:  could not write to file "pg_wal/xlogtemp.{pid}": No space left on device',
    ),
    (CRIT, _PG + "LOG:  server process (PID {pid}) was terminated by signal 9: Killed"),
    (
        RES,
        _PGU + 'LOG:  temporary file: path "base/pgsql_tmp/pgsql_tmp{pid}.{small}", size {bytes}',
    ),
    (RES, _PGU + "FATAL:  sorry, too many clients already"),
    (SN, _PG + "LOG:  received fast shutdown request"),
    (SN, _PG + "LOG:  started streaming WAL from primary at {lsn} on timeline {small}"),
    (
        DEP,
        _PGU
        + "WARNING:  setting an MD5-encrypted password; MD5 password support is deprecated and will be removed in a future release of PostgreSQL.",
    ),
    (CRIT, _PG + "ERROR:  invalid page in block {n} of relation base/{n}/{n}"),
    (
        RES,
        _PGU
        + "LOG:  duration: {msf} ms  statement: SELECT * FROM {table} WHERE updated_at > now() - interval '1 day'",
    ),
    (SN, _PG + "LOG:  database system was shut down at {pg_ts}"),
    (SN, _PG + 'LOG:  listening on IPv4 address "0.0.0.0", port 5432'),
    (
        SN,
        _PG
        + 'LOG:  background worker "logical replication launcher" (PID {pid}) exited with exit code 1',
    ),
    (SN, _PG + "LOG:  database system is shut down"),
    (SN, _PG + 'LOG:  automatic analyze of table "{db}.public.{table}"', 2),
    (SN, _PG + "LOG:  recovery restart point at {lsn}"),
    (
        SN,
        _PG
        + "LOG:  redo done at {lsn} system usage: CPU: user: {secs} s, system: {secs} s, elapsed: {secs} s",
    ),
    (
        SN,
        _PGU
        + "LOG:  disconnection: session time: {pg_session} user={pg_user} database={db} host={ip} port={eport}",
        2,
    ),
    (ERR, _PG + "LOG:  archive command failed with exit code 1"),
    (ERR, _PGU + 'ERROR:  relation "{table}_archive" does not exist at character {n}'),
    (
        ERR,
        _PGU
        + 'ERROR:  null value in column "{field}" of relation "{table}" violates not-null constraint',
    ),
    (SEC, _PG + 'FATAL:  role "{invalid_user}" does not exist'),
    (RES, _PG + "LOG:  checkpoints are occurring too frequently ({small}{small} seconds apart)"),
    (UA, _PGU + "LOG:  statement: DROP TABLE {table}_old;"),
)

_MY = "{mysql_ts} {small} "
_MYSQL: tuple[Entry, ...] = (
    (
        SN,
        _MY
        + "[System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.39'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.",
        2,
    ),
    (
        SN,
        _MY
        + "[System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.0.39) starting as process {pid}",
    ),
    (SN, _MY + "[System] [MY-013576] [InnoDB] InnoDB initialization has started."),
    (SN, _MY + "[System] [MY-013577] [InnoDB] InnoDB initialization has ended."),
    (
        SEC,
        _MY
        + "[Note] [MY-010926] [Server] Access denied for user '{mysql_user}'@'{ip}' (using password: YES)",
        2,
    ),
    (
        DEP,
        _MY
        + "[Warning] [MY-011068] [Server] The syntax '--skip-host-cache' is deprecated and will be removed in a future release. Please use SET GLOBAL host_cache_size=0 instead.",
    ),
    (
        DEP,
        _MY
        + "[Warning] [MY-013360] [Server] Plugin mysql_native_password reported: ''mysql_native_password' is deprecated and will be removed in a future release. Please use caching_sha2_password instead'",
    ),
    (
        ERR,
        _MY
        + "[Warning] [MY-010055] [Server] IP address '{ip}' could not be resolved: Name or service not known",
    ),
    (
        CRIT,
        _MY
        + "[ERROR] [MY-011971] [InnoDB] Tablespace '{db}/{table}' Page [page id: space={n}, page number={n}] log sequence number {n} is in the future! Current system log sequence number {n}.",
    ),
    (
        CRIT,
        _MY
        + "[ERROR] [MY-013183] [InnoDB] Assertion failure: btr0cur.cc:{line}:btr_page_get_prev(next_page, mtr) == page_get_page_no(page) thread {n}",
    ),
    (
        RES,
        _MY
        + "[Note] [MY-011953] [InnoDB] Page cleaner took {int_ms}ms to flush {n} and evict 0 pages",
    ),
    (
        SN,
        _MY
        + "[System] [MY-014001] [Repl] Replica receiver thread for channel '': connected to source 'repl@{private_ip}:3306' with server_uuid={uuid}, server_id={small}. Starting replication from file '{binlog}', position '{n}'.",
    ),
    (
        ERR,
        _MY
        + "[ERROR] [MY-010584] [Repl] Replica SQL for channel '': Worker 1 failed executing transaction 'ANONYMOUS' at source log {binlog}, end_log_pos {n}; Could not execute Write_rows event on table {db}.{table}; Duplicate entry '{n}' for key '{table}.PRIMARY', Error_code: 1062; handler error HA_ERR_FOUND_DUPP_KEY; the event's source log {binlog}, end_log_pos {n}, Error_code: MY-001062",
    ),
    (
        SN,
        _MY
        + "[System] [MY-013172] [Server] Received SHUTDOWN from user <via user signal>. Shutting down mysqld (Version: 8.0.39).",
    ),
    (
        RES,
        _MY + "[Warning] [MY-010139] [Server] Changed limits: max_open_files: 1024 (requested {n})",
    ),
    (
        SN,
        _MY
        + "[Warning] [MY-010897] [Repl] Storing MySQL user name or password information in the connection metadata repository is not secure and is therefore not recommended.",
    ),
    (
        ERR,
        _MY + "[ERROR] [MY-012592] [InnoDB] Operating system error number 13 in a file operation.",
    ),
)

_RD = "{pid}:{redis_role} {redis_ts} "
_REDIS: tuple[Entry, ...] = (
    (SN, _RD + "* Ready to accept connections tcp"),
    (SN, _RD + "* Background saving started by pid {pid}", 3),
    (SN, _RD + "* DB saved on disk", 3),
    (SN, _RD + "* Background saving terminated with success", 3),
    (SN, _RD + "* {n} changes in 60 seconds. Saving...", 3),
    (RES, _RD + "* Fork CoW for RDB: current {small} MB, peak {small} MB, average {small} MB", 2),
    (SN, _RD + "* Connecting to MASTER {private_ip}:6379"),
    (SN, _RD + "* MASTER <-> REPLICA sync: Finished with success"),
    (
        SEC,
        _RD
        + "# Possible SECURITY ATTACK detected. It looks like somebody is sending POST or Host: commands to Redis. This is likely due to an attacker attempting to use Cross Protocol Scripting to compromise your Redis instance. Connection from {ip}:{eport} aborted.",
    ),
    (ERR, _RD + "# Can't save in background: fork: Cannot allocate memory"),
    (
        SN,
        _RD
        + "# WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.",
    ),
    (CRIT, _RD + "# Short read or OOM loading DB. Unrecoverable error, aborting now."),
    (
        CRIT,
        _RD
        + "# Bad file format reading the append only file appendonly.aof.{small}.incr.aof, make a backup of your AOF file, then use ./redis-check-aof --fix <filename.manifest>",
    ),
    (SN, _RD + "# Server initialized"),
    (
        SN,
        _RD
        + "# Redis version=7.2.5, bits=64, commit=00000000, modified=0, pid={pid}, just started",
    ),
    (ERR, _RD + "# Error condition on socket for SYNC: Connection refused"),
    (
        RES,
        _RD
        + "# WARNING: The TCP backlog setting of 511 cannot be enforced because /proc/sys/net/core/somaxconn is set to the lower value of 128.",
    ),
    (SN, _RD + "* Cluster state changed: ok"),
    (CRIT, _RD + "# Cluster state changed: fail"),
    (
        DEP,
        _RD
        + "# WARNING: The 'slave-serve-stale-data' config option is deprecated and will be removed in a future release, use 'replica-serve-stale-data' instead.",
    ),
)

_MG = '{"t":{"$date":"{iso_off}"},'
_MONGODB: tuple[Entry, ...] = (
    (
        SN,
        _MG
        + '"s":"I",  "c":"NETWORK",  "id":22943,   "ctx":"listener","msg":"Connection accepted","attr":{"remote":"{ip}:{eport}","uuid":{"uuid":{"$uuid":"{uuid}"}},"connectionId":{n},"connectionCount":{n}}}',
        3,
    ),
    (
        SN,
        _MG
        + '"s":"I",  "c":"NETWORK",  "id":22944,   "ctx":"{mongo_conn}","msg":"Connection ended","attr":{"remote":"{ip}:{eport}","uuid":{"uuid":{"$uuid":"{uuid}"}},"connectionId":{n},"connectionCount":{n}}}',
        3,
    ),
    (
        SN,
        _MG
        + '"s":"I",  "c":"NETWORK",  "id":51800,   "ctx":"{mongo_conn}","msg":"client metadata","attr":{"remote":"{ip}:{eport}","client":"{mongo_conn}","negotiatedCompressors":[],"doc":{"driver":{"name":"PyMongo","version":"4.8.0"},"os":{"type":"Linux","name":"Linux","architecture":"x86_64"},"platform":"CPython 3.12.4.final.0"}}}',
    ),
    (
        RES,
        _MG
        + '"s":"I",  "c":"COMMAND",  "id":51803,   "ctx":"{mongo_conn}","msg":"Slow query","attr":{"type":"command","ns":"{mongo_ns}","command":{"find":"contacts","filter":{"owner":"{user}"}},"planSummary":"COLLSCAN","keysExamined":0,"docsExamined":{n},"nreturned":{small},"durationMillis":{int_ms}}}',
        2,
    ),
    (
        SEC,
        _MG
        + '"s":"I",  "c":"ACCESS",   "id":5286307, "ctx":"{mongo_conn}","msg":"Failed to authenticate","attr":{"client":"{ip}:{eport}","isSpeculative":false,"isClusterMember":false,"mechanism":"SCRAM-SHA-256","user":"{user}","db":"admin","error":"AuthenticationFailed: SCRAM authentication failed, storedKey mismatch","result":18,"metrics":{"conversation_duration":{"micros":{n},"summary":{}}},"extraInfo":{}}}',
    ),
    (
        UA,
        _MG
        + '"s":"I",  "c":"ACCESS",   "id":5286306, "ctx":"{mongo_conn}","msg":"Successfully authenticated","attr":{"client":"{ip}:{eport}","isSpeculative":true,"isClusterMember":false,"mechanism":"SCRAM-SHA-256","user":"{user}","db":"admin","result":0,"metrics":{"conversation_duration":{"micros":{n}}},"extraInfo":{}}}',
    ),
    (
        SN,
        _MG
        + '"s":"I",  "c":"WTCHKPT",  "id":22430,   "ctx":"Checkpointer","msg":"WiredTiger message","attr":{"message":{"ts_sec":{n},"ts_usec":{n},"thread":"{pid}:0x7f{hex8}","session_name":"WT_SESSION.checkpoint","category":"WT_VERB_CHECKPOINT_PROGRESS","category_id":6,"verbose_level":"DEBUG_1","verbose_level_id":1,"msg":"saving checkpoint snapshot min: {n}, snapshot max: {n} snapshot count: 0, oldest timestamp: (0, 0) , meta checkpoint timestamp: (0, 0) base write gen: {n}"}}}',
        3,
    ),
    (
        SN,
        _MG
        + '"s":"I",  "c":"REPL",     "id":21331,   "ctx":"OplogApplier-0","msg":"Transition to primary complete; database writes are now permitted","attr":{"term":{small}}}',
    ),
    (
        SN,
        _MG
        + '"s":"I",  "c":"INDEX",    "id":20447,   "ctx":"IndexBuildsCoordinatorMongod-{small}","msg":"Index build: completed","attr":{"buildUUID":{"uuid":{"$uuid":"{uuid}"}}}}',
    ),
    (
        CRIT,
        _MG
        + '"s":"F",  "c":"STORAGE",  "id":50853,   "ctx":"initandlisten","msg":"WiredTiger error message","attr":{"error":-31804,"message":"[{n}:{n}][1:0x7f{hex8}], file:collection-{small}-{n}.wt, WT_CURSOR.next: __wt_block_read_off, 292: collection-{small}-{n}.wt: read checksum error for 4096B block at offset {n}: block header checksum of 0x{hex8} doesn\'t match expected checksum of 0x{hex8}"}}',
    ),
    (
        ERR,
        _MG
        + '"s":"W",  "c":"NETWORK",  "id":4615610, "ctx":"ReplCoord-{small}","msg":"Failed to check socket connectivity","attr":{"error":{"code":6,"codeName":"HostUnreachable","errmsg":"Connection reset by peer"}}}',
    ),
    (
        DEP,
        _MG
        + '"s":"W",  "c":"COMMAND",  "id":5578800, "ctx":"{mongo_conn}","msg":"Deprecated operation requested. For more details see https://dochub.mongodb.org/core/legacy-opcode-compatibility","attr":{"op":"query","clientInfo":{"driver":{"name":"nodejs","version":"3.6.12"}}}}',
    ),
    (
        ERR,
        _MG
        + '"s":"W",  "c":"QUERY",    "id":23798,   "ctx":"{mongo_conn}","msg":"Plan executor error during find command","attr":{"error":{"code":292,"codeName":"QueryExceededMemoryLimitNoDiskUseAllowed","errmsg":"Sort exceeded memory limit of 104857600 bytes, but did not opt in to external sorting."},"stats":{},"cmd":{"find":"deals","sort":{"amount":-1}}}}',
    ),
    (
        SN,
        _MG
        + '"s":"I",  "c":"CONTROL",  "id":23403,   "ctx":"initandlisten","msg":"Build Info","attr":{"buildInfo":{"version":"7.0.12","gitVersion":"{sha}","openSSLVersion":"OpenSSL 3.0.13 30 Jan 2024","modules":[],"allocator":"tcmalloc","environment":{"distmod":"ubuntu2204","distarch":"x86_64","target_arch":"x86_64"}}}}',
    ),
)

_ES = "[{es_ts}]"
_ELASTICSEARCH: tuple[Entry, ...] = (
    (
        SN,
        _ES
        + "[INFO ][o.e.c.m.MetadataCreateIndexService] [{es_node}] [{es_index}] creating index, cause [auto(bulk api)], templates [logs], shards [1]/[1]",
        2,
    ),
    (
        SN,
        _ES
        + '[INFO ][o.e.c.r.a.AllocationService] [{es_node}] current.health="GREEN" message="Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[{es_index}][0]]])." previous.health="YELLOW" reason="shards started [[{es_index}][0]]"',
        2,
    ),
    (
        CRIT,
        _ES
        + '[WARN ][o.e.c.r.a.AllocationService] [{es_node}] current.health="RED" message="Cluster health status changed from [YELLOW] to [RED] (reason: [{es_node} left])." previous.health="YELLOW" reason="{es_node} left"',
    ),
    (
        RES,
        _ES
        + "[WARN ][o.e.c.r.a.DiskThresholdMonitor] [{es_node}] high disk watermark [90%] exceeded on [{hex16}][{es_node}][/usr/share/elasticsearch/data] free: {gb}gb[{pct1}%], shards will be relocated away from this node; currently relocating away shards totalling [0b]; currently relocating into this node shards totalling [0b]",
        2,
    ),
    (
        RES,
        _ES
        + "[WARN ][o.e.m.j.JvmGcMonitorService] [{es_node}] [gc][{n}] overhead, spent [{secs}s] collecting in the last [{secs}s]",
        2,
    ),
    (SN, _ES + "[INFO ][o.e.n.Node               ] [{es_node}] started {es_node}-{hex8}"),
    (
        SN,
        _ES
        + "[INFO ][o.e.c.m.MetadataMappingService] [{es_node}] [{es_index}/{hex16}] update_mapping [_doc]",
        2,
    ),
    (
        SEC,
        _ES
        + "[WARN ][o.e.x.s.a.RealmsAuthenticator] [{es_node}] Authentication to realm native1 failed - Password authentication failed for {user}",
    ),
    (
        DEP,
        _ES
        + "[WARN ][o.e.d.r.a.a.i.RestPutIndexTemplateAction] [{es_node}] Legacy index templates are deprecated in favor of composable templates.",
    ),
    (
        ERR,
        _ES
        + "[WARN ][r.suppressed             ] [{es_node}] path: /{es_index}/_search, params: {index={es_index}}, status: 400 org.elasticsearch.action.search.SearchPhaseExecutionException: all shards failed",
    ),
    (
        SN,
        _ES
        + "[INFO ][o.e.c.m.MetadataDeleteIndexService] [{es_node}] [{es_index}/{hex16}] deleting index",
    ),
    (
        SN,
        _ES
        + '[INFO ][o.e.x.i.IndexLifecycleTransition] [{es_node}] moving index [{es_index}] from [{"phase":"hot","action":"rollover","name":"check-rollover-ready"}] to [{"phase":"hot","action":"rollover","name":"attempt-rollover"}] in policy [logs]',
    ),
    (
        CRIT,
        _ES
        + "[ERROR][o.e.b.ElasticsearchUncaughtExceptionHandler] [{es_node}] fatal error in thread [elasticsearch[{es_node}][search][T#{small}]], exiting java.lang.OutOfMemoryError: Java heap space",
    ),
    (
        RES,
        _ES
        + "[WARN ][o.e.i.b.HierarchyCircuitBreakerService] [{es_node}] [parent] Data too large, data for [indices:data/read/search] would be [{bytes}/{gb}gb], which is larger than the limit of [{bytes}/{gb}gb], real usage: [{bytes}/{gb}gb], new bytes reserved: [{n}/{n}b]",
    ),
    (
        SN,
        _ES
        + "[INFO ][o.e.s.SnapshotsService   ] [{es_node}] snapshot [nightly:nightly-{date}-{hex8}/{hex16}] completed with state [SUCCESS]",
    ),
)

_KF = "[{log4j_ts}] "
_KAFKA: tuple[Entry, ...] = (
    (SN, _KF + "INFO [KafkaServer id={broker}] started (kafka.server.KafkaServer)"),
    (
        SN,
        _KF
        + "INFO [GroupCoordinator {broker}]: Preparing to rebalance group {group} in state PreparingRebalance with old generation {n} (__consumer_offsets-{partition}) (reason: Adding new member consumer-{group}-1-{uuid} with group instance id None; client reason: need to re-join with the given member-id: consumer-{group}-1-{uuid}) (kafka.coordinator.group.GroupCoordinator)",
        2,
    ),
    (
        SN,
        _KF
        + "INFO [GroupCoordinator {broker}]: Stabilized group {group} generation {n} (__consumer_offsets-{partition}) with {small} members (kafka.coordinator.group.GroupCoordinator)",
        2,
    ),
    (
        SN,
        _KF
        + "INFO [LocalLog partition={topic}-{partition}, dir=/var/lib/kafka/data] Rolled new log segment at offset {n} in {small} ms. (kafka.log.LocalLog)",
        2,
    ),
    (
        SN,
        _KF
        + "INFO [LocalLog partition={topic}-{partition}, dir=/var/lib/kafka/data] Deleting segment files LogSegment(baseOffset={n}, size={bytes}, lastModifiedTime={epoch_ms}, largestRecordTimestamp=Some({epoch_ms})) (kafka.log.LocalLog$)",
        2,
    ),
    (
        SN,
        _KF
        + "INFO [Partition {topic}-{partition} broker={broker}] ISR updated to {broker},{broker} and version updated to {n} (kafka.cluster.Partition)",
    ),
    (
        ERR,
        _KF
        + "WARN [ReplicaFetcher replicaId={broker}, leaderId={broker}, fetcherId=0] Error in response for fetch request (type=FetchRequest, replicaId={broker}, maxWait=500, minBytes=1, maxBytes=10485760, fetchData={}, isolationLevel=READ_UNCOMMITTED, removed=, replaced=, metadata=(sessionId={n}, epoch={n}), rackId=) (kafka.server.ReplicaFetcherThread) java.io.IOException: Connection to {broker} was disconnected before the response was read",
    ),
    (
        CRIT,
        _KF
        + "ERROR Shutdown broker because all log dirs in /var/lib/kafka/data have failed (kafka.log.LogManager)",
    ),
    (
        DEP,
        _KF
        + "WARN log.message.format.version is deprecated and will be removed in Apache Kafka 4.0; it is ignored since inter.broker.protocol.version is 3.0 or higher (kafka.server.KafkaConfig)",
    ),
    (
        SN,
        _KF
        + "INFO [Controller id={broker}] Processing automatic preferred replica leader election (kafka.controller.KafkaController)",
    ),
    (
        ERR,
        _KF
        + "WARN [Producer clientId=producer-{small}] Got error produce response with correlation id {n} on topic-partition {topic}-{partition}, retrying (2 attempts left). Error: NOT_LEADER_OR_FOLLOWER (org.apache.kafka.clients.producer.internals.Sender)",
    ),
    (
        SEC,
        _KF
        + "INFO [SocketServer listenerType=ZK_BROKER, nodeId={broker}] Failed authentication with /{ip} (channelId={private_ip}:9093-{ip}:{eport}-{n}) (Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512) (org.apache.kafka.common.network.Selector)",
    ),
    (
        RES,
        _KF
        + "INFO [QuotaManager] Throttling client {group} for {int_ms} ms: byte-rate quota of 10485760 exceeded (kafka.server.ClientQuotaManager)",
    ),
    (
        SN,
        _KF
        + "INFO [Log partition={topic}-{partition}, dir=/var/lib/kafka/data] Incremented log start offset to {n} due to segment deletion (kafka.log.UnifiedLog)",
    ),
)

_ZK = "{log4j_ts} [myid:{zk_myid}] - "
_ZOOKEEPER: tuple[Entry, ...] = (
    (
        SN,
        _ZK
        + "INFO  [QuorumPeer[myid={zk_myid}](plain=[0:0:0:0:0:0:0:0]:2181)(secure=disabled):o.a.z.s.q.Leader@{line}] - LEADING - LEADER ELECTION TOOK - {int_ms} MS",
    ),
    (
        SN,
        _ZK
        + "INFO  [QuorumPeer[myid={zk_myid}](plain=[0:0:0:0:0:0:0:0]:2181)(secure=disabled):o.a.z.s.q.Follower@{line}] - FOLLOWING - LEADER ELECTION TOOK - {int_ms} MS",
    ),
    (
        SN,
        _ZK
        + "INFO  [CommitProcWorkThread-{small}:o.a.z.s.ZooKeeperServer@{line}] - Established session 0x{zk_sid} with negotiated timeout 30000 for client /{ip}:{eport}",
        3,
    ),
    (
        SN,
        _ZK
        + "INFO  [SessionTracker:o.a.z.s.ZooKeeperServer@{line}] - Expiring session 0x{zk_sid}, timeout of 30000ms exceeded",
        2,
    ),
    (
        SN,
        _ZK
        + "INFO  [SyncThread:{zk_myid}:o.a.z.s.p.FileTxnSnapLog@{line}] - Snapshotting: 0x{zxid} to /var/lib/zookeeper/version-2/snapshot.{zxid}",
        2,
    ),
    (
        ERR,
        _ZK
        + "WARN  [QuorumConnectionThread-[myid={zk_myid}]-{small}:o.a.z.s.q.QuorumCnxManager@{line}] - Cannot open channel to {zk_myid} at election address zk-{zk_myid}.zk-headless/{private_ip}:3888",
    ),
    (
        RES,
        _ZK
        + "WARN  [SyncThread:{zk_myid}:o.a.z.s.SyncRequestProcessor@{line}] - Too busy to snap, skipping",
    ),
    (
        RES,
        _ZK
        + "WARN  [SyncThread:{zk_myid}:o.a.z.s.p.FileTxnLog@{line}] - fsync-ing the write ahead log in SyncThread:{zk_myid} took {int_ms}ms which will adversely effect operation latency.File size is {bytes} bytes. See the ZooKeeper troubleshooting guide",
    ),
    (
        SN,
        _ZK
        + "INFO  [main:o.a.z.s.q.QuorumPeerConfig@{line}] - Reading configuration from: /conf/zoo.cfg",
    ),
    (
        RES,
        _ZK
        + "WARN  [NIOServerCxnFactory.AcceptThread:0.0.0.0/0.0.0.0:2181:o.a.z.s.NIOServerCnxnFactory$AcceptThread@{line}] - Too many connections from /{ip} - max is 60",
    ),
    (
        CRIT,
        _ZK
        + "ERROR [main:o.a.z.s.q.QuorumPeerMain@{line}] - Unexpected exception, exiting abnormally java.io.IOException: No snapshot found, but there are log entries. Something is broken!",
    ),
    (
        SN,
        _ZK
        + "INFO  [NIOWorkerThread-{small}:o.a.z.s.NIOServerCnxn@{line}] - Closed socket connection for client /{ip}:{eport} which had sessionid 0x{zk_sid}",
        2,
    ),
    (
        SN,
        _ZK
        + "INFO  [main:o.a.z.Environment@{line}] - Server environment:zookeeper.version=3.8.4-{sha}, built on {date} 22:16 UTC",
    ),
    (
        SN,
        _ZK
        + "INFO  [main:o.a.z.s.NIOServerCnxnFactory@{line}] - binding to port 0.0.0.0/0.0.0.0:2181",
    ),
    (
        SN,
        _ZK
        + "INFO  [QuorumPeer[myid={zk_myid}](plain=[0:0:0:0:0:0:0:0]:2181)(secure=disabled):o.a.z.s.q.QuorumPeer@{line}] - LOOKING",
    ),
    (
        SN,
        _ZK
        + "INFO  [QuorumPeer[myid={zk_myid}](plain=[0:0:0:0:0:0:0:0]:2181)(secure=disabled):o.a.z.s.q.FastLeaderElection@{line}] - New election. My id = {zk_myid}, proposed zxid=0x{zxid}",
    ),
    (
        SN,
        _ZK
        + "INFO  [WorkerReceiver[myid={zk_myid}]:o.a.z.s.q.FastLeaderElection$Messenger$WorkerReceiver@{line}] - Notification: my state:LOOKING; n.sid:{zk_myid}, n.state:LOOKING, n.leader:{zk_myid}, n.round:0x{small}, n.peerEpoch:0x{small}, n.zxid:0x{zxid}, message format version:0x2, n.config version:0x0",
        2,
    ),
    (
        SN,
        _ZK
        + "INFO  [LearnerHandler-/{private_ip}:{eport}:o.a.z.s.q.LearnerHandler@{line}] - Synchronizing with Learner sid: {zk_myid} maxCommittedLog=0x{zxid} minCommittedLog=0x{zxid} lastProcessedZxid=0x{zxid} peerLastZxid=0x{zxid}",
    ),
    (
        SN,
        _ZK
        + "INFO  [QuorumPeer[myid={zk_myid}](plain=[0:0:0:0:0:0:0:0]:2181)(secure=disabled):o.a.z.s.q.Learner@{line}] - Getting a diff from the leader 0x{zxid}",
    ),
    (
        SN,
        _ZK
        + "INFO  [PurgeTask:o.a.z.s.DatadirCleanupManager$PurgeTask@{line}] - Purge task started.",
    ),
    (
        SN,
        _ZK
        + "INFO  [SyncThread:{zk_myid}:o.a.z.s.p.FileTxnLog@{line}] - Creating new log file: log.{zxid}",
        2,
    ),
    (
        SN,
        _ZK
        + "INFO  [main:o.a.z.s.a.JettyAdminServer@{line}] - Started AdminServer on address 0.0.0.0, port 8080 and command URL /commands",
    ),
    (
        ERR,
        _ZK
        + "WARN  [NIOWorkerThread-{small}:o.a.z.s.NIOServerCnxn@{line}] - Unexpected exception EndOfStreamException: Unable to read additional data from client, it probably closed the socket: address = /{ip}:{eport}, session = 0x{zk_sid}",
    ),
    (
        ERR,
        _ZK
        + "WARN  [QuorumPeer[myid={zk_myid}](plain=[0:0:0:0:0:0:0:0]:2181)(secure=disabled):o.a.z.s.q.Follower@{line}] - Exception when following the leader java.net.SocketTimeoutException: Read timed out",
    ),
    (
        SEC,
        _ZK
        + "ERROR [NIOWorkerThread-{small}:o.a.z.s.a.SaslServerCallbackHandler@{line}] - User '{user}' not found in list of DIGEST-MD5 authenticateable users.",
    ),
)

_CS = " {log4j_ts} "
_CASSANDRA: tuple[Entry, ...] = (
    (SN, "INFO  [main]" + _CS + "CassandraDaemon.java:{line} - Startup complete"),
    (
        SN,
        "INFO  [MemtableFlushWriter:{small}]"
        + _CS
        + "Flushing.java:{line} - Writing Memtable-{table}@{n}({kb} KiB serialized bytes, {n} ops, 0%/0% of on/off-heap limit), flushed range = [min(-9223372036854775808), max(9223372036854775807))",
        3,
    ),
    (
        SN,
        "INFO  [CompactionExecutor:{small}]"
        + _CS
        + "CompactionTask.java:{line} - Compacted ({uuid}) {small} sstables to [/var/lib/cassandra/data/{ks_table}-{hex32}/nb-{n}-big,] to level=0.  {mb}MiB to {mb}MiB (~{small}0% of original) in {int_ms}ms.",
        3,
    ),
    (
        SN,
        "INFO  [GossipStage:1]"
        + _CS
        + "Gossiper.java:{line} - Node /{private_ip}:7000 is now part of the cluster",
    ),
    (
        SN,
        "INFO  [GossipStage:1]"
        + _CS
        + "StorageService.java:{line} - Node /{private_ip}:7000 state jump to NORMAL",
    ),
    (
        ERR,
        "INFO  [GossipTasks:1]"
        + _CS
        + "Gossiper.java:{line} - InetAddress /{private_ip}:7000 is now DOWN",
    ),
    (
        RES,
        "INFO  [Service Thread]"
        + _CS
        + "GCInspector.java:{line} - G1 Young Generation GC in {int_ms}ms.  G1 Eden Space: {bytes} -> 0; G1 Old Gen: {bytes} -> {bytes}; G1 Survivor Space: {bytes} -> {bytes};",
        2,
    ),
    (
        RES,
        "WARN  [ReadStage-{small}]"
        + _CS
        + "NoSpamLogger.java:{line} - Maximum memory usage reached (512.000MiB), cannot allocate chunk of 1.000MiB",
    ),
    (
        RES,
        "WARN  [ReadStage-{small}]"
        + _CS
        + "ReadCommand.java:{line} - Read {n} live rows and {n} tombstone cells for query SELECT * FROM {ks_table} WHERE id = {n} LIMIT 5000; token {n} (see tombstone_warn_threshold)",
    ),
    (
        ERR,
        "ERROR [Native-Transport-Requests-{small}]"
        + _CS
        + "ErrorMessage.java:{line} - Unexpected exception during request; channel = [id: 0x{hex8}, L:/{private_ip}:9042 - R:/{ip}:{eport}]",
    ),
    (
        CRIT,
        "ERROR [main]"
        + _CS
        + "CassandraDaemon.java:{line} - Exception encountered during startup org.apache.cassandra.db.commitlog.CommitLogReadHandler$CommitLogReadException: Could not read commit log descriptor in file /var/lib/cassandra/commitlog/CommitLog-7-{epoch_ms}.log",
    ),
    (
        CRIT,
        "ERROR [CompactionExecutor:{small}]"
        + _CS
        + "JVMStabilityInspector.java:{line} - Exception in thread Thread[CompactionExecutor:{small},1,main] org.apache.cassandra.io.sstable.CorruptSSTableException: Corrupted: /var/lib/cassandra/data/{ks_table}-{hex32}/nb-{n}-big-Data.db",
    ),
    (
        DEP,
        "WARN  [main]"
        + _CS
        + "YamlConfigurationLoader.java:{line} - [enable_materialized_views] parameters have been deprecated. They have new names and/or value format; For more information, please refer to NEWS.txt",
    ),
    (
        SN,
        "INFO  [HintsDispatcher:{small}]"
        + _CS
        + "HintsDispatchExecutor.java:{line} - Finished hinted handoff of file {uuid}-{epoch_ms}-2.hints to endpoint /{private_ip}:7000: {uuid}",
    ),
    (
        SEC,
        "WARN  [Native-Transport-Requests-{small}]"
        + _CS
        + "PasswordAuthenticator.java:{line} - {user}@/{ip}:{eport} failed to authenticate: Provided username {user} and/or password are incorrect",
    ),
    (SN, "INFO  [main]" + _CS + "CassandraDaemon.java:{line} - Hostname: {hostname}:7000:7001"),
    (SN, "INFO  [main]" + _CS + "StorageService.java:{line} - Cassandra version: 4.1.{small}"),
    (
        SN,
        "INFO  [main]"
        + _CS
        + "StorageService.java:{line} - Native protocol supported versions: 3/v3, 4/v4, 5/v5, 6/v6-beta (default: 5/v5)",
    ),
    (
        SN,
        "INFO  [main]"
        + _CS
        + "PipelineConfigurator.java:{line} - Starting listening for CQL clients on /{private_ip}:9042 (unencrypted)...",
    ),
    (
        SN,
        "INFO  [main]"
        + _CS
        + "CommitLog.java:{line} - Log replay complete, {n} replayed mutations",
    ),
    (SN, "INFO  [main]" + _CS + "ColumnFamilyStore.java:{line} - Initializing {ks_table}", 2),
    (
        SN,
        "INFO  [GossipStage:1]"
        + _CS
        + "Gossiper.java:{line} - InetAddress /{private_ip}:7000 is now UP",
    ),
    (
        SN,
        "INFO  [Messaging-EventLoop-3-{small}]"
        + _CS
        + "OutboundConnection.java:{line} - {hostname}/{private_ip}:7000(/{private_ip}:{eport})->/{private_ip}:7000-URGENT_MESSAGES-{hex8} successfully connected, version = 12, framing = CRC, encryption = unencrypted",
    ),
    (
        SN,
        "INFO  [Repair-Task:1]"
        + _CS
        + "RepairRunnable.java:{line} - Repair command #{small} finished in {small} minutes",
    ),
    (
        SN,
        "INFO  [Stream-Deserializer-/{private_ip}:7000-{hex8}]"
        + _CS
        + "StreamResultFuture.java:{line} - [Stream #{uuid}] All sessions completed",
    ),
    (
        SN,
        "INFO  [CompactionExecutor:{small}]"
        + _CS
        + "AutoSavingCache.java:{line} - Saved KeyCache ({n} items) in {int_ms} ms",
    ),
    (
        SN,
        "INFO  [RMI TCP Connection({small})-127.0.0.1]"
        + _CS
        + "StorageService.java:{line} - DRAINING: starting drain process",
    ),
    (
        SN,
        "INFO  [RMI TCP Connection({small})-127.0.0.1]"
        + _CS
        + "StorageService.java:{line} - DRAINED",
    ),
    (
        UA,
        "INFO  [Native-Transport-Requests-{small}]"
        + _CS
        + "FileAuditLogger.java:{line} - user:{user}|host:{private_ip}:7000|source:/{ip}|port:{eport}|timestamp:{epoch_ms}|type:LOGIN_SUCCESS|category:AUTH|operation:LOGIN SUCCESSFUL",
    ),
    (
        UA,
        "INFO  [Native-Transport-Requests-{small}]"
        + _CS
        + "FileAuditLogger.java:{line} - user:{user}|host:{private_ip}:7000|source:/{ip}|port:{eport}|timestamp:{epoch_ms}|type:CREATE_TABLE|category:DDL|ks:crm|scope:contacts_by_email|operation:CREATE TABLE crm.contacts_by_email (email text PRIMARY KEY, contact_id uuid);",
    ),
    (
        SEC,
        "INFO  [Native-Transport-Requests-{small}]"
        + _CS
        + "FileAuditLogger.java:{line} - user:{user}|host:{private_ip}:7000|source:/{ip}|port:{eport}|timestamp:{epoch_ms}|type:LOGIN_ERROR|category:AUTH|operation:LOGIN FAILURE; Provided username {user} and/or password are incorrect",
    ),
    (
        SEC,
        "INFO  [Native-Transport-Requests-{small}]"
        + _CS
        + "FileAuditLogger.java:{line} - user:{user}|host:{private_ip}:7000|source:/{ip}|port:{eport}|timestamp:{epoch_ms}|type:UNAUTHORIZED_ATTEMPT|category:AUTH|ks:system_auth|scope:roles|operation:SELECT * FROM system_auth.roles;",
    ),
    (
        ERR,
        "ERROR [Stream-Deserializer-/{private_ip}:7000-{hex8}]"
        + _CS
        + "StreamSession.java:{line} - [Stream #{uuid}] Streaming error occurred on session with peer {private_ip}:7000 java.io.IOException: Connection reset by peer",
    ),
    (
        ERR,
        "ERROR [Repair#{small}:1]"
        + _CS
        + "RepairRunnable.java:{line} - Repair {uuid} failed: java.lang.RuntimeException: Repair job has failed with the error message: Endpoint /{private_ip}:7000 died",
    ),
    (
        CRIT,
        "ERROR [COMMIT-LOG-ALLOCATOR]"
        + _CS
        + "CommitLog.java:{line} - Failed managing commit log segments. Commit disk failure policy is stop; terminating thread",
    ),
    (
        CRIT,
        "ERROR [ReadStage-{small}]"
        + _CS
        + "JVMStabilityInspector.java:{line} - OutOfMemory error letting the JVM handle the error: java.lang.OutOfMemoryError: Java heap space",
    ),
    (
        RES,
        "WARN  [main]"
        + _CS
        + "DatabaseDescriptor.java:{line} - Only {n}.000GiB free across all data volumes. Consider adding more capacity to your cluster or removing obsolete snapshots",
    ),
    (
        RES,
        "WARN  [Native-Transport-Requests-{small}]"
        + _CS
        + "BatchStatement.java:{line} - Batch for [{ks_table}] is of size {n}.{small}KiB, exceeding specified threshold of 5.000KiB by {n}.{small}KiB.",
    ),
    (
        RES,
        "WARN  [GossipTasks:1]"
        + _CS
        + "FailureDetector.java:{line} - Not marking nodes down due to local pause of {n}000000000ns > 5000000000ns",
    ),
    (
        RES,
        "INFO  [ScheduledTasks:1]"
        + _CS
        + "StatusLogger.java:{line} - MutationStage                     {small}      {n}        {n}         0                 0",
    ),
    (
        DEP,
        "WARN  [main]"
        + _CS
        + "YamlConfigurationLoader.java:{line} - [commitlog_sync_batch_window_in_ms] parameters have been deprecated. They have new names and/or value format; For more information, please refer to NEWS.txt",
    ),
)

_HD = "{log4j_ts} "
_HDFS_NAMENODE: tuple[Entry, ...] = (
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.StateChange: BLOCK* allocate {blk}, replicas={private_ip}:9866, {private_ip}:9866, {private_ip}:9866 for {hdfs_path}",
        3,
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.StateChange: DIR* completeFile: {hdfs_path} is closed by DFSClient_NONMAPREDUCE_{n}_1",
        3,
    ),
    (
        SN,
        _HD
        + "INFO BlockStateChange: BLOCK* addStoredBlock: {private_ip}:9866 is added to {blk} (size={bytes})",
        2,
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.server.namenode.FSNamesystem: Roll Edit Log from {private_ip}",
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.server.namenode.FSEditLog: Number of transactions: {n} Total time for transactions(ms): {n} Number of transactions batched in Syncs: {n} Number of syncs: {n} SyncTimes(ms): {n}",
    ),
    (
        SN,
        _HD
        + "INFO BlockStateChange: BLOCK* processReport 0x{hex16} with lease ID 0x{hex16}: from storage DS-{uuid} node DatanodeRegistration({private_ip}:9866, datanodeUuid={uuid}, infoPort=9864, infoSecurePort=0, ipcPort=9867, storageInfo=lv=-57;cid=CID-{uuid};nsid={n};c={epoch_ms}), blocks: {n}, hasStaleStorage: false, processing time: {small} msecs, invalidatedBlocks: 0",
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.StateChange: BLOCK* registerDatanode: from DatanodeRegistration({private_ip}:9866, datanodeUuid={uuid}, infoPort=9864, infoSecurePort=0, ipcPort=9867, storageInfo=lv=-57;cid=CID-{uuid};nsid={n};c={epoch_ms}) storage {uuid}",
    ),
    (SN, _HD + "INFO org.apache.hadoop.hdfs.StateChange: STATE* Safe mode is OFF"),
    (
        CRIT,
        _HD
        + "ERROR org.apache.hadoop.hdfs.server.namenode.NameNode: Failed to start namenode. java.io.IOException: NameNode is not formatted.",
    ),
    (
        CRIT,
        _HD
        + "FATAL org.apache.hadoop.hdfs.server.namenode.FSEditLog: Error: flush failed for required journal (JournalAndStream(mgr=QJM to [{private_ip}:8485, {private_ip}:8485, {private_ip}:8485], stream=QuorumOutputStream starting at txid {n}))",
    ),
    (
        ERR,
        _HD
        + "WARN org.apache.hadoop.hdfs.server.blockmanagement.BlockPlacementPolicy: Failed to place enough replicas, still in need of 1 to reach 3 (unavailableStorages=[], storagePolicy=BlockStoragePolicy{HOT:7, storageTypes=[DISK], creationFallbacks=[], replicationFallbacks=[ARCHIVE]}, newBlock=true) For more information, please enable DEBUG log level on org.apache.hadoop.hdfs.server.blockmanagement.BlockPlacementPolicy",
    ),
    (DEP, _HD + "INFO org.apache.hadoop.conf.Configuration.deprecation: {hadoop_deprecation}"),
    (
        RES,
        _HD
        + "WARN org.apache.hadoop.hdfs.server.namenode.NameNodeResourceChecker: Space available on volume '/dev/{blk_dev}' is {n}, which is below the configured reserved amount 104857600",
    ),
    (
        SEC,
        _HD
        + 'WARN org.apache.hadoop.security.UserGroupInformation: PriviledgedActionException as:{user} (auth:SIMPLE) cause:org.apache.hadoop.security.AccessControlException: Permission denied: user={user}, access=WRITE, inode="/user/hive/warehouse":hive:supergroup:drwxr-xr-x',
    ),
    (
        UA,
        _HD
        + "INFO FSNamesystem.audit: allowed=true\tugi={user} (auth:SIMPLE)\tip=/{private_ip}\tcmd=delete\tsrc={hdfs_path}\tdst=null\tperm=null\tproto=rpc",
    ),
    (
        UA,
        _HD
        + "INFO FSNamesystem.audit: allowed=true\tugi={user} (auth:KERBEROS)\tip=/{private_ip}\tcmd=setPermission\tsrc=/user/{user}/exports\tdst=null\tperm={user}:analysts:rwxr-x---\tproto=rpc",
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.StateChange: STATE* Safe mode ON, in safe mode extension. The reported blocks {n} has reached the threshold 0.9990 of total blocks {n}. The minimum number of live datanodes is not required. In safe mode extension. Safe mode will be turned off automatically in {small} seconds.",
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.StateChange: STATE* Leaving safe mode after {small} secs",
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.server.namenode.FSEditLog: Starting log segment at {nn_txid}",
        2,
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.server.namenode.FSImage: Saving image file /hadoop/hdfs/namenode/current/fsimage.ckpt_{fsimage_txid} using no compression",
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.server.namenode.TransferFsImage: Downloaded file fsimage.ckpt_{fsimage_txid} size {bytes} bytes.",
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.server.namenode.FSNamesystem: Recovering [Lease.  Holder: DFSClient_NONMAPREDUCE_{n}_1, pending creates: 1], src={hdfs_path}",
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.server.blockmanagement.DatanodeDescriptor: Adding new storage ID DS-{uuid} for DN {private_ip}:9866",
    ),
    (
        SN,
        _HD
        + "INFO BlockStateChange: BLOCK* ask {private_ip}:9866 to replicate {blk} to datanode(s) {private_ip}:9866",
        2,
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.server.namenode.NameNode: NameNode RPC up at: {hostname}/{private_ip}:8020",
    ),
    (
        ERR,
        _HD
        + "INFO org.apache.hadoop.ipc.Server: IPC Server handler {small} on default port 8020, call Call#{n} Retry#0 org.apache.hadoop.hdfs.protocol.ClientProtocol.complete from {private_ip}:{eport}: org.apache.hadoop.hdfs.server.namenode.LeaseExpiredException: No lease on {hdfs_path} (inode {nn_inode}): File does not exist. Holder DFSClient_NONMAPREDUCE_{n}_1 does not have any open files.",
    ),
    (
        ERR,
        _HD
        + "INFO org.apache.hadoop.hdfs.StateChange: BLOCK* removeDeadDatanode: lost heartbeat from {private_ip}:9866, removeBlocksFromBlockMap true",
    ),
    (
        RES,
        _HD
        + "INFO org.apache.hadoop.util.JvmPauseMonitor: Detected pause in JVM or host machine (eg GC): pause of approximately {int_ms}ms GC pool 'G1 Old Generation' had collection(s): count=1 time={int_ms}ms",
    ),
    (
        SEC,
        _HD
        + "WARN SecurityLogger.org.apache.hadoop.security.authorize.ServiceAuthorizationManager: Authorization failed for {user} (auth:SIMPLE) for protocol=interface org.apache.hadoop.hdfs.protocol.ClientProtocol",
    ),
    (
        UA,
        _HD
        + "INFO FSNamesystem.audit: allowed=true\tugi={user} (auth:KERBEROS)\tip=/{private_ip}\tcmd=rename\tsrc={hdfs_path}\tdst=/user/{user}/.Trash/Current{hdfs_path}\tperm={user}:supergroup:rw-r--r--\tproto=rpc",
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.server.namenode.NameNode: registered UNIX signal handlers for [TERM, HUP, INT]",
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.server.namenode.FSNamesystem: fsOwner                = hdfs (auth:SIMPLE)",
    ),
    (SN, _HD + "INFO org.apache.hadoop.hdfs.server.namenode.FSNamesystem: HA Enabled: true"),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.server.namenode.FSImage: Loaded image for txid {nn_txid} from /hadoop/hdfs/namenode/current/fsimage_{fsimage_txid}",
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.server.namenode.FileJournalManager: Finalizing edits file /hadoop/hdfs/namenode/current/edits_inprogress_{fsimage_txid} -> /hadoop/hdfs/namenode/current/edits_{fsimage_txid}-{fsimage_txid}",
        2,
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.server.namenode.ha.EditLogTailer: Triggering log roll on remote NameNode",
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.server.namenode.FSNamesystem: Starting services required for active state",
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.server.namenode.NNStorageRetentionManager: Going to retain 2 images with txid >= {nn_txid}",
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.server.namenode.NNStorageRetentionManager: Purging old image FSImageFile(file=/hadoop/hdfs/namenode/current/fsimage_{fsimage_txid}, cpktTxId={fsimage_txid})",
    ),
    (
        SN,
        _HD
        + "INFO BlockStateChange: BLOCK* addToInvalidates: {blk} {private_ip}:9866 {private_ip}:9866 {private_ip}:9866",
        2,
    ),
    (
        SN,
        _HD
        + "INFO BlockStateChange: BLOCK* BlockManager: ask {private_ip}:9866 to delete [{blk}, {blk}]",
        2,
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.server.namenode.FSDirectory: Quota initialization completed in {int_ms} milliseconds",
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.server.blockmanagement.DatanodeAdminManager: Starting decommission of {private_ip}:9866 [DISK]DS-{uuid}:NORMAL:{private_ip}:9866 with {n} blocks",
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.server.blockmanagement.DatanodeAdminManager: Decommissioning complete for node {private_ip}:9866",
    ),
    (
        SN,
        _HD + "ERROR org.apache.hadoop.hdfs.server.namenode.NameNode: RECEIVED SIGNAL 15: SIGTERM",
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.server.namenode.NameNode: SHUTDOWN_MSG: Shutting down NameNode at {hostname}/{private_ip}",
    ),
    (
        UA,
        _HD
        + "INFO FSNamesystem.audit: allowed=true\tugi={user} (auth:KERBEROS)\tip=/{private_ip}\tcmd=mkdirs\tsrc=/user/{user}/exports/{year}\tdst=null\tperm={user}:supergroup:rwxr-xr-x\tproto=rpc",
    ),
    (
        UA,
        _HD
        + "INFO FSNamesystem.audit: allowed=true\tugi={user} (auth:KERBEROS)\tip=/{private_ip}\tcmd=setReplication\tsrc={hdfs_path}\tdst=null\tperm=null\tproto=rpc",
    ),
    (
        SEC,
        _HD
        + "INFO FSNamesystem.audit: allowed=false\tugi={user} (auth:SIMPLE)\tip=/{ip}\tcmd=open\tsrc=/user/hive/warehouse/payroll.db/salaries\tdst=null\tperm=null\tproto=rpc",
    ),
    (
        SEC,
        _HD
        + "WARN org.apache.hadoop.ipc.Server: Auth failed for {ip}:{eport}:null (GSS initiate failed) with true cause: (GSS initiate failed)",
    ),
    (
        ERR,
        _HD
        + "WARN org.apache.hadoop.hdfs.server.namenode.ha.EditLogTailer: Unable to trigger a roll of the active NN java.net.ConnectException: Call From {hostname}/{private_ip} to nn1.example.com:8020 failed on connection exception: java.net.ConnectException: Connection refused",
    ),
    (
        ERR,
        _HD
        + "INFO org.apache.hadoop.ipc.Server: IPC Server handler {small} on default port 8020, call Call#{n} Retry#0 org.apache.hadoop.hdfs.protocol.ClientProtocol.getBlockLocations from {private_ip}:{eport}: java.io.FileNotFoundException: File does not exist: {hdfs_path}",
    ),
    (
        ERR,
        _HD
        + "WARN org.apache.hadoop.hdfs.server.namenode.FSNamesystem: DIR* NameSystem.internalReleaseLease: Failed to release lease for file {hdfs_path}. Committed blocks are waiting to be minimally replicated. Try again later.",
    ),
    (
        CRIT,
        _HD
        + "ERROR org.apache.hadoop.hdfs.server.namenode.NameNode: Failed to start namenode. java.io.IOException: There appears to be a gap in the edit log.  We expected txid {nn_txid}, but got txid {nn_txid}.",
    ),
    (
        CRIT,
        _HD
        + "ERROR org.apache.hadoop.hdfs.server.namenode.FSImage: Failed to load image from FSImageFile(file=/hadoop/hdfs/namenode/current/fsimage_{fsimage_txid}, cpktTxId={fsimage_txid}) java.io.IOException: Image file /hadoop/hdfs/namenode/current/fsimage_{fsimage_txid} is corrupt with MD5 checksum of {hex32} but expecting {hex32}",
    ),
    (RES, _HD + "INFO org.apache.hadoop.util.GSet: 2.0% max memory {gb} GB = {n}.{small} MB"),
    (
        RES,
        _HD
        + "WARN org.apache.hadoop.hdfs.server.namenode.FSNamesystem: NameNode low on available disk space. Entering safe mode.",
    ),
    (
        RES,
        _HD
        + "INFO org.apache.hadoop.ipc.Server: IPC Server handler {small} on default port 8020, call Call#{n} Retry#0 org.apache.hadoop.hdfs.protocol.ClientProtocol.addBlock from {private_ip}:{eport}: org.apache.hadoop.hdfs.protocol.DSQuotaExceededException: The DiskSpace quota of /user/{user} is exceeded: quota = 1099511627776 B = 1 TB but diskspace consumed = 1099{small}11627776 B = 1.00 TB",
    ),
)

_HDFS_DATANODE: tuple[Entry, ...] = (
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.server.datanode.DataNode: Receiving BP-{n}-{private_ip}-{epoch_ms}:{blk} src: /{private_ip}:{eport} dest: /{private_ip}:9866",
        3,
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.server.datanode.DataNode.clienttrace: src: /{private_ip}:{eport}, dest: /{private_ip}:9866, bytes: {bytes}, op: HDFS_WRITE, cliID: DFSClient_NONMAPREDUCE_{n}_1, offset: 0, srvID: {uuid}, blockid: BP-{n}-{private_ip}-{epoch_ms}:{blk}, duration(ns): {n}",
        3,
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.server.datanode.DataNode: PacketResponder: BP-{n}-{private_ip}-{epoch_ms}:{blk}, type=LAST_IN_PIPELINE terminating",
        3,
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.server.datanode.fsdataset.impl.FsDatasetAsyncDiskService: Deleted BP-{n}-{private_ip}-{epoch_ms} {blk} URI file:/data/{small}/hdfs/dn/current/BP-{n}-{private_ip}-{epoch_ms}/current/finalized/subdir0/subdir{small}/{blk}",
        2,
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.server.datanode.DataNode: Successfully sent block report 0x{hex16} with lease ID 0x{hex16} to namenode: {hostname}/{private_ip}:8020,  containing 1 storage report(s), of which we sent 1. The reports had {n} total blocks and used 1 RPC(s). This took {small} msecs to generate and {small} msecs for RPC and NN processing. Got back one command: FinalizeCommand/5.",
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.server.datanode.VolumeScanner: VolumeScanner(/data/{small}/hdfs, DS-{uuid}): finished scanning block pool BP-{n}-{private_ip}-{epoch_ms}",
    ),
    (
        ERR,
        _HD
        + "ERROR org.apache.hadoop.hdfs.server.datanode.DataNode: {hostname}:9866:DataXceiver error processing WRITE_BLOCK operation  src: /{private_ip}:{eport} dst: /{private_ip}:9866 java.io.IOException: Premature EOF from inputStream",
    ),
    (
        CRIT,
        _HD
        + "WARN org.apache.hadoop.hdfs.server.datanode.fsdataset.impl.FsDatasetImpl: Removing failed volume /data/{small}/hdfs/dn: org.apache.hadoop.util.DiskChecker$DiskErrorException: Directory is not writable: /data/{small}/hdfs/dn/current",
    ),
    (
        CRIT,
        _HD
        + "ERROR org.apache.hadoop.hdfs.server.datanode.DataNode: Exception in secureMain org.apache.hadoop.util.DiskChecker$DiskErrorException: Too many failed volumes - current valid volumes: 1, volumes configured: 4, volumes failed: 3, volume failures tolerated: 1",
    ),
    (
        ERR,
        _HD
        + 'WARN org.apache.hadoop.hdfs.server.datanode.DataNode: IOException in offerService java.io.EOFException: End of File Exception between local host is: "{hostname}/{private_ip}"; destination host is: "{hostname}":8020; : java.io.EOFException',
    ),
    (
        RES,
        _HD
        + "WARN org.apache.hadoop.hdfs.server.datanode.DataNode: Slow BlockReceiver write data to disk cost:{int_ms}ms (threshold=300ms), volume=/data/{small}/hdfs/dn/, blockId={n}",
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.hdfs.server.datanode.DataNode: Block pool BP-{n}-{private_ip}-{epoch_ms} (Datanode Uuid {uuid}) service to {hostname}/{private_ip}:8020 successfully registered with NN",
    ),
    (
        CRIT,
        _HD
        + "WARN org.apache.hadoop.hdfs.server.datanode.VolumeScanner: Reporting bad BP-{n}-{private_ip}-{epoch_ms}:{blk} on /data/{small}/hdfs/dn",
    ),
)

_YARN: tuple[Entry, ...] = (
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.yarn.server.resourcemanager.rmapp.RMAppImpl: {yarn_app} State change from ACCEPTED to RUNNING on event = ATTEMPT_REGISTERED",
        2,
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.yarn.server.resourcemanager.ClientRMService: Allocated new applicationId: {n}",
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.yarn.server.resourcemanager.rmcontainer.RMContainerImpl: {yarn_container} Container Transitioned from ALLOCATED to ACQUIRED",
        2,
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.yarn.server.nodemanager.containermanager.container.ContainerImpl: Container {yarn_container} transitioned from SCHEDULED to RUNNING",
        2,
    ),
    (
        RES,
        _HD
        + "INFO org.apache.hadoop.yarn.server.nodemanager.containermanager.monitor.ContainersMonitorImpl: container_id {yarn_container}, pid {pid}, ProcessTree: Memory usage of ProcessTree {pid} for container-id {yarn_container}: {gb} GB of 2 GB physical memory used; {gb} GB of 4.2 GB virtual memory used",
        3,
    ),
    (
        RES,
        _HD
        + "WARN org.apache.hadoop.yarn.server.nodemanager.containermanager.monitor.ContainersMonitorImpl: Container [pid={pid},containerID={yarn_container}] is running {n}B beyond the 'PHYSICAL' memory limit. Current usage: 2.1 GB of 2 GB physical memory used; {gb} GB of 4.2 GB virtual memory used. Killing container.",
    ),
    (SN, _HD + "INFO org.apache.hadoop.mapreduce.Job:  map {pct}% reduce {pct}%", 3),
    (SN, _HD + "INFO org.apache.hadoop.mapreduce.Job: Job {mr_job} completed successfully"),
    (ERR, _HD + "INFO org.apache.hadoop.mapreduce.Job: Task Id : {mr_attempt}, Status : FAILED"),
    (
        ERR,
        _HD
        + "INFO org.apache.hadoop.mapreduce.Job: Job {mr_job} failed with state FAILED due to: Task failed task_{n}_{small}_m_{n}",
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.mapreduce.v2.app.job.impl.TaskAttemptImpl: {mr_attempt} TaskAttempt Transitioned from ASSIGNED to RUNNING",
        2,
    ),
    (
        SN,
        _HD
        + "INFO org.apache.hadoop.yarn.server.resourcemanager.scheduler.capacity.CapacityScheduler: Added node {hostname}:45454 clusterResource: <memory:{n}, vCores:{n}>",
    ),
    (
        ERR,
        _HD
        + "INFO org.apache.hadoop.yarn.server.resourcemanager.rmnode.RMNodeImpl: Deactivating Node {hostname}:45454 as it is now LOST",
    ),
    (
        UA,
        _HD
        + "INFO org.apache.hadoop.yarn.server.resourcemanager.RMAuditLogger: USER={user}\tIP={private_ip}\tOPERATION=Submit Application Request\tTARGET=ClientRMService\tRESULT=SUCCESS\tAPPID={yarn_app}\tQUEUENAME=root.default",
    ),
    (
        UA,
        _HD
        + "INFO org.apache.hadoop.yarn.server.resourcemanager.RMAuditLogger: USER={user}\tIP={private_ip}\tOPERATION=Kill Application Request\tTARGET=ClientRMService\tRESULT=SUCCESS\tAPPID={yarn_app}",
    ),
    (
        SEC,
        _HD
        + "WARN org.apache.hadoop.yarn.server.resourcemanager.RMAuditLogger: USER={user}\tIP={private_ip}\tOPERATION=Kill Application Request\tTARGET=ClientRMService\tRESULT=FAILURE\tDESCRIPTION=Unauthorized user\tPERMISSIONS=User {user} does not have permission to kill application\tAPPID={yarn_app}",
    ),
    (DEP, _HD + "WARN org.apache.hadoop.conf.Configuration.deprecation: {hadoop_deprecation}"),
)

_SP = "{yy_ts} "
_SPARK: tuple[Entry, ...] = (
    (SN, _SP + "INFO SparkContext: Running Spark version 3.5.1"),
    (
        SN,
        _SP
        + "INFO DAGScheduler: Submitting {n} missing tasks from ResultStage {small} (MapPartitionsRDD[{n}] at collect at {py_src}:{line}) (first 15 tasks are for partitions Vector(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14))",
    ),
    (
        SN,
        _SP
        + "INFO TaskSetManager: Finished task {n}.0 in stage {small}.0 (TID {n}) in {int_ms} ms on {private_ip} (executor {small}) ({n}/{n})",
        4,
    ),
    (
        SN,
        _SP
        + "INFO TaskSetManager: Starting task {n}.0 in stage {small}.0 (TID {n}) ({private_ip}, executor {small}, partition {n}, PROCESS_LOCAL, {n} bytes)",
        3,
    ),
    (
        SN,
        _SP
        + "INFO BlockManagerInfo: Added broadcast_{n}_piece0 in memory on {private_ip}:{eport} (size: {n}.{small} KiB, free: {n}.{small} MiB)",
        2,
    ),
    (SN, _SP + "INFO DAGScheduler: Job {n} finished: collect at {py_src}:{line}, took {secs}000 s"),
    (
        ERR,
        _SP
        + "WARN TaskSetManager: Lost task {n}.0 in stage {small}.0 (TID {n}) ({private_ip} executor {small}): java.io.FileNotFoundException: File file:/tmp/spark-{uuid}/part-{n}.parquet does not exist",
    ),
    (ERR, _SP + "ERROR Executor: Exception in task {n}.0 in stage {small}.0 (TID {n})"),
    (CRIT, _SP + "ERROR SparkContext: Error initializing SparkContext."),
    (
        CRIT,
        _SP
        + "ERROR Utils: Uncaught exception in thread driver-heartbeater java.lang.OutOfMemoryError: Java heap space",
    ),
    (
        RES,
        _SP
        + "WARN MemoryStore: Not enough space to cache rdd_{n}_{n} in memory! (computed {n}.{small} MiB so far)",
    ),
    (
        DEP,
        _SP
        + "WARN SQLConf: The SQL config 'spark.sql.execution.arrow.enabled' has been deprecated in Spark v3.0 and may be removed in the future. Use 'spark.sql.execution.arrow.pyspark.enabled' instead of it.",
    ),
    (SN, _SP + "INFO SparkUI: Bound SparkUI to 0.0.0.0, and started at http://{hostname}:4040"),
    (
        ERR,
        _SP
        + "WARN HeartbeatReceiver: Removing executor {small} with no recent heartbeats: {n}000 ms exceeds timeout 120000 ms",
    ),
    (RES, _SP + "WARN TaskMemoryManager: Failed to allocate a page ({bytes} bytes), try again."),
    (
        ERR,
        _SP + "ERROR TaskSetManager: Task {small} in stage {small}.0 failed 4 times; aborting job",
    ),
)

_KUBELET: tuple[Entry, ...] = (
    (
        SN,
        "I" + _KLOG + 'kubelet.go:{line}] "SyncLoop ADD" source="api" pods=["{k8s_ns}/{k8s_pod}"]',
        3,
    ),
    (
        SN,
        "I"
        + _KLOG
        + 'kubelet.go:{line}] "SyncLoop (PLEG): event for pod" pod="{k8s_ns}/{k8s_pod}" event={"ID":"{uuid}","Type":"ContainerStarted","Data":"{cid64}"}',
        3,
    ),
    (
        SN,
        "I"
        + _KLOG
        + 'kuberuntime_container.go:{line}] "Killing container with a grace period" pod="{k8s_ns}/{k8s_pod}" podUID="{uuid}" containerName="app" containerID="containerd://{cid64}" gracePeriod=30',
        2,
    ),
    (
        SN,
        "I"
        + _KLOG
        + 'reconciler_common.go:{line}] "operationExecutor.MountVolume started for volume \\"kube-api-access-{hex7}\\" (UniqueName: \\"kubernetes.io/projected/{uuid}-kube-api-access-{hex7}\\") pod \\"{k8s_pod}\\" (UID: \\"{uuid}\\") " pod="{k8s_ns}/{k8s_pod}"',
        2,
    ),
    (
        SN,
        "I" + _KLOG + 'kubelet_node_status.go:{line}] "Successfully registered node" node="{node}"',
    ),
    (
        ERR,
        "I"
        + _KLOG
        + 'prober.go:{line}] "Probe failed" probeType="Readiness" pod="{k8s_ns}/{k8s_pod}" podUID="{uuid}" containerName="app" probeResult="failure" output="Get \\"http://{pod_ip}:8080/readyz\\": dial tcp {pod_ip}:8080: connect: connection refused"',
        2,
    ),
    (
        RES,
        "W"
        + _KLOG
        + 'eviction_manager.go:{line}] "Eviction manager: attempting to reclaim" resourceName="ephemeral-storage"',
    ),
    (
        RES,
        "I"
        + _KLOG
        + 'image_gc_manager.go:{line}] "Disk usage on image filesystem is over the high threshold, trying to free bytes down to the low threshold" usage={pct} highThreshold=85 amountToFree={bytes} lowThreshold=80',
    ),
    (
        CRIT,
        "E"
        + _KLOG
        + 'pod_workers.go:{line}] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"app\\" with CrashLoopBackOff: \\"back-off 5m0s restarting failed container=app pod={k8s_pod}_{k8s_ns}({uuid})\\"" pod="{k8s_ns}/{k8s_pod}" podUID="{uuid}"',
        2,
    ),
    (
        ERR,
        "E"
        + _KLOG
        + 'log.go:{line}] "PullImage from image service failed" err="rpc error: code = NotFound desc = failed to pull and unpack image \\"{image_ref}\\": failed to resolve reference \\"{image_ref}\\": not found" image="{image_ref}"',
    ),
    (
        SN,
        "I"
        + _KLOG
        + 'kubelet.go:{line}] "SyncLoop DELETE" source="api" pods=["{k8s_ns}/{k8s_pod}"]',
        2,
    ),
    (
        CRIT,
        "E"
        + _KLOG
        + 'kubelet.go:{line}] "Container runtime network not ready" networkReady="NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized"',
    ),
    (
        DEP,
        _SYSLOG
        + "kubelet[{pid}]: Flag --pod-infra-container-image has been deprecated, will be removed in a future release. Image garbage collector will get sandbox image information from CRI.",
    ),
    (SN, "I" + _KLOG + 'server.go:{line}] "Started kubelet"'),
    (
        ERR,
        "E"
        + _KLOG
        + 'kubelet_volumes.go:{line}] "There were many similar errors. Turn up verbosity to see them." err="orphaned pod \\"{uuid}\\" found, but error not a directory occurred when trying to remove the volumes dir" numErrs={small}',
    ),
    (
        SN,
        _SYSLOG
        + "kubelet[{pid}]: I"
        + _KLOG
        + 'kubelet_getters.go:{line}] "Pod status is inconsistent with cached status for pod, a reconciliation should be triggered" pod="{k8s_ns}/{k8s_pod}"',
    ),
    (
        SN,
        "W"
        + _KLOG
        + 'watcher.go:{line}] Error while processing event ("/sys/fs/cgroup/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod{hex32}.slice": 0x40000100 == IN_CREATE|IN_ISDIR): inotify_add_watch: no such file or directory',
    ),
    (
        SN,
        "I"
        + _KLOG
        + 'kuberuntime_manager.go:{line}] "No sandbox for pod can be found. Need to start a new one" pod="{k8s_ns}/{k8s_pod}"',
        2,
    ),
    (
        SN,
        "I"
        + _KLOG
        + 'pod_startup_latency_tracker.go:{line}] "Observed pod startup duration" pod="{k8s_ns}/{k8s_pod}" podStartSLOduration={secs} podStartE2EDuration="{secs}s" podCreationTimestamp="{ymd_hms} +0000 UTC"',
    ),
    (
        SN,
        "I"
        + _KLOG
        + 'reconciler_common.go:{line}] "operationExecutor.UnmountVolume started for volume \\"config\\" (UniqueName: \\"kubernetes.io/configmap/{uuid}-config\\") pod \\"{uuid}\\" (UID: \\"{uuid}\\") "',
    ),
    (SN, "I" + _KLOG + 'server.go:{line}] "Client rotation is on, will bootstrap in background"'),
    (
        SN,
        "I"
        + _KLOG
        + 'certificate_store.go:{line}] "Loading cert/key pair from a file" filePath="/var/lib/kubelet/pki/kubelet-client-current.pem"',
    ),
    (SN, "I" + _KLOG + 'cpu_manager.go:{line}] "Starting CPU manager" policy="none"'),
    (SN, "I" + _KLOG + 'kubelet.go:{line}] "Starting kubelet main sync loop"'),
    (SN, "I" + _KLOG + 'scope.go:{line}] "RemoveContainer" containerID="{cid64}"', 2),
    (
        SN,
        "I"
        + _KLOG
        + 'kubelet.go:{line}] "SyncLoop (probe)" probe="readiness" status="ready" pod="{k8s_ns}/{k8s_pod}"',
        2,
    ),
    (
        ERR,
        "E"
        + _KLOG
        + 'remote_runtime.go:{line}] "ContainerStatus from runtime service failed" err="rpc error: code = NotFound desc = an error occurred when try to find container \\"{cid64}\\": not found" containerID="{cid64}"',
    ),
    (
        ERR,
        "E"
        + _KLOG
        + 'kubelet.go:{line}] "Unable to attach or mount volumes for pod; skipping pod" err="unmounted volumes=[data], unattached volumes=[], failed to process volumes=[]: context deadline exceeded" pod="{k8s_ns}/{k8s_pod}"',
    ),
    (
        RES,
        "I"
        + _KLOG
        + 'kubelet_node_status.go:{line}] "Recording event message for node" node="{node}" event="NodeHasDiskPressure"',
    ),
    (
        SEC,
        "E"
        + _KLOG
        + 'server.go:{line}] "Unable to authenticate the request due to an error" err="invalid bearer token"',
    ),
    (
        DEP,
        _SYSLOG
        + "kubelet[{pid}]: Flag --cgroup-driver has been deprecated, This parameter should be set via the config file specified by the Kubelet's --config flag. See https://kubernetes.io/docs/tasks/administer-cluster/kubelet-config-file/ for more information.",
    ),
    (
        SN,
        "I"
        + _KLOG
        + 'kubelet.go:{line}] "SyncLoop UPDATE" source="api" pods=["{k8s_ns}/{k8s_pod}"]',
        2,
    ),
    (
        SN,
        "I"
        + _KLOG
        + 'kubelet.go:{line}] "SyncLoop REMOVE" source="api" pods=["{k8s_ns}/{k8s_pod}"]',
    ),
    (
        SN,
        "I"
        + _KLOG
        + 'kubelet.go:{line}] "SyncLoop (PLEG): event for pod" pod="{k8s_ns}/{k8s_pod}" event={"ID":"{uuid}","Type":"ContainerDied","Data":"{cid64}"}',
        2,
    ),
    (
        SN,
        "I" + _KLOG + 'kubelet_node_status.go:{line}] "Attempting to register node" node="{node}"',
    ),
    (
        SN,
        "I"
        + _KLOG
        + 'kubelet_node_status.go:{line}] "Recording event message for node" node="{node}" event="NodeHasSufficientPID"',
    ),
    (SN, "I" + _KLOG + 'volume_manager.go:{line}] "Starting Kubelet Volume Manager"'),
    (SN, "I" + _KLOG + 'server.go:{line}] "Kubelet version" kubeletVersion="v1.30.{small}"'),
    (SN, "I" + _KLOG + 'server.go:{line}] "Golang settings" GOGC="" GOMAXPROCS="" GOTRACEBACK=""'),
    (
        SN,
        "I"
        + _KLOG
        + 'operation_generator.go:{line}] "MountVolume.SetUp succeeded for volume \\"kube-api-access-{hex7}\\" (UniqueName: \\"kubernetes.io/projected/{uuid}-kube-api-access-{hex7}\\") pod \\"{k8s_pod}\\" (UID: \\"{uuid}\\") " pod="{k8s_ns}/{k8s_pod}"',
        2,
    ),
    (
        SN,
        "I"
        + _KLOG
        + 'reconciler_common.go:{line}] "Volume detached for volume \\"config\\" (UniqueName: \\"kubernetes.io/configmap/{uuid}-config\\") on node \\"{node}\\" DevicePath \\"\\""',
    ),
    (
        SN,
        "I"
        + _KLOG
        + 'image_gc_manager.go:{line}] "[imageGCManager]: Removing image to free bytes" imageID="sha256:{cid64}" size={bytes} runtimeHandler=""',
    ),
    (
        SN,
        "I"
        + _KLOG
        + 'certificate_manager.go:{line}] "Certificate rotation deadline determined" logger="kubernetes.io/kube-apiserver-client-kubelet" expiration="{ymd_hms} +0000 UTC" deadline="{ymd_hms} +0000 UTC"',
    ),
    (SN, "I" + _KLOG + 'state_mem.go:{line}] "Updated default CPUSet" cpuSet=""'),
    (
        ERR,
        "I"
        + _KLOG
        + 'kubelet.go:{line}] "SyncLoop (probe)" probe="liveness" status="unhealthy" pod="{k8s_ns}/{k8s_pod}"',
    ),
    (
        ERR,
        "I"
        + _KLOG
        + 'kuberuntime_manager.go:{line}] "Message for Container of pod" containerName="app" containerStatusID={"Type":"containerd","ID":"{cid64}"} pod="{k8s_ns}/{k8s_pod}" containerMessage="Container app failed liveness probe, will be restarted"',
    ),
    (
        ERR,
        "E"
        + _KLOG
        + 'kuberuntime_manager.go:{line}] "CreatePodSandbox for pod failed" err="rpc error: code = Unknown desc = failed to setup network for sandbox \\"{cid64}\\": plugin type=\\"calico\\" failed (add): error getting ClusterInformation: connection is unauthorized: Unauthorized" pod="{k8s_ns}/{k8s_pod}"',
    ),
    (
        ERR,
        "E"
        + _KLOG
        + 'nestedpendingoperations.go:{line}] Operation for "{volumeName:kubernetes.io/secret/{uuid}-db-credentials podName:{uuid} nodeName:}" failed. No retries permitted until {ymd_hms}.{n} +0000 UTC m=+{n}.{n} (durationBeforeRetry 2m2s). Error: MountVolume.SetUp failed for volume "db-credentials" (UniqueName: "kubernetes.io/secret/{uuid}-db-credentials") pod "{k8s_pod}" (UID: "{uuid}") : secret "db-credentials" not found',
    ),
    (
        CRIT,
        "I"
        + _KLOG
        + 'kubelet_node_status.go:{line}] "Node became not ready" node="{node}" condition={"type":"Ready","status":"False","lastHeartbeatTime":"{iso_s}","lastTransitionTime":"{iso_s}","reason":"KubeletNotReady","message":"container runtime is down"}',
    ),
    (
        CRIT,
        "E"
        + _KLOG
        + 'run.go:{line}] "command failed" err="failed to run Kubelet: running with swap on is not supported, please disable swap or set --fail-swap-on flag to false"',
    ),
    (
        CRIT,
        "E"
        + _KLOG
        + 'kubelet.go:{line}] "Failed to start ContainerManager" err="failed to initialize top level QOS containers: root container [kubepods] doesn\'t exist"',
    ),
    (
        RES,
        "I"
        + _KLOG
        + 'eviction_manager.go:{line}] "Eviction manager: must evict pod(s) to reclaim" resourceName="memory"',
    ),
    (
        RES,
        "I"
        + _KLOG
        + 'eviction_manager.go:{line}] "Eviction manager: pods ranked for eviction" pods=["{k8s_ns}/{k8s_pod}","{k8s_ns}/{k8s_pod}","{k8s_ns}/{k8s_pod}"]',
    ),
    (
        RES,
        "I"
        + _KLOG
        + 'kubelet_node_status.go:{line}] "Recording event message for node" node="{node}" event="NodeHasInsufficientMemory"',
    ),
    (
        SEC,
        "E"
        + _KLOG
        + 'authentication.go:{line}] "Unable to authenticate the request" err="[x509: certificate signed by unknown authority, verifying certificate SN={n}, SKID=, AKID= failed: x509: certificate signed by unknown authority]"',
    ),
    (
        DEP,
        _SYSLOG
        + "kubelet[{pid}]: Flag --container-runtime-endpoint has been deprecated, This parameter should be set via the config file specified by the Kubelet's --config flag. See https://kubernetes.io/docs/tasks/administer-cluster/kubelet-config-file/ for more information.",
    ),
    (
        DEP,
        "W"
        + _KLOG
        + "feature_gate.go:{line}] Setting deprecated feature gate KubeletPodResources=true. It will be removed in a future release.",
    ),
)

_KUBE_APISERVER: tuple[Entry, ...] = (
    (
        SN,
        "I"
        + _KLOG
        + 'alloc.go:{line}] "allocated clusterIPs" service="{k8s_ns}/{deploy}" clusterIPs={"IPv4":"10.96.{octet}.{octet}"}',
        2,
    ),
    (
        SN,
        "I" + _KLOG + "controller.go:{line}] quota admission added evaluator for: {k8s_resource}",
        2,
    ),
    (
        SN,
        "I"
        + _KLOG
        + "storage_scheduling.go:{line}] all system priority classes are created successfully or already exist.",
    ),
    (
        SEC,
        "E"
        + _KLOG
        + 'authentication.go:{line}] "Unable to authenticate the request" err="[invalid bearer token, service account token has been invalidated]"',
        2,
    ),
    (DEP, "W" + _KLOG + "warnings.go:{line}] {k8s_deprecated_api}", 2),
    (
        ERR,
        "E"
        + _KLOG
        + 'wrap.go:{line}] "Timeout or abort while handling" logger="UnhandledError" method="GET" URI="/api/v1/namespaces/{k8s_ns}/pods?watch=true" auditID="{uuid}"',
    ),
    (
        HTTP,
        "I"
        + _KLOG
        + 'httplog.go:{line}] "HTTP" verb="GET" URI="/api/v1/namespaces/{k8s_ns}/pods/{k8s_pod}" latency="{msf}ms" userAgent="{kubectl_ua}" audit-ID="{uuid}" srcIP="{ip}:{eport}" resp={status}',
        3,
    ),
    (
        UA,
        '{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"{uuid}","stage":"ResponseComplete","requestURI":"/apis/apps/v1/namespaces/{k8s_ns}/deployments/{deploy}","verb":"{k8s_verb}","user":{"username":"{email}","groups":["system:authenticated","oidc:platform-team"]},"sourceIPs":["{ip}"],"userAgent":"{kubectl_ua}","objectRef":{"resource":"deployments","namespace":"{k8s_ns}","name":"{deploy}","apiGroup":"apps","apiVersion":"v1"},"responseStatus":{"metadata":{},"code":200},"requestReceivedTimestamp":"{iso_us}","stageTimestamp":"{iso_us}","annotations":{"authorization.k8s.io/decision":"allow","authorization.k8s.io/reason":"RBAC: allowed by ClusterRoleBinding \\"platform-admins\\" of ClusterRole \\"cluster-admin\\" to Group \\"oidc:platform-team\\""}}',
        2,
    ),
    (
        SEC,
        '{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"{uuid}","stage":"ResponseComplete","requestURI":"/api/v1/namespaces/kube-system/secrets","verb":"list","user":{"username":"system:serviceaccount:{k8s_ns}:default","groups":["system:serviceaccounts","system:authenticated"]},"sourceIPs":["{pod_ip}"],"userAgent":"curl/8.5.0","objectRef":{"resource":"secrets","namespace":"kube-system","apiVersion":"v1"},"responseStatus":{"metadata":{},"status":"Failure","reason":"Forbidden","code":403},"requestReceivedTimestamp":"{iso_us}","stageTimestamp":"{iso_us}","annotations":{"authorization.k8s.io/decision":"forbid","authorization.k8s.io/reason":""}}',
    ),
    (
        SN,
        "I"
        + _KLOG
        + 'cidrallocator.go:{line}] "updated ClusterIP allocator for Service CIDR" CIDR="10.96.0.0/12"',
    ),
    (
        ERR,
        "W"
        + _KLOG
        + 'logging.go:{line}] [core] [Channel #{n} SubChannel #{n}]grpc: addrConn.createTransport failed to connect to {Addr: "127.0.0.1:2379", ServerName: "127.0.0.1:2379", }. Err: connection error: desc = "transport: Error while dialing: dial tcp 127.0.0.1:2379: connect: connection refused"',
    ),
    (SN, "I" + _KLOG + "secure_serving.go:{line}] Serving securely on [::]:6443"),
    (SN, "I" + _KLOG + "cache.go:{line}] Caches are synced for autoregister controller"),
    (SN, "I" + _KLOG + "handler.go:{line}] Adding GroupVersion apps v1 to ResourceManager"),
    (
        SN,
        "I"
        + _KLOG
        + 'lease.go:{line}] Resetting endpoints for master service "kubernetes" to [{private_ip}]',
    ),
    (
        SN,
        "I"
        + _KLOG
        + 'dynamic_cafile_content.go:{line}] "Loaded a new CA Bundle and Verifier" name="client-ca-bundle::/etc/kubernetes/pki/ca.crt"',
    ),
    (
        SN,
        '{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"{uuid}","stage":"ResponseComplete","requestURI":"/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/kube-controller-manager?timeout=5s","verb":"update","user":{"username":"system:kube-controller-manager","groups":["system:authenticated"]},"sourceIPs":["{private_ip}"],"userAgent":"kube-controller-manager/v1.30.2 (linux/amd64) kubernetes/3968350/leader-election","objectRef":{"resource":"leases","namespace":"kube-system","name":"kube-controller-manager","apiGroup":"coordination.k8s.io","apiVersion":"v1"},"responseStatus":{"metadata":{},"code":200},"requestReceivedTimestamp":"{iso_us}","stageTimestamp":"{iso_us}","annotations":{"authorization.k8s.io/decision":"allow","authorization.k8s.io/reason":"RBAC: allowed by ClusterRoleBinding \\"system:kube-controller-manager\\" of ClusterRole \\"system:kube-controller-manager\\" to User \\"system:kube-controller-manager\\""}}',
        2,
    ),
    (
        ERR,
        "E"
        + _KLOG
        + 'status.go:{line}] "Unhandled Error" err="apiserver received an error that is not an metav1.Status: &errors.errorString{s:\\"context canceled\\"}: context canceled" logger="UnhandledError"',
    ),
    (
        ERR,
        "E"
        + _KLOG
        + 'controller.go:{line}] "Unhandled Error" err="v1beta1.metrics.k8s.io failed with: failing or missing response from https://10.96.{octet}.{octet}:443/apis/metrics.k8s.io/v1beta1: Get \\"https://10.96.{octet}.{octet}:443/apis/metrics.k8s.io/v1beta1\\": dial tcp 10.96.{octet}.{octet}:443: i/o timeout" logger="UnhandledError"',
    ),
    (
        ERR,
        "W"
        + _KLOG
        + 'dispatcher.go:{line}] Failed calling webhook, failing open validate.nginx.ingress.kubernetes.io: failed calling webhook "validate.nginx.ingress.kubernetes.io": failed to call webhook: Post "https://ingress-nginx-controller-admission.ingress-nginx.svc:443/networking/v1/ingresses?timeout=10s": context deadline exceeded',
    ),
    (
        SEC,
        '{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"{uuid}","stage":"ResponseComplete","requestURI":"/apis/rbac.authorization.k8s.io/v1/clusterrolebindings","verb":"create","user":{"username":"system:anonymous","groups":["system:unauthenticated"]},"sourceIPs":["{ip}"],"userAgent":"python-requests/2.31.0","objectRef":{"resource":"clusterrolebindings","apiGroup":"rbac.authorization.k8s.io","apiVersion":"v1"},"responseStatus":{"metadata":{},"status":"Failure","reason":"Forbidden","code":403},"requestReceivedTimestamp":"{iso_us}","stageTimestamp":"{iso_us}","annotations":{"authorization.k8s.io/decision":"forbid","authorization.k8s.io/reason":""}}',
    ),
    (
        UA,
        '{"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"{uuid}","stage":"ResponseStarted","requestURI":"/api/v1/namespaces/{k8s_ns}/pods/{k8s_pod}/exec?command=sh&container=app&stdin=true&stdout=true&tty=true","verb":"create","user":{"username":"{email}","groups":["system:authenticated","oidc:platform-team"]},"sourceIPs":["{ip}"],"userAgent":"{kubectl_ua}","objectRef":{"resource":"pods","namespace":"{k8s_ns}","name":"{k8s_pod}","apiVersion":"v1","subresource":"exec"},"responseStatus":{"metadata":{},"code":101},"requestReceivedTimestamp":"{iso_us}","stageTimestamp":"{iso_us}","annotations":{"authorization.k8s.io/decision":"allow","authorization.k8s.io/reason":"RBAC: allowed by ClusterRoleBinding \\"platform-admins\\" of ClusterRole \\"cluster-admin\\" to Group \\"oidc:platform-team\\""}}',
    ),
    (
        CRIT,
        "E"
        + _KLOG
        + 'status.go:{line}] apiserver received an error that is not an metav1.Status: rpctypes.EtcdError{code:0x8, desc:"etcdserver: mvcc: database space exceeded"}: etcdserver: mvcc: database space exceeded',
    ),
    (
        DEP,
        "Flag --insecure-port has been deprecated, This flag has no effect now and will be removed in v1.24.",
    ),
    (
        HTTP,
        "I"
        + _KLOG
        + 'httplog.go:{line}] "HTTP" verb="WATCH" URI="/apis/coordination.k8s.io/v1/namespaces/kube-system/leases?allowWatchBookmarks=true&resourceVersion={n}&timeoutSeconds={n}&watch=true" latency="{small}m{small}.{n}s" userAgent="kube-scheduler/v1.30.2 (linux/amd64) kubernetes/3968350/leader-election" audit-ID="{uuid}" srcIP="{private_ip}:{eport}" resp=200',
    ),
)

_KUBE_SCHEDULER: tuple[Entry, ...] = (
    (
        SN,
        "I"
        + _KLOG
        + 'schedule_one.go:{line}] "Successfully bound pod to node" pod="{k8s_ns}/{k8s_pod}" node="{node}" evaluatedNodes={small} feasibleNodes={small}',
        4,
    ),
    (
        RES,
        "I"
        + _KLOG
        + 'schedule_one.go:{line}] "Unable to schedule pod; no fit; waiting" pod="{k8s_ns}/{k8s_pod}" err="0/{small} nodes are available: {small} Insufficient cpu, {small} Insufficient memory. preemption: 0/{small} nodes are available: {small} No preemption victims found for incoming pod."',
        2,
    ),
    (
        SN,
        "I"
        + _KLOG
        + "leaderelection.go:{line}] attempting to acquire leader lease kube-system/kube-scheduler...",
    ),
    (
        SN,
        "I"
        + _KLOG
        + "leaderelection.go:{line}] successfully acquired lease kube-system/kube-scheduler",
    ),
    (SN, "I" + _KLOG + 'server.go:{line}] "Starting Kubernetes Scheduler" version="v1.30.{small}"'),
    (
        ERR,
        "E"
        + _KLOG
        + 'leaderelection.go:{line}] error retrieving resource lock kube-system/kube-scheduler: Get "https://{private_ip}:6443/apis/coordination.k8s.io/v1/namespaces/kube-system/leases/kube-scheduler?timeout=5s": context deadline exceeded',
    ),
    (CRIT, "E" + _KLOG + 'server.go:{line}] "Leaderelection lost"'),
    (
        ERR,
        "E"
        + _KLOG
        + 'schedule_one.go:{line}] "Error scheduling pod; retrying" err="running PreBind plugin \\"VolumeBinding\\": binding volumes: context deadline exceeded" pod="{k8s_ns}/{k8s_pod}"',
    ),
)

_KUBE_CONTROLLER_MANAGER: tuple[Entry, ...] = (
    (
        SN,
        "I"
        + _KLOG
        + 'event.go:{line}] "Event occurred" object="{k8s_ns}/{deploy}" fieldPath="" kind="Deployment" apiVersion="apps/v1" type="Normal" reason="ScalingReplicaSet" message="Scaled up replica set {deploy}-{hex7}b to {small} from {small}"',
        3,
    ),
    (
        SN,
        "I"
        + _KLOG
        + 'event.go:{line}] "Event occurred" object="{k8s_ns}/{deploy}-{hex7}b" fieldPath="" kind="ReplicaSet" apiVersion="apps/v1" type="Normal" reason="SuccessfulCreate" message="Created pod: {k8s_pod}"',
        3,
    ),
    (
        SN,
        "I"
        + _KLOG
        + 'range_allocator.go:{line}] "Set node PodCIDR" node="{node}" podCIDRs=["10.244.{octet}.0/24"]',
    ),
    (CRIT, "I" + _KLOG + 'node_lifecycle_controller.go:{line}] "Node is NotReady" node="{node}"'),
    (
        SN,
        "I"
        + _KLOG
        + 'garbagecollector.go:{line}] "All resource monitors have synced. Proceeding to collect garbage"',
    ),
    (
        ERR,
        "W"
        + _KLOG
        + 'endpointslice_controller.go:{line}] "Error syncing endpoint slices for service, retrying" key="{k8s_ns}/{deploy}" err="EndpointSlice informer cache is out of date"',
    ),
    (
        SN,
        "I"
        + _KLOG
        + 'event.go:{line}] "Event occurred" object="{k8s_ns}/nightly-report" fieldPath="" kind="CronJob" apiVersion="batch/v1" type="Normal" reason="SuccessfulCreate" message="Created job nightly-report-{n}"',
    ),
    (
        SN,
        "I"
        + _KLOG
        + "leaderelection.go:{line}] successfully acquired lease kube-system/kube-controller-manager",
    ),
)

_K8S_EVENTS: tuple[Entry, ...] = (
    (
        SN,
        "{age}        Normal    Scheduled           pod/{k8s_pod}                 Successfully assigned {k8s_ns}/{k8s_pod} to {node}",
        3,
    ),
    (
        SN,
        '{age}        Normal    Pulling             pod/{k8s_pod}                 Pulling image "{image_ref}"',
        2,
    ),
    (
        SN,
        '{age}        Normal    Pulled              pod/{k8s_pod}                 Successfully pulled image "{image_ref}" in {msf}ms ({msf}ms including waiting). Image size: {bytes} bytes.',
        2,
    ),
    (
        SN,
        "{age}        Normal    Created             pod/{k8s_pod}                 Created container app",
        2,
    ),
    (
        SN,
        "{age}        Normal    Started             pod/{k8s_pod}                 Started container app",
        2,
    ),
    (
        CRIT,
        "{age}        Warning   BackOff             pod/{k8s_pod}                 Back-off restarting failed container app in pod {k8s_pod}_{k8s_ns}({uuid})",
        2,
    ),
    (
        ERR,
        '{age}        Warning   Failed              pod/{k8s_pod}                 Failed to pull image "{image_ref}": rpc error: code = Unknown desc = failed to pull and unpack image "{image_ref}": unexpected status from HEAD request: 401 Unauthorized',
    ),
    (
        ERR,
        "{age}        Warning   Unhealthy           pod/{k8s_pod}                 Liveness probe failed: HTTP probe failed with statuscode: {status_5xx}",
    ),
    (
        RES,
        "{age}        Warning   FailedScheduling    pod/{k8s_pod}                 0/{small} nodes are available: {small} Insufficient memory. preemption: 0/{small} nodes are available: {small} No preemption victims found for incoming pod.",
    ),
    (
        CRIT,
        "{age}        Warning   OOMKilling          node/{node}                   Memory cgroup out of memory: Killed process {pid} ({proc_name}) total-vm:{kb}kB, anon-rss:{kb}kB, file-rss:{kb}kB, shmem-rss:0kB, UID:0 pgtables:{kb}kB oom_score_adj:{small}00",
    ),
    (
        SN,
        "{age}        Normal    ScalingReplicaSet   deployment/{deploy}           Scaled up replica set {deploy}-{hex7}b to {small}",
    ),
    (
        SN,
        "{age}        Normal    Killing             pod/{k8s_pod}                 Stopping container app",
        2,
    ),
    (
        RES,
        "{age}        Warning   Evicted             pod/{k8s_pod}                 The node was low on resource: memory. Threshold quantity: 100Mi, available: {kb}Ki. Container app was using {kb}Ki, request is 512Mi, has larger consumption of memory.",
    ),
    (
        SN,
        "{age}        Normal    SuccessfulRescale   horizontalpodautoscaler/{deploy}   New size: {small}; reason: cpu resource utilization (percentage of request) above target",
    ),
    (
        CRIT,
        "{age}        Normal    NodeNotReady        node/{node}                   Node {node} status is now: NodeNotReady",
    ),
    (
        SN,
        "{age}        Normal    SuccessfulCreate    job/nightly-report-{n}        Created pod: nightly-report-{n}-{hex7}",
    ),
)

_DK = 'time="{iso_us}" '
_DOCKERD: tuple[Entry, ...] = (
    (SN, _DK + 'level=info msg="Loading containers: done."'),
    (
        SN,
        _DK
        + 'level=info msg="Docker daemon" commit={hex7} containerd-snapshotter=false storage-driver=overlay2 version=26.1.{small}',
    ),
    (SN, _DK + 'level=info msg="Daemon has completed initialization"'),
    (SN, _DK + 'level=info msg="API listen on /run/docker.sock"'),
    (
        SN,
        _DK
        + 'level=info msg="ignoring event" container={cid64} module=libcontainerd namespace=moby topic=/tasks/delete type="*events.TaskDelete"',
        4,
    ),
    (
        ERR,
        _DK
        + 'level=error msg="Handler for POST /v1.45/containers/{hex}/start returned error: driver failed programming external connectivity on endpoint {deploy} ({cid64}): Bind for 0.0.0.0:{dport} failed: port is already allocated"',
    ),
    (
        ERR,
        _DK
        + 'level=warning msg="Error getting v2 registry: Get \\"https://registry.example.com/v2/\\": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)"',
    ),
    (
        DEP,
        _DK
        + 'level=warning msg="[DEPRECATION NOTICE] Docker Image Format v1 and Docker Image manifest version 2, schema 1 support is disabled by default and will be removed in an upcoming release. Suggest the author of {image_ref} to upgrade the image to the OCI Format or Docker Image manifest v2, schema 2. More information at https://docs.docker.com/go/deprecated-image-specs/"',
    ),
    (
        DEP,
        "DEPRECATED: The legacy builder is deprecated and will be removed in a future release.            Install the buildx component to build images with BuildKit:            https://docs.docker.com/go/buildx/",
    ),
    (
        SN,
        _DK
        + 'level=info msg="Container failed to exit within 10s of signal 15 - using the force" container={cid64}',
    ),
    (
        CRIT,
        _DK
        + 'level=fatal msg="failed to start daemon: error initializing graphdriver: driver not supported: overlay2"',
    ),
    (
        SN,
        _DK
        + 'level=warning msg="Your kernel does not support swap limit capabilities or the cgroup is not mounted. Memory limited without swap."',
    ),
    (SN, _DK + "level=info msg=\"Processing signal 'terminated'\""),
)

_CT = 'time="{iso_us}" '
_CONTAINERD: tuple[Entry, ...] = (
    (SN, _CT + 'level=info msg="starting containerd" revision={sha} version=v1.7.{small}'),
    (
        SN,
        _CT
        + 'level=info msg="loading plugin \\"io.containerd.snapshotter.v1.overlayfs\\"..." type=io.containerd.snapshotter.v1',
    ),
    (
        SN,
        _CT
        + 'level=info msg="RunPodSandbox for &PodSandboxMetadata{Name:{k8s_pod},Uid:{uuid},Namespace:{k8s_ns},Attempt:0,} returns sandbox id \\"{cid64}\\""',
        2,
    ),
    (SN, _CT + 'level=info msg="StartContainer for \\"{cid64}\\" returns successfully"', 3),
    (SN, _CT + 'level=info msg="shim disconnected" id={cid64} namespace=k8s.io', 2),
    (
        ERR,
        _CT
        + 'level=error msg="PullImage \\"{image_ref}\\" failed" error="failed to pull and unpack image \\"{image_ref}\\": failed to resolve reference \\"{image_ref}\\": {image_ref}: not found"',
    ),
    (
        ERR,
        _CT
        + 'level=error msg="StopPodSandbox for \\"{cid64}\\" failed" error="failed to destroy network for sandbox \\"{cid64}\\": plugin type=\\"calico\\" failed (delete): error getting ClusterInformation: connection is unauthorized: Unauthorized"',
    ),
    (
        DEP,
        _CT
        + 'level=warning msg="The `mirrors` property of `[plugins.\\"io.containerd.grpc.v1.cri\\".registry]` is deprecated since containerd v1.5 and will be removed in containerd v2.1. Use `config_path` instead."',
    ),
    (
        SN,
        _CT
        + 'level=info msg="ImageCreate event name:\\"{image_ref}\\" labels:{key:\\"io.cri-containerd.image\\" value:\\"managed\\"}"',
    ),
    (SN, _CT + 'level=info msg="TearDown network for sandbox \\"{cid64}\\" successfully"'),
)

_WIN_SEC = "\t{win_ts}\tMicrosoft-Windows-Security-Auditing\t"
_WINDOWS_EVENTLOG: tuple[Entry, ...] = (
    (
        UA,
        "Audit Success"
        + _WIN_SEC
        + "4624\tLogon\tAn account was successfully logged on. Subject: Security ID: SYSTEM Account Name: {win_host}$ Account Domain: CORP Logon ID: 0x3E7 Logon Information: Logon Type: {logon_type} Restricted Admin Mode: - Virtual Account: No Elevated Token: Yes New Logon: Security ID: CORP\\{user} Account Name: {user} Account Domain: CORP Logon ID: 0x{hex8} Network Information: Workstation Name: {win_host} Source Network Address: {ip} Source Port: {eport}",
        3,
    ),
    (
        SEC,
        "Audit Failure"
        + _WIN_SEC
        + "4625\tLogon\tAn account failed to log on. Subject: Security ID: NULL SID Account Name: - Account Domain: - Logon ID: 0x0 Logon Type: 3 Account For Which Logon Failed: Security ID: NULL SID Account Name: {invalid_user} Account Domain: CORP Failure Information: Failure Reason: Unknown user name or bad password. Status: 0xC000006D Sub Status: 0xC000006A Network Information: Workstation Name: - Source Network Address: {ip} Source Port: {eport}",
        2,
    ),
    (
        SEC,
        "Audit Success"
        + _WIN_SEC
        + "4740\tUser Account Management\tA user account was locked out. Subject: Security ID: SYSTEM Account Name: DC01$ Account Domain: CORP Logon ID: 0x3E7 Account That Was Locked Out: Security ID: {sid} Account Name: {user} Additional Information: Caller Computer Name: {win_host}",
    ),
    (
        UA,
        "Audit Success"
        + _WIN_SEC
        + "4720\tUser Account Management\tA user account was created. Subject: Security ID: CORP\\admin Account Name: admin Account Domain: CORP Logon ID: 0x{hex8} New Account: Security ID: {sid} Account Name: {user} Account Domain: CORP",
    ),
    (
        SEC,
        "Information\t{win_ts}\tMicrosoft-Windows-Eventlog\t1102\tLog clear\tThe audit log was cleared. Subject: Security ID: CORP\\{user} Account Name: {user} Domain Name: CORP Logon ID: 0x{hex8}",
    ),
    (
        UA,
        "Audit Success"
        + _WIN_SEC
        + "4723\tUser Account Management\tAn attempt was made to change an account's password. Subject: Security ID: {sid} Account Name: {user} Account Domain: CORP Logon ID: 0x{hex8} Target Account: Security ID: {sid} Account Name: {user} Account Domain: CORP",
    ),
    (
        SN,
        "Information\t{win_ts}\tService Control Manager\t7036\tNone\tThe {win_service} service entered the running state.",
        3,
    ),
    (
        SN,
        "Information\t{win_ts}\tService Control Manager\t7036\tNone\tThe {win_service} service entered the stopped state.",
        2,
    ),
    (
        SN,
        "Information\t{win_ts}\tService Control Manager\t7040\tNone\tThe start type of the {win_service} service was changed from demand start to auto start.",
    ),
    (
        ERR,
        "Error\t{win_ts}\tService Control Manager\t7000\tNone\tThe {win_service} service failed to start due to the following error: The system cannot find the file specified.",
    ),
    (
        ERR,
        "Error\t{win_ts}\tService Control Manager\t7031\tNone\tThe {win_service} service terminated unexpectedly.  It has done this {small} time(s).  The following corrective action will be taken in 60000 milliseconds: Restart the service.",
    ),
    (
        CRIT,
        "Critical\t{win_ts}\tMicrosoft-Windows-Kernel-Power\t41\t(63)\tThe system has rebooted without cleanly shutting down first. This error could be caused if the system stopped responding, crashed, or lost power unexpectedly.",
    ),
    (
        CRIT,
        "Error\t{win_ts}\tDisk\t7\tNone\tThe device, \\Device\\Harddisk{small}\\DR{small}, has a bad block.",
    ),
    (
        RES,
        "Warning\t{win_ts}\tMicrosoft-Windows-Resource-Exhaustion-Detector\t2004\tResource Exhaustion Diagnosis Events\tWindows successfully diagnosed a low virtual memory condition. The following programs consumed the most virtual memory: {win_exe} ({pid}) consumed {bytes} bytes, MsMpEng.exe ({pid}) consumed {bytes} bytes, and svchost.exe ({pid}) consumed {bytes} bytes.",
    ),
    (SN, "Information\t{win_ts}\tEventLog\t6005\tNone\tThe Event log service was started."),
    (
        SN,
        "Information\t{win_ts}\tMicrosoft-Windows-WindowsUpdateClient\t19\tWindows Update Agent\tInstallation Successful: Windows successfully installed the following update: 2026-11 Cumulative Update for Windows Server 2022 for x64-based Systems ({kb_article})",
    ),
    (
        RES,
        "Warning\t{win_ts}\tsrv\t2013\tNone\tThe C: disk is at or near capacity.  You may need to delete some files.",
    ),
    (
        DEP,
        "Warning\t{win_ts}\tMicrosoft-Windows-SMBServer\t3000\tNone\tSMB1 access Client Address: {ip} Guidance: This event indicates that a client attempted to access the server using SMB1. To stop auditing SMB1 access, use the Windows PowerShell cmdlet Set-SmbServerConfiguration.",
    ),
    (
        ERR,
        "Error\t{win_ts}\tApplication Error\t1000\t(100)\tFaulting application name: {win_exe}, version: 10.0.{win_ver}, time stamp: 0x{hex8} Faulting module name: ntdll.dll, version: 10.0.{win_ver}, time stamp: 0x{hex8} Exception code: 0xc0000005 Fault offset: 0x00000000000{hex7} Faulting process id: 0x{hex7}",
    ),
    (
        SN,
        "Information\t{win_ts}\tMicrosoft-Windows-Kernel-General\t16\tNone\tThe access history in hive \\??\\C:\\Users\\{user}\\ntuser.dat was cleared updating {n} keys and creating {small} modified pages.",
    ),
    (
        SN,
        "Information\t{win_ts}\tMicrosoft-Windows-Time-Service\t37\tNone\tThe time provider NtpClient is currently receiving valid time data from DC01.corp.example (ntp.d|{private_ip}:123->{private_ip}:123).",
    ),
    (
        UA,
        "Audit Success"
        + _WIN_SEC
        + "4634\tLogoff\tAn account was logged off. Subject: Security ID: CORP\\{user} Account Name: {user} Account Domain: CORP Logon ID: 0x{hex8} Logon Type: {logon_type} This event is generated when a logon session is destroyed.",
        2,
    ),
    (
        UA,
        "Audit Success"
        + _WIN_SEC
        + "4647\tLogoff\tUser initiated logoff: Subject: Security ID: CORP\\{user} Account Name: {user} Account Domain: CORP Logon ID: 0x{hex8}",
    ),
    (
        UA,
        "Audit Success"
        + _WIN_SEC
        + "4726\tUser Account Management\tA user account was deleted. Subject: Security ID: CORP\\admin Account Name: admin Account Domain: CORP Logon ID: 0x{hex8} Target Account: Security ID: {sid} Account Name: {user} Account Domain: CORP",
    ),
    (
        UA,
        "Audit Success"
        + _WIN_SEC
        + "4724\tUser Account Management\tAn attempt was made to reset an account's password. Subject: Security ID: CORP\\helpdesk Account Name: helpdesk Account Domain: CORP Logon ID: 0x{hex8} Target Account: Security ID: {sid} Account Name: {user} Account Domain: CORP",
    ),
    (
        UA,
        "Audit Success"
        + _WIN_SEC
        + "4767\tUser Account Management\tA user account was unlocked. Subject: Security ID: CORP\\helpdesk Account Name: helpdesk Account Domain: CORP Logon ID: 0x{hex8} Target Account: Security ID: {sid} Account Name: {user} Account Domain: CORP",
    ),
    (
        UA,
        "Audit Success"
        + _WIN_SEC
        + "4728\tSecurity Group Management\tA member was added to a security-enabled global group. Subject: Security ID: CORP\\admin Account Name: admin Account Domain: CORP Logon ID: 0x{hex8} Member: Security ID: {sid} Account Name: CN={user},OU=Staff,DC=corp,DC=example Group: Security ID: {sid} Group Name: Sales-EMEA Group Domain: CORP",
    ),
    (
        UA,
        "Audit Success"
        + _WIN_SEC
        + "4801\tOther Logon/Logoff Events\tThe workstation was unlocked. Subject: Security ID: CORP\\{user} Account Name: {user} Account Domain: CORP Logon ID: 0x{hex8} Session ID: {small}",
    ),
    (
        SN,
        "Audit Success"
        + _WIN_SEC
        + "4672\tSpecial Logon\tSpecial privileges assigned to new logon. Subject: Security ID: SYSTEM Account Name: SYSTEM Account Domain: NT AUTHORITY Logon ID: 0x3E7 Privileges: SeAssignPrimaryTokenPrivilege SeTcbPrivilege SeSecurityPrivilege SeTakeOwnershipPrivilege SeLoadDriverPrivilege SeBackupPrivilege SeRestorePrivilege SeDebugPrivilege SeAuditPrivilege SeSystemEnvironmentPrivilege SeImpersonatePrivilege SeDelegateSessionUserImpersonatePrivilege",
        2,
    ),
    (
        SN,
        "Audit Success"
        + _WIN_SEC
        + "4768\tKerberos Authentication Service\tA Kerberos authentication ticket (TGT) was requested. Account Information: Account Name: {user} Supplied Realm Name: CORP.EXAMPLE User ID: CORP\\{user} Service Information: Service Name: krbtgt Service ID: CORP\\krbtgt Network Information: Client Address: ::ffff:{private_ip} Client Port: {eport} Additional Information: Ticket Options: 0x40810010 Result Code: 0x0 Ticket Encryption Type: 0x12 Pre-Authentication Type: 2",
        2,
    ),
    (
        SN,
        "Audit Success"
        + _WIN_SEC
        + "4769\tKerberos Service Ticket Operations\tA Kerberos service ticket was requested. Account Information: Account Name: {user}@CORP.EXAMPLE Account Domain: CORP.EXAMPLE Logon GUID: {{uuid}} Service Information: Service Name: {win_host}$ Service ID: CORP\\{win_host}$ Network Information: Client Address: ::ffff:{private_ip} Client Port: {eport} Additional Information: Ticket Options: 0x40810000 Ticket Encryption Type: 0x12 Failure Code: 0x0",
        2,
    ),
    (
        SN,
        "Audit Success"
        + _WIN_SEC
        + "5156\tFiltering Platform Connection\tThe Windows Filtering Platform has permitted a connection. Application Information: Process ID: {pid} Application Name: \\device\\harddiskvolume3\\windows\\system32\\svchost.exe Network Information: Direction: Outbound Source Address: {private_ip} Source Port: {eport} Destination Address: {private_ip} Destination Port: 443 Protocol: 6",
    ),
    (
        SN,
        "Audit Success"
        + _WIN_SEC
        + "4688\tProcess Creation\tA new process has been created. Creator Subject: Security ID: SYSTEM Account Name: {win_host}$ Account Domain: CORP Logon ID: 0x3E7 Target Subject: Security ID: NULL SID Account Name: - Account Domain: - Logon ID: 0x0 Process Information: New Process ID: 0x{hex7} New Process Name: C:\\Windows\\System32\\taskhostw.exe Token Elevation Type: %%1936 Creator Process ID: 0x{hex7} Creator Process Name: C:\\Windows\\System32\\svchost.exe",
    ),
    (
        SN,
        "Information\t{win_ts}\tMicrosoft-Windows-Eventlog\t1100\tService shutdown\tThe event logging service has shut down.",
    ),
    (
        SEC,
        "Audit Failure"
        + _WIN_SEC
        + "4771\tKerberos Authentication Service\tKerberos pre-authentication failed. Account Information: Security ID: {sid} Account Name: {user} Service Information: Service Name: krbtgt/CORP.EXAMPLE Network Information: Client Address: ::ffff:{ip} Client Port: {eport} Additional Information: Ticket Options: 0x40810010 Failure Code: 0x18 Pre-Authentication Type: 2",
        2,
    ),
    (
        SEC,
        "Audit Failure"
        + _WIN_SEC
        + "4776\tCredential Validation\tThe computer attempted to validate the credentials for an account. Authentication Package: MICROSOFT_AUTHENTICATION_PACKAGE_V1_0 Logon Account: {invalid_user} Source Workstation: {win_host} Error Code: 0xC0000064",
    ),
    (
        SEC,
        "Audit Failure"
        + _WIN_SEC
        + "4625\tLogon\tAn account failed to log on. Subject: Security ID: NULL SID Account Name: - Account Domain: - Logon ID: 0x0 Logon Type: 10 Account For Which Logon Failed: Security ID: NULL SID Account Name: {user} Account Domain: CORP Failure Information: Failure Reason: Account currently disabled. Status: 0xC000006E Sub Status: 0xC0000072 Network Information: Workstation Name: {win_host} Source Network Address: {ip} Source Port: 0",
    ),
    (
        SEC,
        "Audit Success"
        + _WIN_SEC
        + "4732\tSecurity Group Management\tA member was added to a security-enabled local group. Subject: Security ID: CORP\\{user} Account Name: {user} Account Domain: CORP Logon ID: 0x{hex8} Member: Security ID: {sid} Account Name: - Group: Security ID: BUILTIN\\Administrators Group Name: Administrators Group Domain: Builtin",
    ),
    (
        SEC,
        "Audit Success"
        + _WIN_SEC
        + "4719\tAudit Policy Change\tSystem audit policy was changed. Subject: Security ID: CORP\\{user} Account Name: {user} Account Domain: CORP Logon ID: 0x{hex8} Audit Policy Change: Category: Logon/Logoff Subcategory: Logon Subcategory GUID: {{uuid}} Changes: Success removed, Failure removed",
    ),
    (
        SEC,
        "Audit Success"
        + _WIN_SEC
        + "4697\tSecurity System Extension\tA service was installed in the system. Subject: Security ID: CORP\\{user} Account Name: {user} Account Domain: CORP Logon ID: 0x{hex8} Service Information: Service Name: BTOBTO Service File Name: %COMSPEC% /Q /c echo cd  ^> \\\\127.0.0.1\\C$\\__output 2^>^&1 > %TEMP%\\execute.bat & %COMSPEC% /Q /c %TEMP%\\execute.bat & del %TEMP%\\execute.bat Service Type: 0x10 Service Start Type: 3 Service Account: LocalSystem",
    ),
    (
        SEC,
        "Audit Failure"
        + _WIN_SEC
        + "5157\tFiltering Platform Connection\tThe Windows Filtering Platform has blocked a connection. Application Information: Process ID: 4 Application Name: System Network Information: Direction: Inbound Source Address: {ip} Source Port: {eport} Destination Address: {private_ip} Destination Port: 445 Protocol: 6",
    ),
    (
        ERR,
        "Error\t{win_ts}\tMicrosoft-Windows-Eventlog\t1108\tEvent processing\tThe event logging service encountered an error while processing an incoming event published from Microsoft-Windows-Security-Auditing.",
    ),
    (
        RES,
        "Error\t{win_ts}\tMicrosoft-Windows-Eventlog\t1104\tEvent processing\tThe security log is now full.",
    ),
    (
        DEP,
        "Warning\t{win_ts}\tNETLOGON\t5829\tNone\tThe Netlogon service allowed a vulnerable Netlogon secure channel connection. Warning: This connection will be denied once the enforcement phase is released. Machine SamAccountName: {win_host}$ Domain: CORP Account Type: Workstation Machine Operating System: Windows Server 2012 R2 Machine Operating System Build: 6.3:9600 Machine Operating System Service Pack: N/A",
    ),
)

_CBS_INFO = "{ymd_hms}, Info                  "
_WINDOWS_CBS: tuple[Entry, ...] = (
    (SN, _CBS_INFO + "CBS    Starting TrustedInstaller initialization.", 2),
    (
        SN,
        _CBS_INFO
        + "CBS    Loaded Servicing Stack v10.0.{win_ver} with Core: C:\\Windows\\winsxs\\amd64_microsoft-windows-servicingstack_31bf3856ad364e35_10.0.{win_ver}_none_{hex16}\\cbscore.dll",
        2,
    ),
    (
        SN,
        _CBS_INFO
        + "CBS    Session: {cbs_session} initialized by client WindowsUpdateAgent, external staging directory: (null), external registry directory: (null)",
        3,
    ),
    (
        SN,
        _CBS_INFO
        + "CBS    Exec: Processing complete.  Session: {cbs_session}, Package: {cbs_package}, Identifier: {kb_article} [HRESULT = 0x00000000 - S_OK]",
        2,
    ),
    (SN, _CBS_INFO + "CSI    {hex8} [SR] Verify complete", 2),
    (SN, _CBS_INFO + "CSI    {hex8} [SR] Beginning Verify and Repair transaction", 2),
    (
        CRIT,
        _CBS_INFO
        + 'CSI    {hex8} [SR] Cannot repair member file [l:{n}]"{win_exe}" of Microsoft-Windows-Shell-Core, version 10.0.{win_ver}, arch amd64, nonSxS, pkt {l:8 b:8}31bf3856ad364e35 in the store, hash mismatch',
    ),
    (
        ERR,
        "{ymd_hms}, Error                 CBS    Failed to resolve package '{cbs_package}' [HRESULT = 0x800f0805 - CBS_E_INVALID_PACKAGE]",
    ),
    (
        ERR,
        _CBS_INFO
        + "CBS    Exec: Failed to download source for package {cbs_package} [HRESULT = 0x800f081f - CBS_E_SOURCE_MISSING]",
    ),
    (SN, _CBS_INFO + "CBS    Reboot mark set"),
    (SN, _CBS_INFO + "CBS    Trusted Installer is shutting down because: SHUTDOWN_REASON_AUTOSTOP"),
    (SN, _CBS_INFO + "CBS    Scavenge: Begin CSI Store"),
    (
        RES,
        "{ymd_hms}, Error                 CBS    Exec: Failed to stage package {cbs_package}: insufficient free space on the system volume. [HRESULT = 0x80070070 - ERROR_DISK_FULL]",
    ),
    (
        CRIT,
        _CBS_INFO
        + "CBS    Catalog Corruption detected (Microsoft-Windows-Client-Features-Package~31bf3856ad364e35~amd64~~10.0.{win_ver}.cat)",
    ),
    (
        SN,
        "{ymd_hms}, Warning               CBS    Current tick count is below minimum for reboot check",
    ),
)

_MAC = "{mac_ts} {mac_thread}   "
_MACOS: tuple[Entry, ...] = (
    (SN, _MAC + "Default     0x0                  0      0    kernel: Wake reason: RTC (Alarm)", 2),
    (
        SN,
        _MAC
        + "Default     0x0                  {pid}    0    softwareupdated: [com.apple.SoftwareUpdate:SUOSUServiceDaemon] SUOSUServiceDaemon: Scan complete; {small} updates available",
    ),
    (
        UA,
        _MAC
        + "Default     0x0                  {pid}    0    loginwindow: [com.apple.loginwindow.logging:Standard] -[SessionAgentNotificationCenter sendBSDNotification:forUserID:] | Sending BSD notification: com.apple.sessionagent.screenIsUnlocked forUserID:{uid}",
    ),
    (
        UA,
        _MAC
        + "Default     0x0                  {pid}    0    sudo: {user} : TTY=ttys00{small} ; PWD=/Users/{user} ; USER=root ; COMMAND=/usr/sbin/softwareupdate --install --all",
    ),
    (
        SEC,
        _MAC
        + "Error       0x0                  {pid}    0    sandboxd: [com.apple.sandbox.reporting:violation] Sandbox: {mac_app}({pid}) deny(1) file-read-data /Users/{user}/Library/Keychains/login.keychain-db",
    ),
    (
        ERR,
        _MAC
        + "Error       0x0                  {pid}    0    {mac_app}: [com.apple.network:connection] nw_connection_copy_connected_local_endpoint_block_invoke [C{n}] Connection has no local endpoint",
    ),
    (
        CRIT,
        _MAC
        + 'Fault       0x0                  0      0    kernel: panic(cpu {small} caller 0xfffffe00{hex8}): "watchdog timeout: no checkins from watchdogd in 90 seconds"',
    ),
    (
        SN,
        _MAC
        + "Default     0x0                  {pid}    0    backupd: [com.apple.TimeMachine:BackupScheduling] Starting automatic backup",
    ),
    (
        SN,
        _MAC
        + "Default     0x0                  {pid}    0    backupd: [com.apple.TimeMachine:TMLogInfo] Backup succeeded",
    ),
    (
        RES,
        _MAC
        + "Default     0x0                  0      0    kernel: memorystatus: killing_idle_process pid {pid} [{mac_app}] (vm-pageshortage 2) {kb}KB - memorystatus_available_pages: {n}",
    ),
    (
        SN,
        _MAC
        + "Default     0x0                  {pid}    0    apsd: [com.apple.apsd:connection] <APSCourier: 0x{hex8}> connected to courier {small}-courier.push.apple.com",
    ),
    (
        DEP,
        _MAC
        + "Default     0x0                  {pid}    0    syspolicyd: [com.apple.syspolicy.exec:default] Legacy system extension {bundle_id} uses deprecated kernel programming interfaces and will not be compatible with future versions of macOS",
    ),
    (
        SEC,
        _MAC
        + "Default     0x0                  {pid}    0    authd: [com.apple.Authorization:authd] Failed to authorize right 'system.privilege.admin' by client '/usr/libexec/{proc_name}' [{pid}] for authorization created by '/usr/libexec/{proc_name}' [{pid}] (3,0) (-60005) (engine {n})",
    ),
    (
        SN,
        _MAC
        + "Default     0x0                  {pid}    0    powerd: [com.apple.powerd:sleepWake] PMRD: System Wake",
    ),
    (
        SN,
        _MAC
        + "Default     0x0                  {pid}    0    powerd: [com.apple.powerd:sleepWake] Entering Sleep state due to 'Idle Sleep':TCPKeepAlive=active Using AC (Charge:{batt_level}%) {small} secs",
    ),
    (SN, _MAC + "Default     0x0                  0      0    kernel: Previous shutdown cause: 5"),
    (
        SN,
        _MAC
        + 'Default     0x0                  {pid}    0    backupd: [com.apple.TimeMachine:TMLogInfo] Finished copying from volume "Macintosh HD - Data"',
    ),
    (
        SN,
        _MAC
        + "Default     0x0                  {pid}    0    backupd: [com.apple.TimeMachine:Thinning] Thinning {small} backups using age-based thinning, expected free space: {gb} GB actual free space: {gb} GB trigger 50 GB thin 83.33 GB",
    ),
    (
        SN,
        _MAC
        + "Default     0x0                  1      0    launchd: [com.apple.xpc.launchd:All] gui/{uid}/com.example.sync-agent [{pid}]: service state: running",
        2,
    ),
    (
        SN,
        _MAC
        + "Default     0x0                  0      0    kernel: apfs_log_mount_unmount:1917: disk3s5 mounting volume Data, requested by: mds (pid {pid}); parent: launchd (pid 1)",
    ),
    (
        SN,
        _MAC
        + "Default     0x0                  {pid}    0    bluetoothd: [com.apple.bluetooth:Server.Core] Device connected - {mac_addr}",
    ),
    (
        SN,
        _MAC
        + "Default     0x0                  {pid}    0    softwareupdated: [com.apple.SoftwareUpdate:SUOSUServiceDaemon] Download of update MSU_UPDATE_24C101_patch_15.2 completed",
    ),
    (
        SN,
        _MAC
        + "Info        0x0                  {pid}    0    deleted: [com.apple.cache_delete:deleted] Purged {bytes} bytes from com.apple.mobileassetd.cache-delete, urgency 2",
    ),
    (
        UA,
        _MAC
        + "Default     0x0                  {pid}    0    screensharingd: [com.apple.screensharing:auth] Authentication: SUCCEEDED :: User Name: {user} :: Viewer Address: {ip} :: Type: DH",
    ),
    (
        UA,
        _MAC
        + "Default     0x0                  {pid}    0    tccd: [com.apple.TCC:access] Update Access Record: kTCCServiceCamera for {bundle_id} to Allowed (User Consent) at {epoch_ms}",
    ),
    (
        UA,
        _MAC
        + "Default     0x0                  {pid}    0    sudo: {user} : TTY=ttys00{small} ; PWD=/Users/{user} ; USER=root ; COMMAND=/usr/bin/dscl . -append /Groups/staff GroupMembership {user}",
    ),
    (
        SEC,
        _MAC
        + "Default     0x0                  {pid}    0    screensharingd: [com.apple.screensharing:auth] Authentication: FAILED :: User Name: {invalid_user} :: Viewer Address: {ip} :: Type: DH",
    ),
    (
        SEC,
        _MAC
        + "Error       0x0                  {pid}    0    opendirectoryd: [com.apple.opendirectoryd:auth] Failed to authenticate user <{user}> (error: 5000).",
    ),
    (
        SEC,
        _MAC
        + "Default     0x0                  {pid}    0    syspolicyd: [com.apple.syspolicy.exec:default] Security policy would not allow process: {pid}, /Users/{user}/Downloads/Setup.app/Contents/MacOS/Setup",
    ),
    (
        ERR,
        _MAC
        + "Default     0x0                  1      0    launchd: [com.apple.xpc.launchd:All] gui/{uid}/com.example.sync-agent [{pid}]: exited due to exit(1)",
    ),
    (
        ERR,
        _MAC
        + 'Error       0x0                  {pid}    0    {mac_app}: [com.apple.CFNetwork:Default] Task <{uuid}>.<{small}> finished with error [-1001] Error Domain=NSURLErrorDomain Code=-1001 "The request timed out."',
    ),
    (
        ERR,
        _MAC
        + "Error       0x0                  {pid}    0    diskarbitrationd: [com.apple.DiskArbitration.diskarbitrationd:default] unable to mount /dev/disk4s1 (status code 0x00000047).",
    ),
    (
        CRIT,
        _MAC
        + "Default     0x0                  {pid}    0    ReportCrash: [com.apple.ReportCrash:default] Saved crash report for {mac_app}[{pid}] version {small}.{n} to {mac_app}-2026-0{small}-1{small}-10{small}{small}0{small}.ips",
    ),
    (
        CRIT,
        _MAC
        + "Fault       0x0                  0      0    kernel: nx_corruption_detected_int:179: disk3 Corruption detected in container, please run fsck_apfs",
    ),
    (
        RES,
        _MAC
        + "Default     0x0                  0      0    kernel: low swap: killing largest compressed process with pid {pid} ({mac_app}) and size {n} MB",
    ),
    (
        RES,
        _MAC
        + "Default     0x0                  0      0    kernel: process {mac_app}[{pid}] caught waking the CPU {n}000 times over ~300 seconds, averaging {n} wakes / second and violating a limit of 45000 wakes over 300 seconds.",
    ),
    (
        DEP,
        "DEPRECATION WARNING: The system version of Tk is deprecated and may be removed in a future release. Please don't rely on it. Set TK_SILENCE_DEPRECATION=1 to suppress this warning.",
    ),
)

_LC = "{logcat_ts} {apid} {apid} "
_ANDROID: tuple[Entry, ...] = (
    (
        SN,
        _LC
        + "I ActivityManager: Start proc {pid}:{apk}/u0a{small}{small} for service {{apk}/{apk}.sync.SyncService}",
        2,
    ),
    (
        SN,
        _LC
        + "I ActivityManager: Killing {pid}:{apk}/u0a{small}{small} (adj 9{small}5): empty #{small}{small}",
        2,
    ),
    (
        UA,
        _LC
        + "I ActivityTaskManager: START u0 {act=android.intent.action.MAIN cat=[android.intent.category.LAUNCHER] flg=0x10200000 cmp={apk}/.MainActivity bnds=[{n},{n}][{n},{n}]} from uid {app_uid}",
    ),
    (
        RES,
        _LC
        + "I {apk}: Background concurrent mark compact GC freed {n}({n}KB) AllocSpace objects, {small}({n}KB) LOS objects, {pct}% free, {small}{small}MB/{small}{small}MB, paused {n}us,{n}us total {msf}ms",
        2,
    ),
    (CRIT, _LC + "E AndroidRuntime: FATAL EXCEPTION: main"),
    (CRIT, _LC + "E AndroidRuntime: Process: {apk}, PID: {pid}"),
    (ERR, _LC + "E ActivityManager: ANR in {apk} ({apk}/.MainActivity)"),
    (
        SEC,
        _LC
        + 'W {apk}: type=1400 audit(0.0:{n}): avc:  denied  { read } for  name="stat" dev="proc" ino={n} scontext=u:r:untrusted_app:s0:c{n},c256,c512,c768 tcontext=u:object_r:proc_stat:s0 tclass=file permissive=0 app={apk}',
    ),
    (
        SN,
        _LC
        + "I wpa_supplicant: wlan0: CTRL-EVENT-CONNECTED - Connection to {mac_addr} completed [id={small} id_str=]",
    ),
    (SN, _LC + "D ConnectivityService: NetworkAgentInfo [WIFI () - {n}] validation passed"),
    (
        ERR,
        _LC
        + 'I okhttp.OkHttpClient: <-- HTTP FAILED: java.net.UnknownHostException: Unable to resolve host "api.example.com": No address associated with hostname',
    ),
    (UA, _LC + "I PackageManager: Package {apk} installed for user 0 by com.android.vending"),
    (SN, _LC + "I JobScheduler: Job {n} for {apk} finished: reason=0 (successful)"),
    (
        SN,
        _LC
        + "W BroadcastQueue: Background execution not allowed: receiving Intent { act=android.intent.action.PACKAGE_REPLACED dat=package:{apk} flg=0x4000010 } to {apk}/.UpdateReceiver",
    ),
    (SN, _LC + "I ActivityTaskManager: Displayed {apk}/.MainActivity for user 0: +{n}ms", 2),
    (SN, _LC + "I ActivityManager: Process {apk} (pid {pid}) has died: cch+15 CEM", 2),
    (
        SN,
        _LC
        + "I WindowManager: Changing focus from Window{{hex7} u0 NotificationShade} to Window{{hex7} u0 {apk}/{apk}.MainActivity} displayId=0",
    ),
    (
        SN,
        _LC
        + "I PackageManager: Update package {apk} code path from /data/app/~~{apk_dir}==/{apk}-{apk_dir}== to /data/app/~~{apk_dir}==/{apk}-{apk_dir}==; Retain data and using new",
    ),
    (SN, _LC + "I zygote64: Do partial code cache collection, code={n}KB, data={n}KB"),
    (SN, _LC + "I Zygote  : Process {pid} exited due to signal 9 (Killed)"),
    (SN, _LC + "I PowerManagerService: Going to sleep due to timeout (uid 1000)..."),
    (
        SN,
        _LC
        + "D ConnectivityService: NetworkAgentInfo [MOBILE (LTE) - {n}] EVENT_NETWORK_INFO_CHANGED, going from CONNECTED to DISCONNECTED",
    ),
    (
        RES,
        _LC
        + "I healthd : battery l={batt_level} v={batt_mv} t={batt_temp} h=2 st=3 c=-{n}000 fc={n}0000 cc={n} chg=",
    ),
    (RES, _LC + "I {apk}: Waiting for a blocking GC Alloc"),
    (
        RES,
        _LC
        + "I lowmemorykiller: Kill '{apk}' ({pid}), uid {app_uid}, oom_score_adj {lmk_adj} to free {n}kB rss, {n}kB swap; reason: low watermark is breached and swap is low ({n}kB < {n}kB)",
    ),
    (UA, _LC + "I ActivityManager: Force stopping {apk} appid={app_uid} user=0: from pid {pid}"),
    (
        ERR,
        _LC
        + "W System.err: java.net.SocketTimeoutException: failed to connect to api.example.com/{ip} (port 443) from /{private_ip} (port {eport}) after 10000ms",
    ),
    (
        SEC,
        _LC
        + "W PackageManager: Package {apk} signatures do not match previously installed version; ignoring!",
    ),
    (
        CRIT,
        _LC
        + "E Watchdog: *** WATCHDOG KILLING SYSTEM PROCESS: Blocked in handler on main thread (main)",
    ),
    (
        SN,
        _LC
        + "I ActivityManager: Start proc {pid}:{apk}/u0a{small}{small} for broadcast {{apk}/{apk}.push.PushReceiver}",
        2,
    ),
    (
        SN,
        _LC
        + "I ActivityManager: Start proc {pid}:{apk}/u0a{small}{small} for content provider {{apk}/androidx.startup.InitializationProvider}",
    ),
    (
        SN,
        _LC
        + "I wpa_supplicant: wlan0: CTRL-EVENT-DISCONNECTED bssid={mac_addr} reason=3 locally_generated=1",
    ),
    (SN, _LC + "I chatty  : uid=1000(system) Binder:{pid}_2 expire {small} lines"),
    (SN, _LC + "I DownloadManager: Download {n} finished with status SUCCESS"),
    (
        SN,
        _LC
        + "I PowerManagerService: Waking up from Asleep (uid=1000, reason=WAKE_REASON_POWER_BUTTON, details=android.policy:POWER)...",
    ),
    (
        SN,
        _LC
        + "D ConnectivityService: NetworkAgentInfo [WIFI () - {n}] EVENT_NETWORK_INFO_CHANGED, going from CONNECTING to CONNECTED",
        2,
    ),
    (
        SN,
        _LC + "I DropBoxManagerService: add tag=system_app_strictmode isTagEnabled=true flags=0x2",
    ),
    (SN, _LC + "I JobScheduler: Job {n} for {apk} started: reason=0 (periodic)"),
    (SN, _LC + "I ActivityManager: Process {apk}:remote (pid {pid}) has died: fg  SVC"),
    (
        UA,
        _LC
        + "I ActivityTaskManager: START u0 {act=android.intent.action.VIEW dat=https://app.example.com/... flg=0x10000000 cmp={apk}/.DeepLinkActivity} from uid {app_uid}",
    ),
    (UA, _LC + "I ActivityManager: Killing {pid}:{apk}/u0a{small}{small} (adj 700): remove task"),
    (
        SEC,
        _LC
        + "W ActivityManager: Permission Denial: starting Intent { act=android.intent.action.VIEW cmp={apk}/.internal.AdminActivity } from ProcessRecord{{hex7} {pid}:{apk}/u0a{small}{small}} (pid={pid}, uid={app_uid}) not exported from uid {app_uid}",
    ),
    (
        SEC,
        _LC
        + "W System.err: javax.net.ssl.SSLHandshakeException: java.security.cert.CertPathValidatorException: Trust anchor for certification path not found.",
    ),
    (ERR, _LC + "E SQLiteDatabase: Failed to open database '/data/user/0/{apk}/databases/app.db'."),
    (
        ERR,
        _LC
        + "W System.err: java.io.FileNotFoundException: /storage/emulated/0/Download/report.pdf: open failed: EACCES (Permission denied)",
    ),
    (
        ERR,
        _LC
        + "E {apk}: Failed to sync contacts: retrofit2.HttpException: HTTP 503 Service Unavailable",
    ),
    (ERR, _LC + "E MediaPlayer: error (1, -19)"),
    (
        CRIT,
        _LC
        + "E AndroidRuntime: java.lang.RuntimeException: Unable to start activity ComponentInfo{{apk}/{apk}.MainActivity}: java.lang.NullPointerException: Attempt to invoke virtual method 'java.lang.String android.os.Bundle.getString(java.lang.String)' on a null object reference",
    ),
    (
        CRIT,
        _LC
        + "F libc    : Fatal signal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr 0x0 in tid {pid} (RenderThread), pid {pid} ({apk})",
    ),
    (RES, _LC + "I ActivityManager: Low on memory:"),
    (
        RES,
        _LC
        + "W CursorWindow: Window is full: requested allocation {n} bytes, free space {n} bytes, window size 2097152 bytes",
    ),
    (RES, _LC + "I art     : Clamp target GC heap from {n}MB to 512MB"),
    (
        DEP,
        _LC
        + 'I chromium: [INFO:CONSOLE(1)] "[Deprecation] Synchronous XMLHttpRequest on the main thread is deprecated because of its detrimental effects to the end user\'s experience. For more help, check https://xhr.spec.whatwg.org/.", source: https://app.example.com/static/js/main.js (1)',
    ),
)

_SPRING_THREADS = {
    "main": "           main",
    "sched": "   scheduling-1",
    "http": "{spring_http_thread}",
}


def _spring(level: str, thread: str, logger: str, message: str) -> str:
    """A Spring Boot 3 default console line: `%5p`, `[%15.15t]`, `%-40.40logger{39}`."""
    return (
        "{iso_off} "
        + f"{level:>5}"
        + " {pid} --- [{spring_app}] ["
        + _SPRING_THREADS[thread]
        + "] "
        + f"{logger[-40:]:<40}"
        + " : "
        + message
    )


_SPRING_BOOT: tuple[Entry, ...] = (
    (
        SN,
        _spring(
            "INFO",
            "main",
            "c.e.crm.CrmApiApplication",
            "Starting CrmApiApplication v1.{small}.{small} using Java 21.0.{small} with PID {pid} (/app/app.jar started by app in /app)",
        ),
    ),
    (
        SN,
        _spring(
            "INFO", "main", "c.e.crm.CrmApiApplication", 'The following 1 profile is active: "prod"'
        ),
    ),
    (
        SN,
        _spring(
            "INFO",
            "main",
            "o.s.b.w.embedded.tomcat.TomcatWebServer",
            "Tomcat initialized with port 8080 (http)",
        ),
    ),
    (
        SN,
        _spring(
            "INFO",
            "main",
            "o.s.b.w.embedded.tomcat.TomcatWebServer",
            "Tomcat started on port 8080 (http) with context path '/'",
        ),
    ),
    (
        SN,
        _spring(
            "INFO",
            "main",
            "c.e.crm.CrmApiApplication",
            "Started CrmApiApplication in {secs} seconds (process running for {secs})",
        ),
    ),
    (
        SN,
        _spring(
            "INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."
        ),
    ),
    (
        RES,
        _spring(
            "WARN",
            "main",
            "com.zaxxer.hikari.pool.HikariPool",
            "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m{small}s{n}ms).",
        ),
    ),
    (
        RES,
        _spring(
            "ERROR",
            "http",
            "o.h.engine.jdbc.spi.SqlExceptionHelper",
            "HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting={small})",
        ),
    ),
    (
        ERR,
        _spring(
            "ERROR",
            "http",
            "o.a.c.c.C.[.[.[/].[dispatcherServlet]",
            'Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: java.lang.NullPointerException: Cannot invoke "com.example.crm.Contact.getEmail()" because "contact" is null] with root cause',
        ),
        2,
    ),
    (
        ERR,
        _spring(
            "WARN",
            "http",
            "o.h.engine.jdbc.spi.SqlExceptionHelper",
            "SQL Error: 0, SQLState: 23505",
        ),
    ),
    (
        DEP,
        _spring(
            "WARN",
            "main",
            "o.s.b.c.p.m.PropertiesMigrationListener",
            "The use of configuration keys that have been renamed was found in the environment: Property source 'Config resource 'class path resource [application.yml]' via location 'optional:classpath:/'': Key: spring.redis.host Line: {small} Replacement: spring.data.redis.host",
        ),
    ),
    (
        SN,
        _spring(
            "WARN",
            "main",
            "JpaBaseConfiguration$JpaWebConfiguration",
            "spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering. Explicitly configure spring.jpa.open-in-view to disable this warning",
        ),
    ),
    (
        UA,
        _spring(
            "INFO",
            "http",
            "c.e.crm.audit.AuditLogger",
            "user={user} action=UPDATE_CONTACT contactId={n} result=SUCCESS",
        ),
    ),
    (
        SEC,
        _spring(
            "WARN",
            "http",
            "c.e.crm.security.LoginAttemptService",
            "Blocking {ip} after {small} failed login attempts for user {user}",
        ),
    ),
    (CRIT, _spring("ERROR", "main", "o.s.boot.SpringApplication", "Application run failed")),
    (
        SN,
        _spring(
            "INFO",
            "main",
            "o.s.b.a.e.web.EndpointLinksResolver",
            "Exposing 3 endpoints beneath base path '/actuator'",
        ),
    ),
    (
        SN,
        _spring(
            "INFO",
            "sched",
            "c.e.crm.jobs.ReminderJob",
            "Sent {n} follow-up reminders in {int_ms} ms",
        ),
    ),
    (
        SN,
        _spring(
            "INFO",
            "main",
            "o.s.b.w.e.tomcat.GracefulShutdown",
            "Commencing graceful shutdown. Waiting for active requests to complete",
        ),
    ),
)

_DJ = " {log4j_ts} "
_DJANGO: tuple[Entry, ...] = (
    (HTTP, '[{dj_ts}] "{method} {web_path} HTTP/1.1" {status} {bytes}', 3),
    (HTTP, "WARNING" + _DJ + "log {pid} {n} Not Found: {web_path}", 2),
    (HTTP, "WARNING" + _DJ + "log {pid} {n} Forbidden: /admin/{django_app}/"),
    (ERR, "ERROR" + _DJ + "log {pid} {n} Internal Server Error: {web_path}"),
    (
        SEC,
        "ERROR"
        + _DJ
        + "exception {pid} {n} Invalid HTTP_HOST header: '{ip}'. You may need to add '{ip}' to ALLOWED_HOSTS.",
    ),
    (
        SEC,
        "WARNING"
        + _DJ
        + "log {pid} {n} Forbidden (CSRF token from POST incorrect.): /accounts/login/",
    ),
    (
        DEP,
        "/app/config/settings.py:{line}: RemovedInDjango50Warning: The USE_L10N setting is deprecated. Starting with Django 5.0, localized formatting of data will always be enabled. For example Django will display numbers and dates using the format of the current locale.",
    ),
    (SN, "Watching for file changes with StatReloader"),
    (SN, "System check identified no issues (0 silenced)."),
    (SN, "Applying {django_app}.00{small}{small}_alter_{django_app}_options... OK"),
    (UA, "INFO" + _DJ + "views {pid} {n} User {user} logged in from {ip}"),
    (
        ERR,
        "ERROR"
        + _DJ
        + "tasks {pid} {n} Failed to send password reset email to {email}: SMTPServerDisconnected('Connection unexpectedly closed')",
    ),
    (SN, "INFO" + _DJ + "management {pid} {n} clearsessions: removed {n} expired sessions"),
    (SN, "Performing system checks..."),
    (SN, "Starting development server at http://0.0.0.0:8000/"),
    (SN, "Django version 5.0.6, using settings 'config.settings'"),
    (SN, "No migrations to apply."),
    (SN, "{n} static files copied to '/app/staticfiles', {n} unmodified, {n} post-processed."),
    (SN, "INFO" + _DJ + "autoreload {pid} {n} /app/{django_app}/views.py changed, reloading."),
    (HTTP, "INFO" + _DJ + 'basehttp {pid} {n} "{method} {web_path} HTTP/1.1" {status} {bytes}', 2),
    (
        ERR,
        'django.db.utils.OperationalError: connection to server at "{private_ip}", port 5432 failed: Connection refused',
    ),
    (
        SEC,
        "WARNING"
        + _DJ
        + "csrf {pid} {n} Forbidden (Origin checking failed - https://login-example.net does not match any trusted origins.): /accounts/login/",
    ),
    (
        SEC,
        "ERROR"
        + _DJ
        + "exception {pid} {n} Detected path traversal attempt in '/app/media/{media_traversal}'",
    ),
    (
        SEC,
        "WARNING"
        + _DJ
        + 'handlers {pid} {n} AXES: Locked out {username: "{user}", ip_address: "{ip}", user_agent: "{browser_ua}", path_info: "/admin/login/"} after repeated login failures.',
    ),
    (UA, "INFO" + _DJ + "views {pid} {n} User {user} exported {n} contacts to CSV"),
    (
        DEP,
        "/app/{django_app}/forms.py:{line}: RemovedInDjango60Warning: The default scheme will be changed from 'http' to 'https' in Django 6.0. Pass the forms.URLField.assume_scheme argument to silence this warning, or set the FORMS_URLFIELD_ASSUME_HTTPS transitional setting to True to opt into using 'https' as the new default scheme.",
    ),
    (SN, "Operations to perform:"),
    (SN, "Apply all migrations: admin, auth, contenttypes, {django_app}, sessions"),
    (SN, "Running migrations:"),
    (SN, "Quit the server with CONTROL-C."),
    (SN, "INFO" + _DJ + "autoreload {pid} {n} Watching for file changes with StatReloader"),
    (SN, "Installed {n} object(s) from {small} fixture(s)"),
    (SN, "INFO" + _DJ + "tasks {pid} {n} Sent {n} invoice reminder emails"),
    (UA, "Superuser created successfully."),
    (UA, "INFO" + _DJ + "views {pid} {n} User {user} logged out"),
    (UA, "INFO" + _DJ + "views {pid} {n} User {user} changed their password"),
    (SEC, "WARNING" + _DJ + "log {pid} {n} Forbidden (CSRF cookie not set.): {web_path}"),
    (SEC, "WARNING" + _DJ + "signals {pid} {n} Failed login attempt for user {user} from {ip}"),
    (SEC, "WARNING" + _DJ + "exception {pid} {n} Session data corrupted"),
    (
        ERR,
        'django.db.utils.IntegrityError: duplicate key value violates unique constraint "{constraint}"',
    ),
    (ERR, "django.template.exceptions.TemplateDoesNotExist: {django_app}/detail.html"),
    (
        ERR,
        "django.core.exceptions.RequestDataTooBig: Request body exceeded settings.DATA_UPLOAD_MAX_MEMORY_SIZE.",
    ),
    (
        CRIT,
        "django.core.exceptions.ImproperlyConfigured: The SECRET_KEY setting must not be empty.",
    ),
    (
        DEP,
        "/app/config/settings.py:{line}: RemovedInDjango51Warning: The DEFAULT_FILE_STORAGE setting is deprecated. Use STORAGES instead.",
    ),
)

_GU = "[{gunicorn_ts}] [{pid}] "
_GUNICORN: tuple[Entry, ...] = (
    (SN, _GU + "[INFO] Starting gunicorn 22.0.0"),
    (SN, _GU + "[INFO] Listening at: http://0.0.0.0:8000 ({pid})"),
    (SN, _GU + "[INFO] Using worker: uvicorn.workers.UvicornWorker"),
    (SN, _GU + "[INFO] Booting worker with pid: {pid}", 3),
    (ERR, _GU + "[CRITICAL] WORKER TIMEOUT (pid:{pid})", 2),
    (ERR, _GU + "[ERROR] Worker (pid:{pid}) was sent SIGKILL! Perhaps out of memory?"),
    (SN, _GU + "[INFO] Handling signal: term"),
    (SN, _GU + "[INFO] Worker exiting (pid: {pid})", 2),
    (SN, _GU + "[INFO] Shutting down: Master"),
    (CRIT, _GU + "[INFO] Reason: Worker failed to boot."),
    (
        HTTP,
        '{ip} - - [{clf_ts}] "{method} {web_path} HTTP/1.1" {status} {bytes} "{referer}" "{browser_ua}"',
        2,
    ),
    (SN, _GU + "[INFO] Handling signal: hup"),
    (SN, _GU + "[INFO] Worker reloading: /app/{django_app}/views.py modified"),
    (SN, _GU + "[INFO] Handling signal: ttin"),
    (SN, _GU + "[INFO] Started server process [{pid}]", 2),
    (SN, _GU + "[INFO] Waiting for application startup."),
    (SN, _GU + "[INFO] Application startup complete.", 2),
    (SN, _GU + "[INFO] Autorestarting worker after current request."),
    (SN, _GU + "[INFO] Finished server process [{pid}]"),
    (ERR, _GU + "[ERROR] Exception in worker process"),
    (ERR, _GU + "[ERROR] Error handling request {web_path}"),
    (ERR, _GU + "[ERROR] Worker (pid:{pid}) exited with code 1"),
    (ERR, _GU + "[ERROR] Connection in use: ('0.0.0.0', 8000)"),
    (
        DEP,
        "/usr/local/lib/python3.12/site-packages/websockets/legacy/__init__.py:6: DeprecationWarning: websockets.legacy is deprecated; see https://websockets.readthedocs.io/en/stable/howto/upgrade.html for upgrade instructions",
    ),
    (HTTP, _GU + '[INFO] {ip}:{eport} - "{method} {web_path} HTTP/1.1" {status}', 2),
    (SN, _GU + "[INFO] Using worker: sync"),
    (SN, _GU + "[INFO] Using worker: gthread"),
    (SN, _GU + "[INFO] Listening at: unix:/run/gunicorn.sock ({pid})"),
    (SN, _GU + "[INFO] Handling signal: int"),
    (SN, _GU + "[INFO] Handling signal: ttou"),
    (SN, _GU + "[INFO] ASGI 'lifespan' protocol appears unsupported."),
    (ERR, _GU + "[WARNING] Worker with pid {pid} was terminated due to signal 9"),
    (ERR, _GU + "[WARNING] Worker graceful timeout (pid:{pid})"),
    (ERR, _GU + "[ERROR] Socket error processing request."),
    (CRIT, _GU + "[ERROR] Can't connect to ('0.0.0.0', 8000)"),
)

_EXPRESS: tuple[Entry, ...] = (
    (HTTP, "{method} {web_path} {status} {msf} ms - {bytes}", 3),
    (
        HTTP,
        '::ffff:{ip} - - [{clf_ts}] "{method} {web_path} HTTP/1.1" {status} {bytes} "{referer}" "{browser_ua}"',
        2,
    ),
    (
        HTTP,
        '{"level":30,"time":{epoch_ms},"pid":{pid},"hostname":"{hostname}","req":{"id":{n},"method":"{method}","url":"{web_path}","remoteAddress":"::ffff:{ip}","remotePort":{eport}},"res":{"statusCode":{status}},"responseTime":{n},"msg":"request completed"}',
        2,
    ),
    (SN, "Server listening on port 3000"),
    (
        SN,
        '{"level":30,"time":{epoch_ms},"pid":{pid},"hostname":"{hostname}","msg":"Server listening at http://0.0.0.0:3000"}',
    ),
    (
        DEP,
        "(node:{pid}) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.",
    ),
    (
        DEP,
        "(node:{pid}) [DEP0005] DeprecationWarning: Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.",
    ),
    (
        ERR,
        '{"level":50,"time":{epoch_ms},"pid":{pid},"hostname":"{hostname}","err":{"type":"Error","message":"connect ECONNREFUSED {private_ip}:6379","stack":"Error: connect ECONNREFUSED {private_ip}:6379    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)","errno":-111,"code":"ECONNREFUSED","syscall":"connect","address":"{private_ip}","port":6379},"msg":"redis connection failed"}',
    ),
    (
        CRIT,
        '{"level":60,"time":{epoch_ms},"pid":{pid},"hostname":"{hostname}","err":{"type":"TypeError","message":"Cannot read properties of undefined (reading \'id\')"},"msg":"uncaughtException, process exiting"}',
    ),
    (
        RES,
        "(node:{pid}) MaxListenersExceededWarning: Possible EventEmitter memory leak detected. 11 error listeners added to [Socket]. MaxListeners is 10. Use emitter.setMaxListeners() to increase limit",
    ),
    (
        UA,
        '{"level":30,"time":{epoch_ms},"pid":{pid},"hostname":"{hostname}","userId":"{user}","changed":["{setting}"],"msg":"user updated notification settings"}',
    ),
    (
        SEC,
        '{"level":40,"time":{epoch_ms},"pid":{pid},"hostname":"{hostname}","ip":"{ip}","path":"/api/login","limit":10,"windowMs":900000,"msg":"rate limit exceeded"}',
    ),
    (CRIT, "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory"),
    (SN, "Connected to MongoDB at mongodb://{private_ip}:27017/app"),
    (SN, "[nodemon] restarting due to changes..."),
    (SN, "SIGTERM signal received: closing HTTP server"),
    (
        SN,
        '{"level":30,"time":{epoch_ms},"pid":{pid},"hostname":"{hostname}","msg":"connected to redis at {private_ip}:6379"}',
    ),
    (
        SN,
        '{"level":30,"time":{epoch_ms},"pid":{pid},"hostname":"{hostname}","queue":"emails","jobId":"{n}","msg":"job completed"}',
        2,
    ),
    (SN, "Primary {pid} is running"),
    (
        ERR,
        "(node:{pid}) UnhandledPromiseRejectionWarning: Error: connect ETIMEDOUT {private_ip}:5432",
    ),
    (
        ERR,
        '{"level":50,"time":{epoch_ms},"pid":{pid},"hostname":"{hostname}","req":{"id":{n},"method":"POST","url":"/api/v1/orders"},"err":{"type":"SequelizeDatabaseError","message":"relation \\"orders\\" does not exist"},"msg":"request errored"}',
    ),
    (CRIT, "Error: listen EADDRINUSE: address already in use :::3000"),
    (
        SEC,
        '{"level":40,"time":{epoch_ms},"pid":{pid},"hostname":"{hostname}","ip":"{ip}","err":{"type":"UnauthorizedError","message":"invalid signature","code":"invalid_token"},"msg":"rejected request with tampered JWT"}',
    ),
    (
        DEP,
        "(node:{pid}) [DEP0066] DeprecationWarning: OutgoingMessage.prototype._headers is deprecated",
    ),
    (
        DEP,
        "express deprecated res.send(status): Use res.sendStatus(status) instead app.js:{line}:{small}",
    ),
    (
        RES,
        '{"level":40,"time":{epoch_ms},"pid":{pid},"hostname":"{hostname}","eventLoopDelay":{int_ms},"heapUsed":{bytes},"rssBytes":{bytes},"msg":"service under pressure"}',
    ),
    (HTTP, "{method} {web_path} {status} {bytes} - {msf} ms", 2),
    (SN, "Worker {pid} is online", 2),
    (SN, "Express server listening on port 8080 in production mode"),
    (SN, "[nodemon] starting `node server.js`"),
    (SN, "[nodemon] watching path(s): *.*"),
    (SN, "[nodemon] clean exit - waiting for changes before restart"),
    (
        SN,
        '{"level":30,"time":{epoch_ms},"pid":{pid},"hostname":"{hostname}","msg":"HTTP server closed"}',
    ),
    (
        SN,
        '{"level":30,"time":{epoch_ms},"pid":{pid},"hostname":"{hostname}","entries":{n},"msg":"cache warmed"}',
    ),
    (
        UA,
        '{"level":30,"time":{epoch_ms},"pid":{pid},"hostname":"{hostname}","userId":"{user}","ip":"{ip}","method":"password","msg":"user logged in"}',
    ),
    (
        UA,
        '{"level":30,"time":{epoch_ms},"pid":{pid},"hostname":"{hostname}","userId":"{user}","fileName":"{file}","size":{bytes},"msg":"file uploaded"}',
    ),
    (
        SEC,
        '{"level":40,"time":{epoch_ms},"pid":{pid},"hostname":"{hostname}","username":"{user}","ip":"{ip}","reason":"bad_password","msg":"login failed"}',
    ),
    (SEC, "ForbiddenError: invalid csrf token"),
    (ERR, "Error [ERR_HTTP_HEADERS_SENT]: Cannot set headers after they are sent to the client"),
    (ERR, "PayloadTooLargeError: request entity too large"),
    (ERR, "MongoServerSelectionError: connect ECONNREFUSED {private_ip}:27017"),
    (
        ERR,
        '{"level":50,"time":{epoch_ms},"pid":{pid},"hostname":"{hostname}","err":{"type":"AxiosError","message":"Request failed with status code 502","code":"ERR_BAD_RESPONSE"},"msg":"payment provider call failed"}',
    ),
    (ERR, "[nodemon] app crashed - waiting for file changes before starting..."),
    (
        CRIT,
        "FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory",
    ),
    (
        CRIT,
        "[UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"{exc_msg}\".] { code: 'ERR_UNHANDLED_REJECTION' }",
    ),
    (
        RES,
        "KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?",
    ),
    (
        RES,
        '{"level":30,"time":{epoch_ms},"pid":{pid},"hostname":"{hostname}","rss":{bytes},"heapTotal":{bytes},"heapUsed":{bytes},"external":{bytes},"msg":"memory usage"}',
    ),
    (DEP, "(node:{pid}) [DEP0106] DeprecationWarning: crypto.createCipher is deprecated."),
    (
        DEP,
        "body-parser deprecated undefined extended: provide extended option server.js:{line}:{small}",
    ),
    (
        DEP,
        "express deprecated req.param(name): Use req.params, req.body, or req.query instead app.js:{line}:{small}",
    ),
    (HTTP, "{ip} - {method} {web_path} HTTP/1.1 {status} {bytes} - {msf} ms"),
)

_FW = _SYSLOG + "kernel: [{kup}] "
_IPTABLES: tuple[Entry, ...] = (
    (
        SEC,
        _FW
        + "[UFW BLOCK] IN={iface} OUT= MAC={frame_mac} SRC={ip} DST={private_ip} LEN={small}0 TOS=0x00 PREC=0x00 TTL={ttl} ID={n} DF PROTO=TCP SPT={eport} DPT={dport} WINDOW={n} RES=0x00 SYN URGP=0",
        4,
    ),
    (
        SEC,
        _FW
        + "[UFW BLOCK] IN={iface} OUT= MAC={frame_mac} SRC={ip} DST={private_ip} LEN={n} TOS=0x00 PREC=0x00 TTL={ttl} ID={n} PROTO=UDP SPT={eport} DPT={dport} LEN={n}",
        2,
    ),
    (
        SN,
        _FW
        + "[UFW ALLOW] IN={iface} OUT= MAC={frame_mac} SRC={ip} DST={private_ip} LEN=60 TOS=0x00 PREC=0x00 TTL={ttl} ID={n} DF PROTO=TCP SPT={eport} DPT=443 WINDOW=64240 RES=0x00 SYN URGP=0",
    ),
    (
        SEC,
        _FW
        + "[UFW LIMIT BLOCK] IN={iface} OUT= MAC={frame_mac} SRC={ip} DST={private_ip} LEN=60 TOS=0x00 PREC=0x00 TTL={ttl} ID={n} DF PROTO=TCP SPT={eport} DPT=22 WINDOW=64240 RES=0x00 SYN URGP=0",
    ),
    (
        SN,
        _FW
        + "[UFW AUDIT] IN= OUT={iface} SRC={private_ip} DST={private_ip} LEN=73 TOS=0x00 PREC=0x00 TTL=64 ID={n} DF PROTO=UDP SPT={eport} DPT=53 LEN=53",
    ),
    (
        SEC,
        _FW
        + "IPTABLES-DROPPED: IN={iface} OUT= MAC={frame_mac} SRC={ip} DST={private_ip} LEN=44 TOS=0x00 PREC=0x00 TTL={ttl} ID={n} PROTO=TCP SPT={eport} DPT={dport} WINDOW=1024 RES=0x00 SYN URGP=0",
    ),
    (
        DEP,
        _SYSLOG
        + "firewalld[{pid}]: WARNING: AllowZoneDrifting is enabled. This is considered an insecure configuration option. It will be removed in a future release. Please consider disabling it now.",
    ),
    (SN, _SYSLOG + "firewalld[{pid}]: INFO: Reloading firewall rules for zone 'public'"),
    (
        ERR,
        _SYSLOG + "firewalld[{pid}]: ERROR: INVALID_SERVICE: 'crm-api' not among existing services",
    ),
    (SN, _SYSLOG + "ufw-init[{pid}]: Starting firewall: ufw... done."),
    (
        SEC,
        _FW
        + "[UFW BLOCK] IN={iface} OUT= MAC={frame_mac} SRC={ip} DST={private_ip} LEN=84 TOS=0x00 PREC=0x00 TTL={ttl} ID={n} DF PROTO=ICMP TYPE=8 CODE=0 ID={n} SEQ={small}",
    ),
    (
        SEC,
        _FW
        + "[UFW BLOCK] IN={iface} OUT= MAC={frame_mac} SRC={ipv6} DST={ipv6} LEN=80 TC=0 HOPLIMIT={ttl} FLOWLBL={n} PROTO=TCP SPT={eport} DPT={dport} WINDOW=65535 RES=0x00 SYN URGP=0",
    ),
    (
        SEC,
        _FW
        + "[UFW BLOCK] IN= OUT={iface} SRC={private_ip} DST={ip} LEN=60 TOS=0x00 PREC=0x00 TTL=64 ID={n} DF PROTO=TCP SPT={eport} DPT={egress_port} WINDOW=64240 RES=0x00 SYN URGP=0",
    ),
    (
        SEC,
        _FW
        + "PORTSCAN: IN={iface} OUT= MAC={frame_mac} SRC={ip} DST={private_ip} LEN=40 TOS=0x00 PREC=0x00 TTL={ttl} ID={n} PROTO=TCP SPT={eport} DPT={dport} WINDOW=1024 RES=0x00 URG PSH FIN URGP=0",
    ),
    (
        SN,
        _FW
        + "[UFW ALLOW] IN= OUT={iface} SRC={private_ip} DST={ip} LEN=76 TOS=0x00 PREC=0x00 TTL=64 ID={n} DF PROTO=UDP SPT=123 DPT=123 LEN=56",
    ),
    (
        SN,
        _FW
        + "[UFW AUDIT] IN={iface} OUT= MAC={frame_mac} SRC={private_ip} DST={private_ip} LEN=60 TOS=0x00 PREC=0x00 TTL=64 ID={n} DF PROTO=TCP SPT={eport} DPT=5432 WINDOW=64240 RES=0x00 SYN URGP=0",
        2,
    ),
    (SN, "Firewall reloaded"),
    (SN, "Status: active"),
    (SN, "Firewall is active and enabled on system startup"),
    (SN, "Default: deny (incoming), allow (outgoing), disabled (routed)"),
    (
        SN,
        _SYSLOG
        + "netfilter-persistent[{pid}]: run-parts: executing /usr/share/netfilter-persistent/plugins.d/15-ip4tables start",
    ),
    (UA, "Rule added"),
    (ERR, _SYSLOG + "ufw-init[{pid}]: iptables-restore: line {small}{small} failed"),
    (RES, _FW + "Set blocklist-v4 is full, maxelem 65536 reached"),
    (
        SN,
        _FW
        + "[UFW AUDIT] IN= OUT=lo SRC=127.0.0.1 DST=127.0.0.1 LEN=60 TOS=0x00 PREC=0x00 TTL=64 ID={n} DF PROTO=TCP SPT={eport} DPT=6379 WINDOW=65495 RES=0x00 SYN URGP=0",
    ),
    (
        SN,
        _FW
        + "[UFW ALLOW] IN={iface} OUT= MAC={frame_mac} SRC={private_ip} DST={private_ip} LEN=60 TOS=0x00 PREC=0x00 TTL=64 ID={n} DF PROTO=TCP SPT={eport} DPT=22 WINDOW=64240 RES=0x00 SYN URGP=0",
    ),
    (
        SN,
        _FW
        + "NEW-CONN: IN={iface} OUT= MAC={frame_mac} SRC={ip} DST={private_ip} LEN=60 TOS=0x00 PREC=0x00 TTL={ttl} ID={n} DF PROTO=TCP SPT={eport} DPT=443 WINDOW=64240 RES=0x00 SYN URGP=0",
    ),
    (SN, _FW + "Netfilter messages via NETLINK v0.30."),
    (
        SN,
        _FW
        + "nf_conntrack: default automatic helper assignment has been turned off for security reasons and CT-based firewall rule not found. Use the iptables CT target to attach helpers instead.",
    ),
    (SN, _FW + "x_tables: ip_tables: (C) 2000-2006 Netfilter Core Team"),
    (SN, "Skipping adding existing rule"),
    (SN, "Warning: iptables-legacy tables present, use iptables-legacy to see them"),
    (SN, _SYSLOG + "firewalld[{pid}]: INFO: Reloaded firewall rules"),
    (UA, "Rule deleted"),
    (UA, "Rules updated (v6)"),
    (UA, "Firewall stopped and disabled on system startup"),
    (
        SEC,
        _FW
        + "[UFW BLOCK] IN={iface} OUT= MAC={frame_mac} SRC={private_ip} DST=224.0.0.251 LEN={n} TOS=0x00 PREC=0x00 TTL=255 ID=0 DF PROTO=UDP SPT=5353 DPT=5353 LEN={n}",
    ),
    (
        SEC,
        _FW
        + "DROP-INVALID: IN={iface} OUT= MAC={frame_mac} SRC={ip} DST={private_ip} LEN=40 TOS=0x00 PREC=0x00 TTL={ttl} ID={n} PROTO=TCP SPT={eport} DPT=443 WINDOW=0 RES=0x00 RST URGP=0",
    ),
    (
        SEC,
        _FW
        + "SSH-BRUTE: IN={iface} OUT= MAC={frame_mac} SRC={ip} DST={private_ip} LEN=60 TOS=0x00 PREC=0x00 TTL={ttl} ID={n} DF PROTO=TCP SPT={eport} DPT=22 WINDOW=29200 RES=0x00 SYN URGP=0",
    ),
    (
        SEC,
        _FW
        + "FORWARD-REJECT: IN=docker0 OUT={iface} PHYSIN=veth{hex7} SRC=172.17.0.{octet} DST={ip} LEN=60 TOS=0x00 PREC=0x00 TTL=63 ID={n} DF PROTO=TCP SPT={eport} DPT={egress_port} WINDOW=64240 RES=0x00 SYN URGP=0",
    ),
    (
        ERR,
        "iptables-restore v1.8.10 (nf_tables): Couldn't load match `conntrack':No such file or directory",
    ),
    (ERR, "iptables: No chain/target/match by that name."),
    (ERR, "ERROR: Could not load logging rules"),
    (
        ERR,
        _SYSLOG
        + "firewalld[{pid}]: WARNING: COMMAND_FAILED: '/usr/sbin/iptables -w10 -D FORWARD -i docker0 -o docker0 -j DROP' failed: iptables: Bad rule (does a matching rule exist in that chain?).",
    ),
    (RES, _FW + "nf_conntrack: expectation table full"),
    (
        DEP,
        _FW
        + "Warning: Deprecated Driver is detected: ip_tables will not be maintained in a future major release and may be disabled",
    ),
    (
        DEP,
        _FW
        + "ipt_CLUSTERIP: ipt_CLUSTERIP is deprecated and it will removed soon, use xt_cluster instead",
    ),
)

_OV = "{ymd_hms} "
_OPENVPN: tuple[Entry, ...] = (
    (
        SN,
        _OV
        + "{vpn_client}/{ip}:{eport} [{vpn_client}] Peer Connection Initiated with [AF_INET]{ip}:{eport}",
        2,
    ),
    (
        SN,
        _OV
        + "{vpn_client}/{ip}:{eport} MULTI_sva: pool returned IPv4=10.8.0.{octet}, IPv6=(Not enabled)",
        2,
    ),
    (
        SN,
        _OV + "{vpn_client}/{ip}:{eport} MULTI: Learn: 10.8.0.{octet} -> {vpn_client}/{ip}:{eport}",
    ),
    (SN, _OV + "Initialization Sequence Completed"),
    (ERR, _OV + "{ip}:{eport} TLS Error: TLS handshake failed"),
    (
        SEC,
        _OV
        + "{ip}:{eport} VERIFY ERROR: depth=0, error=certificate revoked: CN={vpn_client}, serial={n}",
    ),
    (
        SEC,
        _OV + "{ip}:{eport} TLS Auth Error: Auth Username/Password verification failed for peer",
        2,
    ),
    (
        UA,
        _OV + "{ip}:{eport} TLS: Username/Password authentication succeeded for username '{user}'",
        2,
    ),
    (
        DEP,
        _OV
        + "DEPRECATED OPTION: --cipher set to 'AES-256-CBC' but missing in --data-ciphers (AES-256-GCM:AES-128-GCM:CHACHA20-POLY1305). OpenVPN ignores --cipher for cipher negotiations.",
    ),
    (
        SN,
        _OV
        + "{vpn_client}/{ip}:{eport} SIGTERM[soft,remote-exit] received, client-instance exiting",
    ),
    (
        SN,
        _OV
        + "{vpn_client}/{ip}:{eport} [{vpn_client}] Inactivity timeout (--ping-restart), restarting",
    ),
    (
        SN,
        _OV
        + "OpenVPN 2.6.12 x86_64-pc-linux-gnu [SSL (OpenSSL)] [LZO] [LZ4] [EPOLL] [PKCS11] [MH/PKTINFO] [AEAD] [DCO]",
    ),
    (SN, _OV + "TUN/TAP device tun0 opened"),
    (SN, _OV + "net_addr_v4_add: 10.8.0.1/24 dev tun0"),
    (SN, _OV + "UDPv4 link local (bound): [AF_INET][undef]:1194"),
    (SN, _OV + "{vpn_client}/{ip}:{eport} Data Channel: cipher 'AES-256-GCM', peer-id: {small}", 2),
    (
        SN,
        _OV
        + "{vpn_client}/{ip}:{eport} Control Channel: TLSv1.3, cipher TLSv1.3 TLS_AES_256_GCM_SHA384, peer certificate: 2048 bits RSA, signature: RSA-SHA256, peer temporary key: 253 bits X25519",
    ),
    (
        SN,
        _OV
        + "{vpn_client}/{ip}:{eport} SENT CONTROL [{vpn_client}]: 'PUSH_REPLY,route 10.8.0.0 255.255.255.0,topology subnet,ping 10,ping-restart 120,ifconfig 10.8.0.{octet} 255.255.255.0,peer-id {small},cipher AES-256-GCM' (status=1)",
        2,
    ),
    (SN, _OV + "{ip}:{eport} VERIFY OK: depth=1, CN=Example-VPN-CA"),
    (
        ERR,
        _OV
        + "{vpn_client}/{ip}:{eport} AEAD Decrypt error: bad packet ID (may be a replay): [ #{n} ] -- see the man page entry for --no-replay and --replay-window for more info or silence this warning with --mute-replay-warnings",
    ),
    (ERR, _OV + "{vpn_client}/{ip}:{eport} write UDPv4: Network is unreachable (code=101)"),
    (SEC, _OV + "TLS Error: cannot locate HMAC in incoming packet from [AF_INET]{ip}:{eport}", 2),
    (
        RES,
        _OV
        + "{vpn_client}/{ip}:{eport} MULTI_sva: no free --ifconfig-pool addresses are available",
    ),
    (
        CRIT,
        _OV + "ERROR: Cannot open TUN/TAP dev /dev/net/tun: No such file or directory (errno=2)",
    ),
    (DEP, _OV + "WARNING: --ns-cert-type is DEPRECATED.  Use --remote-cert-tls instead."),
    (
        SN,
        _OV
        + "{vpn_client}/{ip}:{eport} MULTI: primary virtual IP for {vpn_client}/{ip}:{eport}: 10.8.0.{octet}",
        2,
    ),
    (SN, _OV + "{ip}:{eport} peer info: IV_VER=2.6.{small}"),
    (SN, _OV + "{ip}:{eport} peer info: IV_PLAT=win"),
    (SN, _OV + "{vpn_client}/{ip}:{eport} PUSH: Received control message: 'PUSH_REQUEST'", 2),
    (SN, _OV + "{ip}:{eport} TLS: Initial packet from [AF_INET]{ip}:{eport}, sid={hex8} {hex8}", 2),
    (SN, _OV + "MULTI: multi_create_instance called"),
    (SN, _OV + "IFCONFIG POOL IPv4: base=10.8.0.2 size=252"),
    (SN, _OV + "{vpn_client}/{ip}:{eport} TLS: soft reset sec=3600/3600 bytes={n}/-1 pkts={n}/0"),
    (SN, _OV + "{vpn_client}/{ip}:{eport} Connection reset, restarting [0]"),
    (SN, _OV + "SIGUSR1[soft,ping-restart] received, process restarting"),
    (SN, _OV + "Closing TUN/TAP interface"),
    (SN, _OV + "MANAGEMENT: Client connected from [AF_INET]127.0.0.1:7505"),
    (
        SN,
        _OV
        + "{vpn_client}/{ip}:{eport} MULTI: new connection by client '{vpn_client}' will cause previous active sessions by this client to be dropped.  Remember to use the --duplicate-cn option if you want multiple clients using the same certificate or username to concurrently connect.",
    ),
    (
        UA,
        _OV
        + "{ip}:{eport} PLUGIN_CALL: POST /usr/lib/openvpn/openvpn-plugin-auth-pam.so/PLUGIN_AUTH_USER_PASS_VERIFY status=0",
    ),
    (UA, _OV + "MANAGEMENT: CMD 'kill {vpn_client}'"),
    (
        SEC,
        _OV
        + "{ip}:{eport} PLUGIN_CALL: POST /usr/lib/openvpn/openvpn-plugin-auth-pam.so/PLUGIN_AUTH_USER_PASS_VERIFY status=1",
    ),
    (
        SEC,
        _OV
        + "{ip}:{eport} PLUGIN_CALL: plugin function PLUGIN_AUTH_USER_PASS_VERIFY failed with status 1: /usr/lib/openvpn/openvpn-plugin-auth-pam.so",
    ),
    (
        SEC,
        _OV
        + "{ip}:{eport} VERIFY ERROR: depth=0, error=certificate has expired: CN={vpn_client}, serial={n}",
    ),
    (
        SEC,
        _OV
        + "{ip}:{eport} TLS Error: Unroutable control packet received from [AF_INET]{ip}:{eport} (si=3 op=P_CONTROL_V1)",
    ),
    (
        SEC,
        _OV
        + "{vpn_client}/{ip}:{eport} Authenticate/Decrypt packet error: packet HMAC authentication failed",
    ),
    (
        ERR,
        _OV
        + "{ip}:{eport} TLS Error: TLS key negotiation failed to occur within 60 seconds (check your network connectivity)",
    ),
    (
        ERR,
        _OV
        + "RESOLVE: Cannot resolve host address: vpn.example.com:1194 (Name or service not known)",
    ),
    (CRIT, _OV + "Options error: --ca fails with 'ca.crt': No such file or directory (errno=2)"),
    (CRIT, _OV + "Exiting due to fatal error"),
    (RES, _OV + "MULTI: new incoming connection would exceed maximum number of clients (64)"),
    (
        DEP,
        _OV
        + "WARNING: --topology net30 support for server configs with IPv4 pools will be removed in a future release. Please migrate to --topology subnet as soon as possible.",
    ),
    (
        DEP,
        _OV
        + "DEPRECATED OPTION: ncp-disable. Disabling dynamic cipher negotiation is a deprecated debug feature that will be removed in OpenVPN 2.6",
    ),
)

_WG = _SYSLOG + "kernel: [{kup}] wireguard: {wg_if}: "
_WIREGUARD: tuple[Entry, ...] = (
    (SN, _WG + "Receiving handshake initiation from peer {n} ({ip}:{eport})", 3),
    (SN, _WG + "Sending handshake response to peer {n} ({ip}:{eport})", 3),
    (SN, _WG + "Keypair {n} created for peer {n}", 2),
    (
        ERR,
        _WG
        + "Handshake for peer {n} ({ip}:{eport}) did not complete after 5 seconds, retrying (try {small})",
        2,
    ),
    (SEC, _WG + "Invalid handshake initiation from {ip}:{eport}"),
    (SN, _SYSLOG + "wg-quick[{pid}]: [#] ip link add {wg_if} type wireguard"),
    (SN, _SYSLOG + "wg-quick[{pid}]: [#] wg setconf {wg_if} /dev/fd/63"),
    (
        SN,
        _SYSLOG
        + "kernel: [{kup}] wireguard: WireGuard 1.0.0 loaded. See www.wireguard.com for information.",
    ),
    (SN, _WG + "Sending keepalive packet to peer {n} ({ip}:{eport})", 2),
    (ERR, _SYSLOG + "wg-quick[{pid}]: RTNETLINK answers: File exists"),
    (
        UA,
        _SYSLOG + "wg-quick[{pid}]: [#] wg set {wg_if} peer {wg_key} allowed-ips 10.9.0.{octet}/32",
    ),
)

_GL = 'time="{iso_s}" level='
_GITLAB_RUNNER: tuple[Entry, ...] = (
    (
        SN,
        "Checking for jobs... received                     job={n} repo_url=https://gitlab.example.com/{gl_project}.git runner={hex8}",
        3,
    ),
    (
        SN,
        "Job succeeded                                     duration_s={secs} job={n} project={n} runner={hex8}",
        2,
    ),
    (
        ERR,
        "WARNING: Job failed: exit code 1                  duration_s={secs} job={n} project={n} runner={hex8}",
    ),
    (
        ERR,
        'ERROR: Job failed (system failure): Error response from daemon: Conflict. The container name "/runner-{hex8}-project-{n}-concurrent-0-cache" is already in use  duration_s={secs} job={n} project={n} runner={hex8}',
    ),
    (
        SN,
        "Appending trace to coordinator...ok               code=202 job={n} job-log=0-{n} job-status=running runner={hex8} sent-log={n}-{n} status=202 Accepted update-interval=3s",
        3,
    ),
    (
        SN,
        "Updating job...                                   bytesize={n} checksum=crc32:{hex8} job={n} runner={hex8}",
        2,
    ),
    (
        SN,
        "Submitting job to coordinator...ok                bytesize={n} checksum=crc32:{hex8} code=200 job={n} job-status=success runner={hex8} update-interval=0s",
    ),
    (
        ERR,
        "WARNING: Checking for jobs... failed              runner={hex8} status=POST https://gitlab.example.com/api/v4/jobs/request: 403 Forbidden",
    ),
    (
        DEP,
        _GL
        + 'warning msg="Runner registration tokens have been deprecated and will be removed in GitLab 18.0. Use runner authentication tokens instead."',
    ),
    (SN, "Configuration loaded                              builds=0 max_builds={small}"),
    (
        RES,
        'WARNING: Preparation failed: adding cache volume: set volume permissions: create permission container for volume "runner-{hex8}-cache": Error response from daemon: no space left on device',
    ),
)

_JK = "{jenkins_ts} [id={n}]\t"
_JENKINS: tuple[Entry, ...] = (
    (
        SN,
        _JK
        + "INFO\thudson.model.Run#execute: {jenkins_job} #{n} main build action completed: SUCCESS",
        3,
    ),
    (
        ERR,
        _JK
        + "INFO\thudson.model.Run#execute: {jenkins_job} #{n} main build action completed: FAILURE",
        2,
    ),
    (UA, "Started by user {user}"),
    (SN, "Started by timer"),
    (SN, "Finished: SUCCESS", 2),
    (ERR, "Finished: FAILURE"),
    (
        SEC,
        _JK
        + "WARNING\tj.s.s.h.RestrictedSecurityRealm#authenticate: Login attempt failed for user {invalid_user} from {ip}",
    ),
    (
        RES,
        _JK
        + "WARNING\thudson.node_monitors.DiskSpaceMonitorDescriptor#markNodeOfflineOrOnline: Making {jenkins_agent} offline temporarily due to the lack of disk space",
    ),
    (SN, _JK + "INFO\thudson.lifecycle.Lifecycle#onReady: Jenkins is fully up and running"),
    (
        SN,
        _JK
        + "INFO\thudson.model.AsyncPeriodicWork#lambda$doRun$1: Finished Download metadata. {n} ms",
    ),
    (
        DEP,
        _JK
        + "WARNING\thudson.PluginManager#loadDetachedPlugins: The {jenkins_plugin} plugin is deprecated and will no longer receive updates; consider migrating to a maintained alternative",
    ),
    (
        ERR,
        _JK
        + "SEVERE\thudson.model.Executor#finish1: Executor #0 for {jenkins_agent} grabbed hudson.model.Queue$BuildableItem:{jenkins_job} #{n} and failed: java.lang.NullPointerException",
    ),
    (
        ERR,
        _JK
        + "INFO\thudson.slaves.ChannelPinger$1#onDead: Ping failed. Terminating the channel {jenkins_agent}.",
    ),
    (UA, _JK + "INFO\tjenkins.model.Jenkins#doQuietDown: Quiet down mode entered by {user}"),
    (SN, _JK + "INFO\tjenkins.InitReactorRunner$1#onAttained: Completed initialization"),
    (SN, _JK + "INFO\tjenkins.InitReactorRunner$1#onAttained: Loaded all jobs"),
    (
        SN,
        _JK
        + "INFO\thudson.slaves.NodeProvisioner#update: {jenkins_agent} provisioning successfully completed. We have now {small} computer(s)",
    ),
    (SN, _JK + "INFO\thudson.model.AsyncPeriodicWork#lambda$doRun$1: Started Workspace clean-up"),
    (
        SN,
        _JK
        + "INFO\thudson.model.AsyncPeriodicWork#lambda$doRun$1: Started Periodic background build discarder",
    ),
    (
        SN,
        "Building remotely on {jenkins_agent} (linux docker) in workspace /home/jenkins/workspace/{jenkins_ws}",
        2,
    ),
    (SN, "Checking out Revision {sha} (refs/remotes/origin/main)", 2),
    (SN, "Recording test results"),
    (SN, "Started by an SCM change"),
    (ERR, "ERROR: script returned exit code {exit_code}", 2),
    (ERR, "Cancelling nested steps due to timeout"),
    (
        SEC,
        _JK
        + "WARNING\thudson.security.csrf.CrumbFilter#doFilter: No valid crumb was included in request for /job/nightly-integration/buildWithParameters by {user}. Returning 403.",
    ),
    (UA, "Aborted by {user}"),
)

_CTR = '{"eventVersion":"1.09","userIdentity":'
_CT_USER = '{"type":"IAMUser","principalId":"AIDA{hex_upper8}{hex_upper8}","arn":"arn:aws:iam::{aws_account}:user/{user}","accountId":"{aws_account}","accessKeyId":"{access_key}","userName":"{user}"}'
_CT_TAIL = ',"requestID":"{uuid}","eventID":"{uuid}","readOnly":false,"eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"{aws_account}","eventCategory":"Management"}'
_CLOUDTRAIL: tuple[Entry, ...] = (
    (
        UA,
        _CTR
        + '{"type":"IAMUser","principalId":"AIDA{hex_upper8}{hex_upper8}","arn":"arn:aws:iam::{aws_account}:user/{user}","accountId":"{aws_account}","userName":"{user}"},"eventTime":"{iso_s}","eventSource":"signin.amazonaws.com","eventName":"ConsoleLogin","awsRegion":"us-east-1","sourceIPAddress":"{ip}","userAgent":"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36","requestParameters":null,"responseElements":{"ConsoleLogin":"Success"},"additionalEventData":{"LoginTo":"https://console.aws.amazon.com/console/home","MobileVersion":"No","MFAUsed":"Yes"},"eventID":"{uuid}","readOnly":false,"eventType":"AwsConsoleSignIn","managementEvent":true,"recipientAccountId":"{aws_account}","eventCategory":"Management"}',
        2,
    ),
    (
        SEC,
        _CTR
        + '{"type":"IAMUser","principalId":"AIDA{hex_upper8}{hex_upper8}","arn":"arn:aws:iam::{aws_account}:user/{user}","accountId":"{aws_account}","userName":"{user}"},"eventTime":"{iso_s}","eventSource":"signin.amazonaws.com","eventName":"ConsoleLogin","awsRegion":"us-east-1","sourceIPAddress":"{ip}","userAgent":"Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0","errorMessage":"Failed authentication","requestParameters":null,"responseElements":{"ConsoleLogin":"Failure"},"additionalEventData":{"LoginTo":"https://console.aws.amazon.com/console/home","MobileVersion":"No","MFAUsed":"No"},"eventID":"{uuid}","readOnly":false,"eventType":"AwsConsoleSignIn","managementEvent":true,"recipientAccountId":"{aws_account}","eventCategory":"Management"}',
        2,
    ),
    (
        UA,
        _CTR
        + _CT_USER
        + ',"eventTime":"{iso_s}","eventSource":"s3.amazonaws.com","eventName":"PutBucketPolicy","awsRegion":"{region}","sourceIPAddress":"{ip}","userAgent":"{aws_ua}","requestParameters":{"bucketName":"{s3_bucket}","Host":"{s3_bucket}.s3.amazonaws.com","policy":""},"responseElements":null'
        + _CT_TAIL,
    ),
    (
        SEC,
        _CTR
        + _CT_USER
        + ',"eventTime":"{iso_s}","eventSource":"iam.amazonaws.com","eventName":"CreateAccessKey","awsRegion":"us-east-1","sourceIPAddress":"{ip}","userAgent":"{aws_ua}","errorCode":"AccessDenied","errorMessage":"User: arn:aws:iam::{aws_account}:user/{user} is not authorized to perform: iam:CreateAccessKey on resource: user admin because no identity-based policy allows the iam:CreateAccessKey action","requestParameters":null,"responseElements":null'
        + _CT_TAIL,
        2,
    ),
    (
        SEC,
        _CTR
        + _CT_USER
        + ',"eventTime":"{iso_s}","eventSource":"cloudtrail.amazonaws.com","eventName":"StopLogging","awsRegion":"{region}","sourceIPAddress":"{ip}","userAgent":"{aws_ua}","requestParameters":{"name":"arn:aws:cloudtrail:{region}:{aws_account}:trail/org-trail"},"responseElements":null'
        + _CT_TAIL,
    ),
    (
        SN,
        _CTR
        + '{"type":"AWSService","invokedBy":"ec2.amazonaws.com"},"eventTime":"{iso_s}","eventSource":"sts.amazonaws.com","eventName":"AssumeRole","awsRegion":"{region}","sourceIPAddress":"ec2.amazonaws.com","userAgent":"ec2.amazonaws.com","requestParameters":{"roleArn":"arn:aws:iam::{aws_account}:role/{iam_role}","roleSessionName":"{instance_id}"},"responseElements":{"credentials":{"accessKeyId":"{access_key}","sessionToken":"IQoJb3JpZ2luX2VjE{hex32}","expiration":"{iso_s}"}},"requestID":"{uuid}","eventID":"{uuid}","readOnly":true,"resources":[{"accountId":"{aws_account}","type":"AWS::IAM::Role","ARN":"arn:aws:iam::{aws_account}:role/{iam_role}"}],"eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"{aws_account}","sharedEventID":"{uuid}","eventCategory":"Management"}',
        3,
    ),
    (
        SN,
        _CTR
        + '{"type":"AssumedRole","principalId":"AROA{hex_upper8}:{iam_role}","arn":"arn:aws:sts::{aws_account}:assumed-role/{iam_role}/{instance_id}","accountId":"{aws_account}","accessKeyId":"{access_key}"},"eventTime":"{iso_s}","eventSource":"logs.amazonaws.com","eventName":"CreateLogStream","awsRegion":"{region}","sourceIPAddress":"{private_ip}","userAgent":"{aws_ua}","requestParameters":{"logGroupName":"/aws/lambda/orders-handler","logStreamName":"{date}/[$LATEST]{hex32}"},"responseElements":null'
        + _CT_TAIL,
        2,
    ),
    (
        UA,
        _CTR
        + _CT_USER
        + ',"eventTime":"{iso_s}","eventSource":"ec2.amazonaws.com","eventName":"RunInstances","awsRegion":"{region}","sourceIPAddress":"{ip}","userAgent":"{aws_ua}","requestParameters":{"instancesSet":{"items":[{"imageId":"ami-0{hex16}","minCount":1,"maxCount":1}]},"instanceType":"t3.large"},"responseElements":{"instancesSet":{"items":[{"instanceId":"{instance_id}"}]}}'
        + _CT_TAIL,
    ),
    (
        RES,
        _CTR
        + '{"type":"AssumedRole","principalId":"AROA{hex_upper8}:{iam_role}","arn":"arn:aws:sts::{aws_account}:assumed-role/{iam_role}/terraform","accountId":"{aws_account}"},"eventTime":"{iso_s}","eventSource":"ec2.amazonaws.com","eventName":"DescribeInstances","awsRegion":"{region}","sourceIPAddress":"{ip}","userAgent":"{aws_ua}","errorCode":"Client.RequestLimitExceeded","errorMessage":"Request limit exceeded.","requestParameters":null,"responseElements":null'
        + _CT_TAIL,
    ),
    (
        UA,
        _CTR
        + _CT_USER
        + ',"eventTime":"{iso_s}","eventSource":"iam.amazonaws.com","eventName":"CreateUser","awsRegion":"us-east-1","sourceIPAddress":"{ip}","userAgent":"{aws_ua}","requestParameters":{"userName":"{svc_account}"},"responseElements":{"user":{"path":"/","userName":"{svc_account}","userId":"AIDA{hex_upper8}{hex_upper8}","arn":"arn:aws:iam::{aws_account}:user/{svc_account}","createDate":"{iso_s}"}}'
        + _CT_TAIL,
    ),
    (
        SN,
        _CTR
        + '{"type":"AWSService","invokedBy":"lambda.amazonaws.com"},"eventTime":"{iso_s}","eventSource":"kms.amazonaws.com","eventName":"Decrypt","awsRegion":"{region}","sourceIPAddress":"lambda.amazonaws.com","userAgent":"lambda.amazonaws.com","requestParameters":{"encryptionAlgorithm":"SYMMETRIC_DEFAULT","encryptionContext":{"aws:lambda:FunctionArn":"arn:aws:lambda:{region}:{aws_account}:function:orders-handler"}},"responseElements":null,"requestID":"{uuid}","eventID":"{uuid}","readOnly":true,"eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"{aws_account}","eventCategory":"Management"}',
        2,
    ),
    (
        ERR,
        _CTR
        + _CT_USER
        + ',"eventTime":"{iso_s}","eventSource":"s3.amazonaws.com","eventName":"GetBucketPolicy","awsRegion":"{region}","sourceIPAddress":"{ip}","userAgent":"{aws_ua}","errorCode":"NoSuchBucketPolicy","errorMessage":"The bucket policy does not exist","requestParameters":{"bucketName":"{s3_bucket}","policy":""},"responseElements":null'
        + _CT_TAIL,
    ),
    (
        SEC,
        _CTR
        + '{"type":"Root","principalId":"{aws_account}","arn":"arn:aws:iam::{aws_account}:root","accountId":"{aws_account}"},"eventTime":"{iso_s}","eventSource":"signin.amazonaws.com","eventName":"ConsoleLogin","awsRegion":"us-east-1","sourceIPAddress":"{ip}","userAgent":"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36","requestParameters":null,"responseElements":{"ConsoleLogin":"Success"},"additionalEventData":{"LoginTo":"https://console.aws.amazon.com/console/home","MobileVersion":"No","MFAUsed":"No"},"eventID":"{uuid}","readOnly":false,"eventType":"AwsConsoleSignIn","managementEvent":true,"recipientAccountId":"{aws_account}","eventCategory":"Management"}',
    ),
    (
        SN,
        _CTR
        + '{"type":"AWSService","invokedBy":"s3.amazonaws.com"},"eventTime":"{iso_s}","eventSource":"kms.amazonaws.com","eventName":"GenerateDataKey","awsRegion":"{region}","sourceIPAddress":"s3.amazonaws.com","userAgent":"s3.amazonaws.com","requestParameters":{"keySpec":"AES_256","encryptionContext":{"aws:s3:arn":"arn:aws:s3:::{s3_bucket}/exports/{date}/part-{n}.csv.gz"},"keyId":"arn:aws:kms:{region}:{aws_account}:key/{uuid}"},"responseElements":null,"requestID":"{uuid}","eventID":"{uuid}","readOnly":true,"resources":[{"accountId":"{aws_account}","type":"AWS::KMS::Key","ARN":"arn:aws:kms:{region}:{aws_account}:key/{uuid}"}],"eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"{aws_account}","sharedEventID":"{uuid}","eventCategory":"Management"}',
        2,
    ),
    (
        SN,
        _CTR
        + '{"type":"WebIdentityUser","principalId":"arn:aws:iam::{aws_account}:oidc-provider/oidc.eks.{region}.amazonaws.com/id/{hex_upper8}{hex_upper8}{hex_upper8}{hex_upper8}:sts.amazonaws.com:system:serviceaccount:{k8s_ns}:{deploy}","userName":"system:serviceaccount:{k8s_ns}:{deploy}","identityProvider":"arn:aws:iam::{aws_account}:oidc-provider/oidc.eks.{region}.amazonaws.com/id/{hex_upper8}{hex_upper8}{hex_upper8}{hex_upper8}"},"eventTime":"{iso_s}","eventSource":"sts.amazonaws.com","eventName":"AssumeRoleWithWebIdentity","awsRegion":"{region}","sourceIPAddress":"{ip}","userAgent":"aws-sdk-go-v2/1.30.3 os/linux lang/go#1.22.5 md/GOOS#linux md/GOARCH#amd64 api/sts#1.30.3","requestParameters":{"roleArn":"arn:aws:iam::{aws_account}:role/{iam_role}","roleSessionName":"{epoch_ms}"},"responseElements":{"credentials":{"accessKeyId":"{access_key}","sessionToken":"IQoJb3JpZ2luX2VjE{hex32}","expiration":"{iso_s}"},"subjectFromWebIdentityToken":"system:serviceaccount:{k8s_ns}:{deploy}","assumedRoleUser":{"assumedRoleId":"AROA{hex_upper8}{hex_upper8}:{epoch_ms}","arn":"arn:aws:sts::{aws_account}:assumed-role/{iam_role}/{epoch_ms}"},"audience":"sts.amazonaws.com"},"requestID":"{uuid}","eventID":"{uuid}","readOnly":true,"eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"{aws_account}","eventCategory":"Management"}',
        2,
    ),
    (
        SN,
        _CTR
        + '{"type":"AssumedRole","principalId":"AROA{hex_upper8}:backup-agent","arn":"arn:aws:sts::{aws_account}:assumed-role/BackupAgentRole/backup-agent","accountId":"{aws_account}","accessKeyId":"{access_key}"},"eventTime":"{iso_s}","eventSource":"s3.amazonaws.com","eventName":"PutObject","awsRegion":"{region}","sourceIPAddress":"{ip}","userAgent":"{aws_ua}","requestParameters":{"bucketName":"{s3_bucket}","Host":"{s3_bucket}.s3.{region}.amazonaws.com","key":"pg/{date}/crm_prod.dump.gz","x-amz-server-side-encryption":"aws:kms"},"responseElements":{"x-amz-server-side-encryption":"aws:kms"},"additionalEventData":{"bytesTransferredIn":{bytes},"bytesTransferredOut":0},"requestID":"{hex_upper8}{hex_upper8}","eventID":"{uuid}","readOnly":false,"resources":[{"type":"AWS::S3::Object","ARN":"arn:aws:s3:::{s3_bucket}/pg/{date}/crm_prod.dump.gz"},{"accountId":"{aws_account}","type":"AWS::S3::Bucket","ARN":"arn:aws:s3:::{s3_bucket}"}],"eventType":"AwsApiCall","managementEvent":false,"recipientAccountId":"{aws_account}","eventCategory":"Data"}',
    ),
    (
        SN,
        _CTR
        + '{"type":"AssumedRole","principalId":"AROA{hex_upper8}:DLMSession","arn":"arn:aws:sts::{aws_account}:assumed-role/AWSDataLifecycleManagerDefaultRole/DLMSession","accountId":"{aws_account}","invokedBy":"dlm.amazonaws.com"},"eventTime":"{iso_s}","eventSource":"ec2.amazonaws.com","eventName":"CreateSnapshot","awsRegion":"{region}","sourceIPAddress":"dlm.amazonaws.com","userAgent":"dlm.amazonaws.com","requestParameters":{"volumeId":"vol-0{hex16}","description":"Created for policy: policy-0{hex16} schedule: Default Schedule"},"responseElements":{"snapshotId":"snap-0{hex16}","volumeId":"vol-0{hex16}","status":"pending","startTime":{epoch_ms},"ownerId":"{aws_account}","volumeSize":{n},"encrypted":true}'
        + _CT_TAIL,
    ),
    (
        SN,
        _CTR
        + '{"type":"AssumedRole","principalId":"AROA{hex_upper8}:{instance_id}","arn":"arn:aws:sts::{aws_account}:assumed-role/{iam_role}/{instance_id}","accountId":"{aws_account}","accessKeyId":"{access_key}"},"eventTime":"{iso_s}","eventSource":"ssm.amazonaws.com","eventName":"UpdateInstanceInformation","awsRegion":"{region}","sourceIPAddress":"{private_ip}","userAgent":"aws-sdk-go/1.50.8 (go1.22.4; linux; amd64) amazon-ssm-agent/3.3.{n}.0","requestParameters":{"instanceId":"{instance_id}","agentVersion":"3.3.{n}.0","agentStatus":"Active","platformType":"Linux","platformName":"Ubuntu","platformVersion":"24.04","iPAddress":"{private_ip}","computerName":"{hostname}.ec2.internal","agentName":"amazon-ssm-agent","availabilityZone":"{region}a"},"responseElements":null'
        + _CT_TAIL,
        2,
    ),
    (
        SN,
        _CTR
        + '{"accountId":"{aws_account}","invokedBy":"secretsmanager.amazonaws.com"},"eventTime":"{iso_s}","eventSource":"secretsmanager.amazonaws.com","eventName":"RotationSucceeded","awsRegion":"{region}","sourceIPAddress":"secretsmanager.amazonaws.com","userAgent":"secretsmanager.amazonaws.com","requestParameters":null,"responseElements":null,"additionalEventData":{"SecretId":"arn:aws:secretsmanager:{region}:{aws_account}:secret:prod/crm/db-{sm_suffix}"},"requestID":"{uuid}","eventID":"{uuid}","readOnly":false,"eventType":"AwsServiceEvent","managementEvent":true,"recipientAccountId":"{aws_account}","eventCategory":"Management"}',
    ),
    (
        UA,
        _CTR
        + _CT_USER
        + ',"eventTime":"{iso_s}","eventSource":"ec2.amazonaws.com","eventName":"AuthorizeSecurityGroupIngress","awsRegion":"{region}","sourceIPAddress":"{ip}","userAgent":"{aws_ua}","requestParameters":{"groupId":"sg-0{hex16}","ipPermissions":{"items":[{"ipProtocol":"tcp","fromPort":5432,"toPort":5432,"groups":{},"ipRanges":{"items":[{"cidrIp":"{private_ip}/32","description":"analytics bastion"}]},"ipv6Ranges":{},"prefixListIds":{}}]}},"responseElements":{"requestId":"{uuid}","_return":true,"securityGroupRuleSet":{"items":[{"groupOwnerId":"{aws_account}","groupId":"sg-0{hex16}","securityGroupRuleId":"sgr-0{hex16}","isEgress":false,"ipProtocol":"tcp","fromPort":5432,"toPort":5432,"cidrIpv4":"{private_ip}/32"}]}}'
        + _CT_TAIL,
    ),
    (
        UA,
        _CTR
        + _CT_USER
        + ',"eventTime":"{iso_s}","eventSource":"lambda.amazonaws.com","eventName":"UpdateFunctionCode20150331v2","awsRegion":"{region}","sourceIPAddress":"{ip}","userAgent":"{aws_ua}","requestParameters":{"functionName":"orders-handler","publish":false,"dryRun":false},"responseElements":{"functionName":"orders-handler","functionArn":"arn:aws:lambda:{region}:{aws_account}:function:orders-handler","runtime":"python3.12","handler":"app.handler","codeSize":{bytes},"version":"$LATEST","lastUpdateStatus":"InProgress"}'
        + _CT_TAIL,
    ),
    (
        SEC,
        _CTR
        + _CT_USER
        + ',"eventTime":"{iso_s}","eventSource":"iam.amazonaws.com","eventName":"AttachUserPolicy","awsRegion":"us-east-1","sourceIPAddress":"{ip}","userAgent":"{aws_ua}","requestParameters":{"userName":"{user}","policyArn":"arn:aws:iam::aws:policy/AdministratorAccess"},"responseElements":null'
        + _CT_TAIL,
    ),
    (
        SEC,
        _CTR
        + _CT_USER
        + ',"eventTime":"{iso_s}","eventSource":"s3.amazonaws.com","eventName":"ListBuckets","awsRegion":"us-east-1","sourceIPAddress":"{ip}","userAgent":"[python-requests/2.31.0]","errorCode":"AccessDenied","errorMessage":"Access Denied","requestParameters":{"Host":"s3.amazonaws.com"},"responseElements":null,"requestID":"{hex_upper8}{hex_upper8}","eventID":"{uuid}","readOnly":true,"eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"{aws_account}","eventCategory":"Management"}',
    ),
    (
        ERR,
        _CTR
        + _CT_USER
        + ',"eventTime":"{iso_s}","eventSource":"s3.amazonaws.com","eventName":"CreateBucket","awsRegion":"{region}","sourceIPAddress":"{ip}","userAgent":"{aws_ua}","errorCode":"BucketAlreadyOwnedByYou","errorMessage":"Your previous request to create the named bucket succeeded and you already own it.","requestParameters":{"bucketName":"{s3_bucket}","Host":"{s3_bucket}.s3.amazonaws.com","CreateBucketConfiguration":{"LocationConstraint":"{region}"}},"responseElements":null'
        + _CT_TAIL,
    ),
    (
        RES,
        _CTR
        + '{"type":"AssumedRole","principalId":"AROA{hex_upper8}:{iam_role}","arn":"arn:aws:sts::{aws_account}:assumed-role/{iam_role}/terraform","accountId":"{aws_account}"},"eventTime":"{iso_s}","eventSource":"ec2.amazonaws.com","eventName":"RunInstances","awsRegion":"{region}","sourceIPAddress":"{ip}","userAgent":"{aws_ua}","errorCode":"Client.VcpuLimitExceeded","errorMessage":"You have requested more vCPU capacity than your current vCPU limit of {small}2 allows for the instance bucket that the specified instance type belongs to. Please visit http://aws.amazon.com/contact-us/ec2-request to request an adjustment to this limit.","requestParameters":{"instancesSet":{"items":[{"imageId":"ami-0{hex16}","minCount":1,"maxCount":{small}}]},"instanceType":"c6i.4xlarge"},"responseElements":null'
        + _CT_TAIL,
    ),
)

_SYSTEMS: tuple[tuple[str, Sequence[Entry]], ...] = (
    ("sshd", _SSHD),
    ("sudo", _SUDO),
    ("systemd", _SYSTEMD),
    ("cron", _CRON),
    ("nginx-access", _NGINX_ACCESS),
    ("nginx-error", _NGINX_ERROR),
    ("pam", _PAM),
    ("kernel", _KERNEL),
    ("auditd", _AUDITD),
    ("apache-access", _APACHE_ACCESS),
    ("apache-error", _APACHE_ERROR),
    ("haproxy", _HAPROXY),
    ("envoy", _ENVOY),
    ("postgresql", _POSTGRESQL),
    ("mysql", _MYSQL),
    ("redis", _REDIS),
    ("mongodb", _MONGODB),
    ("elasticsearch", _ELASTICSEARCH),
    ("kafka", _KAFKA),
    ("zookeeper", _ZOOKEEPER),
    ("cassandra", _CASSANDRA),
    ("hdfs-namenode", _HDFS_NAMENODE),
    ("hdfs-datanode", _HDFS_DATANODE),
    ("yarn", _YARN),
    ("spark", _SPARK),
    ("kubelet", _KUBELET),
    ("kube-apiserver", _KUBE_APISERVER),
    ("kube-scheduler", _KUBE_SCHEDULER),
    ("kube-controller-manager", _KUBE_CONTROLLER_MANAGER),
    ("k8s-events", _K8S_EVENTS),
    ("dockerd", _DOCKERD),
    ("containerd", _CONTAINERD),
    ("windows-eventlog", _WINDOWS_EVENTLOG),
    ("windows-cbs", _WINDOWS_CBS),
    ("macos", _MACOS),
    ("android", _ANDROID),
    ("spring-boot", _SPRING_BOOT),
    ("django", _DJANGO),
    ("gunicorn", _GUNICORN),
    ("express", _EXPRESS),
    ("iptables", _IPTABLES),
    ("openvpn", _OPENVPN),
    ("wireguard", _WIREGUARD),
    ("gitlab-runner", _GITLAB_RUNNER),
    ("jenkins", _JENKINS),
    ("cloudtrail", _CLOUDTRAIL),
)


def _slug(system: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", system.lower()).strip("_")


def _build() -> tuple[tuple[SystemTemplate, ...], dict[str, int]]:
    """This module's templates (`sys_` ids) and those of `export.real_logs` (`rl_` ids)."""
    SYSTEM_GENERATORS.update(real_logs.prefixed_generators())
    authors: tuple[tuple[str, Sequence[tuple[str, Sequence[Entry]]]], ...] = (
        ("sys", _SYSTEMS),
        ("rl", real_logs.system_entries()),
    )
    templates: list[SystemTemplate] = []
    boosts: dict[str, int] = {}
    labels_by_text: dict[str, str] = {}
    for prefix, systems in authors:
        for system, entries in systems:
            for number, entry in enumerate(entries, start=1):
                label, text, *rest = entry
                # A line two systems share (Combined Log Format, Node's own messages) is one
                # template, so that template-disjoint folds never split it.
                if text in labels_by_text:
                    if labels_by_text[text] != label:
                        raise ValueError(
                            f"{text!r} is labelled both {labels_by_text[text]} and {label}"
                        )
                    continue
                labels_by_text[text] = label
                template = SystemTemplate(
                    id=f"{prefix}_{_slug(system)}_{number:03d}",
                    label=label,
                    sources=(system,),
                    text=text,
                )
                templates.append(template)
                boosts[template.id] = rest[0] if rest else 1
    return tuple(templates), boosts


SYSTEM_TEMPLATES, _BOOSTS = _build()

# Target rendered rows per label, before `SYSTEM_SCALE` (export.corpus renders weight * scale rows).
# System Notification is the bulk of real logs; the rest follow the brief's shares.
_LABEL_UNITS: dict[str, int] = {
    SN: 1375,
    ERR: 330,
    HTTP: 275,
    RES: 220,
    UA: 220,
    SEC: 190,
    CRIT: 110,
    DEP: 55,
    # Only the line-of-business systems (Siebel, PeopleSoft) have a business process to break.
    WE: 30,
}


def _weights() -> dict[str, int]:
    """Each template's weight: its label's units split by boost, at least 1."""
    totals: dict[str, int] = {}
    for template in SYSTEM_TEMPLATES:
        totals[template.label] = totals.get(template.label, 0) + _BOOSTS[template.id]
    return {
        template.id: max(
            1, round(_LABEL_UNITS[template.label] * _BOOSTS[template.id] / totals[template.label])
        )
        for template in SYSTEM_TEMPLATES
    }


SYSTEM_WEIGHTS: dict[str, int] = _weights()
