package nl.veerkracht.region.internal;

import static nl.veerkracht.region.internal.RegionFixture.head;
import static nl.veerkracht.region.internal.RegionFixture.read;
import static nl.veerkracht.region.internal.RegionFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.junit.CGit;
import nl.veerkracht.region.Refusal;
import nl.veerkracht.region.RefusedException;
import nl.veerkracht.region.RegionSyncReport;
import nl.veerkracht.region.Rule;
import nl.veerkracht.region.SourceReport;
import nl.veerkracht.region.SyncOutcome;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.SigningKey;
import nl.veerkracht.store.StoreException;

/**
 * A region with {@code require_signed: true}: Veerkracht signs every commit it makes there with the
 * municipality's key ({@code .veerkracht/keys/<code>}, made by {@code keys create} or by ssh-keygen), and refuses an incoming commit whose signature does
 * not verify against the key the regional plan lists for its municipality.
 */
class SignedRegionTest {

    /** C git as a plain Git user, in an empty home of its own. */
    private static final CGit GIT = CGit.inTemporaryHome();

    @TempDir
    Path temp;

    private RegionFixture region;
    private RegionFixture.Member breda;
    private RegionFixture.Member ettenLeur;
    private RegionFixture.Member roosendaal;

    /** An ed25519 key pair made by C ssh-keygen where Veerkracht looks for the member's key. */
    private static Path keyOf(RegionFixture.Member member) throws Exception {
        Path key = member.workspace().stateDirectory().resolve("keys").resolve(member.code());
        Files.createDirectories(key.getParent());
        Process process = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", member.name(), "-f",
                key.toString()).redirectErrorStream(true).start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0, "ssh-keygen");
        return key;
    }

    private static String publicKey(Path key) throws Exception {
        return Files.readString(Path.of(key + ".pub"), StandardCharsets.UTF_8).strip();
    }

    private Path roosendaalKey;
    private Path ettenLeurKey;

    @BeforeEach
    void buildASignedRegion() throws Exception {
        region = new RegionFixture(temp);
        breda = region.municipality("GM0758", "Breda");
        ettenLeur = region.municipality("GM0777", "Etten-Leur");
        roosendaal = region.municipality("GM1674", "Roosendaal");
        // Breda's key is made by Veerkracht itself (veerkracht keys create), the others' by C ssh-keygen
        region.regions.createKey(breda.workspace());
        ettenLeurKey = keyOf(ettenLeur);
        roosendaalKey = keyOf(roosendaal);
        region.create(breda, Optional.empty(), true);
        region.addMember(breda, ettenLeur, Optional.of(publicKey(ettenLeurKey)));
        region.addMember(breda, roosendaal, Optional.of(publicKey(roosendaalKey)));
        write(breda, Actions.FONDS, Actions.fonds());
        region.commit(breda, "Fonds");
        region.join(ettenLeur, breda.region());
        region.join(roosendaal, breda.region());
    }

    private void assertCGitVerifiesHead(RegionFixture.Member member) throws Exception {
        Path allowed = temp.resolve("allowed_signers");
        StringBuilder lines = new StringBuilder();
        for (RegionFixture.Member signer : List.of(breda, ettenLeur, roosendaal)) {
            lines.append(signer.author().email()).append(" namespaces=\"git\" ")
                    .append(Files.readString(signer.workspace().stateDirectory().resolve("keys/" + signer.code() + ".pub"))
                            .strip()).append('\n');
        }
        Files.writeString(allowed, lines.toString());
        GIT.ok(member.region(), "-c", "gpg.format=ssh", "-c", "gpg.ssh.allowedSignersFile=" + allowed, "verify-commit",
                "HEAD");
    }

    @Test
    void everyCommitVeerkrachtMakesIsSignedAndVerified() throws Exception {
        assertTrue(read(ettenLeur, "plan.yaml").contains("require_signed: true"));
        assertCGitVerifiesHead(ettenLeur);

        write(ettenLeur, Actions.FONDS, read(ettenLeur, Actions.FONDS).replace("term: medium", "term: long"));
        region.commit(ettenLeur, "Lange termijn");
        write(breda, Actions.FONDS, read(breda, Actions.FONDS).replace("status: planned", "status: running"));
        region.commit(breda, "Loopt");

        RegionSyncReport merged = region.sync(breda);
        assertEquals(SourceReport.Status.MERGED, RegionFixture.source(merged, "GM0777").status(), merged::toString);
        assertCGitVerifiesHead(breda);
        RegionSyncReport forward = region.sync(ettenLeur);
        assertEquals(SyncOutcome.DONE, forward.outcome(), forward::toString);
        GIT.assertFsckClean(breda.region());
    }

    @Test
    void anUnsignedCommitIsRefused() throws Exception {
        write(roosendaal, Actions.FONDS, read(roosendaal, Actions.FONDS).replace("status: planned", "status: running"));
        try (PlanRepository git = PlanRepository.open(roosendaal.region())) {
            git.commitWorkingTree("Zonder handtekening", roosendaal.author(), "GM1674");
        }
        String before = head(breda).orElseThrow();
        RegionSyncReport report = region.sync(breda);
        Refusal refusal = RegionFixture.source(report, "GM1674").refusal().orElseThrow();
        assertEquals(Rule.SIGNATURE, refusal.rule());
        assertEquals(SyncOutcome.REFUSED, report.outcome());
        assertEquals(before, head(breda).orElseThrow());
    }

    @Test
    void aCommitSignedWithAnotherMembersKeyIsRefused() throws Exception {
        try (PlanRepository git = PlanRepository.open(ettenLeur.region())) {
            String head = git.head().orElseThrow();
            Map<String, byte[]> files = new TreeMap<>(git.filesAt(head));
            files.put(Actions.FONDS, Actions.fonds().replace("status: planned", "status: done")
                    .getBytes(StandardCharsets.UTF_8));
            String tree = git.writeTree(Map.of(), files);
            String commit = git.writeCommit(tree, List.of(head), "Met de sleutel van Roosendaal", ettenLeur.author(),
                    "GM0777", Optional.of(new SigningKey(roosendaalKey)));
            git.advanceBranch(Optional.of(head), commit, temp.resolve("state"));
        }
        RegionSyncReport report = region.sync(breda);
        assertEquals(Rule.SIGNATURE, RegionFixture.source(report, "GM0777").refusal().orElseThrow().rule(),
                report::toString);
    }

    /** A commit made with C git in the member's clone, by {@code author}, without a trailer, signed with {@code key}. */
    private static void plainGitCommit(RegionFixture.Member member, String author, Path key) throws Exception {
        write(member, Actions.FONDS, read(member, Actions.FONDS).replace("status: planned", "status: running"));
        GIT.ok(member.region(), "add", Actions.FONDS);
        GIT.ok(member.region(), "-c", "gpg.format=ssh", "-c", "user.signingkey=" + key, "commit", "-q", "-S",
                "--author", author, "-m", "Met gewone Git, ondertekend");
    }

    @Test
    void aPlainGitCommitIsVerifiedAgainstTheKeyOfTheMemberItsAuthorsEmailTells() throws Exception {
        write(breda, "plan.yaml", PlainGitCommitsTest.withEmails(read(breda, "plan.yaml"),
                Map.of("GM1674", List.of("*@roosendaal.nl"))));
        region.commit(breda, "Wie bij Roosendaal met gewone Git werkt");
        assertEquals(SyncOutcome.DONE, region.sync(ettenLeur).outcome());
        assertEquals(SyncOutcome.DONE, region.sync(roosendaal).outcome());

        // Etten-Leur writes as Roosendaal: the e-mail says Roosendaal, the signature is Etten-Leur's
        plainGitCommit(ettenLeur, "Kees <kees@roosendaal.nl>", ettenLeurKey);
        RegionSyncReport forged = region.sync(breda);
        Refusal refusal = RegionFixture.source(forged, "GM0777").refusal().orElseThrow();
        assertEquals(Rule.SIGNATURE, refusal.rule(), forged::toString);
        assertEquals(Optional.of("GM1674"), refusal.municipality());

        // Roosendaal's own, signed with its key, is merged
        plainGitCommit(roosendaal, "Kees <kees@roosendaal.nl>", roosendaalKey);
        RegionSyncReport report = region.sync(breda);
        assertEquals(SourceReport.Status.FAST_FORWARDED, RegionFixture.source(report, "GM1674").status(),
                report::toString);
    }

    @Test
    void withoutItsKeyAMemberCommitsNothing() throws Exception {
        Files.delete(ettenLeur.workspace().stateDirectory().resolve("keys/GM0777"));
        String before = head(ettenLeur).orElseThrow();
        write(ettenLeur, Actions.FONDS, read(ettenLeur, Actions.FONDS).replace("term: medium", "term: long"));
        StoreException missing = assertThrows(StoreException.class, () -> region.commit(ettenLeur, "Lange termijn"));
        assertEquals("signing.keyMissing", missing.key());
        assertEquals(before, head(ettenLeur).orElseThrow());
    }

    @Test
    void theLocalCheckVerifiesTheOwnSignatureAsThePeersWill() throws Exception {
        region.store.addCommitCheck(new RegionCommitRules());
        write(ettenLeur, Actions.FONDS, read(ettenLeur, Actions.FONDS).replace("term: medium", "term: long"));
        String signed = region.commit(ettenLeur, "Lange termijn").commitId();
        assertCGitVerifiesHead(ettenLeur);

        // a key of its own that the regional plan does not list: every peer would refuse the commit
        String before = head(roosendaal).orElseThrow();
        Files.delete(roosendaalKey);
        Files.delete(Path.of(roosendaalKey + ".pub"));
        keyOf(roosendaal);
        write(roosendaal, Actions.FONDS, read(roosendaal, Actions.FONDS).replace("status: planned", "status: running"));
        RefusedException refused = assertThrows(RefusedException.class, () -> region.commit(roosendaal, "Loopt"));
        assertEquals(Rule.SIGNATURE, refused.refusal().rule());
        assertTrue(refused.describe(Locale.ENGLISH).contains("(commits must be signed with their municipality's key)"),
                refused.describe(Locale.ENGLISH));
        assertEquals(before, head(roosendaal).orElseThrow());

        RegionSyncReport report = region.sync(breda);
        assertEquals(SourceReport.Status.FAST_FORWARDED, RegionFixture.source(report, "GM0777").status(),
                report::toString);
        assertEquals(signed, head(breda).orElseThrow());
        GIT.assertFsckClean(roosendaal.region());
    }

    @Test
    void aMalformedCommitIsRefusedBeforeItsSignatureIsLookedAt() throws Exception {
        write(ettenLeur, Actions.FONDS, read(ettenLeur, Actions.FONDS).replace("term: medium", "term: long"));
        region.commit(ettenLeur, "Lange termijn");
        String head = head(roosendaal).orElseThrow();
        String tree = GIT.ok(roosendaal.region(), "rev-parse", head + "^{tree}").strip();
        Path object = temp.resolve("object");
        Files.writeString(object, "tree " + tree + "\nparent " + head + "\nauthor Roosendaal <r@roosendaal.nl> "
                + "99999999999999999999 +0100\ncommitter Roosendaal <r@roosendaal.nl> 1700000000 +0100\n\nx\n\n"
                + "Veerkracht-Municipality: GM1674\n", StandardCharsets.ISO_8859_1);
        String bad = GIT.ok(roosendaal.region(), "hash-object", "-t", "commit", "--literally", "-w",
                object.toString()).strip();
        GIT.ok(roosendaal.region(), "update-ref", "refs/heads/main", bad);

        RegionSyncReport report = region.sync(breda);

        assertEquals(SyncOutcome.REFUSED, report.outcome(), report::toString);
        Refusal refusal = RegionFixture.source(report, "GM1674").refusal().orElseThrow();
        assertEquals(Rule.WELL_FORMED, refusal.rule(), report::toString);
        assertEquals(bad, refusal.commit());
        assertEquals(SourceReport.Status.FAST_FORWARDED, RegionFixture.source(report, "GM0777").status(),
                report::toString);
        GIT.assertFsckClean(breda.region());
    }
}
