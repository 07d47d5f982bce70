/**
 * Reading documents into typed entities and saying what is wrong with them.
 * {@link nl.veerkracht.model.validation.PlanBinder} binds one file or a whole
 * {@link nl.veerkracht.model.document.PlanSnapshot}; every fault is a
 * {@link nl.veerkracht.model.validation.Problem} (file, line, column, message key and arguments),
 * never an exception. {@link nl.veerkracht.model.validation.Problem#render(Language)} writes it as
 * {@code path:line:column: message} in Dutch or English.
 */
@Export
@Version("1.0.0")
package nl.veerkracht.model.validation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
