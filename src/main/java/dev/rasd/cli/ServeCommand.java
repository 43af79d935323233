package dev.rasd.cli;

import dev.rasd.Rasd;
import dev.rasd.api.ApiServer;
import dev.rasd.api.ServerConfig;
import dev.rasd.web.WebUi;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the web UI and the JSON API (/api, described at /api/openapi.json) over a store. "
        + "Listens on 127.0.0.1 unless told otherwise; any other address needs a token, which writes "
        + "(POST /api/articles) must then send as 'Authorization: Bearer TOKEN'.",
    footer = {"", "Examples:", "  rasd serve --data news-data",
        "  rasd serve --data news-data --port 9000",
        "  RASD_API_TOKEN=s3cret rasd serve --data news-data --host 0.0.0.0 --token-for-all"})
public final class ServeCommand implements Callable<Integer> {
  static final String TOKEN_VARIABLE = "RASD_API_TOKEN";

  @Mixin
  DataOption data;

  @Option(names = "--host", defaultValue = ServerConfig.LOOPBACK,
      description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only)")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (0: any free port). Default: ${DEFAULT-VALUE}")
  int port;

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "Bearer token required for writes; required on a non-loopback host. Default: $" + TOKEN_VARIABLE)
  String token;

  @Option(names = "--token-for-all", description = "Require the token for every API request, reads too.")
  boolean tokenForAll;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    // Built before the store is opened: an exposed host without a token is refused up front.
    ServerConfig config = new ServerConfig(host, port, token != null ? token : System.getenv(TOKEN_VARIABLE), tokenForAll);
    PrintWriter out = spec.commandLine().getOut();
    try (StopSignal stop = new StopSignal(); Rasd rasd = Rasd.open(data.dir); ApiServer server = ApiServer.start(rasd, config)) {
      out.println("rasd: serving " + rasd.storyCount() + " stories from " + data.dir + " at " + server.url()
          + (WebUi.assetsPresent() ? "" : " (API only: this build has no web UI assets)"));
      out.println("rasd: API description at " + server.url() + "api/openapi.json; Ctrl-C to stop");
      stop.await();
    }
    return 0;
  }
}
