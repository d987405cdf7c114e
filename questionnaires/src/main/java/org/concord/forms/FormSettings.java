package org.concord.forms;

/**
 * The {@code settings} sheet.
 *
 * @param formTitle       {@code form_title}
 * @param formId          {@code form_id}
 * @param version         {@code version}
 * @param defaultLanguage {@code default_language}: a language name as written in headers ({@code English (en)} or
 *                        {@code English}); resolved to a code by {@link Form#defaultLanguage()}
 */
public record FormSettings(String formTitle, String formId, String version, String defaultLanguage) {
}
