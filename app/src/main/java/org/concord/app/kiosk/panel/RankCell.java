package org.concord.app.kiosk.panel;

import java.awt.Component;
import java.util.function.IntFunction;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JList;
import javax.swing.UIManager;

/**
 * How a rank's list draws one item: its rank and label ({@code 1.  Red}) on a touch-sized row, the chosen item bold
 * (and in the accent fill while the list has the keyboard); a screen reader hears the item with its rank ("Red, rank 1 of 4").
 */
final class RankCell extends DefaultListCellRenderer {
    private static final long serialVersionUID = 1L;

    private final IntFunction<String> labelAt;
    private final IntFunction<String> announcedAt;

    /** Draws the item at an index with {@code labelAt}'s text, announced as {@code announcedAt} says. */
    RankCell(IntFunction<String> labelAt, IntFunction<String> announcedAt) {
        this.labelAt = labelAt;
        this.announcedAt = announcedAt;
    }

    @Override
    public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                  boolean focused) {
        super.getListCellRendererComponent(list, value, index, selected, focused);
        setText((index + 1) + ".  " + labelAt.apply(index));
        setFont(KioskStyle.font(1.05f, selected));
        // The chosen item is filled while its list has the keyboard (the item the keys move); otherwise only bold.
        if (selected && list.isFocusOwner()) {
            setBackground(KioskStyle.selectedFill());
            setForeground(KioskStyle.selectedText());
        } else {
            setBackground(UIManager.getColor("List.background"));
            setForeground(UIManager.getColor("List.foreground"));
        }
        int pad = KioskStyle.px(12);
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(0, 0, 1, 0, UIManager.getColor("Separator.foreground")),
                BorderFactory.createEmptyBorder(0, pad, 0, pad)));
        getAccessibleContext().setAccessibleName(announcedAt.apply(index));
        return this;
    }

    /** At least a touch target high, and as high as the text needs at any scale. */
    @Override
    public java.awt.Dimension getPreferredSize() {
        java.awt.Dimension size = super.getPreferredSize();
        return new java.awt.Dimension(size.width, Math.max(size.height + KioskStyle.px(8),
                KioskStyle.px(KioskStyle.TOUCH)));
    }
}
