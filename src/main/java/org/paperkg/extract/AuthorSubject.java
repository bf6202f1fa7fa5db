package org.paperkg.extract;

import java.util.Set;

/**
 * Who speaks before a word of a sentence: the authors ("we propose", "this paper introduces", "our work
 * presents", "this leads us to propose", the paper as "it" opening a clause: "it proposes"), others ("Smith et al.
 * introduce", "a recent work proposes"), or no one named. The proposal rules ask it before they credit a paper with
 * a name.
 */
enum AuthorSubject {
    AUTHORS, OTHERS, NONE;

    private static final Set<String> SUBJECTS = Set.of("we", "paper", "work", "study", "article", "i", "our");
    private static final Set<String> SOMEONE_ELSES = Set.of("recent", "previous", "prior", "their", "existing",
            "related", "earlier");

    private static final Set<String> CLAUSE_OPENINGS = Set.of("", ",", ";", "and");

    /** Who is the subject of the words before token {@code index}. */
    static AuthorSubject before(Sentence s, int index) {
        boolean others = false;
        for (int k = 0; k < index; k++) {
            String w = s.token(k).lower();
            String previous = k > 0 ? s.token(k - 1).lower() : "";
            if (w.equals("us") && k + 1 < index && s.token(k + 1).lower().equals("to")) {
                return AUTHORS; // "this fact motivates us to propose …", "which allows us to introduce …"
            } else if (w.equals("it") && CLAUSE_OPENINGS.contains(previous) && onlyAdverbsBetween(s, k + 1, index)) {
                return AUTHORS; // the paper spoken of as "it": "For this purpose, it proposes a … framework, LEVER"
            } else if (w.equals("al.") || w.equals("al")) {
                others = true; // "Laforgue et al. introduce …"
            } else if (SUBJECTS.contains(w)) {
                if (SOMEONE_ELSES.contains(previous)) {
                    others = true; // "a recent work introduces …"
                } else {
                    return AUTHORS;
                }
            }
        }
        return others ? OTHERS : NONE;
    }

    private static boolean onlyAdverbsBetween(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!s.token(k).pos().startsWith("RB")) {
                return false;
            }
        }
        return from <= to;
    }

    /**
     * True when token {@code k} is a verb whose lemma is among {@code verbs} and whose subject is the authors: "we
     * propose", "this paper introduces".
     */
    static boolean authorsVerbAt(Sentence s, int k, Set<String> verbs) {
        Token t = s.token(k);
        return verbs.contains(t.lemma()) && t.pos().startsWith("VB") && before(s, k) == AUTHORS;
    }

    /** True when one of the sentences has the authors as the subject of a verb among {@code verbs}. */
    static boolean authorsUseAVerbOf(java.util.List<Sentence> sentences, Set<String> verbs) {
        return sentences.stream().anyMatch(s -> authorsUseAVerbIn(s, verbs));
    }

    /** True when the sentence has the authors as the subject of a verb among {@code verbs}. */
    static boolean authorsUseAVerbIn(Sentence s, Set<String> verbs) {
        // (the first token has no subject before it)
        for (int k = 1; k < s.size(); k++) {
            if (authorsVerbAt(s, k, verbs)) {
                return true;
            }
        }
        return false;
    }

    /** True when the sentence names the authors anywhere, "our" included ("our approach, termed APG"). */
    static boolean named(Sentence s) {
        for (Token t : s.tokens()) {
            if (SUBJECTS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }
}
