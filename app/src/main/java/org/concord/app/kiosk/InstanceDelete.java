package org.concord.app.kiosk;

import java.awt.Component;
import java.util.List;
import javax.swing.JButton;
import org.concord.app.base.Texts;
import org.concord.app.base.dialog.MessageDialog;
import org.concord.app.kiosk.panel.InstanceHeading;
import org.concord.app.kiosk.panel.KioskStyle;
import org.concord.app.kiosk.panel.PagePanel;
import org.concord.session.FormSession;
import org.concord.session.Page;

/**
 * The "Delete Child 2" button of an instance page of an add-another repeat, and the question that confirms it. The
 * button is reached with Tab after the page's questions and pressed with Space; the dialog answers Delete or Keep.
 */
final class InstanceDelete {
    /** The name of the button and the prefix of the confirming dialog's components. */
    static final String NAME = "kiosk.repeat.delete";

    private InstanceDelete() {
    }

    /** What a Delete button does: the instance, its heading and the button pressed. */
    interface Action {
        void delete(Page.Instance which, String instance, JButton button);
    }

    /**
     * Adds to the page a Delete button for each instance the page shown may delete: its own ("Delete Child 2") and
     * those of repeats around it that have no page of their own ("Delete Household 2" on its people's pages).
     */
    static void addButtons(PagePanel page, Page current, FormSession session, Texts text, Action action) {
        for (Page.Instance which : session.deletableInstances()) {
            String instance = which == current.instance() ? InstanceHeading.place(current, session::text, text)
                    : InstanceHeading.place(which, session::text, text);
            JButton delete = button(instance, text);
            delete.addActionListener(e -> action.delete(which, instance, delete));
            page.add(delete, "growx 0, gaptop " + KioskStyle.mig(10));
        }
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
