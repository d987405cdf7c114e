package org.concord.study;

import java.nio.file.Path;
import java.util.UUID;

/**
 * Child program of {@link StudyCrashTest}: saves answers to a study in a loop, as the app does, and prints each answer
 * once {@link Study#saveAnswer} has returned ({@code ACK participant item value .}). It runs until it is killed.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    /** Arguments: the study file. */
    public static void main(String[] args) {
        Study study = Study.open(Path.of(args[0]));
        long session = study.startSession("W06000015", "KT").id();
        System.out.println("READY " + ProcessHandle.current().pid() + " .");
        System.out.flush();
        UUID participant = null;
        for (long n = 0; ; n++) {
            if (n % 25 == 0) {
                participant = study.createParticipant(session, "en").id();
            }
            String item = "q" + (n % 7);
            String value = "v" + n;
            study.saveAnswer(participant, item, value, "en");
            System.out.println("ACK " + participant + " " + item + " " + value + " .");
            System.out.flush();
        }
    }
}
