package dev.rasd.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A host's robots.txt, reduced to what applies to one agent. Groups are read as consecutive
 * {@code User-agent} lines followed by rules; the group naming the agent is used when present,
 * else the {@code *} group. Rules are plain path prefixes: the longest matching one wins, and
 * {@code Allow} wins a tie. An empty {@code Disallow} allows everything.
 */
public final class RobotsRules {
  private record Rule(String prefix, boolean allow) {
  }

  public static final RobotsRules ALLOW_ALL = new RobotsRules(List.of());
  public static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule("/", false)));

  private final List<Rule> rules;

  private RobotsRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static RobotsRules parse(String robotsTxt, String agent) {
    List<Rule> forAgent = new ArrayList<>();
    List<Rule> forAll = new ArrayList<>();
    boolean agentGroup = false;
    boolean starGroup = false;
    boolean sawAgentGroup = false;
    boolean inAgentLines = false;
    for (String rawLine : robotsTxt.split("\\R")) {
      String line = rawLine.replaceFirst("#.*", "").strip();
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (field.equals("user-agent")) {
        if (!inAgentLines) {
          agentGroup = false;
          starGroup = false;
        }
        inAgentLines = true;
        String name = value.toLowerCase(Locale.ROOT);
        if (name.equals("*")) {
          starGroup = true;
        } else if (name.contains(agent)) {
          agentGroup = true;
          sawAgentGroup = true;
        }
      } else if (field.equals("allow") || field.equals("disallow")) {
        inAgentLines = false;
        if (value.isEmpty()) {
          continue;
        }
        Rule rule = new Rule(value, field.equals("allow"));
        if (agentGroup) {
          forAgent.add(rule);
        }
        if (starGroup) {
          forAll.add(rule);
        }
      } else {
        inAgentLines = false;
      }
    }
    return new RobotsRules(sawAgentGroup ? forAgent : forAll);
  }

  /** Whether {@code pathAndQuery} (starting with "/") may be fetched. */
  public boolean allows(String pathAndQuery) {
    Rule best = null;
    for (Rule r : rules) {
      if (pathAndQuery.startsWith(r.prefix())
          && (best == null || r.prefix().length() > best.prefix().length()
              || (r.prefix().length() == best.prefix().length() && r.allow()))) {
        best = r;
      }
    }
    return best == null || best.allow();
  }
}
