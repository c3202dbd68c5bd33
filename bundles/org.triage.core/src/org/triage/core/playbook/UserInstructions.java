package org.triage.core.playbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.triage.model.Change;
import org.triage.model.FixAttempt;
import org.triage.model.FixOutcome;
import org.triage.model.LogEntry;
import org.triage.model.Session;
import org.triage.model.TargetDescription;
import org.triage.core.target.TargetAction;

/**
 * The playbook steps the console cannot carry out itself (a snapshot or an export target, a step that needs rights
 * the console lacks), written for the user: as plain text for the ticket, and as a PowerShell script that runs the
 * same commands the preview shows. Nothing secret is in either: the commands name credential entries, never their
 * contents.
 */
public final class UserInstructions {

    /** The source of the log entries that hold a step's instructions, as the playbook records them. */
    static final String INSTRUCTION = "instruction";
    private static final String CRLF = "\r\n";

    private UserInstructions() {
    }

    /** The steps handed to the user: not automatable here, and planned or already handed over. */
    public static List<FixAttempt> handedToUser(Session session) {
        return session.getFixAttempts().stream().filter(attempt -> !attempt.isAutomatable()
                && (attempt.getOutcome() == FixOutcome.PLANNED || attempt.getOutcome() == FixOutcome.INSTRUCTED))
                .toList();
    }

    /** The steps as numbered instructions in plain text, with CRLF line ends so that they paste into any ticket. */
    public static String text(Session session, List<FixAttempt> steps) {
        StringBuilder text = new StringBuilder();
        text.append("Instructions for the user").append(forWhom(session)).append(CRLF);
        text.append(origin(session)).append(CRLF);
        int number = 1;
        for (FixAttempt step : steps) {
            text.append(CRLF).append("Step ").append(number++).append(". ").append(step.getFixName()).append(CRLF);
            int change = 1;
            for (Change planned : step.getPlannedChanges()) {
                text.append("   ").append(change++).append(") ").append(planned.getDescription()).append(CRLF);
                if (planned.getCommand() != null) {
                    text.append(procedure(planned) ? "      How: " : "      Command: ").append(planned.getCommand())
                            .append(CRLF);
                }
            }
            List<String> instructions = instructions(step);
            if (!instructions.isEmpty()) {
                text.append("   Step by step:").append(CRLF);
                instructions.forEach(line -> text.append("   - ").append(line).append(CRLF));
            }
        }
        if (steps.isEmpty()) {
            text.append(CRLF).append("No step is handed to the user.").append(CRLF);
        }
        return text.toString();
    }

    /**
     * A PowerShell script (Windows PowerShell 5.1 and later) running the same commands the preview shows, each
     * through {@code cmd.exe} after PowerShell's stop-parsing token, so that the command line reaches cmd as the
     * preview wrote it. A step that is a procedure for a person, or a command PowerShell would split at a pipe, is
     * left as a comment to follow by hand. The script asks before each step.
     */
    public static String powerShell(Session session, List<FixAttempt> steps) {
        StringBuilder script = new StringBuilder();
        script.append("# Instructions for the user").append(comment(forWhom(session))).append(CRLF);
        script.append("# ").append(comment(origin(session))).append(CRLF);
        script.append("# Run it in PowerShell as the signed-in user; it asks before each step.").append(CRLF);
        int number = 1;
        for (FixAttempt step : steps) {
            script.append(CRLF).append("# Step ").append(number).append(": ").append(comment(step.getFixName()))
                    .append(CRLF);
            script.append("if ((Read-Host 'Step ").append(number).append(": ")
                    .append(step.getFixName().replace("'", "''")).append(" - run it now? [y/N]') -like 'y*') {")
                    .append(CRLF);
            for (Change planned : step.getPlannedChanges()) {
                script.append("    # ").append(comment(planned.getDescription())).append(CRLF);
                String command = planned.getCommand();
                if (command == null || command.isBlank()) {
                    continue;
                }
                if (procedure(planned) || command.contains("|") || command.contains("\n") || command.contains("\r")) {
                    script.append("    # by hand: ").append(comment(command)).append(CRLF);
                    script.append("    Read-Host 'Do this by hand, then press Enter: ")
                            .append(comment(command).replace("'", "''")).append("'").append(CRLF);
                } else {
                    script.append("    cmd.exe /d /c --% ").append(command).append(CRLF);
                }
            }
            script.append("}").append(CRLF);
            number++;
        }
        return script.toString();
    }

    /**
     * Writes the text to {@code textFile} and the script beside it ({@code .ps1} in place of its extension), each
     * through a temporary file so that a failure leaves no half-written file; returns the script's path.
     */
    public static Path write(Session session, List<FixAttempt> steps, Path textFile) throws IOException {
        String name = textFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path scriptFile = textFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".ps1");
        if (scriptFile.equals(textFile)) {
            throw new IOException(textFile + " would be overwritten by the script: name the text file .txt");
        }
        writeAtomically(textFile, text(session, steps).getBytes(StandardCharsets.UTF_8));
        // Windows PowerShell 5.1 reads a script without a BOM in the ANSI code page
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = powerShell(session, steps).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(body, 0, withBom, bom.length, body.length);
        writeAtomically(scriptFile, withBom);
        return scriptFile;
    }

    private static void writeAtomically(Path file, byte[] content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, ".instructions", ".tmp");
        try {
            Files.write(temporary, content);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static boolean procedure(Change change) {
        return TargetAction.PROCEDURES.contains(change.getAction());
    }

    private static List<String> instructions(FixAttempt step) {
        return step.getLog().stream().filter(entry -> INSTRUCTION.equals(entry.getSource())).map(LogEntry::getMessage)
                .distinct().toList();
    }

    private static String forWhom(Session session) {
        TargetDescription target = session.getTarget();
        if (target == null) {
            return "";
        }
        String who = target.getUser() == null ? "" : " " + target.getUser();
        String where = target.getHostname() == null ? "" : " on " + target.getHostname();
        return who.isEmpty() && where.isEmpty() ? "" : ":" + who + where;
    }

    private static String origin(Session session) {
        String symptom = session.getSymptom() == null || session.getSymptom().getCode() == null ? ""
                : " for " + session.getSymptom().getCode();
        return "From Triage Console session " + session.getId() + symptom + ".";
    }

    /** A line safe inside a PowerShell comment or single-quoted prompt: no line breaks. */
    private static String comment(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n]+", " ");
    }
}
