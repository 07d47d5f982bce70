package nl.veerkracht.province.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;

import nl.veerkracht.province.ProvinceReport;
import nl.veerkracht.province.ProvinceReportJson;
import nl.veerkracht.store.RepositoryName;
import nl.veerkracht.store.StateFile;
import nl.veerkracht.store.StoreException;
import nl.veerkracht.store.Workspace;

/**
 * The province reports a workspace keeps, so that the desktop client and the council report can show
 * them later: one JSON file per pull that brought something, in
 * {@code .veerkracht/repositories/province/<code>/reports/<time>-<commit>.json}, written atomically.
 */
public final class ReportFiles {

    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** Far more than a report of any pull; a larger file is not one Veerkracht wrote. */
    private static final int LIMIT = 16 * 1024 * 1024;

    private ReportFiles() {
    }

    static Path folder(Workspace workspace, String province) {
        return workspace.stateOf(RepositoryName.province(province)).resolve("reports");
    }

    /** Keeps {@code report}; answers the file it is in. */
    static Path keep(Workspace workspace, ProvinceReport report, Instant pulled) {
        Path folder = folder(workspace, report.province());
        Path file = folder.resolve(NAME_TIME.format(pulled) + "-" + report.to().substring(0, 10) + ".json");
        try {
            StateFile.at(file).write(text(ProvinceReportJson.json(report).add("pulled", pulled.toString()).build()));
            return file;
        } catch (IOException e) {
            throw new StoreException(e, "commit.failed", folder, e.getMessage());
        }
    }

    /** Every report kept for a province, newest first. */
    static List<ProvinceReport> all(Workspace workspace, String province) {
        Path folder = folder(workspace, province);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<ProvinceReport> reports = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".json"))
                    .sorted(Comparator.reverseOrder()).toList()) {
                try (Reader reader = new StringReader(StateFile.at(file).read(LIMIT).orElseThrow())) {
                    reports.add(ProvinceReportJson.report(Json.createReader(reader).readObject()));
                } catch (StateFile.TooLargeException | CharacterCodingException | RuntimeException e) {
                    // a report that cannot be read is skipped; the mirror itself is the truth
                }
            }
        } catch (IOException e) {
            throw new StoreException(e, "repository.unreadable", folder, e.getMessage());
        }
        return reports;
    }

    private static String text(JsonObject json) {
        StringWriter text = new StringWriter();
        try (Writer writer = text; var out = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(writer)) {
            out.write(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString().strip() + "\n";
    }
}
