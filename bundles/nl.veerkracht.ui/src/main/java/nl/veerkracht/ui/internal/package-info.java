/** The desktop client's window, views and dialogs; not API. */
package nl.veerkracht.ui.internal;
