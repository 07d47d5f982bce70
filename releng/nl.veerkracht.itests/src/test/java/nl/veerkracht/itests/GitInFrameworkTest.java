package nl.veerkracht.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.FrameworkUtil;

/**
 * JGit works inside the framework with the product's bundles (slf4j 2 through SPI Fly included):
 * it commits a file to a fresh repository and reads it back from the commit.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class GitInFrameworkTest {

    @Rule
    public TemporaryFolder temporary = new TemporaryFolder();

    @Configuration
    public Option[] configuration() {
        return ProductTestSupport.productConfiguration();
    }

    @Test
    public void commitsAFileAndReadsItBackFromTheCommit() throws Exception {
        assertEquals("JGit comes from its bundle", "org.eclipse.jgit",
                FrameworkUtil.getBundle(Git.class).getSymbolicName());
        File directory = temporary.newFolder("plan");
        String content = "kind: municipality\ncode: GM0758\nname: Breda\n";
        try (Git git = Git.init().setDirectory(directory).setInitialBranch("main").call()) {
            Files.writeString(Path.of(directory.getPath(), "plan.yaml"), content, StandardCharsets.UTF_8);
            git.add().addFilepattern("plan.yaml").call();
            RevCommit commit = git.commit().setMessage("Herstelaanpak Breda begonnen")
                    .setAuthor("J. de Vries", "j.devries@breda.nl")
                    .setCommitter("J. de Vries", "j.devries@breda.nl")
                    .setSign(false)
                    .call();

            RevCommit head = git.log().call().iterator().next();
            assertEquals(commit.getId(), head.getId());
            assertEquals("Herstelaanpak Breda begonnen", head.getFullMessage());
            try (TreeWalk walk = TreeWalk.forPath(git.getRepository(), "plan.yaml", head.getTree())) {
                assertNotNull("plan.yaml is in the commit", walk);
                ObjectId blob = walk.getObjectId(0);
                ObjectLoader loader = git.getRepository().open(blob);
                assertEquals(content, new String(loader.getBytes(), StandardCharsets.UTF_8));
            }
        }
    }
}
