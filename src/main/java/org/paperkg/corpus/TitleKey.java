package org.paperkg.corpus;

import java.text.Normalizer;
import java.util.Locale;

/** Normalises titles so that the same paper read from two files is recognised as one. */
public final class TitleKey {
    private TitleKey() {
    }

    /** Lower-case ASCII letters and digits only, accents folded ("Schrödinger" → "schrodinger"). */
    public static String of(String title) {
        String folded = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
