package org.concord.forms;

/**
 * A form language, as declared in column headers such as {@code label::Cymraeg (cy)}.
 *
 * @param code the code in brackets ({@code cy}); for a plain {@code label} column without a language, {@link #DEFAULT_CODE}
 * @param name the name before the brackets ({@code Cymraeg})
 */
public record Language(String code, String name) {
    /** Code of the unnamed language of plain {@code label}/{@code hint} columns. */
    public static final String DEFAULT_CODE = "default";

    /** The header suffix this language is written with, e.g. {@code English (en)}. */
    public String headerName() {
        return DEFAULT_CODE.equals(code) ? "" : name + " (" + code + ")";
    }
}
