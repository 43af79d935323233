package dev.rasd.api;

/**
 * Where and how the API listens. Port 0 picks a free port (tests). A configuration that would
 * expose the store beyond this machine without a token cannot be built.
 *
 * @param token bearer token for writes (and reads with {@code tokenForAll}), or null
 * @throws IllegalArgumentException for a non-loopback host without a token, with what to do instead
 */
public record ServerConfig(String host, int port, String token, boolean tokenForAll) {
  public static final String LOOPBACK = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;

  public ServerConfig {
    host = host == null || host.isBlank() ? LOOPBACK : host.strip();
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
    }
    AccessPolicy.forHost(host, token, tokenForAll);
  }

  AccessPolicy access() {
    return AccessPolicy.forHost(host, token, tokenForAll);
  }

  public static ServerConfig loopback(int port) {
    return new ServerConfig(LOOPBACK, port, null, false);
  }
}
