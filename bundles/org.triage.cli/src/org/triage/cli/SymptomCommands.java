package org.triage.cli;

import java.io.PrintStream;

import org.triage.core.symptom.SymptomDescriptor;
import org.triage.core.symptom.SymptomRegistry;

/** {@code triage symptoms}: the symptom catalogue, each code with its message as users see it and its source. */
final class SymptomCommands {

    private final PrintStream out;
    private final PrintStream err;

    SymptomCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int symptoms(Arguments arguments) throws UsageException {
        if (!arguments.positional().isEmpty()) {
            throw new UsageException("symptoms takes no arguments");
        }
        SymptomRegistry catalogue = SymptomRegistry.read();
        for (SymptomDescriptor symptom : catalogue.descriptors()) {
            out.printf("%-14s %s: \"%s\"%n", symptom.code(), symptom.app(), symptom.message());
            out.println("    " + symptom.meaning());
            out.println("    points to " + String.join(", ", symptom.causes()));
            if (symptom.distinguish() != null) {
                out.println("    told apart: " + symptom.distinguish());
            }
            out.println("    source " + symptom.source());
            out.println("    from " + symptom.origin());
        }
        catalogue.problems().forEach(problem -> err.println("triage: " + problem));
        return TriageCli.DONE;
    }
}
