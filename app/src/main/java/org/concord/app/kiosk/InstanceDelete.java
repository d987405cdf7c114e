package org.concord.app.kiosk;

import java.awt.Component;
import java.util.List;
import javax.swing.JButton;
import org.concord.app.base.Texts;
import org.concord.app.base.dialog.MessageDialog;
import org.concord.app.kiosk.panel.KioskStyle;

/**
 * The "Delete Child 2" button of an instance page of an add-another repeat, and the question that confirms it. The
 * button is reached with Tab after the page's questions and pressed with Space; the dialog answers Delete or Keep.
 */
final class InstanceDelete {
    /** The name of the button and the prefix of the confirming dialog's components. */
    static final String NAME = "kiosk.repeat.delete";

    private InstanceDelete() {
    }

    /** The button that deletes the instance headed {@code instance} (e.g. "Child 2"). */
    static JButton button(String instance, Texts text) {
        // A page button as large as the review's, not a small one easily missed under the questions.
        JButton button = KioskStyle.pageButton(text.get("kiosk.repeat.delete", instance));
        button.setName(NAME);
        button.getAccessibleContext().setAccessibleDescription(text.get("kiosk.repeat.delete.message", instance));
        return button;
    }

    /** Asks whether to delete the instance; true for Delete, false for Keep or Escape. */
    static boolean confirm(Component parent, String instance, Texts text) {
        return MessageDialog.confirm(parent, text, NAME + ".dialog", text.get("kiosk.repeat.delete.title", instance),
                text.get("kiosk.repeat.delete.message", instance), List.of(), "kiosk.repeat.delete.yes",
                "kiosk.repeat.delete.no");
    }
}
