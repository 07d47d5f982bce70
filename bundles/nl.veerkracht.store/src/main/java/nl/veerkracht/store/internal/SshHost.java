package nl.veerkracht.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.sshd.client.config.hosts.HostConfigEntry;
import org.eclipse.jgit.transport.URIish;

/**
 * The machine an SSH URL reaches: its host name and port after {@code ~/.ssh/config} (a {@code Host}
 * alias with {@code HostName} and {@code Port}), as OpenSSH looks it up in {@code known_hosts}. As in
 * OpenSSH, the first value found for a key counts, and a port in the URL wins over the configuration.
 */
record SshHost(String name, int port) {

    static SshHost of(URIish uri, Path config) {
        String name = uri.getHost();
        int port = uri.getPort();
        if (Files.isRegularFile(config)) {
            try {
                List<HostConfigEntry> entries = HostConfigEntry.findMatchingEntries(uri.getHost(),
                        HostConfigEntry.readHostConfigEntries(config));
                for (HostConfigEntry entry : entries) {
                    String hostName = entry.getHostName();
                    if (name.equals(uri.getHost()) && hostName != null && !hostName.isBlank()) {
                        name = hostName;
                    }
                    if (port <= 0 && entry.getPort() > 0) {
                        port = entry.getPort();
                    }
                }
            } catch (IOException | RuntimeException e) {
                // a configuration that cannot be read names no alias: the URL's host is the machine
            }
        }
        return new SshHost(name, port > 0 ? port : 22);
    }
}
