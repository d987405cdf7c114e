package org.concord.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.concord.forms.Form;
import org.concord.forms.NestedRepeatForms;
import org.concord.forms.Question;
import org.concord.study.LocalAuthority;
import org.concord.study.ParticipantState;
import org.concord.study.Study;
import org.concord.study.StudyBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A repeat inside a repeat through the session: pages, counts, expressions, delete with renumbering, resume. */
class NestedRepeatSessionTest {
    private static final SessionContext CONTEXT = new SessionContext(
            Clock.fixed(Instant.parse("2026-03-01T14:30:00Z"), ZoneOffset.UTC), "concord:4b1d", "AB");

    @TempDir
    Path dir;

    private FormSession households(Map<String, String> answers) {
        Form form = NestedRepeatForms.load(dir, "households", NestedRepeatForms.HOUSEHOLDS);
        return FormSession.start(form, answers, "default", 1, CONTEXT);
    }

    private FormSession visits(Map<String, String> answers) {
        Form form = NestedRepeatForms.load(dir, "visits", NestedRepeatForms.VISITS);
        return FormSession.start(form, answers, "default", 1, CONTEXT);
    }

    private static List<String> pageNames(FormSession s) {
        return s.relevantPages().stream().map(Page::name).toList();
    }

    private static List<String> shown(FormSession s) {
        return s.visibleQuestions(s.currentPage().orElseThrow()).stream().map(Question::name).toList();
    }

    private static Map<String, String> saved(List<Change> changes) {
        Map<String, String> out = new HashMap<>();
        changes.forEach(c -> out.put(c.question(), c.value()));
        return out;
    }

    /** Answers items and values in turn: item, value, item, value... */
    private static void answer(FormSession s, String... itemsAndValues) {
        for (int i = 0; i + 1 < itemsAndValues.length; i += 2) {
            s.setAnswer(itemsAndValues[i], itemsAndValues[i + 1]);
        }
    }

    @Test
    void innerRepeatCountIsTheOuterInstancesAnswer() {
        FormSession s = households(Map.of());
        answer(s, "n_households", "2", "n_people[1]", "2", "n_people[2]", "1");
        assertThat(pageNames(s)).containsExactly("n_households", "household[1]", "person[1][1]", "person[1][2]",
                "household[2]", "person[2][1]");
        s.next();
        s.next();
        assertThat(s.currentPageName()).isEqualTo("person[1][1]");
        assertThat(shown(s)).containsExactly("name[1][1]", "age[1][1]");
        Page.Instance at = s.currentPage().orElseThrow().instance();
        assertThat(at.repeat()).isEqualTo("person");
        assertThat(at.index()).isEqualTo(1);
        assertThat(at.count()).isEqualTo(2);
        assertThat(at.outer()).as("the household around person 1").isNotNull();
        assertThat(at.outer().repeat()).isEqualTo("household");
        assertThat(at.outer().index()).isEqualTo(1);
        assertThat(at.outerIndices()).containsExactly(1);
        s.setAnswer("n_people[1]", "3");
        assertThat(pageNames(s)).as("three people in household 1").containsExactly("n_households", "household[1]",
                "person[1][1]", "person[1][2]", "person[1][3]", "household[2]", "person[2][1]");
        assertThat(s.currentPageName()).as("stays on the page shown").isEqualTo("person[1][1]");
    }

    @Test
    void expressionsSeeTheNearestInstanceAndCountOverTheOuterOne() {
        FormSession s = households(Map.of());
        answer(s, "n_households", "2", "head[1]", "Alys", "head[2]", "Bryn", "n_people[1]", "2", "n_people[2]", "3");
        answer(s, "age[1][1]", "40", "age[1][2]", "12", "age[2][1]", "70", "age[2][2]", "68", "age[2][3]", "30");
        Map<String, String> a = s.answers();
        assertThat(a).as("position(..) is the inner index").containsEntry("pos[1][2]", "2")
                .containsEntry("pos[2][3]", "3");
        assertThat(a).as("position(../..) is the outer index").containsEntry("household_no[1][2]", "1")
                .containsEntry("household_no[2][1]", "2").containsEntry("household_no[2][3]", "2");
        assertThat(a).as("an outer question inside the inner instance").containsEntry("head_again[1][2]", "Alys")
                .containsEntry("head_again[2][1]", "Bryn");
        assertThat(a).as("indexed-repeat with two levels").containsEntry("second_age[1][1]", "12")
                .containsEntry("second_age[2][3]", "12");
        assertThat(a).as("count(${person}) in each household").containsEntry("people[1]", "2")
                .containsEntry("people[2]", "3");
        assertThat(a).as("sum(${age}) over the household's people").containsEntry("total_age[1]", "52")
                .containsEntry("total_age[2]", "168");
        assertThat(a).as("count(${person}) outside every household").containsEntry("all_people", "5");
        s.setAnswer("age[1][1]", "200");
        assertThat(s.issue(s.question("age[1][1]").orElseThrow())).map(Issue::kind)
                .as("the constraint in the inner instance").contains(Issue.Kind.CONSTRAINT);
    }

    @Test
    void addAnotherInsideEachOuterInstanceAndDeleteRenumbersTheInnerAnswers() {
        FormSession s = visits(Map.of());
        s.setAnswer("visitor", "Cai");
        assertThat(s.next()).isEmpty();
        assertThat(s.currentPageName()).isEqualTo("visit[1]");
        s.setAnswer("place[1]", "Market");
        s.next();
        assertThat(shown(s)).containsExactly("bought[1]");
        s.setAnswer("bought[1]", "yes");
        s.next();
        assertThat(s.currentPageName()).isEqualTo("item[1][1]");
        assertThat(s.currentPage().orElseThrow().instance().outer().index()).isEqualTo(1);
        s.setAnswer("item_name[1][1]", "Bread");
        s.next();
        assertThat(s.currentPageName()).isEqualTo("item[1]#add");
        assertThat(saved(s.setAnswer("item[1]#add", "yes"))).as("the count of items in visit 1")
                .containsEntry("item[1]", "2");
        s.next();
        assertThat(s.currentPageName()).as("the new item").isEqualTo("item[1][2]");
        s.setAnswer("item_name[1][2]", "Milk");
        s.next();
        assertThat(s.currentPageName()).isEqualTo("item[1]#add");
        s.setAnswer("item[1]#add", "no");
        s.next();
        assertThat(s.currentPageName()).as("the question after the group").isEqualTo("notes[1]");
        s.next();
        assertThat(s.currentPageName()).isEqualTo("visit#add");
        s.setAnswer("visit#add", "yes");
        s.next();
        assertThat(s.currentPageName()).as("the first page of visit 2").isEqualTo("visit[2]");
        answer(s, "place[2]", "Library", "bought[2]", "yes", "item_name[2][1]", "Stamps", "item[2]#add", "no");
        assertThat(pageNames(s)).containsExactly("visitor", "visit[1]", "basket[1]", "item[1][1]", "item[1][2]",
                "item[1]#add", "notes[1]", "visit[2]", "basket[2]", "item[2][1]", "item[2]#add", "notes[2]",
                "visit#add");
        s.goTo("visit[1]");
        assertThat(s.canDeleteInstance()).isTrue();
        List<Change> changes = s.deleteInstance();
        Map<String, String> saved = saved(changes);
        Map<String, String> expected = new HashMap<>(Map.of("place[1]", "Library", "item_name[1][1]", "Stamps",
                "visit", "1"));
        for (String cleared : List.of("item_name[1][2]", "item[1]", "place[2]", "bought[2]", "item_name[2][1]",
                "item[2]#add")) {
            expected.put(cleared, null);
        }
        assertThat(saved).as("visit 2 becomes visit 1 with its items, in one list of changes")
                .isEqualTo(expected);
        assertThat(s.answers()).containsEntry("item_name[1][1]", "Stamps").containsEntry("bought[1]", "yes")
                .containsEntry("item[1]#add", "no")
                .doesNotContainKeys("item_name[1][2]", "item_name[2][1]", "item[1]", "place[2]");
        assertThat(pageNames(s)).containsExactly("visitor", "visit[1]", "basket[1]", "item[1][1]", "item[1]#add",
                "notes[1]", "visit#add");
        assertThat(s.currentPageName()).as("stays at visit 1, now the former visit 2").isEqualTo("visit[1]");
        s.goTo("item[1][1]");
        assertThat(s.canDeleteInstance()).as("a single item cannot be deleted").isFalse();
    }

    @Test
    void aSmallerOuterCountClearsTheInnerAnswersOfTheHouseholdsGoneAtSubmit() {
        FormSession s = households(Map.of());
        answer(s, "n_households", "2", "n_people[1]", "2", "n_people[2]", "2", "age[1][2]", "12", "age[2][1]", "70");
        answer(s, "n_people[1]", "1", "n_households", "1");
        Map<String, String> cleared = saved(s.irrelevantAnswers());
        assertThat(cleared.keySet()).as("cleared at submit").contains("age[1][2]", "age[2][1]", "n_people[2]",
                "pos[1][2]", "pos[2][1]").doesNotContain("n_people[1]", "n_households");
        assertThat(s.answers()).containsEntry("n_people[1]", "1").containsEntry("all_people", "1")
                .doesNotContainKeys("age[2][1]", "age[1][2]");
    }

    @Test
    void anInnerRepeatThatIsNoLongerRelevantIsClearedAtSubmit() {
        FormSession s = visits(Map.of());
        answer(s, "visitor", "Cai", "place[1]", "Market", "bought[1]", "yes", "item_name[1][1]", "Bread",
                "item[1]#add", "yes", "item_name[1][2]", "Milk");
        assertThat(pageNames(s)).contains("item[1][1]", "item[1][2]", "item[1]#add");
        s.setAnswer("bought[1]", "no");
        assertThat(pageNames(s)).as("no items when nothing was bought").containsExactly("visitor", "visit[1]",
                "basket[1]", "notes[1]", "visit#add");
        assertThat(s.answers()).as("kept while the participant may change their mind")
                .containsEntry("item_name[1][2]", "Milk");
        Map<String, String> cleared = saved(s.irrelevantAnswers());
        // The number of items stays, as the number of instances of any add-another repeat that is not relevant.
        assertThat(cleared).as("cleared at submit").containsOnlyKeys("item_name[1][1]", "item_name[1][2]");
        assertThat(s.answers()).containsEntry("bought[1]", "no").containsEntry("item[1]", "2")
                .doesNotContainKeys("item_name[1][1]", "item_name[1][2]");
    }

    @Test
    void answersAndResumeMidInnerInstanceThroughAStudyFile() {
        Form form = NestedRepeatForms.load(dir, "visits", NestedRepeatForms.VISITS);
        Path file = dir.resolve("visits.concord");
        UUID id;
        try (Study study = Study.create(file, form, List.of(new LocalAuthority("W06000015", "Cardiff")),
                "1234".toCharArray())) {
            id = study.createParticipant(study.startSession("W06000015", "AB").id(), "en").id();
            FormSession s = FormSession.start(study.form(), Map.of(), "default", 1, CONTEXT);
            UUID participant = id;
            java.util.function.Consumer<List<Change>> save = changes -> StudyBatch.inTransaction(study, () -> {
                changes.forEach(c -> study.saveAnswer(participant, c.question(), c.value(), "en"));
                return null;
            });
            save.accept(s.recordStart(true));
            save.accept(s.setAnswer("visitor", "Cai"));
            save.accept(s.setAnswer("place[1]", "Market"));
            save.accept(s.setAnswer("bought[1]", "yes"));
            save.accept(s.setAnswer("item_name[1][1]", "Bread"));
            save.accept(s.setAnswer("item[1]#add", "yes"));
            s.goTo("item[1]#add");
            s.next();
            assertThat(s.currentPageName()).isEqualTo("item[1][2]");
            save.accept(s.setAnswer("item_name[1][2]", "Mil"));
            study.recordParadata(id, "page_shown", s.currentPageName());
        }
        // The kiosk was closed here, in the middle of the second item of the first visit.
        try (Study study = Study.open(file)) {
            ParticipantState state = study.unfinished().get(0);
            assertThat(state.lastPage()).isEqualTo("item[1][2]");
            Map<String, String> stored = study.currentAnswers(id);
            assertThat(stored).containsEntry("item[1]", "2").containsEntry("item_name[1][1]", "Bread")
                    .containsEntry("item_name[1][2]", "Mil").doesNotContainKey("item[1]#add");
            FormSession s = FormSession.start(study.form(), stored, "default", 1, CONTEXT);
            s.recordStart(false);
            s.goTo(state.lastPage());
            assertThat(s.currentPageName()).as("resumed on the inner instance").isEqualTo("item[1][2]");
            assertThat(s.answer("item_name[1][2]")).isEqualTo("Mil");
            assertThat(s.currentPage().orElseThrow().instance().outer().repeat()).isEqualTo("visit");
        }
    }

    /** An outer repeat that holds nothing but an inner one: its instances are deleted from their inner pages. */
    @Test
    void anOuterInstanceWithoutAPageIsDeletedFromItsInnerPages() {
        Form form = NestedRepeatForms.load(dir, "only-people", """
                type,name,label
                begin_repeat,household,Household
                begin_repeat,person,Person
                text,name,Name
                end_repeat,,
                end_repeat,,
                text,comment,Anything else?
                """);
        FormSession s = FormSession.start(form, Map.of(), "default", 1, CONTEXT);
        assertThat(s.currentPageName()).isEqualTo("person[1][1]");
        assertThat(s.deletableInstances()).as("one household with one person: nothing to delete").isEmpty();
        for (String[] step : new String[][] {{"name[1][1]", "Alys"}, {"person[1]#add", "yes"}, {"name[1][2]", "Bryn"},
                {"person[1]#add", "no"}, {"household#add", "yes"}, {"name[2][1]", "Cai"}, {"person[2]#add", "no"},
                {"household#add", "no"}}) {
            s.setAnswer(step[0], step[1]);
            assertThat(s.next()).as("moving on from " + step[0]).isEmpty();
        }
        assertThat(pageNames(s)).containsExactly("person[1][1]", "person[1][2]", "person[1]#add", "person[2][1]",
                "person[2]#add", "household#add", "comment");
        s.goTo("person[2][1]");
        assertThat(s.deletableInstances()).as("Cai is alone in household 2, which has no page of its own")
                .extracting(at -> at.repeat() + at.outerIndices() + at.index()).containsExactly("household[]2");
        s.goTo("person[1][2]");
        assertThat(s.deletableInstances()).as("person 2 of household 1, then household 1")
                .extracting(at -> at.repeat() + at.outerIndices() + at.index())
                .containsExactly("person[1]2", "household[]1");
        s.goTo("person[1]#add");
        Page.Instance household1 = s.deletableInstances().get(0);
        assertThat(household1.repeat()).as("the add-another page offers its household").isEqualTo("household");
        Map<String, String> saved = saved(s.deleteInstance(household1));
        Map<String, String> expected = new HashMap<>(Map.of("name[1][1]", "Cai", "household", "1"));
        for (String cleared : List.of("name[1][2]", "person[1]", "name[2][1]", "person[2]#add")) {
            expected.put(cleared, null);
        }
        assertThat(saved).as("household 2 becomes household 1, in one list of changes").isEqualTo(expected);
        assertThat(s.answers()).as("household 1's last answer to add another stays no, as household 2's was")
                .containsEntry("person[1]#add", "no").doesNotContainKeys("person[2]#add", "name[2][1]");
        assertThat(pageNames(s)).containsExactly("person[1][1]", "person[1]#add", "household#add", "comment");
        assertThat(s.currentPageName()).as("stays in household 1, now the former household 2")
                .isEqualTo("person[1][1]");
        assertThat(s.deletableInstances()).as("the only household left").isEmpty();
        s.goTo("comment");
        assertThat(s.deletableInstances()).as("a page outside repeats").isEmpty();
        assertThat(s.canDeleteInstance()).as("a page outside repeats").isFalse();
    }
}
