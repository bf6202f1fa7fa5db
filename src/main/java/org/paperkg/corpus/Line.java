package org.paperkg.corpus;

/**
 * One line of a text file.
 *
 * @param number    1-based line number
 * @param text      the decoded text, without the line terminator
 * @param malformed true when the bytes were not valid UTF-8 and were replaced by U+FFFD
 */
public record Line(int number, String text, boolean malformed) {
    public boolean isBlank() {
        return text.isBlank();
    }
}
