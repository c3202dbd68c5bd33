package org.triage.ui.views;

import java.text.DateFormat;
import java.util.Date;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.triage.model.Session;
import org.triage.ui.session.SessionManager;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The open session at a glance: target, symptom, times and how many observations, findings and fix
 * attempts it holds. It follows the model: any change to the session redraws it.
 */
public class SessionView {

    /** Keys of the rows, also the data of each value label so that tests can find them. */
    public static final String TARGET = "target";
    public static final String SYMPTOM = "symptom";
    public static final String STARTED = "started";
    public static final String OBSERVATIONS = "observations";
    public static final String FINDINGS = "findings";
    public static final String FIX_ATTEMPTS = "fixAttempts";
    public static final String OUTCOME = "outcome";

    @Inject
    private SessionManager manager;

    private Composite composite;
    private Label title;
    private Label target;
    private Label symptom;
    private Label started;
    private Label observations;
    private Label findings;
    private Label fixAttempts;
    private Label outcome;
    private Session shown;
    private final SessionManager.Listener opened = session -> runInUi(() -> show(session));
    private final EContentAdapter changes = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                runInUi(SessionView.this::refresh);
            }
        }
    };

    @PostConstruct
    public void createControls(Composite parent) {
        composite = new Composite(parent, SWT.NONE);
        composite.setLayout(new GridLayout(2, false));
        title = new Label(composite, SWT.NONE);
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        target = row("Target", TARGET);
        symptom = row("Symptom", SYMPTOM);
        started = row("Started", STARTED);
        observations = row("Observations", OBSERVATIONS);
        findings = row("Findings", FINDINGS);
        fixAttempts = row("Fix attempts", FIX_ATTEMPTS);
        outcome = row("Outcome", OUTCOME);
        manager.addListener(opened);
        show(manager.session());
    }

    private Label row(String name, String key) {
        new Label(composite, SWT.NONE).setText(name + ":");
        Label value = new Label(composite, SWT.WRAP);
        value.setData(key);
        value.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        return value;
    }

    private void show(Session session) {
        if (shown != null) {
            shown.eAdapters().remove(changes);
        }
        shown = session;
        if (session != null) {
            session.eAdapters().add(changes);
        }
        refresh();
    }

    private void refresh() {
        if (composite == null || composite.isDisposed()) {
            return;
        }
        Session session = shown;
        if (session == null) {
            title.setText("No session is open. Open a target to start.");
            for (Label value : new Label[] { target, symptom, started, observations, findings, fixAttempts, outcome }) {
                value.setText("");
            }
        } else {
            title.setText("Session " + session.getId());
            target.setText(session.getTarget().getKind() + " " + session.getTarget().getHostname() + " ("
                    + session.getTarget().getOs() + "), user " + session.getTarget().getUser());
            symptom.setText(session.getSymptom() == null ? "none given"
                    : session.getSymptom().getCode() + (session.getSymptom().getApplication() == null ? ""
                            : " in " + session.getSymptom().getApplication()));
            started.setText(format(session.getCreatedAt())
                    + (session.getClosedAt() == null ? "" : ", closed " + format(session.getClosedAt())));
            observations.setText(Integer.toString(session.getObservations().size()));
            findings.setText(Integer.toString(session.getFindings().size()));
            fixAttempts.setText(Integer.toString(session.getFixAttempts().size()));
            outcome.setText(session.getOutcome().getLiteral()
                    + (session.getOutcomeSummary() == null ? "" : ": " + session.getOutcomeSummary()));
        }
        composite.layout(true, true);
    }

    private static String format(Date date) {
        return date == null ? "" : DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.MEDIUM).format(date);
    }

    private void runInUi(Runnable runnable) {
        if (composite == null || composite.isDisposed()) {
            return;
        }
        Display display = composite.getDisplay();
        if (Display.getCurrent() == display) {
            runnable.run();
        } else {
            display.asyncExec(() -> {
                if (!composite.isDisposed()) {
                    runnable.run();
                }
            });
        }
    }

    @Focus
    public void setFocus() {
        composite.setFocus();
    }

    @PreDestroy
    public void dispose() {
        manager.removeListener(opened);
        if (shown != null) {
            shown.eAdapters().remove(changes);
        }
    }
}
