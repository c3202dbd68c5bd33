package org.triage.platform.linux.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.triage.core.target.Evidence;
import org.triage.platform.linux.CommandResult;
import org.triage.platform.linux.LinuxHost;
import org.triage.platform.linux.ProcessRunner;

import com.google.gson.Gson;

/**
 * A machine as recorded in {@code resources/recorded/NAME}: {@code commands.json} names the output file of
 * each command line and of each file read, and the programs the machine does not have. A command that is
 * neither recorded nor declared absent is noted, so a test can assert the target asked nothing unexpected.
 */
class RecordedHost extends LinuxHost {

    private static final class Recording {
        String machine;
        Map<String, String> commands;
        Map<String, String> files;
        List<String> absent;
    }

    private final String name;
    private final Recording recording;
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final List<String> unrecorded = new CopyOnWriteArrayList<>();

    RecordedHost(String name) {
        this.name = name;
        try (InputStream in = resource("commands.json")) {
            this.recording = new Gson().fromJson(new InputStreamReader(in, StandardCharsets.UTF_8), Recording.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private InputStream resource(String file) {
        InputStream in = RecordedHost.class.getResourceAsStream("/recorded/" + name + "/" + file);
        if (in == null) {
            throw new IllegalStateException("no recorded file " + name + "/" + file);
        }
        return in;
    }

    String text(String file) {
        try (InputStream in = resource(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Command lines the target ran that the recording does not know. */
    List<String> unrecorded() {
        return unrecorded;
    }

    /** Every command line the target ran, in order. */
    List<String> asked() {
        return asked;
    }

    @Override
    public CommandResult run(IProgressMonitor monitor, String... command) {
        String line = String.join(" ", command);
        asked.add(line);
        String commandLine = ProcessRunner.commandLine(List.of(command));
        String file = recording.commands.get(line);
        if (file != null) {
            return new CommandResult(List.of(command), commandLine, Instant.now(), Duration.ZERO, 0, text(file), "",
                    null);
        }
        if (!recording.absent.contains(command[0])) {
            unrecorded.add(line);
        }
        return new CommandResult(List.of(command), commandLine, Instant.now(), Duration.ZERO, null, "", "",
                ProcessRunner.NOT_INSTALLED + ": " + command[0] + " is not on the recorded machine");
    }

    @Override
    public FileText read(String path, IProgressMonitor monitor) {
        String file = recording.files.get(path);
        if (file == null) {
            return new FileText(path, null, Evidence.ofFile(path, "read " + path, null, Instant.now(), ""),
                    path + " was not recorded");
        }
        String content = text(file);
        return new FileText(path, content, Evidence.ofFile(path, "read " + path, "UTF-8", Instant.now(), content),
                null);
    }

    @Override
    public Optional<String> namespace() {
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "the recorded machine " + name + " (" + recording.machine + ")";
    }
}
