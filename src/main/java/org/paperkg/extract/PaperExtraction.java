package org.paperkg.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperkg.corpus.Paper;

/**
 * What extraction found in one paper.
 *
 * @param paper       the paper
 * @param text        the annotated text the offsets refer to (title, blank line, abstract)
 * @param titleLength length of the title at the start of {@code text}
 * @param sentences   begin and end offsets of each sentence, by index
 * @param mentions    the facts with their evidence, in text order
 * @param aliases     for each entity name, the other surface forms this paper gives it (long forms of acronyms)
 */
public record PaperExtraction(Paper paper, String text, int titleLength, List<Span> sentences, List<Mention> mentions,
                              Map<String, Set<String>> aliases) {
    public PaperExtraction {
        sentences = SameClassList.copyOf(sentences);
        mentions = SameClassList.copyOf(mentions);
        aliases = Map.copyOf(aliases);
    }

    public String sentenceText(int index) {
        Span s = sentences.get(index);
        return text.substring(s.begin(), s.end());
    }

    /** True when the offset lies in the title. */
    public boolean inTitle(int offset) {
        return offset < titleLength;
    }

    /** Offsets of a span within its own field (title or abstract), decided by where the span begins. */
    public Span fieldSpan(Span span) {
        return inTitle(span.begin()) ? span : new Span(span.begin() - titleLength - 2, span.end() - titleLength - 2);
    }

    public List<Mention> mentions(MentionKind kind) {
        return mentions.stream().filter(m -> m.kind() == kind).toList();
    }
}
