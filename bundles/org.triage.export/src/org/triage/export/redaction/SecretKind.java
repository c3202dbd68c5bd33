package org.triage.export.redaction;

/** What a redacted value was, as the marker left in its place and the manifest's counts name it. */
public enum SecretKind {

    /** A JSON Web Token (an OAuth access or id token, a signed request): {@code eyJ…}. */
    JWT("jwt"),
    /** The value of an Authorization or Proxy-Authorization header. */
    AUTHORIZATION_HEADER("authorization-header"),
    /** A bearer token outside a header. */
    BEARER_TOKEN("bearer-token"),
    /** An OAuth access token, id token, authorization code or assertion given as a named value. */
    OAUTH_TOKEN("oauth-token"),
    /** A refresh token or primary refresh token (PRT), named or by its shape. */
    REFRESH_TOKEN("refresh-token"),
    /** A password or passphrase. */
    PASSWORD("password"),
    /** A client secret, shared secret, pre-shared key or account key. */
    SECRET("secret"),
    /** An API or subscription key, or a key of a well-known service by its shape. */
    API_KEY("api-key"),
    /** A cookie value, e.g. the ESTSAUTH session cookies of Entra ID. */
    COOKIE("cookie"),
    /** A PEM private key. */
    PRIVATE_KEY("private-key"),
    /** The password part of {@code scheme://user:password@host}. */
    URL_CREDENTIALS("url-credentials"),
    /** A long base64 blob in a credential context, or too long and random to be anything but a credential. */
    CREDENTIAL_BLOB("credential-blob"),
    /** The value of a fact whose name says it is secret ({@code Password}, {@code ClientSecret}, {@code Token}). */
    SECRET_FACT("secret-fact");

    private final String label;

    SecretKind(String label) {
        this.label = label;
    }

    /** The stable name used in markers and in the manifest, e.g. {@code jwt}. */
    public String label() {
        return label;
    }

    /** What replaces a value of this kind, e.g. {@code [REDACTED:jwt]}. */
    public String marker() {
        return Redactor.MARKER_PREFIX + label + "]";
    }
}
