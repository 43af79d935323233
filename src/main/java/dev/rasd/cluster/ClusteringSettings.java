package dev.rasd.cluster;

import java.time.Duration;

/**
 * The clusterer's tunable constants. Defaults were tuned on the gold-news dev set only: the
 * full-text ones on its articles, the headline-only one on the same articles with their bodies
 * removed.
 *
 * @param joinThreshold          minimum article-to-story score to join instead of starting a story
 * @param datedHeadlineThreshold the same for a dated article that is a headline only. A headline is
 *                               a handful of words, so reports of one event share fewer of them
 *                               than their bodies do (dev, bodies removed: at 0.22 event BCubed
 *                               recall falls to 0.63); the publication time still keeps apart
 *                               recurring events worded alike, so the bar can be lower (dev, bodies
 *                               removed: F1 0.772 at 0.22, 0.949 at 0.12). An undated headline has
 *                               no such check and keeps {@code joinThreshold} (dev, bodies and times
 *                               removed: F1 is flat, 0.677 to 0.688, over 0.12 to 0.22)
 * @param eventWindow            a story older than this (from its first report) takes no more articles
 * @param graceHours             gap to the story's first report within which time costs nothing
 * @param decayHours             e-folding time of the penalty beyond the grace period
 * @param entityWeight           how far entity overlap scales the text score (±) when both sides have entities
 * @param storylineThreshold     minimum story-to-storyline score to link into a storyline
 * @param storylineWindow        a storyline idle for longer than this takes no new stories
 */
public record ClusteringSettings(double joinThreshold, double datedHeadlineThreshold, Duration eventWindow,
                                 double graceHours, double decayHours, double entityWeight,
                                 double storylineThreshold, Duration storylineWindow) {
  public static ClusteringSettings defaults() {
    return new ClusteringSettings(0.22, 0.12, Duration.ofDays(7), 24, 24, 0.5, 0.2, Duration.ofDays(60));
  }

  /** The join threshold for the evidence an article carries: a body or a headline only, a time or none. */
  double joinThreshold(boolean hasBody, boolean dated) {
    return hasBody || !dated ? joinThreshold : datedHeadlineThreshold;
  }

  public ClusteringSettings withEventWindow(Duration window) {
    return new ClusteringSettings(joinThreshold, datedHeadlineThreshold, window, graceHours, decayHours, entityWeight,
        storylineThreshold, storylineWindow);
  }

  public ClusteringSettings withJoinThresholds(double withBody, double datedHeadline) {
    return new ClusteringSettings(withBody, datedHeadline, eventWindow, graceHours, decayHours, entityWeight,
        storylineThreshold, storylineWindow);
  }
}
