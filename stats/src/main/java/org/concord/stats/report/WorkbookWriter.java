package org.concord.stats.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.ScatterStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.concord.stats.analysis.AnalysisResult;
import org.concord.stats.analysis.ComparisonSummary;
import org.concord.stats.analysis.LaResult;
import org.concord.stats.analysis.PlainWords;
import org.concord.common.OutputFile;
import org.concord.common.QuietLibraries;

/**
 * Writes the report workbook of the design: {@code Summary} (the answer in plain words, key figures, a chart of the
 * index by trend group), {@code LAs}, {@code Comparison}, {@code Items}, {@code Trends} (with a chart), {@code Scales},
 * {@code Factors}, {@code Models} and {@code Method}. The file is written to a temporary sibling and moved into place, so a failed run never leaves half a
 * workbook where the user expects one.
 *
 * <p>Why XSSF and not SXSSF: the national run (152 LAs) writes at most 202 rows on a sheet (Scales; LAs and Trends
 * 153) and about 6,900 cells in all, so nothing is large enough to stream. Streaming every sheet without a chart
 * (SXSSF wrapping this XSSF workbook, the two chart sheets kept as XSSF) read back with the same cells but cost more:
 * the workbook stage took a median 1,155 ms CPU against 1,030 ms (shared strings) and 1,255 against 1,120 ms (inline
 * strings), six alternate national runs each at load average 6-10 (2026-12-06). Column widths are set from what each
 * column holds ({@link Cells#widths}); no column is auto-sized.
 */
public final class WorkbookWriter {
    /** The sheet names, in order. */
    public static final List<String> SHEETS = List.of("Summary", "LAs", "Comparison", "Items", "Trends", "Scales",
            "Factors", "Models", "Method");

    /** Falling (blue) and rising (orange) in every chart; colour-blind safe (Okabe-Ito). */
    static final byte[][] COLOURS = {{0x00, 0x72, (byte) 0xB2}, {(byte) 0xE6, (byte) 0x9F, 0x00},
        {(byte) 0x99, (byte) 0x99, (byte) 0x99}};

    private WorkbookWriter() {
    }

    /**
     * Starts loading and initialising POI's classes (XMLBeans schemas, chart parts) in a background daemon thread, so
     * that on a machine with two cores it overlaps with reading the responses. Call it only when a workbook will be
     * written; the warm-up writes to nowhere and touches no file.
     */
    public static void warmUpInBackground() {
        Thread t = new Thread(() -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                QuietLibraries.apply();
                Cells cells = new Cells(wb);
                XSSFSheet sheet = wb.createSheet("warm-up");
                cells.text(sheet, 0, 0, "x");
                cells.number(sheet, 1, 3, 1.0, cells.dec3);
                cells.number(sheet, 1, 4, 1.0, cells.dec3);
                cells.table(sheet, 0, new String[] {"a", "b"}, 1);
                indexChart(sheet, "x", new int[][] {{1, 1}, {1, 1}}, 0);
                wb.write(OutputStream.nullOutputStream());
            } catch (IOException | RuntimeException e) {
                // A failed warm-up only costs the time it saves; the real write reports any real problem.
            }
        }, "concord-poi-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Writes the workbook to {@code file} through a temporary file renamed into place. */
    public static void write(AnalysisResult result, Path file) throws IOException {
        write(result, file, "en");
    }

    /** As {@link #write(AnalysisResult, Path)}, with the plain-words answer in {@code language} ({@code en}, {@code cy}). */
    public static void write(AnalysisResult result, Path file, String language) throws IOException {
        try (XSSFWorkbook wb = build(result, language)) {
            OutputFile.replace(file, tmp -> {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    wb.write(out);
                }
                return null;
            });
        }
    }

    /** Builds the workbook in memory. */
    public static XSSFWorkbook build(AnalysisResult result) {
        return build(result, "en");
    }

    /** Builds the workbook in memory, with the plain-words answer in {@code language}. */
    public static XSSFWorkbook build(AnalysisResult result, String language) {
        QuietLibraries.apply();
        XSSFWorkbook wb = new XSSFWorkbook();
        Cells cells = new Cells(wb);
        for (String name : SHEETS) {
            wb.createSheet(name);
        }
        summary(wb.getSheet("Summary"), cells, result, language);
        TableSheets.las(wb.getSheet("LAs"), cells, result);
        TableSheets.comparison(wb.getSheet("Comparison"), cells, result);
        TableSheets.items(wb.getSheet("Items"), cells, result);
        TrendsSheet.write(wb.getSheet("Trends"), cells, result);
        ModelSheets.scales(wb.getSheet("Scales"), cells, result.models());
        ModelSheets.factors(wb.getSheet("Factors"), cells, result.models());
        ModelSheets.models(wb.getSheet("Models"), cells, result.models());
        MethodSheet.write(wb.getSheet("Method"), cells, result);
        for (String name : SHEETS) {
            printSetup(wb.getSheet(name));
        }
        wb.setActiveSheet(0);
        return wb;
    }

    /** Landscape, one page wide, so that a printed or PDF report does not split tables across pages. */
    private static void printSetup(XSSFSheet sheet) {
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
    }

    private static void summary(XSSFSheet sheet, Cells cells, AnalysisResult result, String language) {
        Cells.widths(sheet, 34, 16, 4, 12, 12, 12, 12, 12, 12, 12, 12);
        int r = 0;
        cells.text(sheet, r++, 0, "Concord analysis: worker-leader agreement in values", cells.title);
        cells.text(sheet, r++, 0, PlainWords.question(language), cells.bold);
        r++;
        for (String sentence : PlainWords.answer(result, language)) {
            cells.text(sheet, r, 0, sentence, cells.wrap);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 10));
            int lines = 1 + sentence.length() / 150;
            Cells.row(sheet, r).setHeightInPoints(15f * lines + 2);
            r++;
        }
        r++;
        ComparisonSummary c = result.comparison();
        int keyTop = r;
        cells.text(sheet, r, 0, "Key figure", cells.header);
        cells.text(sheet, r++, 1, "Value", cells.header);
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {"Compared index", c.index()});
        rows.add(new Object[] {"LAs in the responses", (double) result.las().size(), cells.integer});
        rows.add(new Object[] {"LAs with falling rates (included)", (double) c.nFalling(), cells.integer});
        rows.add(new Object[] {"LAs with rising rates (included)", (double) c.nRising(), cells.integer});
        rows.add(new Object[] {"Mean index, falling", c.meanFalling(), cells.dec3});
        rows.add(new Object[] {"Mean index, rising", c.meanRising(), cells.dec3});
        rows.add(new Object[] {"Difference (falling - rising)", c.difference(), cells.dec3});
        rows.add(new Object[] {"Welch t", c.welch().t(), cells.dec3});
        rows.add(new Object[] {"Welch df", c.welch().df(), cells.dec3});
        rows.add(new Object[] {"Welch p (two-sided)", c.welch().p(), cells.pValue});
        rows.add(new Object[] {"Permutation p", c.permutation().p(), cells.pValue});
        rows.add(new Object[] {"Mann-Whitney p", c.mannWhitney().p(), cells.pValue});
        rows.add(new Object[] {"Hedges' g", c.hedgesG(), cells.dec3});
        rows.add(new Object[] {"Cliff's delta", c.cliffsDelta(), cells.dec3});
        rows.add(new Object[] {"95% BCa interval, low", c.bootstrap().bcaLo(), cells.dec3});
        rows.add(new Object[] {"95% BCa interval, high", c.bootstrap().bcaHi(), cells.dec3});
        rows.add(new Object[] {"ICC(1) of mean values score", result.icc().icc1(), cells.dec3});
        rows.add(new Object[] {"ICC(2) of mean values score", result.icc().icc2(), cells.dec3});
        for (Object[] row : rows) {
            cells.text(sheet, r, 0, (String) row[0]);
            if (row[1] instanceof String s) {
                cells.text(sheet, r, 1, s);
            } else if (row[1] == null) {
                cells.text(sheet, r, 1, "undefined");
            } else {
                cells.number(sheet, r, 1, (Double) row[1], (org.apache.poi.ss.usermodel.CellStyle) row[2]);
            }
            r++;
        }
        sheet.createFreezePane(0, 2);
        // Chart data: each included LA at x = 1 (falling) or 2 (rising), spread a little so that points do not hide
        // each other; the spread is fixed by the LA's rank, so the workbook is the same on every run.
        r += 2;
        cells.text(sheet, r, 0, "Chart data: the compared index of each included LA", cells.bold);
        r++;
        int dataTop = r;
        String[] headers = {"LA", "Trend", "", "Group (x)", c.index()};
        for (int i = 0; i < headers.length; i++) {
            if (!headers[i].isEmpty()) {
                cells.text(sheet, r, i == 0 ? 0 : i, headers[i], cells.header);
            }
        }
        r++;
        int[][] ranges = new int[2][2];
        String[] groups = {"falling", "rising"};
        for (int g = 0; g < 2; g++) {
            ranges[g][0] = r;
            int k = 0;
            for (LaResult la : result.las()) {
                if (la.included() && groups[g].equals(la.trend()) && la.index(c.index()) != null) {
                    cells.text(sheet, r, 0, la.laName() != null ? la.laCode() + " " + la.laName() : la.laCode());
                    cells.text(sheet, r, 1, la.trend());
                    cells.number(sheet, r, 3, g + 1 + ((k % 9) - 4) * 0.03, cells.dec3);
                    cells.number(sheet, r, 4, la.index(c.index()), cells.dec3);
                    k++;
                    r++;
                }
            }
            ranges[g][1] = r - 1;
        }
        boolean any = ranges[0][1] >= ranges[0][0] || ranges[1][1] >= ranges[1][0];
        if (any) {
            indexChart(sheet, c.index(), ranges, keyTop);
        } else {
            cells.text(sheet, dataTop - 1, 5, "(no chart: no LA entered the comparison)");
        }
    }

    private static void indexChart(XSSFSheet sheet, String index, int[][] ranges, int top) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 3, top, 11, top + 20));
        chart.setTitleText(index + " of each LA by trend group (1 = falling, 2 = rising)");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFValueAxis x = chart.createValueAxis(AxisPosition.BOTTOM);
        x.setTitle("trend group");
        x.setMinimum(0);
        x.setMaximum(3);
        x.setMajorUnit(1);
        x.setNumberFormat("0");
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle(index);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        x.setCrosses(AxisCrosses.MIN);
        XDDFScatterChartData data = (XDDFScatterChartData) chart.createData(ChartTypes.SCATTER, x, y);
        data.setStyle(ScatterStyle.LINE_MARKER);
        data.setVaryColors(false);
        String[] names = {"falling rates", "rising rates"};
        MarkerStyle[] markers = {MarkerStyle.CIRCLE, MarkerStyle.TRIANGLE};
        for (int g = 0; g < 2; g++) {
            if (ranges[g][1] < ranges[g][0]) {
                continue; // an empty group has no series: an empty range makes Excel repair the file
            }
            XDDFNumericalDataSource<Double> xs = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(ranges[g][0], ranges[g][1], 3, 3));
            XDDFNumericalDataSource<Double> ys = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(ranges[g][0], ranges[g][1], 4, 4));
            XDDFScatterChartData.Series s = (XDDFScatterChartData.Series) data.addSeries(xs, ys);
            s.setTitle(names[g], null);
            s.setSmooth(false);
            s.setMarkerStyle(markers[g]);
            XDDFShapeProperties noLine = new XDDFShapeProperties();
            noLine.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
            s.setShapeProperties(noLine);
            // Distinct marker colours: spreadsheet programs otherwise may draw both groups alike.
            var marker = s.getCTScatterSer().getMarker();
            XDDFShapeProperties fill = new XDDFShapeProperties(marker.isSetSpPr() ? marker.getSpPr()
                    : marker.addNewSpPr());
            fill.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(COLOURS[g])));
            fill.setLineProperties(new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(COLOURS[g]))));
        }
        chart.plot(data);
    }
}
