package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds capitalised names listed as examples of a plural method noun, coined or not: "algorithms such as AdaBound, SWAT,
 * and Padam", "baselines like Erased Stable Diffusion and Forget-Me-Not", "first-order methods such as Heavy-Ball and
 * Adam". An item is a run of capitalised words that a comma, a conjunction, a gloss in parentheses or the end of the
 * list closes; capitals that the next word goes on from name nothing of their own and end the list ("models such as
 * Gaussian processes", "algorithms like Thompson sampling"). Concept labels ("models such as GANs and Transformers"),
 * tasks and words that are no names are skipped, the list going on past them; coined and well-known words alone are
 * left to the finders of such words.
 */
final class MethodListFinder {
    /** Plural nouns whose examples are methods, by lemma. */
    private static final Set<String> METHOD_PLURALS = Set.of("method", "algorithm", "baseline", "optimizer",
            "optimiser", "technique", "approach", "solver", "sampler", "estimator", "heuristic", "model",
            "architecture", "network", "classifier", "learner", "framework", "library", "toolkit", "system");
    /** Plural heads that make a capitalised phrase a family, not a name: "Topic Models", "Kernel Methods". */
    private static final Set<String> GENERIC_PLURALS = Set.of("models", "methods", "algorithms", "approaches",
            "techniques", "frameworks");
    /** Words that join the items of a list. */
    private static final Set<String> GLUE = Set.of(",", "and", "or");
    /** Words that end a list. */
    private static final Set<String> LIST_ENDS = Set.of(")", ".", ";", ":", "]");
    /** A capitalised word of lower-case letters. */
    private static final java.util.regex.Pattern PLAIN_WORD = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+");
    /** The longest item, in tokens. */
    private static final int LONGEST_ITEM = 5;

    private final Lexicon lexicon;
    private final ConceptLabels conceptLabels;

    MethodListFinder(Lexicon lexicon, ConceptLabels conceptLabels) {
        this.lexicon = lexicon;
        this.conceptLabels = conceptLabels;
    }

    List<NameOccurrence> find(AnnotatedText text) {
        List<NameOccurrence> out = new ArrayList<>();
        for (Sentence s : text.abstractSentences()) {
            for (int i = 0; i + 2 < s.size(); i++) {
                Token noun = s.token(i);
                if (noun.pos().equals("NNS") && Character.isLowerCase(noun.word().charAt(0))
                        && METHOD_PLURALS.contains(noun.lemma())) {
                    int first = firstItem(s, i + 1);
                    if (first < 0) {
                        first = countedListStart(s, i);
                    }
                    if (first > 0) {
                        collectItems(text, s, first, out);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The token that opens the list of examples after the noun's next token {@code k}: after "such as", "including",
     * "like" or "e.g.", a comma or a parenthesis before them allowed; -1 when no list of examples opens there.
     */
    private static int firstItem(Sentence s, int k) {
        if (k < s.size() && (s.token(k).word().equals(",") || s.token(k).word().equals("("))) {
            k++;
        }
        if (s.suchAsAt(k)) {
            return k + 2 < s.size() ? k + 2 : -1;
        }
        if (s.exampleWordAt(k)) {
            k++;
            if (k < s.size() && s.token(k).word().equals(",")) {
                k++;
            }
            return k < s.size() ? k : -1;
        }
        return -1;
    }

    /**
     * The token that opens a list the noun at {@code noun} announces: after a comma or a colon when a count comes
     * before the noun ("two novel techniques, Priority Refresh and Clipped LARS", "three baselines: …"), or after "namely"
     * ("ensemble methods, namely Random Forests and Gradient Boosted Trees"); -1 when none opens there.
     */
    private static int countedListStart(Sentence s, int noun) {
        int k = pastARelativeClause(s, noun + 1);
        if (k >= s.size() || !(s.token(k).word().equals(",") || s.token(k).word().equals(":"))) {
            return -1;
        }
        // (past a relative clause only before "namely": "two methods that have these components, namely Hiera and
        // ViTDet")
        if (k > noun + 1 && !(k + 1 < s.size() && ProposalCues.NAMELY.contains(s.token(k + 1).lower()))) {
            return -1;
        }
        k++;
        boolean namely = k < s.size() && ProposalCues.NAMELY.contains(s.token(k).lower());
        if (namely) {
            k++;
            if (k < s.size() && s.token(k).word().equals(",")) {
                k++;
            }
        } else if (!countedBefore(s, noun)) {
            return -1;
        }
        return k < s.size() ? k : -1;
    }

    /**
     * The comma that ends a relative clause of at most ten words opened by "that" or "which" at {@code k}, no other
     * punctuation inside; {@code k} when none opens there.
     */
    private static int pastARelativeClause(Sentence s, int k) {
        if (k >= s.size() || !(s.token(k).lower().equals("that") || s.token(k).lower().equals("which"))) {
            return k;
        }
        int comma = s.markAfterWords(k + 1, ",", 10);
        return comma >= 0 ? comma : k;
    }

    /** True when a count opens the noun phrase that the noun at {@code noun} ends: "two popular algorithms". */
    private static boolean countedBefore(Sentence s, int noun) {
        for (int v = noun - 1; v >= 0 && v >= noun - 4; v--) {
            Token t = s.token(v);
            if (ProposalCues.countsThings(t)) {
                return true;
            }
            String pos = t.pos();
            if (!(pos.startsWith("JJ") || pos.startsWith("NN") || pos.startsWith("RB") || pos.equals("VBN")
                    || pos.equals("HYPH"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Walks the list from {@code j}, adding the items that may be a method's name: each item closed by a comma, a
     * conjunction, a gloss in parentheses or the list's end; capitals that modify the word after them end the list
     * before them ("techniques like Contrastive Divergence and Pseudolikelihood estimation"). In a list that names a
     * concept ("models including GAN, VAE, and Flow") or goes on in lower case ("(e.g., Delaunay or k-nearest)"), a
     * plain word is a kind of thing, not a name.
     */
    private void collectItems(AnnotatedText text, Sentence s, int j, List<NameOccurrence> out) {
        List<NameOccurrence> found = new ArrayList<>();
        boolean namesAConcept = false;
        boolean lowerCaseItem = false;
        boolean conjoined = false;
        while (true) {
            int end = j;
            while (end < s.size() && end - j < LONGEST_ITEM && isCapitalised(s.token(end).word())
                    && (end == j || s.token(end).begin() - s.token(end - 1).end() <= 1)) {
                end++;
            }
            if (end == j) {
                lowerCaseItem = true; // "(e.g., Delaunay or k-nearest)": the list is of kinds, not of names
                break;
            }
            boolean closed = end >= s.size() || closesItem(s.token(end));
            if (!closed && modifiesTheNext(s.token(end))) {
                break; // capitals that a word goes on from: the list ends before them
            }
            Span span = new Span(s.token(j).begin(), s.token(end - 1).end());
            String item = text.covered(span.begin(), span.end());
            if (conjoined && end - j > 1 && !found.isEmpty() && sharesTheHead(found.get(found.size() - 1), j)) {
                found.remove(found.size() - 1); // "Proximal and Federated Random Reshuffling": one head for both
            }
            if (isAConcept(item)) {
                namesAConcept = true;
            } else if (mayNameAMethod(item) && !foundAlone(item, end - j)) {
                found.add(new NameOccurrence(item, span, s, "method-list"));
            }
            if (conjoined || !closed || end >= s.size() || LIST_ENDS.contains(s.token(end).word())) {
                break; // the item after "and" or "or" is the last, and so is one a verb follows
            }
            j = end;
            if (s.token(j).word().equals("(")) {
                // a gloss after an item: "Lottery Ticket Rewinding (LTR), RPS"
                while (j < s.size() && !s.token(j).word().equals(")")) {
                    j++;
                }
                j++;
            }
            while (j < s.size() && GLUE.contains(s.token(j).lower())) {
                conjoined |= !s.token(j).word().equals(",");
                j++;
            }
            if (j >= s.size()) {
                break;
            }
        }
        for (NameOccurrence o : found) {
            if (!(namesAConcept || lowerCaseItem) || o.name().indexOf(' ') > 0 || Names.isCoined(o.name())) {
                out.add(o);
            }
        }
    }

    /**
     * True when the item before a conjunction is one plain word right before the conjunction that opens the phrase at
     * {@code next}: the two share the phrase's head ("Proximal and Federated Random Reshuffling").
     */
    private static boolean sharesTheHead(NameOccurrence item, int next) {
        Sentence s = item.sentence();
        int k = s.tokenIndexAt(item.span().begin());
        return k + 2 == next && s.tokenIndexAt(item.span().end() - 1) == k && PLAIN_WORD.matcher(item.name()).matches();
    }

    /** A coined or well-known word alone is found as such: only the other items are this finder's. */
    private boolean foundAlone(String item, int tokens) {
        return tokens == 1 && (Names.isCoined(item) || lexicon.lookup(item) != null);
    }

    private static boolean isCapitalised(String word) {
        return Character.isUpperCase(word.charAt(0)) || Names.isCoined(word);
    }

    /**
     * True when the word after capitals makes them part of something longer: a noun or an adjective ("Thompson
     * sampling"), a possessive ("Kyle's model"), a dash ("Euler–Maruyama"), a formula ("Sparse $Q$-learning") or the
     * next author of a citation ("Glorot &amp; Bengio (2010)").
     */
    private static boolean modifiesTheNext(Token next) {
        return next.pos().startsWith("NN") || next.pos().startsWith("JJ") || next.pos().equals("VBG")
                || next.pos().equals("CD") || next.pos().equals("POS") || TypeCues.DASH_TOKENS.contains(next.word())
                || next.word().equals("&") || next.lower().equals("et") || next.word().startsWith("$");
    }

    private static boolean closesItem(Token next) {
        return GLUE.contains(next.lower()) || LIST_ENDS.contains(next.word()) || next.word().equals("(");
    }

    private boolean isAConcept(String item) {
        return conceptLabels.isLabel(item) || conceptLabels.isLabel(Names.withoutPluralS(item))
                || conceptLabels.isAcronymLabel(item);
    }

    /**
     * True unless the item is no name, a task, or a family named by a generic plural ("Topic Models"; a plural
     * network is a name, "Matching Networks").
     */
    private boolean mayNameAMethod(String item) {
        String lower = item.toLowerCase(Locale.ROOT);
        String last = lower.substring(lower.lastIndexOf(' ') + 1);
        return !lexicon.isNotName(item) && !Names.FUNCTION_WORDS.contains(lower) && !Names.isFormula(item)
                && !TaskCues.namesATask(Set.of(item)) && !(item.indexOf(' ') > 0 && GENERIC_PLURALS.contains(last));
    }
}
