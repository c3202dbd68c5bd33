package org.triage.install;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * The record of every install and uninstall, one JSON object a line in
 * {@code configuration/org.triage.install/installs.jsonl}. Lines are only ever appended, under a file lock, so
 * the console and the command line can both write to it; a line that cannot be read is reported and the
 * others still are.
 */
public final class InstallLog {

    public static final String FILE_NAME = "installs.jsonl";

    /** What was read: the records in order, and the lines that could not be read. */
    public record Entries(List<InstallRecord> records, List<String> problems) {
    }

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
    private static final Object IN_THIS_PROCESS = new Object();

    private final Path file;

    public InstallLog(Path stateDir) {
        this.file = stateDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    public void append(InstallRecord record) throws InstallException {
        byte[] line = (GSON.toJson(record) + "\n").getBytes(StandardCharsets.UTF_8);
        // a file lock keeps other processes out; threads of this one take turns first (a JVM holds file locks as one)
        synchronized (IN_THIS_PROCESS) {
            appendLocked(line);
        }
    }

    private void appendLocked(byte[] line) throws InstallException {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND); FileLock lock = channel.lock()) {
                ByteBuffer buffer = ByteBuffer.wrap(line);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(false);
            }
        } catch (IOException e) {
            throw new InstallException("cannot write the install log " + file + ": " + e.getMessage(), e);
        }
    }

    public Entries read() throws InstallException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Entries(List.of(), List.of());
        } catch (IOException e) {
            throw new InstallException("cannot read the install log " + file + ": " + e.getMessage(), e);
        }
        List<InstallRecord> records = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                InstallRecord record = GSON.fromJson(line, InstallRecord.class);
                if (record == null || record.action() == null || record.outcome() == null) {
                    throw new JsonParseException("no action or outcome");
                }
                records.add(record);
            } catch (JsonParseException e) {
                problems.add(file + " line " + (i + 1) + " cannot be read: " + e.getMessage());
            }
        }
        return new Entries(records, problems);
    }
}
