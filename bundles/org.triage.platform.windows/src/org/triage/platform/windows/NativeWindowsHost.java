package org.triage.platform.windows;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.triage.platform.windows.target.WindowsHost;

import com.sun.jna.Native;
import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.Kernel32Util;
import com.sun.jna.win32.StdCallLibrary;
import com.sun.jna.win32.W32APIOptions;

/** This PC and this process, asked once when the target is opened: elevation and code page do not change. */
final class NativeWindowsHost implements WindowsHost {

    /** GetOEMCP of kernel32.dll, which jna-platform does not map. */
    interface CodePages extends StdCallLibrary {
        int GetOEMCP();
    }

    private final String hostname;
    private final String user;
    private final boolean elevated;
    private final int oemCodePage;

    NativeWindowsHost() {
        this.hostname = computerName();
        String domain = System.getenv("USERDOMAIN");
        String name = userName();
        this.user = domain == null || domain.isBlank() ? name : domain + "\\" + name;
        this.elevated = tokenElevated();
        this.oemCodePage = Native.load("kernel32", CodePages.class, W32APIOptions.DEFAULT_OPTIONS).GetOEMCP();
    }

    private static String computerName() {
        try {
            return Kernel32Util.getComputerName();
        } catch (RuntimeException e) {
            return Optional.ofNullable(System.getenv("COMPUTERNAME")).orElse("localhost");
        }
    }

    private static String userName() {
        try {
            return Advapi32Util.getUserName();
        } catch (RuntimeException e) {
            return System.getProperty("user.name");
        }
    }

    /** TokenElevation of the process token; where it cannot be read the console counts as not elevated. */
    private static boolean tokenElevated() {
        try {
            return Advapi32Util.isCurrentProcessElevated();
        } catch (RuntimeException e) {
            ILog.of(NativeWindowsHost.class).warn("cannot tell whether the process is elevated; assuming it is not", e);
            return false;
        }
    }

    @Override
    public String hostname() {
        return hostname;
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public String osDescription() {
        return System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")";
    }

    @Override
    public boolean elevated() {
        return elevated;
    }

    @Override
    public Optional<String> environmentVariable(String name) {
        return Optional.ofNullable(System.getenv(name));
    }

    @Override
    public boolean isFile(String path) {
        try {
            return Files.isRegularFile(Path.of(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    @Override
    public int oemCodePage() {
        return oemCodePage;
    }
}
