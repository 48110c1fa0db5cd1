#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a command's output goes: standard output, or a file the user named.
///
/// A named file is checked when the target is made, before any input is read, so a run never
/// ends with "cannot write" after minutes of work. No folder is ever created: a missing folder is
/// more often a typo than a wish. A file is only ever written because the user named it.
package final class OutputTarget {
    /// Why an output cannot be written; `description` names the option, the path and what to do.
    package struct Problem: Error, Sendable, CustomStringConvertible {
        /// The option that named the file (`--output`, `--html`).
        package var option: String
        /// The path as given.
        package var path: String
        /// What is wrong and what to do.
        package var detail: String
        /// `--output PATH: DETAIL`.
        package var description: String { "\(option) \(path): \(detail)" }
    }

    /// The file named, nil for standard output.
    package let path: String?
    /// The option that named it, for messages.
    package let option: String
    private var descriptor: Int32 = -1
    private var opened: FileOutput?

    /// Standard output.
    package init() {
        path = nil
        option = "stdout"
    }

    /// The file at `path` (named by `option`), checked now: its folder must exist and be writable,
    /// and it must not be a folder itself. Nothing is created or truncated yet.
    package init(path: String, option: String = "--output") throws(Problem) {
        self.path = path
        self.option = option
        try OutputTarget.check(path, option: option)
    }

    /// The file at `path`, or standard output when `path` is nil.
    package convenience init(optionalPath path: String?, option: String = "--output") throws(Problem) {
        if let path { try self.init(path: path, option: option) } else { self.init() }
    }

    deinit { close() }

    /// True when the output is standard output on a terminal (a file named is never "the terminal").
    package var isTerminal: Bool { path == nil && isatty(STDOUT_FILENO) == 1 }

    /// The writer, opening (creating or truncating) the file on first use.
    package func output() throws(Problem) -> FileOutput {
        if let opened { return opened }
        guard let path else {
            let stdout = FileOutput.standardOutput()
            opened = stdout
            return stdout
        }
        // Opened in place (not written elsewhere and renamed), so a link or a device such as
        // /dev/stdout stays what it is.
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else {
            throw Problem(option: option, path: path, detail: "cannot write (\(String(cString: strerror(errno))))")
        }
        descriptor = fd
        let output = FileOutput(descriptor: fd)
        opened = output
        return output
    }

    /// Flushes and closes the file (standard output is flushed, not closed).
    package func close() {
        opened?.flush()
        opened = nil
        if descriptor >= 0 {
            // `close` names the method here: the C function is reached through its module.
            #if canImport(Glibc)
                _ = Glibc.close(descriptor)
            #elseif canImport(Darwin)
                _ = Darwin.close(descriptor)
            #endif
            descriptor = -1
        }
    }

    /// Checks that `path` can be written without creating anything.
    static func check(_ path: String, option: String) throws(Problem) {
        func problem(_ detail: String) -> Problem { Problem(option: option, path: path, detail: detail) }
        if path.isEmpty { throw problem("an empty file name; name the file to write") }
        if path.hasSuffix("/") { throw problem("names a folder; name a file to write inside it") }
        var info = stat()
        if stat(path, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { throw problem("is a folder; name a file to write inside it") }
            if access(path, W_OK) != 0 {
                throw problem("cannot write (\(String(cString: strerror(errno)))); choose another file")
            }
            return
        }
        let folder = parentFolder(of: path)
        if stat(folder, &info) != 0 {
            throw problem(
                "the folder \(folder) does not exist; claims does not create folders (make it first, e.g. mkdir -p \(folder))"
            )
        }
        if (info.st_mode & S_IFMT) != S_IFDIR { throw problem("\(folder) is not a folder") }
        if access(folder, W_OK | X_OK) != 0 {
            throw problem(
                "cannot create a file in \(folder) (\(String(cString: strerror(errno)))); choose another folder")
        }
    }

    static func parentFolder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
