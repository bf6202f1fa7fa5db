package org.paperkg.extract;

import static org.paperkg.extract.PhraseSyntax.lastTokenOfWholeName;
import static org.paperkg.extract.TypeCues.ARTICLES;

import java.util.Locale;
import java.util.Set;

/**
 * Cues that a name is a thing of another kind than a method or a dataset, for the typing rules of {@link TypeCues}:
 * devices ("Continuous glucose monitors (CGM) are …"), a meeting spelled out ("Workshop on Asian Translation 2021"),
 * a licence, a title's venue.
 */
final class OtherThingCues {
    /** Nouns of hardware, which a name right before them makes a device, not a method: "an ARM Cortex-M4f device". */
    static final Set<String> HARDWARE_NOUNS = Set.of("device", "chip", "processor", "microcontroller", "sensor",
            "board", "accelerator", "gpu", "cpu", "tpu", "hardware", "robot", "headset", "camera", "smartphone",
            "phone", "laptop", "tablet");

    /** Nouns of research projects, programmes and meetings: "the KYOTO project", "the CLARIN initiative". */
    static final Set<String> PROJECT_NOUNS = Set.of("project", "initiative", "programme", "mission", "workshop",
            "conference", "symposium", "meeting", "consortium");
    /**
     * Nouns of institutions and of the grants they give, which, capitalised after a name, make it theirs: "the ADAPT
     * Centre's submission", "the Google Brain Residency", "supported by the Quill Fellowship".
     */
    static final Set<String> INSTITUTION_NOUNS = Set.of("centre", "center", "institute", "laboratory", "foundation",
            "council", "agency", "university", "fellowship", "residency", "scholarship", "grant", "award");

    private OtherThingCues() {
    }

    /** True when "License" or "Licenses" in capitals follows the name: "released under AI2 ImpACT Licenses". */
    static boolean rightBeforeACapitalisedLicence(NameOccurrence o) {
        Sentence s = o.sentence();
        int last = lastTokenOfWholeName(o);
        if (last < 0 || last + 1 >= s.size()) {
            return false;
        }
        String next = s.token(last + 1).lower();
        return next.startsWith("licen") && (next.endsWith("ce") || next.endsWith("ces") || next.endsWith("se")
                || next.endsWith("ses"));
    }

    /**
     * True when a form of "be" at {@code k} says what comes before is devices: "Continuous glucose monitors (CGM) are
     * small medical devices that …" (past an article and up to three lower-case modifiers).
     */
    static boolean saidToBeDevices(Sentence s, int k) {
        if (!s.token(k).lemma().equals("be")) {
            return false;
        }
        int j = k + 1 < s.size() && ARTICLES.contains(s.token(k + 1).lower()) ? k + 2 : k + 1;
        for (int end = j + 3; j < s.size() && j <= end; j++) {
            Token t = s.token(j);
            if (!Character.isLowerCase(t.word().charAt(0))) {
                return false;
            }
            if (t.pos().startsWith("NN") && HARDWARE_NOUNS.contains(t.lemma())) {
                return true;
            }
            if (!t.pos().startsWith("JJ") && !t.pos().startsWith("NN")) {
                return false;
            }
        }
        return false;
    }

    /**
     * A long form that names a meeting by its subject: "Workshop on Asian Translation 2021", "the Conference on
     * Machine Translation", "International Symposium on Quill Studies" (a few words may stand before the noun).
     */
    static boolean spellsOutAMeeting(String longForm) {
        String[] words = Names.WHITESPACE.split(longForm.toLowerCase(Locale.ROOT));
        for (int j = 0; j + 1 < words.length && j <= 3; j++) {
            if (PROJECT_NOUNS.contains(words[j]) && (words[j + 1].equals("on") || words[j + 1].equals("of"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the name from {@code first} to {@code last} is the venue of a title that opens with a system at it:
     * "at" or "@" right before it, no more than three words before that, and the title's colon within a year or a
     * task's number after it ("QuillNLP @ QUILLEVAL: …", "Team Quillo at QuillEval 2021 Task 2: …").
     */
    static boolean titleVenue(Sentence s, int first, int last) {
        if (s.index() != 0 || first < 2 || first > 4 || !TitleNameFinder.atVenue(s, first - 1)) {
            return false;
        }
        int colon = TitleNameFinder.colonAt(s, s.size());
        return colon > last && colon - last <= 4;
    }
}
