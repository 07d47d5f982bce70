package nl.veerkracht.itests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import nl.veerkracht.itests.rulebundle.ActionLeadRule;

/** A bundle of {@link ActionLeadRule} with a Declarative Services descriptor, as a municipality would build it. */
final class RuleBundleJar {

    static final String SYMBOLIC_NAME = "nl.breda.checklist.rules";

    private RuleBundleJar() {
    }

    static byte[] actionLeadRule() throws IOException {
        return actionLeadRule("1.0.0", true);
    }

    /** The bundle at {@code version}, its rule's component enabled or, as a municipality may ship it, not. */
    static byte[] actionLeadRule(String version, boolean enabled) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", SYMBOLIC_NAME);
        main.putValue("Bundle-Version", version);
        main.putValue("Import-Package", "nl.veerkracht.checklist;version=\"[1.0,2)\",nl.veerkracht.model;version=\"[1.0,2)\"");
        main.putValue("Service-Component", "OSGI-INF/action-lead.xml");
        String classFile = ActionLeadRule.class.getName().replace('.', '/') + ".class";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest);
                InputStream compiled = ActionLeadRule.class.getClassLoader().getResourceAsStream(classFile)) {
            if (compiled == null) {
                throw new IOException("the compiled rule " + classFile + " is not in the test classes");
            }
            jar.putNextEntry(new JarEntry(classFile));
            compiled.transferTo(jar);
            jar.closeEntry();
            jar.putNextEntry(new JarEntry("OSGI-INF/action-lead.xml"));
            jar.write(("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="nl.breda.checklist.action-lead" enabled="%s">
                      <implementation class="%s"/>
                      <service>
                        <provide interface="nl.veerkracht.checklist.ChecklistRule"/>
                      </service>
                    </scr:component>
                    """).formatted(enabled, ActionLeadRule.class.getName()).getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return bytes.toByteArray();
    }
}
