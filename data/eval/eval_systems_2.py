"""Web tier: Apache access/error, nginx access/error, HAProxy, Envoy."""
from eval_common import SN, ERR, CRIT, SEC, HTTP, RES, DEP, builder

REQ = '"{GET|GET|GET|POST|PUT|DELETE} {path} HTTP/{1.1|1.1|2.0}"'
COMB = '{ip} - {authuser} [{ts_apache}] '

apa, a = builder("Apache access", "/var/log/apache2/access.log", COMB)
a("apa_200", HTTP, 6, '"GET {path} HTTP/1.1" 200 {bytes} "-" "{agent}"')
a("apa_304", HTTP, 2, '"GET /static/css/main.{hex8}.css HTTP/1.1" 304 - "https://www.example.com/" "{agent}"')
a("apa_404", HTTP, 3, '"GET /{robots.txt|apple-touch-icon.png|old/page.html|docs/v1/} HTTP/1.1" 404 {r:196-512} "-" "{agent}"')
a("apa_301", HTTP, 1, '"GET /{blog|shop|about} HTTP/1.1" 301 {r:230-250} "-" "{agent}"')
a("apa_post", HTTP, 3, '"POST {/api/v1/orders|/api/v1/session|/contact|/upload} HTTP/1.1" {201|200|302} {r:20-4000} "https://www.example.com/" "{agent}"')
a("apa_500", HTTP, 2, REQ + ' {500|502|503} {r:300-700} "-" "{agent}"')
a("apa_401", HTTP, 1, '"GET /admin/ HTTP/1.1" 401 {r:380-480} "-" "{agent}"')

APERR = "[{ts_apache_err}] "
PT = "[pid {pid}:tid {r:139000000000000-140999999999999}] "
ape, a = builder("Apache error", "/var/log/apache2/error.log", APERR)
a("ape_resuming", SN, 3, "[mpm_event:notice] " + PT + "AH00489: Apache/2.4.{r:52-62} (Ubuntu) {OpenSSL/3.0.2 |}configured -- resuming normal operations")
a("ape_cmdline", SN, 2, "[core:notice] " + PT + "AH00094: Command line: '/usr/sbin/apache2'")
a("ape_sigwinch", SN, 1, "[mpm_event:notice] " + PT + "AH00492: caught SIGWINCH, shutting down gracefully")
a("ape_sigusr1", SN, 2, "[mpm_event:notice] " + PT + "AH00493: SIGUSR1 received.  Doing graceful restart")
a("ape_proxy_refused", ERR, 3, "[proxy:error] " + PT + "(111)Connection refused: AH00957: http: attempt to connect to 127.0.0.1:8080 (127.0.0.1:8080) failed")
a("ape_php_fatal", ERR, 2, "[php:error] " + PT + "[client {ip}:{port}] PHP Fatal error:  Uncaught Error: Call to undefined function {mysql_connect|imagecreatefromwebp|mb_strlen}() in /var/www/html/{inc/db.php|lib/image.php|index.php}:{r:10-400}")
a("ape_dirindex", ERR, 1, "[autoindex:error] " + PT + "[client {ip}:{port}] AH01276: Cannot serve directory /var/www/html/{uploads|assets}/: No matching DirectoryIndex (index.html,index.php) found, and server-generated directory index forbidden by Options directive")
a("ape_maxworkers", RES, 2, "[mpm_event:error] " + PT + "AH00484: server reached MaxRequestWorkers setting, consider raising the MaxRequestWorkers setting")
a("ape_scoreboard", RES, 1, "[mpm_event:error] " + PT + "AH03490: scoreboard is full, not at MaxRequestWorkers.Increase ServerLimit.")
a("ape_modsec", SEC, 3, '[security2:error] ' + PT + '[client {ip}:{port}] [client {ip}] ModSecurity: Access denied with code 403 (phase 2). Matched Data: {union select|<script>|../../etc/passwd} found within ARGS:{id|q|file}. [file "/usr/share/modsecurity-crs/rules/REQUEST-{942-APPLICATION-ATTACK-SQLI|941-APPLICATION-ATTACK-XSS|930-APPLICATION-ATTACK-LFI}.conf"] [line "{r:40-900}"] [id "{942100|941100|930100}"] [hostname "www.example.com"] [uri "/index.php"] [unique_id "Z{hex16}AAAA"]')
a("ape_authfail", SEC, 2, '[auth_basic:error] ' + PT + '[client {ip}:{port}] AH01617: user {baduser}: authentication failure for "/admin": Password Mismatch')
a("ape_chainfile", DEP, 2, "[ssl:warn] " + PT + "AH02559: The SSLCertificateChainFile directive (/etc/apache2/sites-enabled/{default-ssl|shop|api}.conf:{r:20-60}) is deprecated, SSLCertificateFile should be used instead")
a("ape_mutex", CRIT, 1, "[core:emerg] " + PT + "(28)No space left on device: AH00023: Couldn't create the proxy mutex")
a("ape_segv_parent", CRIT, 1, "[core:alert] " + PT + "AH00060: seg fault or similar nasty error detected in the parent process")

ngx, a = builder("nginx access", "/var/log/nginx/access.log", COMB)
a("ngx_200", HTTP, 6, REQ + ' 200 {bytes} "{-|https://www.example.com/}" "{agent}"')
a("ngx_204", HTTP, 1, '"OPTIONS {path} HTTP/1.1" 204 0 "https://app.example.com/" "{agent}"')
a("ngx_302", HTTP, 1, '"GET /{login|account|checkout} HTTP/1.1" 302 {r:138-160} "-" "{agent}"')
a("ngx_404", HTTP, 2, '"GET /{wp-json/|.well-known/security.txt|sitemap.xml|api/v0/items} HTTP/1.1" 404 {r:150-560} "-" "{agent}"')
a("ngx_499", HTTP, 1, REQ + ' 499 0 "-" "{agent}"')
a("ngx_5xx", HTTP, 2, REQ + ' {502|504} {r:150-560} "-" "{agent}"')
a("ngx_429", HTTP, 1, '"POST /api/v1/{search|session} HTTP/1.1" 429 {r:60-200} "-" "{agent}"')

NE = "{ts_slash} "
W = "{pid}#{pid}: "
CL = ', client: {ip}, server: {www.example.com|api.example.com}, request: "{GET|POST} {path} HTTP/1.1", upstream: "http://{lip}:{8080|8000|3000}{path}", host: "{api.example.com|www.example.com}"'
nge, a = builder("nginx error", "/var/log/nginx/error.log", NE)
a("nge_signal", SN, 2, "[notice] " + W + "signal process started")
a("nge_epoll", SN, 2, '[notice] 1#1: using the "epoll" event method')
a("nge_workers", SN, 2, "[notice] 1#1: start worker process {r:20-90}")
a("nge_version", SN, 1, "[notice] 1#1: nginx/1.{24|25|26}.{r:0-4}")
a("nge_buffered", SN, 2, "[warn] " + W + "*{r:1000-9999999} an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/{r:1-9}/{r:10-99}/00000{r:10000-99999} while reading upstream" + CL)
a("nge_refused", ERR, 3, "[error] " + W + "*{r:1000-9999999} connect() failed (111: Connection refused) while connecting to upstream" + CL)
a("nge_timeout", ERR, 3, "[error] " + W + "*{r:1000-9999999} upstream timed out (110: Connection timed out) while reading response header from upstream" + CL)
a("nge_prematurely", ERR, 1, "[error] " + W + "*{r:1000-9999999} upstream prematurely closed connection while reading response header from upstream" + CL)
a("nge_forbidden", SEC, 2, '[error] ' + W + '*{r:1000-9999999} access forbidden by rule, client: {ip}, server: www.example.com, request: "GET /{.env|.git/config|wp-config.php.bak|phpmyadmin/} HTTP/1.1", host: "{lip}"')
a("nge_wconn", RES, 2, "[alert] " + W + "{512|768|1024} worker_connections are not enough")
a("nge_nofile", RES, 1, "[crit] " + W + "*{r:1000-9999999} open() \"/usr/share/nginx/html/index.html\" failed (24: Too many open files)")
a("nge_bind", CRIT, 1, "[emerg] 1#1: bind() to 0.0.0.0:{80|443} failed (98: Address already in use)")
a("nge_http2_dep", DEP, 2, '[warn] 1#1: the "listen ... http2" directive is deprecated, use the "http2" directive instead in /etc/nginx/{conf.d/default.conf|sites-enabled/api}:{r:2-30}')
a("nge_ssl_dep", DEP, 1, '[warn] 1#1: the "ssl" directive is deprecated, use the "listen ... ssl" directive instead in /etc/nginx/conf.d/{shop|legacy}.conf:{r:2-30}')

HP = "{ts_syslog} edge-lb-{r:1-2} haproxy[{pid}]: "
hap, a = builder("HAProxy", "/var/log/haproxy.log", HP)
a("hap_http", HTTP, 6, '{ip}:{port} [{ts_apache}] fe_https~ be_{app}/{app}-{r:1-4} 0/0/{r:0-3}/{r:2-900}/{r:3-950} {200|200|200|201|304|404|503} {bytes} - - ---- {r:1-300}/{r:1-300}/{r:0-40}/{r:0-20}/0 0/0 ' + REQ)
a("hap_tcp", SN, 2, '{lip}:{port} [{ts_apache}] fe_postgres be_postgres/pg-{r:1-2} 1/0/{r:100-90000} {r:200-900000} -- {r:1-40}/{r:1-40}/{r:1-20}/{r:1-20}/0 0/0')
a("hap_up", SN, 3, "Server be_{app}/{app}-{r:1-4} is UP, reason: Layer7 check passed, code: 200, check duration: {r:1-30}ms. {r:2-4} active and 0 backup servers online. 0 sessions requeued, 0 total in queue.")
a("hap_started", SN, 2, "Proxy {fe_https|fe_http|be_api|stats} started.")
a("hap_stopping", SN, 1, "Stopping {frontend fe_http|backend be_api|frontend stats} in 0 ms.")
a("hap_down", ERR, 3, 'Server be_{app}/{app}-{r:1-4} is DOWN, reason: Layer4 connection problem, info: "Connection refused", check duration: 0ms. {r:1-3} active and 0 backup servers left. 0 sessions active, 0 requeued, 0 remaining in queue.')
a("hap_noserver", CRIT, 2, "backend be_{app} has no server available!")
a("hap_fd", RES, 1, "Proxy fe_https reached process FD limit (maxsock={r:4000-8192}). Please check 'ulimit-n' and restart.")
a("hap_nbproc", DEP, 2, "[WARNING]  ({pid}) : parsing [/etc/haproxy/haproxy.cfg:{r:5-40}] : 'nbproc' is deprecated since HAProxy 2.3 and will be removed in 2.5, please use 'nbthread' instead.")

env, a = builder("Envoy", "envoy stdout", "")
a("env_access", HTTP, 6, '[{ts_iso}] ' + REQ + ' {200|200|201|404|503|504} - 0 {bytes} {r:1-900} {r:1-880} "{lip}" "{agent}" "{uuid}" "{app}.{ns}.svc.cluster.local:8080" "{lip2}:8080"')
a("env_dispatch", SN, 2, "[{ts_ms}][1][info][main] [source/server/server.cc:{r:900-960}] starting main dispatch loop")
a("env_cm_init", SN, 2, "[{ts_ms}][1][info][upstream] [source/common/upstream/cluster_manager_impl.cc:{r:200-260}] cm init: all clusters initialized")
a("env_cds", SN, 3, "[{ts_ms}][1][info][upstream] [source/common/upstream/cds_api_helper.cc:{r:30-40}] cds: add {r:1-60} cluster(s), remove {r:0-5} cluster(s)")
a("env_lds", SN, 2, "[{ts_ms}][1][info][upstream] [source/extensions/listener_managers/listener_manager/lds_api.cc:{r:70-110}] lds: add/update listener '{0.0.0.0_8080|0.0.0.0_15001|virtualInbound}'")
a("env_rejected", ERR, 2, "[{ts_ms}][1][warning][config] [source/extensions/config_subscription/grpc/grpc_subscription_impl.cc:{r:120-140}] gRPC config for type.googleapis.com/envoy.config.cluster.v3.Cluster rejected: Error adding/updating cluster(s) outbound|8080||{app}.{ns}.svc.cluster.local: unknown cluster type")
a("env_stream_closed", SN, 1, "[{ts_ms}][1][warning][config] [./source/extensions/config_subscription/grpc/grpc_stream.h:{r:150-200}] StreamAggregatedResources gRPC config stream to xds-grpc closed since {r:1000-2000}s ago: 13, ")
a("env_deprecated", DEP, 3, "[{ts_ms}][1][warning][misc] [source/common/protobuf/message_validator_impl.cc:21] Deprecated field: type envoy.{config.route.v3.RouteAction|type.matcher.v3.StringMatcher|config.cluster.v3.Cluster} Using deprecated option '{envoy.config.route.v3.RouteAction.max_grpc_timeout|envoy.type.matcher.v3.StringMatcher.hidden_envoy_deprecated_regex|envoy.config.cluster.v3.Cluster.http2_protocol_options}' from file {route_components.proto|string.proto|cluster.proto}. This configuration will be removed from Envoy soon. Please see https://www.envoyproxy.io/docs/envoy/latest/version_history/version_history for details.")

TEMPLATES = apa + ape + ngx + nge + hap + env
