package dev.hireloop.adapter.in.web;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver, both named explicitly (system properties
 * {@code webdriver.chrome.driver} and {@code test.chromium.binary}, defaulting to {@code /usr/bin/…}), so Selenium
 * Manager never runs and nothing is downloaded. Missing binaries fail the test under {@code CI=true} and abort it,
 * with the reason, elsewhere. The browser runs in {@code Asia/Tokyo} (UTC+09:00, no DST), so a page that shows
 * times in the detected zone visibly differs from the interviewer's London.
 */
final class Browser implements AutoCloseable {
  static final String ZONE = "Asia/Tokyo";
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final WebDriver driver;
  private final Path profile;

  private Browser(WebDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  static Browser open() {
    Path chromedriver = path("webdriver.chrome.driver", "/usr/bin/chromedriver");
    Path chromium = path("test.chromium.binary", "/usr/bin/chromium");
    if (!runnable(chromedriver) || !runnable(chromium)) {
      String reason = "browser tests need Debian's chromium and chromium-driver (apt-get install chromium "
          + "chromium-driver); not an executable file: " + (runnable(chromedriver) ? "" : chromedriver + " ")
          + (runnable(chromium) ? "" : chromium.toString());
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(reason);
      }
      Assumptions.abort(reason);
    }
    Path profile;
    try {
      profile = Files.createTempDirectory("hireloop-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
        .usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--lang=en-GB", "--window-size=412,1400", "--user-data-dir=" + profile);
    ChromeDriver driver = new ChromeDriver(service, options);
    // through chromedriver's own CDP endpoint (no selenium-devtools needed): the page's Intl reports this zone
    driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ZONE));
    return new Browser(driver, profile);
  }

  /** The system property's path; an empty one (from {@code -Dx="$(command -v …)"} on a machine without it) too. */
  private static Path path(String property, String fallback) {
    String value = System.getProperty(property, "");
    return Path.of(value.isBlank() ? fallback : value.strip());
  }

  private static boolean runnable(Path file) {
    return Files.isRegularFile(file) && Files.isExecutable(file);
  }

  void go(String url) {
    driver.get(url);
  }

  WebElement find(By by) {
    return driver.findElement(by);
  }

  <T> T waitFor(ExpectedCondition<T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition);
  }

  /** A PNG of the whole window in {@code app-server/target/screenshots/<name>.png}, kept as a test artefact. */
  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a temp profile left behind is harmless; the OS cleans its temp directory
    }
  }
}
