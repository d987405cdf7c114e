package org.concord.app.kiosk;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.beans.PropertyChangeListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import javax.swing.AbstractButton;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.concord.app.base.action.ActionModel;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.study.FieldworkSession;
import org.concord.study.LocalAuthority;
import org.concord.study.Study;

/**
 * Benchmark (not a test): time from a real key press (java.awt.Robot through the X server) on a focused Likert item to
 * the next item holding the focus, in the kiosk on a real study file with the bundled form, every answer saved by the
 * writer thread meanwhile; then the same on a page with a cascading select (a country whose answer rebuilds the
 * city's). Run by {@code bench/kiosk-keypress.sh} under Xvfb; prints the figures.
 */
public final class KioskKeypressBenchmark {
    private KioskKeypressBenchmark() {
    }

    /** Arguments: [participants] (default 4; the first is a warm-up and is not counted). */
    public static void main(String[] args) {
        try {
            run(args);
            System.exit(0);
        } catch (Exception | Error e) {
            // exec:java would wait for the AWT threads forever: end the JVM with the failure.
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        int participants = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        List<Double> millis = measure(FormLoader.loadBundled("values-agreement"), participants,
                KioskKeypressBenchmark::participant);
        System.out.printf(Locale.ROOT, "kiosk keypress -> next item focused: n=%d presses (%d participants x 30 items,"
                        + " after 1 warm-up participant)%n", millis.size(), participants - 1);
        print(millis);
        List<Double> cascade = measure(cascadeForm(), participants, KioskKeypressBenchmark::cascadeParticipant);
        System.out.printf(Locale.ROOT, "on a page with a cascading select (country -> city, then 5 items): n=%d"
                + " presses (%d participants x 7, after 1 warm-up participant)%n", cascade.size(), participants - 1);
        print(cascade);
    }

    private static void print(List<Double> millis) {
        Collections.sort(millis);
        double mean = millis.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        System.out.printf(Locale.ROOT, "  median %.2f ms, mean %.2f ms, p95 %.2f ms, max %.2f ms (target < 50 ms)%n",
                pct(millis, 50), mean, pct(millis, 95), millis.get(millis.size() - 1));
    }

    private interface ParticipantRun {
        List<Double> run(KioskController k, Robot robot) throws Exception;
    }

    /** Runs {@code participants} through {@code form} in a kiosk on a new study file; the first is not counted. */
    private static List<Double> measure(Form form, int participants, ParticipantRun participant) throws Exception {
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
        List<Double> millis = new ArrayList<>();
        for (int p = 0; p < participants; p++) {
            List<Double> round = participant.run(k, robot);
            if (p > 0) {
                millis.addAll(round);
            }
        }
        SwingUtilities.invokeAndWait(() -> k.frame().dispose());
        study.close();
        return millis;
    }

    /** A one-page form: a country, a city filtered by it ({@code choice_filter}), five agreement items. */
    private static Form cascadeForm() throws Exception {
        Path folder = Files.createTempDirectory("concord-bench-form");
        StringBuilder survey = new StringBuilder("type,name,label,choice_filter\nbegin_group,welcome,Where,\n"
                + "select_one country,country,Country,\nselect_one city,city,City,country = ${country}\n");
        StringBuilder choices = new StringBuilder("list_name,name,label,country\n"
                + "country,wales,Wales,\ncountry,england,England,\n");
        for (int i = 1; i <= 5; i++) {
            survey.append("select_one agree5,a").append(i).append(",Statement ").append(i).append(",\n");
            choices.append("agree5,").append(i).append(",Point ").append(i).append(",\n");
            choices.append("city,w").append(i).append(",Welsh town ").append(i).append(",wales\n");
            choices.append("city,e").append(i).append(",English town ").append(i).append(",england\n");
        }
        survey.append("end_group,,,\n");
        Files.writeString(folder.resolve("survey.csv"), survey);
        Files.writeString(folder.resolve("choices.csv"), choices);
        Files.writeString(folder.resolve("settings.csv"), "form_id,form_title\ncascade_bench,Cascade\n");
        return FormLoader.load(folder);
    }

    private static List<Double> cascadeParticipant(KioskController k, Robot robot) throws Exception {
        click(k, ActionModel.KIOSK_START.componentName());
        waitUntil(() -> k.session() != null && "welcome".equals(k.session().currentPageName()));
        waitUntil(() -> focused(k).startsWith("q.country."));
        List<Double> out = new ArrayList<>();
        // 1 chooses Wales: the city's answers are rebuilt and the focus moves to the first of them.
        out.add(press(robot, KeyEvent.VK_1, named("q.city.w1")));
        out.add(press(robot, KeyEvent.VK_1, named("q.a1.")));
        for (int i = 1; i <= 5; i++) {
            out.add(press(robot, KeyEvent.VK_1 + (i % 5), named(i < 5 ? "q.a" + (i + 1) + "."
                    : ActionModel.KIOSK_NEXT.componentName())));
        }
        waitUntil(() -> k.writer().pending() == 0);
        click(k, ActionModel.KIOSK_NEXT.componentName());
        waitUntil(() -> k.session().atReview());
        click(k, ActionModel.KIOSK_SUBMIT.componentName());
        waitUntil(() -> k.session() == null);
        click(k, ActionModel.KIOSK_FINISH.componentName());
        return out;
    }

    private static Predicate<Component> named(String prefix) {
        return owner -> owner != null && owner.getName() != null && owner.getName().startsWith(prefix);
    }

    private static List<Double> participant(KioskController k, Robot robot) throws Exception {
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

    /** Presses a key and returns the milliseconds until the focus owner matches {@code target}. */
    private static double press(Robot robot, int key, Predicate<Component> target) throws Exception {
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

    private static <T> T onEdt(java.util.concurrent.Callable<T> call) throws Exception {
        if (SwingUtilities.isEventDispatchThread()) {
            return call.call();
        }
        AtomicReference<T> out = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                out.set(call.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return out.get();
    }
}
