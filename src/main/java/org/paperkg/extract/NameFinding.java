package org.paperkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What one paper's search has found so far, and the text it has claimed. */
final class NameFinding {
    final Map<String, Set<String>> aliases = new LinkedHashMap<>();
    final List<NameOccurrence> out = new ArrayList<>();
    final Blocked blocked = new Blocked();
    final Set<String> rejectedShortForms = new java.util.HashSet<>();
    /** Rejected short forms of properties: "HR" for "high-resolution (HR) images". */
    final Set<String> propertyShortForms = new java.util.HashSet<>();
    /** Acronyms of concepts that this text defines for something else: "Ideal Continual Learner (ICL)". */
    final Set<String> redefinedAcronyms;
    /** Short forms that the text always writes with the same noun after them: "FK" in "FK steering". */
    final Map<String, String> shortFormNouns = new HashMap<>();
    /** Expansions after a short form and a colon or comma, whose capitals spell it: no other long forms there. */
    final List<Span> spelledExpansions = new ArrayList<>();

    NameFinding(Set<String> redefinedAcronyms) {
        this.redefinedAcronyms = redefinedAcronyms;
    }

    /**
     * True when the text defines the short form itself, by long forms none of which begins with the first word of
     * the known entry's name or of one of its forms: "low rank approximations (LRA)" is not the Long Range Arena
     * that the gazetteer knows as LRA, so the paper's LRA is no other form of that name ("a Pointer Net
     * (Ptr-Net)" still is the Pointer Network).
     */
    boolean definedOtherwise(String shortForm, Lexicon.Entry known) {
        Set<String> longForms = aliases.get(shortForm);
        if (longForms == null || longForms.isEmpty()) {
            return false;
        }
        for (String longForm : longForms) {
            String first = firstWord(longForm);
            if (first.equals(firstWord(known.name()))
                    || known.forms().stream().anyMatch(f -> first.equals(firstWord(f)))) {
                return false;
            }
        }
        return true;
    }

    private static String firstWord(String name) {
        String spaced = Names.spaceHyphensBetweenLetters(name.toLowerCase(Locale.ROOT)).strip();
        int space = spaced.indexOf(' ');
        return space < 0 ? spaced : spaced.substring(0, space);
    }

    void addIfFree(NameOccurrence o) {
        if (blocked.isFree(o.span())) {
            out.add(o);
            blocked.add(o.span());
        }
    }

    /**
     * Adds a name in place of the known names that the gazetteer found inside it and nothing else claimed there:
     * "an algorithm, which we call magnetic mirror descent" names the authors' algorithm, not mirror descent.
     */
    void addOverKnownNamesInside(NameOccurrence o) {
        List<NameOccurrence> inside = out.stream().filter(x -> x.source().equals("gazetteer")
                && x.span().begin() >= o.span().begin() && x.span().end() <= o.span().end()).toList();
        if (!inside.isEmpty() && blocked.blockedOnlyWithin(o.span(), inside.stream().map(NameOccurrence::span)
                .toList())) {
            out.removeAll(inside);
            inside.forEach(x -> blocked.remove(x.span()));
        }
        addIfFree(o);
    }

    /**
     * Adds a phrase of three words or more whose last word is a rejected short form, where the words before it are
     * free; else as {@link #addIfFree}.
     */
    void addIfFreeBeforeARejectedShortForm(NameOccurrence o) {
        int lastSpace = o.name().lastIndexOf(' ');
        boolean endsInARejectedShortForm = lastSpace > 0 && o.name().indexOf(' ') < lastSpace
                && rejectedShortForms.contains(o.name().substring(lastSpace + 1));
        if (endsInARejectedShortForm && blocked.isFree(new Span(o.span().begin(), o.span().begin() + lastSpace))) {
            out.add(o);
            blocked.add(o.span());
        } else {
            addIfFree(o);
        }
    }

    void alias(String name, String otherForm) {
        aliases.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(otherForm);
    }

    /** Records the gazetteer's name of a known entry as another form of {@code name}, where the two differ. */
    void aliasKnown(String name, Lexicon.Entry known) {
        if (known != null && !known.name().equals(name)) {
            alias(name, known.name());
        }
    }
}
