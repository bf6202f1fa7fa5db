package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Names coordinated in one list are things of one kind: "results on FUNSD (0.79 → 0.84), CORD (0.94 → 0.96) and
 * DocVQA (0.72 → 0.86)" lists three benchmarks when one of them is known or shaped as one. A name that no context
 * typed takes the dataset type of a list whose other names are typed datasets and none a method, and so do its
 * uncued occurrences in other sentences; names that parentheses after a clearly typed dataset list after "i.e." or
 * "e.g." are data too.
 */
final class CoordinatedNames {
    /** Words that join the items of a list. */
    private static final Set<String> GLUE = Set.of(",", "and", "or", "the");
    /** Conjunctions among the glue: a list needs one of these or a comma. */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or");
    /** What may follow an item of a list that goes on or ends. */
    private static final Set<String> ITEM_GOES_ON = Set.of(",", "and", "or", "(", ")", ".", ";", ":");

    /** The rule of a name typed a dataset by the list it stands in. */
    private static final String LISTED_WITH_DATASETS = "dataset.listed-with-datasets";

    private CoordinatedNames() {
    }

    /**
     * Retypes the uncued names of lists that hold typed datasets and no typed method, their uncued occurrences
     * elsewhere, and the names glossing a dataset. {@code occurrences} and {@code decisions} are parallel; the result
     * is a new list of decisions; {@code language} tells the languages that may open an item of a list.
     */
    static List<TypeCues.Decision> typeLikeTheirList(List<NameOccurrence> occurrences,
                                                     List<TypeCues.Decision> decisions, Predicate<String> language) {
        List<TypeCues.Decision> out = new ArrayList<>(decisions);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < occurrences.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> occurrences.get(i).span().begin()));
        int i = 0;
        while (i < order.size()) {
            // a run of names, each coordinated with the one before (or found again where it is)
            int end = i + 1;
            int items = 1;
            while (end < order.size()) {
                NameOccurrence previous = occurrences.get(order.get(end - 1));
                NameOccurrence next = occurrences.get(order.get(end));
                if (next.sentence() == previous.sentence() && (next.span().overlaps(previous.span())
                        || sameItem(previous, next))) {
                    end++;
                } else if (coordinated(previous, next, language)) {
                    end++;
                    items++;
                } else {
                    break;
                }
            }
            if (items >= 2 && !afterAMethodNoun(occurrences.get(order.get(i)))) {
                retype(order.subList(i, end), decisions, out);
            }
            i = end;
        }
        return sameTypeElsewhere(occurrences, glossesOfADataset(occurrences, out));
    }

    /**
     * Uncued names that a parenthesis after a name typed a dataset lists after "i.e." or "e.g.": "the platform
     * AI2-THOR (i.e., iTHOR and RoboTHOR)" names its parts, data too.
     */
    private static List<TypeCues.Decision> glossesOfADataset(List<NameOccurrence> occurrences,
                                                             List<TypeCues.Decision> decisions) {
        List<TypeCues.Decision> out = new ArrayList<>(decisions);
        for (int i = 0; i < occurrences.size(); i++) {
            if (decisions.get(i) != TypeCues.UNCUED) {
                continue;
            }
            NameOccurrence o = occurrences.get(i);
            Sentence s = o.sentence();
            int k = s.tokenIndexAt(o.span().begin()) - 1;
            while (k >= 0 && (GLUE.contains(s.token(k).lower()) || insideAName(occurrences, s, k))) {
                k--;
            }
            String marker = k >= 2 ? s.token(k).lower() : "";
            if (!(marker.startsWith("i.e") || marker.startsWith("e.g")) || !s.token(k - 1).word().equals("(")) {
                continue;
            }
            int before = k - 2;
            for (int j = 0; j < occurrences.size(); j++) {
                NameOccurrence d = occurrences.get(j);
                if (d.sentence() == s && d.span().end() == s.token(before).end()
                        && decisions.get(j).type() == MentionKind.DATASET
                        && decisions.get(j).confidence() >= TypeCues.CLEAR_CUE) {
                    out.set(i, new TypeCues.Decision(MentionKind.DATASET, "dataset.glosses-a-dataset",
                            TypeCues.UNCUED.confidence()));
                    break;
                }
            }
        }
        return out;
    }

    /** True when token {@code k} of the sentence lies inside one of the names found. */
    private static boolean insideAName(List<NameOccurrence> occurrences, Sentence s, int k) {
        Token t = s.token(k);
        return occurrences.stream().anyMatch(o -> o.sentence() == s && o.span().begin() <= t.begin()
                && t.end() <= o.span().end());
    }

    /**
     * The type a list gave a name, carried to its uncued occurrences in other sentences when no cue typed it a method
     * anywhere: "on the datasets of PTB and CTB 5.1", then "2.3 points in CTB 5.1".
     */
    private static List<TypeCues.Decision> sameTypeElsewhere(List<NameOccurrence> occurrences,
                                                             List<TypeCues.Decision> decisions) {
        Set<String> listed = new java.util.HashSet<>();
        Set<String> methods = new java.util.HashSet<>();
        for (int i = 0; i < occurrences.size(); i++) {
            TypeCues.Decision d = decisions.get(i);
            if (d.rule().equals(LISTED_WITH_DATASETS)) {
                listed.add(occurrences.get(i).name());
            } else if (d != TypeCues.UNCUED && d.type() == MentionKind.METHOD) {
                methods.add(occurrences.get(i).name());
            }
        }
        listed.removeAll(methods);
        if (listed.isEmpty()) {
            return decisions;
        }
        List<TypeCues.Decision> out = new ArrayList<>(decisions);
        for (int i = 0; i < occurrences.size(); i++) {
            if (decisions.get(i) == TypeCues.UNCUED && listed.contains(occurrences.get(i).name())) {
                out.set(i, new TypeCues.Decision(MentionKind.DATASET, LISTED_WITH_DATASETS + "-elsewhere",
                        TypeCues.UNCUED.confidence()));
            }
        }
        return out;
    }

    private static void retype(List<Integer> run, List<TypeCues.Decision> decisions, List<TypeCues.Decision> out) {
        boolean dataset = false;
        for (int k : run) {
            TypeCues.Decision d = decisions.get(k);
            if (d == TypeCues.UNCUED || d.rule().startsWith("dataset.same-paper")) {
                continue; // a type carried over from another sentence says too little of this list
            }
            if (d.type() != MentionKind.DATASET) {
                return; // a list that mixes a typed method with datasets says nothing of its other names
            }
            dataset = true;
        }
        if (!dataset) {
            return;
        }
        for (int k : run) {
            if (decisions.get(k) == TypeCues.UNCUED) {
                out.set(k, new TypeCues.Decision(MentionKind.DATASET, LISTED_WITH_DATASETS,
                        TypeCues.UNCUED.confidence()));
            }
        }
    }

    /**
     * True when the tokens from {@code from} to {@code to} close one name's parentheses and open the next one's after
     * a task of the same list: "question generation (SQuAD 1.1), summarization (XSum), and dialogue generation
     * (PersonaChat)", each task with what it is measured on. A comma, then maybe a conjunction, then up to four
     * lower-case words ending in a noun.
     */
    private static boolean tasksInAList(Sentence s, int from, int to) {
        if (to - from < 4 || !s.token(from).word().equals(")") || !s.token(from + 1).word().equals(",")
                || !s.token(to - 1).word().equals("(") || !s.token(to - 2).pos().startsWith("NN")) {
            return false;
        }
        int k = from + 2;
        if (CONJUNCTIONS.contains(s.token(k).lower())) {
            k++;
        }
        if (k >= to - 1 || to - 1 - k > 4) {
            return false;
        }
        for (; k < to - 1; k++) {
            Token t = s.token(k);
            if (!Character.isLowerCase(t.word().charAt(0)) || !(t.pos().startsWith("NN") || t.pos().startsWith("JJ")
                    || t.pos().equals("VBG"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The token after the capitalised words that go on with a name's item, which no name took: "Campus" in "CUHK
     * Campus", "Human Pose Multi-Person" in "MPII Human Pose Multi-Person".
     */
    private static int pastTheRestOfTheItem(Sentence s, int j, int next) {
        // (capitalised inside a sentence, whatever the tagger reads: "Pose" in "MPII Human Pose" is tagged a verb; but
        // not a finite verb, which a title capitalises, "GPT-4 Meets MNIST")
        while (j < next && j > 0 && Character.isUpperCase(s.token(j).word().charAt(0))
                && !TypeCues.FINITE_VERB_TAGS.contains(s.token(j).pos())) {
            j++;
        }
        return j;
    }

    /** True when {@code b} goes on with the item of {@code a}: "QMUL GRID", "CUHK Campus"-like runs of names. */
    private static boolean sameItem(NameOccurrence a, NameOccurrence b) {
        Sentence s = a.sentence();
        int j = s.tokenIndexAt(a.span().end() - 1) + 1;
        int next = s.tokenIndexAt(b.span().begin());
        return j <= next && pastTheRestOfTheItem(s, j, next) == next;
    }

    /** "two neural symbolic methods NSCL and NSVQA": a list that a method noun introduces lists methods. */
    private static boolean afterAMethodNoun(NameOccurrence first) {
        Sentence s = first.sentence();
        int before = s.tokenIndexAt(first.span().begin()) - 1;
        return before >= 0 && TypeCues.METHOD_HEADS.contains(PhraseSyntax.headLemma(s.token(before)));
    }

    /**
     * True when {@code b} follows {@code a} in the same sentence with only list glue between them, a comma or a
     * conjunction among it, and maybe a parenthesised gloss or score right after {@code a}.
     */
    static boolean coordinated(NameOccurrence a, NameOccurrence b, Predicate<String> language) {
        if (a.sentence() != b.sentence() || b.span().begin() < a.span().end()) {
            return false;
        }
        Sentence s = a.sentence();
        int j = s.tokenIndexAt(a.span().end() - 1) + 1;
        int next = s.tokenIndexAt(b.span().begin());
        if (tasksInAList(s, j, next)) {
            return true;
        }
        j = pastTheRestOfTheItem(s, j, next);
        if (j < next && s.token(j).word().equals("(")) {
            // a gloss or score after the name: "FUNSD (0.79 → 0.84)", "Overcooked (a multiplayer game)"
            while (j < next && !s.token(j).word().equals(")")) {
                j++;
            }
            if (j == next) {
                return false;
            }
            j++;
        }
        boolean comma = false;
        boolean conjunction = false;
        // (an adjective may open the next item, tagged as one, as a participle or even a past tense: "MPII, extended
        // PASCAL-Person-Part, and WAF"), or the language of the item's data: "English OntoNotes 5.0, Chinese MSRA and
        // Chinese OntoNotes 4.0"
        String opening = next > j ? s.token(next - 1).pos() : "";
        int itemStart = (opening.equals("JJ") || opening.equals("VBN") || opening.equals("VBD"))
                && Character.isLowerCase(s.token(next - 1).word().charAt(0))
                || next > j && language.test(s.token(next - 1).word()) ? next - 1 : next;
        for (; j < itemStart; j++) {
            String w = s.token(j).lower();
            if (!GLUE.contains(w)) {
                return false;
            }
            comma |= w.equals(",");
            conjunction |= CONJUNCTIONS.contains(w);
        }
        if (!comma && !conjunction) {
            return false;
        }
        // after a comma, a name that goes on with a verb starts the main clause: "On ImageNet-1K, NViT-Base
        // achieves …", "on nuScenes, and AeDet achieves …"; "X and Y are …" keeps its two subjects, and so does a
        // list of three or more, "Quoref, HellaSwag, and MC-TACO are best suited …"
        int after = pastTheRestOfTheItem(s, s.tokenIndexAt(b.span().end() - 1) + 1, s.size());
        int before = s.tokenIndexAt(a.span().begin()) - 1;
        boolean longerList = before >= 1 && s.token(before).word().equals(",")
                && Character.isUpperCase(s.token(before - 1).word().charAt(0));
        return !comma || longerList || after >= s.size() || ITEM_GOES_ON.contains(s.token(after).lower());
    }
}
