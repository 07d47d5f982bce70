package nl.veerkracht.ui.internal;

import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import nl.veerkracht.model.Action;
import nl.veerkracht.model.RegionMember;
import nl.veerkracht.model.RegionalPlan;
import nl.veerkracht.store.RepositoryName;

/**
 * A regional plan of the workspace (the one chosen above it): its members with name, code, who coordinates,
 * the last successful sync with each and whether they have a signing key, whether commits must be signed;
 * its shared actions with their lead, participants and each member's contribution. The coordinator adds a
 * member from here; a region is started or joined, and a signing key made, from here too.
 */
final class RegionView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** What the view's buttons ask the window to do. */
    interface Actions {
        void addMember(RegionWork.Overview region);

        void createRegion();

        void joinRegion();

        void createKey();

        void openAction(RepositoryName region, String path);
    }

    private final Texts texts;
    private final Composite control;
    private final Combo regions;
    private final Label about;
    private final Button addMember;
    private final Table members;
    private final Table actions;
    private final Actions buttons;
    private List<RegionWork.Overview> overviews = List.of();
    private List<Action> shownActions = List.of();

    RegionView(Composite parent, Texts texts, Actions buttons) {
        this.texts = texts;
        this.buttons = buttons;
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(1, false));
        Composite top = new Composite(control, SWT.NONE);
        top.setLayout(FormLayouts.flush(2));
        top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(top, SWT.NONE).setText(texts.get("region.of"));
        regions = new Combo(top, SWT.DROP_DOWN | SWT.READ_ONLY);
        regions.setData("name", "region-choice");
        regions.addListener(SWT.Selection, event -> showSelected());
        Composite row = new Composite(control, SWT.NONE);
        row.setLayout(FormLayouts.flush(4));
        addMember = button(row, texts.get("action.addMember"), () -> selected().ifPresent(buttons::addMember));
        button(row, texts.get("action.createRegion"), buttons::createRegion);
        button(row, texts.get("action.joinRegion"), buttons::joinRegion);
        button(row, texts.get("action.createKey"), buttons::createKey);
        about = new Label(control, SWT.WRAP);
        GridData aboutLayout = new GridData(SWT.FILL, SWT.TOP, true, false);
        aboutLayout.widthHint = 1; // wraps within the tab instead of widening it
        about.setLayoutData(aboutLayout);
        members = table("region-members");
        ((GridData) members.getLayoutData()).heightHint = members.getItemHeight() * 6;
        ((GridData) members.getLayoutData()).grabExcessVerticalSpace = false;
        new Label(control, SWT.NONE).setText(texts.get("region.actions"));
        actions = table("region-actions");
        actions.addListener(SWT.DefaultSelection, event -> {
            int index = actions.getSelectionIndex();
            if (index >= 0 && index < shownActions.size()) {
                selected().ifPresent(region -> buttons.openAction(region.repository(),
                        nl.veerkracht.model.EntityKind.ACTION.pathOf(shownActions.get(index).id())));
            }
        });
        show(List.of());
    }

    private static Button button(Composite parent, String text, Runnable run) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, event -> run.run());
        return button;
    }

    private Table table(String name) {
        Table table = new Table(control, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData("name", name);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return table;
    }

    Composite control() {
        return control;
    }

    /** The workspace's regional plans as read now; the one chosen stays chosen while it is there. */
    void show(List<RegionWork.Overview> read) {
        Optional<RepositoryName> before = selected().map(RegionWork.Overview::repository);
        overviews = List.copyOf(read);
        regions.removeAll();
        overviews.forEach(overview -> regions.add(overview.plan().map(RegionalPlan::name).orElse(overview.repository().name())
                + " (" + overview.repository().folder() + ")"));
        int index = before.map(name -> overviews.stream().map(RegionWork.Overview::repository).toList().indexOf(name))
                .orElse(0);
        if (!overviews.isEmpty()) {
            regions.select(Math.max(index, 0));
        }
        showSelected();
    }

    Optional<RegionWork.Overview> selected() {
        int index = regions.getSelectionIndex();
        return index >= 0 && index < overviews.size() ? Optional.of(overviews.get(index)) : Optional.empty();
    }

    private void showSelected() {
        Optional<RegionWork.Overview> overview = selected();
        addMember.setEnabled(overview.map(RegionWork.Overview::coordinates).orElse(false));
        members.setRedraw(false);
        actions.setRedraw(false);
        try {
            showMembers(overview);
            showActions(overview);
        } finally {
            members.setRedraw(true);
            actions.setRedraw(true);
        }
        control.layout(true, true);
    }

    private void showMembers(Optional<RegionWork.Overview> overview) {
        members.removeAll();
        for (TableColumn column : members.getColumns()) {
            column.dispose();
        }
        if (overview.isEmpty()) {
            about.setText(texts.get("region.none"));
            return;
        }
        if (overview.get().plan().isEmpty()) {
            about.setText(texts.get("region.unreadable", overview.get().repository().folder(),
                    overview.get().problems().stream().findFirst().map(problem -> problem.render(texts.language()))
                            .orElse("")));
            return;
        }
        RegionalPlan plan = overview.get().plan().get();
        String coordinator = plan.coordinator().map(overview.get()::nameOf).orElse("?");
        about.setText(texts.get("region.about", plan.name(), plan.members().size(), coordinator,
                texts.get(plan.signedCommitsRequired() ? "region.signed" : "region.notSigned"),
                plan.hub().map(hub -> texts.get("region.hub", hub)).orElse(texts.get("region.peerToPeer")),
                texts.get(overview.get().coordinates() ? "region.youCoordinate" : "region.askCoordinator", coordinator)));
        column(members, "region.member", 200);
        column(members, "region.code", 80);
        column(members, "region.role", 190);
        column(members, "region.lastSync", 190);
        column(members, "region.key", 90);
        column(members, "region.url", 420);
        for (RegionMember member : plan.members()) {
            boolean me = member.code().equals(overview.get().me().code());
            boolean coordinates = plan.coordinator().filter(member.code()::equals).isPresent();
            String role = texts.get(coordinates ? "region.role.coordinator" : "region.role.member")
                    + (me ? " " + texts.get("region.role.you") : "");
            String lastSync = me ? texts.get("region.lastSync.you")
                    : Optional.ofNullable(overview.get().lastSyncs().get(member.code())).map(this::when)
                            .orElse(texts.get("region.lastSync.never"));
            TableItem item = new TableItem(members, SWT.NONE);
            item.setText(new String[] {member.name(), member.code(), role, lastSync,
                    texts.get(member.key().isPresent() ? "region.key.yes" : "region.key.no"), member.url().orElse("")});
        }
        plan.hub().ifPresent(hub -> {
            TableItem item = new TableItem(members, SWT.NONE);
            item.setText(new String[] {texts.get("region.hubRow"), "", "", Optional.ofNullable(overview.get().lastSyncs()
                    .get("hub")).map(this::when).orElse(texts.get("region.lastSync.never")), "", hub});
        });
    }

    private String when(OffsetDateTime time) {
        return WHEN.format(time.atZoneSameInstant(ZoneId.systemDefault()));
    }

    private void showActions(Optional<RegionWork.Overview> overview) {
        actions.removeAll();
        for (TableColumn column : actions.getColumns()) {
            column.dispose();
        }
        shownActions = overview.map(RegionWork.Overview::actions).orElse(List.of());
        if (overview.isEmpty() || overview.get().plan().isEmpty()) {
            return;
        }
        List<RegionMember> all = overview.get().plan().get().members();
        column(actions, "region.action", 240);
        column(actions, "region.lead", 140);
        for (RegionMember member : all) {
            TableColumn column = new TableColumn(actions, SWT.RIGHT);
            column.setText(member.name());
            column.setWidth(130);
        }
        column(actions, "region.total", 110);
        NumberFormat euros = NumberFormat.getCurrencyInstance(texts.language().locale().getLanguage().equals("en")
                ? java.util.Locale.UK : java.util.Locale.forLanguageTag("nl-NL"));
        euros.setCurrency(java.util.Currency.getInstance("EUR"));
        euros.setMaximumFractionDigits(0);
        for (Action action : shownActions) {
            List<String> cells = new ArrayList<>();
            cells.add(action.title());
            cells.add(action.leadMunicipality().map(overview.get()::nameOf).orElse(""));
            long total = 0;
            for (RegionMember member : all) {
                Long amount = action.contributions().get(member.code());
                if (amount != null) {
                    total += amount;
                    cells.add(euros.format(amount));
                } else {
                    cells.add(texts.get(action.participants().contains(member.code()) ? "region.participates"
                            : "region.notParticipating"));
                }
            }
            cells.add(euros.format(total));
            TableItem item = new TableItem(actions, SWT.NONE);
            item.setText(cells.toArray(String[]::new));
        }
    }

    private void column(Table table, String key, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(texts.get(key));
        column.setWidth(width);
    }

    // for the tests

    Combo regions() {
        return regions;
    }

    Table members() {
        return members;
    }

    Table actions() {
        return actions;
    }

    String about() {
        return about.getText();
    }

    Button addMemberButton() {
        return addMember;
    }

    /** Chooses a regional plan by its repository, as the list does. */
    void select(RepositoryName repository) {
        int index = overviews.stream().map(RegionWork.Overview::repository).toList().indexOf(repository);
        if (index >= 0) {
            regions.select(index);
            showSelected();
        }
    }
}
