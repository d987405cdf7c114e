package org.concord.app.base.dialog;

import java.awt.Component;
import java.util.List;
import org.concord.app.base.Texts;

/** Shows what went wrong as readable text: the heading and one problem per line, all wrapped, nothing cut off. */
public final class ProblemsDialog {
    private ProblemsDialog() {
    }

    /** Shows {@code lines} under {@code heading}, and waits until the researcher closes it. */
    public static void show(Component parent, Texts texts, String heading, List<String> lines) {
        MessageDialog.show(parent, texts, "problems", MessageDialog.Kind.WARNING, texts.get("problems.title"), heading,
                lines);
    }
}
