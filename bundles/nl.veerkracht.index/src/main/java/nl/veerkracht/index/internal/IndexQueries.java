package nl.veerkracht.index.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import nl.veerkracht.index.ActionHit;
import nl.veerkracht.index.ActionQuery;
import nl.veerkracht.index.ActionScope;
import nl.veerkracht.index.BudgetGrouping;
import nl.veerkracht.index.BudgetTotal;
import nl.veerkracht.index.internal.tables.WordList;
import nl.veerkracht.model.ActionStatus;
import nl.veerkracht.model.BudgetSource;
import nl.veerkracht.model.Term;
import nl.veerkracht.model.Theme;
import nl.veerkracht.model.Vocabulary;
import nl.veerkracht.store.RepositoryName;

/** The questions the index answers, in JPQL over its tables. */
final class IndexQueries {

    private static final String REGION = "region";

    private IndexQueries() {
    }

    /** Repositories in the workspace's order: the plan, regions, provinces, members; then by name. */
    static final Comparator<String> REPOSITORY_ORDER = Comparator
            .comparing((String name) -> RepositoryName.parse(name).kind().ordinal())
            .thenComparing(Comparator.naturalOrder());

    /**
     * The actions that meet every criterion of {@code query}. Only the columns an answer shows are read
     * (no entity is loaded), and the participants of the regional actions among them in one more query:
     * an answer of every action of a national workspace stays a matter of seconds.
     */
    static List<ActionHit> actions(EntityManager manager, ActionQuery query) {
        StringBuilder jpql = new StringBuilder("select a.entityKey, a.repository, r.indexedCommit, a.path, a.entityId,"
                + " a.title, a.term, a.status, a.themes, a.budgetAmount, a.budgetSource, a.leadMunicipality"
                + " from IndexedAction a, IndexedRepository r where a.repository = r.name");
        Map<String, Object> parameters = new HashMap<>();
        if (query.scope() != ActionScope.ALL) {
            jpql.append(" and r.kind = :kind");
            parameters.put("kind", query.scope().code());
        }
        query.term().ifPresent(term -> {
            jpql.append(" and a.term = :term");
            parameters.put("term", term.code());
        });
        query.status().ifPresent(status -> {
            jpql.append(" and a.status = :status");
            parameters.put("status", status.code());
        });
        query.theme().ifPresent(theme -> {
            jpql.append(" and concat(' ', a.themes, ' ') like :theme");
            parameters.put("theme", WordList.containing(theme.code()));
        });
        query.linked().ifPresent(link -> {
            jpql.append(" and (a.regionLink = :link or a.entityKey in (select b.entityKey from IndexedAction b"
                    + " join b.provinceLinks l where l = :link))");
            parameters.put("link", link);
        });
        query.municipality().ifPresent(code -> {
            jpql.append(" and (a.leadMunicipality = :municipality or a.entityKey in (select b.entityKey"
                    + " from IndexedAction b join b.participants m where m = :municipality)"
                    + " or a.repository in (select p.repository from IndexedPlan p"
                    + " where p.code = :municipality and p.planKind <> 'region'))");
            parameters.put("municipality", code);
        });
        TypedQuery<Object[]> select = manager.createQuery(jpql.toString(), Object[].class);
        parameters.forEach(select::setParameter);
        List<Object[]> rows = select.getResultList();
        Map<String, String> owners = owners(manager);
        Map<String, Set<String>> participants = rows.stream().anyMatch(row -> isRegional((String) row[1]))
                ? regionalParticipants(manager) : Map.of();
        List<ActionHit> hits = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            String repository = (String) row[1];
            List<String> municipalities = isRegional(repository)
                    ? lead((String) row[11], participants.getOrDefault((String) row[0], Set.of()))
                    : Optional.ofNullable(owners.get(repository)).map(List::of).orElse(List.of());
            hits.add(new ActionHit(repository, (String) row[2], (String) row[3], (String) row[4], (String) row[5],
                    code(Term.class, (String) row[6]), code(ActionStatus.class, (String) row[7]),
                    themes((String) row[8]), Optional.ofNullable((Long) row[9]),
                    Optional.ofNullable((String) row[10]).map(source -> code(BudgetSource.class, source)),
                    municipalities));
        }
        hits.sort(Comparator.comparing(ActionHit::repository, REPOSITORY_ORDER).thenComparing(ActionHit::path));
        return hits;
    }

    private static boolean isRegional(String repository) {
        return RepositoryName.parse(repository).kind() == RepositoryName.Kind.REGION;
    }

    private static List<Theme> themes(String column) {
        return WordList.split(column).stream().map(theme -> code(Theme.class, theme)).sorted().toList();
    }

    /** The participants of every action of every regional plan, by entity key, in code order. */
    private static Map<String, Set<String>> regionalParticipants(EntityManager manager) {
        Map<String, Set<String>> participants = new HashMap<>();
        for (Object[] row : manager.createQuery("select a.entityKey, m from IndexedAction a join a.participants m,"
                + " IndexedRepository r where a.repository = r.name and r.kind = '" + REGION + "'", Object[].class)
                .getResultList()) {
            participants.computeIfAbsent((String) row[0], key -> new TreeSet<>()).add((String) row[1]);
        }
        return participants;
    }

    /** Whose regional action it is: its lead municipality first, then the other participants by code. */
    private static List<String> lead(String leadMunicipality, Set<String> participants) {
        List<String> codes = new ArrayList<>();
        if (leadMunicipality != null) {
            codes.add(leadMunicipality);
        }
        for (String participant : participants) {
            if (!codes.contains(participant)) {
                codes.add(participant);
            }
        }
        return codes;
    }

    /** The code in plan.yaml of each repository that has a readable one. */
    private static Map<String, String> owners(EntityManager manager) {
        Map<String, String> owners = new HashMap<>();
        for (Object[] row : manager.createQuery("select p.repository, p.code from IndexedPlan p", Object[].class)
                .getResultList()) {
            owners.put((String) row[0], (String) row[1]);
        }
        return owners;
    }

    static List<BudgetTotal> budget(EntityManager manager, BudgetGrouping grouping) {
        Map<String, String> owners = owners(manager);
        List<BudgetTotal> totals = new ArrayList<>();
        String counts = "sum(a.budgetAmount), count(a), sum(case when a.budgetAmount is null then 1 else 0 end)";
        switch (grouping) {
            case TERM, SOURCE -> {
                String field = grouping == BudgetGrouping.TERM ? "a.term" : "a.budgetSource";
                for (Object[] row : manager.createQuery("select a.repository, " + field + ", " + counts
                        + " from IndexedAction a group by a.repository, " + field, Object[].class).getResultList()) {
                    totals.add(total((String) row[0], owners, Optional.ofNullable((String) row[1]), row[2], row[3],
                            row[4]));
                }
            }
            case MUNICIPALITY -> {
                for (Object[] row : manager.createQuery("select a.repository, " + counts
                        + " from IndexedAction a, IndexedRepository r where a.repository = r.name and r.kind <> '"
                        + REGION + "' group by a.repository", Object[].class).getResultList()) {
                    String repository = (String) row[0];
                    totals.add(total(repository, owners, Optional.ofNullable(owners.get(repository)), row[1], row[2],
                            row[3]));
                }
                for (Object[] row : manager.createQuery("select a.repository, c.municipality, sum(c.amount), count(a)"
                        + " from IndexedAction a join a.contributions c, IndexedRepository r"
                        + " where a.repository = r.name and r.kind = '" + REGION + "'"
                        + " group by a.repository, c.municipality", Object[].class).getResultList()) {
                    totals.add(total((String) row[0], owners, Optional.of((String) row[1]), row[2], row[3], 0L));
                }
            }
        }
        totals.sort(Comparator.comparing(BudgetTotal::repository, REPOSITORY_ORDER)
                .thenComparing(total -> groupRank(grouping, total.group())));
        return totals;
    }

    private static BudgetTotal total(String repository, Map<String, String> owners, Optional<String> group,
            Object amount, Object actions, Object withoutAmount) {
        return new BudgetTotal(repository, Optional.ofNullable(owners.get(repository)), group, exact(amount),
                ((Number) actions).intValue(), withoutAmount == null ? 0 : ((Number) withoutAmount).intValue());
    }

    /**
     * A sum as the database gives it, exactly: H2 and PostgreSQL add BIGINT columns up as NUMERIC (a
     * BigDecimal here), which never wraps around; {@code longValue()} of it would.
     */
    static BigInteger exact(Object sum) {
        if (sum == null) {
            return BigInteger.ZERO;
        }
        if (sum instanceof BigInteger whole) {
            return whole;
        }
        if (sum instanceof BigDecimal decimal) {
            return decimal.toBigIntegerExact();
        }
        if (sum instanceof Long || sum instanceof Integer || sum instanceof Short || sum instanceof Byte) {
            return BigInteger.valueOf(((Number) sum).longValue());
        }
        return new BigDecimal(sum.toString()).toBigIntegerExact();
    }

    /** Groups in the format's order (short, medium, long; existing, extra, province, region, none), codes by name. */
    private static String groupRank(BudgetGrouping grouping, Optional<String> group) {
        if (group.isEmpty()) {
            return "~";
        }
        Map<String, Integer> order = new LinkedHashMap<>();
        if (grouping == BudgetGrouping.TERM) {
            Vocabulary.codes(Term.class).forEach(code -> order.put(code, order.size()));
        } else if (grouping == BudgetGrouping.SOURCE) {
            Vocabulary.codes(BudgetSource.class).forEach(code -> order.put(code, order.size()));
        }
        Integer rank = order.get(group.get());
        return rank == null ? group.get() : String.format("%03d", rank);
    }

    private static <E extends Enum<E> & Vocabulary> E code(Class<E> type, String code) {
        return Vocabulary.fromCode(type, code).orElseThrow(() -> new IllegalStateException(
                "the index holds '" + code + "', which is no " + type.getSimpleName()));
    }
}
