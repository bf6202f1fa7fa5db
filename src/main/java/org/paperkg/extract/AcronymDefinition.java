package org.paperkg.extract;

/**
 * A short name defined by a long one in the text: "Long Range Arena (LRA)", "LRA (Long Range Arena)",
 * "a new algorithm, dubbed CTP".
 *
 * @param shortForm the short form as written
 * @param longForm  the long form as written, without the quotation marks around it
 * @param shortSpan offsets of the short form
 * @param longSpan  offsets of the long form, with its quotation marks
 * @param sentence  index of the sentence
 * @param rule      the pattern that found it
 */
public record AcronymDefinition(String shortForm, String longForm, Span shortSpan, Span longSpan, int sentence,
                                String rule) {
}
