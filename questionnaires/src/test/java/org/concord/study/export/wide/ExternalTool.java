package org.concord.study.export.wide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs GNU PSPP, R and Python from tests: finds them, runs a script, returns what they printed. */
public final class ExternalTool {
    private ExternalTool() {
    }

    /** The first executable of that name on PATH or in /usr/bin, or null. */
    public static String find(String name) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        dirs.add(0, "/usr/bin"); // /usr/bin/python3 has pandas; a pyenv python3 earlier on PATH may not
        for (String d : dirs) {
            Path p = Path.of(d.isEmpty() ? "." : d, name);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }

    /** True when R has the haven package. */
    public static boolean hasHaven() {
        return find("Rscript") != null && run(List.of(find("Rscript"), "-e", "library(haven)"), 120).exit() == 0;
    }

    /** True when /usr/bin/python3 (or python3) has pandas. */
    public static boolean hasPandas() {
        return find("python3") != null && run(List.of(find("python3"), "-c", "import pandas"), 120).exit() == 0;
    }

    /** What a command printed and how it ended. */
    public record Result(int exit, String out) {
    }

    /** Runs a command (stdout and stderr together, UTF-8), failing after {@code seconds}. */
    public static Result run(List<String> command, int seconds) {
        try {
            Path log = Files.createTempFile("concord-tool", ".log");
            try {
                ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
                pb.environment().put("LC_ALL", "C.UTF-8"); // R and Python print UTF-8 text as it is
                pb.environment().put("PYTHONIOENCODING", "utf-8");
                Process p = pb.start();
                if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException(command.get(0) + " took more than " + seconds + " s");
                }
                return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code script} to a file in {@code dir} and runs {@code program} on it. */
    public static Result script(Path dir, String fileName, String script, int seconds, String... program)
            throws IOException {
        Path file = dir.resolve(fileName);
        Files.writeString(file, script, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(program));
        command.add(file.toString());
        return run(command, seconds);
    }
}
