package org.concord.forms.expr;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

/**
 * The secondary instances a form's expressions may read with {@code instance('NAME')/root/item[...]} and
 * {@code pulldata('NAME', ...)}: the CSV and XML files beside the form and the form's choice lists, by name. Filled
 * while the form loads (the choice lists after the survey sheet is read), then only read.
 */
public final class SecondaryInstances {
    private final Map<String, InstanceTable> tables = Collections.synchronizedMap(new LinkedHashMap<>());

    /** Adds an instance; the first of one name is kept. */
    public void put(String name, InstanceTable table) {
        tables.putIfAbsent(name, table);
    }

    /** The instance of this name, or null. */
    public InstanceTable get(String name) {
        return tables.get(name);
    }

    /** The names of the instances, in the order added. */
    public List<String> names() {
        synchronized (tables) {
            return List.copyOf(tables.keySet());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SecondaryInstances s && s.tables.equals(tables);
    }

    @Override
    public int hashCode() {
        return tables.keySet().hashCode();
    }
}
