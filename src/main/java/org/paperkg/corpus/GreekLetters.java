package org.paperkg.corpus;

/**
 * The Greek alphabet by the letters' names, as LaTeX writes them ("alpha", "Gamma") and as a name's key spells them
 * ("β-VAE" is "beta-VAE"): one table for the readers and for the entities' keys.
 */
public final class GreekLetters {
    private static final String[] NAMES = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
        "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi",
        "psi", "omega"};
    private static final String SMALL = "\u03B1\u03B2\u03B3\u03B4\u03B5\u03B6\u03B7\u03B8\u03B9\u03BA\u03BB\u03BC"
            + "\u03BD\u03BE\u03BF\u03C0\u03C1\u03C3\u03C4\u03C5\u03C6\u03C7\u03C8\u03C9";
    /** Letters by their names, a capitalised name for the capital letter: "gamma" is γ, "Gamma" Γ. */
    private static final java.util.Map<String, String> BY_NAME = byName();
    /**
     * Names by the letters, small and capital, and by the variants of mathematics (ϵ, ϕ, ϑ), the final sigma and the
     * micro sign.
     */
    private static final java.util.Map<Character, String> BY_LETTER = byLetter();

    private GreekLetters() {
    }

    /** The letter a name gives, "gamma" γ and "Gamma" Γ, or null for no letter's name. */
    public static String letterNamed(String name) {
        return BY_NAME.get(name);
    }

    /** The name of a Greek letter in lower case, "beta" for β and Β, or null for any other character. */
    public static String nameOf(char c) {
        return c < 0xB5 ? null : BY_LETTER.get(c);
    }

    private static java.util.Map<String, String> byName() {
        java.util.Map<String, String> letters = new java.util.HashMap<>();
        for (int k = 0; k < NAMES.length; k++) {
            char small = SMALL.charAt(k);
            letters.put(NAMES[k], String.valueOf(small));
            String capitalName = Character.toUpperCase(NAMES[k].charAt(0)) + NAMES[k].substring(1);
            letters.put(capitalName, String.valueOf(Character.toUpperCase(small)));
        }
        return java.util.Map.copyOf(letters);
    }

    private static java.util.Map<Character, String> byLetter() {
        java.util.Map<Character, String> names = new java.util.HashMap<>();
        for (int k = 0; k < NAMES.length; k++) {
            names.put(SMALL.charAt(k), NAMES[k]);
            names.put(Character.toUpperCase(SMALL.charAt(k)), NAMES[k]);
        }
        names.put('\u03C2', "sigma");
        names.put('\u03F5', "epsilon");
        names.put('\u03D5', "phi");
        names.put('\u03D1', "theta");
        names.put('\u00B5', "mu");
        return java.util.Map.copyOf(names);
    }
}
