package org.concord.app.kiosk;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Component;
import java.awt.Container;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.AbstractButton;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.concord.app.base.action.ActionModel;
import org.concord.study.FieldworkSession;
import org.concord.study.Study;

/**
 * The child JVM of {@link KioskCrashResumeTest}: opens the kiosk on a study file, answers a few items through the real
 * controls, prints {@code ACK item=value} once each is durable and {@code READY}, then waits to be killed with
 * {@code kill -9}. Not a test (no {@code Test} suffix); run by the test with the test class path.
 */
public final class KioskCrashChild {
    private KioskCrashChild() {
    }

    /** Arguments: the study file. */
    public static void main(String[] args) throws Exception {
        Study study = Study.open(Path.of(args[0]));
        FieldworkSession session = study.sessions().get(0);
        AtomicReference<KioskController> kiosk = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            FlatLightLaf.setup();
            kiosk.set(KioskWindow.start(study, session, () -> { }));
        });
        KioskController k = kiosk.get();
        while (!onEdt(() -> k.frame().isShowing())) {
            Thread.sleep(20);
        }
        click(k, ActionModel.KIOSK_START.componentName());
        waitPage(k, "welcome");
        click(k, "q.consent.box");
        click(k, ActionModel.KIOSK_NEXT.componentName());
        waitPage(k, "about");
        click(k, "q.role.social_worker");
        SwingUtilities.invokeAndWait(() -> {
            ((JTextComponent) find(k.frame(), "q.years.text")).setText("12");
            k.page().commit();
        });
        click(k, ActionModel.KIOSK_NEXT.componentName());
        waitPage(k, "views_needs_resources");
        String[] order = onEdt(() -> k.session().randomizedOrders().get("views_needs_resources").toArray(new String[0]));
        click(k, "q." + order[0] + ".4");
        click(k, "q." + order[1] + ".2");
        waitSaved(k);
        System.out.println("ACK consent=OK");
        System.out.println("ACK role=social_worker");
        System.out.println("ACK years=12");
        System.out.println("ACK " + order[0] + "=4");
        System.out.println("ACK " + order[1] + "=2");
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private static void click(KioskController k, String name) throws Exception {
        SwingUtilities.invokeAndWait(() -> ((AbstractButton) find(k.frame(), name)).doClick(0));
    }

    private static void waitPage(KioskController k, String page) throws Exception {
        long end = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < end) {
            if (onEdt(() -> k.session() != null && page.equals(k.session().currentPageName()))) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("page " + page + " never shown");
    }

    private static void waitSaved(KioskController k) throws Exception {
        while (onEdt(() -> k.writer().pending()) > 0) {
            Thread.sleep(10);
        }
    }

    private static <T> T onEdt(java.util.concurrent.Callable<T> call) throws Exception {
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

    static Component find(Container root, String name) {
        Component found = findOrNull(root, name);
        if (found == null) {
            throw new IllegalStateException("no showing component " + name);
        }
        return found;
    }

    private static Component findOrNull(Container root, String name) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName()) && c.isShowing() && !(c instanceof javax.swing.JPanel)) {
                return c;
            }
            if (c instanceof Container inner) {
                Component found = findOrNull(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
