package org.concord.app.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher the build made (app/target/concord): it runs the jar with the class-data-sharing archive trained at
 * build time, and when the archive does not fit (a moved or rebuilt jar, a damaged or missing archive, another JVM)
 * it runs exactly as {@code java -jar concord.jar} would, printing nothing more.
 */
class LauncherIT {
    @TempDir
    static Path work;
    /** {@code form check} of the bundled form as {@code java -jar} runs it: what every launcher run must print. */
    static ProcessRun expected;

    @BeforeAll
    static void runTheJar() throws Exception {
        expected = ProcessRun.jar(work, List.of(), "form", "check", ProcessRun.FORM_FOLDER.toString());
        assertThat(expected.exitCode()).as("java -jar concord.jar form check: %s", expected).isZero();
    }

    private static ProcessRun launch(Path launcher, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        return ProcessRun.run(work, env, command);
    }

    /** Copies the launcher, the jar (a new file, so a new modification time) and the archives into a new folder. */
    private static Path copyInstall(String name) throws IOException {
        Path dir = Files.createDirectories(work.resolve(name));
        for (Path file : List.of(ProcessRun.LAUNCHER, ProcessRun.JAR, ProcessRun.ARCHIVE, ProcessRun.APP_ARCHIVE)) {
            Files.copy(file, dir.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
        }
        Files.setLastModifiedTime(dir.resolve("concord.jar"), java.nio.file.attribute.FileTime.fromMillis(0));
        return dir.resolve("concord");
    }

    private static void assertSameAsJar(ProcessRun run, String what) {
        assertThat(run.exitCode()).as("%s: %s", what, run).isZero();
        assertThat(run.out()).as("stdout of %s v. java -jar", what).isEqualTo(expected.out());
        assertThat(run.err()).as("stderr of %s", what).isEqualTo(expected.err());
    }

    @Test
    void theBuildMadeTheLauncherAndTheArchive() throws IOException {
        assertThat(ProcessRun.LAUNCHER).as("launcher").isExecutable();
        assertThat(ProcessRun.ARCHIVE).as("class-data-sharing archive of the commands").isNotEmptyFile();
        assertThat(ProcessRun.APP_ARCHIVE).as("class-data-sharing archive of the app's startup").isNotEmptyFile();
        assertThat(ProcessRun.LAUNCHER.resolveSibling("concord.cmd")).as("Windows launcher").isNotEmptyFile();
    }

    @Test
    void launcherLoadsConcordsClassesFromTheArchive() throws Exception {
        Path log = work.resolve("classes.log");
        ProcessRun run = launch(ProcessRun.LAUNCHER, Map.of("CONCORD_JAVA_OPTS", ProcessRun.classLog(log)),
                "form", "check", ProcessRun.FORM_FOLDER.toString());
        assertSameAsJar(run, "launcher");
        List<String> concord;
        try (Stream<String> lines = Files.lines(log)) {
            concord = lines.filter(l -> l.contains(" org.concord.") && !l.contains("$$Lambda$")).toList();
        }
        long archived = concord.stream().filter(l -> l.contains("source: shared objects file (top)")).count();
        // A few classes the JVM does not archive (e.g. one that picocli reaches through an annotation) come from the
        // jar; lambdas are left out above, being generated when first used.
        assertThat(archived).as("of %d Concord classes loaded, those from the archive; the others: %s",
                concord.size(), concord.stream().filter(l -> !l.contains("shared objects file")).toList())
                .isGreaterThanOrEqualTo(Math.max(1, concord.size() * 9L / 10));
    }

    @Test
    void launcherMapsTheAppsArchiveOnlyWithoutArguments() throws Exception {
        ProcessRun command = launch(ProcessRun.LAUNCHER, Map.of("CONCORD_JAVA_OPTS", "-XX:+PrintFlagsFinal"),
                "--version");
        assertThat(command.exitCode()).as("launcher --version: %s", command).isZero();
        assertThat(flag(command.out(), "SharedArchiveFile")).as("archive of a command")
                .isEqualTo(ProcessRun.ARCHIVE.toRealPath().toString());
        // Without arguments and without a display the app runs its demo (in the test's folder), with the app's archive.
        ProcessRun app = launch(ProcessRun.LAUNCHER, Map.of("CONCORD_JAVA_OPTS", "-XX:+PrintFlagsFinal"));
        assertThat(app.exitCode()).as("launcher without arguments: %s", app).isZero();
        assertThat(flag(app.out(), "SharedArchiveFile")).as("archive when opening the app")
                .isEqualTo(ProcessRun.APP_ARCHIVE.toRealPath().toString());
    }

    @Test
    void archiveOfAnotherJarIsIgnoredSilently() throws Exception {
        Path launcher = copyInstall("moved copy");
        Path log = work.resolve("moved-classes.log");
        ProcessRun run = launch(launcher, Map.of("CONCORD_JAVA_OPTS", ProcessRun.classLog(log)),
                "form", "check", ProcessRun.FORM_FOLDER.toString());
        assertSameAsJar(run, "launcher with an archive of another jar");
        assertThat(ProcessRun.classesLoaded(log, "org.concord.")).as("Concord classes loaded").isPositive();
        try (Stream<String> lines = Files.lines(log)) {
            assertThat(lines.filter(l -> l.contains("shared objects file (top)")).count())
                    .as("classes loaded from the mismatched archive").isZero();
        }
    }

    @Test
    void damagedOrMissingArchiveIsIgnoredSilently() throws Exception {
        Path launcher = copyInstall("damaged");
        Path archive = launcher.resolveSibling("concord.jsa");
        archive.toFile().setWritable(true);
        Files.write(archive, "not an archive".repeat(1000).getBytes(StandardCharsets.US_ASCII));
        assertSameAsJar(launch(launcher, Map.of(), "form", "check", ProcessRun.FORM_FOLDER.toString()),
                "launcher with a damaged archive");
        Files.delete(archive);
        assertSameAsJar(launch(launcher, Map.of(), "form", "check", ProcessRun.FORM_FOLDER.toString()),
                "launcher without an archive");
    }

    @Test
    void archiveOfAnotherJvmIsIgnoredSilently() throws Exception {
        Optional<Path> other = otherJavaHome();
        assumeTrue(other.isPresent(), "no second JDK beside " + System.getProperty("java.home"));
        ProcessRun run = launch(ProcessRun.LAUNCHER, Map.of("JAVA_HOME", other.get().toString()),
                "form", "check", ProcessRun.FORM_FOLDER.toString());
        assertSameAsJar(run, "launcher on " + other.get());
    }

    /** A JDK of another version installed beside the one running the tests (e.g. in /usr/lib/jvm). */
    private static Optional<Path> otherJavaHome() throws IOException {
        String running = Runtime.version().toString();
        try (Stream<Path> dirs = Files.list(Path.of(System.getProperty("java.home")).toRealPath().getParent())) {
            return dirs.filter(d -> Files.isExecutable(d.resolve("bin").resolve("java")))
                    .filter(d -> releaseVersion(d).map(v -> !running.startsWith(v)).orElse(false)).findFirst();
        }
    }

    /** JAVA_VERSION of a JDK's {@code release} file. */
    private static Optional<String> releaseVersion(Path javaHome) {
        try (Stream<String> lines = Files.lines(javaHome.resolve("release"))) {
            return lines.filter(l -> l.startsWith("JAVA_VERSION=")).map(l -> l.substring(13).replace("\"", ""))
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Test
    void argumentsWithSpacesAndTheExitCodePassThrough() throws Exception {
        Path missing = work.resolve("a folder with spaces").resolve("no such form.xlsx");
        ProcessRun run = launch(ProcessRun.LAUNCHER, Map.of(), "form", "check", missing.toString());
        assertThat(run.exitCode()).as("exit code of a bad input: %s", run).isEqualTo(2);
        assertThat(run.err()).as("stderr").contains("no such form.xlsx");
    }

    @Test
    void userJvmOptionsComeAfterTheLaunchersSoTheyWin() throws Exception {
        ProcessRun run = launch(ProcessRun.LAUNCHER,
                Map.of("CONCORD_JAVA_OPTS", "-XX:TieredStopAtLevel=4 -XX:+PrintFlagsFinal"), "--version");
        assertThat(run.exitCode()).as("launcher --version: %s", run).isZero();
        assertThat(flag(run.out(), "TieredStopAtLevel")).as("TieredStopAtLevel in effect").isEqualTo("4");
        assertThat(flag(run.out(), "UseSerialGC")).as("UseSerialGC in effect").isEqualTo("true");
    }

    private static String flag(String printFlagsFinal, String name) {
        Matcher m = Pattern.compile("\\b" + name + "\\s*=\\s*(\\S+)").matcher(printFlagsFinal);
        return m.find() ? m.group(1) : "absent";
    }

    @Test
    void windowsLauncherUsesTheSameJvmOptions() throws IOException {
        String posix = Files.readString(ProcessRun.LAUNCHER);
        String windows = Files.readString(ProcessRun.LAUNCHER.resolveSibling("concord.cmd"));
        assertThat(jvmOptions(windows)).as("JVM options of concord.cmd v. concord").isEqualTo(jvmOptions(posix));
        assertThat(windows).as("concord.cmd line ends").doesNotContain("\n\n").contains("\r\n");
    }

    private static Set<String> jvmOptions(String script) {
        Set<String> options = new TreeSet<>();
        Matcher m = Pattern.compile("(-X(?:X:|share:|log:)[A-Za-z0-9+=,:]+)").matcher(script);
        while (m.find()) {
            options.add(m.group(1));
        }
        return options;
    }
}
