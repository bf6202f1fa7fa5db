package org.paperkg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.paperkg.resolve.EntityResolver.MentionRow;
import org.paperkg.resolve.EntityResolver.Unit;

/**
 * Decides which of the units that share one name form are one entity. Each unit's meaning of the form is given by
 * the long forms its paper spells out for it (longer forms whose words' initials spell it); units whose long forms
 * agree, or that give none, are one entity. When they disagree ("SAM" for "Segment Anything Model" in one paper and
 * for "sharpness-aware minimization" in others) each meaning is kept apart, and a unit that gives none joins the
 * meaning that most papers give among those typed as its own mentions are (a method or a dataset), or that most
 * papers give when none is. Where only one meaning is spelled out, the units that give none and read the name as the
 * other kind are a meaning of their own when they come from more papers than the rest ("CUDA" spelled out as a
 * dataset in one paper, the GPU platform in ten).
 */
final class SenseSplitter {
    /**
     * Two long forms name the same thing when they share this part of the shorter one's letters in order:
     * spelling variants ("Weisfeiler-Lehman", "1-dimensional Weisfeiler-Leman"; "capsule network", "capsule neural
     * network"; "adversarial training", "adversarially trained") agree, different words under one acronym do not.
     */
    static final double SAME_LONG_FORM = 0.85;

    private SenseSplitter() {
    }

    /** Unites the units that use {@code key} as far as their meanings of it agree. */
    static void merge(String key, List<Unit> allUsers, Map<Unit, Map<String, String>> keyedForms,
                      Map<Unit, List<MentionRow>> rowsByUnit, UnionFind<Unit> groups) {
        // a paper that proposes the name and reads it as the other kind than every paper that only uses it means a
        // thing of its own: "an efficient adversarial attack algorithm (ARC)" beside the ARC benchmark others run
        List<Unit> apart = ownThingsOfTheOtherKind(allUsers, rowsByUnit);
        // (its paper's ways of writing the name, "HANN" and "HANNs", stay one thing)
        apart.forEach(u -> apart.stream().filter(v -> v.paper().equals(u.paper())).forEach(v -> groups.union(u, v)));
        List<Unit> users = new ArrayList<>(allUsers);
        users.removeAll(apart);
        if (users.size() < 2) {
            return;
        }
        List<Sense> senses = new ArrayList<>();
        List<Unit> unspelled = new ArrayList<>();
        for (Unit u : users) {
            Set<String> longer = longForms(key, keyedForms.get(u));
            if (longer.isEmpty()) {
                unspelled.add(u);
                continue;
            }
            // the first meaning it agrees with takes it, and any other it agrees with, which it shows to be the same
            Sense sense = null;
            for (java.util.Iterator<Sense> it = senses.iterator(); it.hasNext(); ) {
                Sense s = it.next();
                if (s.agreesWith(longer)) {
                    if (sense == null) {
                        sense = s;
                    } else {
                        sense.absorb(s);
                        it.remove();
                    }
                }
            }
            if (sense == null) {
                sense = new Sense();
                senses.add(sense);
            }
            sense.add(u, longer);
        }
        if (senses.isEmpty()) {
            users.forEach(u -> groups.union(users.get(0), u));
            return;
        }
        for (Sense s : senses) {
            s.dataset = readAsDataset(s.units.stream().flatMap(u -> rowsByUnit.get(u).stream()).toList());
        }
        if (senses.size() == 1) {
            // one paper's own meaning does not take over the name where more papers read it as the other kind:
            // "CUDA" spelled out as an unlearnable dataset in one paper is still the GPU platform in the ten that
            // use it (fewer are read as the other kind by weak cues, and join it)
            Sense only = senses.get(0);
            // (a paper that spells the name out means that by it throughout)
            Set<String> spelledIn = only.units.stream().map(Unit::paper).collect(Collectors.toSet());
            List<Unit> otherKind = unspelled.stream().filter(u -> !spelledIn.contains(u.paper())
                    && !readsAsNeither(rowsByUnit.get(u)) && readAsDataset(rowsByUnit.get(u)) != only.dataset).toList();
            List<Unit> rest = new ArrayList<>(users);
            rest.removeAll(otherKind);
            if (papers(otherKind) > papers(rest)) {
                rest.forEach(u -> groups.union(rest.get(0), u));
                otherKind.forEach(u -> groups.union(otherKind.get(0), u));
            } else {
                users.forEach(u -> groups.union(users.get(0), u));
            }
            return;
        }
        for (Sense s : senses) {
            s.units.forEach(u -> groups.union(s.units.get(0), u));
        }
        Comparator<Sense> byPapers = Comparator.<Sense>comparingLong(Sense::papers)
                .thenComparing(s -> s.units.get(0), Comparator.reverseOrder());
        Sense widest = senses.stream().max(byPapers).orElseThrow();
        for (Unit u : unspelled) {
            // (a paper that spells the name out means that by it throughout: the title's "Segment Anything" above "the
            // segment anything model (SAM)" is that SAM, not the sharpness-aware minimization of other papers)
            Sense own = senses.stream().filter(s -> s.units.stream().anyMatch(v -> v.paper().equals(u.paper())))
                    .findFirst().orElse(null);
            if (own != null) {
                groups.union(own.units.get(0), u);
                continue;
            }
            boolean dataset = readAsDataset(rowsByUnit.get(u));
            Sense joined = senses.stream().filter(s -> s.dataset == dataset).max(byPapers).orElse(widest);
            groups.union(joined.units.get(0), u);
        }
    }

    /**
     * The units whose papers propose the name and read it clearly as a method where every paper that only uses it and
     * reads it clearly, one at least, reads it as a dataset, or the other way round (a name that no context typed,
     * read as a method by default, reads nothing clearly: a benchmark its own paper only names keeps its users'
     * reading).
     */
    private static List<Unit> ownThingsOfTheOtherKind(List<Unit> users, Map<Unit, List<MentionRow>> rowsByUnit) {
        List<Unit> proposers = users.stream()
                .filter(u -> rowsByUnit.get(u).stream().anyMatch(r -> r.claim().equals("proposes"))).toList();
        Set<String> proposing = proposers.stream().map(Unit::paper).collect(Collectors.toSet());
        // (the proposer's own paper, which may write the name twice, "HANN" and "HANNs", is no user of it)
        Set<Boolean> usersReadings = new HashSet<>();
        users.stream().filter(u -> !proposing.contains(u.paper()))
                .forEach(u -> usersReadings.addAll(clearReadings(rowsByUnit.get(u))));
        if (proposers.isEmpty() || usersReadings.size() != 1) {
            return List.of();
        }
        Set<Boolean> otherKind = Set.of(!usersReadings.iterator().next());
        // (with its paper's other ways of writing the name)
        Set<String> apart = proposers.stream().filter(u -> clearReadings(rowsByUnit.get(u)).equals(otherKind))
                .map(Unit::paper).collect(Collectors.toSet());
        return users.stream().filter(u -> apart.contains(u.paper())).toList();
    }

    /** A clear cue's confidence: a head noun, an apposition, a long form's head, the gazetteer. */
    private static final double CLEAR = 0.7;

    /** Whether the mentions read clearly as a dataset (true) or as a method (false): each kind a clear cue gives. */
    private static Set<Boolean> clearReadings(List<MentionRow> rows) {
        Set<Boolean> kinds = new HashSet<>();
        for (MentionRow r : rows) {
            if (r.confidence() >= CLEAR && !r.claim().equals("proposes")) {
                kinds.add(r.claim().equals("usesDataset"));
            }
        }
        return kinds;
    }

    private static long papers(List<Unit> units) {
        return units.stream().map(Unit::paper).distinct().count();
    }

    /** True when the mentions are all proposals, which say nothing of the kind. */
    private static boolean readsAsNeither(List<MentionRow> rows) {
        return rows.stream().noneMatch(r -> r.claim().equals("usesDataset") || r.claim().equals("usesMethod"));
    }

    /** True when the mentions' dataset votes outweigh their method votes. */
    private static boolean readAsDataset(List<MentionRow> rows) {
        double balance = 0;
        for (MentionRow r : rows) {
            balance += r.claim().equals("usesDataset") ? r.confidence() : r.claim().equals("usesMethod") ? -r.confidence() : 0;
        }
        return balance > 0;
    }

    /**
     * The keys of the unit's forms (each form with its key) that spell the key out: longer, without the key in them
     * ("SAM optimizer" is no long form of SAM), with words whose initials hold the key's letters in order ("Segment
     * Anything Model" for SAM, not "a gender-balanced corpus extracted from Wikipedia", an apposition, for GAP).
     */
    static Set<String> longForms(String key, Map<String, String> keyedForms) {
        Set<String> longer = new TreeSet<>();
        String letters = key.replaceAll("[^a-z]", "");
        keyedForms.forEach((form, k) -> {
            if (k.length() > key.length() && !k.contains(key) && !letters.isEmpty() && spellsOut(letters, form)) {
                longer.add(k);
            }
        });
        return longer;
    }

    /** True when the letters are, in order and from the first, among the initials of the form's words and parts. */
    static boolean spellsOut(String letters, String form) {
        StringBuilder initials = new StringBuilder();
        for (String word : form.split("[\\s/-]+")) {
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (i == 0 ? Character.isLetterOrDigit(c) : Character.isUpperCase(c)) {
                    initials.append(Character.toLowerCase(c));
                }
            }
        }
        if (initials.length() == 0 || initials.charAt(0) != letters.charAt(0)) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < initials.length() && at < letters.length(); i++) {
            if (initials.charAt(i) == letters.charAt(at)) {
                at++;
            }
        }
        return at == letters.length();
    }

    /** One meaning of a name form: the units that give it and the long forms they give. */
    private static final class Sense {
        final List<Unit> units = new ArrayList<>();
        final Set<String> longForms = new TreeSet<>();
        /** How its mentions read it, once all its units are in. */
        boolean dataset;

        void add(Unit u, Set<String> forms) {
            units.add(u);
            longForms.addAll(forms);
        }

        void absorb(Sense other) {
            units.addAll(other.units);
            longForms.addAll(other.longForms);
        }

        boolean agreesWith(Set<String> forms) {
            for (String a : longForms) {
                for (String b : forms) {
                    if (sameLongForm(a, b)) {
                        return true;
                    }
                }
            }
            return false;
        }

        long papers() {
            return SenseSplitter.papers(units);
        }

    }

    static boolean sameLongForm(String a, String b) {
        return longestCommonSubsequence(a, b) >= SAME_LONG_FORM * Math.min(a.length(), b.length());
    }

    static int longestCommonSubsequence(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                current[j] = a.charAt(i - 1) == b.charAt(j - 1) ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
