package org.concord.app.base;

/** The app's colour themes (FlatLaf light and dark). */
public enum Theme {
    /** FlatLaf Light. */
    LIGHT,
    /** FlatLaf Dark. */
    DARK
}
