package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Long forms as names, for {@link NameFinder}: the definitions' long forms, a long form written without its short
 * form and named by it, phrases spelled out by their short forms ("the Text-Image Alignment Assessment (TIA2)
 * benchmark"), expansions written after a short form, the title's acronyms, and the activity that always follows a
 * short form.
 */
final class LongFormNames {
    /** Activities that a short form before them only qualifies: "TD learning", "DGT training". */
    static final Set<String> GENERIC_ACTIVITIES = Set.of("learning", "training", "pretraining", "tuning",
            "finetuning", "modeling", "modelling", "processing", "setting", "computing", "encoding", "embedding");

    /** Between a phrase and its short form in parentheses: " (", " (named ", " (called ". */
    static final Pattern SHORT_FORM_OPENING = Pattern.compile(" \\((?:(?:named|called|dubbed|termed|i\\.e\\.,?) )?");

    /** Marks after a short form that its expansion follows without parentheses. */
    static final Set<String> EXPANSION_MARKS = Set.of(":", ",");

    /** Marks that end such an expansion: those that end one in apposition, a colon and an opening parenthesis. */
    static final Set<String> EXPANSION_ENDS = com.google.common.collect.Sets.union(
            NameLookalikes.EXPANSION_ENDS, Set.of(":", "("));

    private LongFormNames() {
    }

    /**
     * "the Text-Image Alignment Assessment (TIA2) benchmark", "Hindsight Off-policy Options (HO2)", "Probabilistic
     * Cross-Modal Embeddings (named PCME++)": a phrase found as a name right before a name in parentheses spells that
     * name out, even where its letters do not make the short form; so does a title-case phrase whose initials are
     * another name of the paper (the title's "Language Control Diffusion: …" and the abstract's "LCD"), or the capitals
     * of a coined one ("LeMDA, Learning Multimodal Data Augmentation, …"). Every
     * occurrence of the phrase is named by the short form, and the phrase is its alias. Not a well-known name before
     * the parenthesis ("Prompt Decision Transformer (PDT)" still mentions Decision Transformer).
     */
    static void nameSpelledOutFormsByTheirShortForm(AnnotatedText text, NameFinding f) {
        Map<String, String> shortForms = new HashMap<>();
        Set<String> names = new java.util.HashSet<>();
        f.out.forEach(o -> names.add(o.name()));
        List<String> titleAcronyms = titleAcronyms(f.out);
        Map<String, String> definedLongForms = definedLongForms(f.aliases);
        for (int k = 0; k < f.out.size(); k++) {
            NameOccurrence spelledOut = f.out.get(k);
            String lent = Names.lentCapitals(spelledOut.name());
            if (lent != null && names.contains(lent) && !spelledOut.source().equals("gazetteer")) {
                shortForms.putIfAbsent(spelledOut.name(), lent); // "MEta-SAmpler" spells "MESA"
                continue;
            }
            if (spelledOut.name().indexOf(' ') < 0 || spelledOut.source().equals("gazetteer")) {
                continue;
            }
            String initials = Names.titleCaseInitials(spelledOut.name());
            if (initials != null && names.contains(initials)) {
                shortForms.putIfAbsent(spelledOut.name(), initials);
                continue;
            }
            // (or whose capitals they are, a coined name that keeps a lower-case letter or two: "LeMDA, Learning
            // Multimodal Data Augmentation, an easy-to-use method")
            String coined = initials == null || initials.length() < 3 ? null : names.stream()
                    .filter(n -> Names.isCoined(n) && Names.capitalsOf(n).equals(initials)).findFirst().orElse(null);
            if (coined != null) {
                shortForms.putIfAbsent(spelledOut.name(), coined);
                continue;
            }
            // (or a phrase that a definition spells out, whatever its case, a method noun after it aside: the title's
            // "Recursive Non-Autoregressive Graph-to-Graph Transformer" beside "the Recursive Non-autoregressive
            // Graph-to-Graph Transformer architecture (RNGTr)")
            String defined = definedLongForms.get(spelledOut.name().toLowerCase(Locale.ROOT));
            // (a title's name may be the opening words of one: "Compositional Conservatism: …" beside "We propose
            // COmpositional COnservatism with Anchor-seeking (COCOA)")
            if (defined == null && spelledOut.source().equals("title-prefix")) {
                defined = definedOpeningWith(definedLongForms, spelledOut.name(), f.aliases);
            }
            if (defined != null && !defined.equals(spelledOut.name())) {
                shortForms.putIfAbsent(spelledOut.name(), defined);
                continue;
            }
            String titleName = initials == null ? null : skippingOneInitial(titleAcronyms, initials);
            if (titleName != null) {
                shortForms.putIfAbsent(spelledOut.name(), titleName);
                continue;
            }
            if (k + 1 == f.out.size()) {
                continue;
            }
            NameOccurrence shortForm = f.out.get(k + 1);
            int end = spelledOut.span().end();
            var opening = SHORT_FORM_OPENING.matcher(text.text()).region(end, shortForm.span().begin());
            if (shortForm.name().indexOf(' ') < 0 && opening.matches()
                    && text.text().startsWith(")", shortForm.span().end())) {
                shortForms.putIfAbsent(spelledOut.name(), shortForm.name());
            }
        }
        shortForms.forEach((spelledOut, shortForm) -> f.alias(shortForm, spelledOut));
        f.out.replaceAll(o -> shortForms.containsKey(o.name())
                ? new NameOccurrence(shortForms.get(o.name()), o.span(), o.sentence(), o.source()) : o);
    }

    /**
     * The long forms of the definitions, in lower case, and each without a method noun that ends it, with the short
     * form each spells out.
     */
    static Map<String, String> definedLongForms(Map<String, Set<String>> aliases) {
        Map<String, String> out = new HashMap<>();
        aliases.forEach((shortForm, longForms) -> {
            for (String longForm : longForms) {
                String lower = longForm.toLowerCase(Locale.ROOT);
                out.putIfAbsent(lower, shortForm);
                int space = lower.lastIndexOf(' ');
                if (space > 0 && TypeCues.METHOD_HEADS.contains(lower.substring(space + 1))) {
                    out.putIfAbsent(lower.substring(0, space), shortForm);
                }
            }
        });
        return out;
    }

    /**
     * The short form of the one defined long form that opens with the words of {@code phrase}, or that the phrase
     * spells out once its own short forms are spelled out ("Anti-Symmetric DGN" and "Anti-Symmetric Deep Graph
     * Networks (A-DGNs)" beside "Deep Graph Networks (DGNs)"), else null.
     */
    static String definedOpeningWith(Map<String, String> definedLongForms, String phrase,
                                             Map<String, Set<String>> aliases) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        String expanded = Names.singularNoun(spelledOutShortForms(phrase, aliases).toLowerCase(Locale.ROOT));
        java.util.Set<String> shortForms = new java.util.HashSet<>();
        definedLongForms.forEach((longForm, shortForm) -> {
            if (longForm.startsWith(lower + " ")
                    || !expanded.equals(Names.singularNoun(lower)) && Names.singularNoun(longForm).equals(expanded)) {
                shortForms.add(shortForm);
            }
        });
        return shortForms.size() == 1 ? shortForms.iterator().next() : null;
    }

    /** The phrase with each word that is a short form of one long form replaced by that long form. */
    static String spelledOutShortForms(String phrase, Map<String, Set<String>> aliases) {
        StringBuilder out = new StringBuilder();
        for (String word : Names.WHITESPACE.split(phrase)) {
            Set<String> longForms = aliases.get(Names.singular(word));
            out.append(out.length() > 0 ? " " : "")
                    .append(longForms != null && longForms.size() == 1 ? longForms.iterator().next() : word);
        }
        return out.toString();
    }

    /** The title's names that are acronyms of three capitals or more, "DKM" of "DKM: …". */
    static List<String> titleAcronyms(List<NameOccurrence> found) {
        return found.stream().filter(o -> o.source().equals("title-prefix")).map(NameOccurrence::name)
                .filter(name -> name.length() >= 3 && Names.isAcronym(name)
                        && name.chars().allMatch(Character::isUpperCase))
                .toList();
    }

    /**
     * The title acronym that the initials of a title-case phrase spell but for one initial inside, which the acronym
     * leaves out ("DKM: Dense Kernelized Feature Matching for …"); else null.
     */
    static String skippingOneInitial(List<String> titleAcronyms, String initials) {
        for (String name : titleAcronyms) {
            if (name.length() + 1 != initials.length() || name.charAt(0) != initials.charAt(0)
                    || name.charAt(name.length() - 1) != initials.charAt(initials.length() - 1)) {
                continue;
            }
            for (int skip = 1; skip < initials.length() - 1; skip++) {
                if ((initials.substring(0, skip) + initials.substring(skip + 1)).equals(name)) {
                    return name;
                }
            }
        }
        return null;
    }

    /**
     * The activity that follows a short form wherever the text writes it, its definition included: "we propose
     * Feynman Kac (FK) steering … FK steering works by …" names "FK steering". Null when the short form stands alone
     * anywhere, when it occurs only once, or when a thing or a generic activity follows ("the MC estimator"), or a
     * participle that modifies a noun each time ("HW preserving ansatz").
     */
    static String nounAlwaysAfter(AnnotatedText text, AcronymDefinition d) {
        String noun = null;
        int uses = 0;
        int participles = 0;
        for (Sentence s : text.abstractSentences()) {
            for (int i = 0; i < s.size(); i++) {
                Token t = s.token(i);
                if (!t.word().equals(d.shortForm())) {
                    continue;
                }
                int next = i + 1 < s.size() && s.token(i + 1).word().equals(")") && t.begin() == d.shortSpan().begin()
                        ? i + 2 : i + 1;
                if (next >= s.size()) {
                    return null;
                }
                Token after = s.token(next);
                // a particular activity ("steering", "decoding"), not a kind of learning ("TD learning") nor things
                // ("LIF neurons", "MC rollouts", "FOL queries")
                boolean lowerNoun = Character.isLowerCase(after.word().charAt(0)) && after.word().chars().allMatch(Character::isLetter)
                        && after.word().endsWith("ing") && !GENERIC_ACTIVITIES.contains(after.word());
                if (!lowerNoun || (noun != null && !noun.equals(after.word()))) {
                    return null;
                }
                // (a participle before a noun it modifies: "the Hamming Weight (HW) preserving ansatz")
                if (after.pos().equals("VBG") && next + 1 < s.size() && s.token(next + 1).pos().startsWith("NN")) {
                    participles++;
                }
                noun = after.word();
                uses++;
            }
        }
        // (not a participle wherever the text writes it so: "HW preserving ansatz" each time; "DP reweighting
        // resamples particles" is read so once, beside "DP reweighting, a way to …")
        return uses >= 2 && participles < uses ? noun : null;
    }

    /**
     * True when a title-case long form, away from its definition, ends a longer title-case name: "We introduce Joint
     * Multidimensional Scaling, a novel approach" names no Multidimensional Scaling (MDS), which the abstract defines
     * later. The capitalised word before it must stand inside the sentence and be no function word; in the title it
     * may open it, as a modifier with a hyphen: the title "Multi-marginal Schrödinger Bridges with …" names the
     * paper's own bridges, not the Schrödinger bridges (SBs) that the abstract defines; and any capitalised words may
     * open a title's name that the long form ends at the colon: "Greedy Actor-Critic: A New … Method" names the
     * paper's method, not the Actor-Critic (AC) that the abstract defines.
     */
    static boolean endOfALongerName(AnnotatedText text, PhraseSearch.WordMatch m) {
        Sentence s = m.sentence();
        int first = s.tokenIndexAt(m.span().begin());
        int last = s.tokenIndexAt(m.span().end() - 1);
        boolean afterAHyphenatedTitleOpening = first == 1 && text.inTitle(m.span().begin())
                && s.token(0).word().indexOf('-') > 0;
        if (text.inTitle(m.span().begin()) && opensATitleNameEndingAt(s, first, last)) {
            return true;
        }
        if (first < 2 && !afterAHyphenatedTitleOpening || !Character.isUpperCase(s.token(first).word().charAt(0))) {
            return false;
        }
        Token before = s.token(first - 1);
        // (nor where a parenthesis follows it: the short form defined there, or another one that the longer phrase
        // spells, "We propose Stein Soft Actor-Critic (S$^2$AC)", keeps the long form's occurrence)
        boolean definedHere = last + 1 < s.size() && s.token(last + 1).word().equals("(");
        return !definedHere && before.end() + 1 == s.token(first).begin()
                && Names.HYPHENATED_TITLE_CASE_WORD.matcher(before.word()).matches()
                && !Names.FUNCTION_WORDS.contains(before.lower());
    }

    /**
     * True when one to three capitalised words open the title before the long form from {@code first} to
     * {@code last} and a colon follows it: "Greedy Actor-Critic: …", "Structural Multiplane Image: …"; not words that
     * open a clause or a slogan, a gerund or a preposition ("Learning Multidimensional Scaling: …", "Beyond …").
     */
    private static boolean opensATitleNameEndingAt(Sentence s, int first, int last) {
        if (first < 1 || first > 3 || last + 1 >= s.size() || !s.token(last + 1).word().equals(":")) {
            return false;
        }
        for (int k = 0; k < first; k++) {
            Token t = s.token(k);
            if (!Character.isUpperCase(t.word().charAt(0)) || t.lower().endsWith("ing")
                    || TitleNameFinder.NOT_NAME_OPENERS.contains(t.lower()) || t.pos().startsWith("VB")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Marks the expansion an abstract writes after a short form of three capitals or more and a colon or a comma,
     * whose capitals spell the short form, as no place for other short forms' long forms: "a new framework called
     * MILLET: Multiple Instance Learning for Locally Explainable Time series classification" holds no mention of
     * multiple instance learning, only MILLET's long form (the title's subtitle is left to the title's rules, and a
     * definition the acronym finder read stays).
     */
    static void markExpansionsAfterAShortForm(AnnotatedText text, List<AcronymDefinition> definitions,
                                                       NameFinding f) {
        for (Sentence s : text.abstractSentences()) {
            for (int i = 0; i + 2 < s.size(); i++) {
                String shortForm = s.token(i).word();
                if (!EXPANSION_MARKS.contains(s.token(i + 1).word()) || !Names.isAcronym(shortForm)
                        || Names.capitalsOf(shortForm).length() < 3) {
                    continue;
                }
                StringBuilder capitals = new StringBuilder();
                int words = 0;
                int k = i + 2;
                while (k < s.size() && k <= i + 14 && !EXPANSION_ENDS.contains(s.token(k).word())
                        && capitals.length() < shortForm.length()) {
                    String capitalsOfWord = Names.capitalsOf(s.token(k).word());
                    capitals.append(capitalsOfWord);
                    words += capitalsOfWord.isEmpty() ? 0 : 1;
                    k++;
                }
                // (its first word opens with the short form's first letter, as an expansion's does, and three words
                // or more spell it: not "ISTD, ISTD+, and SRD")
                if (words < 3 || !capitals.toString().equals(shortForm)
                        || s.token(i + 2).word().charAt(0) != shortForm.charAt(0)) {
                    continue;
                }
                Span span = new Span(s.token(i + 2).begin(), s.token(k - 1).end());
                // (one the acronym finder read as the short form's definition is its long form already: "We introduce
                // QAGS, Quill Alignment as Guided Search, …")
                if (definitions.stream().noneMatch(d -> d.longSpan().overlaps(span))) {
                    f.spelledExpansions.add(span);
                }
            }
        }
    }

    /** Long forms wherever they occur, named by their short form. */
    static void findLongForms(AnnotatedText text, String lower, Map<String, String> longToShort, NameFinding f) {
        // the longest first, and a long form inside another one's match is not found there: "average
        // Localisation-Recall-Precision (aLRP)" holds the long form of LRP, which the text defines later
        List<Map.Entry<String, String>> longestFirst = new ArrayList<>(longToShort.entrySet());
        longestFirst.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length())
                .thenComparing(Map.Entry::getKey));
        List<Span> found = new ArrayList<>();
        for (Map.Entry<String, String> e : longestFirst) {
            for (PhraseSearch.WordMatch m : PhraseSearch.wordMatches(text, lower, e.getKey(), 0)) {
                if (found.stream().noneMatch(m.span()::overlaps) && !endOfALongerName(text, m)
                        && f.spelledExpansions.stream().noneMatch(m.span()::overlaps)) {
                    f.out.add(new NameOccurrence(e.getValue(), m.span(), m.sentence(), "acronym-long-form"));
                    f.blocked.add(m.span());
                    found.add(m.span());
                }
            }
        }
    }
}
