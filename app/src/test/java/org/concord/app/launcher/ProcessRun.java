package org.concord.app.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A finished child process (the shaded jar or the launcher, run as a user would): exit code, stdout and stderr. */
record ProcessRun(int exitCode, String out, String err) {
    /** The shaded jar the build made. */
    static final Path JAR = Path.of("target", "concord.jar").toAbsolutePath();
    /** The POSIX launcher the build made beside it. */
    static final Path LAUNCHER = Path.of("target", "concord").toAbsolutePath();
    /** The class-data-sharing archive of the commands the build's training run made. */
    static final Path ARCHIVE = Path.of("target", "concord.jsa").toAbsolutePath();
    /** The class-data-sharing archive of the app's startup (the launcher without arguments). */
    static final Path APP_ARCHIVE = Path.of("target", "concord-app.jsa").toAbsolutePath();
    /** The bundled form's folder in the source tree. */
    static final Path FORM_FOLDER = Path.of("..", "questionnaires", "forms", "values-agreement").toAbsolutePath();

    /** {@code java [jvmOptions] -jar concord.jar args} in {@code dir}, without a display. */
    static ProcessRun jar(Path dir, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        return run(dir, Map.of(), command);
    }

    /** Runs {@code command} in {@code dir} with {@code env} added and no display; waits at most 5 minutes. */
    static ProcessRun run(Path dir, Map<String, String> env, List<String> command)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("concord-it", ".out");
        Path err = Files.createTempFile("concord-it", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().remove("DISPLAY");
            builder.environment().remove("CONCORD_JAVA_OPTS");
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("timed out after 5 minutes: " + command);
            }
            return new ProcessRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Lines of a {@code -Xlog:class+load} log naming classes whose name starts with {@code prefix}. */
    static long classesLoaded(Path log, String prefix) throws IOException {
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.contains(" " + prefix)).count();
        }
    }

    /** The JVM option that writes the classes loaded to {@code log}. */
    static String classLog(Path log) {
        return "-Xlog:class+load=info:file=" + log;
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
