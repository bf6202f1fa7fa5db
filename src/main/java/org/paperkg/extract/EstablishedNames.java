package org.paperkg.extract;

import static org.paperkg.extract.ProposalCues.EARLIER;
import static org.paperkg.extract.ProposalCues.LEADING_ARTICLE;
import static org.paperkg.extract.ProposalCues.NAMING_VERBS;
import static org.paperkg.extract.ProposalCues.NOVELTY;
import static org.paperkg.extract.ProposalCues.TRIGGERS;
import static org.paperkg.extract.ProposalCues.VARIANT_NOUNS;
import static org.paperkg.extract.ProposalCues.occurrences;

import java.util.List;
import java.util.Set;

/**
 * Signs that a name a proposing sentence holds is someone else's or established, for the rules of
 * {@link ProposalFinder}: it follows a naming verb after a known thing, cited authors named it ("coined Theory of Mind
 * (ToM) by Premack &amp; Woodruff"), the abstract says others proposed it, outperforms it or studies it as a task, a
 * sentence introduces it as established ("Adversarial training (AT) is a powerful …"), or it names others' methods of
 * a kind ("commonly used AL strategies").
 */
final class EstablishedNames {
    /** A present perfect that tells of a thing's record: "has been studied", "has shown excellent performance". */
    static final List<String> PRESENT_PERFECTS_OF_A_RECORD = List.of("has been ", "have been ", "has shown ",
            "have shown ", "has achieved ", "have achieved ");

    /** An apposition that calls a thing established: "a popular …", "a widely used …", "a … theory from …". */
    static final java.util.regex.Pattern APPOSED_AS_ESTABLISHED = java.util.regex.Pattern.compile(
            "an? (?:(?:popular|well-known|widely[- ]used|classic|classical|standard|established|prominent|influential"
                    + "|seminal)\\b|(?:[\\w-]+ ){0,3}(?:theory|model|framework|method|approach) from )");

    /** A word of the authors in a sentence: "we", "our". */
    static final java.util.regex.Pattern AUTHORS_WORD = java.util.regex.Pattern.compile("\\b(?:our|we)\\b");

    /** The opening of what a sentence calls new: "is a novel …", "are new …". */
    static final java.util.regex.Pattern NEW_THING = java.util.regex.Pattern.compile(
            "(?:is an?|are)(?: \\S+)? (?:novel|new)\\b");

    /** Verbs whose object is a task, not a name: "models that perform active feature acquisition (AFA)". */
    static final Set<String> TASK_VERBS = Set.of("perform", "study", "consider", "address", "tackle", "solve",
            "apply");

    static final Set<String> OTHERS_KINDS = Set.of("existing", "previous", "prior", "other", "common",
            "standard", "traditional", "conventional", "popular", "used", "current", "state-of-the-art", "classical",
            "classic", "mainstream", "prevalent", "most", "many");

    /** Words that govern a thing the authors use: "using a … model called X", "with a tool named X". */
    static final Set<String> USING_WORDS = Set.of("using", "with", "via");

    private EstablishedNames() {
    }

    /**
     * True when a sentence opens with a long form of the name and its short form in parentheses, then "is a" or "are":
     * "Adversarial training (AT) is a powerful regularization method for …"; or when a sentence not of the authors'
     * says the name "has been" something: "Although Nesterov's accelerated gradient method (AGM) has been studied …".
     */
    static boolean introducedAsEstablished(AnnotatedText text, String name, Set<String> longForms) {
        if (longForms == null) {
            return false;
        }
        for (Sentence s : text.sentences()) {
            // (after an article too: "An energy-based model (EBM) is a popular generative framework")
            String sentence = LEADING_ARTICLE.matcher(text.text().substring(s.begin(), s.end()))
                    .replaceFirst("").toLowerCase(java.util.Locale.ROOT);
            for (String longForm : longForms) {
                String opening = (longForm + " (" + name + ") ").toLowerCase(java.util.Locale.ROOT);
                // (the short form in the plural too: "Anytime neural networks (AnytimeNNs) are a promising …")
                String plural = (longForm + " (" + name + "s) ").toLowerCase(java.util.Locale.ROOT);
                if (sentence.startsWith(plural + "are ")) {
                    opening = plural;
                }
                // (not a new thing: "X (Y) is a novel framework that …")
                if ((sentence.startsWith(opening + "is a") || sentence.startsWith(opening + "are "))
                        && !NEW_THING.matcher(sentence.substring(opening.length())).lookingAt()) {
                    return true;
                }
                // "Although Nesterov's accelerated gradient method (AGM) has been studied from various perspectives",
                // "a … policy called Thompson sampling (TS) has shown excellent performance"
                int at = -1;
                for (String perfect : PRESENT_PERFECTS_OF_A_RECORD) {
                    at = sentence.indexOf(opening + perfect);
                    if (at >= 0) {
                        break;
                    }
                }
                if (at >= 0 && !AUTHORS_WORD.matcher(sentence.substring(0, at)).find()) {
                    return true;
                }
                // "the Stereotype Content Model (SCM), a comprehensive causal theory from social psychology": an
                // apposition that calls it established or gives where it comes from
                String apposed = (longForm + " (" + name + "), ").toLowerCase(java.util.Locale.ROOT);
                int apposition = sentence.indexOf(apposed);
                if (apposition >= 0 && APPOSED_AS_ESTABLISHED.matcher(sentence)
                        .region(apposition + apposed.length(), sentence.length()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the abstract writes a long form as what a verb of study or of a task governs: "We study contextual
     * combinatorial bandits with probabilistically triggered arms (C2MAB-T)" under a title of the same words poses
     * the problem the paper solves, not its method.
     */
    static boolean studiedAsATask(AnnotatedText text, Set<String> longForms) {
        String lower = text.text().toLowerCase(java.util.Locale.ROOT);
        for (String longForm : longForms) {
            String key = longForm.toLowerCase(java.util.Locale.ROOT);
            for (PhraseSearch.WordMatch m : PhraseSearch.wordMatches(text, lower, key, text.titleLength())) {
                int first = m.sentence().tokenIndexAt(m.span().begin());
                if (first > 0 && TASK_VERBS.contains(m.sentence().token(first - 1).lemma())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the sentence opens the abstract, names no authors and calls nothing new, and a later sentence has the
     * authors propose something: the sentence tells what others did.
     */
    static boolean setsTheSceneForTheAuthors(AnnotatedText text, Sentence s) {
        List<Sentence> sentences = text.abstractSentences();
        if (sentences.isEmpty() || sentences.get(0) != s || AuthorSubject.named(s)
                || s.tokens().stream().anyMatch(t -> t.lower().equals("novel") || t.lower().equals("new"))) {
            return false;
        }
        return AuthorSubject.authorsUseAVerbOf(sentences.subList(1, sentences.size()), TriggeredPhraseFinder.TRIGGERS);
    }

    /**
     * True when the abstract says that others proposed the title's name: "Lately proposed Word Sense Disambiguation
     * (WSD) systems …" after the title "Word Sense Disambiguation: Towards …".
     */
    static boolean proposedEarlierByOthers(AnnotatedText text, String name) {
        for (PhraseSearch.WordMatch m : occurrences(text, name, text.titleLength())) {
            Sentence s = m.sentence();
            int k = s.tokenIndexAt(m.span().begin());
            if (k >= 2 && s.token(k).begin() == m.span().begin() && TRIGGERS.contains(s.token(k - 1).lemma())
                    && EARLIER.contains(s.token(k - 2).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the text writes the name between a word for others' work and a plural method noun, the name of a
     * kind: "commonly used AL strategies", "other common AL methods", "existing decentralized AC algorithms",
     * "standard DFKD approaches" (one modifier may stand between); or the name's own plural after such a word, a short
     * form that counts others' models: "existing CBMs and their variants".
     */
    static boolean namesOthersMethodsOfAKind(AnnotatedText text, String name) {
        if (Names.isAcronym(name) && othersPlural(text, name + "s")) {
            return true;
        }
        for (PhraseSearch.WordMatch m : occurrences(text, name, text.titleLength())) {
            Sentence s = m.sentence();
            int first = s.tokenIndexAt(m.span().begin());
            int last = s.tokenIndexAt(m.span().end() - 1);
            if (first < 1 || s.token(first).begin() != m.span().begin() || s.token(last).end() != m.span().end()
                    || last + 1 >= s.size() || !pluralMethodNoun(s.token(last + 1))) {
                continue;
            }
            if (othersWordBefore(s, first)) {
                return true;
            }
        }
        return false;
    }

    /** True when a word for others' work stands right before the plural, past one modifier: "existing CBMs". */
    static boolean othersPlural(AnnotatedText text, String plural) {
        for (Sentence s : text.abstractSentences()) {
            for (int i = 1; i < s.size(); i++) {
                if (s.token(i).word().equals(plural) && othersWordBefore(s, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a word for others' work ({@link #OTHERS_KINDS}) stands before {@code first}, past one modifier. */
    static boolean othersWordBefore(Sentence s, int first) {
        for (int k = first - 1; k >= 0 && k >= first - 2; k--) {
            if (OTHERS_KINDS.contains(s.token(k).lower())) {
                return true;
            }
            if (!s.token(k).pos().startsWith("JJ") && !s.token(k).pos().equals("VBN")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "methods", and "approaches" that the tagger reads as a verb: "standard DFKD approaches in …"; not "variants",
     * which are versions of the name ("All three GTR variants achieve …").
     */
    static boolean pluralMethodNoun(Token t) {
        return (t.pos().equals("NNS") || t.pos().equals("VBZ")) && !t.lemma().equals(t.lower())
                && TypeCues.METHOD_HEADS.contains(t.lemma()) && !VARIANT_NOUNS.contains(t.lemma());
    }

    /**
     * True when the abstract says that something does better than the name, which makes it a baseline, though a long
     * form of the title's head spells it out: "QARL outperforming RARL" under "Robust Adversarial Reinforcement
     * Learning via Bounded Rationality Curricula", where "Robust Adversarial Reinforcement Learning (RARL) trains …".
     */
    static boolean outperformedInTheText(AnnotatedText text, String name) {
        for (PhraseSearch.WordMatch m : occurrences(text, name, text.titleLength())) {
            Sentence s = m.sentence();
            int k = s.tokenIndexAt(m.span().begin()) - 1;
            if (k >= 0 && s.token(k).lower().equals("the")) {
                k--;
            }
            if (MethodCues.outperformingVerbAt(s, k) || k >= 0 && s.token(k).lower().equals("than")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when "by" and a capitalised name follow the name that ends at {@code last}, or its short form in
     * parentheses: "coined Theory of Mind (ToM) by Premack & Woodruff (1978)" names someone else's notion.
     */
    static boolean namedByCitedAuthors(Sentence s, int last) {
        int k = PhraseSyntax.pastItsShortForm(s, last + 1);
        return k + 1 < s.size() && s.token(k).lower().equals("by") && s.token(k + 1).pos().equals("NNP")
                && Character.isUpperCase(s.token(k + 1).word().charAt(0));
    }

    /** True when the name at {@code first} follows a naming verb after a known thing ({@link #namesAKnownThing}). */
    static boolean calledAKnownThing(Sentence s, int first) {
        return first >= 1 && NAMING_VERBS.contains(s.token(first - 1).lemma()) && namesAKnownThing(s, first - 1);
    }

    /**
     * True when a naming verb before the name at {@code first} names a thing that "using", "with" or "via" governs,
     * with no word of novelty: "We developed a system for this task using a pre-trained language representation model
     * called BERT" (the system is the paper's, the model one it uses; asked of well-known names only, since the
     * authors' own part may be so named, "evaluate … with a holistic evaluation framework called SOTOPIA-Eval").
     */
    static boolean calledAUsedThing(Sentence s, int first) {
        int verb = first - 1;
        if (verb < 3 || !NAMING_VERBS.contains(s.token(verb).lemma())) {
            return false;
        }
        int k = verb - 1;
        while (k >= 0 && verb - k <= 6 && (s.token(k).pos().startsWith("NN") || s.token(k).pos().startsWith("JJ")
                || s.token(k).pos().equals("HYPH") || s.token(k).pos().equals("VBN"))) {
            if (NOVELTY.contains(s.token(k).lower())) {
                return false;
            }
            k--;
        }
        return k >= 1 && k < verb - 1 && TypeCues.ARTICLES.contains(s.token(k).lower())
                && USING_WORDS.contains(s.token(k - 1).lower());
    }

    /**
     * True when "the" opens the noun phrase right before the naming verb at {@code verb}: "the belief theory called
     * X" is a thing the reader is taken to know, not one the authors name.
     */
    static boolean namesAKnownThing(Sentence s, int verb) {
        int k = verb - 1;
        while (k >= 0 && verb - k <= 4 && (s.token(k).pos().startsWith("NN") || s.token(k).pos().startsWith("JJ"))) {
            k--;
        }
        if (k < 0 || k >= verb - 1 || !s.token(k).lower().equals("the")) {
            return false;
        }
        // (but "a novel component to the standard UMT framework called CBD", "a new formalization of the task called
        // MQAR" name the new thing, and so does a phrase that calls itself new, "we propose the first schema
        // translation model called CAST")
        for (int j = Math.max(0, k - 6); j < verb; j++) {
            if (NOVELTY.contains(s.token(j).lower())) {
                return false;
            }
        }
        return true;
    }
}
