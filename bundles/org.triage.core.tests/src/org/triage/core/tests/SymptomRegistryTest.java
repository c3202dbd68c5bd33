package org.triage.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;
import org.triage.core.rules.AadstsCodes;
import org.triage.core.rules.Causes;
import org.triage.core.session.Sessions;
import org.triage.core.symptom.SymptomDescriptor;
import org.triage.core.symptom.SymptomHints;
import org.triage.core.symptom.SymptomRegistry;
import org.triage.core.target.TargetInfo;
import org.triage.core.tests.support.TestBundle;
import org.triage.model.LogEntry;
import org.triage.model.Session;

/**
 * Reads the real extension registry: the symptom catalogue of org.triage.fixes.m365, and this bundle's
 * plugin.xml with a well-formed symptom, one that repeats its code and four malformed ones.
 */
class SymptomRegistryTest {

    private static final String M365 = "org.triage.fixes.m365";

    private final SymptomRegistry registry = SymptomRegistry.read();

    private List<String> problemsOfTheTestBundle() {
        return registry.problems().stream().filter(problem -> problem.contains(TestBundle.NAME)).toList();
    }

    @Test
    void eachMalformedContributionIsReportedWithTheBundleAndItsVersionAndLeftOut() {
        List<String> problems = problemsOfTheTestBundle();
        List<List<String>> expected = List.of(
                List.of("symptom 'test-1'", "symptom 'TEST-1' of " + TestBundle.NAME, "describes the same code"),
                List.of("symptom 'TEST-NO-MESSAGE'", "has no 'message'"),
                List.of("symptom 'TEST-NOT-A-URL'", "'source' is not an http(s) address: the admin guide, page 4"),
                List.of("symptom 'TEST-NO-CAUSE'", "points to no cause"),
                List.of("symptom 'TEST-BAD-CAUSE'", "'Stale Credentials!' is not a cause id"));
        assertEquals(expected.size(), problems.size(), problems.toString());
        for (List<String> parts : expected) {
            assertEquals(1, problems.stream().filter(p -> parts.stream().allMatch(p::contains)).count(),
                    "no single problem says " + parts + ": " + problems);
        }
        assertTrue(problems.stream().allMatch(p -> p.contains(" of " + TestBundle.NAME + " " + TestBundle.version())),
                problems.toString());
        for (String code : List.of("TEST-NO-MESSAGE", "TEST-NOT-A-URL", "TEST-NO-CAUSE", "TEST-BAD-CAUSE")) {
            assertFalse(registry.byCode(code).isPresent(), code);
        }
    }

    @Test
    void theFirstOfTwoContributionsOfOneCodeIsKept() {
        SymptomDescriptor kept = registry.byCode("Test-1").orElseThrow();
        assertEquals("Test App", kept.app());
        assertEquals(List.of("com.example.split-dns", "stale-cached-credentials"), kept.causes());
        assertEquals(TestBundle.NAME, kept.contributor());
        assertEquals(1, registry.descriptors().stream().filter(d -> d.code().equalsIgnoreCase("test-1")).count());
    }

    @Test
    void problemsAreLoggedThroughILogNamingTheBundle() {
        List<String> logged = new ArrayList<>();
        ILogListener listener = (IStatus status, String plugin) -> logged.add(status.getMessage());
        ILog log = ILog.of(SymptomRegistry.class);
        log.addLogListener(listener);
        try {
            SymptomRegistry.read();
        } finally {
            log.removeLogListener(listener);
        }
        assertTrue(logged.stream().anyMatch(m -> m.contains("TEST-NOT-A-URL") && m.contains(TestBundle.NAME)), logged.toString());
    }

    @Test
    void theProductCatalogueHoldsAtLeastThirtyGroundedSymptoms() {
        List<SymptomDescriptor> product = registry.descriptors().stream().filter(d -> d.contributor().equals(M365)).toList();
        assertTrue(product.size() >= 30, "the catalogue holds " + product.size());
        assertTrue(registry.problems().stream().noneMatch(p -> p.contains(M365)), registry.problems().toString());
        Set<String> apps = product.stream().map(SymptomDescriptor::app).collect(Collectors.toSet());
        assertTrue(apps.containsAll(Set.of("OneDrive", "Teams", "Outlook", "Office", "Windows", "Entra ID")), apps.toString());
        for (SymptomDescriptor symptom : product) {
            URI source = URI.create(symptom.source());
            assertEquals("https", source.getScheme(), symptom.code());
            assertFalse(symptom.message().isBlank(), symptom.code());
            assertTrue(symptom.distinguish() != null && !symptom.distinguish().isBlank(),
                    symptom.code() + " says how the console tells its causes apart");
            assertTrue(symptom.causes().stream().allMatch(cause -> Causes.byId(cause).isPresent()),
                    symptom.code() + " points only to causes the product knows: " + symptom.causes());
        }
    }

    @Test
    void theIssueFamilyIsInTheCatalogue() {
        for (String code : List.of("0x8004de40", "0x8004de88", "0x8004de90", "0xCAA20003", "0xCAA70004",
                "0xCAA82EE2", "0xCAA5001C", "Need Password", "AADSTS50126", "AADSTS50173", "AADSTS50076",
                "AADSTS50079", "AADSTS53003", "AADSTS53000", "AADSTS700082", "AADSTS50133", "AADSTS50158")) {
            assertTrue(registry.byCode(code).isPresent(), code);
        }
        assertEquals("AADSTS50126", registry.byCode("50126").orElseThrow().code(), "a bare AADSTS number names its code");
        assertEquals("0xCAA5001C", registry.byCode("0xcaa5001c").orElseThrow().code());
    }

    @Test
    void aadstsMeaningsComeFromTheCatalogue() {
        assertEquals(registry.byCode("AADSTS50173").orElseThrow().meaning(), AadstsCodes.meaning("aadsts50173").orElseThrow());
        assertEquals("The user account is disabled", AadstsCodes.meaning("AADSTS50057").orElseThrow());
        assertFalse(AadstsCodes.meaning("AADSTS99999").isPresent());
    }

    @Test
    void aSessionRecordsTheSymptomsMeaningAndCausesWhereItsReadersSeeThem() {
        Session session = session("0xcaa82ee2");
        assertTrue(SymptomHints.record(session, registry).isPresent());
        assertEquals("Teams", session.getSymptom().getApplication());
        String recorded = SymptomHints.recorded(session.getSymptom()).orElseThrow();
        assertTrue(recorded.contains("The request has timed out"), recorded);
        assertTrue(recorded.contains("auth-endpoints-unreachable, full-tunnel-vpn, proxy-blocks-auth"), recorded);
        assertTrue(recorded.contains("Source: https://support.microsoft.com/"), recorded);
        LogEntry entry = session.getLog().get(session.getLog().size() - 1);
        assertEquals("symptoms", entry.getSource());

        SymptomHints.record(session, registry);
        assertEquals(session.getSymptom().getDescription().indexOf(SymptomHints.MARKER),
                session.getSymptom().getDescription().lastIndexOf(SymptomHints.MARKER), "recorded once");
    }

    @Test
    void aCodeNotInTheCatalogueIsKeptAndDiagnosedWithoutHints() {
        Session session = session("0x80049dd3");
        assertFalse(SymptomHints.record(session, registry).isPresent());
        assertEquals("0x80049dd3", session.getSymptom().getCode());
        assertNull(session.getSymptom().getDescription());
        assertTrue(session.getLog().stream().anyMatch(e -> e.getMessage().contains("without symptom hints")));
    }

    private static Session session(String code) {
        return Sessions.create(new TargetInfo("demo", "test", "PC01", "Windows 11", "user", null, false),
                Sessions.symptom(code, null, null, null), "test");
    }
}
