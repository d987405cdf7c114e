package org.concord.study;

import org.concord.forms.Form;
import org.concord.forms.FormLoader;

/** Loads a stored form text with the forms module's {@link FormLoader#fromSource}. */
final class FormText {
    private FormText() {
    }

    /** The form of the stored text. */
    static Form load(String text) {
        return FormLoader.fromSource(text);
    }
}
