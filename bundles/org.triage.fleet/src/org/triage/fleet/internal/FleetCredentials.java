package org.triage.fleet.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.core.runtime.ILog;
import org.triage.fleet.FleetException;

/**
 * Where the user name and password of a shared fleet database come from: the environment
 * ({@value #USER_VARIABLE}, {@value #PASSWORD_VARIABLE}) first, then Eclipse secure storage under the URL. Never
 * the command line.
 */
public final class FleetCredentials {

    public static final String USER_VARIABLE = "TRIAGE_FLEET_DB_USER";
    public static final String PASSWORD_VARIABLE = "TRIAGE_FLEET_DB_PASSWORD";
    private static final String SECURE_NODE = "org.triage.fleet";

    /** Finds the credentials for a URL. */
    @FunctionalInterface
    public interface Source {
        Optional<Properties> find(String url);
    }

    private FleetCredentials() {
    }

    /** The environment of this process, then the secure storage. */
    public static Source standard() {
        return url -> fromEnvironment(System.getenv()).or(() -> fromSecureStorage(url));
    }

    public static Optional<Properties> fromEnvironment(Map<String, String> environment) {
        String user = environment.get(USER_VARIABLE);
        if (user == null || user.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(properties(user, environment.getOrDefault(PASSWORD_VARIABLE, "")));
    }

    static Properties properties(String user, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password == null ? "" : password);
        return properties;
    }

    /** The credentials stored for the URL, where secure storage is installed and holds them. */
    public static Optional<Properties> fromSecureStorage(String url) {
        try {
            return SecureStorage.read(SECURE_NODE, url);
        } catch (NoClassDefFoundError e) {
            // the bundle org.eclipse.equinox.security is optional: without it only the environment counts
            return Optional.empty();
        } catch (RuntimeException e) {
            ILog.of(FleetCredentials.class).warn("Cannot read the fleet database credentials from secure storage: "
                    + e.getMessage(), e);
            return Optional.empty();
        }
    }

    /** Stores the credentials for the URL in secure storage, encrypted. */
    public static void store(String url, String user, char[] password) throws FleetException {
        FleetDatabase.refuseSecretsIn(url);
        try {
            SecureStorage.write(SECURE_NODE, url, user, password);
        } catch (NoClassDefFoundError e) {
            throw new FleetException("Eclipse secure storage (org.eclipse.equinox.security) is not installed; set "
                    + USER_VARIABLE + " and " + PASSWORD_VARIABLE + " instead", e);
        }
    }
}
