package org.concord.app.kiosk.panel;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.icons.FlatCheckBoxIcon;
import com.formdev.flatlaf.ui.FlatButtonBorder;
import com.formdev.flatlaf.ui.FlatCheckBoxUI;
import com.formdev.flatlaf.ui.FlatToggleButtonUI;
import java.util.function.Supplier;
import javax.accessibility.AccessibleContext;
import javax.swing.AbstractButton;
import javax.swing.Icon;
import javax.swing.JCheckBox;
import javax.swing.JToggleButton;
import javax.swing.LookAndFeel;
import javax.swing.UIManager;
import javax.swing.border.Border;
import javax.swing.plaf.UIResource;

/**
 * The answer buttons of a choice list, looking as {@link KioskStyle#answerStyle()} (and a check box as
 * {@code icon.focusWidth: 3}) says, but with one UI shared by every answer: a FlatLaf style string on each button gives
 * each its own UI and parses the style again, which was most of the time taken to draw a cascading select's list of
 * 120 answers. Under another look and feel (none in the kiosk) the buttons keep that look and feel's own UI.
 */
final class AnswerButtons {
    private static final String ANNOUNCED = "concord.announced";
    private static LookAndFeel sharedFor;
    private static ToggleUI toggleUi;
    private static BoxUI boxUi;

    private AnswerButtons() {
    }

    /** A toggle button for an answer of a select_one. */
    static AbstractButton toggle(String text) {
        return new Toggle(text);
    }

    /** A check box for an answer of a select_multiple. */
    static AbstractButton box(String text) {
        return new Box(text);
    }

    /**
     * Sets what a screen reader announces for {@code b}, asked for only when the screen reader asks (not for each of
     * 120 answers at every key press); a name set on its accessible context comes first.
     */
    static void announce(AbstractButton b, Supplier<String> name) {
        b.putClientProperty(ANNOUNCED, name);
    }

    private static String announced(AbstractButton b, String set, Supplier<String> otherwise) {
        if (set != null) {
            return set;
        }
        Object name = b.getClientProperty(ANNOUNCED);
        String announced = name instanceof Supplier<?> s ? (String) s.get() : null;
        return announced != null ? announced : otherwise.get();
    }

    /** Gives {@code b} the shared UI of its kind; false under another look and feel than FlatLaf. */
    private static boolean useShared(AbstractButton b, boolean toggle) {
        if (!shared()) {
            return false;
        }
        b.setUI(toggle ? toggleUi : boxUi);
        return true;
    }

    /** The shared UIs of the look and feel in use, made again when it changes (a theme switch makes a new one). */
    private static boolean shared() {
        LookAndFeel laf = UIManager.getLookAndFeel();
        if (!(laf instanceof FlatLaf)) {
            return false;
        }
        if (laf != sharedFor) {
            sharedFor = laf;
            toggleUi = new ToggleUI();
            boxUi = new BoxUI();
        }
        return true;
    }

    private static final class Toggle extends JToggleButton {
        private static final long serialVersionUID = 1L;

        Toggle(String text) {
            super(text);
        }

        @Override
        public AccessibleContext getAccessibleContext() {
            if (accessibleContext == null) {
                accessibleContext = new AccessibleJToggleButton() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public String getAccessibleName() {
                        return announced(Toggle.this, accessibleName, super::getAccessibleName);
                    }
                };
            }
            return accessibleContext;
        }

        @Override
        public void updateUI() {
            if (!useShared(this, true)) {
                super.updateUI();
            }
        }
    }

    private static final class Box extends JCheckBox {
        private static final long serialVersionUID = 1L;

        Box(String text) {
            super(text);
        }

        @Override
        public AccessibleContext getAccessibleContext() {
            if (accessibleContext == null) {
                accessibleContext = new AccessibleJCheckBox() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public String getAccessibleName() {
                        return announced(Box.this, accessibleName, super::getAccessibleName);
                    }
                };
            }
            return accessibleContext;
        }

        @Override
        public void updateUI() {
            if (!useShared(this, false)) {
                super.updateUI();
            }
        }
    }

    /** The toggle button UI with the chosen answer's fill and text colours and a wide focus ring. */
    private static final class ToggleUI extends FlatToggleButtonUI {
        private Border border;

        ToggleUI() {
            super(true);
        }

        @Override
        protected void installDefaults(AbstractButton b) {
            super.installDefaults(b);
            selectedBackground = KioskStyle.selectedFill();
            selectedForeground = KioskStyle.selectedText();
            if (b.getBorder() == null || b.getBorder() instanceof UIResource) {
                if (border == null) {
                    border = new WideFocusBorder();
                }
                b.setBorder(border);
            }
        }
    }

    /** The button border with a focus ring 3 wide and an inner focus line 1 wide. */
    private static final class WideFocusBorder extends FlatButtonBorder {
        private static final long serialVersionUID = 1L;

        WideFocusBorder() {
            focusWidth = 3;
            innerFocusWidth = 1;
        }
    }

    /** The check box UI with a focus ring 3 wide around the box. */
    private static final class BoxUI extends FlatCheckBoxUI {
        private Icon wideFocus;

        BoxUI() {
            super(true);
        }

        @Override
        public void installDefaults(AbstractButton b) {
            super.installDefaults(b);
            if (wideFocus == null) {
                wideFocus = new WideFocusIcon();
            }
            icon = wideFocus;
        }
    }

    /** The check box with a focus ring 3 wide. */
    private static final class WideFocusIcon extends FlatCheckBoxIcon {
        WideFocusIcon() {
            focusWidth = 3;
        }
    }
}
