package nl.veerkracht.junit.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.Workspace;

/**
 * Gives a test Breda's {@link ExampleWorkspace}, made with the real plan store in a temporary folder of
 * its own and every plan committed: {@code @ExtendWith(WorkspaceExtension.class)} on the class, then a
 * parameter of a test (or a {@code @BeforeEach} method) of type {@link Workspace}, {@link ExampleWorkspace}
 * or {@link PlanStore}. All parameters of one test name the same workspace; the next test gets a new
 * one, and the folder is deleted after the test.
 */
public final class WorkspaceExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
            .create(WorkspaceExtension.class);

    private static final List<Class<?>> GIVEN = List.of(Workspace.class, ExampleWorkspace.class, PlanStore.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return GIVEN.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExampleWorkspace example = context.getStore(NAMESPACE)
                .computeIfAbsent(Folder.class, key -> Folder.make(), Folder.class).example();
        Class<?> type = parameter.getParameter().getType();
        if (type == Workspace.class) {
            return example.workspace();
        }
        if (type == PlanStore.class) {
            return example.store();
        }
        return example;
    }

    /** The temporary folder of one test and the workspace in it; deleted when the test's context closes. */
    private record Folder(Path root, ExampleWorkspace example) implements AutoCloseable {

        static Folder make() {
            try {
                Path root = Files.createTempDirectory("veerkracht-workspace");
                return new Folder(root, ExampleWorkspace.create(root.resolve("breda")));
            } catch (IOException e) {
                throw new ParameterResolutionException("no temporary folder for the example workspace", e);
            }
        }

        @Override
        public void close() throws IOException {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
