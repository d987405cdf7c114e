package org.concord.stats.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * A small deterministic study for the {@link TestForms#small()} form: LAs {@code LA01..LAnn}, each with leaders and
 * workers; LAs 1-4 and 11 falling (-10% a year), 5-8 rising (+10%), 9 stable, 10 with only 2 years of rates, 11 with one
 * leader, 12 not in the rates file. Workers in falling LAs answer close to their leaders.
 */
public final class TestData {
    private TestData() {
    }

    /** Writes the long responses CSV (with a BOM) and returns it. */
    public static Path responses(Path dir, long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder("\uFEFFparticipant_id,la_code,la_name,item,value\n");
        for (int la = 1; la <= 12; la++) {
            String code = String.format(Locale.ROOT, "LA%02d", la);
            int leaders = la == 11 ? 1 : 3;
            int[] leaderView = new int[4];
            for (int j = 0; j < 4; j++) {
                leaderView[j] = 2 + random.nextInt(3);
            }
            for (int p = 0; p < leaders + 6; p++) {
                boolean leader = p < leaders;
                String id = new UUID(seed * 1000 + la, p).toString();
                String name = la == 3 ? "=cmd|' /C calc'!A0" : "Authority " + la;
                row(out, id, code, name, "consent", "OK");
                row(out, id, code, name, "role", leader ? (p == 0 ? "director" : "manager")
                        : (p % 2 == 0 ? "social_worker" : "support"));
                row(out, id, code, name, "years", Integer.toString(1 + random.nextInt(20)));
                for (int j = 0; j < 4; j++) {
                    int spread = leader ? 1 : (la <= 4 ? 1 : 3);
                    int v = Math.max(1, Math.min(5, leaderView[j] + random.nextInt(2 * spread + 1) - spread));
                    if (j == 1) {
                        v = 6 - v; // q2 is reverse-keyed: store the raw answer
                    }
                    boolean skip = !leader && random.nextInt(10) == 0;
                    row(out, id, code, name, "q" + (j + 1), skip ? "" : Integer.toString(v));
                }
                row(out, id, code, name, "v1", Integer.toString(1 + random.nextInt(5)));
            }
        }
        Path file = dir.resolve("responses.csv");
        Files.writeString(file, out, StandardCharsets.UTF_8);
        return file;
    }

    private static void row(StringBuilder out, String id, String la, String name, String item, String value) {
        out.append(id).append(',').append(la).append(',').append(csv(name)).append(',').append(item).append(',')
                .append(value).append('\n');
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("'") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** Writes the tidy rates file (2014-2020) and returns it. */
    public static Path tidyRates(Path dir) throws IOException {
        StringBuilder out = new StringBuilder("la_code,year,rate,la_name\n");
        for (int la = 1; la <= 11; la++) {
            for (int year = 2014; year <= 2020; year++) {
                double base = 40 + la;
                int t = year - 2014;
                double rate = la <= 4 || la == 11 ? base * Math.pow(0.9, t) : la <= 8 ? base * Math.pow(1.1, t)
                        : base + (t % 2 == 0 ? 0.3 : -0.3);
                String cell = String.format(Locale.ROOT, "%.1f", rate);
                if (la == 10 && year >= 2018) {
                    cell = year == 2018 ? "c" : "x";
                }
                if (la == 10 && year < 2016) {
                    cell = "";
                }
                out.append(String.format(Locale.ROOT, "LA%02d,%d,%s,Authority %d%n", la, year, cell, la));
            }
        }
        Path file = dir.resolve("rates.csv");
        Files.writeString(file, out, StandardCharsets.UTF_8);
        return file;
    }
}
