package org.minzheng.server;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code minzheng.server.*}: the API's limits, its token and its spool folder. */
@ConfigurationProperties(prefix = "minzheng.server")
public class ServerSettings {
  /** The bearer token that the payroll endpoints require; empty means payroll is refused to everyone. */
  private String apiToken = "";

  /** The largest body of a single-household request, in bytes (413 above it). */
  private long maxBodyBytes = 1024 * 1024;

  /** The largest body of a batch request, in bytes (413 above it); batch bodies are spooled to disk. */
  private long maxBatchBytes = 1024L * 1024 * 1024;

  /** The largest line of a JSON-lines batch, in bytes. */
  private int maxLineBytes = 256 * 1024;

  /** The most members a household may have. */
  private int maxMembers = 100;

  /** Where batch bodies are spooled while their results stream out; the system temp folder when empty. */
  private Path spoolFolder;

  public String getApiToken() {
    return apiToken;
  }

  public void setApiToken(String apiToken) {
    this.apiToken = apiToken;
  }

  public long getMaxBodyBytes() {
    return maxBodyBytes;
  }

  public void setMaxBodyBytes(long maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  public long getMaxBatchBytes() {
    return maxBatchBytes;
  }

  public void setMaxBatchBytes(long maxBatchBytes) {
    this.maxBatchBytes = maxBatchBytes;
  }

  public int getMaxLineBytes() {
    return maxLineBytes;
  }

  public void setMaxLineBytes(int maxLineBytes) {
    this.maxLineBytes = maxLineBytes;
  }

  public int getMaxMembers() {
    return maxMembers;
  }

  public void setMaxMembers(int maxMembers) {
    this.maxMembers = maxMembers;
  }

  public Path getSpoolFolder() {
    return spoolFolder;
  }

  public void setSpoolFolder(Path spoolFolder) {
    this.spoolFolder = spoolFolder;
  }
}
