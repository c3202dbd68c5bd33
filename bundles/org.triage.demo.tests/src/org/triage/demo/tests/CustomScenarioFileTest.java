package org.triage.demo.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.triage.tests.harness.SessionQueries.findings;
import static org.triage.tests.harness.SessionQueries.fixIds;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.triage.core.rules.Causes;
import org.triage.core.target.Target;
import org.triage.core.target.TargetException;
import org.triage.model.Session;
import org.triage.model.Severity;
import org.triage.tests.harness.Diagnoses;

/** {@code demo:/path/scenario.json}: an admin's own scenario file. */
class CustomScenarioFileTest {

    /** The least a scenario needs, plus one Office credential cached before the password change. */
    private static final String STALE_CREDENTIAL_SCENARIO = """
            {
              "name": "lab-stale-credential",
              "hostname": "LAB-PC-01",
              "os": "Microsoft Windows 11 Enterprise 10.0.26100",
              "user": "kim@contoso.com",
              "passwordChangedMinutesAgo": 30,
              "symptom": { "code": "0x8004de40", "application": "OneDrive" },
              "credentials": [
                { "targetName": "MicrosoftOffice16_Data:SSPI:kim@contoso.com", "user": "kim@contoso.com",
                  "writtenMinutesAgo": 600 }
              ],
              "registration": { "tenantId": "3c5e9a1d-8b7f-4e2a-9d61-7a0c4f2b8e15",
                                "deviceId": "0f6c2e8a-4b1d-4f3e-9a7c-5d2b8e1f0a63", "prtUpdatedMinutesAgo": 900 }
            }
            """;

    @TempDir
    Path folder;

    @Test
    void aScenarioFileOfOnesOwnOpensAndIsDiagnosed() throws Exception {
        Path file = Files.writeString(folder.resolve("lab.json"), STALE_CREDENTIAL_SCENARIO, StandardCharsets.UTF_8);

        try (Target target = Diagnoses.open("demo:" + file)) {
            assertEquals("demo", target.info().kind());
            assertEquals("LAB-PC-01", target.info().hostname());
            assertEquals("kim@contoso.com", target.info().user());
            Session session = Diagnoses.diagnose(target);

            assertEquals(Map.of(Causes.STALE_CACHED_CREDENTIALS, Severity.ERROR,
                    Causes.PRT_MISSING_OR_STALE, Severity.ERROR), findings(session));
            assertEquals("m365.clear-cached-credentials", fixIds(session).get(0));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "{ \"hostname\": \"LAB-PC-01\", \"user\": ",
            "{ \"hostname\": \"LAB-PC-01\", \"user\": \"kim@contoso.com\", \"credentials\": 5 }",
            "{ \"hostname\": \"LAB-PC-01\" }", "" })
    void aMalformedScenarioFileIsRefusedNamingTheFile(String content) throws Exception {
        Path file = Files.writeString(folder.resolve("broken.json"), content, StandardCharsets.UTF_8);

        TargetException refused = assertThrows(TargetException.class, () -> Diagnoses.open("demo:" + file));

        assertTrue(refused.getMessage().contains(file.toString()), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"tokenBroker\": { \"damaged\": \"broken\" }",
            "\"tokenBroker\": { \"events\": [ { \"id\": 1098, \"message\": \"Error: 0xCAA5001C\" } ] }" })
    void aTokenBrokerThatCannotBeIsRefusedSayingWhy(String section) throws Exception {
        Path file = Files.writeString(folder.resolve("broker.json"), "{ \"hostname\": \"LAB-PC-01\", \"user\":"
                + " \"kim@contoso.com\", " + section + " }", StandardCharsets.UTF_8);

        TargetException refused = assertThrows(TargetException.class, () -> Diagnoses.open("demo:" + file));

        assertTrue(refused.getMessage().contains(file.toString()), refused.getMessage());
        assertTrue(refused.getMessage().contains("tokenBroker"), refused.getMessage());
    }

    @Test
    void aMissingScenarioFileIsRefusedNamingTheFile() {
        Path file = folder.resolve("nowhere.json");

        TargetException refused = assertThrows(TargetException.class, () -> Diagnoses.open("demo:" + file));

        assertTrue(refused.getMessage().contains(file.toString()), refused.getMessage());
    }
}
