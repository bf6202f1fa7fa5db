package org.paperkg.extract;

import java.util.List;

/**
 * A sentence of an annotated text.
 *
 * @param index  0-based position in the text (the title is sentence 0)
 * @param begin  character offset of its first character in the annotated text
 * @param end    character offset after its last character
 * @param tokens its tokens, in order
 */
public record Sentence(int index, int begin, int end, List<Token> tokens) {
    public Sentence {
        tokens = SameClassList.copyOf(tokens);
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /**
     * The index of the token at a character offset of the text: the token that covers it, else the token before it
     * (the first token for an offset before the sentence, the last for one after it).
     */
    public int tokenIndexAt(int offset) {
        for (int i = 0; i < size(); i++) {
            if (token(i).begin() <= offset && offset < token(i).end()) {
                return i;
            }
            if (token(i).begin() > offset) {
                return Math.max(0, i - 1);
            }
        }
        return size() - 1;
    }

    /**
     * The words of the tokens {@code first} to {@code last}, {@code between} between each: " " for a phrase, "" for a
     * name the tokenizer parted ("TAC", "2011").
     */
    public String words(int first, int last, String between) {
        StringBuilder words = new StringBuilder();
        for (int k = first; k <= last; k++) {
            words.append(k > first ? between : "").append(token(k).word());
        }
        return words.toString();
    }

    /** True when "such as", the words that introduce examples, starts at token {@code k}. */
    public boolean suchAsAt(int k) {
        return k >= 0 && k + 1 < size() && token(k).lower().equals("such") && token(k + 1).lower().equals("as");
    }

    /** True when a word that introduces examples on its own stands at token {@code k}: "including", "like", "e.g.". */
    public boolean exampleWordAt(int k) {
        if (k < 0 || k >= size()) {
            return false;
        }
        String w = token(k).lower();
        return w.equals("including") || w.equals("like") || w.startsWith("e.g");
    }

    /**
     * The index of the punctuation {@code mark} at most {@code reach} tokens after {@code from}, words and numbers
     * alone between (any other punctuation ends the search); -1 when none stands there.
     */
    public int markAfterWords(int from, String mark, int reach) {
        for (int j = from; j < size() && j <= from + reach; j++) {
            String w = token(j).word();
            if (w.equals(mark)) {
                return j;
            }
            if (!Character.isLetterOrDigit(w.charAt(0))) {
                return -1;
            }
        }
        return -1;
    }

    /** True when a token's lemma is one of {@code lemmas}. */
    public boolean hasLemmaIn(java.util.Set<String> lemmas) {
        for (Token t : tokens) {
            if (lemmas.contains(t.lemma())) {
                return true;
            }
        }
        return false;
    }
}
