package org.concord.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The app's package picture, checked on the sources (imports and fully qualified names alike): a shared base
 * ({@code app.base}) that the kiosk, the workspace and the researcher screens ({@code app.ui.start},
 * {@code app.ui.researcher}) use, and a shell ({@code app.ui}) on top that opens them. No cycles between packages.
 */
class AppPackagesTest {
    private static final Path MAIN = Path.of("src/main/java").toAbsolutePath();
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    /** A reference to a class of the app: lower-case package parts, then a capitalised class name. */
    private static final Pattern APP_CLASS = Pattern.compile("\\borg\\.concord\\.app((?:\\.[a-z]\\w*)*)\\.[A-Z]");
    private static final Pattern CONCORD_NAME = Pattern.compile("\\borg\\.concord\\.[a-z]\\w*(?:\\.\\w+)+");
    private static final Pattern SWING = Pattern.compile("\\b(javax\\.swing|java\\.awt)\\.");

    @Test
    void noCyclesBetweenAppPackages() throws IOException {
        Map<String, Set<String>> graph = dependencies();
        List<String> cycles = new ArrayList<>();
        for (String from : graph.keySet()) {
            for (String to : graph.get(from)) {
                if (reaches(graph, to, from, new TreeSet<>())) {
                    cycles.add(from + " -> " + to + " -> ... -> " + from);
                }
            }
        }
        assertThat(cycles).as("package dependencies %s", graph).isEmpty();
    }

    @Test
    void theBaseUsesOnlyItself() throws IOException {
        assertThat(violations(p -> p.startsWith("org.concord.app.base"), to -> !to.startsWith("org.concord.app.base")))
                .as("the base never imports the shell, the kiosk, the workspace or the screens").isEmpty();
    }

    @Test
    void kioskAndWorkspaceNeverImportEachOther() throws IOException {
        assertThat(violations(p -> within(p, "org.concord.app.kiosk"), to -> within(to, "org.concord.app.workspace")))
                .isEmpty();
        assertThat(violations(p -> within(p, "org.concord.app.workspace"), to -> within(to, "org.concord.app.kiosk")))
                .isEmpty();
    }

    @Test
    void onlyTheShellOpensTheScreensAndNothingImportsTheShell() throws IOException {
        // The shell (app.ui) and the entry point are at the top: no screen, kiosk, workspace or base class uses them.
        // The launcher's build-time training (CdsTraining) starts the app as the jar's entry point does, so it is the
        // one package beside the shell that may name it.
        assertThat(violations(p -> !p.equals("org.concord.app.ui") && !p.equals("org.concord.app.launcher"),
                to -> to.equals("org.concord.app.ui"))).isEmpty();
        assertThat(violations(p -> within(p, "org.concord.app.ui.start") || within(p, "org.concord.app.ui.researcher"),
                to -> within(to, "org.concord.app.workspace"))).isEmpty();
    }

    @Test
    void codeNamesOtherClassesByImportNotByFullyQualifiedName() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            String code = code(Files.readString(file, StandardCharsets.UTF_8));
            // A class named in full hides a package dependency from the imports, so nowhere.
            Matcher m = CONCORD_NAME.matcher(code);
            while (m.find()) {
                found.add(MAIN.relativize(file) + ": " + m.group());
            }
        }
        assertThat(found).as("fully qualified org.concord names outside imports").isEmpty();
    }

    @Test
    void screenModelsHaveNoSwing() throws IOException {
        List<String> models = new ArrayList<>();
        List<String> swing = new ArrayList<>();
        for (Path file : sources()) {
            if (file.getFileName().toString().endsWith("ScreenModel.java")) {
                models.add(file.getFileName().toString());
                if (SWING.matcher(Files.readString(file, StandardCharsets.UTF_8)).find()) {
                    swing.add(MAIN.relativize(file).toString());
                }
            }
        }
        assertThat(models).as("the screen models").contains("NewStudyScreenModel.java", "AnalysisScreenModel.java",
                "PowerScreenModel.java", "ResearcherScreenModel.java");
        assertThat(swing).isEmpty();
    }

    private static boolean within(String pkg, String root) {
        return pkg.equals(root) || pkg.startsWith(root + ".");
    }

    private interface PackageTest {
        boolean test(String pkg);
    }

    private static List<String> violations(PackageTest from, PackageTest to) throws IOException {
        List<String> out = new ArrayList<>();
        dependencies().forEach((pkg, targets) -> {
            if (from.test(pkg)) {
                targets.stream().filter(to::test).forEach(t -> out.add(pkg + " -> " + t));
            }
        });
        return out;
    }

    private static boolean reaches(Map<String, Set<String>> graph, String from, String target, Set<String> seen) {
        if (from.equals(target)) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        for (String next : graph.getOrDefault(from, Set.of())) {
            if (reaches(graph, next, target, seen)) {
                return true;
            }
        }
        return false;
    }

    /** Package to the other app packages it uses, from imports and fully qualified names. */
    private static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (Path file : sources()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher pm = PACKAGE.matcher(text);
            assertThat(pm.find()).as("package line of %s", file).isTrue();
            String pkg = pm.group(1);
            Set<String> targets = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
            Matcher m = APP_CLASS.matcher(PACKAGE.matcher(stripComments(text)).replaceAll(""));
            while (m.find()) {
                String target = "org.concord.app" + m.group(1);
                if (!target.equals(pkg)) {
                    targets.add(target);
                }
            }
        }
        return graph;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The code without comments, string literals, and package and import lines. */
    private static String code(String text) {
        String noComments = stripComments(text);
        return noComments.replaceAll("(?m)^(package|import)\\s[^;]*;", "").replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
    }

    private static String stripComments(String text) {
        return text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
    }
}
