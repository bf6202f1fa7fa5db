package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatexMarkupTest {
    @Test
    void superscriptsInsideNamesAreReadWithoutTheirMarkup() {
        LatexMarkup m = LatexMarkup.of("We propose Q$^2$SB and QUILL$^{2}$, beside QDM^2, QASCAL-5^i and QNN$^+$.");
        assertThat(m.readable()).isEqualTo("We propose Q2SB and QUILL2, beside QDM2, QASCAL-5i and QNN+.");
        assertThat(m.masked()).hasSameSizeAs(m.written()).doesNotContain("$", "^");
    }

    @Test
    void formulasAndPowersOfVariablesKeepTheirMarkup() {
        String text = "A rate of $O(QL^4)$ for n^2 items, O(T^2) steps, 7.3% AP^box and an $\\ell^2$ norm.";
        LatexMarkup m = LatexMarkup.of(text);
        assertThat(m.isEmpty()).isTrue();
        assertThat(m.readable()).isEqualTo(text);
    }

    @Test
    void readableOffsetsMapBackToTheWrittenNameWithAllItsMarkup() {
        String written = "Use QUILL$^{2}$ with Q$^2$NN.";
        LatexMarkup m = LatexMarkup.of(written);
        String readable = m.readable();
        int quill = readable.indexOf("QUILL2");
        Span span = m.writtenSpan(new Span(quill, quill + "QUILL2".length()));
        assertThat(written.substring(span.begin(), span.end())).isEqualTo("QUILL$^{2}$");
        int qnn = readable.indexOf("Q2NN");
        Span qnnSpan = m.writtenSpan(new Span(qnn, qnn + 4));
        assertThat(written.substring(qnnSpan.begin(), qnnSpan.end())).isEqualTo("Q$^2$NN");
        assertThat(m.readableOffset(written.indexOf("with"))).isEqualTo(readable.indexOf("with"));
    }
}
