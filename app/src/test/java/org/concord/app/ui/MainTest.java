package org.concord.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void withoutArgumentsAndWithoutADisplayTheDemoRunsAfterOneLineSayingSo() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.commandFor(new String[0], true)).containsExactly("demo");
        } finally {
            System.setOut(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualTo(Main.NO_DISPLAY + System.lineSeparator());
        assertThat(Main.NO_DISPLAY).startsWith("No display found");
    }

    @Test
    void argumentsAreRunAsGiven() {
        assertThat(Main.commandFor(new String[] {"simulate", "--las", "3"}, true))
                .containsExactly("simulate", "--las", "3");
    }
}
