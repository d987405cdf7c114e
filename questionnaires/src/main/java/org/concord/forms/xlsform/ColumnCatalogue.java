package org.concord.forms.xlsform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What Concord knows of the columns of each XLSForm sheet, as pyxform reads them: the aliases of a column name, the
 * columns Concord uses, and the XLSForm columns it does not use together with the reason given in the warning.
 */
final class ColumnCatalogue {
    /** Which sheet the columns belong to. */
    enum Kind { SURVEY, CHOICES, SETTINGS, EXTERNAL_CHOICES }

    /** Columns whose text is given per language ({@code label::English (en)}) and that Concord shows. */
    static final Set<String> TRANSLATABLE = Set.of("label", "hint", "constraint_message", "required_message");

    /** Translatable XLSForm columns that Concord does not show: their language suffix is not a form language. */
    static final Set<String> TRANSLATABLE_UNUSED = Set.of("guidance_hint", "image", "big-image", "audio", "video",
            "no_app_error_string");

    private static final Map<String, String> SURVEY_ALIASES = Map.ofEntries(
            Map.entry("caption", "label"), Map.entry("relevance", "relevant"),
            Map.entry("constraining_message", "constraint_message"), Map.entry("constraint_msg", "constraint_message"),
            Map.entry("jr:constraintmsg", "constraint_message"), Map.entry("constraintmsg", "constraint_message"),
            Map.entry("requiredmsg", "required_message"), Map.entry("required_msg", "required_message"),
            Map.entry("jr:requiredmsg", "required_message"), Map.entry("calculate", "calculation"),
            Map.entry("readonly", "read_only"), Map.entry("count", "repeat_count"),
            Map.entry("jr:count", "repeat_count"), Map.entry("command", "type"), Map.entry("tag", "name"),
            Map.entry("value", "name"), Map.entry("noapperrorstring", "no_app_error_string"),
            Map.entry("jr:noapperrorstring", "no_app_error_string"));

    private static final Map<String, String> CHOICES_ALIASES = Map.of("caption", "label", "list_name", "list_name",
            "value", "name");

    private static final Map<String, String> SETTINGS_ALIASES = Map.of("title", "form_title",
            "set_form_title", "form_title", "id_string", "form_id", "set_form_id", "form_id");

    /** Survey columns Concord reads. */
    static final List<String> SURVEY_USED = List.of("type", "name", "label", "hint", "required", "required_message",
            "relevant", "constraint", "constraint_message", "appearance", "calculation", "parameters", "domain",
            "reverse", "default", "read_only", "trigger", "choice_filter", "repeat_count");

    /** Choices columns Concord reads (other columns are kept with each choice for {@code choice_filter}). */
    static final List<String> CHOICES_USED = List.of("list_name", "name", "label", "role_group");

    /** Settings Concord reads. */
    static final List<String> SETTINGS_USED = List.of("form_title", "form_id", "version", "default_language",
            "allow_choice_duplicates");

    private static final String NO_MEDIA = "Concord shows no images, audio or video; the text label is shown";
    private static final String NO_SERVER = "Concord keeps every answer in the study file on the laptop and sends "
            + "nothing to a server";

    private static final Map<String, String> SURVEY_UNUSED = ofPairs(
            "guidance_hint", "guidance hints are shown only by ODK Collect's guidance setting; Concord does not "
                    + "show them",
            "image", NO_MEDIA, "big-image", NO_MEDIA, "audio", NO_MEDIA, "video", NO_MEDIA,
            "autoplay", NO_MEDIA,
            "intent", "it starts an Android app, which a laptop cannot; the questions the app would fill are asked on the "
                    + "page instead",
            "save_to", "entities are an ODK server feature; the answer is kept but saved to no entity list",
            "no_app_error_string", "it is shown only when an Android app is missing",
            "rows", "the kiosk sizes text boxes itself",
            "compact_tag", "it is for ODK's compact SMS submissions",
            "body", "it holds attributes of ODK Collect's widgets");

    private static final Map<String, String> CHOICES_UNUSED = ofPairs("image", NO_MEDIA, "big-image", NO_MEDIA,
            "audio", NO_MEDIA, "video", NO_MEDIA);

    private static final Map<String, String> SETTINGS_UNUSED = ofPairs(
            "public_key", NO_SERVER + ", so nothing is encrypted for one",
            "submission_url", NO_SERVER,
            "auto_send", NO_SERVER, "auto_delete", NO_SERVER,
            "instance_name", "each participant is named by a random code, not by a form expression",
            "style", "the kiosk always shows one group per page",
            "namespaces", "Concord writes no XForm XML",
            "name", "Concord writes no XForm XML, so the root element needs no name",
            "prefix", "it is for ODK's compact SMS submissions",
            "delimiter", "it is for ODK's compact SMS submissions",
            "sms_keyword", "it is for ODK's SMS submissions",
            "omit_instanceid", "every participant has Concord's random UUID",
            "instance_id", "every participant has Concord's random UUID",
            "client_editable", "a finished participant is never reopened in the kiosk",
            "add_none_option", "add a \"none\" choice to the list instead",
            "clean_text_values", "Concord always trims cells and keeps line breaks inside them",
            "entity_version", "entities are an ODK server feature");

    private ColumnCatalogue() {
    }

    private static Map<String, String> ofPairs(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }

    static Map<String, String> aliases(Kind kind) {
        return switch (kind) {
            case SURVEY -> SURVEY_ALIASES;
            case CHOICES, EXTERNAL_CHOICES -> CHOICES_ALIASES;
            case SETTINGS -> SETTINGS_ALIASES;
        };
    }

    static List<String> used(Kind kind) {
        return switch (kind) {
            case SURVEY -> SURVEY_USED;
            case CHOICES, EXTERNAL_CHOICES -> CHOICES_USED;
            case SETTINGS -> SETTINGS_USED;
        };
    }

    /** Why Concord does not use a known XLSForm column, or null when the column is not one of them. */
    static String unusedReason(Kind kind, String base) {
        if (kind == Kind.SURVEY && base.startsWith("sms_")) {
            return "it is for ODK's SMS submissions";
        }
        if (kind == Kind.SURVEY && (base.equals("instance") || base.equals("media"))) {
            return base.equals("media") ? NO_MEDIA : "Concord writes no XForm XML, so instance attributes are unused";
        }
        return switch (kind) {
            case SURVEY -> SURVEY_UNUSED.get(base);
            case CHOICES, EXTERNAL_CHOICES -> CHOICES_UNUSED.get(base);
            case SETTINGS -> SETTINGS_UNUSED.get(base);
        };
    }
}
