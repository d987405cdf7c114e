package org.concord.app.base;

import java.awt.Color;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.UIManager;
import javax.swing.border.Border;

/**
 * What is wrong, one problem per line, wrapped to the width available and readable with the keyboard and by screen
 * readers (it takes focus, read-only). Hidden while there is nothing to show.
 */
public class ProblemList extends WrappingLabel {
    private static final long serialVersionUID = 1L;

    /** An empty, hidden list. */
    public ProblemList() {
        setFocusable(true);
        setVisible(false);
        addFocusListener(new java.awt.event.FocusAdapter() {
            @Override
            public void focusGained(java.awt.event.FocusEvent e) {
                updateBorder();
            }

            @Override
            public void focusLost(java.awt.event.FocusEvent e) {
                updateBorder();
            }
        });
    }

    @Override
    public void updateUI() {
        super.updateUI();
        updateBorder();
    }

    /** A red bar on the left; with the keyboard focus, also the theme's focus outline. */
    private void updateBorder() {
        Color error = UIManager.getColor("Component.error.focusedBorderColor");
        Color focus = UIManager.getColor("Component.focusColor");
        if (error == null) {
            return;
        }
        Border bar = BorderFactory.createMatteBorder(0, 4, 0, 0, error);
        Border outline = isFocusOwner() && focus != null ? BorderFactory.createLineBorder(focus, 2)
                : BorderFactory.createEmptyBorder(2, 2, 2, 2);
        setBorder(BorderFactory.createCompoundBorder(outline,
                BorderFactory.createCompoundBorder(bar, BorderFactory.createEmptyBorder(2, 8, 2, 2))));
    }

    /** Shows {@code lines}, each as a bulleted line; hides the list when there are none. */
    public void show(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(text.length() == 0 ? "" : "\n").append("\u2022 ").append(line);
        }
        setText(text.toString());
        setCaretPosition(0);
        setVisible(!lines.isEmpty());
        revalidate();
        repaint();
    }

    /** The lines shown, without their bullets. */
    public List<String> lines() {
        if (getText().isEmpty()) {
            return List.of();
        }
        return java.util.Arrays.stream(getText().split("\n")).map(line -> line.substring(2)).toList();
    }
}
