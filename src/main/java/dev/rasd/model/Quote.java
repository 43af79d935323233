package dev.rasd.model;

/**
 * Who said what: {@code text} is the quoted words (direct) or the reported clause (indirect);
 * {@code [start, end)} is its range in the clean text. {@code speaker} is the canonical name and
 * {@code entityId} its entity, both null when unattributed. {@code givenTo} names the outlet the
 * words were given to ("في مقابلة مع وكالة سبوتنيك"), else null.
 */
public record Quote(String text, String speaker, String entityId, String verb, boolean direct,
                    int start, int end, String givenTo) {
}
