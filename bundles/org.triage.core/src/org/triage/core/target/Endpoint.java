package org.triage.core.target;

import java.util.List;

/**
 * An authentication endpoint to test.
 *
 * @param pattern the catalogue entry it stands for, e.g. {@code *.msftauth.net}
 */
public record Endpoint(String host, int port, String pattern) {

    /** The Entra ID / Microsoft 365 sign-in endpoints, wildcards mapped to a concrete host to test. */
    public static final List<Endpoint> AUTHENTICATION = List.of(
            new Endpoint("login.microsoftonline.com", 443, "login.microsoftonline.com"),
            new Endpoint("login.microsoft.com", 443, "login.microsoft.com"),
            new Endpoint("login.windows.net", 443, "login.windows.net"),
            new Endpoint("device.login.microsoftonline.com", 443, "device.login.microsoftonline.com"),
            new Endpoint("enterpriseregistration.windows.net", 443, "enterpriseregistration.windows.net"),
            new Endpoint("aadcdn.msftauth.net", 443, "*.msftauth.net"),
            new Endpoint("aadcdn.msauth.net", 443, "*.msauth.net"),
            new Endpoint("graph.microsoft.com", 443, "graph.microsoft.com"));
}
