package org.paperkg.extract;

import static org.paperkg.extract.ProposalCues.DASHES;
import static org.paperkg.extract.ProposalCues.NAMING_VERBS;
import static org.paperkg.extract.ProposalCues.afterTheName;
import static org.paperkg.extract.ProposalCues.authorsOwnAt;
import static org.paperkg.extract.ProposalCues.namelyBefore;
import static org.paperkg.extract.ProposalCues.novelAfterAnArticle;
import static org.paperkg.extract.ProposalCues.partOfALongerName;

import java.util.Set;

/**
 * Proposals that call a name the authors' own work, for the rules of {@link ProposalFinder}: "our X", "the proposed
 * approach, X", "The resulting BregmanTron algorithm …", "…, resulting in WIMS", "Called the Gram iteration, our
 * approach …", "Our models include …" and "a novel method, PMP (PostMan-Pat), which …". Each returns the rule that
 * fired, or null.
 */
final class OwnWorkProposals {
    /** Participles of fine-tuning or of using, which say a model was taken, not made ("our used MacBERT model"). */
    static final Set<String> TAKEN_PARTICIPLES = Set.of("fine-tuned", "finetuned", "fine-tuning",
            "finetuning", "used", "adopted", "employed");

    /** A word of letters with a hyphen inside: "multi-task", "zero-shot". */
    static final java.util.regex.Pattern HYPHENATED_WORD = java.util.regex.Pattern.compile(
            "[A-Za-z]+(?:-[A-Za-z]+)+");

    /** What opens an apposition to a method noun: a comma, a parenthesis, a dash standing between spaces. */
    static final Set<String> APPOSITION_OPENERS = com.google.common.collect.Sets.union(Set.of(",", "(", "-"),
            DASHES);

    /** Roles that the authors give to models that are there: baselines, the teacher and student of a distillation. */
    static final Set<String> ROLE_NOUNS = Set.of("baseline", "student", "teacher");

    private OwnWorkProposals() {
    }

    /**
     * "our X", "our new model X", "the proposed approach, X": only adjectives and nouns between ("our bound on MNIST"
     * is not).
     */
    static String ours(Sentence s, int name, int last) {
        // (nor names of the baselines the authors run, "faster than our HNSW and NSG baselines", nor of a model in the
        // role a distillation gives it, "our 4X compressed PointPillars student")
        int head = ListCues.endOfList(s, last + 1);
        if (head < s.size() && ROLE_NOUNS.contains(s.token(head).lemma())) {
            return null;
        }
        // (the apposition may open with "the": "The proposed architecture, the Gated Transformer-XL (GTrXL), …")
        int first = name >= 3 && s.token(name - 1).lower().equals("the") && s.token(name - 2).word().equals(",")
                && TypeCues.METHOD_HEADS.contains(s.token(name - 3).lemma()) ? name - 1 : name;
        if (first == name && name == last && partOfALongerName(s, name)) {
            return null;
        }
        // (past "namely" and its comma: "our approach, namely DG-BEV, successfully …", "our tree-recursive neural
        // model, namely RST-Recursive, which …")
        int namely = namelyBefore(s, first);
        if (namely >= 0) {
            first = namely;
        }
        // (a method noun right before the name lets more words describe it: "our multi-skill mobile manipulation
        // method M3", also past the parenthesis or the commas that set the name off, "our OOD detection framework
        // (MOOD)", "Our Open IE system, CALMIE, performs …"; not a comma that ends the phrase a sentence opens with,
        // "after our proposed alignment procedure, BERT exhibits …")
        String before = s.token(Math.max(0, first - 1)).word();
        boolean setOff = before.equals("(") || before.equals(",") && last + 1 < s.size()
                && MetricCues.CLOSES_APPOSITION.contains(s.token(last + 1).word());
        int noun = first >= 2 && setOff ? first - 2 : first - 1;
        int reach = noun >= 0 && TypeCues.METHOD_HEADS.contains(s.token(noun).lemma()) ? 5 + first - noun : 4;
        for (int k = first - 1; k >= 0 && k >= first - reach; k--) {
            Token t = s.token(k);
            if (authorsOwnAt(s, k)) {
                return t.lower().equals("our") ? "proposal.our" : "proposal.the-proposed";
            }
            // a baseline is what the authors compare with, not what they made: "outperforming our baseline (DINO)"; a
            // model they fine-tuned or used is one they took: "Our fine-tuned XML-RoBERTa model achieved …"
            // (but a participle of fine-tuning before a method noun that the name then follows names the model the
            // authors made by it: "our fine-tuned model, Instruct-XMLR, outperforms …")
            boolean madeByTuning = k + 1 < first && TypeCues.METHOD_HEADS.contains(s.token(k + 1).lemma());
            if (t.lemma().equals("baseline") || TAKEN_PARTICIPLES.contains(t.lower()) && !madeByTuning) {
                break;
            }
            // "our model, GIOROM, …", "our tokenizer (DiGIT)", "our model - Prod2BERT - is …" (not where the comma ends
            // the clause a sentence opens with: "While the others exploit our framework, GPI and TRL fit in …")
            boolean appositionComma = APPOSITION_OPENERS.contains(t.word()) && k == first - 1 && k > 0
                    && TypeCues.METHOD_HEADS.contains(s.token(k - 1).lemma())
                    && (!t.word().equals(",") || MethodCues.mayOpenAnApposition(s, k, afterTheName(s, last)))
                    // or the quotation mark of a name quoted after its noun: 'The proposed method "RTD-AE"'
                    || (PhraseSyntax.isQuote(t) && k == first - 1 && k > 0
                            && TypeCues.METHOD_HEADS.contains(s.token(k - 1).lemma()));
            // a group's symbol written with its argument is one modifier: "our E(3) Equivariant Diffusion Model (EDM)"
            int symbol = symbolWithItsArgument(s, k);
            if (symbol >= 0) {
                reach += k - symbol;
                k = symbol;
                continue;
            }
            // (an adverb of degree before an adjective is one modifier with it: "Our most powerful model, X, …")
            boolean degree = (t.pos().equals("RBS") || t.pos().equals("RBR")) && k + 1 < first
                    && s.token(k + 1).pos().startsWith("JJ");
            // (a hyphenated word is a modifier whatever the tagger reads it as: "our adversarial multi-task/VB
            // network, X")
            boolean hyphenated = HYPHENATED_WORD.matcher(t.word()).matches();
            if (!t.pos().startsWith("JJ") && !t.pos().startsWith("NN") && !t.pos().equals("VBN") && !appositionComma
                    && !degree && !hyphenated) {
                break;
            }
        }
        return null;
    }

    /**
     * Where a symbol written with its argument in parentheses and no space, "E(3)", "SE(3)", "SO(n)", starts when its
     * closing parenthesis is at {@code close}; -1 when there is none.
     */
    static int symbolWithItsArgument(Sentence s, int close) {
        if (close < 3 || !s.token(close).word().equals(")") || !s.token(close - 2).word().equals("(")) {
            return -1;
        }
        for (int k = close - 2; k <= close; k++) {
            if (s.token(k).begin() != s.token(k - 1).end()) {
                return -1;
            }
        }
        return Character.isUpperCase(s.token(close - 3).word().charAt(0)) ? close - 3 : -1;
    }

    /**
     * "we extend Whittle index to a new … setting …, resulting in WIMS (…)", "…, resulting in an enhanced model
     * VIOLETv2": what the authors' work results in is theirs (only an article, adjectives and nouns between).
     */
    static String whatTheAuthorsWorkResultsIn(Sentence s, int first) {
        for (int k = first - 1; k >= 1 && k >= first - 7; k--) {
            Token t = s.token(k);
            if (t.lower().equals("in") && s.token(k - 1).lower().equals("resulting")) {
                return AuthorSubject.before(s, k - 1) == AuthorSubject.AUTHORS ? "proposal.resulting-in" : null;
            }
            if (!t.pos().startsWith("JJ") && !t.pos().startsWith("NN") && !t.pos().equals("VBN")
                    && !TypeCues.ARTICLES.contains(t.lower())) {
                return null;
            }
        }
        return null;
    }

    /**
     * "Called the Gram iteration, our approach exhibits …": a participle of naming opens the sentence and the authors'
     * own thing, after the comma, is what it names.
     */
    static String namedBeforeTheAuthorsThing(Sentence s, int first, int last) {
        int k = first - 1;
        if (k >= 0 && TypeCues.ARTICLES.contains(s.token(k).lower())) {
            k--;
        }
        if (k != 0 || !NAMING_VERBS.contains(s.token(0).lemma())) {
            return null;
        }
        int next = afterTheName(s, last);
        return next + 1 < s.size() && s.token(next).word().equals(",") && authorsOwnAt(s, next + 1)
                ? "proposal.named-opening" : null;
    }

    /**
     * "Our models include Emotion Supervision (EmoSup) and two Emotion-Reinforced (EmoRL) models": the names that the
     * authors' methods, in the plural, include; only capitalised words, short forms in parentheses, numbers, commas and
     * "and" stand between the verb and the name.
     */
    static String includedInOurMethods(Sentence s, int first) {
        for (int k = first - 1; k >= 2 && k >= first - 12; k--) {
            Token t = s.token(k);
            if (t.lemma().equals("include") && t.pos().startsWith("VB")) {
                Token noun = s.token(k - 1);
                return noun.pos().equals("NNS") && TypeCues.METHOD_HEADS.contains(noun.lemma())
                        && s.token(k - 2).lower().equals("our") ? "proposal.ours-include" : null;
            }
            boolean listWord = t.word().equals(",") || t.word().equals("(") || t.word().equals(")")
                    || t.lower().equals("and") || t.pos().equals("CD") || Character.isUpperCase(t.word().charAt(0));
            if (!listWord) {
                return null;
            }
        }
        return null;
    }

    /**
     * "The resulting BregmanTron algorithm jointly learns …", "The resulting Bayesian Aggregation (BA) mechanism": what
     * the authors' derivation results in is theirs (a coined name that no one knows, right after "resulting", written
     * in capitals and in the singular, before a method noun, a verb or punctuation; not "solving the resulting SDPs",
     * nor "the resulting FMM component-count posterior", which the name only modifies).
     */
    static String whatResults(Sentence s, int first, int last, String surface, String name) {
        if (first < 1 || !s.token(first - 1).lower().equals("resulting") || !Character.isUpperCase(surface.charAt(0))
                || surface.endsWith("s") && !name.endsWith("s")) {
            return null;
        }
        int next = afterTheName(s, last);
        boolean closed = next >= s.size() || TypeCues.METHOD_HEADS.contains(s.token(next).lemma())
                || s.token(next).pos().startsWith("VB") || !Character.isLetterOrDigit(s.token(next).word().charAt(0));
        return closed ? "proposal.resulting" : null;
    }

    /**
     * Where a list of coined names that ends in the name at {@code first} starts: "DASHA-PAGE, DASHA-MVR and
     * DASHA-SYNC-MVR" starts at "DASHA-PAGE"; {@code first} when no comma, "and" or "or" joins it to a name before.
     */
    static int startOfNameList(Sentence s, int first) {
        int start = first;
        int k = first - 1;
        while (k >= 1 && first - k <= 12) {
            String w = s.token(k).lower();
            if (!w.equals(",") && !w.equals("and") && !w.equals("or")) {
                break;
            }
            // (", and" joins the last name too)
            int name = (w.equals("and") || w.equals("or")) && s.token(k - 1).word().equals(",") ? k - 2 : k - 1;
            if (name < 0 || !Names.isCoined(s.token(name).word())) {
                break;
            }
            start = name;
            k = name - 1;
        }
        return start;
    }

    /**
     * "We use our insights to motivate a novel method, PMP (PostMan-Pat), which …": a name in apposition after "a
     * novel" or "a new" method noun, up to three words between, in a sentence whose subject is the authors.
     */
    static String afterANovelMethodOfTheAuthors(Sentence s, int first) {
        if (first < 4 || !s.token(first - 1).word().equals(",")
                || !TypeCues.METHOD_HEADS.contains(s.token(first - 2).lemma()) || !s.token(first - 2).pos().startsWith("NN")) {
            return null;
        }
        for (int k = first - 3; k >= 1 && k >= first - 6; k--) {
            Token t = s.token(k);
            if (novelAfterAnArticle(s, k)) {
                return AuthorSubject.before(s, k - 1) == AuthorSubject.AUTHORS ? "proposal.apposition-after-novel" : null;
            }
            if (!t.pos().startsWith("JJ") && !t.pos().startsWith("NN") && !t.word().contains("-")) {
                return null;
            }
        }
        return null;
    }
}
