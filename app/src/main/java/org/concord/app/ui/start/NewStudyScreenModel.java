package org.concord.app.ui.start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.app.base.Message;
import org.concord.study.LocalAuthority;
import org.concord.study.PinRule;

/**
 * What the "new study" screen checks before a study is created, without Swing: the LA rows, the admin PIN (the
 * library's {@link PinRule}) and the study file. Every problem is a {@link Message} of the {@code app} bundle.
 */
public final class NewStudyScreenModel {
    /** The file extension of study files. */
    public static final String EXTENSION = ".concord";

    /**
     * The outcome of the checks.
     *
     * @param las      the LAs to create the study with (blank rows dropped, names defaulted to codes)
     * @param file     the study file, with its extension, or null when none was given
     * @param problems what must be fixed first; empty when the study can be created
     */
    public record Checked(List<LocalAuthority> las, Path file, List<Message> problems) {
    }

    private NewStudyScreenModel() {
    }

    /** Checks the LA rows, the PIN typed twice and the study file's path as typed ({@code studyPath}). */
    public static Checked check(List<LocalAuthority> rows, char[] pin, char[] again, String studyPath) {
        List<Message> problems = new ArrayList<>();
        List<LocalAuthority> las = checkLas(rows, problems);
        problems.addAll(pinProblems(pin, again));
        Path file = null;
        if (studyPath.isBlank()) {
            problems.add(Message.of("create.problem.noFile"));
        } else {
            file = withExtension(Path.of(studyPath.strip()).toAbsolutePath());
            if (Files.exists(file)) {
                problems.add(Message.of("create.problem.fileExists", file.toString()));
            } else if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
                problems.add(Message.of("create.problem.noFolder", String.valueOf(file.getParent())));
            }
        }
        return new Checked(las, file, problems);
    }

    /** What is wrong with a new admin PIN typed as {@code pin} and then {@code again} ({@link PinRule}). */
    public static List<Message> pinProblems(char[] pin, char[] again) {
        return PinRule.check(pin, again).stream().map(fault -> switch (fault) {
            case TOO_SHORT -> Message.of("create.problem.pinShort", PinRule.MIN_LENGTH);
            case NOT_DIGITS -> Message.of("create.problem.pinDigits");
            case MISMATCH -> Message.of("create.problem.pinMismatch");
        }).toList();
    }

    /** {@code file} with the study extension added when it lacks it. */
    public static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(EXTENSION) ? file : file.resolveSibling(name + EXTENSION);
    }

    /**
     * The LAs of {@code rows} as a study keeps them (blank rows dropped, names defaulted to codes); each row without a
     * code or with a code seen before is added to {@code problems} instead.
     */
    public static List<LocalAuthority> checkLas(List<LocalAuthority> rows, List<Message> problems) {
        List<LocalAuthority> las = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            LocalAuthority la = rows.get(i);
            if (la.code().isEmpty() && la.name().isEmpty()) {
                continue;
            }
            if (la.code().isEmpty()) {
                problems.add(Message.of("create.problem.laNoCode", i + 1, la.name()));
            } else if (!codes.add(la.code())) {
                problems.add(Message.of("create.problem.laDuplicate", i + 1, la.code()));
            } else {
                las.add(new LocalAuthority(la.code(), la.name().isEmpty() ? la.code() : la.name()));
            }
        }
        if (las.isEmpty() && problems.isEmpty()) {
            problems.add(Message.of("create.problem.noLas"));
        }
        return las;
    }
}
