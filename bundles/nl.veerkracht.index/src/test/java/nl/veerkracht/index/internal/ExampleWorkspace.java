package nl.veerkracht.index.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import nl.veerkracht.store.Author;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.PlanStore;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.Workspace;
import nl.veerkracht.store.internal.JGitPlanStore;

/**
 * The workspace of Breda (GM0758) in the region West-Brabant with the province Noord-Brabant (PV30)
 * and the mirror of Etten-Leur's plan (GM0777): every kind of plan file, so that every table of the
 * index gets rows. Files are written into the working trees and committed as a user would; the
 * read-only mirrors are committed with JGit directly, as a fetch would bring them.
 */
public final class ExampleWorkspace {

    public static final RepositoryName REGION = RepositoryName.region("west-brabant");
    public static final RepositoryName PROVINCE = RepositoryName.province("PV30");
    public static final RepositoryName ETTEN_LEUR = RepositoryName.member("GM0777");

    static final Author AUTHOR = new Author("J. de Vries", "j.devries@breda.nl");

    private final PlanStore store = new JGitPlanStore();
    private final Workspace workspace;

    private ExampleWorkspace(Workspace workspace) {
        this.workspace = workspace;
    }

    public Workspace workspace() {
        return workspace;
    }

    public static ExampleWorkspace create(Path directory) {
        ExampleWorkspace example = new ExampleWorkspace(new JGitPlanStore().init(directory, "GM0758", "Breda",
                Optional.of("PV30"), Optional.of(AUTHOR)));
        example.write(RepositoryName.PLAN, Map.of(
                "plan.yaml", """
                        kind: municipality
                        code: GM0758
                        name: Breda
                        province: PV30
                        regions:
                          - west-brabant
                        vision: |
                          Breda komt sterker uit de crisis.
                        recovery_lines:
                          - id: ontmoeten
                            title: Ontmoeten
                        terms:
                          short:
                            horizon_weeks: 4
                            goals:
                              - Ondernemers houden liquiditeit
                          long:
                            goals:
                              - Andere keuzes in structurele investeringen
                        leads:
                          official:
                            name: J. de Vries
                            role: projectleider herstel
                            hours_freed_per_week: 24
                          administrative:
                            name: A. Jansen
                            role: wethouder economie
                        council:
                          information_interval_weeks: 8
                          last_informed: 2026-10-01
                        departments:
                          - economische-zaken
                          - duurzaamheid
                        separate_recovery_organisation: false
                        budget:
                          lines:
                            - id: ez-2026
                              title: Programmabegroting economie 2026
                              source: existing
                              amount: 250000
                          reserve: 50000
                        """,
                "actions/terrassen-verruimen.yaml", """
                        id: terrassen-verruimen
                        title: Terrassen verruimen
                        description: |
                          Tijdelijk ruimere terrassen in de binnenstad, zonder extra leges.
                        term: short
                        recovery_line: ontmoeten
                        themes:
                          - innovatie
                        department: economische-zaken
                        lead: J. de Vries
                        needs:
                          - liquiditeit-horeca
                        stakeholders:
                          - khn-breda
                        budget:
                          amount: 15000
                          source: existing
                          line: ez-2026
                        indicators:
                          - id: vestigingen
                            target: 120
                        status: running
                        progress: 40
                        start: 2026-04-01
                        end: 2026-04-29
                        links:
                          region: west-brabant/GM0758-binnenstadfonds
                          province:
                            - PV30/digitalisering-mkb
                        """,
                "actions/webwinkels.yaml", """
                        id: webwinkels
                        title: Webwinkels voor de binnenstad
                        term: medium
                        themes:
                          - digitalisering
                          - innovatie
                        budget:
                          amount: 40000
                          source: province
                        status: planned
                        links:
                          province:
                            - PV30/digitalisering-mkb
                        """,
                "actions/zonnedaken.yaml", """
                        id: zonnedaken
                        title: Zonnedaken op bedrijventerreinen
                        term: long
                        themes:
                          - energietransitie
                        status: idea
                        """,
                "needs/liquiditeit-horeca.yaml", """
                        id: liquiditeit-horeca
                        title: Liquiditeit in de horeca
                        sector: "56"
                        source: ondernemerspeiling
                        date: 2026-03-01
                        urgency: high
                        """,
                "stakeholders/khn-breda.yaml", """
                        id: khn-breda
                        organisation: KHN afdeling Breda
                        sector: entrepreneurs
                        role: vertegenwoordigt horecaondernemers
                        consultations:
                          - date: 2026-03-10
                            topic: Terrasseizoen
                        """,
                "indicators/vestigingen.yaml", """
                        id: vestigingen
                        title: Vestigingen in Breda
                        source: cbs
                        table: 81575NED
                        measure: Vestigingen_1
                        region: GM0758
                        unit: vestigingen
                        baseline: 14500
                        target: 15000.5
                        """,
                "indicators/vestigingen.csv", """
                        period,value,source
                        2025,14420,cbs
                        2026-Q1,14510.25,cbs
                        """,
                "lessons/een-ondernemersloket.md", """
                        ---
                        id: een-ondernemersloket
                        title: Eén loket voor ondernemers
                        source: evaluatie coronasteun 2021
                        actions:
                          - terrassen-verruimen
                        ---
                        Ondernemers vonden de weg snel toen er één loket was.
                        """,
                "scenarios/terugval.yaml", """
                        id: terugval
                        title: Terugval naar een lockdown
                        kind: fallback
                        triggers:
                          - Landelijke versoepelingen worden teruggedraaid
                        reviewed: 2026-09-01
                        roles:
                          - role: crisiscoördinator
                            who: J. de Vries
                        runbook:
                          - id: loket-opschalen
                            what: Ondernemersloket opschalen
                            who: economische-zaken
                            within_days: 2
                        """));
        example.commit(RepositoryName.PLAN, "Herstelaanpak Breda");

        example.write(REGION, Map.of(
                "plan.yaml", """
                        kind: region
                        id: west-brabant
                        name: West-Brabant
                        province: PV30
                        coordinator: GM0758
                        require_signed: false
                        members:
                          - code: GM0758
                            name: Breda
                            url: https://git.example.nl/breda/regio-west-brabant.git
                          - code: GM0777
                            name: Etten-Leur
                            url: /srv/etten-leur/region/west-brabant
                          - code: GM0826
                            name: Oosterhout
                        """,
                "actions/GM0758-binnenstadfonds.yaml", """
                        id: GM0758-binnenstadfonds
                        title: Binnenstadfonds
                        term: short
                        themes:
                          - digitalisering
                        budget:
                          amount: 30000
                          source: region
                        status: running
                        lead_municipality: GM0758
                        participants:
                          - GM0758
                          - GM0777
                        contributions:
                          GM0758: 20000
                          GM0777: 10000
                        """,
                "actions/GM0777-digitale-etalage.yaml", """
                        id: GM0777-digitale-etalage
                        title: Digitale etalage
                        term: short
                        themes:
                          - digitalisering
                        status: planned
                        lead_municipality: GM0777
                        participants:
                          - GM0777
                          - GM0826
                        contributions:
                          GM0777: 5000
                          GM0826: 7500
                        """,
                "actions/GM0826-circulaire-hub.yaml", """
                        id: GM0826-circulaire-hub
                        title: Circulaire hub
                        term: long
                        themes:
                          - circulariteit
                        status: idea
                        lead_municipality: GM0826
                        participants:
                          - GM0826
                        """));
        example.commitMirror(REGION, "Regionaal plan West-Brabant");

        example.write(PROVINCE, Map.of(
                "plan.yaml", """
                        kind: province
                        code: PV30
                        name: Noord-Brabant
                        """,
                "tasks/digitalisering-mkb.yaml", """
                        id: digitalisering-mkb
                        title: Digitalisering van het mkb
                        theme: digitalisering
                        programme: Brabant Digitaal
                        funding:
                          - id: voucher-2027
                            title: Digitaliseringsvoucher
                            deadline: 2027-01-31
                        status: active
                        """));
        example.commitMirror(PROVINCE, "Programma Noord-Brabant");

        example.write(ETTEN_LEUR, Map.of(
                "plan.yaml", """
                        kind: municipality
                        code: GM0777
                        name: Etten-Leur
                        province: PV30
                        """,
                "actions/markt-digitaal.yaml", """
                        id: markt-digitaal
                        title: Digitale weekmarkt
                        term: short
                        themes:
                          - digitalisering
                        budget:
                          amount: 8000
                          source: extra
                        status: running
                        links:
                          region: west-brabant/GM0777-digitale-etalage
                        """,
                "actions/bedrijvenloket.yaml", """
                        id: bedrijvenloket
                        title: Bedrijvenloket
                        term: medium
                        status: done
                        """));
        example.commitMirror(ETTEN_LEUR, "Plan Etten-Leur");
        return example;
    }

    /** Writes files into a repository's working tree (making the repository when it has none). */
    public void write(RepositoryName repository, Map<String, String> files) {
        Path directory = workspace.directoryOf(repository);
        if (!workspace.has(repository)) {
            PlanRepository.create(directory).close();
        }
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = directory.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a file from a repository's working tree. */
    public void delete(RepositoryName repository, String path) {
        try {
            Files.delete(workspace.directoryOf(repository).resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits the plan's (or a region's) working tree through the plan store, validated; answers the commit. */
    public String commit(RepositoryName repository, String message) {
        return store.commit(workspace, repository, message, Optional.of(AUTHOR)).commitId();
    }

    /** Commits a working tree with JGit directly, as a fetch brings a mirror (no validation); answers the commit. */
    public String commitMirror(RepositoryName repository, String message) {
        try (PlanRepository git = workspace.open(repository)) {
            return git.commitWorkingTree(message, AUTHOR, "GM0758");
        }
    }

    /** Removes a repository from the workspace, folder and all. */
    public void remove(RepositoryName repository) {
        try (Stream<Path> files = Files.walk(workspace.directoryOf(repository))) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
