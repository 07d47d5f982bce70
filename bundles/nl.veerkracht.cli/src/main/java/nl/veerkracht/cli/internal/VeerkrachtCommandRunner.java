package nl.veerkracht.cli.internal;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine;

import nl.veerkracht.checklist.Checklist;
import nl.veerkracht.cli.CommandRunner;
import nl.veerkracht.cli.ExitCode;
import nl.veerkracht.demo.Demo;
import nl.veerkracht.index.WorkspaceIndex;
import nl.veerkracht.monitor.Monitor;
import nl.veerkracht.model.validation.Language;
import nl.veerkracht.province.ProvinceService;
import nl.veerkracht.region.RefusedException;
import nl.veerkracht.region.RegionService;
import nl.veerkracht.region.WorkspaceSync;
import nl.veerkracht.report.CouncilReport;
import nl.veerkracht.store.PlanStore;

/**
 * The command line as a service. Errors become one line on stderr,
 * {@code veerkracht: <what is wrong>}, and an exit code; a stack trace only with {@code --debug}.
 */
@Component(service = CommandRunner.class, immediate = true)
public final class VeerkrachtCommandRunner implements CommandRunner {

    /** Framework property by which the launcher passes the product's version. */
    static final String VERSION_PROPERTY = "veerkracht.version";

    private final String productVersion;
    private final Services services;

    @Activate
    public VeerkrachtCommandRunner(BundleContext bundleContext, @Reference PlanStore planStore, @Reference Demo demo,
            @Reference Checklist checklist, @Reference RegionService regionService,
            @Reference WorkspaceSync workspaceSync, @Reference ProvinceService provinceService,
            @Reference WorkspaceIndex index, @Reference Monitor monitor,
            @Reference CouncilReport report) {
        this(versionOf(bundleContext), new Services(planStore, demo, checklist, regionService, workspaceSync,
                provinceService, index, monitor, report));
    }

    VeerkrachtCommandRunner(String productVersion, Services services) {
        this.productVersion = productVersion;
        this.services = services;
    }

    @Override
    public int run(String[] args, InputStream in, PrintStream terminalOut, PrintStream terminalErr) {
        PrintStream out = TerminalStream.of(terminalOut);
        PrintStream err = TerminalStream.of(terminalErr);
        GlobalOptions options;
        try {
            options = GlobalOptions.scan(args);
        } catch (UsageError e) {
            Messages dutch = Messages.of(Language.NL);
            err.println("veerkracht: " + e.describe(dutch) + "; " + dutch.text("error.seeHelp", "veerkracht help"));
            return ExitCode.USAGE.code();
        }
        Messages messages = Messages.of(options.language());
        CommandContext context = new CommandContext(in, out, err, messages, options.debug(), productVersion, services);
        try {
            CommandLine commands = CommandTree.buildFor(context, options.commandLine());
            commands.setOut(new PrintWriter(out, true));
            commands.setErr(new PrintWriter(err, true));
            commands.setParameterExceptionHandler((error, line) -> {
                err.println("veerkracht: " + ParseErrors.describe(error, messages) + "; "
                        + messages.text("error.seeHelp", ParseErrors.helpFor(error.getCommandLine())));
                debugTrace(context, error);
                return ExitCode.USAGE.code();
            });
            commands.setExecutionExceptionHandler((error, where, parseResult) -> fail(context, error, where));
            return commands.execute(options.commandLine().toArray(String[]::new));
        } catch (RuntimeException e) {
            return fail(context, e, null);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int fail(CommandContext context, Exception error, CommandLine where) {
        Messages messages = context.messages();
        PrintStream err = context.err();
        if (error instanceof UsageError usage) {
            String help = where == null || usage.aboutTheCommandList() ? "veerkracht help" : ParseErrors.helpFor(where);
            err.println("veerkracht: " + usage.describe(messages) + "; " + messages.text("error.seeHelp", help));
            debugTrace(context, error);
            return ExitCode.USAGE.code();
        }
        err.println("veerkracht: " + FailureText.describe(error, messages)
                + (FailureText.isForeseen(error) || context.debug() ? "" : " " + messages.text("error.debugHint")));
        debugTrace(context, error);
        return error instanceof RefusedException ? ExitCode.REFUSED.code()
                : error instanceof CommandFailure failure ? failure.exitCode().code() : ExitCode.FAILED.code();
    }

    private static void debugTrace(CommandContext context, Throwable error) {
        if (context.debug()) {
            error.printStackTrace(context.err());
        }
    }

    private static String versionOf(BundleContext bundleContext) {
        String version = bundleContext.getProperty(VERSION_PROPERTY);
        return version != null ? version : bundleContext.getBundle().getVersion().toString();
    }
}
