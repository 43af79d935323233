package dev.rasd.cluster;

import java.time.Duration;

/**
 * The clusterer's tunable constants. Defaults were tuned on the gold-news dev set only.
 *
 * @param joinThreshold      minimum article-to-story score to join instead of starting a story
 * @param eventWindow        a story older than this (from its first report) takes no more articles
 * @param graceHours         gap to the story's first report within which time costs nothing
 * @param decayHours         e-folding time of the penalty beyond the grace period
 * @param entityWeight       how far entity overlap scales the text score (±) when both sides have entities
 * @param storylineThreshold minimum story-to-storyline score to link into a storyline
 * @param storylineWindow    a storyline idle for longer than this takes no new stories
 */
public record ClusteringSettings(double joinThreshold, Duration eventWindow, double graceHours, double decayHours,
                                 double entityWeight, double storylineThreshold, Duration storylineWindow) {
  public static ClusteringSettings defaults() {
    return new ClusteringSettings(0.22, Duration.ofDays(7), 24, 24, 0.5, 0.2, Duration.ofDays(60));
  }

  public ClusteringSettings withJoinThreshold(double t) {
    return new ClusteringSettings(t, eventWindow, graceHours, decayHours, entityWeight, storylineThreshold, storylineWindow);
  }

  public ClusteringSettings withTime(double grace, double decay) {
    return new ClusteringSettings(joinThreshold, eventWindow, grace, decay, entityWeight, storylineThreshold, storylineWindow);
  }

  public ClusteringSettings withStorylineThreshold(double t) {
    return new ClusteringSettings(joinThreshold, eventWindow, graceHours, decayHours, entityWeight, t, storylineWindow);
  }
}
