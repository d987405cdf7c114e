package org.concord.app.kiosk.panel;

import java.awt.Dimension;
import java.awt.LayoutManager;
import java.awt.Rectangle;
import javax.swing.JPanel;
import javax.swing.Scrollable;

/** A panel that takes the width of its scroll pane, so that texts wrap instead of scrolling sideways. */
public class ScrollablePage extends JPanel implements Scrollable {
    private static final long serialVersionUID = 1L;

    /** A page panel with {@code layout}. */
    public ScrollablePage(LayoutManager layout) {
        super(layout);
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return KioskStyle.px(24);
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return Math.max(visible.height - KioskStyle.px(48), KioskStyle.px(24));
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return true;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }
}
