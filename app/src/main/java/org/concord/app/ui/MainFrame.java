package org.concord.app.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Rectangle;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.ButtonGroup;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import javax.swing.WindowConstants;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.Host;
import org.concord.app.base.Texts;
import org.concord.app.base.Theme;
import org.concord.app.base.WrappingLabel;
import org.concord.app.base.action.ActionModel;
import org.concord.app.base.action.Actions;

/**
 * The researcher's window: a menu bar, the appearance bar, the current screen and a status line. It only draws; the
 * {@link AppController} decides which screen is shown.
 */
public final class MainFrame extends JFrame implements Host {
    private static final long serialVersionUID = 1L;
    private final transient Texts texts;

    private final JPanel screenHolder = new ScreenHolder();
    private final WrappingLabel status = new WrappingLabel();
    private final JProgressBar busy = new JProgressBar();
    private final AppearanceBar appearanceBar;
    private final JPanel statusLine;
    private final JRadioButtonMenuItem lightItem;
    private final JRadioButtonMenuItem darkItem;
    private final JRadioButtonMenuItem englishItem;
    private final JRadioButtonMenuItem welshItem;
    private transient Runnable firstPaint;
    private JComponent screen;

    /** A window whose menus and bar are made from {@code actions}, labelled by {@code texts}. */
    public MainFrame(Texts texts, Actions actions) {
        this.texts = texts;
        setName("mainFrame");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        setTitle(texts.get("app.title"));

        JMenuBar bar = new JMenuBar();
        JMenu file = texts.text(new JMenu(), "menu.file");
        file.setName("menu.file");
        file.add(actions.menuItem(ActionModel.NEW_STUDY));
        file.add(actions.menuItem(ActionModel.OPEN_STUDY));
        file.add(actions.menuItem(ActionModel.CLOSE_STUDY));
        file.addSeparator();
        file.add(actions.menuItem(ActionModel.QUIT));
        JMenu view = texts.text(new JMenu(), "menu.view");
        view.setName("menu.view");
        lightItem = actions.radioItem(ActionModel.THEME_LIGHT);
        darkItem = actions.radioItem(ActionModel.THEME_DARK);
        ButtonGroup themes = new ButtonGroup();
        themes.add(lightItem);
        themes.add(darkItem);
        view.add(lightItem);
        view.add(darkItem);
        view.addSeparator();
        view.add(actions.menuItem(ActionModel.FONT_BIGGER));
        view.add(actions.menuItem(ActionModel.FONT_SMALLER));
        view.add(actions.menuItem(ActionModel.FONT_RESET));
        JMenu language = texts.text(new JMenu(), "menu.language");
        language.setName("menu.language");
        englishItem = actions.radioItem(ActionModel.LANGUAGE_ENGLISH);
        welshItem = actions.radioItem(ActionModel.LANGUAGE_WELSH);
        ButtonGroup languages = new ButtonGroup();
        languages.add(englishItem);
        languages.add(welshItem);
        language.add(englishItem);
        language.add(welshItem);
        bar.add(file);
        bar.add(view);
        bar.add(language);
        setJMenuBar(bar);
        setMnemonics(file, view, language);

        appearanceBar = new AppearanceBar(texts, actions);
        status.setName("status");
        busy.setName("busy");
        busy.setIndeterminate(true);
        busy.setVisible(false);
        texts.describe(busy, "status.busy", "status.busy.desc");

        JPanel root = new JPanel(new MigLayout("insets 0, fill, hidemode 3",
                "[grow, fill]", // columns
                "[][grow, fill][]")) { // rows: appearance bar, screen, status line
            private static final long serialVersionUID = 1L;

            @Override
            public void paint(Graphics g) {
                super.paint(g);
                Runnable hook = firstPaint;
                if (hook != null) {
                    firstPaint = null;
                    hook.run();
                }
            }
        };
        root.add(appearanceBar, "wmin 0, wrap");
        JScrollPane scroll = new JScrollPane(screenHolder);
        scroll.setBorder(null);
        root.add(scroll, "wrap");
        JPanel statusLine = new JPanel(new MigLayout("insets 4 12 4 12, hidemode 3",
                "[grow, fill][100:200:200]", // columns: message (wraps), busy indicator
                "[]")); // rows
        statusLine.add(status, "growx");
        statusLine.add(busy);
        statusLine.setName("statusLine");
        root.add(statusLine, "wmin 0");
        this.statusLine = statusLine;
        setContentPane(root);
        setMinimumSize(new Dimension(640, 480));
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowOpened(WindowEvent e) {
                focusScreen();
            }
        });
        addWindowFocusListener(new WindowAdapter() {
            @Override
            public void windowGainedFocus(WindowEvent e) {
                // Back from a dialog or the kiosk: if the control that had the focus is gone, keep the keyboard alive.
                Component owner = getFocusOwner();
                if (owner == null || !owner.isShowing()) {
                    focusScreen();
                }
            }
        });
    }

    private static void setMnemonics(JMenu... menus) {
        for (JMenu menu : menus) {
            String text = menu.getText();
            if (!text.isEmpty()) {
                menu.setMnemonic(Character.toUpperCase(text.charAt(0)));
            }
        }
    }

    /** Shows {@code screen} in place of the current one and focuses its first control. */
    public void showScreen(JComponent screen) {
        this.screen = screen;
        screenHolder.removeAll();
        screenHolder.add(screen, BorderLayout.CENTER);
        screenHolder.revalidate();
        screenHolder.repaint();
        screen.requestFocusInWindow();
    }

    /** Gives the keyboard focus to the current screen's first control. */
    public void focusScreen() {
        if (screen != null) {
            screen.requestFocusInWindow();
        }
    }

    @Override
    public JFrame window() {
        return this;
    }

    /** Shows a one-line message in the status line. */
    @Override
    public void setStatus(String message) {
        status.setText(message == null ? "" : message);
    }

    /** Hides the status line (while the researcher view is locked) or shows it again. */
    public void hideStatus(boolean hidden) {
        statusLine.setVisible(!hidden);
    }

    /** The status line's current message. */
    public String status() {
        return status.getText();
    }

    /** Shows or hides the busy indicator and the wait cursor. */
    public void setBusy(boolean on) {
        busy.setVisible(on);
        setCursor(on ? Cursor.getPredefinedCursor(Cursor.WAIT_CURSOR) : Cursor.getDefaultCursor());
    }

    /** Marks the current theme, font size and language in the menus and the appearance bar. */
    public void showAppearance(Theme theme, float fontScale, boolean welsh) {
        lightItem.setSelected(theme == Theme.LIGHT);
        darkItem.setSelected(theme == Theme.DARK);
        englishItem.setSelected(!welsh);
        welshItem.setSelected(welsh);
        appearanceBar.show(theme, fontScale, welsh);
        setTitle(texts.get("app.title"));
        setMnemonics(getJMenuBar().getMenu(0), getJMenuBar().getMenu(1), getJMenuBar().getMenu(2));
    }

    /** Runs {@code hook} once, right after the window's content has first been painted (startup benchmark). */
    public void onFirstPaint(Runnable hook) {
        firstPaint = hook;
    }

    /**
     * Holds the current screen in the scroll pane: as wide as the window (text and tables shrink or wrap rather than
     * scroll sideways) unless the screen cannot be that narrow, and as tall as its content (scrolls down at large text).
     */
    private static final class ScreenHolder extends JPanel implements Scrollable {
        private static final long serialVersionUID = 1L;

        ScreenHolder() {
            super(new BorderLayout());
        }

        @Override
        public Dimension getPreferredScrollableViewportSize() {
            return getPreferredSize();
        }

        @Override
        public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
            return Math.max(16, getFont().getSize() * 2);
        }

        @Override
        public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
            return orientation == SwingConstants.VERTICAL ? visible.height - 32 : visible.width - 32;
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return getParent() instanceof JViewport viewport && viewport.getWidth() >= getMinimumSize().width;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return getParent() instanceof JViewport viewport && viewport.getHeight() >= getPreferredSize().height;
        }
    }
}
