package nl.veerkracht.launcher;

/**
 * What the launcher itself needs to know of the command line: {@code --debug}, and whether the
 * command is {@code shell} or {@code desktop}. Everything else is the command line bundle's (or the
 * desktop client's) business.
 */
record LaunchArguments(boolean debug, boolean shell, boolean desktop) {

    LaunchArguments(boolean debug, boolean shell) {
        this(debug, shell, false);
    }


    static LaunchArguments of(String[] args) {
        boolean debug = false;
        String command = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                break;
            } else if (arg.equals("--debug")) {
                debug = true;
            } else if (arg.equals("--lang")) {
                i++;
            } else if (command == null && !arg.startsWith("-")) {
                command = arg;
            }
        }
        return new LaunchArguments(debug, "shell".equals(command), "desktop".equals(command));
    }
}
