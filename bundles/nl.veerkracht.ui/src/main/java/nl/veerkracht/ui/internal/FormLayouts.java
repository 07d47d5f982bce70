package nl.veerkracht.ui.internal;

import org.eclipse.swt.layout.GridLayout;

/** Layouts the form's compound controls share. */
final class FormLayouts {

    private FormLayouts() {
    }

    /** A grid without a margin of its own: a row of controls that lines up with the form's other fields. */
    static GridLayout flush(int columns) {
        GridLayout layout = new GridLayout(columns, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        return layout;
    }
}
