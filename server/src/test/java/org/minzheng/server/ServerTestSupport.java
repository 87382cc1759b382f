package org.minzheng.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.test.context.DynamicPropertyRegistry;

/** What the HTTP tests share: a temporary data folder, the token, and a client on loopback. */
final class ServerTestSupport {
  static final String TOKEN = "test-token-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
  static final Path DATA = temp();
  static final String README_HOUSEHOLD = """
      {"month": "2020-10", "household": {"id": "410402-000123", "region": "410402", "residenceType": "URBAN",
       "assetsWithinLimits": true, "members": [
        {"id": "410402198001010014", "hasCapableSupporter": true, "incomes": [{"category": "WAGES", "amount": "10000.00"}]},
        {"id": "410402198203150023", "hasCapableSupporter": true}]}}""";

  private ServerTestSupport() {}

  private static Path temp() {
    try {
      return Files.createTempDirectory("minzheng-server-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void properties(DynamicPropertyRegistry r) {
    r.add("minzheng.ledger.folder", () -> DATA.resolve("ledger").toString());
    r.add("minzheng.server.spool-folder", () -> DATA.resolve("spool").toString());
    r.add("minzheng.server.api-token", () -> TOKEN);
    r.add("server.address", () -> "127.0.0.1");
  }

  static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  static HttpResponse<String> post(int port, String path, String contentType, String body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(60)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(int port, String path, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(60)).GET();
    if (headers.length > 0) {
      b.headers(headers);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
