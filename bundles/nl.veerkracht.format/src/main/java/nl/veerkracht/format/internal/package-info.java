/** How plan files are read and written inside; not exported, not API. */
package nl.veerkracht.format.internal;
