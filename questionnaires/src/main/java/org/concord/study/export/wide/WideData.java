package org.concord.study.export.wide;

import java.io.IOException;
import java.util.List;

/** A wide table that the SPSS and Stata writers stream: its variables, its row count, then its rows in order. */
public interface WideData {
    /** The variables in column order. */
    List<Variable> variables();

    /** The number of rows {@link #forEachRow} gives. */
    long rowCount();

    /** Gives every row in order; the row object is reused, so a sink must not keep it. */
    void forEachRow(RowSink sink) throws IOException;

    /** Receives the rows of a table. */
    @FunctionalInterface
    interface RowSink {
        /** One row. */
        void row(WideRow row) throws IOException;
    }
}
