package org.concord.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of the {@code choices} sheet.
 *
 * @param name    the stored value ({@code 1}, {@code team_manager})
 * @param label   the label in each language
 * @param columns every other column of the row by header ({@code role_group} among them), empty cells left out
 * @param row     the 1-based spreadsheet row it came from (header is row 1)
 */
public record Choice(String name, LocalizedText label, Map<String, String> columns, int row) {
    public Choice {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** The {@code role_group} column ({@code leader} or {@code worker}), or null. */
    public String roleGroup() {
        return columns.get("role_group");
    }
}
