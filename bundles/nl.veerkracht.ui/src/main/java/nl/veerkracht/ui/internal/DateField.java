package nl.veerkracht.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A date as the plan files hold it, {@code yyyy-mm-dd}: typed, or picked in a {@link MonthCalendar} that
 * the button beside the field opens below it (in the client's language). Picking a day writes it into the
 * field, as typing it would.
 */
final class DateField {

    private final Composite box;
    private final Text text;
    private final Button button;
    private final Texts texts;
    private final Display display;
    private Shell popup;
    private MonthCalendar calendar;

    DateField(Composite parent, Texts texts, boolean editable) {
        this.texts = texts;
        this.display = parent.getDisplay();
        box = new Composite(parent, SWT.NONE);
        GridLayout layout = FormLayouts.flush(2);
        layout.horizontalSpacing = 2;
        box.setLayout(layout);
        text = new Text(box, SWT.BORDER | SWT.SINGLE);
        GridData textLayout = new GridData(SWT.FILL, SWT.CENTER, true, false);
        textLayout.widthHint = 110;
        text.setLayoutData(textLayout);
        text.setMessage(texts.get("calendar.pattern"));
        text.setEditable(editable);
        text.setData("dateField", this);
        button = new Button(box, SWT.PUSH);
        button.setText("\u25be");
        button.setToolTipText(texts.get("calendar.open"));
        button.setEnabled(editable);
        button.addListener(SWT.Selection, event -> openCalendar());
        box.addDisposeListener(event -> closeCalendar());
    }

    /** The date field of a form's control, when it is one. */
    static Optional<DateField> of(Control control) {
        return control.getData("dateField") instanceof DateField field ? Optional.of(field) : Optional.empty();
    }

    Composite control() {
        return box;
    }

    Text text() {
        return text;
    }

    /** The date typed, when it is one. */
    Optional<LocalDate> date() {
        try {
            return Optional.of(LocalDate.parse(text.getText().strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Opens the calendar below the field, at the month of the date typed (else this month). */
    void openCalendar() {
        closeCalendar();
        popup = new Shell(text.getShell(), SWT.TOOL | SWT.ON_TOP | SWT.BORDER);
        popup.setLayout(new FillLayout());
        popup.setText(texts.get("calendar.open"));
        calendar = new MonthCalendar(popup, texts, date(), day -> {
            text.setText(day.toString());
            closeCalendar();
            text.setFocus();
        });
        popup.addListener(SWT.Traverse, event -> {
            if (event.detail == SWT.TRAVERSE_ESCAPE) {
                closeCalendar();
            }
        });
        popup.pack();
        // below the field, or above it where the window has no room below
        Point size = popup.getSize();
        Point below = text.toDisplay(0, text.getSize().y);
        Rectangle window = text.getShell().getBounds();
        boolean fits = below.y + size.y <= window.y + window.height;
        popup.setLocation(below.x, fits ? below.y : text.toDisplay(0, 0).y - size.y);
        popup.open();
        // a click anywhere else closes it, as a drop-down does
        display.addFilter(SWT.MouseDown, clickElsewhere);
    }

    private final Listener clickElsewhere = this::clicked;

    private void clicked(Event event) {
        if (popup != null && !popup.isDisposed() && event.widget instanceof Control control
                && control.getShell() != popup && control != button) {
            closeCalendar();
        }
    }

    void closeCalendar() {
        if (!display.isDisposed()) {
            display.removeFilter(SWT.MouseDown, clickElsewhere);
        }
        if (popup != null && !popup.isDisposed()) {
            popup.dispose();
        }
        popup = null;
        calendar = null;
    }

    /** The calendar while it is open. */
    Optional<MonthCalendar> calendar() {
        return Optional.ofNullable(calendar);
    }

    /** The calendar's window while it is open, for the tests' screenshots. */
    Optional<Shell> popup() {
        return Optional.ofNullable(popup);
    }
}
