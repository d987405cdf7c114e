package org.concord.forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A form of {@code rank} questions in English and Welsh, written as a CSV form folder by the tests that use it: a plain
 * rank (required), one with {@code randomize=true seed=42}, one whose choices a {@code choice_filter} picks by an
 * earlier answer, and calculations with {@code selected-at}, {@code count-selected} and {@code selected} on the
 * ranking.
 */
public final class RankTestForm {
    public static final String SURVEY = """
            type,name,label::English (en),label::Cymraeg (cy),required,parameters,choice_filter,calculation
            select_one area,area,Area,Ardal,,,,
            rank colours,fav,Rank the colours,Trefnwch y lliwiau,yes,,,
            rank colours,drawn,Rank them again,Trefnwch nhw eto,,randomize=true seed=42,,
            rank services,local,Rank the services,Trefnwch y gwasanaethau,,,area = ${area} or area = 'both',
            calculate,top,,,,,,"selected-at(${fav}, 0)"
            calculate,ranked,,,,,,count-selected(${fav})
            calculate,red_in,,,,,,"if(selected(${fav}, 'red'), 'yes', 'no')"
            """;
    public static final String CHOICES = """
            list_name,name,label::English (en),label::Cymraeg (cy),area
            colours,red,Red,Coch,
            colours,green,Green,Gwyrdd,
            colours,blue,Blue,Glas,
            colours,yellow,Yellow,Melyn,
            area,north,North,Gogledd,
            area,south,South,De,
            services,school,School,Ysgol,north
            services,library,Library,Llyfrgell,north
            services,pool,Pool,Pwll,south
            services,park,Park,Parc,both
            """;

    private RankTestForm() {
    }

    /** Writes the form into {@code dir/name} and returns that folder. */
    public static Path write(Path dir, String name) {
        return write(dir, name, SURVEY, CHOICES);
    }

    /** Writes a CSV form folder with this survey and choices sheet (and form_id {@code name}). */
    public static Path write(Path dir, String name, String survey, String choices) {
        try {
            Path folder = Files.createDirectories(dir.resolve(name));
            Files.writeString(folder.resolve("survey.csv"), survey);
            Files.writeString(folder.resolve("choices.csv"), choices);
            Files.writeString(folder.resolve("settings.csv"), "form_id,form_title\n" + name + ",Ranks\n");
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The form, loaded. */
    public static Form load(Path dir) {
        return FormLoader.load(write(dir, "ranks"));
    }
}
