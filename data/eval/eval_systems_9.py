"""Edge/CI/cloud: OpenVPN, Jenkins, GitLab Runner, AWS CloudTrail."""
from eval_common import SN, ERR, CRIT, SEC, RES, UA, DEP, builder

ov, a = builder("OpenVPN", "/var/log/openvpn/server.log", "{ts_sec} ")
CL = "{user}/{ip}:{port} "
a("ov_pool", SN, 3, CL + "MULTI_sva: pool returned IPv4=10.8.0.{r:2-250}, IPv6=(Not enabled)")
a("ov_sigterm", SN, 3, CL + "SIGTERM[soft,remote-exit] received, client-instance exiting")
a("ov_init", SN, 1, "Initialization Sequence Completed")
a("ov_tlsinit", SN, 3, "{ip}:{port} TLS: Initial packet from [AF_INET]{ip}:{port}, sid={hex8} {hex82}")
a("ov_cipher", SN, 3, CL + "Data Channel: using negotiated cipher 'AES-256-GCM'")
a("ov_peer", UA, 3, "{ip}:{port} [{user}] Peer Connection Initiated with [AF_INET]{ip}:{port}")
a("ov_handshake", ERR, 2, "{ip}:{port} TLS Error: TLS handshake failed")
a("ov_authfail", SEC, 3, "{ip}:{port} TLS Auth Error: Auth Username/Password verification failed for peer")
a("ov_pamfail", SEC, 2, "AUTH-PAM: BACKGROUND: user '{baduser}' failed to authenticate: Authentication failure")
a("ov_nopool", RES, 1, CL + "MULTI_sva: no free --ifconfig-pool addresses are available")
a("ov_tun", CRIT, 1, "ERROR: Cannot open TUN/TAP dev /dev/net/tun: No such file or directory (errno=2)")
a("ov_dep_cipher", DEP, 2, "DEPRECATED OPTION: --cipher set to 'AES-256-CBC' but missing in --data-ciphers (AES-256-GCM:AES-128-GCM:CHACHA20-POLY1305). OpenVPN ignores --cipher for cipher negotiations. ")
a("ov_dep_nscert", DEP, 1, "WARNING: --ns-cert-type is DEPRECATED.  Use --remote-cert-tls instead.")

JB = "{ts_ms}+0000 [id={r:20-90000}]\t"
JOB = "{payments-api|web-frontend|infra/terraform-plan|nightly-e2e|deploy-prod}"
jk, a = builder("Jenkins", "/var/log/jenkins/jenkins.log + audit-trail.log", "")
a("jk_success", SN, 5, JB + "INFO\to.j.p.workflow.job.WorkflowRun#finish: " + JOB + " #{r:10-4000} completed: SUCCESS")
a("jk_init", SN, 1, JB + "INFO\tjenkins.InitReactorRunner$1#onAttained: Completed initialization")
a("jk_ready", SN, 1, JB + "INFO\thudson.lifecycle.Lifecycle#onReady: Jenkins is fully up and running")
a("jk_periodic", SN, 3, JB + "INFO\thudson.model.AsyncPeriodicWork#lambda$doRun$1: Finished {Download metadata|Periodic background build discarder|Fingerprint cleanup|Workspace clean-up}. {r:5-90000} ms")
a("jk_provision", SN, 2, JB + "INFO\thudson.slaves.NodeProvisioner#update: {k8s-agent|build-agent}-{hex8} provisioning successfully completed. We have now {r:2-20} computer(s)")
a("jk_failure", ERR, 3, JB + "INFO\to.j.p.workflow.job.WorkflowRun#finish: " + JOB + " #{r:10-4000} completed: FAILURE")
a("jk_gitexc", ERR, 2, JB + "WARNING\thudson.plugins.git.GitSCM#fetchFrom: Error fetching changes from repo 'origin' hudson.plugins.git.GitException: Command \"git fetch --tags --force --progress -- https://gitlab.example.com/shop/api.git +refs/heads/*:refs/remotes/origin/*\" returned status code 128")
a("jk_crumb", SEC, 2, JB + "WARNING\thudson.security.csrf.CrumbFilter#doFilter: No valid crumb was included in request for /job/{deploy-prod|payments-api}/build by {anonymous|{baduser}}. Returning 403.")
a("jk_authfail", SEC, 2, JB + "WARNING\tjenkins.security.SecurityListener#fireFailedToAuthenticate: failed to authenticate: {admin|root|jenkins} from {ip}")
a("jk_audit_build", UA, 3, "{Nov|Dec} {r:1-28}, 2025 {r:1-12}:{r:10-59}:{r:10-59},{r:100-999} {AM|PM} /job/" + JOB + "/build by {user}")
a("jk_audit_config", UA, 2, "{Nov|Dec} {r:1-28}, 2025 {r:1-12}:{r:10-59}:{r:10-59},{r:100-999} {AM|PM} /job/" + JOB + "/configSubmit by {user}")
a("jk_diskoffline", RES, 2, JB + "WARNING\thudson.node_monitors.DiskSpaceMonitorDescriptor#markNodeOfflineOrOnline: Making build-agent-{r:1-9} offline temporarily due to the lack of disk space")
a("jk_lowdisk", RES, 1, JB + "WARNING\thudson.node_monitors.AbstractDiskSpaceMonitor#markNodeOfflineIfDiskspaceIsTooLow: Disk space is too low. Only 0.{r:100-999}GiB left on /var/lib/jenkins.")
a("jk_boot", CRIT, 1, JB + "SEVERE\thudson.util.BootFailure#publish: Failed to initialize Jenkins")

GR = "{ts_syslog} build-agent-{r:1-4} gitlab-runner[{pid}]: "
RUN = "runner={hex8}"
gl, a = builder("GitLab Runner", "journald gitlab-runner.service", GR)
a("gl_received", SN, 5, "Checking for jobs... received                       job={r:1000000-9999999} repo_url=https://gitlab.example.com/{shop/api|infra/terraform|web/storefront}.git " + RUN)
a("gl_succeeded", SN, 4, "Job succeeded                                       duration_s={r:5-3000}.{r:100-999} job={r:1000000-9999999} project={r:10-400} " + RUN)
a("gl_submit", SN, 3, "Submitting job to coordinator...ok                  bytesize={r:1000-900000} code=200 job={r:1000000-9999999} job-status=success " + RUN + " update-interval=0s")
a("gl_config", SN, 1, "Configuration loaded                                builds=0 max_builds={2|4|8}")
a("gl_jobfail", ERR, 3, "WARNING: Job failed: exit code {1|2|137}                  duration_s={r:5-3000}.{r:100-999} job={r:1000000-9999999} project={r:10-400} " + RUN)
a("gl_timeout", ERR, 1, "WARNING: Job failed: execution took longer than 1h0m0s seconds  duration_s=3600.{r:100-999} job={r:1000000-9999999} project={r:10-400} " + RUN)
a("gl_checkfail", ERR, 2, "WARNING: Checking for jobs... failed                " + RUN + " status=couldn't execute POST against https://gitlab.example.com/api/v4/jobs/request: Post \"https://gitlab.example.com/api/v4/jobs/request\": dial tcp {lip}:443: i/o timeout")
a("gl_fatal", CRIT, 1, "FATAL: failed to load config: open /etc/gitlab-runner/config.toml: permission denied")
a("gl_dep_regtoken", DEP, 2, "WARNING: Support for registration tokens and runner parameters in the 'register' command has been deprecated in GitLab Runner 15.6 and will be replaced with support for authentication tokens. For more information, see https://docs.gitlab.com/ee/ci/runners/new_creation_workflow ")

CT0 = '{"eventVersion":"1.08","userIdentity":'
IAMU = '{"type":"IAMUser","principalId":"AIDA{hex16}","arn":"arn:aws:iam::{acct}:user/{user}","accountId":"{acct}","userName":"{user}"}'
TAIL = ',"requestID":"{uuid}","eventID":"{uuid2}","readOnly":{RO},"eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"{acct}"}'
ctl, a = builder("AWS CloudTrail", "CloudTrail S3 log records", "")
a("ctl_login", UA, 3, CT0 + IAMU + ',"eventTime":"{ts_isoz}","eventSource":"signin.amazonaws.com","eventName":"ConsoleLogin","awsRegion":"us-east-1","sourceIPAddress":"{ip}","userAgent":"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)","requestParameters":null,"responseElements":{"ConsoleLogin":"Success"},"additionalEventData":{"LoginTo":"https://console.aws.amazon.com/console/home","MobileVersion":"No","MFAUsed":"Yes"},"eventID":"{uuid}","readOnly":false,"eventType":"AwsConsoleSignIn","managementEvent":true,"recipientAccountId":"{acct}"}')
a("ctl_stop", UA, 2, CT0 + IAMU + ',"eventTime":"{ts_isoz}","eventSource":"ec2.amazonaws.com","eventName":"{StopInstances|StartInstances|RebootInstances}","awsRegion":"{eu-west-1|us-east-1}","sourceIPAddress":"{ip}","userAgent":"aws-cli/2.13.{r:1-30} Python/3.11.4","requestParameters":{"instancesSet":{"items":[{"instanceId":"i-0{hex16}"}]}}' + TAIL.replace("{RO}", "false"))
a("ctl_createuser", UA, 1, CT0 + IAMU + ',"eventTime":"{ts_isoz}","eventSource":"iam.amazonaws.com","eventName":"CreateUser","awsRegion":"us-east-1","sourceIPAddress":"{ip}","userAgent":"console.amazonaws.com","requestParameters":{"userName":"{user2}"},"responseElements":{"user":{"userName":"{user2}","userId":"AIDA{hex16}","arn":"arn:aws:iam::{acct}:user/{user2}"}}' + TAIL.replace("{RO}", "false"))
a("ctl_assume_svc", SN, 5, CT0 + '{"type":"AWSService","invokedBy":"{awssvc}.amazonaws.com"},"eventTime":"{ts_isoz}","eventSource":"sts.amazonaws.com","eventName":"AssumeRole","awsRegion":"{eu-west-1|us-east-1}","sourceIPAddress":"{awssvc}.amazonaws.com","userAgent":"{awssvc}.amazonaws.com","requestParameters":{"roleArn":"arn:aws:iam::{acct}:role/{app}-role","roleSessionName":"{hex16}"},"responseElements":{"credentials":{"accessKeyId":"ASIA{hex16}","expiration":"{ts_isoz}"}}' + TAIL.replace("{RO}", "true"))
a("ctl_describe", SN, 4, CT0 + '{"type":"AssumedRole","principalId":"AROA{hex16}:{datadog|cloudhealth|prometheus-exporter}","arn":"arn:aws:sts::{acct}:assumed-role/monitoring-readonly/{datadog|cloudhealth}"},"eventTime":"{ts_isoz}","eventSource":"ec2.amazonaws.com","eventName":"{DescribeInstances|DescribeVolumes|DescribeSecurityGroups}","awsRegion":"{eu-west-1|us-east-1}","sourceIPAddress":"{ip}","userAgent":"aws-sdk-go/1.44.{r:10-300}","requestParameters":{"maxResults":1000}' + TAIL.replace("{RO}", "true"))
a("ctl_logstream", SN, 3, CT0 + '{"type":"AssumedRole","principalId":"AROA{hex16}:{app}","arn":"arn:aws:sts::{acct}:assumed-role/{app}-role/{app}"},"eventTime":"{ts_isoz}","eventSource":"logs.amazonaws.com","eventName":"CreateLogStream","awsRegion":"eu-west-1","sourceIPAddress":"{lip}","userAgent":"awslambda-worker/1.0","requestParameters":{"logGroupName":"/aws/lambda/{app}","logStreamName":"2025/11/{r:10-28}/[$LATEST]{hex16}{hex16}"}' + TAIL.replace("{RO}", "false"))
a("ctl_loginfail", SEC, 3, CT0 + '{"type":"{Root|IAMUser}","principalId":"{acct}","arn":"arn:aws:iam::{acct}:root","accountId":"{acct}"},"eventTime":"{ts_isoz}","eventSource":"signin.amazonaws.com","eventName":"ConsoleLogin","awsRegion":"us-east-1","sourceIPAddress":"{ip}","userAgent":"Mozilla/5.0 (X11; Linux x86_64)","errorMessage":"Failed authentication","requestParameters":null,"responseElements":{"ConsoleLogin":"Failure"},"additionalEventData":{"MFAUsed":"No"},"eventID":"{uuid}","readOnly":false,"eventType":"AwsConsoleSignIn","managementEvent":true,"recipientAccountId":"{acct}"}')
a("ctl_privesc", SEC, 2, CT0 + '{"type":"IAMUser","principalId":"AIDA{hex16}","arn":"arn:aws:iam::{acct}:user/ci-deploy","accountId":"{acct}","userName":"ci-deploy"},"eventTime":"{ts_isoz}","eventSource":"iam.amazonaws.com","eventName":"{AttachUserPolicy|PutUserPolicy|CreateAccessKey}","awsRegion":"us-east-1","sourceIPAddress":"{ip}","userAgent":"aws-cli/2.13.{r:1-30}","errorCode":"AccessDenied","errorMessage":"User: arn:aws:iam::{acct}:user/ci-deploy is not authorized to perform: iam:{AttachUserPolicy|PutUserPolicy} on resource: user ci-deploy because no identity-based policy allows the action","requestParameters":null,"responseElements":null' + TAIL.replace("{RO}", "false"))
a("ctl_stoplogging", SEC, 1, CT0 + '{"type":"AssumedRole","principalId":"AROA{hex16}:{baduser}","arn":"arn:aws:sts::{acct}:assumed-role/dev-sandbox/{baduser}"},"eventTime":"{ts_isoz}","eventSource":"cloudtrail.amazonaws.com","eventName":"{StopLogging|DeleteTrail}","awsRegion":"us-east-1","sourceIPAddress":"{ip}","userAgent":"aws-cli/2.13.{r:1-30}","errorCode":"AccessDenied","errorMessage":"User: arn:aws:sts::{acct}:assumed-role/dev-sandbox/{baduser} is not authorized to perform: cloudtrail:StopLogging","requestParameters":{"name":"org-trail"},"responseElements":null' + TAIL.replace("{RO}", "false"))
a("ctl_vcpu", RES, 2, CT0 + '{"type":"AssumedRole","principalId":"AROA{hex16}:autoscaling","arn":"arn:aws:sts::{acct}:assumed-role/AWSServiceRoleForAutoScaling/AutoScaling"},"eventTime":"{ts_isoz}","eventSource":"ec2.amazonaws.com","eventName":"RunInstances","awsRegion":"eu-west-1","sourceIPAddress":"autoscaling.amazonaws.com","userAgent":"autoscaling.amazonaws.com","errorCode":"Client.VcpuLimitExceeded","errorMessage":"You have requested more vCPU capacity than your current vCPU limit of {32|64|128} allows for the instance bucket that the specified instance type belongs to. Please visit http://aws.amazon.com/contact-us/ec2-request to request an adjustment to this limit.","requestParameters":null,"responseElements":null' + TAIL.replace("{RO}", "false"))
a("ctl_stackexists", ERR, 2, CT0 + '{"type":"AssumedRole","principalId":"AROA{hex16}:terraform","arn":"arn:aws:sts::{acct}:assumed-role/terraform-deployer/terraform"},"eventTime":"{ts_isoz}","eventSource":"cloudformation.amazonaws.com","eventName":"CreateStack","awsRegion":"eu-west-1","sourceIPAddress":"{ip}","userAgent":"APN/1.0 HashiCorp/1.0 Terraform/1.6.{r:0-6}","errorCode":"AlreadyExistsException","errorMessage":"Stack [{app}-stack] already exists","requestParameters":null,"responseElements":null' + TAIL.replace("{RO}", "false"))

TEMPLATES = ov + jk + gl + ctl
