package org.triage.export.tests;

import java.util.List;

/** Secrets as tools and careless fixes write them. None is real; all must stay out of every export. */
public final class Secrets {

    /** A signed JWT of the shape Entra ID issues (header, claims, signature). */
    public static final String JWT = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIsImtpZCI6Ik1uQ19WWmNBVGZNNXBPWWlKSE1iYTlnb0VL"
            + "WSJ9.eyJhdWQiOiJodHRwczovL2dyYXBoLm1pY3Jvc29mdC5jb20iLCJpc3MiOiJodHRwczovL3N0cy53aW5kb3dzLm5ldC8iLCJ1cG4i"
            + "OiJhbGV4QGNvbnRvc28uY29tIiwic2NwIjoiRmlsZXMuUmVhZFdyaXRlIn0.Zm9yZ2VkLXNpZ25hdHVyZS10aGF0LWlzLWxvbmctZW5vdW"
            + "doLXRvLWxvb2stcmVhbC0wMTIzNDU2Nzg5";
    public static final String PASSWORD = "Hunter2!Vpn#2026";
    /** An Entra ID v2 refresh token's shape. */
    public static final String REFRESH_TOKEN = "0.AXoAnBcgL3m8G0qkqv1n7Q9sKJ3xZpVbW2nR8tYq4uE6oA1cD5fG7hJ9kL0mN2pQ3rS4tU5"
            + "vW6xY7zA8bC9dE0fG1hI2jK3lM4nO5pQ6rS7tU8vW9xY0zA1bC2dE3fG4hI5jK6lM7nO8pQ9rS0tU1vW2xY3zA4bC5dE6fG7";
    /** An ESTSAUTHPERSISTENT cookie value. */
    public static final String COOKIE = "0.AXoAz9YqW3eR5tY7uI9oP1aS3dF5gH7jK9lZ2xC4vB6nM8qW0eR2tY4uI6oP8aS0dF2gH4jK6lZ";
    public static final String CLIENT_SECRET = "Qx7~aB3cD.eF5gH-iJ9kL_mN1oP2qR4sT6uV8w";
    public static final String API_KEY = "4f9c2e7a1b8d4c3e9f0a6b5d7c2e1f3a";

    /** Every secret, and the parts of the JWT that must not survive on their own either. */
    public static List<String> all() {
        String[] jwtParts = JWT.split("\\.");
        return List.of(JWT, jwtParts[0], jwtParts[1], jwtParts[2], PASSWORD, REFRESH_TOKEN, COOKIE, CLIENT_SECRET,
                API_KEY);
    }

    private Secrets() {
    }
}
