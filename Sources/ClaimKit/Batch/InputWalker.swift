import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns the PATH arguments into the stream of inputs a batch reads, in a fixed order.
///
/// A file is itself; a folder is walked recursively with entries in byte order of their full
/// path, hidden names skipped, links followed but never back into a folder above them; `-`
/// reads one path per line from `readLine`. Each folder's `manifest.csv` supplies hints for the
/// files it names. A web archive (`.warc`, `.warc.gz`) is opened where the walk meets it and its
/// records come next, one at a time. The walk is lazy: memory holds only the listings of the open
/// folders and the archive record being read.
public struct InputWalker: Sequence, IteratorProtocol {
    private var arguments: [String]
    private var nextArgument = 0
    private var readLine: () -> String?
    private var readingStandardInput = false
    private var standardInputUsed = false
    private var stack: [DirectoryFrame] = []
    private var queued: [BatchInput] = []
    private var queuedNext = 0
    /// Every folder walked so far, so that one reached again through a link is walked once
    /// (without this, a tree of links can make the walk exponential).
    private var walked: Set<FileID> = []
    /// The folders on disk that contain the current walk's root: a link to one of them is a loop too.
    private var rootAncestors: Set<FileID> = []
    /// Manifests of the parent folders of files named directly, by folder.
    private var parentManifests: [String: Manifest?] = [:]
    /// The web archive whose records are being walked.
    private var archive: WARCArticleSource?
    /// The payload cap for archive records (`--max-size`).
    private let maxRecordBytes: Int
    /// False: an archive is one `.archive` input, its records are not read (for a quick count).
    private let opensArchives: Bool

    /// Walks `paths`; a `-` among them reads further paths from `readLine` (standard input by default).
    /// Archive records whose payload is over `maxRecordBytes` are skipped as too large.
    public init(
        paths: [String], readLine: @escaping () -> String? = { Swift.readLine(strippingNewline: true) },
        maxRecordBytes: Int = Ingestor.Options().maxBytes, opensArchives: Bool = true
    ) {
        self.arguments = paths
        self.readLine = readLine
        self.maxRecordBytes = maxRecordBytes
        self.opensArchives = opensArchives
    }

    /// The next input, or nil when every path has been walked.
    public mutating func next() -> BatchInput? {
        while true {
            if archive != nil {
                if let input = archive!.next() { return input }
                archive = nil
            }
            if queuedNext < queued.count {
                defer {
                    queuedNext += 1
                    if queuedNext == queued.count { queued.removeAll(keepingCapacity: true); queuedNext = 0 }
                }
                return queued[queuedNext]
            }
            if !stack.isEmpty {
                if let input = nextFromDirectory() { return input }
                continue
            }
            guard let path = nextPath() else { return nil }
            if let input = start(path) { return input }
        }
    }

    // MARK: - Arguments and standard input

    private mutating func nextPath() -> String? {
        while true {
            if readingStandardInput {
                guard var line = readLine() else {
                    readingStandardInput = false
                    continue
                }
                if line.hasSuffix("\r") { line.removeLast() }
                // A blank or white-space-only line is a gap in a list, not a path.
                if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
                return line
            }
            guard nextArgument < arguments.count else { return nil }
            let argument = arguments[nextArgument]
            nextArgument += 1
            if argument == "-" {
                if !standardInputUsed {
                    standardInputUsed = true
                    readingStandardInput = true
                }
                continue
            }
            return argument
        }
    }

    /// A path named directly: a folder starts a walk, a file is an input.
    private mutating func start(_ path: String) -> BatchInput? {
        let kind = FileKind.of(path)
        switch kind {
        case .directory(let id):
            rootAncestors = InputWalker.ancestors(of: path)
            return open(directory: path, id: id, name: "")
        case .regular, .other:
            let name = InputWalker.lastComponent(of: path)
            if name == Manifest.fileName { return .manifest(path) }
            if WARCArticleSource.isArchiveName(name), case .regular = kind { return openArchive(path) }
            // A file named directly is read whatever its extension (ingest sniffs it), unless data or code.
            guard InputWalker.isArticleFile(name) || PageSniffer.maySniff(name: name) else {
                return .skipped(
                    Diagnostic(path: path, reason: .unsupportedType, detail: InputWalker.notArticleDetail(name)))
            }
            if case .other = kind {
                // A pipe or device could block forever or never end.
                return .skipped(Diagnostic(path: path, reason: .unreadable, detail: "not a regular file"))
            }
            return .file(BatchFile(path: path, hints: parentHints(for: path, name: name)))
        case .failed(let diagnostic):
            return .skipped(diagnostic.with(path: path))
        }
    }

    /// The hints for a file named directly, from a manifest beside it; its problems are queued once.
    private mutating func parentHints(for path: String, name: String) -> ArticleHints? {
        let folder = InputWalker.parentFolder(of: path)
        let manifest: Manifest?
        if let cached = parentManifests[folder] {
            manifest = cached
        } else {
            manifest = Manifest.load(path: InputWalker.join(folder, Manifest.fileName, folderGiven: folder != "."))
            parentManifests[folder] = .some(manifest)
            queued += (manifest?.diagnostics ?? []).map { .manifestProblem($0) }
        }
        return manifest?.hints(forRelativePath: name)
    }

    // MARK: - Folders

    /// One open folder of the walk: its sorted listing and how far it has been read.
    private struct DirectoryFrame {
        var path: String
        var name: String
        var id: FileID
        var entries: [Entry]
        var nextEntry = 0
        var manifest: Manifest?
    }

    /// A name in a folder; `key` is the name's bytes, with `/` after a folder's, so that
    /// sorting by key walks in byte order of the full paths.
    private struct Entry {
        var name: String
        var key: [UInt8]
        var kind: FileKind
    }

    private mutating func open(directory path: String, id: FileID, name: String) -> BatchInput? {
        if stack.contains(where: { $0.id == id }) || rootAncestors.contains(id) {
            return .skipped(
                Diagnostic(
                    path: path, reason: .symlinkLoop,
                    detail: "symbolic link loop: leads back to a folder above it; not followed"))
        }
        if !walked.insert(id).inserted {
            return .alreadyWalked(
                Diagnostic(
                    path: path, reason: .symlinkLoop,
                    detail: "skipped: this folder was already walked through another path"))
        }
        guard let listing = InputWalker.list(path) else {
            let reason = String(cString: strerror(errno))
            return .skipped(Diagnostic(path: path, reason: .unreadable, detail: "cannot read the folder (\(reason))"))
        }
        var entries: [Entry] = []
        entries.reserveCapacity(listing.count)
        var manifestPresent = false
        for (name, type) in listing {
            guard let name else {
                entries.append(
                    Entry(
                        name: "\u{FFFD}", key: [0xFF],
                        kind: .failed(
                            Diagnostic(
                                path: "", reason: .unreadable, detail: "skipped: a file name here is not valid UTF-8")))
                )
                continue
            }
            if name == Manifest.fileName, type != UInt8(DT_DIR) { manifestPresent = true; continue }
            let kind: FileKind
            if type == UInt8(DT_REG) {
                kind = .regular
            } else if type == UInt8(DT_DIR) && !name.hasPrefix(".") {
                kind = FileKind.of(InputWalker.join(path, name, folderGiven: true))
            } else if name.hasPrefix(".") {
                kind = .other
            } else if type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN) {
                kind = FileKind.of(InputWalker.join(path, name, folderGiven: true))
            } else {
                kind = .other
            }
            var key = Array(name.utf8)
            if case .directory = kind { key.append(UInt8(ascii: "/")) }
            entries.append(Entry(name: name, key: key, kind: kind))
        }
        entries.sort { $0.key.lexicographicallyPrecedes($1.key) }
        var frame = DirectoryFrame(path: path, name: name, id: id, entries: entries)
        if manifestPresent {
            let manifestPath = InputWalker.join(path, Manifest.fileName, folderGiven: true)
            frame.manifest = Manifest.load(path: manifestPath)
            queued.append(.manifest(manifestPath))
            queued += (frame.manifest?.diagnostics ?? []).map { .manifestProblem($0) }
        }
        stack.append(frame)
        return nil
    }

    private mutating func nextFromDirectory() -> BatchInput? {
        let top = stack.count - 1
        guard stack[top].nextEntry < stack[top].entries.count else {
            stack.removeLast()
            return nil
        }
        let entry = stack[top].entries[stack[top].nextEntry]
        stack[top].nextEntry += 1
        let path = InputWalker.join(stack[top].path, entry.name, folderGiven: true)
        if entry.name.hasPrefix(".") { return .hidden(path) }
        switch entry.kind {
        case .directory(let id):
            if SavedPageAssets.isAssetFolder(entry.name, siblings: stack[top].entries.lazy.map(\.name)) {
                return .assetFolder(path)
            }
            return open(directory: path, id: id, name: entry.name)
        case .regular:
            if WARCArticleSource.isArchiveName(entry.name) { return openArchive(path) }
            guard InputWalker.isArticleFile(entry.name) || SavedPageAssets.sniffsAsPage(path: path, name: entry.name)
            else {
                return .notArticle(
                    Diagnostic(path: path, reason: .unsupportedType, detail: InputWalker.notArticleDetail(entry.name)))
            }
            return .file(BatchFile(path: path, hints: hintsInFolders(for: entry.name)))
        case .other:
            return .notArticle(Diagnostic(path: path, reason: .unsupportedType, detail: "skipped: not a regular file"))
        case .failed(let diagnostic):
            return .skipped(diagnostic.with(path: path))
        }
    }

    /// Opens a web archive: its records are the next inputs.
    private mutating func openArchive(_ path: String) -> BatchInput {
        guard opensArchives else { return .archive(path) }
        switch WARCArticleSource.open(path: path, maxBytes: maxRecordBytes) {
        case .success(let source):
            archive = source
            return .archive(path)
        case .failure(let diagnostic):
            return .skipped(diagnostic)
        }
    }

    /// The hints of the nearest enclosing manifest that names the file.
    private func hintsInFolders(for name: String) -> ArticleHints? {
        var relative = name
        for index in stack.indices.reversed() {
            if let manifest = stack[index].manifest, let hints = manifest.hints(forRelativePath: relative) {
                return hints
            }
            relative = stack[index].name + "/" + relative
        }
        return nil
    }

    /// The identities of the folders above `path` on disk, up to `/`.
    private static func ancestors(of path: String) -> Set<FileID> {
        guard let resolved = realpath(path, nil) else { return [] }
        var folder = String(cString: resolved)
        free(resolved)
        var result: Set<FileID> = []
        while folder != "/" && !folder.isEmpty {
            folder = parentFolder(of: folder)
            if case .directory(let id) = FileKind.of(folder) { result.insert(id) }
        }
        return result
    }

    /// The names and `d_type`s of a folder's entries, without `.` and `..`; nil if it cannot be opened.
    /// A name that is not valid UTF-8 comes back as nil: it could not be opened again by a `String` path.
    private static func list(_ path: String) -> [(String?, UInt8)]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var result: [(String?, UInt8)] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> String? in
                let bytes = raw.bindMemory(to: UInt8.self)
                let length = bytes.firstIndex(of: 0) ?? bytes.count
                return String(validating: UnsafeBufferPointer(rebasing: bytes[0..<length]), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            result.append((name, entry.pointee.d_type))
        }
        return result
    }

    // MARK: - Names

    /// True for the extensions ingest reads (`Ingestor.supportedExtensions`), in any letter case.
    public static func isArticleFile(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return Ingestor.supportedExtensions.contains(name[name.index(after: dot)...].lowercased())
            || PageSniffer.isGzippedPage(name)
    }

    static func notArticleDetail(_ name: String) -> String {
        "skipped: not an article file (reads "
            + Ingestor.supportedExtensions.sorted().map { "." + $0 }.joined(separator: " ")
            + " .html.gz .htm.gz .warc .warc.gz, and pages saved as .php, .shtml or without an extension)"
    }

    static func join(_ folder: String, _ name: String, folderGiven: Bool) -> String {
        guard folderGiven else { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    static func lastComponent(of path: String) -> String {
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        return trimmed.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? trimmed
    }

    static func parentFolder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
