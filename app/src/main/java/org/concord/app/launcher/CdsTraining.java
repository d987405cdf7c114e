package org.concord.app.launcher;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.function.Predicate;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JRadioButton;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.Appearance;
import org.concord.app.base.Language;
import org.concord.app.base.Messages;
import org.concord.app.base.Texts;
import org.concord.app.base.Theme;
import org.concord.app.base.action.ActionModel;
import org.concord.app.base.action.Actions;
import org.concord.app.cli.ConcordCommand;
import org.concord.app.ui.AppLauncher;
import org.concord.app.ui.Main;
import org.concord.app.ui.start.StartPanel;

/**
 * The build's training runs for the launcher's two class-data-sharing archives, each run once under
 * {@code -XX:ArchiveClassesAtExit=...}, so that the JVM maps the classes a run needs from an archive instead of reading
 * and verifying them from the jar on every start:
 * <ul>
 * <li>{@code app}: what the app's startup loads, for {@code concord-app.jsa}, which the launcher uses when it opens the
 * app (no arguments). Under a display (the build uses {@code xvfb-run} where there is one) the app's real startup to the
 * first screen painted; without one, the next best thing: the app's own classes, FlatLaf and Swing painting the start
 * screen and a window's worth of components into an image, and the JDK's desktop classes loaded by name;</li>
 * <li>{@code commands}: what the common commands load ({@code demo}, {@code form export}, {@code form check},
 * {@code analyse} and {@code export}: POI, Tablesaw, SQLite, picocli) for {@code concord.jsa}, used for every command.</li>
 * </ul>
 * Two archives, not one: this JVM maps an archive at a random address and then patches every pointer in it, so
 * startup pays for the whole archive (57 MB when one archive held both: about 0.3 s before {@code main}); the app's
 * archive alone is a quarter of that.
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    /** Trains {@code app} or {@code commands} in the folder given (created if missing); exits 1 if a command failed. */
    public static void main(String[] args) throws IOException, ClassNotFoundException {
        if (args.length != 2 || !List.of("app", "commands").contains(args[0])) {
            System.err.println("usage: CdsTraining app|commands WORK_FOLDER");
            System.exit(2);
        }
        Path work = Files.createDirectories(Path.of(args[1]).toAbsolutePath());
        if (args[0].equals("app") && !GraphicsEnvironment.isHeadless()) {
            startApp(work);
        } else if (args[0].equals("app")) {
            loadAppClasses();
            paintSwing();
            loadDesktopClasses();
        } else {
            runCommands(work);
        }
        System.out.println("CDS training (" + args[0] + ") done in " + work);
        System.exit(0);
    }

    /**
     * With a display (the build runs this under {@code xvfb-run} where it can): the app's real startup, from
     * {@code main} to the first screen painted, with default settings kept in {@code work}; the archive then holds
     * exactly what startup loads, the lambdas and proxies of the window's code included.
     */
    private static void startApp(Path work) throws IOException, ClassNotFoundException {
        System.setProperty("concord.settings", work.resolve("settings.properties").toString());
        System.setProperty("concord.logs", work.resolve("logs").toString());
        // Exits the app once the first screen has been painted (the startup benchmark's probe).
        System.setProperty(AppLauncher.STARTUP_PROBE, Long.toString(System.currentTimeMillis()));
        PrintStream out = System.out;
        try (PrintStream quiet = new PrintStream(Files.newOutputStream(work.resolve("training.log")), true, "UTF-8")) {
            System.setOut(quiet);
            // The jar's entry point too, which a real start loads first (this run starts at AppLauncher).
            Class.forName(Main.class.getName(), false, CdsTraining.class.getClassLoader());
            AppLauncher.launch();
        } finally {
            System.setOut(out);
        }
    }

    private static void runCommands(Path work) throws IOException {
        PrintStream out = System.out;
        try (PrintStream quiet = new PrintStream(Files.newOutputStream(work.resolve("training.log")), true, "UTF-8")) {
            System.setOut(quiet);
            Path demo = work.resolve("demo");
            Path form = work.resolve("form.xlsx");
            run("demo", "--dir", demo.toString());
            run("form", "export", "--name", "values-agreement", "--out", form.toString());
            run("form", "check", form.toString());
            run("analyse", "--form", "values-agreement", "--responses", demo.resolve("responses.csv").toString(),
                    "--rates", demo.resolve("rates.csv").toString(), "--json", work.resolve("result.json").toString(),
                    "--out", work.resolve("report.xlsx").toString());
            run("export", "--study", demo.resolve("study.concord").toString(),
                    "--xlsx", work.resolve("study.xlsx").toString());
        } finally {
            System.setOut(out);
        }
    }

    private static void run(String... command) {
        int code = ConcordCommand.run(command);
        if (code != 0) {
            System.err.println("CDS training: 'concord " + String.join(" ", command) + "' exited with " + code);
            System.exit(1);
        }
    }

    /**
     * Loads (without initialising) every class of the app's windows and their base, of FlatLaf and of MigLayout, so
     * that whichever window opens first is archived. Not the command line's, the kiosk's or the workspace's: they load
     * what their commands and screens need (POI, Tablesaw, SQLite), which the app's startup must not map.
     */
    private static void loadAppClasses() throws IOException {
        Path jar;
        try {
            jar = Path.of(CdsTraining.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        if (!Files.isRegularFile(jar)) {
            return; // run from a classes folder (a test): nothing to archive
        }
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements();) {
                String name = e.nextElement().getName();
                if (name.endsWith(".class") && !name.startsWith("META-INF/")
                        && (name.startsWith("org/concord/app/ui/") || name.startsWith("org/concord/app/base/")
                                || (name.startsWith("com/formdev/flatlaf/") && name.indexOf('/', 20) < 0)
                                || name.startsWith("net/miginfocom/"))) {
                    names.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                }
            }
        }
        ClassLoader loader = CdsTraining.class.getClassLoader();
        for (String name : names) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // A class of an optional part (e.g. FlatLaf's for another platform) that cannot load here is skipped.
            }
        }
    }

    /**
     * The JDK's packages that only a window on a display loads, which a headless run does not reach by painting: the
     * X11 toolkit and its XRender pipeline, AWT's peers, fonts, drag and drop. Loaded (not initialised) by name from
     * the runtime image; a platform without some of them just skips them. (Swing's own packages are not listed whole:
     * the start screen painted above loads what it uses of them, and the rest would only make the archive, mapped at
     * every start, larger.)
     */
    private static final List<String> DESKTOP_PACKAGES = List.of("sun/awt", "sun/awt/X11", "sun/awt/image",
            "sun/awt/event", "sun/awt/datatransfer", "sun/datatransfer", "sun/java2d", "sun/java2d/xr",
            "sun/java2d/x11", "sun/java2d/pipe", "sun/java2d/pipe/hw", "java/awt/peer",
            "java/awt/datatransfer", "java/awt/dnd");

    /**
     * The classes (with their nested classes) that showing the window loads besides those packages: the frame, its
     * root pane, focus and repaint management, the app's start-up futures and executors (measured with
     * -Xlog:class+load on the app's startup under Xvfb).
     */
    private static final List<String> WINDOW_CLASSES = List.of("java/awt/Frame", "java/awt/Window", "java/awt/Dialog",
            "java/awt/Component", "java/awt/Panel", "java/awt/FlowLayout", "java/awt/SequencedEvent",
            "java/awt/KeyboardFocusManager", "java/awt/DefaultKeyboardFocusManager", "java/awt/GraphicsCallback",
            "java/awt/SplashScreen", "java/awt/event/HierarchyEvent", "java/awt/event/ItemEvent",
            "javax/swing/JFrame", "javax/swing/JRootPane", "javax/swing/RepaintManager",
            "javax/swing/BufferStrategyPaintManager", "javax/swing/FocusManager",
            "javax/swing/SwingContainerOrderFocusTraversalPolicy", "javax/swing/SwingDefaultFocusTraversalPolicy",
            "javax/swing/LayoutComparator", "javax/swing/TransferHandler", "javax/swing/Timer",
            "javax/swing/TimerQueue", "javax/swing/plaf/basic/BasicRootPaneUI",
            "javax/swing/plaf/basic/BasicProgressBarUI", "java/util/concurrent/CompletableFuture",
            "java/util/concurrent/Executors", "java/util/concurrent/ThreadPoolExecutor",
            "java/util/concurrent/LinkedBlockingQueue");

    private static void loadDesktopClasses() throws IOException {
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        for (String pkg : DESKTOP_PACKAGES) {
            loadFromRuntime(jrt, "java.desktop", pkg, name -> true);
        }
        for (String type : WINDOW_CLASSES) {
            int slash = type.lastIndexOf('/');
            String simple = type.substring(slash + 1);
            String module = type.startsWith("java/util/") ? "java.base" : "java.desktop";
            loadFromRuntime(jrt, module, type.substring(0, slash),
                    name -> name.equals(simple) || name.startsWith(simple + "$"));
        }
    }

    /** Loads (does not initialise) the classes of {@code pkg} in {@code module} whose simple names pass. */
    private static void loadFromRuntime(FileSystem jrt, String module, String pkg, Predicate<String> simpleNames)
            throws IOException {
        Path dir = jrt.getPath("/modules", module).resolve(pkg);
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<String> names;
        try (Stream<Path> files = Files.list(dir)) {
            names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()))
                    .filter(n -> !n.equals("package-info") && simpleNames.test(n))
                    .map(n -> pkg.replace('/', '.') + "." + n)
                    .toList();
        }
        ClassLoader loader = ClassLoader.getSystemClassLoader();
        for (String name : names) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // Not loadable here: left to the first run that needs it.
            }
        }
    }

    /**
     * Sets up FlatLaf as the app does and paints the start screen (made from the app's own texts and actions) with a
     * window's worth of the usual components into an image (works without a display).
     */
    private static void paintSwing() {
        try {
            SwingUtilities.invokeAndWait(CdsTraining::paintStartScreen);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void paintStartScreen() {
        Appearance.apply(Theme.LIGHT, 1f);
        Texts texts = new Texts("app", new Language(Messages.ENGLISH));
        Actions actions = new Actions(texts);
        for (ActionModel id : List.of(ActionModel.NEW_STUDY, ActionModel.OPEN_STUDY, ActionModel.OPEN_WORKSPACE,
                ActionModel.THEME_LIGHT)) {
            actions.on(id, () -> { });
        }
        JPanel panel = new JPanel(new MigLayout("wrap 2", "[][grow,fill]"));
        panel.add(new StartPanel(texts, actions, List.of(Path.of("study.concord")), study -> { }), "span");
        panel.add(new JLabel("Label"));
        panel.add(new JTextField("text"));
        panel.add(new JButton("Button"));
        panel.add(new JComboBox<>(new String[] {"one", "two"}));
        panel.add(new JCheckBox("check"));
        panel.add(new JRadioButton("radio"));
        panel.add(new JProgressBar());
        panel.add(new JScrollPane(new JTable(new Object[][] {{"a", 1}}, new Object[] {"name", "value"})), "span");
        JMenuBar bar = new JMenuBar();
        JMenu menu = texts.text(new JMenu(), "menu.file");
        menu.add(actions.menuItem(ActionModel.NEW_STUDY));
        menu.add(actions.radioItem(ActionModel.THEME_LIGHT));
        menu.addSeparator();
        bar.add(menu);
        panel.add(bar, "span");
        panel.setSize(1200, 860);
        panel.doLayout();
        BufferedImage image = new BufferedImage(1200, 860, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        try {
            panel.printAll(g);
        } finally {
            g.dispose();
        }
    }
}
