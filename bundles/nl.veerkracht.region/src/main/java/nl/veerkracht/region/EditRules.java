package nl.veerkracht.region;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.veerkracht.model.document.Node;

/**
 * The region's rules on what this workspace's municipality changes in one regional plan, against the plan as
 * last committed: what {@code veerkracht commit --repo region/<id>} (and every other member's sync) would
 * refuse, known while a file is still being edited. Made by {@link RegionService#editRules}; it reads nothing
 * more, so it can be asked at every keystroke.
 */
@ProviderType
public interface EditRules {

    /** The CBS code of the municipality whose edits these rules judge: this workspace's. */
    String municipality();

    /**
     * The first rule broken by changing the file at {@code path} from what the last commit has (nothing, for a
     * new file) into {@code after}; empty when the change keeps every rule.
     *
     * @param path the file in the regional plan, such as {@code actions/GM0758-regionaal-ondernemersfonds.yaml}
     * @param after the file's document as edited; empty when the file is deleted
     */
    Optional<RuleBreach> check(String path, Optional<Node> after);
}
