package org.concord.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The rule for a new study's admin PIN: at least {@link #MIN_LENGTH} digits, typed the same way twice. */
public final class PinRule {
    /** The shortest admin PIN accepted. */
    public static final int MIN_LENGTH = 4;

    /** What can be wrong with a new PIN. */
    public enum Fault {
        /** Fewer than {@link #MIN_LENGTH} characters. */
        TOO_SHORT,
        /** Something other than the digits 0 to 9. */
        NOT_DIGITS,
        /** The second typing differs from the first. */
        MISMATCH
    }

    private PinRule() {
    }

    /** Everything wrong with {@code pin} typed first and {@code again} typed second; empty when it is acceptable. */
    public static List<Fault> check(char[] pin, char[] again) {
        List<Fault> faults = new ArrayList<>();
        if (pin.length < MIN_LENGTH) {
            faults.add(Fault.TOO_SHORT);
        } else {
            for (char c : pin) {
                if (c < '0' || c > '9') {
                    faults.add(Fault.NOT_DIGITS);
                    break;
                }
            }
        }
        if (!Arrays.equals(pin, again)) {
            faults.add(Fault.MISMATCH);
        }
        return faults;
    }
}
