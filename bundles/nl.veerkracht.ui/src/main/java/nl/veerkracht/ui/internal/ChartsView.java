package nl.veerkracht.ui.internal;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.swt.ChartComposite;

import nl.veerkracht.charts.ChartData;
import nl.veerkracht.charts.drawing.ChartDrawing;
import nl.veerkracht.store.RepositoryName;

/**
 * The numbers as pictures: the charts of the repository chosen above them (the plan, a regional plan, a member's
 * plan), drawn by JFreeChart on SWT from the same definitions as the council report's. A list of the charts by
 * title on the left, the one selected on the right.
 */
final class ChartsView {

    private final Composite control;
    private final RepositoryChoice repositories;
    private final Label heading;
    private final TableViewer list;
    private final ChartComposite canvas;
    private final Texts texts;
    private final Overviews overviews;
    private final Background background;
    private List<ChartData> charts = List.of();
    private RepositoryName shown;

    ChartsView(Composite parent, Texts texts, Overviews overviews, Background background) {
        this.texts = texts;
        this.overviews = overviews;
        this.background = background;
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(1, false));
        repositories = new RepositoryChoice(control, texts, texts.get("charts.of"), "charts-repository",
                chosen -> refresh());
        repositories.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        heading = new Label(control, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        heading.setText(texts.get("charts.heading"));
        SashForm sash = new SashForm(control, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        list = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        list.getTable().setData("name", "charts");
        list.setContentProvider(ArrayContentProvider.getInstance());
        list.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof ChartData chart ? chart.title() : "";
            }
        });
        // no menu: jfreechart-swt's "save as PNG" needs a class JFreeChart 1.5 no longer has (decision 0045)
        canvas = new ChartComposite(sash, SWT.BORDER, null, ChartDrawing.WIDTH, ChartDrawing.HEIGHT, 200, 120, 4000,
                3000, true, false, false, false, false, false);
        canvas.setData("name", "chart");
        sash.setWeights(30, 70);
        list.addSelectionChangedListener(event -> draw());
    }

    Composite control() {
        return control;
    }

    /** The repositories of the workspace as read now. */
    void repositories(WorkspaceOutline outline) {
        repositories.show(outline);
    }

    /** Reads the charts of the chosen repository again, in the background, keeping the one selected. */
    void refresh() {
        RepositoryName repository = repositories.selected();
        background.run(texts.get("status.charts"), () -> overviews.charts(repository, texts.language()), read -> {
            if (control.isDisposed() || !repository.equals(repositories.selected())) {
                return;
            }
            String before = selected().map(ChartData::id).orElse(null);
            charts = read;
            shown = repository;
            list.setInput(read);
            heading.setText(texts.get("charts.summary", read.size(), repository.folder()));
            int index = 0;
            for (int i = 0; i < read.size(); i++) {
                if (read.get(i).id().equals(before)) {
                    index = i;
                }
            }
            if (!read.isEmpty()) {
                list.setSelection(new StructuredSelection(read.get(index)), true);
            }
            draw();
        });
    }

    private void draw() {
        JFreeChart chart = selected().map(data -> {
            JFreeChart drawn = ChartDrawing.chart(data, texts.language().locale());
            drawn.setTitle(data.title());
            drawn.getTitle().setFont(new java.awt.Font("DejaVu Sans", java.awt.Font.BOLD, 13));
            return drawn;
        }).orElse(null);
        canvas.setChart(chart);
        canvas.forceRedraw();
    }

    private java.util.Optional<ChartData> selected() {
        Object first = list.getStructuredSelection().getFirstElement();
        return first instanceof ChartData chart ? java.util.Optional.of(chart) : java.util.Optional.empty();
    }

    // --- for the tests

    /** The charts of the repository shown, in the order of the list. */
    List<ChartData> charts() {
        return charts;
    }

    /** Which repository the charts are of, once read. */
    RepositoryName shown() {
        return shown;
    }

    /** Selects a chart, as a click in the list does. */
    void select(int index) {
        list.setSelection(new StructuredSelection(charts.get(index)), true);
    }

    /** The chart drawn now, as the canvas has it. */
    JFreeChart drawn() {
        return canvas.getChart();
    }

    RepositoryChoice repositoryChoice() {
        return repositories;
    }
}
