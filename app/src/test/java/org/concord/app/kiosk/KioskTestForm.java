package org.concord.app.kiosk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
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
import org.concord.forms.expr.Answers;
import org.concord.forms.expr.Expression;

/**
 * A small bilingual form built from the model records for the kiosk's GUI tests: consent (required, with the form's
 * own message), role (required, default message), years (constraint 0..50, English-only message), a leaders-only item
 * and page (skip logic), a randomised page of five agreement statements and a loose page with a comment.
 */
final class KioskTestForm {
    private KioskTestForm() {
    }

    static final String TEXT = "kiosk test form (built in code)";

    static Form form() {
        Expression yes = expr("yes", (a, s) -> true);
        Expression leader = expr("${role} = 'leader'", (a, s) -> "leader".equals(a.get("role")));
        Question consent = question("consent", QuestionType.ACKNOWLEDGE, null,
                "I have read the information above and I agree to take part.",
                "Rwyf wedi darllen yr wybodaeth uchod ac rwy'n cytuno i gymryd rhan.",
                yes, text("Please confirm that you agree to take part.", "Cadarnhewch eich bod yn cytuno i gymryd rhan."),
                null, null, LocalizedText.EMPTY);
        Question role = question("role", QuestionType.SELECT_ONE, "role", "Which best describes your role?",
                "Pa un sy'n disgrifio'ch swydd orau?", yes, LocalizedText.EMPTY, null, null, LocalizedText.EMPTY);
        Question years = question("years", QuestionType.INTEGER, null,
                "How many years have you worked in children's social care?",
                "Sawl blwyddyn ydych chi wedi gweithio ym maes gofal cymdeithasol plant?", null, LocalizedText.EMPTY,
                null, expr(". >= 0 and . <= 50", (a, s) -> Double.parseDouble(s) >= 0 && Double.parseDouble(s) <= 50),
                LocalizedText.of("en", "Enter a number of years from 0 to 50."));
        Question leadQ = question("lead_q", QuestionType.SELECT_ONE, "agree5",
                "Leaders should regularly observe direct work with families.",
                "Dylai arweinwyr arsylwi'n rheolaidd ar waith uniongyrchol gyda theuluoedd.", null,
                LocalizedText.EMPTY, leader, null, LocalizedText.EMPTY);
        List<Node> views = new ArrayList<>();
        String[][] statements = {
            {"A child's plan should start from what they need.", "Dylai cynllun plentyn ddechrau o'r hyn sydd ei angen."},
            {"Cost may fairly decide which service a child receives.", "Mae'n deg i gost benderfynu pa wasanaeth a gaiff plentyn."},
            {"Most children at risk can be kept safe at home.", "Gellir cadw'r rhan fwyaf o blant mewn perygl yn ddiogel gartref."},
            {"Decisions about risk should be shared with managers.", "Dylid rhannu penderfyniadau am risg gyda rheolwyr."},
            {"Reflective supervision matters as much as task checking.", "Mae goruchwyliaeth fyfyriol yr un mor bwysig \u00e2 gwirio tasgau."}};
        for (int i = 0; i < statements.length; i++) {
            views.add(question("v" + (i + 1), QuestionType.SELECT_ONE, "agree5", statements[i][0], statements[i][1],
                    null, LocalizedText.EMPTY, null, null, LocalizedText.EMPTY));
        }
        List<Node> body = List.of(
                new Group("welcome", text("Welcome", "Croeso"), null, "", false, List.of(
                        question("intro", QuestionType.NOTE, null,
                                "Thank you for taking part. The questionnaire takes about five minutes.",
                                "Diolch am gymryd rhan. Mae'r holiadur yn cymryd tua pum munud.", null,
                                LocalizedText.EMPTY, null, null, LocalizedText.EMPTY), consent), 2),
                new Group("about", text("About you", "Amdanoch chi"), null, "", false, List.of(role, years, leadQ), 5),
                new Group("leaders", text("For leaders", "I arweinwyr"), leader, "", false, List.of(
                        question("lo1", QuestionType.SELECT_ONE, "agree5",
                                "Senior managers should still do some casework.",
                                "Dylai uwch reolwyr wneud rhywfaint o waith achos o hyd.", null, LocalizedText.EMPTY,
                                null, null, LocalizedText.EMPTY)), 10),
                new Group("views", text("Your views", "Eich barn"), null, "", true, views, 13),
                question("comments", QuestionType.TEXT, null, "Is there anything else you would like to tell us?",
                        "A oes unrhyw beth arall yr hoffech ei ddweud wrthym?", null, LocalizedText.EMPTY, null, null,
                        LocalizedText.EMPTY));
        Map<String, ChoiceList> lists = new LinkedHashMap<>();
        lists.put("role", new ChoiceList("role", List.of(
                new Choice("leader", text("Service or team manager", "Rheolwr gwasanaeth neu d\u00eem"),
                        Map.of("role_group", "leader"), 2),
                new Choice("worker", text("Social worker", "Gweithiwr cymdeithasol"),
                        Map.of("role_group", "worker"), 3))));
        String[][] agree = {{"Strongly disagree", "Anghytuno'n gryf"}, {"Disagree", "Anghytuno"},
            {"Neither agree nor disagree", "Ddim yn cytuno nac yn anghytuno"}, {"Agree", "Cytuno"},
            {"Strongly agree", "Cytuno'n gryf"}};
        List<Choice> points = new ArrayList<>();
        for (int i = 0; i < agree.length; i++) {
            points.add(new Choice(Integer.toString(i + 1), text(agree[i][0], agree[i][1]), Map.of(), 4 + i));
        }
        lists.put("agree5", new ChoiceList("agree5", points));
        return new Form(new FormSettings("Kiosk test / Prawf", "kiosk_test", "1", "English (en)"),
                List.of(new Language("en", "English"), new Language("cy", "Cymraeg")), body, lists,
                new FormSource(TEXT, sha256(TEXT)));
    }

    static LocalizedText text(String en, String cy) {
        return new LocalizedText(Map.of("en", en, "cy", cy));
    }

    private static Question question(String name, QuestionType type, String list, String en, String cy,
                                     Expression required, LocalizedText requiredMessage, Expression relevant,
                                     Expression constraint, LocalizedText constraintMessage) {
        return new Question(name, type, list, text(en, cy), LocalizedText.EMPTY, required, requiredMessage, relevant,
                constraint, constraintMessage, "", null, null, false, 0);
    }

    static Expression expr(String source, BiFunction<Answers, String, Object> meaning) {
        return new Expression() {
            @Override
            public Object evaluate(Answers answers, String self) {
                return meaning.apply(answers, self);
            }

            @Override
            public boolean test(Answers answers, String self) {
                return Boolean.TRUE.equals(evaluate(answers, self));
            }

            @Override
            public Set<String> references() {
                return Set.of();
            }

            @Override
            public String source() {
                return source;
            }
        };
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
