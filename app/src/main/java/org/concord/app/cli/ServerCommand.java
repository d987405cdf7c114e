package org.concord.app.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.concord.server.ServerAddress;
import org.concord.server.ServerConnection;
import org.concord.server.ServerSchema;
import org.concord.server.ServerStatus;
import org.concord.server.ServerStatus.LaptopStatus;
import org.concord.server.ServerStatus.StudyStatus;
import org.concord.study.ProgressRow;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code concord server init|status}: Concord's schema on a PostgreSQL server, and what the server holds. */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = {"A central study server on PostgreSQL. Laptops keep saving every answer to their study file"
                + " and send what the server lacks with 'concord sync'.",
            "The password comes from PGPASSWORD, ~/.pgpass or a prompt; never put it in the address."},
        subcommands = {ServerCommand.Init.class, ServerCommand.Status.class})
public final class ServerCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose 'concord server init' or"
                + " 'concord server status'");
    }

    /** {@code concord server init}: creates or upgrades the schema and the roles; prints the GRANTs it made. */
    @Command(name = "init", mixinStandardHelpOptions = true,
            description = {"Creates Concord's schema in an existing PostgreSQL database, or upgrades it, and the"
                    + " roles concord_fieldwork (may send data, may not read answers) and concord_analyst (reads)."
                    + " Run it as the database's owner. Prints every GRANT it made."})
    static final class Init implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "URL",
                description = "postgresql://user@host:port/database[?sslmode=verify-full&sslrootcert=FILE]"
                        + " or a JDBC URL")
        String db;

        @Option(names = "--fieldwork-user", paramLabel = "USER", split = ",",
                description = "make these existing users fieldwork researchers (GRANT concord_fieldwork)")
        List<String> fieldworkUsers = new ArrayList<>();

        @Option(names = "--analyst-user", paramLabel = "USER", split = ",",
                description = "make these existing users analysts (GRANT concord_analyst)")
        List<String> analystUsers = new ArrayList<>();

        @Override
        public Integer call() throws SQLException {
            ServerConnection server = ServerConnection.of(ServerAddress.parse(db));
            ServerSchema.InitReport report;
            try (Connection c = server.open()) {
                report = ServerSchema.init(c, server.address(), fieldworkUsers, analystUsers);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (report.fromVersion() == report.toVersion()) {
                out.println("Concord schema " + report.toVersion() + " is already on " + server.address());
            } else if (report.fromVersion() == 0) {
                out.println("Created Concord schema " + report.toVersion() + " on " + server.address());
            } else {
                out.println("Upgraded Concord schema " + report.fromVersion() + " -> " + report.toVersion() + " on "
                        + server.address());
            }
            out.println("Server id: " + report.serverId());
            out.println("Rights granted:");
            for (String sql : report.grants()) {
                out.println("  " + sql + ";");
            }
            out.flush();
            return 0;
        }
    }

    /** {@code concord server status}: studies, laptops and progress by LA and role. */
    @Command(name = "status", mixinStandardHelpOptions = true,
            description = {"Lists the studies on the server (study_id, form_id, participants, answers, laptops) with"
                    + " the last sync of each laptop and progress by LA and role. Needs no right to read answers."})
    static final class Status implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--db", required = true, paramLabel = "URL", description = "the server (as for init)")
        String db;

        @Option(names = "--json", description = "print JSON instead of text")
        boolean json;

        @Override
        public Integer call() {
            List<StudyStatus> studies = ServerStatus.read(ServerConnection.of(ServerAddress.parse(db)));
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? StatusJson.of(studies) : text(studies));
            out.flush();
            return 0;
        }

        private static String text(List<StudyStatus> studies) {
            StringBuilder b = new StringBuilder();
            if (studies.isEmpty()) {
                b.append("No studies on the server yet; send one with 'concord sync --study FILE --db URL'.\n");
            }
            for (StudyStatus s : studies) {
                b.append("Study ").append(s.studyId()).append("  form ").append(s.formId())
                        .append(s.formTitle() == null ? "" : " (" + s.formTitle() + ")").append('\n');
                b.append("  participants ").append(s.participants()).append(" (").append(s.completed())
                        .append(" completed), answers ").append(s.answers()).append(", laptops ")
                        .append(s.laptops().size()).append(", conflicts ").append(s.conflicts()).append('\n');
                for (LaptopStatus l : s.laptops()) {
                    b.append("  laptop ").append(l.laptop()).append(": last sync ").append(l.lastSync())
                            .append(" from ").append(l.lastFile()).append(", ").append(l.participants())
                            .append(" participants first sent from it\n");
                }
                b.append(String.format("  %-12s %-28s %-8s %8s %10s%n", "la_code", "la_name", "role", "started",
                        "completed"));
                for (ProgressRow p : s.progress()) {
                    b.append(String.format("  %-12s %-28s %-8s %8d %10d%n", p.laCode(),
                            p.laName() == null ? "" : p.laName(), p.roleGroup(), p.started(), p.completed()));
                }
            }
            return b.toString();
        }
    }

    /** The status as JSON (no library needed for this small, fixed shape). */
    static final class StatusJson {
        private StatusJson() {
        }

        static String of(List<StudyStatus> studies) {
            StringBuilder b = new StringBuilder("{\"studies\": [");
            for (int i = 0; i < studies.size(); i++) {
                StudyStatus s = studies.get(i);
                b.append(i == 0 ? "\n  " : ",\n  ").append("{\"study_id\": ").append(str(s.studyId()))
                        .append(", \"form_id\": ").append(str(s.formId()))
                        .append(", \"form_title\": ").append(str(s.formTitle()))
                        .append(", \"created_at\": ").append(time(s.createdAt()))
                        .append(", \"participants\": ").append(s.participants())
                        .append(", \"completed\": ").append(s.completed())
                        .append(", \"answers\": ").append(s.answers())
                        .append(", \"conflicts\": ").append(s.conflicts())
                        .append(", \"laptops\": ").append(s.laptops().size())
                        .append(",\n   \"last_sync\": [");
                for (int k = 0; k < s.laptops().size(); k++) {
                    LaptopStatus l = s.laptops().get(k);
                    b.append(k == 0 ? "" : ", ").append("{\"laptop\": ").append(str(l.laptop()))
                            .append(", \"first_sync\": ").append(time(l.firstSync()))
                            .append(", \"last_sync\": ").append(time(l.lastSync()))
                            .append(", \"last_file\": ").append(str(l.lastFile()))
                            .append(", \"participants\": ").append(l.participants()).append('}');
                }
                b.append("],\n   \"progress\": [");
                for (int k = 0; k < s.progress().size(); k++) {
                    ProgressRow p = s.progress().get(k);
                    b.append(k == 0 ? "" : ", ").append("{\"la_code\": ").append(str(p.laCode()))
                            .append(", \"la_name\": ").append(str(p.laName()))
                            .append(", \"role\": ").append(str(p.roleGroup()))
                            .append(", \"started\": ").append(p.started())
                            .append(", \"completed\": ").append(p.completed()).append('}');
                }
                b.append("]}");
            }
            return b.append(studies.isEmpty() ? "]}\n" : "\n]}\n").toString();
        }

        private static String time(Instant t) {
            return t == null ? "null" : str(t.toString());
        }

        private static String str(String s) {
            if (s == null) {
                return "null";
            }
            StringBuilder b = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            b.append(String.format("\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            return b.append('"').toString();
        }
    }
}
