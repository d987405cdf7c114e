package org.concord.app.base.action;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.KeyStroke;

/**
 * Every action of the researcher screens, declared once: its texts come from {@code action.<key>.text} (with an
 * {@code &} before the mnemonic letter) and {@code action.<key>.desc} in the {@code app} bundle.
 */
public enum ActionId {
    NEW_STUDY("newStudy", KeyEvent.VK_N, InputEvent.CTRL_DOWN_MASK),
    OPEN_STUDY("openStudy", KeyEvent.VK_O, InputEvent.CTRL_DOWN_MASK),
    CLOSE_STUDY("closeStudy", KeyEvent.VK_W, InputEvent.CTRL_DOWN_MASK),
    OPEN_WORKSPACE("openWorkspace", 0, 0),
    QUIT("quit", KeyEvent.VK_Q, InputEvent.CTRL_DOWN_MASK),
    CREATE_STUDY("createStudy", 0, 0),
    CANCEL_CREATE("cancelCreate", 0, 0),
    CHOOSE_FORM("chooseForm", 0, 0),
    CHOOSE_FORM_FOLDER("chooseFormFolder", 0, 0),
    CHOOSE_STUDY_FILE("chooseStudyFile", 0, 0),
    ADD_LA("addLa", 0, 0),
    REMOVE_LA("removeLa", 0, 0),
    IMPORT_LAS("importLas", 0, 0),
    START_SESSION("startSession", 0, 0),
    START_PARTICIPANTS("startParticipants", 0, 0),
    END_SESSION("endSession", 0, 0),
    REFRESH_PROGRESS("refreshProgress", KeyEvent.VK_F5, 0),
    EXPORT_CSV("exportCsv", 0, 0),
    EXPORT_XLSX("exportXlsx", 0, 0),
    MERGE("merge", 0, 0),
    THEME_LIGHT("themeLight", 0, 0),
    THEME_DARK("themeDark", 0, 0),
    FONT_BIGGER("fontBigger", KeyEvent.VK_EQUALS, InputEvent.CTRL_DOWN_MASK),
    FONT_SMALLER("fontSmaller", KeyEvent.VK_MINUS, InputEvent.CTRL_DOWN_MASK),
    FONT_RESET("fontReset", KeyEvent.VK_0, InputEvent.CTRL_DOWN_MASK),
    LANGUAGE_ENGLISH("languageEnglish", 0, 0),
    LANGUAGE_WELSH("languageWelsh", 0, 0);

    private final String key;
    private final int acceleratorKey;
    private final int acceleratorModifiers;

    ActionId(String key, int acceleratorKey, int acceleratorModifiers) {
        this.key = key;
        this.acceleratorKey = acceleratorKey;
        this.acceleratorModifiers = acceleratorModifiers;
    }

    /** The bundle key of the label, with a mnemonic marked by {@code &}. */
    public String textKey() {
        return "action." + key + ".text";
    }

    /** The bundle key of the description (tooltip and accessible description). */
    public String descriptionKey() {
        return "action." + key + ".desc";
    }

    /** The component name used by tests and by the accessibility tree, e.g. {@code action.newStudy}. */
    public String componentName() {
        return "action." + key;
    }

    /** The keyboard shortcut, or null. */
    public KeyStroke accelerator() {
        return acceleratorKey == 0 ? null : KeyStroke.getKeyStroke(acceleratorKey, acceleratorModifiers);
    }
}
