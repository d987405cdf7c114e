package org.concord.app.workspace.panel;

import java.util.List;
import javax.swing.table.AbstractTableModel;
import org.concord.app.base.Texts;
import org.concord.stats.analysis.LaResult;

/** The LA table: every LA with its trend, the compared index, and whether it entered the comparison or why not. */
final class LaTableModel extends AbstractTableModel {
    private static final long serialVersionUID = 1L;
    static final String[] KEYS = {"table.code", "table.name", "table.leaders", "table.workers", "table.trend",
        "table.pctPerYear", "table.index", "table.included", "table.reason"};
    private static final Class<?>[] TYPES = {String.class, String.class, Integer.class, Integer.class, String.class,
        Double.class, Double.class, String.class, String.class};

    private final transient Texts texts;
    private transient List<LaResult> las = List.of();
    private String index = "";

    LaTableModel(Texts texts) {
        this.texts = texts;
    }

    void show(List<LaResult> newLas, String newIndex) {
        las = List.copyOf(newLas);
        index = newIndex;
        fireTableStructureChanged();
    }

    LaResult la(int row) {
        return las.get(row);
    }

    @Override
    public int getRowCount() {
        return las.size();
    }

    @Override
    public int getColumnCount() {
        return KEYS.length;
    }

    @Override
    public String getColumnName(int column) {
        return column == 6 ? index : texts.get(KEYS[column]);
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return TYPES[column];
    }

    @Override
    public Object getValueAt(int row, int column) {
        LaResult la = las.get(row);
        return switch (column) {
            case 0 -> la.laCode();
            case 1 -> la.laName() == null ? "" : la.laName();
            case 2 -> la.nLeaders();
            case 3 -> la.nWorkers();
            case 4 -> texts.get("trend." + la.trend());
            case 5 -> la.pctPerYear();
            case 6 -> la.index(index);
            case 7 -> texts.get(la.included() ? "table.yes" : "table.no");
            default -> la.excludedReason() == null ? "" : la.excludedReason();
        };
    }
}
