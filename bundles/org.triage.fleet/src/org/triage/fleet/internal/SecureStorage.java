package org.triage.fleet.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.triage.fleet.FleetException;

/** The only class that touches org.eclipse.equinox.security, so that the bundle works without it. */
final class SecureStorage {

    private SecureStorage() {
    }

    static Optional<Properties> read(String root, String url) {
        ISecurePreferences preferences = SecurePreferencesFactory.getDefault();
        if (preferences == null) {
            return Optional.empty();
        }
        String path = root + "/" + URLEncoder.encode(url, StandardCharsets.UTF_8);
        if (!preferences.nodeExists(path)) {
            return Optional.empty();
        }
        ISecurePreferences node = preferences.node(path);
        try {
            String user = node.get("user", null);
            return user == null ? Optional.empty()
                    : Optional.of(FleetCredentials.properties(user, node.get("password", "")));
        } catch (StorageException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static void write(String root, String url, String user, char[] password) throws FleetException {
        ISecurePreferences preferences = SecurePreferencesFactory.getDefault();
        if (preferences == null) {
            throw new FleetException("the secure storage cannot be opened");
        }
        ISecurePreferences node = preferences.node(root + "/" + URLEncoder.encode(url, StandardCharsets.UTF_8));
        try {
            node.put("user", user, false);
            node.put("password", new String(password), true);
            preferences.flush();
        } catch (StorageException | IOException e) {
            throw new FleetException("cannot store the credentials in the secure storage: " + e.getMessage(), e);
        }
    }
}
