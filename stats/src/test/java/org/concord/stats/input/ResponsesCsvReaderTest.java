package org.concord.stats.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.concord.common.InputException;
import org.concord.stats.testing.TestForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponsesCsvReaderTest {
    @TempDir
    Path dir;

    private ResponseSet read(String... files) throws Exception {
        ResponseAccumulator acc = new ResponseAccumulator(ItemCoding.of(TestForms.small()));
        int k = 0;
        for (String text : files) {
            Path file = dir.resolve("r" + (++k) + ".csv");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            ResponsesCsvReader.read(file, "r" + k + ".csv", acc);
        }
        return acc.build();
    }

    private InputException bad(String... files) {
        return catchThrowableOfType(InputException.class, () -> read(files));
    }

    @Test
    void readsRolesReverseScoresAndGroupsByLa() throws Exception {
        ResponseSet set = read("\uFEFFparticipant_id,la_code,item,value,answered_at\n"
                + "p1,B,role,director,2026-01-01\n"
                + "p1,B,q1,4,\n"
                + "p1,B,q2,1,\n"   // reverse-keyed on a 5-point scale: 1 -> 5
                + "p2,B,role,support,\n"
                + "p2,B,q1,,\n"    // blank = unanswered
                + "p2,B,q3,2,\n"
                + "p3,A,role,manager,\n"
                + "p3,A,consent,OK,\n"
                + "p3,A,years,12,\n");
        assertThat(set.las()).extracting(LaResponses::code).containsExactly("A", "B");
        LaResponses b = set.las().get(1);
        assertThat(b.leaders()).hasDimensions(1, 4);
        assertThat(b.leaders()[0]).containsExactly(4.0, 5.0, Double.NaN, Double.NaN);
        assertThat(b.workers()[0]).containsExactly(Double.NaN, Double.NaN, 2.0, Double.NaN);
        assertThat(set.las().get(0).nLeaders()).isEqualTo(1);
        assertThat(set.las().get(0).nWorkers()).isZero();
        assertThat(set.respondents()).isEqualTo(3);
    }

    @Test
    void mergesTheSameParticipantFromTwoFiles() throws Exception {
        ResponseSet set = read("participant_id,la_code,item,value\np1,A,role,director\np1,A,q1,3\n",
                "participant_id,la_code,item,value\np1,A,q1,3\np1,A,q3,5\n");
        assertThat(set.las().get(0).leaders()[0]).containsExactly(3.0, Double.NaN, 5.0, Double.NaN);
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsReportedByName() {
        InputException e = bad("participant,la,item,value\np1,A,role,director\n");
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).toString()).isEqualTo("r1.csv row 1, column participant_id, la_code: the "
                + "header lacks columns participant_id, la_code; a responses file has the header "
                + "participant_id,la_code,item,value (found: participant,la,item,value)");
    }

    @Test
    void everyProblemIsReportedWithFileRowAndColumn() {
        InputException e = bad("participant_id,la_code,item,value\n"
                + "p1,A,role,director\n"
                + "p1,A,qq9,3\n"            // row 3: not in the form
                + "p1,A,q1,6\n"             // row 4: not a choice
                + "p2,A,q1,2\n"             // p2 never answers role
                + "p3,A,role,manager\n"
                + "p3,B,q1,2\n"             // row 7: second LA code
                + "p4,A,role,chief\n"       // row 8: not a choice of role
                + "p1,A,v1,7\n");           // row 9: not a choice of a non-values select
        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "r1.csv row 3, column item: item 'qq9' is not in the form test_form; use the form the data were "
                        + "collected with (--form)",
                "r1.csv row 4, column value: '6' is not a choice of item q1 (choices: 1, 2, 3, 4, 5)",
                "r1.csv row 7, column la_code: participant p3 has two LA codes, A (r1.csv row 6) and B; a "
                        + "participant belongs to one LA",
                "r1.csv row 8, column value: 'chief' is not a choice of item role (choices: director, manager, "
                        + "social_worker, support)",
                "r1.csv row 9, column value: '7' is not a choice of item v1 (choices: 1, 2, 3, 4, 5)",
                "r1.csv row 5, column participant_id: participant p2 has no answer to role; the analysis needs to "
                        + "know whether each participant is a leader or a worker",
                "r1.csv row 8, column participant_id: participant p4 has no answer to role; the analysis needs to "
                        + "know whether each participant is a leader or a worker");
    }

    @Test
    void twoDifferentAnswersToOneItemAreAConflict() {
        InputException e = bad("participant_id,la_code,item,value\np1,A,role,director\np1,A,q1,3\n",
                "participant_id,la_code,item,value\np1,A,q1,4\n");
        assertThat(e.problems()).extracting(Object::toString).containsExactly("r2.csv row 2, column value: "
                + "participant p1 answered q1 twice with different values, '3' (r1.csv row 3) and '4'; keep one of"
                + " them (resolve the conflict, e.g. with concord merge) before analysis");
    }

    @Test
    void rowsAreCountedAsASpreadsheetShowsThemEvenWithQuotedLineBreaks() {
        InputException e = bad("participant_id,la_code,item,value,note\n"
                + "p1,A,role,director,\"two\nlines\"\n"
                + "p1,A,q1,9,\n");
        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "r1.csv row 3, column value: '9' is not a choice of item q1 (choices: 1, 2, 3, 4, 5)");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedPlainly() throws Exception {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "participant_id,la_code,item,value\np1,Ynys M\u00f4n,role,director\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        ResponseAccumulator acc = new ResponseAccumulator(ItemCoding.of(TestForms.small()));
        InputException e = catchThrowableOfType(InputException.class,
                () -> ResponsesCsvReader.read(file, "latin1.csv", acc));
        assertThat(e).hasMessage("latin1.csv: the file is not UTF-8 text; save it as CSV UTF-8");
    }

    @Test
    void answersWithoutRowsNameTheParticipant() {
        ResponseAccumulator acc = new ResponseAccumulator(ItemCoding.of(TestForms.small()));
        acc.add("s.concord", 0, "p1", "A", null, "role", "director");
        acc.add("s.concord", 0, "p1", "A", null, "q1", "8");
        InputException e = catchThrowableOfType(InputException.class, acc::build);
        assertThat(e).hasMessage("s.concord, column value: participant p1: '8' is not a choice of item q1 "
                + "(choices: 1, 2, 3, 4, 5)");
    }

    @Test
    void surroundingSpacesInCodesAreIgnored() throws Exception {
        ResponseSet set = read("participant_id,la_code,item,value\np1 , A ,role, director\np1,A, q1 ,2\n");
        assertThat(set.las()).extracting(LaResponses::code).containsExactly("A");
        assertThat(set.las().get(0).leaders()[0][0]).isEqualTo(2.0);
    }

    @Test
    void exactDuplicateRowsAreCountedOnceWithAWarningNamingFileRowAndColumn() throws Exception {
        ResponseAccumulator acc = new ResponseAccumulator(ItemCoding.of(TestForms.small()));
        Path file = dir.resolve("dup.csv");
        Files.writeString(file, "participant_id,la_code,item,value\np1,A,role,director\np1,A,q1,3\np1,A,q1,3\n"
                + "p1,A,role,director\n", StandardCharsets.UTF_8);
        ResponsesCsvReader.read(file, "dup.csv", acc);
        ResponseSet set = acc.build();
        assertThat(set.las().get(0).leaders()).hasDimensions(1, 4);
        assertThat(set.las().get(0).leaders()[0][0]).isEqualTo(3.0);
        assertThat(acc.warnings()).extracting(Object::toString).containsExactly(
                "dup.csv row 4, column item: participant p1 answered q1 with '3' on row 3 already; this duplicate"
                        + " row is counted once",
                "dup.csv row 5, column item: participant p1 answered role with 'director' on row 2 already; this"
                        + " duplicate row is counted once");
    }

    @Test
    void conflictingDuplicatesOfOneParticipantAndItemAreErrorsEvenWhenOneIsBlankOrNotAnalysed() {
        InputException e = bad("participant_id,la_code,item,value\np1,A,role,director\np1,A,q1,3\np1,A,q1,\n"
                + "p1,A,consent,OK\np1,A,consent,NO\n");
        assertThat(e.problems()).extracting(Object::toString).containsExactly(
                "r1.csv row 4, column value: participant p1 answered q1 twice with different values, '3' (row 3)"
                        + " and ''; keep one of them (resolve the conflict, e.g. with concord merge) before analysis",
                "r1.csv row 6, column value: participant p1 answered consent twice with different values, 'OK'"
                        + " (row 5) and 'NO'; keep one of them (resolve the conflict, e.g. with concord merge) before"
                        + " analysis");
    }

    @Test
    void aHeaderOnlyResponsesCsvIsAnErrorNamingTheFile() {
        InputException e = bad("participant_id,la_code,item,value\n");
        assertThat(e.problems()).extracting(Object::toString).contains("r1.csv: the file has a header but no rows"
                + " of answers; export the responses again, or leave this file out");
    }

    @Test
    void anUnbalancedQuoteIsAnErrorNamingTheFileAndRowNotACrash() {
        InputException e = bad("participant_id,la_code,item,value\np1,A,role,director\np1,A,q1,\"3\np1,A,q2,4\n");
        assertThat(e.problems()).extracting(Object::toString).containsExactly("r1.csv row 3: a quoted cell (\"...)"
                + " starting on line 3 is never closed; close it, and write a \" inside a cell as \"\"");
    }
}
