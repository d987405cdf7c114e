package org.concord.stats.input;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.concord.server.ServerStudyReader;

/**
 * Reads the answers of a study on a Concord server into a {@link ResponseAccumulator}, as {@link StudyResponsesReader}
 * reads a study file: submitted participants only, the current value of each answer.
 */
public final class ServerResponsesReader {
    private ServerResponsesReader() {
    }

    /**
     * Adds every completed participant's answers from the server study; returns it as an input whose SHA-256 is that
     * of the answers read (participant, LA, item and value of each, in order), so a report records what it analysed.
     */
    public static InputFile read(ServerStudyReader study, ResponseAccumulator into) {
        String name = study.name();
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        study.forEachAnswer(true, (pid, la, laName, item, value) -> {
            into.add(name, 0, pid, la, laName, item, value);
            digest.update((pid + '\t' + la + '\t' + item + '\t' + (value == null ? "" : value) + '\n')
                    .getBytes(StandardCharsets.UTF_8));
        });
        return new InputFile("server", name, HexFormat.of().formatHex(digest.digest()));
    }
}
