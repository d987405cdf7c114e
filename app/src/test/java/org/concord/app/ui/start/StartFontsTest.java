package org.concord.app.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import com.formdev.flatlaf.FlatLaf;
import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class StartFontsTest {
    @Test
    void searchFindsTheSemiboldFamilyTheHeadingsAskFor() {
        String found = StartFonts.search();
        // The look-up the start screen's subtitle makes afterwards finds the same font (or the default) as it would have.
        String first = StartFonts.SEMIBOLD_FAMILIES.stream()
                .filter(f -> !new Font(f, Font.PLAIN, 12).getFamily().equals(Font.DIALOG)).findFirst()
                .orElse(Font.DIALOG);
        assertThat(found).as("family found by the search, of %s", StartFonts.SEMIBOLD_FAMILIES).isEqualTo(first);
    }

    @Test
    void familiesAreFlatLafsOwnLinuxSemiboldFamilies() throws IOException {
        Properties flatLaf = new Properties();
        try (InputStream in = FlatLaf.class.getResourceAsStream("FlatLaf.properties")) {
            flatLaf.load(in);
        }
        String listed = flatLaf.getProperty("[linux]semibold.font");
        assertThat(listed).as("[linux]semibold.font in FlatLaf.properties")
                .isEqualTo(String.join(", ", StartFonts.SEMIBOLD_FAMILIES.stream().map(f -> '"' + f + '"').toList()));
    }
}
