package org.concord.app.base;

import java.util.List;

/**
 * A text to show, as a message key and its arguments: what Swing-free screen models say, turned into words by
 * {@link Texts#get(Message)} in the current language.
 *
 * @param key  the key in the screen's bundle
 * @param args the arguments filled into the text
 */
public record Message(String key, List<Object> args) {
    /** A message with {@code args}. */
    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }
}
