package org.concord.app;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.BorderLayout;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/** Starts the Swing app: look and feel, then every UI step on the event thread. */
public final class AppLauncher {
    private AppLauncher() {
    }

    /** Opens the first window. Call from {@code main}, not from the event thread. */
    public static void launch() {
        SwingUtilities.invokeLater(() -> {
            FlatLightLaf.setup();
            JFrame frame = new JFrame("Concord " + Version.get());
            frame.setDefaultCloseOperation(WindowConstants.EXIT_ON_CLOSE);
            frame.add(new JLabel("Concord " + Version.get(), SwingConstants.CENTER), BorderLayout.CENTER);
            frame.setSize(800, 600);
            frame.setLocationRelativeTo(null);
            frame.setVisible(true);
        });
    }
}
