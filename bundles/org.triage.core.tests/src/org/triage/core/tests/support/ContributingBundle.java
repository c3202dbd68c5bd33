package org.triage.core.tests.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * A bundle of a third party's, packed at test time and installed into the running framework: its own manifest, a
 * plugin.xml from this bundle's resources, and classes copied from this bundle (so that they are the new bundle's
 * own, loaded and woven as its classes). The extension registry adds its contributions when it resolves and removes
 * them when it is uninstalled.
 */
public final class ContributingBundle implements AutoCloseable {

    private final Bundle bundle;

    private ContributingBundle(Bundle bundle) {
        this.bundle = bundle;
    }

    public static ContributingBundle install(String symbolicName, String pluginXmlResource, List<Class<?>> classes)
            throws IOException, BundleException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName + ";singleton:=true");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Bundle-Vendor", "Example Corp");
        main.putValue("Require-Bundle", "org.triage.core");
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(jar, manifest)) {
            out.putNextEntry(new JarEntry("plugin.xml"));
            out.write(read(pluginXmlResource));
            out.closeEntry();
            for (Class<?> type : classes) {
                String entry = type.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(entry));
                out.write(read("/" + entry));
                out.closeEntry();
            }
        }
        BundleContext context = FrameworkUtil.getBundle(ContributingBundle.class).getBundleContext();
        Bundle installed = context.installBundle("test:" + symbolicName, new ByteArrayInputStream(jar.toByteArray()));
        installed.start();
        return new ContributingBundle(installed);
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = ContributingBundle.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no resource " + resource + " in the test bundle");
            }
            return in.readAllBytes();
        }
    }

    /** Waits until the registry shows what the bundle contributes (it adds contributions as the bundle resolves). */
    public static void awaitRegistry(BooleanSupplier condition, String what) throws InterruptedException {
        for (int polls = 0; !condition.getAsBoolean(); polls++) {
            if (polls > 600) {
                throw new AssertionError("the extension registry never showed " + what);
            }
            Thread.sleep(50);
        }
    }

    public String symbolicName() {
        return bundle.getSymbolicName();
    }

    @Override
    public void close() throws BundleException {
        bundle.uninstall();
    }
}
