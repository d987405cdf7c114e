package org.concord.forms.xlsform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.common.Problem;
import org.concord.forms.Language;
import org.concord.forms.LocalizedText;

/**
 * The columns of one sheet: plain columns by name, and translatable columns ({@code label::English (en)}) by base
 * name and language. Header spellings that pyxform accepts ({@code list name}, {@code constraint message}) are
 * normalised to their underscore names.
 */
final class SheetColumns {
    /** Columns that hold text in each language. */
    static final List<String> TRANSLATABLE = List.of("label", "hint", "constraint_message", "required_message");

    private static final Pattern LANGUAGE = Pattern.compile("(.*?)\\s*\\(([^()]+)\\)");

    private final Sheet sheet;
    private final Map<String, Integer> plain = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> translated = new LinkedHashMap<>();
    private final Map<String, Language> languages = new LinkedHashMap<>();
    private final Map<Integer, String> headerOf = new LinkedHashMap<>();

    SheetColumns(Sheet sheet, List<Problem> problems) {
        this.sheet = sheet;
        for (int c = 0; c < sheet.header().size(); c++) {
            String header = sheet.header().get(c);
            headerOf.put(c, header);
            int sep = header.indexOf("::");
            String base = normalise(sep < 0 ? header : header.substring(0, sep));
            if (sep >= 0 && TRANSLATABLE.contains(base)) {
                Language language = language(header.substring(sep + 2).strip());
                languages.putIfAbsent(language.code(), language);
                Integer old = translated.computeIfAbsent(base, k -> new LinkedHashMap<>()).putIfAbsent(language.code(), c);
                if (old != null) {
                    problems.add(sheet.problem(1, header, "duplicate column " + header
                            + "; keep one and delete the other"));
                }
            } else if (TRANSLATABLE.contains(base)) {
                languages.putIfAbsent(Language.DEFAULT_CODE, new Language(Language.DEFAULT_CODE, "default"));
                Integer old = translated.computeIfAbsent(base, k -> new LinkedHashMap<>())
                        .putIfAbsent(Language.DEFAULT_CODE, c);
                if (old != null) {
                    problems.add(sheet.problem(1, header, "duplicate column " + header
                            + "; keep one and delete the other"));
                }
            } else {
                String key = sep < 0 ? base : header;
                if (plain.putIfAbsent(key, c) != null) {
                    problems.add(sheet.problem(1, header, "duplicate column " + header
                            + "; keep one and delete the other"));
                }
            }
        }
    }

    /** A language from the part of a header after {@code ::}, e.g. {@code Cymraeg (cy)}. */
    static Language language(String spec) {
        Matcher m = LANGUAGE.matcher(spec);
        if (m.matches()) {
            return new Language(m.group(2).strip(), m.group(1).strip());
        }
        // pyxform accepts a language without a code; its name serves as its code.
        return new Language(spec, spec);
    }

    static String normalise(String base) {
        String b = base.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        return switch (b) {
            case "constraint_msg", "jr:constraintmsg" -> "constraint_message";
            case "required_msg", "jr:requiredmsg" -> "required_message";
            default -> b;
        };
    }

    /**
     * Reports columns whose name is close to a column Concord reads ({@code relevent}, {@code lable::English (en)}):
     * other unknown columns are kept for other tools, so a misspelt one would otherwise be silently ignored.
     */
    void checkMisspelt(List<String> known, List<Problem> problems) {
        for (String header : sheet.header()) {
            int sep = header.indexOf("::");
            String base = normalise(sep < 0 ? header : header.substring(0, sep));
            if (known.contains(base) || TRANSLATABLE.contains(base)) {
                continue;
            }
            org.concord.forms.validation.DidYouMean.closest(base, known).ifPresent(near -> problems.add(
                    sheet.problem(1, header, "unknown column " + header + "; did you mean " + near
                            + (sep < 0 ? "" : header.substring(sep)) + "?")));
        }
    }

    Sheet sheet() {
        return sheet;
    }

    boolean has(String column) {
        return plain.containsKey(column) || translated.containsKey(column);
    }

    /** The header as written of a plain column (for problem positions). */
    String header(String column) {
        Integer c = plain.get(column);
        return c == null ? column : sheet.header().get(c);
    }

    /** The header of a translatable column in a language (as written, or as it should be written). */
    String header(String base, Language language) {
        Map<String, Integer> byLanguage = translated.get(base);
        Integer c = byLanguage == null ? null : byLanguage.get(language.code());
        if (c != null) {
            return sheet.header().get(c);
        }
        return Language.DEFAULT_CODE.equals(language.code()) ? base : base + "::" + language.headerName();
    }

    /** The cell of a plain column in data row {@code index}, or "" when the column is absent. */
    String get(List<String> row, String column) {
        Integer c = plain.get(column);
        return c == null ? "" : row.get(c);
    }

    /** The text of a translatable column in every language that has one. */
    LocalizedText text(List<String> row, String base) {
        Map<String, Integer> byLanguage = translated.get(base);
        if (byLanguage == null) {
            return LocalizedText.EMPTY;
        }
        Map<String, String> out = new LinkedHashMap<>();
        byLanguage.forEach((code, c) -> {
            if (!row.get(c).isEmpty()) {
                out.put(code, row.get(c));
            }
        });
        return out.isEmpty() ? LocalizedText.EMPTY : new LocalizedText(out);
    }

    /** The languages declared by this sheet's headers, in header order. */
    Map<String, Language> languages() {
        return languages;
    }

    /** The plain columns by normalised name (translatable ones excluded). */
    Map<String, Integer> plainColumns() {
        return plain;
    }
}
