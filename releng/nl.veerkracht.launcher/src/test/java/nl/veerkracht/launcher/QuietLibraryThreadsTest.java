package nl.veerkracht.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class QuietLibraryThreadsTest {

    @Test
    void whatJGitsTransportThreadsPrintIsDroppedAndEveryOtherThreadWritesThrough() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = QuietLibraryThreads.around(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        err.println("veerkracht: kan niet ophalen");
        for (String name : new String[] {"JGit-Upload-Pack", "JGit-Receive-Pack", "veerkracht-remote /srv/regio"}) {
            Thread thread = new Thread(() -> new IOException("Pipe closed").printStackTrace(err), name);
            thread.start();
            thread.join();
        }
        err.flush();

        String written = bytes.toString(StandardCharsets.UTF_8);
        assertEquals("veerkracht: kan niet ophalen", written.lines().findFirst().orElseThrow());
        assertEquals(1, written.lines().filter(line -> line.startsWith("java.io.IOException: Pipe closed")).count(),
                "only the thread of Veerkracht's own printed its trace: " + written);
    }
}
