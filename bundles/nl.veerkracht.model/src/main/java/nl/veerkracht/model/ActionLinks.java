package nl.veerkracht.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an action belongs to outside its own repository ({@code links}).
 *
 * @param region the shared regional action, as {@code <region id>/<action id>}
 * @param province provincial tasks, each as {@code <province code>/<task id>}
 */
public record ActionLinks(Optional<String> region, List<String> province) {

    public ActionLinks {
        Objects.requireNonNull(region);
        province = List.copyOf(province);
    }
}
