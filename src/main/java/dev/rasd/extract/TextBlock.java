package dev.rasd.extract;

import org.jsoup.nodes.Element;

/**
 * One run of text between block boundaries, with how many of its characters sit inside links
 * and the nearest block element that holds it.
 */
record TextBlock(String text, int linkChars, Element owner) {
  double linkDensity() {
    return text.isEmpty() ? 0 : (double) linkChars / text.length();
  }

  int words() {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }
}
