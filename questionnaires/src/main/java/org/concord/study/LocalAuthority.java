package org.concord.study;

/**
 * A local authority in a study's LA list.
 *
 * @param code the LA code used in rates files (e.g. {@code E09000002} or an old code such as {@code 301})
 * @param name the LA name as shown to researchers
 */
public record LocalAuthority(String code, String name) {
}
