package org.triage.core.tests.support;

import org.osgi.framework.FrameworkUtil;

/** This bundle, which contributes the test fixes (see plugin.xml). */
public final class TestBundle {

    public static final String NAME = "org.triage.core.tests";

    private TestBundle() {
    }

    /** The version the framework runs, qualifier included, as FixDescriptor.origin() shows it. */
    public static String version() {
        return FrameworkUtil.getBundle(TestBundle.class).getVersion().toString();
    }
}
