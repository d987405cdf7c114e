package org.concord.stats.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One LA of a synthetic study and how many leaders and workers answer there.
 *
 * @param code    the LA code
 * @param name    the LA name
 * @param leaders leaders who answer
 * @param workers workers who answer
 */
public record LaPlan(String code, String name, int leaders, int workers) {

    /** The made-up LAs of a spec: codes {@code X0001}, ..., names {@code Simulated LA 0001}, ..., its counts. */
    public static List<LaPlan> of(SimulationSpec spec) {
        List<LaPlan> out = new ArrayList<>();
        for (int i = 1; i <= spec.las(); i++) {
            out.add(new LaPlan(String.format(Locale.ROOT, "X%04d", i),
                    String.format(Locale.ROOT, "Simulated LA %04d", i), spec.leaders(), spec.workers()));
        }
        return out;
    }
}
