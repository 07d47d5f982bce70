package nl.veerkracht.store.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.RefAlreadyExistsException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;

import nl.veerkracht.store.Author;
import nl.veerkracht.store.CouncilApproval;
import nl.veerkracht.store.StoreException;

/** Council approvals as annotated tags {@code raad/<date>} on the commit the council approved. */
public final class CouncilTags {

    private final GitRepository git;
    private final Repository repository;

    public CouncilTags(GitRepository git) {
        this.git = git;
        this.repository = git.repository();
    }

    /**
     * Records that the council approved the plan as it is on {@code main}: an annotated tag
     * {@code raad/<date>} with the message and the tagger.
     *
     * @throws StoreException when that date is approved already, or there is nothing to approve
     */
    public CouncilApproval approve(LocalDate date, String message, Author tagger) {
        String head = git.head().orElseThrow(() -> new StoreException("approve.empty"));
        String name = CouncilApproval.tagName(date);
        try (Git jgit = new Git(repository); RevWalk walk = new RevWalk(repository)) {
            jgit.tag().setName(name).setAnnotated(true).setSigned(false)
                    .setMessage(message.strip() + "\n")
                    .setTagger(new PersonIdent(tagger.name(), tagger.email()))
                    .setObjectId(walk.parseCommit(ObjectId.fromString(head)))
                    .call();
            return new CouncilApproval(date, name, head, message.strip());
        } catch (RefAlreadyExistsException e) {
            throw new StoreException(e, "approve.exists", name);
        } catch (GitAPIException | IOException e) {
            throw new StoreException(e, "approve.failed", name, e.getMessage());
        }
    }

    /** Every council approval ({@code raad/<date>} tag), oldest first. */
    public List<CouncilApproval> approvals() {
        List<CouncilApproval> approvals = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS + "raad/")) {
                String name = ref.getName().substring(Constants.R_TAGS.length());
                LocalDate date;
                try {
                    date = LocalDate.parse(name.substring("raad/".length()));
                } catch (DateTimeParseException e) {
                    continue;
                }
                RevObject object = walk.parseAny(ref.getObjectId());
                String message = object instanceof RevTag tag ? tag.getFullMessage().strip() : "";
                RevObject target = walk.peel(object);
                approvals.add(new CouncilApproval(date, name, target.name(), message));
            }
        } catch (IOException e) {
            throw git.unreadable(e);
        }
        approvals.sort(Comparator.comparing(CouncilApproval::date));
        return approvals;
    }
}
