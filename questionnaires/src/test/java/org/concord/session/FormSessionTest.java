package org.concord.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.session.TestForms.calculate;
import static org.concord.session.TestForms.constraint;
import static org.concord.session.TestForms.expr;
import static org.concord.session.TestForms.form;
import static org.concord.session.TestForms.group;
import static org.concord.session.TestForms.list;
import static org.concord.session.TestForms.number;
import static org.concord.session.TestForms.q;
import static org.concord.session.TestForms.relevant;
import static org.concord.session.TestForms.required;
import static org.concord.session.TestForms.scale;
import static org.concord.session.TestForms.str;
import static org.concord.session.TestForms.text;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.forms.Form;
import org.concord.forms.Node;
import org.concord.forms.Question;
import org.concord.forms.QuestionType;
import org.concord.forms.expr.Expression;
import org.junit.jupiter.api.Test;

class FormSessionTest {
    private static final Expression IS_LEADER = expr("${role} = 'leader'", (a, s) -> "leader".equals(a.get("role")));

    /** welcome (consent), about (role, years, lead_q if leader), leaders (if leader), views (randomised), loose. */
    static Form sample() {
        Question consent = required(q("consent", QuestionType.ACKNOWLEDGE, null),
                text("Please agree first.", "Cytunwch yn gyntaf."));
        Question years = constraint(q("years", QuestionType.INTEGER, null),
                expr(". >= 0 and . <= 50", (a, s) -> Double.parseDouble(s) >= 0 && Double.parseDouble(s) <= 50),
                text("From 0 to 50.", null));
        List<Node> body = List.of(
                group("welcome", null, false, q("intro", QuestionType.NOTE, null), consent),
                group("about", null, false, required(q("role", QuestionType.SELECT_ONE, "role"), null), years,
                        relevant(q("lead_q", QuestionType.SELECT_ONE, "agree5"), IS_LEADER)),
                group("leaders", IS_LEADER, false, q("lo1", QuestionType.SELECT_ONE, "agree5")),
                group("views", null, true, q("v1", QuestionType.SELECT_ONE, "agree5"),
                        q("v2", QuestionType.SELECT_ONE, "agree5"), q("v3", QuestionType.SELECT_ONE, "agree5"),
                        q("v4", QuestionType.SELECT_ONE, "agree5"), q("v5", QuestionType.SELECT_ONE, "agree5"),
                        q("v6", QuestionType.SELECT_ONE, "agree5")),
                calculate("score", expr("${v1} + ${v2}", (a, s) -> number(a, "v1") + number(a, "v2"))),
                q("comments", QuestionType.TEXT, null),
                q("tags", QuestionType.SELECT_MULTIPLE, "tag"));
        return form(body, list("role", "leader", "worker"), scale("agree5", 5), list("tag", "a", "b", "c"));
    }

    private static Question question(Form form, String name) {
        return form.question(name).orElseThrow();
    }

    @Test
    void eachTopLevelGroupIsAPageAndLooseQuestionsAreCollectedIntoOne() {
        FormSession s = FormSession.start(sample(), Map.of(), "en", 1);
        assertThat(s.pages()).extracting(Page::name)
                .containsExactly("welcome", "about", "leaders", "views", "score");
        // The collected page holds the calculation too, but only the answerable questions are shown.
        assertThat(s.visibleQuestions(s.pages().get(4))).extracting(Question::name).containsExactly("comments", "tags");
        assertThat(s.currentPageName()).isEqualTo("welcome");
        assertThat(s.canGoBack()).isFalse();
    }

    @Test
    void requiredConsentKeepsTheParticipantOnTheWelcomePageWithTheFormsMessageInTheirLanguage() {
        FormSession s = FormSession.start(sample(), Map.of(), "en", 1);
        assertThat(s.next()).containsExactly(new Issue("consent", Issue.Kind.REQUIRED, "Please agree first."));
        s.setLanguage("cy");
        assertThat(s.next()).containsExactly(new Issue("consent", Issue.Kind.REQUIRED, "Cytunwch yn gyntaf."));
        assertThat(s.currentPageName()).isEqualTo("welcome");
        assertThat(s.setAnswer("consent", FormSession.ACKNOWLEDGED)).containsExactly(new Change("consent", "OK"));
        assertThat(s.next()).isEmpty();
        assertThat(s.currentPageName()).isEqualTo("about");
    }

    @Test
    void requiredWithoutAFormMessageLeavesTheDefaultToTheApp() {
        FormSession s = FormSession.start(sample(), Map.of("consent", "OK"), "en", 1);
        s.goTo("about");
        assertThat(s.next()).containsExactly(new Issue("role", Issue.Kind.REQUIRED, null));
        assertThat(Issue.Kind.REQUIRED.messageKey()).isEqualTo("issue.required");
        assertThat(Issue.Kind.NOT_INTEGER.messageKey()).isEqualTo("issue.not.integer");
    }

    @Test
    void constraintMessageInEnglishOnlyIsNotShownToAWelshParticipant() {
        FormSession s = FormSession.start(sample(), Map.of("consent", "OK", "role", "worker"), "en", 1);
        s.goTo("about");
        s.setAnswer("years", "60");
        assertThat(s.next()).containsExactly(new Issue("years", Issue.Kind.CONSTRAINT, "From 0 to 50."));
        s.setLanguage("cy");
        assertThat(s.next()).containsExactly(new Issue("years", Issue.Kind.CONSTRAINT, null));
    }

    @Test
    void aNumberThatIsNotANumberIsNotSavedButStaysAndBlocks() {
        FormSession s = FormSession.start(sample(), Map.of("consent", "OK", "role", "worker"), "en", 1);
        s.goTo("about");
        assertThat(s.setAnswer("years", "12")).containsExactly(new Change("years", "12"));
        assertThat(s.setAnswer("years", "12x")).isEmpty();
        assertThat(s.answer("years")).isEqualTo("12x");
        assertThat(s.issue(question(s.form(), "years")))
                .contains(new Issue("years", Issue.Kind.NOT_INTEGER, null));
        assertThat(s.next()).hasSize(1);
        assertThat(s.setAnswer("years", " 13 ")).containsExactly(new Change("years", "13"));
        assertThat(s.setAnswer("years", "")).containsExactly(new Change("years", null));
        assertThat(s.next()).isEmpty();
    }

    @Test
    void skipLogicFollowsTheAnswersLive() {
        Form form = sample();
        FormSession s = FormSession.start(form, Map.of("consent", "OK"), "en", 1);
        s.goTo("about");
        Question leadQ = question(form, "lead_q");
        assertThat(s.isRelevant(leadQ)).isFalse();
        assertThat(s.pageCount()).isEqualTo(5); // welcome, about, views, loose page, review
        s.setAnswer("role", "leader");
        assertThat(s.isRelevant(leadQ)).isTrue();
        assertThat(s.visibleQuestions(s.currentPage().orElseThrow())).extracting(Question::name)
                .containsExactly("role", "years", "lead_q");
        assertThat(s.pageCount()).isEqualTo(6);
        assertThat(s.next()).isEmpty();
        assertThat(s.currentPageName()).isEqualTo("leaders");
        assertThat(s.pageNumber()).isEqualTo(3);
        s.back();
        s.setAnswer("role", "worker");
        assertThat(s.next()).isEmpty();
        assertThat(s.currentPageName()).isEqualTo("views");
        assertThat(s.pageNumber()).isEqualTo(3);
    }

    @Test
    void randomisedGroupOrderDependsOnlyOnTheSeedAndIsRecorded() {
        Form form = sample();
        List<String> first = FormSession.start(form, Map.of(), "en", 42).randomizedOrders().get("views");
        List<String> again = FormSession.start(form, Map.of(), "en", 42).randomizedOrders().get("views");
        assertThat(first).isEqualTo(again).containsExactlyInAnyOrder("v1", "v2", "v3", "v4", "v5", "v6");
        FormSession s = FormSession.start(form, Map.of(), "en", 42);
        assertThat(s.pages().get(3).content()).extracting(Node::name).isEqualTo(first);
        assertThat(s.randomizedOrders()).containsOnlyKeys("views");
        Set<List<String>> orders = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            orders.add(FormSession.start(form, Map.of(), "en", seed).randomizedOrders().get("views"));
        }
        // 20 seeds over 720 orders: all the same would mean the seed is ignored.
        assertThat(orders.size()).isGreaterThan(10);
    }

    @Test
    void calculationsAreRecomputedAndReturnedForSaving() {
        FormSession s = FormSession.start(sample(), Map.of(), "en", 1);
        assertThat(s.setAnswer("v1", "2")).containsExactly(new Change("v1", "2"));
        assertThat(s.setAnswer("v2", "3")).containsExactly(new Change("v2", "3"), new Change("score", "5"));
        assertThat(s.answer("score")).isEqualTo("5");
        assertThat(s.setAnswer("v2", null)).containsExactly(new Change("v2", null), new Change("score", null));
    }

    @Test
    void reviewListsUnansweredOptionalQuestionsAndSubmitChecksEveryPage() {
        FormSession s = FormSession.start(sample(), Map.of("consent", "OK", "role", "worker", "v3", "4"), "en", 1);
        s.goTo("score");
        assertThat(s.next()).isEmpty();
        assertThat(s.atReview()).isTrue();
        assertThat(s.currentPageName()).isEqualTo(FormSession.REVIEW_PAGE);
        assertThat(s.pageNumber()).isEqualTo(s.pageCount());
        assertThat(s.unansweredOptional()).extracting(Question::name)
                .containsExactlyInAnyOrder("years", "v1", "v2", "v4", "v5", "v6", "comments", "tags");
        assertThat(s.checkAll()).isEmpty();
        s.setAnswer("role", null);
        assertThat(s.checkAll()).containsExactly(new Issue("role", Issue.Kind.REQUIRED, null));
        assertThat(s.currentPageName()).isEqualTo("about");
        s.goToQuestion("comments");
        assertThat(s.currentPageName()).isEqualTo("score");
    }

    @Test
    void resumeStartsAtTheStoredPageWithEveryAnswerInPlace() {
        Map<String, String> stored = Map.of("consent", "OK", "role", "leader", "years", "7", "lo1", "5");
        FormSession s = FormSession.start(sample(), stored, "cy", 9);
        s.goTo("leaders");
        assertThat(s.currentPageName()).isEqualTo("leaders");
        assertThat(s.answers()).containsAllEntriesOf(stored);
        assertThat(s.language()).isEqualTo("cy");
        assertThat(s.text(question(s.form(), "lo1").label())).isEqualTo("Label cy lo1");
        s.goTo(FormSession.REVIEW_PAGE);
        assertThat(s.atReview()).isTrue();
        s.goTo("no-such-page");
        assertThat(s.currentPageName()).isEqualTo("welcome");
        // A stored page that is no longer relevant resumes at the next one that is.
        FormSession worker = FormSession.start(sample(), Map.of("consent", "OK", "role", "worker"), "en", 9);
        worker.goTo("leaders");
        assertThat(worker.currentPageName()).isEqualTo("views");
    }

    @Test
    void switchingLanguageKeepsEveryAnswer() {
        FormSession s = FormSession.start(sample(), Map.of(), "en", 1);
        s.setAnswer("consent", "OK");
        s.setAnswer("v4", "2");
        Map<String, String> before = s.answers();
        s.setLanguage("cy");
        assertThat(s.answers()).isEqualTo(before);
        assertThat(s.text(s.pages().get(0).label())).isEqualTo("Tudalen welcome");
        s.setLanguage("en");
        assertThat(s.text(s.pages().get(0).label())).isEqualTo("Page welcome");
    }

    @Test
    void answersOfQuestionsThatBecameIrrelevantAreClearedAtSubmit() {
        FormSession s = FormSession.start(sample(), Map.of("consent", "OK", "role", "leader", "lead_q", "3", "lo1", "4"),
                "en", 1);
        s.setAnswer("role", "worker");
        assertThat(s.answer("lead_q")).isEqualTo("3");
        assertThat(s.irrelevantAnswers()).containsExactlyInAnyOrder(new Change("lead_q", null), new Change("lo1", null));
        assertThat(s.answer("lead_q")).isNull();
    }

    @Test
    void selectMultipleKeepsChoicesInSheetOrder() {
        FormSession s = FormSession.start(sample(), Map.of(), "en", 1);
        s.toggleChoice("tags", "c");
        assertThat(s.toggleChoice("tags", "a")).containsExactly(new Change("tags", "a c"));
        assertThat(s.selected("tags")).containsExactly("a", "c");
        assertThat(s.toggleChoice("tags", "c")).containsExactly(new Change("tags", "a"));
        assertThat(s.toggleChoice("tags", "a")).containsExactly(new Change("tags", null));
    }

    @Test
    void scaleQuestionsAreSelectOnesWithChoicesOneToA() {
        Form form = sample();
        FormSession s = FormSession.start(form, Map.of(), "en", 1);
        assertThat(s.isScale(question(form, "v1"))).isTrue();
        assertThat(s.isScale(question(form, "role"))).isFalse();
        assertThat(s.isScale(question(form, "tags"))).isFalse();
    }

    @Test
    void numbersAreWrittenAsXlsformWritesThem() {
        assertThat(FormSession.asText(5.0)).isEqualTo("5");
        assertThat(FormSession.asText(2.5)).isEqualTo("2.5");
        assertThat(FormSession.asText(Double.NaN)).isNull();
        assertThat(FormSession.asText(true)).isEqualTo("true");
    }
}
