package org.concord.stats.simulate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.concord.common.InputException;
import org.concord.common.Problem;
import org.concord.forms.Choice;
import org.concord.forms.ChoiceList;
import org.concord.forms.Form;
import org.concord.forms.Group;
import org.concord.forms.Node;
import org.concord.forms.Question;
import org.concord.forms.QuestionType;

/**
 * Generates a synthetic study for a form. Everything random comes from one commons-math3 {@link Well19937c} seeded
 * with {@link SimulationSpec#seed()}, so the same spec and form give the same study on any machine.
 *
 * <p>The generative model, on a latent continuous scale in the scored direction (after reverse-keying), for item j
 * with scale 1..A:
 * <ul>
 *   <li>national profile {@code mu_j ~ Uniform(1 + (A-1)/4, 1 + 3(A-1)/4)};</li>
 *   <li>trends are balanced: {@code floor(n/3)} LAs each falling, rising and stable, the remainder falling then
 *       rising, in shuffled order;</li>
 *   <li>each LA's distance {@code d = max(0, g + gapSd * z)} where {@code g = gap} for falling, {@code gap + effect}
 *       for rising and {@code gap + effect/2} for stable LAs;</li>
 *   <li>leaders' profile {@code lambda_j = mu_j + laSd * z_j}; workers' profile
 *       {@code omega_j = lambda_j + d * sqrt(pi/2) * z'_j}, so that {@code E|omega_j - lambda_j| = d};</li>
 *   <li>a person's answer {@code x = clamp(round(profile_j + o + noise * e), 1, A)} with a person offset
 *       {@code o ~ N(0, 0.3^2)} and {@code e ~ N(0, 1)}; reverse-keyed items are stored as {@code (A + 1) - x};</li>
 *   <li>each optional question is left unanswered with probability {@code missing}.</li>
 * </ul>
 * So the true difference {@code effect} is the difference in expected latent worker-leader distance between rising
 * and falling LAs; effect 0 makes falling and rising LAs identically distributed (the null hypothesis).
 */
public final class StudySimulator {
    /** SD of a person's offset across all items (general leaning), in scale points. */
    public static final double PERSON_SD = 0.3;
    /** Share of participants answering in a language other than the form's default, when it has several. */
    public static final double OTHER_LANGUAGE_SHARE = 0.1;
    /** The stored value of an {@code acknowledge} question (as in ODK). */
    public static final String ACKNOWLEDGED = "OK";

    private final Form form;
    private final SimulationSpec spec;
    private final List<LaPlan> plan;
    private final RandomGenerator rng;
    private final List<Question> items;
    private final List<Choice> leaderRoles = new ArrayList<>();
    private final List<Choice> workerRoles = new ArrayList<>();

    private StudySimulator(Form form, SimulationSpec spec, List<LaPlan> plan) {
        this.form = form;
        this.spec = spec.validate();
        this.plan = List.copyOf(plan);
        this.rng = new Well19937c(spec.seed());
        this.items = form.valuesItems();
        checkForm();
    }

    /** Generates the study described by {@code spec} for {@code form}; bad parameters or an unusable form throw. */
    public static SyntheticStudy generate(Form form, SimulationSpec spec) {
        return new StudySimulator(form, spec, LaPlan.of(spec)).run();
    }

    /**
     * Generates a study for a given list of LAs with their own numbers of leaders and workers; {@code spec}'s
     * {@code las}, {@code leaders} and {@code workers} are replaced by the list's.
     */
    public static SyntheticStudy generate(Form form, SimulationSpec spec, List<LaPlan> las) {
        if (las.isEmpty()) {
            throw new IllegalArgumentException("the list of LAs is empty");
        }
        // The spec carries the largest counts, so that its checks apply to every LA of the list.
        int leaders = las.stream().mapToInt(LaPlan::leaders).max().orElse(0);
        int workers = las.stream().mapToInt(LaPlan::workers).max().orElse(0);
        if (leaders == 0 || workers == 0) {
            throw InputException.ofFile(null, "the list of LAs has no " + (leaders == 0 ? "leaders" : "workers")
                    + " at all; give at least one LA a number of " + (leaders == 0 ? "leaders" : "workers"));
        }
        return new StudySimulator(form, spec.withLas(las.size()).withRespondents(leaders, workers), las).run();
    }

    private void checkForm() {
        List<Problem> problems = new ArrayList<>();
        String formName = form.settings() == null ? "form" : form.settings().formId();
        if (items.isEmpty()) {
            problems.add(Problem.ofFile(formName, "the form has no values items (select_one questions with a domain),"
                    + " so there is nothing to simulate; choose a form with values items"));
        }
        for (Question item : items) {
            int a = form.scaleSize(item);
            ChoiceList list = form.choicesOf(item).orElse(null);
            boolean ordinal = a >= 2 && list != null;
            for (int k = 1; ordinal && k <= a; k++) {
                ordinal = list.choice(Integer.toString(k)).isPresent();
            }
            if (!ordinal) {
                problems.add(Problem.ofFile(formName, "values item " + item.name()
                        + " needs an ordinal choice list with choices named 1..A (A at least 2)"));
            }
        }
        Question role = form.roleQuestion().orElse(null);
        if (role != null && role.type() == QuestionType.SELECT_ONE) {
            for (Choice c : form.choicesOf(role).map(ChoiceList::choices).orElse(List.of())) {
                if ("leader".equals(c.roleGroup())) {
                    leaderRoles.add(c);
                } else if ("worker".equals(c.roleGroup())) {
                    workerRoles.add(c);
                }
            }
        }
        if (leaderRoles.isEmpty() || workerRoles.isEmpty()) {
            problems.add(Problem.ofFile(formName, "the form needs a select_one question named role with at least one"
                    + " choice of role_group leader and one of role_group worker"));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    private SyntheticStudy run() {
        double[] national = new double[items.size()];
        for (int j = 0; j < national.length; j++) {
            int a = form.scaleSize(items.get(j));
            national[j] = uniform(1 + (a - 1) / 4.0, 1 + 3 * (a - 1) / 4.0);
        }
        List<SimulatedTrend> trends = balancedTrends(plan.size());
        List<SimulatedLa> las = new ArrayList<>();
        List<SimulatedParticipant> participants = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            SimulatedTrend trend = trends.get(i);
            LaPlan la = plan.get(i);
            String code = la.code();
            String name = la.name();
            double pct = switch (trend) {
                case FALLING -> -uniform(4, 8);
                case RISING -> uniform(4, 8);
                case STABLE -> uniform(-0.5, 0.5);
            };
            List<SimulatedLa.RatePoint> rates = rates(pct);
            double expected = switch (trend) {
                case FALLING -> spec.gap();
                case RISING -> spec.gap() + spec.effect();
                case STABLE -> spec.gap() + spec.effect() / 2;
            };
            double distance = Math.max(0, expected + spec.gapSd() * rng.nextGaussian());
            double[] leaderProfile = new double[items.size()];
            double[] workerProfile = new double[items.size()];
            for (int j = 0; j < items.size(); j++) {
                leaderProfile[j] = national[j] + spec.laSd() * rng.nextGaussian();
                workerProfile[j] = leaderProfile[j] + distance * Math.sqrt(Math.PI / 2) * rng.nextGaussian();
            }
            las.add(new SimulatedLa(code, name, trend, pct, distance, rates));
            for (int k = 0; k < la.leaders() + la.workers(); k++) {
                boolean leader = k < la.leaders();
                participants.add(participant(code, leader, leader ? leaderProfile : workerProfile));
            }
        }
        return new SyntheticStudy(form, spec, las, participants);
    }

    private List<SimulatedTrend> balancedTrends(int n) {
        List<SimulatedTrend> trends = new ArrayList<>();
        int third = n / 3;
        int falling = third + (n % 3 >= 1 ? 1 : 0);
        int rising = third + (n % 3 == 2 ? 1 : 0);
        for (int i = 0; i < n; i++) {
            trends.add(i < falling ? SimulatedTrend.FALLING
                    : i < falling + rising ? SimulatedTrend.RISING : SimulatedTrend.STABLE);
        }
        for (int i = n - 1; i > 0; i--) { // Fisher-Yates with the study's generator
            int k = rng.nextInt(i + 1);
            SimulatedTrend t = trends.get(i);
            trends.set(i, trends.get(k));
            trends.set(k, t);
        }
        return trends;
    }

    /** A linear series around a base rate whose OLS slope is {@code pct}% of its mean per year, plus 0.5% noise. */
    private List<SimulatedLa.RatePoint> rates(double pct) {
        double base = uniform(25, 75);
        double middle = (spec.firstYear() + spec.lastYear()) / 2.0;
        List<SimulatedLa.RatePoint> out = new ArrayList<>();
        for (int year = spec.firstYear(); year <= spec.lastYear(); year++) {
            double rate = base * (1 + pct / 100 * (year - middle)) * (1 + 0.005 * rng.nextGaussian());
            out.add(new SimulatedLa.RatePoint(year, Math.round(rate * 10) / 10.0));
        }
        return out;
    }

    private SimulatedParticipant participant(String laCode, boolean leader, double[] profile) {
        UUID id = new UUID((rng.nextLong() & ~0xF000L) | 0x4000L,
                (rng.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
        List<Choice> roles = leader ? leaderRoles : workerRoles;
        String role = roles.get(rng.nextInt(roles.size())).name();
        String language = language();
        double offset = PERSON_SD * rng.nextGaussian();
        Map<String, Double> scoredLatent = new HashMap<>();
        for (int j = 0; j < items.size(); j++) {
            scoredLatent.put(items.get(j).name(), profile[j] + offset);
        }
        Map<String, String> answers = new LinkedHashMap<>();
        answer(form.body(), answers, role, leader, scoredLatent);
        return new SimulatedParticipant(id, laCode, role, leader, language, answers);
    }

    private String language() {
        String main = form.defaultLanguage();
        List<String> others = form.languages().stream().map(l -> l.code()).filter(c -> !c.equals(main)).toList();
        if (others.isEmpty() || rng.nextDouble() >= OTHER_LANGUAGE_SHARE) {
            return main;
        }
        return others.get(rng.nextInt(others.size()));
    }

    /** Walks the form in order, as a participant would, skipping what is not relevant given earlier answers. */
    private void answer(List<Node> nodes, Map<String, String> answers, String role, boolean leader,
                        Map<String, Double> scoredLatent) {
        for (Node node : nodes) {
            if (node.relevant() != null && !node.relevant().test(answers::get, null)) {
                continue;
            }
            if (node instanceof Group group) {
                answer(group.children(), answers, role, leader, scoredLatent);
            } else if (node instanceof Question q) {
                String value = value(q, answers, role, leader, scoredLatent);
                if (value != null) {
                    answers.put(q.name(), value);
                }
            }
        }
    }

    private String value(Question q, Map<String, String> answers, String role, boolean leader,
                         Map<String, Double> scoredLatent) {
        if (q.name().equals(Form.ROLE_QUESTION)) {
            return role;
        }
        if (!q.type().isAnswerable()) {
            return null;
        }
        boolean required = q.required() != null && q.required().test(answers::get, null);
        if (q.type() == QuestionType.ACKNOWLEDGE) {
            return ACKNOWLEDGED;
        }
        if (!required && rng.nextDouble() < spec.missing()) {
            return null;
        }
        if (q.isValuesItem()) {
            int a = form.scaleSize(q);
            long x = Math.round(scoredLatent.get(q.name()) + spec.noise() * rng.nextGaussian());
            int scored = (int) Math.max(1, Math.min(a, x));
            return Integer.toString(q.reverse() ? a + 1 - scored : scored);
        }
        String value = switch (q.type()) {
            case SELECT_ONE -> oneOf(q);
            case SELECT_MULTIPLE -> someOf(q);
            case INTEGER -> Integer.toString(leader ? 5 + rng.nextInt(26) : rng.nextInt(21));
            case DECIMAL -> Double.toString((leader ? 5 + rng.nextInt(26) : rng.nextInt(21)) + 0.5);
            case TEXT -> required ? "Simulated answer" : null;
            default -> null;
        };
        // A value the form's constraint refuses is left out, as a participant could not have given it.
        if (value != null && q.constraint() != null && !q.constraint().test(answers::get, value)) {
            return null;
        }
        return value;
    }

    private String oneOf(Question q) {
        List<Choice> choices = form.choicesOf(q).map(ChoiceList::choices).orElse(List.of());
        return choices.isEmpty() ? null : choices.get(rng.nextInt(choices.size())).name();
    }

    private String someOf(Question q) {
        List<Choice> choices = form.choicesOf(q).map(ChoiceList::choices).orElse(List.of());
        if (choices.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (Choice c : choices) {
            if (rng.nextDouble() < 0.3) {
                out.append(out.length() > 0 ? " " : "").append(c.name());
            }
        }
        return out.length() > 0 ? out.toString() : choices.get(rng.nextInt(choices.size())).name();
    }

    private double uniform(double lo, double hi) {
        return lo + (hi - lo) * rng.nextDouble();
    }
}
