package dev.rasd.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/**
 * The browser UI: static files that the build copies into the jar at {@value #ASSETS} (see
 * {@code web/build.mjs}), served from the classpath. Everything the pages use is in there, so the
 * UI works offline; the Content-Security-Policy header makes the browser refuse anything else.
 */
public final class WebUi {
  public static final String ASSETS = "/dev/rasd/web/static";
  private static final String SAME_ORIGIN_ONLY =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'";

  private WebUi() {
  }

  /** Adds the UI to a server configuration; without built assets (a build without npm) it adds nothing. */
  public static void install(JavalinConfig config) {
    if (!assetsPresent()) {
      return;
    }
    config.staticFiles.add(files -> {
      files.hostedPath = "/";
      files.directory = ASSETS;
      files.location = Location.CLASSPATH;
      files.headers = Map.of("Content-Security-Policy", SAME_ORIGIN_ONLY, "Cache-Control", "no-cache");
    });
  }

  public static boolean assetsPresent() {
    return WebUi.class.getResource(ASSETS + "/index.html") != null;
  }
}
