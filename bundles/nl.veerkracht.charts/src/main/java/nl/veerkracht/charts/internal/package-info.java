/** The charts' texts in Dutch and English ({@code charts*.properties}). Not API. */
package nl.veerkracht.charts.internal;
