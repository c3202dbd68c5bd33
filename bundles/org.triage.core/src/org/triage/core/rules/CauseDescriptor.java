package org.triage.core.rules;

/**
 * One {@code <cause>} of {@code org.triage.core.rules}: a cause findings may name.
 *
 * @param rank   where the evidence puts its fixes in the playbook; lower first
 * @param advice   what to do where no installed fix addresses the cause; null where a fix does
 * @param handedTo who fixes it where it is fixed outside the workstation (a tenant's policy): the playbook hands it
 *                 over with the advice and never reports it resolved; null where the workstation is repaired
 */
public record CauseDescriptor(String id, String title, int rank, String advice, String handedTo, String contributor,
        String contributorVersion) {

    /** "bundle 1.2.3", for messages about this contribution. */
    public String origin() {
        return contributor + (contributorVersion == null ? "" : " " + contributorVersion);
    }
}
