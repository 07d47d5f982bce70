package nl.veerkracht.ui.internal;

import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;

import nl.veerkracht.checklist.Finding;
import nl.veerkracht.checklist.PointAssessment;
import nl.veerkracht.checklist.PointStatus;
import nl.veerkracht.checklist.Scorecard;
import nl.veerkracht.checklist.Severity;
import nl.veerkracht.store.RepositoryName;

/**
 * The ten-point check: each point with its status as a colour and a word, the findings under it
 * (what is wrong, what to do, where). Opening a finding that names a file opens that file's entity
 * at the field.
 */
public final class ScorecardView {

    private final Composite control;
    private final RepositoryChoice repositories;
    private final Label summary;
    private final TreeViewer viewer;
    private final Texts texts;
    private final Color ok;
    private final Color attention;
    private final Color missing;

    /**
     * @param open opens the file and field of a finding
     * @param chosen told when another repository is chosen to be checked
     */
    public ScorecardView(Composite parent, Texts texts, Consumer<Finding> open, Consumer<RepositoryName> chosen) {
        this.texts = texts;
        ok = new Color(0x2e, 0x7d, 0x32);
        attention = new Color(0xef, 0x8f, 0x00);
        missing = new Color(0xc6, 0x28, 0x28);
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(1, false));
        repositories = new RepositoryChoice(control, texts, texts.get("scorecard.of"), "scorecard-repository", chosen);
        repositories.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        summary = new Label(control, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        summary.setText(texts.get("scorecard.running"));
        viewer = new TreeViewer(control, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.getTree().setData("name", "scorecard");
        viewer.setContentProvider(new ContentProvider());

        TreeViewerColumn point = new TreeViewerColumn(viewer, SWT.LEFT);
        point.getColumn().setText(texts.get("scorecard.point"));
        point.getColumn().setWidth(560);
        point.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof PointAssessment assessment) {
                    return assessment.point().number() + ". " + assessment.point().title(texts.language());
                }
                if (element instanceof Finding finding) {
                    return finding.problem().in(texts.language()) + " " + finding.remedy().in(texts.language());
                }
                return "";
            }

            @Override
            public String getToolTipText(Object element) {
                return element instanceof Finding finding ? where(finding) : null;
            }
        });
        TreeViewerColumn status = new TreeViewerColumn(viewer, SWT.LEFT);
        status.getColumn().setText(texts.get("scorecard.status"));
        status.getColumn().setWidth(120);
        status.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof PointAssessment assessment) {
                    return word(assessment.status());
                }
                if (element instanceof Finding finding) {
                    return word(finding.severity() == Severity.MISSING ? PointStatus.MISSING : PointStatus.ATTENTION);
                }
                return "";
            }

            @Override
            public Color getBackground(Object element) {
                return element instanceof PointAssessment assessment ? colour(assessment.status()) : null;
            }

            @Override
            public Color getForeground(Object element) {
                return element instanceof PointAssessment
                        ? parent.getDisplay().getSystemColor(SWT.COLOR_WHITE) : null;
            }
        });
        TreeViewerColumn where = new TreeViewerColumn(viewer, SWT.LEFT);
        where.getColumn().setText(texts.get("scorecard.where"));
        where.getColumn().setWidth(360);
        where.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof Finding finding ? where(finding) : "";
            }
        });
        viewer.addOpenListener(event -> {
            if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Finding finding
                    && finding.file().isPresent()) {
                open.accept(finding);
            }
        });
        control.addDisposeListener(event -> {
            ok.dispose();
            attention.dispose();
            missing.dispose();
        });
    }

    public Composite control() {
        return control;
    }

    public Tree tree() {
        return viewer.getTree();
    }

    public TreeViewer viewer() {
        return viewer;
    }

    /** The repositories to choose from, as the tree shows them; the choice stays where it can. */
    void repositories(WorkspaceOutline outline) {
        repositories.show(outline);
    }

    /** The repository whose check is shown (and run again after a save). */
    RepositoryName selected() {
        return repositories.selected();
    }

    /** Chooses the repository to check, as the list above the scorecard does. */
    void select(RepositoryName repository) {
        repositories.select(repository);
    }

    /** The check is running: what it showed stays until the new scorecard is there. */
    void running() {
        summary.setText(texts.get("scorecard.running"));
    }

    /** A regional plan is chosen: the check judges a municipality's plan, not a regional one, as {@code check} says. */
    void notCheckable(RepositoryName repository) {
        summary.setText(texts.get("scorecard.regional", repository.folder()));
        viewer.setInput(null);
        control.layout(true, true);
    }

    public void show(Scorecard scorecard) {
        summary.setText(texts.get("scorecard.summary", scorecard.name().orElse(scorecard.repository()),
                scorecard.count(PointStatus.OK), scorecard.count(PointStatus.ATTENTION),
                scorecard.count(PointStatus.MISSING), scorecard.date().toString()));
        viewer.setInput(scorecard);
        viewer.expandAll();
        control.layout(true, true);
    }

    /** What the line above the scorecard says, for the tests. */
    String summaryText() {
        return summary.getText();
    }

    public void failed(String message) {
        summary.setText(message);
    }

    String word(PointStatus status) {
        return texts.get("status." + status.code().toLowerCase(Locale.ROOT));
    }

    Color colour(PointStatus status) {
        return switch (status) {
            case OK -> ok;
            case ATTENTION -> attention;
            case MISSING -> missing;
        };
    }

    private static String where(Finding finding) {
        String file = finding.file().orElse("");
        return finding.field().map(field -> file + " \u2192 " + field).orElse(file);
    }

    private static final class ContentProvider implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof Scorecard scorecard ? scorecard.points().toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof PointAssessment assessment ? assessment.findings().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof PointAssessment assessment && !assessment.findings().isEmpty();
        }
    }
}
