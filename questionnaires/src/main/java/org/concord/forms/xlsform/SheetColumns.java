package org.concord.forms.xlsform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.common.Problem;
import org.concord.forms.Language;
import org.concord.forms.LocalizedText;
import org.concord.forms.validation.DidYouMean;

/**
 * The columns of one sheet as pyxform reads them: header names in any case with spaces for underscores, aliases
 * ({@code caption}, {@code jr:constraintMsg}, {@code bind::relevant}), and translatable columns by base name and
 * language ({@code label::English (en)}, or {@code label:English} in a sheet without {@code ::}). A translatable
 * column without a language belongs to the form's default language; a column with no text creates no language.
 */
final class SheetColumns {
    private static final Pattern LANGUAGE = Pattern.compile("(.*?)\\s*\\(([^()]+)\\)");
    /** The key of an unsuffixed translatable column until the default language is known. */
    private static final String UNSUFFIXED = "";

    /** One header as written and as understood. */
    record Header(int index, String raw, String base, String languageSpec) {
    }

    /** The sheet as read, with the rows pyxform does not read. */
    private final Sheet whole;
    /** The sheet as pyxform reads it: the rows before {@link #ignoredFrom}. */
    private final Sheet sheet;
    /** The index of the first data row after a run of {@link Sheet#ROW_GAP} empty rows (or the number of rows). */
    private final int ignoredFrom;
    private final ColumnCatalogue.Kind kind;
    private final List<Header> headers = new ArrayList<>();
    private final Map<String, Integer> plain = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> translated = new LinkedHashMap<>();
    private final Map<String, Language> languages = new LinkedHashMap<>();
    private final Set<Integer> empty = new HashSet<>();
    private String defaultCode = Language.DEFAULT_CODE;

    SheetColumns(Sheet sheet, ColumnCatalogue.Kind kind, List<Problem> problems) {
        this.ignoredFrom = sheet.rowsRead();
        this.whole = sheet;
        this.sheet = ignoredFrom == sheet.rows().size() ? sheet : new Sheet(sheet.name(), sheet.file(), sheet.sheet(),
                sheet.header(), sheet.rows().subList(0, ignoredFrom));
        this.kind = kind;
        boolean doubleColon = sheet.header().stream().anyMatch(h -> h.contains("::"));
        for (int c = 0; c < sheet.header().size(); c++) {
            final int col = c;
            if (this.sheet.rows().stream().allMatch(r -> r.get(col).isEmpty())) {
                empty.add(c);
            }
            if (sheet.header().get(c).isEmpty()) {
                continue; // a column without a header: ignored, as pyxform does, with a warning (checkUnused)
            }
            Header h = parse(c, sheet.header().get(c), doubleColon, kind);
            headers.add(h);
            if (h.languageSpec() == null && !ColumnCatalogue.TRANSLATABLE.contains(h.base())) {
                if (ColumnCatalogue.unusedReason(kind, h.base()) != null) {
                    // Ignored (and warned) whatever follows it: body::rows and body::accuracy are two columns.
                    plain.putIfAbsent(h.base(), c);
                } else {
                    put(plain, h.base(), c, problems);
                }
                continue;
            }
            String key = UNSUFFIXED;
            if (h.languageSpec() != null) {
                Language language = language(h.languageSpec());
                key = language.code();
                if (ColumnCatalogue.TRANSLATABLE.contains(h.base()) && !empty.contains(c)) {
                    languages.putIfAbsent(language.code(), language);
                }
            }
            put(translated.computeIfAbsent(h.base(), k -> new LinkedHashMap<>()), key, c, problems);
        }
    }

    /** Records column {@code c} under {@code key}; two columns with text for the same key are a problem. */
    private void put(Map<String, Integer> map, String key, int c, List<Problem> problems) {
        Integer old = map.get(key);
        if (old == null || empty.contains(old)) {
            map.put(key, c);
        } else if (!empty.contains(c)) {
            String header = sheet.header().get(c);
            String first = sheet.header().get(old);
            problems.add(sheet.problem(1, header, "duplicate column " + header
                    + (first.equals(header) ? "" : " (the same column as " + first + ")")
                    + "; keep one and delete the other"));
        }
    }

    /**
     * Warns about what pyxform does not read: values in a column without a header (one line per column, with its
     * letter) and rows after a run of {@link Sheet#ROW_GAP} empty rows.
     */
    void checkIgnored(List<Problem> warnings) {
        for (int c = 0; c < sheet.header().size(); c++) {
            if (sheet.header().get(c).isEmpty() && !empty.contains(c)) {
                int row = firstRowWithText(c);
                warnings.add(sheet.problem(row, Sheet.columnLetter(c), "column " + Sheet.columnLetter(c)
                        + " has values (from row " + row + ") but no header, so it is ignored, as pyxform ignores it"
                        + " (pyxform reads no header after " + Sheet.HEADER_GAP + " empty header cells either); add a "
                        + "header in row 1 or delete the values"));
            }
        }
        for (int i = ignoredFrom; i < whole.rows().size(); i++) {
            if (whole.rows().get(i).stream().anyMatch(v -> !v.isEmpty())) {
                warnings.add(sheet.problem(Sheet.rowNumber(i), null, "row " + Sheet.rowNumber(i) + " and the rows "
                        + "below it are ignored: they come after " + Sheet.ROW_GAP + " empty rows, where pyxform stops "
                        + "reading the sheet; delete the empty rows above them to keep them"));
                return;
            }
        }
    }

    /** How pyxform understands a header: its base column name and language, aliases resolved. */
    static Header parse(int index, String raw, boolean doubleColon, ColumnCatalogue.Kind kind) {
        Map<String, String> aliases = ColumnCatalogue.aliases(kind);
        String whole = snake(raw);
        if (ColumnCatalogue.used(kind).contains(whole) || ColumnCatalogue.TRANSLATABLE.contains(whole)) {
            return new Header(index, raw, whole, null);
        }
        if (aliases.containsKey(whole)) {
            return new Header(index, raw, aliases.get(whole), null);
        }
        List<String> tokens = tokens(raw, doubleColon || raw.contains("::"));
        String first = snake(tokens.get(0));
        if (first.startsWith("bind:")) {
            tokens.set(0, first.substring("bind:".length()));
            first = snake(tokens.get(0));
        }
        if ((first.equals("bind") || first.equals("media")) && tokens.size() > 1) {
            tokens.remove(0);
            first = snake(tokens.get(0));
        }
        String base = aliases.getOrDefault(first, first);
        String spec = tokens.size() > 1 ? String.join("::", tokens.subList(1, tokens.size())) : null;
        boolean translatable = ColumnCatalogue.TRANSLATABLE.contains(base)
                || ColumnCatalogue.TRANSLATABLE_UNUSED.contains(base);
        boolean known = ColumnCatalogue.used(kind).contains(base) || translatable
                || ColumnCatalogue.unusedReason(kind, base) != null;
        if (!known || spec != null && !translatable && ColumnCatalogue.unusedReason(kind, base) == null) {
            // Unknown columns keep their header as written: choice_filter expressions may name them.
            return new Header(index, raw, raw, null);
        }
        return new Header(index, raw, base, translatable ? spec : null);
    }

    private static List<String> tokens(String raw, boolean doubleColon) {
        List<String> out = new ArrayList<>();
        if (doubleColon) {
            for (String t : raw.split("::", -1)) {
                out.add(t.strip());
            }
            return out;
        }
        String[] parts = raw.split(":", -1);
        for (int i = 0; i < parts.length; i++) {
            // jr:constraintMsg and jr:count keep their namespace when a sheet uses single colons.
            if (parts[i].strip().equals("jr") && i + 1 < parts.length) {
                out.add("jr:" + parts[++i].strip());
            } else {
                out.add(parts[i].strip());
            }
        }
        return out;
    }

    /** pyxform's snake case: words joined by {@code _}, lower case. */
    static String snake(String s) {
        return String.join("_", s.strip().split("\\s+")).toLowerCase(Locale.ROOT);
    }

    /** A language from the part of a header after {@code ::}, e.g. {@code Cymraeg (cy)}. */
    static Language language(String spec) {
        Matcher m = LANGUAGE.matcher(spec.strip());
        if (m.matches()) {
            return new Language(m.group(2).strip(), m.group(1).strip());
        }
        // pyxform accepts a language without a code; its name serves as its code.
        return new Language(spec.strip(), spec.strip());
    }

    /** Gives unsuffixed translatable columns to {@code language}; a column for it with a suffix too is a problem. */
    void setDefaultLanguage(Language language, List<Problem> problems) {
        defaultCode = language.code();
        translated.forEach((base, byLanguage) -> {
            Integer plainColumn = byLanguage.get(UNSUFFIXED);
            Integer named = byLanguage.get(defaultCode);
            if (plainColumn != null && named != null && !empty.contains(plainColumn) && !empty.contains(named)) {
                problems.add(sheet.problem(1, sheet.header().get(plainColumn), "columns "
                        + sheet.header().get(plainColumn) + " and " + sheet.header().get(named) + " are both in "
                        + language.headerName() + " (the default_language); keep one and delete the other"));
            }
        });
    }

    /** True when a translatable column without a language suffix has text. */
    boolean hasUnsuffixedText() {
        for (String base : ColumnCatalogue.TRANSLATABLE) {
            Integer c = translated.getOrDefault(base, Map.of()).get(UNSUFFIXED);
            if (c != null && !empty.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks the headers that Concord does not read: one with text close to a column it reads is an error (a
     * misspelling would otherwise lose a rule), unless that column is appearance; an empty one, an XLSForm column
     * Concord does not use, or any other column with text, is a warning.
     */
    void checkUnused(List<Problem> problems, List<Problem> warnings) {
        checkIgnored(warnings);
        List<String> known = ColumnCatalogue.used(kind);
        String what = kind == ColumnCatalogue.Kind.SETTINGS ? "setting " : "column ";
        for (Header h : headers) {
            if (known.contains(h.base()) || ColumnCatalogue.TRANSLATABLE.contains(h.base())) {
                continue;
            }
            boolean intent = h.base().equals("body") && h.raw().toLowerCase(Locale.ROOT).strip().endsWith(":intent");
            String reason = ColumnCatalogue.unusedReason(kind, intent ? "intent" : h.base());
            boolean hasText = !empty.contains(h.index());
            if (reason != null) {
                if (hasText) {
                    warnings.add(sheet.problem(firstRowWithText(h.index()), h.raw(), what + h.raw()
                            + " is ignored: " + reason));
                }
                continue;
            }
            int sep = h.raw().indexOf("::");
            String before = snake(sep < 0 ? h.raw() : h.raw().substring(0, sep));
            var near = DidYouMean.closest(before, known);
            if (near.isPresent() && (!hasText || near.get().equals("appearance"))) {
                // As pyxform, which drops it: an empty column loses nothing, and a group is one page in Concord
                // whatever its appearance says.
                warnings.add(sheet.problem(hasText ? firstRowWithText(h.index()) : 1, h.raw(), what + h.raw()
                        + (hasText ? "" : ", which is empty,") + " is ignored; did you mean " + near.get()
                        + (sep < 0 ? "" : h.raw().substring(sep)) + "? rename it if it should be read"));
            } else if (near.isPresent()) {
                problems.add(sheet.problem(1, h.raw(), "unknown column " + h.raw() + "; did you mean " + near.get()
                        + (sep < 0 ? "" : h.raw().substring(sep)) + "?"));
            } else if (hasText && kind != ColumnCatalogue.Kind.CHOICES) {
                warnings.add(sheet.problem(firstRowWithText(h.index()), h.raw(), what + h.raw() + " is not an XLSForm "
                        + what + "that Concord uses; it is ignored"));
            }
        }
    }

    int firstRowWithText(int column) {
        for (int i = 0; i < sheet.rows().size(); i++) {
            if (!sheet.rows().get(i).get(column).isEmpty()) {
                return Sheet.rowNumber(i);
            }
        }
        return 1;
    }

    Sheet sheet() {
        return sheet;
    }

    /** The headers as written and as understood. */
    List<Header> headers() {
        return headers;
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
        Map<String, Integer> byLanguage = translated.getOrDefault(base, Map.of());
        Integer c = byLanguage.get(language.code());
        if (c == null && language.code().equals(defaultCode)) {
            c = byLanguage.get(UNSUFFIXED);
        }
        if (c != null) {
            return sheet.header().get(c);
        }
        return Language.DEFAULT_CODE.equals(language.code()) ? base : base + "::" + language.headerName();
    }

    /** The header of the first column of {@code base} (any language), or {@code base} when it has none. */
    String anyHeader(String base) {
        Map<String, Integer> byLanguage = translated.getOrDefault(base, Map.of());
        return byLanguage.isEmpty() ? base : sheet.header().get(byLanguage.values().iterator().next());
    }

    /** The cell of a plain column in data row {@code index}, or "" when the column is absent. */
    String get(List<String> row, String column) {
        Integer c = plain.get(column);
        return c == null ? "" : row.get(c);
    }

    /** True when a column with a header has text in this row (a column without one is ignored). */
    boolean hasText(List<String> row) {
        for (Header h : headers) {
            if (!row.get(h.index()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The text of a translatable column in every language that has one. */
    LocalizedText text(List<String> row, String base) {
        Map<String, Integer> byLanguage = translated.get(base);
        if (byLanguage == null) {
            return LocalizedText.EMPTY;
        }
        Map<String, String> out = new LinkedHashMap<>();
        byLanguage.forEach((key, c) -> {
            String code = key.equals(UNSUFFIXED) ? defaultCode : key;
            if (!row.get(c).isEmpty() && !out.containsKey(code)) {
                out.put(code, row.get(c));
            }
        });
        return out.isEmpty() ? LocalizedText.EMPTY : new LocalizedText(out);
    }

    /** The named languages of this sheet's translatable columns that hold text, in header order. */
    Map<String, Language> languages() {
        return languages;
    }

    /** The language code of the columns without a language suffix. */
    String defaultCode() {
        return defaultCode;
    }

    /** Which sheet these columns belong to. */
    ColumnCatalogue.Kind kind() {
        return kind;
    }

    /** The plain columns by normalised name (translatable ones excluded). */
    Map<String, Integer> plainColumns() {
        return plain;
    }
}
