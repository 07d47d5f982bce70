/**
 * One class per command. A command parses its options (picocli), calls the services that do the
 * work and prints the outcome; it holds no business logic of its own.
 */
package nl.veerkracht.cli.internal.commands;
