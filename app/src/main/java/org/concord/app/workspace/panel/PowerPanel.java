package org.concord.app.workspace.panel;

import java.util.List;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JSpinner;
import javax.swing.JTextArea;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.concord.app.base.LanguageAware;
import org.concord.app.base.Message;
import org.concord.app.base.Texts;
import org.concord.app.base.action.ActionModel;
import org.concord.app.base.action.Actions;
import org.concord.app.workspace.run.CancellableJob;
import org.concord.forms.FormLoader;
import org.concord.stats.simulate.PowerPlanner;
import org.concord.stats.simulate.PowerResult;
import org.concord.stats.simulate.PowerSpec;
import org.concord.stats.simulate.SimulationSpec;

/**
 * Power planning: numbers of LAs and respondents and an assumed difference in; the simulated power of the
 * Mann-Whitney and permutation tests out ({@link PowerPlanner}, on the background executor, with progress and
 * Cancel).
 */
public final class PowerPanel extends JPanel implements LanguageAware {
    private static final long serialVersionUID = 1L;
    private final transient Texts texts;

    final JSpinner las = spinner("las", new SpinnerNumberModel(24, 2, SimulationSpec.MAX_LAS, 1));
    final JSpinner leaders = spinner("leaders", new SpinnerNumberModel(4, 1, 10_000, 1));
    final JSpinner workers = spinner("workers", new SpinnerNumberModel(15, 1, 10_000, 1));
    final JSpinner effect = spinner("effect", new SpinnerNumberModel(0.3, -5.0, 5.0, 0.05));
    final JSpinner replications = spinner("replications", new SpinnerNumberModel(200, 1, 1_000_000, 50));
    final JSpinner permutations = spinner("powerPermutations", new SpinnerNumberModel(999, 1, 1_000_000, 100));
    final JSpinner alpha = spinner("alpha", new SpinnerNumberModel(0.05, 0.001, 0.5, 0.01));
    final JSpinner seed = spinner("powerSeed", new SpinnerNumberModel(1L, 0L, Long.MAX_VALUE, 1L));
    private final Actions actions;
    final JButton run;
    final JButton cancel;
    final JProgressBar progress = new JProgressBar();
    final JTextArea answer = new JTextArea(4, 40);
    private final JTextArea intro = new JTextArea();
    private transient CancellableJob<PowerResult> job;
    private transient PowerResult result;
    private transient List<Message> problems = List.of();

    /** The panel with the simulation's defaults. */
    public PowerPanel(Texts texts) {
        super(new MigLayout("insets dialog, hidemode 3, wrap 2",
                "[right][160:200:280, fill]", // columns: labels, fields
                "[]para[][][][]para[][][][]para[][]para[grow, top]")); // rows
        this.texts = texts;
        actions = new Actions(texts).on(ActionModel.RUN_POWER, this::start).on(ActionModel.CANCEL_POWER, this::cancel);
        run = actions.button(ActionModel.RUN_POWER);
        cancel = actions.button(ActionModel.CANCEL_POWER);
        setName("power");
        intro.setName("powerIntro");
        intro.setEditable(false);
        intro.setLineWrap(true);
        intro.setWrapStyleWord(true);
        intro.setOpaque(false);
        intro.setFocusable(false);
        intro.setText(texts.get("power.intro"));
        add(intro, "span 2, growx, w 0:0:");
        row("power.las", las);
        row("power.leaders", leaders);
        row("power.workers", workers);
        row("power.effect", effect);
        row("power.replications", replications);
        row("power.permutations", permutations);
        row("power.alpha", alpha);
        row("power.seed", seed);
        ((JSpinner.NumberEditor) seed.getEditor()).getFormat().setGroupingUsed(false);
        ((JSpinner.DefaultEditor) seed.getEditor()).getTextField().setColumns(8);
        texts.describe(effect, "power.effect", "power.effect.desc");
        cancel.setEnabled(false);
        add(run, "span 2, split 2, left, sg b");
        add(cancel, "sg b");
        progress.setName("powerProgress");
        progress.setStringPainted(true);
        progress.setString("");
        texts.describe(progress, "power.progress", "power.progress.desc");
        add(progress, "span 2, growx");
        answer.setName("powerAnswer");
        answer.setEditable(false);
        answer.setLineWrap(true);
        answer.setWrapStyleWord(true);
        answer.setOpaque(false);
        // Read-only text like the intro: it takes no focus, so no caret blinks in it.
        answer.setFocusable(false);
        texts.describe(answer, "power.answer", "power.answer.desc");
        add(answer, "span 2, growx, wmin 0");
    }

    private void cancel() {
        if (job != null) {
            job.cancel();
            cancel.setEnabled(false);
        }
    }

    private static JSpinner spinner(String name, SpinnerNumberModel model) {
        JSpinner s = new JSpinner(model);
        s.setName(name);
        return s;
    }

    private void row(String key, JSpinner field) {
        JLabel label = texts.text(new JLabel(), key);
        label.setLabelFor(field);
        add(label);
        add(field);
    }

    /** The last estimate, or null. */
    public PowerResult result() {
        return result;
    }

    private PowerScreenModel.Fields fields() {
        return new PowerScreenModel.Fields(intValue(las), intValue(leaders), intValue(workers), doubleValue(effect),
                intValue(replications), intValue(permutations), doubleValue(alpha),
                ((Number) seed.getValue()).longValue());
    }

    private static int intValue(JSpinner spinner) {
        return ((Number) spinner.getValue()).intValue();
    }

    private static double doubleValue(JSpinner spinner) {
        return ((Number) spinner.getValue()).doubleValue();
    }

    private void start() {
        PowerSpec spec = PowerScreenModel.spec(fields());
        CancellableJob<PowerResult> started = new CancellableJob<>();
        job = started;
        setRunning(true);
        progress.setMaximum(spec.replications());
        progress.setValue(0);
        progress.setString(texts.get(PowerScreenModel.progress(0, spec.replications())));
        result = null;
        problems = List.of();
        answer.setText("");
        started.start(() -> PowerPlanner.estimate(FormLoader.loadBundled(FormLoader.DEFAULT_FORM), spec,
                (done, total) -> SwingUtilities.invokeLater(() -> {
                    if (job == started) {
                        progress.setValue(done);
                        progress.setString(texts.get(PowerScreenModel.progress(done, total)));
                    }
                })), done -> {
                    finish(started);
                    result = done;
                    showAnswer();
                }, () -> {
                    finish(started);
                    progress.setString(texts.get("power.cancelled"));
                }, failure -> {
                    finish(started);
                    problems = PowerScreenModel.problems(failure);
                    showAnswer();
                });
    }

    private void finish(CancellableJob<PowerResult> which) {
        if (job == which) {
            job = null;
            setRunning(false);
        }
    }

    private void setRunning(boolean running) {
        run.setEnabled(!running);
        cancel.setEnabled(running);
        for (JSpinner s : new JSpinner[] {las, leaders, workers, effect, replications, permutations, alpha, seed}) {
            s.setEnabled(!running);
        }
    }

    private void showAnswer() {
        if (!problems.isEmpty()) {
            answer.setText(String.join("\n", problems.stream().map(texts::get).toList()));
            return;
        }
        if (result == null) {
            return;
        }
        answer.setText(texts.get(PowerScreenModel.answer(result, doubleValue(alpha))));
    }


    @Override
    public void languageChanged() {
        actions.relabel();
        intro.setText(texts.get("power.intro"));
        if (job == null && result != null) {
            progress.setString(texts.get(PowerScreenModel.progress(progress.getValue(), progress.getMaximum())));
        }
        showAnswer();
    }
}
