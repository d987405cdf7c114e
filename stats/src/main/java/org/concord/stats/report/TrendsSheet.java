package org.concord.stats.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.concord.stats.analysis.AnalysisResult;
import org.concord.stats.analysis.LaResult;
import org.concord.stats.analysis.LaSeries;

/**
 * The {@code Trends} sheet: each LA's rates in the trend window, its slope and trend, and a line chart of the mean
 * rate by year of the LAs in each trend group (one line per group reads better than a line per LA).
 */
final class TrendsSheet {
    private static final List<String> GROUPS = List.of("falling", "rising", "stable");

    private TrendsSheet() {
    }

    static void write(XSSFSheet sheet, Cells cells, AnalysisResult result) {
        int from = result.parameters().yearFrom();
        int to = result.parameters().yearTo();
        int nYears = to - from + 1;
        String[] headers = new String[6 + nYears];
        String[] fixed = {"LA code", "LA name", "Trend", "Years with a rate", "Slope (rate a year)", "% a year"};
        System.arraycopy(fixed, 0, headers, 0, fixed.length);
        for (int y = 0; y < nYears; y++) {
            headers[fixed.length + y] = Integer.toString(from + y);
        }
        Map<String, LaResult> byCode = new HashMap<>();
        result.las().forEach(la -> byCode.put(la.laCode(), la));
        double[][] sum = new double[GROUPS.size()][nYears];
        int[][] count = new int[GROUPS.size()][nYears];
        int r = 1;
        for (LaSeries s : result.series()) {
            LaResult la = byCode.get(s.laCode());
            cells.text(sheet, r, 0, s.laCode());
            cells.text(sheet, r, 1, s.laName());
            cells.text(sheet, r, 2, s.trend());
            cells.number(sheet, r, 3, (double) s.years(), cells.integer);
            if (la != null) {
                cells.number(sheet, r, 4, la.slope(), cells.dec3);
                cells.number(sheet, r, 5, la.pctPerYear(), cells.dec1);
            }
            int g = GROUPS.indexOf(s.trend());
            for (var e : s.rates().entrySet()) {
                int y = e.getKey() - from;
                if (y >= 0 && y < nYears) {
                    cells.number(sheet, r, fixed.length + y, e.getValue(), cells.dec1);
                    if (g >= 0) {
                        sum[g][y] += e.getValue();
                        count[g][y]++;
                    }
                }
            }
            r++;
        }
        cells.table(sheet, 0, headers, r - 1);
        int[] widths = new int[headers.length];
        int[] first = {12, 28, 9, 9, 11, 9};
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i < first.length ? first[i] : 8;
        }
        Cells.widths(sheet, widths);

        // Group means by year, to the right of the LA table, and the chart under them.
        int left = headers.length + 1;
        cells.text(sheet, 0, left, "Year", cells.header);
        for (int g = 0; g < GROUPS.size(); g++) {
            cells.text(sheet, 0, left + 1 + g, "Mean rate, " + GROUPS.get(g) + " LAs", cells.header);
        }
        boolean any = false;
        for (int y = 0; y < nYears; y++) {
            cells.number(sheet, 1 + y, left, (double) (from + y), cells.integer);
            for (int g = 0; g < GROUPS.size(); g++) {
                if (count[g][y] > 0) {
                    cells.number(sheet, 1 + y, left + 1 + g, sum[g][y] / count[g][y], cells.dec1);
                    any = true;
                }
            }
        }
        for (int i = 0; i <= GROUPS.size(); i++) {
            sheet.setColumnWidth(left + i, 14 * 256);
        }
        if (any) {
            chart(sheet, left, nYears, count, result.parameters().rateColumn());
        }
    }

    private static void chart(XSSFSheet sheet, int left, int nYears, int[][] count, String rateColumn) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int top = nYears + 2;
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, left, top, left + 8, top + 20));
        chart.setTitleText("Mean rate by year and trend group (" + rateColumn + ")");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTitle("year");
        x.setNumberFormat("0");
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle("rate");
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        data.setVaryColors(false);
        XDDFDataSource<Double> years = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(1, nYears, left, left));
        MarkerStyle[] markers = {MarkerStyle.CIRCLE, MarkerStyle.TRIANGLE, MarkerStyle.SQUARE};
        for (int g = 0; g < GROUPS.size(); g++) {
            int n = 0;
            for (int c : count[g]) {
                n += c;
            }
            if (n == 0) {
                continue; // no series for a group without LAs: an all-empty series only clutters the legend
            }
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(1, nYears, left + 1 + g, left + 1 + g));
            XDDFLineChartData.Series s = (XDDFLineChartData.Series) data.addSeries(years, values);
            s.setTitle(GROUPS.get(g) + " LAs", null);
            s.setSmooth(false);
            s.setMarkerStyle(markers[g]);
            XDDFShapeProperties line = new XDDFShapeProperties();
            line.setLineProperties(new XDDFLineProperties(new XDDFSolidFillProperties(
                    XDDFColor.from(WorkbookWriter.COLOURS[g]))));
            s.setShapeProperties(line);
        }
        chart.plot(data);
    }
}
