package org.paperkg.extract;

import java.util.List;
import java.util.Set;

/**
 * The words and token patterns that the proposal rules read around a name: the verbs that make something ("we
 * propose", "called"), words of novelty and of establishment, who the subject is, and the small shapes of a clause
 * (a passive of a trigger, an apposition, adjectives joined by "but").
 */
final class ProposalCues {
    /** Verbs that make or name what a paper brings: "we propose X", "we call it X". */
    static final Set<String> TRIGGERS = Set.of("propose", "introduce", "present", "develop", "design",
            "devise", "build", "create", "contribute", "construct", "release", "curate", "collect", "formulate",
            "call", "dub", "nickname", "name", "term", "coin", "establish", "offer", "put");
    /** Words that call a thing new: "a novel method, X". */
    static final Set<String> NOVELTY = Set.of("novel", "new", "simple", "unified", "general", "principled",
            "first");
    /**
     * Words that make a name after them someone else's, a baseline or what the new thing builds on: "better than X",
     * "unlike X", "such as X", "compared with X", "extends X".
     */
    static final Set<String> COMPARISONS = Set.of("than", "unlike", "against", "such", "e.g.", "including",
            "like", "outperform", "outperforms", "surpass", "surpasses", "compare", "compared", "versus", "vs", "vs.",
            "existing", "previous", "prior", "extend", "extends", "upon", "over", "beyond", "comparison",
            "comparisons");
    /** Verbs that give a name: "called X", "dubbed X". */
    static final Set<String> NAMING_VERBS = Set.of("call", "dub", "nickname", "name", "term", "coin", "denote");
    /** Triggers that always make something new, never only show it. */
    static final Set<String> CREATING_VERBS = Set.of("propose", "introduce", "design", "develop", "devise",
            "build", "construct", "create");
    static final Set<String> AND_OR = Set.of("and", "or");
    /** Words that open the names a phrase announces: "two methods, namely X and Y". */
    static final Set<String> NAMELY = Set.of("namely", "i.e.", "viz.");

    /** Where "namely" ("i.e.", "viz.") stands before the name at {@code first}: right before it or before a comma. */
    static int namelyBefore(Sentence s, int first) {
        if (first >= 1 && NAMELY.contains(s.token(first - 1).lower())) {
            return first - 1;
        }
        if (first >= 2 && s.token(first - 1).word().equals(",") && NAMELY.contains(s.token(first - 2).lower())) {
            return first - 2;
        }
        return -1;
    }

    /**
     * Adverbs that date a participle before the work at hand: "the recently introduced X", "X is proposed recently".
     */
    static final Set<String> EARLIER = Set.of("recently", "previously", "originally", "earlier", "already", "lately");
    /** Words that count the things a plural announces: "two new attentions", "several modules". */
    private static final Set<String> COUNTS = Set.of("two", "three", "four", "five", "six", "several");
    /** Forms of "be" before a trigger's participle: "X is proposed". */
    static final Set<String> BE_BEFORE_TRIGGER = Set.of("is", "are", "be", "was");
    /** Words that describe a thing as one already in use: "a state-of-the-art SAT solver called Kissat". */
    static final Set<String> ESTABLISHED = Set.of("state-of-the-art", "popular", "widely", "well-known",
            "existing", "standard", "classic", "classical", "conventional", "prevalent", "famous", "established",
            "off-the-shelf");

    /** Nouns of a report on work, not of a thing made: "we present a study of …", "we present results using …". */
    private static final Set<String> REPORT_NOUNS = Set.of("study", "analysis", "investigation", "evaluation",
            "comparison", "experiment", "result", "finding", "survey", "review", "examination", "assessment",
            "exploration");

    /** Verbs that present a thing, beside the triggers: "we describe a prototype system called X". */
    private static final Set<String> PRESENTING_VERBS = Set.of("describe");
    /** Verbs by which the authors name a thing in the active voice: "we call it X", "which we refer to as X". */
    private static final Set<String> ACTIVE_NAMING_VERBS = Set.of("call", "dub", "name", "term", "coin", "refer");

    private ProposalCues() {
    }

    /**
     * True when the sentence makes or presents something (a trigger that is no naming verb, or "describe"), or names
     * a thing in the active voice ("we call", "which we refer to as"), not only by a participle ("termed X").
     */
    static boolean makesOrNamesActively(Sentence s) {
        for (int k = 0; k < s.size(); k++) {
            Token t = s.token(k);
            boolean making = TRIGGERS.contains(t.lemma()) && !NAMING_VERBS.contains(t.lemma())
                    || PRESENTING_VERBS.contains(t.lemma());
            boolean namingActively = ACTIVE_NAMING_VERBS.contains(t.lemma())
                    && TypeCues.FINITE_VERB_TAGS.contains(t.pos());
            if ((making && t.pos().startsWith("VB")) || namingActively) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the trigger at {@code k} presents a report and the apposition that {@code sep} opens renames a noun
     * in the report's complement: "we present an extensive study of planning depth for a classic algorithm, X", "we
     * present adaptation results using A, X, and B" (X is studied or used there, not made); not when the complement
     * calls that noun the authors' own or new, "the results of our novel planner, X", nor when the apposition renames
     * the report itself, "a new benchmark study, X".
     */
    static boolean reportsOnTheRenamedNoun(Sentence s, int k, int sep) {
        int head = -1;
        int j = k + 1;
        for (; j < sep; j++) {
            String pos = s.token(j).pos();
            if (pos.startsWith("NN")) {
                head = j;
            } else if (!pos.equals("DT") && !pos.startsWith("JJ") && !pos.equals("CD") && !pos.startsWith("RB")
                    && !pos.equals("HYPH")) {
                break;
            }
        }
        if (head < 0 || j >= sep || !REPORT_NOUNS.contains(s.token(head).lemma())) {
            return false;
        }
        for (int m = j; m < sep; m++) {
            if (s.token(m).pos().equals("PRP$") || NOVELTY.contains(s.token(m).lower())) {
                return false;
            }
        }
        return true;
    }

    /** True when the token counts things: a count word or a number in digits ("two algorithms", "3 baselines"). */
    static boolean countsThings(Token t) {
        return COUNTS.contains(t.lower()) || t.pos().equals("CD") && t.word().chars().allMatch(Character::isDigit);
    }

    /**
     * A verb that makes something: the tagger also reads "and present X" as an adjective ("we propose …, and present
     * GMSA, an attack framework"), and a verb after "we" as a noun, but "past and present methods" describes, and so
     * does "the established X".
     */
    static boolean isTriggerVerb(Sentence s, int k) {
        Token t = s.token(k);
        // (not a participle that calls a thing one in use: "on the established ImageNet benchmark")
        if (!TRIGGERS.contains(t.lemma()) || ESTABLISHED.contains(t.lower()) && k > 0
                && (s.token(k - 1).pos().equals("DT") || s.token(k - 1).pos().startsWith("RB"))) {
            return false;
        }
        return t.pos().startsWith("VB") || (t.lower().equals("present") && k >= 2 && s.token(k - 1).lower().equals("and")
                && !s.token(k - 2).lower().equals("past")) || afterWe(s, k);
    }

    /**
     * True when "we" stands right before the token at {@code k}, or before an adverb there: the word is the authors'
     * verb, whatever the tagger read ("We design|NN efficient algorithms X and Y", "we then design|NN …").
     */
    private static boolean afterWe(Sentence s, int k) {
        int before = k >= 2 && s.token(k - 1).pos().startsWith("RB") ? k - 2 : k - 1;
        return before >= 0 && s.token(before).lower().equals("we");
    }

    /**
     * "we design and analyze X": a verb of making conjoined with the verb at {@code k}, right before the name, governs
     * the name too (not "we present and discuss Mamba as special cases of our model", where the first verb only shows
     * it). The tagger may take the first verb for a noun ("We design|NN and analyze X"); after "to" it makes nothing
     * ("a method for learning to design and control VSRs").
     */
    static boolean conjoinedWithAMakingVerb(Sentence s, int k) {
        if (k < 2 || !s.token(k).pos().startsWith("VB") || !AND_OR.contains(s.token(k - 1).lower())
                || !CREATING_VERBS.contains(s.token(k - 2).lemma())) {
            return false;
        }
        String before = k >= 3 ? s.token(k - 3).lower() : "";
        // (not in a relative clause, whose subject is the thing made: "PEDA, a family of algorithms that builds and
        // extends Decision Transformers")
        return (s.token(k - 2).pos().startsWith("VB") || before.equals("we")) && !before.equals("to")
                && !before.equals("that") && !before.equals("which");
    }

    /**
     * True when the token at {@code close} closes a parenthesis around one plain word, which reads as optional:
     * "(Stochastic)" in "we develop the (Stochastic) Forward-Backward … (FB-GVI) algorithm"; not a short form, "(EF)",
     * "(TEG)", nor a letter, "(p)GST".
     */
    static boolean optionalWordInParentheses(Sentence s, int close) {
        return close >= 2 && s.token(close).word().equals(")") && s.token(close - 2).word().equals("(")
                && Names.TITLE_CASE_WORD.matcher(s.token(close - 1).word()).matches();
    }

    /** True when a token strictly between {@code from} and {@code to} passes {@code test}. */
    static boolean anyBetween(Sentence s, int from, int to, java.util.function.Predicate<Token> test) {
        for (int k = from + 1; k < to; k++) {
            if (test.test(s.token(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when token {@code k} gives a name: a naming verb ("called X", "dubbed X"), or "so-called" after a comma ("a
     * reweighted sampler, so-called ridge tempered Langevin dynamics (RTLD)"; "the so-called neural tangent kernel"
     * is a term already in use).
     */
    static boolean namingWordAt(Sentence s, int k) {
        String lemma = s.token(k).lemma();
        return NAMING_VERBS.contains(lemma) || lemma.equals("so-called") && k > 0 && s.token(k - 1).word().equals(",");
    }

    /**
     * True when token {@code k} is "our" or the "proposed" of "the proposed": what follows is the authors' own ("our
     * approach, X", "the proposed approach, X", not "a recently proposed method").
     */
    static boolean authorsOwnAt(Sentence s, int k) {
        String w = s.token(k).lower();
        return w.equals("our") || w.equals("proposed") && k > 0 && s.token(k - 1).lower().equals("the");
    }

    /** An article, "this", "our" or a word of novelty: "we formulate this strategy (SA-FAS)". */
    static boolean articleOrNovelty(Token t) {
        String w = t.lower();
        return TypeCues.ARTICLES.contains(w) || NOVELTY.contains(w) || w.equals("this") || w.equals("our");
    }

    /**
     * "a" or "an", a word of novelty or a method or dataset noun: "an accelerated version of … -- ASVRCD", "three
     * corruption robustness benchmarks---KITTI-C, …" (not "two lexical resources -- WordNet …").
     */
    static boolean marksSomethingNew(Token t) {
        return TypeCues.INDEFINITE_ARTICLES.contains(t.lower()) || NOVELTY.contains(t.lower()) || TypeCues.METHOD_HEADS.contains(t.lemma())
                || TypeCues.DATASET_HEADS.contains(t.lemma());
    }

    /** "a … method, FedDA, …", "a new method, called as sparse shrunk additive models (SSAM), …". */
    static boolean inApposition(Sentence s, int first) {
        int k = first - 1;
        if (k >= 0 && s.token(k).lower().equals("as")) {
            k--;
        }
        return k >= 0 && (s.token(k).word().equals(",") || (NAMING_VERBS.contains(s.token(k).lemma())
                && k > 0 && s.token(k - 1).word().equals(",")));
    }

    /**
     * True when the token at {@code be} is one of {@code beForms} and a trigger's participle follows, with no agent
     * after it: "X is proposed", not "X was introduced by Smith".
     */
    static boolean passiveOfATrigger(Sentence s, int be, Set<String> beForms) {
        // ("put" proposes only as "put forward": "if the layer normalization is put inside the blocks" places it)
        // (nor a participle an adverb dates: "a simple one, called Flooding, is proposed recently")
        return be + 1 < s.size() && beForms.contains(s.token(be).lower()) && TRIGGERS.contains(s.token(be + 1).lemma())
                && s.token(be + 1).pos().equals("VBN") && !byAnAgent(s, be + 2)
                && !(be + 2 < s.size() && EARLIER.contains(s.token(be + 2).lower())) && !datedInThePast(s, be + 2)
                && (!s.token(be + 1).lemma().equals("put")
                        || be + 2 < s.size() && s.token(be + 2).lower().equals("forward"));
    }

    /**
     * True when the clause from {@code k} on dates what was done before the paper: "was proposed almost a decade ago",
     * "was introduced in 2014", "was proposed (Seide et al., 2014)".
     */
    static boolean datedInThePast(Sentence s, int k) {
        for (int j = k; j < s.size() && j <= k + 6; j++) {
            String w = s.token(j).lower();
            if (w.equals(",") || w.equals(";") || w.equals(".")) {
                return false;
            }
            boolean yearAfterIn = w.equals("in") && j + 1 < s.size()
                    && Names.YEAR.matcher(s.token(j + 1).word()).matches();
            if (w.equals("ago") || yearAfterIn) {
                return true;
            }
            if (w.equals("(") || w.equals("-lrb-")) {
                for (int c = j + 1; c < s.size() && c <= j + 10 && !s.token(c).word().equals(")"); c++) {
                    if (Names.YEAR.matcher(s.token(c).word()).matches()) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** "by Smith et al.", not "by combining …": a passive's agent, which is someone else. */
    static boolean byAnAgent(Sentence s, int k) {
        return k + 1 < s.size() && s.token(k).lower().equals("by") && !s.token(k + 1).pos().equals("VBG");
    }

    /**
     * "but", "yet", "and" or a comma joining two adjectives: "simple yet effective", "a generic, backward-stable", "a
     * simple, strong, and efficient" (a comma before "and" too), and "a fast, data-free editing method" (the tagger
     * reads an adjective right after an article as an adverb, a hyphenated one before a noun as a noun); the last of a
     * list may be a participle, "an Adaptive, Dynamic, and Automated framework".
     */
    static boolean betweenAdjectives(Sentence s, int k) {
        String w = s.token(k).lower();
        if (!(w.equals("but") || w.equals("yet") || w.equals(",") || w.equals("and")) || k < 1 || k + 2 >= s.size()) {
            return false;
        }
        Token before = s.token(k - 1);
        Token after = s.token(k + 1);
        if (before.pos().startsWith("JJ") && after.pos().startsWith("JJ")) {
            return true;
        }
        if (w.equals(",") && after.lower().equals("and") && before.pos().startsWith("JJ")
                && adjectiveOrParticiple(s.token(k + 2))) {
            return true;
        }
        // ("and" after the comma of such a list: "Dynamic, and Automated")
        if (w.equals("and") && before.word().equals(",") && k >= 2 && s.token(k - 2).pos().startsWith("JJ")
                && adjectiveOrParticiple(after)) {
            return true;
        }
        boolean adjectiveAfterArticle = k >= 2 && TypeCues.INDEFINITE_ARTICLES.contains(s.token(k - 2).lower())
                && (before.pos().startsWith("JJ") || before.pos().equals("RB"));
        boolean hyphenatedModifier = after.word().indexOf('-') > 0 && Character.isLowerCase(after.word().charAt(0))
                && (after.pos().startsWith("JJ") || after.pos().equals("NN")) && s.token(k + 2).pos().startsWith("NN");
        return w.equals(",") && adjectiveAfterArticle && (after.pos().startsWith("JJ") || hyphenatedModifier);
    }

    /** An adjective or a participle, which may end a list of adjectives: "Dynamic, and Automated". */
    private static boolean adjectiveOrParticiple(Token t) {
        return t.pos().startsWith("JJ") || t.pos().equals("VBN");
    }

    /**
     * "The resulting approach, called X", "This procedure -- dubbed X --": the verb names a method or dataset noun just
     * before it, or any noun that "a novel" or "a new" opens: "EDTI uses a novel intrinsic reward, called VoI".
     */
    static boolean namesAThing(Sentence s, int verb) {
        int k = nounBeforeNamingVerb(s, verb);
        if (k < 0) {
            return false;
        }
        String lemma = s.token(k).lemma();
        return TypeCues.METHOD_HEADS.contains(lemma) || TypeCues.DATASET_HEADS.contains(lemma)
                || (s.token(k).pos().startsWith("NN") && Character.isLowerCase(s.token(k).word().charAt(0))
                        && novelNounPhraseEndingAt(s, k));
    }

    /** True for "novel" or "new" at {@code k} (k at least 1) right after "a" or "an": "a novel method", "a new one". */
    static boolean novelAfterAnArticle(Sentence s, int k) {
        String w = s.token(k).lower();
        return (w.equals("novel") || w.equals("new")) && TypeCues.INDEFINITE_ARTICLES.contains(s.token(k - 1).lower());
    }

    /**
     * True when "a novel" or "a new" opens the noun phrase whose head is at {@code head}: "a novel intrinsic reward".
     */
    private static boolean novelNounPhraseEndingAt(Sentence s, int head) {
        for (int k = head - 1; k >= 1 && k >= head - 4; k--) {
            Token t = s.token(k);
            if (novelAfterAnArticle(s, k)) {
                return true;
            }
            if (!t.pos().startsWith("JJ") && !t.pos().startsWith("NN") && !t.pos().equals("VBN")) {
                return false;
            }
        }
        return false;
    }

    /** The token before the naming verb at {@code verb}, past a comma or a dash that sets the naming off. */
    private static int nounBeforeNamingVerb(Sentence s, int verb) {
        int k = verb - 1;
        // (the subject before a passive's "is": "A classical algorithm for DC problems is called the DC algorithm")
        if (k >= 1 && BE_BEFORE_TRIGGER.contains(s.token(k).lower()) && s.token(k - 1).pos().startsWith("NN")) {
            return k - 1;
        }
        return k >= 0 && (s.token(k).word().equals(",") || DASHES.contains(s.token(k).word())) ? k - 1 : k;
    }

    /**
     * True when the naming verb at {@code verb} names a setting, problem or field that nothing calls new: "this paper
     * studies … in a particular CL setting called domain incremental learning (DIL)" (but "a new setting called X").
     */
    static boolean namesATopic(Sentence s, int verb) {
        // (right before the verb: after a comma the noun may end a clause of its own, "a novel network to address
        // these problems, called X")
        int noun = verb - 1;
        if (noun < 0 || !DefinitionFilter.TOPIC_NOUNS.contains(s.token(noun).lower())) {
            return false;
        }
        return !anyBetween(s, Math.max(-1, noun - 11), noun, t -> NOVELTY.contains(t.lower()));
    }

    /**
     * True for "what is called X", "what are termed X": a name the text reports as in use ("triggered by what is
     * called chain-of-thought (CoT) prompting").
     */
    static boolean whatIsCalled(Sentence s, int verb) {
        return verb >= 2 && BE_BEFORE_TRIGGER.contains(s.token(verb - 1).lower())
                && s.token(verb - 2).lower().equals("what");
    }

    /**
     * True when the naming verb at {@code verb} names a thing that the words before it describe as established: "a
     * state-of-the-art SAT solver called Kissat", "the widely used tool, called X".
     */
    static boolean namesAnEstablishedThing(Sentence s, int verb) {
        int noun = nounBeforeNamingVerb(s, verb);
        if (noun < 0) {
            return false;
        }
        // (or the noun before a prepositional phrase: "the most widely used tool in interactive theorem proving called
        // X"), and a thing the authors only study or use is someone else's: "this paper re-examines a framework dubbed
        // X", "we use a low-rank tensor approximation technique called Tensor Train (TT)"
        int head = headBeforeAPrepositionalPhrase(s, noun);
        return describedAsEstablished(s, noun) || head >= 0 && describedAsEstablished(s, head)
                || studiedOrUsedBeforeNaming(s, head >= 0 ? head : noun,
                        verb > 0 && s.token(verb - 1).lower().equals("we"));
    }

    /** Verbs of studying a thing that exists: what they govern is not the authors' proposal. */
    private static final Set<String> STUDY_VERBS = Set.of("re-examine", "reexamine", "examine", "revisit", "analyze",
            "analyse", "investigate", "scrutinize", "scrutinise", "study");
    /**
     * Verbs of using a thing: what they govern as the clause's own verb is not the authors' proposal ("this paper
     * adopts a class of … models termed X"); a participle ("an approach using hypernetworks, termed X") or a relative
     * clause ("an extension that employs neural networks, called X") may describe what is proposed.
     */
    private static final Set<String> USE_VERBS = Set.of("use", "employ", "adopt", "utilize", "utilise", "leverage");
    private static final Set<String> FINITE_VERB_TAGS = Set.of("VBP", "VBZ", "VBD");
    static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "which", "who");

    /** Prepositions that open a phrase after the noun that a naming verb names: "a tool in theorem proving". */
    private static final Set<String> PHRASE_PREPOSITIONS = Set.of("in", "of", "for");

    /** The noun before "in", "of" or "for" that opens a phrase of nouns and adjectives up to {@code noun}, or -1. */
    private static int headBeforeAPrepositionalPhrase(Sentence s, int noun) {
        int k = noun;
        // (a capitalised participle is a word of a name: "a case of Iterated CVaR RL")
        while (k > 0 && noun - k < 4 && (s.token(k).pos().startsWith("NN") || s.token(k).pos().startsWith("JJ")
                || s.token(k).pos().equals("VBG") || s.token(k).pos().equals("HYPH")
                || Character.isUpperCase(s.token(k).word().charAt(0)))) {
            k--;
        }
        boolean preposition = k > 0 && k < noun && PHRASE_PREPOSITIONS.contains(s.token(k).lower());
        return preposition && s.token(k - 1).pos().startsWith("NN") ? k - 1 : -1;
    }

    /** Nouns of a thing made from another, which the authors make even where they study it: "an extension of X". */
    private static final Set<String> DERIVED_NOUNS = Set.of("extension", "variant", "version", "generalization",
            "generalisation");

    /**
     * True when the verb whose object ends at {@code noun} is a verb of study or use ("re-examines a … framework",
     * "we use a … technique called X"; not where the authors name it, "it uses an estimator, which we term X"),
     * alone:
     * not beside a verb of making ("we propose and analyze a framework called X"), nor of a thing called new ("we
     * study a new paradigm, called X") or derived ("an extension of X called Y").
     */
    private static boolean studiedOrUsedBeforeNaming(Sentence s, int noun, boolean namedByTheAuthors) {
        if (DERIVED_NOUNS.contains(s.token(noun).lemma())) {
            return false;
        }
        for (int k = noun - 1; k >= 0 && k >= noun - 6; k--) {
            Token t = s.token(k);
            if (NOVELTY.contains(t.lower())) {
                return false;
            }
            // (a participle after an adjective or an article modifies the noun: "investigate an interesting
            // limiting case of X, called Y")
            boolean modifier = (t.pos().equals("VBG") || t.pos().equals("VBN")) && k > 0
                    && (s.token(k - 1).pos().startsWith("JJ") || s.token(k - 1).pos().equals("DT"));
            if (t.pos().startsWith("VB") && !modifier) {
                boolean joined = k >= 2 && (s.token(k - 1).lower().equals("and") || s.token(k - 1).word().equals(","));
                boolean withAVerbOfMaking = joined && CREATING_VERBS.contains(s.token(k - 2).lemma());
                boolean used = !namedByTheAuthors && USE_VERBS.contains(t.lemma()) && FINITE_VERB_TAGS.contains(t.pos())
                        && !(k > 0 && RELATIVE_PRONOUNS.contains(s.token(k - 1).lower()));
                return (STUDY_VERBS.contains(t.lemma()) || used) && !withAVerbOfMaking;
            }
        }
        return false;
    }

    /** Adjectives that date a thing before the paper: "a recent method called X", "a prior framework named Y". */
    private static final Set<String> DATED_BEFORE = Set.of("recent", "previous", "prior", "earlier");

    static final Set<String> DASHES = Set.of("--", "---", "\u2014", "\u2013");

    /** Nouns of a variant, which a name right after them names: "a simplified version SHE". */
    static final Set<String> VARIANT_NOUNS = Set.of("version", "variant", "extension", "generalization",
            "generalisation");

    /**
     * Nouns of a kind: "a new class of continuous NFs, …" renames the class; "three classes of Neural SDEs" are of a
     * kind that was there before them.
     */
    static final Set<String> KIND_NOUNS = Set.of("class", "family", "kind", "type");

    /**
     * Nouns whose "of" phrase may name what is made: "a new family of X", "a suite of X", "the concept of X", "we
     * present an overview of X, a … system".
     */
    static final Set<String> MAKING_OF_NOUNS = Set.of("family", "class", "suite", "set", "series",
            "collection", "kind", "type", "generation", "hierarchy", "concept", "notion", "idea", "paradigm",
            "overview", "description");

    /** Participles that make a name before them a modifier when written apart: "an MPC based protocol". */
    static final Set<String> MODIFIER_PARTICIPLES = Set.of("based", "driven", "guided", "inspired", "style",
            "like", "type", "aware", "enhanced", "augmented", "assisted", "powered", "free");

    static final java.util.regex.Pattern LEADING_ARTICLE = java.util.regex.Pattern.compile("^(?:An?|The)\\s+");

    /**
     * True when the modifiers of the noun at {@code noun} say it is established (see {@link #ESTABLISHED}) or older
     * than the paper ("a recent method called X", "a recently proposed method called X").
     */
    static boolean describedAsEstablished(Sentence s, int noun) {
        for (int k = noun - 1; k >= 0 && k >= noun - 6; k--) {
            Token t = s.token(k);
            if (ESTABLISHED.contains(t.lower()) || DATED_BEFORE.contains(t.lower()) || EARLIER.contains(t.lower())) {
                return true;
            }
            if (!t.pos().startsWith("NN") && !t.pos().startsWith("JJ") && !t.pos().startsWith("RB")
                    && !t.pos().equals("VBN") && !t.pos().equals("HYPH")) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the trigger at {@code trigger} is the authors' doing: "we" or the paper is its subject, the sentence
     * opens with a name of the paper's own, or it is a passive without a subject ("X is proposed").
     */
    static boolean subjectBefore(Sentence s, int trigger, Set<String> ownNames) {
        AuthorSubject subject = AuthorSubject.before(s, trigger);
        if (subject == AuthorSubject.AUTHORS || (trigger > 0 && ownNames.contains(s.token(0).word()))) {
            return true;
        }
        // passive: "X is proposed", "a new model is introduced"
        return subject == AuthorSubject.NONE && trigger > 0
                && BE_BEFORE_TRIGGER.contains(s.token(trigger - 1).lower());
    }

    /**
     * The token after a name that ends at {@code last}, past the parenthesis that closes around a short form and a
     * parenthesised group after it: "DLG" in "Denoising Langevin Gibbs (DLG), an …" is followed by the comma.
     */
    static int afterTheName(Sentence s, int last) {
        return PhraseSyntax.pastParentheses(s,
                last + 1 < s.size() && s.token(last + 1).word().equals(")") ? last + 2 : last + 1);
    }

    /** Where a name or phrase occurs in the text from {@code from} on as whole words, whatever its case. */
    static List<PhraseSearch.WordMatch> occurrences(AnnotatedText text, String phrase, int from) {
        return PhraseSearch.wordMatches(text, text.text().toLowerCase(java.util.Locale.ROOT),
                phrase.toLowerCase(java.util.Locale.ROOT), from);
    }

    /** Where the clause of the token at {@code k} starts: after the last ", and", ", but" or ";" before it, else 0. */
    static int clauseStart(Sentence s, int k) {
        for (int j = k - 1; j >= 1; j--) {
            String w = s.token(j).lower();
            if (w.equals(";") || (w.equals("and") || w.equals("but")) && s.token(j - 1).word().equals(",")) {
                return j + 1;
            }
        }
        return 0;
    }

    /**
     * True when a plain capitalised word right before or after a short form in capitals makes it part of a longer
     * name: "our Energy-guided Entropic OT approach" (after "Optimal Transport (OT)"), "our UGC Live VQA database";
     * not a method or data noun after it, "our QUILL Transformer".
     */
    static boolean partOfALongerName(Sentence s, int name) {
        if (!Names.isAcronym(s.token(name).word())) {
            return false;
        }
        String nextLemma = name + 1 < s.size() ? s.token(name + 1).lemma().toLowerCase(java.util.Locale.ROOT) : "";
        return name >= 2 && plainCapitalisedWord(s.token(name - 1))
                || name + 1 < s.size() && plainCapitalisedWord(s.token(name + 1))
                        && !TypeCues.METHOD_HEADS.contains(nextLemma) && !TypeCues.DATASET_HEADS.contains(nextLemma);
    }

    /** A capitalised word that is neither coined nor a function word: "Entropic", "Live". */
    static boolean plainCapitalisedWord(Token t) {
        return Character.isUpperCase(t.word().charAt(0)) && !Names.isCoined(t.word())
                && !Names.FUNCTION_WORDS.contains(t.lower());
    }

    /** True when "et al." opens at {@code k}: a cited work's authors. */
    static boolean citesAWorkAt(Sentence s, int k) {
        return k + 1 < s.size() && s.token(k).lower().equals("et") && s.token(k + 1).lower().startsWith("al");
    }
}
