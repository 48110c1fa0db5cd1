/// The exit codes every subcommand uses, and their help text.
enum ExitStatus {
    /// Every article input was read.
    static let allRead: Int32 = 0
    /// Some inputs were skipped (each one has a diagnostic line on stderr).
    static let someSkipped: Int32 = 1
    /// Bad usage, or the job itself failed.
    static let usageOrFatal: Int32 = 2

    static let help = """
        EXIT STATUS
          0  every article file was read
          1  some inputs were skipped or read with a remark (each named on
             stderr with the reason), or a manifest row was bad
          2  usage error, or the job itself failed

        Files in a folder that are not article files (.html .htm .xhtml .txt
        .mhtml, or pages saved as .php, .shtml or without an extension) are
        noted on stderr and counted, but do not change the exit status; a file
        named directly does. A run that finds no article at all exits with 1.
        """
}
