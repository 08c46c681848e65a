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
    "jenkins_job": _word(
        "checkout-service/main",
        "nightly-backup",
        "infra/terraform-plan",
        "release-pipeline",
        "api-gateway/PR-412",
    ),
    "aws_account": _num(100_000_000_000, 999_999_999_999),
    "aws_akid": lambda rng: (
        rng.choice(["AKIA", "ASIA"])
        + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16))
    ),
    "aws_instance": lambda rng: "i-0" + _hex_n(16)(rng),
    "kdev": _word("sda1", "sdb2", "nvme0n1p2", "vda1", "dm-0"),
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
# Jenkins controller log (jenkins.log): time with offset, thread id, level and source, tab-separated.
JENKINS = "{spring_ts}+0000 [id={n}]\t"


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
            (SN, "Server listening on :: port 22."),
            (SN, "Received signal 15; terminating."),
            (SN, "Received SIGHUP; restarting."),
            (SN, 'Connection from {ip} port {port} on {ip} port 22 rdomain ""'),
            (SN, "Postponed publickey for {unix_user} from {ip} port {port} ssh2 [preauth]"),
            (SN, "Timeout, client not responding from user {unix_user} {ip} port {port}"),
            (
                UA,
                "pam_unix(sshd:session): session opened for user {unix_user}(uid={uid}) by (uid=0)",
            ),
            (
                UA,
                "Starting session: shell on pts/{small} for {unix_user} from {ip} port {port} id 0",
            ),
            (SA, "Did not receive identification string from {ip} port {port}"),
            (
                SA,
                "Disconnecting invalid user admin {ip} port {port}: Too many authentication failures [preauth]",
            ),
            (
                SA,
                "reverse mapping checking getaddrinfo for {host} [{ip}] failed - POSSIBLE BREAK-IN ATTEMPT!",
            ),
            (
                SA,
                "Failed publickey for {unix_user} from {ip} port {port} ssh2: ECDSA SHA256:{hex}",
            ),
            (
                SA,
                "User root from {ip} not allowed because not listed in AllowUsers",
            ),
            (ERR, "error: Bind to port 22 on 0.0.0.0 failed: Address already in use."),
            (ERR, "fatal: Timeout before authentication for {ip} port {port}"),
            (ERR, "error: Could not load host key: /etc/ssh/ssh_host_ed25519_key"),
            (CE, "fatal: Cannot bind any address."),
            (
                RU,
                "drop connection #{small} from [{ip}]:{port} on [{ip}]:22 past MaxStartups",
            ),
            (DW, "/etc/ssh/sshd_config line 15: Deprecated option UsePrivilegeSeparation"),
            (DW, "/etc/ssh/sshd_config line 42: Deprecated option RSAAuthentication"),
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
                UA,
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
            (
                SN,
                "pam_unix(systemd-user:session): session opened for user {unix_user}(uid={uid}) by (uid=0)",
            ),
            (SN, "pam_unix(su-l:session): session closed for user postgres"),
            (
                SN,
                "pam_systemd_home(sshd:account): systemd-homed is not available: Unit dbus-org.freedesktop.home1.service not found.",
            ),
            (
                SN,
                "pam_unix(cron:session): session opened for user {unix_user}(uid={uid}) by (uid=0)",
            ),
            (SN, "pam_unix(login:session): session closed for user {unix_user}"),
            (
                UA,
                "pam_unix(su:session): session opened for user postgres(uid={uid}) by {unix_user}(uid=0)",
            ),
            (
                UA,
                "pam_sss(sshd:auth): authentication success; logname= uid=0 euid=0 tty=ssh ruser= rhost={ip} user={unix_user}",
            ),
            (UA, "pam_unix(passwd:chauthtok): password changed for {unix_user}"),
            (
                SA,
                "pam_sss(sshd:account): Access denied for user {unix_user}: 6 (Permission denied)",
            ),
            (
                SA,
                "pam_unix(su:auth): authentication failure; logname={unix_user} uid={uid} euid=0 tty=pts/{small} ruser={unix_user} rhost=  user=root",
            ),
            (SA, "pam_tally2(sshd:auth): user root (0) tally {n}, deny 5"),
            (SA, "pam_unix(sshd:auth): check pass; user unknown"),
            (
                SA,
                'pam_succeed_if(sshd:auth): requirement "uid >= 1000" not met by user "root"',
            ),
            (
                ERR,
                "PAM unable to dlopen(/usr/lib64/security/pam_fprintd.so): /usr/lib64/security/pam_fprintd.so: cannot open shared object file: No such file or directory",
            ),
            (ERR, "pam_sss(sshd:auth): received for user {unix_user}: 4 (System error)"),
            (RU, "pam_limits(sshd:session): Too many logins (max 10) for {unix_user}"),
            (DW, "pam_env(sshd:session): deprecated reading of user environment enabled"),
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
            (SN, "Starting {unit}..."),
            (SN, "Listening on D-Bus System Message Bus Socket."),
            (SN, "Mounted /boot/efi."),
            (SN, "Starting Cleanup of Temporary Directories..."),
            (SN, "Created slice User Slice of UID {uid}."),
            (
                SN,
                "Startup finished in {duration} (kernel) + {duration} (userspace) = {duration}.",
            ),
            (SN, "Queued start job for default target Graphical Interface."),
            (SN, "Condition check resulted in {unit} being skipped."),
            (SN, "Reached target Shutdown."),
            (
                SN,
                "systemd 255.4-1ubuntu8 running in system mode (+PAM +AUDIT +SELINUX +APPARMOR +IMA +SMACK +SECCOMP +GCRYPT -GNUTLS +OPENSSL +ACL +BLKID +CURL +ELFUTILS +FIDO2 +IDN2 -IDN +IPTC +KMOD +LIBCRYPTSETUP +LIBFDISK +PCRE2 -PWQUALITY +P11KIT +QRENCODE +TPM2 +BZIP2 +LZ4 +XZ +ZLIB +ZSTD -BPF_FRAMEWORK -XKBCOMMON +UTMP +SYSVINIT default-hierarchy=unified)",
            ),
            (ERR, "{unit}: Main process exited, code=exited, status=1/FAILURE"),
            (ERR, "Failed to mount /mnt/backup."),
            (
                ERR,
                "{unit}: Failed to locate executable /usr/local/bin/report-cli: No such file or directory",
            ),
            (ERR, "{unit}: Job {unit}/start failed with result 'dependency'."),
            (CE, "Dependency failed for Local File Systems."),
            (CE, "Caught <SEGV>, dumped core as pid {pid}."),
            (CE, "{unit}: A process of this unit has been killed by the OOM killer."),
            (
                DW,
                "/usr/lib/systemd/system/{unit}:8: PIDFile= references a path below legacy directory /var/run/, updating /var/run/{proc}.pid \u2192 /run/{proc}.pid; please update the unit file accordingly.",
            ),
            (
                DW,
                "/etc/systemd/system/{unit}:5: Unit configured to use KillMode=none. This is unsafe, as it disables systemd's process lifecycle management for the service. Please update your service to use a safer KillMode=, such as 'mixed' or 'control-group'. Support for KillMode=none is deprecated and will eventually be removed.",
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
            (SA, "TCP: request_sock_TCP: Possible SYN flooding on port {port}. Sending cookies."),
            (
                SN,
                "Linux version 6.8.0-{n}-generic (buildd@lcy02-amd64-0{small}) (x86_64-linux-gnu-gcc-13 (Ubuntu 13.2.0-23ubuntu4) 13.2.0, GNU ld (GNU Binutils for Ubuntu) 2.42) #{n}-Ubuntu SMP PREEMPT_DYNAMIC",
            ),
            (
                SN,
                "Command line: BOOT_IMAGE=/vmlinuz-6.8.0-{n}-generic root=UUID={uuid} ro quiet splash",
            ),
            (SN, "sd 0:0:0:0: [sda] Attached SCSI disk"),
            (SN, "XFS ({kdev}): Mounting V5 Filesystem {uuid}"),
            (SN, "XFS ({kdev}): Ending clean mount"),
            (
                SN,
                'audit: type=1400 audit({n}.{small}:{n}): apparmor="STATUS" operation="profile_load" profile="unconfined" name="/usr/sbin/cupsd" pid={pid} comm="apparmor_parser"',
            ),
            (SN, "docker0: port {small}(veth{hex8}) entered forwarding state"),
            (SN, "NET: Registered PF_INET6 protocol family"),
            (SN, "random: crng init done"),
            (ERR, "ata{small}.00: exception Emask 0x0 SAct 0x0 SErr 0x0 action 0x6 frozen"),
            (ERR, "nfs: server nfs01.corp.example.com not responding, still trying"),
            (
                ERR,
                "{proc}[{pid}]: general protection fault ip:{hex} sp:{hex} error:0 in libssl.so.3[{hex}+{n}000]",
            ),
            (
                CE,
                "mce: [Hardware Error]: CPU {small}: Machine Check: 0 Bank 8: ee2000000003110a",
            ),
            (CE, "watchdog: BUG: soft lockup - CPU#{small} stuck for 22s! [{proc}:{pid}]"),
            (
                CE,
                "md/raid1:md0: Disk failure on sdb1, disabling device. md/raid1:md0: Operation continuing on 1 devices.",
            ),
            (
                SA,
                'audit: type=1400 audit({n}.{small}:{n}): apparmor="DENIED" operation="open" profile="/usr/sbin/{proc}" name="/etc/shadow" pid={pid} comm="{proc}" requested_mask="r" denied_mask="r" fsuid=33 ouid=0',
            ),
            (
                RU,
                "{proc} invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=0",
            ),
            (RU, "nf_conntrack: nf_conntrack: table full, dropping packet"),
            (
                RU,
                "CPU{small}: Core temperature above threshold, cpu clock throttled (total events = {n})",
            ),
            (
                DW,
                "XFS ({kdev}): Deprecated V4 format (crc=0) will not be supported after September 2030.",
            ),
            (DW, "warning: `{proc}' uses 32-bit capabilities (legacy support in use)"),
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
                ERR,
                "[{apache_ts}] [ssl:warn] [pid {pid}:tid {tid}] AH01909: www.example.com:443:0 server certificate does NOT include an ID which matches the server name",
            ),
            (
                SN,
                "[{apache_ts}] [mpm_prefork:notice] [pid {pid}] AH00163: Apache/2.4.58 (Ubuntu) OpenSSL/3.0.13 configured -- resuming normal operations",
            ),
            (
                SN,
                "[{apache_ts}] [mpm_event:notice] [pid {pid}:tid {tid}] AH00493: SIGUSR1 received.  Doing graceful restart",
            ),
            (
                SN,
                "[{apache_ts}] [mpm_event:notice] [pid {pid}:tid {tid}] AH00494: SIGHUP received.  Attempting to restart",
            ),
            (
                SN,
                "[{apache_ts}] [mpm_event:notice] [pid {pid}:tid {tid}] AH00491: caught SIGTERM, shutting down",
            ),
            (
                SN,
                "[{apache_ts}] [ssl:info] [pid {pid}:tid {tid}] AH01914: Configuring server www.example.com:443 for SSL protocol",
            ),
            (
                SN,
                "[{apache_ts}] [lbmethod_heartbeat:notice] [pid {pid}:tid {tid}] AH02282: No slotmem from mod_heartmonitor",
            ),
            (
                SN,
                "[{apache_ts}] [suexec:notice] [pid {pid}] AH01232: suEXEC mechanism enabled (wrapper: /usr/sbin/suexec)",
            ),
            (
                SN,
                "[{apache_ts}] [core:notice] [pid {pid}] SELinux policy enabled; httpd running as context system_u:system_r:httpd_t:s0",
            ),
            (
                ERR,
                "[{apache_ts}] [proxy_http:error] [pid {pid}:tid {tid}] (70007)The timeout specified has expired: [client {ip}:{port}] AH01102: error reading status line from remote server 127.0.0.1:8080",
            ),
            (
                ERR,
                "[{apache_ts}] [proxy_fcgi:error] [pid {pid}:tid {tid}] [client {ip}:{port}] AH01071: Got error 'Primary script unknown'",
            ),
            (
                ERR,
                "[{apache_ts}] [core:notice] [pid {pid}:tid {tid}] AH00051: child pid {pid} exit signal Segmentation fault (11), possible coredump in /etc/apache2",
            ),
            (
                ERR,
                "[{apache_ts}] [core:info] [pid {pid}:tid {tid}] [client {ip}:{port}] AH00128: File does not exist: /var/www/html/robots.txt",
            ),
            (
                SA,
                '[{apache_ts}] [auth_basic:error] [pid {pid}:tid {tid}] [client {ip}:{port}] AH01617: user admin: authentication failure for "/admin/": Password Mismatch',
            ),
            (
                SA,
                '[{apache_ts}] [security2:error] [pid {pid}:tid {tid}] [client {ip}:{port}] ModSecurity: Access denied with code 403 (phase 2). detected SQLi using libinjection with fingerprint \'s&sos\' [file "/usr/share/modsecurity-crs/rules/REQUEST-942-APPLICATION-ATTACK-SQLI.conf"] [line "46"] [id "942100"] [msg "SQL Injection Attack Detected via libinjection"] [hostname "www.example.com"] [uri "/products.php"]',
            ),
            (
                RU,
                "[{apache_ts}] [mpm_event:error] [pid {pid}:tid {tid}] AH03490: scoreboard is full, not at MaxRequestWorkers.Increase ServerLimit.",
            ),
            (
                RU,
                "[{apache_ts}] [core:alert] [pid {pid}] (12)Cannot allocate memory: AH00159: fork: Unable to fork new process",
            ),
            (
                CE,
                "[{apache_ts}] [core:emerg] [pid {pid}] (98)Address already in use: AH00072: make_sock: could not bind to address [::]:443",
            ),
            (
                CE,
                "[{apache_ts}] [ssl:emerg] [pid {pid}] AH02572: Failed to configure at least one certificate and key for www.example.com:443",
            ),
            (
                DW,
                "[{apache_ts}] [core:warn] [pid {pid}] AH00548: NameVirtualHost has no effect and will be removed in the next release /etc/apache2/sites-enabled/000-default.conf:1",
            ),
            (
                DW,
                "[{apache_ts}] [ssl:warn] [pid {pid}] AH02559: The SSLCertificateChainFile directive (/etc/httpd/conf.d/ssl.conf:107) is deprecated, SSLCertificateFile should be used instead",
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
            (
                SN,
                "LOG:  starting PostgreSQL 16.2 (Debian 16.2-1.pgdg120+2) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit",
            ),
            (SN, 'LOG:  listening on IPv4 address "0.0.0.0", port 5432'),
            (SN, 'LOG:  listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"'),
            (SN, "LOG:  database system was shut down at {pg_ts} UTC"),
            (SN, "LOG:  received fast shutdown request"),
            (SN, "LOG:  aborting any active transactions"),
            (SN, "LOG:  database system is shut down"),
            (SN, "LOG:  received SIGHUP, reloading configuration files"),
            (SN, 'LOG:  parameter "work_mem" changed to "64MB"'),
            (SN, "LOG:  started streaming WAL from primary at {lsn} on timeline 1"),
            (
                SN,
                'LOG:  automatic analyze of table "{dbname}.public.{table}" avg read rate: 0.000 MB/s, avg write rate: 0.000 MB/s buffer usage: {n} hits, 0 misses, 0 dirtied system usage: CPU: user: 0.01 s, system: 0.00 s, elapsed: 0.02 s',
            ),
            (
                UA,
                "{db_user}@{dbname} LOG:  statement: CREATE INDEX CONCURRENTLY idx_{table}_created_at ON {table} (created_at);",
            ),
            (
                ERR,
                '{db_user}@{dbname} ERROR:  duplicate key value violates unique constraint "{constraint}"',
            ),
            (ERR, "{db_user}@{dbname} ERROR:  deadlock detected"),
            (
                ERR,
                "{db_user}@{dbname} FATAL:  terminating connection due to idle-in-transaction timeout",
            ),
            (ERR, "LOG:  could not receive data from client: Connection reset by peer"),
            (SA, "{db_user}@{dbname} ERROR:  permission denied for table {table}"),
            (
                SA,
                'FATAL:  pg_hba.conf rejects connection for host "{ip}", user "postgres", database "template1", SSL off',
            ),
            (CE, "PANIC:  could not locate a valid checkpoint record"),
            (
                CE,
                "LOG:  server process (PID {pid}) was terminated by signal 9: Killed",
            ),
            (
                RU,
                'LOG:  checkpoints are occurring too frequently ({small} seconds apart) HINT:  Consider increasing the configuration parameter "max_wal_size".',
            ),
            (
                DW,
                "{db_user}@{dbname} WARNING:  setting an MD5-encrypted password DETAIL:  MD5 password support is deprecated and will be removed in a future release of PostgreSQL.",
            ),
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
            (ERR, "# Can't save in background: fork: Cannot allocate memory"),
            (
                SN,
                "# WARNING overcommit_memory is set to 0! Background save may fail under low memory condition.",
            ),
            (SN, "* oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo"),
            (
                SN,
                "* Redis version=7.2.4, bits=64, commit=00000000, modified=0, pid={redis_pid}, just started",
            ),
            (SN, "* Configuration loaded"),
            (SN, "* Server initialized"),
            (SN, "* Loading RDB produced by version 7.2.4"),
            (SN, "* Done loading RDB, keys loaded: {n}, keys expired: 0."),
            (SN, "* Synchronization with replica {ip}:6379 succeeded"),
            (SN, "* Starting BGSAVE for SYNC with target: disk"),
            (SN, "# User requested shutdown..."),
            (SN, "# Redis is now ready to exit, bye bye..."),
            (SN, "* Background AOF rewrite finished successfully"),
            (ERR, "# Connection with replica {ip}:6379 lost."),
            (
                ERR,
                "# Failed opening the temp RDB file temp-{pid}.rdb (in server root dir /var/lib/redis) for saving: Permission denied",
            ),
            (
                ERR,
                "# MASTER timeout: no data nor PING received...",
            ),
            (CE, "# Short read or OOM loading DB. Unrecoverable error, aborting now."),
            (
                CE,
                "# Bad file format reading the append only file appendonly.aof.{small}.incr.aof: make a backup of your AOF file, then use ./redis-check-aof --fix <filename.manifest>",
            ),
            (
                SA,
                "# Possible SECURITY ATTACK detected. It looks like somebody is sending POST or Host: commands to Redis. This is likely due to an attacker attempting to use Cross Protocol Scripting to compromise your Redis instance. Connection from {ip}:{port} aborted.",
            ),
            (
                RU,
                "# WARNING: The TCP backlog setting of 511 cannot be enforced because /proc/sys/net/core/somaxconn is set to the lower value of 128.",
            ),
            (
                RU,
                "# Client id={n} addr={ip}:{port} laddr={ip}:6379 fd={small} name= age={n} idle=0 flags=S db=0 sub=0 psub=0 ssub=0 multi=-1 qbuf=0 qbuf-free=0 argv-mem=0 multi-mem=0 rbs=1024 rbp=0 obl=0 oll={n} omem={n}000 tot-mem={n}000 events=r cmd=psync user=default redir=-1 resp=2 lib-name= lib-ver= scheduled to be closed ASAP for overcoming of output buffer limits.",
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
            (
                SN,
                '{"t":{"$date":"{iso_ms}+00:00"},"s":"I",  "c":"CONTROL",  "id":23285,   "ctx":"thread1","msg":"Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols \'none\'"}',
            ),
            (
                SN,
                '{"t":{"$date":"{iso_ms}+00:00"},"s":"I",  "c":"CONTROL",  "id":4615611, "ctx":"initandlisten","msg":"MongoDB starting","attr":{"pid":{pid},"port":27017,"dbPath":"/var/lib/mongodb","architecture":"64-bit","host":"{host}"}}',
            ),
            (
                SN,
                '{"t":{"$date":"{iso_ms}+00:00"},"s":"I",  "c":"NETWORK",  "id":23016,   "ctx":"listener","msg":"Waiting for connections","attr":{"port":27017,"ssl":"off"}}',
            ),
            (
                SN,
                '{"t":{"$date":"{iso_ms}+00:00"},"s":"I",  "c":"NETWORK",  "id":51800,   "ctx":"conn{n}","msg":"client metadata","attr":{"remote":"{ip}:{port}","client":"conn{n}","doc":{"driver":{"name":"PyMongo","version":"4.6.1"},"os":{"type":"Linux","name":"Linux","architecture":"x86_64","version":"6.1.0-18-amd64"},"platform":"CPython 3.12.2.final.0"}}}',
            ),
            (
                SN,
                '{"t":{"$date":"{iso_ms}+00:00"},"s":"I",  "c":"STORAGE",  "id":22262,   "ctx":"initandlisten","msg":"Timestamp monitor starting"}',
            ),
            (
                SN,
                '{"t":{"$date":"{iso_ms}+00:00"},"s":"I",  "c":"ELECTION", "id":21450,   "ctx":"ReplCoord-{small}","msg":"Election succeeded, assuming primary role","attr":{"term":{small}}}',
            ),
            (
                SN,
                '{"t":{"$date":"{iso_ms}+00:00"},"s":"I",  "c":"REPL",     "id":21799,   "ctx":"BackgroundSync","msg":"Sync source candidate chosen","attr":{"syncSource":"{host}:27017"}}',
            ),
            (
                SN,
                '{"t":{"$date":"{iso_ms}+00:00"},"s":"I",  "c":"INDEX",    "id":20345,   "ctx":"IndexBuildsCoordinatorMongod-{small}","msg":"Index build: done building","attr":{"buildUUID":{"uuid":{"$uuid":"{uuid}"}},"collectionUUID":{"uuid":{"$uuid":"{uuid}"}},"namespace":"{dbname}.{table}","index":"created_at_1","ident":"index-{n}-{n}","collectionIdent":"collection-{n}-{n}","commitTimestamp":null}}',
            ),
            (
                SN,
                '{"t":{"$date":"{iso_ms}+00:00"},"s":"I",  "c":"CONTROL",  "id":20698,   "ctx":"-","msg":"***** SERVER RESTARTED *****"}',
            ),
            (
                SN,
                '{"t":{"$date":"{iso_ms}+00:00"},"s":"I",  "c":"STORAGE",  "id":22302,   "ctx":"initandlisten","msg":"Recovering data from the last clean checkpoint."}',
            ),
            (
                UA,
                '{"t":{"$date":"{iso_ms}+00:00"},"s":"I",  "c":"ACCESS",   "id":20250,   "ctx":"conn{n}","msg":"Authentication succeeded","attr":{"mechanism":"SCRAM-SHA-256","speculative":true,"principalName":"{db_user}","authenticationDatabase":"admin","remote":"{ip}:{port}","extraInfo":{}}}',
            ),
            (
                UA,
                '{"t":{"$date":"{iso_ms}+00:00"},"s":"I",  "c":"COMMAND",  "id":20337,   "ctx":"conn{n}","msg":"dropDatabase - starting","attr":{"db":"{dbname}"}}',
            ),
            (
                ERR,
                '{"t":{"$date":"{iso_ms}+00:00"},"s":"I",  "c":"NETWORK",  "id":22989,   "ctx":"conn{n}","msg":"Error sending response to client. Ending connection from remote","attr":{"error":{"code":6,"codeName":"HostUnreachable","errmsg":"Connection reset by peer"},"remote":"{ip}:{port}","connectionId":{n}}}',
            ),
            (
                ERR,
                '{"t":{"$date":"{iso_ms}+00:00"},"s":"I",  "c":"COMMAND",  "id":51803,   "ctx":"conn{n}","msg":"Slow query","attr":{"type":"command","ns":"{dbname}.{table}","command":{"find":"{table}","maxTimeMS":5000},"numYields":{n},"ok":0,"errMsg":"operation exceeded time limit","errName":"MaxTimeMSExpired","errCode":50,"durationMillis":5001}}',
            ),
            (
                ERR,
                '{"t":{"$date":"{iso_ms}+00:00"},"s":"I",  "c":"WRITE",    "id":51803,   "ctx":"conn{n}","msg":"Slow query","attr":{"type":"update","ns":"{dbname}.{table}","ok":0,"errMsg":"E11000 duplicate key error collection: {dbname}.{table} index: email_1 dup key: { email: \\"{email}\\" }","errName":"DuplicateKey","errCode":11000,"durationMillis":{int_ms}}}',
            ),
            (
                CE,
                '{"t":{"$date":"{iso_ms}+00:00"},"s":"E",  "c":"CONTROL",  "id":20557,   "ctx":"initandlisten","msg":"DBException in initAndListen, terminating","attr":{"error":"DBPathInUse: Unable to lock the lock file: /var/lib/mongodb/mongod.lock (Resource temporarily unavailable). Another mongod instance is already running on the /var/lib/mongodb directory"}}',
            ),
            (
                SA,
                '{"t":{"$date":"{iso_ms}+00:00"},"s":"I",  "c":"ACCESS",   "id":20436,   "ctx":"conn{n}","msg":"Checking authorization failed","attr":{"error":{"code":13,"codeName":"Unauthorized","errmsg":"not authorized on admin to execute command { listDatabases: 1, nameOnly: true, $db: \\"admin\\" }"}}}',
            ),
            (
                RU,
                '{"t":{"$date":"{iso_ms}+00:00"},"s":"I",  "c":"NETWORK",  "id":22942,   "ctx":"listener","msg":"Connection refused because there are too many open connections","attr":{"remote":"{ip}:{port}","connectionCount":{n}}}',
            ),
            (
                DW,
                '{"t":{"$date":"{iso_ms}+00:00"},"s":"W",  "c":"COMMAND",  "id":5578800, "ctx":"conn{n}","msg":"Deprecated operation requested. For more details see https://dochub.mongodb.org/core/legacy-opcode-removal","attr":{"op":"query","clientInfo":{"driver":{"name":"nodejs","version":"3.6.12"}}}}',
            ),
            (
                DW,
                '{"t":{"$date":"{iso_ms}+00:00"},"s":"W",  "c":"CONTROL",  "id":636300,  "ctx":"initandlisten","msg":"Use of deprecated server parameter name","attr":{"deprecatedName":"wiredTigerConcurrentReadTransactions","canonicalName":"storageEngineConcurrentReadTransactions"}}',
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
            (SN, "INFO Kafka version: 3.7.0 (org.apache.kafka.common.utils.AppInfoParser)"),
            (SN, "INFO [KafkaServer id={broker}] shutting down (kafka.server.KafkaServer)"),
            (
                SN,
                "INFO [BrokerServer id={broker}] Transition from STARTING to STARTED (kafka.server.BrokerServer)",
            ),
            (
                SN,
                "INFO [QuorumController id={broker}] Becoming the active controller at epoch {small}, next write offset {offset}. (org.apache.kafka.controller.QuorumController)",
            ),
            (
                SN,
                "INFO [GroupCoordinator {broker}]: Stabilized group {group} generation {small} (__consumer_offsets-{partition}) with {small} members (kafka.coordinator.group.GroupCoordinator)",
            ),
            (
                SN,
                "INFO [GroupMetadataManager brokerId={broker}] Removed {small} expired offsets in {int_ms} milliseconds. (kafka.coordinator.group.GroupMetadataManager)",
            ),
            (
                SN,
                "INFO [ReplicaFetcherManager on broker {broker}] Removed fetcher for partitions Set({topic}-{partition}) (kafka.server.ReplicaFetcherManager)",
            ),
            (
                SN,
                "INFO [Controller id={broker}] Processing automatic preferred replica leader election (kafka.controller.KafkaController)",
            ),
            (
                SN,
                "INFO [ProducerStateManager partition={topic}-{partition}] Wrote producer snapshot at offset {offset} with 0 producer ids in {int_ms} ms. (kafka.log.ProducerStateManager)",
            ),
            (
                SN,
                "INFO [UnifiedLog partition={topic}-{partition}, dir=/var/lib/kafka/data] Incremented log start offset to {offset} due to segment deletion (kafka.log.UnifiedLog)",
            ),
            (
                UA,
                "INFO [Admin Manager on Broker {broker}]: Updating topic {topic} with new configuration : retention.ms -> 604800000 (kafka.server.ZkAdminManager)",
            ),
            (
                ERR,
                "ERROR [ReplicaManager broker={broker}] Error processing append operation on partition {topic}-{partition} (kafka.server.ReplicaManager) org.apache.kafka.common.errors.RecordTooLargeException: The request included a message larger than the max message size the server will accept.",
            ),
            (
                ERR,
                "WARN [Producer clientId=producer-{small}] Got error produce response with correlation id {n} on topic-partition {topic}-{partition}, retrying ({small} attempts left). Error: NOT_LEADER_OR_FOLLOWER (org.apache.kafka.clients.producer.internals.Sender)",
            ),
            (
                ERR,
                "ERROR [Consumer clientId=consumer-{group}-{small}, groupId={group}] Offset commit failed on partition {topic}-{partition} at offset {offset}: The coordinator is not aware of this member. (org.apache.kafka.clients.consumer.internals.ConsumerCoordinator)",
            ),
            (
                CE,
                "ERROR Shutdown broker because all log dirs in /var/lib/kafka/data have failed (kafka.log.LogManager)",
            ),
            (
                CE,
                "ERROR [Controller id={broker} epoch={small}] Controller {broker} epoch {small} failed to change state for partition {topic}-{partition} from OfflinePartition to OnlinePartition (state.change.logger) kafka.common.StateChangeFailedException: Failed to elect leader for partition {topic}-{partition} under strategy OfflinePartitionLeaderElectionStrategy(false)",
            ),
            (
                SA,
                "INFO Principal = User:{unix_user} is Denied Operation = Write from host = {ip} on resource = Topic:LITERAL:{topic} for request = Produce with resourceRefCount = 1 (kafka.authorizer.logger)",
            ),
            (
                RU,
                "ERROR [Producer clientId=producer-{small}] org.apache.kafka.clients.producer.BufferExhaustedException: Failed to allocate 16384 bytes within the configured max blocking time 60000 ms. Total memory: 33554432 bytes. Available memory: 0 bytes. Poolable size: 16384 bytes",
            ),
            (
                DW,
                "WARN [KafkaServer id={broker}] ZooKeeper mode is deprecated and will be removed in Apache Kafka 4.0; migrate this cluster to KRaft mode (kafka.server.KafkaServer)",
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
            (
                SN,
                "INFO  [main:QuorumPeerConfig@{line_no}] - Reading configuration from: /conf/zoo.cfg",
            ),
            (
                SN,
                "INFO  [main:ServerCnxnFactory@{line_no}] - Using org.apache.zookeeper.server.NIOServerCnxnFactory as server connection factory",
            ),
            (
                SN,
                "INFO  [main:NIOServerCnxnFactory@{line_no}] - binding to port 0.0.0.0/0.0.0.0:2181",
            ),
            (
                SN,
                "INFO  [main:ZooKeeperServer@{line_no}] - Server environment:zookeeper.version=3.8.4-9316c2a7a97e1666d8f4593f34dd6fc36ecc436c, built on 2024-02-12 22:16 UTC",
            ),
            (
                SN,
                "INFO  [main:FileTxnSnapLog@{line_no}] - Snapshot loaded in {int_ms} ms, highest zxid is {zxid}, digest is {n}",
            ),
            (
                SN,
                "INFO  [QuorumPeer[myid={small}](plain=0.0.0.0:2181)(secure=disabled):Leader@{line_no}] - Have quorum of supporters, sids: [ [1, 2, 3],[1, 2, 3] ]; starting up and setting last processed zxid: {zxid}",
            ),
            (
                SN,
                "INFO  [LearnerHandler-/{ip}:{port}:LearnerHandler@{line_no}] - Synchronizing with Learner sid: {small} maxCommittedLog={zxid} minCommittedLog={zxid} peerLastZxid={zxid}",
            ),
            (
                SN,
                "INFO  [QuorumPeer[myid={small}](plain=0.0.0.0:2181)(secure=disabled):QuorumPeer@{line_no}] - Peer state changed: following - broadcast",
            ),
            (
                SN,
                "INFO  [NIOWorkerThread-{small}:NIOServerCnxn@{line_no}] - Processing srvr command from /{ip}:{port}",
            ),
            (
                SN,
                "INFO  [SessionTracker:SessionTrackerImpl@{line_no}] - SessionTrackerImpl exited loop!",
            ),
            (
                ERR,
                "WARN  [QuorumPeer[myid={small}](plain=0.0.0.0:2181)(secure=disabled):Follower@{line_no}] - Exception when following the leader java.net.SocketTimeoutException: Read timed out",
            ),
            (
                ERR,
                "WARN  [QuorumPeer[myid={small}](plain=0.0.0.0:2181)(secure=disabled):Learner@{line_no}] - Unexpected exception, tries={small}, remaining init limit={int_ms}, connecting to /{ip}:2888 java.net.ConnectException: Connection refused",
            ),
            (
                SA,
                "WARN  [epollEventLoopGroup-{small}-{small}:NettyServerCnxnFactory$CertificateVerifier@{line_no}] - Unsuccessful handshake with session 0x0",
            ),
            (
                RU,
                "WARN  [SyncThread:{small}:SyncRequestProcessor@{line_no}] - Too busy to snap, skipping",
            ),
            (
                CE,
                "ERROR [SyncThread:{small}:ZooKeeperCriticalThread@{line_no}] - Severe unrecoverable error, from thread : SyncThread:{small} java.io.IOException: No space left on device",
            ),
            (
                CE,
                "ERROR [main:ZooKeeperServerMain@{line_no}] - Unable to start AdminServer, exiting abnormally org.apache.zookeeper.server.admin.AdminServer$AdminServerException: Problem starting AdminServer on address 0.0.0.0, port 8080 and command URL /commands",
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
                RU,
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
                CE,
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
                SA,
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
                CE,
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
            (
                SN,
                "{ns}   {small}s   Normal    Created             pod/{deploy}-{rs_hash}    Created container {deploy}",
            ),
            (
                SN,
                "{ns}   {small}s   Normal    Started             pod/{deploy}-{rs_hash}    Started container {deploy}",
            ),
            (
                SN,
                '{ns}   {small}s   Normal    Pulling             pod/{deploy}-{rs_hash}    Pulling image "registry.example.com/{deploy}:{version}"',
            ),
            (
                SN,
                '{ns}   {small}s   Normal    Pulled              pod/{deploy}-{rs_hash}    Successfully pulled image "registry.example.com/{deploy}:{version}" in {duration} (including waiting). Image size: {n}0000 bytes.',
            ),
            (
                SN,
                "{ns}   {small}s   Normal    SuccessfulCreate    replicaset/{deploy}-{hex}    Created pod: {deploy}-{rs_hash}",
            ),
            (
                SN,
                "{ns}   {small}m   Normal    SuccessfulDelete    replicaset/{deploy}-{hex}    Deleted pod: {deploy}-{rs_hash}",
            ),
            (
                SN,
                "{ns}   {small}m   Normal    ScalingReplicaSet   deployment/{deploy}      Scaled down replica set {deploy}-{hex} to 0 from {small}",
            ),
            (
                SN,
                "{ns}   {small}m   Normal    SuccessfulRescale   horizontalpodautoscaler/{deploy}   New size: {small}; reason: cpu resource utilization (percentage of request) above target",
            ),
            (
                SN,
                "{ns}   {small}m   Normal    Completed           job/{deploy}-backup-{n}    Job completed",
            ),
            (
                SN,
                "{ns}   {small}m   Normal    SawCompletedJob     cronjob/{deploy}-backup    Saw completed job: {deploy}-backup-{n}, status: Complete",
            ),
            (
                SN,
                "kube-system   {small}m   Normal    LeaderElection      lease/kube-controller-manager    {host}_{uuid} became leader",
            ),
            (
                SN,
                "default   {small}m   Normal    RegisteredNode      node/{host}    Node {host} event: Registered Node {host} in Controller",
            ),
            (
                SN,
                '{ns}   {small}s   Normal    SuccessfulAttachVolume   pod/{deploy}-{rs_hash}    AttachVolume.Attach succeeded for volume "pvc-{uuid}"',
            ),
            (
                ERR,
                '{ns}   {small}s   Warning   Failed              pod/{deploy}-{rs_hash}    Failed to pull image "registry.example.com/{deploy}:{version}": rpc error: code = NotFound desc = failed to pull and unpack image "registry.example.com/{deploy}:{version}": not found',
            ),
            (
                ERR,
                '{ns}   {small}s   Warning   FailedMount         pod/{deploy}-{rs_hash}    MountVolume.SetUp failed for volume "tls" : secret "{deploy}-tls" not found',
            ),
            (
                ERR,
                "{ns}   {small}m   Warning   BackoffLimitExceeded   job/{deploy}-migrate-{n}    Job has reached the specified backoff limit",
            ),
            (
                CE,
                'default   {small}m   Warning   ContainerGCFailed   node/{host}    rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial unix /run/containerd/containerd.sock: connect: connection refused"',
            ),
            (
                SA,
                '{ns}   {small}s   Warning   FailedCreate        replicaset/{deploy}-{hex}    Error creating: pods "{deploy}-{rs_hash}" is forbidden: violates PodSecurity "restricted:latest": privileged (container "{deploy}" must not set securityContext.privileged=true)',
            ),
            (
                RU,
                "default   {small}m   Normal    NodeHasDiskPressure   node/{host}    Node {host} status is now: NodeHasDiskPressure",
            ),
            (
                RU,
                '{ns}   {small}s   Warning   FailedCreate        replicaset/{deploy}-{hex}    Error creating: pods "{deploy}-{rs_hash}" is forbidden: exceeded quota: compute-quota, requested: limits.memory=2Gi, used: limits.memory=15Gi, limited: limits.memory=16Gi',
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
            (SN, "Info                  CBS    TI: --- Initializing Trusted Installer ---"),
            (SN, "Info                  CBS    Starting TrustedInstaller initialization."),
            (SN, "Info                  CBS    Starting the TrustedInstaller main loop."),
            (SN, "Info                  CBS    TrustedInstaller service starts successfully."),
            (
                SN,
                "Info                  CBS    SQM: Initializing online with Windows opt-in: False",
            ),
            (
                SN,
                "Info                  CBS    Appl: detect Parent, Package: Package_for_{kb}~31bf3856ad364e35~amd64~~19041.{n}.1.12, Parent: Microsoft-Windows-Client-Features-Package~31bf3856ad364e35~amd64~~10.0.19041.{n}, Disposition = Detect, VersionComp: EQ, ServiceComp: GE, BuildComp: GE, DistributionComp: GE, RevisionComp: GE, Exist: present",
            ),
            (SN, "Info                  CBS    Perf: Doqe: Install ended."),
            (
                SN,
                "Info                  CBS    Progress: UI message updated. Operation type: Update. Stage: 1 out of 1. Percent progress: {pct}.",
            ),
            (SN, "Info                  CBS    Scavenge: Begin CSI Store"),
            (SN, "Info                  CBS    Scavenge: Completed, disposition: 0x0"),
            (
                SN,
                "Info                  CBS    Session: {n}_{n} finalized. Reboot required: no [HRESULT = 0x00000000 - S_OK]",
            ),
            (
                SN,
                "Info                  CBS    Trusted Installer is shutting down because: SHUTDOWN_REASON_AUTOSTOP",
            ),
            (SN, "Info                  CSI    00000{small} [SR] Verify complete"),
            (
                ERR,
                "Info                  CBS    Failed to execute execution chain. [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]",
            ),
            (
                ERR,
                "Error                 CBS    Exec: Failed to download payload for package Package_for_{kb}~31bf3856ad364e35~amd64~~19041.{n}.1.12 [HRESULT = 0x800f0906 - CBS_E_DOWNLOAD_FAILURE]",
            ),
            (
                CE,
                "Info                  CBS    Mark store corruption flag because of package: Package_for_{kb}~31bf3856ad364e35~amd64~~19041.{n}.1.12. [HRESULT = 0x80070002 - ERROR_FILE_NOT_FOUND]",
            ),
            (
                CE,
                "Info                  CSI    00000{small} [SR] Cannot repair member file [l:12]'msvcp140.dll' of Microsoft-Windows-VCRuntime, version 10.0.19041.{n}, arch amd64, nonSxS, pkt {l:8 b:31bf3856ad364e35} in the store, hash mismatch",
            ),
            (
                RU,
                "Error                 CBS    Exec: Not enough disk space to complete the operation. [HRESULT = 0x80070070 - ERROR_DISK_FULL]",
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
            (
                SN,
                "{spring_ts}  INFO {pid} --- [           main] c.a.o.OrderServiceApplication            : Starting OrderServiceApplication v{version} using Java 21.0.2 with PID {pid} (/app/app.jar started by app in /app)",
            ),
            (
                SN,
                '{spring_ts}  INFO {pid} --- [           main] c.a.o.OrderServiceApplication            : The following 1 profile is active: "prod"',
            ),
            (
                SN,
                "{spring_ts}  INFO {pid} --- [           main] .s.d.r.c.RepositoryConfigurationDelegate : Finished Spring Data repository scanning in {int_ms} ms. Found {small} JPA repository interfaces.",
            ),
            (
                SN,
                "{spring_ts}  INFO {pid} --- [           main] o.apache.catalina.core.StandardService   : Starting service [Tomcat]",
            ),
            (
                SN,
                "{spring_ts}  INFO {pid} --- [           main] o.apache.catalina.core.StandardEngine    : Starting Servlet engine: [Apache Tomcat/10.1.19]",
            ),
            (
                SN,
                "{spring_ts}  INFO {pid} --- [           main] o.s.b.a.e.web.EndpointLinksResolver      : Exposing 3 endpoint(s) beneath base path '/actuator'",
            ),
            (
                SN,
                "{spring_ts}  INFO {pid} --- [           main] org.hibernate.Version                    : HHH000412: Hibernate ORM core version 6.4.4.Final",
            ),
            (
                SN,
                "{spring_ts}  INFO {pid} --- [ionShutdownHook] o.s.b.w.e.tomcat.GracefulShutdown        : Commencing graceful shutdown. Waiting for active requests to complete",
            ),
            (
                SN,
                "{spring_ts}  INFO {pid} --- [ionShutdownHook] com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Shutdown completed.",
            ),
            (
                SN,
                "{spring_ts}  INFO {pid} --- [   scheduling-1] c.a.o.SettlementReportJob                : Nightly settlement report generated: {n} orders in {int_ms} ms",
            ),
            (
                ERR,
                '{spring_ts} ERROR {pid} --- [nio-8080-exec-{small}] o.h.engine.jdbc.spi.SqlExceptionHelper   : ERROR: duplicate key value violates unique constraint "{constraint}"',
            ),
            (
                ERR,
                '{spring_ts} ERROR {pid} --- [   scheduling-1] o.s.s.s.TaskUtils$LoggingErrorHandler    : Unexpected error occurred in scheduled task org.springframework.web.client.ResourceAccessException: I/O error on GET request for "https://rates.example.com/api/latest": Read timed out',
            ),
            (
                CE,
                "{spring_ts} ERROR {pid} --- [           main] o.s.b.d.LoggingFailureAnalysisReporter   : *************************** APPLICATION FAILED TO START *************************** Description: Web server failed to start. Port 8080 was already in use.",
            ),
            (
                RU,
                "{spring_ts}  WARN {pid} --- [nio-8080-exec-{small}] o.h.engine.jdbc.spi.SqlExceptionHelper   : HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting={small})",
            ),
            (
                RU,
                "{spring_ts}  WARN {pid} --- [nio-8080-exec-{small}] o.s.b.a.system.DiskSpaceHealthIndicator  : Free disk space below threshold. Available: {n}0000 bytes (threshold: 10485760 bytes)",
            ),
            (
                SA,
                "{spring_ts}  WARN {pid} --- [nio-8080-exec-{small}] c.a.o.AuditListener                      : AUTHENTICATION_FAILURE principal={user} remote={ip} type=org.springframework.security.authentication.BadCredentialsException",
            ),
            (
                UA,
                "{spring_ts}  INFO {pid} --- [nio-8080-exec-{small}] c.a.o.AuditListener                      : AUTHENTICATION_SUCCESS principal={user} remote={ip}",
            ),
            (
                DW,
                "{spring_ts}  WARN {pid} --- [           main] org.hibernate.orm.deprecation            : HHH90000025: PostgreSQLDialect does not need to be specified explicitly using 'hibernate.dialect' (remove the property setting and it will be selected by default)",
            ),
            (
                DW,
                "{spring_ts}  WARN {pid} --- [           main] org.hibernate.orm.deprecation            : HHH90000026: MySQL8Dialect has been deprecated; use org.hibernate.dialect.MySQLDialect instead",
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
            (ERR, "{gunicorn_ts} [{pid}] [CRITICAL] WORKER TIMEOUT (pid:{pid})"),
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
                SN,
                "{vpn_user}/{ip}:{port} MULTI_sva: pool returned IPv4=10.8.0.{small}, IPv6=(Not enabled)",
            ),
            (UA, "{ip}:{port} [{vpn_user}] Peer Connection Initiated with [AF_INET]{ip}:{port}"),
            (SN, "Initialization Sequence Completed"),
            (
                SN,
                "{vpn_user}/{ip}:{port} SIGTERM[soft,remote-exit] received, client-instance exiting",
            ),
            (SN, "{vpn_user}/{ip}:{port} Data Channel: using negotiated cipher 'AES-256-GCM'"),
            (ERR, "{ip}:{port} TLS Error: TLS handshake failed"),
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
            (UA, "Started by user {unix_user}"),
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
            (SN, JENKINS + "INFO\tjenkins.InitReactorRunner$1#onAttained: Loaded all jobs"),
            (
                SN,
                JENKINS + "INFO\tjenkins.InitReactorRunner$1#onAttained: Completed initialization",
            ),
            (
                SN,
                JENKINS
                + "INFO\thudson.lifecycle.Lifecycle#onReady: Jenkins is fully up and running",
            ),
            (
                SN,
                JENKINS
                + "INFO\thudson.model.Run#execute: {jenkins_job} #{build} main build action completed: SUCCESS",
            ),
            (
                SN,
                JENKINS
                + "INFO\thudson.model.AsyncPeriodicWork#lambda$doRun$1: Finished Download metadata. {int_ms} ms",
            ),
            (
                SN,
                JENKINS
                + "INFO\thudson.slaves.NodeProvisioner#update: linux-agent provisioning successfully completed. We have now {small} computer(s)",
            ),
            (
                SN,
                JENKINS
                + "INFO\thudson.model.WorkspaceCleanupThread#execute: Deleting /home/jenkins/workspace/{jenkins_job}@tmp on agent-{small}",
            ),
            (SN, "Checking out Revision {sha} (refs/remotes/origin/main)"),
            (SN, "Running on agent-{small} in /home/jenkins/workspace/{jenkins_job}"),
            (SN, "Recording test results"),
            (
                UA,
                JENKINS
                + "INFO\thudson.model.Queue#maintain: {jenkins_job} #{build} scheduled, started by user {user}",
            ),
            (
                ERR,
                JENKINS
                + "INFO\thudson.model.Run#execute: {jenkins_job} #{build} main build action completed: FAILURE",
            ),
            (ERR, "ERROR: script returned exit code 2"),
            (ERR, "Build step 'Execute shell' marked build as failure"),
            (
                SA,
                JENKINS
                + "WARNING\thudson.security.AuthenticationProcessingFilter2#unsuccessfulAuthentication: Login attempt failed",
            ),
            (
                SA,
                JENKINS
                + "WARNING\thudson.security.csrf.CrumbFilter#doFilter: No valid crumb was included in request for /job/{jenkins_job}/build by {user}. Returning 403.",
            ),
            (
                RU,
                JENKINS
                + "WARNING\thudson.node_monitors.DiskSpaceMonitorDescriptor#markNodeOfflineOrOnline: Making agent-{small} offline temporarily due to the lack of disk space",
            ),
            (
                CE,
                JENKINS
                + "SEVERE\tjenkins.InitReactorRunner$1#onTaskFailed: Failed Loading global config java.io.IOException: Unable to read /var/jenkins_home/config.xml",
            ),
            (
                DW,
                JENKINS
                + "WARNING\tjenkins.monitor.JavaVersionRecommendationAdminMonitor#doRun: You are running Jenkins on Java 11, support for which will end on or after Sep 30, 2024",
            ),
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
            (
                SN,
                '{"eventVersion":"1.08","userIdentity":{"type":"AWSService","invokedBy":"ec2.amazonaws.com"},"eventTime":"{iso_ms}Z","eventSource":"sts.amazonaws.com","eventName":"AssumeRole","awsRegion":"{region}","sourceIPAddress":"ec2.amazonaws.com","userAgent":"ec2.amazonaws.com","requestID":"{uuid}","eventID":"{uuid}","readOnly":true,"eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"{aws_account}","eventCategory":"Management"}',
            ),
            (
                SN,
                '{"eventVersion":"1.08","userIdentity":{"type":"AWSService","invokedBy":"secretsmanager.amazonaws.com"},"eventTime":"{iso_ms}Z","eventSource":"kms.amazonaws.com","eventName":"Decrypt","awsRegion":"{region}","sourceIPAddress":"secretsmanager.amazonaws.com","readOnly":true,"resources":[{"accountId":"{aws_account}","type":"AWS::KMS::Key","ARN":"arn:aws:kms:{region}:{aws_account}:key/{uuid}"}],"eventType":"AwsApiCall","recipientAccountId":"{aws_account}"}',
            ),
            (
                SN,
                '{"eventVersion":"1.08","userIdentity":{"type":"AssumedRole","arn":"arn:aws:sts::{aws_account}:assumed-role/AWSServiceRoleForAutoScaling/AutoScaling","invokedBy":"autoscaling.amazonaws.com"},"eventTime":"{iso_ms}Z","eventSource":"ec2.amazonaws.com","eventName":"RunInstances","awsRegion":"{region}","sourceIPAddress":"autoscaling.amazonaws.com","responseElements":{"instancesSet":{"items":[{"instanceId":"{aws_instance}","instanceType":"m6i.large","currentState":{"code":0,"name":"pending"}}]}},"eventType":"AwsApiCall","recipientAccountId":"{aws_account}"}',
            ),
            (
                SN,
                '{"eventVersion":"1.08","userIdentity":{"type":"AssumedRole","arn":"arn:aws:sts::{aws_account}:assumed-role/orders-lambda-role/orders-handler"},"eventTime":"{iso_ms}Z","eventSource":"logs.amazonaws.com","eventName":"CreateLogStream","awsRegion":"{region}","requestParameters":{"logGroupName":"/aws/lambda/orders-handler","logStreamName":"2026/03/14/[$LATEST]{long_cid}"},"readOnly":false,"eventType":"AwsApiCall","recipientAccountId":"{aws_account}"}',
            ),
            (
                SN,
                '{"eventVersion":"1.08","userIdentity":{"type":"AWSService","invokedBy":"cloudtrail.amazonaws.com"},"eventTime":"{iso_ms}Z","eventSource":"s3.amazonaws.com","eventName":"GetBucketAcl","awsRegion":"{region}","sourceIPAddress":"cloudtrail.amazonaws.com","requestParameters":{"bucketName":"aws-cloudtrail-logs-{aws_account}","Host":"aws-cloudtrail-logs-{aws_account}.s3.amazonaws.com","acl":""},"readOnly":true,"eventType":"AwsApiCall","recipientAccountId":"{aws_account}"}',
            ),
            (
                SN,
                '{"eventVersion":"1.08","userIdentity":{"accountId":"{aws_account}","invokedBy":"kms.amazonaws.com"},"eventTime":"{iso_ms}Z","eventSource":"kms.amazonaws.com","eventName":"RotateKey","awsRegion":"{region}","sourceIPAddress":"kms.amazonaws.com","requestParameters":null,"responseElements":null,"eventType":"AwsServiceEvent","managementEvent":true,"recipientAccountId":"{aws_account}","serviceEventDetails":{"keyOrigin":"AWS_KMS"}}',
            ),
            (
                SN,
                '{"eventVersion":"1.08","userIdentity":{"type":"AssumedRole","arn":"arn:aws:sts::{aws_account}:assumed-role/grafana-cloudwatch/{aws_akid}"},"eventTime":"{iso_ms}Z","eventSource":"monitoring.amazonaws.com","eventName":"GetMetricData","awsRegion":"{region}","sourceIPAddress":"{ip}","userAgent":"aws-sdk-go/1.50.30 (go1.22.1; linux; amd64)","readOnly":true,"eventType":"AwsApiCall","recipientAccountId":"{aws_account}"}',
            ),
            (
                SN,
                '{"eventVersion":"1.08","userIdentity":{"type":"AssumedRole","arn":"arn:aws:sts::{aws_account}:assumed-role/backup-role/AWSBackup"},"eventTime":"{iso_ms}Z","eventSource":"ec2.amazonaws.com","eventName":"CreateSnapshot","awsRegion":"{region}","sourceIPAddress":"backup.amazonaws.com","responseElements":{"snapshotId":"snap-0{hex}","volumeId":"vol-0{cid}","status":"pending"},"eventType":"AwsApiCall","recipientAccountId":"{aws_account}"}',
            ),
            (
                UA,
                '{"eventVersion":"1.08","userIdentity":{"type":"IAMUser","arn":"arn:aws:iam::{aws_account}:user/{aws_user}","userName":"{aws_user}"},"eventTime":"{iso_ms}Z","eventSource":"iam.amazonaws.com","eventName":"AttachUserPolicy","awsRegion":"us-east-1","sourceIPAddress":"{ip}","requestParameters":{"userName":"{unix_user}","policyArn":"arn:aws:iam::aws:policy/ReadOnlyAccess"},"responseElements":null,"eventType":"AwsApiCall","recipientAccountId":"{aws_account}"}',
            ),
            (
                UA,
                '{"eventVersion":"1.08","userIdentity":{"type":"IAMUser","arn":"arn:aws:iam::{aws_account}:user/{aws_user}","userName":"{aws_user}"},"eventTime":"{iso_ms}Z","eventSource":"ec2.amazonaws.com","eventName":"StopInstances","awsRegion":"{region}","sourceIPAddress":"{ip}","userAgent":"AWS Internal","requestParameters":{"instancesSet":{"items":[{"instanceId":"{aws_instance}"}]},"force":false},"eventType":"AwsApiCall","recipientAccountId":"{aws_account}"}',
            ),
            (
                UA,
                '{"eventVersion":"1.08","userIdentity":{"type":"IAMUser","userName":"{aws_user}"},"eventTime":"{iso_ms}Z","eventSource":"signin.amazonaws.com","eventName":"SwitchRole","awsRegion":"us-east-1","sourceIPAddress":"{ip}","responseElements":{"SwitchRole":"Success"},"additionalEventData":{"SwitchFrom":"arn:aws:iam::{aws_account}:user/{aws_user}","RedirectTo":"https://console.aws.amazon.com/"},"eventType":"AwsConsoleSignIn","recipientAccountId":"{aws_account}"}',
            ),
            (
                SA,
                '{"eventVersion":"1.08","userIdentity":{"type":"IAMUser","userName":"{aws_user}","accessKeyId":"{aws_akid}"},"eventTime":"{iso_ms}Z","eventSource":"ec2.amazonaws.com","eventName":"RunInstances","awsRegion":"ap-east-1","sourceIPAddress":"{ip}","userAgent":"Boto3/1.34.51 Python/3.11.8","errorCode":"Client.UnauthorizedOperation","errorMessage":"You are not authorized to perform this operation.","eventType":"AwsApiCall","recipientAccountId":"{aws_account}"}',
            ),
            (
                SA,
                '{"eventVersion":"1.08","userIdentity":{"type":"IAMUser","arn":"arn:aws:iam::{aws_account}:user/{aws_user}","userName":"{aws_user}"},"eventTime":"{iso_ms}Z","eventSource":"cloudtrail.amazonaws.com","eventName":"StopLogging","awsRegion":"{region}","sourceIPAddress":"{ip}","requestParameters":{"name":"arn:aws:cloudtrail:{region}:{aws_account}:trail/org-trail"},"eventType":"AwsApiCall","recipientAccountId":"{aws_account}"}',
            ),
            (
                SA,
                '{"eventVersion":"1.08","userIdentity":{"type":"IAMUser","userName":"{aws_user}","accessKeyId":"{aws_akid}"},"eventTime":"{iso_ms}Z","eventSource":"iam.amazonaws.com","eventName":"ListUsers","awsRegion":"us-east-1","sourceIPAddress":"{ip}","userAgent":"aws-cli/2.15.30 Python/3.11.8 Linux/6.5.0 exe/x86_64.kali.2024","errorCode":"AccessDenied","errorMessage":"User: arn:aws:iam::{aws_account}:user/{aws_user} is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::{aws_account}:user/ because no identity-based policy allows the iam:ListUsers action","eventType":"AwsApiCall","recipientAccountId":"{aws_account}"}',
            ),
            (
                ERR,
                '{"eventVersion":"1.08","userIdentity":{"type":"AssumedRole","arn":"arn:aws:sts::{aws_account}:assumed-role/terraform/{aws_user}"},"eventTime":"{iso_ms}Z","eventSource":"ec2.amazonaws.com","eventName":"RunInstances","awsRegion":"{region}","errorCode":"Server.InsufficientInstanceCapacity","errorMessage":"We currently do not have sufficient m5.2xlarge capacity in the Availability Zone you requested ({region}b). Our system will be working on provisioning additional capacity.","eventType":"AwsApiCall","recipientAccountId":"{aws_account}"}',
            ),
            (
                ERR,
                '{"eventVersion":"1.08","userIdentity":{"type":"AssumedRole","arn":"arn:aws:sts::{aws_account}:assumed-role/ci-deployer/{build}"},"eventTime":"{iso_ms}Z","eventSource":"dynamodb.amazonaws.com","eventName":"CreateTable","awsRegion":"{region}","errorCode":"ResourceInUseException","errorMessage":"Table already exists: {table}","eventType":"AwsApiCall","recipientAccountId":"{aws_account}"}',
            ),
            (
                RU,
                '{"eventVersion":"1.08","userIdentity":{"type":"AssumedRole","arn":"arn:aws:sts::{aws_account}:assumed-role/terraform/{aws_user}"},"eventTime":"{iso_ms}Z","eventSource":"iam.amazonaws.com","eventName":"AttachRolePolicy","awsRegion":"us-east-1","errorCode":"LimitExceededException","errorMessage":"Cannot exceed quota for PoliciesPerRole: 10","eventType":"AwsApiCall","recipientAccountId":"{aws_account}"}',
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
            (
                SN,
                _sbl(
                    "ServerLog",
                    "ProcessCreate",
                    1,
                    "Created server process (OS pid = {pid} ) for Server Manager",
                ),
            ),
            (
                SN,
                _sbl(
                    "TaskEvents",
                    "TaskStart",
                    3,
                    "Task {sbl_task} started for component {sbl_comp} on server {sbl_server}",
                ),
            ),
            (
                SN,
                _sbl(
                    "ObjMgrSqlLog",
                    "FetchRow",
                    4,
                    "SQL Statement Fetch Time for SQL Cursor with ID {hex8}: 0.{small}{small} seconds",
                ),
            ),
            (
                SN,
                _sbl(
                    "EngInv",
                    "EngInv",
                    3,
                    "Workflow engine requested to perform method 'ResumeInstance'.",
                ),
            ),
            (SN, _sbl("StpExec", "Create", 4, "Instantiating step definition '{sbl_step}'.")),
            (
                SN,
                _sbl(
                    "EIMLog",
                    "EIMInfo",
                    3,
                    "Process [IMPORT CONTACTS] batch {n}: base table S_CONTACT updated, {n} rows inserted, {n} rows updated",
                ),
            ),
            (
                SN,
                _sbl(
                    "CommOutbound",
                    "CommInfo",
                    3,
                    "Communications Outbound Manager: request {n} queued for profile 'Default SMTP'",
                ),
            ),
            (
                UA,
                _sbl(
                    "ObjMgrSessionInfo",
                    "ObjMgrAuditTrail",
                    3,
                    "User {sbl_user} changed field 'Sales Stage' of Opportunity {sbl_row} from '03 - Proposal' to '05 - Closed Won'",
                ),
            ),
            (
                UA,
                _sbl(
                    "ObjMgrSessionInfo",
                    "ObjMgrExport",
                    3,
                    "User {sbl_user} exported {n} records from view 'All Contacts across Organizations' to CSV",
                ),
            ),
            (
                SA,
                _sbl(
                    "ObjMgrSessionInfo",
                    "ObjMgrAccess",
                    2,
                    "User {sbl_user} requested view 'Administration - Responsibilities' without the required responsibility; access denied",
                ),
            ),
            (
                SA,
                _sbl(
                    "GenericLog",
                    "GenericWarning",
                    2,
                    "LDAP security adapter: account {sbl_user} disabled after {small} consecutive failed logins from {ip}",
                ),
            ),
            (
                ERR,
                _sbl(
                    "GenericLog",
                    "GenericError",
                    1,
                    "SBL-EAI-04308: Operation 'Execute' of Web Service 'http://siebel.com/asi/:ERPAccountService' at port 'ERPAccount' failed with the following explanation: Connection timed out",
                ),
            ),
            (
                CE,
                _sbl(
                    "GenericLog",
                    "GenericError",
                    1,
                    "SBL-NET-01218: The connection was refused by server sblgw01. No component is listening on port 2320; Siebel Gateway Name Server unreachable, enterprise configuration unavailable",
                ),
            ),
            (
                WE,
                _sbl(
                    "GenericLog",
                    "GenericError",
                    1,
                    "SBL-BPR-00131: Error invoking service 'SWI ISS Price Calculator', method 'Calculate' at step 'Reprice Order': price list is not valid for order {sbl_row}",
                ),
            ),
            (
                WE,
                _sbl(
                    "PrcExec",
                    "End",
                    4,
                    "Stopping process instance of 'SWI Order Submit' with a 'Error' status; order {sbl_row} not sent to fulfillment",
                ),
            ),
            (
                WE,
                _sbl(
                    "GenericLog",
                    "GenericError",
                    1,
                    "Workflow 'ISS Approval (Quote)' timed out waiting at step 'Wait for Manager' for Quote {sbl_row}; instance marked Expired and quote returned to draft",
                ),
            ),
            (
                WE,
                _sbl(
                    "EAISiebAdpt",
                    "EAISiebAdptErr",
                    1,
                    "Account Sync - ERP: account {sbl_row} skipped, mandatory field 'Tax Id' is empty in the ERP response",
                ),
            ),
            (
                WE,
                _sbl(
                    "Assignment",
                    "AsgnObjInfo",
                    2,
                    "Opportunity {sbl_row} not assigned: territory 'EMEA-North' has no active positions",
                ),
            ),
            (
                RU,
                _sbl(
                    "GenericLog",
                    "GenericWarning",
                    2,
                    "{sbl_comp} process {pid} heap usage {n}0 MB exceeds 80% of the 4 GB process address space",
                ),
            ),
            (
                DW,
                _sbl(
                    "GenericLog",
                    "GenericWarning",
                    2,
                    "Application parameter HighInteractivity=TRUE is deprecated and ignored; application runs in Open UI mode",
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
            (SN, SM21 + "DP  000 000 SAPSYS Q01 Start SAP System, Dispatcher Pid {pid}"),
            (SN, "BR0055I Start of database backup: {sap_br_file}.anf {sap_br_ts}"),
            (SN, "BR0280I BRARCHIVE time stamp: {sap_br_ts}"),
            (
                SN,
                SM37
                + "Step 002 started (program RSBDCSUB, variant Z_BATCHIN, user ID BATCHADM) 00 550 S",
            ),
            (SN, SM37 + "Session Z_VENDOR_UPD processed: {n} transactions, 0 errors 00 368 S"),
            (
                SN,
                SM37 + "IDoc {n}{n} processed: status 53 (application document posted) E0 026 S",
            ),
            (
                SN,
                SM37
                + "Job SAP_COLLECTOR_FOR_PERFMONITOR released by BATCHADM, periodic every 1 hour 00 671 S",
            ),
            (UA, SM21 + "DIA {wp_no} {sap_client} {sap_user} AU3 Transaction VA01 Started"),
            (UA, SM21 + "DIA {wp_no} {sap_client} {sap_user} AUC User Logoff"),
            (
                SA,
                SM21
                + "DIA {wp_no} {sap_client} {sap_user} AU4 Start of transaction SE16N failed (Reason=missing authorization S_TCODE)",
            ),
            (
                SA,
                SM21
                + "RFC {wp_no} {sap_client} {sap_user} AU6 RFC/CPIC logon failed, reason=1, type=B, terminal {sap_term}",
            ),
            (ERR, SM21 + "DIA {wp_no} {sap_client} {sap_user} R68 Perform rollback"),
            (
                ERR,
                SM37
                + "Error in step 001: program {sap_prog} terminated with exception CX_SY_OPEN_SQL_DB 00 567 E",
            ),
            (
                CE,
                "B  *** ERROR => ORA-00257: Archiver error. Connect AS SYSDBA only until resolved. [dbsloci.c 12455]",
            ),
            (
                RU,
                SM21
                + "BTC {wp_no} 000 SAPSYS BYK Table buffer TABL full: {n}00 KB used of {n}00 KB, displacements started",
            ),
            (
                WE,
                SM37
                + "Delivery 80{n}{n}: billing document not created, mandatory condition PR00 missing in item 000010 VF 052 E",
            ),
            (
                WE,
                SM37
                + "Payment run F110 {sap_date}: vendor 1{n}{n} not paid, no valid payment method in company code 1000 F0 230 E",
            ),
            (
                WE,
                SM37
                + "IDoc {n}{n} status 51: application document not posted, purchase order 45{n}{n} is locked by user {sap_user} E0 051 E",
            ),
            (
                WE,
                SM37
                + "Purchase requisition 10{n}{n}: release refused, no release strategy determined ME 105 E",
            ),
            (
                DW,
                SM21
                + "DIA {wp_no} {sap_client} {sap_user} BZY Obsolete function module WS_DOWNLOAD called in program Z_VENDOR_EXPORT; use CL_GUI_FRONTEND_SERVICES=>GUI_DOWNLOAD",
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
            (
                SN,
                "PSPRCSRV.{pid} (0) [{ps_ts}](1) Process Instance: {ps_inst} Process Name: {ps_prcs} Run Status: Processing (7)",
            ),
            (
                SN,
                "PSPRCSRV.{pid} (0) [{ps_ts}](1) Process Instance: {ps_inst} Process Name: {ps_prcs} Distribution Status: Posted (5)",
            ),
            (SN, "PSQCKSRV.{pid} (0) [{ps_ts}](1) Server started"),
            (
                SN,
                "PSSUBDSP_dflt.{pid} (0) [{ps_ts}](1) Queue {ps_queue}: {n} subscription contracts processed",
            ),
            (
                SN,
                "PSAESRV.{pid} ({n}) [{ps_ts}](1) Application Engine program {ps_ae} committed checkpoint at Step {ps_ae_step}",
            ),
            (
                SN,
                "{tux_ts}.{ps_host}!tmshutdown.{pid}.1.-2: CMDTUX_CAT:1201: INFO: Shutting down server processes ...",
            ),
            (
                SN,
                '####<{wls_ts}> <Notice> <WebLogicServer> <{ps_host}> <PIA> <main> <<WLS Kernel>> <> <> <{epoch_ms}> <BEA-000330> <Started the WebLogic Server Administration Server "PIA" for domain "peoplesoft" running in production mode.>',
            ),
            (
                UA,
                "PSAPPSRV.{pid} ({n}) [{ps_ts} {ps_oprid}@{ip} ({ps_browser}) ICPanel](2) Component {ps_comp}.GBL saved for EMPLID {ps_emplid}",
            ),
            (
                UA,
                "PSAPPSRV.{pid} ({n}) [{ps_ts} {ps_oprid}@{ip} ({ps_browser}) ICQuery](2) Query QRY_HEADCOUNT run to Excel by {ps_oprid}, {n} rows returned",
            ),
            (
                SA,
                "PSAPPSRV.{pid} ({n}) [{ps_ts} {ps_oprid}@{ip} ({ps_browser}) GetCertificate](1) Signon attempt for disabled account {ps_oprid} rejected",
            ),
            (
                SA,
                "####<{wls_ts}> <Notice> <Security> <{ps_host}> <PIA> <[ACTIVE] ExecuteThread: '{small}' for queue: 'weblogic.kernel.Default (self-tuning)'> <<WLS Kernel>> <> <> <{epoch_ms}> <BEA-090078> <User {ps_oprid} in security realm myrealm has had 5 invalid login attempts, locking account for 30 minutes.>",
            ),
            (
                ERR,
                "PSAPPSRV.{pid} ({n}) [{ps_ts} {ps_oprid}@{ip} ({ps_browser}) ICPanel](1) PeopleCode Error: First operand of . is NULL, so cannot access member Value. (180,236) HR_JOB_DATA.GBL.JOB.SavePostChange PCPC:{n} Statement:{small}",
            ),
            (
                ERR,
                "PSPRCSRV.{pid} (0) [{ps_ts}](1) Process Instance: {ps_inst} Process Name: {ps_prcs} Run Status: No Success (10)",
            ),
            (
                CE,
                "PSPRCSRV.{pid} (0) [{ps_ts}](0) Server: PSUNX lost its connection to database HRPRD and is shutting down",
            ),
            (
                RU,
                "PSAPPSRV.{pid} ({n}) [{ps_ts}](2) JVM heap for PSAPPSRV is {n}0 MB used of 2048 MB after garbage collection",
            ),
            (
                WE,
                "PSAESRV.{pid} ({n}) [{ps_ts}](1) GP_PMT_PREP: payee {ps_emplid} excluded from payment preparation, net pay is negative for calendar KU_MON_2026M0{small}",
            ),
            (
                WE,
                "PSAESRV.{pid} ({n}) [{ps_ts}](1) TL_TIMEADMIN: reported time for EMPLID {ps_emplid} failed validation TLX00250 (exceeds scheduled hours); payable time not created",
            ),
            (
                WE,
                "PSBRKHND_dflt.{pid} (0) [{ps_ts}](1) WORKFORCE_SYNC message {uuid} for EMPLID {ps_emplid} failed: effective-dated row conflicts with a future-dated Job row; status set to Error",
            ),
            (
                WE,
                "PSAESRV.{pid} ({n}) [{ps_ts}](1) BEN_ELIG_UPD: benefit event for EMPLID {ps_emplid} left in status Error, no eligible benefit program found",
            ),
            (
                DW,
                "PSAPPSRV.{pid} (0) [{ps_ts}](1) Warning: Verity search indexes are deprecated; rebuild index {ps_idx} with the PeopleSoft Search Framework",
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
