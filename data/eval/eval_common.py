"""Tiny deterministic value helpers for the independent eval set.

Templates are either callables f(rng) -> str or strings with placeholders:
  {name}      a field from FIELDS (trailing digits ignored: {ip2} -> ip);
              the same placeholder repeated in one line gets the same value
  {r:LO-HI}   a random integer in [LO, HI]
  {a|b|c}     one of the alternatives
"""
import datetime as _dt
import re
import uuid as _uuid

BASE = _dt.datetime(2025, 11, 3, 0, 0, 0)
MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
DOW = "Mon Tue Wed Thu Fri Sat Sun".split()
HOSTS = ["web-01", "web-02", "app-prod-03", "db-primary", "db-replica-2", "ip-10-0-3-17",
         "k8s-node-4", "worker-07", "edge-lb-1", "build-agent-2", "hadoop-dn-12", "cache-01"]
USERS = ["alice", "bob", "jdoe", "mkowalski", "priya.n", "deploy", "svc-backup", "tchen",
         "ops", "lgarcia", "ansible", "hkim"]
BAD_USERS = ["admin", "test", "oracle", "ubuntu", "guest", "postgres", "support", "pi", "ftpuser", "user1"]
PATHS = ["/api/v1/orders", "/api/v2/users/{r:100-9999}", "/login", "/static/js/app.{hex8}.js",
         "/health", "/api/v1/cart/items", "/search?q=shoes", "/index.html", "/api/v1/invoices/{r:1000-99999}",
         "/favicon.ico", "/graphql", "/api/v1/session", "/images/logo.png", "/metrics"]
NS = ["default", "payments", "checkout", "kube-system", "monitoring", "ingress-nginx", "search"]
APPS = ["checkout-api", "payments-worker", "cart-svc", "search-indexer", "auth-gateway", "web-frontend", "redis-cache"]
AGENTS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36",
          "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15",
          "curl/8.4.0", "python-requests/2.31.0", "kube-probe/1.28", "okhttp/4.11.0", "Go-http-client/1.1",
          "Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0"]


_LINE_DT = [None]  # set by render(): every timestamp in one line shows the same instant


def dt(rng):
    if _LINE_DT[0] is not None:
        return _LINE_DT[0]
    return BASE + _dt.timedelta(seconds=rng.randint(0, 86400 * 40), microseconds=rng.randint(0, 999999))


def pod_name(r, app):
    return (app + "-" + "".join(r.choice("bcdf56789") for _ in range(r.choice([9, 10])))
            + "-" + "".join(r.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5)))


FIELDS = {
    "ts_syslog": lambda r: (lambda d: f"{MON[d.month-1]} {d.day:>2} {d:%H:%M:%S}")(dt(r)),
    "ts_iso": lambda r: dt(r).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z",
    "ts_iso6": lambda r: dt(r).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
    "ts_isoz": lambda r: dt(r).strftime("%Y-%m-%dT%H:%M:%SZ"),
    "ts_iso_off": lambda r: dt(r).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "+00:00",
    "ts_isocomma": lambda r: dt(r).strftime("%Y-%m-%dT%H:%M:%S,%f")[:-3],
    "ts_spark": lambda r: dt(r).strftime("%y/%m/%d %H:%M:%S"),
    "ts_de": lambda r: dt(r).strftime("%d.%m.%Y %H:%M:%S"),
    "ts_isol": lambda r: dt(r).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3],
    "ts_redis": lambda r: (lambda d: f"{d.day} {MON[d.month-1]} {d.year} {d:%H:%M:%S}.{d.microsecond // 1000:03d}")(dt(r)),
    "ts_comma": lambda r: dt(r).strftime("%Y-%m-%d %H:%M:%S,%f")[:-3],
    "ts_ms": lambda r: dt(r).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3],
    "ts_sec": lambda r: dt(r).strftime("%Y-%m-%d %H:%M:%S"),
    "ts_slash": lambda r: dt(r).strftime("%Y/%m/%d %H:%M:%S"),
    "ts_apache": lambda r: (lambda d: f"{d:%d}/{MON[d.month-1]}/{d:%Y:%H:%M:%S} +0000")(dt(r)),
    "ts_apache_err": lambda r: (lambda d: f"{DOW[d.weekday()]} {MON[d.month-1]} {d.day:02d} {d:%H:%M:%S.%f} {d.year}")(dt(r)),
    "ts_klog": lambda r: dt(r).strftime("%m%d %H:%M:%S.%f"),
    "ts_logcat": lambda r: dt(r).strftime("%m-%d %H:%M:%S.%f")[:-3],
    "ts_win": lambda r: dt(r).strftime("%m/%d/%Y %I:%M:%S %p"),
    "ts_epoch": lambda r: str(int(dt(r).timestamp())),
    "ts_epochms": lambda r: f"{dt(r).timestamp():.3f}",
    "ts_kern": lambda r: f"{r.randint(1, 2000000)}.{r.randint(0, 999999):06d}",
    "host": lambda r: r.choice(HOSTS),
    "pid": lambda r: str(r.randint(300, 65000)),
    "apid": lambda r: f"{r.randint(300, 32000):5d}",
    "tid": lambda r: str(r.randint(300, 65000)),
    "ip": lambda r: f"{r.choice([45, 61, 77, 89, 103, 112, 141, 185, 193, 203, 218])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
    "lip": lambda r: f"10.{r.randint(0, 3)}.{r.randint(0, 31)}.{r.randint(2, 254)}",
    "port": lambda r: str(r.randint(32768, 60999)),
    "uuid": lambda r: str(_uuid.UUID(int=r.getrandbits(128), version=4)),
    "hex8": lambda r: f"{r.getrandbits(32):08x}",
    "hex12": lambda r: f"{r.getrandbits(48):012x}",
    "hex16": lambda r: f"{r.getrandbits(64):016x}",
    "hex40": lambda r: f"{r.getrandbits(160):040x}",
    "blk": lambda r: f"blk_{r.randint(1073741825, 1073999999)}_{r.randint(1001, 999999)}",
    "pod": lambda r: pod_name(r, r.choice(APPS)),
    "ns": lambda r: r.choice(NS),
    "knode": lambda r: r.choice(["k8s-node-2", "k8s-node-4", "worker-07"]),
    "zkid": lambda r: str(r.randint(1, 3)),
    "awssvc": lambda r: r.choice(["ec2", "lambda", "ecs-tasks"]),
    "app": lambda r: r.choice(APPS),
    "path": lambda r: render(r.choice(PATHS), r),
    "user": lambda r: r.choice(USERS),
    "authuser": lambda r: r.choice(USERS) if r.random() < 0.15 else "-",
    "baduser": lambda r: r.choice(BAD_USERS),
    "agent": lambda r: r.choice(AGENTS),
    "ms": lambda r: str(r.randint(1, 2500)),
    "sec": lambda r: f"{r.uniform(0.001, 9.5):.3f}",
    "bytes": lambda r: str(r.randint(120, 2_500_000)),
    "mb": lambda r: str(r.randint(16, 16384)),
    "pct": lambda r: str(r.randint(80, 99)),
    "ver": lambda r: f"{r.randint(1, 5)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
    "email": lambda r: f"{r.choice(USERS).replace('.', '')}@example.com",
    "acct": lambda r: str(r.randint(100000000000, 999999999999)),
    "dev": lambda r: r.choice(["sda", "sdb", "nvme0n1", "nvme1n1", "vda", "xvdf"]),
}

_TOK = re.compile(r"\{(r:(\d+)-(\d+)|[a-z_0-9]+|[^{}\"]*\|[^{}\"]*)\}")


def _sub(m, rng, cache):
    body = m.group(1)
    if m.group(2) is not None:
        return str(rng.randint(int(m.group(2)), int(m.group(3))))
    if "|" in body:
        return rng.choice(body.split("|"))
    name = body
    while name not in FIELDS and name[-1:].isdigit():  # {hex162} -> hex16, {ip2} -> ip
        name = name[:-1]
    if name in FIELDS:
        if body not in cache:  # same placeholder twice in one line -> same value
            if name == "pod":  # a pod belongs to the line's {app}
                cache.setdefault("app", FIELDS["app"](rng))
                cache[body] = pod_name(rng, cache["app"])
            else:
                cache[body] = FIELDS[name](rng)
        return cache[body]
    return m.group(0)


def render(tpl, rng):
    outer = _LINE_DT[0] is None
    if outer:
        _LINE_DT[0] = dt(rng)
    try:
        if callable(tpl):
            return tpl(rng)
        cache = {}
        for _ in range(3):  # innermost placeholders first, so {a|{r:1-9}} works
            new = _TOK.sub(lambda m: _sub(m, rng, cache), tpl)
            if new == tpl:
                break
            tpl = new
        return tpl
    finally:
        if outer:
            _LINE_DT[0] = None

SN, ERR, CRIT, SEC = "System Notification", "Error", "Critical Error", "Security Alert"
HTTP, RES, UA = "HTTP Status", "Resource Usage", "User Action"
WF, DEP = "Workflow Error", "Deprecation Warning"
LABELS = [SN, ERR, CRIT, SEC, HTTP, RES, UA, WF, DEP]


def builder(system, source, prefix=""):
    """Return (list, add) where add(tid, label, weight, tpl) appends a template tuple."""
    out = []

    def add(tid, label, weight, tpl):
        if callable(tpl):
            fn = tpl
            tpl = (lambda r: render(prefix, r) + fn(r)) if prefix else fn
        else:
            tpl = prefix + tpl
        out.append((system, source, tid, label, weight, tpl))
    return out, add
