package org.minzheng.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The caseworker page and the standards browser in a real headless Chromium ({@link Chromium}).
 * {@link CaseworkerPageKnowledgeDateTest} tests the page's knowledge date on a server with a
 * later-published notice installed.
 */
class CaseworkerPageBrowserTest extends ServerTestBase {
  private static WebDriver driver;

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

  private WebDriverWait waiting() {
    return Chromium.waiting(driver);
  }

  private void screenshot(String name) throws Exception {
    Chromium.screenshot(driver, name);
  }

  /** Opens the page and enters the README's household (two members, 10,000 yuan of wages) for October 2020. */
  static void enterReadmeHousehold(WebDriver driver, int port) {
    driver.get("http://127.0.0.1:" + port + "/index.html");
    Chromium.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#region option[value='410402']")));
    new Select(driver.findElement(By.id("region"))).selectByValue("410402");
    new Select(driver.findElement(By.id("residence"))).selectByValue("URBAN");
    ((JavascriptExecutor) driver).executeScript("document.getElementById('month').value = '2020-10'");
    driver.findElement(By.id("hh-id")).clear();
    driver.findElement(By.id("hh-id")).sendKeys("410402-000123");
    WebElement first = driver.findElement(By.id("member-1"));
    first.findElement(By.className("m-id")).sendKeys("410402198001010014");
    first.findElement(By.className("m-wages")).sendKeys("10000.00");
    driver.findElement(By.id("add-member")).click();
    driver.findElement(By.id("member-2")).findElement(By.className("m-id")).sendKeys("410402198203150023");
  }

  @Test
  void caseworkerEntersTheReadmeHouseholdAndSeesAmountsAndCitations() throws Exception {
    enterReadmeHousehold(driver, port);
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh");
    // every input has a label
    for (WebElement input : driver.findElements(By.cssSelector("#household-form input, #household-form select"))) {
      String id = input.getAttribute("id");
      boolean labelled = !driver.findElements(By.cssSelector("label[for='" + id + "']")).isEmpty()
          || input.getAttribute("aria-label") != null;
      assertThat(labelled).as("input %s has a label", id).isTrue();
    }
    driver.findElement(By.id("calculate")).click();

    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
    List<WebElement> rows = driver.findElements(By.cssSelector("#results tbody tr"));
    WebElement dibao = rows.stream().filter(r -> r.getText().contains("最低生活保障")).findFirst().orElseThrow();
    assertThat(dibao.getText()).contains("ELIGIBLE", "306.67");
    assertThat(driver.findElement(By.id("total")).getText()).contains("306.67");
    assertThat(driver.findElement(By.id("known-on")).isDisplayed()).as("no knowledge date: today, not named").isFalse();
    String explanation = driver.findElements(By.cssSelector("pre.explanation")).get(0).getText();
    assertThat(explanation).contains("平民〔2020〕5号", "570.00");
    screenshot("caseworker-page-zh.png");

    new Select(driver.findElement(By.id("lang"))).selectByValue("en");
    assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    driver.findElement(By.id("calculate")).click();
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "Minimum living guarantee"));
    assertThat(driver.findElement(By.id("explanations")).getText()).contains("urban standard");
    screenshot("caseworker-page-en.png");
    new Select(driver.findElement(By.id("lang"))).selectByValue("zh");
  }

  @Test
  void aBadResidentIdIsShownNamingTheField() {
    driver.get("http://127.0.0.1:" + port + "/index.html");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#region option[value='410402']")));
    driver.findElement(By.id("member-1")).findElement(By.className("m-id")).sendKeys("410402198001010015");
    driver.findElement(By.id("calculate")).click();
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
    assertThat(driver.findElement(By.id("error")).getText()).contains("household.members[0].id", "410402198001010015");
  }

  @Test
  void standardsBrowserShowsEveryParameterWithItsProvenance() throws Exception {
    driver.get("http://127.0.0.1:" + port + "/standards.html");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#region option[value='410402']")));
    new Select(driver.findElement(By.id("region"))).selectByValue("410402");
    ((JavascriptExecutor) driver).executeScript("document.getElementById('date').value = '2020-10-01'");
    driver.findElement(By.id("show")).click();
    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("values")));
    WebElement urban = driver.findElements(By.cssSelector("#values tbody tr")).stream()
        .filter(r -> r.getText().contains("dibao.standard.urban")).findFirst().orElseThrow();
    assertThat(urban.getText()).contains("570.00", "平民〔2020〕5号", "SEED", "standards-2020", "410400");
    assertThat(driver.findElements(By.cssSelector("#values tbody tr")).size()).isGreaterThan(10);
    screenshot("standards-browser.png");
  }
}
