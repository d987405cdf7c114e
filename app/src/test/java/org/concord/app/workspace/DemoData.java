package org.concord.app.workspace;

import java.nio.file.Path;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.stats.simulate.SimulatedStudyWriter;
import org.concord.stats.simulate.SimulationFiles;
import org.concord.stats.simulate.SimulationSpec;
import org.concord.stats.simulate.StudySimulator;
import org.concord.stats.simulate.SyntheticStudy;

/** Small demo data from the simulation API (12 LAs, 3 leaders and 6 workers each), written into a test folder. */
final class DemoData {
    final Path responses;
    final Path study;
    final Path rates;

    private DemoData(Path responses, Path study, Path rates) {
        this.responses = responses;
        this.study = study;
        this.rates = rates;
    }

    /** Writes the responses CSV and the tidy rates of one synthetic study; with {@code withStudyFile} also a study. */
    static DemoData write(Path dir, boolean withStudyFile) {
        Form form = FormLoader.loadBundled(FormLoader.DEFAULT_FORM);
        SyntheticStudy synthetic = StudySimulator.generate(form,
                SimulationSpec.defaults().withLas(12).withRespondents(3, 6).withSeed(5L));
        Path csv = dir.resolve("demo-responses.csv");
        Path rates = dir.resolve("demo-rates.csv");
        SimulationFiles.writeLongCsv(synthetic, csv);
        SimulationFiles.writeTidyRates(synthetic, rates);
        Path study = null;
        if (withStudyFile) {
            study = dir.resolve("demo.concord");
            SimulatedStudyWriter.write(synthetic, study, "2468".toCharArray());
        }
        return new DemoData(csv, study, rates);
    }
}
