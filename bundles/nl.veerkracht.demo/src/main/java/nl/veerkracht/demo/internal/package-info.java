/** The demo's scripts and their resources: not API. */
package nl.veerkracht.demo.internal;
