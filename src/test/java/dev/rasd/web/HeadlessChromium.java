package dev.rasd.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright, for the browser tests. Playwright never downloads a
 * browser here; the background-networking flags keep Chromium off a closed network.
 */
final class HeadlessChromium implements AutoCloseable {
  private static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");

  private final Playwright playwright;
  private final Browser browser;

  private HeadlessChromium(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  /** Skips the calling test class unless Chromium and the built UI assets are present. */
  static void assumeAvailable() {
    Assumptions.assumeTrue(Files.isExecutable(EXECUTABLE), "no /usr/bin/chromium: install Debian's chromium to run browser tests");
    Assumptions.assumeTrue(WebUi.assetsPresent(), "the web UI assets were not built (npm did not run)");
  }

  static HeadlessChromium launch() {
    Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(EXECUTABLE)
        .setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run")));
    return new HeadlessChromium(playwright, browser);
  }

  /** A desktop-sized page with an Arabic locale. */
  Page newPage() {
    return browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900).setLocale("ar"));
  }

  /** Closes each of {@code resources} that was opened, in order. */
  static void closeAll(AutoCloseable... resources) throws Exception {
    for (AutoCloseable r : resources) {
      if (r != null) {
        r.close();
      }
    }
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
