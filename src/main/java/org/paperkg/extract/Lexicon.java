package org.paperkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists behind the finders, loaded once from {@code lexicon/}: well-known datasets and methods
 * (facts, each listed for its fame) and tokens that look like names but are not.
 */
public final class Lexicon {
    /**
     * A name, a hyphen or underscore, then a size: 64, 256x256, 128px, 10k; a version of one digit: PDTB-3; or an
     * edition's year: WMT'14.
     */
    private static final java.util.regex.Pattern SIZED_VARIANT =
            java.util.regex.Pattern.compile("(.+?)(?:[-_](\\d{1,4}(?:x\\d{2,4}|px|k|K|i)?)|'\\d{2})");

    /** A name, then a year glued to it: "BraTS2018", "VOC2007". */
    private static final java.util.regex.Pattern GLUED_YEAR =
            java.util.regex.Pattern.compile("(\\p{L}[\\p{L}\\d-]*\\p{L})((?:19|20)\\d{2})");

    /** Capitals, then a year's last two digits glued to them: "WMT18", "IWSLT14", "CoNLL03". */
    private static final java.util.regex.Pattern GLUED_SHORT_YEAR =
            java.util.regex.Pattern.compile("(\\p{Lu}[\\p{L}-]*\\p{Lu}[\\p{L}-]*)(\\d{2})");

    /** A name, then an image size glued to it: "ImageNet256", "CelebA64". */
    private static final java.util.regex.Pattern GLUED_IMAGE_SIZE =
            java.util.regex.Pattern.compile("(\\p{L}[\\p{L}\\d-]*\\p{L})(?:32|64|128|256|512|1024)");

    /** A name of three characters or more with capitals, then a version glued to it: "MobileNetV2", "GATv2". */
    private static final java.util.regex.Pattern GLUED_VERSION =
            java.util.regex.Pattern.compile("(\\p{L}[\\p{L}\\d]*\\p{Lu}[\\p{L}\\d]*)[vV]\\d{1,2}(?:\\.\\d)?");

    /** Words of three letters or more joined by hyphens: "Fashion-MNIST", "Tiny-ImageNet", not "CelebA-HQ". */
    private static final java.util.regex.Pattern HYPHENATED_WORDS =
            java.util.regex.Pattern.compile("\\p{L}{3,}(?:-\\p{L}{3,})+");

    /** A name, a hyphen, then a number of two digits or more: "Market-1501", "CIFAR-10", "WikiText-103". */
    private static final java.util.regex.Pattern NAME_DASH_NUMBER =
            java.util.regex.Pattern.compile("\\p{L}[\\p{L}\\d]*-\\d{2,}");

    private final Map<String, Entry> byKey = new HashMap<>();
    private final List<Entry> multiWord = new ArrayList<>();
    private final List<PhraseForm> phraseForms = new ArrayList<>();
    private final Set<String> notNames = new HashSet<>();
    /** What a not-name stands for where the list says it ("AMR": "Abstract Meaning Representation"). */
    private final Map<String, String> notNameMeanings = new HashMap<>();
    private final Set<String> languages = new HashSet<>();
    /** The entries of classic algorithms, which no paper of today introduces (see {@link #isClassic}). */
    private final Set<Entry> classics = new HashSet<>();
    /**
     * Datasets' hyphenated forms as a text may write them with a space: "Fashion MNIST" for Fashion-MNIST, "Market
     * 1501" for Market-1501.
     */
    private final Map<String, Entry> spacedForms = new java.util.LinkedHashMap<>();

    /** A gazetteer entry: its canonical name, its type, and all its forms. */
    public record Entry(String name, MentionKind type, List<String> forms) {
    }

    /**
     * A form of an entry that a text writes as several tokens, as the name finder searches for it: {@code key} in
     * lower case with a space for each hyphen between letters, {@code firstWord} its letters and digits up to the
     * first other character (empty when it starts with one). A text holds the form as whole words only where it
     * holds its first word as a whole word.
     */
    public record PhraseForm(Entry entry, String key, String firstWord) {
        static PhraseForm of(Entry entry, String form) {
            String key = Names.spaceHyphensBetweenLetters(form.toLowerCase(Locale.ROOT));
            int end = 0;
            while (end < key.length() && Character.isLetterOrDigit(key.charAt(end))) {
                end++;
            }
            return new PhraseForm(entry, key, key.substring(0, end));
        }
    }

    private Lexicon() {
    }

    public static Lexicon load() {
        Lexicon lexicon = new Lexicon();
        lexicon.loadGazetteer("lexicon/datasets.tsv", MentionKind.DATASET);
        lexicon.loadGazetteer("lexicon/methods.tsv", MentionKind.METHOD);
        lexicon.classics.addAll(lexicon.loadGazetteer("lexicon/classic-methods.tsv", MentionKind.METHOD));
        for (String line : lines("lexicon/not-names.txt")) {
            String[] fields = line.strip().split("\t");
            lexicon.notNames.add(fields[0]);
            if (fields.length > 1) {
                lexicon.notNameMeanings.put(fields[0], fields[1]);
            }
        }
        for (String line : lines("lexicon/languages.txt")) {
            lexicon.languages.add(line.strip());
        }
        // a longer form is searched first, so that it is found whole where a shorter one starts it ("NTU RGB+D 120",
        // not "NTU RGB+D" and a number)
        lexicon.phraseForms.sort(
                java.util.Comparator.comparingInt((PhraseForm form) -> form.key().length()).reversed());
        return lexicon;
    }

    /** Loads a gazetteer's entries and returns them. */
    private List<Entry> loadGazetteer(String resource, MentionKind type) {
        List<Entry> loaded = new ArrayList<>();
        for (String line : lines(resource)) {
            String[] cols = line.split("\t");
            List<String> forms = new ArrayList<>();
            forms.add(cols[0].strip());
            if (cols.length > 1) {
                for (String alt : cols[1].split("\\|")) {
                    if (!alt.isBlank()) {
                        forms.add(alt.strip());
                    }
                }
            }
            Entry entry = new Entry(forms.get(0), type, List.copyOf(forms));
            loaded.add(entry);
            for (String form : forms) {
                byKey.putIfAbsent(Names.key(form), entry);
            }
            List<PhraseForm> phrases = forms.stream().filter(Lexicon::isPhrase).map(f -> PhraseForm.of(entry, f)).toList();
            if (!phrases.isEmpty()) {
                multiWord.add(entry);
                phraseForms.addAll(phrases);
            }
            for (String form : forms) {
                if (type == MentionKind.DATASET && (HYPHENATED_WORDS.matcher(form).matches()
                        || NAME_DASH_NUMBER.matcher(form).matches())) {
                    spacedForms.putIfAbsent(form.replace('-', ' '), entry);
                }
            }
        }
        return loaded;
    }

    /** True when a text writes the form as several tokens: words apart, or one word the tokenizer splits. */
    private static boolean isPhrase(String form) {
        return form.contains(" ") || splitByTheTokenizer(form);
    }

    /**
     * What the tokenizer splits a word at: a decimal number with letters right after it ("Human3.6M" is three tokens),
     * a middle dot between letters ("DALL·E" is three), and a slash, a caret or a bracket after a letter or a digit
     * ("CNN/DailyMail" is three tokens, "NLVR^2" three, "SE(3)-Transformer" six).
     */
    private static final java.util.regex.Pattern SPLIT_INSIDE_A_WORD =
            java.util.regex.Pattern.compile("\\d\\.\\d+\\p{L}|\\p{L}\u00b7\\p{L}|[\\p{L}\\p{N}][/^(]");

    /**
     * True when the tokenizer splits a name of one word into several tokens ("Human3.6M" into "Human", "3.6", "M";
     * "DALL·E" into "DALL", "·", "E"; "NLVR^2" into "NLVR", "^", "2"),
     * so that it is found in the text as a phrase, like a name of several words.
     */
    static boolean splitByTheTokenizer(String form) {
        return SPLIT_INSIDE_A_WORD.matcher(form).find();
    }

    /**
     * True when {@code surface}, or its singular, names a classic algorithm of {@code lexicon/classic-methods.tsv}
     * ("conditional random fields", "beam search"): a method papers use or analyse, never one they introduce.
     */
    public boolean isClassic(String surface) {
        Entry entry = lookup(surface);
        if (entry == null) {
            entry = lookup(Names.withoutPluralS(surface));
        }
        return entry != null && classics.contains(entry);
    }

    /** The gazetteer entry whose name or alias normalises like {@code surface}, if any. */
    public Entry lookup(String surface) {
        Entry entry = byKey.get(Names.key(surface));
        // (a lower-case letter hyphenated before capitals is a prefix of the text's own, not the entry's initial that
        // no form writes in lower case: "f-DM", a family of diffusion models, is no FDM, the finite difference method)
        if (entry != null && surface.length() > 2 && surface.charAt(1) == '-'
                && Character.isLowerCase(surface.charAt(0)) && Character.isUpperCase(surface.charAt(2))
                && entry.forms().stream().noneMatch(f -> f.indexOf(' ') < 0 && f.charAt(0) == surface.charAt(0))) {
            return null;
        }
        return entry;
    }

    /**
     * True when a text defines a known short form for something else: "low rank approximations (LRA)" are not the
     * Long Range Arena. The long form shares no word stem with any of the entry's forms of several words (see
     * {@link ExpansionWords}); an entry known only by short forms ("CLIP") cannot tell, and is never redefined.
     */
    public boolean redefines(String shortForm, String longForm) {
        if (Names.key(shortForm).equals(Names.key(longForm))) {
            return false; // the same name written another way: "Enwik8" beside "enwik8"
        }
        Entry entry = lookup(shortForm);
        if (entry != null && entry.equals(lookup(longForm))) {
            return false; // two forms of one entry: "Multilingual BERT" beside the mBERT it is known by
        }
        Set<String> words = wordsOfLongForms(shortForm);
        return !words.isEmpty() && !ExpansionWords.shareAStem(ExpansionWords.of(longForm), words);
    }

    /**
     * True when a known short form's entry has a form of several words that shares a word stem with {@code longForm}:
     * "trust region policy optimization" spells out TRPO (see {@link #redefines}, which also holds an entry known only
     * by short forms to be spelled out by any long form).
     */
    public boolean spellsOut(String shortForm, String longForm) {
        Set<String> words = wordsOfLongForms(shortForm);
        return !words.isEmpty() && ExpansionWords.shareAStem(ExpansionWords.of(longForm), words);
    }

    /** The stems of the words of the forms of several words of the entry that {@code shortForm} names, if any. */
    private Set<String> wordsOfLongForms(String shortForm) {
        Entry entry = lookup(shortForm);
        Set<String> words = new HashSet<>();
        if (entry != null) {
            for (String form : entry.forms()) {
                if (form.indexOf(' ') > 0) {
                    words.addAll(ExpansionWords.of(form));
                }
            }
        }
        return words;
    }

    /**
     * The gazetteer dataset that a name is a sized variant of ("CelebA-HQ-256", "LSUN-64": a known dataset and an
     * image size or a subset size; "COCO-20i", the folds of a few-shot split of its 20 classes), an edition of
     * ("WMT'14", "COCO 2017"), a named subset of ("LSUN-Bedroom") or an
     * extended test set of ("HumanEval+"), if any.
     */
    public Entry datasetVariant(String surface) {
        if (surface.length() > 1 && surface.endsWith("+")) {
            // an extended test set of a known benchmark: "HumanEval+", "MBPP+"
            // (written as the gazetteer writes it: "CORA+" extends the CORA method, not the Cora graph)
            String stripped = surface.replaceAll("\\++$", "");
            Entry base = lookup(stripped);
            return base != null && base.type() == MentionKind.DATASET && base.forms().contains(stripped) ? base : null;
        }
        java.util.regex.Matcher m = SIZED_VARIANT.matcher(surface);
        Entry base = m.matches() ? lookup(m.group(1)) : versionedEntry(surface);
        if (base == null) {
            base = editionWithGluedYear(surface);
        }
        if (base == null) {
            base = sizeGluedToIt(surface);
        }
        if (base == null) {
            base = subsetBase(surface);
        }
        if (base == null || base.type() != MentionKind.DATASET) {
            base = prefixedBase(surface);
        }
        if (base == null || base.type() != MentionKind.DATASET) {
            base = compoundedBase(surface);
        }
        return base != null && base.type() == MentionKind.DATASET ? base : null;
    }

    /**
     * The dataset of an edition whose year is glued to the name, written as the gazetteer writes it: "BraTS2018" is
     * an edition of BraTS (not "Brats2018"), and so is a campaign's name in capitals with the year's last two digits,
     * "WMT18", "IWSLT14", "CoNLL03".
     */
    private Entry editionWithGluedYear(String surface) {
        java.util.regex.Matcher m = GLUED_YEAR.matcher(surface);
        if (!m.matches()) {
            m = GLUED_SHORT_YEAR.matcher(surface);
            if (!m.matches()) {
                return null;
            }
        }
        return writtenAsKnown(m.group(1));
    }

    /**
     * The dataset whose name, written as the gazetteer writes it with two capitals at least, an image size follows
     * without a hyphen: "ImageNet256", "CelebA64", "FFHQ1024".
     */
    private Entry sizeGluedToIt(String surface) {
        java.util.regex.Matcher m = GLUED_IMAGE_SIZE.matcher(surface);
        if (!m.matches() || capitals(m.group(1)) < 2) {
            return null;
        }
        return writtenAsKnown(m.group(1));
    }

    /**
     * A capitalised word, a hyphen and a known name: "N-Caltech101", "Split-MNIST", "Permuted-MNIST" (a dataset
     * remade from another: recorded with an event camera, split into tasks, permuted), or a word in lower case before
     * one written with two capitals or more, "noisy-CIFAR10".
     */
    private Entry prefixedBase(String surface) {
        int hyphen = surface.indexOf('-');
        // (a word in lower case before a name written with two capitals or more: "noisy-CIFAR10", "rotated-MNIST")
        if (hyphen >= 3 && surface.substring(0, hyphen).chars().allMatch(Character::isLowerCase)) {
            String rest = surface.substring(hyphen + 1);
            return rest.chars().filter(Character::isUpperCase).count() >= 2 ? writtenAsKnown(rest) : null;
        }
        // (a capital may come second, and digits after the letters: "iWildCam-WILDS", "Camelyon17-WILDS")
        if (hyphen < 1 || hyphen > 12 || !Character.isLetter(surface.charAt(0))
                || !(Character.isUpperCase(surface.charAt(0)) || Character.isUpperCase(surface.charAt(1)))) {
            return null;
        }
        for (int i = 0; i < hyphen; i++) {
            char c = surface.charAt(i);
            if (!Character.isLetter(c) && !(Character.isDigit(c) && i > 0)) {
                return null;
            }
        }
        // written as the gazetteer writes it: "Mod-Squad" is no remade SQuAD
        String rest = surface.substring(hyphen + 1);
        return rest.length() >= 3 ? writtenAsKnown(rest) : null;
    }

    /**
     * Letters written together with a known name that has capitals inside or is all capitals: "EuroWordNet",
     * "plWordNet", "SentiWordNet", "ArabicVerbNet", "SetMNIST" (a resource or dataset remade for a language, a region
     * or a purpose). The known name starts at a capital right after a lower-case letter, has at least four letters
     * and is written as the gazetteer writes it, with two capitals at least, so that a plain word never names the
     * base: not of "GeoPlaces" (Places), "WizardMath" (MATH) or "DeepMimic" (MIMIC).
     */
    private Entry compoundedBase(String surface) {
        // (letters only before the known name: the loop ends at the first other character)
        for (int i = 1; i + 4 <= surface.length() && Character.isLetter(surface.charAt(i - 1)); i++) {
            if (!Character.isUpperCase(surface.charAt(i)) || !Character.isLowerCase(surface.charAt(i - 1))) {
                continue;
            }
            String rest = surface.substring(i);
            Entry base = lookup(rest);
            if (base != null && base.type() == MentionKind.DATASET
                    && base.forms().stream().anyMatch(f -> f.equals(rest) && capitals(f) >= 2)) {
                return base;
            }
        }
        return null;
    }

    private static long capitals(String form) {
        return form.chars().filter(Character::isUpperCase).count();
    }

    /** A subset's name in lower case after a hyphen: "bedroom" of "LSUN-bedroom". */
    private static final java.util.regex.Pattern LOWER_CASE_SUBSET = java.util.regex.Pattern.compile("\\p{Ll}{3,12}");
    /** Words after a hyphen that say what a name is like or how it was made, no subset of it: "ImageNet-scale". */
    private static final Set<String> NO_SUBSETS = Set.of("scale", "based", "like", "style", "level", "wide", "size",
            "sized", "free", "aware", "only", "specific", "type", "trained", "pretrained", "tuned", "finetuned");

    /**
     * A known name, a hyphen and a capitalised part: "LSUN-Bedroom", "ImageNet-Sketch" (a subset or a variant), or a
     * part in lower case after a name written as the gazetteer writes it with two capitals or more, "LSUN-bedroom",
     * "AFHQ-dog" (not "ImageNet-scale"); or a capital letter or a capitalised word after a known name that has a hyphen
     * of its own: "CIFAR-10-C", "CIFAR-100-P" (corrupted and perturbed copies of its test set), "CIFAR-10-Warehouse",
     * or of any known dataset: "Kinetics-C".
     */
    private Entry subsetBase(String surface) {
        int hyphen = surface.indexOf('-');
        String afterHyphen = hyphen > 0 ? surface.substring(hyphen + 1) : "";
        // (not a word that says what the name is like, capitalised in a title: "Mesh-Based", "ImageNet-Scale")
        Entry base = hyphen > 0 && hyphen + 2 < surface.length() && Character.isUpperCase(surface.charAt(hyphen + 1))
                && !NO_SUBSETS.contains(afterHyphen.toLowerCase(Locale.ROOT))
                ? lookupAsWritten(surface.substring(0, hyphen)) : null;
        if (base == null && LOWER_CASE_SUBSET.matcher(afterHyphen).matches() && !NO_SUBSETS.contains(afterHyphen)
                && capitals(surface.substring(0, hyphen)) >= 2) {
            base = writtenAsKnown(surface.substring(0, hyphen));
        }
        int last = surface.lastIndexOf('-');
        boolean capitalAlone = last + 2 == surface.length() && Character.isUpperCase(surface.charAt(last + 1));
        if (base == null && last > hyphen
                && (capitalAlone || Names.TITLE_CASE_WORD.matcher(surface.substring(last + 1)).matches())) {
            base = lookupAsWritten(surface.substring(0, last));
        }
        // (one hyphen and a capital letter alone after a known dataset: "Kinetics-C", a corrupted copy of Kinetics)
        if (base == null && last == hyphen && capitalAlone) {
            base = lookupAsWritten(surface.substring(0, hyphen));
        }
        return base;
    }

    /**
     * The entry of a name, unless the gazetteer writes it in capitals only and the name is written otherwise: "Drop"
     * in "Drop-Bottleneck" is no DROP, "Race" no RACE (but "Imagenet-LT" is a subset of ImageNet).
     */
    private Entry lookupAsWritten(String name) {
        Entry entry = lookup(name);
        boolean shouted = entry != null && entry.forms().stream()
                .anyMatch(f -> f.equalsIgnoreCase(name) && f.equals(f.toUpperCase(Locale.ROOT)));
        return shouted && !entry.forms().contains(name) ? null : entry;
    }

    /**
     * True when a surface form is no entry of its own, the variant of a known method and of no known dataset:
     * "BERT-Base", "BERT-Large".
     */
    public boolean isOnlyAMethodVariant(String surface) {
        return lookup(surface) == null && methodVariant(surface) != null && datasetVariant(surface) == null;
    }

    /**
     * The gazetteer method that a name is a variant of ("BERT-Large-Uncased", "ResNet-152", "GPT-4o": a known
     * method's name, a hyphen, and more; "MoCo v2": a version written apart), if any.
     */
    public Entry methodVariant(String surface) {
        int hyphen = surface.indexOf('-');
        Entry base = hyphen > 0 && hyphen < surface.length() - 1 ? lookup(surface.substring(0, hyphen))
                : versionedEntry(surface);
        return base != null && base.type() == MentionKind.METHOD ? base : null;
    }

    /**
     * The entry of a known name followed by a version written apart, "COCO 2017", "MoCo v2", "AlpacaEval 2.0", or
     * glued to it, "MobileNetV2", "ScanNetv2", "SimCLRv2" (the name written as the gazetteer writes it: "Dev2" is no
     * version of DEV).
     */
    private Entry versionedEntry(String surface) {
        int space = surface.lastIndexOf(' ');
        if (space > 0) {
            return Names.isVersion(surface.substring(space + 1)) ? lookup(surface.substring(0, space)) : null;
        }
        java.util.regex.Matcher glued = GLUED_VERSION.matcher(surface);
        if (!glued.matches()) {
            return null;
        }
        return writtenAsKnown(glued.group(1));
    }

    /** The entry of a name that the gazetteer writes exactly so, one of its forms: "BraTS", not "Brats". */
    Entry writtenAsKnown(String name) {
        Entry entry = lookup(name);
        return entry != null && entry.forms().contains(name) ? entry : null;
    }

    /** True when the gazetteer lists the name as a method ("BERT", "Adam"). */
    public boolean isKnownMethod(String name) {
        Entry known = lookup(name);
        return known != null && known.type() == MentionKind.METHOD;
    }

    /** True when the gazetteer lists the name as a dataset ("MultiRC", "CIFAR-10"). */
    public boolean isKnownDataset(String name) {
        Entry known = lookup(name);
        return known != null && known.type() == MentionKind.DATASET;
    }

    /** Entries with a form of several words, to be matched as phrases. */
    public List<Entry> multiWordEntries() {
        return multiWord;
    }

    /** The forms of {@link #multiWordEntries()} that a text writes as several tokens, the longest first. */
    public List<PhraseForm> phraseForms() {
        return phraseForms;
    }

    /**
     * Hyphenated dataset names written with a space instead, each with its entry: "Fashion MNIST", "Persona Chat". To
     * be matched with their case, since the hyphen no longer marks them.
     */
    public Map<String, Entry> spacedForms() {
        return spacedForms;
    }

    /**
     * True when a long form gives a not-name another sense than the one the list says it stands for: "Adaptive Mesh
     * Refinement (AMR)", where the list means the Abstract Meaning Representation. The first words differ.
     */
    public boolean spelledOutOtherwise(String shortForm, String longForm) {
        String meaning = notNameMeanings.get(shortForm);
        if (meaning == null && shortForm.endsWith("s")) {
            meaning = notNameMeanings.get(shortForm.substring(0, shortForm.length() - 1));
        }
        return meaning != null && !firstWord(meaning).equals(firstWord(longForm));
    }

    /**
     * True when the text spells a not-name out as its list entry does, the sense the list means, whatever the case:
     * "a novel biomedical Information Extraction (IE) model" (not "Out-of-Candidate Rectification (OCR)").
     */
    public boolean spelledOutAsListed(String shortForm, String longForm) {
        String meaning = notNameMeanings.get(shortForm);
        return meaning != null && meaning.equalsIgnoreCase(longForm.strip());
    }

    /**
     * True for a not-name whose list entry says what it stands for, an abbreviation other papers may coin anew:
     * "GDP" (gross domestic product) and a model "we propose GDP, a diffusion-based model".
     */
    public boolean isAbbreviatedNotName(String word) {
        return notNameMeanings.containsKey(word);
    }

    /** The first word in lower case, up to a space, a hyphen or a slash: "input-output" and "input/output" agree. */
    private static String firstWord(String phrase) {
        String stripped = phrase.strip().toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < stripped.length() && " -/".indexOf(stripped.charAt(end)) < 0) {
            end++;
        }
        return stripped.substring(0, end);
    }

    /** True for tokens that look like coined names but are not (GPU, BLEU, 3D, NeurIPS, English). */
    public boolean isNotName(String word) {
        return notNames.contains(word) || languages.contains(word)
                || (word.endsWith("s") && notNames.contains(word.substring(0, word.length() - 1)))
                || withGluedYear(word) || withGluedNoun(word) || withHyphenatedNoun(word) || withAThreshold(word);
    }

    /**
     * A short not-name and a threshold glued to it, a measure at the threshold: "AP50", "mAP75", "IoU75" (not
     * "MIT67", "Stanford40", datasets named by an institute and a count).
     */
    private static final java.util.regex.Pattern THRESHOLD = java.util.regex.Pattern.compile(
            "(m?\\p{Lu}\\p{L}{1,3})(?:25|50|75|90|95)");

    /** Fields of research, which a count after them does not measure: "the ML50 benchmark" (50 languages). */
    private static final Set<String> FIELDS_OF_RESEARCH = Set.of("AI", "ML", "DL", "FL", "NLP", "NLU", "CV", "IR",
            "IE");

    private boolean withAThreshold(String word) {
        String opening = notNameOpening(THRESHOLD, word);
        return opening != null && !FIELDS_OF_RESEARCH.contains(opening);
    }

    /** A not-name, a hyphen and a word in lower case: "UV-texture", "RGB-images", "GPU-memory". */
    private static final java.util.regex.Pattern HYPHENATED_NOUN = java.util.regex.Pattern.compile(
            "(.+)-\\p{Ll}{3,}");

    /**
     * A not-name with a common word hyphenated after it: "existing UV-texture datasets" (not a known name written so,
     * "Meta-world", "MLP-mixer").
     */
    private boolean withHyphenatedNoun(String word) {
        return opensWithANotName(HYPHENATED_NOUN, word) && lookup(word) == null;
    }

    /** Nouns that text copied from a PDF glues after a field's or a device's short form: "NLPtasks", "GPUmemory". */
    private static final java.util.regex.Pattern GLUED_NOUN = java.util.regex.Pattern.compile(
            "(.*\\p{Lu})(?:" + Names.GLUED_NOUNS + ")");

    /** A not-name with a frequent noun glued after it: "many other NLPtasks". */
    private boolean withGluedNoun(String word) {
        return opensWithANotName(GLUED_NOUN, word);
    }

    /** True when the pattern matches the whole word and its first group is a not-name as listed. */
    private boolean opensWithANotName(java.util.regex.Pattern pattern, String word) {
        return notNameOpening(pattern, word) != null;
    }

    /** The pattern's first group when the pattern matches the whole word and the group is a not-name, else null. */
    private String notNameOpening(java.util.regex.Pattern pattern, String word) {
        var m = pattern.matcher(word);
        return m.matches() && notNames.contains(m.group(1)) ? m.group(1) : null;
    }

    /**
     * A venue or another word of three letters or more that is no name, its year glued to it: "PVLDB2012",
     * "NeurIPS2021" (not "KB2001", a unit's two letters, which names the parts of a corpus as well).
     */
    private boolean withGluedYear(String word) {
        if (word.length() < 7 || !Character.isDigit(word.charAt(word.length() - 1))) {
            return false;
        }
        java.util.regex.Matcher m = GLUED_YEAR.matcher(word);
        return m.matches() && m.group(1).length() >= 3 && notNames.contains(m.group(1));
    }

    /** A direction of translation written as one word: "English-to-Khasi", "EnglishtoKhasi" as a PDF leaves it. */
    private static final java.util.regex.Pattern TRANSLATION_DIRECTION = java.util.regex.Pattern.compile(
            "(\\p{Lu}\\p{Ll}+)(?:-to-|to)(\\p{Lu}\\p{Ll}+)");

    /**
     * True for the direction of a translation written as one word, one side a known language: "English-to-Khasi",
     * "KhasitoEnglish" (no method, whatever the other side).
     */
    public boolean isTranslationDirection(String word) {
        if (word.indexOf("to", 2) < 0) {
            return false;
        }
        java.util.regex.Matcher m = TRANSLATION_DIRECTION.matcher(word);
        return m.matches() && (isLanguage(m.group(1)) || isLanguage(m.group(2)));
    }

    /** Two capitalised words, hyphenated, joined by "-to-" or written together as a PDF may leave them. */
    private static final java.util.regex.Pattern TWO_WORDS = java.util.regex.Pattern.compile(
            "(\\p{Lu}\\p{Ll}+)(?:[-–](?:to[-–])?)?(\\p{Lu}\\p{Ll}+)");

    /**
     * True for two language names hyphenated, a translation's direction or a pair of languages' data:
     * "French-English", "Tamil-to-English", "Chinese–English", "TamilTelugu".
     */
    public boolean isLanguagePair(String word) {
        java.util.regex.Matcher m = TWO_WORDS.matcher(word);
        return m.matches() && isLanguage(m.group(1)) && isLanguage(m.group(2));
    }

    /** True for the name of a natural language as a text writes it: "Arabic", "Urdu". */
    public boolean isLanguage(String word) {
        return languages.contains(word);
    }

    private static List<String> lines(String resource) {
        InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new ExtractionException("resource " + resource + " is missing from the class path");
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
