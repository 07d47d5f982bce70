package nl.veerkracht.region.internal;

import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.format.PlanFileException;
import nl.veerkracht.format.PlanFiles;
import nl.veerkracht.model.document.MapNode;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.document.ScalarNode;
import nl.veerkracht.region.RegionException;
import nl.veerkracht.store.Author;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.SigningKey;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;

/**
 * The municipality whose workspace this is, as its committed {@code plan/plan.yaml} says: its CBS code,
 * name and province, and where its SSH signing key lives ({@code .veerkracht/keys/<code>}, with the
 * public key beside it as {@code <code>.pub}).
 */
record Municipality(String code, String name, Optional<String> province) {

    Municipality {
        Objects.requireNonNull(code);
        Objects.requireNonNull(name);
        Objects.requireNonNull(province);
    }

    static Municipality of(Workspace workspace) {
        try (PlanRepository plan = workspace.open(RepositoryName.PLAN)) {
            String head = plan.head().orElseThrow(() -> new StoreException("workspace.missing", workspace.root()));
            String blob = plan.blobsAt(head).get("plan.yaml");
            if (blob == null) {
                throw new StoreException("workspace.missing", workspace.root());
            }
            Node document = PlanFiles.read("plan.yaml", plan.readBlob(blob));
            if (document instanceof MapNode map && map.get("code").orElse(null) instanceof ScalarNode code
                    && code.text().startsWith("GM")) {
                String name = map.get("name").orElse(null) instanceof ScalarNode text ? text.text() : code.text();
                Optional<String> province = map.get("province").orElse(null) instanceof ScalarNode value
                        ? Optional.of(value.text()) : Optional.empty();
                return new Municipality(code.text(), name, province);
            }
            throw new RegionException("region.notMunicipality", workspace.root());
        } catch (PlanFileException e) {
            throw new StoreException(e, "workspace.missing", workspace.root());
        }
    }

    /** The private key this municipality signs regional commits with. */
    SigningKey signingKey(Workspace workspace) {
        return SigningKey.of(workspace, code);
    }

    /**
     * Who Veerkracht's own commits in a regional plan are by: the user that the repository's Git
     * configuration names, else the municipality itself.
     */
    Author author(PlanRepository repository) {
        try {
            return repository.configuredAuthor();
        } catch (StoreException e) {
            return new Author(name + " (" + code + ")", code.toLowerCase() + "@veerkracht.invalid");
        }
    }
}
