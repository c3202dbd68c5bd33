package org.triage.core.session;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.triage.model.BooleanFact;
import org.triage.model.Fact;
import org.triage.model.ListFact;
import org.triage.model.NumberFact;
import org.triage.model.Observation;
import org.triage.model.RecordFact;
import org.triage.model.TextFact;
import org.triage.model.TimeFact;
import org.triage.model.TriageFactory;

/** Builds and reads the typed facts of observations. */
public final class Facts {

    private static final TriageFactory FACTORY = TriageFactory.eINSTANCE;

    private Facts() {
    }

    public static TextFact text(String name, String value) {
        TextFact fact = FACTORY.createTextFact();
        fact.setName(name);
        fact.setValue(value);
        return fact;
    }

    public static NumberFact number(String name, long value) {
        return number(name, BigDecimal.valueOf(value));
    }

    public static NumberFact number(String name, BigDecimal value) {
        NumberFact fact = FACTORY.createNumberFact();
        fact.setName(name);
        fact.setValue(value);
        return fact;
    }

    public static BooleanFact bool(String name, boolean value) {
        BooleanFact fact = FACTORY.createBooleanFact();
        fact.setName(name);
        fact.setValue(value);
        return fact;
    }

    public static TimeFact time(String name, Instant value) {
        TimeFact fact = FACTORY.createTimeFact();
        fact.setName(name);
        fact.setValue(Date.from(value));
        return fact;
    }

    public static ListFact list(String name, Collection<? extends Fact> items) {
        ListFact fact = FACTORY.createListFact();
        fact.setName(name);
        fact.getItems().addAll(items);
        return fact;
    }

    public static ListFact texts(String name, Collection<String> values) {
        return list(name, values.stream().map(value -> text("", value)).toList());
    }

    public static RecordFact record(String name, Collection<? extends Fact> fields) {
        RecordFact fact = FACTORY.createRecordFact();
        fact.setName(name);
        fact.getFields().addAll(fields);
        return fact;
    }

    /**
     * A fact with a value that may be missing: null values are left out rather than stored as empty text,
     * so that "unknown" and "empty" stay apart.
     */
    public static Optional<Fact> optional(String name, Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Boolean flag) {
            return Optional.of(bool(name, flag));
        }
        if (value instanceof Integer || value instanceof Long) {
            return Optional.of(number(name, ((Number) value).longValue()));
        }
        if (value instanceof Instant instant) {
            return Optional.of(time(name, instant));
        }
        return Optional.of(text(name, value.toString()));
    }

    public static Optional<Fact> find(List<? extends Fact> facts, String name) {
        return facts.stream().filter(fact -> name.equals(fact.getName())).map(Fact.class::cast).findFirst();
    }

    public static Optional<Fact> find(Observation observation, String name) {
        return find(observation.getFacts(), name);
    }

    public static Optional<String> textOf(List<? extends Fact> facts, String name) {
        return find(facts, name).map(Facts::asText);
    }

    public static Optional<String> textOf(Observation observation, String name) {
        return textOf(observation.getFacts(), name);
    }

    public static Optional<Boolean> boolOf(List<? extends Fact> facts, String name) {
        return find(facts, name).filter(BooleanFact.class::isInstance).map(fact -> ((BooleanFact) fact).isValue());
    }

    public static List<RecordFact> recordsOf(Observation observation, String listName) {
        return find(observation, listName).filter(ListFact.class::isInstance)
                .map(fact -> ((ListFact) fact).getItems().stream().filter(RecordFact.class::isInstance)
                        .map(RecordFact.class::cast).toList())
                .orElse(List.of());
    }

    public static List<String> textsOf(Observation observation, String listName) {
        return textsOf(observation.getFacts(), listName);
    }

    public static List<String> textsOf(List<? extends Fact> facts, String listName) {
        return find(facts, listName).filter(ListFact.class::isInstance)
                .map(fact -> ((ListFact) fact).getItems().stream().map(Facts::asText).toList()).orElse(List.of());
    }

    /** The value as an admin would read it. */
    public static String asText(Fact fact) {
        if (fact instanceof TextFact text) {
            return text.getValue();
        }
        if (fact instanceof NumberFact number) {
            return number.getValue() == null ? null : number.getValue().toPlainString();
        }
        if (fact instanceof BooleanFact flag) {
            return Boolean.toString(flag.isValue());
        }
        if (fact instanceof TimeFact time) {
            return time.getValue() == null ? null : time.getValue().toInstant().toString();
        }
        if (fact instanceof ListFact list) {
            return list.getItems().stream().map(Facts::asText).toList().toString();
        }
        if (fact instanceof RecordFact record) {
            StringBuilder text = new StringBuilder("{");
            record.getFields().forEach(field -> text.append(text.length() > 1 ? ", " : "").append(field.getName())
                    .append('=').append(asText(field)));
            return text.append('}').toString();
        }
        return null;
    }
}
