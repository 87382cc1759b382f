package org.minzheng.server;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for the page tests (Debian's chromium and chromium-driver; never a
 * downloaded driver). Without Chromium a test is skipped with the command that installs it, except in
 * CI ({@code CI=true}), where a missing browser fails it.
 */
final class Chromium {
  private static final String CHROMIUM = System.getenv().getOrDefault("MINZHENG_CHROMIUM", "/usr/bin/chromium");
  private static final String DRIVER = System.getenv().getOrDefault("MINZHENG_CHROMEDRIVER", "/usr/bin/chromedriver");

  private Chromium() {}

  /** Starts a headless browser with a profile in a fresh temporary folder; skips (or fails in CI) without Chromium. */
  static WebDriver start() throws Exception {
    boolean present = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(DRIVER));
    String install = "Chromium is missing (" + CHROMIUM + ", " + DRIVER + "): install it with "
        + "`sudo apt-get install -y chromium chromium-driver` (or set MINZHENG_CHROMIUM and MINZHENG_CHROMEDRIVER)";
    if (!present) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new AssertionError("CI=true and " + install);
      }
      Assumptions.abort(install);
    }
    // the driver is given explicitly, so Selenium Manager has nothing to find and downloads nothing
    System.setProperty("webdriver.chrome.driver", DRIVER);
    Path profile = Files.createTempDirectory("minzheng-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1280,1600", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
        .usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  static WebDriverWait waiting(WebDriver driver) {
    return new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /** Saves a screenshot to {@code target/name}, for a person to look at. */
  static void screenshot(WebDriver driver, String name) throws Exception {
    Path target = Path.of("target", name);
    Files.createDirectories(target.getParent());
    Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
