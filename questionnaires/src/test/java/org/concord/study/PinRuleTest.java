package org.concord.study;

import static org.assertj.core.api.Assertions.assertThat;

import org.concord.study.PinRule.Fault;
import org.junit.jupiter.api.Test;

class PinRuleTest {
    @Test
    void fourDigitsTypedTwiceAreAccepted() {
        assertThat(PinRule.check("2468".toCharArray(), "2468".toCharArray())).isEmpty();
        assertThat(PinRule.check("0123456789".toCharArray(), "0123456789".toCharArray())).isEmpty();
    }

    @Test
    void aShortPinIsRefusedWhateverItHolds() {
        assertThat(PinRule.check("123".toCharArray(), "123".toCharArray())).containsExactly(Fault.TOO_SHORT);
        assertThat(PinRule.check(new char[0], new char[0])).containsExactly(Fault.TOO_SHORT);
    }

    @Test
    void lettersAndSpacesAreNotDigits() {
        assertThat(PinRule.check("12a4".toCharArray(), "12a4".toCharArray())).containsExactly(Fault.NOT_DIGITS);
        assertThat(PinRule.check("12 45".toCharArray(), "12 45".toCharArray())).containsExactly(Fault.NOT_DIGITS);
        // Digits of other scripts (Arabic-Indic) are not 0 to 9 either.
        assertThat(PinRule.check("\u0661\u0662\u0663\u0664".toCharArray(), "\u0661\u0662\u0663\u0664".toCharArray()))
                .containsExactly(Fault.NOT_DIGITS);
    }

    @Test
    void theSecondTypingMustMatchTheFirst() {
        assertThat(PinRule.check("1234".toCharArray(), "1243".toCharArray())).containsExactly(Fault.MISMATCH);
        assertThat(PinRule.check("12".toCharArray(), "1234".toCharArray()))
                .containsExactly(Fault.TOO_SHORT, Fault.MISMATCH);
    }
}
