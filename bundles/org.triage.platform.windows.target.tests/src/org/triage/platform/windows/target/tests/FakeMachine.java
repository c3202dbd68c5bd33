package org.triage.platform.windows.target.tests;

import java.time.Instant;
import java.util.List;

import org.triage.formats.CmdkeyFormat;
import org.triage.formats.StoredCredential;
import org.triage.formats.TextEncoding;
import org.triage.platform.windows.target.CredentialEntry;
import org.triage.platform.windows.target.CredentialType;
import org.triage.platform.windows.target.EndpointTester;
import org.triage.platform.windows.target.WindowsCommands;
import org.triage.platform.windows.target.WindowsTarget;

/**
 * Alex Wilber's laptop of the Contoso sample snapshot (OneDrive 0x8004de40 after a password reset, full-tunnel
 * VPN connected, no PRT) as the live target meets it: the tools answer with the sample's output, written in
 * the encodings a test chooses, and Credential Manager holds the sample's entries, last written before the
 * password reset.
 */
final class FakeMachine {

    /** When Alex reset the password (09:40 CEST). */
    static final Instant PASSWORD_RESET = Instant.parse("2025-06-03T07:40:00Z");
    /** When Office and OneDrive last saved their credentials: weeks before the reset. */
    static final Instant CREDENTIALS_WRITTEN = Instant.parse("2025-05-12T08:15:27.123Z");

    final FakeHost host = new FakeHost();
    final FakeRunner runner = new FakeRunner();
    final FakeCredentialStore store = new FakeCredentialStore(contosoCredentials());
    final WindowsCommands commands = new WindowsCommands(host);
    EndpointTester endpointTester;

    /** Console tools in the OEM code page (the sample's text is plain ASCII), PowerShell in UTF-8 without BOM, as live. */
    static FakeMachine contoso() {
        return contoso(TextEncoding.IBM850, TextEncoding.UTF8);
    }

    static FakeMachine contoso(TextEncoding consoleTools, TextEncoding powerShell) {
        FakeMachine machine = new FakeMachine();
        machine.answerQueries(consoleTools, powerShell);
        return machine;
    }

    void answerQueries(TextEncoding consoleTools, TextEncoding powerShell) {
        runner.answer(commands.dsregcmdStatus(), 0, sample("dsregcmd-status.txt", consoleTools))
                .answer(commands.ipconfig("/all"), 0, sample("ipconfig-all.txt", consoleTools))
                .answer(commands.winHttpProxy(), 0, sample("winhttp-proxy.txt", consoleTools))
                .answer(commands.adapters(), 0, Recordings.reencode(Recordings.contosoJson("adapters.json"), powerShell))
                .answer(commands.proxyRegistry(), 0,
                        Recordings.reencode(Recordings.contosoJson("winhttp-proxy.json"), powerShell))
                .answer(commands.vpnConnections(), 0, sample("vpn-connections.json", powerShell))
                .answer(commands.routes(), 0, sample("routes.json", powerShell))
                .answer(commands.vpnDialEvents(), 0,
                        Recordings.reencode(Recordings.formatsFixture("rasclient/dial-events.json"), powerShell))
                .answer(commands.aadOperationalEvents(), 0,
                        Recordings.reencode(Recordings.formatsFixture("aad/aad-operational-events.json"), powerShell))
                // the laptop's TLS settings and clock are fine: Windows' defaults, in step, as on the Fabrikam sample
                .answer(commands.tlsSettings(), 0, Recordings.reencode(Recordings.fabrikam("tls-settings.json"), powerShell))
                .answer(commands.clock(), 0, Recordings.reencode(Recordings.fabrikam("clock.json"), powerShell))
                .answer(commands.w32tmStatus(), 0, Recordings.reencode(Recordings.fabrikam("w32tm-status.txt"), consoleTools));
    }

    private static byte[] sample(String file, TextEncoding encoding) {
        return Recordings.reencode(Recordings.contoso(file), encoding);
    }

    WindowsTarget target() {
        return new WindowsTarget(host, runner, store, endpointTester);
    }

    /**
     * The sample's cmdkey entries as the Credential API holds them: the name without cmdkey's
     * {@code LegacyGeneric:target=} or {@code Domain:target=}, the type and persistence as numbers.
     */
    static List<CredentialEntry> contosoCredentials() {
        return CmdkeyFormat.parse(Recordings.contoso("cmdkey-list.txt")).credentials().stream()
                .map(FakeMachine::entry).toList();
    }

    private static CredentialEntry entry(StoredCredential listed) {
        String target = listed.target();
        String name = target.startsWith("LegacyGeneric:target=") || target.startsWith("Domain:target=")
                ? listed.targetName() : target;
        int persist = switch (listed.persistenceKind()) {
            case LOGON_SESSION -> 1;
            case ENTERPRISE -> 3;
            default -> 2;
        };
        int type = CredentialType.byName(listed.type()).orElseThrow().code();
        return new CredentialEntry(name, type, listed.user().orElse(null), persist, CREDENTIALS_WRITTEN);
    }
}
