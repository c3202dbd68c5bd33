package org.triage.core.target;

import java.util.List;
import java.util.Optional;

/**
 * What a target answered to one question: a value with the evidence it was read from, an honest
 * "this target cannot tell" ({@link Kind#UNSUPPORTED}), or a failure with whatever evidence there was.
 * Problems are the parts of the evidence that could not be understood, each naming where it is.
 */
public record Reading<T>(Kind kind, T value, String message, List<Evidence> evidence, List<String> problems) {

    public enum Kind {
        VALUE, UNSUPPORTED, FAILED
    }

    public Reading {
        evidence = List.copyOf(evidence);
        problems = List.copyOf(problems);
    }

    public static <T> Reading<T> of(T value, List<Evidence> evidence, List<String> problems) {
        return new Reading<>(Kind.VALUE, value, null, evidence, problems);
    }

    public static <T> Reading<T> of(T value, Evidence evidence) {
        return of(value, List.of(evidence), List.of());
    }

    public static <T> Reading<T> unsupported(String reason) {
        return new Reading<>(Kind.UNSUPPORTED, null, reason, List.of(), List.of());
    }

    public static <T> Reading<T> failed(String message, List<Evidence> evidence) {
        return new Reading<>(Kind.FAILED, null, message, evidence, List.of());
    }

    public Optional<T> optionalValue() {
        return Optional.ofNullable(value);
    }
}
