package nl.veerkracht.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;
import java.util.Optional;

import javax.inject.Inject;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;

import nl.veerkracht.index.ActionHit;
import nl.veerkracht.index.ActionQuery;
import nl.veerkracht.index.ActionScope;
import nl.veerkracht.index.RepositoryState;
import nl.veerkracht.index.WorkspaceIndex;
import nl.veerkracht.model.Theme;
import nl.veerkracht.store.Author;
import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;

/**
 * The workspace index inside the framework, as the product wires it: EclipseLink on embedded H2 in the
 * workspace, the plan store telling the index of every commit, and PostgreSQL chosen by a file in the
 * workspace that the index reads into Configuration Admin.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class IndexInFrameworkTest {

    /** Framework property with the JDBC URL of the PostgreSQL server started outside the framework. */
    static final String POSTGRES_URL = "veerkracht.itest.postgres.url";

    @Inject
    private WorkspaceIndex index;

    @Inject
    private PlanStore store;

    @Inject
    private ConfigurationAdmin configurationAdmin;

    @Inject
    private BundleContext bundleContext;

    @Rule
    public TemporaryFolder temporary = new TemporaryFolder();

    @Configuration
    public Option[] configuration() {
        List<Option> options = new ArrayList<>(List.of(ProductTestSupport.productConfiguration()));
        options.add(frameworkProperty(POSTGRES_URL).value(PostgresForTests.url()));
        return options.toArray(Option[]::new);
    }

    private static final Author AUTHOR = new Author("J. de Vries", "j@breda.nl");

    private Workspace breda() throws IOException {
        Workspace workspace = store.init(temporary.newFolder("breda").toPath(), "GM0758", "Breda", Optional.of("PV30"),
                Optional.of(AUTHOR));
        write(workspace, "plan/actions/webwinkels.yaml",
                "id: webwinkels\ntitle: Webwinkels\nterm: short\nthemes:\n  - digitalisering\nstatus: planned\n");
        store.commit(workspace, RepositoryName.PLAN, "Webwinkels", Optional.of(AUTHOR));
        return workspace;
    }

    private static void write(Workspace workspace, String path, String content) throws IOException {
        Path file = workspace.root().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    @Test
    public void onEmbeddedH2TheIndexAnswersAndFollowsEveryCommitOfTheStore() throws IOException {
        Workspace workspace = breda();
        List<ActionHit> hits = index.actions(workspace, ActionQuery.in(ActionScope.PLAN).withTheme(Theme.DIGITALISERING));
        assertEquals(List.of("plan/actions/webwinkels.yaml"), hits.stream().map(ActionHit::file).toList());
        assertTrue(index.location(workspace).startsWith("jdbc:h2:file:" + workspace.stateDirectory()));

        // the index is open in this runtime now: the store's next commit reaches it through the whiteboard
        write(workspace, "plan/actions/terrassen.yaml", "id: terrassen\ntitle: Terrassen\nterm: short\nstatus: idea\n");
        String commit = store.commit(workspace, RepositoryName.PLAN, "Terrassen", Optional.of(AUTHOR)).commitId();
        RepositoryState plan = index.status(workspace).get(0);
        assertEquals(Optional.of(commit), plan.indexed());
        assertTrue(plan.isCurrent());
        assertTrue(index.verify(workspace).matches());
    }

    @Test
    public void aFileInTheWorkspaceMovesItsIndexToPostgreSqlThroughConfigurationAdmin() throws Exception {
        Workspace workspace = breda();
        String url = bundleContext.getProperty(POSTGRES_URL);
        write(workspace, ".veerkracht/index.cfg", "url = " + url + "\nuser = postgres\n");

        assertEquals(1, index.rebuild(workspace).repositories().size());
        assertEquals(url, index.location(workspace));
        assertEquals(List.of("plan/actions/webwinkels.yaml"),
                index.actions(workspace, ActionQuery.in(ActionScope.ALL)).stream().map(ActionHit::file).toList());
        assertTrue(index.verify(workspace).matches());

        org.osgi.service.cm.Configuration[] configurations = configurationAdmin.listConfigurations(
                "(&(service.factoryPid=nl.veerkracht.index.database)(workspace=" + workspace.root() + "))");
        assertEquals(1, configurations.length);
        Dictionary<String, Object> properties = configurations[0].getProperties();
        assertEquals(url, properties.get("url"));
        assertEquals("postgres", properties.get("user"));
        assertEquals(workspace.stateDirectory().resolve("index.cfg").toString(), properties.get("source"));

        // without the file, the configuration it made goes, and the index is embedded H2 again
        Files.delete(workspace.stateDirectory().resolve("index.cfg"));
        assertTrue(index.location(workspace).startsWith("jdbc:h2:file:"));
        assertNull(configurationAdmin.listConfigurations(
                "(&(service.factoryPid=nl.veerkracht.index.database)(workspace=" + workspace.root() + "))"));
    }
}
