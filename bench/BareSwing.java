import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import java.awt.BorderLayout;
import java.awt.Graphics;

/**
 * The reference of bench/startup.sh: a bare Swing JFrame with one label, timed as Concord's startup probe times the
 * app (process launch to the window's content first painted). Usage: java BareSwing LAUNCH_EPOCH_MS
 */
public final class BareSwing {
    public static void main(String[] args) {
        long launched = Long.parseLong(args[0]);
        SwingUtilities.invokeLater(() -> {
            JFrame frame = new JFrame("Bare Swing");
            JPanel root = new JPanel(new BorderLayout()) {
                private boolean painted;

                @Override
                public void paint(Graphics g) {
                    super.paint(g);
                    if (!painted) {
                        painted = true;
                        System.out.println("first-paint-ms=" + (System.currentTimeMillis() - launched));
                        System.exit(0);
                    }
                }
            };
            root.add(new JLabel("Hello"), BorderLayout.CENTER);
            frame.setContentPane(root);
            frame.setSize(1200, 860);
            frame.setLocationRelativeTo(null);
            frame.setVisible(true);
        });
    }
}
