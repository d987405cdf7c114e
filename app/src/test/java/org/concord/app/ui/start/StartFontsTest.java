package org.concord.app.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import org.junit.jupiter.api.Test;

class StartFontsTest {
    @Test
    void searchIsAnsweredWithTheDefaultFontOnceEveryFontHasBeenRead() {
        assertThat(StartFonts.search()).as("family of the look-up of '%s'", StartFonts.NO_SUCH_FAMILY)
                .isEqualTo(Font.DIALOG);
        // The look-up the start screen's heading makes afterwards finds the font (or the default) as it would have.
        Font heading = new Font("Lato Light", Font.PLAIN, 12);
        String family = heading.getFamily();
        assertThat(family).as("family of Lato Light after the search").isIn("Lato Light", Font.DIALOG);
    }
}
