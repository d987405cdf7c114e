package org.concord.app.kiosk;

import java.util.HashMap;
import java.util.Map;
import org.concord.app.base.Language;
import org.concord.app.base.Texts;
import org.concord.session.RepeatTexts;

/** The kiosk's words for repeats, from its bundles in English and Welsh. */
final class RepeatWords implements RepeatTexts {
    private final Map<String, Texts> byCode = new HashMap<>();

    private Texts in(String code) {
        return byCode.computeIfAbsent(code, c -> new Texts("kiosk", Language.ofCode(c)));
    }

    @Override
    public String addAnother(String languageCode, String repeatLabel) {
        return in(languageCode).get("kiosk.repeat.add", repeatLabel);
    }

    @Override
    public String yes(String languageCode) {
        return in(languageCode).get("kiosk.repeat.yes");
    }

    @Override
    public String no(String languageCode) {
        return in(languageCode).get("kiosk.repeat.no");
    }
}
