package nl.veerkracht.itests;

import static org.junit.Assert.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.persistence.jpa.PersistenceProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * EclipseLink works inside the framework on embedded H2, as the product configures it (no JPA
 * container): it persists entities and answers a JPQL query.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PersistenceInFrameworkTest {

    @Configuration
    public Option[] configuration() {
        return ProductTestSupport.productConfiguration();
    }

    @Test
    public void persistsAndQueriesOnEmbeddedH2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:itest;DB_CLOSE_DELAY=-1");
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
        properties.put("eclipselink.classloader", getClass().getClassLoader());
        properties.put("eclipselink.target-database", "org.eclipse.persistence.platform.database.H2Platform");
        properties.put("eclipselink.weaving", "false");
        properties.put("eclipselink.ddl-generation", "create-tables");
        properties.put("eclipselink.logging.level", "WARNING");

        EntityManagerFactory factory = new PersistenceProvider().createEntityManagerFactory("itest", properties);
        try {
            EntityManager manager = factory.createEntityManager();
            manager.getTransaction().begin();
            manager.persist(new IndicatorObservation("vestigingen", "2025", 14420));
            manager.persist(new IndicatorObservation("vestigingen", "2026-Q1", 14510));
            manager.persist(new IndicatorObservation("terrassen-vergund", "2026-Q1", 87));
            manager.getTransaction().commit();
            manager.close();

            EntityManager reader = factory.createEntityManager();
            List<IndicatorObservation> found = reader.createQuery(
                    "select o from IndicatorObservation o where o.indicator = :indicator order by o.period",
                    IndicatorObservation.class)
                    .setParameter("indicator", "vestigingen")
                    .getResultList();
            assertEquals(List.of("2025", "2026-Q1"), found.stream().map(IndicatorObservation::period).toList());
            assertEquals(14510L, found.get(1).value());
            reader.close();
        } finally {
            factory.close();
        }
    }
}
