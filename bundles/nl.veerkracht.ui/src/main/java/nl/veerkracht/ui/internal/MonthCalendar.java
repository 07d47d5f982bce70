package nl.veerkracht.ui.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * A month to pick a day from, in the client's language rather than the computer's (SWT's own calendar
 * follows the operating system's): the month's name, the days of the week from Monday, a button per day,
 * the months before and after, and today.
 */
final class MonthCalendar {

    private final Composite control;
    private final Label title;
    private final List<Label> weekdays = new ArrayList<>();
    private final List<Button> days = new ArrayList<>();
    private final Locale locale;
    private final Optional<LocalDate> selected;
    private final Consumer<LocalDate> picked;
    private YearMonth shown;

    MonthCalendar(Composite parent, Texts texts, Optional<LocalDate> selected, Consumer<LocalDate> picked) {
        this.locale = texts.language().locale();
        this.selected = selected;
        this.picked = picked;
        control = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(7, true);
        layout.horizontalSpacing = 2;
        layout.verticalSpacing = 2;
        control.setLayout(layout);
        Button previous = new Button(control, SWT.PUSH | SWT.FLAT);
        previous.setText("\u2039");
        previous.setToolTipText(texts.get("calendar.previous"));
        previous.addListener(SWT.Selection, event -> show(shown.minusMonths(1)));
        title = new Label(control, SWT.CENTER);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));
        Button next = new Button(control, SWT.PUSH | SWT.FLAT);
        next.setText("\u203a");
        next.setToolTipText(texts.get("calendar.next"));
        next.addListener(SWT.Selection, event -> show(shown.plusMonths(1)));
        for (int i = 0; i < 7; i++) {
            Label weekday = new Label(control, SWT.CENTER);
            weekday.setText(DayOfWeek.MONDAY.plus(i).getDisplayName(TextStyle.SHORT, locale));
            weekday.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            weekdays.add(weekday);
        }
        for (int i = 0; i < 42; i++) {
            Button day = new Button(control, SWT.TOGGLE | SWT.FLAT);
            day.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            day.addListener(SWT.Selection, event -> {
                if (day.getData() instanceof LocalDate date) {
                    picked.accept(date);
                }
            });
            days.add(day);
        }
        Button today = new Button(control, SWT.PUSH);
        today.setText(texts.get("calendar.today"));
        today.setLayoutData(new GridData(SWT.CENTER, SWT.CENTER, true, false, 7, 1));
        today.addListener(SWT.Selection, event -> picked.accept(LocalDate.now()));
        show(YearMonth.from(selected.orElse(LocalDate.now())));
    }

    /** Shows a month: its name and year, and its days under the days of the week. */
    void show(YearMonth month) {
        shown = month;
        title.setText(month.getMonth().getDisplayName(TextStyle.FULL, locale) + " " + month.getYear());
        int offset = month.atDay(1).getDayOfWeek().getValue() - 1;
        for (int i = 0; i < days.size(); i++) {
            Button button = days.get(i);
            int day = i - offset + 1;
            boolean inMonth = day >= 1 && day <= month.lengthOfMonth();
            LocalDate date = inMonth ? month.atDay(day) : null;
            button.setText(inMonth ? Integer.toString(day) : "");
            button.setData(date);
            button.setEnabled(inMonth);
            button.setSelection(inMonth && selected.filter(date::equals).isPresent());
            ((GridData) button.getLayoutData()).exclude = i >= 35 && offset + month.lengthOfMonth() <= 35;
            button.setVisible(!((GridData) button.getLayoutData()).exclude);
        }
        control.layout(true, true);
    }

    Composite control() {
        return control;
    }

    /** The month shown, as its title says it ({@code november 2026}). */
    String title() {
        return title.getText();
    }

    /** The days of the week as the columns name them, Monday first. */
    List<String> weekdays() {
        return weekdays.stream().map(Label::getText).toList();
    }

    YearMonth shown() {
        return shown;
    }

    /** Picks a day of the month shown, as clicking it does. */
    void pick(int day) {
        for (Button button : days) {
            if (button.getData() instanceof LocalDate date && date.getDayOfMonth() == day) {
                button.setSelection(true);
                button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                return;
            }
        }
        throw new IllegalArgumentException(shown + " has no day " + day);
    }
}
