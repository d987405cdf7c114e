package org.concord.study;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concord.forms.Choice;
import org.concord.forms.ChoiceList;
import org.concord.forms.Form;
import org.concord.forms.FormSettings;
import org.concord.forms.FormSource;
import org.concord.forms.Group;
import org.concord.forms.Language;
import org.concord.forms.LocalizedText;
import org.concord.forms.Node;
import org.concord.forms.Question;
import org.concord.forms.QuestionType;

/** A small bilingual form built from the model records, for study tests. */
public final class TestForms {
    private TestForms() {
    }

    /** The sample form; {@code version} changes the stored text and so the SHA-256. */
    public static Form sample(String version) {
        String text = "survey\ntype,name,label::English (en),label::Cymraeg (cy),domain,reverse\n"
                + "acknowledge,consent,I agree,Rwy'n cytuno,,\nselect_one roles,role,Your role,Eich rôl,,\n"
                + "integer,years,Years,Blynyddoedd,,\nselect_one agree5,v1,Needs first,Anghenion yn gyntaf,needs,\n"
                + "select_one agree5,v2,Blame,Bai,risk,yes\ntext,comment,Comment,Sylw,,\nsettings\nversion," + version;
        List<Language> languages = List.of(new Language("en", "English"), new Language("cy", "Cymraeg"));
        Map<String, ChoiceList> lists = new LinkedHashMap<>();
        lists.put("roles", new ChoiceList("roles", List.of(
                choice("team_manager", "Team manager", "Rheolwr tîm", "leader", 2),
                choice("social_worker", "Social worker", "Gweithiwr cymdeithasol", "worker", 3))));
        lists.put("agree5", new ChoiceList("agree5", List.of(
                choice("1", "Strongly disagree", "Anghytuno'n gryf", null, 4),
                choice("2", "Disagree", "Anghytuno", null, 5),
                choice("3", "Neither", "Niwtral", null, 6),
                choice("4", "Agree", "Cytuno", null, 7),
                choice("5", "Strongly agree", "Cytuno'n gryf", null, 8))));
        List<Node> body = List.of(
                question("consent", QuestionType.ACKNOWLEDGE, null, "I agree", "Rwy'n cytuno", null, false, 2),
                question("role", QuestionType.SELECT_ONE, "roles", "Your role", "Eich rôl", null, false, 3),
                question("years", QuestionType.INTEGER, null, "Years", "Blynyddoedd", null, false, 4),
                new Group("values", LocalizedText.of("en", "Values"), null, "", false, List.of(
                        question("v1", QuestionType.SELECT_ONE, "agree5", "Needs first", "Anghenion yn gyntaf",
                                "needs", false, 6),
                        question("v2", QuestionType.SELECT_ONE, "agree5", "Blame", "Bai", "risk", true, 7)), 5),
                question("comment", QuestionType.TEXT, null, "Comment", "Sylw", null, false, 9));
        return new Form(new FormSettings("Sample", "sample", version, "English (en)"), languages, body, lists,
                new FormSource(text, sha256(text)));
    }

    /** The sample form, version 1. */
    public static Form sample() {
        return sample("1");
    }

    private static Choice choice(String name, String en, String cy, String roleGroup, int row) {
        Map<String, String> columns = new LinkedHashMap<>();
        if (roleGroup != null) {
            columns.put("role_group", roleGroup);
        }
        return new Choice(name, new LocalizedText(Map.of("en", en, "cy", cy)), columns, row);
    }

    private static Question question(String name, QuestionType type, String list, String en, String cy,
                                     String domain, boolean reverse, int row) {
        return new Question(name, type, list, new LocalizedText(Map.of("en", en, "cy", cy)), LocalizedText.EMPTY,
                null, LocalizedText.EMPTY, null, null, LocalizedText.EMPTY, "", null, domain, reverse, row);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
