package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the concepts of the SKOS scheme in a text by matching labels on lemmas, across hyphens and spaces
 * ("state-space models" = "state space model", "auto-encoders" = "autoencoder"). Acronym labels (SSM, VAE)
 * match case-sensitively. Longest match wins, so "sparse autoencoder" does not also tag "autoencoder".
 * Words used in another sense are left out where a rule can tell: "momentum" among particles and photons,
 * "attention" that is paid or drawn, MAE beside "mean absolute error".
 */
final class ConceptFinder {
    private static final java.util.regex.Pattern GLUED = java.util.regex.Pattern.compile("([a-z][a-z]+)\\.([A-Z][a-z]+)");
    private static final java.util.regex.Pattern LOWER_WORD = java.util.regex.Pattern.compile("[a-z]+");
    private static final java.util.regex.Pattern LABEL_BREAKS = java.util.regex.Pattern.compile("[\\s\\-/]+");
    /** Nouns of doing that a label may end in: "classification", "distillation", "synthesis", "forecasting". */
    private static final java.util.regex.Pattern ACTION_NOUN = java.util.regex.Pattern.compile("[a-z]+(tion|sion|sis|ing)");
    /** Words that end the gap of a hidden label such as "generate … image": prepositions open another phrase. */
    private static final Set<String> GAP_BREAKS = Set.of("for", "of", "from", "in", "on", "with", "to", "into", "by",
            "at", "over", "via", "per", ";", ".");

    /**
     * A label prepared for matching: its lower-cased pieces, or the exact word for a case-sensitive acronym. A hidden
     * label "generate … image" matches its two parts with up to three words between them ({@code tail} is the part
     * after the gap, of no pieces when there is none).
     */
    record Pattern(String conceptId, String label, List<String> pieces, boolean caseSensitive,
                           boolean paraphrase, Target head, Target tail, boolean endsItsNounPhrase) {
    }

    /** Label pieces as matching compares them: joined, and joined with the last piece singular. */
    private record Target(String joined, String singular, int pieces) {
        static Target of(List<String> labelPieces) {
            String joined = String.join("", labelPieces);
            return new Target(joined, Names.singularNoun(joined), labelPieces.size());
        }
    }

    private final List<Pattern> patterns = new ArrayList<>();
    /** Case-sensitive acronym labels by their exact word (and plural). */
    private final java.util.Map<String, List<Integer>> byWord = new java.util.HashMap<>();
    /** Other labels by the first three letters of their joined pieces. */
    private final java.util.Map<String, List<Integer>> byPrefix = new java.util.HashMap<>();
    /** The same labels by each one- and two-letter start of those prefixes. */
    private final java.util.Map<String, List<Integer>> byShortPrefix = new java.util.HashMap<>();

    ConceptFinder(ConceptScheme scheme) {
        for (ConceptScheme.Concept c : scheme.concepts()) {
            Set<String> names = new java.util.HashSet<>(c.labels());
            for (String label : c.searchLabels()) {
                boolean acronym = Names.isAcronym(label) || (label.length() <= 5 && Names.isCoined(label));
                String[] parts = label.split("\\s*…\\s*", 2);
                List<String> pieces = acronym ? List.of(label) : pieces(parts[0]);
                List<String> tail = parts.length > 1 ? pieces(parts[1]) : List.of();
                patterns.add(new Pattern(c.id(), label, pieces, acronym, !names.contains(label), Target.of(pieces),
                        Target.of(tail), false));
            }
        }
        // (not where the noun of doing is a label of its own: "forecasting of glucose levels" stays forecasting)
        Set<String> oneWordLabels = new java.util.HashSet<>();
        for (ConceptScheme.Concept c : scheme.concepts()) {
            for (String label : c.labels()) {
                List<String> labelPieces = pieces(label);
                if (labelPieces.size() == 1) {
                    oneWordLabels.add(labelPieces.get(0));
                }
            }
        }
        for (ConceptScheme.Concept c : scheme.concepts()) {
            for (String label : c.labels()) {
                Pattern inverted = inverted(c.id(), label, oneWordLabels);
                if (inverted != null) {
                    patterns.add(inverted);
                }
            }
        }
        patterns.sort(Comparator.comparingInt((Pattern p) -> -p.pieces().size())
                .thenComparing(p -> -p.label().length()));
        for (int k = 0; k < patterns.size(); k++) {
            Pattern p = patterns.get(k);
            if (p.caseSensitive()) {
                byWord.computeIfAbsent(p.label(), x -> new ArrayList<>()).add(k);
                byWord.computeIfAbsent(p.label() + "s", x -> new ArrayList<>()).add(k);
            } else {
                String prefix = prefix(p.head().joined());
                byPrefix.computeIfAbsent(prefix, x -> new ArrayList<>()).add(k);
                for (int n = 1; n <= Math.min(2, prefix.length()); n++) {
                    byShortPrefix.computeIfAbsent(prefix.substring(0, n), x -> new ArrayList<>()).add(k);
                }
            }
        }
    }

    /**
     * A label that ends in a noun of doing, written the other way round with "of": "image classification" is also
     * "the classification of natural images", "knowledge distillation" "the distillation of knowledge", "trajectory
     * prediction" "the prediction of pedestrian trajectories"; or null for a label of another shape. Up to three
     * words may come before the object, which must end its noun phrase ("the generation of image captions" is no
     * image generation).
     */
    private static Pattern inverted(String conceptId, String label, Set<String> oneWordLabels) {
        List<String> labelPieces = pieces(label);
        String last = labelPieces.get(labelPieces.size() - 1);
        if (labelPieces.size() < 2 || last.length() < 6 || !ACTION_NOUN.matcher(last).matches()
                || oneWordLabels.contains(last)) {
            return null;
        }
        List<String> head = List.of(last, "of");
        List<String> object = labelPieces.subList(0, labelPieces.size() - 1);
        return new Pattern(conceptId, last + " of … " + String.join(" ", object), head, false, true,
                Target.of(head), Target.of(object), true);
    }

    private static String prefix(String s) {
        return s.length() <= 3 ? s : s.substring(0, 3);
    }

    /** The patterns that may match at a piece, in priority order (longest label first). */
    private List<Pattern> candidates(Piece piece) {
        List<Integer> exact = byWord.getOrDefault(piece.word(), List.of());
        List<Integer> byLemma = startingLike(piece.lemma());
        List<Integer> byLower = startingLike(piece.lower());
        if (byLower == byLemma) {
            byLower = List.of(); // (the same list: a word that is its own lemma)
        }
        int[] ids = new int[exact.size() + byLemma.size() + byLower.size()];
        if (ids.length == 0) {
            return List.of();
        }
        int n = 0;
        for (List<Integer> some : List.of(exact, byLemma, byLower)) {
            for (int id : some) {
                ids[n++] = id;
            }
        }
        java.util.Arrays.sort(ids);
        List<Pattern> out = new ArrayList<>(ids.length);
        for (int k = 0; k < ids.length; k++) {
            if (k == 0 || ids[k] != ids[k - 1]) {
                out.add(patterns.get(ids[k]));
            }
        }
        return out;
    }

    /**
     * The patterns whose joined label starts like a piece's word: by its first three letters, or a short first piece
     * ("e", "of") by the labels that begin with it.
     */
    private List<Integer> startingLike(String key) {
        return key.length() >= 3 ? byPrefix.getOrDefault(key.substring(0, 3), List.of())
                : byShortPrefix.getOrDefault(key, List.of());
    }

    /** Lower-cased pieces of a label split at spaces and hyphens, the last one singular. */
    static List<String> pieces(String label) {
        List<String> out = new ArrayList<>();
        for (String p : LABEL_BREAKS.split(label.toLowerCase(Locale.ROOT))) {
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    List<Mention> find(AnnotatedText text) {
        List<Mention> out = new ArrayList<>();
        ConceptSenses.Senses senses = ConceptSenses.Senses.of(text);
        for (Sentence s : text.sentences()) {
            List<Piece> pieces = Piece.of(s);
            // a match inside a longer one is its part ("sparse autoencoder" is not also "autoencoder"); matches
            // that only overlap are two concepts ("video diffusion model": video generation, diffusion model)
            int coveredUntil = 0;
            for (int i = 0; i < pieces.size(); i++) {
                for (Pattern p : candidates(pieces.get(i))) {
                    int end = match(p, pieces, i);
                    if (end < 0 || end <= coveredUntil
                            || (p.endsItsNounPhrase() && end < pieces.size() && pieces.get(end).noun())) {
                        continue;
                    }
                    // (the words in a gap are no part of the label: "simulating dynamical systems" also says
                    // "dynamical system")
                    coveredUntil = p.tail().pieces() == 0 ? end : matchPieces(p.head(), pieces, i);
                    Span span = new Span(pieces.get(i).begin(), pieces.get(end - 1).end());
                    String surface = text.covered(span.begin(), span.end());
                    if (ConceptSenses.otherSense(p, pieces, i, end, surface, senses) == null) {
                        String rule = p.caseSensitive() ? "concept.acronym-label"
                                : p.paraphrase() ? "concept.paraphrase" : "concept.label-lemma";
                        out.add(new Mention(MentionKind.CONCEPT, p.conceptId(), surface, span, s.index(), rule,
                                p.caseSensitive() ? 0.8 : 0.9));
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** Returns the end piece index (exclusive) of a match of {@code p} starting at piece {@code i}, or -1. */
    private static int match(Pattern p, List<Piece> pieces, int i) {
        if (p.caseSensitive()) {
            // hyphens do not count: VQVAE = VQ-VAE
            String w = pieces.get(i).word().replace("-", "");
            String label = p.pieces().get(0).replace("-", "");
            return w.equals(label) || w.equals(label + "s") ? i + 1 : -1;
        }
        int end = matchPieces(p.head(), pieces, i);
        if (end < 0 || p.tail().pieces() == 0) {
            return end;
        }
        // up to three words between the parts, a hyphenated word counting once ("generating diverse and high-fidelity
        // images")
        int words = 0;
        for (int k = end; k < pieces.size(); k++) {
            // the gap stays inside the verb's object: "generate views for an image" does not generate the image
            if (k > end && GAP_BREAKS.contains(pieces.get(k - 1).lower())) {
                return -1;
            }
            if (k > end && !pieces.get(k).joined()) {
                words++;
            }
            if (words > 3) {
                return -1;
            }
            int tailEnd = matchPieces(p.tail(), pieces, k);
            if (tailEnd > 0) {
                return tailEnd;
            }
        }
        return -1;
    }

    /**
     * Returns the end piece index (exclusive) of a match of a label's pieces from piece {@code i}, or -1: the pieces'
     * lemmas or lower-cased words, joined, equal the label joined or with its last piece singular, or the words do
     * once made singular themselves. It compares in place, piece by piece, and stops as soon as neither the lemmas
     * nor the words can still become the label.
     */
    private static int matchPieces(Target label, List<Piece> pieces, int i) {
        String target = label.joined();
        String targetSingular = label.singular();
        int lemmasLength = 0;
        int wordsLength = 0;
        boolean lemmasStartTarget = true;
        boolean lemmasStartSingular = true;
        boolean wordsStartTarget = true;
        int wordsSharedWithSingular = 0; // how many of the words' first characters the singular target shares
        for (int j = i; j < pieces.size() && j < i + label.pieces() + 3; j++) {
            String lemma = pieces.get(j).lemma();
            String word = pieces.get(j).lower();
            lemmasStartTarget = lemmasStartTarget && target.regionMatches(lemmasLength, lemma, 0, lemma.length());
            lemmasStartSingular = lemmasStartSingular
                    && targetSingular.regionMatches(lemmasLength, lemma, 0, lemma.length());
            lemmasLength += lemma.length();
            wordsStartTarget = wordsStartTarget && target.regionMatches(wordsLength, word, 0, word.length());
            if (wordsSharedWithSingular == wordsLength) {
                int k = 0;
                while (k < word.length() && wordsLength + k < targetSingular.length()
                        && word.charAt(k) == targetSingular.charAt(wordsLength + k)) {
                    k++;
                }
                wordsSharedWithSingular += k;
            }
            wordsLength += word.length();
            if (lemmasStartTarget && lemmasLength == target.length()
                    || lemmasStartSingular && lemmasLength == targetSingular.length()
                    || wordsStartTarget && wordsLength == target.length()
                    || wordsSharedWithSingular == wordsLength && wordsLength == targetSingular.length()
                    || singularEquals(pieces, i, j, wordsLength, wordsSharedWithSingular, targetSingular)) {
                return j + 1;
            }
            if (!lemmasStartTarget && !wordsStartTarget && !lemmasStartSingular) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the words of pieces {@code i} to {@code j}, joined ({@code length} characters, of which the first
     * {@code shared} are those of {@code targetSingular}), are {@code targetSingular} once made {@link #singular}.
     */
    private static boolean singularEquals(List<Piece> pieces, int i, int j, int length, int shared,
                                          String targetSingular) {
        if (length > 4 && endsWith(pieces, i, j, "ies")) {
            return targetSingular.length() == length - 2 && shared >= length - 3
                    && targetSingular.charAt(length - 3) == 'y';
        }
        if (length > 3 && endsWith(pieces, i, j, "s") && !endsWith(pieces, i, j, "ss") && !endsWith(pieces, i, j, "us")
                && !endsWith(pieces, i, j, "is")) {
            return targetSingular.length() == length - 1 && shared >= length - 1;
        }
        return targetSingular.length() == length && shared == length;
    }

    /** Whether the lower-cased words of pieces {@code i} to {@code j}, joined, end with {@code end}. */
    private static boolean endsWith(List<Piece> pieces, int i, int j, String end) {
        int k = end.length();
        for (int p = j; p >= i && k > 0; p--) {
            String word = pieces.get(p).lower();
            for (int c = word.length() - 1; c >= 0 && k > 0; c--) {
                if (word.charAt(c) != end.charAt(--k)) {
                    return false;
                }
            }
        }
        return k == 0;
    }

    /**
     * A token, or a part of a hyphenated token, with its lemma; {@code joined} when it goes on the piece before;
     * {@code baseVerb} for a verb in its base form ("to learn").
     */
    record Piece(String word, String lemma, int begin, int end, String lower, boolean joined, boolean noun,
                 boolean baseVerb) {
        Piece(String word, String lemma, int begin, int end, boolean noun, boolean baseVerb) {
            this(word, lemma, begin, end, word.toLowerCase(Locale.ROOT), false, noun, baseVerb);
        }

        static List<Piece> of(Sentence s) {
            List<Piece> out = new ArrayList<>();
            for (Token t : s.tokens()) {
                String w = t.word();
                boolean noun = t.pos().startsWith("NN");
                if (w.contains("://") || w.startsWith("www.") || w.contains(".com/") || w.contains(".io/")) {
                    continue; // a link's words are not the text's
                }
                var glued = w.indexOf('.') > 1 ? GLUED.matcher(w) : null;
                if (glued != null && glued.matches()) {
                    // "inference.Transformers": two sentences glued without a space, two words
                    String first = glued.group(1);
                    String second = glued.group(2);
                    out.add(new Piece(first, first.toLowerCase(Locale.ROOT), t.begin(), t.begin() + first.length(),
                            noun, false));
                    int at = t.begin() + first.length() + 1;
                    // a plural read as the lemmatizer would
                    out.add(new Piece(second, Names.singularNoun(second.toLowerCase(Locale.ROOT)), at, at + second.length(),
                            noun, false));
                    continue;
                }
                if (w.indexOf('-') > 0 && w.indexOf('-') < w.length() - 1
                        && (!Names.isCoined(w) || java.util.Arrays.stream(Names.HYPHEN.split(w)).anyMatch(x -> LOWER_WORD.matcher(x).matches()))) {
                    String[] parts = Names.HYPHEN.split(w);
                    String[] lemmaParts = Names.HYPHEN.split(t.lemma());
                    int offset = t.begin();
                    for (int k = 0; k < parts.length; k++) {
                        String part = parts[k];
                        String lemma = k == parts.length - 1 && lemmaParts.length == parts.length
                                ? lemmaParts[k] : part.toLowerCase(Locale.ROOT);
                        if (!part.isEmpty()) {
                            out.add(new Piece(part, lemma, offset, offset + part.length(), part.toLowerCase(Locale.ROOT),
                                    k > 0, noun, false));
                        }
                        offset += part.length() + 1;
                    }
                } else {
                    out.add(new Piece(w, t.lemma(), t.begin(), t.end(), noun, t.pos().equals("VB")));
                }
            }
            return out;
        }
    }
}
