package org.concord.app.kiosk;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.event.KeyEvent;
import java.beans.PropertyChangeListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import javax.swing.AbstractButton;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.assertj.swing.edt.GuiActionRunner;
import org.concord.app.base.action.ActionModel;
import org.concord.app.kiosk.panel.QuestionView;
import org.concord.app.ui.GuiTestSupport;
import org.concord.common.InputException;
import org.concord.forms.Choice;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.forms.Question;
import org.concord.session.Page;
import org.concord.study.FieldworkSession;
import org.concord.study.LocalAuthority;
import org.concord.study.Study;

/**
 * Benchmark (not a test): time from a real key press (java.awt.Robot through the X server) to the kiosk's answer to it,
 * in the kiosk on a real study file, every answer saved by the writer thread meanwhile. With the bundled form (the
 * default): a Likert item answered by its digit to the next item holding the focus. With {@code --form PATH} (an
 * XLSForm folder of CSV files or an .xlsx), each page is answered by keys, following the focus: a Likert item, a
 * choice list, and on a cascading select the answer that changes the filter (the filtered list rebuilt and its first
 * answer focused), answered twice with different values so that the second press replaces one filtered list by
 * another. In a repeat, the presses of its instances are counted apart, and its "add another?" page is answered yes
 * until there are two instances. Run by {@code bench/kiosk-keypress.sh} under Xvfb; prints median, p95 and max per
 * kind of key press ({@code -Dbench.each=true}: each press too, in the order pressed).
 */
public final class KioskKeypressBenchmark {
    private static final String LIKERT = "Likert item -> next item focused";
    private static final String FILTER = "cascading select: answer changing the filter -> filtered list (%d answers)"
            + " rebuilt, its first answer focused";
    private static final String FILTERED = "cascading select: answer in the filtered list -> next item focused";
    private static final String CHOICE = "other choice list -> next item focused";
    private static final boolean SETTLE = !"false".equals(System.getProperty("bench.settle"));
    private static final String ADD_ANOTHER = "repeat's \"add another?\" answered -> next item focused";

    private KioskKeypressBenchmark() {
    }

    /** Arguments: [--form PATH] [participants] (default 4; the first is a warm-up and is not counted). */
    public static void main(String[] args) {
        try {
            run(args);
            System.exit(0);
        } catch (InputException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
        } catch (Exception | Error e) {
            // exec:java would wait for the AWT threads forever: end the JVM with the failure.
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        Path formPath = null;
        int participants = 4;
        for (int i = 0; i < args.length; i++) {
            if ("--form".equals(args[i]) && i + 1 < args.length) {
                formPath = Path.of(args[++i]);
            } else {
                participants = Integer.parseInt(args[i]);
            }
        }
        if (participants < 2) {
            throw new IllegalArgumentException("participants: at least 2 (the first is a warm-up), not "
                    + participants);
        }
        Form form = formPath == null ? FormLoader.loadBundled("values-agreement") : FormLoader.load(formPath);
        Map<String, List<Double>> millis = measure(form, participants, formPath == null
                ? (k, robot, round) -> Map.of(LIKERT, bundledParticipant(k, robot)) : KioskKeypressBenchmark::walk);
        System.out.printf(Locale.ROOT, "kiosk key presses on %s: %d participants after 1 warm-up participant, each"
                + " press %s%n", formPath == null ? "the bundled form" : formPath, participants - 1,
                SETTLE ? "once the kiosk is idle" : "at once (-Dbench.settle=false)");
        millis.forEach(KioskKeypressBenchmark::print);
    }

    private static void print(String kind, List<Double> millis) {
        if (Boolean.getBoolean("bench.each")) {
            System.out.printf(Locale.ROOT, "  %s, in the order pressed: %s%n", kind, millis.stream()
                    .map(m -> String.format(Locale.ROOT, "%.1f", m)).toList());
        }
        Collections.sort(millis);
        double mean = millis.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        System.out.printf(Locale.ROOT, "  %s: n=%d, median %.2f ms, mean %.2f ms, p95 %.2f ms, max %.2f ms"
                + " (target < 50 ms)%n", kind, millis.size(), pct(millis, 50), mean, pct(millis, 95),
                millis.get(millis.size() - 1));
    }

    private interface ParticipantRun {
        /** One participant from Start to Finish; the milliseconds of each measured key press, by kind. */
        Map<String, List<Double>> run(KioskController k, Robot robot, int round) throws Exception;
    }

    /** Runs {@code participants} through {@code form} in a kiosk on a new study file; the first is not counted. */
    private static Map<String, List<Double>> measure(Form form, int participants, ParticipantRun participant)
            throws Exception {
        Path dir = Files.createTempDirectory("concord-bench");
        Path file = dir.resolve("bench.concord");
        Study study = Study.create(file, form, List.of(new LocalAuthority("W06000015", "Cardiff")),
                "2468".toCharArray());
        FieldworkSession session = study.startSession("W06000015", "BM");
        AtomicReference<KioskController> ref = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            FlatLightLaf.setup();
            ref.set(KioskWindow.start(study, session, () -> { }));
        });
        KioskController k = ref.get();
        Robot robot = new Robot();
        robot.setAutoWaitForIdle(false);
        Thread.sleep(500);
        // No window manager under Xvfb: the pointer over the window gives it the keyboard.
        robot.mouseMove(200, 200);
        Map<String, List<Double>> millis = new LinkedHashMap<>();
        for (int p = 0; p < participants; p++) {
            Map<String, List<Double>> round = participant.run(k, robot, p);
            if (p > 0) {
                round.forEach((kind, m) -> millis.computeIfAbsent(kind, x -> new ArrayList<>()).addAll(m));
            }
        }
        SwingUtilities.invokeAndWait(() -> k.frame().dispose());
        study.close();
        return millis;
    }

    /**
     * One participant through any form by keys, following the focus: each focused choice list is answered by a digit
     * (measured), a text field gets "3" and Tab (not measured), and Enter on Next turns the page once every answer is
     * saved.
     */
    private static Map<String, List<Double>> walk(KioskController k, Robot robot, int round) throws Exception {
        Map<String, List<Double>> out = new LinkedHashMap<>();
        click(k, ActionModel.KIOSK_START.componentName());
        waitUntil(() -> k.session() != null && k.session().currentPage().isPresent());
        int likert = 0;
        while (true) {
            AtomicReference<QuestionView> focusedView = new AtomicReference<>();
            waitUntil(() -> {
                focusedView.set(k.page() == null ? null : k.page().focusedView());
                return k.session().atReview() || focusedView.get() != null
                        || focused(k).equals(ActionModel.KIOSK_NEXT.componentName());
            });
            QuestionView view = focusedView.get();
            if (k.session().atReview()) {
                break;
            } else if (view == null) {
                Object page = onEdt(k::page);
                waitUntil(() -> k.writer().pending() == 0);
                robot.keyPress(KeyEvent.VK_ENTER);
                robot.keyRelease(KeyEvent.VK_ENTER);
                waitUntil(() -> k.session().atReview() || k.page() != page);
                continue;
            }
            Question q = view.question();
            int answers = onEdt(() -> k.session().choices(q).size());
            Question dependent = onEdt(() -> k.page().views().stream().map(QuestionView::question)
                    .filter(d -> d.options().choiceFilter() != null
                            && d.options().choiceFilter().references().contains(q.name()))
                    .findFirst().orElse(null));
            Page.Instance at = onEdt(() -> k.session().currentPage().map(Page::instance).orElse(null));
            String where = at == null ? "" : "in a repeat instance: ";
            if (at != null && at.asksToAddAnother()) {
                // Another instance while there are fewer than two, then no more.
                String choice = at.index() < 2 ? "yes" : "no";
                int digit = onEdt(() -> k.session().choices(q).stream().map(Choice::name).toList().indexOf(choice));
                add(out, ADD_ANOTHER, press(robot, KeyEvent.VK_1 + digit, left(view)));
            } else if (answers == 0) {
                robot.keyPress(KeyEvent.VK_3);
                robot.keyRelease(KeyEvent.VK_3);
                robot.keyPress(KeyEvent.VK_TAB);
                robot.keyRelease(KeyEvent.VK_TAB);
                waitUntil(() -> left(view).test(k.frame().getFocusOwner()));
            } else if (onEdt(() -> k.session().isScale(q))) {
                add(out, where + LIKERT, press(robot, KeyEvent.VK_1 + likert++ % answers, left(view)));
            } else if (dependent != null) {
                // Chosen, then chosen again with another answer: the filtered list is replaced by another.
                int first = round % Math.min(answers, 9);
                double ms = press(robot, KeyEvent.VK_1 + first, left(view));
                add(out, filterKind(k, dependent), ms);
                shoot(k, round, "keypress-filtered-" + q.name());
                onEdt(() -> k.page().focusNamed("q." + q.name() + "." + k.session().answer(q.name())));
                waitUntil(() -> view.holds(k.frame().getFocusOwner()));
                int second = (round + 1) % Math.min(answers, 9);
                ms = press(robot, KeyEvent.VK_1 + second, left(view));
                add(out, filterKind(k, dependent), ms);
            } else {
                add(out, where + (q.options().choiceFilter() != null ? FILTERED : CHOICE),
                        press(robot, KeyEvent.VK_1, left(view)));
            }
        }
        waitUntil(() -> k.writer().pending() == 0);
        click(k, ActionModel.KIOSK_SUBMIT.componentName());
        waitUntil(() -> k.session() == null);
        click(k, ActionModel.KIOSK_FINISH.componentName());
        return out;
    }

    /**
     * With {@code -Dbench.shots=true}, a screenshot of the kiosk (target/screenshots/NAME.png) in the first participant
     * counted, to compare the kiosk's look before and after a change; it waits for the kiosk to settle, so the presses
     * of that participant are not comparable with a run without screenshots.
     */
    private static void shoot(KioskController k, int round, String name) throws Exception {
        if (round == 1 && Boolean.getBoolean("bench.shots")) {
            waitUntil(() -> k.writer().pending() == 0);
            Thread.sleep(500);
            GuiTestSupport.screenshot(k.frame(), name);
        }
    }

    /** The kind of a press that changed the filter of {@code dependent}: the size of the list it lets through. */
    private static String filterKind(KioskController k, Question dependent) throws Exception {
        return String.format(Locale.ROOT, FILTER, (int) onEdt(() -> k.session().choices(dependent).size()));
    }

    private static void add(Map<String, List<Double>> out, String kind, double millis) {
        out.computeIfAbsent(kind, x -> new ArrayList<>()).add(millis);
    }

    /** The focus owner is outside {@code view}: the kiosk has moved on from the question answered. */
    private static Predicate<Component> left(QuestionView view) {
        return owner -> owner != null && !view.holds(owner);
    }

    private static List<Double> bundledParticipant(KioskController k, Robot robot) throws Exception {
        click(k, ActionModel.KIOSK_START.componentName());
        waitUntil(() -> k.session() != null && "welcome".equals(k.session().currentPageName()));
        click(k, "q.consent.box");
        click(k, ActionModel.KIOSK_NEXT.componentName());
        waitUntil(() -> "about".equals(k.session().currentPageName()));
        click(k, "q.role.social_worker");
        SwingUtilities.invokeAndWait(() -> {
            ((JTextComponent) KioskCrashChild.find(k.frame(), "q.years.text")).setText("5");
            k.page().commit();
        });
        click(k, ActionModel.KIOSK_NEXT.componentName());
        List<Double> out = new ArrayList<>();
        for (String page : List.of("views_needs_resources", "views_families_care", "views_risk_blame",
                "views_procedure_judgement", "views_learning_challenge", "views_leaders_practice")) {
            waitUntil(() -> page.equals(k.session().currentPageName()));
            List<String> order = onEdt(() -> k.session().randomizedOrders().get(page));
            waitUntil(() -> focused(k).startsWith("q." + order.get(0) + "."));
            for (int i = 0; i < order.size(); i++) {
                String next = i + 1 < order.size() ? "q." + order.get(i + 1) + "." : ActionModel.KIOSK_NEXT.componentName();
                out.add(press(robot, KeyEvent.VK_1 + (i % 5), owner -> owner != null && owner.getName() != null
                        && owner.getName().startsWith(next)));
            }
            waitUntil(() -> k.writer().pending() == 0);
            robot.keyPress(KeyEvent.VK_ENTER);
            robot.keyRelease(KeyEvent.VK_ENTER);
        }
        waitUntil(() -> "cases".equals(k.session().currentPageName()));
        click(k, ActionModel.KIOSK_NEXT.componentName());
        waitUntil(() -> "end".equals(k.session().currentPageName()));
        click(k, ActionModel.KIOSK_NEXT.componentName());
        waitUntil(() -> k.session().atReview());
        click(k, ActionModel.KIOSK_SUBMIT.componentName());
        waitUntil(() -> k.session() == null);
        click(k, ActionModel.KIOSK_FINISH.componentName());
        return out;
    }

    /**
     * Presses a key and returns the milliseconds until the focus owner matches {@code target}. The key is pressed once
     * the kiosk is idle, as a participant presses it after reading (unless {@code -Dbench.settle=false}: at once, while
     * the kiosk may still be drawing the step before, as a robot can but a participant does not).
     */
    private static double press(Robot robot, int key, Predicate<Component> target) throws Exception {
        if (SETTLE) {
            settle();
        }
        AtomicLong at = new AtomicLong();
        CountDownLatch done = new CountDownLatch(1);
        PropertyChangeListener watch = e -> {
            if (target.test((Component) e.getNewValue()) && at.compareAndSet(0, System.nanoTime())) {
                done.countDown();
            }
        };
        KeyboardFocusManager.getCurrentKeyboardFocusManager().addPropertyChangeListener("focusOwner", watch);
        long start = System.nanoTime();
        robot.keyPress(key);
        robot.keyRelease(key);
        if (!done.await(5, TimeUnit.SECONDS)) {
            throw new IllegalStateException("focus never moved on after key " + KeyEvent.getKeyText(key));
        }
        KeyboardFocusManager.getCurrentKeyboardFocusManager().removePropertyChangeListener("focusOwner", watch);
        return (at.get() - start) / 1e6;
    }

    /** Waits until the event thread has had nothing queued three times running: the step before is drawn. */
    private static void settle() throws Exception {
        int quiet = 0;
        while (quiet < 3) {
            boolean idle = onEdt(() -> Toolkit.getDefaultToolkit().getSystemEventQueue().peekEvent() == null);
            quiet = idle ? quiet + 1 : 0;
            Thread.sleep(2);
        }
    }

    private static double pct(List<Double> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private static String focused(KioskController k) throws Exception {
        return onEdt(() -> {
            Component c = k.frame().getFocusOwner();
            return c == null || c.getName() == null ? "" : c.getName();
        });
    }

    private static void click(KioskController k, String name) throws Exception {
        waitUntil(() -> {
            try {
                KioskCrashChild.find(k.frame(), name);
                return true;
            } catch (IllegalStateException e) {
                return false;
            }
        });
        SwingUtilities.invokeAndWait(() -> ((AbstractButton) KioskCrashChild.find(k.frame(), name)).doClick(0));
    }

    private interface Check {
        boolean ok() throws Exception;
    }

    private static void waitUntil(Check check) throws Exception {
        long end = System.currentTimeMillis() + 15_000;
        while (!onEdt(check::ok)) {
            if (System.currentTimeMillis() > end) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(5);
        }
    }

    /** Runs {@code call} on the event thread and returns its result (a failure comes back as a RuntimeException). */
    private static <T> T onEdt(java.util.concurrent.Callable<T> call) {
        return GuiActionRunner.execute(call);
    }
}
