package nl.veerkracht.region;

import org.osgi.annotation.versioning.ConsumerType;

/** What one step of a sync did: every {@link SyncStep} answers with its own kind of report. */
@ConsumerType
public interface StepReport {

    /** The step's name, as {@link SyncStep#name()} gives it. */
    String step();

    /** How the step ended. */
    SyncOutcome outcome();
}
