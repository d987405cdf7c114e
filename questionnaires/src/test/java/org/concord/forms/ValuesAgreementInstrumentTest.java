package org.concord.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The content of the bundled {@code values-agreement} instrument: the items, domains, keying, scales, roles, pages and
 * Welsh that the design describes. ({@link BundledFormTest} covers loading and round trips of any bundled form.)
 */
class ValuesAgreementInstrumentTest {
    private static final String EN = "en";
    private static final String CY = "cy";

    private static Form form;

    @BeforeAll
    static void load() throws Exception {
        form = FormLoader.loadBundled("values-agreement");
    }

    @Test
    void settingsNameTheFormAndDefaultToEnglish() {
        assertThat(form.settings().formId()).isEqualTo("values-agreement");
        assertThat(form.settings().version()).matches("\\d{10}");
        assertThat(form.languages()).extracting(Language::code).containsExactly(EN, CY);
        assertThat(form.defaultLanguage()).isEqualTo(EN);
    }

    @Test
    void thirtyValuesItemsInSixDomainsOfFive() {
        Map<String, Integer> perDomain = new TreeMap<>();
        form.valuesItems().forEach(q -> perDomain.merge(q.domain(), 1, Integer::sum));
        assertThat(form.valuesItems()).hasSize(30);
        assertThat(perDomain).containsOnly(
                Map.entry("needs_resources", 5), Map.entry("families_care", 5), Map.entry("risk_blame", 5),
                Map.entry("procedure_judgement", 5), Map.entry("learning_challenge", 5),
                Map.entry("leaders_practice", 5));
    }

    @Test
    void aboutAThirdOfItemsAreReverseKeyedAndEveryDomainHasOne() {
        List<String> reversed = form.valuesItems().stream().filter(Question::reverse).map(Question::name).toList();
        assertThat(reversed).containsExactly("nr2", "nr4", "fc2", "fc4", "rb2", "rb4", "pj2", "pj4", "lc2", "lp4");
        Map<String, Long> reversedPerDomain = new TreeMap<>();
        form.valuesItems().stream().filter(Question::reverse)
                .forEach(q -> reversedPerDomain.merge(q.domain(), 1L, Long::sum));
        assertThat(reversedPerDomain).hasSize(6);
    }

    @Test
    void valuesItemsUseTheFivePointAgreementScaleNamedOneToFive() {
        for (Question item : form.valuesItems()) {
            assertThat(item.listName()).as(item.name()).isEqualTo("agree5");
            assertThat(form.scaleSize(item)).as(item.name()).isEqualTo(5);
            assertThat(item.required()).as("values items are optional: " + item.name()).isNull();
        }
        assertThat(form.choiceLists().get("agree5").choices()).extracting(Choice::name)
                .containsExactly("1", "2", "3", "4", "5");
        assertThat(form.choiceLists().get("agree5").choices().get(0).label().exactly(EN))
                .isEqualTo("Strongly disagree");
        assertThat(form.choiceLists().get("agree5").choices().get(4).label().exactly(EN))
                .isEqualTo("Strongly agree");
    }

    @Test
    void englishStatementsFitOnOneLine() {
        for (Question item : form.valuesItems()) {
            assertThat(item.label().exactly(EN).length()).as(item.name()).isLessThanOrEqualTo(90);
        }
    }

    @Test
    void everyRoleChoiceCarriesARoleGroup() {
        Question role = form.roleQuestion().orElseThrow();
        assertThat(role.type()).isEqualTo(QuestionType.SELECT_ONE);
        assertThat(role.required()).isNotNull();
        List<Choice> choices = form.choicesOf(role).orElseThrow().choices();
        assertThat(choices).extracting(Choice::roleGroup).containsOnly("leader", "worker");
        assertThat(choices).filteredOn(c -> "leader".equals(c.roleGroup())).extracting(Choice::name)
                .containsExactly("director", "assistant_director", "service_manager", "principal_social_worker");
        assertThat(choices).filteredOn(c -> "worker".equals(c.roleGroup())).extracting(Choice::name)
                .containsExactly("social_worker", "senior_practitioner", "nqsw", "family_support_other");
    }

    @Test
    void consentIsARequiredAcknowledgeOnTheFirstPage() {
        Question consent = form.question("consent").orElseThrow();
        assertThat(consent.type()).isEqualTo(QuestionType.ACKNOWLEDGE);
        assertThat(consent.required()).isNotNull();
        Group first = (Group) form.body().get(0);
        assertThat(first.children()).extracting(Node::name).containsExactly("intro", "consent");
    }

    @Test
    void yearsAcceptsZeroToFiftyOnly() {
        Question years = form.question("years").orElseThrow();
        assertThat(years.type()).isEqualTo(QuestionType.INTEGER);
        assertThat(years.constraint().test(name -> null, "0")).isTrue();
        assertThat(years.constraint().test(name -> null, "50")).isTrue();
        assertThat(years.constraint().test(name -> null, "51")).isFalse();
        assertThat(years.constraint().test(name -> null, "-1")).isFalse();
    }

    @Test
    void vignettesAreFivePointButNotValuesItems() {
        for (String name : List.of("case_a_plan", "case_b_plan")) {
            Question vignette = form.question(name).orElseThrow();
            assertThat(vignette.isValuesItem()).as(name).isFalse();
            assertThat(vignette.listName()).isEqualTo("vignette");
        }
        List<Choice> scale = form.choiceLists().get("vignette").choices();
        assertThat(scale).extracting(Choice::name).containsExactly("1", "2", "3", "4", "5");
        assertThat(scale.get(0).label().exactly(EN)).isEqualTo("Work with the family at home");
        assertThat(scale.get(4).label().exactly(EN)).isEqualTo("Plan for the child to leave home");
    }

    @Test
    void everyTopLevelElementIsAPageAndValuesPagesAreRandomized() {
        assertThat(form.body()).allMatch(node -> node instanceof Group);
        List<String> randomized = form.body().stream().map(Group.class::cast).filter(Group::randomize)
                .map(Group::name).toList();
        assertThat(randomized).hasSize(6).allMatch(name -> name.startsWith("views_"));
    }

    @Test
    void welshHasEveryTextThatEnglishHas() {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, LocalizedText> text : texts().entrySet()) {
            String english = text.getValue().exactly(EN);
            String welsh = text.getValue().exactly(CY);
            if (english != null && !english.isBlank() && (welsh == null || welsh.isBlank())) {
                missing.add(text.getKey());
            }
        }
        assertThat(texts()).isNotEmpty();
        assertThat(missing).isEmpty();
    }

    @Test
    void welcomeNoteSaysTheWelshIsADraft() {
        LocalizedText intro = form.question("intro").orElseThrow().label();
        assertThat(intro.exactly(EN)).contains("draft translation");
        assertThat(intro.exactly(CY)).contains("gyfieithiad drafft");
    }

    /** Every label, hint and message of the form, by a readable key. */
    private static Map<String, LocalizedText> texts() {
        Map<String, LocalizedText> out = new LinkedHashMap<>();
        collect(form.body(), out);
        form.choiceLists().values().forEach(list -> list.choices()
                .forEach(c -> out.put("choice " + list.name() + "/" + c.name(), c.label())));
        return out;
    }

    private static void collect(List<Node> nodes, Map<String, LocalizedText> out) {
        for (Node node : nodes) {
            out.put("label " + node.name(), node.label());
            if (node instanceof Question q) {
                out.put("hint " + q.name(), q.hint());
                out.put("required_message " + q.name(), q.requiredMessage());
                out.put("constraint_message " + q.name(), q.constraintMessage());
            } else if (node instanceof Group g) {
                collect(g.children(), out);
            }
        }
    }
}
