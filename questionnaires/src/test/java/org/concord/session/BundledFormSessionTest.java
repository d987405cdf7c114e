package org.concord.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.forms.Node;
import org.concord.forms.Question;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The session model on the bundled {@code values-agreement} instrument, as a participant meets it. */
class BundledFormSessionTest {
    private static Form form;

    @BeforeAll
    static void load() {
        form = FormLoader.loadBundled("values-agreement");
    }

    @Test
    void everyTopLevelGroupIsAPageStartingWithWelcomeAndConsent() {
        FormSession s = FormSession.start(form, Map.of(), "en", 7);
        assertThat(s.pages()).extracting(Page::name).containsExactly("welcome", "about", "views_needs_resources",
                "views_families_care", "views_risk_blame", "views_procedure_judgement", "views_learning_challenge",
                "views_leaders_practice", "cases", "end");
        assertThat(s.pageCount()).isEqualTo(11);
        assertThat(s.visibleQuestions(s.currentPage().orElseThrow())).extracting(Question::name)
                .containsExactly("intro", "consent");
        List<Issue> issues = s.next();
        assertThat(issues).hasSize(1);
        assertThat(issues.get(0).kind()).isEqualTo(Issue.Kind.REQUIRED);
        assertThat(issues.get(0).formMessage()).startsWith("Please confirm that you agree to take part");
        s.setLanguage("cy");
        assertThat(s.next().get(0).formMessage()).startsWith("Cadarnhewch eich bod yn cytuno");
    }

    @Test
    void theSixValuesPagesAreShuffledPerParticipantAndTheAgreementItemsAreScales() {
        FormSession s = FormSession.start(form, Map.of(), "en", 7);
        assertThat(s.randomizedOrders()).hasSize(6).containsKey("views_needs_resources");
        assertThat(s.randomizedOrders().get("views_needs_resources"))
                .containsExactlyInAnyOrder("nr1", "nr2", "nr3", "nr4", "nr5");
        Page first = s.pages().get(2);
        assertThat(first.content()).extracting(Node::name)
                .isEqualTo(s.randomizedOrders().get("views_needs_resources"));
        for (Question q : form.valuesItems()) {
            assertThat(s.isScale(q)).as(q.name()).isTrue();
        }
        assertThat(s.isScale(form.question("role").orElseThrow())).isFalse();
        assertThat(s.isScale(form.question("case_a_plan").orElseThrow())).isTrue();
    }

    @Test
    void yearsMustBeAWholeNumberFromZeroToFifty() {
        FormSession s = FormSession.start(form, Map.of("consent", "OK", "role", "social_worker"), "en", 7);
        s.goTo("about");
        Question years = form.question("years").orElseThrow();
        s.setAnswer("years", "51");
        assertThat(s.issue(years)).get().extracting(Issue::kind).isEqualTo(Issue.Kind.CONSTRAINT);
        assertThat(s.issue(years).orElseThrow().formMessage())
                .isEqualTo("Enter the number of years as a whole number from 0 to 50.");
        s.setAnswer("years", "3.5");
        assertThat(s.issue(years)).get().extracting(Issue::kind).isEqualTo(Issue.Kind.NOT_INTEGER);
        s.setAnswer("years", "50");
        assertThat(s.issue(years)).isEmpty();
        assertThat(s.next()).isEmpty();
        assertThat(s.currentPageName()).isEqualTo("views_needs_resources");
    }

    @Test
    void aParticipantWhoAnswersEverythingHasAnEmptyReviewAndOneWhoSkipsSeesTheSkippedItems() {
        Map<String, String> all = new HashMap<>(Map.of("consent", "OK", "role", "nqsw", "years", "2",
                "case_a_plan", "2", "case_b_plan", "4", "comments", "none"));
        form.valuesItems().forEach(q -> all.put(q.name(), "3"));
        FormSession full = FormSession.start(form, all, "cy", 1);
        assertThat(full.unansweredOptional()).isEmpty();
        assertThat(full.checkAll()).isEmpty();
        all.remove("lp4");
        all.remove("comments");
        FormSession partial = FormSession.start(form, all, "cy", 1);
        assertThat(partial.unansweredOptional()).extracting(Question::name).containsExactly("lp4", "comments");
        partial.goTo(FormSession.REVIEW_PAGE);
        partial.goToQuestion("lp4");
        assertThat(partial.currentPageName()).isEqualTo("views_leaders_practice");
    }
}
