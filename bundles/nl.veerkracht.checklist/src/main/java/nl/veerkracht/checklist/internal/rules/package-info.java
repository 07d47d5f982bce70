/**
 * The built-in rules of the ten-point check, at least two per point, each a pure class registered as
 * a {@link nl.veerkracht.checklist.ChecklistRule} component. Their texts are in
 * {@code nl/veerkracht/checklist/internal/findings*.properties}.
 */
package nl.veerkracht.checklist.internal.rules;
