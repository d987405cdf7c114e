package org.concord.forms.xlsform;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.concord.forms.Group;
import org.concord.forms.Node;
import org.concord.forms.Question;
import org.concord.forms.Repeat;

/**
 * Renames the elements whose name is used in more than one group to their path keys ({@code father/age}), see
 * {@link ElementNames}; every other element keeps its name. An or_other text question follows its select: its
 * relevance names the select's key.
 */
final class PathKeys {
    private final ElementNames names;
    /** Each renamed element to its renamed copy. */
    private final Map<Node, Node> renamed = new IdentityHashMap<>();

    private PathKeys(ElementNames names) {
        this.names = names;
    }

    /**
     * The body a reader read with path keys for names used in more than one group (its entries renamed alike), each
     * such name warned once.
     */
    static List<Node> keyed(SurveyReader reader, List<Node> body) {
        PathKeys keys = new PathKeys(reader.elementNames);
        List<Node> keyed = keys.children(body, List.of());
        reader.entries.replaceAll(e -> new SurveyReader.Entry(e.row(), e.cells(),
                keys.renamed.getOrDefault(e.node(), e.node())));
        reader.elementNames.storedAs().forEach(w -> reader.warnings.add(reader.sheet().problem(w.row(),
                reader.cols.header("name"), w.message())));
        return keyed;
    }

    private List<Node> children(List<Node> nodes, List<String> path) {
        List<Node> out = new ArrayList<>(nodes.size());
        Question orOther = null;
        Question orOtherKeyed = null;
        for (Node node : nodes) {
            String key = names.key(node.name(), path);
            Node keyed;
            if (node instanceof Group g) {
                List<Node> inside = children(g.children(), with(path, g.name()));
                keyed = Objects.equals(key, g.name()) && same(inside, g.children()) ? g : new Group(key,
                        g.label(), g.relevant(), g.appearance(), g.randomize(), inside, g.row());
            } else if (node instanceof Repeat r) {
                List<Node> inside = children(r.children(), with(path, r.name()));
                keyed = Objects.equals(key, r.name()) && same(inside, r.children()) ? r : new Repeat(key,
                        r.label(), r.relevant(), r.repeatCount(), inside, r.row());
            } else {
                Question q = (Question) node;
                boolean other = orOther != null && q.row() == orOther.row()
                        && Objects.equals(q.name(), orOther.name() + "_other");
                if (other && orOtherKeyed != orOther) {
                    keyed = OrOther.textQuestion(orOtherKeyed).renamed(key, q.label());
                } else {
                    keyed = Objects.equals(key, q.name()) ? q : q.renamed(key, q.label());
                }
            }
            if (node instanceof Question q && q.options().orOther()) {
                orOther = q;
                orOtherKeyed = (Question) keyed;
            }
            if (keyed != node) {
                renamed.put(node, keyed);
            }
            out.add(keyed);
        }
        return out;
    }

    private static boolean same(List<Node> a, List<Node> b) {
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> with(List<String> path, String name) {
        List<String> out = new ArrayList<>(path);
        out.add(name == null ? "" : name); // a group without a name, reported where it begins
        return out;
    }
}
