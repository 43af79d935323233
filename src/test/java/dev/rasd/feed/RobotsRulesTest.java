package dev.rasd.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsRulesTest {
  private static final String ROBOTS = """
      # comments and unknown fields are ignored
      User-agent: *
      Disallow: /search
      Disallow: /archive/
      Allow: /archive/2024/

      User-agent: BadBot
      Disallow: /

      Sitemap: https://example.org/sitemap.xml
      """;

  @Test
  void starGroupAppliesWithLongestPrefixWinning() {
    RobotsRules rules = RobotsRules.parse(ROBOTS, "rasd");
    assertThat(rules.allows("/news/1.html")).isTrue();
    assertThat(rules.allows("/search?q=غزة")).isFalse();
    assertThat(rules.allows("/archive/2019/x.html")).isFalse();
    assertThat(rules.allows("/archive/2024/x.html")).isTrue();
  }

  @Test
  void ownGroupReplacesTheStarGroup() {
    String robots = ROBOTS + "\nUser-agent: rasd\nUser-agent: other\nDisallow: /feeds/private\n";
    RobotsRules rules = RobotsRules.parse(robots, "rasd");
    assertThat(rules.allows("/search")).isTrue();
    assertThat(rules.allows("/feeds/private/x")).isFalse();
    assertThat(RobotsRules.parse(ROBOTS, "badbot").allows("/news")).isFalse();
  }

  @Test
  void emptyDisallowAllowsAll() {
    assertThat(RobotsRules.parse("User-agent: *\nDisallow:\n", "rasd").allows("/x")).isTrue();
  }
}
