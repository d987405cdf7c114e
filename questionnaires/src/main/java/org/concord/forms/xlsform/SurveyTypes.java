package org.concord.forms.xlsform;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.forms.QuestionType;

/**
 * The XLSForm {@code type} column as pyxform reads it: the supported types, their other spellings, and the known types
 * that Concord refuses, each with the reason.
 */
final class SurveyTypes {
    static final String BEGIN_GROUP = "begin_group";
    static final String END_GROUP = "end_group";
    static final String BEGIN_REPEAT = "begin_repeat";
    static final String END_REPEAT = "end_repeat";
    /** A select_one over a list of the {@code external_choices} sheet. */
    static final String SELECT_ONE_EXTERNAL = "select_one_external";
    /** A select_one over the choices of a CSV or XML file beside the form. */
    static final String SELECT_ONE_FROM_FILE = "select_one_from_file";
    /** A select_multiple over the choices of a CSV or XML file beside the form. */
    static final String SELECT_MULTIPLE_FROM_FILE = "select_multiple_from_file";
    /** A secondary instance read from NAME.csv beside the form. */
    static final String CSV_EXTERNAL = "csv-external";
    /** A secondary instance read from NAME.xml beside the form. */
    static final String XML_EXTERNAL = "xml-external";
    /** pyxform's {@code phone number}: a text of digits (not the phone's own number). */
    static final String PHONE_NUMBER = "phone_number";

    /** A type cell understood: its type word, the choice list of a select, and whether it adds "or other". */
    record Parsed(String word, String listName, boolean orOther, String extra) {
    }

    /** Every supported type word, for "did you mean" and messages. */
    static final List<String> SUPPORTED = List.of("select_one", "select_multiple", "rank", "integer", "decimal", "text",
            "note", "acknowledge", "calculate", "date", "time", "datetime", "range", "start", "end", "today",
            "deviceid", "username", "audit", BEGIN_GROUP, END_GROUP, BEGIN_REPEAT, END_REPEAT);

    /** Other spellings of types, as pyxform accepts them (keys in lower case, single spaces). */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("begin group", BEGIN_GROUP), Map.entry("end group", END_GROUP),
            Map.entry("begin repeat", BEGIN_REPEAT), Map.entry("end repeat", END_REPEAT),
            Map.entry("begin looped group", BEGIN_REPEAT), Map.entry("end looped group", END_REPEAT),
            Map.entry("string", "text"), Map.entry("int", "integer"), Map.entry("date time", "datetime"),
            Map.entry("add text prompt", "text"), Map.entry("add integer prompt", "integer"),
            Map.entry("add decimal prompt", "decimal"), Map.entry("add note prompt", "note"),
            Map.entry("add date prompt", "date"), Map.entry("add date time prompt", "datetime"),
            Map.entry("add datetime prompt", "datetime"), Map.entry("add calculate prompt", "calculate"),
            Map.entry("add acknowledge prompt", "acknowledge"), Map.entry("trigger", "acknowledge"),
            Map.entry("start time", "start"), Map.entry("end time", "end"), Map.entry("get start time", "start"),
            Map.entry("get end time", "end"), Map.entry("get today", "today"), Map.entry("device id", "deviceid"),
            Map.entry("get device id", "deviceid"), Map.entry("uri:deviceid", "deviceid"),
            Map.entry("uri:username", "username"), Map.entry("q note", "note"), Map.entry("q int", "integer"),
            Map.entry("q decimal", "decimal"), Map.entry("q string", "text"), Map.entry("q date", "date"),
            Map.entry("q datetime", "datetime"), Map.entry("q calculate", "calculate"),
            Map.entry("q acknowledge", "acknowledge"), Map.entry("hidden", "calculate"));

    /** Select spellings (before the list name) to the select they mean. */
    private static final Map<String, String> SELECTS = Map.ofEntries(
            Map.entry("select_one", "select_one"), Map.entry("select one", "select_one"),
            Map.entry("select one from", "select_one"), Map.entry("select1", "select_one"),
            Map.entry("select one using", "select_one"), Map.entry("add select one prompt using", "select_one"),
            Map.entry("q select1", "select_one"),
            Map.entry("select_multiple", "select_multiple"), Map.entry("select all that apply", "select_multiple"),
            Map.entry("select all that apply from", "select_multiple"),
            Map.entry("select multiple from", "select_multiple"),
            Map.entry("select multiple using", "select_multiple"),
            Map.entry("add select multiple prompt using", "select_multiple"), Map.entry("q select", "select_multiple"),
            Map.entry("select_one_external", "select_one_external"),
            Map.entry("select one external", "select_one_external"),
            Map.entry("select_one_from_file", "select_one_from_file"),
            Map.entry("select one from file", "select_one_from_file"),
            Map.entry("select_multiple_from_file", "select_multiple_from_file"),
            Map.entry("select multiple from file", "select_multiple_from_file"),
            Map.entry("rank", "rank"));

    /** Types that need a phone or tablet: what each would capture. */
    private static final Map<String, String> PHONE_ONLY = Map.ofEntries(
            Map.entry("geopoint", "a GPS location"), Map.entry("geotrace", "a GPS line"),
            Map.entry("geoshape", "a GPS shape"), Map.entry("gps", "a GPS location"),
            Map.entry("location", "a GPS location"), Map.entry("start-geopoint", "a GPS location"),
            Map.entry("background-geopoint", "a GPS location"), Map.entry("image", "a photo"),
            Map.entry("photo", "a photo"), Map.entry("add image prompt", "a photo"),
            Map.entry("add photo prompt", "a photo"), Map.entry("q picture", "a photo"),
            Map.entry("q image", "a photo"), Map.entry("audio", "an audio recording"),
            Map.entry("add audio prompt", "an audio recording"), Map.entry("q audio", "an audio recording"),
            Map.entry("background-audio", "an audio recording"), Map.entry("video", "a video"),
            Map.entry("add video prompt", "a video"), Map.entry("q video", "a video"),
            Map.entry("barcode", "a barcode"), Map.entry("add barcode prompt", "a barcode"),
            Map.entry("q barcode", "a barcode"), Map.entry("file", "a file from the phone"),
            Map.entry("add file prompt", "a file from the phone"), Map.entry("osm", "an OpenStreetMap feature"),
            Map.entry("phonenumber", "the phone's own number"), Map.entry("get phone number", "the phone's own number"),
            Map.entry("uri:phonenumber", "the phone's own number"), Map.entry("simserial", "the SIM card's serial"),
            Map.entry("sim id", "the SIM card's serial"), Map.entry("get sim id", "the SIM card's serial"),
            Map.entry("uri:simserial", "the SIM card's serial"), Map.entry("subscriberid", "the SIM subscriber id"),
            Map.entry("subscriber id", "the SIM subscriber id"),
            Map.entry("get subscriber id", "the SIM subscriber id"),
            Map.entry("uri:subscriberid", "the SIM subscriber id"), Map.entry("imei", "the phone's IMEI"),
            Map.entry("email", "the ODK account's email"), Map.entry("uri:email", "the ODK account's email"));

    /** Other known types Concord refuses, with the reason. */
    private static final Map<String, String> REFUSED = Map.ofEntries(
            Map.entry("begin_table", "tables are not supported"), Map.entry("end_table", "tables are not supported"),
            Map.entry("percentage", "use integer with a constraint . >= 0 and . <= 100"),
            Map.entry("number of days in last month", "use integer"),
            Map.entry("number of days in last six months", "use integer"),
            Map.entry("number of days in last year", "use integer"));

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private SurveyTypes() {
    }

    /** The type cell understood; an unknown word comes back as it is (lower case). */
    static Parsed parse(String cell) {
        String t = cell.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (SUPPORTED.contains(lower)) {
            // The common case of a type word alone: nothing to normalise.
            return new Parsed(lower, null, false, null);
        }
        t = WHITESPACE.matcher(t).replaceAll(" ");
        lower = t.toLowerCase(Locale.ROOT);
        boolean orOther = false;
        for (String suffix : new String[] {" or specify other", " or_other"}) {
            if (lower.endsWith(suffix)) {
                orOther = true;
                t = t.substring(0, t.length() - suffix.length()).strip();
                lower = t.toLowerCase(Locale.ROOT);
            }
        }
        if (lower.equals("phone number")) {
            return new Parsed(PHONE_NUMBER, null, orOther, null);
        }
        if (ALIASES.containsKey(lower)) {
            return new Parsed(ALIASES.get(lower), null, orOther, null);
        }
        if (PHONE_ONLY.containsKey(lower) || REFUSED.containsKey(lower)) {
            return new Parsed(lower, null, orOther, null);
        }
        // The longest select spelling that the cell starts with, followed by the list name.
        String select = null;
        for (String spelling : SELECTS.keySet()) {
            if (lower.startsWith(spelling + " ") && (select == null || spelling.length() > select.length())) {
                select = spelling;
            }
        }
        if (select != null) {
            String[] rest = t.substring(select.length()).strip().split(" ");
            String extra = rest.length > 1 ? String.join(" ", List.of(rest).subList(1, rest.length)) : null;
            return new Parsed(SELECTS.get(select), rest[0], orOther, extra);
        }
        String[] parts = t.split(" ", 2);
        return new Parsed(parts[0].toLowerCase(Locale.ROOT), null, orOther, parts.length > 1 ? parts[1] : null);
    }

    /** The question type of a select from a file (select_one or select_multiple), or null for another word. */
    static QuestionType fromFile(String word) {
        return switch (word) {
            case SELECT_ONE_FROM_FILE -> QuestionType.SELECT_ONE;
            case SELECT_MULTIPLE_FROM_FILE -> QuestionType.SELECT_MULTIPLE;
            default -> null;
        };
    }

    /** True for csv-external and xml-external rows: they declare a secondary instance, not a question. */
    static boolean declaresInstance(String word) {
        return word.equals(CSV_EXTERNAL) || word.equals(XML_EXTERNAL);
    }

    /** The message for a type that Concord refuses, or null when it is not one. */
    static String refusal(String word) {
        String captures = PHONE_ONLY.get(word);
        if (captures != null) {
            return "a laptop kiosk cannot capture " + word + " (" + captures + "); remove it or use ODK Collect "
                    + "for this part";
        }
        String reason = REFUSED.get(word);
        if (reason != null) {
            return "type " + word + " is not supported by Concord: " + reason;
        }
        return null;
    }

    /** How the supported types read in messages. */
    static String supportedList() {
        return "select_one LIST, select_multiple LIST, rank LIST, integer, decimal, text, note, acknowledge, calculate, date, "
                + "time, datetime, range, start, end, today, deviceid, username, audit, begin_group, end_group, begin_repeat, end_repeat";
    }
}
