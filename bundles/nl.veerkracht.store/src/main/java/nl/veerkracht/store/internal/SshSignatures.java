package nl.veerkracht.store.internal;

import org.eclipse.jgit.lib.GpgConfig;
import org.eclipse.jgit.lib.SignatureVerifiers;
import org.eclipse.jgit.lib.Signers;
import org.eclipse.jgit.signing.ssh.SshSignatureVerifierFactory;
import org.eclipse.jgit.signing.ssh.SshSignerFactory;

/**
 * Makes JGit sign and verify with SSH keys. JGit finds its signers through the service loader, which
 * does not see {@code org.eclipse.jgit.ssh.apache} under OSGi (it is a bundle, not a fragment of JGit),
 * so they are registered here, once for the whole JVM, the first time the store signs a commit or checks
 * a signature (the signing classes are loaded only where a region asks for signed commits).
 */
public final class SshSignatures {

    private SshSignatures() {
    }

    public static synchronized void register() {
        // JGit's service loader looks with the thread's context class loader: let it see this bundle's,
        // not a class path where the factories may come from another loader
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SshSignatures.class.getClassLoader());
        try {
            if (Signers.get(GpgConfig.GpgFormat.SSH) == null) {
                Signers.set(GpgConfig.GpgFormat.SSH, new SshSignerFactory().create());
            }
            if (SignatureVerifiers.get(GpgConfig.GpgFormat.SSH) == null) {
                SignatureVerifiers.set(GpgConfig.GpgFormat.SSH, new SshSignatureVerifierFactory().create());
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
