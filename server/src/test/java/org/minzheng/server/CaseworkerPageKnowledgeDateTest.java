package org.minzheng.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The caseworker page's knowledge date in a real headless Chromium, on a server of its own with the
 * examples' ILLUSTRATIVE notice installed (published 2020-08-20, raising the urban dibao standard from
 * 570.00 to 600.00 from July 2020): as known today the README household's October dibao is 366.67, as
 * known on 2020-08-19, before the notice, 306.67, and the page says it was calculated as known on that day.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseworkerPageKnowledgeDateTest {
  @LocalServerPort
  int port;
  private static WebDriver driver;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry r) {
    ServerTestSupport.properties(r);
    // a context of its own: its own ledger folder (the shared context locks the other)
    r.add("minzheng.ledger.folder", () -> ServerTestSupport.DATA.resolve("ledger-knowledge-date").toString());
    r.add("minzheng.standards-paths", () -> "classpath:org/minzheng/examples/notice/illustrative-notice-pds-2020-07.json");
  }

  @BeforeAll
  static void startBrowser() throws Exception {
    driver = Chromium.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  private String dibaoRow() {
    return driver.findElements(By.cssSelector("#results tbody tr")).stream().map(r -> r.getText())
        .filter(t -> t.contains("DIBAO") || t.contains("最低生活保障") || t.contains("Minimum living guarantee"))
        .findFirst().orElseThrow();
  }

  @Test
  void aKnowledgeDateBeforeTheNoticeGivesTheAmountKnownThenAndSaysSo() throws Exception {
    CaseworkerPageBrowserTest.enterReadmeHousehold(driver, port);
    new Select(driver.findElement(By.id("lang"))).selectByValue("en");
    assertThat(driver.findElement(By.cssSelector("label[for='knowledge-date']")).getText()).startsWith("Knowledge date");
    driver.findElement(By.id("calculate")).click();
    Chromium.waiting(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "366.67"));
    assertThat(dibaoRow()).contains("ELIGIBLE", "366.67");
    assertThat(driver.findElement(By.id("known-on")).isDisplayed()).as("today is not named").isFalse();
    assertThat(driver.findElement(By.id("explanations")).getText()).contains("600.00");

    ((JavascriptExecutor) driver).executeScript("document.getElementById('knowledge-date').value = '2020-08-19'");
    driver.findElement(By.id("calculate")).click();
    Chromium.waiting(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "306.67"));
    assertThat(dibaoRow()).contains("ELIGIBLE", "306.67");
    assertThat(driver.findElement(By.id("known-on")).getText()).contains("as known on 2020-08-19");
    assertThat(driver.findElement(By.id("explanations")).getText()).contains("570.00", "as known on 2020-08-19");
    Chromium.screenshot(driver, "caseworker-page-knowledge-date-en.png");

    new Select(driver.findElement(By.id("lang"))).selectByValue("zh");
    assertThat(driver.findElement(By.cssSelector("label[for='knowledge-date']")).getText()).startsWith("知悉日期");
    driver.findElement(By.id("calculate")).click();
    Chromium.waiting(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("known-on"), "按 2020-08-19"));
    assertThat(driver.findElement(By.id("total")).getText()).contains("306.67");
    Chromium.screenshot(driver, "caseworker-page-knowledge-date-zh.png");
  }
}
