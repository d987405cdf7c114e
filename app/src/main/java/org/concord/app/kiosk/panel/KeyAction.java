package org.concord.app.kiosk.panel;

import java.awt.event.ActionEvent;
import javax.swing.AbstractAction;
import javax.swing.Action;

/** A key binding's action that runs a piece of code. */
final class KeyAction {
    private KeyAction() {
    }

    /** An action that runs {@code run} when its key is pressed. */
    static Action of(Runnable run) {
        return new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                run.run();
            }
        };
    }
}
