package org.minzheng.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The minzheng server: {@code java -jar server/target/minzheng-server.jar}. It listens on
 * 127.0.0.1:8080 ({@code --server.port}, {@code --server.address}), serves the JSON API under
 * {@code /api/v1}, the caseworker page at {@code /} and the standards browser at
 * {@code /standards.html}. Its defaults are in {@code application.properties}.
 */
@SpringBootApplication
@EnableConfigurationProperties(ServerSettings.class)
public class MinzhengServer {
  /** @param args Spring Boot arguments, e.g. {@code --server.port=9090} */
  public static void main(String[] args) {
    SpringApplication.run(MinzhengServer.class, args);
  }
}
