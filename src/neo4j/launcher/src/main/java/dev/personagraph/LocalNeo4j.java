package dev.personagraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs a real Neo4j 5.26 Community DBMS with Bolt on a loopback address, for development and tests.
 *
 * <p>Usage: LocalNeo4j &lt;dataDir&gt; &lt;host&gt; &lt;port&gt; &lt;pluginDir&gt;. Prints "NEO4J_READY bolt://host:port" once
 * Bolt accepts connections. It stops when its standard input closes, so the JVM never outlives the
 * Node process that started it (no orphans), and on SIGTERM/SIGINT through the shutdown hook.
 */
public final class LocalNeo4j {
  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: LocalNeo4j <dataDir> <host> <port> <pluginDir>");
      System.exit(2);
    }
    Path dataDir = Path.of(args[0]).toAbsolutePath();
    String host = args[1];
    int port = Integer.parseInt(args[2]);
    Path pluginDir = Path.of(args[3]).toAbsolutePath();

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(dataDir)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.plugin_dir, pluginDir)
            .setConfig(GraphDatabaseSettings.procedure_unrestricted, java.util.List.of("apoc.*"))
            // Loopback only, so no auth: the API in front of it is what users talk to.
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(
                GraphDatabaseSettings.pagecache_memory,
                ByteUnit.parse(System.getProperty("personagraph.pagecache", "256m")))
            .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  dbms.shutdown();
                  stopped.countDown();
                }));

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    db.executeTransactionally("RETURN 1");
    System.out.println("NEO4J_READY bolt://" + host + ":" + port);
    System.out.flush();

    // Parent-death watch: EOF on stdin means whoever started us is gone.
    Thread watcher =
        new Thread(
            () -> {
              try (InputStream in = System.in) {
                while (in.read() != -1) {
                  // ignore input
                }
              } catch (IOException ignored) {
                // treat as EOF
              }
              System.exit(0);
            },
            "parent-watch");
    watcher.setDaemon(true);
    watcher.start();
    stopped.await();
  }
}
