package org.minzheng.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.minzheng.json.MinzhengJson;
import org.minzheng.testkit.CaseloadHousehold;
import org.minzheng.testkit.PingdingshanCaseload;

/**
 * A load generator for a running minzheng server on this machine (loopback only):
 *
 * <ol>
 *   <li>{@code POST /api/v1/calculate} with explanations, from {@code --clients} concurrent clients
 *       (default 16), for at most {@code --seconds} (default 20) and {@code --requests} (default
 *       200,000) requests, after a warm-up of {@code --warmup} seconds: throughput, p50, p99, errors;
 *   <li>{@code POST /api/v1/calculate/batch} (explanations off) with {@code --batch} synthetic
 *       households (default 100,000) as JSON lines: households per second.
 * </ol>
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.minzheng.benchmarks.ServerLoad --url http://127.0.0.1:8080</pre>
 */
public final class ServerLoad {
  private ServerLoad() {}

  /**
   * @param args {@code --url U --clients N --seconds S --requests R --warmup W --batch H}
   * @throws Exception if the server cannot be reached
   */
  public static void main(String[] args) throws Exception {
    String url = option(args, "--url", "http://127.0.0.1:8080");
    int clients = Integer.parseInt(option(args, "--clients", "16"));
    int seconds = Math.min(120, Integer.parseInt(option(args, "--seconds", "20")));
    long maxRequests = Math.min(2_000_000, Long.parseLong(option(args, "--requests", "200000")));
    int warmup = Math.min(60, Integer.parseInt(option(args, "--warmup", "5")));
    int batch = Math.min(1_000_000, Integer.parseInt(option(args, "--batch", "100000")));
    URI base = URI.create(url);
    if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
      throw new IllegalArgumentException("--url must be on this machine (loopback), not " + base.getHost());
    }
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    byte[] household = readmeHousehold();
    System.out.printf("server %s, %d clients, %d processors here%n", base, clients, Runtime.getRuntime().availableProcessors());
    calculate(client, base, household, clients, warmup, Long.MAX_VALUE, false);
    calculate(client, base, household, clients, seconds, maxRequests, true);
    if (batch > 0) {
      batch(client, base, batch);
    }
  }

  private static byte[] readmeHousehold() {
    return ("{\"month\":\"2020-10\",\"household\":{\"id\":\"410402-000123\",\"region\":\"410402\",\"residenceType\":\"URBAN\","
        + "\"assetsWithinLimits\":true,\"members\":[{\"id\":\"410402198001010014\",\"hasCapableSupporter\":true,"
        + "\"incomes\":[{\"category\":\"WAGES\",\"amount\":\"10000.00\"}]},"
        + "{\"id\":\"410402198203150023\",\"hasCapableSupporter\":true}]}}").getBytes(UTF_8);
  }

  private static void calculate(HttpClient client, URI base, byte[] body, int clients, int seconds, long maxRequests,
      boolean report) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/calculate"))
        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json").header("Accept-Language", "zh")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    AtomicLong issued = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<long[]>> futures = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      futures.add(pool.submit(() -> {
        long[] latencies = new long[1 << 16];
        int n = 0;
        while (System.nanoTime() < end && issued.incrementAndGet() <= maxRequests) {
          long t0 = System.nanoTime();
          try {
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200 || r.body().length < 100) {
              errors.incrementAndGet();
            }
          } catch (IOException e) {
            errors.incrementAndGet();
          }
          if (n == latencies.length) {
            latencies = Arrays.copyOf(latencies, n * 2);
          }
          latencies[n++] = System.nanoTime() - t0;
        }
        return Arrays.copyOf(latencies, n);
      }));
    }
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> f : futures) {
      all.add(f.get());
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    if (!report) {
      System.out.printf("warm-up: %,d requests in %.1f s%n", merged.length, elapsed);
      return;
    }
    System.out.printf("POST /api/v1/calculate (explanations, zh): %,d requests in %.1f s = %,.0f req/s; "
        + "p50 %.2f ms, p99 %.2f ms, max %.2f ms; errors %d%n", merged.length, elapsed, merged.length / elapsed,
        percentile(merged, 50), percentile(merged, 99), merged[merged.length - 1] / 1e6, errors.get());
  }

  private static double percentile(long[] sorted, double p) {
    int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  private static void batch(HttpClient client, URI base, int households) throws Exception {
    double scale = PingdingshanCaseload.DEFAULT_SCALE * households / 1557.0;
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    int n = 0;
    for (CaseloadHousehold h : PingdingshanCaseload.of(PingdingshanCaseload.DEFAULT_SEED, scale)) {
      lines.write(MinzhengJson.mapper().writeValueAsBytes(h.household()));
      lines.write('\n');
      n++;
    }
    byte[] body = lines.toByteArray();
    HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/calculate/batch?month=2020-09&explanation=none"))
        .timeout(Duration.ofMinutes(5)).header("Content-Type", "application/x-ndjson")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    long start = System.nanoTime();
    HttpResponse<InputStream> r = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    long out = 0;
    long bytes = 0;
    try (InputStream in = r.body()) {
      byte[] buffer = new byte[1 << 16];
      for (int k; (k = in.read(buffer)) >= 0;) {
        bytes += k;
        for (int i = 0; i < k; i++) {
          if (buffer[i] == '\n') {
            out++;
          }
        }
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    System.out.printf("POST /api/v1/calculate/batch (explanations off): %,d households (%,.1f MB in, %,.1f MB out, "
        + "%,d lines) in %.2f s = %,.0f households/s; status %d%n", n, body.length / 1e6, bytes / 1e6, out, elapsed,
        n / elapsed, r.statusCode());
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
