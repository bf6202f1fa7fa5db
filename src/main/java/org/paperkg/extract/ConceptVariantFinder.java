package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds named variants of a concept written as capitalised or coined words before the concept's acronym: "TopK
 * SAEs", "Mutual Choice SAEs", "Attention Output SAEs" name methods, where "SAEs" alone is the concept. Not in the
 * title, nor a run of words that opens its sentence with a plain capitalised word ("Existing Video VAEs"). A
 * capitalised word hyphenated to the acronym names one too ("Tensor-GP", "Slot-VAE"), unless it describes
 * ("Deep-RL", "Meta-RL", "Hierarchical-GNN").
 */
final class ConceptVariantFinder {
    private static final int LONGEST_MODIFIER = 3;
    /** Endings of adjectives and participles. */
    private static final Pattern ADJECTIVE_ENDING =
            Pattern.compile("(al|ive|ed|ic|ous|ian|ing|less|ful|able|ible|ary|ar|shaped)$");
    /** Adjectives that describe a concept rather than name a variant of it: "Deep CNN", "Conditional GAN". */
    private static final Set<String> DESCRIPTIVE = Set.of("deep", "shallow", "large", "small",
            "standard", "vanilla", "conditional", "existing", "original", "modern", "classical", "traditional",
            "conventional", "pretrained", "pre-trained", "neural", "simple", "typical", "generic", "multimodal",
            "sparse", "dense", "meta", "offline", "online");
    /** A capitalised word, the first part of "Tensor-GP". */
    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}\\p{Ll}{2,}");

    private final Lexicon lexicon;
    private final ConceptLabels conceptLabels;

    ConceptVariantFinder(Lexicon lexicon, ConceptLabels conceptLabels) {
        this.lexicon = lexicon;
        this.conceptLabels = conceptLabels;
    }

    List<NameOccurrence> find(AnnotatedText text) {
        List<NameOccurrence> out = new ArrayList<>();
        for (Sentence s : text.abstractSentences()) {
            for (int i = 1; i < s.size(); i++) {
                // (an acronym in mixed case too: "Soft MoE", "QLoRA"-like variants of "MoE" and "LoRA")
                String word = s.token(i).word();
                if ((Names.isAcronym(word) || Names.isCoined(word)) && conceptLabels.isAcronymLabel(Names.singular(word))) {
                    variantEndingAt(text, s, i).ifPresent(out::add);
                }
            }
            for (Token t : s.tokens()) {
                if (isHyphenatedVariant(t)) {
                    out.add(new NameOccurrence(Names.singular(t.word()), new Span(t.begin(), t.end()), s, "concept-variant"));
                }
            }
        }
        return out;
    }

    /**
     * "Tensor-GP", "Diffusion-GAN", "Slot-VAEs": one capitalised word of its own, a hyphen and a concept's acronym;
     * not a word that reads as an adjective ("Progressive-GAN", "Hierarchical-GNN"), a describing one ("Deep-RL",
     * "Meta-RL") or a concept word ("Transformer-CNN").
     */
    private boolean isHyphenatedVariant(Token t) {
        String word = t.word();
        int hyphen = word.indexOf('-');
        if (hyphen < 3 || word.indexOf('-', hyphen + 1) >= 0) {
            return false;
        }
        String head = word.substring(0, hyphen);
        String acronym = word.substring(hyphen + 1);
        return (Names.isAcronym(acronym) || Names.isCoined(acronym))
                && conceptLabels.isAcronymLabel(Names.singular(acronym))
                && CAPITALISED_WORD.matcher(head).matches() && isModifierWord(head) && !conceptLabels.isLabel(head)
                && !ADJECTIVE_ENDING.matcher(head.toLowerCase(Locale.ROOT)).find();
    }

    /** Item markers: "(i)", "(2)", "b)". */
    private static final java.util.regex.Pattern ITEM_MARK = java.util.regex.Pattern.compile("[ivx]+|\\d+|[a-z]");

    /**
     * True when the token at {@code k} opens its sentence, a clause after a colon or semicolon, or an enumerated
     * item: "(i) Different LMs have different scaling properties", where the capital says nothing.
     */
    private static boolean opensAnItem(Sentence s, int k) {
        if (k == 0) {
            return true;
        }
        String before = s.token(k - 1).word();
        // (a quotation that opens a sentence too: "We ask “Can LLMs demonstrate …?”")
        if (before.equals(":") || before.equals(";") || PhraseSyntax.isQuote(s.token(k - 1))) {
            return true;
        }
        return before.equals(")") && k >= 2 && ITEM_MARK.matcher(s.token(k - 2).lower()).matches();
    }

    private Optional<NameOccurrence> variantEndingAt(AnnotatedText text, Sentence s, int acronym) {
        int start = acronym;
        // (before an acronym in mixed case, another acronym is rather a setting: "SSP ViTs" after "self-supervised
        // pretraining (SSP)")
        boolean mixedCase = !Names.isAcronym(s.token(acronym).word());
        while (start > 0 && acronym - start < LONGEST_MODIFIER && isModifierWord(s.token(start - 1).word())
                && !(mixedCase && Names.isAcronym(s.token(start - 1).word()))) {
            start--;
        }
        // "eXtended PINNs (XPINN)": a long form, whose short form is the name
        boolean definesAShortForm = acronym + 1 < s.size() && s.token(acronym + 1).word().equals("(");
        if (start == acronym || definesAShortForm
                || (opensAnItem(s, start) && !Names.isCoined(s.token(start).word()))) {
            return Optional.empty();
        }
        // concept words may qualify the variant ("Attention Output SAEs"), but do not name one alone ("Attention SAEs")
        boolean ownWord = false;
        for (int k = start; k < acronym; k++) {
            ownWord |= !conceptLabels.isLabel(s.token(k).word());
        }
        if (!ownWord) {
            return Optional.empty();
        }
        // one plain word that reads as an adjective describes ("Hierarchical RNN", "Bidirectional LSTM", "Smaller
        // DNN"); a noun names ("Spider GAN"), as do coined words and longer runs ("Mutual Choice SAEs")
        // (nor does a word of a clause's frame, a modal or a verb, "Can LLMs keep a secret?")
        Token single = s.token(start);
        if (acronym - start == 1 && !Names.isCoined(single.word())
                && (ADJECTIVE_ENDING.matcher(single.lower()).find() || single.pos().equals("JJR")
                        || single.pos().equals("JJS") || single.pos().equals("MD") || single.pos().startsWith("VB"))) {
            return Optional.empty();
        }
        // a capitalised word that stopped the run belongs to it ("Attention Output SAEs" is not "Output SAEs")
        if (start > 0 && Character.isUpperCase(s.token(start - 1).word().charAt(0))
                && Character.isLetter(s.token(start - 1).word().charAt(0))) {
            return Optional.empty();
        }
        Span span = new Span(s.token(start).begin(), s.token(acronym).end());
        String surface = text.covered(span.begin(), span.end());
        return Optional.of(new NameOccurrence(Names.singular(surface), span, s, "concept-variant"));
    }

    /**
     * A capitalised or coined word of a name: not a concept's acronym, a known non-name, a well-known method
     * ("Mamba SSM" is Mamba), a compound that only says what the variant is based on ("Transformer-based LLM", also
     * where a PDF lost the hyphen, "ImageNetbased MAE"), a pair of languages ("Sinhala-English NMT") or a describing
     * adjective ("Deep CNN").
     */
    private boolean isModifierWord(String word) {
        return word.length() >= 2 && (Character.isUpperCase(word.charAt(0)) || Names.isCoined(word))
                && word.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-')
                && !conceptLabels.isAcronymLabel(Names.singular(word)) && !lexicon.isNotName(word)
                && !lexicon.isLanguagePair(word)
                && lexicon.lookup(word) == null && lexicon.methodVariant(word) == null
                && !word.endsWith("-based")
                && Names.beforeAGluedWord(word, w -> lexicon.lookup(w) != null) == null
                && !DESCRIPTIVE.contains(word.toLowerCase(Locale.ROOT));
    }
}
