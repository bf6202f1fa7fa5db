package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds capitalised words listed under a dataset noun, coined or not: "datasets (LVU, COIN and Breakfast)",
 * "benchmarks such as Atari and Procgen", "the Lorenz and Weather datasets", "two environments, Overcooked (a
 * multiplayer game) and VirtualHome".
 */
final class DatasetListFinder {
    private static final Set<String> DATASET_NOUNS = Set.of("dataset", "benchmark", "corpus", "corpora", "datasets",
            "benchmarks", "environment", "environments", "testbed", "testbeds");
    private static final Set<String> LIST_INTRO = Set.of("(", ":", "such", "as", "including", "like", "namely", "e.g.",
            "e.g", "i.e.", "i.e", ",");

    /** What joins the items of a list. */
    private static final Set<String> LIST_GLUE = Set.of(",", "and", "or");

    private final Lexicon lexicon;
    private final ConceptLabels conceptLabels;

    DatasetListFinder(Lexicon lexicon, ConceptLabels conceptLabels) {
        this.lexicon = lexicon;
        this.conceptLabels = conceptLabels;
    }

    /**
     * Capitalised words listed as datasets, coined or not: "datasets (LVU, COIN and Breakfast)", "benchmarks such as
     * Atari and Procgen", "the Lorenz and Weather datasets".
     */
    List<NameOccurrence> find(AnnotatedText text) {
        List<NameOccurrence> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                Token t = s.token(i);
                // (in a title written in title case the noun is capitalised too, and its words are no list)
                // (nor is one that opens its sentence before a comma one of a list: "Datasets, Code and Prompts are
                // available")
                // ("corpora" is plural whatever its tag: the tagger often reads it as a singular noun)
                if (DATASET_NOUNS.contains(PhraseSyntax.headLemma(t))
                        && (t.pos().equals("NNS") || t.lower().equals("corpora"))
                        && !(Character.isUpperCase(t.word().charAt(0)) && text.inTitle(t.begin()))
                        && !(i == 0 && i + 1 < s.size() && s.token(i + 1).word().equals(","))) {
                    collectListsAround(text, s, i, out);
                }
            }
        }
        // a pair of languages alone is an item's direction, no name: "the Chinese-English and English-Japanese
        // benchmarks" (but "WMT14 English-German" stays whole)
        out.removeIf(o -> lexicon.isLanguagePair(o.name()));
        // nor does a task's name in plain capitalised words: "an array of Relation Extraction and Relation
        // Classification benchmarks" lists benchmarks of two tasks
        out.removeIf(DatasetListFinder::namesATaskInPlainWords);
        return out;
    }

    /** True for two plain capitalised words or more that end in a task's head: "Relation Classification". */
    private static boolean namesATaskInPlainWords(NameOccurrence o) {
        String[] words = Names.WHITESPACE.split(o.name());
        return words.length >= 2 && java.util.Arrays.stream(words).noneMatch(Names::isCoined)
                && TaskCues.namesATask(Set.of(o.name()));
    }

    /** The lists after the plural dataset noun at {@code noun} ("datasets such as X, Y") and before it. */
    private void collectListsAround(AnnotatedText text, Sentence s, int noun, List<NameOccurrence> out) {
        int j = pastADescribingParticiple(s, noun + 1);
        // (past the task the data is for, when a list intro follows it: "four datasets for data-to-text generation,
        // namely, DART, WebNLG (en), E2E and CommonGen")
        int gloss = j < s.size() ? endOfATaskGloss(s, j) : -1;
        if (gloss > 0 && gloss + 2 < s.size() && s.token(gloss + 1).word().equals(",")
                && LIST_INTRO.contains(s.token(gloss + 2).lower()) && !s.token(gloss + 2).word().equals(",")) {
            j = gloss + 1;
        }
        while (j < s.size() && LIST_INTRO.contains(s.token(j).lower())) {
            j++;
        }
        // "… in 3D environments (3D-SGRL)" defines a short form; environments are listed after a comma
        boolean definition = s.token(noun).lemma().equals("environment") && noun + 1 < s.size()
                && s.token(noun + 1).word().equals("(");
        // (a list opens with its first item: "on four public datasets, and NP-Match outperforms …" coordinates a
        // clause)
        boolean clause = j < s.size() && (s.token(j).lower().equals("and") || s.token(j).lower().equals("or"));
        if (j > noun + 1 && !definition && !clause) {
            collectList(text, s, j, +1, out);
        }
        // (walking back, a list ends right before the noun: "on networks including ConvNet, ResNet and DenseNet, and
        // datasets including …" coordinates the noun with what comes before it)
        if (noun > 0 && !LIST_GLUE.contains(s.token(noun - 1).lower())) {
            collectList(text, s, noun - 1, -1, out);
        }
    }

    /**
     * The colon after a participle phrase that describes the noun before {@code k}, or {@code k}: "benchmarks designed
     * to probe systematic generalization: SCAN for semantic parsing, PCFG …" lists after the colon (ten words at most,
     * no other punctuation between).
     */
    private static int pastADescribingParticiple(Sentence s, int k) {
        if (k >= s.size() || !s.token(k).pos().equals("VBN")) {
            return k;
        }
        int colon = s.markAfterWords(k + 1, ":", 9);
        return colon >= 0 ? colon : k;
    }

    /**
     * The last word of "for" and the lower-case words of a task at {@code j} that what joins a list's items follows
     * ("for semantic parsing" in "SCAN for semantic parsing, PCFG …"), or -1.
     */
    private static int endOfATaskGloss(Sentence s, int j) {
        if (!s.token(j).lower().equals("for")) {
            return -1;
        }
        int k = j + 1;
        while (k < s.size() && k <= j + 5 && Character.isLowerCase(s.token(k).word().charAt(0))
                && !LIST_GLUE.contains(s.token(k).lower())) {
            k++;
        }
        return k > j + 1 && k < s.size() && LIST_GLUE.contains(s.token(k).lower()) ? k - 1 : -1;
    }

    /** True when the word at {@code j} follows a capitalised word with at most a space between: "NYU Depth V2", "Human3.6M". */
    private static boolean followsName(Sentence s, int j) {
        Token before = j > 0 ? s.token(j - 1) : null;
        return before != null && s.token(j).begin() - before.end() <= 1 && Character.isUpperCase(before.word().charAt(0));
    }

    /**
     * The index of the last token of a gazetteer name of several tokens that starts at token {@code j}, its words
     * apart ("Wizard of Wikipedia") or joined by a slash ("CNN/DailyMail"), or -1.
     */
    private int endOfKnownName(AnnotatedText text, Sentence s, int j) {
        if (!Character.isUpperCase(s.token(j).word().charAt(0)) || j + 1 >= s.size()) {
            return -1;
        }
        if (j + 2 < s.size() && s.token(j + 1).word().equals("/")
                && lexicon.lookup(text.covered(s.token(j).begin(), s.token(j + 2).end())) != null) {
            return j + 2;
        }
        int begin = s.token(j).begin();
        for (Lexicon.Entry entry : lexicon.multiWordEntries()) {
            for (String form : entry.forms()) {
                int end = begin + form.length();
                if (form.indexOf(' ') > 0 && end <= s.token(s.size() - 1).end()
                        && text.covered(begin, end).equalsIgnoreCase(form)) {
                    for (int k = j + 1; k < s.size() && s.token(k).begin() < end; k++) {
                        if (s.token(k).end() == end) {
                            return k;
                        }
                    }
                }
            }
        }
        return -1;
    }

    /** The index of the "$" that closes the inline mathematics opened at {@code open}, a few tokens on, or -1. */
    private static int closingDollar(Sentence s, int open) {
        for (int k = open + 1; k < s.size() && k <= open + 8; k++) {
            if (s.token(k).word().equals("$")) {
                return k;
            }
        }
        return -1;
    }

    /** True when two listed words follow each other with nothing but a space between them. */
    private static boolean adjacent(Span previous, Span next, int step) {
        Span first = step > 0 ? previous : next;
        Span second = step > 0 ? next : previous;
        return second.begin() - first.end() <= 1;
    }

    /**
     * True when the word at {@code j} is a lower-case adjective or participle right before a listed capitalised word,
     * where an item opens: "public" and "internal" in "the public TIGER and internal CARP datasets". Walking forward,
     * the word opens the list or follows what joins its items; walking back, the item after it was just found.
     */
    private static boolean adjectiveBeforeAnItem(Sentence s, int j, int step, int start, List<NameOccurrence> found) {
        Token t = s.token(j);
        if (!(t.pos().equals("JJ") || t.pos().equals("VBN")) || !Character.isLowerCase(t.word().charAt(0))
                || j + 1 >= s.size()) {
            return false;
        }
        if (step < 0) {
            return !found.isEmpty() && found.get(found.size() - 1).span().begin() == s.token(j + 1).begin();
        }
        String next = s.token(j + 1).word();
        return (j == start || LIST_GLUE.contains(s.token(j - 1).lower())) && Character.isUpperCase(next.charAt(0))
                && !Names.FUNCTION_WORDS.contains(next.toLowerCase(Locale.ROOT));
    }

    /**
     * True when a hyphenated word ends in a lower-case participle that makes it a modifier: "IT-related",
     * "ImageNet-based" ("open IT-related benchmarks" lists no dataset).
     */
    private static boolean endsInAModifyingWord(String w) {
        int hyphen = w.lastIndexOf('-');
        if (hyphen <= 0 || hyphen + 1 >= w.length()) {
            return false;
        }
        String tail = w.substring(hyphen + 1);
        return tail.chars().allMatch(Character::isLowerCase)
                && (tail.endsWith("ed") || ProposalCues.MODIFIER_PARTICIPLES.contains(tail));
    }

    /**
     * The index of the parenthesis before a name when a list item at {@code j} describes its data in up to five
     * lower-case words before the name in parentheses, and the item ends there: "written scientific text (BioDRB)" in
     * "datasets, namely written newspaper text (PDTB), written scientific text (BioDRB) and …"; else -1. (Not a
     * definition of a short form: "named entity recognition (NER)" names a task.)
     */
    private static int openingBeforeADescribedName(Sentence s, int j, int start) {
        if (j != start && !LIST_GLUE.contains(s.token(j - 1).lower())) {
            return -1;
        }
        StringBuilder initials = new StringBuilder();
        int k = j;
        while (k < s.size() && k < j + 5 && Character.isLowerCase(s.token(k).word().charAt(0))
                && !LIST_GLUE.contains(s.token(k).lower())) {
            for (String part : s.token(k).word().split("-")) {
                initials.append(part.isEmpty() ? "" : part.substring(0, 1));
            }
            k++;
        }
        if (k == j || k + 3 > s.size() || !s.token(k).word().equals("(") || !s.token(k + 2).word().equals(")")) {
            return -1;
        }
        String name = s.token(k + 1).word();
        boolean itemEnds = k + 3 == s.size() || LIST_GLUE.contains(s.token(k + 3).lower())
                || s.token(k + 3).word().equals(".") || s.token(k + 3).word().equals(";");
        boolean named = Character.isUpperCase(name.charAt(0)) && Names.isCoined(name);
        // (the capitals of a short form come, in order, among the initials of the words it abbreviates: "NER")
        boolean spelledOut = NameLookalikes.inOrder(Names.capitalsOf(name).toLowerCase(Locale.ROOT),
                initials.toString());
        return itemEnds && named && !spelledOut ? k : -1;
    }

    /** True when a finite verb comes right after the found name: "X performs", "X was", "X can". */
    private static boolean opensAClause(Sentence s, NameOccurrence item) {
        int next = s.tokenIndexAt(item.span().end() - 1) + 1;
        return next < s.size() && TypeCues.FINITE_VERB_TAGS.contains(s.token(next).pos());
    }

    /** Units of a count that a dataset's name may end in: "Objects-10k", "Clothing-1.6M". */
    private static final Set<String> COUNT_UNITS = Set.of("k", "K", "M");

    /** Walks a coordinated list of capitalised words from {@code start} in direction {@code step}. */
    private void collectList(AnnotatedText text, Sentence s, int start, int step, List<NameOccurrence> out) {
        ListWalk walk = new ListWalk();
        List<NameOccurrence> found = walk.found;
        for (int j = start; j >= 1 && j < s.size(); j += step) {
            String w = s.token(j).word();
            String lower = w.toLowerCase(Locale.ROOT);
            int skipped = step > 0 ? pastWhatGoesWithAnItem(s, j, start, walk) : -1;
            if (skipped > j) {
                j = skipped;
                continue;
            }
            if (j == walk.closing) {
                continue;
            }
            if (adjectiveBeforeAnItem(s, j, step, start, found)) {
                continue; // "on 3 datasets: proposed OCELOT, public TIGER, and internal CARP datasets"
            }
            int knownEnd = step > 0 ? endOfKnownName(text, s, j) : -1;
            if (knownEnd > j) {
                // a known name of several words or with a slash is one item, small words and all: "(Wizard of
                // Wikipedia and X)", "CNN/DailyMail" (a listed word on its own may be something else, "CNN"); other
                // slashes part two items, "SR3D/NR3D"
                Span known = new Span(s.token(j).begin(), s.token(knownEnd).end());
                walk.add(new NameOccurrence(text.covered(known.begin(), known.end()), known, s, "dataset-list"));
                j = knownEnd;
                continue;
            }
            if (step < 0 && lower.equals("the") && !(j > 1 && LIST_GLUE.contains(s.token(j - 1).lower()))) {
                // walking back, the article opens the list: "(2) Using the X and Y datasets" lists no "Using" (but
                // "Multi30K and the Ambiguous COCO datasets" goes on)
                break;
            }
            if (lower.equals(",") || lower.equals("and") || lower.equals("or") || lower.equals("the")
                    || (lower.equals("/") && !found.isEmpty())) {
                walk.sawGlue |= !lower.equals("the");
                walk.conjoined |= lower.equals("and") || lower.equals("or");
                continue;
            }
            // a number or an edition right after a listed word is part of its name: "CAS 2", "Places 205",
            // "RWTH-PHOENIX-Weather 2014T"
            // (not after a slash: "CIFAR-10/100" lists no dataset "100")
            boolean number = (s.token(j).pos().equals("CD") || Names.isVersion(w)) && !found.isEmpty() && step > 0
                    && !s.token(j - step).word().equals("/")
                    && adjacent(found.get(found.size() - 1).span(), new Span(s.token(j).begin(), s.token(j).end()), step);
            boolean capitalised = Character.isUpperCase(w.charAt(0)) || Names.isCoined(w) || number;
            // a platform or other word that is no name, as one item of a running list, does not end it: "six
            // datasets: DBLP, Facebook, Twitter, GooglePlus, and LiveJournal"
            if (step > 0 && !found.isEmpty() && Character.isUpperCase(w.charAt(0)) && lexicon.isNotName(w)
                    && LIST_GLUE.contains(s.token(j - 1).lower()) && j + 1 < s.size()
                    && LIST_GLUE.contains(s.token(j + 1).lower())) {
                continue;
            }
            // the unit of a count glued to the number that ends a listed name is part of it: "Clothing-1.6M", which
            // the tokenizer splits before the "M"
            NameOccurrence last = walk.last();
            Span span = new Span(s.token(j).begin(), s.token(j).end());
            if (step > 0 && last != null && COUNT_UNITS.contains(w) && span.begin() == last.span().end()
                    && Character.isDigit(last.name().charAt(last.name().length() - 1))) {
                walk.joinToLast(text, s, span);
                continue;
            }
            if (!capitalised || endsTheList(s, j, found.isEmpty())) {
                break;
            }
            // (a variant of a known method is one item of the list but no data: "benchmarks such as BERT-Base,
            // BERT-Large, GPT-2 pre-training and ImageNet")
            if (lexicon.isOnlyAMethodVariant(w)) {
                continue;
            }
            if (Names.isVersion(w) && !followsName(s, j)) {
                // "Something-Something V1 and V2": a version alone is no item of its own
                continue;
            }
            if (last != null && adjacent(last.span(), span, step) && !s.token(j - step).word().equals("/")) {
                // capitalised words in a row are one name: "the CAMELYON-16 and TCGA Lung Cancer datasets"
                walk.joinToLast(text, s, span);
            } else {
                walk.add(new NameOccurrence(w, span, s, "dataset-list"));
            }
        }
        if (step > 0) {
            dropAWordThatOpensTheMainClause(s, walk);
        }
        if (isAList(s, start, step, walk)) {
            out.addAll(found);
        }
    }

    /**
     * True when a capitalised word does not go on the list: a concept's label, a not-name, a formula, a letter alone,
     * which stands for a set ("the source (S) and target (T) datasets"), a word that modifies ("…-based"), a function
     * word shouted or opening the list ("… benchmark datasets: For example, …"; one inside a name stays, "Moments In
     * Time"), a mapping's direction or the author of a citation.
     */
    private boolean endsTheList(Sentence s, int j, boolean nothingFound) {
        String w = s.token(j).word();
        return conceptLabels.isLabel(w) || lexicon.isNotName(w) || Names.isFormula(w)
                || w.length() == 1 && Character.isLetter(w.charAt(0)) || endsInAModifyingWord(w)
                || NameLookalikes.shoutedFunctionWord(s.token(j)) || NameLookalikes.mappingDirection(w)
                || NameLookalikes.authorOfACitation(s, j)
                || (nothingFound && Names.FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT)));
    }

    /**
     * True when what the walk found is a list: two names or more; one name after the noun, unless a finite verb
     * follows the single word after a colon, the subject of a clause ("on various benchmarks: X performs the best on
     * Y"); and one name before "datasets" when the walk passed glue or the name is coined ("the CelebA datasets"), and
     * not after a modifier ("person ReID datasets" are datasets for a task; plain words need a real list, "the Lorenz
     * and Weather datasets").
     */
    private static boolean isAList(Sentence s, int start, int step, ListWalk walk) {
        List<NameOccurrence> found = walk.found;
        if (step > 0 && found.size() == 1 && start > 0 && s.token(start - 1).word().equals(":")
                && opensAClause(s, found.get(0))) {
            return false;
        }
        boolean domain = found.size() == 1 && !walk.sawGlue && step < 0 && DatasetCues.namesADomain(s,
                s.tokenIndexAt(found.get(0).span().begin()), start);
        return found.size() >= 2 || (found.size() == 1 && !domain
                && (walk.sawGlue || step > 0 || Names.isCoined(found.get(0).name())));
    }

    /**
     * Where a walk forward goes on past what may follow a listed name before the next item: a gloss in parentheses
     * ("Overcooked (a multiplayer game) and VirtualHome"), a size in mathematics ("SDIP Dogs $256^2$, SDIP Elephants
     * …"), a task ("SCAN for semantic parsing, PCFG for string manipulation, …"), the language of its data ("MultiWOZ
     * in English and CrossWOZ in Chinese"), or a description of the data before the next name ("namely written
     * newspaper text (PDTB), …"); -1 when none is at {@code j}.
     */
    private int pastWhatGoesWithAnItem(Sentence s, int j, int start, ListWalk walk) {
        String w = s.token(j).word();
        NameOccurrence last = walk.last();
        if (w.equals("(") && last != null) {
            int k = j;
            while (k + 1 < s.size() && !s.token(k + 1).word().equals(")")) {
                k++;
            }
            return k + 1;
        }
        int mathEnd = last != null && w.equals("$") ? closingDollar(s, j) : -1;
        if (mathEnd > j) {
            return mathEnd;
        }
        boolean rightAfterAnItem = last != null && last.span().end() == s.token(j - 1).end();
        int glossEnd = rightAfterAnItem ? endOfATaskGloss(s, j) : -1;
        if (glossEnd > j) {
            return glossEnd;
        }
        if (rightAfterAnItem && w.equalsIgnoreCase("in") && j + 1 < s.size()
                && lexicon.isLanguage(s.token(j + 1).word())) {
            return j + 1;
        }
        int described = openingBeforeADescribedName(s, j, start);
        if (described > j) {
            walk.closing = described + 2;
            return described;
        }
        return -1;
    }

    /** A walk along a list: the names found so far and the glue passed. */
    private static final class ListWalk {
        private final List<NameOccurrence> found = new ArrayList<>();
        /** Whether a comma, "and", "or" or a slash was passed. */
        private boolean sawGlue;
        /** Whether "and" or "or" came since the last name found. */
        private boolean conjoined;
        /** Whether "and" or "or" came before the last name found. */
        private boolean lastConjoined;
        /** How many names were found after an "and" or "or". */
        private int conjoinedItems;
        /** The closing parenthesis after a name that a description came before. */
        private int closing = -1;

        NameOccurrence last() {
            return found.isEmpty() ? null : found.get(found.size() - 1);
        }

        void add(NameOccurrence name) {
            found.add(name);
            lastConjoined = conjoined;
            conjoinedItems += conjoined ? 1 : 0;
            conjoined = false;
        }

        /** Makes the last name found reach over {@code span} too, a word written next to it. */
        void joinToLast(AnnotatedText text, Sentence s, Span span) {
            Span previous = last().span();
            Span joined = new Span(Math.min(previous.begin(), span.begin()), Math.max(previous.end(), span.end()));
            found.set(found.size() - 1, new NameOccurrence(text.covered(joined.begin(), joined.end()), joined, s,
                    "dataset-list"));
        }
    }

    /**
     * After a list that runs forward, drops the last word found when a mere comma comes before it and it does not end
     * its item: it starts the main clause, "On the X and Y datasets, Z achieves …", "datasets like X, Z reconstruction
     * outperforms …"; so does an "and" after a list closed by one, "benchmarks, i.e., X and Y, and Z gets …".
     */
    private static void dropAWordThatOpensTheMainClause(Sentence s, ListWalk walk) {
        List<NameOccurrence> found = walk.found;
        if (!found.isEmpty() && (!walk.lastConjoined || walk.conjoinedItems >= 2)) {
            NameOccurrence lastFound = found.get(found.size() - 1);
            int before = s.tokenIndexAt(lastFound.span().begin()) - 1;
            boolean afterComma = s.token(before).word().equals(",")
                    || (walk.lastConjoined && before > 0 && s.token(before - 1).word().equals(","));
            int lastToken = s.tokenIndexAt(lastFound.span().end() - 1);
            // (a task after it ends its item: "…, HINT for arithmetic reasoning, and …")
            boolean glossed = lastToken + 1 < s.size() && endOfATaskGloss(s, lastToken + 1) > lastToken + 1;
            if (afterComma && !glossed && !ListCues.endsListItem(s, lastToken)) {
                found.remove(found.size() - 1);
            }
        }
    }

}
