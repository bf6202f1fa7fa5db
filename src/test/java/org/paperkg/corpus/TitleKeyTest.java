package org.paperkg.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleKeyTest {
    @Test
    void keepsLowerCaseLettersAndDigitsWithAccentsFolded() {
        assertThat(TitleKey.of("Schrödinger's Ｃａｔ: Self-Attention in 2 Steps")).isEqualTo("schrodingerscatselfattentionin2steps");
        assertThat(TitleKey.of("CIFAR-10")).isEqualTo(TitleKey.of("cifar10"));
        assertThat(TitleKey.of("Ελληνικά — ")).isEmpty();
    }
}
