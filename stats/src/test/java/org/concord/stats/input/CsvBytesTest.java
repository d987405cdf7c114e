package org.concord.stats.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.concord.common.CsvInput;
import org.concord.common.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming byte reader reads every file as {@link CsvInput} (commons-csv) does: the same header, the same cells
 * row by row, and a refusal exactly where {@link CsvInput} refuses; also when the bytes arrive one to three at a time
 * (every refill of its buffer inside a cell, a quote pair, a line end or a UTF-8 sequence).
 */
class CsvBytesTest {
    @TempDir
    Path dir;

    /** Pieces the random files are made of: cells, quotes, line ends, white space, multi-byte and bad bytes. */
    private static final String[] PIECES = {"a", "bc", ",", ",", "\"", "\"\"", "\n", "\r\n", "\r", " ", "\t",
        "\u00f4", "\u20ac", "\uD83D\uDE00", "\u2003", "\uFEFF", "BAD", "p1", ",\"x,y\"", "\"q\"\" \""};

    private static byte[] randomFile(Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (random.nextInt(4) == 0) {
            out.writeBytes("\uFEFF".getBytes(StandardCharsets.UTF_8));
        }
        int n = random.nextInt(40);
        for (int i = 0; i < n; i++) {
            String piece = PIECES[random.nextInt(PIECES.length)];
            if (piece.equals("BAD")) {
                if (random.nextInt(3) == 0) { // bad bytes are rarer than the rest, so that most files are readable
                    out.write(new byte[][] {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0,
                        (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}}[random.nextInt(4)], 0, 1 + random.nextInt(1));
                }
            } else {
                out.writeBytes(piece.getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    /** What CsvInput reads: the header names and each row's cells, or "refused". */
    private List<List<String>> byCsvInput(Path file) {
        try {
            return CsvInput.read(file, "f.csv", table -> {
                List<List<String>> rows = new ArrayList<>();
                rows.add(table.headerNames());
                for (CsvInput.Row row : table.rows()) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.size(); i++) {
                        cells.add(row.raw(i));
                    }
                    rows.add(cells);
                }
                return rows;
            });
        } catch (InputException e) {
            return List.of(List.of("refused"));
        }
    }

    private static List<List<String>> byCsvBytes(InputStream in) {
        try {
            CsvBytes csv = new CsvBytes(in);
            List<List<String>> rows = new ArrayList<>();
            if (!csv.next()) {
                return List.of(List.of("refused"));
            }
            rows.add(new ArrayList<>(ResponsesCsvReader.header(csv).keySet().isEmpty() ? List.of() : cells(csv)));
            while (csv.next()) {
                rows.add(cells(csv));
            }
            return rows;
        } catch (CsvBytes.Malformed e) {
            return List.of(List.of("refused"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> cells(CsvBytes csv) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < csv.cells(); i++) {
            cells.add(csv.text(i));
        }
        return cells;
    }

    /** Hands out one to three bytes a read. */
    private static InputStream trickle(byte[] bytes, Random random) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + random.nextInt(3)));
            }
        };
    }

    @Test
    void tenThousandRandomFilesAreReadAsCsvInputReadsThem() throws Exception {
        Random random = new Random(14);
        int refused = 0;
        for (int k = 0; k < 10_000; k++) {
            byte[] bytes = randomFile(random);
            Path file = Files.write(dir.resolve("f.csv"), bytes);
            List<List<String>> expected = byCsvInput(file);
            String shown = new String(bytes, StandardCharsets.ISO_8859_1).replace("\r", "\\r").replace("\n", "\\n");
            assertThat(byCsvBytes(new ByteArrayInputStream(bytes))).as("file %d: %s", k, shown).isEqualTo(expected);
            assertThat(byCsvBytes(trickle(bytes, random))).as("file %d trickled: %s", k, shown).isEqualTo(expected);
            refused += expected.equals(List.of(List.of("refused"))) ? 1 : 0;
        }
        assertThat(refused).as("refused files").isBetween(1_000, 9_000);
    }
}
