package org.concord.app.workspace.panel;

import javax.swing.JButton;
import javax.swing.JPanel;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.LanguageAware;
import org.concord.app.base.Texts;
import org.concord.app.base.WrappingLabel;
import org.concord.stats.analysis.AnalysisInput;

/**
 * The study on a Concord server analysed beside the response files: which one (or none), "Add server study..." and
 * Remove. The analysis reads it through {@link AnalysisInput.ServerSource}, as {@code concord analyse --db} does.
 */
public final class ServerStudyField extends JPanel implements LanguageAware {
    private static final long serialVersionUID = 1L;
    private final transient Texts texts;
    private final WrappingLabel shown = new WrappingLabel();
    private final JButton add = new JButton();
    private final JButton remove = new JButton();
    private transient ServerStudyDialog.Chosen chosen;
    private String lastAddress = "";

    /** The field, with no server study. */
    public ServerStudyField(Texts texts) {
        super(new MigLayout("insets 0, wrap 1, hidemode 3", "[grow, fill]", "[]rel[]")); // rows: study, buttons
        this.texts = texts;
        setName("serverStudyField");
        shown.setName("serverStudy.chosen");
        add.setName("addServerStudy");
        remove.setName("removeServerStudy");
        texts.text(add, "serverStudy.add");
        texts.describe(add, "serverStudy.add", "serverStudy.add.desc");
        texts.text(remove, "serverStudy.remove");
        texts.describe(remove, "serverStudy.remove", "serverStudy.remove.desc");
        add(shown, "wmin 0");
        // One button a row: side by side they made the inputs column wider than the file buttons above, which took
        // the room of the result at 200% in Welsh (WorkspaceClippingGuiTest).
        add(add, "growx 0");
        add(remove, "growx 0");
        add.addActionListener(e -> choose());
        remove.addActionListener(e -> set(null));
        languageChanged();
    }

    private void choose() {
        ServerStudyDialog.Chosen picked = ServerStudyDialog.show(this, texts, lastAddress);
        if (picked != null) {
            lastAddress = picked.address();
            set(picked);
        }
    }

    private void set(ServerStudyDialog.Chosen picked) {
        if (chosen != null) {
            chosen.forget().run();
        }
        chosen = picked;
        languageChanged();
    }

    /** The server study to analyse, or null. */
    public AnalysisInput.ServerSource source() {
        return chosen == null ? null : chosen.source();
    }

    @Override
    public void setEnabled(boolean enabled) {
        super.setEnabled(enabled);
        add.setEnabled(enabled);
        remove.setEnabled(enabled && chosen != null);
    }

    @Override
    public void languageChanged() {
        shown.setText(chosen == null ? texts.get("serverStudy.none") : texts.get("serverStudy.chosen",
                chosen.study().formTitle(), chosen.study().participants(), chosen.address(),
                chosen.study().studyId()));
        remove.setEnabled(isEnabled() && chosen != null);
    }
}
