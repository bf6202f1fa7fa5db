package org.paperkg.extract;

import static org.paperkg.extract.PhraseSyntax.lastTokenOfWholeName;
import static org.paperkg.extract.TypeCues.ARTICLES;
import static org.paperkg.extract.TypeCues.FINITE_VERB_TAGS;
import static org.paperkg.extract.TypeCues.INDEFINITE_ARTICLES;
import static org.paperkg.extract.TypeCues.METHOD_HEADS;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cues that a name is a method, for the typing rules of {@link TypeCues}: an apposition that calls it a method
 * ("CORA, a DETR-style framework"), the authors' method noun it names, a variant of a method, its outperforming
 * something, and what it is applied on.
 */
final class MethodCues {
    /**
     * Verbs whose subject performs better than their object: the subject a method, never a task; the object a
     * baseline.
     */
    static final Set<String> OUTPERFORMING_VERBS = Set.of("outperform", "surpass");

    /** Words that open a subordinate clause before the main one: "While …, X does …". */
    static final Set<String> SUBORDINATORS = Set.of("while", "although", "though", "whereas", "since",
            "because", "if", "when", "once", "unless");

    /** A name with a version number written on: "UJIpenchars2", "QuillQA3". */
    static final Pattern NUMBERED_EDITION = Pattern.compile("(\\p{L}[\\p{L}\\d]*\\p{L}{2})\\d{1,2}");

    /** Verbs that put a method on another: "we apply SQR on Adamixer". */
    static final Set<String> APPLYING_VERBS = Set.of("apply", "plug", "integrate", "incorporate", "implement",
            "deploy", "add", "insert", "mount", "stack");

    private MethodCues() {
    }

    /** True when a lower-case word, or its singular, is a method noun: "tagger", "networks". */
    static boolean isMethodHead(String word) {
        return METHOD_HEADS.contains(word)
                || word.endsWith("s") && METHOD_HEADS.contains(word.substring(0, word.length() - 1));
    }

    /**
     * True when ", a" or ", an", a few modifiers and a method noun follow the name that ends at {@code last}: "CORA, a
     * DETR-style framework that …".
     */
    static boolean appositionCallsItAMethod(Sentence s, int last) {
        int k = last + 1;
        if (k + 2 >= s.size() || !s.token(k).word().equals(",")
                || !INDEFINITE_ARTICLES.contains(s.token(k + 1).lower())) {
            return false;
        }
        for (int j = k + 2; j < s.size() && j <= k + 7; j++) {
            Token t = s.token(j);
            if (t.pos().startsWith("NN") && METHOD_HEADS.contains(t.lemma())
                    && (j + 1 >= s.size() || !s.token(j + 1).pos().startsWith("NN"))) {
                return true;
            }
            if (!(t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().equals("HYPH")
                    || t.pos().equals("VBN"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the name at {@code first} names, set off by a comma, a parenthesis or "namely", a method noun in the
     * singular that the authors propose: "we propose a novel … framework, namely COLA", "we propose the first
     * certification framework, COPA, to …", "we propose an efficient adversarial attack algorithm (ARC)".
     */
    static boolean namesTheAuthorsMethodNoun(Sentence s, int first) {
        int namely = ProposalCues.namelyBefore(s, first);
        int k = (namely >= 0 ? namely : first) - 1;
        if (k < 1 || !(s.token(k).word().equals(",") || s.token(k).word().equals("("))
                || !s.token(k - 1).pos().equals("NN") || !METHOD_HEADS.contains(s.token(k - 1).lemma())) {
            return false;
        }
        for (int j = k - 2; j >= 0 && j >= k - 10; j--) {
            Token t = s.token(j);
            if (ProposalCues.TRIGGERS.contains(t.lemma()) && t.pos().startsWith("VB")) {
                return AuthorSubject.before(s, j) == AuthorSubject.AUTHORS;
            }
            if (!(t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().equals("HYPH")
                    || t.pos().equals("VBN") || t.pos().equals("CC") || t.pos().equals("RB")
                    || ARTICLES.contains(t.lower()) || t.word().equals(","))) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the name, a whole word, is the subject of "outperforms" or "surpasses", an adverb allowed between:
     * "CLAP consistently outperforms the baselines" makes the short form of "a model for Compositional Law Parsing
     * (CLAP)" the model's name, though its long form names a task.
     */
    static boolean outperformsSomething(NameOccurrence o) {
        Sentence s = o.sentence();
        int last = lastTokenOfWholeName(o);
        if (last < 0) {
            return false;
        }
        int k = last + 1;
        while (k < s.size() && s.token(k).pos().startsWith("RB")) {
            k++;
        }
        return outperformingVerbAt(s, k);
    }

    /** True when the token at {@code k} is "outperforms", "surpassed" or the like, read as a verb. */
    static boolean outperformingVerbAt(Sentence s, int k) {
        return k >= 0 && k < s.size() && s.token(k).pos().startsWith("VB")
                && OUTPERFORMING_VERBS.contains(s.token(k).lemma());
    }

    /**
     * True when a comma at {@code comma} before a name may open an apposition to what comes before it: not when the
     * comma ends what the sentence opens with ({@link #endsTheSentenceOpening}), unless a comma at {@code afterName},
     * the token after the name, closes it again ("On a harder benchmark, X, which …"; not "To handle larger games,
     * X (Y) only considers …", where the name opens the main clause).
     */
    static boolean mayOpenAnApposition(Sentence s, int comma, int afterName) {
        return !endsTheSentenceOpening(s, comma) || (afterName < s.size() && s.token(afterName).word().equals(","));
    }

    /**
     * True when the comma at {@code comma} ends what a sentence opens with before its main clause: a phrase that starts
     * with "to" or a preposition and has no finite verb ("To handle larger games,", "On the three benchmarks,"), or a
     * clause that a subordinating word opens ("While the latter two exploit our framework,"). What follows starts the
     * main clause, no apposition. Not "For evaluation we use a dataset, X, …", whose verb is finite.
     */
    static boolean endsTheSentenceOpening(Sentence s, int comma) {
        if (comma < 2 || !(s.token(0).pos().equals("TO") || s.token(0).pos().equals("IN"))) {
            return false;
        }
        boolean subordinate = SUBORDINATORS.contains(s.token(0).lower());
        for (int k = 1; k < comma; k++) {
            if (s.token(k).word().equals(",") || (!subordinate && FINITE_VERB_TAGS.contains(s.token(k).pos()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a hyphen joins a name to another one that only its context types, and types a method: "P-NSVQA" beside
     * NSVQA.
     */
    static boolean variantOfAMethod(String name, Map<String, Set<MentionKind>> cuedByContext) {
        int hyphen = name.indexOf('-');
        int last = name.lastIndexOf('-');
        return hyphen > 0 && (Set.of(MentionKind.METHOD).equals(cuedByContext.get(name.substring(hyphen + 1)))
                || Set.of(MentionKind.METHOD).equals(cuedByContext.get(name.substring(0, last))));
    }

    /**
     * "RepoBench" for "RepoBench-R", "UJIpenchars" for "UJIpenchars2": the name before a last hyphenated part or a
     * version number written on, or "" when there is none.
     */
    static String baseOfVariant(String name) {
        if (name.indexOf(' ') >= 0) {
            return "";
        }
        int hyphen = name.lastIndexOf('-');
        if (hyphen > 1 && hyphen < name.length() - 1) {
            return name.substring(0, hyphen);
        }
        var numbered = NUMBERED_EDITION.matcher(name);
        return numbered.matches() ? numbered.group(1) : "";
    }

    /** True when the last verb before the "on" at {@code on}, within its clause, applies something to what follows. */
    static boolean appliedOn(Sentence s, int on) {
        for (int k = on - 1; k >= 0 && k >= on - 5; k--) {
            Token t = s.token(k);
            if (t.pos().startsWith("VB")) {
                return APPLYING_VERBS.contains(t.lemma());
            }
            if (t.word().equals(",") || t.word().equals(";")) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the "as" at {@code k} compares rather than lists: "similar accuracy on ImageNet as MobileFormer" (but
     * "on X as well as Y" lists).
     */
    static boolean comparingAs(Sentence s, int k) {
        return s.token(k).lower().equals("as") && !s.token(k - 1).lower().equals("well")
                && !(k + 1 < s.size() && s.token(k + 1).lower().equals("well"));
    }
}
