package org.concord.study;

import java.lang.reflect.InvocationTargetException;
import org.concord.forms.Form;

/** Loads a stored form text with the forms module's {@code FormLoader.fromSource}. */
final class FormText {
    private FormText() {
    }

    /** The form of the stored text. */
    static Form load(String text) {
        // Looked up by name until the forms branch (FormLoader) is merged into this one.
        try {
            Class<?> loader = Class.forName("org.concord.forms.FormLoader");
            return (Form) loader.getMethod("fromSource", String.class).invoke(null, text);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this build has no form loader (org.concord.forms.FormLoader)", e);
        }
    }
}
