"""Spark, Kafka, ZooKeeper."""
from eval_common import SN, ERR, CRIT, SEC, RES, DEP, builder

STG = "{r:1-90}.0"
sp, a = builder("Spark", "spark driver/executor stderr", "{ts_spark} ")
a("sp_version", SN, 1, "INFO SparkContext: Running Spark version 3.{4|5}.{r:0-2}")
a("sp_job_done", SN, 4, "INFO DAGScheduler: Job {r:0-400} finished: {collect|count|save|foreachPartition} at {EtlJob|DailyAggregates|Sessionize}.scala:{r:20-300}, took {sec} s")
a("sp_task_done", SN, 6, "INFO TaskSetManager: Finished task {r:0-199}.0 in stage " + STG + " (TID {r:1-90000}) in {ms} ms on {lip} (executor {r:1-40}) ({r:1-200}/200)")
a("sp_submitting", SN, 3, "INFO DAGScheduler: Submitting {r:1-200} missing tasks from {ResultStage|ShuffleMapStage} {r:1-90} (MapPartitionsRDD[{r:2-400}] at {map|filter|flatMap} at {EtlJob|Sessionize}.scala:{r:20-300}) (first 15 tasks are for partitions Vector(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14))")
a("sp_broadcast", SN, 3, "INFO BlockManagerInfo: Added broadcast_{r:0-90}_piece0 in memory on {lip}:{port} (size: {r:1-90}.{r:1-9} KiB, free: {r:1-9}.{r:1-9} GiB)")
a("sp_alloc", SN, 2, "INFO ExecutorAllocationManager: Requesting {r:1-16} new executors because tasks are backlogged (new desired total will be {r:4-64} for resource profile id: 0)")
a("sp_ui_stop", SN, 1, "INFO SparkUI: Stopped Spark web UI at http://{lip}:4040")
a("sp_lost_task", ERR, 3, "WARN TaskSetManager: Lost task {r:0-199}.{r:0-3} in stage " + STG + " (TID {r:1-90000}) ({lip} executor {r:1-40}): java.io.FileNotFoundException: File does not exist: hdfs://nameservice1/user/etl/input/dt=2025-11-{r:10-28}/part-00{r:100-999}.snappy.parquet")
a("sp_exec_exc", ERR, 2, "ERROR Executor: Exception in task {r:0-199}.0 in stage " + STG + " (TID {r:1-90000})")
a("sp_abort", ERR, 2, "ERROR TaskSetManager: Task {r:0-199} in stage " + STG + " failed 4 times; aborting job")
a("sp_page", RES, 2, "WARN TaskMemoryManager: Failed to allocate a page ({67108864|33554432} bytes), try again.")
a("sp_spill", RES, 3, "INFO UnsafeExternalSorter: Thread {r:40-400} spilling sort data of {r:100-999}.{r:0-9} MiB to disk ({r:0-9}  times so far)")
a("sp_overhead", RES, 2, "WARN YarnAllocator: Container killed by YARN for exceeding physical memory limits. {r:5-9}.{r:1-9} GB of {r:5-9}.5 GB physical memory used. Consider boosting spark.executor.memoryOverhead.")
a("sp_dep_conf", DEP, 2, "WARN SparkConf: The configuration key '{spark.yarn.executor.memoryOverhead|spark.yarn.driver.memoryOverhead}' has been deprecated as of Spark 2.3 and may be removed in the future. Please use the new key '{spark.executor.memoryOverhead|spark.driver.memoryOverhead}' instead.")
a("sp_dep_sql", DEP, 2, "WARN SQLConf: The SQL config 'spark.sql.execution.arrow.enabled' has been deprecated in Spark v3.0 and may be removed in the future. Use 'spark.sql.execution.arrow.pyspark.enabled' instead of it.")

TOP = "{orders|payments|clickstream|user-events}"
kf, a = builder("Kafka", "/var/log/kafka/server.log", "[{ts_comma}] ")
a("kf_rebalance", SN, 3, "INFO [GroupCoordinator {r:1-5}]: Preparing to rebalance group {orders-consumer|fraud-scorer|es-sink} in state PreparingRebalance with old generation {r:1-400} (__consumer_offsets-{r:0-49}) (reason: Adding new member consumer-{r:1-9}-{uuid} with group instance id None; client reason: need to re-join with the given member-id: consumer-{r:1-9}-{uuid}) (kafka.coordinator.group.GroupCoordinator)")
a("kf_stabilized", SN, 3, "INFO [GroupCoordinator {r:1-5}]: Stabilized group {orders-consumer|fraud-scorer|es-sink} generation {r:1-400} (__consumer_offsets-{r:0-49}) with {r:1-12} members (kafka.coordinator.group.GroupCoordinator)")
a("kf_roll", SN, 5, "INFO [LocalLog partition=" + TOP + "-{r:0-23}, dir=/var/lib/kafka/data] Rolled new log segment at offset {r:100000-99999999} in {r:1-9} ms. (kafka.log.LocalLog)")
a("kf_delete_seg", SN, 3, "INFO [LocalLog partition=" + TOP + "-{r:0-23}, dir=/var/lib/kafka/data] Deleting segment files LogSegment(baseOffset={r:100000-99999999}, size={r:100000000-1073741824}, lastModifiedTime={ts_epoch}000, largestRecordTimestamp=Some({ts_epoch}123)) (kafka.log.LocalLog$)")
a("kf_started", SN, 1, "INFO [KafkaServer id={r:1-5}] started (kafka.server.KafkaServer)")
a("kf_isr", SN, 2, "INFO [Partition " + TOP + "-{r:0-23} broker={r:1-5}] ISR updated to {1,2,3|2,3,1|3,1,2} and version updated to {r:2-900} (kafka.cluster.Partition)")
a("kf_offsets", SN, 3, "INFO [GroupMetadataManager brokerId={r:1-5}] Removed {r:0-90} expired offsets in {r:0-9} milliseconds. (kafka.coordinator.group.GroupMetadataManager)")
a("kf_fetch_err", ERR, 2, "INFO [ReplicaFetcher replicaId={r:1-5}, leaderId={r:1-5}, fetcherId=0] Error sending fetch request (sessionId={r:100000000-999999999}, epoch={r:1-90000}) to node {r:1-5}: (org.apache.kafka.clients.FetchSessionHandler)")
a("kf_toolarge", ERR, 2, "ERROR [ReplicaManager broker={r:1-5}] Error processing append operation on partition " + TOP + "-{r:0-23} (kafka.server.ReplicaManager) org.apache.kafka.common.errors.RecordTooLargeException: The request included a message larger than the max message size the server will accept.")
a("kf_sasl", SEC, 2, "INFO [SocketServer listenerType=ZK_BROKER, nodeId={r:1-5}] Failed authentication with /{ip} (channelId={lip}:9094-{ip}:{port}-{r:1-900}) (Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512) (org.apache.kafka.common.network.Selector)")
a("kf_denied", SEC, 2, "INFO Principal = User:{baduser} is Denied Operation = {Read from host = {lip} on resource = Topic:LITERAL:{payments|hr-salaries|customer-pii} for request = Fetch|Write from host = {lip} on resource = Topic:LITERAL:{payments|audit-log} for request = Produce} with resourceRefCount = 1 (kafka.authorizer.logger)")
a("kf_dirs_failed", CRIT, 1, "ERROR Shutdown broker because all log dirs in /var/lib/kafka/data have failed (kafka.log.LogManager)")
a("kf_fatal", CRIT, 1, "ERROR [KafkaServer id={r:1-5}] Fatal error during KafkaServer startup. Prepare to shutdown (kafka.server.KafkaServer)")
a("kf_dep_msgfmt", DEP, 2, "WARN Topic configuration message.format.version with value `{0.10.2|2.0-IV1|2.8-IV1}` is ignored for " + TOP + " because the inter-broker protocol version `3.{4|5|6}-IV{0|1|2}` is greater or equal than 3.0. This configuration is deprecated and it will be removed in Apache Kafka 4.0. (kafka.log.LogConfig)")

ZK = "{ts_comma} [myid:{zkid}] - "
zk, a = builder("ZooKeeper", "/var/log/zookeeper/zookeeper.log", ZK)
QP = "QuorumPeer[myid={zkid}](plain=[0:0:0:0:0:0:0:0]:2181)(secure=disabled)"
a("zk_leading", SN, 1, "INFO  [" + QP + ":o.a.z.s.q.Leader@{r:600-700}] - LEADING - LEADER ELECTION TOOK - {r:20-900} MS")
a("zk_following", SN, 2, "INFO  [" + QP + ":o.a.z.s.q.Follower@{r:70-90}] - FOLLOWING - LEADER ELECTION TOOK - {r:20-900} MS")
a("zk_established", SN, 5, "INFO  [CommitProcWorkThread-{r:1-8}:o.a.z.s.ZooKeeperServer@{r:1000-1100}] - Established session 0x{hex16} with negotiated timeout {30000|40000|6000} for client /{lip}:{port}")
a("zk_expiring", SN, 3, "INFO  [SessionTracker:o.a.z.s.ZooKeeperServer@{r:600-700}] - Expiring session 0x{hex16}, timeout of {30000|40000}ms exceeded")
a("zk_closed", SN, 4, "INFO  [NIOWorkerThread-{r:1-16}:o.a.z.s.NIOServerCnxn@{r:600-700}] - Closed socket connection for client /{lip}:{port} which had sessionid 0x{hex16}")
a("zk_snapshot", SN, 2, "INFO  [Snapshot Thread:o.a.z.s.ZooKeeperServer@{r:500-600}] - Snapshotting: 0x{hex12} to /var/lib/zookeeper/version-2/snapshot.{hex12}")
a("zk_cannot_open", ERR, 2, "WARN  [QuorumConnectionThread-[myid={zkid}]-{r:1-9}:o.a.z.s.q.QuorumCnxManager@{r:380-420}] - Cannot open channel to {r:1-3} at election address zk-{r:1-3}.zk-hs.default.svc.cluster.local/{lip}:3888 java.net.ConnectException: Connection refused")
a("zk_fsync_slow", RES, 2, "WARN  [SyncThread:{zkid}:o.a.z.s.p.FileTxnLog@{r:370-390}] - fsync-ing the write ahead log in SyncThread:{zkid} took {r:1001-20000}ms which will adversely effect operation latency.File size is {r:60000000-67108880} bytes. See the ZooKeeper troubleshooting guide")
a("zk_maxcnx", RES, 2, "WARN  [NIOServerCxnFactory.AcceptThread:0.0.0.0/0.0.0.0:2181:o.a.z.s.NIOServerCnxnFactory$AcceptThread@{r:280-300}] - Too many connections from /{lip} - max is 60")
a("zk_sasl_fail", SEC, 2, "ERROR [NIOWorkerThread-{r:1-16}:o.a.z.s.a.SaslServerCallbackHandler@{r:90-130}] - User '{baduser}' not found in list of DIGEST-MD5 authenticateable users.")
a("zk_nosnap", CRIT, 1, "ERROR [main:o.a.z.s.q.QuorumPeerMain@{r:100-120}] - Unexpected exception, exiting abnormally java.io.IOException: No snapshot found, but there are log entries. Something is broken!")
a("zk_severe", CRIT, 1, "ERROR [SyncThread:{zkid}:o.a.z.s.ZooKeeperCriticalThread@{r:40-60}] - Severe unrecoverable error, from thread : SyncThread:{zkid} java.io.IOException: No space left on device")

TEMPLATES = sp + kf + zk
