package org.paperkg.extract;

import java.util.List;

/**
 * A sentence of an annotated text.
 *
 * @param index  0-based position in the text (the title is sentence 0)
 * @param begin  character offset of its first character in the annotated text
 * @param end    character offset after its last character
 * @param tokens its tokens, in order
 */
public record Sentence(int index, int begin, int end, List<Token> tokens) {
    public Sentence {
        tokens = SameClassList.copyOf(tokens);
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** True when a token's lemma is one of {@code lemmas}. */
    public boolean hasLemmaIn(java.util.Set<String> lemmas) {
        for (Token t : tokens) {
            if (lemmas.contains(t.lemma())) {
                return true;
            }
        }
        return false;
    }
}
