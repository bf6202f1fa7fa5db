package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds where a text names methods and datasets: coined words (S4D, DeeDiff, GPT-2), acronyms with their
 * long forms, well-known names from the gazetteers, and a title's "Name: subtitle". Concept labels (SSM, VAE,
 * transformer) are concepts, not names, and are left out.
 */
final class NameFinder {
    private static final Set<String> NON_ENTITY_HEADS = Set.of("problem", "task", "error", "metric", "score",
            "rate", "ratio", "distance", "divergence", "accuracy", "coefficient", "equation", "principle", "theory",
            "hypothesis", "condition", "property", "learning", "pretraining", "pre-training", "training", "prediction",
            "forecasting", "generation", "recognition", "detection", "segmentation", "classification",
            "understanding", "reasoning", "retrieval", "analysis", "intelligence", "processing", "vision", "domain",
            "field", "region", "area", "function", "value", "policy", "space", "data", "time", "system", "systems",
            "tuning", "fine-tuning", "communication", "modeling", "modelling", "inference", "optimization",
            "adaptation", "translation", "answering", "simulation", "control", "distribution", "estimation",
            "index", "rank", "level", "matrix", "norm", "loss", "objective", "test", "unit", "units");
    private static final Pattern SUFFIXED = Pattern.compile(
            "(.+)-(based|like|style|type|driven|powered|guided|inspired|free|aware|specific|level|only|enhanced"
                    + "|agnostic|friendly|scale|sized|size|generated|compatible|pretrained|trained|equipped|related"
                    + "|enabled|enabling|assisted|augmented|informed|centric|oriented|bound|dependent)");

    private final Lexicon lexicon;
    private final ConceptLabels conceptLabels;

    NameFinder(Lexicon lexicon, ConceptLabels conceptLabels) {
        this.lexicon = lexicon;
        this.conceptLabels = conceptLabels;
    }

    /** Names found, and for each name the other forms (long forms) the text gives it. */
    record Found(List<NameOccurrence> occurrences, Map<String, Set<String>> aliases) {
    }

    Found find(AnnotatedText text, List<AcronymDefinition> definitions, List<Mention> concepts) {
        Map<String, Set<String>> aliases = new LinkedHashMap<>();
        List<NameOccurrence> out = new ArrayList<>();
        // acronym long forms and well-known names come first; concept words block only the weaker rules below
        Blocked blocked = new Blocked();
        Map<String, String> longToShort = new HashMap<>();

        Set<String> rejectedShortForms = new java.util.HashSet<>();
        for (AcronymDefinition d : definitions) {
            if (!isEntityDefinition(d, text.sentences().get(d.sentence()))) {
                blocked.add(d.longSpan());
                blocked.add(d.shortSpan());
                rejectedShortForms.add(Names.singular(d.shortForm()));
                continue;
            }
            String name = Names.singular(d.shortForm());
            aliases.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(d.longForm());
            longToShort.put(d.longForm().toLowerCase(Locale.ROOT), name);
        }
        // long forms wherever they occur, named by their short form
        String lower = text.text().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : longToShort.entrySet()) {
            int from = 0;
            int at;
            while ((at = lower.indexOf(e.getKey(), from)) >= 0) {
                Span span = new Span(at, at + e.getKey().length());
                from = span.end();
                Sentence s = sentenceAt(text, at);
                if (s != null && isWordBoundary(lower, span)) {
                    out.add(new NameOccurrence(e.getValue(), span, s, "acronym-long-form"));
                    blocked.add(span);
                }
            }
        }
        // multi-word gazetteer names
        for (Lexicon.Entry entry : lexicon.multiWordEntries()) {
            for (String form : entry.forms()) {
                if (!form.contains(" ")) {
                    continue;
                }
                String f = form.toLowerCase(Locale.ROOT);
                int from = 0;
                int at;
                while ((at = lower.indexOf(f, from)) >= 0) {
                    Span span = new Span(at, at + f.length());
                    from = span.end();
                    Sentence s = sentenceAt(text, at);
                    if (s != null && isWordBoundary(lower, span) && blocked.isFree(span)) {
                        Span withPlural = span.end() < lower.length() && lower.charAt(span.end()) == 's'
                                ? new Span(span.begin(), span.end() + 1) : span;
                        String surface = text.covered(withPlural.begin(), withPlural.end());
                        out.add(new NameOccurrence(surface, withPlural, s, "gazetteer"));
                        if (!surface.equals(entry.name())) {
                            aliases.computeIfAbsent(surface, k -> new LinkedHashSet<>()).add(entry.name());
                        }
                        blocked.add(withPlural);
                    }
                }
            }
        }
        // a defined term that is not a name (a task, a concept, a metric) is not a name anywhere in the text
        for (Sentence s : text.sentences()) {
            for (Token t : s.tokens()) {
                if (rejectedShortForms.contains(Names.singular(t.word())) && !aliases.containsKey(Names.singular(t.word()))) {
                    blocked.add(new Span(t.begin(), t.end()));
                }
            }
        }
        for (Mention c : concepts) {
            if (blocked.isFree(c.span())) {
                blocked.add(c.span());
            }
        }
        for (NameOccurrence o : datasetListMembers(text)) {
            if (blocked.isFree(o.span())) {
                out.add(o);
                blocked.add(o.span());
            }
        }
        for (NameOccurrence o : triggeredPhrases(text)) {
            if (blocked.isFree(o.span())) {
                out.add(o);
                blocked.add(o.span());
            }
        }
        titleName(text).ifPresent(o -> {
            if (blocked.isFree(o.span())) {
                out.add(o);
                blocked.add(o.span());
            }
        });
        // single tokens
        for (Sentence s : text.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                Token t = s.token(i);
                Span span = new Span(t.begin(), t.end());
                if (blocked.overlaps(span)) {
                    continue;
                }
                String word = t.word();
                var suffixed = SUFFIXED.matcher(word);
                if (suffixed.matches() && Names.isCoined(suffixed.group(1))) {
                    word = suffixed.group(1);
                }
                String name = singleTokenName(word, s, i, text);
                if (name != null) {
                    Lexicon.Entry known = lexicon.lookup(word);
                    if (known != null && !known.name().equals(name)) {
                        aliases.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(known.name());
                    }
                    out.add(new NameOccurrence(name, new Span(t.begin(), t.begin() + word.length()), s,
                            known != null ? "gazetteer" : "coined-word"));
                }
            }
        }
        out.sort(Comparator.comparingInt(o -> o.span().begin()));
        return new Found(out, aliases);
    }

    private String singleTokenName(String word, Sentence s, int i, AnnotatedText text) {
        if (Names.isFormula(word) || lexicon.isNotName(word) || conceptLabels.isAcronymLabel(word)
                || inFormula(s, i) || isEmphasis(word, s) || onlyKnownParts(word)) {
            return null;
        }
        Lexicon.Entry known = lexicon.lookup(word);
        if (known != null && known.forms().contains(word)) {
            boolean plainWord = !Names.isCoined(word);
            boolean inTitle = text.inTitle(s.token(i).begin());
            if (plainWord && (i == 0 || inTitle || s.token(i).pos().startsWith("VB"))) {
                return null;
            }
            return Names.singular(word);
        }
        if (!Names.isCoined(word)) {
            return null;
        }
        return Names.singular(word);
    }

    private static final Set<String> DATASET_NOUNS = Set.of("dataset", "benchmark", "corpus", "corpora", "datasets",
            "benchmarks");
    private static final Set<String> LIST_INTRO = Set.of("(", ":", "such", "as", "including", "like", "namely", "e.g.", ",");

    /**
     * Capitalised words listed as datasets, coined or not: "datasets (LVU, COIN and Breakfast)", "benchmarks such as
     * Atari and Procgen", "the Lorenz and Weather datasets".
     */
    private List<NameOccurrence> datasetListMembers(AnnotatedText text) {
        List<NameOccurrence> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                Token t = s.token(i);
                if (!DATASET_NOUNS.contains(t.lemma()) || !t.pos().equals("NNS")) {
                    continue;
                }
                int j = i + 1;
                while (j < s.size() && LIST_INTRO.contains(s.token(j).word().toLowerCase(Locale.ROOT))) {
                    j++;
                }
                if (j > i + 1) {
                    collectList(text, s, j, +1, out);
                }
                if (i > 0) {
                    collectList(text, s, i - 1, -1, out);
                }
            }
        }
        return out;
    }

    /** Walks a coordinated list of capitalised words from {@code start} in direction {@code step}. */
    private void collectList(AnnotatedText text, Sentence s, int start, int step, List<NameOccurrence> out) {
        List<NameOccurrence> found = new ArrayList<>();
        boolean sawGlue = false;
        for (int j = start; j >= 1 && j < s.size(); j += step) {
            String w = s.token(j).word();
            String lower = w.toLowerCase(Locale.ROOT);
            if (lower.equals(",") || lower.equals("and") || lower.equals("or") || lower.equals("the")) {
                sawGlue |= !lower.equals("the");
                continue;
            }
            boolean capitalised = Character.isUpperCase(w.charAt(0)) || Names.isCoined(w);
            if (!capitalised || conceptLabels.isLabel(w) || lexicon.isNotName(w) || Names.isFormula(w)) {
                break;
            }
            found.add(new NameOccurrence(w, new Span(s.token(j).begin(), s.token(j).end()), s, "dataset-list"));
        }
        // one word before "datasets" is a list only when it is coined ("the CelebA datasets"); plain words
        // need a real list ("the Lorenz and Weather datasets")
        if (found.size() >= 2 || (found.size() == 1 && (sawGlue || step > 0 || Names.isCoined(found.get(0).name())))) {
            out.addAll(found);
        }
    }

    /** "ODE-SDE", "AI-Enabled": every coined part is a concept acronym or a known non-name. */
    private boolean onlyKnownParts(String word) {
        if (word.indexOf('-') <= 0 || lexicon.lookup(word) != null) {
            return false;
        }
        boolean anyCoined = false;
        for (String part : word.split("-")) {
            if (part.length() >= 2 && Names.isCoined(part)) {
                anyCoined = true;
                if (!lexicon.isNotName(part) && !conceptLabels.isAcronymLabel(part)) {
                    return false;
                }
            }
        }
        return anyCoined;
    }

    /** Inside LaTeX or a formula: next to braces, underscores or carets ("v_{cN}", "BF_{heads}"). */
    private static boolean inFormula(Sentence s, int i) {
        String before = i > 0 ? s.token(i - 1).word() : "";
        String after = i + 1 < s.size() ? s.token(i + 1).word() : "";
        boolean groupNotation = i + 2 < s.size() && after.equals("(") && s.token(i + 1).begin() == s.token(i).end()
                && s.token(i + 2).word().matches("\\d+|n|N|d|D");
        return before.endsWith("{") || before.endsWith("_") || before.endsWith("^") || after.startsWith("}")
                || after.startsWith("_") || after.startsWith("^") || groupNotation;
    }

    /**
     * Capitals that spell out an acronym inside an ordinary word ("ALign … BEfore Fusing (ALBEF)", "ADAptive …
     * (Adan)"): the word's capitals are part of a parenthesised short form in the same sentence.
     */
    private static boolean isEmphasis(String word, Sentence s) {
        if (!word.matches("[A-Z]{2,3}[a-z]{3,}")) {
            return false;
        }
        String capitals = word.replaceAll("[a-z]", "").toLowerCase(Locale.ROOT);
        for (Token t : s.tokens()) {
            String w = t.word();
            if (!w.equals(word) && w.length() >= 3 && Character.isUpperCase(w.charAt(0))
                    && !w.matches("[A-Z]{2,3}[a-z]{3,}") && w.toLowerCase(Locale.ROOT).contains(capitals)) {
                return true;
            }
        }
        return false;
    }

    /** "DeeDiff: Dynamic …" names the paper's own method: at most three capitalised words before the colon. */
    private java.util.Optional<NameOccurrence> titleName(AnnotatedText text) {
        if (text.sentences().isEmpty()) {
            return java.util.Optional.empty();
        }
        Sentence title = text.sentences().get(0);
        int colon = -1;
        for (int i = 0; i < Math.min(title.size(), 5); i++) {
            if (title.token(i).word().equals(":")) {
                colon = i;
                break;
            }
        }
        if (colon < 0) {
            return titleNounPhrase(text, title);
        }
        if (colon < 1 || colon > 3) {
            return java.util.Optional.empty();
        }
        if (Set.of("the", "a", "an", "on", "towards", "toward", "when", "why", "how", "what", "beyond")
                .contains(title.token(0).word().toLowerCase(Locale.ROOT))) {
            return java.util.Optional.empty();
        }
        for (int i = 0; i < colon; i++) {
            String w = title.token(i).word();
            if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) {
                return java.util.Optional.empty();
            }
        }
        Span span = new Span(title.token(0).begin(), title.token(colon - 1).end());
        String name = text.covered(span.begin(), span.end());
        if (conceptLabels.isLabel(name) || lexicon.isNotName(name)) {
            return java.util.Optional.empty();
        }
        if (colon == 1) {
            name = Names.singular(name);
        }
        return java.util.Optional.of(new NameOccurrence(name, span, title, "title-prefix"));
    }

    private static final Set<String> NAME_HEADS = Set.of("network", "model", "machine", "process", "operator",
            "autoencoder", "encoder", "transformer", "flow", "filter", "solver", "sampler", "bridge", "net", "optimizer");
    private static final Set<String> TITLE_LINKS = Set.of("for", "with", "via", "in", "from", "on", "to", "as");

    /**
     * A title that opens with a capitalised name and a preposition: "Random Grid Neural Processes for …",
     * "One-hot Generalized Linear Model for …". At least three words (or a hyphenated one) ending in a method
     * noun, and not a concept of the scheme.
     */
    private java.util.Optional<NameOccurrence> titleNounPhrase(AnnotatedText text, Sentence title) {
        int end = 0;
        while (end < title.size() && end < 6 && !TITLE_LINKS.contains(title.token(end).word().toLowerCase(Locale.ROOT))) {
            String w = title.token(end).word();
            if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) {
                return java.util.Optional.empty();
            }
            end++;
        }
        if (end < 2 || end >= title.size() || end > 5) {
            return java.util.Optional.empty();
        }
        boolean hyphenated = false;
        for (int i = 0; i < end; i++) {
            hyphenated |= title.token(i).word().indexOf('-') > 0;
        }
        String head = title.token(end - 1).lemma();
        if (!NAME_HEADS.contains(head) || (end < 3 && !hyphenated)) {
            return java.util.Optional.empty();
        }
        Span span = new Span(title.token(0).begin(), title.token(end - 1).end());
        String phrase = text.covered(span.begin(), span.end());
        if (conceptLabels.isLabel(phrase) || lexicon.lookup(phrase) != null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new NameOccurrence(phrase, span, title, "title-prefix"));
    }

    private boolean isEntityDefinition(AcronymDefinition d, Sentence sentence) {
        if (conceptLabels.isLabel(d.longForm()) || conceptLabels.isAcronymLabel(d.shortForm())
                || lexicon.isNotName(d.shortForm())) {
            return false;
        }
        if (directlyProposed(d, sentence)) {
            return true;
        }
        String[] words = d.longForm().toLowerCase(Locale.ROOT).split("[\\s]+");
        String head = words[words.length - 1];
        String headSingular = head.endsWith("s") && !head.endsWith("ss") ? head.substring(0, head.length() - 1) : head;
        if (NON_ENTITY_HEADS.contains(head) || NON_ENTITY_HEADS.contains(headSingular)) {
            return false;
        }
        boolean titleCase = java.util.Arrays.stream(d.longForm().split("[\\s]+"))
                .filter(w -> w.length() > 3).allMatch(w -> Character.isUpperCase(w.charAt(0)));
        // "temporal graph neural networks (TGNN)" is a kind of a concept; "structured neural network (StNN)",
        // with a coined mixed-case short form, names one method
        if (!titleCase && endsWithConceptLabel(words) && Names.isAcronym(d.shortForm())) {
            return false;
        }
        return Names.isCoined(d.shortForm()) || Character.isUpperCase(d.shortForm().charAt(0));
    }

    /** "we propose geometric trajectory diffusion models (GeoTDM)": a trigger governs the long form directly. */
    private static boolean directlyProposed(AcronymDefinition d, Sentence s) {
        int start = -1;
        for (int i = 0; i < s.size(); i++) {
            if (s.token(i).begin() >= d.longSpan().begin()) {
                start = i;
                break;
            }
        }
        boolean subject = false;
        for (int k = 0; k < start; k++) {
            String w = s.token(k).word().toLowerCase(Locale.ROOT);
            subject |= w.equals("we") || w.equals("our") || w.equals("paper") || w.equals("work");
        }
        for (int k = start - 1; subject && k >= 0 && k >= start - 5; k--) {
            String lemma = s.token(k).lemma();
            if (TRIGGERS.contains(lemma)) {
                return true;
            }
            if (!Set.of("a", "an", "the", "novel", "new", "simple", "general", "unified", "first", "called", "named",
                    "termed", "dubbed").contains(lemma) && !s.token(k).pos().startsWith("JJ")) {
                return false;
            }
        }
        return false;
    }

    private boolean endsWithConceptLabel(String[] words) {
        for (int k = 0; k < words.length; k++) {
            if (conceptLabels.isLabel(String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length)))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> TRIGGERS = Set.of("propose", "introduce", "present", "call", "dub", "name",
            "term", "develop", "design", "devise");
    private static final Set<String> PHRASE_STOPS = Set.of("than", "unlike", "against", "such", "including", "like",
            "compare", "outperform", "use", "using", "with", "based", "existing", "previous", "prior", "from", "via",
            "on", "over", "while", "which", "that", "for", "in", "by", "to", ",", ";", "(", ")");

    /**
     * Capitalised multi-word names right after a proposal trigger ("we propose Equal-Info Windows, …",
     * "we introduce the concept of String States"): names that are not coined words.
     */
    private List<NameOccurrence> triggeredPhrases(AnnotatedText text) {
        List<NameOccurrence> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            if (text.inTitle(s.begin())) {
                continue;
            }
            for (int i = 0; i < s.size(); i++) {
                if (!TRIGGERS.contains(s.token(i).lemma())) {
                    continue;
                }
                boolean subject = false;
                for (int k = 0; k < i; k++) {
                    String w = s.token(k).word().toLowerCase(Locale.ROOT);
                    subject |= w.equals("we") || w.equals("paper") || w.equals("work");
                }
                if (!subject) {
                    continue;
                }
                int j = i + 1;
                while (j < s.size() && j <= i + 8 && !Character.isUpperCase(s.token(j).word().charAt(0))
                        && !PHRASE_STOPS.contains(s.token(j).word().toLowerCase(Locale.ROOT))) {
                    j++;
                }
                int start = j;
                while (j < s.size() && j < start + 5 && (Character.isUpperCase(s.token(j).word().charAt(0))
                        || (j > start && s.token(j).word().matches("\\d+|\\+\\+?")))) {
                    j++;
                }
                if (j - start >= 2 && start < s.size()) {
                    Span span = new Span(s.token(start).begin(), s.token(j - 1).end());
                    String phrase = text.covered(span.begin(), span.end());
                    if (!conceptLabels.isLabel(phrase) && lexicon.lookup(phrase) == null) {
                        out.add(new NameOccurrence(phrase, span, s, "triggered-phrase"));
                    }
                }
            }
        }
        return out;
    }

    private static boolean isWordBoundary(String text, Span span) {
        boolean before = span.begin() == 0 || !Character.isLetterOrDigit(text.charAt(span.begin() - 1));
        boolean after = span.end() >= text.length() || !Character.isLetterOrDigit(text.charAt(span.end()))
                || (text.charAt(span.end()) == 's' && (span.end() + 1 >= text.length()
                        || !Character.isLetterOrDigit(text.charAt(span.end() + 1))));
        return before && after;
    }

    static Sentence sentenceAt(AnnotatedText text, int offset) {
        List<Sentence> sentences = text.sentences();
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.begin()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }
}
