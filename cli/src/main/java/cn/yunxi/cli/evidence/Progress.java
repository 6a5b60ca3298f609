package cn.yunxi.cli.evidence;

import java.io.PrintWriter;

/**
 * Progress of a long deposit on stderr (never stdout, which may carry {@code --json}): a bar
 * redrawn in place on a terminal, else one plain line every {@code every} files and at the end, so
 * that logs stay readable.
 */
final class Progress {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean terminal;
  private final int total;
  private final long totalBytes;
  private final int every;
  private int done;
  private int skipped;
  private int failed;
  private long bytes;

  Progress(PrintWriter err, boolean terminal, int total, long totalBytes, int every) {
    this.err = err;
    this.terminal = terminal;
    this.total = total;
    this.totalBytes = totalBytes;
    this.every = Math.max(1, every);
  }

  /** One file finished: deposited, already there, or failed. */
  synchronized void finished(long size, boolean alreadyThere, boolean failure) {
    done++;
    bytes += size;
    if (alreadyThere) {
      skipped++;
    }
    if (failure) {
      failed++;
    }
    if (terminal) {
      int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
      err.print(
          "\r["
              + "#".repeat(filled)
              + " ".repeat(WIDTH - filled)
              + "] "
              + done
              + "/"
              + total
              + " files, "
              + mib(bytes)
              + "/"
              + mib(totalBytes)
              + counts());
      if (done == total) {
        err.println();
      }
      err.flush();
    } else if (done % every == 0 || done == total) {
      err.println("deposited " + done + "/" + total + " files, " + mib(bytes) + counts());
      err.flush();
    }
  }

  private String counts() {
    return (skipped > 0 ? ", " + skipped + " already on chain" : "")
        + (failed > 0 ? ", " + failed + " failed" : "");
  }

  private static String mib(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
  }
}
