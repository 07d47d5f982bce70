/**
 * The monitor's implementation, not API: pure logic (periods, numbers, CSV exports, merging a series,
 * resolving CBS's answers, status) without OSGi and HTTP, and the Declarative Services component that
 * fetches over HTTP and writes the files.
 */
package nl.veerkracht.monitor.internal;
