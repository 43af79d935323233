package dev.rasd.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rasd.Rasd;
import dev.rasd.api.Documents.ErrorDocument;
import dev.rasd.web.WebUi;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.util.JavalinBindException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the JSON API under {@code /api} and the web UI at {@code /}. Every failure
 * leaves as {@code {"error": "...", "status": N}}, never as a stack trace: refused requests
 * (4xx) say what to change, unexpected failures (500) give their one-line cause and are logged.
 * <pre>{@code
 * try (Rasd rasd = Rasd.open(dir); ApiServer server = ApiServer.start(rasd, ServerConfig.loopback(8080))) {
 *   System.out.println(server.url());
 * }
 * }</pre>
 */
public final class ApiServer implements AutoCloseable {
  static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
  /** Marks a response whose error document is already written, so the 404 page does not replace it. */
  private static final String ERROR_WRITTEN = "rasd.errorWritten";
  private static final long MAX_BODY_BYTES = 32L * 1024 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

  private final Javalin app;
  private final String host;

  private ApiServer(Javalin app, String host) {
    this.app = app;
    this.host = host;
  }

  /**
   * Starts serving {@code rasd} as {@code config} says.
   *
   * @throws PortInUseException when another program listens on the configured port
   */
  public static ApiServer start(Rasd rasd, ServerConfig config) {
    AccessPolicy access = config.access();
    RasdGate gate = new RasdGate(rasd);
    Dossiers dossiers = new Dossiers(gate);
    Ingest ingest = new Ingest(gate);
    Javalin app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.http.maxRequestSize = MAX_BODY_BYTES;
      c.jsonMapper(new io.javalin.json.JavalinJackson(MAPPER, false));
      WebUi.install(c);
      c.router.apiBuilder(ApiRoutes.of(dossiers, ingest, access));
      c.router.mount(r -> {
        r.exception(ApiError.class, (e, ctx) -> fail(ctx, e.status(), e.getMessage()));
        r.exception(IllegalArgumentException.class, (e, ctx) -> fail(ctx, 400, e.getMessage()));
        r.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(), e.getMessage()));
        r.exception(Exception.class, (e, ctx) -> {
          LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
          fail(ctx, 500, "internal error: " + e.getMessage());
        });
        r.error(404, ctx -> {
          if (ctx.attribute(ERROR_WRITTEN) == null) {
            fail(ctx, 404, "nothing at " + ctx.method() + " " + ctx.path() + "; the API is described at /api/openapi.json");
          }
        });
      });
    });
    try {
      app.start(config.host(), config.port());
    } catch (JavalinBindException e) {
      throw new PortInUseException(config.host(), config.port(), e);
    }
    return new ApiServer(app, config.host());
  }

  private static void fail(Context ctx, int status, String message) {
    ctx.attribute(ERROR_WRITTEN, true);
    ctx.status(status).json(new ErrorDocument(message, status));
  }

  public int port() {
    return app.port();
  }

  /** The address to open in a browser, e.g. {@code http://127.0.0.1:8080/}. */
  public String url() {
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
  }

  @Override
  public void close() {
    app.stop();
  }
}
