package org.concord.app.base.action;

/** Where an {@link ActionModel} belongs: which screen offers it and which message bundle labels it. */
public enum ActionCategory {
    /** The researcher's File menu. */
    FILE("app"),
    /** Creating a study. */
    CREATE("app"),
    /** Running sessions in the researcher view. */
    SESSION("app"),
    /** Exporting and merging data in the researcher view. */
    DATA("app"),
    /** Theme and text size. */
    VIEW("app"),
    /** The researcher screens' language. */
    LANGUAGE("app"),
    /** The participant kiosk. */
    KIOSK("kiosk"),
    /** The workspace's Analysis tab. */
    ANALYSIS("workspace"),
    /** The workspace's Power tab. */
    POWER("workspace");

    private final String bundle;

    ActionCategory(String bundle) {
        this.bundle = bundle;
    }

    /** The message bundle that labels this category's actions. */
    public String bundle() {
        return bundle;
    }
}
