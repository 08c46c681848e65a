"""Legacy line-of-business apps: CRM (Siebel-style), ERP (SAP-style job/IDoc/audit log), HR (PeopleSoft-style)."""
from eval_common import SN, ERR, SEC, UA, WF, DEP, builder

SV = "\t{r:1-5}\t0000{hex8}{r:1000-9999}:0\t{ts_sec}\t"
ACCT = "1-{r:1-9}{A|B|C|K|X}{r:100-999}{Q|Z|R}"
crm, a = builder("CRM (Siebel)", "Siebel server component log (WfProcMgr / EAIObjMgr / CallCenterObjMgr)", "")
a("crm_proc_create", SN, 3, "ServerLogging\tProcessCreate" + SV + "Created multithreaded server process (OS pid = \t{pid}\t) for {Workflow Process Manager|EAI Object Manager|Call Center Object Manager}")
a("crm_wf_done", SN, 4, "WfProcMgr\tWfInstance" + SV + "Workflow '{Acme Case Auto-Close|Acme Lead Routing|Acme Quote Expiry}' instance 1-{hex8} completed in {r:1-90} ms")
a("crm_assign_batch", SN, 3, "AsgnBatch\tAsgnSummary" + SV + "Batch assignment for {r:10-900} {opportunities|service requests|leads} completed, 0 errors")
a("crm_eai_ok", SN, 3, "EAIObjMgr\tEAISiebAdpt" + SV + "Integration object 'Acme Account Sync' record Id '" + ACCT + "' upserted to ERP customer {r:100000-999999}")
a("crm_login", UA, 3, "ObjMgrSessionInfo\tObjMgrLogin" + SV + "Login name : {JDOE|MKOWALSKI|PNAIR|TCHEN|LGARCIA}")
a("crm_sr_update", UA, 2, "ObjMgrBusCompLog\tUpdate" + SV + "User {JDOE|PNAIR|TCHEN} set Status = 'Closed' on Service Request 1-{r:1000000-9999999}")
a("crm_wf_assign", WF, 4, "GenericLog\tGenericError" + SV + "(wfeng.cpp (2316) err=4200123 sys=0) SBL-BPR-00162: Error invoking service 'Workflow Process Manager', method 'RunProcess' at step 'Assign to Territory': no matching territory for account '" + ACCT + "'.(SBL-BPR-00131)")
a("crm_wf_escalate", WF, 3, "WfProcMgr\tWfStepError" + SV + "Escalation of service request 1-{r:1000000-9999999} to queue '{EMEA Support Tier 2|Key Accounts|Billing Disputes}' failed: no active employee in position '{T2 Support Lead|KAM Manager}'. Request left unassigned after SLA breach.")
a("crm_eai_sync", WF, 3, "EAIObjMgr\tEAISiebAdpt" + SV + "SBL-EAI-04451: Account '" + ACCT + "' could not be synchronized to ERP: customer number {r:100000-999999} already assigned to a different account. Sync record moved to error queue.")
a("crm_quote_approval", WF, 2, "WfProcMgr\tWfStepError" + SV + "Quote approval workflow halted for quote {r:10000-99999}: discount {r:26-60}% requires approver with authority level 3, none found in manager chain of {JDOE|PNAIR}")
a("crm_sql_err", ERR, 2, "GenericLog\tGenericError" + SV + "(stdbconn.cpp (334) err=7000013 sys=0) SBL-DBC-00105: An error has occurred executing a Sql statement. ORA-00060: deadlock detected while waiting for resource")
a("crm_login_fail", SEC, 2, "ObjMgrSessionInfo\tObjMgrAuth" + SV + "SBL-SEC-10018: Invalid user name or password for user '{SADMIN|ADMIN|GUEST}' from {ip} ({r:5-40}th consecutive failure)")

SAPJ = "{ts_de} "
erp, a = builder("ERP (SAP)", "SAP job log / IDoc status / security audit log (exported)", SAPJ)
PROG = "{ZFI_POST_INVOICES|ZMM_PO_RELEASE|RSBTCDEL2|ZSD_BILLING_RUN|RBDAPP01}"
a("erp_job_start", SN, 4, "Job started                                                                    00 516 S")
a("erp_step_start", SN, 4, "Step 001 started (program " + PROG + ", variant {PROD|DEFAULT|DAILY}, user ID {BATCH_FI|BATCH_MM|BATCH_SD})      00 550 S")
a("erp_job_end", SN, 4, "Job finished                                                                   00 517 S")
a("erp_idoc_ok", SN, 3, "IDoc 00000000{r:10000000-99999999} status 53: Application document posted ({ORDERS05|INVOIC02|DEBMAS07})                 E0 053 S")
a("erp_spool", SN, 2, "Spool request (number {r:10000-99999}) created without immediate output              SP 418 S")
a("erp_logon", UA, 3, "AU1 Logon successful (type=A, method=A) user {JDOE|MKOWALSKI|PNAIR|HKIM} terminal WKS-0{r:10-99} client 100")
a("erp_tcode", UA, 2, "AU3 Transaction {ME22N|FB02|VA02|MM02} started user {JDOE|PNAIR|HKIM} client 100")
a("erp_logon_fail", SEC, 2, "AU2 Logon failed (reason=1, type=A, method=A) user {SAP*|DDIC|ADMIN} terminal {ip} client 000")
a("erp_dump", ERR, 2, "ABAP/4 processor: DBIF_RSQL_SQL_ERROR                                          00 671 A")
a("erp_cancel", ERR, 2, "Job cancelled after system exception ERROR_MESSAGE                             00 564 A")
a("erp_wf_agent", WF, 4, "Work item 00000{r:1000000-9999999} (Release purchase requisition 00100{r:10000-99999}) set to status ERROR: no agent found for rule AC{r:90000000-99999999}   SWF_RLS 042 E")
a("erp_idoc_block", WF, 3, "IDoc 00000000{r:10000000-99999999} status 51: Application document not posted - vendor {r:100000-199999} is blocked for posting in company code {1000|2000}   F5 351 E")
a("erp_billing", WF, 3, "Billing document for delivery 80{r:100000-999999} not created: pricing error in item 0000{r:10-90} (condition PR00 missing)   VF 064 E")
a("erp_release", WF, 3, "Release strategy for purchase order 45000{r:10000-99999} could not be determined; PO blocked in approval   ME 179 E")
a("erp_gr_mismatch", WF, 2, "Invoice {r:5100000000-5199999999} posted with payment block R: quantity in goods receipt differs from invoice for PO 45000{r:10000-99999} item 000{r:10-90}   M8 108 W")
a("erp_dep_fm", DEP, 2, "Program {ZFI_EXPORT|ZHR_REPORT} uses obsolete function module {WS_DOWNLOAD|WS_UPLOAD|POPUP_TO_CONFIRM_STEP}; use CL_GUI_FRONTEND_SERVICES instead   OS 001 W")

PS = "PSAPPSRV.{pid} ({r:1-400}) [{ts_isol} {user}@{lip} (CHROME 119.0; WIN10) ICPanel](3) "
PB = "PSPRCSRV.{pid} ({r:1-40}) [{ts_isol} PSUNX](3) "
hr, a = builder("HR (PeopleSoft)", "PeopleSoft APPSRV / Process Scheduler logs", "")
a("hr_proc_ok", SN, 4, PB + "Process {r:100000-999999} ({HR_BENEFITS_ENROLL|TL_TIMEADMIN|PY_PAYCALC|HR_ORGCHART_REFRESH}) Run Status: Success")
a("hr_proc_queued", SN, 3, PB + "Process {r:100000-999999} ({HR_BENEFITS_ENROLL|TL_TIMEADMIN|HR_ORGCHART_REFRESH}) queued on server PSUNX")
a("hr_ib_publish", SN, 3, PS + "Integration Broker: message PERSON_BASIC_SYNC published, transaction id {uuid}")
a("hr_leave_approve", UA, 3, PS + "User {user} approved absence request ABS-{r:100000-999999} for EMPLID {r:10000-99999}")
a("hr_ddeposit", UA, 2, PS + "User {user} updated direct deposit account for EMPLID {r:10000-99999}")
a("hr_access_denied", SEC, 2, PS + "Security: access to component JOB_DATA denied for user {user}: permission list HCCPHR1000 not assigned (attempt {r:3-12} in 10 minutes)")
a("hr_sql", ERR, 2, PS + "SQL error. Stmt #: {r:100-9999}  Error Position: 0  Return: 8601 - ORA-08177: can't serialize access for this transaction")
a("hr_awe_noapprover", WF, 4, PS + "AWE: No approvers found for step 'HR Manager Approval' in path 'Job Change' for transaction {r:100000-999999}; routed to administrator queue")
a("hr_awe_terminated", WF, 3, PS + "AWE: approval of ePAR 'Promotion' {r:100000-999999} stuck in Pending: approver EMPLID {r:10000-99999} is terminated and has no delegate")
a("hr_payroll_sync", WF, 3, PB + "Position {r:10000000-99999999} sync to payroll failed: effective date 2025-12-01 precedes last closed pay period; change request returned to HR initiator")
a("hr_onboard_route", WF, 3, PS + "Onboarding activity '{Provision laptop|Badge request|Benefits orientation}' for EMPLID {r:10000-99999} could not be routed: no user holds role '{IT_ASSET_MGR|FACILITIES_COORD|BEN_ADMIN}'")

TEMPLATES = crm + erp + hr
