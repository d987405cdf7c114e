package org.concord.app.ui.start;

import java.nio.file.Path;
import java.util.List;
import org.concord.forms.Form;
import org.concord.study.LocalAuthority;

/**
 * What the researcher entered to create a study.
 *
 * @param file the new study file
 * @param form the validated form
 * @param las  the local authorities
 * @param pin  the admin PIN
 */
public record NewStudy(Path file, Form form, List<LocalAuthority> las, char[] pin) {
    public NewStudy {
        las = List.copyOf(las);
    }
}
