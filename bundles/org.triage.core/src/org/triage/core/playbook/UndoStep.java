package org.triage.core.playbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.triage.core.engine.DiagnosisEngine;
import org.triage.core.engine.Guarded;
import org.triage.core.fix.FixDescriptor;
import org.triage.core.fix.FixRegistry;
import org.triage.core.session.Sessions;
import org.triage.core.target.Reading;
import org.triage.core.target.Target;
import org.triage.core.target.TargetAction;
import org.triage.core.target.TargetAction.SetRegistryValue;
import org.triage.core.target.TlsSettings;
import org.triage.model.Change;
import org.triage.model.Finding;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.LogLevel;
import org.triage.model.Observation;
import org.triage.model.Session;
import org.triage.model.Severity;

/**
 * The undo of one completed step as the console and the command line offer it: which step (the last attempt of a fix
 * id), whether it can be undone and, where not, why; each value it will put back with the value it has now; then
 * {@link Undo#run} and a re-diagnosis with the fix's probes, so the session shows what the step had fixed found again.
 * A value that is no longer what the step left is refused here, before anything is changed, so that an undo never
 * puts back some values and not others because one was changed since.
 */
public final class UndoStep {

    /**
     * One value the undo puts back.
     *
     * @param current  the value now, as read from the target; null where it is not set
     * @param known    whether the target could tell the value now (where not, the target still refuses a value that
     *                 is not what the step left when it writes)
     * @param restored the value put back; null where it was not set and is deleted
     */
    public record Value(SetRegistryValue action, String current, boolean known, String restored) {

        /** {@code KEY\NAME: NOW → BACK} for the operator, naming a value that changed since the step. */
        public String line() {
            return action.subject() + ": " + (known ? shown(current) : "(not read)") + " \u2192 " + shown(restored)
                    + (changedSince() ? "  (changed since: the step left " + shown(action.before()) + ")" : "");
        }

        /** Whether the value is not what the step left. */
        public boolean changedSince() {
            return known && !Objects.equals(current, action.before());
        }

        private static String shown(String value) {
            return value == null ? "(not set)" : value;
        }
    }

    /**
     * What an undo of {@code step} would do.
     *
     * @param refusal why it cannot be undone, in words for the operator; null where it can
     */
    public record Preview(String fixId, FixAttempt step, List<Value> values, String refusal) {

        public boolean refused() {
            return refusal != null;
        }

        /** The actions {@link Undo#run} carries out, the last change first. */
        public List<TargetAction> actions() {
            return values.stream().map(value -> (TargetAction) value.action()).toList();
        }

        /** The confirmation text: each value put back, now → restored. */
        public String describe() {
            StringBuilder text = new StringBuilder("Undo " + fixId + ": put back " + values.size()
                    + " registry value(s) as they were before the step (Windows reads them when it starts: restart to "
                    + "apply):\n");
            values.forEach(value -> text.append("- ").append(value.line()).append('\n'));
            return text.toString();
        }
    }

    private UndoStep() {
    }

    /** The step an undo of {@code fixId} refers to: its last attempt in the session. */
    public static Optional<FixAttempt> step(Session session, String fixId) {
        List<FixAttempt> attempts = session.getFixAttempts();
        for (int i = attempts.size() - 1; i >= 0; i--) {
            if (attempts.get(i).getFixId().equals(fixId)) {
                return Optional.of(attempts.get(i));
            }
        }
        return Optional.empty();
    }

    /** Whether {@code attempt} ran, recorded changes that can be put back, and was not undone since: what the console offers. */
    public static boolean canUndo(Session session, FixAttempt attempt) {
        return attempt != null && !attempt.getFixId().startsWith(Undo.PREFIX) && changedSomething(attempt)
                && !Undo.actions(attempt).isEmpty() && undoneBy(session, attempt).isEmpty()
                && step(session, attempt.getFixId()).orElse(null) == attempt;
    }

    /** The undo that put back what {@code attempt} changed, where one did. */
    public static Optional<FixAttempt> undoneBy(Session session, FixAttempt attempt) {
        List<FixAttempt> attempts = session.getFixAttempts();
        for (int i = attempts.indexOf(attempt) + 1; i > 0 && i < attempts.size(); i++) {
            FixAttempt later = attempts.get(i);
            if (later.getFixId().equals(Undo.PREFIX + attempt.getFixId()) && later.getOutcome() == FixOutcome.APPLIED) {
                return Optional.of(later);
            }
        }
        return Optional.empty();
    }

    /**
     * What undoing the last step of {@code fixId} puts back, each value with the one it has now on {@code target}, or
     * why it cannot be undone: no such step, it never changed anything, what it changed cannot be put back, it was
     * undone already, the target cannot write the values (not elevated, read only), or a value was changed since.
     */
    public static Preview preview(Session session, String fixId, Target target, IProgressMonitor monitor) {
        Optional<FixAttempt> found = step(session, fixId);
        if (found.isEmpty()) {
            List<String> steps = session.getFixAttempts().stream().map(FixAttempt::getFixId).distinct().toList();
            return refused(fixId, null, "the session has no step " + fixId + (steps.isEmpty() ? " (it has no steps)"
                    : "; its steps are " + String.join(", ", steps)));
        }
        FixAttempt step = found.get();
        if (fixId.startsWith(Undo.PREFIX)) {
            return refused(fixId, step, fixId + " is an undo; to change the values again, run "
                    + fixId.substring(Undo.PREFIX.length()) + " again");
        }
        if (!changedSomething(step)) {
            return refused(fixId, step, fixId + " never ran: it is " + step.getOutcome().getLiteral()
                    + (step.getOutcomeMessage() == null ? "" : " (" + step.getOutcomeMessage() + ")")
                    + ", so it changed nothing to put back");
        }
        List<TargetAction> actions = Undo.actions(step);
        if (actions.isEmpty()) {
            return refused(fixId, step, fixId + " is not reversible: it records no change that can be put back ("
                    + String.join("; ", step.getChanges().stream().filter(Change::isSucceeded)
                            .map(change -> change.getAction() + " " + change.getSubject()).toList())
                    + "); only registry values set with their old value recorded are put back");
        }
        Optional<FixAttempt> undone = undoneBy(session, step);
        if (undone.isPresent()) {
            return refused(fixId, step, fixId + " was undone already (" + undone.get().getOutcomeMessage() + ")");
        }
        List<String> unable = actions.stream().map(target::whyUnable).filter(Objects::nonNull).distinct().toList();
        if (!unable.isEmpty()) {
            return refused(fixId, step, "this target cannot put the values back: " + String.join("; ", unable));
        }
        Reading<TlsSettings> tls = target.tlsSettings(monitor);
        List<Value> values = new ArrayList<>();
        for (TargetAction action : actions) {
            SetRegistryValue set = (SetRegistryValue) action;
            Optional<Optional<String>> now = tls.kind() == Reading.Kind.VALUE ? current(tls.value(), set)
                    : Optional.empty();
            values.add(new Value(set, now.flatMap(v -> v).orElse(null), now.isPresent(), set.after()));
        }
        List<Value> changed = values.stream().filter(Value::changedSince).toList();
        if (!changed.isEmpty()) {
            return new Preview(fixId, step, values, changed.size() + " value(s) changed since " + fixId + " ran, so "
                    + "nothing is put back: " + String.join("; ", changed.stream().map(value -> value.action().subject()
                            + " is " + Value.shown(value.current()) + " now, not " + Value.shown(value.action().before())
                            + " as the step left it").toList()));
        }
        return new Preview(fixId, step, values, null);
    }

    /**
     * Carries out a preview that was not refused: {@link Undo#run}, then the undone fix's probes run again and the
     * findings are evaluated, so the session shows what the step had fixed where it is found again.
     */
    public static FixAttempt run(Session session, Target target, Preview preview, DiagnosisEngine engine,
            FixRegistry registry, IProgressMonitor monitor) {
        if (preview.refused()) {
            throw new IllegalArgumentException(preview.refusal());
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Undo " + preview.fixId(), 10);
        FixAttempt undo = Undo.run(session, target, preview.step(), progress.split(4));
        List<String> probes = registry.byId(preview.fixId()).map(UndoStep::verificationProbes).orElse(List.of());
        if (probes.isEmpty()) {
            Sessions.log(undo, LogLevel.INFO, "undo", "the fix names no probe: inspect again to see what is found now");
            return undo;
        }
        List<Observation> rerun = engine.run(session, target, probes, progress.split(6));
        undo.getVerification().addAll(rerun);
        engine.evaluate(session);
        List<String> back = session.getFindings().stream().filter(finding -> finding.getSeverity() != Severity.INFO)
                .map(Finding::getCauseId).filter(preview.step().getAddressedCauses()::contains).distinct().toList();
        Sessions.log(undo, LogLevel.INFO, "undo", "re-diagnosed with " + probes + ": " + (back.isEmpty()
                ? "none of " + preview.step().getAddressedCauses() + " is found (the change may take effect only after "
                        + "a restart)" : "found again: " + back));
        new PlaybookRunner(engine, registry, target, session).conclude();
        return undo;
    }

    private static List<String> verificationProbes(FixDescriptor fix) {
        try {
            return Guarded.call("verification probes of fix " + fix.id() + " (" + fix.origin() + ")",
                    () -> fix.fix().verificationProbes(), fix.timeoutSeconds() * 1000L, null);
        } catch (Guarded.Failure failure) {
            return List.of();
        }
    }

    private static boolean changedSomething(FixAttempt attempt) {
        return attempt.getChanges().stream().anyMatch(Change::isSucceeded);
    }

    /**
     * The value {@code set} writes, as the target's TLS settings tell it now: empty where they do not hold it, an
     * empty inner optional where it is not set.
     */
    static Optional<Optional<String>> current(TlsSettings tls, SetRegistryValue set) {
        String key = set.key().toLowerCase(Locale.ROOT);
        for (TlsSettings.Protocol protocol : tls.protocols()) {
            if (protocol.clientKey().toLowerCase(Locale.ROOT).equals(key)) {
                return switch (set.name()) {
                    case "Enabled" -> Optional.of(Optional.ofNullable(unsigned(protocol.enabled())));
                    case "DisabledByDefault" -> Optional.of(Optional.ofNullable(unsigned(protocol.disabledByDefault())));
                    default -> Optional.empty();
                };
            }
        }
        if (TlsSettings.WINHTTP_KEY.equalsIgnoreCase(set.key()) && "DefaultSecureProtocols".equals(set.name())) {
            return Optional.of(Optional.ofNullable(unsigned(tls.winHttpDefaultSecureProtocols())));
        }
        if (TlsSettings.CIPHER_SUITE_ORDER_POLICY_KEY.equalsIgnoreCase(set.key())
                && TlsSettings.CIPHER_SUITE_ORDER_POLICY_VALUE.equals(set.name())) {
            return Optional.of(Optional.ofNullable(tls.cipherSuiteOrderPolicy() == null ? null
                    : String.join(",", tls.cipherSuiteOrderPolicy())));
        }
        return Optional.empty();
    }

    private static String unsigned(Integer value) {
        return value == null ? null : Long.toString(value & 0xFFFFFFFFL);
    }

    private static Preview refused(String fixId, FixAttempt step, String why) {
        return new Preview(fixId, step, List.of(), why);
    }
}
