package org.triage.export.pseudonyms;

/** What a pseudonym stands for; the map and the manifest's counts name these. */
public enum IdentifierKind {

    /** A user name, the local part of a UPN or e-mail address, a display name. */
    USER("user"),
    /** A machine's name, bare (NetBIOS) or as the first label of its FQDN. */
    HOST("host"),
    /** A DNS domain of the customer: UPN suffix, DNS suffix, the parent of a host's FQDN. */
    DOMAIN("domain"),
    /** A tenant, company or NetBIOS domain name. */
    ORGANISATION("organisation"),
    /** A tenant, device, key or object id. */
    GUID("guid"),
    IPV4("ipv4"),
    IPV6("ipv6"),
    MAC("mac"),
    /** A hardware identifier longer than a MAC address, e.g. a DHCPv6 DUID. */
    HARDWARE_ID("hardware-id"),
    /** A certificate thumbprint or serial number that identifies the device. */
    THUMBPRINT("thumbprint"),
    /** The domain part of a security identifier (S-1-5-21-…, S-1-12-1-…); the relative id stays. */
    SID("sid");

    private final String label;

    IdentifierKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
