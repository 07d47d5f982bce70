package nl.veerkracht.region.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.stream.Stream;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;

import nl.veerkracht.region.MunicipalityKey;
import nl.veerkracht.region.RegionException;
import nl.veerkracht.store.PlanRepository;
import nl.veerkracht.store.SigningKey;
import nl.veerkracht.store.Workspace;

/**
 * Makes a municipality's ed25519 signing key as {@code ssh-keygen -t ed25519 -N ""} would: the private key
 * in OpenSSH's format without a passphrase (mode 0600 where files have POSIX permissions), the public key
 * line beside it in {@code <code>.pub}. Apache MINA SSHD, which JGit signs with, writes both; the key pair
 * comes from its security provider (Bouncy Castle, in the product).
 *
 * <p>Each file is written to a temporary file in the keys folder and moved into place in one step, the
 * public key first: the private key appears whole or not at all, and only once its public half is there. A
 * {@code .pub} without its private key (left by a crash between the two moves, or by a user who removed the
 * private key) is worth nothing and is replaced.
 */
final class KeyMaker {

    private static final String TEMPORARY_SUFFIX = ".tmp";

    private KeyMaker() {
    }

    static MunicipalityKey create(Workspace workspace, Municipality me) {
        SigningKey key = SigningKey.of(workspace, me.code());
        if (key.exists()) {
            throw new RegionException("keys.exists", key.privateKey());
        }
        String comment = me.code() + "@veerkracht";
        KeyPair pair = generate();
        byte[] privateKey;
        String publicKeyLine;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, comment, null, out);
            privateKey = out.toByteArray();
            publicKeyLine = PublicKeyEntry.toString(pair.getPublic()) + " " + comment;
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new RegionException(e, "keys.unsupported", String.valueOf(e.getMessage()));
        }
        Path folder = key.privateKey().getParent();
        try {
            Files.createDirectories(folder);
            removeLeftovers(folder, me.code());
            Path publicTemporary = written(folder, me.code(), (publicKeyLine + "\n").getBytes(StandardCharsets.US_ASCII),
                    "rw-r--r--");
            Path privateTemporary = written(folder, me.code(), privateKey, "rw-------");
            try {
                Files.move(publicTemporary, key.publicKey(), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                Files.move(privateTemporary, key.privateKey(), StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(publicTemporary);
                Files.deleteIfExists(privateTemporary);
            }
        } catch (IOException e) {
            throw new RegionException(e, "keys.unwritable", key.privateKey(), String.valueOf(e.getMessage()));
        }
        return new MunicipalityKey(me.code(), me.name(), key.privateKey(), key.publicKey(), publicKeyLine,
                PlanRepository.fingerprint(publicKeyLine));
    }

    /**
     * A new ed25519 key pair from SSHD's security provider. Under OSGi SSHD finds Bouncy Castle through its own
     * bundle's wiring, whatever the thread's context class loader is (the product's process test shows it).
     */
    private static KeyPair generate() {
        try {
            return KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new RegionException(e, "keys.unsupported", String.valueOf(e.getMessage()));
        }
    }

    /** {@code content} in a new temporary file {@code .<code>...tmp} of the keys folder, on disk. */
    private static Path written(Path folder, String code, byte[] content, String permissions) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Path file = posix
                ? Files.createTempFile(folder, "." + code + ".", TEMPORARY_SUFFIX,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(folder, "." + code + ".", TEMPORARY_SUFFIX);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        if (posix) {
            // set after creation: the umask does not reach it, so the public key is readable as ssh-keygen's is
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        }
        return file;
    }

    /** Temporary files that a {@code keys create} stopped halfway left behind. */
    private static void removeLeftovers(Path folder, String code) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith("." + code + ".") && name.endsWith(TEMPORARY_SUFFIX)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
