package org.triage.install;

/**
 * Content whose bytes do not match what its repository publishes for it (a checksum) or what its signature covers:
 * refused under any policy, as the install policy refuses, and never reported as a download problem.
 */
public final class TamperedContentException extends InstallException {

    private static final long serialVersionUID = 1L;

    public TamperedContentException(String message) {
        super(message);
    }
}
