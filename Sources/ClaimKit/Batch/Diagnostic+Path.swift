extension Diagnostic {
    /// The same diagnostic naming `path`.
    func with(path: String) -> Diagnostic { Diagnostic(path: path, reason: reason, detail: detail) }
}
