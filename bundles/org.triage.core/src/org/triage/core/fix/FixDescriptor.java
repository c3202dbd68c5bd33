package org.triage.core.fix;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.triage.core.target.TargetAction;

/**
 * One contribution to {@code org.triage.core.fixes}: its declared properties, read without loading the
 * contributing bundle's classes; the {@link Fix} is created on first use.
 */
public final class FixDescriptor {

    /** A symptom value in {@code appliesTo} that matches every symptom. */
    public static final String ANY_SYMPTOM = "*";

    /** A {@code <uses>} declaration: a kind of target action and, where given, what it works on. */
    public record DeclaredAction(String action, String subject) {

        @Override
        public String toString() {
            return subject == null ? action : action + " " + subject;
        }
    }

    private final IConfigurationElement element;
    private final String id;
    private final String name;
    private final String description;
    private final List<String> causes;
    private final List<String> symptoms;
    private final List<DeclaredAction> actions;
    private final boolean destructive;
    private final boolean dropsConnectivity;
    private final boolean needsElevation;
    private final boolean reversible;
    private final int order;
    private final int timeoutSeconds;
    private final String contributor;
    private final String contributorVersion;
    private Fix fix;

    FixDescriptor(IConfigurationElement element, String id, String name, String description, List<String> causes,
            List<String> symptoms, List<DeclaredAction> actions, boolean destructive, boolean dropsConnectivity, boolean needsElevation,
            boolean reversible, int order,
            int timeoutSeconds, String contributor, String contributorVersion) {
        this.element = element;
        this.id = id;
        this.name = name;
        this.description = description;
        this.causes = List.copyOf(causes);
        this.symptoms = List.copyOf(symptoms);
        this.actions = List.copyOf(actions);
        this.destructive = destructive;
        this.dropsConnectivity = dropsConnectivity;
        this.needsElevation = needsElevation;
        this.reversible = reversible;
        this.order = order;
        this.timeoutSeconds = timeoutSeconds;
        this.contributor = contributor;
        this.contributorVersion = contributorVersion;
    }

    /** Creates the fix on first call; a class that cannot be created is reported with its bundle. */
    public synchronized Fix fix() throws CoreException {
        if (fix == null) {
            Object created = element.createExecutableExtension("class");
            if (!(created instanceof Fix createdFix)) {
                throw new ClassCastException(created.getClass().getName() + " does not implement " + Fix.class.getName());
            }
            fix = createdFix;
        }
        return fix;
    }

    /** Whether the fix is meant for the symptom; with no symptom given, every fix is. */
    public boolean appliesTo(String symptomCode) {
        if (symptoms.isEmpty() || symptoms.contains(ANY_SYMPTOM) || symptomCode == null || symptomCode.isBlank()) {
            return true;
        }
        String code = symptomCode == null ? "" : symptomCode.trim().toLowerCase(Locale.ROOT);
        return symptoms.stream().anyMatch(symptom -> symptom.toLowerCase(Locale.ROOT).equals(code));
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<String> causes() {
        return causes;
    }

    public List<String> symptoms() {
        return symptoms;
    }

    /** The kinds of target action the fix declares it uses; empty where it declares none. */
    public List<DeclaredAction> actions() {
        return actions;
    }

    /**
     * Whether the fix may use the action: any where it declares none, otherwise only those it declares.
     */
    public boolean mayUse(String actionId) {
        return actions.isEmpty() || actions.stream().anyMatch(declared -> declared.action().equals(actionId));
    }

    public boolean destructive() {
        return destructive;
    }

    /**
     * Whether applying the fix drops the workstation's network connection for a while (the VPN, the DHCP lease), so
     * that a remote session to it is cut: declared by the fix, or implied by an action it declares.
     */
    public boolean dropsConnectivity() {
        return dropsConnectivity
                || actions.stream().anyMatch(declared -> TargetAction.DROPS_CONNECTIVITY.contains(declared.action()));
    }

    public boolean needsElevation() {
        return needsElevation;
    }

    public boolean reversible() {
        return reversible;
    }

    /** Position in the guide's order; lower comes first. */
    public int order() {
        return order;
    }

    public int timeoutSeconds() {
        return timeoutSeconds;
    }

    /** The contributing bundle's symbolic name. */
    public String contributor() {
        return contributor;
    }

    public String contributorVersion() {
        return contributorVersion;
    }

    /** "bundle 1.2.3", for messages about this contribution. */
    public String origin() {
        return contributor + (contributorVersion == null ? "" : " " + contributorVersion);
    }

    @Override
    public String toString() {
        return id + " (" + origin() + ")";
    }
}
