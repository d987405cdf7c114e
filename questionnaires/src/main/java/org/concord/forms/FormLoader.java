package org.concord.forms;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.concord.common.InputException;
import org.concord.forms.xlsform.CsvSheets;
import org.concord.forms.xlsform.FormBuilder;
import org.concord.forms.xlsform.FormFiles;
import org.concord.forms.xlsform.SheetSet;
import org.concord.forms.xlsform.XlsSheets;
import org.concord.forms.xlsform.XlsxSheets;

/**
 * Loads an XLSForm from an {@code .xlsx} or legacy {@code .xls} workbook, a folder of CSV sheets, a bundled form or a
 * stored form source.
 * Every way gives the same immutable, validated {@link Form}; bad forms throw an {@link InputException} that lists
 * every problem with its file, sheet, row and column.
 */
public final class FormLoader {
    /** The bundled instrument a new study uses unless told otherwise. */
    public static final String DEFAULT_FORM = "values-agreement";

    private static final String BUNDLED = "org/concord/forms/bundled/";

    private FormLoader() {
    }

    /**
     * Loads an {@code .xlsx} or {@code .xls} workbook or a folder holding {@code survey.csv}, {@code choices.csv},
     * {@code settings.csv}.
     */
    public static Form load(Path path) {
        if (Files.isDirectory(path)) {
            return build(FormFiles.attach(CsvSheets.readFolder(path), path));
        }
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (!Files.exists(path)) {
            throw InputException.ofFile(name, "no such file or folder: " + path);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
            Path folder = path.toAbsolutePath().getParent();
            return build(FormFiles.attach(readWorkbook(path, name, lower.endsWith(".xls")), folder));
        }
        if (lower.equals("survey.csv") || lower.equals("choices.csv") || lower.equals("settings.csv")) {
            // One sheet of a form folder was named: the form is the folder.
            Path folder = path.toAbsolutePath().getParent();
            return build(FormFiles.attach(CsvSheets.readFolder(folder), folder));
        }
        throw InputException.ofFile(name, "not an XLSForm: give an .xlsx or .xls workbook or a folder holding "
                + "survey.csv, choices.csv and settings.csv");
    }

    /** Loads a form bundled with Concord, e.g. {@link #DEFAULT_FORM}. */
    public static Form loadBundled(String name) {
        ClassLoader loader = FormLoader.class.getClassLoader();
        if (!name.matches("[A-Za-z0-9_.-]+") || loader.getResource(BUNDLED + name + "/survey.csv") == null) {
            throw InputException.ofFile(name, "no bundled form named " + name + "; the default is " + DEFAULT_FORM);
        }
        return build(CsvSheets.read(name, file -> {
            try (InputStream in = loader.getResourceAsStream(BUNDLED + name + "/" + file)) {
                return in == null ? null : in.readAllBytes();
            }
        }));
    }

    /** Loads a form from its canonical text ({@link FormSource#text()}), as stored in a study file. */
    public static Form fromSource(String canonicalText) {
        SheetSet sheets = FormSources.parse(canonicalText);
        FormSource source = new FormSource(canonicalText, FormSources.sha256(canonicalText));
        return FormBuilder.build(sheets, source);
    }

    /**
     * Reads a workbook by its name, once its first bytes agree: an .xlsx saved under the name .xls (or an .xls under
     * .xlsx) is named as such rather than read as garbage.
     */
    private static SheetSet readWorkbook(Path path, String name, boolean xls) {
        XlsSheets.Kind kind = XlsSheets.kind(path);
        if (xls && kind == XlsSheets.Kind.ZIP) {
            throw InputException.ofFile(name, "this file is an .xlsx workbook named .xls; rename it to end in .xlsx");
        }
        if (!xls && kind == XlsSheets.Kind.OLE2) {
            throw InputException.ofFile(name, "this file is not an .xlsx workbook but an old-format .xls workbook or a "
                    + "password-protected one; rename it to end in .xls, or remove the password and save it as .xlsx");
        }
        if (xls && kind == XlsSheets.Kind.OTHER) {
            throw InputException.ofFile(name, "not a readable .xls workbook: the file is not an Excel workbook; open "
                    + "it in Excel or LibreOffice and save it as .xlsx");
        }
        return xls ? XlsSheets.read(path) : XlsxSheets.read(path);
    }

    private static Form build(SheetSet read) {
        if (read.survey() == null) {
            throw new InputException(read.problems());
        }
        SheetSet sheets = read.withFormId();
        return FormBuilder.build(sheets, FormSources.of(sheets));
    }
}
