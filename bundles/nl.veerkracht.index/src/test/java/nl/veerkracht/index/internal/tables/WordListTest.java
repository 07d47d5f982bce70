package nl.veerkracht.index.internal.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class WordListTest {

    @Test
    void aListKeepsItsItemsInOrderAndAnEmptyListIsNoValue() {
        assertEquals("digitalisering innovatie", WordList.join(List.of("digitalisering", "innovatie")));
        assertEquals(List.of("digitalisering", "innovatie"), WordList.split("digitalisering innovatie"));
        assertNull(WordList.join(List.of()));
        assertEquals(List.of(), WordList.split(null));
    }

    @Test
    void anItemWithASpaceIsRefusedRatherThanSplitInTwo() {
        assertThrows(IllegalArgumentException.class, () -> WordList.join(List.of("liquiditeit horeca")));
        assertThrows(IllegalArgumentException.class, () -> WordList.containing(""));
    }

    @Test
    void theQueryFindsAnItemWhereverItStandsAndNeverAnItemItIsPartOf() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:wordlist");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE actions (id VARCHAR, needs VARCHAR)");
            insert(connection, "first", List.of("horeca", "retail"));
            insert(connection, "middle", List.of("retail", "horeca", "cultuur"));
            insert(connection, "last", List.of("retail", "horeca"));
            insert(connection, "longer", List.of("horeca-binnenstad", "niet-horeca"));
            insert(connection, "none", List.of());

            assertEquals(List.of("first", "last", "middle"), serving(connection, "horeca"));
            assertEquals(List.of("longer"), serving(connection, "horeca-binnenstad"));
            assertEquals(List.of(), serving(connection, "hore"));
        }
    }

    private static void insert(Connection connection, String id, List<String> needs) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO actions VALUES (?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, WordList.join(needs));
            insert.executeUpdate();
        }
    }

    private static List<String> serving(Connection connection, String need) throws Exception {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM actions WHERE CONCAT(' ', needs, ' ') LIKE ? ORDER BY id")) {
            select.setString(1, WordList.containing(need));
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }
}
