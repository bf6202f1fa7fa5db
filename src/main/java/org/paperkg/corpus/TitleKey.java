package org.paperkg.corpus;

import java.text.Normalizer;

/** Normalises titles so that the same paper read from two files is recognised as one. */
public final class TitleKey {
    private TitleKey() {
    }

    /** Lower-case ASCII letters and digits only, accents folded ("Schrödinger" → "schrodinger"). */
    public static String of(String title) {
        // accents fold by decomposing (ö → o + combining diaeresis) and dropping what is not a letter or digit
        String folded = isAscii(title) ? title : Normalizer.normalize(title, Normalizer.Form.NFKD);
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                key.append((char) (c + ('a' - 'A')));
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
