package org.concord.forms.xlsform;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The XLSForm {@code type} column: the supported types and the known ones Concord refuses by name. */
final class SurveyTypes {
    static final String BEGIN_GROUP = "begin_group";
    static final String END_GROUP = "end_group";

    /** Every supported type word, for "did you mean" and messages. */
    static final List<String> SUPPORTED = List.of("select_one", "select_multiple", "integer", "decimal", "text",
            "note", "acknowledge", "calculate", BEGIN_GROUP, END_GROUP);

    /** XLSForm types outside Concord's subset: a form using them is refused with this name. */
    static final Set<String> UNSUPPORTED = Set.of("begin_repeat", "end_repeat", "geopoint", "geotrace", "geoshape",
            "date", "time", "datetime", "image", "audio", "video", "file", "barcode", "range", "rank", "hidden",
            "start", "end", "today", "deviceid", "subscriberid", "simserial", "phonenumber", "username", "email",
            "audit", "xml-external", "csv-external", "select_one_from_file", "select_multiple_from_file", "trigger",
            "background-audio", "background-geopoint", "start-geopoint", "begin_loop", "end_loop", "osm",
            "select_one_external", "uri:email", "uri:phonenumber", "begin_table", "end_table");

    private SurveyTypes() {
    }

    /**
     * The type cell split into its word and list name, with pyxform's alternative spellings normalised
     * ({@code begin group}, {@code select one L}, {@code select all that apply L}).
     */
    static String[] split(String cell) {
        String t = cell.strip().replaceAll("\\s+", " ");
        String lower = t.toLowerCase(Locale.ROOT);
        for (String[] alias : new String[][] {{"begin group", BEGIN_GROUP}, {"end group", END_GROUP},
            {"begin repeat", "begin_repeat"}, {"end repeat", "end_repeat"}, {"select one ", "select_one "},
            {"select all that apply ", "select_multiple "}, {"select multiple ", "select_multiple "},
            {"begin_loop over ", "begin_loop "}, {"begin loop over ", "begin_loop "}}) {
            if (lower.startsWith(alias[0])) {
                t = alias[1] + t.substring(alias[0].length());
                lower = t.toLowerCase(Locale.ROOT);
                break;
            }
        }
        String[] parts = t.split(" ");
        parts[0] = parts[0].toLowerCase(Locale.ROOT);
        return parts;
    }

    /** How the supported types read in messages. */
    static String supportedList() {
        return "select_one LIST, select_multiple LIST, integer, decimal, text, note, acknowledge, calculate, "
                + "begin_group, end_group";
    }
}
