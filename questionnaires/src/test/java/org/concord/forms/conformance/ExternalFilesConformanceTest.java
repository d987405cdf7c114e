package org.concord.forms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.concord.common.Problem;
import org.concord.forms.Choice;
import org.concord.forms.Form;
import org.concord.forms.FormLoader;
import org.concord.forms.InvalidFormException;
import org.concord.forms.Question;
import org.concord.forms.QuestionType;
import org.concord.session.FormSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** select_one_from_file, csv-external, xml-external and pulldata(): files beside the form, as ODK's form media. */
class ExternalFilesConformanceTest {
    @TempDir
    Path dir;

    private static final String[] CITIES = {"name,label,label::Cymraeg (cy),country",
        "cardiff,Cardiff,Caerdydd,wales", "swansea,Swansea,Abertawe,wales", "leeds,Leeds,Leeds,england"};

    private static Form load(Path folder) {
        Form form = FormLoader.load(folder);
        Form again = FormLoader.fromSource(form.source().text());
        assertThat(again.body()).as("form %s read back from its stored source", folder.getFileName())
                .isEqualTo(form.body());
        assertThat(again.choiceLists()).as("choice lists read back").isEqualTo(form.choiceLists());
        assertThat(again.warnings()).extracting(Problem::message).as("warnings read back")
                .containsExactlyElementsOf(form.warnings().stream().map(Problem::message).toList());
        return form;
    }

    private static List<String> errors(Path folder) {
        InvalidFormException e = catchThrowableOfType(InvalidFormException.class, () -> FormLoader.load(folder));
        assertThat(e).as("loading %s should fail", folder.getFileName()).isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static FormSession session(Form form) {
        return FormSession.start(form, Map.of(), "default", 1, Conformance.CONTEXT);
    }

    private static Question q(Form form, String name) {
        return form.question(name).orElseThrow(() -> new AssertionError("no question " + name));
    }

    @Test
    void selectOneFromCsvFileTakesItsChoicesAndLanguages() {
        Path folder = FormFolders.form(dir, "cities", "type,name,label::English (en),label::Cymraeg (cy)",
                "select_one_from_file cities.csv,city,City,Dinas",
                "select_multiple_from_file cities.csv,visited,Visited,Ymwelwyd");
        FormFolders.write(folder, "cities.csv", CITIES);
        Form form = load(folder);
        assertThat(q(form, "city").type()).isEqualTo(QuestionType.SELECT_ONE);
        assertThat(q(form, "visited").type()).isEqualTo(QuestionType.SELECT_MULTIPLE);
        List<Choice> choices = form.choicesOf(q(form, "city")).orElseThrow().choices();
        assertThat(choices).extracting(Choice::name).containsExactly("cardiff", "swansea", "leeds");
        assertThat(choices.get(0).label().exactly("cy")).isEqualTo("Caerdydd");
        assertThat(choices.get(0).columns()).containsEntry("country", "wales");
        assertThat(form.warnings()).as("warnings").isEmpty();
    }

    @Test
    void selectFromXmlFileWithValueAndLabelParametersAndAChoiceFilterOnItsColumns() {
        Path folder = FormFolders.form(dir, "places", "type,name,label,parameters,choice_filter",
                "select_one countries,country,Country,,",
                "select_one_from_file towns.xml,town,Town,value=code label=title,country = ${country}");
        FormFolders.write(folder, "choices.csv", "list_name,name,label", "countries,wales,Wales",
                "countries,england,England");
        FormFolders.write(folder, "towns.xml", "<?xml version=\"1.0\"?>", "<root>",
                "  <item><code>CDF</code><title>Cardiff</title><country>wales</country></item>",
                "  <item><code>LDS</code><title>Leeds</title><country>england</country></item>",
                "  <item><code>SWA</code><title>Swansea</title><country>wales</country></item>", "</root>");
        Form form = load(folder);
        FormSession s = session(form);
        s.setAnswer("country", "wales");
        Question town = q(form, "town");
        assertThat(s.choices(town)).extracting(Choice::name).containsExactly("CDF", "SWA");
        assertThat(s.choices(town)).extracting(c -> s.text(c.label())).containsExactly("Cardiff", "Swansea");
        s.setAnswer("town", "SWA");
        s.setAnswer("country", "england");
        assertThat(s.answer("town")).as("a town of another country is cleared").isNull();
    }

    @Test
    void csvExternalInstancePathsInCalculationsRelevanceConstraintsAndLabels() {
        Path folder = FormFolders.form(dir, "fruit-shop", "type,name,label,calculation,relevant,constraint",
                "csv-external,fruits,,,,",
                "text,fruit,Fruit,,,",
                "calculate,price,,instance('fruits')/root/item[name = ${fruit}]/price,,",
                "calculate,cheap,,count(instance('fruits')/root/item[price < 1]),,",
                "calculate,total,,sum(instance('fruits')/root/item[colour = 'yellow' or colour = 'red']/price),,",
                "calculate,first,,instance('fruits')/root/item[1]/name,,",
                "calculate,third,,instance('fruits')/root/item[position() = 3]/name,,",
                "calculate,red_and_cheap,,instance('fruits')/root/item[colour = 'red' and price < 1]/name,,",
                "integer,count,How many ${fruit} at ${price} each?,,${price} != '',. * ${price} < 10",
                "note,none,No fruit called ${fruit},,${price} = '',");
        FormFolders.write(folder, "fruits.csv", "name,price,colour", "apple,0.5,red", "banana,0.25,yellow",
                "mango,1.5,yellow", "cherry,2,red");
        Form form = load(folder);
        FormSession s = session(form);
        s.setAnswer("fruit", "mango");
        assertThat(s.answer("price")).isEqualTo("1.5");
        assertThat(s.answer("cheap")).isEqualTo("2");
        assertThat(s.answer("total")).isEqualTo("4.25");
        assertThat(s.answer("first")).isEqualTo("apple");
        assertThat(s.answer("third")).isEqualTo("mango");
        assertThat(s.answer("red_and_cheap")).isEqualTo("apple");
        assertThat(s.isRelevant(q(form, "count"))).isTrue();
        assertThat(s.isRelevant(q(form, "none"))).isFalse();
        s.setAnswer("count", "7");
        assertThat(s.issue(q(form, "count"))).as("7 mangoes at 1.5 cost 10.5").isPresent();
        s.setAnswer("count", "6");
        assertThat(s.issue(q(form, "count"))).isEmpty();
        s.setAnswer("fruit", "kiwi");
        assertThat(s.answer("price")).as("no kiwi in the file").isNull();
        assertThat(s.isRelevant(q(form, "none"))).isTrue();
    }

    @Test
    void pulldataReadsTheFirstRowWhoseKeyColumnMatches() {
        Path folder = FormFolders.form(dir, "pull", "type,name,label,calculation",
                "text,id,Participant id,",
                "calculate,site,,\"pulldata('participants', 'site', 'id', ${id})\"",
                "calculate,age,,\"pulldata(\"\"participants\"\", \"\"age\"\", \"\"id\"\", concat('P', ${id}))\"");
        FormFolders.write(folder, "participants.csv", "id,site,age", "1,Cardiff,", "P1,Bangor,34", "1,Leeds,50");
        FormSession s = session(load(folder));
        s.setAnswer("id", "1");
        assertThat(s.answer("site")).as("the first row with id 1").isEqualTo("Cardiff");
        assertThat(s.answer("age")).as("row P1").isEqualTo("34");
        s.setAnswer("id", "2");
        assertThat(s.answer("site")).as("no row with id 2").isNull();
    }

    @Test
    void aChoiceListIsAnInstanceToo() {
        Path folder = FormFolders.form(dir, "lists", "type,name,label,calculation",
                "select_one colours,colour,Colour,",
                "calculate,hex,,instance('colours')/root/item[name = ${colour}]/hex",
                "calculate,colour_label,,instance('colours')/root/item[name = ${colour}]/label");
        FormFolders.write(folder, "choices.csv", "list_name,name,label,hex", "colours,red,Red,#f00",
                "colours,blue,Blue,#00f");
        FormSession s = session(load(folder));
        s.setAnswer("colour", "blue");
        assertThat(s.answer("hex")).isEqualTo("#00f");
        assertThat(s.answer("colour_label")).isEqualTo("Blue");
    }

    @Test
    void theFormSourceKeepsTheFileRowsSoTheFormLoadsWithoutTheFile() throws Exception {
        Path folder = FormFolders.form(dir, "kept", "type,name,label,calculation",
                "select_one_from_file cities.csv,city,City,",
                "calculate,country,,\"pulldata('cities', 'country', 'name', ${city})\"");
        FormFolders.write(folder, "cities.csv", CITIES);
        Form form = FormLoader.load(folder);
        java.nio.file.Files.delete(folder.resolve("cities.csv"));
        Form stored = FormLoader.fromSource(form.source().text());
        assertThat(stored.body()).isEqualTo(form.body());
        assertThat(stored.choicesOf(q(stored, "city")).orElseThrow().choices()).extracting(Choice::name)
                .containsExactly("cardiff", "swansea", "leeds");
        FormSession s = session(stored);
        s.setAnswer("city", "leeds");
        assertThat(s.answer("country")).isEqualTo("england");
        assertThat(errors(folder)).containsExactly("kept/survey.csv row 2, column type: select_one_from_file "
                + "cities.csv reads cities.csv beside the form, but the file is not there: put cities.csv in the "
                + "same folder as the form (ODK sends it with the form as media)");
    }

    @Test
    void missingFilesAreNamedWithTheRowThatReadsThem() {
        Path folder = FormFolders.form(dir, "missing", "type,name,label,calculation",
                "csv-external,fruits,,",
                "xml-external,towns,,",
                "select_multiple_from_file shops.xml,shop,Shop,",
                "calculate,price,,\"pulldata('prices', 'price', 'name', 'apple')\"",
                "calculate,town,,instance('towns')/root/item[1]/name",
                "calculate,fruit,,instance('fruits')/root/item[1]/name");
        assertThat(errors(folder)).containsExactly(
                "missing/survey.csv row 2, column type: csv-external fruits reads fruits.csv beside the form, but the "
                        + "file is not there: put fruits.csv in the same folder as the form (ODK sends it with the "
                        + "form as media)",
                "missing/survey.csv row 3, column type: xml-external towns reads towns.xml beside the form, but the "
                        + "file is not there: put towns.xml in the same folder as the form (ODK sends it with the "
                        + "form as media)",
                "missing/survey.csv row 4, column type: select_multiple_from_file shops.xml reads shops.xml beside "
                        + "the form, but the file is not there: put shops.xml in the same folder as the form (ODK "
                        + "sends it with the form as media)",
                "missing/survey.csv row 5, column calculation: reads instance prices, but no file prices.csv is "
                        + "beside the form and no choice list is named prices; put prices.csv in the same folder as "
                        + "the form (and declare it with a row csv-external prices or read it with "
                        + "pulldata('prices', ...))");
    }

    @Test
    void badFilesAndPathsAreNamedWithFileRowAndColumn() {
        Path folder = FormFolders.form(dir, "bad", "type,name,label,calculation",
                "select_one_from_file places.geojson,place,Place,",
                "select_one_from_file shops.txt,shop,Shop,",
                "select_one_from_file towns.xml,town,Town,",
                "select_one_from_file cities.csv,city,City,",
                "csv-external,fruits,,",
                "calculate,price,,instance('fruits')/root/item[nam = 'apple']/cost",
                "calculate,unused,,instance('fruits')/root/item[name = 'apple']/price/more");
        FormFolders.write(folder, "towns.xml", "<root><item><name>a</name></item>", "<item></root>");
        FormFolders.write(folder, "cities.csv", "code,label", "cdf,\"Cardiff");
        FormFolders.write(folder, "fruits.csv", "name,price", "apple,1");
        assertThat(errors(folder)).containsExactly(
                "bad/towns.xml row 2: not well-formed XML: The element type \"item\" must be terminated by the "
                        + "matching end-tag \"</item>\".; ODK's shape is <root><item><name>..</name><label>..</label>"
                        + "</item></root>",
                "bad/cities.csv row 2: a quoted cell (\"...) starting on line 2 is never closed; close it, and write "
                        + "a \" inside a cell as \"\"",
                "bad/survey.csv row 2, column type: select_one_from_file places.geojson: choices from a GeoJSON file "
                        + "are picked on a map in ODK Collect, which a laptop kiosk cannot show; give the places as "
                        + "cities.csv (columns name, label) or use ODK Collect for this part",
                "bad/survey.csv row 3, column type: select_one_from_file shops.txt: the file must be a .csv or .xml "
                        + "file (e.g. shops.csv with columns name and label)",
                "bad/survey.csv row 7, column calculation: instance fruits has no column cost (its columns: name, "
                        + "price)",
                "bad/survey.csv row 7, column calculation: instance fruits has no column nam (its columns: name, "
                        + "price)",
                "bad/survey.csv row 8, column calculation: cannot parse the expression: write an instance path as "
                        + "instance('fruits')/root/item[...]/column at character 1");
    }

    @Test
    void aFileWithoutItsValueColumnAndAnUnusedInstanceAreNamed() {
        Path folder = FormFolders.form(dir, "cols", "type,name,label", "select_one_from_file cities.csv,city,City");
        FormFolders.write(folder, "cities.csv", "code,label", "cdf,Cardiff");
        assertThat(errors(folder)).containsExactly("cols/survey.csv row 2, column type: cities.csv has no column "
                + "name (its columns: code, label); add it, or name the column of the choice values with parameters "
                + "value=COLUMN");
        Path unused = FormFolders.form(dir, "unused", "type,name,label", "csv-external,fruits,", "text,t,T");
        FormFolders.write(unused, "fruits.csv", "name,price", "apple,1");
        assertThat(load(unused).warnings()).extracting(Problem::toString).containsExactly("unused/survey.csv row 2, "
                + "column name: instance fruits is declared but no expression reads it (instance('fruits')/root/"
                + "item[...]/column or pulldata('fruits', ...)); it is kept with the form and not used");
    }

    @Test
    void anExportedWorkbookHasTheFilesBesideItAndLoadsAsTheSameForm() throws Exception {
        Path folder = FormFolders.form(dir, "exported", "type,name,label,calculation",
                "select_one_from_file cities.csv,city,City,",
                "xml-external,towns,,",
                "calculate,code,,instance('towns')/root/item[name = ${city}]/code");
        FormFolders.write(folder, "cities.csv", CITIES);
        FormFolders.write(folder, "towns.xml", "<root><item><name>cardiff</name><code>CDF &amp; co</code></item>",
                "<item><name>leeds</name></item></root>");
        Form form = load(folder);
        Path out = java.nio.file.Files.createDirectories(dir.resolve("out")).resolve("exported.xlsx");
        org.concord.forms.XlsFormWriter.write(form, out);
        assertThat(out.resolveSibling("cities.csv")).exists();
        assertThat(out.resolveSibling("towns.xml")).exists();
        Form workbook = FormLoader.load(out);
        assertThat(workbook.source().sha256()).as("the workbook and its files give the same form text")
                .isEqualTo(form.source().sha256());
        FormSession s = session(workbook);
        s.setAnswer("city", "cardiff");
        assertThat(s.answer("code")).isEqualTo("CDF & co");
    }

    @Test
    void aFileThatDoesNotParseIsReportedOnceByItsName() {
        Path folder = FormFolders.form(dir, "unclosed", "type,name,label,calculation",
                "select_one_from_file cities.csv,city,City,",
                "calculate,code,,\"pulldata('fruits', 'price', 'name', 'apple')\"");
        FormFolders.write(folder, "cities.csv", "name,label", "cardiff,Cardiff", "swansea,\"Swansea", "leeds,Leeds");
        FormFolders.write(folder, "fruits.csv", "name,price", "apple,\"1");
        assertThat(errors(folder)).as("one problem for each file, naming it, and none that says it is not there")
                .containsExactly("unclosed/fruits.csv row 2: a quoted cell (\"...) starting on line 2 is never closed; "
                        + "close it, and write a \" inside a cell as \"\"", "unclosed/cities.csv row 3: a quoted cell "
                        + "(\"...) starting on line 3 is never closed; close it, and write a \" inside a cell as \"\"");
    }
}
