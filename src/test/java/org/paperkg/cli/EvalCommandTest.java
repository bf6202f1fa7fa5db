package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The eval figures are printed as the reference scorer prints them. */
class EvalCommandTest {
    @Test
    void roundsToThreeDecimalsHalfToEvenOnTheExactValue() {
        assertThat(EvalCommand.threeDecimals(26.0 / 32)).isEqualTo("0.812");
        assertThat(EvalCommand.threeDecimals(0.8135)).isEqualTo("0.814"); // stored just above .8135, as Python rounds it
        assertThat(EvalCommand.threeDecimals(139.0 / 165)).isEqualTo("0.842");
        assertThat(EvalCommand.threeDecimals(1.0)).isEqualTo("1.000");
    }

    @Test
    void theJsonNumbersAreRoundedTheSameWay() {
        assertThat(EvalCommand.round(26.0 / 32)).isEqualTo(0.812);
        assertThat(EvalCommand.round(0.8135)).isEqualTo(0.814);
        assertThat(EvalCommand.round(139.0 / 165)).isEqualTo(0.842);
    }
}
