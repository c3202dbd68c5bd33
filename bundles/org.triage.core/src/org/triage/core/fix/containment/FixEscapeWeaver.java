package org.triage.core.fix.containment;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.ILog;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.osgi.framework.Bundle;
import org.osgi.framework.hooks.weaving.WeavingHook;
import org.osgi.framework.hooks.weaving.WovenClass;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.triage.core.fix.FixRegistry;
import org.triage.core.rules.RuleRegistry;

/**
 * Rewrites, in every bundle that contributes to {@code org.triage.core.fixes} or {@code org.triage.core.rules}, the
 * calls that end the process
 * ({@code System.exit}, {@code Runtime.exit}, {@code Runtime.halt}) into calls of {@link ProcessExits}, which throw
 * instead, naming the bundle. A fix then fails as a step and the playbook goes on; a rule is left out of the
 * diagnosis and the other rules go on. Bundles that contribute neither (the console's own applications, the platform)
 * are left as they are. {@code ProcessHandle.current().destroy()}
 * needs no rewriting: the JDK refuses it. Reflection and native code can still reach the JDK methods: this closes
 * the direct calls a fix compiles to, not every path.
 */
public final class FixEscapeWeaver implements WeavingHook {

    static final String CONTAINMENT_PACKAGE = ProcessExits.class.getPackageName();
    private static final String EXITS = ProcessExits.class.getName().replace('.', '/');
    private static final byte[][] EXTENSION_POINTS = { FixRegistry.EXTENSION_POINT.getBytes(StandardCharsets.UTF_8),
            RuleRegistry.RULES_POINT.getBytes(StandardCharsets.UTF_8) };

    /** Whether a bundle (by id and last modification) contributes fixes or rules. */
    private final Map<String, Boolean> contributesFixes = new ConcurrentHashMap<>();

    @Override
    public void weave(WovenClass woven) {
        BundleWiring wiring = woven.getBundleWiring();
        if (wiring == null || wiring.getBundle().getBundleId() == 0 || !contributesFixes(wiring)) {
            return;
        }
        byte[] rewritten = rewrite(woven.getBytes());
        if (rewritten != null) {
            woven.setBytes(rewritten);
            woven.getDynamicImports().add(CONTAINMENT_PACKAGE);
            ILog.of(FixEscapeWeaver.class).info("calls that end the process are refused in " + woven.getClassName()
                    + " of " + wiring.getBundle().getSymbolicName());
        }
    }

    /** The class with its process-ending calls replaced; null where it makes none. */
    static byte[] rewrite(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0);
        boolean[] changed = { false };
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                    @Override
                    public void visitMethodInsn(int opcode, String owner, String method, String methodDescriptor,
                            boolean isInterface) {
                        String replacement = replacement(opcode, owner, method, methodDescriptor);
                        if (replacement == null) {
                            super.visitMethodInsn(opcode, owner, method, methodDescriptor, isInterface);
                            return;
                        }
                        changed[0] = true;
                        String descriptorWithReceiver = opcode == Opcodes.INVOKESTATIC ? methodDescriptor
                                : "(L" + owner + ";" + methodDescriptor.substring(1);
                        super.visitMethodInsn(Opcodes.INVOKESTATIC, EXITS, replacement, descriptorWithReceiver, false);
                    }
                };
            }
        }, 0);
        return changed[0] ? writer.toByteArray() : null;
    }

    private static String replacement(int opcode, String owner, String method, String descriptor) {
        if (!"(I)V".equals(descriptor)) {
            return null;
        }
        if (opcode == Opcodes.INVOKESTATIC && "java/lang/System".equals(owner) && "exit".equals(method)) {
            return "systemExit";
        }
        if (opcode == Opcodes.INVOKEVIRTUAL && "java/lang/Runtime".equals(owner)) {
            return switch (method) {
                case "exit" -> "runtimeExit";
                case "halt" -> "runtimeHalt";
                default -> null;
            };
        }
        return null;
    }

    private boolean contributesFixes(BundleWiring wiring) {
        Bundle bundle = wiring.getBundle();
        String key = bundle.getBundleId() + "@" + bundle.getLastModified();
        Boolean known = contributesFixes.get(key);
        if (known != null) {
            return known;
        }
        // not computeIfAbsent: reading the bundle may load classes, and weaving them comes back here
        boolean contributes = declaresFixes(bundle, "plugin.xml");
        // a fragment's fixes run in its host's class loader
        for (BundleWire wire : wiring.getProvidedWires(BundleRevision.HOST_NAMESPACE)) {
            contributes |= declaresFixes(wire.getRequirer().getBundle(), "fragment.xml");
        }
        contributesFixes.put(key, contributes);
        return contributes;
    }

    private static boolean declaresFixes(Bundle bundle, String file) {
        URL entry = bundle.getEntry(file);
        if (entry == null) {
            return false;
        }
        try (InputStream in = entry.openStream()) {
            byte[] declaration = in.readAllBytes();
            for (byte[] point : EXTENSION_POINTS) {
                if (contains(declaration, point)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            // unreadable: treat it as a contributing bundle, which is the safe side
            return true;
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
