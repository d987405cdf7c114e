package org.concord.app.base.action;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import javax.swing.KeyStroke;

/**
 * Every action of the app, declared once with its category, component name, texts (a label with an {@code &} before
 * its mnemonic letter, and a description) and keyboard shortcut. The researcher's actions are labelled by
 * {@code action.<key>.text} and {@code action.<key>.desc} in the {@code app} bundle; the kiosk's and workspace's name
 * their keys.
 */
public enum ActionModel {
    NEW_STUDY(ActionCategory.FILE, "newStudy", KeyEvent.VK_N, InputEvent.CTRL_DOWN_MASK),
    OPEN_STUDY(ActionCategory.FILE, "openStudy", KeyEvent.VK_O, InputEvent.CTRL_DOWN_MASK),
    CLOSE_STUDY(ActionCategory.FILE, "closeStudy", KeyEvent.VK_W, InputEvent.CTRL_DOWN_MASK),
    OPEN_WORKSPACE(ActionCategory.FILE, "openWorkspace", 0, 0),
    QUIT(ActionCategory.FILE, "quit", KeyEvent.VK_Q, InputEvent.CTRL_DOWN_MASK),
    CREATE_STUDY(ActionCategory.CREATE, "createStudy", 0, 0),
    CANCEL_CREATE(ActionCategory.CREATE, "cancelCreate", 0, 0),
    CHOOSE_FORM(ActionCategory.CREATE, "chooseForm", 0, 0),
    CHOOSE_FORM_FOLDER(ActionCategory.CREATE, "chooseFormFolder", 0, 0),
    CHOOSE_STUDY_FILE(ActionCategory.CREATE, "chooseStudyFile", 0, 0),
    ADD_LA(ActionCategory.CREATE, "addLa", 0, 0),
    REMOVE_LA(ActionCategory.CREATE, "removeLa", 0, 0),
    IMPORT_LAS(ActionCategory.CREATE, "importLas", 0, 0),
    START_SESSION(ActionCategory.SESSION, "startSession", 0, 0),
    START_PARTICIPANTS(ActionCategory.SESSION, "startParticipants", 0, 0),
    END_SESSION(ActionCategory.SESSION, "endSession", 0, 0),
    REFRESH_PROGRESS(ActionCategory.SESSION, "refreshProgress", KeyEvent.VK_F5, 0),
    EXPORT_CSV(ActionCategory.DATA, "exportCsv", 0, 0),
    EXPORT_XLSX(ActionCategory.DATA, "exportXlsx", 0, 0),
    MERGE(ActionCategory.DATA, "merge", 0, 0),
    EXPORT_SAV(ActionCategory.DATA, "exportSav", 0, 0),
    EXPORT_DTA(ActionCategory.DATA, "exportDta", 0, 0),
    SEND_TO_SERVER(ActionCategory.DATA, "sendToServer", 0, 0),
    THEME_LIGHT(ActionCategory.VIEW, "themeLight", 0, 0),
    THEME_DARK(ActionCategory.VIEW, "themeDark", 0, 0),
    FONT_BIGGER(ActionCategory.VIEW, "fontBigger", KeyEvent.VK_EQUALS, InputEvent.CTRL_DOWN_MASK),
    FONT_SMALLER(ActionCategory.VIEW, "fontSmaller", KeyEvent.VK_MINUS, InputEvent.CTRL_DOWN_MASK),
    FONT_RESET(ActionCategory.VIEW, "fontReset", KeyEvent.VK_0, InputEvent.CTRL_DOWN_MASK),
    LANGUAGE_ENGLISH(ActionCategory.LANGUAGE, "languageEnglish", 0, 0),
    LANGUAGE_WELSH(ActionCategory.LANGUAGE, "languageWelsh", 0, 0),

    KIOSK_START(ActionCategory.KIOSK, "kiosk.start", "kiosk.action.start", "kiosk.action.start.description"),
    KIOSK_NEXT(ActionCategory.KIOSK, "kiosk.next", "kiosk.action.next", "kiosk.action.next.description"),
    KIOSK_BACK(ActionCategory.KIOSK, "kiosk.back", "kiosk.action.back", "kiosk.action.back.description"),
    KIOSK_SUBMIT(ActionCategory.KIOSK, "kiosk.submit", "kiosk.action.submit", "kiosk.action.submit.description"),
    KIOSK_FINISH(ActionCategory.KIOSK, "kiosk.finish", "kiosk.action.finish", "kiosk.action.finish.description"),
    KIOSK_RESEARCHER(ActionCategory.KIOSK, "kiosk.researcher", "kiosk.action.researcher",
            "kiosk.action.researcher.description"),
    KIOSK_ENGLISH(ActionCategory.KIOSK, "kiosk.english", "kiosk.language.en.name", "kiosk.language.en.description"),
    KIOSK_WELSH(ActionCategory.KIOSK, "kiosk.welsh", "kiosk.language.cy.name", "kiosk.language.cy.description"),

    ADD_FILES(ActionCategory.ANALYSIS, "addFiles", "inputs.addFiles", "inputs.addFiles.desc"),
    REMOVE_FILES(ActionCategory.ANALYSIS, "removeFiles", "inputs.removeFiles", "inputs.removeFiles.desc"),
    CHOOSE_ANALYSIS_FORM(ActionCategory.ANALYSIS, "chooseForm", "inputs.chooseForm", "inputs.chooseForm.desc"),
    CLEAR_FORM(ActionCategory.ANALYSIS, "clearForm", "inputs.clearForm", "inputs.clearForm.desc"),
    CHOOSE_RATES(ActionCategory.ANALYSIS, "chooseRates", "inputs.chooseRates", "inputs.chooseRates.desc"),
    RUN_ANALYSIS(ActionCategory.ANALYSIS, "run", "inputs.run", "inputs.run.desc"),
    CANCEL_ANALYSIS(ActionCategory.ANALYSIS, "cancel", "inputs.cancel", "inputs.cancel.desc"),
    SAVE_WORKBOOK(ActionCategory.ANALYSIS, "saveWorkbook", "result.saveWorkbook", "result.saveWorkbook.desc"),
    SAVE_JSON(ActionCategory.ANALYSIS, "saveJson", "result.saveJson", "result.saveJson.desc"),
    OPEN_WORKBOOK(ActionCategory.ANALYSIS, "openWorkbook", "result.open", "result.open.desc"),
    RUN_POWER(ActionCategory.POWER, "powerRun", "power.run", "power.run.desc"),
    CANCEL_POWER(ActionCategory.POWER, "powerCancel", "power.cancel", "power.cancel.desc");

    private final ActionCategory category;
    private final String componentName;
    private final String textKey;
    private final String descriptionKey;
    private final int acceleratorKey;
    private final int acceleratorModifiers;

    ActionModel(ActionCategory category, String key, int acceleratorKey, int acceleratorModifiers) {
        this(category, "action." + key, "action." + key + ".text", "action." + key + ".desc", acceleratorKey,
                acceleratorModifiers);
    }

    ActionModel(ActionCategory category, String componentName, String textKey, String descriptionKey) {
        this(category, componentName, textKey, descriptionKey, 0, 0);
    }

    ActionModel(ActionCategory category, String componentName, String textKey, String descriptionKey,
            int acceleratorKey, int acceleratorModifiers) {
        this.category = category;
        this.componentName = componentName;
        this.textKey = textKey;
        this.descriptionKey = descriptionKey;
        this.acceleratorKey = acceleratorKey;
        this.acceleratorModifiers = acceleratorModifiers;
    }

    /** Which screen offers the action and which bundle labels it. */
    public ActionCategory category() {
        return category;
    }

    /** The bundle key of the label, with a mnemonic marked by {@code &}. */
    public String textKey() {
        return textKey;
    }

    /** The bundle key of the description (tooltip and accessible description). */
    public String descriptionKey() {
        return descriptionKey;
    }

    /** The component name used by tests and by the accessibility tree, e.g. {@code action.newStudy}. */
    public String componentName() {
        return componentName;
    }

    /** The keyboard shortcut, or null. */
    public KeyStroke accelerator() {
        return acceleratorKey == 0 ? null : KeyStroke.getKeyStroke(acceleratorKey, acceleratorModifiers);
    }
}
