package org.concord.forms.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes CSV form folders, and files beside them, into a test's temporary folder. */
final class FormFolders {
    private FormFolders() {
    }

    /** Writes {@code text} (lines joined by newlines) to {@code folder/name}, creating the folder. */
    static Path write(Path folder, String name, String... lines) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(name);
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A form folder {@code name} with this survey sheet and the settings form_id = name. */
    static Path form(Path root, String name, String... survey) {
        Path folder = root.resolve(name);
        write(folder, "survey.csv", survey);
        write(folder, "settings.csv", "form_id", name.replace('-', '_'));
        return folder;
    }
}
