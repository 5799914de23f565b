package org.newsatlas.spark.nightly;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Commits a run's staged table partitions by renames, so that a run killed at any point leaves either the previous
 * tables or (after the next run rolls forward) the new ones, never a mix that stays.
 *
 * <p>Layout: a run writes every new partition to {@code <root>/_staging/<run_id>/tables/<table>/<partition>} (outside
 * every table folder: neither Spark nor a DuckDB {@code <table>/**} glob reaches it). Then:
 * <ol>
 *   <li>{@link #writeManifest}: the list of actions, written to a temporary name and renamed to {@code _MANIFEST}. Its
 *       presence is the commit point: without it the staging is discarded, with it the commit is rolled forward.</li>
 *   <li>{@link #apply}: for each action, the live partition (if any) is moved aside to {@code old/}, then the staged
 *       one (if any) is moved in. Every step checks where things are, so applying twice is applying once.</li>
 *   <li>{@code _COMMITTED} is written, then the staging folder (with the old partitions) is deleted.</li>
 * </ol>
 * {@link #recover} runs first in every nightly run. One nightly run at a time per output root ({@link OutputLock}):
 * a second concurrent run would roll back the first one's staging.
 */
public final class TableCommit {
  /** The folder under the output root holding every run's staging. */
  public static final String STAGING = "_staging";
  static final String MANIFEST = "_MANIFEST";
  static final String COMMITTED = "_COMMITTED";

  /** Replace {@code <table>/<partition>} (empty partition: the whole table) by the staged copy, or delete it when none is staged. */
  public record Action(String table, String partition, boolean staged) {
    String line() {
      return table + "\t" + partition + "\t" + (staged ? "REPLACE" : "DELETE");
    }

    static Action parse(String line) {
      String[] f = line.split("\t", -1);
      return new Action(f[0], f[1], "REPLACE".equals(f[2]));
    }
  }

  /** Called between steps; tests throw from it to simulate a crash there. */
  public interface StepHook {
    void reached(String step);
  }

  private final FileSystem fs;
  private final Path root;
  private final Path dir;
  private StepHook hook = step -> {};

  public TableCommit(String outputRoot, String runId, Configuration conf) {
    try {
      this.root = new Path(outputRoot);
      this.fs = root.getFileSystem(conf);
      this.dir = new Path(new Path(root, STAGING), runId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public TableCommit withHook(StepHook hook) {
    this.hook = hook;
    return this;
  }

  /** Where a run writes the new content of a table (then {@code <partition>} folders below it). */
  public String stagedTable(String table) {
    return new Path(new Path(dir, "tables"), table).toString();
  }

  /** A scratch folder of this run, discarded with the staging. */
  public String scratch(String name) {
    return new Path(new Path(dir, "scratch"), name).toString();
  }

  private Path staged(Action a) {
    Path t = new Path(new Path(dir, "tables"), a.table());
    return a.partition().isEmpty() ? t : new Path(t, a.partition());
  }

  private Path live(Action a) {
    Path t = new Path(root, a.table());
    return a.partition().isEmpty() ? t : new Path(t, a.partition());
  }

  private Path aside(Action a) {
    Path t = new Path(new Path(dir, "old"), a.table());
    return a.partition().isEmpty() ? t : new Path(t, a.partition());
  }

  /** True when the staged partition exists (Spark wrote at least one file for it). */
  public boolean isStaged(String table, String partition) {
    return exists(staged(new Action(table, partition, true)));
  }

  /** Stages an empty table (a folder with its {@code _SUCCESS} marker) for a table that does not exist yet. */
  public Action stageEmptyTable(String table) {
    try {
      Path t = new Path(new Path(dir, "tables"), table);
      fs.mkdirs(t);
      fs.create(new Path(t, "_SUCCESS"), true).close();
      return new Action(table, "", true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True when the live table folder exists. */
  public boolean liveExists(String table) {
    return exists(new Path(root, table));
  }

  /** The commit point: after this returns, the run's changes will be applied, by this run or the next one. */
  public void writeManifest(List<Action> actions) {
    StringBuilder sb = new StringBuilder();
    for (Action a : actions) sb.append(a.line()).append('\n');
    Path tmp = new Path(dir, MANIFEST + ".tmp");
    try {
      fs.mkdirs(dir);
      try (OutputStream out = fs.create(tmp, true)) {
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
      }
      hook.reached("manifest-written");
      if (!fs.rename(tmp, new Path(dir, MANIFEST))) throw new IOException("cannot rename " + tmp);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the commit manifest in " + dir + ": " + e.getMessage(), e);
    }
    hook.reached("manifest-committed");
  }

  /** Applies the manifest's actions (idempotent), marks the commit done, and deletes the staging. */
  public void apply() {
    rollForward();
    cleanUp();
  }

  /** Applies the manifest's actions (idempotent) and marks the commit done; the staging stays. */
  void rollForward() {
    List<Action> actions = readManifest();
    try {
      for (Action a : actions) {
        Path src = staged(a), dst = live(a), old = aside(a);
        boolean pending = a.staged() ? fs.exists(src) : fs.exists(dst);
        if (!pending) continue; // done by an earlier attempt
        if (fs.exists(dst)) {
          if (!fs.exists(old)) {
            fs.mkdirs(old.getParent());
            rename(dst, old);
          } else {
            fs.delete(dst, true); // cannot happen in this protocol; never leave two copies
          }
          hook.reached("aside " + a.table() + "/" + a.partition());
        }
        if (a.staged()) {
          fs.mkdirs(dst.getParent());
          rename(src, dst);
          hook.reached("moved-in " + a.table() + "/" + a.partition());
        }
      }
      for (Action a : actions) {
        Path success = new Path(new Path(root, a.table()), "_SUCCESS");
        if (fs.exists(success.getParent()) && !fs.exists(success)) fs.create(success, true).close();
      }
      fs.create(new Path(dir, COMMITTED), true).close();
      hook.reached("committed");
    } catch (IOException e) {
      throw new UncheckedIOException("commit of " + dir + " failed (the next run rolls it forward): " + e.getMessage(), e);
    }
  }

  /** Deletes the staging of a finished commit (with the old partitions moved aside). */
  void cleanUp() {
    try {
      fs.delete(dir, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    hook.reached("cleaned");
  }

  /** Deletes this run's staging without applying it. */
  public void discard() {
    try {
      fs.delete(dir, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void rename(Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) throw new IOException("rename " + from + " -> " + to + " failed");
  }

  private boolean exists(Path p) {
    try {
      return fs.exists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Action> readManifest() {
    List<Action> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(fs.open(new Path(dir, MANIFEST)), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) if (!line.isBlank()) out.add(Action.parse(line));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the commit manifest of " + dir + ": " + e.getMessage(), e);
    }
    return out;
  }

  /** What recovery did with one interrupted run's staging. */
  public record Recovered(String runId, boolean rolledForward) {}

  /**
   * Finishes or discards every unfinished commit under the output root: a staging with a manifest is applied (rolled
   * forward), one without is deleted (rolled back: nothing of it was visible).
   */
  public static List<Recovered> recover(String outputRoot, Configuration conf, StepHook hook) {
    return recover(outputRoot, conf, hook, r -> {});
  }

  /**
   * As {@link #recover(String, Configuration, StepHook)}, calling {@code settled} for each interrupted run after its
   * commit is rolled forward (or found without manifest) and before its staging is deleted: the staging is the only
   * evidence of what became of the run, so it stays until the caller has recorded it.
   */
  public static List<Recovered> recover(String outputRoot, Configuration conf, StepHook hook,
      java.util.function.Consumer<Recovered> settled) {
    List<Recovered> out = new ArrayList<>();
    try {
      Path staging = new Path(new Path(outputRoot), STAGING);
      FileSystem fs = staging.getFileSystem(conf);
      if (!fs.exists(staging)) return out;
      FileStatus[] runs = fs.listStatus(staging);
      java.util.Arrays.sort(runs, (a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
      for (FileStatus st : runs) {
        if (!st.isDirectory()) continue;
        String runId = st.getPath().getName();
        TableCommit c = new TableCommit(outputRoot, runId, conf).withHook(hook);
        Recovered r = new Recovered(runId, fs.exists(new Path(st.getPath(), MANIFEST)));
        if (r.rolledForward()) c.rollForward();
        settled.accept(r);
        if (r.rolledForward()) c.cleanUp();
        else c.discard();
        out.add(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot recover unfinished commits under " + outputRoot + ": " + e.getMessage(), e);
    }
    return out;
  }
}
