package org.triage.core.target;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Something a fix asks a target to do. Targets carry it out (live), simulate it (demo) or turn it into
 * an instruction for the user (snapshot). Every action knows how to say what it will change, the
 * Windows command an admin would type for it, and the manual steps for a user.
 */
public sealed interface TargetAction {

    /** The id of {@link SetRegistryValue}. */
    String SET_REGISTRY_VALUE = "registry.set";

    /** The id of {@link ResyncClock}. */
    String RESYNC_CLOCK = "clock.resync";

    /** The id of {@link RemoveCredential}, which views use to find the credentials a plan removes. */
    String REMOVE_CREDENTIAL = "credentials.remove";

    /**
     * The ids of every kind of action, as fixes declare them in {@code <uses action="..."/>} of
     * {@code org.triage.core.fixes}.
     */
    List<String> IDS = List.of(REMOVE_CREDENTIAL, "onedrive.reset", "onedrive.restart", "vpn.disconnect",
            "vpn.connect", "dns.flush", "ip.release-renew", "device.reregister", "command.run", "folder.clear",
            "application.close", "entra.device-enable", SET_REGISTRY_VALUE, RESYNC_CLOCK);

    /**
     * The kinds of action that drop the workstation's network connection while they run, cutting a remote session
     * to it: a fix that uses one asks first, as a destructive one does.
     */
    List<String> DROPS_CONNECTIVITY = List.of("vpn.disconnect", "ip.release-renew");

    /**
     * The kinds of action that change Windows' system settings (security protocols, policies): a fix that uses one asks
     * first, showing each value before and after.
     */
    List<String> CHANGES_SYSTEM_SETTINGS = List.of(SET_REGISTRY_VALUE);

    /** The kinds of action whose {@link #command()} is a procedure for a person to follow, not a command line. */
    List<String> PROCEDURES = List.of("device.reregister");

    /** A stable name recorded with every change, e.g. {@code credentials.remove}. */
    String id();

    /** What is changed: a credential target, a VPN profile, "DNS client cache". */
    String subject();

    /** One line saying exactly what will change. */
    String description();

    /** The command an admin would run for it on Windows, for the preview and the record. */
    String command();

    /** The step a user follows where the console cannot act itself. */
    String instruction();

    /** Whether it removes or resets something that is not simply re-created. */
    boolean destructive();

    record RemoveCredential(String targetName, String type) implements TargetAction {
        public String id() {
            return REMOVE_CREDENTIAL;
        }

        public String subject() {
            return targetName;
        }

        public String description() {
            return "Remove the cached " + type + " credential '" + targetName + "' from Windows Credential Manager";
        }

        public String command() {
            return "cmdkey /delete:\"" + targetName + "\"";
        }

        public String instruction() {
            return "Open Control Panel > Credential Manager > Windows Credentials and remove '" + targetName + "'";
        }

        public boolean destructive() {
            return true;
        }
    }

    record ResetOneDrive() implements TargetAction {
        public String id() {
            return "onedrive.reset";
        }

        public String subject() {
            return "OneDrive";
        }

        public String description() {
            return "Reset OneDrive: its sync settings and connection are reset; files on this PC are kept";
        }

        public String command() {
            return "%LOCALAPPDATA%\\Microsoft\\OneDrive\\onedrive.exe /reset";
        }

        public String instruction() {
            return "Press Win+R, run %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset, wait two minutes";
        }

        public boolean destructive() {
            return true;
        }
    }

    record RestartOneDrive() implements TargetAction {
        public String id() {
            return "onedrive.restart";
        }

        public String subject() {
            return "OneDrive";
        }

        public String description() {
            return "Restart OneDrive so it signs in again";
        }

        public String command() {
            return "taskkill /im onedrive.exe /f & start \"\" \"%LOCALAPPDATA%\\Microsoft\\OneDrive\\onedrive.exe\"";
        }

        public String instruction() {
            return "Quit OneDrive from its tray icon, then start OneDrive from the Start menu and sign in";
        }

        public boolean destructive() {
            return false;
        }
    }

    /**
     * Disconnects a VPN through the hands that can: rasdial for a Windows VPN profile ({@code client} null or
     * {@link VpnClient#WINDOWS_RAS}), the client's own command line where it has one that works unattended,
     * otherwise the user, in the client's own words. {@link #command()} is null where only the user can.
     *
     * @param client null for a profile of the target's own VPN (RAS on Windows, NetworkManager on Linux)
     */
    record DisconnectVpn(String connectionName, VpnClient client) implements TargetAction {

        public DisconnectVpn(String connectionName) {
            this(connectionName, null);
        }

        public String id() {
            return "vpn.disconnect";
        }

        public String subject() {
            return connectionName;
        }

        public String description() {
            return "Disconnect the VPN " + (isProfile(client) ? "connection '" + connectionName + "'"
                    : client.displayName() + " ('" + connectionName + "')");
        }

        public String command() {
            if (isProfile(client)) {
                return "rasdial \"" + connectionName + "\" /disconnect";
            }
            return client.hasCommandLine() ? '"' + VpnClient.VPNCLI_LOCATIONS.get(0) + "\" disconnect" : null;
        }

        public String instruction() {
            return isProfile(client) ? "Disconnect the VPN '" + connectionName + "' (network icon > VPN > Disconnect)"
                    : client.disconnectInstruction();
        }

        public boolean destructive() {
            return false;
        }
    }

    /**
     * Connects a VPN again. Where the VPN remembers a password that has since changed ({@code signInAgain}), or the
     * client asks for the password when it connects (every third-party client), the user connects and signs in:
     * rasdial would dial with the old password, and a password never goes on a command line.
     *
     * @param client null for a profile of the target's own VPN (RAS on Windows, NetworkManager on Linux)
     */
    record ConnectVpn(String connectionName, VpnClient client, boolean signInAgain) implements TargetAction {

        public ConnectVpn(String connectionName) {
            this(connectionName, null, false);
        }

        public String id() {
            return "vpn.connect";
        }

        public String subject() {
            return connectionName;
        }

        public String description() {
            return "Connect the VPN " + (isProfile(client) ? "connection '" + connectionName + "'"
                    : client.displayName() + " ('" + connectionName + "')") + " again"
                    + (signInAgain ? ", signing in with the new password" : "");
        }

        public String command() {
            return isProfile(client) && !signInAgain ? "rasdial \"" + connectionName + "\"" : null;
        }

        public String instruction() {
            String connect = isProfile(client) ? "Connect the VPN '" + connectionName + "' again and sign in"
                    : client.connectInstruction();
            return signInAgain ? connect + " with your NEW password (the VPN remembers the old one: replace it when "
                    + "asked, or clear the saved sign-in info in the connection's Advanced options first)" : connect;
        }

        public boolean destructive() {
            return false;
        }
    }

    private static boolean isProfile(VpnClient client) {
        return client == null || client == VpnClient.WINDOWS_RAS;
    }

    /**
     * An Entra ID administrator re-enables the device object the workstation's certificate belongs to. It is done
     * in the tenant, not on the workstation: targets hand it to the admin (the demo, which simulates the tenant too,
     * carries it out). A device that was deleted cannot be re-enabled: it is registered anew after this step.
     */
    record EnableDeviceInEntra(String deviceId, String hostname) implements TargetAction {

        public EnableDeviceInEntra {
            if (deviceId == null || !deviceId.matches("[0-9a-fA-F-]{36}")) {
                throw new IllegalArgumentException("'" + deviceId + "' is not a device id as dsregcmd shows it");
            }
        }

        public String id() {
            return "entra.device-enable";
        }

        public String subject() {
            return "Entra ID device " + deviceId + (hostname == null ? "" : " (" + hostname + ")");
        }

        public String description() {
            return "An Entra ID administrator enables the device object " + deviceId
                    + " again (accountEnabled: true); where it was deleted, it is registered anew afterwards";
        }

        /** The Microsoft Graph call, addressed by the device id dsregcmd shows (the alternate key of devices). */
        public String command() {
            return "PATCH https://graph.microsoft.com/v1.0/devices(deviceId='" + deviceId + "') "
                    + "{\"accountEnabled\": true}";
        }

        public String instruction() {
            return "An Entra ID administrator (Cloud Device Administrator or higher) opens the Microsoft Entra admin "
                    + "center > Identity > Devices > All devices, searches for the device ID " + deviceId
                    + (hostname == null ? "" : " (" + hostname + ")") + ", selects it and clicks Enable; with Microsoft "
                    + "Graph: " + command() + ". If the device is not listed it was deleted: the workstation is then "
                    + "registered again (the next step)";
        }

        public boolean destructive() {
            return false;
        }
    }

    record FlushDns() implements TargetAction {
        public String id() {
            return "dns.flush";
        }

        public String subject() {
            return "DNS client cache";
        }

        public String description() {
            return "Empty the DNS client cache";
        }

        public String command() {
            return "ipconfig /flushdns";
        }

        public String instruction() {
            return "Open a command prompt and run: ipconfig /flushdns";
        }

        public boolean destructive() {
            return false;
        }
    }

    record RenewIpAddresses() implements TargetAction {
        public String id() {
            return "ip.release-renew";
        }

        public String subject() {
            return "DHCP leases";
        }

        public String description() {
            return "Release and renew the DHCP leases of all adapters (connections drop for a few seconds)";
        }

        public String command() {
            return "ipconfig /release && ipconfig /renew";
        }

        public String instruction() {
            return "In a command prompt run: ipconfig /release, then ipconfig /renew";
        }

        public boolean destructive() {
            return false;
        }
    }

    record ReregisterDevice() implements TargetAction {
        public String id() {
            return "device.reregister";
        }

        public String subject() {
            return "Work account / device registration";
        }

        public String description() {
            return "Disconnect the work account and connect it again, which re-registers the device in Entra ID";
        }

        public String command() {
            return "dsregcmd /leave, then Settings > Accounts > Access work or school > Connect";
        }

        public String instruction() {
            return "Settings > Accounts > Access work or school: select the work account, Disconnect, restart, "
                    + "then Connect and sign in with the new password";
        }

        public boolean destructive() {
            return true;
        }
    }

    /**
     * A command a fix needs that the core does not name (a VPN client's CLI, a cache folder to clear).
     * Targets run it audited: the exact command line and result go into the session.
     */
    record RunCommand(String executable, List<String> arguments, String purpose, boolean destructive)
            implements TargetAction {

        public RunCommand {
            arguments = List.copyOf(arguments);
        }

        public String id() {
            return "command.run";
        }

        public String subject() {
            return executable;
        }

        public String description() {
            return purpose + ": " + command();
        }

        public String command() {
            StringBuilder line = new StringBuilder(quote(executable));
            arguments.forEach(argument -> line.append(' ').append(quote(argument)));
            return line.toString();
        }

        public String instruction() {
            return purpose + ". In a command prompt run: " + command();
        }

        private static String quote(String part) {
            return part.isEmpty() || part.chars().anyMatch(Character::isWhitespace) ? '"' + part + '"' : part;
        }
    }

    /**
     * Deletes everything in a folder under the user's application data (a cache a client keeps), keeping the
     * folder itself. The folder is checked when the action is made (see {@link UserProfilePath}), so a fix
     * cannot name one outside the user's application data.
     */
    record ClearFolder(UserProfilePath folder, String purpose) implements TargetAction {

        public ClearFolder {
            Objects.requireNonNull(folder, "folder");
            if (purpose == null || purpose.isBlank()) {
                throw new IllegalArgumentException("say why the folder " + folder + " is cleared");
            }
        }

        /** @throws IllegalArgumentException where the folder is not one a fix may clear */
        public ClearFolder(String folder, String purpose) {
            this(UserProfilePath.parse(folder), purpose);
        }

        public String id() {
            return "folder.clear";
        }

        public String subject() {
            return folder.toString();
        }

        public String description() {
            return purpose + ": delete everything in " + folder + " (the folder itself stays)";
        }

        public String command() {
            String below = String.join("\\", folder.names()).replace("'", "''");
            return "powershell -NoProfile -Command \"Remove-Item -Recurse -Force -Path (Join-Path $env:"
                    + folder.variable() + " '" + below + "\\*')\"";
        }

        public String instruction() {
            return purpose + ". Open File Explorer at " + folder + " and delete everything in it (keep the folder)";
        }

        public boolean destructive() {
            return true;
        }
    }

    /**
     * Asks a running application to close, as a user would (it may ask to save open documents); an
     * application that is not running counts as closed. Fixes use it before clearing files the application
     * holds open.
     */
    record CloseApplication(String imageName, String displayName) implements TargetAction {

        private static final Pattern IMAGE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._ -]*\\.exe",
                Pattern.CASE_INSENSITIVE);

        public CloseApplication {
            if (imageName == null || !IMAGE_NAME.matcher(imageName).matches()) {
                throw new IllegalArgumentException("'" + imageName + "' is not an executable's file name such as WINWORD.EXE");
            }
            if (displayName == null || displayName.isBlank()) {
                throw new IllegalArgumentException("name the application that " + imageName + " is");
            }
            imageName = imageName.toUpperCase(Locale.ROOT);
        }

        public String id() {
            return "application.close";
        }

        public String subject() {
            return displayName;
        }

        public String description() {
            return "Close " + displayName + " (" + imageName + ") if it runs; it may ask to save open documents";
        }

        public String command() {
            return "taskkill /im " + imageName;
        }

        public String instruction() {
            return "Save your work and close " + displayName + ", including any window in the notification area";
        }

        public boolean destructive() {
            return false;
        }
    }

    /**
     * Sets (or, with {@code after} null, deletes) one value under {@code HKLM}. It knows the value it replaces, so the
     * change it records says before and after, and {@link #reverse()} is the action that puts it back.
     *
     * @param key    the key as {@code reg.exe} names it, {@code HKLM\SYSTEM\...}
     * @param kind   {@code REG_DWORD} or {@code REG_SZ}
     * @param before the value now, null where it is not set
     * @param after  the value to set, null to delete it
     */
    record SetRegistryValue(String key, String name, String kind, String before, String after) implements TargetAction {

        private static final Pattern KEY = Pattern.compile("HKLM\\\\[A-Za-z0-9 ._\\\\-]+");
        private static final Pattern RECORDED = Pattern.compile(
                "Set (HKLM\\\\.+)\\\\([^\\\\]+) \\((REG_DWORD|REG_SZ)\\) from (.*) to (.*)");
        private static final String NOT_SET = "(not set)";

        public SetRegistryValue {
            if (key == null || !KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("'" + key + "' is not a key under HKLM as reg.exe names it");
            }
            if (name == null || name.isBlank() || name.contains("\\") || name.contains("\"")) {
                throw new IllegalArgumentException("'" + name + "' is not a registry value name");
            }
            if (!"REG_DWORD".equals(kind) && !"REG_SZ".equals(kind)) {
                throw new IllegalArgumentException("only REG_DWORD and REG_SZ values are set, not " + kind);
            }
            for (String value : new String[] { before, after }) {
                if (value != null && ("REG_DWORD".equals(kind) ? !value.matches("\\d{1,10}") : value.contains("\""))) {
                    throw new IllegalArgumentException("'" + value + "' is not a " + kind + " value this action sets");
                }
            }
        }

        public String id() {
            return SET_REGISTRY_VALUE;
        }

        public String subject() {
            return key + "\\" + name;
        }

        /** {@code Set KEY\NAME (KIND) from BEFORE to AFTER}: what {@link #recorded(String)} reads back. */
        public String description() {
            return "Set " + subject() + " (" + kind + ") from " + shown(before) + " to " + shown(after);
        }

        private String shown(String value) {
            if (value == null) {
                return NOT_SET;
            }
            return "REG_DWORD".equals(kind) ? value : "'" + value + "'";
        }

        public String command() {
            if (after == null) {
                return "reg delete \"" + key + "\" /v " + name + " /f";
            }
            return "reg add \"" + key + "\" /v " + name + " /t " + kind + " /d " + ("REG_SZ".equals(kind) ? "\"" + after
                    + "\"" : after) + " /f";
        }

        public String instruction() {
            return "As an administrator, open Registry Editor at " + key + " and " + (after == null ? "delete the value "
                    + name : "set " + name + " (" + kind + ") to " + shown(after)) + "; or in an elevated prompt run: "
                    + command();
        }

        public boolean destructive() {
            return false;
        }

        /** The action that puts the value back as it was. */
        public SetRegistryValue reverse() {
            return new SetRegistryValue(key, name, kind, after, before);
        }

        /**
         * The action that a change recorded as {@link #description()} made, read back from that text; empty for any
         * other text.
         */
        public static java.util.Optional<SetRegistryValue> recorded(String description) {
            java.util.regex.Matcher m = description == null ? null : RECORDED.matcher(description);
            if (m == null || !m.matches()) {
                return java.util.Optional.empty();
            }
            String kind = m.group(3);
            try {
                return java.util.Optional.of(new SetRegistryValue(m.group(1), m.group(2), kind, parse(m.group(4), kind),
                        parse(m.group(5), kind)));
            } catch (IllegalArgumentException e) {
                return java.util.Optional.empty();
            }
        }

        private static String parse(String shown, String kind) {
            if (NOT_SET.equals(shown)) {
                return null;
            }
            return "REG_SZ".equals(kind) && shown.length() >= 2 && shown.startsWith("'") && shown.endsWith("'")
                    ? shown.substring(1, shown.length() - 1) : shown;
        }
    }

    /**
     * Resynchronises the clock with its time source now: {@code w32tm /resync /force}, starting the Windows Time
     * service first where it is stopped.
     */
    record ResyncClock() implements TargetAction {
        public String id() {
            return RESYNC_CLOCK;
        }

        public String subject() {
            return "Windows Time service (w32time)";
        }

        public String description() {
            return "Resynchronise the clock with its time source (the Windows Time service is started first if it is"
                    + " stopped)";
        }

        public String command() {
            return "net start w32time & w32tm /resync /force";
        }

        public String instruction() {
            return "Open Settings > Time & language > Date & time and click Sync now (or, as an administrator, run: "
                    + "w32tm /resync /force)";
        }

        public boolean destructive() {
            return false;
        }
    }
}
