package nl.veerkracht.cli.internal;

import java.util.Locale;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import nl.veerkracht.province.MemberMirrorsReport;
import nl.veerkracht.province.MirrorUpdate;
import nl.veerkracht.province.ProvinceReportJson;
import nl.veerkracht.province.ProvinceStepReport;
import nl.veerkracht.region.FailedStepReport;
import nl.veerkracht.region.Refusal;
import nl.veerkracht.region.RegionReport;
import nl.veerkracht.region.RegionSyncReport;
import nl.veerkracht.region.SourceReport;
import nl.veerkracht.region.StepReport;
import nl.veerkracht.region.SyncReport;

/** {@code sync --format json}: what every step did, for machines; the same facts as the text. */
public final class SyncJson {

    private final Messages messages;
    private final Locale locale;

    public SyncJson(Messages messages) {
        this.messages = messages;
        this.locale = messages.language().locale();
    }

    public JsonObject of(SyncReport report) {
        JsonArrayBuilder steps = JsonOutput.array();
        for (StepReport step : report.steps()) {
            JsonObjectBuilder json = JsonOutput.object().add("step", step.step())
                    .add("outcome", step.outcome().name());
            if (step instanceof RegionSyncReport regions) {
                JsonArrayBuilder array = JsonOutput.array();
                regions.regions().forEach(region -> array.add(region(region)));
                json.add("regions", array);
            } else if (step instanceof ProvinceStepReport provinces) {
                JsonArrayBuilder array = JsonOutput.array();
                for (ProvinceStepReport.Pull pull : provinces.pulls()) {
                    JsonObjectBuilder entry = mirror(pull.update());
                    pull.report().ifPresent(provinceReport -> entry.add("report", ProvinceReportJson.json(provinceReport)));
                    array.add(entry);
                }
                json.add("provinces", array);
            } else if (step instanceof MemberMirrorsReport members) {
                JsonArrayBuilder array = JsonOutput.array();
                members.mirrors().forEach(update -> array.add(mirror(update)));
                json.add("members", array);
            } else if (step instanceof FailedStepReport failed) {
                json.add("failure", FailureText.describe(failed.failure(), messages));
            }
            steps.add(json);
        }
        return JsonOutput.object().add("outcome", report.outcome().name())
                .add("exitCode", SyncText.exitCode(report.outcome()).code()).add("steps", steps).build();
    }

    private JsonObjectBuilder region(RegionReport region) {
        JsonObjectBuilder json = JsonOutput.object().add("repository", region.region().folder())
                .add("outcome", region.outcome().name()).add("hub", region.hub());
        region.before().ifPresent(before -> json.add("before", before));
        region.after().ifPresent(after -> json.add("after", after));
        region.failure().ifPresent(failure -> json.add("failure", failure.describe(locale)));
        JsonArrayBuilder sources = JsonOutput.array();
        for (SourceReport source : region.sources()) {
            JsonObjectBuilder entry = JsonOutput.object().add("code", source.code()).add("name", source.name())
                    .add("status", source.status().name()).add("commits", source.commits())
                    .add("conflicts", source.conflicts()).add("entities", JsonOutput.array(source.entities()));
            source.refusal().ifPresent(refusal -> entry.add("refusal", refusal(refusal)));
            source.error().ifPresent(error -> entry.add("error", error.describe(locale)));
            sources.add(entry);
        }
        return json.add("sources", sources).add("pendingConflicts",
                region.pending().map(pending -> pending.open().size()).orElse(0));
    }

    /**
     * A refused commit: its id, municipality and author, the rule (as {@code ruleId} and in words) and what it
     * touched; for a commit without a municipality also the trailer it lacks, the command that adds it, the
     * members its author's e-mail matches, and the fix in words.
     */
    private JsonObjectBuilder refusal(Refusal refusal) {
        JsonObjectBuilder json = JsonOutput.object().add("commit", refusal.shortCommit())
                .add("municipality", refusal.municipality().orElse(""))
                .add("rule", refusal.rule().describe(locale)).add("ruleId", refusal.rule().name())
                .add("subject", JsonOutput.array(refusal.subject()));
        refusal.author().ifPresent(author -> json.add("author", author.toString()));
        refusal.missingMunicipality().ifPresent(missing -> json.add("missingMunicipality", JsonOutput.object()
                .add("trailer", missing.trailer()).add("command", missing.amendCommand())
                .add("matchingMembers", JsonOutput.array(missing.matching())).add("fix", missing.fix(locale))));
        return json;
    }

    private JsonObjectBuilder mirror(MirrorUpdate update) {
        JsonObjectBuilder json = JsonOutput.object().add("repository", update.repository().folder())
                .add("name", update.name()).add("status", update.status().name()).add("commits", update.commits());
        update.from().ifPresent(from -> json.add("from", from));
        update.to().ifPresent(to -> json.add("to", to));
        update.error().ifPresent(error -> json.add("error", error.describe(locale)));
        update.source().ifPresent(source -> json.add("source", source));
        return json;
    }
}
