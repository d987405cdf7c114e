package org.concord.study;

/**
 * Fieldwork progress of one role group in one LA.
 *
 * @param laCode    the LA code
 * @param laName    the LA name, or null when the LA is no longer in the list
 * @param roleGroup {@code leader}, {@code worker} or {@code unknown} (role not answered yet, or not in the form)
 * @param started   participants created in this LA and group (completed ones included)
 * @param completed participants who submitted
 */
public record ProgressRow(String laCode, String laName, String roleGroup, int started, int completed) {
}
