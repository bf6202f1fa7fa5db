package org.paperkg.extract;

import java.util.List;

/**
 * A paper's title and abstract after tokenising, sentence splitting, tagging and lemmatising: the only view of
 * CoreNLP's output that finders see. The text is the title, a blank line, then the abstract; the title is
 * always its own first sentence. Offsets are those of the text as the finders read it, without the LaTeX markup of
 * superscripts inside names ({@link LatexMarkup}), which most texts do not have.
 *
 * @param text        the annotated text, as the finders read it
 * @param titleLength length of the title at the start of the text
 * @param sentences   the sentences in order
 * @param markup      the markup the text is read without, and the text as written
 */
public record AnnotatedText(String text, int titleLength, List<Sentence> sentences, LatexMarkup markup) {
    public AnnotatedText {
        sentences = SameClassList.copyOf(sentences);
    }

    /** The annotated text of a text without markup. */
    public AnnotatedText(String text, int titleLength, List<Sentence> sentences) {
        this(text, titleLength, sentences, LatexMarkup.none(text));
    }

    /** The annotated text of a title and an abstract, as {@link NlpPipeline#annotate} takes it. */
    public static String compose(String title, String abstractText) {
        return abstractText == null || abstractText.isBlank() ? title : title + "\n\n" + abstractText;
    }

    /** The title as written, the start of the text. */
    public String title() {
        return text.substring(0, titleLength);
    }

    public String covered(int begin, int end) {
        return text.substring(begin, end);
    }

    /** The text as written at a range of the text as read: with the LaTeX markup the finders read it without. */
    public String asWritten(int begin, int end) {
        Span written = markup.writtenSpan(new Span(begin, end));
        return markup.written().substring(written.begin(), written.end());
    }

    public String sentenceText(Sentence s) {
        return text.substring(s.begin(), s.end());
    }

    public boolean inTitle(int offset) {
        return offset < titleLength;
    }

    /** True when a token of any sentence, the title's too, has one of the lemmas. */
    public boolean hasLemmaIn(java.util.Set<String> lemmas) {
        for (Sentence s : sentences) {
            if (s.hasLemmaIn(lemmas)) {
                return true;
            }
        }
        return false;
    }

    /** The sentences of the abstract: all but the title's, which come first. */
    public List<Sentence> abstractSentences() {
        int first = 0;
        while (first < sentences.size() && inTitle(sentences.get(first).begin())) {
            first++;
        }
        return sentences.subList(first, sentences.size());
    }
}
