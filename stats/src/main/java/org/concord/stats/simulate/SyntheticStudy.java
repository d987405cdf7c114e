package org.concord.stats.simulate;

import java.util.ArrayList;
import java.util.List;
import org.concord.forms.Form;
import org.concord.forms.Question;

/**
 * A generated study held in memory: the LAs with their true trends and rates, and every participant's answers as a
 * study file would store them.
 *
 * @param form         the form the answers belong to
 * @param spec         the parameters it was generated with
 * @param las          the LAs in code order
 * @param participants the participants, LA by LA (leaders first, then workers)
 */
public record SyntheticStudy(Form form, SimulationSpec spec, List<SimulatedLa> las,
                             List<SimulatedParticipant> participants) {
    public SyntheticStudy {
        las = List.copyOf(las);
        participants = List.copyOf(participants);
    }

    /**
     * One participant's values answers scored for analysis (reverse-keyed items rescored as {@code (A + 1) - x}), in
     * the order of {@link Form#valuesItems()}; NaN where unanswered.
     */
    public double[] scored(SimulatedParticipant participant) {
        List<Question> items = form.valuesItems();
        double[] out = new double[items.size()];
        for (int j = 0; j < out.length; j++) {
            Question item = items.get(j);
            String value = participant.answers().get(item.name());
            if (value == null) {
                out[j] = Double.NaN;
            } else {
                int x = Integer.parseInt(value);
                out[j] = item.reverse() ? form.scaleSize(item) + 1 - x : x;
            }
        }
        return out;
    }

    /** The scored answers of one LA's leaders (or workers), one row per participant; NaN where unanswered. */
    public double[][] scoredMatrix(String laCode, boolean leaders) {
        List<double[]> rows = new ArrayList<>();
        for (SimulatedParticipant p : participants) {
            if (p.laCode().equals(laCode) && p.leader() == leaders) {
                rows.add(scored(p));
            }
        }
        return rows.toArray(new double[0][]);
    }

    /** The number of answers held (each participant's answered questions). */
    public long answerCount() {
        return participants.stream().mapToLong(p -> p.answers().size()).sum();
    }

    /** The LAs generated with this trend. */
    public List<SimulatedLa> lasWithTrend(SimulatedTrend trend) {
        return las.stream().filter(la -> la.trend() == trend).toList();
    }

    @Override
    public String toString() {
        return "SyntheticStudy[" + las.size() + " LAs, " + participants.size() + " participants, spec " + spec + "]";
    }
}
