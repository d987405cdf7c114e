package org.concord.study;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Runs many writes to a study as one transaction, for bulk imports (a simulated study, a merge): the study's own
 * write methods are called inside it, so the SQL stays the store's, but the file is synced once per batch rather than
 * once per answer. Either the whole batch is committed or none of it.
 */
public final class StudyBatch {
    private StudyBatch() {
    }

    /**
     * Calls {@code work} (which calls {@code study}'s write methods) inside one transaction and commits it; when
     * {@code work} throws, rolls the transaction back and rethrows. Not for the fieldwork runner, whose answers must
     * each be durable when saved.
     */
    public static <T> T inTransaction(Study study, Supplier<T> work) {
        synchronized (study) {
            if (study.isReadOnly()) {
                throw new IllegalStateException(study.file().getFileName() + " was opened read-only");
            }
            try {
                study.conn.setAutoCommit(false);
            } catch (SQLException e) {
                throw StudySql.writeFailure(study.file(), e);
            }
            boolean committed = false;
            try {
                T result = work.get();
                study.conn.commit();
                committed = true;
                return result;
            } catch (SQLException e) {
                throw StudySql.writeFailure(study.file(), e);
            } finally {
                try {
                    if (!committed) {
                        study.conn.rollback();
                        study.forgetRolledBack();
                    }
                    study.conn.setAutoCommit(true);
                } catch (SQLException e) {
                    // The failure that brought us here is the one to report; a rollback that fails leaves the file
                    // at its last committed state anyway.
                }
            }
        }
    }
}
