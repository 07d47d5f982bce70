/** How validation and binding work inside; not exported, not API. */
package nl.veerkracht.model.internal;
