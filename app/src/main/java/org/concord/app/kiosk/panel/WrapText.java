package org.concord.app.kiosk.panel;

import java.awt.Font;
import javax.swing.JTextArea;
import javax.swing.UIManager;

/** A read-only text that wraps at the width it is given: question labels, hints, notes and messages. */
public final class WrapText extends JTextArea {
    private static final long serialVersionUID = 1L;

    /** A wrapping text in {@code font}. */
    public WrapText(String text, Font font) {
        super(text);
        setFont(font);
        setEditable(false);
        setFocusable(false);
        setLineWrap(true);
        setWrapStyleWord(true);
        setOpaque(false);
        setBorder(null);
        setHighlighter(null);
        setForeground(UIManager.getColor("Label.foreground"));
    }
}
