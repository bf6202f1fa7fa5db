package org.paperkg.extract;

import java.util.Objects;

/**
 * One extracted fact with its evidence.
 *
 * @param kind       what the mention says
 * @param name       the entity's name in this paper (its short form where the paper defines one), or the
 *                   concept id for {@link MentionKind#CONCEPT}
 * @param surface    the text exactly as it stands at {@code span}
 * @param span       character offsets in the annotated text (title, blank line, abstract)
 * @param sentence   index of the sentence it was found in (0 is the title)
 * @param rule       the rule that fired, e.g. {@code dataset.cue-word} or {@code proposal.we-propose}
 * @param confidence how sure the rule is, in (0, 1]
 */
public record Mention(MentionKind kind, String name, String surface, Span span, int sentence, String rule,
                      double confidence) {
    public Mention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(rule, "rule");
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1], got " + confidence);
        }
    }
}
