package org.concord.app.base;

import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;

/** Walks a window's components for GUI tests that measure them. */
public final class ComponentTree {
    private ComponentTree() {
    }

    /** Every component below {@code root}, depth first, {@code root} itself left out. */
    public static List<Component> all(Container root) {
        List<Component> out = new ArrayList<>();
        for (Component c : root.getComponents()) {
            out.add(c);
            if (c instanceof Container box) {
                out.addAll(all(box));
            }
        }
        return out;
    }
}
