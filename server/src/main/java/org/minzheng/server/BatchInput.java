package org.minzheng.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.minzheng.household.Household;
import org.minzheng.json.HouseholdCsv;
import org.minzheng.standard.MinzhengException;

/**
 * The rows of a batch body, parsed by other threads while the request's thread calculates and writes:
 * a bounded, order-preserving producer/consumer pipeline.
 *
 * <p>A reader thread cuts the body into chunks of at most {@value #CHUNK} rows (and, for JSON lines, at
 * most {@value #CHUNK_BYTES} bytes) and queues them in input order, at most {@value #CHUNKS} ahead of
 * the calculator. JSON lines are parsed by a shared pool of parser threads (one per processor), a
 * chunk per task, so parsing, the slowest stage, runs on every core; the household CSV is parsed by
 * the reader itself (its rows are not cut at line ends). The consumer takes the chunks in queue
 * order, so rows come out in input order whichever parser finishes first; a row that cannot be
 * parsed comes out as its problem, in its place. At most {@code CHUNKS + 2} chunks are held at once,
 * whatever the size of the batch.
 *
 * <p>{@link #close()} stops the reader (the client went away, or the batch is done) and waits for it.
 */
final class BatchInput implements AutoCloseable {
  private static final AtomicInteger THREADS = new AtomicInteger();
  /** Rows per hand-over: the queue's cost is paid once per chunk, not once per household. */
  static final int CHUNK = 128;
  /** The bytes of a chunk of JSON lines, at most (a line over it ends its chunk alone). */
  static final int CHUNK_BYTES = 1 << 20;
  /** Chunks the queue holds: the parsers run at most this far ahead of the calculator. */
  static final int CHUNKS = 8;
  /** The parser threads shared by every batch: daemons, one per processor. */
  private static final ExecutorService PARSERS = Executors.newFixedThreadPool(
      Runtime.getRuntime().availableProcessors(), r -> {
        Thread t = new Thread(r, "minzheng-batch-parser-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
  private static final Object END = new Object();

  /**
   * One row of the body: a household to calculate, or the problem that keeps it out.
   *
   * @param line the 1-based line (JSON lines) or household (CSV) number
   * @param household the household, or null when {@code problem} is set
   * @param problem why the row is not calculated, or null
   */
  record Row(long line, Household household, ApiProblem.FieldError problem) {}

  /** The reader's side: the next chunk (rows, or a task that parses them), or null at the end of the body. */
  interface Parser {
    Future<List<Row>> next() throws IOException;
  }

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CHUNKS);
  private final Thread thread;
  private volatile boolean stopped;
  private List<Row> chunk = List.of();
  private int at;
  private boolean ended;

  private BatchInput(Parser parser) {
    this.thread = new Thread(() -> produce(parser), "minzheng-batch-reader-" + THREADS.incrementAndGet());
    thread.setDaemon(true);
    thread.start();
  }

  /** Starts parsing {@code parser}'s rows. */
  static BatchInput start(Parser parser) {
    return new BatchInput(parser);
  }

  /**
   * JSON lines, one household a line: the reader copies each chunk's lines, a parser thread turns them
   * into rows ({@link JsonInput#household}); a line too long becomes its problem, a blank line no row.
   */
  static Parser jsonLines(InputStream in, JsonInput input, ServerSettings settings) {
    LineReader reader = new LineReader(in, settings.getMaxLineBytes());
    return () -> {
      long[] numbers = new long[CHUNK];
      int[] tooLong = new int[CHUNK];
      byte[][] lines = new byte[CHUNK][];
      int n = 0;
      int bytes = 0;
      byte[] line;
      while (n < CHUNK && bytes < CHUNK_BYTES && (line = reader.next()) != null) {
        if (reader.tooLong()) {
          numbers[n] = reader.number();
          tooLong[n] = reader.length();
          lines[n++] = null;
        } else if (!isBlank(line, reader.length())) {
          numbers[n] = reader.number();
          lines[n++] = Arrays.copyOf(line, reader.length());
          bytes += reader.length();
        }
      }
      if (n == 0) {
        return null;
      }
      int count = n;
      return PARSERS.submit(() -> {
        List<Row> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
          if (lines[i] == null) {
            rows.add(new Row(numbers[i], null, new ApiProblem.FieldError("", String.valueOf(tooLong[i]),
                "the line is longer than " + settings.getMaxLineBytes() + " bytes (minzheng.server.max-line-bytes)")));
            continue;
          }
          try {
            rows.add(new Row(numbers[i], input.household(lines[i], lines[i].length), null));
          } catch (ApiProblem.ApiException e) {
            rows.add(new Row(numbers[i], null, e.problem().errors().get(0)));
          }
        }
        return rows;
      });
    };
  }

  /**
   * The household CSV (docs/household-csv.md); a bad header is refused at once, before anything is
   * written, and a household whose rows are invalid becomes its problem.
   *
   * @return the parser, which closes the cursor at the end
   * @throws ApiProblem.ApiException if the header cannot be read
   */
  static Parser csv(InputStream in, ServerSettings settings) {
    HouseholdCsv.Cursor cursor;
    try {
      cursor = HouseholdCsv.read(new InputStreamReader(in, UTF_8), "body");
    } catch (MinzhengException e) {
      throw ApiProblem.badRequest("", "", JsonInput.firstLine(e.getMessage()));
    }
    long[] number = {0};
    return () -> {
      List<Row> rows = new ArrayList<>(CHUNK);
      while (rows.size() < CHUNK && cursor.hasNext()) {
        number[0]++;
        Household h;
        try {
          h = cursor.next();
        } catch (MinzhengException | IllegalArgumentException e) {
          rows.add(new Row(number[0], null, new ApiProblem.FieldError("", "", String.valueOf(e.getMessage()))));
          continue;
        }
        if (h.members().size() > settings.getMaxMembers()) {
          rows.add(new Row(number[0], null, new ApiProblem.FieldError("members", h.members().size() + " members",
              "a household may have at most " + settings.getMaxMembers() + " members")));
          continue;
        }
        rows.add(new Row(number[0], h, null));
      }
      if (rows.isEmpty()) {
        cursor.close();
        return null;
      }
      return CompletableFuture.completedFuture(rows);
    };
  }

  private static boolean isBlank(byte[] line, int length) {
    for (int i = 0; i < length; i++) {
      if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r') {
        return false;
      }
    }
    return true;
  }

  private void produce(Parser parser) {
    Object last = END;
    try {
      for (Future<List<Row>> chunk; !stopped && (chunk = parser.next()) != null;) {
        queue.put(chunk);
      }
    } catch (InterruptedException e) {
      return; // closed: nobody reads any more
    } catch (IOException | RuntimeException | Error e) {
      last = e; // the consumer rethrows it in its place
    }
    try {
      queue.put(last);
    } catch (InterruptedException e) {
      // closed
    }
  }

  /**
   * The next row in input order.
   *
   * @return the row, or null at the end of the body
   * @throws IOException if the body could not be read
   */
  @SuppressWarnings("unchecked")
  Row next() throws IOException {
    while (at == chunk.size()) {
      if (ended) {
        return null;
      }
      Object o;
      try {
        o = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the batch's parser");
      }
      if (o == END) {
        ended = true;
        return null;
      }
      if (o instanceof IOException e) {
        throw e;
      }
      if (o instanceof RuntimeException e) {
        throw e;
      }
      if (o instanceof Error e) {
        throw e;
      }
      try {
        chunk = ((Future<List<Row>>) o).get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the batch's parser");
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error r) {
          throw r;
        }
        throw new IllegalStateException(e.getCause());
      }
      at = 0;
    }
    return chunk.get(at++);
  }

  /** Stops the parser and waits (a few seconds at most) for its thread to end. */
  @Override
  public void close() {
    stopped = true;
    thread.interrupt();
    try {
      thread.join(TimeUnit.SECONDS.toMillis(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
