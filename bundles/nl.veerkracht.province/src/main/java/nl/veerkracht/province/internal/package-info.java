/** The province's report and link checks, as pure functions; the JGit mirror; the DS service. Not API. */
package nl.veerkracht.province.internal;
