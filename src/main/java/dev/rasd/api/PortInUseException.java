package dev.rasd.api;

/** The server could not listen because another program holds the address and port. */
public final class PortInUseException extends RuntimeException {
  private final int port;

  PortInUseException(String host, int port, Throwable cause) {
    super("port " + port + " on " + host + " is already in use: stop what holds it or choose another port with --port", cause);
    this.port = port;
  }

  public int port() {
    return port;
  }
}
