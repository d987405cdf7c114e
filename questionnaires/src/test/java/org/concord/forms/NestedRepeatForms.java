package org.concord.forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Forms with a repeat inside a repeat, written as CSV folders by the tests that use them. */
public final class NestedRepeatForms {
    private NestedRepeatForms() {
    }

    /**
     * Households, each with a number of people ({@code repeat_count} = the household's {@code n_people}); functions
     * over the people inside each household and over all of them.
     */
    public static final String HOUSEHOLDS = """
            type,name,label,repeat_count,calculation,constraint
            integer,n_households,How many households?,,,
            begin_repeat,household,Household,${n_households},,
            text,head,Head of household,,,
            integer,n_people,How many people live here?,,,
            begin_repeat,person,Person,${n_people},,
            text,name,Name,,,
            integer,age,Age,,,. < 120
            calculate,pos,,,position(..),
            calculate,household_no,,,position(../..),
            calculate,head_again,,,${head},
            calculate,second_age,,,"indexed-repeat(${age}, ${household}, 1, ${person}, 2)",
            end_repeat,,,,,
            calculate,people,,,count(${person}),
            calculate,total_age,,,sum(${age}),
            end_repeat,,,,,
            calculate,all_people,,,count(${person}),
            """;

    /**
     * Add-another visits, each with a group that holds an add-another repeat of items, and a question after the
     * group (a repeat inside a group inside a repeat).
     */
    public static final String VISITS = """
            type,name,label,relevant
            text,visitor,Your name,
            begin_repeat,visit,Visit,
            text,place,Where did you go?,
            begin_group,basket,Shopping,
            select_one yn,bought,Did you buy anything?,
            begin_repeat,item,Item,${bought} = 'yes'
            text,item_name,What did you buy?,
            end_repeat,,,
            end_group,,,
            text,notes,Anything else?,
            end_repeat,,,
            """;

    private static final String YES_NO = """
            list_name,name,label
            yn,yes,Yes
            yn,no,No
            """;

    /** Writes a form folder {@code name} under {@code dir} with this survey sheet (and a yes/no choice list). */
    public static Path write(Path dir, String name, String survey) {
        Path folder = dir.resolve(name);
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("survey.csv"), survey);
            Files.writeString(folder.resolve("choices.csv"), YES_NO);
            Files.writeString(folder.resolve("settings.csv"), "form_id,version\n" + name + ",1\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /** Loads a form written by {@link #write}. */
    public static Form load(Path dir, String name, String survey) {
        return FormLoader.load(write(dir, name, survey));
    }
}
