package org.triage.model.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.triage.model.Session;
import org.triage.model.TriagePackage;
import org.xml.sax.SAXParseException;

/**
 * Reads and writes sessions as XMI. References between elements use their stable ids, so a finding
 * still points at its evidence after a round trip. Saving is atomic: a crash mid-write leaves the
 * previous file intact.
 */
public final class SessionFiles {

    private static final String URI_NAME = "session.xmi";

    private SessionFiles() {
    }

    public static void save(Session session, Path file) throws IOException {
        AtomicFiles.write(file, toBytes(session));
    }

    public static byte[] toBytes(Session session) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(session, out);
        return out.toByteArray();
    }

    public static void write(Session session, OutputStream out) throws IOException {
        Resource resource = newResourceSet().createResource(URI.createURI(URI_NAME));
        // The session may already live in another resource (an open editor, a previous load): save a copy.
        Session copy = session.eResource() == null ? session : EcoreUtil.copy(session);
        // Texts XML cannot hold (control characters, lone surrogates) are escaped in a copy, never in the original.
        if (XmlSafeText.needsEncoding(copy)) {
            if (copy == session) {
                copy = EcoreUtil.copy(session);
            }
            XmlSafeText.encode(copy);
        }
        resource.getContents().add(copy);
        try {
            resource.save(out, saveOptions());
        } catch (RuntimeException e) {
            // EMF's messages quote the text it could not write, which may be evidence: name the failure only
            throw new IOException("the session cannot be written as XML (" + e.getClass().getSimpleName() + ")");
        } finally {
            if (copy == session) {
                resource.getContents().remove(copy);
            }
        }
    }

    /**
     * The largest session file read: a session takes several times its size in memory once loaded, so a file
     * larger than a sixteenth of the heap (at most 256 MiB) could exhaust it.
     */
    public static long maxBytes() {
        return Math.min(256L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 16);
    }

    public static Session load(Path file) throws SessionFileException {
        if (!Files.isRegularFile(file)) {
            throw new SessionFileException(file, 0, 0, Files.exists(file) ? "not a regular file" : "no such file", null);
        }
        long limit = maxBytes();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // the size on disk may change while reading: count what is read
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        } catch (IOException e) {
            throw new SessionFileException(file, 0, 0, "cannot read: " + e.getClass().getSimpleName(), e);
        }
        if (bytes.length > limit) {
            throw new SessionFileException(file, 0, 0, "larger than the limit of " + limit + " bytes for a session", null);
        }
        return read(new ByteArrayInputStream(bytes), file);
    }

    /**
     * Reads a whole session or fails: any XML error, unknown element or dangling reference is an error,
     * reported against {@code name} with its line and column.
     */
    public static Session read(InputStream in, Path name) throws SessionFileException {
        Resource resource = newResourceSet().createResource(URI.createURI(URI_NAME));
        try {
            resource.load(in, loadOptions());
        } catch (IOException e) {
            throw locate(name, e);
        } catch (RuntimeException e) {
            throw new SessionFileException(name, 0, 0, "not a session file (" + e.getClass().getSimpleName() + ")", e);
        }
        if (!resource.getErrors().isEmpty()) {
            Resource.Diagnostic first = resource.getErrors().get(0);
            throw new SessionFileException(name, first.getLine(), first.getColumn(), first.getMessage(),
                    first instanceof Exception exception ? exception : null);
        }
        Map<EObject, Collection<EStructuralFeature.Setting>> dangling = EcoreUtil.UnresolvedProxyCrossReferencer
                .find(resource);
        if (!dangling.isEmpty()) {
            EObject proxy = dangling.keySet().iterator().next();
            EStructuralFeature.Setting setting = dangling.get(proxy).iterator().next();
            throw new SessionFileException(name, 0, 0, "reference " + setting.getEStructuralFeature().getName()
                    + " of " + setting.getEObject().eClass().getName() + " points at "
                    + ((InternalEObject) proxy).eProxyURI().fragment() + ", which the file does not hold", null);
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Session session)) {
            throw new SessionFileException(name, 0, 0, "the file holds no session", null);
        }
        XmlSafeText.decode(session);
        return session;
    }

    private static SessionFileException locate(Path name, IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SAXParseException sax) {
                return new SessionFileException(name, sax.getLineNumber(), sax.getColumnNumber(), sax.getMessage(), e);
            }
            if (cause instanceof XMIException xmi) {
                return new SessionFileException(name, xmi.getLine(), xmi.getColumn(), xmi.getMessage(), e);
            }
        }
        return new SessionFileException(name, 0, 0, String.valueOf(e.getMessage()), e);
    }

    public static ResourceSet newResourceSet() {
        ResourceSet resources = new ResourceSetImpl();
        resources.getPackageRegistry().put(TriagePackage.eNS_URI, TriagePackage.eINSTANCE);
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*",
                (Resource.Factory) uri -> new XMIResourceImpl(uri));
        return resources;
    }

    private static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_LINE_WIDTH, 120);
        options.put(XMIResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
        return options;
    }

    private static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_PARSER_POOL, null);
        // A session never declares a DTD, so none is allowed and no entity can expand. What remains are the
        // references that escape raw evidence (every quote of a tool's JSON output is "&quot;"), which JDK 25
        // counts against a limit of 100,000 per document: a long session would no longer load. Lift that limit.
        options.put(XMLResource.OPTION_PARSER_FEATURES,
                Map.of("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE));
        options.put(XMLResource.OPTION_PARSER_PROPERTIES,
                Map.of("jdk.xml.maxGeneralEntitySizeLimit", "0", "jdk.xml.totalEntitySizeLimit", "0"));
        return options;
    }
}
