"""Hadoop / streaming: HDFS DataNode, HDFS NameNode, YARN, Spark, Kafka, ZooKeeper."""
from eval_common import SN, ERR, CRIT, SEC, RES, UA, DEP, builder

BP = "BP-{r:1000000000-1999999999}-10.0.{r:0-3}.{r:2-254}-17{r:10000000000-99999999999}:{blk}"
DNC = "org.apache.hadoop.hdfs.server.datanode."
dn, a = builder("HDFS DataNode", "hadoop-hdfs-datanode.log", "{ts_comma} ")
a("dn_receiving", SN, 6, "INFO " + DNC + "DataNode: Receiving " + BP + " src: /{lip}:{port} dest: /{lip2}:9866")
a("dn_received", SN, 5, "INFO " + DNC + "DataNode: Received " + BP + " src: /{lip}:{port} dest: /{lip2}:9866 of size {134217728|134217728|67108864|{r:1000-134217727}}")
a("dn_responder", SN, 5, "INFO " + DNC + "DataNode: PacketResponder: " + BP + ", type={LAST_IN_PIPELINE|HAS_DOWNSTREAM_IN_PIPELINE:[{lip}:9866]} terminating")
a("dn_clienttrace", SN, 4, "INFO " + DNC + "DataNode.clienttrace: src: /{lip}:{port}, dest: /{lip2}:9866, bytes: {r:1000-134217728}, op: HDFS_{WRITE|READ}, cliID: DFSClient_NONMAPREDUCE_{r:100000000-999999999}_{r:1-90}, offset: 0, srvID: {uuid}, blockid: " + BP + ", duration(ns): {r:1000000-999999999}")
a("dn_blockreport", SN, 2, "INFO " + DNC + "DataNode: Successfully sent block report 0x{hex16}, containing 1 storage report(s), of which we sent 1. The reports had {r:1000-900000} total blocks and used 1 RPC(s). This took {r:1-20} msecs to generate and {r:5-300} msecs for RPC and NN processing. Got back one command: FinalizeCommand/5.")
a("dn_deleted", SN, 3, "INFO " + DNC + "fsdataset.impl.FsDatasetAsyncDiskService: Deleted BP-{r:1000000000-1999999999}-10.0.1.{r:2-254}-17{r:10000000000-99999999999} {blk} URI file:/data/{r:1-6}/dfs/dn/current/BP-{r:1000000000-1999999999}-10.0.1.{r:2-254}-17{r:10000000000-99999999999}/current/finalized/subdir{r:0-31}/subdir{r:0-31}/{blk}")
a("dn_xceiver", ERR, 3, "ERROR " + DNC + "DataNode: {host}:9866:DataXceiver error processing WRITE_BLOCK operation  src: /{lip}:{port} dst: /{lip2}:9866 java.io.IOException: Premature EOF from inputStream")
a("dn_mirror", ERR, 2, "INFO " + DNC + "DataNode: Exception for " + BP + " java.net.SocketTimeoutException: 65000 millis timeout while waiting for channel to be ready for read. ch : java.nio.channels.SocketChannel[connected local=/{lip}:9866 remote=/{lip2}:{port}]")
a("dn_slow_disk", RES, 2, "WARN " + DNC + "DataNode: Slow BlockReceiver write data to disk cost:{r:301-9000}ms (threshold=300ms), volume=file:/data/{r:1-6}/dfs/dn, blockId={r:1073741825-1073999999}")
a("dn_slow_mirror", RES, 2, "WARN " + DNC + "DataNode: Slow BlockReceiver write packet to mirror took {r:301-9000}ms (threshold=300ms), downstream DNs=[{lip}:9866], blockId={r:1073741825-1073999999}, seqno={r:1-9000}")
a("dn_vol_failed", CRIT, 1, "WARN " + DNC + "fsdataset.impl.FsDatasetImpl: Removing failed volume /data/{r:1-6}/dfs/dn: org.apache.hadoop.util.DiskChecker$DiskErrorException: Directory is not writable: /data/{r:1-6}/dfs/dn/current")
a("dn_init_failed", CRIT, 1, "ERROR " + DNC + "DataNode: Initialization failed for Block pool <registering> (Datanode Uuid unassigned) service to nn1.hadoop.internal/{lip}:8020. Exiting. java.io.IOException: All specified directories have failed to load.")

NNC = "org.apache.hadoop.hdfs.server.namenode."
nn, a = builder("HDFS NameNode", "hadoop-hdfs-namenode.log", "{ts_comma} ")
HDP = "/user/{spark|hive|etl}/{warehouse/orders/dt=2025-11-{r:10-28}|.sparkStaging/application_17{r:10000000000-99999999999}_{r:1000-9999}|tmp/part-00{r:100-999}}"
a("nn_allocate", SN, 6, "INFO org.apache.hadoop.hdfs.StateChange: BLOCK* allocate {blk}, replicas={lip}:9866, {lip2}:9866, {lip3}:9866 for " + HDP)
a("nn_addstored", SN, 5, "INFO BlockStateChange: BLOCK* addStoredBlock: {lip}:9866 is added to {blk} (size={r:1000-134217728})")
a("nn_complete", SN, 4, "INFO org.apache.hadoop.hdfs.StateChange: DIR* completeFile: " + HDP + " is closed by DFSClient_NONMAPREDUCE_{r:100000000-999999999}_{r:1-90}")
a("nn_ask_delete", SN, 3, "INFO BlockStateChange: BLOCK* BlockManager: ask {lip}:9866 to delete [{blk}, {blk2}]")
a("nn_editlog", SN, 2, "INFO " + NNC + "FSEditLog: Number of transactions: {r:2-9000} Total time for transactions(ms): {r:1-900} Number of transactions batched in Syncs: {r:0-900} Number of syncs: {r:1-9000} SyncTimes(ms): {r:1-900} ")
a("nn_roll", SN, 2, "INFO " + NNC + "FSNamesystem: Roll Edit Log from {lip}")
a("nn_report", SN, 2, "INFO BlockStateChange: BLOCK* processReport 0x{hex16} with lease ID 0x{hex162}: from storage DS-{uuid} node DatanodeRegistration({lip}:9866, datanodeUuid={uuid}, infoPort=9864, infoSecurePort=0, ipcPort=9867, storageInfo=lv=-57;cid=CID-{uuid};nsid={r:100000000-999999999};c=17{r:10000000000-99999999999}), blocks: {r:1000-900000}, hasStaleStorage: false, processing time: {r:1-90} msecs, invalidatedBlocks: 0")
a("nn_audit_denied", SEC, 3, "INFO FSNamesystem.audit: allowed=false\tugi={baduser} (auth:SIMPLE)\tip=/{lip}\tcmd={open|listStatus|delete}\tsrc=/secure/{payroll|hr|finance}/{2025-11.csv|salaries.parquet|}\tdst=null\tperm=null\tproto=rpc")
a("nn_audit_user", UA, 3, "INFO FSNamesystem.audit: allowed=true\tugi={user} (auth:KERBEROS)\tip=/{lip}\tcmd={delete|rename|mkdirs}\tsrc=/user/{user}/{tmp|scratch|exports}/{r:1-99}\tdst={null|/user/{user}/archive}\tperm={user}:hadoop:rwxr-x---\tproto=rpc")
a("nn_place_fail", ERR, 2, "WARN org.apache.hadoop.hdfs.server.blockmanagement.BlockPlacementPolicy: Failed to place enough replicas, still in need of {1|2} to reach 3 (unavailableStorages=[], storagePolicy=BlockStoragePolicy{HOT:7, storageTypes=[DISK], creationFallbacks=[], replicationFallbacks=[ARCHIVE]}, newBlock=true) For more information, please enable DEBUG log level on org.apache.hadoop.hdfs.server.blockmanagement.BlockPlacementPolicy")
a("nn_exists", ERR, 2, "INFO org.apache.hadoop.ipc.Server: IPC Server handler {r:0-99} on default port 8020, call Call#{r:1-99999} Retry#0 org.apache.hadoop.hdfs.protocol.ClientProtocol.create from {lip}:{port}: org.apache.hadoop.fs.FileAlreadyExistsException: " + HDP + " for client {lip} already exists")
a("nn_jvm_pause", RES, 2, "INFO org.apache.hadoop.util.JvmPauseMonitor: Detected pause in JVM or host machine (eg GC): pause of approximately {r:1000-20000}ms\nGC pool 'G1 Old Generation' had collection(s): count=1 time={r:1000-20000}ms".replace("\n", " "))
a("nn_journal", CRIT, 1, "FATAL " + NNC + "FSEditLog: Error: flush failed for required journal (JournalAndStream(mgr=QJM to [{lip}:8485, {lip2}:8485, {lip3}:8485], stream=QuorumOutputStream starting at txid {r:100000-9999999}))")
a("nn_lowdisk", CRIT, 1, "WARN " + NNC + "NameNodeResourceChecker: Space available on volume '/dev/{dev}1' is {r:0-90000000}, which is below the configured reserved amount 104857600")
a("nn_safemode", CRIT, 1, "WARN " + NNC + "FSNamesystem: NameNode low on available disk space. Entering safe mode.")
a("nn_dep", DEP, 5, "INFO org.apache.hadoop.conf.Configuration.deprecation: {mapred.job.tracker is deprecated. Instead, use mapreduce.jobtracker.address|fs.default.name is deprecated. Instead, use fs.defaultFS|dfs.block.size is deprecated. Instead, use dfs.blocksize|mapred.reduce.tasks is deprecated. Instead, use mapreduce.job.reduces|dfs.permissions is deprecated. Instead, use dfs.permissions.enabled|mapred.output.compress is deprecated. Instead, use mapreduce.output.fileoutputformat.compress}")

APP = "application_17{r:10000000000-99999999999}_{r:1000-9999}"
CT = "container_e{r:10-60}_17{r:10000000000-99999999999}_{r:1000-9999}_01_00000{r:1-9}"
RM = "org.apache.hadoop.yarn.server.resourcemanager."
NM = "org.apache.hadoop.yarn.server.nodemanager."
yn, a = builder("YARN", "hadoop-yarn-resourcemanager.log", "{ts_comma} ")
a("yn_appstate", SN, 5, "INFO " + RM + "rmapp.RMAppImpl: " + APP + " State change from {NEW_SAVING to SUBMITTED|SUBMITTED to ACCEPTED|ACCEPTED to RUNNING|RUNNING to FINAL_SAVING|FINISHING to FINISHED} on event = {APP_NEW_SAVED|APP_ACCEPTED|ATTEMPT_REGISTERED|ATTEMPT_UNREGISTERED|ATTEMPT_FINISHED}")
a("yn_container", SN, 5, "INFO " + RM + "rmcontainer.RMContainerImpl: " + CT + " Container Transitioned from {NEW to ALLOCATED|ALLOCATED to ACQUIRED|ACQUIRED to RUNNING|RUNNING to COMPLETED}")
a("yn_newapp", SN, 2, "INFO " + RM + "ClientRMService: Allocated new applicationId: {r:1000-9999}")
a("yn_registered", SN, 1, "INFO " + RM + "ResourceTrackerService: NodeManager from node {worker-07|hadoop-dn-12|worker-03}(cmPort: 45454 httpPort: 8042) registered with capability: <memory:{65536|131072}, vCores:{16|32}>, assigned nodeId {worker-07|hadoop-dn-12|worker-03}:45454")
a("yn_audit_sys", SN, 3, "INFO " + RM + "RMAuditLogger: USER={spark|hive|etl}\tOPERATION=AM Released Container\tTARGET=SchedulerApp\tRESULT=SUCCESS\tAPPID=" + APP + "\tCONTAINERID=" + CT + "\tRESOURCE=<memory:{2048|4096|8192}, vCores:1>\tQUEUENAME={default|etl|adhoc}")
a("yn_nm_running", SN, 3, "INFO " + NM + "containermanager.container.ContainerImpl: Container " + CT + " transitioned from {LOCALIZING to SCHEDULED|SCHEDULED to RUNNING|RUNNING to EXITED_WITH_SUCCESS|EXITED_WITH_SUCCESS to DONE}")
a("yn_kill_user", UA, 2, "INFO " + RM + "RMAuditLogger: USER={user}\tIP={lip}\tOPERATION=Kill Application Request\tTARGET=ClientRMService\tRESULT=SUCCESS\tAPPID=" + APP + "\tCALLERCONTEXT=CLI")
a("yn_submit_user", UA, 2, "INFO " + RM + "RMAuditLogger: USER={user}\tIP={lip}\tOPERATION=Submit Application Request\tTARGET=ClientRMService\tRESULT=SUCCESS\tAPPID=" + APP + "\tQUEUENAME={default|adhoc}")
a("yn_exitcode", ERR, 3, "WARN " + NM + "containermanager.launcher.ContainerLaunch: Container launch failed : Container exited with a non-zero exit code {1|143|137}. Error file: prelaunch.err.")
a("yn_appfailed", ERR, 2, "INFO " + RM + "rmapp.RMAppImpl: Application " + APP + " failed 2 times due to AM Container for appattempt_17{r:10000000000-99999999999}_{r:1000-9999}_000002 exited with  exitCode: 1")
a("yn_pmem", RES, 3, "WARN " + NM + "containermanager.monitor.ContainersMonitorImpl: Container [pid={pid},containerID=" + CT + "] is running {r:10000000-999999999}B beyond the 'PHYSICAL' memory limit. Current usage: {r:4-9}.{r:1-9} GB of 4 GB physical memory used; {r:5-9}.{r:1-9} GB of 8.4 GB virtual memory used. Killing container.")
a("yn_memusage", RES, 2, "INFO " + NM + "containermanager.monitor.ContainersMonitorImpl: Memory usage of ProcessTree {pid} for container-id " + CT + ": {r:100-999}.{r:1-9} MB of {2|4|8} GB physical memory used; {r:1-7}.{r:1-9} GB of {4.2|8.4|16.8} GB virtual memory used")
a("yn_fenced", CRIT, 1, "FATAL " + RM + "ResourceManager: Received RMFatalEvent of type STATE_STORE_FENCED, caused by org.apache.zookeeper.KeeperException$NoAuthException: KeeperErrorCode = NoAuth")
a("yn_nm_start", CRIT, 1, "ERROR " + NM + "NodeManager: Error starting NodeManager org.apache.hadoop.service.ServiceStateException: org.fusesource.leveldbjni.internal.NativeDB$DBException: IO error: /var/lib/hadoop-yarn/yarn-nm-recovery/yarn-nm-state/LOCK: No space left on device")

TEMPLATES = dn + nn + yn
