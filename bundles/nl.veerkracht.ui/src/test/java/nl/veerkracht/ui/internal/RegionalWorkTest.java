package nl.veerkracht.ui.internal;

import static nl.veerkracht.ui.internal.WestBrabantWorkspaces.FUND;
import static nl.veerkracht.ui.internal.WestBrabantWorkspaces.VOUCHERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.junit.CGit;
import nl.veerkracht.model.validation.Language;
import nl.veerkracht.region.RegionSyncReport;
import nl.veerkracht.region.Rule;
import nl.veerkracht.region.SourceReport;
import nl.veerkracht.region.SyncOutcome;
import nl.veerkracht.region.SyncReport;
import nl.veerkracht.store.HistoryEntry;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.ui.internal.WestBrabantWorkspaces.Member;

/**
 * The desktop client's work with the region, driven through its real widgets under Xvfb, on three
 * workspaces in one region (Breda, Etten-Leur, Roosendaal): the client of Etten-Leur syncs, meets one
 * conflict, settles it in the dialog and finishes the merge, after which all three converge; a refused commit
 * is reported with its rule, commit and municipality; Stop during a sync leaves the window usable; the region
 * view shows the members and shared actions, and its dialogs add a member, start a region and join one.
 */
class RegionalWorkTest {

    @TempDir
    Path temp;

    private MainWindow window;

    @BeforeAll
    static void display() throws Exception {
        Path home = Files.createDirectories(Path.of(System.getProperty("user.home")));
        Files.writeString(home.resolve(".gitconfig"), "[user]\n\tname = J. de Vries\n\temail = j.devries@breda.nl\n");
        SwtHarness.display();
    }

    /** Closes the window once its work is done: the display outlives it, and no result must arrive after it. */
    @AfterEach
    void closeWindow() {
        if (window != null && window.getShell() != null && !window.getShell().isDisposed()) {
            SwtHarness.waitUntil("the window's work done", () -> window.background().isIdle()
                    && !window.regional().syncView().isRunning());
            SwtHarness.settle();
            window.close();
            SwtHarness.settle();
        }
    }

    private MainWindow open(WestBrabantWorkspaces region, Member member) {
        window = new MainWindow(region.services.session(member.workspace()), Texts.of(Language.NL), () -> { });
        window.setBlockOnOpen(false);
        window.open();
        SwtHarness.waitUntil("the workspace read", () -> window.outline().isPresent() && window.background().isIdle());
        return window;
    }

    private SyncView syncView() {
        return window.regional().syncView();
    }

    /** Syncs from the toolbar's action and waits for the report. */
    private SyncReport syncInWindow() {
        Optional<SyncReport> before = syncView().lastReport();
        window.runAction("action.sync");
        SwtHarness.waitUntil("the sync's report", () -> !syncView().isRunning()
                && !syncView().lastReport().equals(before) && window.background().isIdle());
        return syncView().lastReport().orElseThrow();
    }

    /** What one part of a dialog's script does; its failure is told, and the dialog closed. */
    private interface Script<D> {
        void run(D dialog) throws Exception;
    }

    /**
     * Runs {@code script} once the dialog is open (a modal dialog runs its own event loop, in which this
     * runs); a failure is kept in {@code failures} and closes the dialog, so that the test goes on to fail.
     */
    private static <D extends Window> void whenOpen(Supplier<Optional<D>> dialog, Script<D> script,
            List<String> failures) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        Display.getCurrent().timerExec(50, new Runnable() {
            @Override
            public void run() {
                Optional<D> open = dialog.get().filter(shown -> shown.getShell() != null && shown.getShell().isVisible());
                if (open.isEmpty()) {
                    if (System.nanoTime() < deadline) {
                        Display.getCurrent().timerExec(50, this);
                    } else {
                        failures.add("the dialog did not open");
                    }
                    return;
                }
                try {
                    script.run(open.get());
                } catch (Throwable e) {
                    failures.add(e.toString());
                    open.get().close();
                }
            }
        });
    }

    @Test
    void ettenLeurMeetsOneConflictOnAMultiLineTextSettlesItByTakingTheirsAndAllThreeConverge() throws Exception {
        WestBrabantWorkspaces region = new WestBrabantWorkspaces(temp, Optional.empty());
        WestBrabantWorkspaces.replace(region.ettenLeur, FUND, "  Breda beheert het fonds.\n",
                "  Breda beheert het fonds samen met Etten-Leur.\n");
        region.commit(region.ettenLeur, "Etten-Leur beheert mee");
        WestBrabantWorkspaces.replace(region.roosendaal, FUND, "  Breda beheert het fonds.\n",
                "  Breda beheert het fonds; Roosendaal toetst de aanvragen.\n");
        region.commit(region.roosendaal, "Roosendaal toetst");
        open(region, region.ettenLeur);

        List<String> failures = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        whenOpen(() -> window.regional().conflictDialog(), dialog -> {
            assertEquals(1, dialog.entries().size(), "exactly one conflict");
            assertEquals("Regionaal binnenstadfonds \u2014 Omschrijving (description) (" + FUND + ")", dialog.heading());
            assertEquals("Wij: Etten-Leur", dialog.groupTitle(1));
            assertEquals("Zij: Roosendaal (GM1674)", dialog.groupTitle(2));
            assertEquals(WestBrabantWorkspaces.DESCRIPTION.strip(), dialog.side(0).getText().strip());
            assertTrue(dialog.side(2).getText().contains("Roosendaal toetst de aanvragen."));
            // only the line that differs is marked, on each side
            assertEquals(List.of(1), dialog.markedLines(0));
            assertEquals(List.of(1), dialog.markedLines(1));
            assertEquals(List.of(1), dialog.markedLines(2));
            assertFalse(dialog.canFinish(), "nothing chosen yet");
            SwtHarness.screenshot(dialog.getShell(), "conflict-dialog");
            dialog.pressTheirs();
            assertEquals("hun waarde", dialog.table().getItem(0).getText(3));
            assertTrue(dialog.canFinish());
            dialog.pressFinish();
            SwtHarness.waitUntil("the conflict settled", () -> dialog.getShell() == null || dialog.getShell().isDisposed());
            seen.add("settled");
        }, failures);
        SyncReport first = syncInWindow();
        assertEquals(SyncOutcome.CONFLICTS, first.outcome(), first::toString);
        SwtHarness.waitUntil("the merge finished by the sync after the dialog", () -> !failures.isEmpty()
                || seen.contains("settled") && !syncView().isRunning() && syncView().lastReport().orElseThrow() != first
                        && window.background().isIdle());
        assertEquals(List.of(), failures);
        SyncReport merged = syncView().lastReport().orElseThrow();
        assertEquals(SourceReport.Status.MERGED_RESOLVED, source(merged, "GM1674").status(), merged::toString);
        assertTrue(treeLines(syncView().tree()).stream().anyMatch(line -> line.startsWith("Roosendaal (GM1674): "
                + "samengevoegd na opgeloste conflicten")), treeLines(syncView().tree())::toString);
        assertEquals("Geen open conflicten.", window.regional().conflictsView().summary());
        SwtHarness.screenshot(window.getShell(), "sync-report");

        converge(region);
        for (Member member : region.all()) {
            String fund = WestBrabantWorkspaces.read(member, FUND);
            assertTrue(fund.contains("Breda beheert het fonds; Roosendaal toetst de aanvragen."), member + ": " + fund);
        }
    }

    @Test
    void aTypedValueIsValidatedAsTheFormValidatesItAndSettlesTheConflict() throws Exception {
        WestBrabantWorkspaces region = new WestBrabantWorkspaces(temp, Optional.empty());
        WestBrabantWorkspaces.replace(region.ettenLeur, FUND, "  amount: 50000\n", "  amount: 450000\n");
        region.commit(region.ettenLeur, "Fonds 450.000");
        WestBrabantWorkspaces.replace(region.roosendaal, FUND, "  amount: 50000\n", "  amount: 420000\n");
        region.commit(region.roosendaal, "Fonds 420.000");
        open(region, region.ettenLeur);

        List<String> failures = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        whenOpen(() -> window.regional().conflictDialog(), dialog -> {
            assertEquals(1, dialog.entries().size());
            assertEquals("Bedrag (budget.amount)", dialog.table().getItem(0).getText(1));
            assertEquals("50000", dialog.side(0).getText());
            assertEquals("450000", dialog.side(1).getText());
            assertEquals("420000", dialog.side(2).getText());
            assertTrue(dialog.typedField().isEnabled(), "an amount can be typed");

            int before = dialog.validations();
            dialog.typedField().setText("veel geld");
            SwtHarness.waitUntil("the typed value validated", () -> dialog.validations() > before
                    && !dialog.typedMessage().isEmpty());
            assertFalse(dialog.useTypedButton().isEnabled(), "a bad value cannot be used");
            seen.add(dialog.typedMessage());
            SwtHarness.screenshot(dialog.getShell(), "conflict-typed-bad");

            int again = dialog.validations();
            dialog.typedField().setText("435000");
            SwtHarness.waitUntil("the typed value validated", () -> dialog.validations() > again
                    && dialog.useTypedButton().isEnabled());
            assertEquals("", dialog.typedMessage());
            dialog.pressUseTyped();
            assertEquals("eigen waarde: 435000", dialog.table().getItem(0).getText(3));
            SwtHarness.screenshot(dialog.getShell(), "conflict-typed");
            dialog.pressFinish();
            SwtHarness.waitUntil("the conflict settled", () -> dialog.getShell() == null || dialog.getShell().isDisposed());
            seen.add("settled");
        }, failures);
        SyncReport first = syncInWindow();
        SwtHarness.waitUntil("the merge finished", () -> !failures.isEmpty() || seen.contains("settled")
                && !syncView().isRunning() && syncView().lastReport().orElseThrow() != first && window.background().isIdle());
        assertEquals(List.of(), failures);
        // the message at the field is the one veerkracht validate gives for the same file
        WestBrabantWorkspaces.replace(region.breda, FUND, "  amount: 50000\n", "  amount: veel geld\n");
        List<String> validate = region.services.store().readWorkingTree(region.breda.workspace(),
                WestBrabantWorkspaces.REGION).problems().stream().map(problem -> problem.message(Language.NL)).toList();
        assertEquals(validate, List.of(seen.get(0)));
        WestBrabantWorkspaces.replace(region.breda, FUND, "  amount: veel geld\n", "  amount: 50000\n");

        converge(region);
        for (Member member : region.all()) {
            assertTrue(WestBrabantWorkspaces.read(member, FUND).contains("  amount: 435000\n"), member.name());
        }
    }

    @Test
    void aRefusedCommitIsShownWithItsRuleCommitAndMunicipality() throws Exception {
        WestBrabantWorkspaces region = new WestBrabantWorkspaces(temp, Optional.empty());
        // Roosendaal does not take part in the vouchers, yet changes them: the region's rules refuse it
        WestBrabantWorkspaces.replace(region.roosendaal, VOUCHERS, "title: Digitaliseringsvouchers\n",
                "title: Vouchers voor Roosendaal\n");
        HistoryEntry bad = WestBrabantWorkspaces.commitUnchecked(region.roosendaal, "Vouchers ook voor ons");
        String before = WestBrabantWorkspaces.tree(region.ettenLeur);
        open(region, region.ettenLeur);

        SyncReport report = syncInWindow();
        assertEquals(SyncOutcome.REFUSED, report.outcome(), report::toString);
        assertEquals(Rule.PARTICIPANT, source(report, "GM1674").refusal().orElseThrow().rule());
        assertEquals(before, WestBrabantWorkspaces.tree(region.ettenLeur), "nothing of it merged");

        assertTrue(syncView().summary().contains("Sync heeft binnenkomende wijzigingen geweigerd"), syncView().summary());
        TreeItem roosendaal = find(syncView().tree().getItems(), "Roosendaal (GM1674)").orElseThrow();
        assertEquals("geweigerd: een commit overtreedt een regel van de regio; niets samengevoegd", roosendaal.getText(1));
        List<String> details = Arrays.stream(roosendaal.getItems()).map(item -> item.getText(0) + ": " + item.getText(1))
                .toList();
        assertTrue(details.contains("Regel: " + Rule.PARTICIPANT.describe(Language.NL.locale())), details.toString());
        assertTrue(details.contains("Commit: " + bad.commitId().substring(0, 10)), details.toString());
        assertTrue(details.contains("Van gemeente: Roosendaal (GM1674)"), details.toString());
        assertTrue(details.stream().anyMatch(line -> line.startsWith("Wat: " + VOUCHERS)), details.toString());
        SwtHarness.screenshot(window.getShell(), "sync-refused");
    }

    @Test
    void stopDuringASyncLeavesTheWindowUsableAndTheReportSaysWhatWasNotDone() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept()); // and never answer: a remote that keeps the sync waiting
                    }
                } catch (IOException e) {
                    // closed at the end of the test
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            WestBrabantWorkspaces region = new WestBrabantWorkspaces(temp,
                    Optional.of("git://127.0.0.1:" + silent.getLocalPort() + "/roosendaal.git"));
            open(region, region.ettenLeur);

            window.runAction("action.sync");
            SwtHarness.waitUntil("the sync fetching from Roosendaal", () -> syncView().progressText().contains("Roosendaal"),
                    () -> syncView().progressText());
            assertTrue(syncView().isRunning());
            assertTrue(syncView().progressText().contains("Stap 1 van 3: Regionale plannen"), syncView().progressText());
            SwtHarness.screenshot(window.getShell(), "sync-progress");
            // the window answers while the sync waits: the tree is read again
            window.runAction("action.refresh");
            SwtHarness.waitUntil("the workspace read again while the sync runs", () -> window.background().isIdle());
            assertTrue(syncView().isRunning(), "the sync still waits for Roosendaal");

            syncView().cancelButton().notifyListeners(SWT.Selection, new Event());
            SwtHarness.waitUntil("the sync stopped", () -> !syncView().isRunning() && syncView().lastReport().isPresent());
            SyncReport report = syncView().lastReport().orElseThrow();
            assertEquals(SyncOutcome.CANCELLED, report.outcome(), report::toString);
            assertEquals(SourceReport.Status.CANCELLED, source(report, "GM1674").status());
            assertTrue(syncView().summary().contains("Sync gestopt op verzoek"), syncView().summary());
            List<String> lines = treeLines(syncView().tree());
            assertTrue(lines.contains("Roosendaal (GM1674): niet opgehaald of niet samengevoegd: de sync is gestopt"),
                    lines.toString());
            assertTrue(lines.contains("Provincie: niet gedaan: de sync is gestopt"), lines.toString());
            assertTrue(lines.contains("Plannen van de leden: niet gedaan: de sync is gestopt"), lines.toString());
            SwtHarness.screenshot(window.getShell(), "sync-cancelled");

            // the window is usable: a shared action opens from the region view, and the next sync starts
            window.runAction("action.region");
            SwtHarness.waitUntil("the region's shared actions", () -> window.regional().regionView().actions()
                    .getItemCount() == 2);
            window.regional().regionView().actions().select(0);
            window.regional().regionView().actions().notifyListeners(SWT.DefaultSelection, new Event());
            SwtHarness.waitUntil("the fund's editor", () -> window.editor().isPresent());
            assertEquals(FUND, window.editor().get().entity().path());
            assertTrue(Arrays.stream(window.getShell().getMenuBar().getItems()).anyMatch(item -> item.getText().equals("Re&gio")));
        }
    }

    @Test
    void theRegionShowsItsMembersAndSharedActionsAndItsDialogsAddAMemberStartARegionAndJoinOne() throws Exception {
        WestBrabantWorkspaces region = new WestBrabantWorkspaces(temp.resolve("west-brabant"), Optional.empty());
        open(region, region.breda);
        syncInWindow();
        window.runAction("action.region");
        RegionView view = window.regional().regionView();
        SwtHarness.waitUntil("the region read", () -> view.members().getItemCount() == 3);
        assertTrue(view.about().startsWith("West-Brabant: 3 leden, co\u00f6rdinator Breda; commits hoeven niet ondertekend"
                + " te zijn; de leden wisselen rechtstreeks met elkaar uit."), view.about());
        List<String> members = rows(view.members());
        assertEquals("Breda | GM0758 | co\u00f6rdinator (deze werkmap) | \u2014 | nee | " + region.breda.region(),
                members.get(0));
        assertTrue(members.get(1).startsWith("Etten-Leur | GM0777 | lid | 20"), "the last sync's time: " + members);
        assertTrue(members.get(2).startsWith("Roosendaal | GM1674 | lid | 20"), members.toString());
        List<String> actions = rows(view.actions());
        assertEquals(List.of("Regionaal binnenstadfonds | Breda | \u20ac\u00a020.000 | doet mee | doet mee | \u20ac\u00a020.000",
                "Digitaliseringsvouchers | Breda | doet mee | doet mee | \u2014 | \u20ac\u00a00"), actions);
        assertTrue(view.addMemberButton().isEnabled(), "Breda coordinates");
        SwtHarness.screenshot(window.getShell(), "region");

        // the coordinator adds Bergen op Zoom
        Path bergen = temp.resolve("GM0748");
        List<String> failures = new ArrayList<>();
        whenOpen(() -> window.regional().formDialog(), dialog -> {
            dialog.field("name").setText("Bergen op Zoom");
            dialog.field("code").setText("GM07");
            dialog.pressOk();
            assertEquals("'GM07' is geen CBS-code van een gemeente (GM en vier cijfers).", dialog.outcome());
            dialog.field("code").setText("GM0748");
            dialog.field("name").setText("Bergen op Zoom");
            dialog.field("url").setText(bergen.resolve("region/west-brabant").toString());
            dialog.field("planUrl").setText(bergen.resolve("plan").toString());
            SwtHarness.screenshot(dialog.getShell(), "region-add-member");
            dialog.pressOk();
            SwtHarness.waitUntil("the member added", () -> dialog.getShell() == null || dialog.getShell().isDisposed());
        }, failures);
        window.runAction("action.addMember");
        assertEquals(List.of(), failures);
        SwtHarness.waitUntil("the new member in the view", () -> view.members().getItemCount() == 4);
        assertEquals("Bergen op Zoom | GM0748 | lid | nog nooit | nee | " + bergen.resolve("region/west-brabant"),
                rows(view.members()).get(3));
        closeWindow();

        // Bergen op Zoom starts a region of its own and joins West-Brabant, each with its dialog
        WestBrabantWorkspaces.Member bergenOpZoom = new Member("GM0748", "Bergen op Zoom",
                region.services.store().init(bergen, "GM0748", "Bergen op Zoom", Optional.of("PV30"), Optional.empty()),
                new nl.veerkracht.store.Author("Beleid Bergen op Zoom", "gm0748@example.nl"));
        open(region, bergenOpZoom);
        RegionView bergensView = window.regional().regionView();
        assertFalse(bergensView.addMemberButton().isEnabled());
        whenOpen(() -> window.regional().formDialog(), dialog -> {
            dialog.field("id").setText("markiezaten");
            dialog.field("name").setText("Markiezaten");
            dialog.pressOk();
            SwtHarness.waitUntil("the region started", () -> dialog.getShell() == null || dialog.getShell().isDisposed());
        }, failures);
        window.runAction("action.createRegion");
        whenOpen(() -> window.regional().formDialog(), dialog -> {
            dialog.field("url").setText(region.breda.region().toString());
            SwtHarness.screenshot(dialog.getShell(), "region-join");
            dialog.pressOk();
            SwtHarness.waitUntil("the region joined", () -> dialog.getShell() == null || dialog.getShell().isDisposed());
        }, failures);
        window.runAction("action.joinRegion");
        assertEquals(List.of(), failures);
        SwtHarness.waitUntil("both regions in the view", () -> bergensView.regions().getItemCount() == 2
                && window.background().isIdle());
        assertEquals(List.of("Markiezaten (region/markiezaten)", "West-Brabant (region/west-brabant)"),
                List.of(bergensView.regions().getItems()));
        bergensView.select(RepositoryName.region("markiezaten"));
        assertTrue(bergensView.addMemberButton().isEnabled(), "Bergen op Zoom coordinates its own region");
        bergensView.select(WestBrabantWorkspaces.REGION);
        assertFalse(bergensView.addMemberButton().isEnabled(), "Breda coordinates West-Brabant");
        assertEquals(4, bergensView.members().getItemCount());
        assertEquals(region.services.store().log(region.breda.workspace(), WestBrabantWorkspaces.REGION).get(0).commitId(),
                region.services.store().log(bergenOpZoom.workspace(), WestBrabantWorkspaces.REGION).get(0).commitId());
    }

    /** Every member syncs until the three clones have the same tree, which C git's fsck finds sound. */
    private static void converge(WestBrabantWorkspaces region) throws Exception {
        for (int round = 0; round < 3; round++) {
            for (Member member : region.all()) {
                SyncReport report = region.sync(member);
                assertFalse(report.outcome() == SyncOutcome.CONFLICTS || report.outcome() == SyncOutcome.REFUSED,
                        report::toString);
            }
        }
        String tree = WestBrabantWorkspaces.tree(region.breda);
        CGit git = CGit.inTemporaryHome();
        for (Member member : region.all()) {
            assertEquals(tree, WestBrabantWorkspaces.tree(member), member.name() + " has the same plan");
            git.assertFsckClean(member.region());
        }
    }

    private static SourceReport source(SyncReport report, String code) {
        return report.steps().stream().filter(RegionSyncReport.class::isInstance).map(RegionSyncReport.class::cast)
                .flatMap(step -> step.regions().stream()).flatMap(regional -> regional.sources().stream())
                .filter(source -> source.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError(report));
    }

    private static Optional<TreeItem> find(TreeItem[] items, String what) {
        for (TreeItem item : items) {
            if (item.getText(0).equals(what)) {
                return Optional.of(item);
            }
            Optional<TreeItem> inside = find(item.getItems(), what);
            if (inside.isPresent()) {
                return inside;
            }
        }
        return Optional.empty();
    }

    private static List<String> treeLines(org.eclipse.swt.widgets.Tree tree) {
        List<String> lines = new ArrayList<>();
        collect(tree.getItems(), lines);
        return lines;
    }

    private static void collect(TreeItem[] items, List<String> lines) {
        for (TreeItem item : items) {
            lines.add(item.getText(0) + ": " + item.getText(1));
            collect(item.getItems(), lines);
        }
    }

    private static List<String> rows(org.eclipse.swt.widgets.Table table) {
        List<String> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            List<String> cells = new ArrayList<>();
            for (int column = 0; column < table.getColumnCount(); column++) {
                cells.add(item.getText(column));
            }
            rows.add(String.join(" | ", cells));
        }
        return rows;
    }
}
