package org.paperkg.extract;

import static org.paperkg.extract.ProposalCues.LEADING_ARTICLE;
import static org.paperkg.extract.ProposalCues.occurrences;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a paper's title says about the names its abstract proposes, for the rules of {@link ProposalFinder}: a short
 * form of the whole title ("Neighborhood Attention Transformer" above "we present Neighborhood Attention Transformer
 * (NAT)"), a name whose capitals are the initials of the title's words, data that the title names, a heading that
 * names a thing, and title words that only say what a name is for.
 */
final class TitleProposals {
    /** Properties a title studies of a thing, before "of": "Optimality of Thompson Sampling with …". */
    static final List<String> STUDIED_PROPERTIES = List.of("optimality of ", "convergence of ",
            "analysis of ", "complexity of ", "robustness of ", "limitations of ", "expressivity of ",
            "expressive power of ");

    /** Words that may follow the noun of data of a title's "The X Corpus" besides a colon, a comma or a dash. */
    static final Set<String> AFTER_NAMED_DATA = Set.of("of", "for", "in", "with", "on", "from");

    /** A short form in parentheses that ends a title: "… for European Union (NTEU)". */
    static final java.util.regex.Pattern TRAILING_SHORT_FORM =
            java.util.regex.Pattern.compile("\\s*\\([^()\\s]{2,15}\\)$");

    /** Articles anywhere in a phrase. */
    static final java.util.regex.Pattern ARTICLE_WORDS =
            java.util.regex.Pattern.compile("(?i)\\b(?:the|an?)\\b");

    /** Words a title's initials may leave out: "Synthesize, Execute and Debug" gives SED. */
    static final Set<String> TITLE_ARTICLES = Set.of("a", "an", "the", "and", "&");

    static final java.util.regex.Pattern TITLE_WORD_BREAKS = java.util.regex.Pattern.compile("[\\s,;:!?\"()]+");

    /** Words that open the prepositional phrase after a title's head: "Gradient Projection Memory for …". */
    static final Set<String> TITLE_PREPOSITIONS = Set.of("for", "with", "via", "in", "on", "through", "using",
            "from", "by", "under");

    /** Words a title's initials may leave out too: "Self-Distillation for Tabular Data" gives SDTD. */
    static final Set<String> TITLE_FUNCTION_WORDS = com.google.common.collect.ImmutableSet.<String>builder()
            .addAll(TITLE_ARTICLES).addAll(TITLE_PREPOSITIONS).add("of", "to", "at", "as", "into").build();

    static final java.util.regex.Pattern LEADING_THE = java.util.regex.Pattern.compile("(?i)^the\\s+");

    private TitleProposals() {
    }

    static boolean inTitle(String title, String name, Set<String> longForms) {
        return title.contains(name.toLowerCase(java.util.Locale.ROOT)) || (longForms != null
                && longForms.stream().anyMatch(f -> title.contains(f.toLowerCase(java.util.Locale.ROOT))));
    }

    /**
     * True when the title writes the name or a long form of it, and each time right after "for " or after a property
     * it studies of it ("Optimality of Thompson Sampling …" above "a policy called Thompson sampling (TS) has shown
     * excellent performance").
     */
    static boolean inTitleOnlyAsWhatItIsFor(String title, String name, Set<String> longForms) {
        boolean written = false;
        List<String> forms = new ArrayList<>(longForms == null ? Set.of() : longForms);
        forms.add(name);
        for (String form : forms) {
            String lower = form.toLowerCase(java.util.Locale.ROOT);
            for (int at = title.indexOf(lower); at >= 0; at = title.indexOf(lower, at + 1)) {
                // (as a word of its own: not the "ts" of "bandits")
                int end = at + lower.length();
                if (at > 0 && Character.isLetterOrDigit(title.charAt(at - 1))
                        || end < title.length() && Character.isLetterOrDigit(title.charAt(end))) {
                    continue;
                }
                String before = title.substring(0, at);
                if (!title.startsWith("for ", at - 4) && STUDIED_PROPERTIES.stream().noneMatch(before::endsWith)) {
                    return false;
                }
                written = true;
            }
        }
        return written;
    }

    /**
     * "Discourse Structure and Dialogue Acts in Multiparty Dialogue: the STAC Corpus", "The ASK Corpus - a Language
     * Learner Corpus of …", "Idioms in Context: The IDIX Corpus": "the", a name and a noun of data that open the title
     * or a part of it name the data the paper brings, wherever the name is found, in the title or, where the title's
     * capitals say nothing, in the abstract ("…: the Dakshina Dataset"); not a noun of data that modifies another,
     * "The American National Corpus Model" (a name the gazetteer knows is asked before).
     */
    static boolean namedDataInTheTitle(AnnotatedText text, NameOccurrence o) {
        String[] words = Names.WHITESPACE.split(o.name());
        for (Sentence s : text.sentences()) {
            if (!text.inTitle(s.begin())) {
                break;
            }
            for (int first = 1; first + words.length < s.size(); first++) {
                if (spelledAt(s, first, words) && namedDataAt(text, s, first, first + words.length - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the tokens from {@code first} are the words given. */
    static boolean spelledAt(Sentence s, int first, String[] words) {
        for (int k = 0; k < words.length; k++) {
            if (!s.token(first + k).word().equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    /** True when "the" comes before the title's words from {@code first} to {@code last} and a noun of data after. */
    static boolean namedDataAt(AnnotatedText text, Sentence s, int first, int last) {
        if (!s.token(first - 1).lower().equals("the")
                || first >= 2 && !opensAPartOfTheTitle(s.token(first - 2).word())) {
            return false;
        }
        int noun = last + 1;
        boolean dataSet = s.token(noun).lower().equals("data") && noun + 1 < s.size()
                && s.token(noun + 1).lower().equals("set");
        if (!DatasetCues.DATA_ONLY_NOUNS.contains(s.token(noun).lower()) && !dataSet) {
            return false;
        }
        int after = dataSet ? noun + 2 : noun + 1;
        return after >= s.size() || !text.inTitle(s.token(after).begin()) || opensAPartOfTheTitle(s.token(after).word())
                || s.token(after).word().equals(",") || AFTER_NAMED_DATA.contains(s.token(after).lower());
    }

    /** A colon or a dash: "…: the STAC Corpus", "CoRoLa — The Reference Corpus of …". */
    static boolean opensAPartOfTheTitle(String word) {
        return word.equals(":") || TypeCues.DASH_TOKENS.contains(word);
    }

    /** True when one of the long forms is the whole title, whatever its case, hyphens, plural or opening article. */
    static boolean spelledOutByTheTitle(AnnotatedText text, Set<String> longForms) {
        if (longForms.isEmpty()) {
            return false; // most names: no need to normalise the title for each of their occurrences
        }
        // (the title's own short form at its end and its articles apart: "Neural Translation for European Union
        // (NTEU)" above "The Neural Translation for the European Union (NTEU) engine farm")
        String title = wordsWithoutArticles(TRAILING_SHORT_FORM.matcher(text.title().strip()).replaceFirst(""));
        // (or the title's part after its colon: "Storytelling with Dialogue: A Critical Role Dungeons and Dragons
        // Dataset" above "the Critical Role Dungeons and Dragons Dataset (CRD3)")
        int colon = text.title().indexOf(": ");
        String subtitle = colon > 0 ? wordsOnly(LEADING_ARTICLE.matcher(text.title().substring(colon + 2).strip())
                .replaceFirst("")) : "";
        // (or its part before the colon: "Replay across Experiments: A Natural Extension of …" above "Replay across
        // Experiments (RaE)"; not what is done or studied, "Learning from Label Proportions: …", "Conversational
        // Machine Comprehension: …")
        String heading = colon > 0 && headingNamesAThing(text) ? wordsOnly(text.title().substring(0, colon)) : "";
        if (title.isEmpty()) {
            return false;
        }
        for (String longForm : longForms) {
            String words = wordsOnly(longForm);
            if (wordsWithoutArticles(longForm).equals(title)
                    || words.length() >= 12 && (words.equals(subtitle) || words.equals(heading))) {
                return true;
            }
        }
        return false;
    }

    /** The phrase's key without its articles: "Neural Translation for the European Union" as "… European Union". */
    static String wordsWithoutArticles(String phrase) {
        return wordsOnly(ARTICLE_WORDS.matcher(phrase).replaceAll(" "));
    }

    /** True when the name's capitals, three or more, are among the title's initials (see {@link #titleInitials}). */
    static boolean spelledByTheTitlesInitials(String name, Set<String> titleInitials) {
        String capitals = Names.capitalsOf(name);
        return capitals.length() >= 3 && !gluedToLowerCaseWords(name) && titleInitials.contains(capitals);
    }

    /**
     * The initials that spell a name of the paper's own: those of the whole title's words, of those after its colon,
     * or of those of its heading before the colon (one that names a thing, not a task or what is done): "PIB" under
     * "PAC-Bayes Information Bottleneck", "UPINN" under "Universal Physics-Informed Neural Networks: …", "OFA" under
     * "Once for All: …", "CMCD" under "Transport meets Variational Inference: Controlled Monte Carlo Diffusions". None
     * of the whole title or its part after the colon when the title names a task, "Cross-Lingual Machine Reading
     * Comprehension" above "CMRC".
     */
    static Set<String> titleInitials(AnnotatedText text) {
        Set<String> out = new java.util.HashSet<>();
        Sentence title = text.sentences().get(0);
        String whole = text.title().strip();
        int colon = whole.indexOf(": ");
        if (!TitleColonNames.namesATask(title, title.size())) {
            out.addAll(initialsOf(whole));
            if (colon > 0) {
                out.addAll(initialsOf(whole.substring(colon + 2)));
            }
        }
        if (colon > 0 && headingNamesAThing(text)) {
            out.addAll(initialsOf(whole.substring(0, colon)));
        }
        return out;
    }

    /**
     * True when lower-case words are glued to a run of capitals, or hang on a name after a hyphen: "GPOnot",
     * "scalableSTKR", "HRF-mechanism" are a name and a word that lost the space or the hyphen between them (not
     * "Latent-CCM" or "iPCF").
     */
    static boolean gluedToLowerCaseWords(String name) {
        int hyphen = name.lastIndexOf('-');
        if (hyphen > 0 && hyphen + 1 < name.length()
                && name.substring(hyphen + 1).chars().allMatch(Character::isLowerCase)) {
            return true;
        }
        for (int i = 0; i + 3 < name.length(); i++) {
            boolean capitalsThenWord = Character.isUpperCase(name.charAt(i))
                    && Character.isUpperCase(name.charAt(i + 1)) && Character.isLowerCase(name.charAt(i + 2))
                    && Character.isLowerCase(name.charAt(i + 3));
            boolean wordThenCapitals = Character.isLowerCase(name.charAt(i))
                    && Character.isLowerCase(name.charAt(i + 1)) && Character.isUpperCase(name.charAt(i + 2))
                    && Character.isUpperCase(name.charAt(i + 3));
            if (capitalsThenWord || wordThenCapitals) {
                return true;
            }
        }
        return false;
    }

    /**
     * The initials of a phrase's words, with and without its function words, a hyphenated word giving one initial or
     * one per part: "Physics-Informed Neural Networks" gives "PINN" and "PNN".
     */
    static Set<String> initialsOf(String phrase) {
        List<String> words = new ArrayList<>();
        for (String w : TITLE_WORD_BREAKS.split(phrase)) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        Set<String> out = new java.util.HashSet<>();
        for (Set<String> skipped : List.of(Set.<String>of(), TITLE_ARTICLES, TITLE_FUNCTION_WORDS)) {
            StringBuilder each = new StringBuilder();
            StringBuilder parts = new StringBuilder();
            for (String w : words) {
                if (skipped.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                    continue;
                }
                appendInitial(each, w);
                for (String part : w.split("-")) {
                    appendInitial(parts, part);
                }
            }
            out.add(each.toString());
            out.add(parts.toString());
        }
        return out;
    }

    /** Appends the word's first letter in upper case: "3D" gives "D"; a word without letters gives nothing. */
    static void appendInitial(StringBuilder initials, String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                initials.append(Character.toUpperCase(word.charAt(i)));
                return;
            }
        }
    }

    /** True when the title's part before its colon opens with no verb and names no task. */
    static boolean headingNamesAThing(AnnotatedText text) {
        Sentence title = text.sentences().get(0);
        int colon = TitleNameFinder.colonAt(title, title.size());
        return colon >= 0 && !TitleNameFinder.opensWithAVerb(title) && !TitleColonNames.namesATask(title, colon);
    }

    /**
     * Letters and digits in lower case, without an opening "the" or a closing plural s:
     * "neighborhoodattentiontransformer" ("queries" and "query" alike).
     */
    static String wordsOnly(String phrase) {
        String key = org.paperkg.corpus.TitleKey.of(LEADING_THE.matcher(phrase.strip()).replaceFirst(""));
        return key.endsWith("ies") ? key.substring(0, key.length() - 3) + "y"
                : key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
    }

}
