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
 *       households (default 100,000) as JSON lines, {@code --rounds} times (default 3; the first warms
 *       the server up), in the output form {@code --form} ({@code full}, the default, or {@code payout}):
 *       households per second.
 * </ol>
 *
 * <p>{@code --seconds 0} skips the first part. With {@code --pid P} (the server's process id, Linux),
 * each batch round also reports the server's CPU-seconds and households per server CPU-second. The machine's load averages are printed before and after,
 * since a loaded machine changes every figure.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.minzheng.benchmarks.ServerLoad --url http://127.0.0.1:8080</pre>
 */
public final class ServerLoad {
  private ServerLoad() {}

  /**
   * @param args {@code --url U --clients N --seconds S --requests R --warmup W --batch H --rounds K --form F --pid P}
   * @throws Exception if the server cannot be reached
   */
  public static void main(String[] args) throws Exception {
    String url = option(args, "--url", "http://127.0.0.1:8080");
    int clients = Integer.parseInt(option(args, "--clients", "16"));
    int seconds = Math.min(120, Integer.parseInt(option(args, "--seconds", "20")));
    long maxRequests = Math.min(2_000_000, Long.parseLong(option(args, "--requests", "200000")));
    int warmup = Math.min(60, Integer.parseInt(option(args, "--warmup", "5")));
    int batch = Math.min(1_000_000, Integer.parseInt(option(args, "--batch", "100000")));
    int rounds = Math.max(1, Math.min(20, Integer.parseInt(option(args, "--rounds", "3"))));
    String form = option(args, "--form", "full");
    long pid = Long.parseLong(option(args, "--pid", "0"));
    URI base = URI.create(url);
    if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
      throw new IllegalArgumentException("--url must be on this machine (loopback), not " + base.getHost());
    }
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    byte[] household = readmeHousehold();
    System.out.printf("server %s, %d clients, %d processors here%n", base, clients, Runtime.getRuntime().availableProcessors());
    System.out.println("load average before: " + loadAverage());
    if (seconds > 0) {
      calculate(client, base, household, clients, warmup, Long.MAX_VALUE, false);
      double cpu0 = cpuSeconds(pid);
      long requests = calculate(client, base, household, clients, seconds, maxRequests, true);
      double cpu = cpuSeconds(pid) - cpu0;
      if (!Double.isNaN(cpu)) {
        System.out.printf("  server CPU %.2f s = %.3f ms a request%n", cpu, cpu * 1000 / requests);
      }
    }
    if (batch > 0) {
      byte[] body = households(batch);
      for (int i = 1; i <= rounds; i++) {
        System.out.printf("round %d: ", i);
        batch(client, base, body, form, pid);
      }
    }
    System.out.println("load average after: " + loadAverage());
  }

  private static byte[] readmeHousehold() {
    return ("{\"month\":\"2020-10\",\"household\":{\"id\":\"410402-000123\",\"region\":\"410402\",\"residenceType\":\"URBAN\","
        + "\"assetsWithinLimits\":true,\"members\":[{\"id\":\"410402198001010014\",\"hasCapableSupporter\":true,"
        + "\"incomes\":[{\"category\":\"WAGES\",\"amount\":\"10000.00\"}]},"
        + "{\"id\":\"410402198203150023\",\"hasCapableSupporter\":true}]}}").getBytes(UTF_8);
  }

  /** @return the requests answered */
  private static long calculate(HttpClient client, URI base, byte[] body, int clients, int seconds, long maxRequests,
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
      return merged.length;
    }
    System.out.printf("POST /api/v1/calculate (explanations, zh): %,d requests in %.1f s = %,.0f req/s; "
        + "p50 %.2f ms, p99 %.2f ms, max %.2f ms; errors %d%n", merged.length, elapsed, merged.length / elapsed,
        percentile(merged, 50), percentile(merged, 99), merged[merged.length - 1] / 1e6, errors.get());
    return merged.length;
  }

  private static double percentile(long[] sorted, double p) {
    int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }

  /** The machine's 1, 5 and 15 minute load averages (Linux), or "unknown". */
  private static String loadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  /** About {@code households} synthetic Pingdingshan households as JSON lines. */
  private static byte[] households(int households) throws IOException {
    double scale = PingdingshanCaseload.DEFAULT_SCALE * households / 1557.0;
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    for (CaseloadHousehold h : PingdingshanCaseload.of(PingdingshanCaseload.DEFAULT_SEED, scale)) {
      lines.write(MinzhengJson.mapper().writeValueAsBytes(h.household()));
      lines.write('\n');
    }
    return lines.toByteArray();
  }

  /** The CPU-seconds process {@code pid} has used (user + system, 100 ticks a second), or NaN if unknown. */
  private static double cpuSeconds(long pid) {
    if (pid <= 0) {
      return Double.NaN;
    }
    try {
      String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0; // utime, stime: fields 14 and 15
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  private static void batch(HttpClient client, URI base, byte[] body, String form, long pid) throws Exception {
    int n = 0;
    for (byte b : body) {
      if (b == '\n') {
        n++;
      }
    }
    HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/calculate/batch?month=2020-09&explanation=none&form="
            + form))
        .timeout(Duration.ofMinutes(5)).header("Content-Type", "application/x-ndjson")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    double cpu0 = cpuSeconds(pid);
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
    System.out.printf("POST /api/v1/calculate/batch (form=%s, explanations off): %,d households (%,.1f MB in, "
        + "%,.1f MB out = %,.0f B/household, %,d lines) in %.2f s = %,.0f households/s; status %d%n", form, n,
        body.length / 1e6, bytes / 1e6, (double) bytes / n, out, elapsed, n / elapsed, r.statusCode());
    double cpu = cpuSeconds(pid) - cpu0;
    if (!Double.isNaN(cpu)) {
      System.out.printf("  server CPU %.2f s = %,.0f households per server CPU-second%n", cpu, n / cpu);
    }
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
