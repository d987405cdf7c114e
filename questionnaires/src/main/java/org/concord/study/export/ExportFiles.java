package org.concord.study.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.forms.Form;
import org.concord.forms.Question;
import org.concord.study.ResponseRow;

/** What the exporters share: writing beside the target then moving into place, and the form's item order. */
final class ExportFiles {
    private ExportFiles() {
    }

    /** A temporary file in the target's folder, so the final move is a rename. */
    static Path tempBeside(Path out) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        return Files.createTempFile(dir, "." + out.getFileName(), ".part");
    }

    /** Replaces {@code out} with the finished {@code temp}: a failed export never leaves half a file. */
    static void moveIntoPlace(Path temp, Path out) throws IOException {
        try {
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Question name to its position in the form. */
    static Map<String, Integer> positions(Form form) {
        Map<String, Integer> positions = new HashMap<>();
        List<Question> questions = form.questions();
        for (int i = 0; i < questions.size(); i++) {
            positions.put(questions.get(i).name(), i);
        }
        return positions;
    }

    /**
     * The rows in form order, items not in the form last by name; one map lookup per row, as this runs for every
     * participant of an export. {@code rows} must be sorted by item name (as the study returns them).
     */
    static List<ResponseRow> inFormOrder(List<ResponseRow> rows, Map<String, Integer> positions, int size) {
        ResponseRow[] slots = new ResponseRow[size];
        List<ResponseRow> out = new java.util.ArrayList<>(rows.size());
        List<ResponseRow> extras = new java.util.ArrayList<>(0);
        for (ResponseRow r : rows) {
            Integer at = positions.get(r.item());
            if (at == null) {
                extras.add(r);
            } else {
                slots[at] = r;
            }
        }
        for (ResponseRow r : slots) {
            if (r != null) {
                out.add(r);
            }
        }
        out.addAll(extras);
        return out;
    }
}
