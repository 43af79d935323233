package dev.rasd.api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may call the API. On a loopback address only local programs can connect, so no token is
 * needed; any other address exposes the store to the network, so a token is then mandatory and
 * every write must carry it as {@code Authorization: Bearer TOKEN} (every request, with
 * {@code tokenForAll}). A token given on loopback is enforced the same way. Tokens are compared
 * in constant time so response timing does not leak a prefix.
 */
final class AccessPolicy {
  private static final String BEARER = "Bearer ";

  private final byte[] token;
  private final boolean tokenForAll;

  private AccessPolicy(String token, boolean tokenForAll) {
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    this.tokenForAll = tokenForAll;
  }

  /** The policy for serving on {@code host}; refuses a non-loopback host without a token. */
  static AccessPolicy forHost(String host, String token, boolean tokenForAll) {
    String usable = token == null || token.isBlank() ? null : token;
    if (usable == null && !isLoopback(host)) {
      throw new IllegalArgumentException("refusing to serve on " + host + " without a token: it is reachable from"
          + " other machines. Give --token TOKEN (or set RASD_API_TOKEN), or serve on 127.0.0.1");
    }
    if (usable == null && tokenForAll) {
      throw new IllegalArgumentException("--token-for-all needs a token: give --token TOKEN or set RASD_API_TOKEN");
    }
    return new AccessPolicy(usable, tokenForAll);
  }

  static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("cannot resolve the host to serve on: '" + host + "'", e);
    }
  }

  /** Whether a request with this method and Authorization header may proceed. */
  boolean allows(String method, String authorization) {
    boolean needsToken = token != null && (tokenForAll || !isRead(method));
    if (!needsToken) {
      return true;
    }
    if (authorization == null || !authorization.startsWith(BEARER)) {
      return false;
    }
    byte[] given = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(token, given);
  }

  private static boolean isRead(String method) {
    return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
  }
}
