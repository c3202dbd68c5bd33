package org.triage.export.target;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.triage.core.target.ReportedProblem;
import org.triage.core.target.TargetAction;
import org.triage.core.target.TargetInfo;
import org.triage.export.EvidenceSources;
import org.triage.export.ExportArchive;
import org.triage.formats.readings.RawOutput;
import org.triage.formats.readings.SnapshotFile;
import org.triage.formats.readings.SnapshotOutputsTarget;
import org.triage.model.Observation;
import org.triage.model.RawEvidence;
import org.triage.model.Session;
import org.triage.model.Symptom;
import org.triage.model.TargetDescription;

/**
 * An export, re-diagnosed offline from its raw evidence: each piece of evidence that is the output of a command
 * the snapshot format knows ({@code dsregcmd /status}, {@code cmdkey /list}, …) is read again, exactly as a
 * snapshot file would be; the newest output of each command wins. What the export holds no output for is
 * unsupported. Like a snapshot it only observes: every fix becomes an instruction.
 */
final class ExportTarget extends SnapshotOutputsTarget {

    private final ExportArchive archive;
    private final TargetInfo info;
    private final Map<SnapshotFile, RawEvidence> outputs = new EnumMap<>(SnapshotFile.class);

    ExportTarget(ExportArchive archive) {
        this.archive = archive;
        Session session = archive.session();
        TargetDescription target = session.getTarget();
        this.info = new TargetInfo("export", archive.file().toString(), target == null ? null : target.getHostname(),
                target == null ? null : target.getOs(), target == null ? null : target.getUser(),
                target == null || target.getCollectedAt() == null ? null : target.getCollectedAt().toInstant(), true);
        for (Observation observation : session.getObservations()) {
            for (RawEvidence evidence : observation.getEvidence()) {
                EvidenceSources.recognise(evidence).ifPresent(file -> outputs.put(file, evidence));
            }
        }
    }

    @Override
    public TargetInfo info() {
        return info;
    }

    @Override
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        archive.integrityProblems().forEach(problem -> notes.add("export integrity: " + problem));
        if (archive.manifest().pseudonymized()) {
            notes.add("the export is pseudonymised: names, addresses and ids in it are pseudonyms");
        }
        return notes;
    }

    @Override
    protected Optional<RawOutput> output(SnapshotFile file) {
        return Optional.ofNullable(outputs.get(file)).map(ExportTarget::rawOutput);
    }

    @Override
    protected String whyMissing(SnapshotFile file) {
        return "the export holds no output of " + file.command();
    }

    private static RawOutput rawOutput(RawEvidence evidence) {
        return new RawOutput(evidence.getSource(), evidence.getFileName(), evidence.getExitCode(),
                evidence.getCapturedAt() == null ? null : evidence.getCapturedAt().toInstant(),
                evidence.getContent() == null ? new byte[0] : evidence.getContent().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Optional<ReportedProblem> reportedProblem() {
        Symptom symptom = archive.session().getSymptom();
        if (symptom == null) {
            return Optional.empty();
        }
        return Optional.of(new ReportedProblem(symptom.getCode(), symptom.getApplication(), symptom.getDescription(),
                symptom.getPasswordChangedAt() == null ? null : symptom.getPasswordChangedAt().toInstant()));
    }

    @Override
    public String whyUnable(TargetAction action) {
        return "an export is a record: nothing on the workstation can be changed from it; the user carries this "
                + "step out";
    }
}
