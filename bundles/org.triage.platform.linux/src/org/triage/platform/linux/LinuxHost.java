package org.triage.platform.linux;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.triage.core.target.Evidence;

/**
 * Where the Linux target reads from: this machine, or one of its network namespaces (as a VPN client or
 * container may keep its own). In a namespace every command runs through {@code ip netns exec NAME}, which
 * also shows the namespace's own {@code /etc/netns/NAME/resolv.conf} as {@code /etc/resolv.conf}.
 */
public abstract class LinuxHost {

    private static final Pattern NAMESPACE_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    /** A file's text, or why there is none, with its evidence. */
    public record FileText(String path, String content, Evidence evidence, String problem) {

        public Optional<String> text() {
            return Optional.ofNullable(content);
        }
    }

    /** For hosts of other kinds, such as one that replays recorded outputs. */
    protected LinuxHost() {
    }

    public static LinuxHost local(ProcessRunner runner) {
        return new Local(runner);
    }

    /** @throws IllegalArgumentException for a name {@code ip netns} would not take */
    public static LinuxHost inNamespace(String name, ProcessRunner runner) {
        if (!NAMESPACE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a network namespace name: '" + name + "'");
        }
        return new Namespace(name, runner);
    }

    public abstract CommandResult run(IProgressMonitor monitor, String... command);

    public abstract FileText read(String path, IProgressMonitor monitor);

    /** The namespace, where the host is one. */
    public abstract Optional<String> namespace();

    /** {@code this machine} or {@code network namespace NAME}. */
    public abstract String describe();

    private static final class Local extends LinuxHost {

        private final ProcessRunner runner;

        Local(ProcessRunner runner) {
            this.runner = runner;
        }

        @Override
        public CommandResult run(IProgressMonitor monitor, String... command) {
            return runner.run(List.of(command), monitor);
        }

        @Override
        public FileText read(String path, IProgressMonitor monitor) {
            Instant now = Instant.now();
            try {
                String content = Files.readString(Path.of(path), StandardCharsets.UTF_8);
                return new FileText(path, content, Evidence.ofFile(path, "read " + path, "UTF-8", now, content), null);
            } catch (NoSuchFileException e) {
                String problem = path + " does not exist";
                return new FileText(path, null, Evidence.ofFile(path, "read " + path, null, now, ""), problem);
            } catch (IOException e) {
                String problem = "cannot read " + path + ": " + e.getMessage();
                return new FileText(path, null, Evidence.ofFile(path, "read " + path, null, now, ""), problem);
            }
        }

        @Override
        public Optional<String> namespace() {
            return Optional.empty();
        }

        @Override
        public String describe() {
            return "this machine";
        }
    }

    private static final class Namespace extends LinuxHost {

        private final String name;
        private final ProcessRunner runner;

        Namespace(String name, ProcessRunner runner) {
            this.name = name;
            this.runner = runner;
        }

        @Override
        public CommandResult run(IProgressMonitor monitor, String... command) {
            List<String> inside = new ArrayList<>(List.of("ip", "netns", "exec", name));
            inside.addAll(List.of(command));
            return runner.run(inside, monitor);
        }

        @Override
        public FileText read(String path, IProgressMonitor monitor) {
            CommandResult cat = run(monitor, "cat", path);
            return cat.succeeded() ? new FileText(path, cat.stdout(), cat.evidence(), null)
                    : new FileText(path, null, cat.evidence(), "cannot read " + path + " in " + describe() + ": "
                            + cat.failure());
        }

        @Override
        public Optional<String> namespace() {
            return Optional.of(name);
        }

        @Override
        public String describe() {
            return "network namespace " + name;
        }
    }
}
