package org.concord.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.concord.common.InputException;
import org.concord.common.Problem;
import org.concord.server.ServerAddress;
import org.concord.server.ServerConnection;
import org.concord.server.ServerStudyReader;
import org.concord.study.Study;
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

    /**
     * A copy of the server study in a temporary study file (deleted on {@link StudyCopy#close}), for the exports that
     * read study files.
     */
    StudyCopy copy() {
        try (ServerStudyReader reader = open()) {
            Path dir = Files.createTempDirectory("concord-server-study");
            try {
                return new StudyCopy(reader.copyTo(dir.resolve("server.concord")), dir);
            } catch (RuntimeException e) {
                StudyCopy.delete(dir);
                throw e;
            }
        } catch (IOException e) {
            throw InputException.ofFile(null, "no temporary folder for the server study: " + e.getMessage());
        }
    }

    /** A server study copied into a temporary study file. */
    record StudyCopy(Study study, Path dir) implements AutoCloseable {
        @Override
        public void close() {
            study.close();
            delete(dir);
        }

        static void delete(Path dir) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary folder left behind is removed by the system's cleaning of temporary files
            }
        }
    }

    /** Opens the server study. */
    ServerStudyReader open() {
        return ServerStudyReader.open(ServerConnection.of(ServerAddress.parse(db)), studyId.trim());
    }
}
