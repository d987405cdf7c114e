package org.concord.stats.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.concord.common.InputException;
import org.concord.common.Problem;

/**
 * Reads long responses CSVs ({@code participant_id,la_code,item,value}, extra columns ignored, UTF-8 with or without a
 * byte-order mark) into a {@link ResponseAccumulator}. Rows are numbered as a spreadsheet shows them: header = row 1.
 */
public final class ResponsesCsvReader {
    /** The required header columns. */
    public static final List<String> REQUIRED = List.of("participant_id", "la_code", "item", "value");

    private ResponsesCsvReader() {
    }

    /** Reads one file; a file without the required columns is a problem of its own and adds no answers. */
    public static void read(Path path, String name, ResponseAccumulator into) {
        try (Reader reader = openUtf8(path)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreSurroundingSpaces(false).get();
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                Map<String, Integer> header = parser.getHeaderMap();
                List<String> missing = new ArrayList<>();
                for (String column : REQUIRED) {
                    if (!header.containsKey(column)) {
                        missing.add(column);
                    }
                }
                if (!missing.isEmpty()) {
                    into.problem(name, 1, String.join(", ", missing), "the header lacks column"
                            + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                            + "; a responses file has the header participant_id,la_code,item,value (found: "
                            + String.join(",", header.keySet()) + ")");
                    return;
                }
                int pid = header.get("participant_id");
                int la = header.get("la_code");
                int item = header.get("item");
                int value = header.get("value");
                Integer laName = header.get("la_name");
                int need = Math.max(Math.max(pid, la), Math.max(item, value)) + 1;
                int row = 1;
                for (CSVRecord record : parser) {
                    row++;
                    if (record.size() < need) {
                        if (record.size() == 1 && record.get(0).isEmpty()) {
                            continue; // a blank line
                        }
                        into.problem(name, row, null, "the row has " + record.size() + " cells, fewer than the "
                                + need + " the header needs");
                        continue;
                    }
                    into.add(name, row, record.get(pid), record.get(la),
                            laName != null && laName < record.size() ? record.get(laName) : null,
                            record.get(item), record.get(value));
                }
            }
        } catch (CharacterCodingException e) {
            throw new InputException(Problem.ofFile(name, "the file is not UTF-8 text; save it as CSV UTF-8"));
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            // commons-csv reports malformed quoting and duplicate headers as unchecked exceptions.
            throw new InputException(Problem.ofFile(name, "cannot read the CSV: " + e.getMessage()));
        }
    }

    /** A strict UTF-8 reader that skips a byte-order mark. */
    static Reader openUtf8(Path path) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(
                new java.io.InputStreamReader(Files.newInputStream(path), decoder), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
