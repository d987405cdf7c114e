package org.concord.forms;

/** The XLSForm question types Concord supports; anything else is refused by name when a form loads. */
public enum QuestionType {
    SELECT_ONE("select_one"),
    SELECT_MULTIPLE("select_multiple"),
    /**
     * The choices of a list put in the participant's order ({@code rank L}), stored as ODK stores it: every choice name
     * from the first ranked to the last, space separated.
     */
    RANK("rank"),
    INTEGER("integer"),
    DECIMAL("decimal"),
    TEXT("text"),
    NOTE("note"),
    ACKNOWLEDGE("acknowledge"),
    CALCULATE("calculate"),
    /** A calendar date, stored as ISO-8601 {@code 2026-03-01}. */
    DATE("date"),
    /** A time of day, stored as ISO-8601 {@code 14:30:00}. */
    TIME("time"),
    /** A date and time, stored as ISO-8601 {@code 2026-03-01T14:30:00}. */
    DATETIME("datetime"),
    /** A number chosen between a start and an end in steps ({@code parameters}: start, end, step). */
    RANGE("range"),
    /** Metadata: when the participant started, recorded without a screen. */
    START("start"),
    /** Metadata: when the participant finished. */
    END("end"),
    /** Metadata: the day the participant started. */
    TODAY("today"),
    /** Metadata: a stable random id of the laptop (never a hardware serial). */
    DEVICEID("deviceid"),
    /** Metadata: the researcher's initials of the fieldwork session. */
    USERNAME("username"),
    /** Metadata: Concord's paradata (screens shown and left, language switches) stands for ODK's audit log. */
    AUDIT("audit");

    private final String xlsformName;

    QuestionType(String xlsformName) {
        this.xlsformName = xlsformName;
    }

    /** The name used in the XLSForm {@code type} column. */
    public String xlsformName() {
        return xlsformName;
    }

    /** True for types that take a choice list ({@code select_one L}, {@code select_multiple L}, {@code rank L}). */
    public boolean hasChoices() {
        return this == SELECT_ONE || this == SELECT_MULTIPLE || this == RANK;
    }

    /** True for types that a participant answers (not notes, calculations or metadata). */
    public boolean isAnswerable() {
        return this != NOTE && this != CALCULATE && !isMetadata();
    }

    /** True for metadata recorded without a screen ({@code start}, {@code end}, {@code deviceid}, ...). */
    public boolean isMetadata() {
        return this == START || this == END || this == TODAY || this == DEVICEID || this == USERNAME
                || this == AUDIT;
    }
}
