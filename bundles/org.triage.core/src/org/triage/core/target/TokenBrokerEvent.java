package org.triage.core.target;

import java.time.Instant;

/**
 * A token request the token broker (Web Account Manager and the CloudAP plug-in) recorded as failed in the
 * {@code Microsoft-Windows-AAD/Operational} log.
 *
 * @param eventId       1098 (token broker operation failed), 1097, 1104 (CloudAP plug-in call), 1081 (OAuth
 *                      response error), 1025 (HTTP request status) ...
 * @param code          what says most about the failure: an AADSTS code, else the broker's error code
 *                      ({@code 0xCAA5001C}), else the inner error, an OAuth error or an HTTP status
 * @param errorCode     the event's own error code; null where it names none
 * @param innerCode     the inner error of the broker operation ({@code 0xCAA20009}); null where none
 * @param app           the client id or package that asked for the token; null where the event does not name it
 * @param correlationId null where the event carries none
 * @param message       the event's message as Windows rendered it
 */
public record TokenBrokerEvent(Instant time, int eventId, String code, String errorCode, String innerCode,
        String operation, String app, String correlationId, String message) {
}
