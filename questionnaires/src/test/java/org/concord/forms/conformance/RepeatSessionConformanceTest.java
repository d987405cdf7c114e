package org.concord.forms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.forms.conformance.Conformance.load;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concord.forms.Choice;
import org.concord.forms.Question;
import org.concord.session.Change;
import org.concord.session.FormSession;
import org.concord.session.Issue;
import org.concord.session.Page;
import org.concord.session.SessionContext;
import org.junit.jupiter.api.Test;

/** Repeat instances through the Swing-free session: pages, answers per instance, functions, going back, resume. */
class RepeatSessionConformanceTest {
    private static final SessionContext CONTEXT = new SessionContext(
            Clock.fixed(Instant.parse("2026-03-01T14:30:00Z"), ZoneOffset.UTC), "concord:4b1d", "AB");

    private static FormSession session(String folder, Map<String, String> answers) {
        return FormSession.start(load(folder), answers, "default", 1, CONTEXT);
    }

    private static Map<String, String> saved(List<Change> changes) {
        Map<String, String> out = new HashMap<>();
        changes.forEach(c -> out.put(c.question(), c.value()));
        return out;
    }

    private static List<String> pageNames(FormSession s) {
        return s.pages().stream().map(Page::name).toList();
    }

    private static List<String> shown(FormSession s) {
        return s.visibleQuestions(s.currentPage().orElseThrow()).stream().map(Question::name).toList();
    }

    @Test
    void repeatCountMakesOnePagePerInstanceWithAnswersStoredByIndex() {
        FormSession s = session("repeat-count", Map.of());
        assertThat(pageNames(s)).as("no instances before the count is known").containsExactly("n_children", "done");
        assertThat(saved(s.setAnswer("n_children", "2"))).containsOnly(Map.entry("n_children", "2"));
        assertThat(pageNames(s)).containsExactly("n_children", "child[1]", "child[2]", "done");
        assertThat(s.next()).isEmpty();
        assertThat(s.currentPageName()).isEqualTo("child[1]");
        assertThat(s.currentPage().orElseThrow().instance()).isEqualTo(new Page.Instance("child",
                s.form().repeats().get(0).label(), 1, 2, false));
        assertThat(shown(s)).containsExactly("child_name[1]", "child_age[1]");
        assertThat(saved(s.setAnswer("child_name[1]", "Alys"))).containsOnly(Map.entry("child_name[1]", "Alys"));
        s.setAnswer("child_age[1]", "25");
        assertThat(s.next()).extracting(Issue::question, Issue::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("child_age[1]", Issue.Kind.CONSTRAINT));
        s.setAnswer("child_age[1]", "7");
        assertThat(s.next()).isEmpty();
        assertThat(s.currentPageName()).isEqualTo("child[2]");
        s.setAnswer("child_name[2]", "Bryn");
        s.back();
        assertThat(s.currentPageName()).as("going back through instances").isEqualTo("child[1]");
        assertThat(s.answer("child_name[1]")).isEqualTo("Alys");
        assertThat(s.answer("child_name[2]")).isEqualTo("Bryn");
    }

    @Test
    void aSmallerCountDropsTheLaterInstancesAtSubmit() {
        FormSession s = session("repeat-count", Map.of("n_children", "3", "child_name[1]", "A",
                "child_name[3]", "C"));
        assertThat(pageNames(s)).containsExactly("n_children", "child[1]", "child[2]", "child[3]", "done");
        s.setAnswer("n_children", "1");
        Map<String, String> cleared = saved(s.irrelevantAnswers());
        assertThat(cleared).containsOnlyKeys("child_name[3]").containsEntry("child_name[3]", null);
        assertThat(s.answers()).containsEntry("child_name[1]", "A").doesNotContainKey("child_name[3]");
    }

    @Test
    void addAnotherAsksAfterTheLastInstanceAndStoresTheCount() {
        FormSession s = session("repeat-add-another", Map.of());
        assertThat(pageNames(s)).containsExactly("visited", "comment");
        assertThat(saved(s.setAnswer("visited", "yes"))).as("the first instance gets its default")
                .containsOnly(Map.entry("visited", "yes"), Map.entry("hours[1]", "1"));
        assertThat(pageNames(s)).containsExactly("visited", "visit[1]", "visit#add", "comment");
        s.next();
        s.setAnswer("library[1]", "Cardiff Central");
        s.next();
        assertThat(s.currentPageName()).isEqualTo("visit#add");
        Question ask = s.visibleQuestions(s.currentPage().orElseThrow()).get(0);
        assertThat(s.text(ask.label())).isEqualTo("Add another Library visit?");
        assertThat(s.choices(ask)).extracting(Choice::name).containsExactly("yes", "no");
        assertThat(s.next()).as("the add-another question must be answered").extracting(Issue::kind)
                .containsExactly(Issue.Kind.REQUIRED);
        assertThat(saved(s.setAnswer("visit#add", "yes"))).as("a new instance with its default")
                .containsOnly(Map.entry("visit", "2"), Map.entry("hours[2]", "1"));
        assertThat(s.next()).isEmpty();
        assertThat(s.currentPageName()).isEqualTo("visit[2]");
        assertThat(s.currentPage().orElseThrow().instance().index()).isEqualTo(2);
        assertThat(s.currentPage().orElseThrow().instance().count()).as("add-another has no fixed count")
                .isZero();
        s.setAnswer("library[2]", "Swansea");
        s.next();
        assertThat(s.currentPageName()).isEqualTo("visit#add");
        assertThat(s.answer("visit#add")).as("asked again after the new instance").isNull();
        assertThat(saved(s.setAnswer("visit#add", "no"))).containsOnly(Map.entry("visit#add", "no"));
        s.next();
        assertThat(s.currentPageName()).isEqualTo("comment");
        s.back();
        s.back();
        assertThat(s.currentPageName()).isEqualTo("visit[2]");
        assertThat(s.answers()).containsEntry("library[1]", "Cardiff Central").containsEntry("library[2]", "Swansea")
                .containsEntry("visit", "2");
    }

    @Test
    void relevanceOfTheRepeatAppliesToEveryInstance() {
        FormSession s = session("repeat-add-another", Map.of("visited", "yes", "visit", "2", "library[2]", "X"));
        assertThat(pageNames(s)).containsExactly("visited", "visit[1]", "visit[2]", "visit#add", "comment");
        s.setAnswer("visited", "no");
        assertThat(s.relevantPages()).extracting(Page::name).containsExactly("visited", "comment");
        assertThat(saved(s.irrelevantAnswers())).containsEntry("library[2]", null);
    }

    @Test
    void resumingInAnInstanceRebuildsTheInstancesAndGoesBackThere() {
        Map<String, String> stored = Map.of("visited", "yes", "visit", "2", "library[1]", "Cardiff",
                "hours[1]", "3", "library[2]", "Swansea");
        FormSession s = session("repeat-add-another", stored);
        s.goTo("visit[2]");
        assertThat(s.currentPageName()).isEqualTo("visit[2]");
        assertThat(s.answer("library[2]")).isEqualTo("Swansea");
        assertThat(s.pageOf(s.question("library[2]").orElseThrow()).map(Page::instance).map(Page.Instance::index))
                .as("the page of a repeated question").contains(2);
        assertThat(s.pageNumber()).isEqualTo(3);
        s.setAnswer("hours[2]", "1");
        s.next();
        assertThat(s.currentPageName()).isEqualTo("visit#add");
    }

    @Test
    void groupsInsideAnInstanceSeeTheInstanceAnswers() {
        FormSession s = session("repeat-nested-group", Map.of());
        assertThat(pageNames(s)).containsExactly("pet[1]", "pet[2]");
        assertThat(saved(s.recordStart(true))).as("defaults of every instance")
                .containsOnly(Map.entry("pet_kind[1]", "cat"), Map.entry("pet_kind[2]", "cat"));
        assertThat(shown(s)).containsExactly("pet_name[1]", "pet_kind[1]");
        s.setAnswer("pet_kind[1]", "dog");
        assertThat(shown(s)).containsExactly("pet_name[1]", "pet_kind[1]", "walks[1]");
        s.next();
        assertThat(shown(s)).as("the dog group of pet 2 follows pet 2's kind").containsExactly("pet_name[2]",
                "pet_kind[2]");
    }

    @Test
    void aRepeatInsideAGroupFollowsTheGroupsRelevanceAndShowsItsLabel() {
        FormSession s = session("repeat-in-group", Map.of());
        assertThat(pageNames(s)).as("the group is split around the repeat").containsExactly("lives_with",
                "household", "household_note", "comment");
        s.setAnswer("lives_with", "yes");
        s.setAnswer("n_people", "2");
        assertThat(pageNames(s)).containsExactly("lives_with", "household", "person[1]", "person[2]",
                "household_note", "comment");
        Page second = s.pages().get(3);
        assertThat(second.instance().groupLabel().get("default", "default")).isEqualTo("Your household");
        assertThat(second.instance().count()).isEqualTo(2);
        assertThat(s.pages().get(4).label().get("default", "default")).as("the rest of the group keeps its label")
                .isEqualTo("Your household");
        s.next();
        s.next();
        assertThat(s.currentPageName()).isEqualTo("person[1]");
        s.setAnswer("person_name[1]", "Alys");
        s.setAnswer("person_name[2]", "Bryn");
        s.setAnswer("lives_with", "no");
        assertThat(s.relevantPages()).extracting(Page::name).as("the group's relevance hides every instance")
                .containsExactly("lives_with", "comment");
        Map<String, String> cleared = saved(s.irrelevantAnswers());
        assertThat(cleared).containsOnlyKeys("n_people", "person_name[1]", "person_name[2]");
        assertThat(cleared.values()).as("every answer in the group is cleared").containsOnlyNulls();
    }

    @Test
    void anAddAnotherRepeatInsideAFieldListGroupAsksAfterItsLastInstance() {
        FormSession s = session("repeat-in-field-list-group", Map.of());
        assertThat(pageNames(s)).containsExactly("visited", "comment");
        s.setAnswer("visited", "yes");
        assertThat(pageNames(s)).containsExactly("visited", "visit[1]", "visit#add", "comment");
        Page ask = s.pages().get(2);
        assertThat(ask.instance().asksToAddAnother()).isTrue();
        assertThat(ask.instance().groupLabel().get("default", "default")).isEqualTo("Library visits");
        s.next();
        s.setAnswer("library[1]", "Cardiff");
        s.next();
        s.setAnswer("visit#add", "yes");
        s.next();
        assertThat(s.currentPageName()).isEqualTo("visit[2]");
        s.setAnswer("visited", "no");
        assertThat(s.relevantPages()).extracting(Page::name).as("the add-another page follows the group")
                .containsExactly("visited", "comment");
    }

    @Test
    void resumingInAnInstanceOfARepeatInsideAGroup() {
        FormSession s = session("repeat-in-group", Map.of("lives_with", "yes", "n_people", "3",
                "person_name[2]", "Bryn"));
        s.goTo("person[2]");
        assertThat(s.currentPageName()).isEqualTo("person[2]");
        assertThat(shown(s)).containsExactly("person_name[2]", "person_age[2]");
        assertThat(s.answer("person_name[2]")).isEqualTo("Bryn");
        assertThat(s.pageNumber()).isEqualTo(4);
    }

    @Test
    void metadataInsideARepeatIsRecordedPerInstance() {
        FormSession s = session("repeat-metadata", Map.of());
        Map<String, String> started = saved(s.recordStart(true));
        assertThat(started).as("start of the participant and of each instance").containsOnly(
                Map.entry("started", "2026-03-01T14:30:00"), Map.entry("task_start[1]", "2026-03-01T14:30:00"),
                Map.entry("task_start[2]", "2026-03-01T14:30:00"));
        assertThat(saved(s.recordEnd())).as("end in every instance at submit").containsOnly(
                Map.entry("task_end[1]", "2026-03-01T14:30:00"), Map.entry("task_end[2]", "2026-03-01T14:30:00"));
    }

    @Test
    void deletingAnInstanceNumbersTheLaterOnesDown() {
        Map<String, String> stored = Map.of("visited", "yes", "visit", "3", "library[1]", "Cardiff",
                "hours[1]", "3", "library[2]", "Swansea", "hours[2]", "1", "library[3]", "Newport", "visit#add", "no");
        FormSession s = session("repeat-add-another", stored);
        s.goTo("visit[2]");
        assertThat(s.canDeleteInstance()).isTrue();
        Map<String, String> saved = saved(s.deleteInstance());
        assertThat(saved).as("instance 3 moves to 2, its old place is cleared").containsOnlyKeys("library[2]",
                "hours[2]", "library[3]", "visit");
        assertThat(saved).containsEntry("library[2]", "Newport").containsEntry("visit", "2");
        assertThat(saved.get("hours[2]")).as("instance 3 had no hours").isNull();
        assertThat(saved.get("library[3]")).isNull();
        assertThat(pageNames(s)).containsExactly("visited", "visit[1]", "visit[2]", "visit#add", "comment");
        assertThat(s.currentPageName()).as("the next instance takes the deleted one's place").isEqualTo("visit[2]");
        s.goTo("visit[2]");
        assertThat(saved(s.deleteInstance())).as("deleting the last instance").containsOnlyKeys("library[2]",
                "visit");
        assertThat(s.currentPageName()).isEqualTo("visit[1]");
        assertThat(s.canDeleteInstance()).as("the only instance stays").isFalse();
        s.next();
        s.setAnswer("visit#add", "yes");
        assertThat(s.answer("hours[2]")).as("an instance added again gets its default").isEqualTo("1");
    }

    @Test
    void onlyAddAnotherInstancesCanBeDeleted() {
        FormSession s = session("repeat-count", Map.of("n_children", "2"));
        s.goTo("child[2]");
        assertThat(s.canDeleteInstance()).as("repeat_count fixes the number").isFalse();
    }

    @Test
    void positionIndexedRepeatAndSumOverTheRepeat() {
        FormSession s = session("repeat-functions", Map.of());
        assertThat(saved(s.setAnswer("n", "3"))).containsEntry("pos[1]", "1").containsEntry("pos[2]", "2")
                .containsEntry("pos[3]", "3").containsEntry("rooms", "3");
        assertThat(saved(s.setAnswer("area[1]", "12"))).containsEntry("first_area[1]", "12")
                .containsEntry("first_area[2]", "12").containsEntry("first_area[3]", "12")
                .containsEntry("total", "12").containsEntry("largest", "12");
        s.setAnswer("area[2]", "20");
        Map<String, String> last = saved(s.setAnswer("area[3]", "8.5"));
        assertThat(last).containsEntry("total", "40.5").doesNotContainKey("largest");
        assertThat(s.answer("largest")).isEqualTo("20");
        s.setAnswer("area[2]", "0");
        assertThat(s.issue(s.question("area[2]").orElseThrow())).map(Issue::kind).contains(Issue.Kind.CONSTRAINT);
    }
}
