package org.triage.formats;

import java.time.Instant;

/**
 * One RasClient event from the Application log: event 20221 is written when a user starts dialing a VPN
 * profile, and its message names the profile.
 *
 * @param timeCreated when the event was written
 * @param id          the event id
 * @param message     the rendered message, in the machine's language
 */
public record RasDialEvent(Instant timeCreated, int id, String message) {

    public RasDialEvent {
        message = message == null ? "" : message;
    }
}
