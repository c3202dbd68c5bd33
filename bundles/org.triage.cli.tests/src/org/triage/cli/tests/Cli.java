package org.triage.cli.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.triage.cli.TriageCli;

/** Runs {@link TriageCli} in memory: what the user types on stdin, what it prints on stdout and stderr. */
final class Cli {

    /** One run: the exit code and everything printed. */
    record Result(int exit, String out, String err) {

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private Cli() {
    }

    static Result run(String... args) {
        return withInput("", args);
    }

    static Result withInput(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = new TriageCli(outStream, errStream,
                    new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))).run(args);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
