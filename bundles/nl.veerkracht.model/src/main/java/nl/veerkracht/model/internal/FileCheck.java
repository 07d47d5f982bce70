package nl.veerkracht.model.internal;

import java.util.List;
import java.util.Optional;

import nl.veerkracht.model.Entity;
import nl.veerkracht.model.EntityKind;
import nl.veerkracht.model.PlanKind;
import nl.veerkracht.model.document.Node;
import nl.veerkracht.model.validation.Problem;

/**
 * One file checked on its own.
 *
 * @param path the file
 * @param kind its kind, by path
 * @param planKind for plan.yaml: its kind, if {@code kind} is valid
 * @param cleaned the document without what is invalid (null when nothing usable is left)
 * @param refs the references in it, not yet resolved
 * @param entity the typed entity, when its required fields are there
 * @param problems what is wrong with the file on its own
 */
public record FileCheck(String path, EntityKind kind, Optional<PlanKind> planKind, Node cleaned,
        List<ShapeChecker.Ref> refs, Optional<Entity> entity, List<Problem> problems) {
}
