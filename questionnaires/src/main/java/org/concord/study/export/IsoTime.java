package org.concord.study.export;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Formats times as ISO-8601 UTC with milliseconds ({@code 2026-11-22T05:30:25.505Z}), always the same width, and
 * fast enough for millions of rows (the date part is reused while the day stays the same).
 */
final class IsoTime {
    private static final long MILLIS_PER_DAY = 86_400_000L;
    private long day = Long.MIN_VALUE;
    private String date;
    private final StringBuilder sb = new StringBuilder(24);

    /** The time, or the empty string for null. */
    String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        long millis = instant.toEpochMilli();
        long d = Math.floorDiv(millis, MILLIS_PER_DAY);
        if (d != day) {
            day = d;
            date = LocalDate.ofEpochDay(d).toString();
        }
        long ms = Math.floorMod(millis, MILLIS_PER_DAY);
        sb.setLength(0);
        sb.append(date).append('T');
        two(ms / 3_600_000).append(':');
        two(ms / 60_000 % 60).append(':');
        two(ms / 1000 % 60).append('.');
        long frac = ms % 1000;
        if (frac < 100) {
            sb.append('0');
        }
        if (frac < 10) {
            sb.append('0');
        }
        return sb.append(frac).append('Z').toString();
    }

    private StringBuilder two(long v) {
        if (v < 10) {
            sb.append('0');
        }
        return sb.append(v);
    }
}
