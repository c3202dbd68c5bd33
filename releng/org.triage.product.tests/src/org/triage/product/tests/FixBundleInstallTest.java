package org.triage.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.triage.model.Change;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.Session;
import org.triage.model.SessionOutcome;
import org.triage.model.io.SessionFiles;

import com.google.gson.JsonObject;

/**
 * Third-party fix bundles in the built product, from the outside: the example is built the way its vendor
 * builds it (unsigned, then signed with a key keytool made), then installed into one extracted product with
 * {@code triage install}, refused where the policy says so, run in the playbook, listed and uninstalled; fix
 * bundles that throw and hang are dropped into {@code dropins/}. The steps build on each other, in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FixBundleInstallTest {

    private static final String FEATURE = "com.example.triage.wam.feature.feature.group";
    private static final String BUNDLE = "com.example.triage.wam";
    private static final String FIX = "com.example.triage.wam.clear-token-broker-cache";
    /** The example's own rule, the cause it adds (one the product does not know) and the fix that addresses it. */
    private static final String RULE = "com.example.triage.wam.device-keys-unusable";
    private static final String CAUSE = "com.example.triage.wam.device-key-lost";
    private static final String RECOVER = "com.example.triage.wam.recover-device-key";
    private static final String ACCOUNTS = "%LOCALAPPDATA%\\Packages\\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy\\AC\\TokenBroker\\Accounts";
    private static final String SIGNER = "CN=Example Corp Test Signing,O=Example Corp";
    /** A signer the policy trusts who did not sign the example. */
    private static final String SOMEONE_ELSE = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private Path work;
    private ProductUnderTest product;
    private SigningKey key;
    private ExampleBuild unsigned;
    private ExampleBuild signed;

    @BeforeAll
    void buildTheExampleAndExtractTheProduct() throws Exception {
        work = Environment.work();
        product = ProductUnderTest.extract(Environment.productArchive(), work.resolve("product"));
        key = SigningKey.generate(work.resolve("keys"), "CN=Example Corp Test Signing, O=Example Corp");
        unsigned = ExampleBuild.run(work.resolve("example-unsigned"), null);
        signed = ExampleBuild.run(work.resolve("example-signed"), key);
    }

    @Test
    @Order(1)
    void unsignedContentIsShownThenRefusedUnderThePolicyAndNothingIsInstalled() throws Exception {
        product.policy("trustedOnly=true\n");

        Command.Result install = product.triage("install", unsigned.repository().toString(), "--yes");

        assertEquals(4, install.exit(), install::toString);
        assertTrue(install.out().contains("Policy      signed content only"), install::toString);
        assertTrue(Pattern.compile("(?m)^Bundle      " + Pattern.quote(BUNDLE) + " 1\\.0\\.0\\.v\\S+ .*\\R {12}unsigned$")
                .matcher(install.out()).find(), install::toString);
        assertTrue(install.out().contains("Fix         " + FIX), "what the fix declares is shown first: " + install);
        assertTrue(Pattern.compile("bundle " + Pattern.quote(BUNDLE) + " 1\\.0\\.0\\.v\\S+ is unsigned, and the policy"
                + " accepts signed content only").matcher(install.err()).find(), install::toString);
        assertTrue(install.err().startsWith("triage: refused: "), install::toString);
        assertEquals(List.of(), product.pluginsNamed(BUNDLE));
        assertFalse(product.triage("fixes").out().contains(FIX));
    }

    @Test
    @Order(2)
    void withoutAPolicyTrustedOnlyRefusesUnsignedContentToo() throws Exception {
        product.noPolicy();

        Command.Result install = product.triage("install", unsigned.zip().toString(), "--trusted-only", "--yes");

        assertEquals(4, install.exit(), install::toString);
        assertTrue(install.err().contains("the policy accepts signed content only"), install::toString);
        assertEquals(List.of(), product.pluginsNamed(BUNDLE));
    }

    @Test
    @Order(3)
    void signedContentFromASignerThePolicyDoesNotTrustIsRefused() throws Exception {
        product.policy("trustedSigners=" + SOMEONE_ELSE + "\n");

        Command.Result install = product.triage("install", signed.zip().toString(), "--yes");

        assertEquals(4, install.exit(), install::toString);
        assertTrue(install.out().contains("signed by " + SIGNER + " (SHA-256 " + key.fingerprint() + ")"),
                install::toString);
        assertTrue(install.err().contains("who is not among the policy's trusted signers"), install::toString);
        assertEquals(List.of(), product.pluginsNamed(BUNDLE));
    }

    @Test
    @Order(4)
    void signedContentIsInstalledAfterShowingWhatItsFixDeclares() throws Exception {
        product.policy("trustedOnly=true\ntrustedSigners=" + key.fingerprint() + "\n");

        Command.Result install = product.triage("install", signed.zip().toString(), "--yes");

        assertEquals(0, install.exit(), install::toString);
        String out = install.out();
        assertTrue(out.contains("Installs    " + FEATURE + " 1.0.0.v"), install::toString);
        assertTrue(out.contains("Feature     com.example.triage.wam.feature 1.0.0.v"), install::toString);
        assertEquals(2, count(out, "signed by " + SIGNER + " (SHA-256 " + key.fingerprint() + ")"),
                "the feature and the bundle are both signed: " + install);
        assertTrue(out.contains("Fix         " + FIX), install::toString);
        assertTrue(out.contains("addresses stale-cached-credentials, prt-missing-or-stale; symptoms 0x8004de40"), out);
        assertTrue(out.contains("destructive=true needsElevation=false reversible=false order=15 timeout=120s"), out);
        assertTrue(out.contains("uses application.close Word, Excel, PowerPoint, Outlook, OneNote, Teams; folder.clear "
                + ACCOUNTS), out);
        assertTrue(out.contains("Fix         " + RECOVER), install::toString);
        assertTrue(out.contains("addresses " + CAUSE + "; symptoms any"), out);
        assertTrue(out.contains("destructive=true needsElevation=true reversible=false order=35 timeout=600s"), out);
        assertTrue(out.contains("uses command.run dsregcmd"), out);
        assertTrue(out.contains("Installed " + FEATURE) && out.contains("Restart Triage Console"), out);
        assertEquals(1, product.pluginsNamed(BUNDLE + "_1.0.0.v").size(), product.pluginsNamed(BUNDLE).toString());
    }

    @Test
    @Order(5)
    void itsFixIsListedWithItsBundleAndJoinsTheDemoPlaybookWhereItsCausesApply() throws Exception {
        Command.Result fixes = product.triage("fixes");
        assertEquals(0, fixes.exit(), fixes::toString);
        assertTrue(Pattern.compile("(?m)^" + Pattern.quote(FIX) + " +Clear the Web Account Manager token cache\\R"
                + " {4}from " + Pattern.quote(BUNDLE) + " 1\\.0\\.0\\.v").matcher(fixes.out()).find(), fixes::toString);
        assertTrue(Pattern.compile("(?m)^  " + Pattern.quote(CAUSE) + " +The Entra joined device's private key is lost"
                + " .*\\R {6}from " + Pattern.quote(BUNDLE) + " 1\\.0\\.0\\.v\\S+; rank 0; fixed by " + Pattern.quote(RECOVER)
                + "$").matcher(fixes.out()).find(), "the example's cause, with the fix that addresses it: " + fixes);
        assertTrue(Pattern.compile("(?m)^  " + Pattern.quote(RULE) + " +.*\\R {6}from " + Pattern.quote(BUNDLE)
                + " 1\\.0\\.0\\.v\\S+; reads registration\\.dsregcmd; reports " + Pattern.quote(CAUSE) + "$")
                .matcher(fixes.out()).find(), "the example's rule: " + fixes);
        assertEquals("", fixes.err(), "the example's contributions are well formed");

        Command.Result playbook = product.triage("playbook", "--target", "demo", "--yes");
        assertEquals(0, playbook.exit(), playbook::toString);
        assertEquals(List.of("m365.clear-cached-credentials", FIX, "m365.onedrive-reset", "m365.reregister-device"),
                plannedFixes(playbook.out()), playbook::toString);
        assertTrue(playbook.out().contains("Session outcome: resolved"), playbook::toString);

        Command.Result healthy = product.triage("playbook", "--target", "demo:healthy-split-tunnel", "--yes");
        assertEquals(0, healthy.exit(), healthy::toString);
        assertFalse(healthy.out().contains(FIX), "planned where its causes are not found: " + healthy);
    }

    @Test
    @Order(6)
    void onTheVendorsDemoScenarioItClearsTheCacheThroughTheTargetAndTheSessionRecordsIt() throws Exception {
        Path scenario = Environment.root().resolve(ExampleBuild.EXAMPLE + "/demo/stale-token-broker.json");
        Path saved = work.resolve("stale-token-broker.xmi");

        Command.Result playbook = product.triage("playbook", "--target", "demo:" + scenario, "--yes", "--save",
                saved.toString());

        assertEquals(0, playbook.exit(), playbook::toString);
        assertTrue(playbook.out().contains("done   " + ACCOUNTS + ": deleted 2 file(s)"), playbook::toString);
        assertTrue(playbook.out().contains("Session outcome: resolved — no error finding remains after [" + FIX + "]"),
                playbook::toString);
        Session session = SessionFiles.load(saved);
        FixAttempt attempt = attempt(session, FIX);
        assertEquals(FixOutcome.APPLIED, attempt.getOutcome(), attempt.getOutcomeMessage());
        assertEquals(BUNDLE, attempt.getContributor());
        assertTrue(attempt.getContributorVersion().startsWith("1.0.0.v"), attempt.getContributorVersion());
        Change accounts = attempt.getChanges().stream().filter(change -> change.getSubject().equals(ACCOUNTS))
                .findFirst().orElseThrow(() -> new AssertionError("no change of " + ACCOUNTS));
        assertEquals("folder.clear", accounts.getAction());
        assertTrue(accounts.isSucceeded());
        assertEquals("powershell -NoProfile -Command \"Remove-Item -Recurse -Force -Path (Join-Path $env:LOCALAPPDATA"
                + " 'Packages\\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy\\AC\\TokenBroker\\Accounts\\*')\"",
                accounts.getCommand());
        assertTrue(accounts.getResult().startsWith("deleted 2 file(s)\nRemoved " + ACCOUNTS + "\\"), accounts.getResult());
        assertEquals(SessionOutcome.RESOLVED, session.getOutcome());
    }

    @Test
    @Order(7)
    void onTheProductsSnapshotOfAPasswordResetItsRuleFindsNothingAndOnlyTheCacheClearJoinsThePlaybook() throws Exception {
        Path snapshot = Environment.root().resolve("bundles/org.triage.snapshot.tests/resources/snapshots/contoso-0x8004de40");
        Path saved = work.resolve("contoso-snapshot.xmi");

        Command.Result playbook = product.triage("playbook", "--target", "snapshot:" + snapshot, "--yes", "--save",
                saved.toString());

        assertEquals(0, playbook.exit(), playbook::toString);
        assertTrue(playbook.out().contains("step for the user: Forget the token broker's cached accounts. Open File"
                + " Explorer at " + ACCOUNTS + " and delete everything in it (keep the folder)"), playbook::toString);
        Session session = SessionFiles.load(saved);
        assertTrue(session.getFindings().stream().noneMatch(f -> f.getCauseId().equals(CAUSE)),
                "AadRecoveryEnabled : NO and KeySignTest not run: the device's key is not in question: " + playbook);
        assertEquals(List.of("prt-missing-or-stale", "stale-cached-credentials"),
                attempt(session, FIX).getAddressedCauses().stream().sorted().toList());
        assertTrue(session.getFixAttempts().stream().noneMatch(a -> a.getFixId().equals(RECOVER)), playbook::toString);
        assertTrue(session.getLog().stream().noneMatch(entry -> entry.getSource() != null
                && entry.getSource().startsWith("rule " + RULE)), "the rule ran cleanly");
    }

    @Test
    @Order(8)
    void onASnapshotOfADeviceWhoseKeyIsLostItsRuleRaisesItsCauseAndItsRecoveryBecomesAStepForTheUser() throws Exception {
        Path snapshot = Environment.root().resolve(ExampleBuild.EXAMPLE + "/demo/device-key-lost");
        Path saved = work.resolve("device-key-lost.xmi");

        Command.Result playbook = product.triage("playbook", "--target", "snapshot:" + snapshot, "--yes", "--save",
                saved.toString());

        assertEquals(0, playbook.exit(), playbook::toString);
        assertTrue(Pattern.compile("(?m)^  error +" + Pattern.quote(CAUSE) + " +the Entra joined device's private key is"
                + " lost: AadRecoveryEnabled : YES \\(the device's keys are not usable and the device is marked for"
                + " recovery\\)\\. .* The key was kept in the TPM \\(TpmProtected : YES\\)").matcher(playbook.out()).find(),
                "the example's rule raises its cause from dsregcmd's post-join diagnostics: " + playbook);
        assertTrue(playbook.out().contains("step for the user: Register the device anew with Entra ID (sign in when the"
                + " dialog asks, then sign out and in again). In a command prompt run: dsregcmd /forcerecovery"),
                playbook::toString);
        Session session = SessionFiles.load(saved);
        var finding = session.getFindings().stream().filter(f -> f.getCauseId().equals(CAUSE)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding of " + CAUSE));
        assertEquals(RULE, finding.getRuleId());
        assertEquals(List.of("registration.dsregcmd"),
                finding.getEvidence().stream().map(o -> o.getProbeId()).distinct().toList());
        assertEquals(List.of(CAUSE), attempt(session, RECOVER).getAddressedCauses(),
                "the playbook plans the example's recovery for the example's cause");
        assertTrue(session.getLog().stream().noneMatch(entry -> entry.getSource() != null
                && entry.getSource().startsWith("rule " + RULE)), "the rule ran cleanly");
    }

    @Test
    @Order(9)
    void aFailedKeySignTestAloneRaisesTheCauseButNotOnAHybridJoinedDevice() throws Exception {
        Path original = Environment.root().resolve(ExampleBuild.EXAMPLE + "/demo/device-key-lost");
        Path signTest = copyWithDsregcmd(original, work.resolve("key-sign-test-failed"), Map.of(
                "AadRecoveryEnabled : YES", "AadRecoveryEnabled : NO",
                "KeySignTest : MUST Run elevated to test.", "KeySignTest : FAILED (transport key)"));
        Path hybrid = copyWithDsregcmd(original, work.resolve("hybrid-joined"), Map.of(
                "DomainJoined : NO", "DomainJoined : YES"));

        Command.Result failed = product.triage("playbook", "--target", "snapshot:" + signTest, "--yes");
        assertEquals(0, failed.exit(), failed::toString);
        assertTrue(Pattern.compile("(?m)^  error +" + Pattern.quote(CAUSE) + " +the Entra joined device's private key is"
                + " lost: KeySignTest : FAILED \\(transport key\\) \\(the device key cannot sign\\)\\.")
                .matcher(failed.out()).find(), failed::toString);
        assertTrue(failed.out().contains("dsregcmd /forcerecovery"), failed::toString);

        Command.Result hybridJoined = product.triage("playbook", "--target", "snapshot:" + hybrid, "--yes");
        assertEquals(0, hybridJoined.exit(), hybridJoined::toString);
        assertFalse(hybridJoined.out().contains(CAUSE), "a hybrid joined device recovers by itself: " + hybridJoined);
        assertFalse(hybridJoined.out().contains("dsregcmd /forcerecovery"), hybridJoined::toString);
    }

    /** A copy of a snapshot whose dsregcmd output (UTF-16LE with BOM, as Windows writes it) has lines replaced. */
    private static Path copyWithDsregcmd(Path snapshot, Path into, Map<String, String> replacements) throws Exception {
        Folders.copy(snapshot, into, relative -> false);
        Path dsregcmd = into.resolve("dsregcmd-status.txt");
        byte[] bytes = Files.readAllBytes(dsregcmd);
        String text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        for (Map.Entry<String, String> replacement : replacements.entrySet()) {
            String replaced = text.replace(replacement.getKey(), replacement.getValue());
            assertFalse(replaced.equals(text), "the snapshot has no line '" + replacement.getKey() + "'");
            text = replaced;
        }
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Files.write(dsregcmd, withBom);
        return into;
    }

    @Test
    @Order(10)
    void installsListsWhatWasInstalledAndTheHistory() throws Exception {
        Command.Result installs = product.triage("installs");

        assertEquals(0, installs.exit(), installs::toString);
        assertTrue(Pattern.compile("(?m)^Installed with p2\\R  " + Pattern.quote(FEATURE) + " 1\\.0\\.0\\.v\\S+ .*\\R"
                + " {6}bundle " + Pattern.quote(BUNDLE) + " 1\\.0\\.0\\.v").matcher(installs.out()).find(), installs::toString);
        assertFalse(installs.out().contains("org.triage.ui.feature"), "the product's own features are not listed: " + installs);
        assertEquals(3, count(installs.out(), " install   refused "), installs::toString);
        assertEquals(1, count(installs.out(), " install   done "), installs::toString);
    }

    @Test
    @Order(11)
    void uninstallingByTheFixIdRemovesTheFixAndItsFiles() throws Exception {
        Command.Result uninstall = product.triage("uninstall", FIX, "--yes");

        assertEquals(0, uninstall.exit(), uninstall::toString);
        assertTrue(uninstall.out().startsWith("Uninstalls  " + FEATURE + " 1.0.0.v"), uninstall::toString);
        assertTrue(uninstall.out().contains("  fix       " + FIX), uninstall::toString);
        assertTrue(uninstall.out().contains("Restart Triage Console"), uninstall::toString);
        assertEquals(List.of(), product.pluginsNamed(BUNDLE), "the garbage collector left the jar");
        Command.Result fixes = product.triage("fixes");
        assertFalse(fixes.out().contains(FIX) || fixes.out().contains(RECOVER), fixes::toString);
        assertFalse(fixes.out().contains(CAUSE) || fixes.out().contains(RULE), "its cause and rule went with it: " + fixes);
        assertTrue(fixes.out().contains("m365.clear-cached-credentials"), fixes::toString);
    }

    @Test
    @Order(12)
    void fixBundlesThatThrowOrHangDroppedIntoDropinsAreReportedWithTheirBundleAndTheSessionCarriesOn() throws Exception {
        product.noPolicy(); // the policy of the signed install would hold these unsigned bundles back (see the next step)
        Files.createDirectories(product.dropins());
        FaultyBundles.build(FaultyBundles.THROWING, product, work.resolve("faulty"), product.dropins());
        FaultyBundles.buildHangingAsFolder(product, work.resolve("faulty"), product.dropins());
        Path saved = work.resolve("faulty.xmi");

        Command.Result playbook = product.triage("playbook", "--target", "demo", "--yes", "--save", saved.toString());

        assertEquals(0, playbook.exit(), playbook::toString);
        String out = playbook.out();
        assertTrue(out.contains("fix com.example.faulty.throwing.reset-client (com.example.faulty.throwing 1.0.0) failed:"
                + " java.lang.IllegalStateException: the Example client's reset failed"), playbook::toString);
        assertTrue(out.contains("fix com.example.faulty.hanging.wait-for-client (com.example.faulty.hanging 1.0.0) did"
                + " not finish within 1.0 s and was abandoned"), playbook::toString);
        assertTrue(out.contains("Session outcome: resolved — no error finding remains after [m365.clear-cached-credentials]"),
                "the guide's fixes ran after the faulty ones: " + playbook);

        Session session = SessionFiles.load(saved);
        for (String fix : List.of("com.example.faulty.throwing.reset-client", "com.example.faulty.hanging.wait-for-client")) {
            FixAttempt failed = attempt(session, fix);
            assertEquals(FixOutcome.FAILED, failed.getOutcome(), failed.getOutcomeMessage());
            assertEquals("1.0.0", failed.getContributorVersion());
        }
        assertEquals(FixOutcome.APPLIED, attempt(session, "m365.clear-cached-credentials").getOutcome());
        assertEquals(SessionOutcome.RESOLVED, session.getOutcome());
    }

    @Test
    @Order(13)
    void underTheTrustedOnlyPolicyUnsignedDroppedInBundlesAreHeldBackAndTheirFixesNeverRun() throws Exception {
        Path fragment = FaultyBundles.fragmentOf("org.triage.fixes.m365", product.dropins());
        try {
            Command.Result ownName = product.triage("fixes");
            assertTrue(ownName.out().contains("m365.fragment-reset")
                    && ownName.out().contains("from " + FaultyBundles.FRAGMENT + " 1.0.0"),
                    "a fragment's fix is credited to the fragment, not to the host it attaches to: " + ownName);
            product.policy("trustedOnly=true\n");
            Command.Result fixes = product.triage("fixes");
            assertEquals(0, fixes.exit(), fixes::toString);
            assertFalse(fixes.out().contains("com.example.faulty"), fixes::toString);
            assertTrue(fixes.err().contains("fix 'com.example.faulty.throwing.reset-client' of com.example.faulty.throwing"
                    + " 1.0.0 is left out: dropins/com.example.faulty.throwing_1.0.0.jar is unsigned, and the policy"
                    + " accepts signed content only"), fixes::toString);
            assertTrue(fixes.err().contains("fix 'com.example.faulty.hanging.wait-for-client' of"
                    + " com.example.faulty.hanging 1.0.0 is left out: dropins/example-hanging/"), fixes::toString);
            assertFalse(fixes.out().contains("m365.fragment-reset"), fixes::toString);
            assertTrue(fixes.err().contains("fix 'm365.fragment-reset' of " + FaultyBundles.FRAGMENT + " 1.0.0 is left out:"
                    + " dropins/" + fragment.getFileName() + " is unsigned"), fixes::toString);

            Command.Result playbook = product.triage("playbook", "--target", "demo", "--yes");
            assertEquals(0, playbook.exit(), playbook::toString);
            assertTrue(plannedFixes(playbook.out()).stream().noneMatch(fix -> fix.startsWith("com.example.faulty")),
                    playbook::toString);
            assertFalse(playbook.out().contains("fix com.example.faulty"), playbook::toString);
        } finally {
            product.noPolicy();
            Files.delete(fragment);
        }
    }

    @Test
    @Order(14)
    void droppedInBundlesAreListedAndUninstalledByBundleOrFolderName() throws Exception {
        Command.Result installs = product.triage("installs");
        assertTrue(installs.out().contains("  com.example.faulty.throwing_1.0.0.jar: com.example.faulty.throwing 1.0.0"),
                installs::toString);
        assertTrue(installs.out().contains("  example-hanging: com.example.faulty.hanging 1.0.0"), installs::toString);

        Command.Result byBundle = product.triage("uninstall", FaultyBundles.THROWING, "--yes");
        assertEquals(0, byBundle.exit(), byBundle::toString);
        Command.Result byFolder = product.triage("uninstall", "example-hanging", "--yes");
        assertEquals(0, byFolder.exit(), byFolder::toString);

        assertEquals(List.of(), Folders.names(product.dropins()));
        Command.Result fixes = product.triage("fixes");
        assertFalse(fixes.out().contains("com.example.faulty"), fixes::toString);
    }

    @Test
    @Order(15)
    void theInstallLogRecordsEveryInstallAndUninstallWithWhatItBrought() throws Exception {
        List<JsonObject> log = product.installLog();

        assertEquals(List.of("install refused", "install refused", "install refused", "install done", "uninstall done",
                "uninstall done", "uninstall done"), log.stream()
                        .map(record -> record.get("action").getAsString() + " " + record.get("outcome").getAsString()).toList());
        JsonObject installed = log.get(3);
        assertEquals(signed.zip().toString(), installed.get("source").getAsString());
        assertEquals(FEATURE, installed.getAsJsonArray("units").get(0).getAsJsonObject().get("id").getAsString());
        JsonObject bundle = installed.getAsJsonArray("bundles").get(0).getAsJsonObject();
        assertEquals(BUNDLE, bundle.get("id").getAsString());
        assertTrue(bundle.get("signature").getAsString().contains(key.fingerprint()), bundle.toString());
        assertEquals(FIX, installed.getAsJsonArray("fixes").get(0).getAsJsonObject().get("id").getAsString());
        assertEquals(0, installed.get("directorExitCode").getAsInt());
        assertTrue(log.get(0).get("message").getAsString().contains("unsigned"), log.get(0).toString());
        assertEquals(FIX, log.get(4).getAsJsonArray("fixes").get(0).getAsJsonObject().get("id").getAsString());
    }

    @Test
    @Order(16)
    void aSignedJarChangedAfterPublishingIsRefusedAsTamperedWithExitCode4() throws Exception {
        Path copy = work.resolve("tampered-repository");
        Folders.copy(signed.repository(), copy, relative -> false);
        Path jar;
        try (var files = Files.list(copy.resolve("plugins"))) {
            jar = files.filter(f -> f.getFileName().toString().startsWith(BUNDLE + "_")).findFirst().orElseThrow();
        }
        Jars.tamper(jar, jar, "plugin.xml");

        Command.Result install = product.triage("install", copy.toString(), "--yes");

        assertEquals(4, install.exit(), install::toString);
        assertTrue(install.err().contains("was TAMPERED with"), install::toString);
        assertFalse(install.err().contains("Problems downloading"), install::toString);
        assertEquals(List.of(), product.pluginsNamed(BUNDLE));
        assertEquals("install refused", product.installLog().get(product.installLog().size() - 1).get("action")
                .getAsString() + " " + product.installLog().get(product.installLog().size() - 1).get("outcome").getAsString());
    }

    @Test
    @Order(17)
    void aSignedJarWithAnInjectedUnsignedClassInDropinsIsHeldBackUnderTheTrustPolicy() throws Exception {
        Path jar;
        try (var files = Files.list(signed.repository().resolve("plugins"))) {
            jar = files.filter(f -> f.getFileName().toString().startsWith(BUNDLE + "_")).findFirst().orElseThrow();
        }
        Files.createDirectories(product.dropins());
        Path injected = Jars.inject(jar, product.dropins().resolve(jar.getFileName()), "com/example/triage/wam/Injected.class");
        product.policy("trustedOnly=true\ntrustedSigners=" + key.fingerprint() + "\n");
        try {
            Command.Result fixes = product.triage("fixes");
            assertEquals(0, fixes.exit(), fixes::toString);
            assertFalse(fixes.out().contains(FIX), fixes::toString);
            assertTrue(fixes.err().contains("fix '" + FIX + "' of " + BUNDLE) && fixes.err().contains("is left out: dropins/"
                    + injected.getFileName() + " is partly signed: 1 entries are not signed, e.g."
                    + " com/example/triage/wam/Injected.class"), fixes::toString);
        } finally {
            product.noPolicy();
            Files.delete(injected);
        }
    }

    private static List<String> plannedFixes(String out) {
        Matcher step = Pattern.compile("(?m)^  \\d+\\. (\\S+) ").matcher(out.substring(out.indexOf("Planned fixes"),
                out.indexOf("\nPlaybook")));
        List<String> fixes = new java.util.ArrayList<>();
        while (step.find()) {
            fixes.add(step.group(1));
        }
        return fixes;
    }

    private static FixAttempt attempt(Session session, String fixId) {
        return session.getFixAttempts().stream().filter(a -> a.getFixId().equals(fixId)).findFirst()
                .orElseThrow(() -> new AssertionError("no attempt of " + fixId));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
