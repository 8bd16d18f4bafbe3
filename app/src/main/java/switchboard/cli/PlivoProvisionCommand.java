package switchboard.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import switchboard.config.BadSetting;
import switchboard.config.Config;
import switchboard.plivoapi.PlivoAccount;
import switchboard.plivoapi.PlivoConnection;
import switchboard.provision.Provisioning;

/** plivo provision [--dry-run]. */
@Command(name = "provision",
        header = "create or update the Plivo Application and a SIP endpoint for every line and app",
        description = {"Sets up your Plivo account for this deployment, with PLIVO_AUTH_ID, PLIVO_AUTH_TOKEN and"
                + " PUBLIC_URL: one Application \"Switchboard\" whose answer, hangup and fallback URLs point at PUBLIC_URL,"
                + " and a SIP endpoint attached to it for every line and app that has none. Plivo appends digits to each"
                + " username: the real SIP URI and the endpoint id are stored back on the line or app. Prints what it"
                + " created, updated, adopted or left alone. Running it again creates nothing new. Run it again whenever"
                + " PUBLIC_URL changes (a new ngrok URL): doctor tells when.",
                "New endpoints' passwords are printed once, in the table, and never stored or logged."})
final class PlivoProvisionCommand extends InvokedCommand {
    @Option(names = "--dry-run", description = "print the plan; change nothing on Plivo or in the database")
    boolean dryRun;

    PlivoProvisionCommand(Invocation invocation) {
        super(invocation);
    }

    @Override
    public Integer call() {
        Config config = invocation.config();
        requirePublicUrl(config); // before the database starts
        PlivoConnection plivo = PlivoCommand.connection(config);
        return Invocation.withMigratedDatabase(config, db -> {
            var provisioning = new Provisioning(db.jdbi(), new PlivoAccount(plivo), config.plivoAuthId().orElseThrow(),
                    config.publicUrl());
            Provisioning.Plan plan = provisioning.plan();
            ProvisionTable table = new ProvisionTable(invocation.out(), dryRun);
            if (dryRun) {
                table.application(plan.application(), plan.application().appId());
                plan.endpoints().forEach(table::planned);
            } else {
                String appId = provisioning.applyApplication(plan.application());
                table.application(plan.application(), appId);
                provisioning.applyEndpoints(plan.endpoints(), appId, table::done);
            }
            table.summary();
            return 0;
        });
    }

    /** Provisioning hands Plivo URLs built from PUBLIC_URL: one Plivo cannot reach is refused. */
    private static void requirePublicUrl(Config config) {
        if (config.publicUrlIsLocal()) {
            throw new BadSetting("PUBLIC_URL", "is " + config.publicUrl() + ", which Plivo cannot reach; set it to"
                    + " the public URL Plivo calls, e.g. https://abc.ngrok.app");
        }
    }
}
