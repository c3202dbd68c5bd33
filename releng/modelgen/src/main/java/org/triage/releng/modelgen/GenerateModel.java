package org.triage.releng.modelgen;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's own code generator outside an IDE. Usage: {@code GenerateModel <bundles-folder> <bundle>/model/x.genmodel}.
 * Every folder below the bundles folder is mapped as a platform resource, so the genmodel's
 * {@code /org.triage.model/src-gen} lands in the bundle (and its {@code editDirectory}, {@code /org.triage.model.edit/src-gen},
 * in the edit bundle); the generator merges, keeping {@code @generated NOT} code.
 */
public final class GenerateModel {

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GenerateModel <bundles-folder> <relative genmodel path>");
        }
        Path bundles = Path.of(args[0]).toRealPath();
        try (Stream<Path> children = Files.list(bundles)) {
            children.filter(Files::isDirectory).forEach(dir -> EcorePlugin.getPlatformResourceMap()
                    .put(dir.getFileName().toString(), URI.createFileURI(dir.toString() + File.separator)));
        }
        mapPluginToJar("org.eclipse.emf.ecore", EcorePackage.class);
        mapPluginToJar("org.eclipse.emf.codegen.ecore", GenModelPackage.class);

        ResourceSet resources = new ResourceSetImpl();
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);

        String bundle = args[1].substring(0, args[1].indexOf('/'));
        URI genModelUri = URI.createPlatformResourceURI(args[1], true);
        Resource resource = resources.getResource(genModelUri, true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        genModel.setValidateModel(true);
        Diagnostic diagnostic = genModel.diagnose();
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("genmodel is invalid: " + diagnostic);
        }
        resource.save(null);

        // Without this registration the generator reports success and writes nothing.
        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        // the model code, then the EMF.Edit item providers (labels, property descriptors) in the genmodel's editDirectory
        for (String projectType : new String[] { GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE }) {
            Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor.Printing(System.out));
            if (result.getSeverity() == Diagnostic.ERROR) {
                throw new IllegalStateException("generation of " + projectType + " failed: " + result);
            }
        }
        System.out.println("generated " + bundle + " and " + genModel.getEditPluginID() + " from " + args[1]);
    }

    private static void mapPluginToJar(String pluginId, Class<?> classInPlugin) {
        String jar = classInPlugin.getProtectionDomain().getCodeSource().getLocation().toString();
        URIConverter.URI_MAP.put(URI.createPlatformPluginURI(pluginId + "/", false),
                URI.createURI("archive:" + jar + "!/"));
    }
}
