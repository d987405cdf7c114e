package org.concord.app.base;

import java.util.List;

/**
 * A text to show, as a message key and its arguments: what Swing-free screen models say, turned into words by
 * {@link Texts#get(Message)} in the current language.
 *
 * @param key  the key in the screen's bundle, or null for a {@link #plain} text
 * @param args the arguments filled into the text
 */
public record Message(String key, List<Object> args) {
    /** A text shown as it is (a problem the library already worded). */
    public static Message plain(String text) {
        return new Message(null, List.of(text));
    }

    /** A message with {@code args}. */
    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }
}
