package nl.veerkracht.format.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import nl.veerkracht.format.PlanFileException;
import nl.veerkracht.model.validation.Language;

class PlanTextSizeTest {

    @Test
    void aFileTooLargeIsSaidWithTheLimitAndNotWithTheBytesThatWereRead() {
        // readers stop one byte past the limit: a file of 3 MB and one of 2 MiB + 1 look alike to a reader that stops at 2 MiB, and are said alike
        for (int size : new int[] {PlanText.MAX_BYTES + 1, 3_000_000}) {
            PlanFileException failure = assertThrows(PlanFileException.class,
                    () -> PlanText.decode("actions/groot.yaml", new byte[size]));
            assertEquals("actions/groot.yaml:1:1: the file is larger than 1048576 bytes (1 MiB), the most a plan file may be",
                    failure.getMessage(Language.EN));
            assertEquals("actions/groot.yaml:1:1: het bestand is groter dan 1048576 bytes (1 MiB), het meeste dat een"
                    + " planbestand mag zijn", failure.getMessage(Language.NL));
        }
    }
}
