package org.paperkg.extract;

import static org.paperkg.extract.ListCues.onlyNamesAndListWords;
import static org.paperkg.extract.PhraseSyntax.headAfterLowerCaseModifiers;
import static org.paperkg.extract.PhraseSyntax.isQuote;
import static org.paperkg.extract.TypeCues.ARTICLES;
import static org.paperkg.extract.TypeCues.DATASET_HEADS;
import static org.paperkg.extract.TypeCues.METHOD_HEADS;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cues that a name is a metric, a loss or a score rather than a method or a dataset, for the typing rules of
 * {@link TypeCues}: "in terms of X", "metrics such as X", "a new metric, X", "Recall@1", a number's unit.
 */
final class MetricCues {
    /** What may follow a name in apposition: "a dataset, X, of …", "a dataset, X (…)", "a dataset, X." */
    static final Set<String> CLOSES_APPOSITION = Set.of(",", "(", ".", ";", ":");

    /** Scores measured on a dataset: "the X accuracy". */
    static final Set<String> SCORE_NOUNS = Set.of("accuracy", "perplexity");

    static final Set<String> METRIC_NOUNS = Set.of("metric", "measure", "score");

    /** A cut-off after an at sign: "1", "10", "K". */
    static final Pattern CUT_OFF = Pattern.compile("\\d+|[kKnN]");

    /** Plural nouns whose examples are measures: "metrics such as ROUGE, MAP and BertScore". */
    static final Set<String> MEASURE_PLURALS = Set.of("metrics", "measures");

    private MetricCues() {
    }

    /** True when an at sign and a cut-off follow the name, glued to it: "Recall1@1", "Quill@K". */
    static boolean atACutOff(NameOccurrence o) {
        Sentence s = o.sentence();
        int last = s.tokenIndexAt(o.span().end() - 1);
        return last + 2 < s.size() && s.token(last).end() == o.span().end() && s.token(last + 1).word().equals("@")
                && s.token(last + 1).begin() == o.span().end() && s.token(last + 2).begin() == s.token(last + 1).end()
                && CUT_OFF.matcher(s.token(last + 2).word()).matches();
    }

    /**
     * True when the name at {@code first} is what a comparison is made in terms of, alone or in a list of such
     * things: "outperforms the baselines in terms of MAP and Spearman's correlation", "in terms of BLEU, TER and
     * METEOR".
     */
    static boolean afterInTermsOf(Sentence s, int first) {
        int k = first - 1;
        while (k >= 3 && first - k <= 8 && (s.token(k).word().equals(",")
                || ProposalCues.AND_OR.contains(s.token(k).lower())
                || Character.isUpperCase(s.token(k).word().charAt(0)))) {
            k--;
        }
        return k >= 2 && s.token(k).lower().equals("of") && s.token(k - 1).lower().equals("terms")
                && s.token(k - 2).lower().equals("in");
    }

    /**
     * True when the name at {@code first} is one of the examples listed after "metrics" or "measures" ("metrics such as
     * MRR, MAP, coverage", "measures, e.g., MELA", or in apposition, "two key metrics, the SID and SHD"): the list runs
     * back to "such as", "including", "like" or "e.g.", or to the comma after the noun, over items and commas alone, no
     * verb or preposition between.
     */
    static boolean listedAsAMetric(Sentence s, int first) {
        for (int k = first - 1; k >= 1 && k >= first - 16; k--) {
            Token t = s.token(k);
            boolean intro = s.suchAsAt(k - 1) || s.exampleWordAt(k);
            if (intro) {
                int noun = s.suchAsAt(k - 1) ? k - 2 : k - 1;
                while (noun >= 0 && (s.token(noun).word().equals(",") || s.token(noun).word().equals("("))) {
                    noun--;
                }
                return noun >= 0 && MEASURE_PLURALS.contains(s.token(noun).lower());
            }
            // (or in apposition to it: "the Pareto frontier of two key metrics, the SID and SHD")
            if (t.word().equals(",") && MEASURE_PLURALS.contains(s.token(k - 1).lower())) {
                return onlyNamesAndListWords(s, k + 1, first);
            }
            String pos = t.pos();
            if (pos.startsWith("VB") || pos.equals("IN") || pos.equals("TO") || pos.equals(".") || pos.equals(":")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "we propose an information propagation (InfoPro) loss", "We design an explicit identity contrast (EIC) loss", "the
     * resulting new loss called KFIoU loss": a loss that the authors make is their method, not a quantity (but "the CE
     * loss", "we adopt a KL loss").
     */
    static boolean aLossTheAuthorsCreate(Sentence s, int first, int next) {
        return s.token(next).lemma().equals("loss") && createdByTheAuthors(s, first);
    }

    /**
     * True when a verb of making whose subject is the authors comes shortly before the name at {@code first}, no
     * comma, semicolon or colon between ("we propose an information propagation (InfoPro) loss", "we propose a …
     * ranking score (DDSAR-Score)"), or a naming word after a word of novelty ("The resulting new loss called …").
     */
    static boolean createdByTheAuthors(Sentence s, int first) {
        for (int k = first - 1; k >= 0 && k >= first - 8; k--) {
            String w = s.token(k).word();
            if (w.equals(",") || w.equals(";") || w.equals(":")) {
                return false;
            }
            if (ProposalCues.CREATING_VERBS.contains(s.token(k).lemma())) {
                return AuthorSubject.before(s, k) == AuthorSubject.AUTHORS;
            }
            // (or a naming word after a new loss: "The resulting new loss called KFIoU loss is easier to implement")
            if (ProposalCues.namingWordAt(s, k)) {
                for (int j = k - 1; j >= 0 && j >= k - 4; j--) {
                    if (ProposalCues.NOVELTY.contains(s.token(j).lower())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "a new metric, rFID, is presented", "our new metric, cosine similarity convergence (CSC).": the name in apposition after a metric noun. */
    static boolean namedAfterAMetricNoun(Sentence s, int first, int next) {
        // (only "metric": "a new uncertainty measure, BalEntAcq," is an acquisition function)
        return first >= 2 && s.token(first - 1).word().equals(",") && s.token(first - 2).lemma().equals("metric")
                && (next >= s.size() || CLOSES_APPOSITION.contains(s.token(next).word()));
    }

    /**
     * True when the name at {@code first} follows "metric" right away or after a naming word ("a new evaluation metric
     * GRADE", "a novel metric called TCAS", "a metric “Monotonic Optimal Sequence” (MOS)").
     */
    static boolean calledRightAfterAMetricNoun(Sentence s, int first) {
        int k = first - 1;
        if (k >= 0 && isQuote(s.token(k))) {
            k--;
        }
        if (k >= 1 && ProposalCues.namingWordAt(s, k)) {
            k--;
        }
        // (whatever the tagger makes of the noun before a name in capitals: "evaluation metric|JJ QUILLSCORE")
        return k >= 0 && s.token(k).lower().equals("metric");
    }

    /**
     * True when the name is listed after a colon that metrics in the plural come shortly before: "We create two new
     * metrics for this task: an EntityScore to gauge …, and an AudioScore to assess …" (not where a plural dataset
     * noun comes between, the head of what is listed: "over all metrics on three benchmarks: MNIST, …").
     */
    static boolean listedAfterAMetricColon(Sentence s, int first) {
        for (int k = first - 1; k >= 1 && k >= first - 25; k--) {
            String w = s.token(k).word();
            if (w.equals(":")) {
                for (int j = k - 1; j >= 0 && j >= k - 5; j--) {
                    if (s.token(j).pos().equals("NNS") && DefinitionFilter.DATASET_NOUNS.contains(s.token(j).lemma())) {
                        return false;
                    }
                    if (METRIC_NOUNS.contains(s.token(j).lemma()) && s.token(j).pos().equals("NNS")) {
                        return true;
                    }
                }
                return false;
            }
            if (w.equals(";")) {
                return false;
            }
        }
        return false;
    }

    /** "InfoMEC, a new set of metrics for …": the apposition after the name calls it a metric. */
    static boolean metricApposition(Sentence s, int next) {
        if (next + 1 >= s.size() || !s.token(next).word().equals(",")
                || !ARTICLES.contains(s.token(next + 1).lower())) {
            return false;
        }
        return metricNounOfDescription(s, next + 2, true) >= 0;
    }

    /**
     * The index of the metric noun that a description from {@code from} reaches over adjectives, nouns and "of" ("new
     * set of metrics"), within six words, or -1; with {@code entityHeadEnds}, a method or dataset noun on the way
     * ends the search ("a new model …").
     */
    static int metricNounOfDescription(Sentence s, int from, boolean entityHeadEnds) {
        for (int k = from; k < s.size() && k <= from + 5; k++) {
            Token t = s.token(k);
            if (METRIC_NOUNS.contains(t.lemma())) {
                return k;
            }
            boolean entityHead = METHOD_HEADS.contains(t.lemma())
                    || (DATASET_HEADS.contains(t.lemma()) && !t.lemma().equals("set"));
            // (quotation marks may set the description off: "is a 'coherent risk measure'")
            boolean quote = isQuote(t);
            if (entityHeadEnds && entityHead
                    || !(t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.lower().equals("of") || quote)) {
                return -1;
            }
        }
        return -1;
    }

    /** "accuracy", "denotation accuracy", "test perplexity" from {@code from}: up to two lower-case words, then a score noun. */
    static boolean scoredOn(Sentence s, int from) {
        return headAfterLowerCaseModifiers(s, from, false, k -> SCORE_NOUNS.contains(s.token(k).lemma()));
    }
}
