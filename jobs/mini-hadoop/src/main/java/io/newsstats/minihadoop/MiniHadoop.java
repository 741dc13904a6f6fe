package io.newsstats.minihadoop;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.concurrent.CountDownLatch;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.server.MiniYARNCluster;

/**
 * Starts HDFS (one NameNode, one DataNode) and YARN (one ResourceManager, one NodeManager) in this
 * JVM, writes their client configuration to CONF_DIR (core-site.xml, hdfs-site.xml, yarn-site.xml:
 * what HADOOP_CONF_DIR points at on a real cluster), then writes CONF_DIR/ready and runs until
 * killed. The YARN settings follow Spark's own YarnClusterSuite.
 *
 *   java -cp 'lib/*:mini-hadoop-1.jar' io.newsstats.minihadoop.MiniHadoop WORK_DIR CONF_DIR NM_MEMORY_MB NM_VCORES
 */
public final class MiniHadoop {
  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: MiniHadoop WORK_DIR CONF_DIR NM_MEMORY_MB NM_VCORES");
      System.exit(2);
    }
    File work = new File(args[0]);
    File confDir = new File(args[1]);
    Files.createDirectories(confDir.toPath());

    Configuration dfsConf = new Configuration();
    dfsConf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, new File(work, "dfs").getAbsolutePath());
    dfsConf.set("dfs.namenode.rpc-bind-host", "127.0.0.1");
    MiniDFSCluster dfs = new MiniDFSCluster.Builder(dfsConf).numDataNodes(1).nameNodePort(0).build();
    dfs.waitActive();
    String defaultFs = "hdfs://127.0.0.1:" + dfs.getNameNodePort();

    YarnConfiguration yarnConf = new YarnConfiguration();
    yarnConf.set("fs.defaultFS", defaultFs);
    yarnConf.set("yarn.scheduler.capacity.root.queues", "default");
    yarnConf.setInt("yarn.scheduler.capacity.root.default.capacity", 100);
    yarnConf.setFloat("yarn.scheduler.capacity.root.default.user-limit-factor", 1);
    yarnConf.setInt("yarn.scheduler.capacity.root.default.maximum-capacity", 100);
    yarnConf.set("yarn.scheduler.capacity.root.default.state", "RUNNING");
    yarnConf.set("yarn.scheduler.capacity.root.default.acl_submit_applications", "*");
    yarnConf.set("yarn.scheduler.capacity.root.default.acl_administer_queue", "*");
    yarnConf.setInt("yarn.scheduler.capacity.node-locality-delay", -1);
    // A shared CI disk is often fuller than the NodeManager's default 90% health limit.
    yarnConf.set("yarn.nodemanager.disk-health-checker.max-disk-utilization-per-disk-percentage", "100.0");
    // Container heaps are sized by Spark; the NodeManager's virtual/physical memory checks only kill
    // JVMs that reserve more address space than they use.
    yarnConf.setBoolean("yarn.nodemanager.vmem-check-enabled", false);
    yarnConf.setBoolean("yarn.nodemanager.pmem-check-enabled", false);
    yarnConf.setInt("yarn.nodemanager.resource.memory-mb", Integer.parseInt(args[2]));
    yarnConf.setInt("yarn.nodemanager.resource.cpu-vcores", Integer.parseInt(args[3]));
    yarnConf.setInt("yarn.scheduler.maximum-allocation-mb", Integer.parseInt(args[2]));
    yarnConf.setInt("yarn.scheduler.minimum-allocation-mb", 128);
    yarnConf.set("yarn.nodemanager.env-whitelist",
        "JAVA_HOME,HADOOP_COMMON_HOME,HADOOP_HDFS_HOME,HADOOP_CONF_DIR,HADOOP_YARN_HOME,SPARK_HOME,SPARK_LOCAL_IP");
    MiniYARNCluster yarn = new MiniYARNCluster("newsstats", 1, 1, 1);
    yarn.init(yarnConf);
    yarn.start();
    // The ResourceManager's address is known once it has bound its port.
    Configuration yarnClientConf = yarn.getConfig();
    while (yarnClientConf.get(YarnConfiguration.RM_ADDRESS, "").endsWith(":0")) {
      Thread.sleep(100);
    }

    Configuration hdfsSite = new Configuration(false);
    hdfsSite.setInt("dfs.replication", 1);  // one DataNode
    write(hdfsSite, new File(confDir, "hdfs-site.xml"));
    Configuration core = new Configuration(false);
    core.set("fs.defaultFS", defaultFs);
    write(core, new File(confDir, "core-site.xml"));
    // Clients need only the ResourceManager's addresses; the rest of the mini-cluster's settings name
    // test classes (e.g. StaticMapping for racks) that a Spark distribution does not have.
    Configuration yarnSite = new Configuration(false);
    for (java.util.Map.Entry<String, String> e : yarnClientConf) {
      if (e.getKey().startsWith("yarn.resourcemanager.") && e.getKey().endsWith("address")) {
        yarnSite.set(e.getKey(), yarnClientConf.get(e.getKey()));
      }
    }
    write(yarnSite, new File(confDir, "yarn-site.xml"));
    Files.writeString(new File(confDir, "ready").toPath(),
        "fs.defaultFS=" + defaultFs + "\nyarn.resourcemanager.address="
            + yarnClientConf.get(YarnConfiguration.RM_ADDRESS) + "\n");
    System.out.println("mini-hadoop ready: " + defaultFs + ", ResourceManager "
        + yarnClientConf.get(YarnConfiguration.RM_ADDRESS));

    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      yarn.stop();
      dfs.shutdown();
    }));
    new CountDownLatch(1).await();
  }

  private static void write(Configuration conf, File file) throws IOException {
    try (OutputStream out = new FileOutputStream(file)) {
      conf.writeXml(out);
    }
  }
}
