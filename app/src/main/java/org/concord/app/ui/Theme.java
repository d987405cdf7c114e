package org.concord.app.ui;

/** The app's colour themes (FlatLaf light and dark). */
public enum Theme {
    /** FlatLaf Light. */
    LIGHT,
    /** FlatLaf Dark. */
    DARK
}
