package org.triage.ui.tests;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** Answers the console's modal questions as a user would, from a timer on the UI thread while the dialog blocks. */
final class MessageDialogs {

    private MessageDialogs() {
    }

    /** Answers a message dialog with that title once it shows, keeping its message. */
    static void answer(Display display, String title, String button, AtomicReference<String> message) {
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Shell dialog = visible(display, title);
            if (dialog == null) {
                display.timerExec(50, poll[0]);
                return;
            }
            message.set(UiConditions.find(dialog, Label.class, label -> label.getText().length() > 30).stream()
                    .map(Label::getText).findFirst().orElse(""));
            UiConditions.find(dialog, Button.class, b -> b.getText().replace("&", "").equals(button)).get(0)
                    .notifyListeners(SWT.Selection, new Event());
        };
        display.timerExec(50, poll[0]);
    }

    /** The visible shell with that title; null where none shows. */
    static Shell visible(Display display, String title) {
        for (Shell candidate : display.getShells()) {
            if (!candidate.isDisposed() && candidate.isVisible() && candidate.getText().equals(title)) {
                return candidate;
            }
        }
        return null;
    }
}
