package org.newsatlas.spark;

import java.util.concurrent.atomic.AtomicReference;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/**
 * Says why a command stops when its JVM is asked to exit (a scheduler's SIGTERM, Ctrl-C), instead of what follows
 * otherwise: Spark stops its context from a shutdown hook under the running jobs, and every task and the command
 * then fail with errors about a missing block manager or a null endpoint, which read like a bug.
 *
 * <p>The hook goes in Hadoop's shutdown hook manager above Spark's own priority, so it runs before the context
 * stops. It does nothing when no command is running (a normal {@code System.exit} after the summary).
 */
public final class ShutdownNotice {
  /** Runs before Spark's hooks (SparkContext stops at 50, Spark's manager itself sits at 40 in Hadoop's). */
  private static final int PRIORITY = 100;

  private static final AtomicReference<String> RUNNING = new AtomicReference<>();
  private static volatile boolean stopping;

  static {
    org.apache.hadoop.util.ShutdownHookManager.get().addShutdownHook(ShutdownNotice::onShutdown, PRIORITY);
  }

  private ShutdownNotice() {}

  /** Marks {@code command} as running until {@link #finished()}. */
  public static void running(String command) {
    RUNNING.set(command);
  }

  public static void finished() {
    RUNNING.set(null);
  }

  /** True once the JVM began to exit while a command was running: its failure is the shutdown, not an error. */
  public static boolean stopping() {
    return stopping;
  }

  private static void onShutdown() {
    String command = RUNNING.get();
    if (command == null) return;
    stopping = true;
    // The errors of tasks cut short say nothing a person can act on.
    Configurator.setRootLevel(Level.OFF);
    String next = command.equals("nightly")
        ? "The next `nightly` takes its lock over and recovers or rolls forward what this one left (README, Crash safety)."
        : "Tables it had not finished writing are incomplete: run it again.";
    System.err.printf("%n[newsatlas] stopping: the JVM was asked to exit (SIGTERM or Ctrl-C) while `%s` was running. %s%n",
        command, next);
    System.err.flush();
  }
}
