package org.triage.platform.windows.target;

import java.util.Optional;

/** What the Windows target needs to know about the machine and the process it runs in. */
public interface WindowsHost {

    String hostname();

    /** The account the console runs as, e.g. {@code CONTOSO\awilber}. */
    String user();

    /** e.g. {@code Windows 11 10.0 (amd64)}. */
    String osDescription();

    /** Whether the process token is elevated (the console was started with "Run as administrator"). */
    boolean elevated();

    Optional<String> environmentVariable(String name);

    boolean isFile(String path);

    /** The OEM code page console tools write redirected output in, e.g. 850 or 866 ({@code GetOEMCP}). */
    int oemCodePage();
}
