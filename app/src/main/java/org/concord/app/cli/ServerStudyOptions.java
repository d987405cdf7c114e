package org.concord.app.cli;

import java.util.List;
import org.concord.common.Problem;
import org.concord.server.ServerAddress;
import org.concord.server.ServerConnection;
import org.concord.server.ServerStudyReader;
import picocli.CommandLine.Option;

/** The options {@code --db URL --study-id ID} of the commands that can read a study from a Concord server. */
final class ServerStudyOptions {
    @Option(names = "--db", paramLabel = "URL", description = "read the study from a Concord server:"
            + " postgresql://user@host:port/database (password from PGPASSWORD, ~/.pgpass or a prompt)")
    String db;

    @Option(names = "--study-id", paramLabel = "ID", description = "the study on the server (--db); 'concord server"
            + " status' lists them")
    String studyId;

    /** True when a server study was named. */
    boolean given() {
        return db != null;
    }

    /** Adds a problem when only one of the two options was given. */
    void check(List<Problem> problems) {
        if (db != null && studyId == null) {
            problems.add(Problem.ofFile(null, "--db needs --study-id ID (the study to read; 'concord server status"
                    + " --db " + db + "' lists them)"));
        } else if (db == null && studyId != null) {
            problems.add(Problem.ofFile(null, "--study-id needs --db URL (the server that holds the study)"));
        }
    }

    /** Opens the server study. */
    ServerStudyReader open() {
        return ServerStudyReader.open(ServerConnection.of(ServerAddress.parse(db)), studyId.trim());
    }
}
