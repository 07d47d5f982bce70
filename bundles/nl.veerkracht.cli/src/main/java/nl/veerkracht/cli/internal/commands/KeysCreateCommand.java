package nl.veerkracht.cli.internal.commands;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.cli.internal.CommandContext;
import nl.veerkracht.region.MunicipalityKey;

/**
 * {@code veerkracht keys create [-w <dir>]}: makes the municipality's ed25519 key in
 * {@code .veerkracht/keys/<code>} and {@code <code>.pub}, and shows the public key to hand to the coordinator.
 */
@Command(name = "create")
public final class KeysCreateCommand extends VeerkrachtCommand {

    @Mixin
    WorkspaceOptions workspaceOptions;

    public KeysCreateCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        MunicipalityKey key = context.services().regionService().createKey(workspaceOptions.workspace());
        context.say("keys.created", key.name(), key.code(), key.privateKey(), key.fingerprint());
        context.say("keys.created.public", key.publicKey());
        context.out().println(key.publicKeyLine());
        context.say("keys.created.next", key.publicKey().getFileName(), key.code());
        return ExitCode.DONE.code();
    }
}
