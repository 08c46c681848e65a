# ruff: noqa: E501  (real log lines are long; splitting them would hide their shape)
"""Training templates in the line shapes real systems write (a second author's set).

The business-application templates of `export/corpus.py` give every label the same weight; real
logs are mostly routine notices of operating systems, servers, databases, data platforms and
orchestrators, each with its own header. These templates are written for this project from the
systems' documented formats (no published log dataset is used or copied). Each is a whole line,
header included: the export splits the header off as the server does (`server/lines.py`).

`export.systems` builds its templates from these entries beside its own (a second author's view
of the same systems) and weights them like real logs; the template ids are `rl_<system>_NNN`.
"""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime, timedelta
from typing import Final

from export.corpus import (
    CRITICAL_ERROR,
    DEPRECATION_WARNING,
    ERROR,
    HTTP_STATUS,
    RESOURCE_USAGE,
    SECURITY_ALERT,
    SYSTEM_NOTIFICATION,
    USER_ACTION,
    WORKFLOW_ERROR,
    Generator,
)

SN, ERR, CE, SA, RU, UA, HS, DW = (
    SYSTEM_NOTIFICATION,
    ERROR,
    CRITICAL_ERROR,
    SECURITY_ALERT,
    RESOURCE_USAGE,
    USER_ACTION,
    HTTP_STATUS,
    DEPRECATION_WARNING,
)
WE = WORKFLOW_ERROR


def _moment(rng: random.Random) -> datetime:
    base = datetime(2026, 1, 1, tzinfo=UTC)
    return base + timedelta(seconds=rng.randrange(330 * 86400), microseconds=rng.randrange(10**6))


def _fmt(pattern: str) -> Generator:
    return lambda rng: _moment(rng).strftime(pattern)


def _micro(pattern: str, digits: int) -> Generator:
    def generate(rng: random.Random) -> str:
        moment = _moment(rng)
        return moment.strftime(pattern) + f"{moment.microsecond:06d}"[:digits]

    return generate


def _blk(rng: random.Random) -> str:
    return f"blk_{rng.choice(['-', ''])}{rng.randrange(10**17, 10**19)}"


def _word(*values: str) -> Generator:
    return lambda rng: rng.choice(values)


def _num(low: int, high: int) -> Generator:
    return lambda rng: str(rng.randint(low, high))


def _hex_n(length: int) -> Generator:
    return lambda rng: "".join(rng.choice("0123456789abcdef") for _ in range(length))


LINE_GENERATORS: Final[dict[str, Generator]] = {
    "syslog_ts": lambda rng: (lambda m: f"{m:%b} {m.day:>2} {m:%H:%M:%S}")(_moment(rng)),
    "iso_ts": _micro("%Y-%m-%dT%H:%M:%S.", 6),
    "iso_ms": _micro("%Y-%m-%dT%H:%M:%S.", 3),
    "java_ts": _micro("%Y-%m-%d %H:%M:%S,", 3),
    "spring_ts": _micro("%Y-%m-%d %H:%M:%S.", 3),
    "py_ts": _micro("%Y-%m-%d %H:%M:%S,", 3),
    "klog_ts": _micro("%m%d %H:%M:%S.", 6),
    "logcat_ts": _micro("%m-%d %H:%M:%S.", 3),
    "apache_ts": lambda rng: _moment(rng).strftime("%a %b %d %H:%M:%S.%f %Y"),
    "nginx_ts": _fmt("%Y/%m/%d %H:%M:%S"),
    "hdfs_ts": _fmt("%y%m%d %H%M%S"),
    "pg_ts": _micro("%Y-%m-%d %H:%M:%S.", 3),
    "win_ts": _fmt("%Y-%m-%d %H:%M:%S"),
    "gunicorn_ts": _fmt("[%Y-%m-%d %H:%M:%S +0000]"),
    "kernel_up": lambda rng: f"{rng.uniform(0.5, 900000):12.6f}",
    "blk": _blk,
    "app_id": lambda rng: (
        f"application_{rng.randrange(10**12, 10**13)}_{rng.randrange(1, 9999):04d}"
    ),
    "container_id": lambda rng: (
        f"container_{rng.randrange(10**12, 10**13)}_{rng.randrange(1, 999):04d}_01_{rng.randrange(1, 999999):06d}"
    ),
    "attempt": lambda rng: (
        f"attempt_{rng.randrange(10**12, 10**13)}_{rng.randrange(1, 9999):04d}_m_{rng.randrange(0, 999999):06d}_0"
    ),
    "stage": _num(0, 400),
    "task": _num(0, 4000),
    "executor": _num(1, 64),
    "session": lambda rng: "0x" + _hex_n(15)(rng),
    "zxid": lambda rng: "0x" + _hex_n(9)(rng),
    "partition": _num(0, 63),
    "offset": _num(0, 9_999_999),
    "broker": _num(0, 12),
    "cid": _hex_n(12),
    "long_cid": _hex_n(64),
    "ns": _word("default", "kube-system", "payments", "monitoring", "ingress-nginx", "web"),
    "deploy": _word("checkout", "cart", "api-gateway", "search", "billing-worker", "auth"),
    "rs_hash": lambda rng: (
        _hex_n(9)(rng) + "-" + "".join(rng.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5))
    ),
    "go_file": _word(
        "kubelet.go",
        "pod_workers.go",
        "reconciler.go",
        "kuberuntime_manager.go",
        "scheduler.go",
        "controller.go",
        "server.go",
        "httplog.go",
    ),
    "line_no": _num(40, 2400),
    "tid": _num(1000, 65000),
    "thread": _word(
        "main",
        "http-nio-8080-exec-3",
        "scheduling-1",
        "task-2",
        "pool-4-thread-1",
        "kafka-producer-network-thread",
        "RMI TCP Connection(2)",
    ),
    "java_cls": _word(
        "o.s.b.w.embedded.tomcat.TomcatWebServer",
        "o.s.b.StartupInfoLogger",
        "c.z.h.HikariDataSource",
        "o.h.e.t.j.p.i.JtaPlatformInitiator",
        "o.s.web.servlet.DispatcherServlet",
        "c.a.o.OrderService",
        "o.a.k.c.c.i.ConsumerCoordinator",
    ),
    "db_user": _word("postgres", "app", "reporting", "replicator", "billing"),
    "dbname": _word("orders", "users", "billing", "analytics", "inventory"),
    "mysql_conn": _num(8, 99999),
    "android_tag": _word(
        "ActivityManager",
        "WindowManager",
        "PackageManager",
        "ConnectivityService",
        "BatteryService",
        "InputDispatcher",
    ),
    "apk": _word(
        "com.example.mail",
        "com.android.chrome",
        "com.spotify.music",
        "com.whatsapp",
        "com.example.banking",
    ),
    "win_source": _word(
        "Service Control Manager",
        "Microsoft-Windows-Kernel-General",
        "EventLog",
        "Microsoft-Windows-Security-Auditing",
        "Microsoft-Windows-WindowsUpdateClient",
    ),
    "kb": lambda rng: f"KB{rng.randrange(4000000, 5099999)}",
    "mac_proc": _word(
        "kernel",
        "mDNSResponder",
        "WindowServer",
        "softwareupdated",
        "bluetoothd",
        "loginwindow",
        "sharingd",
    ),
    "vpn_user": _word("alice", "bob", "carol", "dave", "erin", "frank"),
    "runner": lambda rng: _hex_n(8)(rng),
    "build": _num(100, 9999),
    "es_node": lambda rng: f"es-data-{rng.randint(0, 9)}",
    "es_index": lambda rng: f"logs-{_moment(rng).strftime('%Y.%m.%d')}",
    "shard": _num(0, 15),
    "ks": _word("shop", "sessions", "metrics", "system_auth"),
    "iface_in": _word("eth0", "ens3", "enp0s3", "wlan0"),
    "dport": _word("22", "23", "445", "3389", "5900", "1433", "6379", "8080"),
    "ttl": _num(32, 255),
    "aws_event": _word("DescribeInstances", "GetObject", "ListBuckets", "AssumeRole", "PutObject"),
    "aws_user": _word("ci-deployer", "alice", "terraform", "backup-bot"),
    "redis_pid": _num(1, 9999),
    "mac": lambda rng: ":".join(_hex_n(2)(rng) for _ in range(6)),
    "haproxy_be": _word("be_api/api1", "be_api/api2", "be_web/web3", "be_static/s1"),
    # Siebel CRM component logs
    "sbl_id": lambda rng: f"0000{_hex_n(12)(rng)}:0",
    "sbl_sess": lambda rng: f"!1.{_hex_n(4)(rng)}.{_hex_n(4)(rng)}.{_hex_n(8)(rng)}",
    "sbl_comp": _word(
        "SCCObjMgr_enu",
        "eServiceObjMgr_enu",
        "EAIObjMgr_enu",
        "WfProcMgr",
        "WorkMon",
        "AsgnSrvr",
        "CommOutboundMgr",
        "EIM",
    ),
    "sbl_user": _word("SADMIN", "JSMITH", "MCHEN", "APATEL", "EAIUSER", "WFUSER"),
    "sbl_row": lambda rng: (
        "1-"
        + "".join(
            rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(rng.randint(4, 7))
        )
    ),
    "sbl_wf": _word(
        "Service Request - Auto Assign",
        "ISS Approval (Quote)",
        "Account Sync - ERP",
        "SWI Order Submit",
        "Contact Dedup Merge",
    ),
    "sbl_step": _word("Start", "Query Account", "Upsert Order", "Send Email", "Set Status", "End"),
    "sbl_task": _num(1000, 99999),
    "sbl_server": _word("sblapp01", "sblapp02", "sblapp03"),
    "hex8": _hex_n(8),
    # SAP NetWeaver / ERP
    "sap_date": _fmt("%d.%m.%Y"),
    "sap_time": _fmt("%H:%M:%S"),
    "sap_inst": _word("sapci_PRD_00", "sapapp01_PRD_01", "sapapp02_PRD_02"),
    "wp_no": lambda rng: f"{rng.randint(0, 45):03d}",
    "sap_client": _word("100", "200", "300", "800"),
    "sap_user": _word("JSMITH", "MBAUER", "KLEE", "RFC_USER", "BATCHADM", "DDIC"),
    "sap_term": _word("WS-0412", "LAPTOP-7QK2", "sapgui-citrix-03", "10.20.4.17"),
    "sap_prog": _word(
        "RSBTCDEL2", "RSPO1041", "RSSNAPDL", "RSCOLL00", "RSAL_BATCH_TOOL_DISPATCHING"
    ),
    "sap_variant": _word("SAP&001", "DEL_14DAYS", "Z_NIGHTLY", "&0000000000001"),
    "sap_dump": _word(
        "CONVT_NO_NUMBER",
        "MESSAGE_TYPE_X",
        "GETWA_NOT_ASSIGNED",
        "DBSQL_DUPLICATE_KEY_ERROR",
        "CALL_FUNCTION_REMOTE_ERROR",
        "COMPUTE_INT_ZERODIVIDE",
        "TIME_OUT",
    ),
    "sap_sid": _word("PRD", "P01", "ERP"),
    "sap_tr": lambda rng: f"DEVK9{rng.randint(0, 99999):05d}",
    "sap_br_ts": _fmt("%Y-%m-%d %H.%M.%S"),
    "sap_br_file": lambda rng: (
        "b" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(7))
    ),
    "sap_spool": lambda rng: f"{rng.randint(1, 99999):010d}",
    "sap_tbs": _word("PSAPSR3", "PSAPSR3USR", "PSAPSR3740", "PSAPUNDO"),
    "sap_fm": _word(
        "MB_POST_GOODS_MOVEMENT", "POST_DOCUMENT", "ME_UPDATE_DOCUMENT", "RV_MESSAGE_UPDATE"
    ),
    # PeopleSoft HCM
    "ps_ts": _fmt("%m/%d/%y %H:%M:%S"),
    "ps_oprid": _word("VP1", "PS", "HRADMIN", "JSMITH01", "KWONG", "EMPL00412"),
    "ps_browser": _word(
        "Chrome 122; Windows 10",
        "Firefox 123; Linux",
        "Edge 122; Windows 11",
        "Safari 17; Mac OS X",
    ),
    "ps_svc": _word("ICPanel", "ICScript", "ICQuery", "MgrGetObj", "PortalRegistry"),
    "ps_inst": _num(100000, 999999),
    "ps_prcs": _word("TL_TIMEADMIN", "GP_PMT_PREP", "PSXPQRYRPT", "PSPPYRUN", "HR_AUDIT"),
    "ps_ae": _word("TL_TIMEADMIN", "GP_PMT_PREP", "PRCSYSPURGE", "BEN_ELIG_UPD"),
    "ps_ae_step": _word(
        "MAIN.Step01 (Action SQL)", "INIT.Step02 (Action PeopleCode)", "PROCESS.Step05 (Action SQL)"
    ),
    "ps_comp": _word("JOB_DATA", "PERSONAL_DATA", "USERMAINT", "COMPENSATION", "GP_RSLT_INQ"),
    "ps_host": _word("hrapp01", "hrapp02", "hrweb01"),
    "ps_runctl": _word("PAYCALC_WK12", "TL_ADMIN", "PURGE_90D", "QRY_HEADCOUNT"),
    "ps_queue": _word("PERSON_DATA", "WORKFORCE_SYNC", "ENTERPRISE_SETUP", "USER_PROFILE"),
    "ps_emplid": lambda rng: f"KU{rng.randint(1, 9999):04d}",
    "ps_idx": _word("HC_HR_EMPLOYEE_SRCH", "PTPORTALREGISTRY", "HC_HR_JOBCODE_SRCH"),
    "tux_ts": _fmt("%H%M%S"),
    "wls_ts": _fmt("%b %d, %Y %I:%M:%S %p UTC"),
    "epoch_ms": _num(1_767_225_600_000, 1_795_000_000_000),
    # additions to existing systems
    "secs": lambda rng: f"{rng.uniform(0.001, 20):.6f}s",
    "oom_adj": _word("900", "905", "915", "925", "945", "985"),
    "app_uid": _num(10100, 10400),
    "pm2_app": _word("api", "worker", "web"),
    "win_host": _word("WS-0412", "WS-1187", "SRV-FS01", "LAPTOP-7QK2"),
}
_PLACEHOLDER: Final = re.compile(r"\{([a-z][a-z0-9_]*)\}")
# This module's generators are merged into the corpus's under this prefix, so that a name both
# authors chose (`syslog_ts`, `blk`, ...) keeps the value shape its template was written with.
GENERATOR_PREFIX: Final = "rl_"


# (system, header, [(label, message)...]); a header is prepended to each message of its system.
Entries = tuple[tuple[str, str], ...]

SYSLOG = "{syslog_ts} {host} "
KLOG = "{klog_ts} {tid} {go_file}:{line_no}] "
SPRING = "{spring_ts} {lvl} {pid} --- [{thread}] {java_cls} : "
# SAP: the system log (SM21) as listed (date, time, instance; then process type, number, client,
# user, message id, text) and a job log (SM37) line (date, time; message class, number, type last).
SM21 = "{sap_date} {sap_time} {sap_inst} "
SM37 = "{sap_date} {sap_time} "


def _sbl(event: str, subtype: str, level: int, message: str) -> str:
    """A Siebel component-log line: event type, subtype, level, SARM id and time, tab-separated."""
    return f"{event}\t{subtype}\t{level}\t{{sbl_id}}\t{{win_ts}}\t{message}"


SYSTEMS: Final[tuple[tuple[str, str, Entries], ...]] = (
    (
        "sshd",
        SYSLOG + "sshd[{pid}]: ",
        (
            (UA, "Accepted publickey for {unix_user} from {ip} port {port} ssh2: RSA SHA256:{hex}"),
            (UA, "Accepted password for {unix_user} from {ip} port {port} ssh2"),
            (SA, "Failed password for invalid user {unix_user} from {ip} port {port} ssh2"),
            (SA, "Failed password for root from {ip} port {port} ssh2"),
            (SA, "Invalid user {unix_user} from {ip} port {port}"),
            (
                SA,
                "error: maximum authentication attempts exceeded for root from {ip} port {port} ssh2 [preauth]",
            ),
            (SN, "Received disconnect from {ip} port {port}:11: disconnected by user"),
            (SN, "Disconnected from user {unix_user} {ip} port {port}"),
            (SN, "Server listening on 0.0.0.0 port 22."),
            (SN, "Connection closed by {ip} port {port} [preauth]"),
            (SN, "pam_unix(sshd:session): session closed for user {unix_user}"),
            (ERR, "error: kex_exchange_identification: Connection closed by remote host"),
        ),
    ),
    (
        "sudo",
        SYSLOG + "sudo[{pid}]: ",
        (
            (
                UA,
                "  {unix_user} : TTY=pts/{small} ; PWD=/home/{unix_user} ; USER=root ; COMMAND=/usr/bin/systemctl restart {unit}",
            ),
            (
                UA,
                "  {unix_user} : TTY=pts/{small} ; PWD=/srv ; USER=root ; COMMAND=/usr/bin/apt-get upgrade",
            ),
            (
                SA,
                "  {unix_user} : user NOT in sudoers ; TTY=pts/{small} ; PWD=/home/{unix_user} ; USER=root ; COMMAND=/bin/bash",
            ),
            (
                SA,
                "  {unix_user} : 3 incorrect password attempts ; TTY=pts/{small} ; PWD=/tmp ; USER=root ; COMMAND=/usr/bin/passwd root",
            ),
            (
                SN,
                "pam_unix(sudo:session): session opened for user root(uid=0) by {unix_user}(uid={uid})",
            ),
            (SN, "pam_unix(sudo:session): session closed for user root"),
        ),
    ),
    (
        "pam",
        SYSLOG + "{proc}[{pid}]: ",
        (
            (
                UA,
                "pam_unix(login:session): session opened for user {unix_user}(uid={uid}) by LOGIN(uid=0)",
            ),
            (
                SA,
                "pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost={ip}  user=root",
            ),
            (
                SA,
                "pam_faillock(sshd:auth): Consecutive login failures for user {unix_user} account temporarily locked",
            ),
            (SN, "pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)"),
            (SN, "pam_unix(systemd-user:session): session closed for user {unix_user}"),
            (ERR, "pam_systemd(sshd:session): Failed to create session: Connection timed out"),
        ),
    ),
    (
        "systemd",
        SYSLOG + "systemd[1]: ",
        (
            (SN, "Started {unit}."),
            (SN, "Starting Daily apt download activities..."),
            (SN, "Stopped {unit}."),
            (SN, "Reloading."),
            (SN, "Finished Rotate log files."),
            (SN, "Started Session {n} of User {unix_user}."),
            (SN, "{unit}: Deactivated successfully."),
            (SN, "Reached target Multi-User System."),
            (ERR, "{unit}: Failed with result 'exit-code'."),
            (ERR, "Failed to start {unit}."),
            (CE, "{unit}: Start request repeated too quickly."),
            (RU, "{unit}: Consumed {duration} CPU time, {size} memory peak."),
            (
                DW,
                "/etc/systemd/system/{unit}:12: Standard output type syslog is obsolete, automatically updating to journal.",
            ),
        ),
    ),
    (
        "kernel",
        SYSLOG + "kernel: [{kernel_up}] ",
        (
            (SN, "EXT4-fs ({disk}): mounted filesystem with ordered data mode. Quota mode: none."),
            (SN, "e1000e: {iface} NIC Link is Up 1000 Mbps Full Duplex, Flow Control: None"),
            (SN, "usb 1-{small}: new high-speed USB device number {small} using xhci_hcd"),
            (SN, "IPv6: ADDRCONF(NETDEV_CHANGE): {iface}: link becomes ready"),
            (SN, "device {iface} entered promiscuous mode"),
            (
                CE,
                "Out of memory: Killed process {pid} ({proc}) total-vm:{n}kB, anon-rss:{n}kB, file-rss:0kB",
            ),
            (
                CE,
                "EXT4-fs error (device {disk}): ext4_find_entry:1455: inode #{n}: comm {proc}: reading directory lblock 0",
            ),
            (CE, "Kernel panic - not syncing: Fatal exception in interrupt"),
            (
                CE,
                "blk_update_request: I/O error, dev {disk}, sector {n} op 0x0:(READ) flags 0x0 phys_seg 1 prio class 0",
            ),
            (ERR, "{proc}[{pid}]: segfault at 0 ip {hex} sp {hex} error 4 in libc.so.6"),
            (
                SA,
                "[UFW BLOCK] IN={iface_in} OUT= MAC={mac} SRC={ip} DST={ip} LEN=40 TOS=0x00 PREC=0x00 TTL={ttl} ID={n} PROTO=TCP SPT={port} DPT={dport} WINDOW=1024 RES=0x00 SYN URGP=0",
            ),
            (RU, "TCP: request_sock_TCP: Possible SYN flooding on port {port}. Sending cookies."),
        ),
    ),
    (
        "cron",
        SYSLOG + "CRON[{pid}]: ",
        (
            (SN, "(root) CMD (cd / && run-parts --report /etc/cron.hourly)"),
            (SN, "({unix_user}) CMD (/usr/local/bin/backup.sh > /dev/null 2>&1)"),
            (SN, "pam_unix(cron:session): session closed for user root"),
            (ERR, "({unix_user}) MAIL (mailed 1 byte of output; but got status 0x004b, #012)"),
            (SN, "(CRON) INFO (pidfile fd = 3)"),
            (SN, "(CRON) INFO (Running @reboot jobs)"),
            (SN, "(CRON) INFO (Skipping @reboot jobs -- not system startup)"),
            (SN, "({unix_user}) RELOAD (crontabs/{unix_user})"),
            (SN, "(root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)"),
            (
                SN,
                "(root) CMD ([ -x /usr/lib/php/sessionclean ] && if [ ! -d /run/systemd/system ]; then /usr/lib/php/sessionclean; fi)",
            ),
            (SN, "(CRON) info (No MTA installed, discarding output)"),
            (ERR, "(CRON) error (grandchild #{pid} failed with exit status 1)"),
            (ERR, "(*system*) ERROR (Syntax error, this crontab file will be ignored)"),
            (
                SA,
                "(*system*zz-update) INSECURE MODE (group/other writable) (/etc/cron.d/zz-update)",
            ),
        ),
    ),
    (
        "apache-access",
        "",
        (
            (
                HS,
                '{ip} - - [{clf_ts}] "{method} {endpoint} HTTP/1.1" {status} {bytes} "-" "{user_agent}"',
            ),
            (
                HS,
                '{ip} - {unix_user} [{clf_ts}] "GET /index.html HTTP/1.1" 304 - "https://www.example.com/" "{user_agent}"',
            ),
            (HS, '{ip} - - [{clf_ts}] "POST /wp-login.php HTTP/1.1" {status_4xx} {bytes}'),
        ),
    ),
    (
        "apache-error",
        "",
        (
            (
                SN,
                "[{apache_ts}] [mpm_event:notice] [pid {pid}:tid {tid}] AH00489: Apache/2.4.58 (Unix) configured -- resuming normal operations",
            ),
            (
                SN,
                "[{apache_ts}] [core:notice] [pid {pid}:tid {tid}] AH00094: Command line: '/usr/sbin/httpd -D FOREGROUND'",
            ),
            (
                SN,
                "[{apache_ts}] [mpm_event:notice] [pid {pid}:tid {tid}] AH00492: caught SIGWINCH, shutting down gracefully",
            ),
            (SN, "[{apache_ts}] [notice] jk2_init() Found child {pid} in scoreboard slot {small}"),
            (SN, "[{apache_ts}] [notice] workerEnv.init() ok /etc/httpd/conf/workers2.properties"),
            (
                ERR,
                "[{apache_ts}] [proxy:error] [pid {pid}:tid {tid}] (111)Connection refused: AH00957: http: attempt to connect to 127.0.0.1:8080 (localhost:8080) failed",
            ),
            (
                ERR,
                "[{apache_ts}] [php:error] [pid {pid}:tid {tid}] [client {ip}:{port}] PHP Fatal error:  Uncaught Error: Call to undefined function mysql_connect() in /var/www/html/db.php:12",
            ),
            (
                SA,
                "[{apache_ts}] [core:error] [pid {pid}:tid {tid}] [client {ip}:{port}] AH10244: invalid URI path (/cgi-bin/.%2e/.%2e/.%2e/bin/sh)",
            ),
            (
                SA,
                "[{apache_ts}] [authz_core:error] [pid {pid}:tid {tid}] [client {ip}:{port}] AH01630: client denied by server configuration: /var/www/html/.git/config",
            ),
            (
                RU,
                "[{apache_ts}] [mpm_event:error] [pid {pid}:tid {tid}] AH00484: server reached MaxRequestWorkers setting, consider raising the MaxRequestWorkers setting",
            ),
            (
                DW,
                "[{apache_ts}] [ssl:warn] [pid {pid}:tid {tid}] AH01909: www.example.com:443:0 server certificate does NOT include an ID which matches the server name",
            ),
        ),
    ),
    (
        "nginx-access",
        "",
        (
            (
                HS,
                '{ip} - - [{clf_ts}] "{method} {endpoint} HTTP/1.1" {status} {bytes} "-" "{user_agent}" rt={duration}',
            ),
            (HS, '{ip} - - [{clf_ts}] "GET {health_path} HTTP/2.0" 200 2 "-" "kube-probe/1.29"'),
        ),
    ),
    (
        "nginx-error",
        "",
        (
            (SN, "{nginx_ts} [notice] {pid}#{pid}: signal process started"),
            (SN, '{nginx_ts} [notice] {pid}#{pid}: using the "epoll" event method'),
            (SN, "{nginx_ts} [notice] {pid}#{pid}: start worker processes"),
            (
                ERR,
                '{nginx_ts} [error] {pid}#{pid}: *{n} connect() failed (111: Connection refused) while connecting to upstream, client: {ip}, server: example.com, request: "GET {endpoint} HTTP/1.1", upstream: "http://{ip}/", host: "example.com"',
            ),
            (
                ERR,
                '{nginx_ts} [error] {pid}#{pid}: *{n} open() "/usr/share/nginx/html/favicon.ico" failed (2: No such file or directory), client: {ip}, server: localhost',
            ),
            (
                ERR,
                "{nginx_ts} [error] {pid}#{pid}: *{n} upstream timed out (110: Connection timed out) while reading response header from upstream, client: {ip}",
            ),
            (
                SA,
                '{nginx_ts} [error] {pid}#{pid}: *{n} limiting requests, excess: 20.480 by zone "login", client: {ip}, server: example.com, request: "POST /login HTTP/1.1"',
            ),
            (RU, "{nginx_ts} [alert] {pid}#{pid}: {n} worker_connections are not enough"),
            (
                DW,
                '{nginx_ts} [warn] {pid}#{pid}: the "ssl" directive is deprecated, use the "listen ... ssl" directive instead in /etc/nginx/conf.d/default.conf:7',
            ),
        ),
    ),
    (
        "haproxy",
        SYSLOG + "haproxy[{pid}]: ",
        (
            (
                HS,
                '{ip}:{port} [{clf_ts}] fe_https~ {haproxy_be} 0/0/1/{int_ms}/{int_ms} {status} {bytes} - - ---- {small}/{small}/0/0/0 0/0 "{method} {endpoint} HTTP/1.1"',
            ),
            (
                SN,
                "Server {haproxy_be} is UP, reason: Layer7 check passed, code: 200, check duration: {int_ms}ms. 2 active and 0 backup servers online.",
            ),
            (SN, "Proxy fe_https started."),
            (
                ERR,
                'Server {haproxy_be} is DOWN, reason: Layer4 connection problem, info: "Connection refused", check duration: 0ms. 1 active and 0 backup servers left.',
            ),
            (CE, "backend be_api has no server available!"),
        ),
    ),
    (
        "envoy",
        "",
        (
            (
                HS,
                '[{iso_ms}Z] "{method} {endpoint} HTTP/1.1" {status} - 0 {bytes} {int_ms} {int_ms} "{ip}" "{user_agent}" "{uuid}" "api.example.com" "{ip}:8080"',
            ),
            (
                SN,
                "[{iso_ms}][{tid}][info][main] [source/server/server.cc:{line_no}] starting main dispatch loop",
            ),
            (
                SN,
                "[{iso_ms}][{tid}][info][upstream] [source/common/upstream/cds_api_helper.cc:{line_no}] cds: add {small} cluster(s), remove 0 cluster(s)",
            ),
            (
                ERR,
                "[{iso_ms}][{tid}][warning][config] [source/extensions/config_subscription/grpc/grpc_stream.h:{line_no}] StreamAggregatedResources gRPC config stream closed: 14, upstream connect error",
            ),
        ),
    ),
    (
        "postgresql",
        "{pg_ts} UTC [{pid}] ",
        (
            (SN, "LOG:  database system is ready to accept connections"),
            (SN, "LOG:  checkpoint starting: time"),
            (
                SN,
                "LOG:  checkpoint complete: wrote {n} buffers ({pct}); 0 WAL file(s) added, 0 removed, 1 recycled; write={duration}, sync=0.004 s, total={duration}",
            ),
            (SN, 'LOG:  automatic vacuum of table "{dbname}.public.{table}": index scans: 1'),
            (
                SN,
                "{db_user}@{dbname} LOG:  connection authorized: user={db_user} database={dbname} application_name=psql",
            ),
            (
                ERR,
                '{db_user}@{dbname} ERROR:  relation "{table}" does not exist at character {small}',
            ),
            (ERR, "{db_user}@{dbname} ERROR:  canceling statement due to statement timeout"),
            (SA, 'FATAL:  password authentication failed for user "{db_user}"'),
            (
                SA,
                'FATAL:  no pg_hba.conf entry for host "{ip}", user "postgres", database "postgres", no encryption',
            ),
            (
                CE,
                'PANIC:  could not write to file "pg_wal/xlogtemp.{pid}": No space left on device',
            ),
            (RU, "FATAL:  sorry, too many clients already"),
            (RU, 'LOG:  temporary file: path "base/pgsql_tmp/pgsql_tmp{pid}.0", size {n}'),
        ),
    ),
    (
        "mysql",
        "{iso_ts}Z {mysql_conn} ",
        (
            (
                SN,
                "[System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.36'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.",
            ),
            (
                SN,
                "[Note] [MY-010914] [Server] Aborted connection {mysql_conn} to db: '{dbname}' user: 'app' host: '{ip}' (Got an error reading communication packets).",
            ),
            (
                SN,
                "[System] [MY-013172] [Server] Received SHUTDOWN from user <via user signal>. Shutting down mysqld (Version: 8.0.36).",
            ),
            (
                SA,
                "[Note] [MY-010926] [Server] Access denied for user 'root'@'{ip}' (using password: YES)",
            ),
            (
                ERR,
                "[ERROR] [MY-012592] [InnoDB] Operating system error number 2 in a file operation.",
            ),
            (
                CE,
                "[ERROR] [MY-011899] [InnoDB] [FATAL] Unable to read page [page id: space=0, page number=5] into the buffer pool after 100 attempts.",
            ),
            (
                DW,
                "[Warning] [MY-013360] [Server] Plugin sha256_password reported: ''sha256_password' is deprecated and will be removed in a future release. Please use caching_sha2_password instead'",
            ),
            (
                RU,
                "[Warning] [MY-010055] [Server] IP address '{ip}' could not be resolved: Temporary failure in name resolution; connection count {n} of max_connections 151",
            ),
        ),
    ),
    (
        "redis",
        "{redis_pid}:M {syslog_ts}.{small} ",
        (
            (SN, "* Ready to accept connections tcp"),
            (SN, "* Background saving started by pid {pid}"),
            (SN, "* Background saving terminated with success"),
            (SN, "* DB saved on disk"),
            (SN, "* {n} changes in 60 seconds. Saving..."),
            (SN, "* Replica {ip}:6379 asks for synchronization"),
            (ERR, "# Error condition on socket for SYNC: Connection refused"),
            (RU, "# WARNING: the max number of clients is reached (maxclients {n})"),
            (CE, "# Can't save in background: fork: Cannot allocate memory"),
            (
                DW,
                "# WARNING overcommit_memory is set to 0! Background save may fail under low memory condition.",
            ),
        ),
    ),
    (
        "mongodb",
        "",
        (
            (
                SN,
                '{"t":{"$date":"{iso_ms}+00:00"},"s":"I",  "c":"NETWORK",  "id":22943,   "ctx":"listener","msg":"Connection accepted","attr":{"remote":"{ip}:{port}","connectionCount":{small}}}',
            ),
            (
                SN,
                '{"t":{"$date":"{iso_ms}+00:00"},"s":"I",  "c":"NETWORK",  "id":22944,   "ctx":"conn{n}","msg":"Connection ended","attr":{"remote":"{ip}:{port}","connectionCount":{small}}}',
            ),
            (
                SN,
                '{"t":{"$date":"{iso_ms}+00:00"},"s":"I",  "c":"REPL",     "id":21358,   "ctx":"ReplCoord-0","msg":"Replica set state transition","attr":{"newState":"SECONDARY","oldState":"STARTUP2"}}',
            ),
            (
                SN,
                '{"t":{"$date":"{iso_ms}+00:00"},"s":"I",  "c":"STORAGE",  "id":22430,   "ctx":"Checkpointer","msg":"WiredTiger message","attr":{"message":"saving checkpoint snapshot min: {n}"}}',
            ),
            (
                ERR,
                '{"t":{"$date":"{iso_ms}+00:00"},"s":"W",  "c":"COMMAND",  "id":20525,   "ctx":"conn{n}","msg":"Failed to gather storage statistics for slow operation","attr":{"opId":{n},"error":"lock acquire timeout"}}',
            ),
            (
                SA,
                '{"t":{"$date":"{iso_ms}+00:00"},"s":"I",  "c":"ACCESS",   "id":20249,   "ctx":"conn{n}","msg":"Authentication failed","attr":{"mechanism":"SCRAM-SHA-256","user":"admin","db":"admin","client":"{ip}:{port}","result":"AuthenticationFailed: SCRAM authentication failed, storedKey mismatch"}}',
            ),
            (
                RU,
                '{"t":{"$date":"{iso_ms}+00:00"},"s":"I",  "c":"COMMAND",  "id":51803,   "ctx":"conn{n}","msg":"Slow query","attr":{"type":"command","ns":"{dbname}.{table}","durationMillis":{int_ms},"planSummary":"COLLSCAN","docsExamined":{n}}}',
            ),
            (
                CE,
                '{"t":{"$date":"{iso_ms}+00:00"},"s":"F",  "c":"STORAGE",  "id":50853,   "ctx":"initandlisten","msg":"Fatal assertion","attr":{"msgid":50853,"error":"WT_PANIC: WiredTiger library panic"}}',
            ),
        ),
    ),
    (
        "elasticsearch",
        "",
        (
            (SN, "[{iso_ms}][INFO ][o.e.n.Node               ] [{es_node}] started"),
            (
                SN,
                "[{iso_ms}][INFO ][o.e.c.m.MetadataCreateIndexService] [{es_node}] [{es_index}] creating index, cause [auto(bulk api)], templates [logs], shards [1]/[1]",
            ),
            (
                SN,
                '[{iso_ms}][INFO ][o.e.c.r.a.AllocationService] [{es_node}] current.health="GREEN" message="Cluster health status changed from [YELLOW] to [GREEN]"',
            ),
            (
                SN,
                "[{iso_ms}][INFO ][o.e.c.s.ClusterApplierService] [{es_node}] added {{es_node}}, term: {small}, version: {n}, reason: ApplyCommitRequest",
            ),
            (
                RU,
                "[{iso_ms}][WARN ][o.e.c.r.a.DiskThresholdMonitor] [{es_node}] high disk watermark [90%] exceeded on [{hex}][{es_node}][/var/lib/elasticsearch] free: {size}[{pct}], shards will be relocated away from this node",
            ),
            (
                RU,
                "[{iso_ms}][INFO ][o.e.m.j.JvmGcMonitorService] [{es_node}] [gc][{n}] overhead, spent [{int_ms}ms] collecting in the last [1s]",
            ),
            (
                ERR,
                "[{iso_ms}][WARN ][r.suppressed             ] [{es_node}] path: /{es_index}/_search, params: {index={es_index}} org.elasticsearch.action.search.SearchPhaseExecutionException: all shards failed",
            ),
            (
                CE,
                '[{iso_ms}][WARN ][o.e.c.r.a.AllocationService] [{es_node}] current.health="RED" message="Cluster health status changed from [YELLOW] to [RED] (reason: [shards failed [[{es_index}][{shard}]]])."',
            ),
            (
                DW,
                "[{iso_ms}][WARN ][o.e.d.r.RestController   ] [{es_node}] Legacy index templates are deprecated in favor of composable templates.",
            ),
        ),
    ),
    (
        "kafka",
        "[{java_ts}] ",
        (
            (SN, "INFO [KafkaServer id={broker}] started (kafka.server.KafkaServer)"),
            (
                SN,
                "INFO [Log partition={topic}-{partition}, dir=/var/lib/kafka/data] Rolled new log segment at offset {offset} in {int_ms} ms. (kafka.log.Log)",
            ),
            (
                SN,
                "INFO [GroupCoordinator {broker}]: Preparing to rebalance group {group} in state PreparingRebalance with old generation {small} (__consumer_offsets-{partition}) (reason: Adding new member) (kafka.coordinator.group.GroupCoordinator)",
            ),
            (
                SN,
                "INFO [Partition {topic}-{partition} broker={broker}] ISR updated to {broker},{broker} and version updated to {small} (kafka.cluster.Partition)",
            ),
            (
                SN,
                "INFO [LocalLog partition={topic}-{partition}, dir=/var/lib/kafka/data] Deleting segment files LogSegment(baseOffset={offset}, size={n}) (kafka.log.LocalLog$)",
            ),
            (
                ERR,
                "WARN [ReplicaFetcher replicaId={broker}, leaderId={broker}, fetcherId=0] Error in response for fetch request (type=FetchRequest, replicaId={broker}) (kafka.server.ReplicaFetcherThread) java.io.IOException: Connection to {broker} was disconnected before the response was read",
            ),
            (
                CE,
                "ERROR [KafkaServer id={broker}] Fatal error during KafkaServer startup. Prepare to shutdown (kafka.server.KafkaServer) kafka.common.InconsistentClusterIdException: The Cluster ID doesn't match stored clusterId",
            ),
            (
                SA,
                "INFO [SocketServer listenerType=ZK_BROKER, nodeId={broker}] Failed authentication with /{ip} (channelId={ip}:9093-{ip}:{port}-{small}) (Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512) (org.apache.kafka.common.network.Selector)",
            ),
            (
                DW,
                "WARN The configuration 'log.message.format.version' was supplied but is deprecated and will be removed in Apache Kafka 4.0 (kafka.server.KafkaConfig)",
            ),
        ),
    ),
    (
        "zookeeper",
        "{java_ts} [myid:{small}] - ",
        (
            (
                SN,
                "INFO  [NIOServerCxnFactory.AcceptThread:0.0.0.0/0.0.0.0:2181:NIOServerCnxnFactory$AcceptThread@{line_no}] - Accepted socket connection from /{ip}:{port}",
            ),
            (
                SN,
                "INFO  [CommitProcessor:{small}:ZooKeeperServer@{line_no}] - Established session {session} with negotiated timeout 30000 for client /{ip}:{port}",
            ),
            (
                SN,
                "INFO  [SessionTracker:ZooKeeperServer@{line_no}] - Expiring session {session}, timeout of 30000ms exceeded",
            ),
            (
                SN,
                "INFO  [QuorumPeer[myid={small}](plain=0.0.0.0:2181)(secure=disabled):QuorumPeer@{line_no}] - LEADING - LEADER ELECTION TOOK - {int_ms} MS",
            ),
            (
                SN,
                "INFO  [ProcessThread(sid:{small} cport:-1)::PrepRequestProcessor@{line_no}] - Processed session termination for sessionid: {session}",
            ),
            (
                SN,
                "INFO  [QuorumPeer[myid={small}]:Follower@{line_no}] - FOLLOWING - LEADER ELECTION TOOK - {int_ms} MS",
            ),
            (
                ERR,
                "WARN  [NIOWorkerThread-{small}:NIOServerCnxn@{line_no}] - Unable to read additional data from client, it probably closed the socket: address = /{ip}:{port}, session = {session}",
            ),
            (
                ERR,
                "WARN  [QuorumConnectionThread-[myid={small}]-{small}:QuorumCnxManager@{line_no}] - Cannot open channel to {small} at election address /{ip}:3888 java.net.ConnectException: Connection refused",
            ),
            (
                CE,
                "ERROR [QuorumPeer[myid={small}]:QuorumPeer@{line_no}] - Unable to load database on disk java.io.IOException: The accepted epoch, {small} is less than the current epoch, {small}",
            ),
            (SN, "INFO  [main:QuorumPeerMain@{line_no}] - Starting quorum peer"),
            (
                SN,
                "INFO  [PurgeTask:DatadirCleanupManager$PurgeTask@{line_no}] - Purge task started.",
            ),
            (
                SN,
                "INFO  [PurgeTask:DatadirCleanupManager$PurgeTask@{line_no}] - Purge task completed.",
            ),
            (
                SN,
                "INFO  [QuorumPeer[myid={small}](plain=0.0.0.0:2181)(secure=disabled):Learner@{line_no}] - Getting a snapshot from leader {zxid}",
            ),
            (
                SN,
                "INFO  [SyncThread:{small}:FileTxnLog@{line_no}] - Creating new log file: log.{hex8}",
            ),
            (
                SN,
                "INFO  [Snapshot Thread:FileTxnSnapLog@{line_no}] - Snapshotting: {zxid} to /data/version-2/snapshot.{hex8}",
            ),
            (
                SN,
                "INFO  [QuorumPeer[myid={small}](plain=0.0.0.0:2181)(secure=disabled):QuorumPeer@{line_no}] - LOOKING",
            ),
            (
                SA,
                "ERROR [NIOWorkerThread-{small}:SaslServerCallbackHandler@{line_no}] - User '{unix_user}' not found in list of DIGEST-MD5 authenticateable users.",
            ),
            (
                RU,
                "WARN  [NIOServerCxnFactory.AcceptThread:0.0.0.0/0.0.0.0:2181:NIOServerCnxnFactory$AcceptThread@{line_no}] - Too many connections from /{ip} - max is 60",
            ),
            (
                RU,
                "WARN  [SyncThread:{small}:FileTxnLog@{line_no}] - fsync-ing the write ahead log in SyncThread:{small} took {int_ms}ms which will adversely effect operation latency.File size is {n} bytes. See the ZooKeeper troubleshooting guide",
            ),
            (
                ERR,
                "ERROR [LearnerHandler-/{ip}:{port}:LearnerHandler@{line_no}] - Unexpected exception causing shutdown while sock still open java.net.SocketTimeoutException: Read timed out",
            ),
        ),
    ),
    (
        "hdfs-namenode",
        "{java_ts} ",
        (
            (
                SN,
                "INFO org.apache.hadoop.hdfs.StateChange: BLOCK* allocate {blk}_{n}, replicas={ip}:9866, {ip}:9866, {ip}:9866 for /user/{unix_user}/{file}",
            ),
            (
                SN,
                "INFO org.apache.hadoop.hdfs.StateChange: DIR* completeFile: /tmp/hadoop-yarn/staging/{unix_user}/.staging/job_{n}/job.xml is closed by DFSClient_NONMAPREDUCE_{n}_1",
            ),
            (
                SN,
                "INFO org.apache.hadoop.hdfs.server.namenode.FSNamesystem: Roll Edit Log from {ip}",
            ),
            (
                SN,
                "INFO org.apache.hadoop.hdfs.server.blockmanagement.BlockManager: BLOCK* addStoredBlock: blockMap updated: {ip}:9866 is added to {blk}_{n} size {n}",
            ),
            (
                SN,
                "INFO org.apache.hadoop.hdfs.server.namenode.TransferFsImage: Downloaded file fsimage.ckpt_{n} size {n} bytes.",
            ),
            (SN, "INFO BlockStateChange: BLOCK* ask {ip}:9866 to delete [{blk}_{n}]"),
            (
                ERR,
                "WARN org.apache.hadoop.hdfs.server.blockmanagement.BlockPlacementPolicy: Failed to place enough replicas, still in need of 1 to reach 3 (unavailableStorages=[], storagePolicy=BlockStoragePolicy{HOT:7})",
            ),
            (
                RU,
                "WARN org.apache.hadoop.hdfs.server.namenode.FSNamesystem: Space quota of /user/{unix_user} is exceeded: quota = {n} B but diskspace consumed = {n} B",
            ),
            (
                CE,
                "ERROR org.apache.hadoop.hdfs.server.namenode.NameNode: Failed to start namenode. java.io.IOException: NameNode is not formatted.",
            ),
            (
                SA,
                'WARN org.apache.hadoop.security.UserGroupInformation: PriviledgedActionException as:{unix_user} (auth:SIMPLE) cause:org.apache.hadoop.security.AccessControlException: Permission denied: user={unix_user}, access=WRITE, inode="/user/hive":hive:hadoop:drwxr-xr-x',
            ),
            (
                SN,
                "INFO org.apache.hadoop.hdfs.server.namenode.NameNode: registered UNIX signal handlers for [TERM, HUP, INT]",
            ),
            (
                SN,
                "INFO org.apache.hadoop.hdfs.server.namenode.FSNamesystem: Starting services required for active state",
            ),
            (
                SN,
                "INFO org.apache.hadoop.hdfs.StateChange: STATE* Leaving safe mode after {n} secs",
            ),
            (
                SN,
                "INFO org.apache.hadoop.hdfs.StateChange: BLOCK* registerDatanode: from DatanodeRegistration({ip}:9866, datanodeUuid={uuid}, infoPort=9864, infoSecurePort=0, ipcPort=9867, storageInfo=lv=-57;cid=CID-{uuid};nsid={n};c=0) storage {uuid}",
            ),
            (
                SN,
                "INFO org.apache.hadoop.hdfs.server.namenode.FSEditLog: Starting log segment at {n}",
            ),
            (
                SN,
                "INFO org.apache.hadoop.hdfs.server.namenode.FSImage: Saving image file /hadoop/hdfs/namenode/current/fsimage.ckpt_{n} using no compression",
            ),
            (
                SN,
                "INFO org.apache.hadoop.hdfs.server.namenode.ha.EditLogTailer: Triggering log roll on remote NameNode",
            ),
            (
                UA,
                "INFO FSNamesystem.audit: allowed=true\tugi={unix_user} (auth:SIMPLE)\tip=/{ip}\tcmd=delete\tsrc=/user/{unix_user}/tmp\tdst=/user/{unix_user}/.Trash/Current/user/{unix_user}/tmp\tperm={unix_user}:hadoop:rwxr-xr-x\tproto=rpc",
            ),
            (
                SA,
                "INFO FSNamesystem.audit: allowed=false\tugi={unix_user} (auth:SIMPLE)\tip=/{ip}\tcmd=open\tsrc=/apps/hive/warehouse/payroll.db/salaries\tdst=null\tperm=null\tproto=rpc",
            ),
            (
                ERR,
                "INFO org.apache.hadoop.ipc.Server: IPC Server handler {small} on default port 8020, call Call#{n} Retry#0 org.apache.hadoop.hdfs.protocol.ClientProtocol.create from {ip}:{port}: org.apache.hadoop.fs.FileAlreadyExistsException: /user/{unix_user}/{file} for client {ip} already exists",
            ),
            (
                RU,
                "WARN org.apache.hadoop.util.JvmPauseMonitor: Detected pause in JVM or host machine (eg GC): pause of approximately {int_ms}ms GC pool 'G1 Old Generation' had collection(s): count=1 time={int_ms}ms",
            ),
            (
                CE,
                "FATAL org.apache.hadoop.hdfs.server.namenode.FSEditLog: Error: flush failed for required journal (JournalAndStream(mgr=QJM to [{ip}:8485, {ip}:8485, {ip}:8485], stream=QuorumOutputStream starting at txid {n}))",
            ),
        ),
    ),
    (
        "hdfs-datanode",
        "",
        (
            (
                SN,
                "{hdfs_ts} {small} INFO dfs.DataNode$DataXceiver: Receiving block {blk} src: /{ip}:{port} dest: /{ip}:50010",
            ),
            (
                SN,
                "{hdfs_ts} {small} INFO dfs.DataNode$PacketResponder: Received block {blk} of size {n} from /{ip}",
            ),
            (
                SN,
                "{hdfs_ts} {small} INFO dfs.DataNode$PacketResponder: PacketResponder {small} for block {blk} terminating",
            ),
            (
                SN,
                "{hdfs_ts} {small} INFO dfs.FSNamesystem: BLOCK* NameSystem.addStoredBlock: blockMap updated: {ip}:50010 is added to {blk} size {n}",
            ),
            (SN, "{hdfs_ts} {small} INFO dfs.DataBlockScanner: Verification succeeded for {blk}"),
            (
                SN,
                "{hdfs_ts} {small} INFO dfs.FSDataset: Deleting block {blk} file /mnt/hadoop/dfs/data/current/subdir{small}/{blk}",
            ),
            (SN, "{hdfs_ts} {small} INFO dfs.DataNode: {ip}:50010 Served block {blk} to /{ip}"),
            (
                ERR,
                "{hdfs_ts} {small} WARN dfs.DataNode$DataXceiver: {ip}:50010:Got exception while serving {blk} to /{ip}: java.io.IOException: Connection reset by peer",
            ),
            (
                ERR,
                "{hdfs_ts} {small} INFO dfs.DataNode$DataXceiver: writeBlock {blk} received exception java.io.IOException: Could not read from stream",
            ),
            (
                CE,
                "{hdfs_ts} {small} ERROR dfs.DataNode: DiskChecker$DiskErrorException: Too many failed volumes - current valid volumes: 0, volumes configured: 1, volumes failed: 1",
            ),
        ),
    ),
    (
        "yarn",
        "{java_ts} ",
        (
            (
                SN,
                "INFO org.apache.hadoop.yarn.server.resourcemanager.RMAppManager$ApplicationSummary: appId={app_id},name=QuasiMonteCarlo,user={unix_user},queue=default,state=FINISHED,trackingUrl=http://{host}:8088/proxy/{app_id}/",
            ),
            (
                SN,
                "INFO org.apache.hadoop.yarn.server.resourcemanager.rmapp.RMAppImpl: {app_id} State change from ACCEPTED to RUNNING on event = ATTEMPT_REGISTERED",
            ),
            (
                SN,
                "INFO org.apache.hadoop.yarn.server.nodemanager.containermanager.container.ContainerImpl: Container {container_id} transitioned from LOCALIZED to RUNNING",
            ),
            (
                SN,
                "INFO org.apache.hadoop.mapred.TaskAttemptListenerImpl: Progress of TaskAttempt {attempt} is : {pct}",
            ),
            (
                SN,
                "INFO org.apache.hadoop.mapreduce.v2.app.job.impl.TaskAttemptImpl: {attempt} TaskAttempt Transitioned from RUNNING to SUCCESS_CONTAINER_CLEANUP",
            ),
            (
                SN,
                "INFO org.apache.hadoop.yarn.server.resourcemanager.ResourceTrackerService: NodeManager from node {host}(cmPort: 45454 httpPort: 8042) registered with capability: <memory:{n}, vCores:{small}>",
            ),
            (
                ERR,
                "INFO org.apache.hadoop.mapreduce.v2.app.job.impl.TaskAttemptImpl: Diagnostics report from {attempt}: Error: java.lang.RuntimeException: java.io.IOException: Could not obtain block",
            ),
            (
                RU,
                "WARN org.apache.hadoop.yarn.server.nodemanager.containermanager.monitor.ContainersMonitorImpl: Container [pid={pid},containerID={container_id}] is running beyond physical memory limits. Current usage: {size} of {size} physical memory used; killing container.",
            ),
            (
                CE,
                "ERROR org.apache.hadoop.yarn.server.resourcemanager.ResourceManager: Error starting ResourceManager org.apache.hadoop.service.ServiceStateException: java.io.IOException: Failed to initialize ZooKeeper connection",
            ),
        ),
    ),
    (
        "spark",
        "{hdfs_ts} ",
        (
            (SN, "INFO SignalUtils: Registered signal handler for TERM"),
            (SN, "INFO SecurityManager: Changing view acls to: {unix_user}"),
            (SN, "INFO SecurityManager: Changing modify acls groups to: "),
            (SN, "INFO Executor: Running task {task}.0 in stage {stage}.0 (TID {task})"),
            (
                SN,
                "INFO Executor: Finished task {task}.0 in stage {stage}.0 (TID {task}). {n} bytes result sent to driver",
            ),
            (
                SN,
                "INFO TaskSetManager: Starting task {task}.0 in stage {stage}.0 (TID {task}) ({ip}, executor {executor}, partition {task}, PROCESS_LOCAL, {n} bytes)",
            ),
            (
                SN,
                "INFO MemoryStore: Block broadcast_{small} stored as values in memory (estimated size {size}, free {size})",
            ),
            (
                SN,
                "INFO DAGScheduler: Job {small} finished: collect at App.scala:{line_no}, took {duration}",
            ),
            (
                SN,
                "INFO BlockManagerInfo: Added rdd_{small}_{task} in memory on {ip}:{port} (size: {size}, free: {size})",
            ),
            (
                ERR,
                "WARN TaskSetManager: Lost task {task}.0 in stage {stage}.0 (TID {task}) ({ip} executor {executor}): java.io.FileNotFoundException: /tmp/spark-{uuid}/shuffle_{small}_{task}_0.data (No such file or directory)",
            ),
            (
                CE,
                "ERROR YarnScheduler: Lost executor {executor} on {host}: Container killed by YARN for exceeding memory limits.",
            ),
            (
                RU,
                "WARN MemoryStore: Not enough space to cache rdd_{small}_{task} in memory! (computed {size} so far)",
            ),
        ),
    ),
    (
        "cassandra",
        "",
        (
            (
                SN,
                "INFO  [main] {java_ts} StorageService.java:{line_no} - Node /{ip}:7000 state jump to NORMAL",
            ),
            (
                SN,
                "INFO  [CompactionExecutor:{small}] {java_ts} CompactionTask.java:{line_no} - Compacted (id {uuid}) 4 sstables to [/var/lib/cassandra/data/{ks}/{table}-{hex}/nb-{n}-big,] to level=0.",
            ),
            (
                SN,
                "INFO  [MemtableFlushWriter:{small}] {java_ts} Memtable.java:{line_no} - Completed flushing /var/lib/cassandra/data/{ks}/{table}-{hex}/nb-{n}-big-Data.db ({size}) for commitlog position CommitLogPosition(segmentId={n}, position={n})",
            ),
            (
                SN,
                "INFO  [GossipStage:1] {java_ts} Gossiper.java:{line_no} - Node /{ip}:7000 is now part of the cluster",
            ),
            (
                SN,
                "INFO  [HANDSHAKE-/{ip}] {java_ts} OutboundTcpConnection.java:{line_no} - Handshaking version with /{ip}",
            ),
            (
                ERR,
                "ERROR [Native-Transport-Requests-{small}] {java_ts} QueryMessage.java:{line_no} - Unexpected error during query com.datastax.driver.core.exceptions.ReadTimeoutException",
            ),
            (
                RU,
                "WARN  [ScheduledTasks:1] {java_ts} GCInspector.java:{line_no} - G1 Young Generation GC in {int_ms}ms.  G1 Eden Space: {n} -> 0; G1 Old Gen: {n} -> {n}",
            ),
            (
                CE,
                "ERROR [CompactionExecutor:{small}] {java_ts} CassandraDaemon.java:{line_no} - Exception in thread Thread[CompactionExecutor:{small},1,main] org.apache.cassandra.io.sstable.CorruptSSTableException: Corrupted: /var/lib/cassandra/data/{ks}/{table}-{hex}/nb-{n}-big-Data.db",
            ),
            (
                SA,
                "WARN  [Native-Transport-Requests-{small}] {java_ts} PasswordAuthenticator.java:{line_no} - {unix_user}@/{ip}:{port} failed to authenticate with wrong credentials",
            ),
        ),
    ),
    (
        "kubelet",
        "",
        (
            (SN, "I" + KLOG + '"SyncLoop ADD" source="api" pods=["{ns}/{deploy}-{rs_hash}"]'),
            (
                SN,
                "I" + KLOG + '"Pod status updated" pod="{ns}/{deploy}-{rs_hash}" status="Running"',
            ),
            (SN, "I" + KLOG + '"RemoveContainer" containerID="{long_cid}"'),
            (SN, "I" + KLOG + '"Started kubelet"'),
            (
                SN,
                "I"
                + KLOG
                + '"Successfully pulled image" image="registry.example.com/{deploy}:{version}" duration="{duration}"',
            ),
            (
                SN,
                "I"
                + KLOG
                + '"Volume detached for volume \\"kube-api-access-{hex}\\" on node \\"{host}\\""',
            ),
            (
                ERR,
                "E"
                + KLOG
                + '"Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"{deploy}\\" with CrashLoopBackOff" pod="{ns}/{deploy}-{rs_hash}"',
            ),
            (
                ERR,
                "E"
                + KLOG
                + '"Failed to pull image" err="rpc error: code = NotFound desc = failed to resolve reference" image="registry.example.com/{deploy}:{version}"',
            ),
            (RU, "W" + KLOG + '"Eviction manager: attempting to reclaim" resourceName="memory"'),
            (
                RU,
                "I"
                + KLOG
                + '"Image garbage collection: disk usage above threshold" usage={small} highThreshold=85 amountToFree={n}',
            ),
            (
                CE,
                "E"
                + KLOG
                + '"Container runtime network not ready" networkReady="NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized"',
            ),
            (
                DW,
                "W"
                + KLOG
                + "Flag --{flag} has been deprecated, This parameter should be set via the config file specified by the Kubelet's --config flag.",
            ),
            (SN, "I" + KLOG + '"Attempting to register node" node="{node}"'),
            (SN, "I" + KLOG + '"Successfully registered node" node="{node}"'),
            (SN, "I" + KLOG + '"Starting to listen" address="0.0.0.0" port=10250'),
            (
                SN,
                "I"
                + KLOG
                + '"Updating Pod CIDR" originalPodCIDR="" newPodCIDR="10.244.{small}.0/24"',
            ),
            (SN, "I" + KLOG + '"SyncLoop DELETE" source="api" pods=["{ns}/{deploy}-{rs_hash}"]'),
            (
                SN,
                "I"
                + KLOG
                + '"Killing container with a grace period" pod="{ns}/{deploy}-{rs_hash}" podUID="{uuid}" containerName="{deploy}" containerID="containerd://{long_cid}" gracePeriod=30',
            ),
            (
                SN,
                "I"
                + KLOG
                + '"MountVolume.SetUp succeeded for volume \\"config\\" (UniqueName: \\"kubernetes.io/configmap/{uuid}-config\\") pod \\"{deploy}-{rs_hash}\\" (UID: \\"{uuid}\\")"',
            ),
            (
                ERR,
                "I"
                + KLOG
                + '"Probe failed" probeType="Readiness" pod="{ns}/{deploy}-{rs_hash}" podUID="{uuid}" containerName="{deploy}" probeResult="failure" output="HTTP probe failed with statuscode: 503"',
            ),
            (
                ERR,
                "E"
                + KLOG
                + '"Unable to attach or mount volumes for pod; skipping pod" err="unmounted volumes=[data], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition" pod="{ns}/{deploy}-{rs_hash}"',
            ),
            (
                SA,
                "E"
                + KLOG
                + '"Unable to authenticate the request" err="[invalid bearer token, token has been invalidated]"',
            ),
            (
                CE,
                "E"
                + KLOG
                + '"Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active {small}m{small}s ago; threshold is 3m0s"',
            ),
        ),
    ),
    (
        "kube-apiserver",
        "",
        (
            (
                HS,
                "I"
                + KLOG
                + '"HTTP" verb="GET" URI="/api/v1/namespaces/{ns}/pods?limit=500" latency="{int_ms}ms" userAgent="kubectl/v1.29.2" audit-ID="{uuid}" srcIP="{ip}:{port}" resp={status}',
            ),
            (SN, "I" + KLOG + '"Serving securely on [::]:6443"'),
            (SN, "I" + KLOG + '"Successfully acquired lease" lease="kube-system/kube-scheduler"'),
            (
                SN,
                "I"
                + KLOG
                + '"Successfully bound pod to node" pod="{ns}/{deploy}-{rs_hash}" node="{host}" evaluatedNodes={small} feasibleNodes={small}',
            ),
            (
                ERR,
                "E"
                + KLOG
                + '"Unable to authenticate the request" err="[invalid bearer token, square/go-jose: error in cryptographic primitive]"',
            ),
            (
                SA,
                "W"
                + KLOG
                + 'RBAC: forbidden: User "system:anonymous" cannot list resource "secrets" in API group "" at the cluster scope',
            ),
            (
                RU,
                "W"
                + KLOG
                + '"Unable to schedule pod; no fit; waiting" pod="{ns}/{deploy}-{rs_hash}" err="0/{small} nodes are available: {small} Insufficient cpu, {small} Insufficient memory."',
            ),
            (
                DW,
                "W"
                + KLOG
                + "policy/v1beta1 PodSecurityPolicy is deprecated in v1.21+, unavailable in v1.25+",
            ),
        ),
    ),
    (
        "kubernetes-events",
        "",
        (
            (
                SN,
                "{ns}   {small}s   Normal    Scheduled           pod/{deploy}-{rs_hash}    Successfully assigned {ns}/{deploy}-{rs_hash} to {host}",
            ),
            (
                SN,
                '{ns}   {small}s   Normal    Pulled              pod/{deploy}-{rs_hash}    Container image "registry.example.com/{deploy}:{version}" already present on machine',
            ),
            (
                SN,
                "{ns}   {small}m   Normal    ScalingReplicaSet   deployment/{deploy}      Scaled up replica set {deploy}-{hex} to {small}",
            ),
            (
                SN,
                "{ns}   {small}s   Normal    Killing             pod/{deploy}-{rs_hash}    Stopping container {deploy}",
            ),
            (
                ERR,
                "{ns}   {small}s   Warning   BackOff             pod/{deploy}-{rs_hash}    Back-off restarting failed container {deploy} in pod {deploy}-{rs_hash}",
            ),
            (
                ERR,
                "{ns}   {small}m   Warning   Unhealthy           pod/{deploy}-{rs_hash}    Readiness probe failed: HTTP probe failed with statuscode: 503",
            ),
            (
                RU,
                "{ns}   {small}s   Warning   FailedScheduling    pod/{deploy}-{rs_hash}    0/{small} nodes are available: {small} Insufficient memory.",
            ),
            (
                RU,
                "{ns}   {small}m   Warning   Evicted             pod/{deploy}-{rs_hash}    The node was low on resource: ephemeral-storage.",
            ),
            (
                CE,
                "{ns}   {small}m   Warning   NodeNotReady        node/{host}               Node {host} status is now: NodeNotReady",
            ),
        ),
    ),
    (
        "containerd",
        'time="{iso_ts}Z" ',
        (
            (SN, 'level=info msg="starting containerd" revision={hex} version=v1.7.13'),
            (SN, 'level=info msg="StartContainer for \\"{long_cid}\\" returns successfully"'),
            (SN, 'level=info msg="shim disconnected" id={long_cid} namespace=k8s.io'),
            (
                SN,
                'level=info msg="ImageCreate event name:\\"registry.example.com/{deploy}:{version}\\""',
            ),
            (
                ERR,
                'level=error msg="ContainerStatus for \\"{long_cid}\\" failed" error="rpc error: code = NotFound desc = an error occurred when try to find container"',
            ),
            (
                ERR,
                'level=error msg="PullImage \\"registry.example.com/{deploy}:{version}\\" failed" error="failed to pull and unpack image: failed to resolve reference: unexpected status: 401 Unauthorized"',
            ),
            (
                CE,
                'level=fatal msg="Failed to run CRI service" error="failed to recover state: failed to reserve sandbox name: name is reserved"',
            ),
        ),
    ),
    (
        "windows-event",
        "{win_ts} ",
        (
            (
                SN,
                "Information {win_source} 7036 The Windows Update service entered the running state.",
            ),
            (
                SN,
                "Information {win_source} 7040 The start type of the Background Intelligent Transfer Service service was changed from demand start to auto start.",
            ),
            (
                SN,
                "Information Microsoft-Windows-Kernel-General 12 The operating system started at system time {iso_ms}Z.",
            ),
            (SN, "Information EventLog 6013 The system uptime is {n} seconds."),
            (
                UA,
                "Information Microsoft-Windows-Security-Auditing 4624 An account was successfully logged on. Subject: Security ID: S-1-5-18 Account Name: {unix_user} Logon Type: 10",
            ),
            (
                UA,
                "Information Microsoft-Windows-Security-Auditing 4720 A user account was created. Target Account: Account Name: {unix_user} Account Domain: CORP",
            ),
            (
                SA,
                "Information Microsoft-Windows-Security-Auditing 4625 An account failed to log on. Account Name: Administrator Failure Reason: Unknown user name or bad password. Source Network Address: {ip}",
            ),
            (
                SA,
                "Information Microsoft-Windows-Security-Auditing 1102 The audit log was cleared. Subject: Account Name: {unix_user}",
            ),
            (
                ERR,
                "Error Service Control Manager 7000 The {svc} service failed to start due to the following error: The system cannot find the file specified.",
            ),
            (
                CE,
                "Critical Microsoft-Windows-Kernel-Power 41 The system has rebooted without cleanly shutting down first. This error could be caused if the system stopped responding, crashed, or lost power unexpectedly.",
            ),
            (
                RU,
                "Warning Microsoft-Windows-Resource-Exhaustion-Detector 2004 Windows successfully diagnosed a low virtual memory condition. The following programs consumed the most virtual memory: {proc}.exe ({pid}) consumed {n} bytes",
            ),
            (
                SN,
                "Information Microsoft-Windows-Kernel-General 13 The operating system is shutting down at system time {iso_ms}Z.",
            ),
            (SN, "Information EventLog 6005 The Event log service was started."),
            (
                SN,
                "Information Microsoft-Windows-WindowsUpdateClient 19 Installation Successful: Windows successfully installed the following update: 2026-03 Cumulative Update for Windows Server 2022 for x64-based Systems ({kb})",
            ),
            (
                SN,
                "Information Microsoft-Windows-Time-Service 37 The time provider NtpClient is currently receiving valid time data from dc01.corp.example.com (ntp.d|0.0.0.0:123->{ip}:123).",
            ),
            (
                SN,
                "Information Microsoft-Windows-Kernel-Power 109 The kernel power manager has initiated a shutdown transition.",
            ),
            (
                SN,
                "Information User32 1074 The process C:\\Windows\\system32\\svchost.exe ({win_host}) has initiated the restart of computer {win_host} on behalf of user NT AUTHORITY\\SYSTEM for the following reason: Operating System: Service pack (Planned)",
            ),
            (
                UA,
                "Information Microsoft-Windows-Security-Auditing 4647 User initiated logoff: Subject: Security ID: S-1-5-21-{n}-{n}-{n}-{n} Account Name: {unix_user} Account Domain: CORP Logon ID: 0x{hex8}",
            ),
            (
                SA,
                "Information Microsoft-Windows-Security-Auditing 4740 A user account was locked out. Subject: Account Name: DC01$ Account That Was Locked Out: Account Name: {unix_user} Additional Information: Caller Computer Name: {win_host}",
            ),
            (
                SA,
                "Warning Microsoft-Windows-Windows Defender 1116 Microsoft Defender Antivirus has detected malware or other potentially unwanted software. Name: {sig} Severity: Severe Path: file:_C:\\Users\\{unix_user}\\Downloads\\invoice_{n}.exe",
            ),
            (
                ERR,
                "Error Application Error 1000 Faulting application name: {proc}.exe, version: {version}, time stamp: 0x{hex8} Faulting module name: ntdll.dll, version: 10.0.20348.{n}, time stamp: 0x{hex8} Exception code: 0xc0000005",
            ),
            (
                RU,
                "Warning srv 2013 The C: disk is at or near capacity. You may need to delete some files.",
            ),
            (CE, "Error disk 7 The device, \\Device\\Harddisk1\\DR1, has a bad block."),
        ),
    ),
    (
        "windows-cbs",
        "{win_ts}, ",
        (
            (
                SN,
                "Info                  CBS    Loaded Servicing Stack v10.0.19041.{n} with Core: C:\\Windows\\winsxs\\amd64_microsoft-windows-servicingstack_{hex}\\cbscore.dll",
            ),
            (
                SN,
                "Info                  CBS    Session: {n}_{n} initialized by client WindowsUpdateAgent, external staging directory: (null)",
            ),
            (
                SN,
                "Info                  CBS    Exec: Processing complete.  Session: {n}_{n}, Package: Package_for_{kb}~31bf3856ad364e35~amd64~~19041.{n}.1.12",
            ),
            (
                SN,
                "Info                  CSI    00000{small} Performing {small} operations as follows:",
            ),
            (SN, "Info                  CBS    Reboot mark cleared"),
            (SN, "Info                  CBS    Ending TrustedInstaller finalization."),
            (
                ERR,
                "Error                 CBS    Failed to resolve package 'Package_for_{kb}~31bf3856ad364e35~amd64~~10.0.1.0' [HRESULT = 0x800f0805 - CBS_E_INVALID_PACKAGE]",
            ),
            (
                CE,
                "Error                 CSI    000000{small} (F) STATUS_SXS_COMPONENT_STORE_CORRUPT #{n}# from Windows::ServicingAPI::CCSITransaction::ICSITransaction_PinDeployment",
            ),
        ),
    ),
    (
        "macos",
        "{iso_ts}-0800 0x{hex} ",
        (
            (
                SN,
                "Default     0x0                  {pid}   0    {mac_proc}: (CoreFoundation) Loading Preferences From System CFPrefsD",
            ),
            (
                SN,
                "Default     0x0                  {pid}   0    softwareupdated: Scan for updates finished",
            ),
            (
                SN,
                "Default     0x0                  {pid}   0    kernel: (AppleBCMWLANCore) Joined network, channel {small}",
            ),
            (
                SN,
                "Default     0x0                  {pid}   0    bluetoothd: Device connected, link key refreshed",
            ),
            (
                UA,
                "Default     0x0                  {pid}   0    loginwindow: -[SessionAgentNotificationCenter sendDistributedNotification:forUID:] | sending distributed notification: com.apple.sessionagent.screenIsUnlocked, by user {unix_user}",
            ),
            (
                ERR,
                'Error       0x0                  {pid}   0    {mac_proc}: (Network) nw_connection_receive_internal_block_invoke [C{small}] Receive reply failed with error "Operation canceled"',
            ),
            (
                RU,
                "Default     0x0                  {pid}   0    kernel: memorystatus: killing_idle_process pid {pid} [{proc}] (vm-pageshortage 1) {n}KB - memorystatus_available_pages: {n}",
            ),
            (
                CE,
                "Fault       0x0                  {pid}   0    kernel: panic(cpu {small} caller 0x{hex}): watchdog timeout: no checkins from watchdogd in 90 seconds",
            ),
        ),
    ),
    (
        "android",
        "{logcat_ts}  {pid}  {tid} ",
        (
            (
                SN,
                "I ActivityManager: Start proc {pid}:{apk}/u0a{small} for service {{apk}/.SyncService}",
            ),
            (SN, "I ActivityManager: Displayed {apk}/.MainActivity: +{int_ms}ms"),
            (SN, "D ConnectivityService: NetworkAgentInfo [WIFI () - {small}] validation passed"),
            (SN, "I BatteryService: Charging state changed: plugged=2"),
            (SN, "I PackageManager: Package {apk} codePath changed, installed version {small}"),
            (
                ERR,
                "E AndroidRuntime: FATAL EXCEPTION: main Process: {apk}, PID: {pid} java.lang.NullPointerException: Attempt to invoke virtual method on a null object reference",
            ),
            (CE, "E ActivityManager: ANR in system_server Reason: Input dispatching timed out"),
            (
                RU,
                "W ActivityManager: Killing {pid}:{apk}/u0a{small} (adj 900): excessive cpu {n} during {n} dur={n} limit=2",
            ),
            (
                SA,
                "W PackageManager: Package {apk} requesting permission android.permission.READ_SMS is not a system app, signature mismatch",
            ),
            (
                DW,
                "W {android_tag}: {apk} is using deprecated API level {small}; targetSdkVersion below the minimum will be blocked",
            ),
            (SN, "I SystemServer: Entered the Android system server!"),
            (SN, "I PowerManagerService: Going to sleep due to timeout (uid 1000)..."),
            (SN, "I DownloadManager: [{n}] Finished with status SUCCESS"),
            (
                SN,
                "I ActivityManager: Killing {pid}:{apk}/u0a{small} (adj {oom_adj}): empty #{small}",
            ),
            (
                SN,
                "I dex2oat: dex2oat took {int_ms}.{small}ms ({int_ms}.{small}ms cpu) (threads: 8) arena alloc={n}KB",
            ),
            (
                SN,
                "I wpa_supplicant: wlan0: CTRL-EVENT-CONNECTED - Connection to {mac} completed [id=0 id_str=]",
            ),
            (
                UA,
                "I ActivityTaskManager: START u0 {act=android.intent.action.MAIN cat=[android.intent.category.LAUNCHER] flg=0x10200000 cmp={apk}/.MainActivity} from uid 10{small}",
            ),
            (
                ERR,
                "E {android_tag}: java.net.SocketTimeoutException: failed to connect to api.example.com/{ip} (port 443) from /10.0.0.{small} (port {port}) after 15000ms",
            ),
            (
                RU,
                "I lowmemorykiller: Kill '{apk}' ({pid}), uid {app_uid}, oom_score_adj {oom_adj} to free {n}kB rss, {n}kB swap; reason: low watermark is breached and swap is low",
            ),
            (
                SA,
                'W {apk}: type=1400 audit(0.0:{n}): avc: denied { read } for name="mem" dev="tmpfs" ino={n} scontext=u:r:untrusted_app:s0:c{n},c{n} tcontext=u:object_r:sysfs:s0 tclass=file permissive=0',
            ),
            (
                CE,
                "F libc: Fatal signal 6 (SIGABRT), code -1 (SI_QUEUE) in tid {tid} (system_server), pid {pid} (system_server)",
            ),
        ),
    ),
    (
        "spring-boot",
        "",
        (
            (
                SN,
                "{spring_ts}  INFO {pid} --- [           main] o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port(s): 8080 (http) with context path ''",
            ),
            (
                SN,
                "{spring_ts}  INFO {pid} --- [           main] c.a.o.OrderServiceApplication            : Started OrderServiceApplication in {duration} (process running for {duration})",
            ),
            (
                SN,
                "{spring_ts}  INFO {pid} --- [           main] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Start completed.",
            ),
            (
                SN,
                "{spring_ts}  INFO {pid} --- [nio-8080-exec-1] o.s.web.servlet.DispatcherServlet        : Completed initialization in {int_ms} ms",
            ),
            (
                SN,
                "{spring_ts}  WARN {pid} --- [           main] JpaBaseConfiguration$JpaWebConfiguration : spring.jpa.open-in-view is enabled by default. Therefore, database queries may be performed during view rendering.",
            ),
            (
                ERR,
                "{spring_ts} ERROR {pid} --- [nio-8080-exec-{small}] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] threw exception java.lang.IllegalStateException: order {order} not found",
            ),
            (
                ERR,
                "{spring_ts}  WARN {pid} --- [nio-8080-exec-{small}] .m.m.a.ExceptionHandlerExceptionResolver : Resolved [org.springframework.web.bind.MethodArgumentNotValidException: Validation failed for argument [0]]",
            ),
            (
                RU,
                "{spring_ts}  WARN {pid} --- [ool-1 housekeeper] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta={duration}).",
            ),
            (
                CE,
                "{spring_ts} ERROR {pid} --- [           main] o.s.boot.SpringApplication               : Application run failed org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource'",
            ),
            (
                UA,
                "{spring_ts}  INFO {pid} --- [nio-8080-exec-{small}] c.a.o.AuditListener                      : user {user} changed shipping address for order {order}",
            ),
            (
                DW,
                "{spring_ts}  WARN {pid} --- [           main] o.s.b.c.p.m.PropertiesMigrationListener  : The use of configuration keys that have been renamed was found in the environment: Key: spring.redis.host Replacement: spring.data.redis.host",
            ),
        ),
    ),
    (
        "gunicorn-django",
        "",
        (
            (SN, "{gunicorn_ts} [{pid}] [INFO] Starting gunicorn 21.2.0"),
            (SN, "{gunicorn_ts} [{pid}] [INFO] Listening at: http://0.0.0.0:8000 ({pid})"),
            (SN, "{gunicorn_ts} [{pid}] [INFO] Booting worker with pid: {pid}"),
            (SN, "{gunicorn_ts} [{pid}] [INFO] Handling signal: term"),
            (RU, "{gunicorn_ts} [{pid}] [CRITICAL] WORKER TIMEOUT (pid:{pid})"),
            (ERR, "{py_ts} ERROR django.request Internal Server Error: /api/orders/{order}/"),
            (
                ERR,
                "{py_ts} - celery.worker - ERROR - Task app.tasks.send_invoice[{uuid}] raised unexpected: SMTPServerDisconnected('Connection unexpectedly closed')",
            ),
            (
                SA,
                "{py_ts} WARNING django.security.csrf Forbidden (CSRF token missing.): /accounts/login/",
            ),
            (
                SA,
                "{py_ts} ERROR django.security.DisallowedHost Invalid HTTP_HOST header: '{ip}'. You may need to add '{ip}' to ALLOWED_HOSTS.",
            ),
            (
                HS,
                '{ip} - - [{clf_ts}] "GET /api/orders/?page={small} HTTP/1.1" {status} {bytes} "-" "{user_agent}"',
            ),
            (
                DW,
                "{py_ts} WARNING py.warnings RemovedInDjango51Warning: The USE_L10N setting is deprecated. Starting with Django 5.0, localized formatting of data will always be enabled.",
            ),
            (SN, "{gunicorn_ts} [{pid}] [INFO] Using worker: sync"),
            (SN, "{gunicorn_ts} [{pid}] [INFO] Worker exiting (pid: {pid})"),
            (SN, "{gunicorn_ts} [{pid}] [INFO] Shutting down: Master"),
            (SN, "{gunicorn_ts} [{pid}] [INFO] Hang up: Master"),
            (
                SN,
                "[{py_ts}: INFO/ForkPoolWorker-{small}] Task app.tasks.rebuild_search_index[{uuid}] succeeded in {secs}: None",
            ),
            (
                SN,
                "[{py_ts}: INFO/MainProcess] Scheduler: Sending due task clear-expired-sessions (app.tasks.clear_sessions)",
            ),
            (
                SN,
                "{py_ts} INFO django.utils.autoreload Watching for file changes with StatReloader",
            ),
            (ERR, "{gunicorn_ts} [{pid}] [ERROR] Exception in worker process"),
            (
                ERR,
                "{gunicorn_ts} [{pid}] [ERROR] Worker (pid:{pid}) was sent SIGKILL! Perhaps out of memory?",
            ),
            (
                SA,
                "{py_ts} WARNING django.security.SuspiciousFileOperation Detected path traversal attempt in '/app/media/../../etc/passwd'",
            ),
            (UA, "{py_ts} INFO accounts.views user {user} logged out"),
            (
                DW,
                "{py_ts} WARNING py.warnings RemovedInDjango60Warning: The FORMS_URLFIELD_ASSUME_HTTPS transitional setting is deprecated.",
            ),
        ),
    ),
    (
        "node-express",
        "",
        (
            (HS, "{method} {endpoint} {status} {int_ms}.{small} ms - {bytes}"),
            (SN, "Server listening on port {port}"),
            (
                SN,
                '{"level":30,"time":{n},"pid":{pid},"hostname":"{host}","msg":"connected to database"}',
            ),
            (
                ERR,
                '{"level":50,"time":{n},"pid":{pid},"hostname":"{host}","err":{"type":"Error","message":"ECONNRESET"},"msg":"request failed"}',
            ),
            (ERR, "Error: ENOENT: no such file or directory, open '/app/uploads/{file}'"),
            (
                CE,
                "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
            ),
            (
                DW,
                "(node:{pid}) [DEP0005] DeprecationWarning: Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.",
            ),
            (UA, '{"level":30,"time":{n},"pid":{pid},"msg":"user signed in","userId":"{user}"}'),
            (
                SN,
                '{"level":30,"time":{n},"pid":{pid},"hostname":"{host}","msg":"received SIGTERM, closing HTTP server"}',
            ),
            (
                SN,
                '{"level":30,"time":{n},"pid":{pid},"hostname":"{host}","msg":"redis client ready"}',
            ),
            (SN, "PM2        | App [{pm2_app}:{small}] starting in -cluster mode-"),
            (SN, "PM2        | App [{pm2_app}:{small}] online"),
            (SN, "PM2        | Stopping app:{pm2_app} id:{small}"),
            (SN, "Worker {pid} started"),
            (
                HS,
                '{"level":30,"time":{n},"pid":{pid},"hostname":"{host}","req":{"id":{n},"method":"{method}","url":"{endpoint}"},"res":{"statusCode":{status}},"responseTime":{int_ms},"msg":"request completed"}',
            ),
            (
                ERR,
                "(node:{pid}) UnhandledPromiseRejectionWarning: Error: connect ECONNREFUSED 127.0.0.1:6379",
            ),
            (
                ERR,
                '{"level":50,"time":{n},"pid":{pid},"hostname":"{host}","err":{"type":"TypeError","message":"Cannot read properties of undefined (reading \'id\')"},"msg":"webhook handler failed"}',
            ),
            (
                SA,
                '{"level":40,"time":{n},"pid":{pid},"hostname":"{host}","ip":"{ip}","path":"/api/login","hits":{n},"msg":"rate limit exceeded"}',
            ),
            (
                RU,
                "PM2        | [PM2][WORKER] Process {small} restarted because it exceeds --max-memory-restart value (current_memory={n} max_memory_limit=536870912 [octets])",
            ),
            (
                DW,
                "(node:{pid}) [DEP0066] DeprecationWarning: OutgoingMessage.prototype._headers is deprecated",
            ),
        ),
    ),
    (
        "openvpn",
        SYSLOG + "ovpn-server[{pid}]: ",
        (
            (
                UA,
                "{vpn_user}/{ip}:{port} MULTI_sva: pool returned IPv4=10.8.0.{small}, IPv6=(Not enabled)",
            ),
            (UA, "{ip}:{port} [{vpn_user}] Peer Connection Initiated with [AF_INET]{ip}:{port}"),
            (SN, "Initialization Sequence Completed"),
            (
                SN,
                "{vpn_user}/{ip}:{port} SIGTERM[soft,remote-exit] received, client-instance exiting",
            ),
            (SN, "{vpn_user}/{ip}:{port} Data Channel: using negotiated cipher 'AES-256-GCM'"),
            (SA, "{ip}:{port} TLS Error: TLS handshake failed"),
            (SA, "{ip}:{port} VERIFY ERROR: depth=0, error=certificate has expired: CN={vpn_user}"),
            (
                ERR,
                "{vpn_user}/{ip}:{port} MULTI: bad source address from client [{ip}], packet dropped",
            ),
            (
                DW,
                "DEPRECATED OPTION: --cipher set to 'AES-256-CBC' but missing in --data-ciphers (AES-256-GCM:AES-128-GCM). OpenVPN ignores --cipher for cipher negotiations.",
            ),
            (
                SN,
                "OpenVPN 2.6.{small} x86_64-pc-linux-gnu [SSL (OpenSSL)] [LZO] [LZ4] [EPOLL] [PKCS11] [MH/PKTINFO] [AEAD] [DCO]",
            ),
            (SN, "{ip}:{port} TLS: Initial packet from [AF_INET]{ip}:{port}, sid={hex8} {hex8}"),
            (SN, "{ip}:{port} VERIFY OK: depth=1, CN=OpenVPN CA"),
            (SN, "{vpn_user}/{ip}:{port} MULTI: Learn: 10.8.0.{small} -> {vpn_user}/{ip}:{port}"),
            (
                SN,
                "{vpn_user}/{ip}:{port} MULTI: primary virtual IP for {vpn_user}/{ip}:{port}: 10.8.0.{small}",
            ),
            (SN, "{vpn_user}/{ip}:{port} TLS: soft reset sec=3600/3600 bytes={n}/-1 pkts={n}/0"),
            (
                SN,
                "{vpn_user}/{ip}:{port} [{vpn_user}] Inactivity timeout (--ping-restart), restarting",
            ),
            (SA, "{ip}:{port} TLS Auth Error: Auth Username/Password verification failed for peer"),
            (SA, "TLS Error: cannot locate HMAC in incoming packet from [AF_INET]{ip}:{port}"),
            (
                ERR,
                "{ip}:{port} TLS Error: TLS key negotiation failed to occur within 60 seconds (check your network connectivity)",
            ),
            (RU, "MULTI: new incoming connection would exceed maximum number of clients (100)"),
            (CE, "Exiting due to fatal error"),
        ),
    ),
    (
        "ci-runner",
        "",
        (
            (
                SN,
                "Checking for jobs... received                      job={build} repo_url=https://gitlab.example.com/{project}.git runner={runner}",
            ),
            (
                SN,
                "Job succeeded                                       duration_s={small} job={build} project={small} runner={runner}",
            ),
            (SN, "Started by user {unix_user}"),
            (SN, "Finished: SUCCESS"),
            (SN, "[Pipeline] stage: Build"),
            (
                ERR,
                "ERROR: Job failed: exit code 1                      duration_s={small} job={build} project={small} runner={runner}",
            ),
            (ERR, "Finished: FAILURE"),
            (
                ERR,
                "ERROR: Job failed (system failure): prepare environment: Error response from daemon: pull access denied",
            ),
            (UA, "{unix_user} triggered a new pipeline #{build} on branch main"),
            (DW, "WARNING: The 'only' and 'except' keywords are deprecated. Use 'rules' instead."),
        ),
    ),
    (
        "cloudtrail",
        "",
        (
            (
                SN,
                '{"eventVersion":"1.08","eventTime":"{iso_ms}Z","eventSource":"ec2.amazonaws.com","eventName":"{aws_event}","awsRegion":"us-east-1","sourceIPAddress":"{ip}","userIdentity":{"type":"AssumedRole","userName":"{aws_user}"},"readOnly":true}',
            ),
            (
                UA,
                '{"eventVersion":"1.08","eventTime":"{iso_ms}Z","eventSource":"signin.amazonaws.com","eventName":"ConsoleLogin","userIdentity":{"type":"IAMUser","userName":"{aws_user}"},"responseElements":{"ConsoleLogin":"Success"}}',
            ),
            (
                UA,
                '{"eventVersion":"1.08","eventTime":"{iso_ms}Z","eventSource":"iam.amazonaws.com","eventName":"CreateAccessKey","userIdentity":{"type":"IAMUser","userName":"{aws_user}"}}',
            ),
            (
                SA,
                '{"eventVersion":"1.08","eventTime":"{iso_ms}Z","eventSource":"signin.amazonaws.com","eventName":"ConsoleLogin","userIdentity":{"type":"Root"},"sourceIPAddress":"{ip}","responseElements":{"ConsoleLogin":"Failure"},"errorMessage":"Failed authentication"}',
            ),
            (
                SA,
                '{"eventVersion":"1.08","eventTime":"{iso_ms}Z","eventSource":"s3.amazonaws.com","eventName":"PutBucketPolicy","errorCode":"AccessDenied","errorMessage":"Access Denied","userIdentity":{"type":"IAMUser","userName":"{aws_user}"}}',
            ),
            (
                ERR,
                '{"eventVersion":"1.08","eventTime":"{iso_ms}Z","eventSource":"lambda.amazonaws.com","eventName":"Invoke","errorCode":"ThrottlingException","errorMessage":"Rate exceeded"}',
            ),
        ),
    ),
    (
        "siebel-crm",
        "",
        (
            (
                SN,
                _sbl(
                    "ServerLog",
                    "ServerStartup",
                    1,
                    "Siebel Application Server is ready and awaiting requests",
                ),
            ),
            (
                SN,
                _sbl(
                    "ServerLog",
                    "ProcessCreate",
                    1,
                    "Created multithreaded server process (OS pid = {pid} ) for {sbl_comp} with task id {sbl_task}",
                ),
            ),
            (
                SN,
                _sbl(
                    "ServerLog",
                    "LstnObjCreate",
                    1,
                    "Created port {port} for Server Request Processor",
                ),
            ),
            (
                SN,
                _sbl(
                    "ServerLog",
                    "ProcessExit",
                    1,
                    "Process {pid} for {sbl_comp} exited normally after MaxTasks recycle",
                ),
            ),
            (
                SN,
                _sbl(
                    "ServerLog",
                    "ComponentUpdate",
                    2,
                    "Component {sbl_comp} on server {sbl_server} is now Online",
                ),
            ),
            (
                SN,
                _sbl(
                    "ServerLog",
                    "ServerShutdown",
                    1,
                    "Shutting down Siebel Application Server {sbl_server}: waiting for {small} tasks to exit",
                ),
            ),
            (SN, _sbl("ObjMgrSessionInfo", "ObjMgrLogin", 3, "Session Type: Regular Session")),
            (
                SN,
                _sbl(
                    "ObjMgrBusServiceLog",
                    "InvokeMethod",
                    4,
                    "Begin: Business Service 'Workflow Process Manager' invoke method: 'RunProcess' at {hex8}",
                ),
            ),
            (
                SN,
                _sbl(
                    "EngInv",
                    "EngInv",
                    3,
                    "Workflow engine requested to perform method 'RunProcess'.",
                ),
            ),
            (SN, _sbl("PrcExec", "Create", 4, "Instantiating process definition '{sbl_wf}'.")),
            (
                SN,
                _sbl(
                    "StpExec",
                    "End",
                    4,
                    "Stopping step instance of '{sbl_step}' with a 'Completed' status.",
                ),
            ),
            (
                SN,
                _sbl(
                    "PrcExec",
                    "End",
                    4,
                    "Stopping process instance of '{sbl_wf}' with a 'Completed' status.",
                ),
            ),
            (
                SN,
                _sbl(
                    "EAISiebAdpt",
                    "EAISiebAdptSvcArgTrc",
                    4,
                    "Output integration object 'Account - ERP IO': {n} instance(s) processed by method 'Upsert'",
                ),
            ),
            (
                SN,
                _sbl(
                    "Assignment",
                    "AsgnObjInfo",
                    3,
                    "Assigned object 'Service Request' row {sbl_row} to position 'SR Tier 2 Queue' using rule group 'Default Rule Group'",
                ),
            ),
            (
                SN,
                _sbl(
                    "SRBLog",
                    "SRBLogInfo",
                    3,
                    "Routed request {sbl_task} for component WfProcMgr to server {sbl_server}",
                ),
            ),
            (
                SN,
                _sbl(
                    "GenericLog",
                    "GenericInfo",
                    3,
                    "WorkMon: {n} requests processed for group 'Service Request Policies'. Sleeping for 30 seconds",
                ),
            ),
            (
                SN,
                _sbl(
                    "EIMLog",
                    "EIMInfo",
                    3,
                    "Process [IMPORT ACCOUNTS] batch {n} completed: {n} rows imported into EIM_ACCOUNT, 0 rows failed",
                ),
            ),
            (
                SN,
                _sbl(
                    "CommOutbound",
                    "CommInfo",
                    3,
                    "Sent email using template 'SR Closed Notification' to {email} for Service Request {sbl_row}",
                ),
            ),
            (
                SN,
                _sbl(
                    "SynchMgr",
                    "SynchInfo",
                    3,
                    "Mobile client {sbl_user} synchronized: {n} transactions sent, {n} transactions received",
                ),
            ),
            (
                SN,
                _sbl(
                    "TxnProc",
                    "TxnProcInfo",
                    3,
                    "Processed {n} transactions from S_DOCK_TXN_LOG up to transaction {n}",
                ),
            ),
            (
                UA,
                _sbl(
                    "ObjMgrSessionInfo",
                    "ObjMgrLogin",
                    3,
                    "Username: {sbl_user}, Login Status: Success, Session Id: {sbl_sess}, IP Address: {ip}",
                ),
            ),
            (
                UA,
                _sbl(
                    "ObjMgrSessionInfo",
                    "ObjMgrLogout",
                    3,
                    "Username: {sbl_user}, Logout Status: Success, Session Id: {sbl_sess}",
                ),
            ),
            (
                SA,
                _sbl(
                    "ObjMgrSessionInfo",
                    "ObjMgrLogin",
                    3,
                    "Username: {sbl_user}, Login Status: Failed, Session Id: {sbl_sess}, IP Address: {ip}",
                ),
            ),
            (
                SA,
                _sbl(
                    "GenericLog",
                    "GenericError",
                    1,
                    "(ldapsec.cpp) LDAP bind failed for user {sbl_user}: 80090308: LdapErr: DSID-0C09042A, comment: AcceptSecurityContext error, data 775, v4563",
                ),
            ),
            (
                ERR,
                _sbl(
                    "GenericLog",
                    "GenericError",
                    1,
                    "SBL-DAT-00382: The same values for 'Name' already exist. If you would like to enter a new record, please ensure that the field values are unique.",
                ),
            ),
            (
                ERR,
                _sbl(
                    "GenericLog",
                    "GenericError",
                    1,
                    "SBL-EAI-04116: HTTP Request error during 'Submitting Data SendHTTP request': 'Status code - 500'",
                ),
            ),
            (
                ERR,
                _sbl(
                    "GenericLog",
                    "GenericError",
                    1,
                    "SBL-DBC-00105: An error has occurred executing a Sql statement. [DataDirect][ODBC Oracle Wire Protocol driver][Oracle]ORA-00060: deadlock detected while waiting for resource",
                ),
            ),
            (
                ERR,
                _sbl(
                    "GenericLog",
                    "GenericError",
                    1,
                    'SBL-OMS-00203: Error 4294967295 invoking method "Execute" for Business Service "Outbound Web Service Dispatcher"',
                ),
            ),
            (
                RU,
                _sbl(
                    "GenericLog",
                    "GenericWarning",
                    2,
                    "{sbl_comp}: {n} of 500 tasks in use (MaxTasks); new sessions wait for a free task",
                ),
            ),
            (
                RU,
                _sbl(
                    "GenericLog",
                    "GenericWarning",
                    2,
                    "Process {pid} virtual memory {n} MB is above MemoryLimit; process flagged for memory-based recycling",
                ),
            ),
            (
                CE,
                _sbl(
                    "GenericLog",
                    "GenericError",
                    1,
                    "SBL-DBC-00111: An error has occurred writing to a record. [DataDirect][ODBC Oracle Wire Protocol driver][Oracle]ORA-03113: end-of-file on communication channel",
                ),
            ),
            (
                WE,
                _sbl(
                    "GenericLog",
                    "GenericError",
                    1,
                    "SBL-BPR-00162: Error invoking service 'EAI Siebel Adapter', method 'Upsert' at step 'Upsert Order'.",
                ),
            ),
            (
                WE,
                _sbl(
                    "GenericLog",
                    "GenericError",
                    1,
                    "SBL-BPR-00100: This error is returned when the workflow is executing the Stop step. Quote {sbl_row} cannot be submitted: no approver found for discount level 3",
                ),
            ),
            (
                WE,
                _sbl(
                    "Assignment",
                    "AsgnObjInfo",
                    2,
                    "No qualified candidates for Service Request {sbl_row} in rule group 'SR Routing EMEA'; object left unassigned",
                ),
            ),
            (
                WE,
                _sbl(
                    "GenericLog",
                    "GenericWarning",
                    2,
                    "WorkMon: action 'Escalate SR to Manager' of policy 'SR Priority 1 - 4h' skipped for row {sbl_row}: owner position has no employee",
                ),
            ),
        ),
    ),
    (
        "sap-erp",
        "",
        (
            (
                SN,
                SM21
                + "DIA {wp_no} 000 SAPSYS Q0Q Start Workproc {small}, {small} times since system startup. PID {pid}",
            ),
            (
                SN,
                SM21
                + "BTC {wp_no} 000 SAPSYS E10 Buffer synchronization started with instance {sap_inst}",
            ),
            (SN, SM21 + "BTC {wp_no} 000 SAPSYS EEA Operation mode switch to NIGHT completed"),
            (SN, SM37 + "Job started 00 516 S"),
            (
                SN,
                SM37
                + "Step 001 started (program {sap_prog}, variant {sap_variant}, user ID BATCHADM) 00 550 S",
            ),
            (
                SN,
                SM37
                + "Spool request (number {sap_spool}) created without immediate output SPOOL 001 S",
            ),
            (SN, SM37 + "Job finished 00 517 S"),
            (SN, SM37 + "{n} jobs and their logs deleted (older than 14 days) BT 318 S"),
            (SN, "M  DpHdlDeadWp: W{small} (pid={pid}) terminated automatically"),
            (SN, "M  DpWpDynCreate: created new work process W{small}-{pid}"),
            (SN, "B  Loading DB library '/usr/sap/{sap_sid}/SYS/exe/run/dboraslib.so' ..."),
            (SN, "B  Connection 0 opened (DBSL handle 0)"),
            (SN, "BR0051I BRBACKUP 7.40 (42)"),
            (SN, "BR0056I End of database backup: {sap_br_file}.anf {sap_br_ts}"),
            (SN, "BR0016I {n} offline redo log files processed, total size {n}.000 MB"),
            (
                SN,
                SM37
                + "Transport request {sap_tr} imported into {sap_sid} client {sap_client}, return code 0000",
            ),
            (
                UA,
                SM21
                + "DIA {wp_no} {sap_client} {sap_user} AU1 Logon successful (type=A, method=A) terminal {sap_term}",
            ),
            (
                UA,
                SM21
                + "DIA {wp_no} {sap_client} {sap_user} AU7 User {sap_user} created in client {sap_client}",
            ),
            (
                SA,
                SM21
                + "DIA {wp_no} {sap_client} {sap_user} AU2 Logon failed (reason=1, type=A, method=A) terminal {sap_term}",
            ),
            (
                SA,
                SM21
                + "DIA {wp_no} {sap_client} {sap_user} AUM User {sap_user} locked in client {sap_client} after errors in password checks",
            ),
            (
                ERR,
                SM21
                + 'DIA {wp_no} {sap_client} {sap_user} AB0 Run-time error "{sap_dump}" occurred',
            ),
            (
                ERR,
                SM21
                + "DIA {wp_no} {sap_client} RFC_USER R49 Communication error, CPIC return code 020, SAP return code 223",
            ),
            (ERR, SM37 + "Job cancelled after system exception ERROR_MESSAGE 00 564 A"),
            (
                ERR,
                SM21
                + "UPD {wp_no} {sap_client} {sap_user} R65 Update terminated: function module {sap_fm}, update key {hex}{hex}",
            ),
            (
                ERR,
                SM37
                + "Transport request {sap_tr} import into {sap_sid} ended with return code 0008 (errors during import)",
            ),
            (
                RU,
                "BR0970W Database administration alert - level: WARNING, type: CRITICAL_TABLESPACE, object: {sap_tbs}, value: {small}.{small}% (> 90.00%)",
            ),
            (
                RU,
                SM21
                + "DIA {wp_no} {sap_client} {sap_user} EMW Work process W{small} in PRIV mode: extended memory quota of {n} MB exhausted, using heap memory",
            ),
            (
                CE,
                "B  *** ERROR => Reconnect state is entered, database {sap_sid} not available: ORA-03113: end-of-file on communication channel [dbsh 1245]",
            ),
            (
                DW,
                "M  *** WARNING => Profile parameter rdisp/max_wprun_time is deprecated, use rdisp/scheduler/prio_high/max_runtime instead",
            ),
        ),
    ),
    (
        "peoplesoft-hr",
        "",
        (
            (
                SN,
                "PSAPPSRV.{pid} (0) [{ps_ts}](0) PeopleTools Release 8.60.{small} (Linux) starting. Tuxedo server is APPSRV(99)/{small}",
            ),
            (
                SN,
                "PSAPPSRV.{pid} (0) [{ps_ts}](0) Cache Directory being used: /home/psadm2/psft/pt/8.60/appserv/HRPRD/CACHE/PSAPPSRV_{small}/",
            ),
            (SN, "PSAPPSRV.{pid} (0) [{ps_ts}](1) Server started"),
            (
                SN,
                "PSAPPSRV.{pid} ({n}) [{ps_ts}](1) Recycle count reached ({n} services); server will be restarted",
            ),
            (SN, "PSPRCSRV.{pid} (0) [{ps_ts}](0) Server: PSUNX checking status..."),
            (SN, "PSPRCSRV.{pid} (0) [{ps_ts}](0) Server action mode: Ok (looking for requests)"),
            (
                SN,
                "PSPRCSRV.{pid} (0) [{ps_ts}](1) Process Instance {ps_inst} ({ps_prcs}) initiated on server PSUNX",
            ),
            (
                SN,
                "PSPRCSRV.{pid} (0) [{ps_ts}](1) Process Instance: {ps_inst} Process Name: {ps_prcs} Run Status: Success (9)",
            ),
            (
                SN,
                "PSMSTPRC.{pid} (0) [{ps_ts}](1) Master Scheduler assigned Process Instance {ps_inst} to server PSUNX2",
            ),
            (
                SN,
                "PSDSTSRV.{pid} (0) [{ps_ts}](1) Report {n} (Process Instance {ps_inst}) posted to the Report Repository",
            ),
            (
                SN,
                "PSAESRV.{pid} ({n}) [{ps_ts}](1) Application Engine program {ps_ae} ended normally",
            ),
            (
                SN,
                "PSPRCSRV.{pid} (0) [{ps_ts}](1) Purge process completed: {n} process requests and {n} report folders deleted",
            ),
            (
                SN,
                "PSAPPSRV.{pid} ({n}) [{ps_ts}](1) Search index {ps_idx} incremental build completed ({n} documents)",
            ),
            (
                SN,
                "PSPUBDSP_dflt.{pid} (0) [{ps_ts}](1) Queue {ps_queue}: {n} messages dispatched to subscribers",
            ),
            (
                SN,
                "{tux_ts}.{ps_host}!PSAPPSRV.{pid}.1.0: LIBTUX_CAT:262: INFO: Standard main starting",
            ),
            (SN, "{tux_ts}.{ps_host}!tmboot.{pid}.1.-2: Tuxedo Version 12.2.2.0.0, 64-bit"),
            (
                SN,
                "####<{wls_ts}> <Notice> <WebLogicServer> <{ps_host}> <PIA> <main> <<WLS Kernel>> <> <> <{epoch_ms}> <BEA-000360> <The server started in RUNNING mode.>",
            ),
            (
                SN,
                "####<{wls_ts}> <Notice> <WebLogicServer> <{ps_host}> <PIA> <main> <<WLS Kernel>> <> <> <{epoch_ms}> <BEA-000365> <Server state changed to SHUTTING_DOWN.>",
            ),
            (
                SN,
                "PSBRKHND_dflt.{pid} (0) [{ps_ts}](1) Integration Gateway delivered message {uuid} to node PSFT_EP in {int_ms} ms",
            ),
            (
                UA,
                "PSAPPSRV.{pid} ({n}) [{ps_ts} {ps_oprid}@{ip} ({ps_browser}) GetCertificate](3) Returning context. ID={ps_oprid}, Lang=ENG, UStreamId={tux_ts}_{pid}.{n}, Token={ps_oprid}/HRPRD",
            ),
            (
                UA,
                "PSPRCSRV.{pid} (0) [{ps_ts}](1) Process request submitted by {ps_oprid}: Process {ps_prcs}, Run Control {ps_runctl}, Instance {ps_inst}",
            ),
            (
                UA,
                "PSAPPSRV.{pid} ({n}) [{ps_ts} {ps_oprid}@{ip} ({ps_browser}) ICPanel](2) Password changed on the Change My Password page",
            ),
            (
                SA,
                "PSAPPSRV.{pid} ({n}) [{ps_ts} {ps_oprid}@{ip} ({ps_browser}) GetCertificate](2) Signon failed for {ps_oprid}: Your User ID and/or Password are invalid.",
            ),
            (
                SA,
                "PSAPPSRV.{pid} ({n}) [{ps_ts} {ps_oprid}@{ip} ({ps_browser}) GetCertificate](1) User ID {ps_oprid} locked: maximum logon attempts ({small}) exceeded",
            ),
            (
                SA,
                "PSAPPSRV.{pid} ({n}) [{ps_ts} {ps_oprid}@{ip} ({ps_browser}) ICPanel](1) You are not authorized to access this component. (158,30) Component {ps_comp}.GBL",
            ),
            (
                ERR,
                "PSDSTSRV.{pid} (0) [{ps_ts}](1) Unable to post report/log file for Process Instance: {ps_inst}, Report Id: {n}",
            ),
            (
                ERR,
                "PSAPPSRV.{pid} ({n}) [{ps_ts} {ps_oprid}@{ip} ({ps_browser}) {ps_svc}](1) SQL error. Stmt #: {n}  Error Position: 0  Return: 1 - ORA-00001: unique constraint (SYSADM.PS_JOB) violated",
            ),
            (
                ERR,
                "PSAESRV.{pid} ({n}) [{ps_ts}](1) Process {ps_inst} ABENDED at Step {ps_ae}.{ps_ae_step} -- RC = 8",
            ),
            (
                ERR,
                "PSPRCSRV.{pid} (0) [{ps_ts}](1) Process Instance: {ps_inst} Process Name: {ps_prcs} Run Status: Error (3)",
            ),
            (
                RU,
                "####<{wls_ts}> <Warning> <Health> <{ps_host}> <PIA> <weblogic.GCMonitor> <<anonymous>> <> <> <{epoch_ms}> <BEA-310003> <Free memory in the server is {bytes} bytes. There is danger of OutOfMemoryError>",
            ),
            (
                RU,
                "PSPRCSRV.{pid} (0) [{ps_ts}](1) Process Instance {ps_inst} queued: Max API Aware ({small}) reached on server PSUNX",
            ),
            (
                CE,
                "PSAPPSRV.{pid} (0) [{ps_ts}](0) GenMessageBox(200, 0, M): Database Signon: Could not sign on to database HRPRD with user PS.",
            ),
            (
                CE,
                "{wls_ts}: CHECK APPSERVER LOGS. THE SITE BOOTED WITH INTERNAL DEFAULT SETTINGS, BECAUSE OF: bea.jolt.ServiceException: TPESVCERR - server error while handling request",
            ),
            (
                WE,
                "PSAPPSRV.{pid} ({n}) [{ps_ts}](1) Approval Framework: no valid approver for Absence Request {n} at step 'Manager Approval'; transaction routed to the administrator",
            ),
            (
                WE,
                "PSBRKHND_dflt.{pid} (0) [{ps_ts}](1) Subscription handler for PERSON_BASIC_SYNC failed for transaction {uuid}: EMPLID {ps_emplid} not found; message status set to Error",
            ),
        ),
    ),
)


def prefixed_generators() -> dict[str, Generator]:
    """This module's generators under their prefixed names."""
    return {GENERATOR_PREFIX + name: generator for name, generator in LINE_GENERATORS.items()}


def system_entries() -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    """(system, ((label, whole-line template), ...)) per system, header prepended, this module's
    placeholders renamed to their prefixed generators."""

    def prefixed(text: str) -> str:
        return _PLACEHOLDER.sub(
            lambda m: (
                "{" + GENERATOR_PREFIX + m.group(1) + "}"
                if m.group(1) in LINE_GENERATORS
                else m.group(0)
            ),
            text,
        )

    return tuple(
        (system, tuple((label, prefixed(header + message).strip()) for label, message in entries))
        for system, header, entries in SYSTEMS
    )
