package org.minzheng.payout;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32C;
import org.minzheng.internal.payout.Bytes;
import org.minzheng.internal.payout.LineReader;
import org.minzheng.scheme.Stamp;
import org.minzheng.standard.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only {@link Ledger} in one file (JSON Lines, UTF-8), safe against crashes.
 *
 * <p>A run is written as a run record, its lines (with the standards stamps they use), and last a
 * commit record carrying the run's line count, total and a CRC32C of the run's bytes; the commit is
 * forced to disk before {@link Transaction#commit()} returns. A run that fails is cut off the file
 * again. On {@link #open(Path) open}, a trailing run without a valid commit record (a crash
 * mid-write) is ignored and truncated, so the file stays readable and the run is as if it never
 * happened; damage anywhere else raises {@link LedgerCorruptedException} and leaves the file alone.
 *
 * <p>Memory does not grow with the ledger's history: the idempotency-key index is partitioned by
 * (kind, run month) (two lines with equal keys always share a partition, see
 * {@code KeyPartitions}), and a transaction loads the 64-bit key fingerprints of only the partitions
 * its lines fall in, lazily, from the byte ranges of the committed runs that hold lines of that
 * partition (remembered while opening and committing, so a load reads only those runs, not the
 * whole file). The loaded keys are dropped when the transaction ends. So a run holds about one
 * month's keys (11 to 21 bytes each with the table's slack); between runs the ledger keeps only the
 * run list and a few offsets per run. Lines are read back from the file by {@link #forEachLine}.
 * The file is locked against a second writer process.
 *
 * @since 0.1
 */
public final class FileLedger implements Ledger {
  private static final Logger log = LoggerFactory.getLogger(FileLedger.class);

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private final UnaryOperator<OutputStream> wrap;
  private final LedgerCodec codec = new LedgerCodec();
  /** Per partition, the committed runs holding lines of it: file offsets and the partition's line count. */
  private final Map<Long, RunRanges> partitions = new HashMap<>();
  private final List<RecordedRun> runs = new ArrayList<>();
  private long committedEnd;
  private long lineCount;
  private Tx open;
  private boolean closed;

  private FileLedger(Path file, FileChannel channel, FileLock lock, UnaryOperator<OutputStream> wrap) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
    this.wrap = wrap;
  }

  /**
   * Opens a ledger file, creating it if absent; an unfinished last run is truncated.
   *
   * @param file the file, not null
   * @return the ledger
   * @throws LedgerCorruptedException if the file is damaged other than by an unfinished last run
   * @throws IllegalStateException if another process or ledger holds the file
   * @throws UncheckedIOException if the file cannot be read or written
   */
  public static FileLedger open(Path file) {
    return open(file, UnaryOperator.identity());
  }

  /** Opens with a wrapper around the file's output stream: the hook tests use to inject write failures. */
  static FileLedger open(Path file, UnaryOperator<OutputStream> wrap) {
    requireNonNull(file, "file");
    FileChannel ch = null;
    try {
      ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw new IllegalStateException("ledger file " + file + " is already open by another ledger or process");
      }
      FileLedger l = new FileLedger(file, ch, lock, wrap);
      l.load();
      return l;
    } catch (IOException e) {
      closeQuietly(ch);
      throw new UncheckedIOException("cannot open ledger " + file, e);
    } catch (RuntimeException e) {
      closeQuietly(ch);
      throw e;
    }
  }

  private static void closeQuietly(FileChannel ch) {
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException ignored) {
        // the original failure matters more
      }
    }
  }

  /** @return the file */
  public Path file() {
    return file;
  }

  private void load() throws IOException {
    long size = channel.size();
    if (size == 0) {
      channel.write(java.nio.ByteBuffer.wrap(codec.header()), 0);
      channel.force(true);
      committedEnd = channel.size();
      channel.position(committedEnd);
      return;
    }
    long validEnd = -1;
    String stop = null;
    long stopAt = 0;
    try (InputStream in = Files.newInputStream(file)) {
      LineReader r = new LineReader(in, size);
      Map<Long, long[]> pending = null; // partition -> lines of it in the pending run
      long pendingStart = 0;
      long lastPartition = Long.MIN_VALUE;
      long[] lastCount = null;
      long pendingSeq = 0;
      long pendingLines = 0;
      long pendingFen = 0;
      RunHeader pendingHeader = null;
      CRC32C crc = new CRC32C();
      boolean first = true;
      while (r.next()) {
        LedgerCodec.Record rec;
        try {
          rec = codec.parse(r.bytes(), r.length());
        } catch (IllegalArgumentException e) {
          stop = "malformed record: " + e.getMessage();
          stopAt = r.lineStart();
          break;
        }
        if (first) {
          if (!(rec instanceof LedgerCodec.Header h) || !LedgerCodec.FORMAT.equals(h.format())
              || !LedgerCodec.reads(h.version())) {
            throw new LedgerCorruptedException(file, 0, "the first record is not a " + LedgerCodec.FORMAT
                + " version 1 or " + LedgerCodec.VERSION + " header");
          }
          first = false;
          validEnd = r.lineEnd();
          continue;
        }
        if (rec instanceof LedgerCodec.Run run) {
          if (pending != null || run.seq() != runs.size() + 1L) {
            stop = "run record " + run.seq() + " where run " + (runs.size() + 1) + " was expected"
                + (pending != null ? " to be committed" : "");
            stopAt = r.lineStart();
            break;
          }
          pending = new HashMap<>();
          lastPartition = Long.MIN_VALUE;
          pendingStart = r.lineStart();
          pendingSeq = run.seq();
          pendingHeader = run.header();
          pendingLines = 0;
          pendingFen = 0;
          crc.reset();
          crc.update(r.bytes(), 0, r.length());
        } else if (rec instanceof LedgerCodec.StampRec && pending != null) {
          crc.update(r.bytes(), 0, r.length());
        } else if (rec instanceof LedgerCodec.Line line && pending != null) {
          crc.update(r.bytes(), 0, r.length());
          long p = KeyPartitions.of(line.kind(), line.runMonth());
          if (p != lastPartition) {
            lastPartition = p;
            lastCount = pending.computeIfAbsent(p, k -> new long[1]);
          }
          lastCount[0]++;
          pendingLines++;
          pendingFen = Math.addExact(pendingFen, line.amount().fen());
        } else if (rec instanceof LedgerCodec.Commit c && pending != null) {
          String expected = crcHex(crc);
          if (c.seq() != pendingSeq || c.lines() != pendingLines || !c.crc().equals(expected)
              || c.amount().fen() != pendingFen) {
            stop = "commit of run " + c.seq() + " does not match its run (lines " + c.lines() + " vs " + pendingLines
                + ", crc " + c.crc() + " vs " + expected + ")";
            stopAt = r.lineStart();
            break;
          }
          for (Map.Entry<Long, long[]> e : pending.entrySet()) {
            partitions.computeIfAbsent(e.getKey(), k -> new RunRanges()).add(pendingStart, r.lineEnd());
          }
          lineCount += pendingLines;
          runs.add(new RecordedRun(pendingSeq, pendingHeader, pendingLines, Money.ofFen(pendingFen)));
          pending = null;
          validEnd = r.lineEnd();
        } else {
          stop = "record outside a run";
          stopAt = r.lineStart();
          break;
        }
      }
      if (first) {
        throw new LedgerCorruptedException(file, 0, "the file has no complete header record");
      }
      if (stop == null && r.torn()) {
        stop = "incomplete last record";
        stopAt = r.lineStart();
      }
      if (stop != null && laterCommitExists(in, r)) {
        throw new LedgerCorruptedException(file, stopAt, stop + "; a committed run follows, so this is not an unfinished last run");
      }
    }
    if (validEnd < size) {
      log.warn("ledger {}: dropping an unfinished last run ({} bytes from offset {}); it was never committed",
          file, size - validEnd, validEnd);
      channel.truncate(validEnd);
      channel.force(true);
    }
    committedEnd = validEnd;
    channel.position(committedEnd);
  }

  private boolean laterCommitExists(InputStream in, LineReader r) throws IOException {
    while (r.next()) {
      try {
        if (codec.parse(r.bytes(), r.length()) instanceof LedgerCodec.Commit) {
          return true;
        }
      } catch (IllegalArgumentException ignored) {
        // more damage; keep looking for a commit
      }
    }
    return false;
  }

  /** The committed runs holding lines of one partition: their [start, end) byte ranges. */
  private static final class RunRanges {
    private long[] starts = new long[4];
    private long[] ends = new long[4];
    private int n;

    void add(long start, long end) {
      if (n == starts.length) {
        starts = java.util.Arrays.copyOf(starts, n * 2);
        ends = java.util.Arrays.copyOf(ends, n * 2);
      }
      starts[n] = start;
      ends[n] = end;
      n++;
    }
  }

  /**
   * Streams the committed lines of partition {@code p} (only the runs known to hold some) and hands
   * each one's key fingerprint to {@code action} until it returns false.
   */
  private void scanPartition(long p, java.util.function.LongPredicate action) {
    RunRanges rr = partitions.get(p);
    if (rr == null) {
      return;
    }
    LedgerCodec reader = new LedgerCodec(); // not the writer's
    try (FileChannel rc = FileChannel.open(file, StandardOpenOption.READ)) {
      for (int i = 0; i < rr.n; i++) {
        rc.position(rr.starts[i]);
        LineReader r = new LineReader(Channels.newInputStream(rc), rr.ends[i] - rr.starts[i]);
        while (r.next()) {
          // most records are lines as the codec wrote them: their key is read from the bytes, not parsed
          if (reader.lineKey(r.bytes(), r.length())) {
            if (reader.keyPartition() == p && !action.test(reader.keyFingerprint())) {
              return;
            }
          } else if (reader.parse(r.bytes(), r.length()) instanceof LedgerCodec.Line l
              && KeyPartitions.of(l.kind(), l.runMonth()) == p && !action.test(l.keyFingerprint())) {
            return;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ledger " + file, e);
    } catch (IllegalArgumentException e) {
      throw new LedgerCorruptedException(file, rr.starts[0], "a committed run of partition " + KeyPartitions.toString(p)
          + " no longer parses: " + e.getMessage());
    }
  }

  /** Hands {@code sink} the committed keys of the partition of (kind, run month), read from the file. */
  private void loadPartition(PayoutKind kind, java.time.YearMonth runMonth, java.util.function.LongConsumer sink) {
    scanPartition(KeyPartitions.of(kind, runMonth), k -> {
      sink.accept(k);
      return true;
    });
  }

  private static String crcHex(CRC32C crc) {
    return String.format("%08x", crc.getValue());
  }

  @Override
  public synchronized Transaction begin(RunHeader header) {
    requireNonNull(header, "header");
    checkState(!closed, "ledger %s is closed", file);
    checkState(open == null, "a transaction for %s is already open on ledger %s", open == null ? null : open.header, file);
    open = new Tx(header);
    return open;
  }

  @Override
  public synchronized boolean contains(PayoutLine line) {
    // reads the committed runs of the line's partition from the file: no index is kept between runs
    long k = line.keyFingerprint();
    boolean[] found = {false};
    scanPartition(KeyPartitions.of(line.kind(), line.runMonth()), f -> {
      found[0] = f == k;
      return !found[0];
    });
    return found[0];
  }

  /**
   * The number of key fingerprints held in memory: those of the partitions the open transaction
   * has loaded (committed and its own), 0 with no transaction open. For tests of the memory bound.
   */
  synchronized long indexedKeyCount() {
    return open == null ? 0 : open.indexedKeyCount();
  }

  @Override
  public synchronized List<RecordedRun> runs() {
    return List.copyOf(runs);
  }

  @Override
  public synchronized long lineCount() {
    return lineCount;
  }

  /** @return the length of the committed part of the file, in bytes */
  public synchronized long committedLength() {
    return committedEnd;
  }

  @Override
  public void forEachLine(Consumer<? super PayoutLine> action) {
    requireNonNull(action, "action");
    long end;
    synchronized (this) {
      checkState(!closed, "ledger %s is closed", file);
      end = committedEnd;
    }
    read(new long[] {0, end}, null, action);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Reads only the committed runs that can hold lines of those months, and parses only those
   * lines. Which runs: the ledger knows, per partition (kind, run month), the runs holding lines of
   * it; a regular or one-off line is paid in its own month (run month = period) and a correction in
   * or after the month it corrects (run month ≥ period), so a run whose lines are all regular or
   * one-off of other months, or corrections paid before the first month asked for, is passed over
   * unread. Within a run read, a line of another month is passed over on its bytes (its month is read
   * from its {@code "p"} field, see the file format) and never parsed. So a pass for one benefit month
   * of a long history reads that month's regular run and the correction runs after it.
   */
  @Override
  public void forEachLineOf(java.util.Set<java.time.YearMonth> periods, Consumer<? super PayoutLine> action) {
    requireNonNull(periods, "periods");
    requireNonNull(action, "action");
    int[] wanted = periods.stream().mapToInt(LedgerCodec::monthCode).sorted().toArray();
    long[] ranges;
    synchronized (this) {
      checkState(!closed, "ledger %s is closed", file);
      ranges = wanted.length == 0 ? new long[0] : runsHolding(wanted);
    }
    read(ranges, wanted, action);
  }

  /**
   * The byte ranges of the committed runs that may hold lines of the {@code wanted} month codes
   * (sorted, not empty), as {@code [start, end, start, end, …]}, ascending, adjacent runs merged.
   */
  private long[] runsHolding(int[] wanted) {
    java.util.TreeMap<Long, Long> runsToRead = new java.util.TreeMap<>();
    for (Map.Entry<Long, RunRanges> e : partitions.entrySet()) {
      PayoutKind kind = KeyPartitions.kind(e.getKey());
      int runMonth = LedgerCodec.monthCode(KeyPartitions.runMonth(e.getKey()));
      boolean may = kind.isCorrection() ? runMonth >= wanted[0] : java.util.Arrays.binarySearch(wanted, runMonth) >= 0;
      if (may) {
        RunRanges rr = e.getValue();
        for (int i = 0; i < rr.n; i++) {
          runsToRead.put(rr.starts[i], rr.ends[i]);
        }
      }
    }
    long[] out = new long[runsToRead.size() * 2];
    int n = 0;
    for (Map.Entry<Long, Long> r : runsToRead.entrySet()) {
      if (n > 0 && out[n - 1] == r.getKey()) {
        out[n - 1] = r.getValue(); // the next run: one range
      } else {
        out[n++] = r.getKey();
        out[n++] = r.getValue();
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /**
   * Reads the committed lines in the byte {@code ranges} ({@code [start, end, …]}, each starting at a
   * record), those of the {@code wanted} month codes only when not null.
   */
  private void read(long[] ranges, int[] wanted, Consumer<? super PayoutLine> action) {
    LedgerCodec reader = new LedgerCodec(); // not the writer's: a run may be writing meanwhile
    Map<Integer, Stamp> stamps = new HashMap<>();
    try (FileChannel rc = FileChannel.open(file, StandardOpenOption.READ)) {
      for (int i = 0; i < ranges.length; i += 2) {
        rc.position(ranges[i]);
        LineReader r = new LineReader(Channels.newInputStream(rc), ranges[i + 1] - ranges[i]);
        stamps.clear();
        while (r.next()) {
          if (wanted != null) {
            int period = LedgerCodec.linePeriod(r.bytes(), r.length());
            if (period >= 0 && java.util.Arrays.binarySearch(wanted, period) < 0) {
              continue; // a line of another month: not parsed
            }
          }
          LedgerCodec.Record rec = reader.parse(r.bytes(), r.length());
          if (rec instanceof LedgerCodec.Run) {
            stamps.clear();
          } else if (rec instanceof LedgerCodec.StampRec s) {
            stamps.put(s.id(), s.stamp());
          } else if (rec instanceof LedgerCodec.Line l) {
            if (wanted != null && java.util.Arrays.binarySearch(wanted, LedgerCodec.monthCode(l.period())) < 0) {
              continue; // a line in another layout, parsed to learn its month
            }
            Stamp st = stamps.get(l.stampId());
            if (st == null) {
              throw new LedgerCorruptedException(file, ranges[i] + r.lineStart(), "line refers to stamp " + l.stampId()
                  + ", not defined in its run");
            }
            action.accept(l.withStamp(st));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ledger " + file, e);
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    if (open != null) {
      open.close();
    }
    closed = true;
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close ledger " + file, e);
    }
  }

  @Override
  public synchronized String toString() {
    return "FileLedger[" + file + ", " + runs.size() + " runs, " + lineCount + " lines]";
  }

  private final class Tx implements Transaction {
    private final RunHeader header;
    private final long seq;
    private final long start;
    /** The partitions this run touched: committed keys plus the run's own; dropped with the transaction. */
    private final RunKeyIndex<RuntimeException> keys = RunKeyIndex.of(FileLedger.this::loadPartition);
    private final Map<Stamp, Integer> stamps = new HashMap<>();
    // the engine hands out one Stamp instance per region and month: look up by identity first
    private final Map<Stamp, Integer> stampInstances = new IdentityHashMap<>();
    private final CRC32C crc = new CRC32C();
    private OutputStream out;
    private long lines;
    private long fen;
    private boolean done;

    Tx(RunHeader header) {
      this.header = header;
      this.seq = runs.size() + 1L;
      this.start = committedEnd;
    }

    @Override
    public RunHeader header() {
      return header;
    }

    @Override
    public boolean add(PayoutLine line) {
      requireNonNull(line, "line");
      synchronized (FileLedger.this) {
        checkState(!done && open == this, "transaction for %s is finished", header);
        if (!keys.admit(line)) { // a duplicate throws: the run is dropped when the caller closes the transaction
          return false;
        }
        try {
          if (out == null) {
            channel.position(start);
            out = new BufferedOutputStream(wrap.apply(Channels.newOutputStream(channel)), 1 << 16);
            write(codec.run(seq, header));
          }
          Stamp st = line.stamp();
          Integer id = stampInstances.get(st);
          if (id == null) {
            id = stamps.get(st);
            if (id == null) {
              id = stamps.size();
              stamps.put(st, id);
              write(codec.stamp(id, st));
            }
            if (stampInstances.size() < 4096) { // bounded, whatever the calculation hands out
              stampInstances.put(st, id);
            }
          }
          Bytes b = codec.line(id, line);
          crc.update(b.array(), 0, b.length());
          out.write(b.array(), 0, b.length());
        } catch (IOException e) {
          fail();
          throw new UncheckedIOException("cannot write to ledger " + file + "; the run is not recorded", e);
        }
        lines++;
        fen = Math.addExact(fen, line.amount().fen());
        return true;
      }
    }

    private void write(byte[] record) throws IOException {
      crc.update(record, 0, record.length);
      out.write(record);
    }

    @Override
    public long size() {
      return lines;
    }

    @Override
    public Optional<RecordedRun> commit() {
      synchronized (FileLedger.this) {
        checkState(!done && open == this, "transaction for %s is finished", header);
        if (lines == 0) {
          finish();
          return Optional.empty();
        }
        Money amount = Money.ofFen(fen);
        try {
          out.write(codec.commit(seq, lines, amount, crcHex(crc)));
          out.flush();
          channel.force(false);
        } catch (IOException e) {
          fail();
          throw new UncheckedIOException("cannot commit run " + seq + " to ledger " + file + "; the run is not recorded", e);
        }
        try {
          committedEnd = channel.position();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        long end = committedEnd;
        keys.forEachPartitionAdmitted((kind, runMonth, added) ->
            partitions.computeIfAbsent(KeyPartitions.of(kind, runMonth), k -> new RunRanges()).add(start, end));
        lineCount += lines;
        RecordedRun r = new RecordedRun(seq, header, lines, amount);
        runs.add(r);
        finish();
        return Optional.of(r);
      }
    }

    /** Cuts whatever of the run reached the file. */
    private void fail() {
      finish();
      try {
        channel.truncate(start);
        channel.force(true);
        channel.position(start);
      } catch (IOException e) {
        closed = true;
        throw new UncheckedIOException("cannot cut an unfinished run from ledger " + file
            + "; it is closed and the run will be dropped when it is opened again", e);
      }
    }

    long indexedKeyCount() {
      return keys.indexedKeyCount();
    }

    private void finish() {
      done = true;
      keys.clear();
      if (open == this) {
        open = null;
      }
    }

    @Override
    public void close() {
      synchronized (FileLedger.this) {
        if (done) {
          return;
        }
        if (out != null) {
          fail();
        } else {
          finish();
        }
      }
    }
  }
}
