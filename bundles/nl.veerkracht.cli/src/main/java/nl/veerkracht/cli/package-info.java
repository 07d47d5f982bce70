/**
 * The command line of Veerkracht as a service: one call runs one command line and answers its
 * exit code. The launcher ({@code bin/veerkracht}) and the Gogo shell both go through it.
 */
@Export
@Version("1.0.0")
package nl.veerkracht.cli;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
