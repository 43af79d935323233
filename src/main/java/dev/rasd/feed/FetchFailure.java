package dev.rasd.feed;

/** Why a fetch gave no content. {@link #GONE} is permanent; the others may pass. */
public enum FetchFailure {
  GONE, HTTP_STATUS, TIMEOUT, TOO_LARGE, REDIRECT_LOOP, TOO_MANY_REDIRECTS, ROBOTS_DISALLOWED, NETWORK, BAD_URL
}
