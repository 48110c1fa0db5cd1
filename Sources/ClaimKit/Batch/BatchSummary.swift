/// What a batch did with its inputs: every input is counted once, read or skipped with a reason.
public struct BatchSummary: Sendable, Equatable {
    /// Article files read.
    public var read = 0
    /// Article files read, but with a remark (decoded with a fallback, very little text ...).
    public var readWithNotes = 0
    /// Inputs that could not be read as articles, by reason.
    public var skipped: [Diagnostic.Reason: Int] = [:]
    /// Files in walked folders that are not article files.
    public var notArticleFiles = 0
    /// Hidden files and folders in walked folders (not read).
    public var hidden = 0
    /// Asset folders of saved pages (`NAME_files/` beside `NAME.html`), not walked.
    public var assetFolders = 0
    /// Folders reached again through a link and not walked twice.
    public var alreadyWalked = 0
    /// `manifest.csv` files read.
    public var manifests = 0
    /// Bad rows (or unreadable files) among the manifests.
    public var manifestProblems = 0
    /// Web archives opened.
    public var archives = 0
    /// Records of web archives that are not articles, by kind ("request", "not HTML", "HTTP 404" ...).
    public var archiveRecords: [String: Int] = [:]
    /// Claims found (extract and report runs).
    public var claims = 0
    /// Seconds from start to end, for the summary line only (never in output records).
    public var seconds: Double = 0

    /// Creates an empty summary.
    public init() {}

    /// Total inputs skipped with a diagnostic.
    public var skippedCount: Int { skipped.values.reduce(0, +) }

    /// Counts one delivered input of the walk (not a file result: see `countRead` and `countSkipped`).
    public mutating func count(_ input: BatchInput) {
        switch input {
        case .file: break
        case .skipped(let diagnostic): countSkipped(diagnostic)
        case .notArticle: notArticleFiles += 1
        case .manifestProblem: manifestProblems += 1
        case .manifest: manifests += 1
        case .hidden: hidden += 1
        case .assetFolder: assetFolders += 1
        case .alreadyWalked: alreadyWalked += 1
        case .archive: archives += 1
        case .archiveRecord(let kind): archiveRecords[kind, default: 0] += 1
        }
    }

    /// Counts an article file that could not be read.
    public mutating func countSkipped(_ diagnostic: Diagnostic) {
        skipped[diagnostic.reason, default: 0] += 1
    }

    /// The process exit status: 0 when every article input was read cleanly, 1 when some were
    /// skipped, read with a problem, or a manifest had bad rows. Other files in walked folders
    /// are noted but do not count.
    /// A run that read no article at all is 1 too: "0 facts" from an empty folder is not a success.
    public var exitStatus: Int32 { read == 0 || skippedCount > 0 || readWithNotes > 0 || manifestProblems > 0 ? 1 : 0 }

    /// The warning for a run that found no article file at all, naming what was looked at; nil
    /// when one was read, or when the files found were skipped (each has its own line already).
    public var nothingReadWarning: String? {
        guard read == 0, skippedCount == 0 else { return nil }
        var seen: [String] = []
        if notArticleFiles > 0 {
            seen.append("\(notArticleFiles) not article \(notArticleFiles == 1 ? "file" : "files")")
        }
        if hidden > 0 { seen.append("\(hidden) hidden") }
        let found = seen.isEmpty ? "the inputs hold no files" : "found " + seen.joined(separator: ", ")
        return "claims: warning: no article was read (\(found)); articles are .html .htm .xhtml .mhtml .txt files, "
            + "or pages saved without an extension"
    }

    /// The one-line summary for stderr:
    /// `claims: 12 files read, 2 skipped (1 empty, 1 too large), 3 not article files, 57 claims, 0.41 s`.
    public func line(includeClaims: Bool) -> String {
        var parts = [
            "\(read) \(read == 1 ? "file" : "files") read"
                + (readWithNotes > 0 ? " (\(readWithNotes) with warnings)" : "")
        ]
        if skippedCount > 0 {
            let reasons = skipped.sorted { $0.key < $1.key }.map { "\($0.value) \(BatchSummary.label($0.key))" }
            parts.append("\(skippedCount) skipped (" + reasons.joined(separator: ", ") + ")")
        } else {
            parts.append("0 skipped")
        }
        if notArticleFiles > 0 {
            parts.append("\(notArticleFiles) not article \(notArticleFiles == 1 ? "file" : "files")")
        }
        if hidden > 0 { parts.append("\(hidden) hidden") }
        if archives > 0 { parts.append("\(archives) WARC \(archives == 1 ? "file" : "files")") }
        if !archiveRecords.isEmpty {
            let total = archiveRecords.values.reduce(0, +)
            let kinds = archiveRecords.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
            parts.append(
                "\(total) WARC \(total == 1 ? "record not an article" : "records not articles") ("
                    + kinds.joined(separator: ", ") + ")")
        }
        if assetFolders > 0 {
            parts.append("\(assetFolders) saved-page asset \(assetFolders == 1 ? "folder" : "folders") skipped")
        }
        if alreadyWalked > 0 {
            parts.append("\(alreadyWalked) \(alreadyWalked == 1 ? "folder" : "folders") already walked")
        }
        if manifestProblems > 0 {
            parts.append("\(manifestProblems) manifest \(manifestProblems == 1 ? "problem" : "problems")")
        }
        if includeClaims { parts.append("\(claims) \(claims == 1 ? "claim" : "claims")") }
        parts.append(BatchSummary.duration(seconds))
        return "claims: " + parts.joined(separator: ", ")
    }

    /// Words for a skip reason in the summary.
    public static func label(_ reason: Diagnostic.Reason) -> String {
        switch reason {
        case .unreadable: "unreadable"
        case .notFound: "not found"
        case .unsupportedType: "not an article file"
        case .empty: "empty"
        case .binary: "binary"
        case .invalidEncoding: "bad encoding"
        case .tooLarge: "too large"
        case .tooDeep: "too deep"
        case .noArticleText: "no article text"
        case .symlinkLoop: "symlink loop"
        case .corrupt: "corrupt"
        case .other: "other"
        }
    }

    static func duration(_ seconds: Double) -> String {
        if seconds < 10 { return String(format2: seconds) + " s" }
        let whole = Int(seconds.rounded())
        return whole < 120 ? "\(whole) s" : "\(whole / 60) min \(whole % 60) s"
    }
}

extension String {
    /// `seconds` with two decimals, without Foundation's locale-dependent formatting.
    init(format2 value: Double) {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        self = "\(hundredths / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }
}
