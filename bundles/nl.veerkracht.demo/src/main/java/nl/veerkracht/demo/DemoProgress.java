package nl.veerkracht.demo;

import java.util.List;

import nl.veerkracht.province.ProvinceStepReport;
import nl.veerkracht.region.PendingMerge;
import nl.veerkracht.region.SyncReport;

/** Hears of every step of the demo as it is done, with the reports a user would see. */
public interface DemoProgress {

    /** A step done, in words (a message key of the command line and its arguments). */
    void done(DemoStep step);

    /** A municipality ran {@code sync}; {@code shown} says whether the demo wants its report told in full. */
    default void synced(String municipality, SyncReport report, boolean shown) {
    }

    /** A municipality looked at the conflicts its sync stopped at. */
    default void conflicts(String municipality, List<PendingMerge> pending) {
    }

    /** A municipality began to follow its province, and what that meant for its plan. */
    default void followed(String municipality, ProvinceStepReport.Pull pull) {
    }
}
