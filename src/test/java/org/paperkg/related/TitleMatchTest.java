package org.paperkg.related;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleMatchTest {
    private static final String TITLE = "LoopNet: Recurrent Refinement of Diagonal State-Space Layers";

    @Test
    void everyTypedWordMustBeginATitleWord() {
        assertThat(TitleMatch.of("diag state").matches(TITLE)).isTrue();
        assertThat(TitleMatch.of("LOOPNET, layers!").matches(TITLE)).isTrue();
        assertThat(TitleMatch.of("space").matches(TITLE)).as("hyphenated words are two words").isTrue();
        assertThat(TitleMatch.of("net").matches(TITLE)).as("inside a word is not a match").isFalse();
        assertThat(TitleMatch.of("diag transformer").matches(TITLE)).isFalse();
    }

    @Test
    void punctuationAloneMatchesNothing() {
        TitleMatch typed = TitleMatch.of(" -:; ");
        assertThat(typed.hasWords()).isFalse();
        assertThat(typed.matches(TITLE)).isFalse();
    }
}
