package org.triage.core.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.triage.core.fix.ContributorPolicy;
import org.triage.core.fix.Fix;
import org.triage.core.fix.FixDescriptor;
import org.triage.core.fix.FixRegistry;
import org.triage.core.target.TargetAction;
import org.triage.core.tests.fixes.WellBehavedFix;
import org.triage.core.tests.support.TestBundle;

/**
 * Reads the real extension registry, in which this bundle's plugin.xml contributes a well-behaved fix, three
 * malformed ones, and fixes whose code misbehaves, next to the four fixes of the 0x8004de40 guide.
 */
class FixRegistryTest {

    private static final String M365 = "org.triage.fixes.m365";
    private static final String GUIDE_SYMPTOM = "0x8004de40";

    /** The malformed contributions of plugin.xml, each with what its problem must say. */
    private record Malformed(String id, String reason) {
    }

    private static final List<Malformed> MALFORMED = List.of(
            new Malformed("test.no-name", "has no 'name'"),
            new Malformed("m365.onedrive-reset", M365 + " 0.1.0"),
            new Malformed("test.order-not-a-number", "'order' is not a whole number: first"),
            new Malformed("test.unknown-action", "uses an unknown action 'registry.write'"),
            // not left out, but reported: its timeout is capped
            new Malformed("test.huge-timeout", "asks for timeoutSeconds=86400; it is capped to the maximum of 600"));

    /** A fix of the guide as its plugin.xml declares it. */
    record GuideFix(String id, boolean destructive, boolean needsElevation, boolean reversible, int order,
            int timeoutSeconds, List<String> causes) {
    }

    static Stream<GuideFix> guideFixes() {
        return Stream.of(
                new GuideFix("m365.clear-cached-credentials", true, false, false, 10, 120,
                        List.of("stale-cached-credentials", "prt-missing-or-stale")),
                new GuideFix("m365.onedrive-reset", true, false, false, 20, 300, List.of("stale-cached-credentials")),
                // ipconfig /release and /renew need administrator rights
                new GuideFix("m365.vpn-reconnect-flush-dns", false, true, true, 30, 180,
                        List.of("dns-resolution-failure", "auth-endpoints-unreachable", "vpn-session-outlasts-token",
                                "vpn-remembers-old-password")),
                // done by an Entra ID admin in the tenant, before any re-registration
                new GuideFix("m365.entra-enable-device", false, false, true, 35, 120,
                        List.of("device-disabled-in-entra")),
                new GuideFix("m365.reregister-device", true, true, false, 40, 600,
                        List.of("device-registration-broken", "device-disabled-in-entra", "prt-missing-or-stale")));
    }

    private final FixRegistry registry = FixRegistry.read();

    private List<String> problemsOfTheTestBundle() {
        return registry.problems().stream().filter(problem -> problem.contains(TestBundle.NAME)).toList();
    }

    private FixDescriptor descriptor(String id) {
        return registry.byId(id).orElseThrow(() -> new AssertionError("fix " + id + " was not read; problems: "
                + registry.problems()));
    }

    @Test
    void eachMalformedContributionIsReportedNamingTheTestBundleAndTheFix() {
        List<String> problems = problemsOfTheTestBundle();
        assertEquals(MALFORMED.size(), problems.size(), problems.toString());
        for (Malformed malformed : MALFORMED) {
            assertEquals(1, problems.stream()
                    .filter(p -> p.contains("fix '" + malformed.id() + "' of " + TestBundle.NAME)
                            && p.contains(malformed.reason())).count(),
                    "no single problem names " + malformed.id() + " and says '" + malformed.reason() + "': " + problems);
        }
        assertTrue(problems.stream().allMatch(p -> p.contains(TestBundle.NAME + " " + TestBundle.version())),
                "problems name the bundle with its version: " + problems);
    }

    @Test
    void malformedContributionsAreLeftOutAndTheGuideKeepsItsId() {
        assertFalse(registry.byId("test.no-name").isPresent());
        assertFalse(registry.byId("test.order-not-a-number").isPresent());
        FixDescriptor reset = descriptor("m365.onedrive-reset");
        assertEquals(M365, reset.contributor(), "the duplicate replaced the guide's fix");
        assertEquals(1, registry.descriptors().stream().filter(d -> d.id().equals("m365.onedrive-reset")).count());
    }

    @Test
    void everyContributionOfTheTestBundleIsEitherReadOrReported() {
        List<String> contributed = Arrays.stream(RegistryFactory.getRegistry().getConfigurationElementsFor(
                FixRegistry.EXTENSION_POINT)).filter(e -> e.getContributor().getName().equals(TestBundle.NAME))
                .map(e -> e.getAttribute("id")).sorted().toList();
        assertEquals(List.of("m365.onedrive-reset", "test.action-hangs", "test.apply-hangs", "test.apply-hangs-ignoring-interrupts",
                "test.apply-hangs-until-cancelled", "test.apply-throws", "test.exit", "test.exit-in-preview", "test.halt",
                "test.huge-timeout", "test.missing-class", "test.no-name", "test.noisy", "test.order-not-a-number",
                "test.preview-throws", "test.removes-credentials-behind-its-context", "test.rewrites-the-session",
                "test.swallowed-exit", "test.undeclared-in-apply", "test.undeclared-in-preview", "test.unknown-action",
                "test.verification-hangs", "test.well-behaved"),
                contributed);
        long read = registry.descriptors().stream().filter(d -> d.contributor().equals(TestBundle.NAME)).count();
        // a capped timeout is reported, but the fix is read
        long leftOut = problemsOfTheTestBundle().stream().filter(p -> !p.contains("capped to the maximum")).count();
        assertEquals(contributed.size(), read + leftOut);
    }

    @ParameterizedTest
    @MethodSource("guideFixes")
    void theGuideFixesAreReadWithTheirDeclaredProperties(GuideFix expected) {
        FixDescriptor fix = descriptor(expected.id());
        assertAll(expected.id(),
                () -> assertEquals(M365, fix.contributor()),
                () -> assertEquals(expected.destructive(), fix.destructive(), "destructive"),
                () -> assertEquals(expected.needsElevation(), fix.needsElevation(), "needsElevation"),
                () -> assertEquals(expected.reversible(), fix.reversible(), "reversible"),
                () -> assertEquals(expected.order(), fix.order(), "order"),
                () -> assertEquals(expected.timeoutSeconds(), fix.timeoutSeconds(), "timeoutSeconds"),
                () -> assertEquals(expected.causes(), fix.causes(), "causes"),
                () -> assertEquals(List.of(GUIDE_SYMPTOM), fix.symptoms(), "symptoms"),
                () -> assertFalse(fix.name().isBlank(), "name"),
                () -> assertFalse(fix.description().isBlank(), "description"),
                () -> assertTrue(fix.appliesTo(GUIDE_SYMPTOM) && fix.appliesTo(GUIDE_SYMPTOM.toUpperCase())),
                () -> assertFalse(fix.appliesTo("0x80070005"), "applies to another symptom"),
                () -> assertTrue(fix.appliesTo(null), "without a symptom every fix applies"));
    }

    @Test
    void aTestFixIsReadWithItsPropertiesAndTheDefaults() {
        FixDescriptor wellBehaved = descriptor("test.well-behaved");
        assertEquals(List.of("test-cause"), wellBehaved.causes());
        assertEquals(List.of(), wellBehaved.symptoms());
        assertTrue(wellBehaved.appliesTo(GUIDE_SYMPTOM) && wellBehaved.appliesTo("0x80070005"),
                "a fix without appliesTo applies to every symptom");
        assertEquals(900, wellBehaved.order());
        assertEquals(10, wellBehaved.timeoutSeconds());
        assertTrue(wellBehaved.reversible());
        assertEquals(TestBundle.version(), wellBehaved.contributorVersion());
        assertEquals(TestBundle.NAME + " " + TestBundle.version(), wellBehaved.origin());

        FixDescriptor defaults = descriptor("test.missing-class");
        assertEquals(120, defaults.timeoutSeconds(), "default timeout");
        assertFalse(defaults.destructive() || defaults.needsElevation() || defaults.reversible(), "default flags");
        assertEquals(1, descriptor("test.apply-hangs").timeoutSeconds());
    }

    @Test
    void declaredActionsAreReadWithTheirSubjectAndBindTheFix() {
        FixDescriptor declaring = descriptor("test.undeclared-in-apply");
        assertEquals(List.of(new FixDescriptor.DeclaredAction("command.run", "triage-test --declared")),
                declaring.actions());
        assertTrue(declaring.mayUse("command.run"));
        assertFalse(declaring.mayUse("dns.flush"));

        FixDescriptor undeclared = descriptor("test.well-behaved");
        assertEquals(List.of(), undeclared.actions());
        assertTrue(undeclared.mayUse("dns.flush") && undeclared.mayUse("folder.clear"),
                "a fix that declares nothing may use every action");
    }

    @ParameterizedTest
    @MethodSource("guideFixes")
    void theGuideFixesDeclareTheActionsTheyUse(GuideFix expected) {
        FixDescriptor fix = descriptor(expected.id());
        assertFalse(fix.actions().isEmpty(), expected.id() + " declares no action");
        assertTrue(fix.actions().stream().allMatch(declared -> TargetAction.IDS.contains(declared.action())),
                fix.actions().toString());
    }

    @Test
    void descriptorsComeInTheGuidesOrderThenById() {
        List<FixDescriptor> descriptors = registry.descriptors();
        assertEquals(descriptors.stream().sorted(Comparator.comparingInt(FixDescriptor::order)
                .thenComparing(FixDescriptor::id)).toList(), descriptors);
        assertEquals(List.of("m365.clear-cached-credentials", "m365.reregister-broker-plugin",
                "m365.clear-token-broker-cache", "m365.onedrive-reset", "m365.enable-tls12", "m365.resync-clock",
                "m365.vpn-reconnect-flush-dns", "m365.entra-enable-device", "m365.reregister-device"),
                descriptors.stream().map(FixDescriptor::id)
                        .filter(id -> id.startsWith("m365.")).toList());
    }

    @Test
    void readingCreatesNoFixTheFixIsCreatedOnFirstUseOnce() throws CoreException {
        int before = WellBehavedFix.CREATED.get();
        FixRegistry fresh = FixRegistry.read();
        assertEquals(before, WellBehavedFix.CREATED.get(), "read() instantiated a fix class");

        FixDescriptor wellBehaved = fresh.byId("test.well-behaved").orElseThrow();
        Fix fix = wellBehaved.fix();
        assertTrue(fix instanceof WellBehavedFix, fix.getClass().getName());
        assertEquals(before + 1, WellBehavedFix.CREATED.get());
        assertSame(fix, wellBehaved.fix());
        assertEquals(before + 1, WellBehavedFix.CREATED.get(), "the fix was created twice");
    }

    @Test
    void aClassThatDoesNotExistIsReadLazilyAndFailsOnFirstUseNamingTheBundle() {
        FixDescriptor missing = descriptor("test.missing-class");
        CoreException failure = assertThrows(CoreException.class, missing::fix);
        String message = failure.getStatus().getMessage();
        assertTrue(message.contains(TestBundle.NAME) && message.contains("org.triage.core.tests.fixes.NoSuchFix"),
                message);
    }

    @Test
    void withoutARegistryNothingIsReadAndThatIsAProblem() {
        FixRegistry none = FixRegistry.read(null);
        assertEquals(List.of(), none.descriptors());
        assertEquals(1, none.problems().size());
    }

    @Test
    void aContributorPolicyServiceHoldsBackTheFixesOfTheBundlesItRefusesSayingWhy() {
        BundleContext context = FrameworkUtil.getBundle(FixRegistryTest.class).getBundleContext();
        ContributorPolicy refuseTheTestBundle = () -> Map.of(TestBundle.NAME, "dropins/x.jar is unsigned");
        ServiceRegistration<ContributorPolicy> registration = context.registerService(ContributorPolicy.class,
                refuseTheTestBundle, null);
        FixRegistry held;
        try {
            held = FixRegistry.read();
        } finally {
            registration.unregister();
        }

        assertTrue(held.descriptors().stream().noneMatch(d -> d.contributor().equals(TestBundle.NAME)),
                "fixes of the refused bundle were read");
        assertTrue(held.problems().stream().anyMatch(p -> p.startsWith("fix 'test.well-behaved' of " + TestBundle.NAME)
                && p.endsWith("is left out: dropins/x.jar is unsigned")), held.problems().toString());
        assertTrue(held.byId("m365.clear-cached-credentials").isPresent(), "another bundle's fixes were held back");
        assertTrue(FixRegistry.read().descriptors().stream().anyMatch(d -> d.contributor().equals(TestBundle.NAME)),
                "without the policy the fixes come back");
    }
}
