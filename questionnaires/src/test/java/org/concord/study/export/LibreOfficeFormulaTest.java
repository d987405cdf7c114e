package org.concord.study.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the exported CSV and workbook in a real LibreOffice (headless, when installed) and checks, in what it saves,
 * that no exported text became a formula. LibreOffice's CSV import does run {@code =2+2} as a formula, so this proves
 * the guard is needed and works.
 */
class LibreOfficeFormulaTest {
    /** How long one conversion may take on a loaded machine (a cold start is about 5 to 20 s). */
    private static final int TIMEOUT_SECONDS = 180;

    @TempDir
    Path dir;

    private int conversions;

    private static String soffice() {
        for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(p, "soffice"))) {
                return Path.of(p, "soffice").toString();
            }
        }
        return null;
    }

    /**
     * Converts {@code input} to xlsx in {@code outDir} with a fresh LibreOffice profile of its own (so that no other
     * LibreOffice, nor the previous conversion, shares it) and returns the converted file; fails with LibreOffice's
     * exit code and log when it fails, times out or writes nothing.
     */
    private Path convert(String soffice, Path input, String inFilter, Path outDir) throws Exception {
        conversions++;
        Path profile = dir.resolve("profile-" + conversions);
        Path log = dir.resolve("soffice-" + conversions + ".log");
        List<String> command = new ArrayList<>(List.of(soffice, "--headless", "--norestore", "--nolockcheck",
                "-env:UserInstallation=" + profile.toUri()));
        if (inFilter != null) {
            command.add("--infilter=" + inFilter);
        }
        command.addAll(List.of("--convert-to", "xlsx", "--outdir", outDir.toString(), input.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String name = input.getFileName().toString();
        Path converted = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + ".xlsx");
        String report = String.join(" ", command) + "\nfinished: " + finished
                + (finished ? ", exit code " + process.exitValue() : " within " + TIMEOUT_SECONDS + " s (killed)")
                + "\nLibreOffice's output:\n" + (Files.exists(log) ? Files.readString(log) : "(none)");
        assertThat(finished).as(report).isTrue();
        assertThat(process.exitValue()).as(report).isZero();
        assertThat(converted).as(report).isRegularFile();
        return converted;
    }

    private static List<String> formulasAndTexts(Path xlsx, List<String> texts) throws Exception {
        List<String> formulas = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            formulas.add(sheet.getSheetName() + "!" + cell.getAddress() + " " + cell.getCellFormula());
                        } else if (cell.getCellType() == CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        return formulas;
    }

    @Test
    void libreOfficeRunsNoExportedTextAsAFormula() throws Exception {
        String soffice = soffice();
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed");
        ExportFixtures fx = new ExportFixtures();
        Path csv = dir.resolve("long.csv");
        Path xlsx = dir.resolve("study.xlsx");
        try (Study study = fx.create(dir.resolve("s.concord"))) {
            for (int i = 0; i < ExportFixtures.DANGEROUS.size(); i++) {
                study.saveAnswer(fx.worker, "t" + i, ExportFixtures.DANGEROUS.get(i), "cy");
            }
            LongCsvExporter.export(study, csv, false);
            XlsxExporter.export(study, xlsx, false);
        }
        Path out = Files.createDirectories(dir.resolve("out"));
        Path fromCsv = convert(soffice, csv, "CSV:44,34,76,1", out); // comma, double quote, UTF-8, from line 1
        Path fromXlsx = convert(soffice, xlsx, null, Files.createDirectories(out.resolve("x")));

        List<String> csvTexts = new ArrayList<>();
        assertThat(formulasAndTexts(fromCsv, csvTexts)).isEmpty();
        for (String dangerous : ExportFixtures.DANGEROUS) {
            // LibreOffice stores a carriage return inside a cell as a line feed; the text is what matters
            assertThat(csvTexts).contains("'" + dangerous.replace('\r', '\n'));
        }
        List<String> xlsxTexts = new ArrayList<>();
        assertThat(formulasAndTexts(fromXlsx, xlsxTexts)).isEmpty();
        assertThat(xlsxTexts).containsAll(ExportFixtures.DANGEROUS).contains("=Swansea");
    }
}
