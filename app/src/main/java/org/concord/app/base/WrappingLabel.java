package org.concord.app.base;

import java.awt.Dimension;
import java.awt.Font;
import javax.swing.JTextArea;
import javax.swing.UIManager;

/**
 * Read-only text that wraps at word boundaries to the width it is given, so long sentences and long translations stay
 * whole at any text size. It never asks for more width than a short line; the layout gives it the column's width.
 * It takes the label font of the look and feel, or keeps a font it was given (the kiosk's larger text).
 */
public class WrappingLabel extends JTextArea {
    private static final long serialVersionUID = 1L;

    private final transient Font fixedFont;

    /** An empty label in the look and feel's label font. */
    public WrappingLabel() {
        this("", null);
    }

    /** A label showing {@code text} in {@code font} (null: the label font of the look and feel). */
    public WrappingLabel(String text, Font font) {
        super(text);
        fixedFont = font;
        setEditable(false);
        setHighlighter(null);
        setFocusable(false);
        setLineWrap(true);
        setWrapStyleWord(true);
        setOpaque(false);
        setBorder(null);
        updateUI();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        setFont(fixedFont != null ? fixedFont : UIManager.getFont("Label.font"));
        setForeground(UIManager.getColor("Label.foreground"));
        setBackground(UIManager.getColor("Label.background"));
        setBorder(null);
        setOpaque(false);
    }

    @Override
    public Dimension getPreferredSize() {
        Dimension wrapped = super.getPreferredSize();
        // The preferred width is at most a short line: a long text must wrap, never widen the screen.
        int shortLine = getFontMetrics(getFont()).charWidth('m') * 24;
        return new Dimension(Math.min(wrapped.width, shortLine), wrapped.height);
    }

    @Override
    public Dimension getMinimumSize() {
        Dimension preferred = getPreferredSize();
        return new Dimension(Math.min(preferred.width, 40), preferred.height);
    }

    @Override
    public void setBounds(int x, int y, int width, int height) {
        int before = getWidth();
        super.setBounds(x, y, width, height);
        if (before != width) {
            // The height needed depends on the width just given: lay out again with it.
            revalidate();
        }
    }
}
