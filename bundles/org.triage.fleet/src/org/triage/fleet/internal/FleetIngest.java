package org.triage.fleet.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.triage.core.engine.Diagnosis;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.target.Target;
import org.triage.core.target.TargetException;
import org.triage.fleet.Dimension;
import org.triage.fleet.FleetException;
import org.triage.fleet.FleetFinding;
import org.triage.fleet.IngestResult;
import org.triage.fleet.IngestedFile;
import org.triage.fleet.IngestedFile.Outcome;
import org.triage.fleet.internal.IngestCandidates.Candidate;
import org.triage.model.Session;

/**
 * Ingests snapshots and exports in parallel: each worker hashes one file, skips it when its content is in the index,
 * otherwise opens it as a target, diagnoses it with the standard engine and records it in its own transaction. A
 * worker holds one snapshot at a time, so memory stays bounded by the number of workers. A file that cannot be read
 * is recorded as unreadable with the reason and the others go on; a database failure stops the ingest (what was
 * committed stays).
 */
public final class FleetIngest {

    /** Opens a file or folder as a target of the kind ({@code snapshot}, {@code export}). */
    @FunctionalInterface
    public interface TargetOpener {
        Target open(String kind, Path path) throws TargetException;
    }

    private static final String UNIQUE_VIOLATION = "23505";
    private static final int MAX_REASON = 3900;

    private final FleetDatabase database;
    private final TargetOpener opener;
    private final int threads;
    private final String productVersion;
    private final AtomicLong readingNanos = new AtomicLong();
    private final AtomicLong databaseNanos = new AtomicLong();

    public FleetIngest(FleetDatabase database, TargetOpener opener, int threads, String productVersion) {
        this.database = database;
        this.opener = opener;
        this.threads = Math.max(1, threads);
        this.productVersion = productVersion;
    }

    public IngestResult run(List<Path> roots, Consumer<IngestedFile> listener, IProgressMonitor monitor)
            throws FleetException {
        long started = System.nanoTime();
        List<String> problems = new ArrayList<>();
        List<Candidate> candidates = IngestCandidates.under(roots, problems);
        SubMonitor progress = SubMonitor.convert(monitor, "Ingesting " + candidates.size() + " snapshot(s)",
                candidates.size());
        if (listener instanceof org.triage.fleet.IngestListener counting) {
            counting.found(candidates.size());
        }
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService workers = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "fleet-ingest");
            thread.setDaemon(true);
            return thread;
        });
        CompletionService<IngestedFile> completion = new ExecutorCompletionService<>(workers);
        int diagnosed = 0;
        int skipped = 0;
        int unreadable = 0;
        boolean cancelled = false;
        FleetException failure = null;
        try {
            List<Future<IngestedFile>> pending = new ArrayList<>();
            for (Candidate candidate : candidates) {
                pending.add(completion.submit(() -> stop.get() ? null : ingest(candidate)));
            }
            for (int done = 0; done < pending.size(); done++) {
                Future<IngestedFile> next;
                while ((next = completion.poll(200, TimeUnit.MILLISECONDS)) == null) {
                    if (progress.isCanceled() && !stop.get()) {
                        stop.set(true);
                        cancelled = true;
                    }
                }
                IngestedFile file;
                try {
                    file = next.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof FleetException fleet) {
                        if (failure == null) {
                            failure = fleet;
                        }
                        stop.set(true);
                        continue;
                    }
                    throw new IllegalStateException(e.getCause());
                }
                if (file == null) {
                    continue;
                }
                switch (file.outcome()) {
                    case DIAGNOSED -> diagnosed++;
                    case SKIPPED -> skipped++;
                    case UNREADABLE -> unreadable++;
                }
                listener.accept(file);
                progress.subTask(file.path().getFileName().toString());
                progress.worked(1);
                if (progress.isCanceled() && !stop.get()) {
                    stop.set(true);
                    cancelled = true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled = true;
            stop.set(true);
        } finally {
            workers.shutdownNow();
        }
        if (failure != null) {
            throw failure;
        }
        return new IngestResult(candidates.size(), diagnosed, skipped, unreadable, cancelled,
                Duration.ofNanos(System.nanoTime() - started), Duration.ofNanos(readingNanos.get()),
                Duration.ofNanos(databaseNanos.get()), threads, List.copyOf(problems));
    }

    private IngestedFile ingest(Candidate candidate) throws FleetException {
        long began = System.nanoTime();
        String sha256;
        try {
            sha256 = IngestCandidates.sha256(candidate);
        } catch (IOException e) {
            readingNanos.addAndGet(System.nanoTime() - began);
            // without its content there is no hash to record it under: said, not recorded
            return new IngestedFile(candidate.path(), null, Outcome.UNREADABLE, null,
                    "cannot read: " + e.getMessage());
        }
        readingNanos.addAndGet(System.nanoTime() - began);
        if (alreadyIngested(sha256)) {
            return new IngestedFile(candidate.path(), sha256, Outcome.SKIPPED, null, null);
        }
        began = System.nanoTime();
        String kind = IngestCandidates.kind(candidate);
        SnapshotFacts facts;
        String reason = null;
        try (Target target = opener.open(kind, candidate.path())) {
            Session session = Diagnosis.newSession(target, null, null, productVersion);
            DiagnosisEngine.standard().diagnose(session, target, new NullProgressMonitor());
            facts = SnapshotFacts.of(session);
        } catch (TargetException e) {
            facts = null;
            reason = e.getMessage();
        } catch (RuntimeException | StackOverflowError e) {
            facts = null;
            reason = "the diagnosis failed: " + e;
        } finally {
            readingNanos.addAndGet(System.nanoTime() - began);
        }
        return record(candidate, kind, sha256, facts, reason);
    }

    private boolean alreadyIngested(String sha256) throws FleetException {
        long began = System.nanoTime();
        Connection connection = database.borrow();
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM snapshot WHERE sha256 = ?")) {
            query.setString(1, sha256);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new FleetException("cannot read the fleet index " + database.url() + ": " + e.getMessage(), e);
        } finally {
            database.giveBack(connection);
            databaseNanos.addAndGet(System.nanoTime() - began);
        }
    }

    private IngestedFile record(Candidate candidate, String kind, String sha256, SnapshotFacts facts, String reason)
            throws FleetException {
        long began = System.nanoTime();
        String device = facts == null ? null : deviceKey(facts.hostname(), candidate.path());
        Connection connection = database.borrow();
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO snapshot (sha256, path, kind, "
                    + "status, reason, device, hostname, collected_at, collected_day, vpn_client, gateway, "
                    + "tunnel_mode, site, os_build, join_type, proxy, ingested_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int i = 1;
                insert.setString(i++, sha256);
                insert.setString(i++, candidate.path().toString());
                insert.setString(i++, kind);
                insert.setString(i++, facts == null ? "unreadable" : "diagnosed");
                insert.setString(i++, reason == null ? null : truncate(reason, MAX_REASON));
                insert.setString(i++, device);
                insert.setString(i++, facts == null ? null : truncate(facts.hostname(), 255));
                insert.setObject(i++, facts == null ? null : facts.collectedAt());
                insert.setObject(i++, facts == null || facts.collectedAt() == null ? null
                        : LocalDate.parse(facts.facts().get(Dimension.DAY)));
                for (Dimension dimension : List.of(Dimension.VPN_CLIENT, Dimension.GATEWAY, Dimension.TUNNEL_MODE,
                        Dimension.SITE, Dimension.OS_BUILD, Dimension.JOIN_TYPE, Dimension.PROXY)) {
                    String value = facts == null ? null : facts.facts().get(dimension);
                    insert.setString(i++, truncate(value, dimension == Dimension.PROXY ? 512
                            : dimension == Dimension.TUNNEL_MODE ? 32 : dimension == Dimension.OS_BUILD ? 64 : 255));
                }
                insert.setObject(i++, OffsetDateTime.now(ZoneOffset.UTC));
                insert.executeUpdate();
            }
            if (facts != null && !facts.findings().isEmpty()) {
                try (PreparedStatement finding = connection.prepareStatement(
                        "INSERT INTO finding (sha256, cause_id, severity) VALUES (?, ?, ?)")) {
                    for (FleetFinding each : facts.findings()) {
                        finding.setString(1, sha256);
                        finding.setString(2, each.causeId());
                        finding.setString(3, each.severity());
                        finding.addBatch();
                    }
                    finding.executeBatch();
                }
            }
            connection.commit();
            return new IngestedFile(candidate.path(), sha256, facts == null ? Outcome.UNREADABLE : Outcome.DIAGNOSED,
                    device, reason);
        } catch (SQLException e) {
            rollback(connection);
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                // the same content twice in this run (a copy of the file): the first one recorded it
                return new IngestedFile(candidate.path(), sha256, Outcome.SKIPPED, device, null);
            }
            throw new FleetException("cannot record " + candidate.path() + " in the fleet index " + database.url()
                    + ": " + e.getMessage(), e);
        } finally {
            database.giveBack(connection);
            databaseNanos.addAndGet(System.nanoTime() - began);
        }
    }

    /** The host name, upper case (Windows names are case-insensitive); the file's name where the snapshot has none. */
    static String deviceKey(String hostname, Path path) {
        if (hostname != null && !hostname.isBlank()) {
            return truncate(hostname.strip().toUpperCase(Locale.ROOT), 255);
        }
        return truncate("(no host name) " + path.getFileName(), 255);
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    private static void rollback(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // the connection is given back and reset
        }
    }
}
