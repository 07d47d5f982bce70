package nl.veerkracht.itests.rulebundle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.veerkracht.checklist.ChecklistPoint;
import nl.veerkracht.checklist.ChecklistRule;
import nl.veerkracht.checklist.Finding;
import nl.veerkracht.checklist.FindingText;
import nl.veerkracht.checklist.PlanFacts;
import nl.veerkracht.checklist.RuleSettings;
import nl.veerkracht.checklist.Severity;
import nl.veerkracht.model.Action;
import nl.veerkracht.model.EntityKind;

/**
 * A municipality's own rule, as a rule bundle of its own would hold it: every action names its lead
 * (point 5). {@code ChecklistInFrameworkTest} packs this class into a bundle with a Declarative
 * Services descriptor and installs it into the running framework.
 */
public final class ActionLeadRule implements ChecklistRule {

    public static final String ID = "breda.action-lead";

    @Override
    public ChecklistPoint point() {
        return ChecklistPoint.LEAD;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public FindingText description() {
        return new FindingText("Elke actie heeft een trekker.", "Every action has a lead.");
    }

    @Override
    public List<Finding> evaluate(PlanFacts facts, LocalDate today, RuleSettings settings) {
        List<Finding> findings = new ArrayList<>();
        for (Action action : facts.contents().actions().values()) {
            if (action.lead().isEmpty()) {
                findings.add(Finding.of(ChecklistPoint.LEAD, ID, Severity.ATTENTION,
                        facts.file(EntityKind.ACTION, action.id()), action.id(),
                        new FindingText("Actie " + action.title() + " heeft geen trekker.",
                                "Action " + action.title() + " has no lead."),
                        new FindingText("Zet bij de actie wie haar trekt (lead).", "Record who leads the action (lead)."))
                        .atField("lead"));
            }
        }
        return findings;
    }
}
