package nl.veerkracht.index;

import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.model.ActionStatus;
import nl.veerkracht.model.Term;
import nl.veerkracht.model.Theme;

/**
 * Which actions: those in the scope's repositories that meet every criterion given.
 *
 * @param scope which repositories
 * @param term only actions of this term
 * @param theme only actions with this theme among theirs
 * @param status only actions with this status
 * @param municipality only actions of this municipality (CBS code): the actions of its own plan
 *        ({@code plan/} when it is the workspace's, {@code members/<code>/}), and the regional actions it
 *        leads ({@code lead_municipality}) or takes part in ({@code participants})
 * @param linked only actions linked to this provincial task ({@code PV30/digitalisering-mkb}, one of
 *        {@code links.province}) or regional action ({@code west-brabant/GM0758-fonds}, {@code links.region})
 */
public record ActionQuery(ActionScope scope, Optional<Term> term, Optional<Theme> theme, Optional<ActionStatus> status,
        Optional<String> municipality, Optional<String> linked) {

    public ActionQuery {
        Objects.requireNonNull(scope);
        Objects.requireNonNull(term);
        Objects.requireNonNull(theme);
        Objects.requireNonNull(status);
        Objects.requireNonNull(municipality);
        Objects.requireNonNull(linked);
    }

    /** Every action in the scope's repositories. */
    public static ActionQuery in(ActionScope scope) {
        return new ActionQuery(scope, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public ActionQuery withTerm(Term value) {
        return new ActionQuery(scope, Optional.of(value), theme, status, municipality, linked);
    }

    public ActionQuery withTheme(Theme value) {
        return new ActionQuery(scope, term, Optional.of(value), status, municipality, linked);
    }

    public ActionQuery withStatus(ActionStatus value) {
        return new ActionQuery(scope, term, theme, Optional.of(value), municipality, linked);
    }

    public ActionQuery withMunicipality(String code) {
        return new ActionQuery(scope, term, theme, status, Optional.of(code), linked);
    }

    public ActionQuery withLinked(String link) {
        return new ActionQuery(scope, term, theme, status, municipality, Optional.of(link));
    }
}
