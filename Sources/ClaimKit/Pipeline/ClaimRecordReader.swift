import Foundation

/// The one reader of claim JSON Lines as `claims extract` writes them (with `--with-articles`,
/// article records too): what `report --claims` and `check --claims` read.
package enum ClaimRecordReader {
    /// Claim and article records from the file `path` (`-`: stdin); lines without a claim
    /// `category` that are not article records (group records) are skipped. The file is read in
    /// chunks, line by line: memory holds the records, never the whole file (a reduce block of the
    /// Spark job can be hundreds of megabytes of JSON Lines).
    package static func read(_ path: String) throws(PipelineError) -> (claims: [Claim], articles: [ArticleDigest]) {
        guard let handle = path == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: path) else {
            throw .unreadable("--claims", path)
        }
        var reader = Lines(path: path)
        var pending: [UInt8] = []
        while true {
            let chunk: Data
            do { chunk = try handle.read(upToCount: 1 << 20) ?? Data() } catch { throw .unreadable("--claims", path) }
            if chunk.isEmpty { break }
            pending.append(contentsOf: chunk)
            var start = 0
            while let end = pending[start...].firstIndex(of: 0x0A) {
                try reader.add(String(decoding: pending[start..<end], as: UTF8.self))
                start = end + 1
            }
            pending.removeFirst(start)
        }
        if !pending.isEmpty { try reader.add(String(decoding: pending, as: UTF8.self)) }
        if path != "-" { try? handle.close() }
        return (reader.claims, reader.articles)
    }

    /// The records read so far; lines are numbered as a split on line ends counts them (blank lines not counted).
    private struct Lines {
        let path: String
        let decoder = JSONDecoder()
        var claims: [Claim] = []
        var articles: [ArticleDigest] = []
        var number = 0

        mutating func add(_ line: String) throws(PipelineError) {
            guard !line.isEmpty else { return }
            number += 1
            if ArticleRecord.isRecord(Substring(line)) {
                guard let digest = ArticleRecord.digest(from: Substring(line)) else {
                    throw PipelineError(
                        "--claims \(path): line \(number) is not an article record (JSON Lines as `claims extract --with-articles` writes them)"
                    )
                }
                articles.append(digest)
                return
            }
            // claims writes no padding, and trimming goes through NSString (11% of a reduce's
            // instructions on long claim lines): trim only a line with a blank at either end.
            let trimmed = Lines.hasBlankEnd(line) ? line.trimmingCharacters(in: .whitespaces) : line
            if trimmed.isEmpty || !trimmed.contains("\"category\"") { return }
            do {
                claims.append(try decoder.decode(Claim.self, from: Data(trimmed.utf8)))
            } catch {
                throw PipelineError(
                    "--claims \(path): line \(number) is not a claim record (JSON Lines as `claims extract` writes them)"
                )
            }
        }

        /// True when the first or last scalar of `line` is one that trimming `.whitespaces` removes.
        static func hasBlankEnd(_ line: String) -> Bool {
            guard let first = line.unicodeScalars.first, let last = line.unicodeScalars.last else { return false }
            return CharacterSet.whitespaces.contains(first) || CharacterSet.whitespaces.contains(last)
        }
    }
}
