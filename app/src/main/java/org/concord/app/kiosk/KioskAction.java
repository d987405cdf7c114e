package org.concord.app.kiosk;

import java.awt.event.ActionEvent;
import javax.swing.AbstractAction;
import javax.swing.Action;
import org.concord.app.base.Texts;

/** Every action of the kiosk, declared once: its message key; buttons are made from the {@link Action}s. */
public enum KioskAction {
    START("kiosk.action.start"),
    NEXT("kiosk.action.next"),
    BACK("kiosk.action.back"),
    SUBMIT("kiosk.action.submit"),
    FINISH("kiosk.action.finish"),
    RESEARCHER("kiosk.action.researcher"),
    ENGLISH("kiosk.language.en"),
    WELSH("kiosk.language.cy");

    private final String key;

    KioskAction(String key) {
        this.key = key;
    }

    /** The component name tests and screen-reader scripts find the action's button by. */
    public String componentName() {
        return "kiosk." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A Swing action running {@code perform}, labelled in the current language. */
    public Action create(Texts text, Runnable perform) {
        Action action = new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                if (isEnabled()) {
                    perform.run();
                }
            }
        };
        relabel(action, text);
        return action;
    }

    /** Sets the label and description of {@code action} in the current language. */
    public void relabel(Action action, Texts text) {
        boolean language = this == ENGLISH || this == WELSH;
        action.putValue(Action.NAME, text.get(key + (language ? ".name" : "")));
        action.putValue(Action.SHORT_DESCRIPTION, text.get(key + ".description"));
    }
}
