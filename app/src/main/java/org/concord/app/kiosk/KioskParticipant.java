package org.concord.app.kiosk;

import java.util.UUID;

/**
 * The participant the kiosk is serving.
 *
 * @param id       the participant's random UUID
 * @param code     the short human code shown to the researcher
 * @param language the language code they started in
 * @param seed     the seed of their randomised groups
 */
public record KioskParticipant(UUID id, String code, String language, long seed) {
}
