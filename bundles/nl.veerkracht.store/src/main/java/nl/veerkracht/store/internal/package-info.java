/** The JGit implementation of the plan store: not API. */
package nl.veerkracht.store.internal;
