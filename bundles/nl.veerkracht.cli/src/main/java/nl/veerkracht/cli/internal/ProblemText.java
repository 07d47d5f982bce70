package nl.veerkracht.cli.internal;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.util.List;

import nl.veerkracht.model.validation.Language;
import nl.veerkracht.model.validation.Problem;
import nl.veerkracht.store.RepositoryName;

/**
 * Problems of a plan as the user sees them: one line each, with the file's path in the workspace,
 * {@code plan/actions/terrassen.yaml:7:9: term moet short, medium of long zijn, niet 'kort'}.
 */
public final class ProblemText {

    private ProblemText() {
    }

    public static String line(RepositoryName repository, Problem problem, Language language) {
        return repository.folder() + "/" + problem.render(language);
    }

    public static JsonValue json(RepositoryName repository, List<Problem> problems, Language language) {
        JsonArrayBuilder array = JsonOutput.array();
        for (Problem problem : problems) {
            var object = JsonOutput.object()
                    .add("file", repository.folder() + "/" + problem.path());
            if (problem.position().isKnown()) {
                object.add("line", problem.position().line()).add("column", problem.position().column());
            }
            array.add(object.add("code", problem.key()).add("message", problem.message(language)));
        }
        return array.build();
    }
}
