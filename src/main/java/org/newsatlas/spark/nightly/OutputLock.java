package org.newsatlas.spark.nightly;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * One nightly run at a time per output root: an exclusive lock file, {@code <root>/_nightly.lock}, naming the run
 * that holds it (run id, host, process id, start time). Two runs at once would each roll back the other's staging
 * and race on the commit, so a second run is refused with {@link HeldException}.
 *
 * <p>A run killed with {@code kill -9} cannot delete its lock, so a lock is stale, and taken over by the next run,
 * when its holder's process is gone (same host: at once) or its heartbeat is older than {@code staleAfter} (any host;
 * the holder touches the file every {@code staleAfter / 6}). Before its commit point a run checks with
 * {@link #verify} that the lock is still its own, so that a run paused past the limit and taken over applies nothing.
 *
 * <p>Creating the lock is atomic on local file systems (a hard link of a complete file) and on HDFS and other file
 * systems whose rename refuses an existing target; on S3 it is not, and the heartbeat (a time update) is not kept
 * either: keep nightly output roots on HDFS or local disk, as for the commit itself.
 */
public final class OutputLock implements AutoCloseable {
  /** The lock file under the output root (leading underscore: Spark and the query command skip it). */
  public static final String FILE = "_nightly.lock";

  /** A run that holds, or held, the lock. */
  public record Holder(String runId, String host, long pid, long processStartMillis, Instant startedAt) {
    String text() {
      return "run_id=" + runId + "\nhost=" + host + "\npid=" + pid + "\nprocess_start=" + processStartMillis
          + "\nstarted_at=" + startedAt + "\n";
    }

    static Holder parse(String text) {
      Properties p = new Properties();
      try {
        p.load(new StringReader(text));
        return new Holder(p.getProperty("run_id"), p.getProperty("host"), Long.parseLong(p.getProperty("pid")),
            Long.parseLong(p.getProperty("process_start")), Instant.parse(p.getProperty("started_at")));
      } catch (IOException | RuntimeException e) {
        return null; // a lock being written, or not one of ours: judged by its age alone
      }
    }

    @Override
    public String toString() {
      return runId + " (host " + host + ", pid " + pid + ", started " + startedAt + ")";
    }
  }

  /** Another live run holds the lock: nothing was done. */
  public static final class HeldException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HeldException(String message) {
      super(message);
    }
  }

  private final FileSystem fs;
  private final Path lock;
  private final Holder me;
  private final ScheduledExecutorService heartbeat;
  private final String tookOver;

  private OutputLock(FileSystem fs, Path lock, Holder me, Duration staleAfter, String tookOver) {
    this.fs = fs;
    this.lock = lock;
    this.me = me;
    this.tookOver = tookOver;
    this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "newsatlas-lock-heartbeat");
      t.setDaemon(true);
      return t;
    });
    long every = Math.max(100, staleAfter.toMillis() / 6);
    heartbeat.scheduleAtFixedRate(this::beat, every, every, TimeUnit.MILLISECONDS);
  }

  /**
   * Takes the lock of {@code outputRoot} for {@code runId}, taking over a stale one; throws {@link HeldException}
   * naming the holder when a live run holds it.
   */
  public static OutputLock acquire(String outputRoot, String runId, Configuration conf, Duration staleAfter) {
    try {
      Path root = new Path(outputRoot);
      FileSystem fs = root.getFileSystem(conf);
      fs.mkdirs(root);
      Path lock = new Path(root, FILE);
      Holder me = new Holder(runId, localHost(), ProcessHandle.current().pid(), processStart(ProcessHandle.current()),
          Instant.now());
      String tookOver = null;
      for (int attempt = 0; attempt < 3; attempt++) {
        if (create(fs, lock, me)) return new OutputLock(fs, lock, me, staleAfter, tookOver);
        Optional<FileStatus> st = status(fs, lock);
        if (st.isEmpty()) continue; // released in between: try again
        Holder h = Holder.parse(read(fs, lock));
        Duration age = Duration.between(Instant.ofEpochMilli(st.get().getModificationTime()), Instant.now());
        String why = staleBecause(h, age, staleAfter, me.host());
        if (why == null) throw new HeldException(heldMessage(lock, h, age, staleAfter));
        if (!moveAsideIfSame(fs, lock, h, runId)) continue; // someone else took it over first: look again
        tookOver = (h == null ? "an unreadable lock" : "the lock of run " + h) + ": " + why;
        System.err.println("[newsatlas] nightly    took over " + tookOver);
      }
      throw new HeldException("could not take the lock " + lock + " after 3 attempts: other runs are starting on the "
          + "same output root at the same time; run one at a time");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot take the lock under " + outputRoot + ": " + e.getMessage(), e);
    }
  }

  /** What this run took over (a stale lock and why), or null. */
  public String tookOver() {
    return tookOver;
  }

  /** The lock file. */
  public Path path() {
    return lock;
  }

  /** Throws unless the lock still names this run: called before the commit point. */
  public void verify() {
    Holder h;
    try {
      h = status(fs, lock).isPresent() ? Holder.parse(read(fs, lock)) : null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the lock " + lock + ": " + e.getMessage(), e);
    }
    if (h == null || !me.runId().equals(h.runId())) {
      throw new IllegalStateException("run " + me.runId() + " no longer holds the lock " + lock + " ("
          + (h == null ? "it is gone" : "run " + h + " took it over") + ", presumably because this run stalled longer "
          + "than the lock's stale limit); nothing of this run is applied, the next run redoes its work.");
    }
  }

  /** Stops the heartbeat and deletes the lock if it is still this run's. */
  @Override
  public void close() {
    heartbeat.shutdownNow();
    try {
      if (status(fs, lock).isPresent()) {
        Holder h = Holder.parse(read(fs, lock));
        if (h != null && me.runId().equals(h.runId())) fs.delete(lock, false);
      }
    } catch (IOException e) {
      System.err.println("[newsatlas] nightly    could not release the lock " + lock + " (" + e.getMessage()
          + "); the next run takes it over as stale");
    }
  }

  private void beat() {
    try {
      fs.setTimes(lock, System.currentTimeMillis(), -1);
    } catch (IOException | RuntimeException e) {
      // A missed beat only ages the lock; verify() catches a lost lock before the commit point.
    }
  }

  /** Why the holder is gone (null: it may be alive). */
  static String staleBecause(Holder h, Duration age, Duration staleAfter, String localHost) {
    if (h != null && h.host().equals(localHost)) {
      Optional<ProcessHandle> p = ProcessHandle.of(h.pid());
      if (p.isEmpty()) return "its process " + h.pid() + " on this host is gone";
      long start = processStart(p.get());
      if (start != 0 && h.processStartMillis() != 0 && start != h.processStartMillis()) {
        return "process " + h.pid() + " on this host is another program now";
      }
    }
    if (age.compareTo(staleAfter) > 0) {
      return "no heartbeat for " + age.toSeconds() + " s (limit " + staleAfter.toSeconds() + " s, setting nightly.lock.stale.minutes)";
    }
    return null;
  }

  private static String heldMessage(Path lock, Holder h, Duration age, Duration staleAfter) {
    return "another nightly run holds " + lock + ": " + (h == null ? "a run whose lock file cannot be read" : "run " + h)
        + ", last heartbeat " + age.toSeconds() + " s ago. Not starting a second run on the same output. If that run "
        + "is dead (its driver was killed on another host), the next run takes the lock over once its heartbeat is older "
        + "than " + staleAfter.toMinutes() + " min (at once on the same host); to take it over now, delete " + lock + ".";
  }

  /** Creates the lock with this run's content, atomically; false when it exists. */
  private static boolean create(FileSystem fs, Path lock, Holder me) throws IOException {
    byte[] content = me.text().getBytes(StandardCharsets.UTF_8);
    Path tmp = new Path(lock.getParent(), FILE + "." + me.runId() + "." + UUID.randomUUID() + ".tmp");
    java.io.File localTmp = localFile(fs, tmp);
    if (localTmp != null) {
      // Hadoop's local rename replaces an existing target: a hard link of the finished file is the atomic create.
      java.nio.file.Path t = localTmp.toPath();
      java.nio.file.Path l = localFile(fs, lock).toPath();
      Files.write(t, content);
      try {
        Files.createLink(l, t);
        return true;
      } catch (FileAlreadyExistsException e) {
        return false;
      } finally {
        Files.deleteIfExists(t);
      }
    }
    try (OutputStream out = fs.create(tmp, false)) {
      out.write(content);
    }
    try {
      return fs.rename(tmp, lock); // HDFS and alike: refuses an existing target
    } finally {
      fs.delete(tmp, false);
    }
  }

  /**
   * Moves a stale lock aside, then checks that what moved is the lock judged stale (another starting run may have
   * replaced it meanwhile; then it is put back). True when the stale lock is out of the way.
   */
  private static boolean moveAsideIfSame(FileSystem fs, Path lock, Holder stale, String runId) throws IOException {
    Path aside = new Path(lock.getParent(), FILE + ".stale." + runId);
    if (!fs.rename(lock, aside)) return false;
    Holder moved = Holder.parse(read(fs, aside));
    boolean same = stale == null ? moved == null : moved != null && stale.runId().equals(moved.runId());
    if (!same && moved != null) {
      create(fs, lock, moved); // a fresh lock of another run: restore it (if a third run took it, that one holds)
    }
    fs.delete(aside, false);
    return same;
  }

  /** The file behind a path of the local file system; null on other file systems. */
  private static java.io.File localFile(FileSystem fs, Path p) {
    if (fs instanceof LocalFileSystem l) return l.pathToFile(p);
    if (fs instanceof RawLocalFileSystem r) return r.pathToFile(p);
    return null;
  }

  private static Optional<FileStatus> status(FileSystem fs, Path p) throws IOException {
    try {
      return Optional.of(fs.getFileStatus(p));
    } catch (java.io.FileNotFoundException e) {
      return Optional.empty();
    }
  }

  private static String read(FileSystem fs, Path p) throws IOException {
    try (InputStream in = fs.open(p)) {
      return new String(in.readNBytes(1 << 16), StandardCharsets.UTF_8);
    } catch (java.io.FileNotFoundException e) {
      return "";
    }
  }

  private static long processStart(ProcessHandle p) {
    return p.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
  }

  static String localHost() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      String h = System.getenv("HOSTNAME");
      return h == null ? "unknown-host" : h;
    }
  }
}
