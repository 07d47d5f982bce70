/**
 * A workspace of plan repositories on JGit, and what a user does with them: read a plan at any
 * version, commit a validated change, follow an entity's history, compare versions field by field,
 * and record a council approval.
 */
@Export
@Version("1.7.0")
package nl.veerkracht.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
