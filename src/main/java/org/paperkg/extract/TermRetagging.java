package org.paperkg.extract;

import java.util.List;

/**
 * Corrects the tags of a word that the part-of-speech tagger reads as a verb inside a fixed term. The tagger takes
 * the "Named" of "Named Entity Recognition" for the participle of "to name", which the naming rules read as "named
 * X" ("tasks such as Named Entity Recognition" named "Entity Recognition"); in "named entity" it is an adjective.
 */
final class TermRetagging {
    private TermRetagging() {
    }

    /** Retags, in place, each "named" right before "entity" or "entities" as an adjective with itself as lemma. */
    static void apply(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.lower().equals("named") && tokens.get(i + 1).lemma().equals("entity")) {
                tokens.set(i, new Token(t.word(), t.lower(), "named", "JJ", t.begin(), t.end()));
            }
        }
    }
}
