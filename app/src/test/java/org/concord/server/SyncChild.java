package org.concord.server;

import java.nio.file.Path;
import org.concord.study.Study;

/**
 * Child program of {@link SyncKillTest}: syncs a study (password from {@code PGPASSWORD}) and prints
 * {@code BATCH n} after each batch the server has committed and the study has recorded, then {@code DONE}.
 */
public final class SyncChild {
    private SyncChild() {
    }

    /** Arguments: the study file, the server address, participants per batch. */
    public static void main(String[] args) {
        try (Study study = Study.open(Path.of(args[0]))) {
            ServerSync.sync(study, ServerConnection.of(ServerAddress.parse(args[1])), "child",
                    Integer.parseInt(args[2]), false, (done, total, rows) -> {
                        System.out.println("BATCH " + done + " " + total);
                        System.out.flush();
                    });
        }
        System.out.println("DONE");
        System.out.flush();
    }
}
