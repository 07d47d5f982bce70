/** The regional sync's implementation: DS components around pure merge assembly and rule checks. */
package nl.veerkracht.region.internal;
