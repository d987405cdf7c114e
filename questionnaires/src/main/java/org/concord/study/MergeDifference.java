package org.concord.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How another study file differs from the open study in what a merge takes from the open study alone: its LA list and
 * its admin PIN. Shown to the researcher before merging, so that nothing changes without a word.
 *
 * @param file       the other study file
 * @param onlyThere  LAs of the other study that the open study's list lacks (the merged study gets them too)
 * @param onlyHere   LAs of the open study that the other study's list lacks
 * @param renamed    LAs with the same code and another name (the merged study keeps the open study's name)
 * @param otherPin   true when the other study has an admin PIN of its own (it was created separately, not copied
 *                   from the open study): the merged study opens with the open study's PIN
 */
public record MergeDifference(Path file, List<LocalAuthority> onlyThere, List<LocalAuthority> onlyHere,
                              List<Renamed> renamed, boolean otherPin) {
    public MergeDifference {
        onlyThere = List.copyOf(onlyThere);
        onlyHere = List.copyOf(onlyHere);
        renamed = List.copyOf(renamed);
    }

    /**
     * An LA called differently in the two studies.
     *
     * @param code      its code
     * @param nameHere  its name in the open study (kept)
     * @param nameThere its name in the other study
     */
    public record Renamed(String code, String nameHere, String nameThere) {
    }

    /** True when the LA lists differ in any way. */
    public boolean lasDiffer() {
        return !onlyThere.isEmpty() || !onlyHere.isEmpty() || !renamed.isEmpty();
    }

    /**
     * The differences between {@code here} and each of {@code others} (read only, closed again), in the order given;
     * files that differ in nothing are left out.
     */
    public static List<MergeDifference> between(Study here, List<Path> others) {
        Map<String, String> ours = new LinkedHashMap<>();
        here.las().forEach(la -> ours.put(la.code(), la.name()));
        List<MergeDifference> out = new ArrayList<>();
        for (Path file : others) {
            try (Study other = Study.openReadOnly(file)) {
                Map<String, String> theirs = new LinkedHashMap<>();
                other.las().forEach(la -> theirs.put(la.code(), la.name()));
                List<LocalAuthority> onlyThere = new ArrayList<>();
                List<Renamed> renamed = new ArrayList<>();
                theirs.forEach((code, name) -> {
                    String ourName = ours.get(code);
                    if (ourName == null) {
                        onlyThere.add(new LocalAuthority(code, name));
                    } else if (!ourName.equals(name)) {
                        renamed.add(new Renamed(code, ourName, name));
                    }
                });
                List<LocalAuthority> onlyHere = new ArrayList<>();
                ours.forEach((code, name) -> {
                    if (!theirs.containsKey(code)) {
                        onlyHere.add(new LocalAuthority(code, name));
                    }
                });
                MergeDifference difference = new MergeDifference(file, onlyThere, onlyHere, renamed,
                        !here.samePinAs(other));
                if (difference.lasDiffer() || difference.otherPin()) {
                    out.add(difference);
                }
            }
        }
        return out;
    }
}
