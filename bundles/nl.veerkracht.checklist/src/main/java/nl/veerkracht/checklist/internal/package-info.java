/** The check's implementation: the component, the assessment, the gathering of facts, the texts. */
package nl.veerkracht.checklist.internal;
