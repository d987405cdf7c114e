package org.concord.app.launcher;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
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
import javax.swing.UIManager;
import javax.swing.UnsupportedLookAndFeelException;
import net.miginfocom.swing.MigLayout;
import org.concord.app.cli.ConcordCommand;

/**
 * The build's training run for the launcher's class-data-sharing archive: run once under
 * {@code -XX:ArchiveClassesAtExit=concord.jsa}, without a display, it loads what the app's startup and the common
 * commands load (the app's own classes, FlatLaf and Swing painting a window's worth of components, then {@code demo},
 * {@code form export}, {@code form check}, {@code analyse} and {@code export}), so that the JVM maps those classes
 * from the archive instead of reading and verifying them from the jar on every start.
 */
public final class CdsTraining {
    private CdsTraining() {
    }

    /** Trains in the folder given as the only argument (created if missing); exits 1 if a command failed. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CdsTraining WORK_FOLDER");
            System.exit(2);
        }
        Path work = Files.createDirectories(Path.of(args[0]).toAbsolutePath());
        loadAppClasses();
        loadDesktopClasses();
        paintSwing();
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
        System.out.println("CDS training done in " + work);
        System.exit(0);
    }

    private static void run(String... command) {
        int code = ConcordCommand.run(command);
        if (code != 0) {
            System.err.println("CDS training: 'concord " + String.join(" ", command) + "' exited with " + code);
            System.exit(1);
        }
    }

    /** Loads (without initialising) every class of the app itself, so that whichever window opens first is archived. */
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
                        && (name.startsWith("org/concord/app/") || name.startsWith("com/formdev/flatlaf/")
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
     * The JDK's packages that a window's first paint draws on and a headless run does not load by itself: Swing's
     * basic look and feel (FlatLaf's base), the X11 toolkit and its XRender pipeline, AWT's peers and event classes.
     * Loaded (not initialised) by name from the runtime image; a platform without some of them just skips them.
     */
    private static final List<String> DESKTOP_PACKAGES = List.of("javax/swing", "javax/swing/plaf",
            "javax/swing/plaf/basic", "javax/swing/border", "javax/swing/event", "javax/swing/table", "javax/swing/text",
            "sun/swing", "sun/awt", "sun/awt/X11", "sun/awt/image", "sun/java2d", "sun/java2d/xr", "sun/java2d/x11",
            "sun/java2d/pipe", "sun/java2d/loops", "java/awt", "java/awt/peer", "java/awt/event", "java/awt/dnd",
            "java/awt/datatransfer", "java/awt/im", "java/awt/image");

    private static void loadDesktopClasses() throws IOException {
        Path modules = FileSystems.getFileSystem(URI.create("jrt:/")).getPath("/modules", "java.desktop");
        ClassLoader loader = ClassLoader.getSystemClassLoader();
        for (String pkg : DESKTOP_PACKAGES) {
            Path dir = modules.resolve(pkg);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<String> names;
            try (Stream<Path> files = Files.list(dir)) {
                names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class"))
                        .filter(n -> !n.equals("package-info.class"))
                        .map(n -> pkg.replace('/', '.') + "." + n.substring(0, n.length() - ".class".length()))
                        .toList();
            }
            for (String name : names) {
                try {
                    Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // Not loadable here: left to the first run that needs it.
                }
            }
        }
    }

    /** Sets up FlatLaf and paints a panel of the usual components into an image (works without a display). */
    private static void paintSwing() {
        try {
            UIManager.setLookAndFeel(new com.formdev.flatlaf.FlatLightLaf());
        } catch (UnsupportedLookAndFeelException e) {
            throw new IllegalStateException(e);
        }
        JPanel panel = new JPanel(new MigLayout("wrap 2", "[][grow,fill]"));
        panel.add(new JLabel("Label"));
        panel.add(new JTextField("text"));
        panel.add(new JButton("Button"));
        panel.add(new JComboBox<>(new String[] {"one", "two"}));
        panel.add(new JCheckBox("check"));
        panel.add(new JRadioButton("radio"));
        panel.add(new JProgressBar());
        panel.add(new JScrollPane(new JTable(new Object[][] {{"a", 1}}, new Object[] {"name", "value"})), "span");
        JMenuBar bar = new JMenuBar();
        JMenu menu = new JMenu("Menu");
        menu.add(new JMenuItem("Item"));
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
