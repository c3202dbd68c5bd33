package org.triage.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triage.install.InstallLog;
import org.triage.install.InstallRecord;

import com.google.gson.JsonParser;

/** The install log: one JSON object a line, appended, read back even where a line is damaged. */
class InstallLogTest {

    @TempDir
    Path state;

    private static InstallRecord record(String action, String outcome, int n) {
        return new InstallRecord("2026-11-26T08:00:0" + (n % 10) + "Z", action, outcome, "message " + n,
                "/srv/fixes/repository", "alex", "signed content only",
                List.of(new InstallRecord.Unit("com.example.feature.feature.group", "1.0." + n)),
                List.of(new InstallRecord.Artifact("com.example", "1.0." + n, "unsigned")),
                List.of(new InstallRecord.FixEntry("com.example.fix", "Fix \"it\" <now>", "com.example 1.0." + n)), 0);
    }

    @Test
    void recordsAreAppendedOneJsonObjectALineAndReadBackInOrder() throws Exception {
        InstallLog log = new InstallLog(state.resolve("not-yet-there"));
        assertEquals(List.of(), log.read().records());

        log.append(record(InstallRecord.INSTALL, InstallRecord.DONE, 1));
        log.append(record(InstallRecord.UNINSTALL, InstallRecord.DONE, 2));

        List<String> lines = Files.readAllLines(log.file(), StandardCharsets.UTF_8);
        assertEquals(2, lines.size());
        lines.forEach(line -> assertTrue(JsonParser.parseString(line).isJsonObject(), line));
        InstallLog.Entries entries = log.read();
        assertEquals(List.of(record(InstallRecord.INSTALL, InstallRecord.DONE, 1),
                record(InstallRecord.UNINSTALL, InstallRecord.DONE, 2)), entries.records());
        assertEquals(List.of(), entries.problems());
    }

    @Test
    void aDamagedLineIsReportedAndTheOthersAreStillRead() throws Exception {
        InstallLog log = new InstallLog(state);
        log.append(record(InstallRecord.INSTALL, InstallRecord.DONE, 1));
        Files.writeString(log.file(), "{\"action\": \"install\", \"outco\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        log.append(record(InstallRecord.INSTALL, InstallRecord.REFUSED, 3));

        InstallLog.Entries entries = log.read();

        assertEquals(2, entries.records().size());
        assertEquals(1, entries.problems().size());
        assertTrue(entries.problems().get(0).contains("line 2"), entries.problems().toString());
    }

    @Test
    void writersAtTheSameTimeEachGetWholeLines() throws Exception {
        InstallLog log = new InstallLog(state);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                done.add(writers.submit(() -> {
                    log.append(record(InstallRecord.INSTALL, InstallRecord.DONE, n));
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            writers.shutdownNow();
        }
        InstallLog.Entries entries = log.read();
        assertEquals(40, entries.records().size());
        assertEquals(List.of(), entries.problems());
    }
}
