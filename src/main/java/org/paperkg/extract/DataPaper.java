package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A paper that makes data and no method of its own: "SaRoCo: Detecting Satire in a Novel Romanian Corpus of News
 * Articles", whose abstract says "we introduce a corpus for satire detection" and nowhere that the authors make a
 * method, model or system. The name its title opens with, which the abstract never writes, names that data.
 */
final class DataPaper {
    /**
     * Heads of what a data paper makes: the nouns of data alone ("we introduce a corpus", "we create the first
     * dataset") and those of a set of tasks or data ("a new simulated embodied benchmark", "an evaluation suite").
     */
    private static final Set<String> DATA_HEADS = com.google.common.collect.ImmutableSet.<String>builder()
            .addAll(DatasetCues.DATA_ONLY_NOUNS).add("collection", "challenge", "suite", "testbed").build();
    /** Heads of a measure the authors make, no data: "we introduce the first discourse-aware learned metric". */
    private static final Set<String> MEASURE_HEADS = Set.of("metric", "measure");
    /** Nouns of a group whose members an "of" names: "a suite of methods", "a collection of tools". */
    private static final Set<String> COLLECTIVE_HEADS = Set.of("suite", "collection", "family", "set", "series");
    /** Words that may stand inside the noun phrase a making verb governs: "a novel, large, and diverse dataset". */
    private static final Set<String> PHRASE_TAGS = Set.of("DT", "CD", "JJ", "JJR", "JJS", "RB", "RBS", "NN", "NNS",
            "NNP", "NNPS", "VBN", "VBG", "HYPH", ",", "CC", "PRP$");

    private DataPaper() {
    }

    /**
     * The decisions with the title's opening name typed as a dataset where nothing else typed it, when the paper
     * makes data only and its abstract never writes that name; not a name that ends in a known model's
     * ("RuleBERT: Teaching Soft Rules to …", which a model of the paper's own is called).
     */
    static List<TypeCues.Decision> typeTheTitleName(AnnotatedText text, List<NameOccurrence> occurrences,
                                                    List<TypeCues.Decision> decisions,
                                                    java.util.function.Predicate<String> namedAfterAModel) {
        List<TypeCues.Decision> out = null;
        for (int i = 0; i < occurrences.size(); i++) {
            NameOccurrence o = occurrences.get(i);
            if (o.source().equals("title-prefix") && decisions.get(i) == TypeCues.UNCUED
                    && !text.text().substring(text.titleLength()).toLowerCase(Locale.ROOT)
                            .contains(o.name().toLowerCase(Locale.ROOT))
                    && !titleDescribesAMethod(text) && !namedAfterAModel.test(o.name()) && makesDataOnly(text)) {
                if (out == null) {
                    out = new ArrayList<>(decisions);
                }
                out.set(i, new TypeCues.Decision(MentionKind.DATASET, "dataset.data-paper-title", 0.6));
            }
        }
        return out == null ? decisions : out;
    }

    /**
     * True when the title's description after its colon is headed by a method's or a measure's noun: "COSMic: A
     * Coherence-Aware Generation Metric for Image Descriptions" names a metric, whatever data the abstract adds.
     */
    private static boolean titleDescribesAMethod(AnnotatedText text) {
        for (Sentence s : text.sentences()) {
            if (!text.inTitle(s.begin())) {
                break;
            }
            for (int k = 0; k < s.size(); k++) {
                if (!s.token(k).word().equals(":")) {
                    continue;
                }
                int end = k + 1;
                while (end < s.size() && !s.token(end).pos().equals("IN") && !s.token(end).pos().equals("TO")) {
                    end++;
                }
                if (end - 1 > k) {
                    String head = Names.withoutPluralS(s.token(end - 1).lower());
                    return TypeCues.METHOD_HEADS.contains(head) || MEASURE_HEADS.contains(head);
                }
            }
        }
        return false;
    }

    /**
     * True when the authors make something headed by a data noun ("we introduce a corpus") and nothing headed by a
     * method noun ("we propose a new benchmark and a baseline model" makes a method too) or a measure's.
     */
    static boolean makesDataOnly(AnnotatedText text) {
        boolean data = false;
        for (Sentence s : text.abstractSentences()) {
            for (int k = 1; k + 1 < s.size(); k++) {
                if (!AuthorSubject.authorsVerbAt(s, k, ProposalCues.TRIGGERS)) {
                    continue;
                }
                String head = headOfObject(s, k + 1);
                if (TypeCues.METHOD_HEADS.contains(head) || MEASURE_HEADS.contains(head)) {
                    return false;
                }
                data |= DATA_HEADS.contains(head);
            }
        }
        return data;
    }

    /**
     * The lemma of the last noun of the noun phrase that opens at {@code from}, or "" when none does: "dataset" for
     * "a novel, large, and diverse dataset of …", "procedure" for "a procedure for generating datasets".
     */
    private static String headOfObject(Sentence s, int from) {
        String head = "";
        int j = from;
        for (; j < s.size() && PHRASE_TAGS.contains(s.token(j).pos()); j++) {
            if (s.token(j).pos().startsWith("NN")) {
                head = PhraseSyntax.headLemma(s.token(j));
            }
        }
        // (a suite of methods is methods: "a suite of new particle-based methods"; "a collection of tweets" stays data)
        if (COLLECTIVE_HEADS.contains(head) && j + 1 < s.size() && s.token(j).lower().equals("of")) {
            String inner = headOfObject(s, j + 1);
            return TypeCues.METHOD_HEADS.contains(inner) ? inner : head;
        }
        return head;
    }
}
