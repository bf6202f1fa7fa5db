package org.paperkg.extract;

/**
 * One token of an annotated text.
 *
 * @param word  the text as written
 * @param lower the word lower-cased (in {@link java.util.Locale#ROOT}), which most rules compare
 * @param lemma its lemma, lower-cased
 * @param pos   its Penn Treebank part-of-speech tag
 * @param begin character offset of its first character in the annotated text
 * @param end   character offset after its last character
 */
public record Token(String word, String lower, String lemma, String pos, int begin, int end) {
}
