package org.concord.app.base;

import javax.swing.JFrame;

/** The window a screen is shown in, as the screens see it: a parent for dialogs and a status line. */
public interface Host {
    /** The window, to place dialogs over and to hide while the kiosk runs. */
    JFrame window();

    /** Shows a one-line message in the status line. */
    void setStatus(String message);
}
