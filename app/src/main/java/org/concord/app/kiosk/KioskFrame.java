package org.concord.app.kiosk;

import java.awt.Component;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.AbstractAction;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JToggleButton;
import javax.swing.KeyStroke;
import javax.swing.ScrollPaneConstants;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.Language;
import org.concord.app.base.Texts;
import org.concord.app.base.WrappingLabel;
import org.concord.app.base.action.ActionModel;
import org.concord.app.base.action.Actions;
import org.concord.app.kiosk.panel.KioskStyle;


/**
 * The kiosk window: full screen, undecorated, always on top; closing it (window manager, Alt+F4) asks for the PIN and
 * Escape does nothing. It only draws: a title bar with the language switch and the researcher control, the progress
 * bar, the current screen, and Back / Next (or Submit) with the saving status.
 */
final class KioskFrame extends JFrame {
    private static final long serialVersionUID = 1L;

    private final Actions actions;
    private final Texts text;
    private final WrappingLabel title = new WrappingLabel("", KioskStyle.font(1.6f, true));
    private final JProgressBar progress = new JProgressBar();
    private final JScrollPane scroller = new JScrollPane();
    private final WrappingLabel status = new WrappingLabel("", KioskStyle.font(1f, false));
    private final JButton back;
    private final JButton next;
    private final JButton submit;
    private final JToggleButton english;
    private final JToggleButton welsh;
    private int page;
    private int pages;
    private Runnable focusScreen = () -> { };

    KioskFrame(Texts text, Actions actions) {
        super(text.get("kiosk.title"));
        this.text = text;
        this.actions = actions;
        setName("kiosk");
        setUndecorated(true);
        setAlwaysOnTop(true);
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                actions.get(ActionModel.KIOSK_RESEARCHER).actionPerformed(
                        new ActionEvent(KioskFrame.this, ActionEvent.ACTION_PERFORMED, "close"));
            }

            @Override
            public void windowIconified(WindowEvent e) {
                setExtendedState(MAXIMIZED_BOTH);
            }
        });
        addWindowFocusListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowGainedFocus(WindowEvent e) {
                // When the window itself receives the focus (a window manager, a click on the background), hand it
                // on to the screen's first control so that the keyboard works at once.
                java.awt.EventQueue.invokeLater(() -> {
                    Component owner = getFocusOwner();
                    if (owner == null || owner == KioskFrame.this || owner == getRootPane()) {
                        focusScreen.run();
                    }
                });
            }
        });
        addFocusListener(new java.awt.event.FocusAdapter() {
            @Override
            public void focusGained(java.awt.event.FocusEvent e) {
                EventQueue.invokeLater(focusScreen);
            }
        });
        getAccessibleContext().setAccessibleName(text.get("kiosk.window.name"));

        english = toggle(ActionModel.KIOSK_ENGLISH);
        welsh = toggle(ActionModel.KIOSK_WELSH);
        JButton researcher = actions.button(ActionModel.KIOSK_RESEARCHER);
        researcher.putClientProperty("FlatLaf.style", "buttonType: borderless; focusWidth: 2");
        back = button(ActionModel.KIOSK_BACK);
        next = button(ActionModel.KIOSK_NEXT);
        submit = button(ActionModel.KIOSK_SUBMIT);
        // The look and feel lets Enter press a focused button; on these it is left to the window (forward, see
        // bindKeys), and Space presses them.
        for (AbstractButton b : new AbstractButton[] {back, researcher, english, welsh}) {
            b.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "none");
            b.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0, true), "none");
        }
        title.setName("kiosk.title");
        progress.setName("kiosk.progress");
        progress.setStringPainted(true);
        progress.setFont(KioskStyle.font(1f, false));
        status.setName("kiosk.status");
        status.setForeground(KioskStyle.issueColor());
        scroller.setName("kiosk.scroller");
        scroller.setBorder(null);
        scroller.setHorizontalScrollBarPolicy(ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroller.getVerticalScrollBar().setUnitIncrement(KioskStyle.px(24));

        int gap = KioskStyle.mig(12);
        // columns: title, English, Cymraeg, researcher; rows: one
        JPanel top = new JPanel(new MigLayout("insets " + gap + ", fillx", "[grow, fill][][][]"));
        top.add(title, "wmin 0, aligny center");
        top.add(english, "hmin " + KioskStyle.mig(KioskStyle.TOUCH));
        top.add(welsh, "hmin " + KioskStyle.mig(KioskStyle.TOUCH));
        top.add(researcher, "gapleft " + KioskStyle.mig(24) + ", aligny top");
        // columns: back, status, submit, next; rows: one
        JPanel bottom = new JPanel(new MigLayout("insets " + gap + ", fillx, hidemode 3", "[][grow, fill][][]"));
        String big = "hmin " + KioskStyle.mig(56) + ", wmin " + KioskStyle.mig(140);
        bottom.add(back, big);
        bottom.add(status, "wmin 0, aligny center");
        bottom.add(submit, big);
        bottom.add(next, big);
        // columns: one; rows: title bar, progress, screen, navigation
        JPanel root = new JPanel(new MigLayout("insets 0, fill, wrap 1, hidemode 3", "[grow, fill]",
                "[][][grow, fill][]"));
        root.add(top);
        root.add(progress, "gapx " + gap + " " + gap + ", hmin " + KioskStyle.mig(22));
        root.add(scroller, "wmin 0, hmin 0");
        root.add(bottom);
        setContentPane(root);
        bindKeys();
        setBounds(GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                .getDefaultConfiguration().getBounds());
        setExtendedState(MAXIMIZED_BOTH);
    }

    private JButton button(ActionModel action) {
        JButton b = actions.button(action);
        b.setFont(KioskStyle.font(1.2f, true));
        b.putClientProperty("FlatLaf.style", "focusWidth: 3; innerFocusWidth: 1");
        return b;
    }

    private JToggleButton toggle(ActionModel action) {
        JToggleButton b = actions.toggle(action);
        b.setFont(KioskStyle.font(1.05f, false));
        b.putClientProperty("FlatLaf.style", "focusWidth: 3; innerFocusWidth: 1");
        return b;
    }

    private void bindKeys() {
        JComponent root = getRootPane();
        // Escape must not leave or close anything; it is swallowed here.
        root.registerKeyboardAction(e -> { }, KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        // Without a window manager Alt+F4 reaches the window as a key: treat it as a close request.
        root.registerKeyboardAction(e -> actions.get(ActionModel.KIOSK_RESEARCHER).actionPerformed(e),
                KeyStroke.getKeyStroke(KeyEvent.VK_F4, KeyEvent.ALT_DOWN_MASK), JComponent.WHEN_IN_FOCUSED_WINDOW);
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "enter");
        root.getActionMap().put("enter", new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                // Enter always means forward, as the tips say: Next wherever it shows, even on a focused Back (Space
                // presses the focused button). Without Next, it presses a focused button of the screen (Start,
                // Finish, a review link) or Submit, never Back, the researcher control or a language.
                Component owner = getFocusOwner();
                if (next.isVisible()) {
                    if (next.isEnabled()) {
                        next.doClick(0);
                    }
                } else if (owner instanceof JButton button && button.isEnabled()
                        && (button == submit || SwingUtilities.isDescendingFrom(button, scroller))) {
                    button.doClick(0);
                }
            }
        });
    }

    /** Shows {@code screen} under {@code heading}; {@code pageNumber} 0 hides the progress bar. */
    void show(JComponent screen, String heading, int pageNumber, int pageCount) {
        title.setText(heading);
        this.page = pageNumber;
        this.pages = pageCount;
        progress.setVisible(pageNumber > 0);
        if (pageNumber > 0) {
            progress.setMaximum(pageCount);
            progress.setValue(pageNumber);
        }
        relabelProgress();
        scroller.setViewportView(screen);
        scroller.getVerticalScrollBar().setValue(0);
        getContentPane().revalidate();
        getContentPane().repaint();
    }

    /**
     * Brings the window to the front and asks for the keyboard focus (the screen's control then receives it). While a
     * dialog of the kiosk (the PIN) is open, that dialog is raised instead: the full-screen kiosk must never cover its
     * own dialog (a CI run showed the PIN dialog focused but hidden behind the kiosk when a late raise arrived).
     */
    void takeFocus() {
        for (Window owned : getOwnedWindows()) {
            if (owned.isShowing()) {
                owned.toFront();
                return;
            }
        }
        toFront();
        requestFocus();
        EventQueue.invokeLater(focusScreen);
    }

    /**
     * Takes the keyboard back after a dialog of the kiosk closed. Without a window manager nobody hands it back, and on
     * a busy machine the closed dialog's own focus events can arrive after a first request, so it is asked again every
     * 200 ms, for at most 5 s, until the kiosk has it or another window of the app is active.
     */
    void reclaimFocus() {
        Timer retry = new Timer(200, null);
        int[] tries = {0};
        retry.addActionListener(e -> {
            Window active = KeyboardFocusManager.getCurrentKeyboardFocusManager().getActiveWindow();
            boolean other = active != null && active != this && active.isShowing();
            if (!isDisplayable() || isFocused() || other || ++tries[0] > 25) {
                retry.stop();
            } else {
                takeFocus();
            }
        });
        takeFocus();
        retry.start();
    }

    /** What to focus when the window receives the focus without a control of its own. */
    void focusScreenWith(Runnable focus) {
        this.focusScreen = focus;
    }

    /** Which navigation buttons are shown. */
    void navigation(boolean showBack, boolean showNext, boolean showSubmit) {
        back.setVisible(showBack);
        next.setVisible(showNext);
        submit.setVisible(showSubmit);
    }

    /** Shows a saving message, or clears it with null. */
    void status(String message) {
        status.setText(message == null ? "" : message);
    }

    /** Marks the chosen language in the switch and relabels the frame's own texts. */
    void language(String code) {
        english.setSelected(Language.ENGLISH.equals(code));
        welsh.setSelected(Language.WELSH.equals(code));
        getAccessibleContext().setAccessibleName(text.get("kiosk.window.name"));
        relabelProgress();
    }

    private void relabelProgress() {
        String label = page > 0 ? text.get("kiosk.progress", page, pages) : "";
        progress.setString(label);
        progress.getAccessibleContext().setAccessibleName(text.get("kiosk.progress.name"));
        progress.getAccessibleContext().setAccessibleDescription(label);
    }

    /** Focuses Next (or Submit on the review page). */
    void focusForward() {
        AbstractButton target = next.isVisible() ? next : submit;
        target.requestFocusInWindow();
    }

    /** The Next button (the benchmark and tests wait on it). */
    JButton nextButton() {
        return next;
    }
}
