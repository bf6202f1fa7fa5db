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
                    + "|agnostic|friendly|scale|sized|size|generated|compatible|pretrained|trained|equipped|related)");

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
        List<Span> blocked = new ArrayList<>();
        concepts.forEach(c -> blocked.add(c.span()));
        Map<String, String> longToShort = new HashMap<>();

        for (AcronymDefinition d : definitions) {
            if (!isEntityDefinition(d)) {
                blocked.add(d.longSpan());
                if (!Names.isCoined(d.shortForm()) || conceptLabels.isLabel(d.longForm())) {
                    blocked.add(d.shortSpan());
                }
                continue;
            }
            String name = Names.singular(d.shortForm());
            aliases.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(d.longForm());
            longToShort.put(d.longForm().toLowerCase(Locale.ROOT), name);
        }
        // long forms wherever they occur, named by their short form
        for (Map.Entry<String, String> e : longToShort.entrySet()) {
            String lower = text.text().toLowerCase(Locale.ROOT);
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
        String lower = text.text().toLowerCase(Locale.ROOT);
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
                    if (s != null && isWordBoundary(lower, span) && blocked.stream().noneMatch(b -> b.overlaps(span))) {
                        out.add(new NameOccurrence(entry.name(), span, s, "gazetteer"));
                        blocked.add(span);
                    }
                }
            }
        }
        titleName(text).ifPresent(o -> {
            if (blocked.stream().noneMatch(b -> b.overlaps(o.span()))) {
                out.add(o);
                blocked.add(o.span());
            }
        });
        // single tokens
        for (Sentence s : text.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                Token t = s.token(i);
                Span span = new Span(t.begin(), t.end());
                if (blocked.stream().anyMatch(b -> b.overlaps(span))) {
                    continue;
                }
                String word = t.word();
                var suffixed = SUFFIXED.matcher(word);
                if (suffixed.matches() && Names.isCoined(suffixed.group(1))) {
                    word = suffixed.group(1);
                }
                String name = singleTokenName(word, s, i, text);
                if (name != null) {
                    out.add(new NameOccurrence(name, new Span(t.begin(), t.begin() + word.length()), s,
                            lexicon.lookup(word) != null ? "gazetteer" : "coined-word"));
                }
            }
        }
        out.sort(Comparator.comparingInt(o -> o.span().begin()));
        return new Found(out, aliases);
    }

    private String singleTokenName(String word, Sentence s, int i, AnnotatedText text) {
        if (Names.isFormula(word) || lexicon.isNotName(word) || conceptLabels.isAcronymLabel(word)) {
            return null;
        }
        Lexicon.Entry known = lexicon.lookup(word);
        if (known != null && known.forms().contains(word)) {
            boolean plainWord = !Names.isCoined(word);
            boolean inTitle = text.inTitle(s.token(i).begin());
            if (plainWord && (i == 0 || inTitle || s.token(i).pos().startsWith("VB"))) {
                return null;
            }
            return known.name();
        }
        if (!Names.isCoined(word)) {
            return null;
        }
        return Names.singular(word);
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
        if (colon < 1 || colon > 3) {
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

    private boolean isEntityDefinition(AcronymDefinition d) {
        if (conceptLabels.isLabel(d.longForm()) || conceptLabels.isAcronymLabel(d.shortForm())
                || lexicon.isNotName(d.shortForm())) {
            return false;
        }
        String[] words = d.longForm().toLowerCase(Locale.ROOT).split("[\\s]+");
        String head = words[words.length - 1];
        String headSingular = head.endsWith("s") && !head.endsWith("ss") ? head.substring(0, head.length() - 1) : head;
        if (NON_ENTITY_HEADS.contains(head) || NON_ENTITY_HEADS.contains(headSingular)) {
            return false;
        }
        return Names.isCoined(d.shortForm()) || Character.isUpperCase(d.shortForm().charAt(0));
    }

    private static boolean isWordBoundary(String text, Span span) {
        boolean before = span.begin() == 0 || !Character.isLetterOrDigit(text.charAt(span.begin() - 1));
        boolean after = span.end() >= text.length() || !Character.isLetterOrDigit(text.charAt(span.end()))
                || (text.charAt(span.end()) == 's' && (span.end() + 1 >= text.length()
                        || !Character.isLetterOrDigit(text.charAt(span.end() + 1))));
        return before && after;
    }

    static Sentence sentenceAt(AnnotatedText text, int offset) {
        for (Sentence s : text.sentences()) {
            if (s.begin() <= offset && offset < s.end()) {
                return s;
            }
        }
        return null;
    }
}
